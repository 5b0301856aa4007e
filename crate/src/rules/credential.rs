//! `credential`: IDs and passwords (ID・パスワード) — a label such as
//! `パスワード：` followed by a secret-looking value, and access keys and
//! tokens in the providers' own formats.

use std::ops::Range;

use crate::text::spans::Covered;
use super::{declare_rule, Context, Rule, RuleMeta};
use crate::finding::Finding;
use super::lists::CREDENTIAL_LABELS as LABELS;
use crate::text::Normalized;

declare_rule! {
    /// ### What it does
    /// Flags credentials in a post:
    /// - a label (`パスワード`, `PW`, `password`, `暗証番号`, `secret_access_key`)
    ///   followed by a value that looks like a secret (letters with digits or
    ///   symbols; digits alone after `暗証番号` / `PIN`), and the login ID
    ///   given beside it;
    /// - keys and tokens in the providers' formats: AWS access key ids,
    ///   GitHub (`ghp_…`, `github_pat_…`), Google (`AIza…`), Slack (`xox…`),
    ///   OpenAI-style (`sk-…`), Stripe (`sk_live_…`), JSON Web Tokens and PEM
    ///   private keys.
    ///
    /// Advice about passwords (`パスワードは人に教えない`) has no value and
    /// passes; so do plain words after a label (`password managers`).
    ///
    /// ### Why it matters
    /// Guideline 3(5) asks for the greatest care with IDs and passwords. A
    /// password in a post is public the moment it is sent, and an account
    /// taken over can post in the school's name.
    ///
    /// ### Examples
    /// Flagged: `PW：Line_Kouhou2024`, `Wi-Fiパスワードは SchoolNet-8842 です`,
    /// `暗証番号 4721`, `AKIA…` (20 characters).
    ///
    /// Not flagged: `パスワードは家族以外の人に教えない`,
    /// `パスワードは8文字以上にしましょう`, `Password managers help.`
    Credential {
        id: "credential",
        clause: "3(5)",
        severity: Error,
        title: "ID・パスワード",
        title_en: "IDs and passwords",
        docs: "### 何を検出するか\n\
投稿に含まれる認証情報を検出します。\n\
- 「パスワード」「PW」「password」「暗証番号」などの表示に続く、秘密らしい値（英字と数字・記号の組み合わせ。暗証番号・PINは数字だけでも対象）と、その横に書かれたログインID\n\
- 各サービス固有の形式のキーやトークン：AWSアクセスキー、GitHub（ghp_…）、Google（AIza…）、Slack（xox…）、OpenAI形式（sk-…）、Stripe、JWT、PEM形式の秘密鍵\n\
\n\
「パスワードは人に教えない」のような注意喚起は対象外です。\n\n\
### なぜ問題か\n\
ガイドライン3(5)はIDとパスワードの管理に細心の注意を払うことを求めています。投稿したパスワードは送信した瞬間に公開され、乗っ取られたアカウントは学校の名前で投稿できてしまいます。\n\n\
### 例\n\
検出：「PW：Line_Kouhou2024」「Wi-Fiパスワードは SchoolNet-8842 です」「暗証番号 4721」\n\
検出しない：「パスワードは家族以外の人に教えない」「パスワードは8文字以上にしましょう」\n",
    }
}

impl Rule for Credential {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }


    fn check(&self, cx: &Context, out: &mut Vec<Finding>) {
        let text = cx.text;
        let mut secrets = Vec::new();
        let mut logins = Vec::new();
        for label in LABELS.find(text) {
            let label_end = text.folded.view_range(text.compact.original_range(label.range.clone())).end;
            let folded_text = text.folded.as_str();
            // A plain word right after the label (`password for …`) may
            // start the words before the value.
            let value = match value_after(folded_text, label_end) {
                Some(v) if !folded_text[v.clone()].chars().all(|c| c.is_ascii_alphabetic()) => Some(v),
                direct => value_after_words(folded_text, label_end).or(direct),
            };
            let Some(value) = value else { continue };
            let folded = &text.folded.as_str()[value.clone()];
            let span = text.folded.original_range(value);
            match label.tag {
                "login" => logins.push(span),
                "pin" if looks_secret(folded) || is_pin(folded) => secrets.push(span),
                _ if looks_secret(folded) => secrets.push(span),
                _ => {}
            }
        }
        let mut covered = Covered::new(secrets.iter().cloned());
        for span in provider_tokens(text) {
            if !covered.overlaps(&span) {
                covered.add(span.clone());
                secrets.push(span);
            }
        }
        if secrets.is_empty() {
            return;
        }
        // `aws_access_key_id = AKIA…`: the value is a key, not a login.
        logins.retain(|span| !covered.overlaps(span));
        for span in secrets {
            let mut finding = Self::META.finding(
                span.clone(),
                "パスワードやアクセスキーは投稿しないでください。公開された値は直ちに変更が必要です。",
                "A password or access key. Never post it; a published secret must be changed at once.",
            );
            finding.suggestion = Some("*".repeat(text.original[span].chars().count()));
            out.push(finding);
        }
        // An account name is harmless alone, but beside its password it
        // completes the login.
        for span in logins {
            out.push(Self::META.finding(
                span,
                "パスワードと一緒にログインIDを投稿しないでください。",
                "A login ID posted with its password. Remove both.",
            ));
        }
    }
}

/// The longest value read after a label, in bytes.
const MAX_VALUE: usize = 128;

/// The value written after a label ending at byte `at` of the folded view:
/// `：Kyoiku#2024`, `は SchoolNet-8842 です`, ` = AKIA…`. A value is a run of
/// ASCII characters without spaces; a full stop or colon after it is not part of it.
fn value_after(folded: &str, at: usize) -> Option<Range<usize>> {
    let rest = &folded[at..];
    let lead = rest.find(|c: char| !(c.is_whitespace() || matches!(c, ':' | '=' | 'は' | 'が' | '「' | '"' | '\'' | '→' | '(' | '['))).unwrap_or(rest.len());
    // `は` or `が` once, as the particle after the label, not as a value.
    if rest[..lead].matches(['は', 'が']).count() > 1 {
        return None;
    }
    // `The password is Maple!River9`: the English copula, like `は`.
    let lead = lead + rest[lead..].strip_prefix("is ").map_or(0, |_| 3);
    let body = &rest[lead..];
    // A longer run is no password someone typed (a provider's key is found
    // by its format). Reading on to the end of the run after every label
    // made `pw:pw:pw:…` cost the square of its length.
    let len = match body.bytes().take(MAX_VALUE + 1).position(|b| !b.is_ascii_graphic() || matches!(b, b')' | b']' | b'"' | b'\'')) {
        Some(len) => len,
        None if body.len() <= MAX_VALUE => body.len(),
        None => return None,
    };
    let value = body[..len].trim_end_matches(['.', ',', ';', ':']);
    // `ID/PW：…` is one label for two values, not an ID `/PW…`.
    if !value.starts_with(|c: char| c.is_ascii_alphanumeric()) || value.contains("://") || value.starts_with("www.") {
        return None;
    }
    Some(at + lead..at + lead + value.len())
}

/// The value after a label and a few words: a short report that it changed,
/// up to an arrow or a colon (`パスワード変えた→ natsu2025`, `PW変更しました：
/// …`), or what it is for, up to `is` (`password for the school account is
/// Winter2025!`). Only a verb in the past tense counts in Japanese, so an
/// example in a lesson (`パスワードの例：…`) is not a value.
fn value_after_words(folded: &str, at: usize) -> Option<Range<usize>> {
    let rest = &folded[at..];
    let near = &rest[..rest.char_indices().nth(40).map_or(rest.len(), |(i, _)| i)];
    if let Some(is) = near.find(" is ") {
        let words = &near[..is];
        return words.chars().all(|c| c.is_ascii_alphabetic() || c == ' ').then(|| value_after(folded, at + is + 1)).flatten();
    }
    let (separator, _) = rest.char_indices().take(8).find(|&(_, c)| matches!(c, ':' | '=' | '→'))?;
    let words = &rest[..separator];
    let japanese = words.chars().all(|c| !c.is_ascii() && !c.is_whitespace());
    (japanese && (words.ends_with('た') || words.ends_with("ました"))).then(|| value_after(folded, at + separator)).flatten()
}

/// Letters with digits or symbols, at least four characters: what people
/// choose as passwords (`Hk2024!!`, `Line_Kouhou2024`) and not what a
/// sentence has after the word password (`managers`, `8`).
fn looks_secret(value: &str) -> bool {
    let letters = value.chars().any(|c| c.is_ascii_alphabetic());
    let digits = value.chars().any(|c| c.is_ascii_digit());
    let symbols = value.chars().any(|c| c.is_ascii_punctuation());
    value.len() >= 4 && letters && (digits || symbols) && !value.chars().all(|c| c == '*')
}

/// Four to eight digits: a PIN or a passcode.
fn is_pin(value: &str) -> bool {
    (4..=8).contains(&value.len()) && value.chars().all(|c| c.is_ascii_digit())
}

/// No provider format is shorter (`xoxb-` and ten characters).
const SHORTEST_PROVIDER_TOKEN: usize = 15;

/// Keys and tokens recognised by their providers' formats, as original
/// byte ranges.
fn provider_tokens(text: &Normalized) -> Vec<Range<usize>> {
    let folded = text.folded.as_str();
    let in_token = |c: char| c.is_ascii_alphanumeric() || matches!(c, '_' | '-' | '+' | '/' | '=' | '.');
    let mut found = Vec::new();
    let mut at = 0;
    while let Some(start) = folded[at..].find(in_token).map(|i| at + i) {
        let len = folded[start..].find(|c| !in_token(c)).unwrap_or(folded.len() - start);
        let token = folded[start..start + len].trim_end_matches('.');
        if token.len() >= SHORTEST_PROVIDER_TOKEN {
            let span = text.folded.original_range(start..start + token.len());
            if is_provider_token(&text.original[span.clone()]) {
                found.push(span);
            }
        }
        at = start + len.max(1);
    }
    if let Some(begin) = folded.find("-----begin") {
        let line_end = folded[begin..].find('\n').map_or(folded.len(), |i| begin + i);
        if folded[begin..line_end].contains("private key-----") {
            found.push(text.folded.original_range(begin..line_end));
        }
    }
    found
}

/// Whether `token` (original text) has the shape of a provider's secret.
fn is_provider_token(token: &str) -> bool {
    let alnum = |s: &str| s.bytes().all(|b| b.is_ascii_alphanumeric());
    let body = |prefix: &str| token.strip_prefix(prefix);
    let upper_alnum = |s: &str| s.bytes().all(|b| b.is_ascii_uppercase() || b.is_ascii_digit());
    let aws = ["AKIA", "ASIA"].iter().any(|p| body(p).is_some_and(|rest| rest.len() == 16 && upper_alnum(rest)));
    let github = ["ghp_", "gho_", "ghu_", "ghs_", "ghr_"].iter().any(|p| body(p).is_some_and(|rest| rest.len() >= 30 && alnum(rest)))
        || body("github_pat_").is_some_and(|rest| rest.len() >= 20);
    let google = body("AIza").is_some_and(|rest| rest.len() >= 30);
    let slack = ["xoxb-", "xoxp-", "xoxa-", "xoxo-", "xoxr-", "xoxs-"].iter().any(|p| body(p).is_some_and(|rest| rest.len() >= 10));
    let stripe = ["sk_live_", "rk_live_", "sk_test_"].iter().any(|p| body(p).is_some_and(|rest| rest.len() >= 16 && alnum(rest)));
    let openai = body("sk-").is_some_and(|rest| rest.len() >= 20 && rest.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_'));
    let jwt = token.starts_with("eyJ") && {
        let parts: Vec<&str> = token.split('.').collect();
        parts.len() == 3 && parts[1].starts_with("eyJ") && parts.iter().all(|p| p.len() >= 10)
    };
    aws || github || google || slack || stripe || openai || jwt
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::{assert_rule, findings};

    const ID: &str = "credential";

    #[test]
    fn labelled_secrets_are_flagged() {
        assert_rule(
            ID,
            &[
                ("図書室PCのパスワード：Tosho_2025", &["Tosho_2025"]),
                ("ｐｗ＝ｓａｋｕｒａ＃７", &["ｓａｋｕｒａ＃７"]),
                ("The new password is Maple!River9.", &["Maple!River9"]),
                ("金庫の暗証番号は 4721 です", &["4721"]),
                ("ログインID：hokkaido22\nパスワード：Yuki2025*", &["hokkaido22", "Yuki2025*"]),
                ("ID/PW：admin/Admin2024", &["admin/Admin2024"]),
                ("共有PCのパスワード変えた→ natsu2025sapporo", &["natsu2025sapporo"]),
                ("メールのパスは haru_2024 ね", &["haru_2024"]),
                ("My password for the school account is Winter2025!", &["Winter2025!"]),
            ],
            &[
                "パスワードは家族以外の人に教えないようにしましょう",
                "パスワードは8文字以上にして、使い回さないこと",
                "Password managers make life easier.",
                "パスワード再設定はhttps://example.jp/reset から",
                "ID：kyoumu01 で入ってください",
                "As a token of thanks, students gave cards.",
                "the secret ingredient is local butter",
                "password: ********",
                "パスワードの例：Abc12345 のように、英字と数字を混ぜましょう",
                "パスタは 2人前 で、パスポートは No.1 の窓口へ",
                "Your password for the portal is important: keep it safe.",
            ],
        );
        assert_eq!(findings(ID, "PW: abc123")[0].suggestion.as_deref(), Some("******"));
    }

    #[test]
    fn provider_keys_and_tokens_are_flagged() {
        assert_rule(
            ID,
            &[
                ("key AKIAQ3EXAMPLE7KEY2ZW", &["AKIAQ3EXAMPLE7KEY2ZW"]),
                ("aws_access_key_id = AKIAQ3EXAMPLE7KEY2ZW", &["AKIAQ3EXAMPLE7KEY2ZW"]),
                ("token ghp_a1B2c3D4e5F6g7H8i9J0k1L2m3N4o5P6q7R8", &["ghp_a1B2c3D4e5F6g7H8i9J0k1L2m3N4o5P6q7R8"]),
                ("maps: AIzaSyA1b2C3d4E5f6G7h8I9j0K1l2M3n4O5p6Q", &["AIzaSyA1b2C3d4E5f6G7h8I9j0K1l2M3n4O5p6Q"]),
                ("bot xoxb-1234567890-abcdefghij", &["xoxb-1234567890-abcdefghij"]),
                ("OPENAI sk-proj-Ab12Cd34Ef56Gh78Ij90Kl", &["sk-proj-Ab12Cd34Ef56Gh78Ij90Kl"]),
                (
                    "jwt eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U",
                    &["eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U"],
                ),
                ("-----BEGIN RSA PRIVATE KEY-----\nMIIE", &["-----BEGIN RSA PRIVATE KEY-----"]),
            ],
            &["akiaの由来は", "ask-questions-early", "sk-8 park", "-----BEGIN PUBLIC KEY-----"],
        );
    }
}

//! `credential`: IDs and passwords (ID・パスワード) — a label such as
//! `パスワード：` followed by a secret-looking value, and access keys and
//! tokens in the providers' own formats.

use std::ops::Range;
use std::sync::LazyLock;

use crate::text::spans::Covered;
use super::{declare_rule, Context, Rule, RuleMeta};
use crate::finding::Finding;
use super::lists::CREDENTIAL_LABELS as LABELS;
use crate::text::{byte_runs, Normalized, Script};

declare_rule! {
    /// ### What it does
    /// Flags credentials in a post:
    /// - a label (`パスワード`, `PW`, `password`, `暗証番号`, `secret_access_key`)
    ///   followed by a value that looks like a secret (letters with digits or
    ///   symbols; digits alone after `暗証番号` / `PIN`), and the login ID
    ///   given beside it;
    /// - keys and tokens in the providers' formats: AWS access key ids,
    ///   GitHub (`ghp_…`, `github_pat_…`), Google (`AIza…`), Slack (`xox…`),
    ///   OpenAI-style (`sk-…`), Stripe (`sk_live_…`), JSON Web Tokens, PEM
    ///   private keys and webhook URLs;
    /// - a plain word or a kana word written as the value: after a colon or
    ///   in quotes (`PASS：yukidaruma`, `ぱすわーど：ちょーく`), or alone among
    ///   Japanese (`パスワード hokkaido で入れます`); hiragana labels count
    ///   (`ぱすわーど`, `ゆーざー`); `KEY：…` beside an `SSID`; a Wi-Fi key after its
    ///   network's name (`Wi-Fi：gym-net / yuki2468`); `合言葉` only
    ///   where the post is about an app, a page or a login;
    /// - a login and its password after a slash (`ログインは admin / 1234`,
    ///   `…@gmail.com / Pass!2025`), and number codes a few words after a
    ///   code label (`解除番号は今年も7341#`, `バックアップコード：4829-1173`),
    ///   codes named by what they open or how long they live (`door code`,
    ///   `combo`, `OTP`, `host key`, `ロック解除コード`), a dial's digits one by
    ///   one (`3-7-1-9`, `4 8 1 9`, `1・1・0・4・#`) or in pairs (`37-12-85`),
    ///   the code a few words after a lock (`ダイヤル錠、3-7-2-9ね`,
    ///   `南京錠は「0615」で開きます`), a safe's turns (`右に12、左に34、右に56`),
    ///   and a value further on in the label's
    ///   sentence after an arrow or a colon when it can only be a secret
    ///   (`管理パスワード、初期値のまま → 123456`), or in the sentence
    ///   after a lock's label when it is all that sentence says (`ダイヤル錠
    ///   の番号、書いておきます。2-5-8-0 です。`);
    /// - with no label at all, a word only a password looks like: eight
    ///   characters or more mixing lower case, upper case, digits and a
    ///   symbol (`t.sato / Sn0wFall!2025`), outside links, hashtags,
    ///   addresses and quotations.
    ///
    /// Advice about passwords (`パスワードは人に教えない`) and rules without a
    /// value (`8文字以上`) pass; so do plain words after a label
    /// (`password managers`), examples in a lesson (`1234のような`,
    /// `パスワードの例：「sakura」のような`) and a greeting campaign's slogan
    /// (`合言葉は「おはよう」`).
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
- 各サービス固有の形式のキーやトークン：AWSアクセスキー、GitHub（ghp_…）、Google（AIza…）、Slack（xox…）、OpenAI形式（sk-…）、Stripe、JWT、PEM形式の秘密鍵、Webhook URL\n\
- 値として書かれた英単語やかな（「PASS：yukidaruma」「ぱすわーど：ちょーく」「パスワード hokkaido で入れます」）。ひらがなの表示（ぱすわーど、ゆーざー）も対象。SSIDと並んだKEY、Wi-Fiのネットワーク名に続くキー（「Wi-Fi：gym-net / yuki2468」）、アプリやページの話題での合言葉\n\
- スラッシュで並べたログインIDとパスワード（「ログインは admin / 1234」）、コードの表示の少し後の数字（「解除番号は今年も7341#」「バックアップコード：4829-1173」）、扉や鍵やログインを開けるコード（door code、combo、OTP、ホストキー、ロック解除コード）、1桁ずつ区切った番号（3-7-1-9）、同じ文の矢印やコロンの後の、秘密としか読めない値（「管理パスワード、初期値のまま → 123456」）、鍵の番号の表示の次の文がその番号だけのとき（「ダイヤル錠の番号、書いておきます。2-5-8-0 です。」）\n\
- 表示がなくても、パスワードとしか読めない語：小文字・大文字・数字・記号をすべて含む8文字以上（「t.sato / Sn0wFall!2025」）。リンク、ハッシュタグ、メールアドレス、引用の中は対象外\n\
\n\
「パスワードは人に教えない」のような注意喚起、「8文字以上」のような値のない決まり、授業での例（「1234のような」）、あいさつ運動の合言葉は対象外です。\n\n\
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
        let folded_text = text.folded.as_str();
        let mut secrets = Vec::new();
        let mut logins = Vec::new();
        let labels = LABELS.find(text);
        // `SSID：gym-net KEY：yukimichi`: beside a network name, a plain word
        // after `KEY` is the Wi-Fi key.
        let network = labels.iter().any(|label| matches!(label.tag, "network" | "wifi"));
        let access = labels.iter().any(|label| matches!(label.tag, "access" | "account" | "login"));
        for label in &labels {
            let label_end = text.folded_of_compact(label.range.clone()).end;
            // A Latin label open at its end (`recovery code*`) reads on to the
            // end of its word (`codes`); after a Japanese one, letters are the
            // value (`パスワードabc123`).
            let latin_end = folded_text[..label_end].ends_with(|c: char| c.is_ascii_alphabetic());
            let label_end = label_end + if latin_end { folded_text[label_end..].bytes().take_while(u8::is_ascii_alphabetic).count() } else { 0 };
            // A plain word right after the label (`password for …`) may
            // start the words before the value.
            let value = match value_after(folded_text, label_end) {
                Some(v) if !folded_text[v.clone()].chars().all(|c| c.is_ascii_alphabetic()) => Some(v),
                direct => value_after_words(folded_text, label_end).or(direct),
            };
            // `admin / 1234` after any label is a login with its password;
            // after a Wi-Fi network, `gym-net / yuki2468` is its name and its
            // key, and only the key is secret (`staff-net / guest-net` names
            // two networks).
            if let Some(pair) = value.clone().and_then(|v| login_pair(folded_text, v)) {
                match label.tag {
                    "network" => {}
                    "wifi" => {
                        let key = pair.start + folded_text[pair.clone()].rfind('/').map_or(0, |slash| slash + 1);
                        let key = key + folded_text[key..pair.end].len() - folded_text[key..pair.end].trim_start().len();
                        // A second name joined by hyphens (`guest-net`) looks
                        // like a network, not a key.
                        let key_text = &folded_text[key..pair.end];
                        if looks_secret(key_text) && key_text.contains(|c: char| c.is_ascii_digit() || c.is_ascii_punctuation() && !matches!(c, '-' | '_' | '.')) {
                            secrets.push(text.folded.original_range(key..pair.end));
                        }
                        continue;
                    }
                    _ => {
                        secrets.push(text.folded.original_range(pair));
                        continue;
                    }
                }
            }
            let japanese_label = !text.original[text.compact.original_range(label.range.clone())].is_ascii();
            let secret = match label.tag {
                "login" => {
                    logins.extend(value.map(|v| text.folded.original_range(v)));
                    continue;
                }
                // `管理画面 admin/pass1234`: a login glued to its password.
                "account" => match value.filter(|v| glued_pair(&folded_text[v.clone()])) {
                    Some(pair) => Some(pair),
                    None => continue,
                },
                "network" | "wifi" | "access" => continue,
                "pin" => value.clone()
                    .filter(|v| looks_secret(&folded_text[v.clone()]) || is_number_code(&folded_text[v.clone()]))
                    // A meeting's passcode is often a word (`パスコード hoken`).
                    .or_else(|| value.clone().filter(|v| plain_value(folded_text, v, japanese_label) && is_word_value(&folded_text[v.clone()])))
                    .or_else(|| quoted_value(folded_text, label_end))
                    // In English a code is set off where the value starts
                    // (`combo: 4 8 1 9`), not found further on (`combo deal costs 1200 yen`);
                    // a Latin label in a Japanese sentence (`PINは共通で7391`) reads on.
                    .or_else(|| pin_after(folded_text, label_end).filter(|code| japanese_label || !folded_text[label_end..].starts_with(|c: char| c.is_ascii()) || value.as_ref().is_some_and(|v| v.start == code.start)))
                    .or_else(|| dial_turns(folded_text, label_end))
                    .or_else(|| code_said_next(folded_text, label_end)),
                tag => {
                    // `合言葉` is also a greeting campaign's slogan (`合言葉は「おはよう」`):
                    // a plain word after it counts only where the post is about
                    // getting in (`アプリ`, `ページ`, `ログイン`).
                    let words_ok = tag != "phrase" || access;
                    let plain_ok = |v: &Range<usize>| if tag == "key" { network } else { words_ok && plain_value(folded_text, v, japanese_label) };
                    let secret = |v: &Range<usize>| looks_secret(&folded_text[v.clone()]);
                    value
                        .filter(|v| secret(v) || (plain_ok(v) && is_word_value(&folded_text[v.clone()])))
                        .or_else(|| quoted_value(folded_text, label_end).filter(|v| words_ok || secret(v)))
                        .or_else(|| kana_value(folded_text, label_end).filter(|_| words_ok))
                        .or_else(|| secret_nearby(folded_text, label_end))
                        .or_else(|| set_to(folded_text, label_end))
                }
            };
            // `暗証番号は1234のような…`: an example of a bad choice.
            let example = |v: &Range<usize>| ["のよう", "みたい", "など", "とか"].iter().any(|e| folded_text[v.end..].starts_with(e));
            secrets.extend(secret.filter(|v| !example(v)).map(|v| text.folded.original_range(v)));
        }
        // `englishclub.kita@gmail.com / Eclub!2025`: an address with its password.
        for (at, _) in folded_text.match_indices('@') {
            let start = folded_text[..at].char_indices().rev().take_while(|&(_, c)| c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | '-' | '+')).last().map_or(at, |(i, _)| i);
            let domain = folded_text[at + 1..].find(|c: char| !(c.is_ascii_alphanumeric() || matches!(c, '.' | '-'))).unwrap_or(folded_text.len() - at - 1);
            let end = at + 1 + folded_text[at + 1..at + 1 + domain].trim_end_matches(['.', '-']).len();
            // A space before the slash: `www.example.com@host/watch` is a URL's path.
            let spaced = folded_text[end..].starts_with(char::is_whitespace);
            let pair = (start < at && spaced).then(|| login_pair(folded_text, start..end)).flatten();
            if let Some(pair) = pair.filter(|pair| folded_text[pair.clone()].rsplit('/').next().is_some_and(|second| looks_secret(second.trim()))) {
                secrets.push(text.folded.original_range(pair));
            }
        }
        // Two labels may read one value (`ぱすわーど：「…」`): report it once.
        secrets.sort_by_key(|span| (span.start, span.end));
        secrets.dedup_by(|later, earlier| later.start < earlier.end);
        let mut covered = Covered::new(secrets.iter().cloned());
        for span in provider_tokens(text).into_iter().chain(unlabelled_passwords(cx)) {
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
    // `password … is "books&snow42"`: a quotation mark after the copula too.
    let lead = lead + rest[lead..].find(|c: char| !matches!(c, '"' | '\'' | '「')).unwrap_or(rest.len() - lead);
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
    let near = &rest[..rest.char_indices().nth(48).map_or(rest.len(), |(i, _)| i)];
    // `Key for the exam-paper folder: …`: English words up to a colon, as up to `is`.
    // `Door code for the gym changed to 3-9-1-7`: a report that it changed, like `is`.
    let changed = near.find(" changed to ").map(|i| i + " changed to".len());
    if let Some(is) = near.find(" is ").map(|i| i + 1).or(changed).or_else(|| near.find(": ").filter(|&i| near[..i].starts_with(' ')).map(|i| i + 1)) {
        let words = &near[..is];
        // The words may hold digits (`Backup code for the 2FA: …`), not a value's symbols.
        return words.chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, ' ' | '-' | '\'' | ':')).then(|| value_after(folded, at + is)).flatten();
    }
    let (separator, _) = rest.char_indices().take(24).take_while(|&(_, c)| !matches!(c, '。' | '!' | '?' | '\n' | '例')).find(|&(_, c)| matches!(c, ':' | '=' | '→'))?;
    let words = rest[..separator].trim_end();
    let japanese = words.chars().all(|c| !c.is_ascii() && !c.is_whitespace());
    let value = value_after(folded, at + separator)?;
    // A short report that it changed (`パスワード変えた→ …`) sets off any value;
    // further on in the sentence (`管理パスワード、初期値のままです → 123456`,
    // `忘れそうだからメモ：Pc-room#2026`), only what cannot be a word is one.
    let reported = separator <= 24 && japanese && (words.ends_with('た') || words.ends_with("ました"));
    (reported || is_code(folded, &value)).then_some(value)
}

/// A value that can only be a secret: letters with digits and eight
/// characters or more, not a version or a path (`Ver.2.10`, `a/b`), or a
/// number code that is no count (`2025年`).
fn is_code(folded: &str, value: &Range<usize>) -> bool {
    let word = &folded[value.clone()];
    let long_secret = word.len() >= 8 && looks_secret(word) && word.chars().any(|c| c.is_ascii_digit()) && !word.contains(['.', '/']);
    let pin = is_number_code(word) && !counts_something(&folded[value.end..]);
    long_secret || pin
}

/// The longest word these helpers read as a value, in bytes: a longer run
/// is no password someone typed, and reading to its end after every label
/// would cost the square of its length.
const LONGEST_WORD: usize = 128;

/// `s` when a word starting it ends within `max` bytes (a character that
/// is neither ASCII graphic nor kana comes before), else `None`.
fn bounded(s: &str, max: usize) -> Option<&str> {
    let end = s.floor_char_boundary(max + 1);
    let closed = end == s.len() || s[..end].contains(|c: char| !(c.is_ascii_graphic() || is_kana(c)));
    closed.then_some(&s[..end])
}

/// `admin / 1234`, `teacher / Welcome123`: the value at `value` of the
/// folded view and a second one after a slash, when the second can be a
/// password (a secret-looking word, a plain word or four digits). A login
/// label before it (`ログインは`, `login is`) or any credential label makes
/// the pair a login with its password.
fn login_pair(folded: &str, value: Range<usize>) -> Option<Range<usize>> {
    let rest = &folded[value.end..];
    let slash = rest.trim_start_matches(' ').strip_prefix('/')?;
    let second = slash.trim_start_matches(' ');
    let at = folded.len() - second.len();
    let second = bounded(second, LONGEST_WORD)?;
    let len = second.find(|c: char| !c.is_ascii_graphic() || matches!(c, ')' | ']' | '"' | '\'' | ',')).unwrap_or(second.len());
    let password = second[..len].trim_end_matches(['.', ';', ':']);
    // `kyoiku@… / soumu@…`: two addresses, not a login and its password.
    if password.contains('@') {
        return None;
    }
    let digits = password.len() >= 4 && password.bytes().all(|b| b.is_ascii_digit());
    (looks_secret(password) || digits || is_word_value(password)).then(|| value.start..at + password.len())
}

/// `admin/pass1234`: a login and its password joined by one slash, without
/// spaces; the second a password (a secret-looking word or four digits or
/// more), the first a login name (not `ID/PW`, not a path's `a/b/c`).
fn glued_pair(word: &str) -> bool {
    let Some((login, password)) = word.split_once('/') else { return false };
    let login_ok = !login.is_empty() && login.chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | '-'));
    let digits = password.len() >= 4 && password.bytes().all(|b| b.is_ascii_digit());
    login_ok && !password.contains('/') && (looks_secret(password) || digits)
}

/// Whether a plain word at `value` of the folded view is written as a value:
/// set off by a colon, an equals sign, an arrow or a quotation mark
/// (`PASS:yukidaruma`, `pass "snowfall"`) and not the first of more English
/// words (`password: required for entry`); or, after a Japanese label, a
/// lower-case word standing alone among Japanese (`パスワード hokkaido で入れます`).
fn plain_value(folded: &str, value: &Range<usize>, japanese_label: bool) -> bool {
    let before = folded[..value.start].trim_end_matches([' ', '\u{3000}']);
    // A quotation mark glued to the label's word closes a quotation that
    // holds the label (`a "cheap lift pass" online`); only one that opens
    // sets a value off.
    let closing_quote = before.strip_suffix(['"', '\'']).is_some_and(|b| b.ends_with(|c: char| c.is_ascii_alphanumeric()));
    let marked = before.ends_with([':', '=', '→', '「', '"', '\'']) && !closing_quote;
    let after = &folded[value.end..];
    let more_words = after.strip_prefix(' ').is_some_and(|a| a.starts_with(|c: char| c.is_ascii_alphabetic()));
    let next = after.trim_start_matches([' ', '\u{3000}']);
    // The end of a line ends the word as the end of the text does.
    let among_japanese = next.is_empty() || next.starts_with('\n') || !next.starts_with(|c: char| c.is_ascii());
    let alone = japanese_label && among_japanese && folded[value.clone()].bytes().all(|b| b.is_ascii_lowercase());
    (marked && !more_words) || alone
}

/// A word of letters (or kana) as a password: four characters or more,
/// not one repeated, and not a word that says what the password is
/// (`required`, `ひみつ`, `data/credential_non_values.txt`).
fn is_word_value(value: &str) -> bool {
    let mut chars = value.chars();
    let first = chars.next();
    value.chars().count() >= 4 && !chars.all(|c| Some(c) == first) && !NON_VALUES.contains(&value)
}

static NON_VALUES: LazyLock<Vec<&'static str>> = LazyLock::new(|| {
    data_file!("rules/data/credential_non_values.txt").lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#')).collect()
});

/// Hiragana (the folded view's kana) and the prolonged sound mark.
fn is_kana(c: char) -> bool {
    matches!(c, 'ぁ'..='ゖ' | 'ー')
}

/// The end of the lead between a label ending at `at` and its value: spaces,
/// a colon, an arrow, the particle `は`/`を`/`が`, brackets. Returns the
/// value's start and whether a mark (not only spaces and particles) set it off.
fn lead_end(folded: &str, at: usize) -> (usize, bool) {
    let rest = &folded[at..];
    let mut marked = false;
    let mut end = at;
    for (i, c) in rest.char_indices().take(6) {
        match c {
            ':' | '=' | '→' | '「' | '"' | '\'' | '」' => marked |= c != '」',
            c if c.is_whitespace() => {}
            'は' | 'を' | 'が' if i == 0 || !marked => {}
            _ => break,
        }
        end = at + i + c.len_utf8();
    }
    (end, marked)
}

/// A word in quotation marks a few characters after the label:
/// `パスワードを「tanpopo」に変えました`, `合言葉は「きたきつね」`, `暗証「7777」`.
/// The whole quotation is the value: ASCII without spaces, or kana.
fn quoted_value(folded: &str, at: usize) -> Option<Range<usize>> {
    let rest = &folded[at..];
    let window = &rest[..rest.char_indices().nth(12).map_or(rest.len(), |(i, _)| i)];
    let open = window.find(['「', '"'])?;
    // `パスワードの例：「sakura」` is a lesson, not a password.
    if window[..open].contains(['。', '、', '\n', '!', '?', '例']) {
        return None;
    }
    let (value_range, after_quote) = quotation(rest, open)?;
    let value = &rest[value_range.clone()];
    if ["のよう", "みたい", "など"].iter().any(|example| after_quote.starts_with(example)) {
        return None;
    }
    let ascii = value.bytes().all(|b| b.is_ascii_graphic());
    let kana = value.chars().all(is_kana);
    let ok = (ascii && (looks_secret(value) || is_pin(value) || (value.bytes().all(|b| b.is_ascii_alphabetic()) && is_word_value(value))))
        || (kana && is_word_value(value));
    ok.then(|| at + value_range.start..at + value_range.end)
}

/// The value quoted by the mark that opens at byte `open` of `rest` (`「`
/// or `"`), closed within [`LONGEST_WORD`] bytes: its range in `rest`, and
/// the text after the closing mark.
fn quotation(rest: &str, open: usize) -> Option<(Range<usize>, &str)> {
    let start = open + rest[open..].chars().next()?.len_utf8();
    let inner = &rest[start..];
    let len = inner[..inner.floor_char_boundary(LONGEST_WORD)].find(['」', '"'])?;
    let close = &inner[len..];
    Some((start..start + len, &close[close.chars().next().map_or(0, char::len_utf8)..]))
}

/// A word in kana after a label, as written for young pupils: set off by a
/// colon or an arrow (`ぱすわーど：ちょーく`), or standing alone between spaces
/// (`ぱすわーど は ひまわり です`). A copula after it is not part of it.
fn kana_value(folded: &str, at: usize) -> Option<Range<usize>> {
    let (start, marked) = lead_end(folded, at);
    let spaced = folded[..start].ends_with(char::is_whitespace);
    if !(marked || spaced) {
        return None;
    }
    let rest = bounded(&folded[start..], LONGEST_WORD)?;
    let len = rest.find(|c: char| !is_kana(c)).unwrap_or(rest.len());
    let run = &rest[..len];
    let after = &rest[len..];
    // Kana glued to kanji begin a longer phrase, not a word of their own:
    // `パスワード：プリント裏面に記載` says where the value is (kana glued to
    // digits are a value: `ぱすわーど→としょかん0401`).
    if after.starts_with(|c: char| Script::of(c) == Script::Kanji) {
        return None;
    }
    // An opened quotation is the value only when the word fills it: a
    // greeting (`合言葉は「おはよう、元気？」`) is a slogan, not a password.
    if folded[..start].ends_with('「') && !after.starts_with('」') {
        return None;
    }
    let value = if marked {
        ["です", "だよ", "だ", "よ", "ね"].iter().find_map(|copula| run.strip_suffix(copula)).unwrap_or(run)
    } else if spaced && after.starts_with(char::is_whitespace) && ends_statement(after.trim_start()) {
        run
    } else {
        return None;
    };
    is_word_value(value).then(|| start..start + value.len())
}

/// A secret-looking word (letters with digits, six characters or more) in
/// the words right after a password label, without a colon: `管理者パスワード
/// は初期設定のまま admin1234 なので`. Not after `を` (what is done to the
/// password: `パスワードを変えるには Windows11 の…`) or in an example.
fn secret_nearby(folded: &str, at: usize) -> Option<Range<usize>> {
    let rest = &folded[at..];
    // A comma right after the label, as a colon (`職員室PCのパス、Hokkaido2026!`),
    // but then the value must have a symbol too: after a comma a sentence
    // may go on to name anything (`パスワード、Windows11 の設定…`).
    let after_comma = rest.starts_with('、');
    let from = if after_comma { '、'.len_utf8() } else { 0 };
    let window = &rest[from..][..rest[from..].char_indices().nth(16).map_or(rest.len() - from, |(i, _)| i)];
    let clause = &window[..window.find(['。', '、', '\n', '!', '?', '例', 'を']).unwrap_or(window.len())];
    let start = from + clause.find(|c: char| c.is_ascii_alphanumeric())?;
    if rest[..start].ends_with(|c: char| c.is_ascii_graphic()) {
        return None;
    }
    let token = bounded(&rest[start..], LONGEST_WORD)?;
    let len = token.find(|c: char| !c.is_ascii_graphic()).unwrap_or(token.len());
    let word = &token[..len];
    let strong = word.len() >= 6 && word.chars().any(|c| c.is_ascii_alphabetic()) && word.chars().any(|c| c.is_ascii_digit());
    let symbol = word.contains(['!', '#', '$', '%', '&', '*', '?', '@', '_', '+', '=', '~', '^']);
    // `kyoin@2025` is a password with a symbol; `name@school.jp`, an address.
    let address = word.split_once('@').is_some_and(|(_, domain)| domain.contains('.'));
    (strong && (symbol || !after_comma) && !word.contains("://") && !word.starts_with("www.") && !address).then(|| at + start..at + start + len)
}

/// What the password was set to, told further on in the label's sentence
/// than a value stands (`パスワード、覚えにくいので「hokkaido1234」に変えま
/// した`): a quoted secret-looking value or number code, then `に` and a verb
/// of setting it, done (`変えました`, `設定した`, `してあります`). Advice
/// (`「1234」にしないで`) sets nothing.
fn set_to(folded: &str, at: usize) -> Option<Range<usize>> {
    // Only the reach is read, never the rest of a long text for its end
    // (a megabyte of `パスワード：` read to its end from every label is
    // quadratic: the bench's `labels`).
    let rest = &folded[at..];
    let reach = &rest[..rest.char_indices().nth(SET_TO_REACH).map_or(rest.len(), |(i, _)| i)];
    let open = reach.find(['「', '"'])?;
    if reach[..open].contains(['。', '\n', '!', '?']) {
        return None;
    }
    let (value_range, after) = quotation(rest, open)?;
    let value = &rest[value_range.clone()];
    let done = ["に変えました", "に変えた", "に変更しました", "に変更した", "に設定しました", "に設定した", "にしました", "にした", "になりました", "になった", "にしてあります", "にしています", "にしてます"];
    let set = done.iter().any(|d| after.starts_with(d));
    (set && (looks_secret(value) || is_pin(value))).then(|| at + value_range.start..at + value_range.end)
}

/// How many characters after a label [`set_to`] looks for the quotation.
const SET_TO_REACH: usize = 30;

/// Whether `rest` (after a spaced word) ends the statement: `です`, `だよ`,
/// a full stop, the end. `パスワードは ひらがな だけ にしない` goes on.
fn ends_statement(rest: &str) -> bool {
    let copula = rest.strip_prefix('だ').is_some_and(|after| !after.starts_with(|c: char| is_kana(c) && c != 'よ' && c != 'ね'));
    copula || rest.is_empty() || ["です", "ね", "よ", "。", "!", "(", "\n"].iter().any(|end| rest.starts_with(end))
}

/// Whether `after` (what follows a number) opens with a unit that makes the
/// number a count, a price or a date, not a code.
fn counts_something(after: &str) -> bool {
    NOT_A_CODE.iter().any(|unit| after.starts_with(unit))
}

/// Units after a number that make it a count, a price or a date, not a code.
const NOT_A_CODE: &[&str] = &["けた", "桁", "文字", "字", "円", "年", "月", "日", "時", "分", "秒", "回", "人", "名", "件", "個", "枚", "点", "台", "冊", "校", "番", "号", "%", "歳", "才"];

/// A number code a few words after a code label: `解除番号は今年も7341#です`,
/// `パスコードは ４ケタで ８８６４`, `バックアップコード：4829-1173`,
/// `暗証番号は、「2580」です`. Four to eight digits, groups of four joined by
/// hyphens or spaces, or four to eight single digits spaced out as a dial or
/// a keypad reads them (`3-7-1-9`, `4 8 1 9`); a count (`4桁`), a year or a
/// date is not a code, and neither is an example (`例：0415`). The comma
/// after the label's particle (`暗証番号は、…`) does not end the search; a
/// full stop does.
fn pin_after(folded: &str, at: usize) -> Option<Range<usize>> {
    let rest = &folded[at..];
    let window = &rest[..rest.char_indices().nth(20).map_or(rest.len(), |(i, _)| i)];
    let clause = &window[..window.find(['。', '\n', '!', '?', '例']).unwrap_or(window.len())];
    let mut from = 0;
    while let Some(start) = clause[from..].find(|c: char| c.is_ascii_digit()).map(|i| from + i) {
        let number = &clause[start..start + digit_run(&clause[start..])];
        let code = is_number_code(number);
        let glued = clause[..start].ends_with(|c: char| c.is_ascii_alphanumeric());
        let after = &rest[start + number.len()..];
        if code && !glued && !counts_something(after) && !after.starts_with(|c: char| c.is_ascii_alphanumeric()) {
            return Some(at + start..at + start + number.len());
        }
        from = start + number.len().max(1);
    }
    None
}

/// How far the end of a code label's sentence may lie for the next sentence
/// to give its code, in characters.
const LABEL_SENTENCE_REST: usize = 30;

/// A number code that makes up the next sentence after a code label's
/// short one, alone or after a few words ending in `は` (`ダイヤル錠の番号、
/// 書いておきます。2-5-8-0 です。`, `キーロックの番号変わったよ。新しいのは
/// 7-3-9-1-#`): the label announces it, the next sentence is nothing but
/// the code. A sentence that goes on after the number (`2時に集合です`, `1234
/// 人が参加`) is no code.
fn code_said_next(folded: &str, at: usize) -> Option<Range<usize>> {
    let rest = &folded[at..];
    let window = &rest[..rest.char_indices().nth(LABEL_SENTENCE_REST).map_or(rest.len(), |(i, _)| i)];
    let end = window.find(['。', '\n', '!', '?'])?;
    let next_start = end + window[end..].chars().next()?.len_utf8();
    let next = &rest[next_start..];
    let lead = next.find(|c: char| c.is_ascii_digit())?;
    let words = next[..lead].trim();
    let led = words.is_empty() || (words.ends_with(['は', ':', '：']) && words.chars().count() <= 8);
    let len = digit_run(&next[lead..]);
    let number = &next[lead..lead + len];
    let after = next[lead + len..].trim_start();
    (led && is_number_code(number) && !counts_something(after) && ends_statement(after)).then(|| at + next_start + lead..at + next_start + lead + len)
}

/// A number code: four to eight digits, groups of four, four to eight
/// single digits (`7341`, `4829-1173`, `4 8 1 9`, `1・1・0・4`), or three or
/// four pairs as a safe's dial reads them (`37-12-85`); a keypad's enter key
/// may close it (`2580#`, `8-0-0-8-#`).
fn is_number_code(number: &str) -> bool {
    let number = number.trim_end_matches(['#', '*']).trim_end_matches(['-', '・', ' ']);
    let groups: Vec<&str> = number.split(['-', ' ', '・']).collect();
    let digits = |g: &&str, len: usize| g.len() == len && g.bytes().all(|b| b.is_ascii_digit());
    match groups.len() {
        1 => is_pin(number),
        n => groups.iter().all(|g| digits(g, 4))
            || ((4..=8).contains(&n) && groups.iter().all(|g| digits(g, 1)))
            || ((3..=4).contains(&n) && groups.iter().all(|g| digits(g, 2))),
    }
}

/// The length in bytes of the digits at the start of `s` and the groups
/// after them, each joined by one hyphen, space or middle dot (`4829-1173`,
/// `4 8 1 9`, `1・1・0・4`), with a keypad's enter key after them (`#`).
fn digit_run(s: &str) -> usize {
    let bytes = s.as_bytes();
    let mut end = 0;
    while end < bytes.len() {
        let joint = if s[end..].starts_with('・') { '・'.len_utf8() } else { usize::from(matches!(bytes[end], b'-' | b' ')) };
        if bytes[end].is_ascii_digit() {
            end += 1;
        } else if joint > 0 && end > 0 && bytes.get(end + joint).is_some_and(|b| b.is_ascii_digit() || (*b == b'#' && bytes[end] == b'-')) {
            end += joint;
        } else if matches!(bytes[end], b'#' | b'*') && end > 0 {
            end += 1;
            break;
        } else {
            break;
        }
    }
    end
}

/// A safe's dial turned right and left (`右に12、左に34、右に56`): three
/// turns or more, each a side and one or two digits, in the `window` after a
/// lock's label; the range of the turns from the first.
fn dial_turns(folded: &str, at: usize) -> Option<Range<usize>> {
    let rest = &folded[at..];
    let window = &rest[..rest.char_indices().nth(40).map_or(rest.len(), |(i, _)| i)];
    let first = window.find(['右', '左'])?;
    let mut end = first;
    let mut turns = 0;
    let mut tail = &window[first..];
    while let Some(after_side) = tail.strip_prefix('右').or_else(|| tail.strip_prefix('左')) {
        let after_side = after_side.strip_prefix('に').unwrap_or(after_side).trim_start();
        let len = after_side.bytes().take_while(u8::is_ascii_digit).count();
        if !(1..=2).contains(&len) || counts_something(&after_side[len..]) {
            break;
        }
        turns += 1;
        end = window.len() - after_side.len() + len;
        tail = window[end..].trim_start_matches(['、', ',', ' ', '→']);
    }
    (turns >= 3).then(|| at + first..at + end)
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

/// Hosts and paths of webhook URLs, whose rest is the secret.
const WEBHOOK_HOSTS: &[&str] = &["hooks.slack.com/services/", "discord.com/api/webhooks/", "discordapp.com/api/webhooks/"];

/// The bytes a provider's token is made of: ASCII letters, digits and
/// `_-+/=.`.
const TOKEN_BYTES: [bool; 256] = {
    let mut table = [false; 256];
    let mut b = 0;
    while b < 128 {
        table[b] = (b as u8).is_ascii_alphanumeric() || matches!(b as u8, b'_' | b'-' | b'+' | b'/' | b'=' | b'.');
        b += 1;
    }
    table
};

/// The shortest and longest word read as a password without a label.
const PASSWORD_LENGTH: std::ops::RangeInclusive<usize> = 8..=64;

/// Words that can only be passwords, with no label before them (`school mail
/// is t.sato / Sn0wFall!2025`): eight characters or more with lower-case and
/// upper-case letters, digits and a symbol, as password rules ask for and
/// nothing else in a post is written (an underscore is no symbol here:
/// names of files, networks and versions join words with it,
/// `StaffRoom_5G`) — not in a link (whose query strings mix the four), a
/// hashtag, a handle or an address, nor quoted or in a sentence that
/// teaches (`Kids came up with "Ilove3ramenbowls!"`). As original byte
/// ranges.
fn unlabelled_passwords(cx: &Context) -> Vec<Range<usize>> {
    let text = cx.text;
    let folded = text.folded.as_str();
    let in_word = |b: u8| b.is_ascii_graphic() && !matches!(b, b'"' | b'\'' | b'(' | b')' | b'[' | b']' | b'<' | b'>' | b',');
    let mut found = Vec::new();
    for run in byte_runs(folded, in_word) {
        // A label glued on with a colon (`ID:admin_sch04`, `新:Seiseki_R7`)
        // is not part of the word.
        let start = folded[run.clone()].rfind(':').map_or(run.start, |colon| run.start + colon + 1);
        let word = folded[start..run.end].trim_end_matches(['.', ';']);
        if !PASSWORD_LENGTH.contains(&word.len()) || word.starts_with(['#', '@']) || word.contains("://") || word.contains('%') || word.split_once('@').is_some_and(|(_, domain)| domain.contains('.')) {
            continue;
        }
        let span = text.folded.original_range(start..start + word.len());
        let written = &text.original[span.clone()];
        let has = |class: fn(char) -> bool| written.chars().any(class);
        if !(has(char::is_lowercase) && has(char::is_uppercase) && has(|c| c.is_ascii_digit()) && has(|c| "!#$%&*?@+=~^".contains(c))) {
            continue;
        }
        let in_link = cx.links.iter().any(|link| link.span.start < span.end && span.start < link.span.end);
        if !in_link && !cx.mentions().is_mention(&text.compact.view_range(span.clone())) {
            found.push(span);
        }
    }
    found
}

/// Keys and tokens recognised by their providers' formats, as original
/// byte ranges.
fn provider_tokens(text: &Normalized) -> Vec<Range<usize>> {
    let folded = text.folded.as_str();
    let in_token = |c: char| c.is_ascii() && TOKEN_BYTES[c as usize];
    let mut found = Vec::new();
    for run in byte_runs(folded, |b| TOKEN_BYTES[usize::from(b)]) {
        let token = folded[run.clone()].trim_end_matches('.');
        if token.len() >= SHORTEST_PROVIDER_TOKEN {
            let span = text.folded.original_range(run.start..run.start + token.len());
            if is_provider_token(&text.original[span.clone()]) {
                found.push(span);
            }
        }
    }
    // A webhook URL carries its secret in the path.
    for host in WEBHOOK_HOSTS {
        for (at, _) in folded.match_indices(host) {
            let path = at + host.len();
            let len = folded[path..].find(|c| !in_token(c)).unwrap_or(folded.len() - path);
            if len >= SHORTEST_PROVIDER_TOKEN {
                found.push(text.folded.original_range(at..path + len));
            }
        }
    }
    if let Some(begin) = folded.find("-----begin") {
        let line_end = folded[begin..].find('\n').map_or(folded.len(), |i| begin + i);
        const HEADER_END: &str = "private key-----";
        if let Some(at) = folded[begin..line_end].find(HEADER_END) {
            // A key whose body was replaced by `****` (this rule's own fix) is
            // no longer a key: only its header is left.
            let body = folded[begin + at + HEADER_END.len()..].split("-----end").next().unwrap_or_default();
            let concealed = body.contains('*') && body.chars().all(|c| c == '*' || c.is_whitespace());
            if !concealed {
                found.push(text.folded.original_range(begin..line_end));
            }
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
        // The signature is often cut short when pasted; the two encoded JSON
        // parts are what give a token away.
        parts.len() == 3 && parts[1].starts_with("eyJ") && parts[..2].iter().all(|p| p.len() >= 10) && parts[2].len() >= 4
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
                "パスワード、誕生日や「1234」にしないでください。",
                "パスワードを忘れた方は、「パスワード再設定」にしてある案内をご覧ください。",
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
    fn plain_words_and_kana_are_values_when_written_as_values() {
        assert_rule(
            ID,
            &[
                ("ＰＡＳＳ：ｍｉｚｕｕｍｉ　（全角で）", &["ｍｉｚｕｕｍｉ"]),
                ("user: kita_club  pass: harunire", &["kita_club", "harunire"]),
                ("ＳＳＩＤ：ｌｉｂｒａｒｙ－ａｐ　ＫＥＹ：ｓｈｉｏｒｉ", &["ｓｈｉｏｒｉ"]),
                ("教務用 パスワード ochazuke で入れます", &["ochazuke"]),
                ("ぱすわーど は どんぐり です", &["どんぐり"]),
                ("あいでぃー：くらす３　ぱすわーど：ゆきうさぎ", &["ゆきうさぎ"]),
                ("保護者ページの合言葉は「まりもっこ」です", &["まりもっこ"]),
                ("写真アプリの合言葉：すずらん", &["すずらん"]),
                ("共有フォルダのパスワードを「lavender」に変えました", &["lavender"]),
                ("公式アカウントのパスワード、覚えにくいので「hokkaido1234」に変えました。", &["hokkaido1234"]),
                ("参加者用の無線LANは「KENSHU-2F」、暗号キーは「k3nsyu!net」となっています。", &["k3nsyu!net"]),
                ("Password for the staff Wi-Fi: \"otaru1899\"", &["otaru1899"]),
                // a Wi-Fi network with its key after a slash; a plain key beside it
                ("Staff wifi: Kita_Staff / fubuki2468. Teachers only.", &["fubuki2468"]),
                ("体育館の無線LAN：gym-ap / Yuki#77 です", &["Yuki#77"]),
                ("Wi-Fi gym-net KEY: tsurara", &["tsurara"]),
                ("Club Wi-Fi pass \"snowdrift\" works again", &["snowdrift"]),
            ],
            &[
                "パスワード：8文字以上で設定してください",
                "パスワード：プリント裏面に記載",
                "Password: required for every staff account.",
                "パスワードは ひみつ です",
                "パスワードはしっかり管理しましょう",
                "Key: yellow means a practice match",
                "Key points: bring water and a towel",
                "Wi-Fi：staff-net / guest-net の2つがあります",
                "Wi-Fi / Bluetooth の設定を確認してください",
                "パスワードの例：「sakura」のような単語だけのものは避けましょう",
                "ログイン画面が新しくなりました",
                // the label inside a quotation the mark closes
                "If someone offers a \"cheap lift pass\" online, it's a scam.",
            ],
        );
    }

    #[test]
    fn login_pairs_and_number_codes_are_flagged() {
        assert_rule(
            ID,
            &[
                ("体育館PCのログインは taiiku / Jump2025 です", &["taiiku / Jump2025"]),
                ("The printer login is admin / admin2024.", &["admin / admin2024"]),
                ("管理者アカウント：root / toor のまま", &["root / toor"]),
                ("通用口の解除番号は今年も5309#です", &["5309#"]),
                ("ロッカーのパスコードは ４ケタで ２７１３ です", &["２７１３"]),
                ("予備のバックアップコード：5521-0938", &["5521-0938"]),
                ("コピー機の部門コード「2207」", &["2207"]),
                ("予備コードを控えます：バックアップコードは 1234-5678 と 8765-4321", &["1234-5678"]),
                ("共有ドライブのパスワード変わりました → Haru#2026sp", &["Haru#2026sp"]),
                ("ルーターのパスワードは初期設定のまま router2020 です", &["router2020"]),
                ("部活用: tennis.club77@gmail.com / Smash!2025", &["tennis.club77@gmail.com / Smash!2025"]),
            ],
            &[
                "暗証番号は4桁の数字にしてください",
                "暗証番号の変更は2025年4月1日からです",
                "パスワードは誕生日にしない（例：0415 は危険）",
                "ログインは 9時 / 17時 の2回",
                "アカウント：kouhou / 広報担当",
                "合言葉は「おはよう、元気？」で、あいさつ運動を始めます",
                "あいさつ運動の合言葉は「ありがとう」。元気に声をかけ合おう",
                "パスワードは ひらがな だけ にしない",
                "パスワードを password にするのはやめましょう",
                "暗証番号は1234のような単純なものにしない",
                "パスワードを変えるには Windows11 の設定画面から",
                "連絡先：soumu@example.jp / kyoumu@example.jp",
                "https://www.example.com@login.example.club/watch?v=a1b ←動画",
            ],
        );
    }

    #[test]
    fn codes_that_open_doors_and_logins_are_flagged() {
        assert_rule(
            ID,
            &[
                ("The gate code for the staff car park is 8204 from Monday.", &["8204"]),
                ("bike shed combo is 4-0-9-2, don't tell the kids", &["4-0-9-2"]),
                ("職員玄関の暗証番号は、「3106」に変わりました", &["3106"]),
                ("倉庫の南京錠の暗証番号変えたよ→ 7 3 5 0", &["7 3 5 0"]),
                ("Recovery codes for the club account: 5120-7781-0034", &["5120-7781-0034"]),
                ("host key for tonight's Zoom: 604215", &["604215"]),
                ("Wi-Fi password for the gym is 'kitakaze#88'", &["kitakaze#88"]),
                ("共用タブレットのパスワード、Mizunara_2026 で統一", &["Mizunara_2026"]),
                ("コピー機の管理パスワード、何度聞かれても忘れるのでここに置く：Copy0412x", &["Copy0412x"]),
                ("保健室PCのパスワード、前のままです → 550731", &["550731"]),
                // letters right after a Japanese label are its value, not the rest of its word
                ("図書室PCのパスワードlib2024です", &["lib2024"]),
            ],
            &[
                "Use the promo code at the school fair for 10% off.",
                "The dress code for the ceremony is formal.",
                "The combo deal costs 1200 yen at the canteen.",
                "暗証番号は、誕生日など推測されやすい数字を避けましょう",
                "暗証番号の管理について、1234名の職員に通知しました",
                "パスワード、ID、メールアドレスを入力してください",
                "パスワード、Windows11 の更新後に再設定をお願いします",
                "パスワード変更の手順はこちら → https://example.jp/help",
                "パスワード設定のお願い：2025年4月1日から新方式",
                "パスワードの更新について：Ver.2.10 以降の端末のみ",
            ],
        );
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
                (
                    "通知先 https://hooks.slack.com/services/T01AAAA/B02BBBB/abcDEF123ghiJKL",
                    &["hooks.slack.com/services/T01AAAA/B02BBBB/abcDEF123ghiJKL"],
                ),
                ("APIトークン：Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ0ZXN0In0.x9Yz", &["eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ0ZXN0In0.x9Yz"]),
            ],
            &["akiaの由来は", "通知は hooks.slack.com の設定で", "ask-questions-early", "sk-8 park", "-----BEGIN PUBLIC KEY-----", "鍵 -----BEGIN OPENSSH PRIVATE KEY----- ************"],
        );
    }

    #[test]
    fn the_numbers_that_open_a_safe_a_padlock_or_a_key_box_are_pins() {
        assert_rule(
            ID,
            &[
                ("職員室の金庫の番号は0930です", &["0930"]),
                ("キーボックスの暗証は 2580", &["2580"]),
                ("倉庫のダイヤル番号：4417", &["4417"]),
                ("Wi-Fiのパスフレーズ snowfield42", &["snowfield42"]),
                ("部室のダイヤル錠は 2-8-4-6 です", &["2-8-4-6"]),
                ("物置の南京錠、「0731」で開くよ", &["0731"]),
                ("職員室の金庫は右に15、左に40、右に8で開きます", &["右に15、左に40、右に8"]),
                ("The gym door code changed to 5-5-2-1 over the break", &["5-5-2-1"]),
                ("Back door code: 3691#", &["3691#"]),
                ("The combination for the music-room safe is 41-07-22", &["41-07-22"]),
                ("部室のダイヤル錠の番号、忘れる子が多いので書いておきます。2-5-8-0 です。", &["2-5-8-0"]),
                ("裏口の暗証番号、変わったよ。新しいのは 7391。", &["7391"]),
            ],
            &[
                "金庫の番号を確認してから施錠してください",
                "鍵の番号は12番です",
                "ダイヤル番号を回して開けてください",
                "南京錠は2個購入しました",
                "金庫の点検は12月3日です",
                "ダイヤル錠の番号は各自で設定してください",
                "金庫を右に3回まわしてから開けます",
                "暗証番号の変更をお願いします。2025年度から新しい規則です。",
                "暗証番号は各自で管理してください。1234人が登録済みです。",
                "暗証番号は各自で。説明会は 1030 から体育館で行います。",
            ],
        );
    }

    #[test]
    fn an_admin_login_a_word_passcode_and_a_pin_in_a_japanese_sentence() {
        assert_rule(
            "credential",
            &[
                ("ルーターの管理画面 admin/yuki2025", &["admin/yuki2025"]),
                ("職員室プリンターの管理者は admin / kita1234 です", &["admin / kita1234"]),
                ("Zoomの研修会、パスコード hoken", &["hoken"]),
                ("教育委員会ポータルのPINは共通で7391だよ", &["7391"]),
            ],
            &[
                "管理画面の使い方は研修で説明します。",
                "管理者は教頭先生です。",
                "サイトの管理者 3年/2組 が担当です",
                "PINは4桁で設定してください",
                "The PIN for the kiosk is 4 digits",
                "パスコード：なし",
            ],
        );
    }

    #[test]
    fn a_word_only_a_password_looks_like_is_flagged_without_a_label() {
        assert_rule(
            ID,
            &[
                ("Note to self: school mail is t.sato / Sn0wFall!2025 — ok now I'll remember.", &["Sn0wFall!2025"]),
                ("会議室のWi-Fi、ゲスト用は Hokkaido_Guest2025! で入れます", &["Hokkaido_Guest2025!"]),
                ("成績処理システム、新:Seiki#R7spring（大文字小文字注意）", &["Seiki#R7spring"]),
            ],
            &[
                "Kids came up with \"Ilove3ramenbowls!\" as an example of a strong password.",
                "#HappyNewYear2025! from all of us at Minami JHS",
                "Results: https://example.com/?a=Xy1!b_Qz9&ref=News",
                "Contact: Abc_1234@school.example.jp",
                "Version R7_Update2 is out now",
            ],
        );
    }
}

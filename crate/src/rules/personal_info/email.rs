//! E-mail addresses. An address at a webmail service, an internet provider
//! or a mobile carrier (`data/webmail_domains.txt`) belongs to a person; the
//! organisation's own domains (configuration) and public-sector domains
//! never do. Any other address is personal only when labelled (`個人`,
//! `personal`).

use std::ops::Range;
use std::sync::LazyLock;

use super::labels::{Kind, Labels, REACH};
use super::Found;
use crate::config::Config;
use crate::text::Normalized;

static WEBMAIL: LazyLock<Vec<&'static str>> = LazyLock::new(|| {
    data_file!("rules/data/webmail_domains.txt")
        .lines()
        .map(|line| line.split_once('#').map_or(line, |(before, _)| before).trim())
        .filter(|line| !line.is_empty())
        .collect()
});

pub fn prepare() {
    LazyLock::force(&WEBMAIL);
}

/// Second-level domains of Japanese public bodies: government, local
/// government, schools and universities.
const PUBLIC_SECTOR: &[&str] = &["go.jp", "lg.jp", "ed.jp", "ac.jp"];

/// `domain` is `parent` or one of its subdomains.
fn is_within(domain: &str, parent: &str) -> bool {
    let parent = parent.trim_start_matches('.').to_ascii_lowercase();
    domain == parent || domain.strip_suffix(parent.as_str()).is_some_and(|rest| rest.ends_with('.'))
}

fn in_local_part(c: char) -> bool {
    c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | '%' | '+' | '-')
}

fn in_domain(c: char) -> bool {
    c.is_ascii_alphanumeric() || matches!(c, '.' | '-')
}

/// An address found in the folded view: its range and its domain.
struct Address<'t> {
    range: Range<usize>,
    domain: &'t str,
}

/// Every e-mail address in the folded view. `user@host` or
/// `user:password@host` at the start of a URL (`https://user@host/`) is a
/// login, not an address, and is skipped.
fn addresses(view: &str) -> Vec<Address<'_>> {
    let mut found = Vec::new();
    for (at, _) in view.match_indices('@') {
        let local_start = view[..at].char_indices().rev().take_while(|&(_, c)| in_local_part(c)).last().map_or(at, |(i, _)| i);
        let domain_len = view[at + 1..].find(|c: char| !in_domain(c)).unwrap_or(view.len() - at - 1);
        let domain = view[at + 1..at + 1 + domain_len].trim_end_matches(['.', '-']);
        let before = &view[..local_start];
        let user = before.strip_suffix(':').map(|b| b.trim_end_matches(in_local_part));
        let in_url = before.ends_with("//") || user.is_some_and(|b| b.ends_with("//"));
        if local_start == at || !domain.contains('.') || in_url {
            continue;
        }
        found.push(Address { range: local_start..at + 1 + domain.len(), domain });
    }
    found
}

/// Words that start a password label right after an address (`pass`,
/// `password`, `ぱす` for `パス` and `パスワード` folded).
const PASSWORD_LABELS: &[&str] = &["pass", "pw", "ぱす"];

/// An address given as an account's login, with its password after it
/// (`…@gmail.com / Eclub!2025`, `…@gmail.com　パス：…`): the `credential`
/// rule reports the pair; the address names an account, not a person.
fn is_login(view: &str, range: &Range<usize>) -> bool {
    let after = view[range.end..].trim_start();
    if let Some(second) = after.strip_prefix('/') {
        // `／PW別送`: the password is not in the post, and the address stays a person's.
        let second = second.trim_start();
        if second.find(|c: char| !c.is_ascii_graphic()).unwrap_or(second.len()) >= 4 {
            return true;
        }
    }
    PASSWORD_LABELS.iter().any(|label| {
        after.strip_prefix(label).is_some_and(|rest| rest.trim_start_matches(|c: char| c.is_ascii_alphabetic() || "わーど".contains(c)).trim_start().starts_with([':', '=']))
    }) || (password_follows(&view[range.end..]) && names_a_group(&view[range.clone()]))
}

/// Parts of an address's local part that name a group, not a person
/// (`shokuin.tokachi@`, `pta.kita.office@`, `library.school2024@`).
const GROUP_WORDS: &[&str] = &["office", "staff", "shokuin", "pta", "club", "bukatsu", "school", "gakko", "library", "tosho", "event", "gyouji", "admin", "info", "alt", "team", "share", "kyoyu", "class", "jimu"];

/// Whether an address's local part names a group: a shared account, which
/// its password confirms. `k.tanaka1985@…／パスワード：…` is a person's
/// address used as a login, and stays personal.
fn names_a_group(address: &str) -> bool {
    let local = address.split('@').next().unwrap_or_default().to_ascii_lowercase();
    GROUP_WORDS.iter().any(|word| local.contains(word))
}

/// How far after an address, in characters, its password may be said.
const PASSWORD_REACH: usize = 40;

/// Whether a password label stands in the rest of the address's sentence,
/// close after it, and a value that looks like a password after the label
/// (`…@gmail.com、パスワード kita1122 です`, `…@gmail.com, pw tanpopo88`,
/// `and the password is … Snowy2025`): a login, said the way people say it. A label with no value (`パスワードの再発行は担当まで`)
/// leaves the address a person's.
fn password_follows(after: &str) -> bool {
    // `!` and `?` end a sentence only before a space: inside a password they are its characters.
    let ends = |(at, c): (usize, char)| matches!(c, '\n' | '。') || (matches!(c, '!' | '?') && after[at + 1..].chars().next().is_none_or(char::is_whitespace));
    let sentence_end = after.char_indices().find(|&pair| ends(pair)).map_or(after.len(), |(at, _)| at);
    let sentence = &after[..sentence_end];
    let near_end = sentence.char_indices().nth(PASSWORD_REACH).map_or(sentence.len(), |(i, _)| i);
    let lower = sentence.to_ascii_lowercase();
    let Some(label_end) = ["password", "pass", "pw", "ぱす"].iter().filter_map(|label| lower[..near_end].find(label).map(|at| at + label.len())).min() else {
        return false;
    };
    sentence[label_end..]
        .split(|c: char| !c.is_ascii_graphic() || c == ':' || c == '=')
        .any(|token| token.len() >= 4 && token.chars().any(|c| c.is_ascii_digit() || "!#$%&*?".contains(c)))
}

pub fn check(text: &Normalized, config: &Config, labels: &Labels, out: &mut Vec<Found>) {
    for address in addresses(text.folded.as_str()) {
        let span = text.folded.original_range(address.range.clone());
        let official = config.official_domains.iter().map(String::as_str).chain(PUBLIC_SECTOR.iter().copied()).any(|d| is_within(address.domain, d));
        let webmail = WEBMAIL.iter().any(|d| is_within(address.domain, d));
        let labelled = labels.near(Kind::Private, &span, REACH);
        if official || !(webmail || labelled) || is_login(text.folded.as_str(), &address.range) {
            continue;
        }
        let original = &text.original[span.clone()];
        let masked = match original.split_once(['@', '＠']) {
            Some((local, domain)) => format!("{}***@{domain}", local.chars().next().unwrap_or('*')),
            None => original.to_owned(),
        };
        out.push(Found {
            span,
            message: "個人のメールアドレスは投稿しないでください。組織の公式アドレスをご案内ください。",
            message_en: "A personal e-mail address. Give the organisation's official address instead.",
            suggestion: Some(masked),
            certain: true,
        });
    }
}

//! Look-alike (homograph) host names: `рref.hokkaido.lg.jp` with a Cyrillic
//! `р`, or a label written wholly in Cyrillic letters that read as Latin;
//! and hosts that wear another domain in front of their own
//! (`dokyoi.pref.hokkaido.lg.jp.portal-login.com`, [`worn_domain`]).
//!
//! A compact take on the confusable checks of Unicode TS #39: a label may
//! mix Latin with Japanese (`例え.jp` is fine), but not Latin with another
//! alphabet, and a label wholly in another alphabet is a look-alike when
//! every letter of it has a Latin twin. A table of the letters that matter
//! costs a few hundred bytes where the full confusables data costs tens of
//! kilobytes of wasm.

use super::host::{is_within, registrable_domain, PREFECTURES};
use std::sync::LazyLock;

/// Letters of other alphabets that look like a Latin letter, with that letter.
const TWINS: &[(char, char)] = &[
    // Cyrillic
    ('а', 'a'), ('с', 'c'), ('ԁ', 'd'), ('е', 'e'), ('һ', 'h'), ('і', 'i'), ('ј', 'j'), ('к', 'k'), ('ӏ', 'l'), ('о', 'o'), ('р', 'p'),
    ('ԛ', 'q'), ('ѕ', 's'), ('ԝ', 'w'), ('х', 'x'), ('у', 'y'), ('ү', 'y'), ('ь', 'b'), ('ԍ', 'g'), ('ո', 'n'),
    // Greek
    ('α', 'a'), ('ϲ', 'c'), ('ε', 'e'), ('ι', 'i'), ('κ', 'k'), ('ν', 'v'), ('ο', 'o'), ('ρ', 'p'), ('τ', 't'), ('υ', 'u'), ('χ', 'x'),
    ('γ', 'y'),
    // Armenian
    ('օ', 'o'), ('ս', 'u'), ('հ', 'h'), ('զ', 'q'), ('ց', 'g'),
];

#[derive(Clone, Copy, PartialEq, Eq)]
enum Alphabet {
    Latin,
    /// Japanese and Han, which UTS #39 lets a label mix with Latin.
    Japanese,
    Cyrillic,
    Greek,
    Armenian,
    /// Digits, hyphens and scripts this check does not judge.
    Neutral,
}

fn alphabet(c: char) -> Alphabet {
    match c {
        'a'..='z' | 'A'..='Z' | '\u{00C0}'..='\u{024F}' | '\u{1E00}'..='\u{1EFF}' => Alphabet::Latin,
        '\u{0370}'..='\u{03FF}' | '\u{1F00}'..='\u{1FFF}' => Alphabet::Greek,
        '\u{0400}'..='\u{052F}' | '\u{1C80}'..='\u{1C8F}' | '\u{2DE0}'..='\u{2DFF}' | '\u{A640}'..='\u{A69F}' => Alphabet::Cyrillic,
        '\u{0530}'..='\u{058F}' => Alphabet::Armenian,
        '\u{3040}'..='\u{30FF}' | '\u{3400}'..='\u{9FFF}' | '\u{F900}'..='\u{FAFF}' => Alphabet::Japanese,
        _ => Alphabet::Neutral,
    }
}

fn latin_twin(c: char) -> Option<char> {
    TWINS.iter().find(|&&(other, _)| other == c).map(|&(_, latin)| latin)
}

/// Whether one label of a host is a look-alike: Latin mixed with another
/// alphabet, two foreign alphabets mixed, or a foreign label made only of
/// letters with Latin twins (`раура1` for `paypa1`).
fn is_lookalike_label(label: &str) -> bool {
    let mut seen: Vec<Alphabet> = Vec::new();
    for c in label.chars() {
        let a = alphabet(c);
        if a != Alphabet::Neutral && !seen.contains(&a) {
            seen.push(a);
        }
    }
    let foreign = seen.iter().filter(|a| !matches!(a, Alphabet::Latin | Alphabet::Japanese)).count();
    match foreign {
        0 => false,
        1 if seen.len() == 1 => label.chars().filter(|&c| alphabet(c) != Alphabet::Neutral).all(|c| latin_twin(c).is_some()),
        _ => true,
    }
}

/// If `host` (in Unicode) is a look-alike, the Latin host it imitates when
/// every foreign letter has a twin (`рref.hokkaido.lg.jp` →
/// `pref.hokkaido.lg.jp`), or an empty string when it has no clear twin.
pub fn imitated_host(host: &str) -> Option<String> {
    if host.is_ascii() || !host.split('.').any(is_lookalike_label) {
        return None;
    }
    let twin: Option<String> = host.chars().map(|c| if c.is_ascii() { Some(c) } else { latin_twin(c) }).collect();
    Some(twin.unwrap_or_default())
}

/// Digits, letters and letter pairs that read as another letter in a host
/// name (`amaz0n`, `paypa1`, `hokkaldo`, `rnicrosoft`, `vvindows`).
const LETTER_TWINS: [(&str, &str); 12] = [("0", "o"), ("1", "l"), ("1", "i"), ("l", "i"), ("3", "e"), ("4", "a"), ("5", "s"), ("7", "t"), ("8", "b"), ("rn", "m"), ("vv", "w"), ("cl", "d")];

/// The names of [`data/imitated_brands.txt`](../data/imitated_brands.txt),
/// read once, when the engine is built ([`prepare`]): reading the file's
/// lines for every word of every link's host was 1 % of the instructions of
/// a 280-character check with one link (callgrind, 2026-11-30).
static BRANDS: LazyLock<Vec<&'static str>> =
    LazyLock::new(|| include_str!("data/imitated_brands.txt").lines().filter(|l| !l.is_empty() && !l.starts_with('#')).collect());

pub(super) fn prepare() {
    LazyLock::force(&BRANDS);
}

/// If the name `host` (lower-case ASCII) is registered under is a
/// well-known site's name with letters swapped for digits or look-alike
/// pairs (`amaz0n.co.jp`, `paypa1-secure.com`, `rnicrosoft.com`), that
/// site's name. The name is read word by word (hyphens split it), so the
/// imitation may come with words of its own (`login-amaz0n.net`). The
/// site's own domain, spelt right, is no imitation.
pub fn imitated_brand(host: &str) -> Option<&'static str> {
    let registered = registrable_domain(host);
    let name = registered.split('.').next()?;
    name.split('-').find_map(|word| {
        BRANDS.iter().copied().find(|&brand| word != brand && reads_as(word, brand))
    })
}

/// Whether `word` reads as `brand` once its digits and letter pairs are
/// read as the letters they look like ([`LETTER_TWINS`]).
fn reads_as(word: &str, brand: &str) -> bool {
    let (mut word, mut brand) = (word.as_bytes(), brand.as_bytes());
    while let Some(&b) = brand.first() {
        if word.first() == Some(&b) {
            (word, brand) = (&word[1..], &brand[1..]);
            continue;
        }
        let Some((twin, _)) = LETTER_TWINS.iter().find(|(twin, letter)| letter.as_bytes()[0] == b && word.starts_with(twin.as_bytes())) else { return false };
        (word, brand) = (&word[twin.len()..], &brand[1..]);
    }
    word.is_empty()
}

/// The suffixes that make a name read as a whole domain to a reader
/// (`….lg.jp`, `….com`): the ones phishing puts in front of its own domain.
/// Only these, not every top-level domain, since many are ordinary words
/// that hosts use as labels (`www.city.sapporo.jp`, `news.school.example`).
const WORN_SUFFIXES: [&str; 6] = ["jp", "com", "net", "org", "edu", "gov"];

/// If `host` (lower-case ASCII) shows another domain before the one it is
/// registered under (`dokyoi.pref.hokkaido.lg.jp.portal-login.com`,
/// `accounts.google.com.security-check.example`,
/// `dokyoi-pref-hokkaido-lg.jp.survey-form.net`), that domain as the reader
/// sees it: the host's labels up to a suffix of [`WORN_SUFFIXES`] that has a
/// name before it and lies wholly in front of the registered domain (what
/// [`registrable_domain`] gives). A first label alone is no domain: `jp.`
/// in `jp.example.com` names a language edition.
pub fn worn_domain(host: &str) -> Option<&str> {
    let registered = registrable_domain(host);
    let front = host.strip_suffix(registered)?.strip_suffix('.')?;
    // `amazon.co.jp-account.info`: the registered name starts with a suffix
    // and a hyphen, so the reader sees the suffix end the name before it.
    // Not after `www` alone: `www.gov-online.go.jp` shows no `www.gov`.
    if let Some((suffix, _)) = registered.split_once('-') {
        if WORN_SUFFIXES.contains(&suffix) && front != "www" {
            return Some(&host[..front.len() + 1 + suffix.len()]);
        }
    }
    let mut end = None;
    let mut at = 0;
    for (i, label) in front.split('.').enumerate() {
        at += label.len();
        if i > 0 && WORN_SUFFIXES.contains(&label) {
            end = Some(at);
        }
        at += 1;
    }
    end.map(|end| &front[..end])
}

/// The second levels of `.jp` that only public bodies and schools may
/// register under (local government, central government, schools,
/// universities), with the suffix each makes.
const PUBLIC_SECOND_LEVELS: [(&str, &str); 4] = [("lg", "lg.jp"), ("go", "go.jp"), ("ed", "ed.jp"), ("ac", "ac.jp")];

/// If `host` (lower-case ASCII) spells a public body's suffix with a hyphen
/// where a dot belongs (`lg-jp` in `dokyoi-pref-hokkaido.lg-jp.net` or
/// `pref-hokkaido-lg-jp.example`; `-go.jp` in `mext-go.jp`; a prefecture's
/// office, `pref.hokkaido.lg.jp`, as `dokyoi-pref-hokkaido.com`) without being
/// registered under it, that suffix (`lg.jp`): only a ministry, a
/// prefecture or a school can hold a name under `go.jp`, `lg.jp`, `ed.jp` or
/// `ac.jp`, and phishing imitates the look of one. A name that only ends in
/// `-ed` or `-ac` before `.jp` (`kids-ed.jp`) is left alone: both are
/// common endings of names.
pub fn imitated_public_suffix(host: &str) -> Option<&'static str> {
    let suffix_of = |level: &str| PUBLIC_SECOND_LEVELS.iter().find(|&&(l, _)| l == level).map(|&(_, suffix)| suffix);
    let hyphenated = host.split('.').find_map(|label| {
        let words: Vec<&str> = label.split('-').collect();
        words.windows(2).find_map(|pair| match pair {
            [level, "jp"] => suffix_of(level),
            // `pref-hokkaido`: a prefecture's office is `pref.hokkaido.lg.jp`.
            ["pref", prefecture] | [prefecture, "pref"] if PREFECTURES.contains(prefecture) => Some("lg.jp"),
            _ => None,
        })
    });
    let before_jp = host.strip_suffix(".jp").and_then(|rest| rest.rsplit('.').next()).and_then(|label| label.rsplit_once('-')).and_then(|(_, level)| suffix_of(level));
    let suffix = hyphenated.or(before_jp.filter(|suffix| matches!(*suffix, "lg.jp" | "go.jp")))?;
    (!is_within(host, suffix)).then_some(suffix)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_public_suffix_spelled_with_a_hyphen_is_an_imitation() {
        assert_eq!(imitated_public_suffix("mext-go.jp"), Some("go.jp"));
        assert_eq!(imitated_public_suffix("dokyoi-pref-hokkaido.lg-jp.net"), Some("lg.jp"));
        assert_eq!(imitated_public_suffix("pref-hokkaido-lg-jp.example.services"), Some("lg.jp"));
        assert_eq!(imitated_public_suffix("www.dokyoi-pref-hokkaido.com"), Some("lg.jp"));
        assert_eq!(imitated_public_suffix("library-pref-hokkaido.jp-reserve.com"), Some("lg.jp"));
        assert_eq!(imitated_public_suffix("hokkaido-pref.info"), Some("lg.jp"));
        for host in ["www.dokyoi.pref.hokkaido.lg.jp", "www.mext.go.jp", "hokkaido-c.ed.jp", "www.hokudai.ac.jp", "go.example.jp", "ed-tech.jp", "www.lg.com", "kids-ed.jp", "global-ac.jp", "pref-sports.example", "www.pref.hokkaido.lg.jp"] {
            assert_eq!(imitated_public_suffix(host), None, "{host}");
        }
    }

    #[test]
    fn a_domain_worn_in_front_of_the_registered_one_is_read_as_the_reader_sees_it() {
        assert_eq!(worn_domain("dokyoi.pref.hokkaido.lg.jp.portal-login.com"), Some("dokyoi.pref.hokkaido.lg.jp"));
        assert_eq!(worn_domain("accounts.google.com.security-check.example.ml"), Some("accounts.google.com"));
        assert_eq!(worn_domain("dokyoi-pref-hokkaido-lg.jp.survey-form.net"), Some("dokyoi-pref-hokkaido-lg.jp"));
        assert_eq!(worn_domain("www.mhlw.go.jp.example-news.info"), Some("www.mhlw.go.jp"));
        assert_eq!(worn_domain("jet-hokkaido.org.files-share.ru"), Some("jet-hokkaido.org"));
        for host in ["www.dokyoi.pref.hokkaido.lg.jp", "www.city.sapporo.jp", "news.yahoo.co.jp", "jp.example.com", "www.amazon.com.au", "mail.google.com", "sapporo.example", "203.0.113.9"] {
            assert_eq!(worn_domain(host), None, "{host}");
        }
    }

    #[test]
    fn a_suffix_glued_to_the_registered_name_is_worn_in_front_of_it() {
        assert_eq!(worn_domain("mobile-rakuten.co.jp-login.info"), Some("mobile-rakuten.co.jp"));
        assert_eq!(worn_domain("www.amazon.co.jp-account-update.com"), Some("www.amazon.co.jp"));
        assert_eq!(worn_domain("facebook.com-security-check.info"), Some("facebook.com"));
        for host in ["jp-guide.example.com", "com-pass.net", "www.jp-guide.example.com", "www.gov-online.go.jp"] {
            assert_eq!(worn_domain(host), None, "{host}");
        }
    }

    #[test]
    fn a_site_name_spelt_with_digits_or_letter_pairs_is_an_imitation() {
        assert_eq!(imitated_brand("www.amaz0n.co.jp"), Some("amazon"));
        assert_eq!(imitated_brand("paypa1.com"), Some("paypal"));
        assert_eq!(imitated_brand("login-rnicrosoft.net"), Some("microsoft"));
        assert_eq!(imitated_brand("secure.g00gle-account.com"), Some("google"));
        assert_eq!(imitated_brand("rakut3n.shop"), Some("rakuten"));
        assert_eq!(imitated_brand("dokyoi.pref.hokkaldo.lg.jp"), Some("hokkaido"));
        assert_eq!(imitated_brand("town-kitakami.hokkaid0.jp"), Some("hokkaido"));
        for host in ["www.amazon.co.jp", "paypal.com", "www.microsoft.com", "amazon-photos.example", "web3.example.com", "school2025.jp", "corner.example.com", "appie.example", "5sapporo.example.jp", "yahoo.co.jp"] {
            assert_eq!(imitated_brand(host), None, "{host}");
        }
    }

    #[test]
    fn mixed_alphabets_are_lookalikes() {
        assert_eq!(imitated_host("рref.hokkaido.lg.jp").as_deref(), Some("pref.hokkaido.lg.jp"));
        assert_eq!(imitated_host("www.dokyoi.pref.hokkаido.lg.jp").as_deref(), Some("www.dokyoi.pref.hokkaido.lg.jp"));
        assert_eq!(imitated_host("gοοgle.com").as_deref(), Some("google.com"));
        assert_eq!(imitated_host("раураl.com").as_deref(), Some("paypal.com"));
        assert_eq!(imitated_host("аррӏе.com").as_deref(), Some("apple.com"));
    }

    #[test]
    fn honest_hosts_are_not() {
        for host in ["pref.hokkaido.lg.jp", "日本語.jp", "例えtest.jp", "москва.рф", "правительство.рф", "ελλάδα.gr", "münchen.de", "café.fr"] {
            assert_eq!(imitated_host(host), None, "{host}");
        }
    }
}

//! Host names: known top-level domains, registrable domains, official
//! domains, and host lists matched on whole labels.
//!
//! Hosts are matched exactly or as a subdomain (`a.bit.ly` is under
//! `bit.ly`), never by a bare string suffix: `microsoft.com` is not `t.co`,
//! and no entry can swallow a whole country's second-level domain by accident.

pub use super::host_list::HostList;
use crate::config::Config;

static TLDS: HostList = host_list!("links/data/tlds.txt");
static FILE_EXTENSION_TLDS: HostList = host_list!("links/data/tld_file_extensions.txt");

/// Second-level labels under which a country registers names
/// (`co.jp`, `ac.uk`, `com.au`): the registrable domain is one label longer.
const SECOND_LEVEL: &[&str] = &[
    "ac", "ad", "co", "com", "ed", "edu", "go", "gob", "gov", "govt", "gr", "idv", "lg", "ltd", "mil", "ne", "net", "nhs", "nic", "or", "org",
    "plc", "res", "sch", "web",
];

/// Japanese prefecture domains (`hokkaido.jp`): geographic second levels.
pub(super) const PREFECTURES: &[&str] = &[
    "hokkaido", "aomori", "iwate", "miyagi", "akita", "yamagata", "fukushima", "ibaraki", "tochigi", "gunma", "saitama", "chiba", "tokyo",
    "kanagawa", "niigata", "toyama", "ishikawa", "fukui", "yamanashi", "nagano", "gifu", "shizuoka", "aichi", "mie", "shiga", "kyoto", "osaka",
    "hyogo", "nara", "wakayama", "tottori", "shimane", "okayama", "hiroshima", "yamaguchi", "tokushima", "kagawa", "ehime", "kochi", "fukuoka",
    "saga", "nagasaki", "kumamoto", "oita", "miyazaki", "kagoshima", "okinawa", "sapporo",
];

/// Public-sector domains that are never third parties, besides the
/// organisation's own (`Config::official_domains`).
const OFFICIAL: &[&str] = &["go.jp", "lg.jp", "pref.hokkaido.lg.jp", "dokyoi.pref.hokkaido.lg.jp", "hokkaido-c.ed.jp"];

/// Whether `label` is a top-level domain of the root zone (`data/tlds.txt`)
/// that a link written without a scheme may end in. File extensions that
/// are also top-level domains (`.py`, `.rs`, `.zip`) are left out on
/// purpose: `main.rs` is a file.
pub fn is_known_tld(label: &str) -> bool {
    TLDS.contains(label) && !FILE_EXTENSION_TLDS.contains(label)
}

/// The part of `host` one registers (`www.city.sapporo.jp` →
/// `city.sapporo.jp`, `news.yahoo.co.jp` → `yahoo.co.jp`), from a compact
/// table of the suffixes that matter here rather than the full public
/// suffix list.
pub fn registrable_domain(host: &str) -> &str {
    if host.starts_with('[') || host.split('.').all(|l| l.bytes().all(|b| b.is_ascii_digit())) {
        return host; // an IP address
    }
    let labels: Vec<&str> = host.rsplit('.').collect();
    let suffix_len = match labels.as_slice() {
        [tld, second, ..] if tld.len() == 2 && (SECOND_LEVEL.contains(second) || (*tld == "jp" && PREFECTURES.contains(second))) => 2,
        _ => 1,
    };
    let keep = (suffix_len + 1).min(labels.len());
    let cut: usize = labels[..keep].iter().map(|l| l.len() + 1).sum::<usize>() - 1;
    &host[host.len() - cut..]
}

/// `host` with every non-ASCII label in punycode (`例え.jp` →
/// `xn--r8jz45g.jp`), lower case.
pub fn to_ascii_host(host: &str) -> Option<String> {
    let labels: Option<Vec<String>> = host
        .split('.')
        .map(|label| if label.is_ascii() { Some(label.to_ascii_lowercase()) } else { Some(format!("xn--{}", idna::punycode::encode_str(&label.to_lowercase())?)) })
        .collect();
    Some(labels?.join("."))
}

/// `host` with every punycode label decoded, as a reader sees it.
pub fn to_unicode_host(host: &str) -> String {
    let decode = |label: &str| label.strip_prefix("xn--").and_then(idna::punycode::decode_to_string).unwrap_or_else(|| label.to_owned());
    host.split('.').map(decode).collect::<Vec<_>>().join(".")
}

/// Whether `host` is `domain` or one of its subdomains, ignoring ASCII case.
pub fn is_within(host: &str, domain: &str) -> bool {
    let (host, domain) = (host.as_bytes(), domain.as_bytes());
    host.len() >= domain.len()
        && host[host.len() - domain.len()..].eq_ignore_ascii_case(domain)
        && (host.len() == domain.len() || host[host.len() - domain.len() - 1] == b'.')
}

/// Whether `host` is a Japanese local government's geographic domain:
/// `pref.`, `city.`, `town.` and `vill.` under a place name are reserved for
/// them (`www.city.sapporo.jp`, `www.town.niseko.hokkaido.jp`).
fn is_local_government(host: &str) -> bool {
    let labels: Vec<&str> = host.rsplit('.').collect();
    let body = |kind: &&str, place: &&str| ["pref", "city", "town", "vill"].contains(kind) && !SECOND_LEVEL.contains(place);
    match labels.as_slice() {
        ["jp", pref, place, kind, ..] if PREFECTURES.contains(pref) => body(kind, place) || body(place, pref),
        ["jp", place, kind, ..] => body(kind, place),
        _ => false,
    }
}

/// Whether `host` belongs to the organisation or the public sector: the
/// built-in public-sector domains, local governments, the configured
/// official domains and the host of the official homepage.
pub fn is_official(host: &str, config: &Config) -> bool {
    if is_local_government(host) {
        return true;
    }
    let homepage_host = config.official_homepage.as_deref().map(|url| {
        let rest = url.split_once("://").map_or(url, |(_, rest)| rest);
        rest.split(['/', '?', '#', ':']).next().unwrap_or(rest)
    });
    OFFICIAL
        .iter()
        .copied()
        .chain(config.official_domains.iter().map(String::as_str))
        .chain(homepage_host)
        .any(|domain| is_within(host, domain.trim_start_matches("www.")))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn registrable_domains_follow_second_levels() {
        assert_eq!(registrable_domain("news.yahoo.co.jp"), "yahoo.co.jp");
        assert_eq!(registrable_domain("www.dokyoi.pref.hokkaido.lg.jp"), "hokkaido.lg.jp");
        assert_eq!(registrable_domain("www.bbc.co.uk"), "bbc.co.uk");
        assert_eq!(registrable_domain("foo.sapporo.jp"), "foo.sapporo.jp");
        assert_eq!(registrable_domain("www.youtube.com"), "youtube.com");
        assert_eq!(registrable_domain("bit.ly"), "bit.ly");
        assert_eq!(registrable_domain("localhost"), "localhost");
        assert_eq!(registrable_domain("co.jp"), "co.jp");
        assert_eq!(registrable_domain("192.0.2.10"), "192.0.2.10");
    }

    #[test]
    fn hosts_match_whole_labels_only() {
        let (lines, slots) = crate::links::host_list::compile("t.co @open\nbit.ly @open # comment\n");
        let list = HostList::new(&lines, &slots);
        assert_eq!(list.tag("t.co"), Some("open"));
        assert_eq!(list.tag("x.bit.ly"), Some("open"));
        assert_eq!(list.tag("microsoft.co"), None);
        assert_eq!(list.tag("microsoft.com"), None);
        assert!(is_within("www.mext.go.jp", "go.jp"));
        assert!(!is_within("ego.jp", "go.jp"));
    }

    #[test]
    fn official_domains_come_from_defaults_and_config() {
        let config = Config { official_domains: vec!["minami-sho.example.ed.jp".into()], official_homepage: Some("https://www.school.example/".into()), ..Config::default() };
        assert!(is_official("www.mext.go.jp", &config));
        assert!(is_official("www.dokyoi.pref.hokkaido.lg.jp", &config));
        assert!(is_official("minami-sho.example.ed.jp", &config));
        assert!(is_official("school.example", &config));
        assert!(!is_official("ameblo.jp", &config));
        assert!(!is_official("go.jp.evil.example", &config));
        assert!(is_official("www.city.sapporo.jp", &config));
        assert!(is_official("www.town.niseko.hokkaido.jp", &config));
        assert!(is_official("www.pref.hokkaido.jp", &config));
        assert!(!is_official("city.example.co.jp", &config));
        assert!(!is_official("town.example.jp.evil.com", &config));
        assert!(!is_official("sapporo.jp", &config));
    }

    #[test]
    fn file_extensions_are_not_top_level_domains() {
        for ext in ["pdf", "rs", "py", "sh", "md", "js", "html", "docx", "zip"] {
            assert!(!is_known_tld(ext), "{ext}");
        }
        // Every top-level domain of the root zone, not a hand-picked few.
        for tld in ["jp", "com", "ly", "gd", "to", "nu", "ee", "ms", "gle", "goog", "museum", "xn--wgbh1c", "example"] {
            assert!(is_known_tld(tld), "{tld}");
        }
    }
}

//! The link scanner: one pass over the folded view, no regular expressions.
//!
//! A link starts at `http://`/`https://`, or at a word that reads as a host
//! name (`bit.ly`, `www.example.co.jp`) whose last label is a known
//! top-level domain. It ends where URL characters end, so text glued on
//! either side (`申込みはbit.ly/xyzから`) stays outside, and trailing
//! punctuation (`）」。、！`, folded to `)`, `!` …) is left out unless a
//! bracket inside the URL opened it.

use std::ops::Range;

use unicode_normalization::UnicodeNormalization;
use url::Url;

use super::host::{is_known_tld, to_ascii_host};
use super::shorteners::{self, Listed};
use super::Link;
use crate::text::fold::is_invisible;
use crate::text::{Normalized, Script};

/// Every link in `text`, in order.
pub fn extract(text: &Normalized) -> Vec<Link> {
    let s = text.folded.as_str();
    let mut links = Vec::new();
    let mut at = 0;
    let mut prev: Option<char> = None;
    while let Some(c) = s[at..].chars().next() {
        // Kana and common kanji, most of a Japanese post, start neither a
        // scheme nor a host: nothing to ask of them (the bench's
        // 10,000-character check: 19.25 M → 18.97 M instructions,
        // callgrind, 2026-11-30).
        if matches!(c, '\u{3040}'..='\u{30FF}' | '\u{4E00}'..='\u{9FFF}') {
            prev = Some(c);
            at += c.len_utf8();
            continue;
        }
        let scheme_len = scheme_at(s, at).filter(|_| !prev.is_some_and(|p| p.is_ascii_alphanumeric()));
        let starts_word = is_host_char(c) && !prev.is_some_and(|p| is_host_char(p) || matches!(p, '.' | '@' | '/' | '%' | '#' | '?' | '=' | '&' | '+' | '~'));
        if scheme_len.is_some() || starts_word {
            let scanned = scan(s, at, scheme_len);
            if let Some(range) = scanned.link {
                links.extend(make_link(text, range, scheme_len.is_some()));
            }
            if scanned.resume > at {
                prev = s[..scanned.resume].chars().next_back();
                at = scanned.resume;
                continue;
            }
        }
        prev = Some(c);
        at += c.len_utf8();
    }
    links
}

/// The length of `http://`, `https://` at `at`.
fn scheme_at(s: &str, at: usize) -> Option<usize> {
    ["https://", "http://"].iter().find(|p| s[at..].starts_with(*p)).map(|p| p.len())
}

/// Letters and digits of a host name: ASCII, and letters of other
/// alphabets (Cyrillic, Greek: IDN hosts and homographs). Japanese is a
/// host character only after a scheme (see [`scan`]).
fn is_host_char(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphanumeric() || c == '-' || c == '_';
    }
    // Kana and common kanji, most of a Japanese post, are answered without
    // looking their script up (none is a letter of an alphabet).
    !matches!(c, '\u{3040}'..='\u{30FF}' | '\u{4E00}'..='\u{9FFF}') && Script::of(c) == Script::Alpha
}

fn is_japanese(c: char) -> bool {
    Script::of(c).is_japanese()
}

/// Characters of a path, query or fragment (RFC 3986, minus the ones that
/// never appear unescaped in a URL people paste).
fn is_path_char(c: char) -> bool {
    c.is_ascii_graphic() && !matches!(c, '<' | '>' | '"' | '{' | '}' | '|' | '\\' | '^' | '`')
}

/// The longest user-info, host and port read (a DNS name has at most 253 bytes).
const MAX_AUTHORITY: usize = 320;

struct Scanned {
    /// The link's range in the folded view, if the candidate is one.
    link: Option<Range<usize>>,
    /// Where scanning goes on.
    resume: usize,
}

/// Reads one candidate starting at `start` (after a scheme of
/// `scheme_len` bytes, if any).
fn scan(s: &str, start: usize, scheme_len: Option<usize>) -> Scanned {
    let has_scheme = scheme_len.is_some();
    let host_start = start + scheme_len.unwrap_or(0);
    let word_end = s[start..].find(|c: char| !is_host_char(c)).map_or(s.len(), |i| start + i);
    let fail = Scanned { link: None, resume: word_end };

    // Bounded, so that text such as `a:a:a:…` (every `a` a candidate) stays linear.
    let window = &s[host_start..s.floor_char_boundary(host_start + MAX_AUTHORITY)];
    let Some(authority_len) = window
        .find(|c: char| !(is_host_char(c) || matches!(c, '.' | '@' | ':' | '[' | ']' | '%') || (has_scheme && is_japanese(c))))
        .or((window.len() < MAX_AUTHORITY).then_some(window.len()))
    else {
        return fail;
    };
    let mut authority_end = host_start + authority_len;
    // Japanese is part of an IDN host only before its last dot:
    // `https://例え.jp/` is a host, `https://example.comから` is not.
    let last_dot = s[host_start..authority_end].rfind('.').map_or(host_start, |i| host_start + i);
    if let Some(i) = s[last_dot..authority_end].find(is_japanese) {
        authority_end = last_dot + i;
    }
    let authority = s[host_start..authority_end].trim_end_matches(['.', ':', '@', '-', '_']);
    authority_end = host_start + authority.len();
    let followed_by_path = s[authority_end..].starts_with(['/', '?', '#']);
    // `／` between an e-mail address and the next item is a separator, not
    // a path: a user-info link without a scheme needs a real path.
    let has_real_path = followed_by_path && path_end(s, authority_end) > authority_end + 1;

    let (userinfo, host_port) = match authority.rfind('@') {
        Some(i) => (Some(&authority[..i]), &authority[i + 1..]),
        None => (None, authority),
    };
    // `name@example.jp` is an e-mail address, not a link; with a path or a
    // scheme the part before `@` is a user-info trick.
    if userinfo.is_some() && !has_scheme && !has_real_path {
        return Scanned { link: None, resume: authority_end.max(word_end) };
    }
    let (host, port) = match host_port.strip_prefix('[') {
        Some(v6) if has_scheme => match v6.split_once(']') {
            Some((_, after)) => (&host_port[..host_port.len() - after.len()], after.strip_prefix(':').unwrap_or(after)),
            None => return fail,
        },
        _ => host_port.split_once(':').unwrap_or((host_port, "")),
    };
    let port_ok = port.bytes().all(|b| b.is_ascii_digit());
    if host.is_empty() || !port_ok {
        return fail;
    }
    if !has_scheme && !is_bare_host(host, followed_by_path || !port.is_empty()) {
        return fail;
    }
    if has_scheme && (host.starts_with('.') || host.contains("..")) {
        return fail;
    }

    let mut end = authority_end;
    if followed_by_path {
        end = path_end(s, authority_end);
    }
    Scanned { link: Some(start..end), resume: end }
}

/// Whether `host`, written without a scheme, reads as a host name: dotted
/// labels ending in a known top-level domain (`bit.ly`, `example.co.jp`),
/// a listed short-link host, or a dotted IPv4 address followed by a path or port. `資料.pdf`,
/// `Ver.2.10.4.1` and `main.rs` are not hosts.
fn is_bare_host(host: &str, has_path_or_port: bool) -> bool {
    let labels: Vec<&str> = host.split('.').collect();
    if labels.len() < 2 || labels.iter().any(|l| l.is_empty() || l.starts_with('-') || l.ends_with('-')) {
        return false;
    }
    let numeric = |l: &&str| l.bytes().all(|b| b.is_ascii_digit());
    if labels.iter().all(numeric) {
        return labels.len() == 4 && has_path_or_port;
    }
    // A listed short-link host is a host whatever it looks like
    // (`dub.sh/…` ends like a file, `2.ly/…` starts with a number).
    if matches!(shorteners::lookup(host), Some(Listed::Open | Listed::Site)) {
        return true;
    }
    let tld = labels[labels.len() - 1];
    tld.is_ascii() && is_known_tld(tld) && !numeric(&labels[0])
}

/// The end of the path, query and fragment starting at `at`: URL
/// characters up to the first space or non-ASCII character, without
/// trailing punctuation, and with `)` only when a `(` inside opened it.
fn path_end(s: &str, at: usize) -> usize {
    let mut depth = 0usize;
    let mut end = at;
    for (i, c) in s[at..].char_indices() {
        if !is_path_char(c) {
            break;
        }
        match c {
            '(' | '[' => depth += 1,
            ')' | ']' if depth == 0 => break,
            ')' | ']' => depth -= 1,
            _ => {}
        }
        end = at + i + c.len_utf8();
    }
    at + s[at..end].trim_end_matches(['.', ',', ':', ';', '!', '?', '\'', '*', '#']).len()
}

/// A [`Link`] for the folded range `range`, if the URL parses.
fn make_link(text: &Normalized, range: Range<usize>, has_scheme: bool) -> Option<Link> {
    let span = text.folded.original_range(range);
    let written: String = text.original[span.clone()].chars().filter(|&c| !is_invisible(c)).nfkc().collect();
    let with_scheme = if has_scheme { written.clone() } else { format!("http://{written}") };
    let parsed = Url::parse(&with_ascii_host(&with_scheme)?).ok()?;
    let host = parsed.host_str()?.trim_end_matches('.').to_owned();
    Some(Link { span, url: written, host, parsed })
}

/// `url` with an internationalised host written in punycode
/// (`https://日本語.jp/` → `https://xn--wgv71a119e.jp/`). The text is
/// already NFKC-folded, which is what IDNA's mapping mostly does; doing the
/// rest here lets `idna` run without its large Unicode back end.
fn with_ascii_host(url: &str) -> Option<String> {
    let body = url.find("://")? + 3;
    let authority_end = url[body..].find(['/', '?', '#']).map_or(url.len(), |i| body + i);
    let host_start = url[body..authority_end].rfind('@').map_or(body, |i| body + i + 1);
    let host_end = url[host_start..authority_end].find(':').map_or(authority_end, |i| host_start + i);
    let host = &url[host_start..host_end];
    if host.is_ascii() {
        return Some(url.to_owned());
    }
    Some(format!("{}{}{}", &url[..host_start], to_ascii_host(host)?, &url[host_end..]))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The original text of every link in `text`.
    fn links(text: &str) -> Vec<&str> {
        extract(&Normalized::new(text)).into_iter().map(|l| &text[l.span]).collect()
    }

    fn hosts(text: &str) -> Vec<String> {
        extract(&Normalized::new(text)).into_iter().map(|l| l.host).collect()
    }

    #[test]
    fn links_with_and_without_scheme() {
        assert_eq!(links("見て https://example.com/a?b=1#c です"), ["https://example.com/a?b=1#c"]);
        assert_eq!(links("見て bit.ly/3AbCd です"), ["bit.ly/3AbCd"]);
        assert_eq!(links("詳細 example.co.jp/path/to"), ["example.co.jp/path/to"]);
        assert_eq!(links("www.city.sapporo.jp をご覧ください"), ["www.city.sapporo.jp"]);
        assert_eq!(links("HTTPS://BIT.LY/FEST2024"), ["HTTPS://BIT.LY/FEST2024"]);
    }

    #[test]
    fn glued_japanese_stays_outside() {
        assert_eq!(links("申込みはbit.ly/xyzから"), ["bit.ly/xyz"]);
        assert_eq!(links("動画はhttps://t.co/Xy7aBcからどうぞ"), ["https://t.co/Xy7aBc"]);
        assert_eq!(links("公式サイトhttps://example.comから"), ["https://example.com"]);
        assert_eq!(links("→lin.ee/aB3dEfG"), ["lin.ee/aB3dEfG"]);
        assert_eq!(links("回答はforms.gle/x7Yz9から"), ["forms.gle/x7Yz9"]);
        assert_eq!(links("dub.sh/x7Yz9 と 2.ly/ab main.rs"), ["dub.sh/x7Yz9", "2.ly/ab"]);
    }

    #[test]
    fn trailing_punctuation_is_left_out() {
        assert_eq!(links("（詳細：bit.ly/abc）"), ["bit.ly/abc"]);
        assert_eq!(links("「https://example.jp/x」"), ["https://example.jp/x"]);
        assert_eq!(links("こちら https://example.jp/x。次は"), ["https://example.jp/x"]);
        assert_eq!(links("See example.com/a, then example.org/b!"), ["example.com/a", "example.org/b"]);
        assert_eq!(links("(see https://en.wikipedia.org/wiki/Sapporo_(city))"), ["https://en.wikipedia.org/wiki/Sapporo_(city)"]);
        assert_eq!(links("見てね！https://example.jp/！"), ["https://example.jp/"]);
        assert_eq!(links("example.com."), ["example.com"]);
    }

    #[test]
    fn full_width_links_keep_their_exact_span() {
        let text = "スライドは ｂｉｔ．ｌｙ／３ｋＱｗＥｒＴ から";
        let found = extract(&Normalized::new(text));
        assert_eq!(&text[found[0].span.clone()], "ｂｉｔ．ｌｙ／３ｋＱｗＥｒＴ");
        assert_eq!(found[0].url, "bit.ly/3kQwErT");
        assert_eq!(found[0].host, "bit.ly");
        assert_eq!(links("ｈｔｔｐｓ：／／ｂｉｔ．ｌｙ／ａｂｃ"), ["ｈｔｔｐｓ：／／ｂｉｔ．ｌｙ／ａｂｃ"]);
    }

    #[test]
    fn idn_and_ip_hosts() {
        assert_eq!(hosts("https://日本語.jp/トップ"), ["xn--wgv71a119e.jp"]);
        assert_eq!(links("https://日本語.jp/トップ"), ["https://日本語.jp/"]);
        assert_eq!(hosts("http://203.0.113.45/kyozai/"), ["203.0.113.45"]);
        assert_eq!(hosts("203.0.113.45/kyozai"), ["203.0.113.45"]);
        assert_eq!(hosts("http://3405803845/a"), ["203.0.113.69"]);
        assert_eq!(hosts("http://0xCB007145/a"), ["203.0.113.69"]);
        assert_eq!(hosts("http://198.51.100.23:8080/form"), ["198.51.100.23"]);
        assert_eq!(hosts("https://рref.hokkaido.lg.jp/"), ["xn--ref-zed.hokkaido.lg.jp"]);
    }

    #[test]
    fn user_info_needs_a_scheme_or_a_path() {
        assert_eq!(hosts("https://www.pref.hokkaido.lg.jp@evil.example/login"), ["evil.example"]);
        assert_eq!(hosts("www.pref.hokkaido.lg.jp@evil.example/login"), ["evil.example"]);
        assert!(links("連絡は taro.yamada@gmail.com まで").is_empty());
        assert!(links("kyoiku@pref.hokkaido.lg.jp").is_empty());
        assert!(links("メール：k.tanaka@yahoo.co.jp／パスワード").is_empty());
    }

    #[test]
    fn file_names_versions_and_abbreviations_are_not_links() {
        for text in [
            "資料.pdfを添付", "report.docx", "Ver.2.10.4.1 に更新", "v1.2.3", "main.rs と lib.rs", "e.g. this", "U.S.A.", "Node.js",
            "10:30開始", "192.168.0.1", "3.14", "No.1", "http://", "午前9.30", "@user_name", "#北海道",
        ] {
            assert!(links(text).is_empty(), "{text:?}: {:?}", links(text));
        }
    }

    #[test]
    fn pathological_text_has_no_links() {
        // Runs of almost-schemes, almost-hosts and almost-user-info: the
        // bounded host scan keeps this linear (measured by the benchmarks,
        // not asserted here: tests assert behaviour, not time).
        let text = "a:".repeat(20_000) + &"x.".repeat(20_000) + &"@b".repeat(20_000);
        assert!(links(&text).is_empty());
        assert_eq!(links(&format!("{} bit.ly/x", "長".repeat(500))), ["bit.ly/x"]);
    }

    #[test]
    fn never_panics_and_spans_are_in_order_on_char_boundaries() {
        let engine = crate::Engine::new(crate::Config::default()).unwrap();
        let alphabet: Vec<char> = "ab1.:/@?#%()[]-_ｈｔｐｓ：／．。、）「」ｂｉ日本語аρ\u{200B}ﾊﾞ😀 \nhttps://x.jp".chars().collect();
        let mut seed = 0x2545_f491_4f6c_dd1du64;
        for _ in 0..3000 {
            let text: String = (0..24)
                .map(|_| {
                    seed ^= seed << 13;
                    seed ^= seed >> 7;
                    seed ^= seed << 17;
                    alphabet[(seed % alphabet.len() as u64) as usize]
                })
                .collect();
            let found = extract(&Normalized::new(&text));
            let mut last_end = 0;
            for link in found {
                assert!(text.is_char_boundary(link.span.start) && text.is_char_boundary(link.span.end), "{text:?}");
                assert!(last_end <= link.span.start && link.span.start < link.span.end, "{text:?}");
                last_end = link.span.end;
            }
            for finding in engine.check(&text) {
                assert!(text.get(finding.span.clone()).is_some(), "{text:?}");
            }
        }
    }

    #[test]
    fn several_links_in_order() {
        assert_eq!(links("A: bit.ly/a B: https://x.com/u/status/1 C: www.example.jp"), ["bit.ly/a", "https://x.com/u/status/1", "www.example.jp"]);
        assert_eq!(links("URL:https://example.com/a"), ["https://example.com/a"]);
    }
}

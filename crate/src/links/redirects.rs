//! Redirect wrappers (`data/redirectors.txt`): links that pass through one
//! site to reach another named in their query or path.

use percent_encoding::percent_decode_str;

use super::host::{registrable_domain, HostList};
use super::Link;

static REDIRECTORS: HostList = host_list!("links/data/redirectors.txt");

/// The destination hidden in a redirect wrapper's query, decoded
/// (`google.com/url?q=https://a.example/` → `https://a.example/`): of a
/// known wrapper ([`REDIRECTORS`]), or of any link that names its query's
/// URL a redirect ([`named_destination`]).
pub fn destination(link: &Link) -> Option<String> {
    match REDIRECTORS.lookup(&link.host) {
        Some(words) => listed_destination(link, &words),
        None => named_destination(link),
    }
}

/// Query parameters whose names say their value is where the link goes
/// next (`click?murl=`, `track?redirect=`, `?goto=`): a click tracker or an
/// open redirect of any site, listed or not.
const REDIRECT_PARAMETERS: &[&str] = &["murl", "rurl", "redirect", "redirect_url", "redirect_uri", "redirecturl", "redir", "dest", "destination", "goto", "jump", "target_url"];

/// Path words of click trackers and redirect pages (`/click?url=`,
/// `/track/?u=`), under which a plain `url` or `u` parameter is the
/// destination too.
const REDIRECT_PATH_WORDS: &[&str] = &["click", "track", "tracking", "redirect", "redir", "jump", "out", "go", "link"];

/// The destination of a link outside [`REDIRECTORS`] whose query carries a
/// URL of another site under a name that says it is the next stop
/// ([`REDIRECT_PARAMETERS`], or `url`/`u` under a tracker's path word). A
/// login page's `next=` or `continue=` leads to the login page first, and
/// a share button's `url=` shares the page rather than going to it: neither
/// is named so.
fn named_destination(link: &Link) -> Option<String> {
    let tracker = link.parsed.path_segments().is_some_and(|mut segments| segments.any(|s| REDIRECT_PATH_WORDS.contains(&s.to_ascii_lowercase().as_str())));
    let destination = link.parsed.query_pairs().find_map(|(name, value)| {
        let name = name.to_ascii_lowercase();
        (REDIRECT_PARAMETERS.contains(&name.as_str()) || (tracker && matches!(name.as_str(), "url" | "u"))).then(|| decoded(&value)).flatten()
    })?;
    let elsewhere = url::Url::parse(&destination).ok()?.host_str().is_some_and(|host| registrable_domain(host) != registrable_domain(&link.host));
    elsewhere.then_some(destination)
}

fn listed_destination(link: &Link, words: &[&str]) -> Option<String> {
    let (&path, params) = words.split_first()?;
    if path != "*" && link.parsed.path() != path {
        return None;
    }
    if params.iter().any(|&p| p == "__") {
        let inside = link.parsed.path().split_once("/__")?.1;
        let destination = inside.split_once("__;").map_or(inside, |(url, _)| url);
        return is_web(destination).then(|| destination.to_string());
    }
    if params.iter().any(|&p| p == "?") {
        let query = percent_decode_str(link.parsed.query()?).decode_utf8_lossy().into_owned();
        return is_web(&query).then_some(query);
    }
    params.iter().find_map(|name| match name.strip_prefix('/') {
        // A segment of the path (`/RU=https%3a%2f%2fa.example%2f/RK=2`).
        Some(segment) => {
            let value = link.parsed.path_segments()?.find_map(|s| s.strip_prefix(segment)?.strip_prefix('='))?;
            decoded(&percent_decode_str(value).decode_utf8_lossy())
        }
        None => link.parsed.query_pairs().filter(|(k, _)| k == name).find_map(|(_, v)| decoded(&v)),
    })
}

fn is_web(s: &str) -> bool {
    s.starts_with("http://") || s.starts_with("https://")
}

/// A wrapped URL (its percent-encoding undone) as the wrapper wrote it:
/// plain, or in base64 (Bing's `u=a1aHR0cHM6…`, after its `a1`; Yahoo!
/// JAPAN's `RU=aHR0cHM6…`, its padding written `-`). Anything else is no URL.
fn decoded(value: &str) -> Option<String> {
    if is_web(value) {
        return Some(value.to_owned());
    }
    let encoded = value.strip_prefix("a1").filter(|rest| rest.starts_with("aHR0c")).unwrap_or(value);
    base64(encoded.trim_end_matches(['=', '-'])).filter(|url| is_web(url))
}

/// Decodes base64 in either alphabet (`+/` or `-_`), without padding; `None`
/// for any other character or bytes that are not UTF-8.
fn base64(s: &str) -> Option<String> {
    let value = |c: u8| match c {
        b'A'..=b'Z' => Some(c - b'A'),
        b'a'..=b'z' => Some(c - b'a' + 26),
        b'0'..=b'9' => Some(c - b'0' + 52),
        b'+' | b'-' => Some(62),
        b'/' | b'_' => Some(63),
        _ => None,
    };
    let mut bytes = Vec::with_capacity(s.len() * 3 / 4);
    let (mut bits, mut count) = (0u32, 0);
    for c in s.bytes() {
        bits = bits << 6 | u32::from(value(c)?);
        count += 6;
        if count >= 8 {
            count -= 8;
            bytes.push((bits >> count) as u8);
        }
    }
    String::from_utf8(bytes).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn link(url: &str) -> Link {
        let parsed = url::Url::parse(url).unwrap();
        Link { span: 0..url.len(), url: url.to_owned(), host: parsed.host_str().unwrap().to_owned(), parsed }
    }

    #[test]
    fn a_query_named_a_redirect_hides_its_destination() {
        assert_eq!(destination(&link("https://click.linksynergy.example/deeplink?murl=https%3A%2F%2Fprize.example.win%2F")).as_deref(), Some("https://prize.example.win/"));
        assert_eq!(destination(&link("https://mail.example.net/track?redirect=https%3A%2F%2Ffiles.example.biz%2Fall.zip")).as_deref(), Some("https://files.example.biz/all.zip"));
        assert_eq!(destination(&link("https://news.example.com/click?url=https://shop.example.org/a")).as_deref(), Some("https://shop.example.org/a"));
        // a login page's return address, a share button, a link to the same site
        for url in [
            "https://accounts.example.com/login?next=https://mail.example.com/",
            "https://social.example.com/share?url=https://www.school.example.jp/",
            "https://www.example.com/click?url=https://www.example.com/page",
            "https://www.example.com/search?q=https://a.example/",
        ] {
            assert_eq!(destination(&link(url)), None, "{url}");
        }
    }

    #[test]
    fn base64_in_either_alphabet_without_padding() {
        assert_eq!(base64("aHR0cHM6Ly9hLmV4YW1wbGUv").as_deref(), Some("https://a.example/"));
        assert_eq!(base64("aHR0cHM6Ly9hLmV4YW1wbGUvP3E9MQ").as_deref(), Some("https://a.example/?q=1"));
        assert_eq!(base64("Pz8-"), base64("Pz8+"));
        assert_eq!(base64("not base64!"), None);
    }
}

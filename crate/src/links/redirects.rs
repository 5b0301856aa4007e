//! Redirect wrappers (`data/redirectors.txt`): links that pass through one
//! site to reach another named in their query or path.

use std::sync::LazyLock;

use percent_encoding::percent_decode_str;

use super::host::HostList;
use super::Link;

static REDIRECTORS: LazyLock<HostList> = LazyLock::new(|| HostList::parse(data_file!("links/data/redirectors.txt")));

/// The destination hidden in a redirect wrapper's query, decoded
/// (`google.com/url?q=https://a.example/` → `https://a.example/`).
pub fn destination(link: &Link) -> Option<String> {
    let words = REDIRECTORS.lookup(&link.host)?;
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

pub(super) fn prepare() {
    LazyLock::force(&REDIRECTORS);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base64_in_either_alphabet_without_padding() {
        assert_eq!(base64("aHR0cHM6Ly9hLmV4YW1wbGUv").as_deref(), Some("https://a.example/"));
        assert_eq!(base64("aHR0cHM6Ly9hLmV4YW1wbGUvP3E9MQ").as_deref(), Some("https://a.example/?q=1"));
        assert_eq!(base64("Pz8-"), base64("Pz8+"));
        assert_eq!(base64("not base64!"), None);
    }
}

//! Redirect wrappers (`data/redirectors.txt`): links that pass through one
//! site to reach another named in their query.

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
    let is_web = |s: &str| s.starts_with("http://") || s.starts_with("https://");
    if params.iter().any(|&p| p == "__") {
        let inside = link.parsed.path().split_once("/__")?.1;
        let destination = inside.split_once("__;").map_or(inside, |(url, _)| url);
        return is_web(destination).then(|| destination.to_string());
    }
    if params.iter().any(|&p| p == "?") {
        let query = percent_decode_str(link.parsed.query()?).decode_utf8_lossy().into_owned();
        return is_web(&query).then_some(query);
    }
    params.iter().find_map(|name| link.parsed.query_pairs().find(|(k, v)| k == name && is_web(v)).map(|(_, v)| v.into_owned()))
}

pub(super) fn prepare() {
    LazyLock::force(&REDIRECTORS);
}

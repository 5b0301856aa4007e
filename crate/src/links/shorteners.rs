//! The list of URL shorteners (`data/shorteners.txt`).

use std::sync::LazyLock;

use super::host::HostList;

static SHORTENERS: LazyLock<HostList> = LazyLock::new(|| HostList::parse(data_file!("links/data/shorteners.txt")));

/// What the shortener list says about a host.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Listed {
    /// An open shortener: the link can lead anywhere (`bit.ly`).
    Open,
    /// A first-party short link that still names its site (`youtu.be`).
    Site,
    /// A short domain that is a site of its own, not a shortener (`x.com`).
    NotShortener,
}

/// The list's word on `host` (itself or a parent domain), if it has one.
pub fn lookup(host: &str) -> Option<Listed> {
    match SHORTENERS.tag(host)? {
        "open" => Some(Listed::Open),
        "site" => Some(Listed::Site),
        _ => Some(Listed::NotShortener),
    }
}

pub(super) fn prepare() {
    LazyLock::force(&SHORTENERS);
}

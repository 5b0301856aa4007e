//! The lists of URL shorteners: our own (`data/shorteners.txt`, tagged) and
//! the public list of active shorteners (`data/shorteners_public.txt`,
//! PeterDaveHello/url-shorteners, CC BY-SA 4.0), read as open shorteners
//! unless our own list says otherwise.

use super::host::HostList;

static SHORTENERS: HostList = host_list!("links/data/shorteners.txt");
static PUBLIC_SHORTENERS: HostList = host_list!("links/data/shorteners_public.txt");

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
    match SHORTENERS.tag(host) {
        Some("open") => Some(Listed::Open),
        Some("site") => Some(Listed::Site),
        Some(_) => Some(Listed::NotShortener),
        None => PUBLIC_SHORTENERS.lookup(host).map(|_| Listed::Open),
    }
}

//! URLs in free text, the way people write them in Japanese posts.
//!
//! Extraction ([`extract`]) runs once per check, on the folded view, and
//! every link keeps its exact span in the original text. [`host`] answers
//! questions about host names (registrable domain, official or not, host
//! lists); [`lookalike`] tells a homograph host from an honest one.

mod extract;
pub mod host;
pub mod lookalike;

use std::ops::Range;

pub use extract::extract;
use url::Url;

/// A link found in a post.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Link {
    /// Byte range in the original text.
    pub span: Range<usize>,
    /// The link as written, in standard width with its case kept
    /// (`ｂｉｔ．ｌｙ／３ｋＱ` → `bit.ly/3kQ`): paths are case-sensitive.
    pub url: String,
    /// The host, lower-case ASCII (IDN hosts in punycode, IP hosts as
    /// dotted numbers), without a trailing dot.
    pub host: String,
    /// Whether the link was written with `http://` or `https://`.
    pub has_scheme: bool,
    /// The parsed URL (`http://` assumed when none was written).
    pub parsed: Url,
}

impl Link {
    /// The path segments as written (`/d/0aB1` → `["d", "0aB1"]`), without
    /// empty ones.
    pub fn path_segments(&self) -> impl Iterator<Item = &str> {
        self.parsed.path_segments().into_iter().flatten().filter(|s| !s.is_empty())
    }

    /// The host in Unicode (`xn--…` decoded), as a reader sees it.
    pub fn unicode_host(&self) -> String {
        host::to_unicode_host(&self.host)
    }
}

/// Compiles what extraction needs; the link rules call it from their
/// `prepare`, so it runs when the engine is built.
pub fn prepare() {
    host::prepare();
}

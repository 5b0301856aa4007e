//! URLs in free text, the way people write them in Japanese posts.
//!
//! Extraction ([`extract`]) runs once per check, on the folded view, and
//! every link keeps its exact span in the original text. [`host`] answers
//! questions about host names (registrable domain, official or not, host
//! lists); [`lookalike`] tells a homograph host from an honest one;
//! [`shorteners`] and [`redirects`] hold the lists of URL shorteners and
//! redirect wrappers that several rules consult.

mod extract;
pub mod host;
pub mod host_list;
pub mod lookalike;
pub mod redirects;
pub mod shorteners;

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
    lookalike::prepare();
}

#[cfg(test)]
mod tests {
    use crate::config::Config;
    use crate::engine::Engine;
    use crate::finding::Severity;
    use crate::text::Normalized;

    const LINK_RULES: &[&str] = &["url-shortener", "obscured-url", "third-party-link", "harmful-site"];

    fn ordinary_urls() -> impl Iterator<Item = &'static str> {
        include_str!("data/ordinary_urls.txt").lines().filter(|l| !l.is_empty() && !l.starts_with('#'))
    }

    #[test]
    fn ordinary_urls_are_extracted_whole() {
        for url in ordinary_urls() {
            for text in [url.to_owned(), format!("詳しくは{url}をご覧ください。"), format!("（{url}）")] {
                let links = super::extract(&Normalized::new(&text));
                assert_eq!(links.len(), 1, "{text}");
                assert_eq!(&text[links[0].span.clone()], url, "{text}");
            }
        }
    }

    #[test]
    fn ordinary_urls_raise_no_error_or_warning() {
        let engine = Engine::new(Config::default()).unwrap();
        for url in ordinary_urls() {
            let text = format!("お知らせです。{url} をご覧ください。");
            for f in engine.check(&text) {
                assert!(!LINK_RULES.contains(&f.rule) || f.severity == Severity::Info, "{url}: {} {}", f.rule, f.message);
            }
        }
    }
}

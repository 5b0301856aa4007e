//! URLs in free text, the way people write them in Japanese posts.
//!
//! Extraction runs once per check, on the folded view, and every link keeps
//! its exact span in the original text. (Issue "Link rules" fills this in.)

use std::ops::Range;

use crate::text::Normalized;

/// A link found in a post.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Link {
    /// Byte range in the original text.
    pub span: Range<usize>,
    /// The link as written, folded to ASCII (`ｂｉｔ．ｌｙ／ａ` → `bit.ly/a`).
    pub url: String,
    /// The host, lower case, without a trailing dot.
    pub host: String,
}

/// Every link in `text`, in order.
pub fn extract(_text: &Normalized) -> Vec<Link> {
    Vec::new()
}

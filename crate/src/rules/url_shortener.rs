//! `url-shortener`: URL shorteners (短縮URL). Not yet implemented.

use super::{declare_rule, Context, Rule, RuleMeta};
use crate::finding::Finding;

declare_rule! {
    /// ### What it does
    /// Not yet implemented.
    ///
    /// ### Why it matters
    /// Guideline 4(6).
    ///
    /// ### Examples
    /// None yet.
    UrlShortener {
        id: "url-shortener",
        clause: "4(6)",
        severity: Warning,
        title: "短縮URL",
        title_en: "URL shorteners",
        docs: "### 何を検出するか\n未実装。\n\n### なぜ問題か\nガイドライン4(6)。\n\n### 例\nなし。\n",
    }
}

impl Rule for UrlShortener {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, _cx: &Context, _out: &mut Vec<Finding>) {}
}

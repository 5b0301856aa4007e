//! `harmful-site`: Harmful sites (有害サイト). Not yet implemented.

use super::{declare_rule, Context, Rule, RuleMeta};
use crate::finding::Finding;

declare_rule! {
    /// ### What it does
    /// Not yet implemented.
    ///
    /// ### Why it matters
    /// Guideline 4(7).
    ///
    /// ### Examples
    /// None yet.
    HarmfulSite {
        id: "harmful-site",
        clause: "4(7)",
        severity: Error,
        title: "有害サイト",
        title_en: "Harmful sites",
        docs: "### 何を検出するか\n未実装。\n\n### なぜ問題か\nガイドライン4(7)。\n\n### 例\nなし。\n",
    }
}

impl Rule for HarmfulSite {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, _cx: &Context, _out: &mut Vec<Finding>) {}
}

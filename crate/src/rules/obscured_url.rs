//! `obscured-url`: Hidden link destinations (リンク先が分からないURL). Not yet implemented.

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
    ObscuredUrl {
        id: "obscured-url",
        clause: "4(6)",
        severity: Warning,
        title: "リンク先が分からないURL",
        title_en: "Hidden link destinations",
        docs: "### 何を検出するか\n未実装。\n\n### なぜ問題か\nガイドライン4(6)。\n\n### 例\nなし。\n",
    }
}

impl Rule for ObscuredUrl {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, _cx: &Context, _out: &mut Vec<Finding>) {}
}

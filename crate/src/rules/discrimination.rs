//! `discrimination`: Discrimination (差別的な発言). Not yet implemented.

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
    Discrimination {
        id: "discrimination",
        clause: "4(7)",
        severity: Error,
        title: "差別的な発言",
        title_en: "Discrimination",
        docs: "### 何を検出するか\n未実装。\n\n### なぜ問題か\nガイドライン4(7)。\n\n### 例\nなし。\n",
    }
}

impl Rule for Discrimination {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, _cx: &Context, _out: &mut Vec<Finding>) {}
}

//! `insult`: Insults and defamation (侮蔑・誹謗中傷). Not yet implemented.

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
    Insult {
        id: "insult",
        clause: "4(7)",
        severity: Error,
        title: "侮蔑・誹謗中傷",
        title_en: "Insults and defamation",
        docs: "### 何を検出するか\n未実装。\n\n### なぜ問題か\nガイドライン4(7)。\n\n### 例\nなし。\n",
    }
}

impl Rule for Insult {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, _cx: &Context, _out: &mut Vec<Finding>) {}
}

//! `rumor`: Unverified information (未確認の情報（噂・流説）). Not yet implemented.

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
    Rumor {
        id: "rumor",
        clause: "4(7)",
        severity: Warning,
        title: "未確認の情報（噂・流説）",
        title_en: "Unverified information",
        docs: "### 何を検出するか\n未実装。\n\n### なぜ問題か\nガイドライン4(7)。\n\n### 例\nなし。\n",
    }
}

impl Rule for Rumor {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, _cx: &Context, _out: &mut Vec<Finding>) {}
}

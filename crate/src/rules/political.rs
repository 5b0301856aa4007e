//! `political`: Political activity (政治的行為). Not yet implemented.

use super::{declare_rule, Context, Rule, RuleMeta};
use crate::finding::Finding;

declare_rule! {
    /// ### What it does
    /// Not yet implemented.
    ///
    /// ### Why it matters
    /// Guideline 4(2).
    ///
    /// ### Examples
    /// None yet.
    Political {
        id: "political",
        clause: "4(2)",
        severity: Warning,
        title: "政治的行為",
        title_en: "Political activity",
        docs: "### 何を検出するか\n未実装。\n\n### なぜ問題か\nガイドライン4(2)。\n\n### 例\nなし。\n",
    }
}

impl Rule for Political {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, _cx: &Context, _out: &mut Vec<Finding>) {}
}

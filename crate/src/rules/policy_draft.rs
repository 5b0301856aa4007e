//! `policy-draft`: Policy under formation (意思形成過程の情報). Not yet implemented.

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
    PolicyDraft {
        id: "policy-draft",
        clause: "4(7)",
        severity: Error,
        title: "意思形成過程の情報",
        title_en: "Policy under formation",
        docs: "### 何を検出するか\n未実装。\n\n### なぜ問題か\nガイドライン4(7)。\n\n### 例\nなし。\n",
    }
}

impl Rule for PolicyDraft {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, _cx: &Context, _out: &mut Vec<Finding>) {}
}

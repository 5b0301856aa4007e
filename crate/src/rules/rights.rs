//! `rights`: Rights infringement (権利侵害のおそれ). Not yet implemented.

use super::{declare_rule, Context, Rule, RuleMeta};
use crate::finding::Finding;

declare_rule! {
    /// ### What it does
    /// Not yet implemented.
    ///
    /// ### Why it matters
    /// Guideline 4(3), 4(7).
    ///
    /// ### Examples
    /// None yet.
    Rights {
        id: "rights",
        clause: "4(3), 4(7)",
        severity: Warning,
        title: "権利侵害のおそれ",
        title_en: "Rights infringement",
        docs: "### 何を検出するか\n未実装。\n\n### なぜ問題か\nガイドライン4(3), 4(7)。\n\n### 例\nなし。\n",
    }
}

impl Rule for Rights {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, _cx: &Context, _out: &mut Vec<Finding>) {}
}

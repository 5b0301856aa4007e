//! `personal-info`: Personal information (個人情報). Not yet implemented.

use super::{declare_rule, Context, Rule, RuleMeta};
use crate::finding::Finding;

declare_rule! {
    /// ### What it does
    /// Not yet implemented.
    ///
    /// ### Why it matters
    /// Guideline 3(1), 4(3).
    ///
    /// ### Examples
    /// None yet.
    PersonalInfo {
        id: "personal-info",
        clause: "3(1), 4(3)",
        severity: Error,
        title: "個人情報",
        title_en: "Personal information",
        docs: "### 何を検出するか\n未実装。\n\n### なぜ問題か\nガイドライン3(1), 4(3)。\n\n### 例\nなし。\n",
    }
}

impl Rule for PersonalInfo {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, _cx: &Context, _out: &mut Vec<Finding>) {}
}

//! `credential`: IDs and passwords (ID・パスワード). Not yet implemented.

use super::{declare_rule, Context, Rule, RuleMeta};
use crate::finding::Finding;

declare_rule! {
    /// ### What it does
    /// Not yet implemented.
    ///
    /// ### Why it matters
    /// Guideline 3(5).
    ///
    /// ### Examples
    /// None yet.
    Credential {
        id: "credential",
        clause: "3(5)",
        severity: Error,
        title: "ID・パスワード",
        title_en: "IDs and passwords",
        docs: "### 何を検出するか\n未実装。\n\n### なぜ問題か\nガイドライン3(5)。\n\n### 例\nなし。\n",
    }
}

impl Rule for Credential {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, _cx: &Context, _out: &mut Vec<Finding>) {}
}

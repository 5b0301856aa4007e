//! `third-party-link`: Third-party links and quotes (第三者のページ・投稿). Not yet implemented.

use super::{declare_rule, Context, Rule, RuleMeta};
use crate::finding::Finding;

declare_rule! {
    /// ### What it does
    /// Not yet implemented.
    ///
    /// ### Why it matters
    /// Guideline 4(5).
    ///
    /// ### Examples
    /// None yet.
    ThirdPartyLink {
        id: "third-party-link",
        clause: "4(5)",
        severity: Info,
        title: "第三者のページ・投稿",
        title_en: "Third-party links and quotes",
        docs: "### 何を検出するか\n未実装。\n\n### なぜ問題か\nガイドライン4(5)。\n\n### 例\nなし。\n",
    }
}

impl Rule for ThirdPartyLink {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, _cx: &Context, _out: &mut Vec<Finding>) {}
}

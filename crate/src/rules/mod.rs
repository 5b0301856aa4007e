//! The rules: one file each, named after the rule id (README, *Rules*).
//!
//! A rule file holds the rule's docs (in the doc comment of its
//! `declare_rule!`: *What it does*, *Why it matters* with the guideline
//! clause, *Examples*; and the same in Japanese), its code, its word lists
//! (under `data/`) and its tests. Adding a rule touches that file and
//! [`RULES`] below; the tests fail when a rule file is not registered or its
//! docs lack a section.

pub mod anchors;
pub mod clauses;
pub mod consent;
pub mod context;
pub mod lists;
pub mod specificity;

pub mod confidential;
pub mod credential;
pub mod discrimination;
pub mod harmful_site;
pub mod illegal;
pub mod insult;
pub mod obscured_url;
pub mod personal_info;
pub mod policy_draft;
pub mod political;
pub mod public_order;
pub mod rights;
pub mod rumor;
pub mod third_party_link;
pub mod url_shortener;

use std::cell::OnceCell;
use std::ops::Range;

use anchors::Anchors;
use context::Mentions;

use crate::config::Config;
use crate::finding::{Finding, Severity};
use crate::links::Link;
use crate::text::terms::TermMatch;
use crate::text::Normalized;

/// What a rule is, for the registry, `postcheck --rules`, `--explain` and
/// the extension's cards and options.
#[derive(Debug)]
pub struct RuleMeta {
    /// Stable kebab-case id (tests, corpora and the CLI's JSON use it).
    pub id: &'static str,
    /// The guideline clause, such as `4(7)`.
    pub clause: &'static str,
    pub severity: Severity,
    /// A short name for menus and cards.
    pub title: &'static str,
    pub title_en: &'static str,
    /// Markdown with the sections *What it does*, *Why it matters*, *Examples*.
    pub docs_en: &'static str,
    /// The same in Japanese: 何を検出するか, なぜ問題か, 例.
    pub docs: &'static str,
}

impl RuleMeta {
    /// A finding of this rule at its default severity; the engine applies
    /// the organisation's overrides afterwards.
    pub fn finding(&'static self, span: Range<usize>, message: impl Into<String>, message_en: impl Into<String>) -> Finding {
        Finding {
            rule: self.id,
            severity: self.severity,
            clause: self.clause,
            span,
            message: message.into(),
            message_en: message_en.into(),
            suggestion: None,
            weighed: false,
        }
    }
}

/// Everything a rule may look at, built once per check.
pub struct Context<'a> {
    pub text: &'a Normalized<'a>,
    /// Links found in the text, in order (see [`crate::links`]).
    pub links: &'a [Link],
    pub config: &'a Config,
    mentions: OnceCell<Mentions<'a>>,
    anchors: OnceCell<Anchors<'a>>,
    insult_words: OnceCell<Vec<insult::InsultWord>>,
    discrimination_terms: OnceCell<Vec<TermMatch<'static>>>,
    group_statements: OnceCell<Vec<Range<usize>>>,
    personal_info: OnceCell<Vec<Finding>>,
    drafts: OnceCell<Vec<Range<usize>>>,
}

impl<'a> Context<'a> {
    pub fn new(text: &'a Normalized<'a>, links: &'a [Link], config: &'a Config) -> Self {
        Context {
            text,
            links,
            config,
            mentions: OnceCell::new(),
            anchors: OnceCell::new(),
            insult_words: OnceCell::new(),
            discrimination_terms: OnceCell::new(),
            group_statements: OnceCell::new(),
            personal_info: OnceCell::new(),
            drafts: OnceCell::new(),
        }
    }

    /// The words `insult` reads as insults ([`insult::insult_words`]),
    /// found on first use: `discrimination` reads them as claims about a
    /// group, and finding them again was 4 % of the instructions of the
    /// bench's 10,000-character check (callgrind).
    pub fn insult_words(&self) -> &[insult::InsultWord] {
        self.insult_words.get_or_init(|| insult::insult_words(self))
    }

    /// The discrimination list's words as written in the text, found on
    /// first use: `discrimination` reads its slurs from them and, through
    /// [`Context::group_statements`], which `insult` asks first, its groups
    /// and claims.
    pub fn discrimination_terms(&self) -> &[TermMatch<'static>] {
        self.discrimination_terms.get_or_init(|| discrimination::terms(self.text))
    }

    /// The statements `discrimination` reads as lumping people together
    /// ([`discrimination::group_statements`]), found on first use: `insult`
    /// leaves the insult words inside them to it.
    pub fn group_statements(&self) -> &[Range<usize>] {
        self.group_statements.get_or_init(|| discrimination::group_statements(self))
    }

    /// The findings of `personal-info` ([`personal_info::findings`]),
    /// found on first use: `confidential` leaves a private circumstance
    /// told in a sentence that names whose it is to them.
    pub fn personal_info(&self) -> &[Finding] {
        self.personal_info.get_or_init(|| personal_info::findings(self))
    }

    /// Where the text tells a policy under formation
    /// ([`policy_draft::drafts`]), by start, found on first use:
    /// `confidential` gives its marks of secrecy way to them and `rumor` its
    /// hearsay in their sentences.
    pub fn drafts(&self) -> &[Range<usize>] {
        self.drafts.get_or_init(|| {
            let mut drafts = policy_draft::drafts(self);
            drafts.sort_by_key(|d| d.start);
            drafts
        })
    }

    /// Where the text quotes or teaches rather than uses words, computed on
    /// first use and shared by every rule of the check.
    pub fn mentions(&self) -> &Mentions<'a> {
        self.mentions.get_or_init(|| Mentions::new(self.text))
    }

    /// Where the words the readings start from are ([`anchors`]), found
    /// on first use in one pass for every rule.
    pub fn anchors(&self) -> &Anchors<'a> {
        self.anchors.get_or_init(|| Anchors::new(self.text.compact.as_str()))
    }
}

pub trait Rule: Sync {
    fn meta(&self) -> &'static RuleMeta;
    /// Compiles the rule's matchers (word lists are compiled lazily, once
    /// per process); the engine calls it when it is built.
    fn prepare(&self) {}
    /// Appends this rule's findings, with spans in bytes of the original text.
    fn check(&self, cx: &Context, out: &mut Vec<Finding>);
}

/// Declares a rule's unit struct and its [`RuleMeta`], taking the English
/// docs from the doc comment so they are written once, beside the code.
macro_rules! declare_rule {
    (
        $(#[doc = $doc:literal])*
        $name:ident {
            id: $id:literal,
            clause: $clause:literal,
            severity: $severity:ident,
            title: $title:literal,
            title_en: $title_en:literal,
            docs: $docs:literal $(,)?
        }
    ) => {
        $(#[doc = $doc])*
        pub struct $name;

        impl $name {
            pub const META: $crate::rules::RuleMeta = $crate::rules::RuleMeta {
                id: $id,
                clause: $clause,
                severity: $crate::finding::Severity::$severity,
                title: $title,
                title_en: $title_en,
                docs_en: concat!($($doc, "\n"),*),
                docs: $docs,
            };
        }
    };
}
pub(crate) use declare_rule;

/// Every rule, in the order of the rules table of the README.
pub static RULES: &[&dyn Rule] = &[
    &insult::Insult,
    &discrimination::Discrimination,
    &illegal::Illegal,
    &rumor::Rumor,
    &harmful_site::HarmfulSite,
    &confidential::Confidential,
    &policy_draft::PolicyDraft,
    &public_order::PublicOrder,
    &rights::Rights,
    &personal_info::PersonalInfo,
    &credential::Credential,
    &political::Political,
    &url_shortener::UrlShortener,
    &obscured_url::ObscuredUrl,
    &third_party_link::ThirdPartyLink,
];

/// The rule with this id.
pub fn by_id(id: &str) -> Option<&'static dyn Rule> {
    RULES.iter().copied().find(|r| r.meta().id == id)
}

/// The rules table of the README (kept in sync by a test).
pub fn markdown_table() -> String {
    let mut out = String::from("| rule id | clause | severity | what it catches |\n|---|---|---|---|\n");
    for rule in RULES {
        let m = rule.meta();
        out.push_str(&format!("| `{}` | {} | {} | {} / {} |\n", m.id, m.clause, m.severity, m.title_en, m.title));
    }
    out
}

#[cfg(test)]
pub(crate) mod testing;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_rule_file_is_registered() {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/src/rules");
        let mut files: Vec<String> = std::fs::read_dir(dir)
            .unwrap()
            .filter_map(|e| e.ok()?.file_name().into_string().ok())
            .filter_map(|f| f.strip_suffix(".rs").map(str::to_owned))
            .filter(|f| !["mod", "anchors", "clauses", "consent", "context", "lists", "specificity", "testing"].contains(&f.as_str()))
            .collect();
        files.sort();
        let mut ids: Vec<String> = RULES.iter().map(|r| r.meta().id.replace('-', "_")).collect();
        ids.sort();
        assert_eq!(files, ids);
    }

    #[test]
    fn every_rule_has_complete_docs_in_both_languages() {
        for rule in RULES {
            let m = rule.meta();
            for section in ["What it does", "Why it matters", "Examples"] {
                assert!(m.docs_en.contains(&format!("### {section}")), "{}: docs lack '{section}'", m.id);
            }
            for section in ["何を検出するか", "なぜ問題か", "例"] {
                assert!(m.docs.contains(&format!("### {section}")), "{}: 日本語の説明に「{section}」がない", m.id);
            }
            assert!(clauses::wording(m.clause).is_some(), "{}: unknown clause {}", m.id, m.clause);
        }
    }

    #[test]
    fn the_readme_rules_table_is_current() {
        let readme = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../README.md")).unwrap();
        assert!(readme.contains(&markdown_table()), "README rules table is stale; paste the output of `postcheck --rules --format markdown`");
    }
}

//! Findings as the outside world sees them (CLI JSON, wasm): UTF-16 spans
//! over the exact input, the covered text, both messages.

use serde::Serialize;

use crate::finding::{Finding, Severity};
use crate::rules::{clauses, RULES};
use crate::text::utf16::Utf16Index;

/// FINDING of the CLI contract (README, *The command line*).
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct FindingOut {
    pub rule: &'static str,
    pub severity: Severity,
    pub clause: &'static str,
    /// UTF-16 code units over the input text.
    pub start: usize,
    pub end: usize,
    pub text: String,
    pub message: String,
    pub message_en: String,
    pub suggestion: Option<String>,
}

/// Converts findings of `text` to their output form.
pub fn findings_out(text: &str, findings: &[Finding]) -> Vec<FindingOut> {
    let index = Utf16Index::new(text);
    findings
        .iter()
        .map(|f| FindingOut {
            rule: f.rule,
            severity: f.severity,
            clause: f.clause,
            start: index.to_utf16(f.span.start),
            end: index.to_utf16(f.span.end),
            text: text[f.span.clone()].to_owned(),
            message: f.message.clone(),
            message_en: f.message_en.clone(),
            suggestion: f.suggestion.clone(),
        })
        .collect()
}

/// What `rules()` and `postcheck --rules --format json` describe of a rule.
#[derive(Clone, Debug, Serialize)]
pub struct RuleInfo {
    pub id: &'static str,
    pub clause: &'static str,
    pub severity: Severity,
    pub title: &'static str,
    pub title_en: &'static str,
    pub docs: &'static str,
    pub docs_en: &'static str,
    /// The clause's wording in the guideline, and in English.
    pub clause_text: String,
    pub clause_text_en: String,
}

pub fn rule_infos() -> Vec<RuleInfo> {
    RULES
        .iter()
        .map(|r| {
            let m = r.meta();
            let wording = clauses::wording(m.clause).unwrap_or_default();
            RuleInfo {
                id: m.id,
                clause: m.clause,
                severity: m.severity,
                title: m.title,
                title_en: m.title_en,
                docs: m.docs,
                docs_en: m.docs_en,
                clause_text: wording.iter().map(|w| w.ja).collect::<Vec<_>>().join("\n"),
                clause_text_en: wording.iter().map(|w| w.en).collect::<Vec<_>>().join("\n"),
            }
        })
        .collect()
}

//! What a rule reports.

use std::fmt;
use std::ops::Range;

use serde::{Deserialize, Serialize};

/// How strongly the guideline speaks about a finding.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// A reminder: the guideline asks the writer to keep it in mind.
    Info,
    /// The guideline asks for judgement.
    Warning,
    /// The guideline forbids it.
    Error,
}

impl Severity {
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Info => "info",
            Severity::Warning => "warning",
            Severity::Error => "error",
        }
    }
}

impl fmt::Display for Severity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// One finding, with its span in bytes of the original text. Spans become
/// UTF-16 offsets only at the boundaries (wasm, CLI JSON).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Finding {
    pub rule: &'static str,
    pub severity: Severity,
    pub clause: &'static str,
    pub span: Range<usize>,
    /// The message in Japanese (the users' language) and in English.
    pub message: String,
    pub message_en: String,
    /// Replacement text for the span, where one makes sense.
    pub suggestion: Option<String>,
    /// Whether the rule read the words' grammar to raise it (a call or a
    /// resolve: `炎上させよう`), not the words alone: the model, which
    /// reads letters and words but not what the verb's form does, does not
    /// doubt it away (see `model::Model::arbitrate`).
    pub weighed: bool,
}

impl Finding {
    /// This finding, marked as read through the words' grammar.
    pub fn weighed(self) -> Finding {
        Finding { weighed: true, ..self }
    }
}

//! A fix the engine offers must fix: over every post of the project's
//! corpora (the regression corpus, the model's corpus and the unseen
//! writers' posts), each suggestion is applied as the extension applies it
//! and the result checked again. No error or warning of the same rule may
//! remain over the replaced text — a user who clicks 修正を適用 and is still
//! stopped at Post stops trusting the button. All failures are reported at once.

use std::path::Path;

use postcheck::model::corpus;
use postcheck::{Config, Engine, Severity};

/// Every post of the corpus files the project keeps.
fn corpus_cases() -> Vec<corpus::Case> {
    let workspace = Path::new(env!("CARGO_MANIFEST_DIR")).parent().expect("the crate sits in the workspace");
    let files = corpus::every_file(workspace).expect("the corpus folders are readable");
    corpus::read(&files).expect("the corpus files are valid")
}

#[test]
fn every_suggestion_leaves_no_alarm_of_its_rule_where_it_was_applied() {
    let engine = Engine::new(Config::default()).expect("default config");
    let (mut applied, mut failures) = (0, Vec::new());
    for corpus::Case { id, text, .. } in corpus_cases() {
        for finding in engine.check(&text) {
            let Some(fix) = &finding.suggestion else { continue };
            applied += 1;
            let fixed = format!("{}{fix}{}", &text[..finding.span.start], &text[finding.span.end..]);
            let replaced = finding.span.start..finding.span.start + fix.len();
            let left: Vec<String> = engine
                .check(&fixed)
                .into_iter()
                .filter(|f| f.rule == finding.rule && f.severity != Severity::Info && f.span.start < replaced.end && replaced.start < f.span.end)
                .map(|f| format!("{:?}", &fixed[f.span]))
                .collect();
            if !left.is_empty() {
                failures.push(format!("{id}: {} fixed to {fixed:?} still raises {left:?}", finding.rule));
            }
        }
    }
    assert!(applied > 100, "too few suggestions to mean anything ({applied})");
    assert!(failures.is_empty(), "{} of {applied} fixes leave an alarm:\n{}", failures.len(), failures.join("\n"));
}

//! A fix the engine offers must fix: over every post of the project's
//! corpora (the regression corpus, the model's corpus and the unseen
//! writers' posts), each suggestion is applied as the extension applies it
//! and the result checked again. No error or warning of the same rule may
//! remain over the replaced text — a user who clicks 修正を適用 and is still
//! stopped at Post stops trusting the button. All failures are reported at once.

use std::path::Path;

use postcheck::{Config, Engine, Severity};
use serde_json::Value;

/// Every post text of the corpus files the project keeps.
fn corpus_texts() -> Vec<(String, String)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = vec![root.join("tests/corpus/regression.jsonl")];
    for dir in ["../model/corpus", "../model/unseen"] {
        let mut found: Vec<_> = std::fs::read_dir(root.join(dir)).expect(dir).map(|e| e.unwrap().path()).filter(|p| p.extension().is_some_and(|x| x == "jsonl")).collect();
        found.sort();
        files.extend(found);
    }
    let mut texts = Vec::new();
    for file in files {
        let body = std::fs::read_to_string(&file).unwrap_or_else(|e| panic!("{}: {e}", file.display()));
        for line in body.lines().filter(|l| !l.trim().is_empty()) {
            let case: Value = serde_json::from_str(line).unwrap_or_else(|e| panic!("{}: {e}", file.display()));
            texts.push((case["id"].as_str().expect("id").to_owned(), case["text"].as_str().expect("text").to_owned()));
        }
    }
    texts
}

#[test]
fn every_suggestion_leaves_no_alarm_of_its_rule_where_it_was_applied() {
    let engine = Engine::new(Config::default()).expect("default config");
    let (mut applied, mut failures) = (0, Vec::new());
    for (id, text) in corpus_texts() {
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

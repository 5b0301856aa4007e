//! The news fixture (`tests/corpus/news.jsonl`): sentences written in the
//! style of Japanese newspapers and NHK, and a few in English — arrests and
//! trials, election results and campaigns, accidents, disasters, education
//! policy, court rulings, police warnings, obituaries, sports, the economy.
//! All are clean: news reports someone else's act in a reporter's voice, and
//! the engine is judged on real news too, where at most 1 % may alarm. Here
//! none may raise an error or a warning (rules and model together); all
//! failing sentences are reported at once.

use postcheck::{Config, Engine, Severity};
use serde_json::Value;

#[test]
fn news_sentences_raise_no_alarm() {
    let engine = Engine::new(Config::default()).expect("default config");
    let corpus = include_str!("corpus/news.jsonl");
    let mut alarmed = Vec::new();
    let mut cases = 0;
    for line in corpus.lines().filter(|l| !l.trim().is_empty()) {
        let case: Value = serde_json::from_str(line).unwrap_or_else(|e| panic!("bad news line {line}: {e}"));
        let (id, text) = (case["id"].as_str().expect("id"), case["text"].as_str().expect("text"));
        assert!(case["expect"].as_array().is_some_and(|e| e.is_empty()), "{id}: news cases are clean");
        cases += 1;
        let alarms: Vec<String> =
            engine.check(text).into_iter().filter(|f| f.severity != Severity::Info).map(|f| format!("{} {:?}", f.rule, &text[f.span])).collect();
        if !alarms.is_empty() {
            alarmed.push(format!("{id}: {alarms:?}: {text}"));
        }
    }
    assert!(cases >= 190, "the news fixture has {cases} sentences");
    assert!(alarmed.is_empty(), "{} of {cases} news sentences alarm:\n{}", alarmed.len(), alarmed.join("\n"));
}

//! Test helpers shared by the rule files: run one rule on a text and name
//! what it flagged in words, as the rule tests are written.

use crate::config::Config;
use crate::engine::Engine;
use crate::finding::Finding;
use crate::rules::RULES;

/// The findings of rule `id` for `text`, with the default configuration,
/// the other rules switched off and without the learned model (both have
/// tests of their own, and the engine lets a more specific rule's reading of
/// the same words stand over this one's): a rule's tests say what the rule
/// itself finds.
pub fn findings(id: &str, text: &str) -> Vec<Finding> {
    let others = RULES.iter().map(|r| r.meta().id).filter(|other| *other != id).map(str::to_owned).collect();
    let config = Config { disabled_rules: others, ..Config::default() };
    Engine::new(config).expect("default config").without_model().check(text).into_iter().filter(|f| f.rule == id).collect()
}

/// The text each finding of rule `id` covers.
pub fn flagged(id: &str, text: &str) -> Vec<String> {
    findings(id, text).iter().map(|f| text[f.span.clone()].to_owned()).collect()
}

/// Asserts that each `(text, flagged)` case flags exactly those substrings,
/// and that each passing text flags nothing.
pub fn assert_rule(id: &str, fail: &[(&str, &[&str])], pass: &[&str]) {
    for (text, expected) in fail {
        assert_eq!(flagged(id, text), *expected, "{id} on {text:?}");
    }
    for text in pass {
        assert_eq!(flagged(id, text), Vec::<String>::new(), "{id} must not flag {text:?}");
    }
}

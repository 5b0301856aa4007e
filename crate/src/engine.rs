//! The engine: normalise once, extract links once, run every enabled rule,
//! let the learned model veto the rules' findings it is sure are wrong
//! ([`Model::veto`]) and back them up, then apply the organisation's
//! configuration; where two rules read the same words, the more specific
//! reading stands ([`specificity`]).

use std::collections::BTreeMap;

use crate::config::{Config, ConfigError};
use crate::finding::Finding;
use crate::links;
use crate::model::Model;
use crate::rules::{specificity, Context, Rule, RuleMeta, RULES};
use crate::text::spans::Enclosing;
use crate::text::terms::Lexicon;
use crate::text::Normalized;

/// A configured checker. Build once per configuration; `check` is cheap.
pub struct Engine {
    config: Config,
    rules: Vec<&'static dyn Rule>,
    /// The organisation's extra terms: one list per rule, in one lexicon
    /// scanned once per check ([`Lexicon::from_terms`]), list `i` for the
    /// `i`-th of these rules.
    extra_terms: Lexicon,
    extra_rules: Vec<&'static RuleMeta>,
    /// The learned backstop ([`crate::model`]) that backs the rules up, if
    /// any: `None` to measure the rules alone, another model to evaluate
    /// weights just trained. The shipped weights are parsed on first use (a
    /// header parse), so the trainer can build a rules-only engine while
    /// they are of an older features version.
    model: Option<fn() -> &'static Model>,
}

impl Engine {
    pub fn new(config: Config) -> Result<Engine, ConfigError> {
        config.validate()?;
        let rules: Vec<&'static dyn Rule> =
            RULES.iter().copied().filter(|r| !config.disabled_rules.iter().any(|d| d == r.meta().id)).collect();
        let (extra_rules, extra_lists): (Vec<&'static RuleMeta>, Vec<(&[String], &[String])>) = rules
            .iter()
            .filter_map(|r| {
                let terms = config.terms.get(r.meta().id)?;
                Some((r.meta(), (&terms.deny[..], &terms.allow[..])))
            })
            .unzip();
        let extra_terms = Lexicon::from_terms(&extra_lists);
        // Compile every rule's matchers now, not on the first keystroke.
        crate::words::prepare();
        crate::rules::lists::prepare();
        crate::rules::anchors::prepare();
        links::prepare();
        for rule in &rules {
            rule.prepare();
        }
        Ok(Engine { config, rules, extra_terms, extra_rules, model: Some(Model::builtin) })
    }

    /// The same engine without the learned model: the rules alone (for
    /// measuring what the model adds, `postcheck --no-model`).
    pub fn without_model(self) -> Engine {
        Engine { model: None, ..self }
    }

    /// The same engine backed by another model than the shipped one (the
    /// trainer's evaluation of weights it has just written).
    pub fn with_model(self, model: fn() -> &'static Model) -> Engine {
        Engine { model: Some(model), ..self }
    }

    pub fn config(&self) -> &Config {
        &self.config
    }

    /// The findings for `text`, sorted by position, with byte spans.
    pub fn check(&self, text: &str) -> Vec<Finding> {
        let config = &self.config;
        let normalized = Normalized::new(text);
        let links = links::extract(&normalized);
        let cx = Context::new(&normalized, &links, config);
        let mut findings = Vec::new();
        for rule in &self.rules {
            rule.check(&cx, &mut findings);
        }
        let judged = self.model.and_then(|model| model().veto(&cx, &mut findings));
        let extra_hits = if self.extra_rules.is_empty() { Vec::new() } else { self.extra_terms.scan(&normalized) };
        for (i, meta) in self.extra_rules.iter().enumerate() {
            for m in self.extra_terms.find(&normalized, &extra_hits, i) {
                let span = normalized.compact.original_range(m.range);
                findings.push(meta.finding(
                    span,
                    // The rule's title may hold brackets of its own (未確認の情報（噂・流説）):
                    // quoted, it reads as one name.
                    format!("組織の設定で「{}」として注意が必要とされている語です。", meta.title),
                    format!("Your organisation lists this term as a concern under “{}”.", meta.title_en),
                ));
            }
        }
        if let Some(model) = self.model {
            model().raise(&cx, judged, |id| self.rules.iter().any(|r| r.meta().id == id), &mut findings);
        }
        // Each organisation allow list is scanned once, and each finding
        // looks up the phrases that could hold it, not every phrase.
        let allowed: BTreeMap<&str, Enclosing> =
            self.extra_rules.iter().enumerate().map(|(i, m)| (m.id, Enclosing::new(self.extra_terms.allowed(&extra_hits, i)))).collect();
        findings.retain(|f| allowed.get(f.rule).is_none_or(|phrases| !phrases.encloses(&normalized.compact.view_range(f.span.clone()))));
        for f in &mut findings {
            if let Some(&severity) = config.severities.get(f.rule) {
                f.severity = severity;
            }
        }
        specificity::resolve(&mut findings);
        specificity::hedges_beside_another_reading(&mut findings, text);
        findings.sort_by(|a, b| (a.span.start, a.span.end, a.rule).cmp(&(b.span.start, b.span.end, b.rule)));
        findings.dedup_by(|a, b| a.rule == b.rule && a.span == b.span);
        findings
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::finding::Severity;

    fn engine(json: &str) -> Engine {
        Engine::new(Config::from_json(json).unwrap()).unwrap()
    }

    #[test]
    fn extra_deny_terms_are_flagged_under_their_rule() {
        let findings = engine(r#"{"terms": {"insult": {"deny": ["ポンコツ"]}}}"#).check("あのﾎﾟﾝｺﾂ教師");
        assert_eq!(findings.len(), 1);
        assert_eq!((findings[0].rule, &findings[0].span), ("insult", &(6..21)));
    }

    #[test]
    fn an_organisation_term_is_explained_by_its_rule_title_quoted() {
        let findings = engine(r#"{"terms": {"rumor": {"deny": ["新校舎計画"]}}}"#).check("本日は新校舎計画の説明会でした。");
        assert_eq!(findings.len(), 1);
        assert_eq!(findings[0].message, "組織の設定で「未確認の情報（噂・流説）」として注意が必要とされている語です。");
        assert_eq!(findings[0].message_en, "Your organisation lists this term as a concern under “Unverified information”.");
    }

    #[test]
    fn allow_phrases_veto_a_rules_own_findings_inside_them() {
        let text = "あいつはバカ。あの人はバカ親";
        let insults = |e: &Engine| e.check(text).into_iter().filter(|f| f.rule == "insult").map(|f| f.span).collect::<Vec<_>>();
        assert_eq!(insults(&engine("{}")).len(), 2);
        let first = text.find("バカ").unwrap();
        assert_eq!(insults(&engine(r#"{"terms": {"insult": {"allow": ["バカ親"]}}}"#)), [first..first + "バカ".len()]);
    }

    #[test]
    fn organisation_terms_are_literal_text() {
        let insults = |json: &str, text: &str| -> Vec<String> {
            engine(json).check(text).into_iter().filter(|f| f.rule == "insult").map(|f| text[f.span].to_owned()).collect()
        };
        // `!` made an allow phrase that silenced the rule's own finding.
        assert_eq!(insults(r#"{"terms": {"insult": {"deny": ["!バカ"]}}}"#, "あいつはバカ"), ["バカ"]);
        assert_eq!(insults(r#"{"terms": {"insult": {"deny": ["!バカ"]}}}"#, "あいつは!バカ"), ["!バカ", "バカ"]);
        // `*` made a wildcard.
        assert!(insults(r#"{"terms": {"insult": {"deny": ["ass*"]}}}"#, "class assessment").is_empty());
        assert_eq!(insults(r#"{"terms": {"insult": {"deny": ["ass*"]}}}"#, "you ass*"), ["ass*"]);
        assert_eq!(insults(r#"{"terms": {"insult": {"deny": ["***"]}}}"#, "a *** b"), ["***"]);
        // Normalised like posts.
        assert_eq!(insults(r#"{"terms": {"insult": {"deny": ["ﾎﾟﾝｺﾂ"]}}}"#, "ポ ン コ ツ"), ["ポ ン コ ツ"]);
    }

    #[test]
    fn severity_overrides_and_disabled_rules_apply() {
        let e = engine(r#"{"terms": {"rumor": {"deny": ["デマだって"]}}, "severities": {"rumor": "error"}}"#);
        assert_eq!(e.check("デマだって")[0].severity, Severity::Error);
        let e = engine(r#"{"terms": {"rumor": {"deny": ["デマだって"]}}, "disabled_rules": ["rumor"]}"#);
        assert!(e.check("デマだって").is_empty());
    }

    #[test]
    fn empty_text_has_no_findings() {
        assert!(Engine::new(Config::default()).unwrap().check("").is_empty());
    }
}

//! Evaluation on the held-out part and on the unseen writers' posts: the whole engine, with and without the
//! model, scored like `eval-corpus` (an expected rule is found if any finding
//! names it; a post has a false alarm if an error or warning names a rule it
//! does not expect). Only aggregates are printed: the held-out posts are
//! never shown one by one.

use std::collections::BTreeMap;
use std::sync::OnceLock;
use std::time::Instant;

use postcheck::model::corpus::{self, Case, Part};
use postcheck::model::weights::Weights;
use postcheck::model::Model;
use postcheck::rules::Context;
use postcheck::text::Normalized;
use postcheck::links;
use postcheck::{Config, Engine, Severity};

/// The counts of one engine over the held-out posts.
#[derive(Default)]
struct Tally {
    /// Per expected item (`insult`, or `insult|illegal`): found, expected.
    recall: BTreeMap<String, (usize, usize)>,
    false_alarm_posts: usize,
    false_alarm_clean_posts: usize,
    /// Per rule: posts where it was a false alarm.
    false_alarms_by_rule: BTreeMap<&'static str, usize>,
}

fn tally(engine: &Engine, cases: &[&Case]) -> Tally {
    let mut t = Tally::default();
    for case in cases {
        let findings = engine.check(&case.text);
        for alts in &case.expect {
            let entry = t.recall.entry(alts.join("|")).or_default();
            entry.0 += usize::from(findings.iter().any(|f| alts.iter().any(|a| a == f.rule)));
            entry.1 += 1;
        }
        let mut extra: Vec<&'static str> = findings
            .iter()
            .filter(|f| f.severity != Severity::Info && !case.expect.iter().flatten().any(|a| a == f.rule))
            .map(|f| f.rule)
            .collect();
        extra.sort_unstable();
        extra.dedup();
        for rule in &extra {
            *t.false_alarms_by_rule.entry(rule).or_default() += 1;
        }
        if !extra.is_empty() {
            t.false_alarm_posts += 1;
            t.false_alarm_clean_posts += usize::from(case.expect.is_empty());
        }
    }
    t
}

fn ratio(a: usize, b: usize) -> String {
    format!("{:.3}", if b == 0 { 1.0 } else { a as f64 / b as f64 })
}

/// Weights read from a file (`eval --weights FILE`) instead of the shipped ones.
static LOADED: OnceLock<Model> = OnceLock::new();

fn loaded() -> &'static Model {
    LOADED.get().expect("the weights were loaded before the engine was built")
}

/// Evaluates the shipped model, or the weights in `weights` (as the trainer
/// just wrote them, without building the crate again).
pub fn run(workspace: &std::path::Path, weights: Option<&std::path::Path>) -> Result<(), String> {
    let (_, cases) = super::load(workspace)?;
    let held_out: Vec<&Case> = cases.iter().filter(|c| Part::of(&c.id) == Part::HeldOut).collect();
    let unseen = unseen_writers(workspace)?;
    let mut with = Engine::new(Config::default()).map_err(|e| e.to_string())?;
    if let Some(path) = weights {
        let bytes = std::fs::read(path).map_err(|e| format!("cannot read {}: {e}", path.display()))?;
        let model = Model::new(Weights::parse(Box::leak(bytes.into_boxed_slice()))?)?;
        LOADED.set(model).map_err(|_| "the weights are loaded once")?;
        with = with.with_model(loaded);
    }
    let without = Engine::new(Config::default()).map_err(|e| e.to_string())?.without_model();
    report("held-out part", &held_out, &without, &with);
    println!();
    report(&format!("unseen writers ({})", corpus::UNSEEN), &unseen.iter().collect::<Vec<_>>(), &without, &with);
    let model = if weights.is_some() { loaded() } else { Model::builtin() };
    cost(model, held_out.iter().copied().chain(&unseen));
    check_cost(&with, held_out.iter().copied().chain(&unseen));
    Ok(())
}

/// What the model's scoring of every sentence costs, per 280 characters of
/// post (the budget's unit), over `cases`: the text read and its mentions
/// found once, as the engine has them before the model runs; best of five
/// passes, as the machine may be shared.
fn cost<'c>(model: &Model, cases: impl Iterator<Item = &'c Case>) {
    let config = Config::default();
    let texts: Vec<(Normalized, usize)> = cases.map(|c| (Normalized::new(&c.text), c.text.chars().count())).collect();
    let prepared: Vec<_> = texts.iter().map(|(t, _)| (t, links::extract(t))).collect();
    let chars: usize = texts.iter().map(|(_, n)| n).sum();
    let mut best = f64::INFINITY;
    for _ in 0..5 {
        let mut spent = std::time::Duration::ZERO;
        for (text, links) in &prepared {
            let cx = Context::new(text, links, &config);
            cx.mentions();
            let started = Instant::now();
            std::hint::black_box(model.candidates(&cx));
            spent += started.elapsed();
        }
        best = best.min(spent.as_secs_f64());
    }
    println!("
the model's scoring: {:.1} µs per 280 characters ({} posts, {chars} characters, best of five passes)", best * 1e6 * 280.0 / chars as f64, texts.len());
}

/// What the whole engine's check costs with the model, per 280 characters
/// of post, over `cases`: each text read afresh, as in use (the words a
/// check tokenises are not kept from one pass to the next); best of three
/// passes.
fn check_cost<'c>(engine: &Engine, cases: impl Iterator<Item = &'c Case>) {
    let texts: Vec<&str> = cases.map(|c| c.text.as_str()).collect();
    let chars: usize = texts.iter().map(|t| t.chars().count()).sum();
    let mut best = f64::INFINITY;
    for _ in 0..3 {
        let started = Instant::now();
        for text in &texts {
            std::hint::black_box(engine.check(text));
        }
        best = best.min(started.elapsed().as_secs_f64());
    }
    println!("the whole engine's check: {:.1} µs per 280 characters (best of three passes)", best * 1e6 * 280.0 / chars as f64);
}

/// The unseen writers' posts ([`corpus::UNSEEN`]).
fn unseen_writers(workspace: &std::path::Path) -> Result<Vec<Case>, String> {
    let files = corpus::unseen_files(workspace).map_err(|e| format!("cannot list {}: {e}", workspace.join(corpus::UNSEEN).display()))?;
    corpus::read(&files)
}

/// One table of recall per expected rule and false alarms, with and without the model.
fn report(label: &str, cases: &[&Case], without: &Engine, with: &Engine) {
    let clean = cases.iter().filter(|c| c.expect.is_empty()).count();
    let started = Instant::now();
    let (rules, both) = (tally(without, cases), tally(with, cases));
    println!("{label}: {} posts ({} clean), scored in {:.2} s", cases.len(), clean, started.elapsed().as_secs_f64());
    println!("\n| expected | posts | rules alone | rules + model |\n|---|---:|---:|---:|");
    for (rule, (found, wanted)) in &rules.recall {
        let (found_both, _) = both.recall[rule];
        println!("| `{rule}` | {wanted} | {} | {} |", ratio(*found, *wanted), ratio(found_both, *wanted));
    }
    let total = |t: &Tally| t.recall.values().fold((0, 0), |(f, w), (a, b)| (f + a, w + b));
    let ((f1, w1), (f2, w2)) = (total(&rules), total(&both));
    println!("| **all** | {w1} | **{}** | **{}** |", ratio(f1, w1), ratio(f2, w2));
    println!("| false alarms, share of posts | {} | {} | {} |", cases.len(), ratio(rules.false_alarm_posts, cases.len()), ratio(both.false_alarm_posts, cases.len()));
    println!("| false alarms, share of clean posts | {clean} | {} | {} |", ratio(rules.false_alarm_clean_posts, clean), ratio(both.false_alarm_clean_posts, clean));
    println!("\nfalse alarms by rule (posts): rules alone {:?}; rules + model {:?}", rules.false_alarms_by_rule, both.false_alarms_by_rule);
}

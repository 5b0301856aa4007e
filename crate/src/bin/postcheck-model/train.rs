//! Training: a softmax regression over the hashed n-grams of sentences,
//! fitted by full-batch Adam with an L2 penalty, in a fixed order (no
//! randomness at all), then quantised to one byte a weight.
//!
//! Labels belong to posts, but the model judges sentences, and a violating
//! post usually has one offending sentence among ordinary ones. So the
//! training is multiple-instance: every sentence of a clean post is clean;
//! for each rule a violating post expects, the sentence the model currently
//! finds most likely to fall under it is the positive example (during a few
//! warm-up rounds, all of the post's sentences share the label). The other
//! sentences of a violating post are left out rather than guessed.
//!
//! The threshold is chosen on posts the weights were not fitted on: the
//! calibration part, and the training part by cross-validation.

use std::collections::BTreeMap;
use std::ops::Range;
use std::time::Instant;

use postcheck::model::corpus::{fnv64, Case, Part};
use postcheck::model::features::{ngrams, quoted_parts, sentences, Shape, MAX_ORDER};
use postcheck::model::weights::Weights;
use postcheck::model::{Model, CLEAN, CONTENT_RULES};
use postcheck::rules::context::Mentions;
use postcheck::rules::Context;
use postcheck::text::Normalized;
use postcheck::{links, Config, Engine, Severity};

/// Rules whose posts are left out of training when they expect nothing
/// else: a pointer to a harmful site reads like public-order content, but
/// the link rules, not the model, are to raise it.
const LINK_ONLY_UNCLEAR: &[&str] = &["harmful-site"];

/// The lowest threshold ever chosen: the top class must be more likely than
/// all the others together.
const MIN_THRESHOLD: f32 = 0.5;

pub struct Settings {
    shape: Shape,
    iterations: usize,
    /// Rounds in which every sentence of a violating post carries its labels.
    warmup: usize,
    learning_rate: f32,
    l2: f32,
    /// Weight of a positive (violating) example against a clean sentence.
    positive_weight: f32,
    /// The highest share of clean posts the model alone may raise anything
    /// in, at the threshold chosen.
    max_clean_alarms: f64,
    /// The highest share of violating posts the model alone may raise a
    /// rule in that they do not expect.
    max_wrong_rule: f64,
    folds: u64,
    /// Where the weights go, relative to the workspace.
    out: String,
    /// Another copy of the workspace to read the corpus from (to compare
    /// settings on a fixed snapshot while the corpus grows).
    workspace: Option<std::path::PathBuf>,
}

impl Settings {
    pub fn from_args(args: &[String]) -> Result<Settings, String> {
        let mut settings = Settings {
            shape: Shape { bucket_bits: 16, min_order: 1, max_order: 3, words: true },
            iterations: 150,
            warmup: 10,
            learning_rate: 0.05,
            l2: 3e-6,
            positive_weight: 8.0,
            max_clean_alarms: 0.002,
            max_wrong_rule: 0.04,
            folds: 5,
            out: "crate/src/model/weights.bin".into(),
            workspace: None,
        };
        let mut it = args.iter();
        while let Some(arg) = it.next() {
            let mut value = || it.next().ok_or_else(|| format!("{arg} needs a value"));
            match arg.as_str() {
                "--bits" => settings.shape.bucket_bits = value()?.parse().map_err(|_| "--bits takes a number")?,
                "--orders" => {
                    let (min, max) = value()?.split_once('-').ok_or("--orders takes MIN-MAX")?;
                    settings.shape.min_order = min.parse().map_err(|_| "--orders takes MIN-MAX")?;
                    settings.shape.max_order = max.parse().map_err(|_| "--orders takes MIN-MAX")?;
                }
                "--no-words" => settings.shape.words = false,
                "--iterations" => settings.iterations = value()?.parse().map_err(|_| "--iterations takes a number")?,
                "--max-clean-alarms" => settings.max_clean_alarms = value()?.parse().map_err(|_| "--max-clean-alarms takes a number")?,
                "--max-wrong-rule" => settings.max_wrong_rule = value()?.parse().map_err(|_| "--max-wrong-rule takes a number")?,
                "--l2" => settings.l2 = value()?.parse().map_err(|_| "--l2 takes a number")?,
                "--positive-weight" => settings.positive_weight = value()?.parse().map_err(|_| "--positive-weight takes a number")?,
                "--out" => settings.out = value()?.clone(),
                "--workspace" => settings.workspace = Some(value()?.into()),
                other => return Err(format!("unknown option {other}")),
            }
        }
        if !settings.shape.is_valid() {
            return Err(format!("n-gram orders must lie in 1..={MAX_ORDER} and bucket bits in 8..=24"));
        }
        Ok(settings)
    }
}

/// What a post teaches the model.
enum Target {
    Clean,
    /// Per expected item, the classes of which any one will do.
    Rules(Vec<Vec<usize>>),
}

/// A post read into sentences.
struct Post {
    id: String,
    part: Part,
    /// Its sentences' indices into [`Data::sentences`].
    sentences: Range<usize>,
    target: Target,
}

/// A sentence as the trainer reads it: its buckets and their common value.
struct Example {
    buckets: Vec<u32>,
    value: f32,
}

struct Data {
    posts: Vec<Post>,
    sentences: Vec<Example>,
}

/// The class index of a content rule.
fn class_of(rule: &str) -> Option<usize> {
    CONTENT_RULES.iter().position(|r| *r == rule).map(|i| i + 1)
}

fn classes() -> Vec<String> {
    std::iter::once(CLEAN).chain(CONTENT_RULES).map(str::to_owned).collect()
}

/// What `case` teaches, or `None` when it is left out.
fn target(case: &Case) -> Option<Target> {
    let groups: Vec<Vec<usize>> =
        case.expect.iter().map(|alts| alts.iter().filter_map(|r| class_of(r)).collect::<Vec<usize>>()).filter(|g| !g.is_empty()).collect();
    if !groups.is_empty() {
        return Some(Target::Rules(groups));
    }
    let unclear = case.expect.iter().flatten().any(|r| LINK_ONLY_UNCLEAR.contains(&r.as_str()));
    (!unclear).then_some(Target::Clean)
}

fn read_data(cases: &[&Case], shape: Shape) -> Data {
    let mut data = Data { posts: Vec::new(), sentences: Vec::new() };
    for case in cases {
        let Some(target) = target(case) else { continue };
        let text = Normalized::new(&case.text);
        let mentions = Mentions::new(&text);
        let quoted = quoted_parts(&mentions);
        let first = data.sentences.len();
        for sentence in sentences(&text.compact, &mentions) {
            // A violating post's lesson sentences are never raised, so they
            // cannot be its offending sentence; a clean post's teach that
            // they are clean.
            if sentence.mention && matches!(target, Target::Rules(_)) {
                continue;
            }
            let mut buckets = Vec::new();
            ngrams(text.compact.as_str(), sentence.range, &quoted, shape, &mut buckets);
            let value = 1.0 / (buckets.len().max(1) as f32).sqrt();
            data.sentences.push(Example { buckets, value });
        }
        if data.sentences.len() > first {
            data.posts.push(Post { id: case.id.clone(), part: Part::of(&case.id), sentences: first..data.sentences.len(), target });
        }
    }
    data
}

/// Weights being fitted, full precision.
struct Dense {
    k: usize,
    w: Vec<f32>,
    b: Vec<f32>,
}

impl Dense {
    fn probabilities(&self, ex: &Example, out: &mut [f32]) {
        out.copy_from_slice(&self.b);
        let mut sums = vec![0f32; self.k];
        for &bucket in &ex.buckets {
            let row = &self.w[bucket as usize * self.k..][..self.k];
            for (s, w) in sums.iter_mut().zip(row) {
                *s += w;
            }
        }
        for (z, s) in out.iter_mut().zip(&sums) {
            *z += s * ex.value;
        }
        let max = out.iter().copied().fold(f32::NEG_INFINITY, f32::max);
        let mut total = 0.0;
        for z in out.iter_mut() {
            *z = (*z - max).exp();
            total += *z;
        }
        for z in out.iter_mut() {
            *z /= total;
        }
    }

    /// One byte a weight, scaled by the largest weight.
    fn quantise(&self, shape: Shape, corpus_hash: u64, threshold: f32) -> Weights {
        let largest = self.w.iter().fold(0f32, |m, w| m.max(w.abs())).max(f32::MIN_POSITIVE);
        let scale = largest / 127.0;
        let values: Vec<u8> = self.w.iter().map(|w| (w / scale).round().clamp(-127.0, 127.0) as i8 as u8).collect();
        Weights { shape, corpus_hash, threshold, scale, classes: classes(), biases: self.b.clone(), values: values.into() }
    }
}

/// Fits weights on the posts `use_post` selects.
fn fit(data: &Data, use_post: impl Fn(&Post) -> bool, s: &Settings) -> Dense {
    let k = CONTENT_RULES.len() + 1;
    let n = s.shape.buckets() * k;
    let mut model = Dense { k, w: vec![0.0; n], b: vec![0.0; k] };
    let (mut m, mut v) = (vec![0f32; n + k], vec![0f32; n + k]);
    let mut grad = vec![0f32; n + k];
    let mut probs = vec![0f32; data.sentences.len() * k];
    // How much each sentence should be each class this round.
    let mut targets = vec![0f32; data.sentences.len() * k];
    let posts: Vec<&Post> = data.posts.iter().filter(|p| use_post(p)).collect();
    let (beta1, beta2, eps) = (0.9f32, 0.999f32, 1e-8f32);
    for round in 0..s.iterations {
        for post in &posts {
            for i in post.sentences.clone() {
                model.probabilities(&data.sentences[i], &mut probs[i * k..(i + 1) * k]);
            }
        }
        targets.fill(0.0);
        for post in &posts {
            match &post.target {
                Target::Clean => post.sentences.clone().for_each(|i| targets[i * k] = 1.0),
                Target::Rules(groups) if round < s.warmup => {
                    let share = s.positive_weight / (post.sentences.len() * groups.len()) as f32;
                    for group in groups {
                        for i in post.sentences.clone() {
                            group.iter().for_each(|&c| targets[i * k + c] += share / group.len() as f32);
                        }
                    }
                }
                Target::Rules(groups) => {
                    for group in groups {
                        let (i, c) = post
                            .sentences
                            .clone()
                            .flat_map(|i| group.iter().map(move |&c| (i, c)))
                            .fold((usize::MAX, 0), |best, (i, c)| {
                                if best.0 == usize::MAX || probs[i * k + c] > probs[best.0 * k + best.1] {
                                    (i, c)
                                } else {
                                    best
                                }
                            });
                        targets[i * k + c] += s.positive_weight;
                    }
                }
            }
        }
        let total: f32 = targets.iter().sum();
        grad.fill(0.0);
        let mut loss = 0.0f64;
        for post in &posts {
            for i in post.sentences.clone() {
                let (p, t) = (&probs[i * k..(i + 1) * k], &targets[i * k..(i + 1) * k]);
                let mass: f32 = t.iter().sum();
                if mass == 0.0 {
                    continue;
                }
                loss -= t.iter().zip(p).map(|(t, p)| f64::from(*t) * f64::from(p.max(1e-12)).ln()).sum::<f64>();
                let dz: Vec<f32> = p.iter().zip(t).map(|(p, t)| (mass * p - t) / total).collect();
                let ex = &data.sentences[i];
                for &bucket in &ex.buckets {
                    let row = &mut grad[bucket as usize * k..][..k];
                    for (g, d) in row.iter_mut().zip(&dz) {
                        *g += d * ex.value;
                    }
                }
                for (g, d) in grad[n..].iter_mut().zip(&dz) {
                    *g += d;
                }
            }
        }
        let (c1, c2) = (1.0 - beta1.powi(round as i32 + 1), 1.0 - beta2.powi(round as i32 + 1));
        for j in 0..n + k {
            let weight = if j < n { &mut model.w[j] } else { &mut model.b[j - n] };
            let g = grad[j] + if j < n { s.l2 * *weight } else { 0.0 };
            m[j] = beta1 * m[j] + (1.0 - beta1) * g;
            v[j] = beta2 * v[j] + (1.0 - beta2) * g * g;
            *weight -= s.learning_rate * (m[j] / c1) / ((v[j] / c2).sqrt() + eps);
        }
        if round % 25 == 0 || round + 1 == s.iterations {
            eprintln!("    round {round:3}: loss {:.4}", loss / f64::from(total));
        }
    }
    model
}

/// One post as the threshold sees it: what the rules found, and the
/// sentences the quantised model may add.
struct Scored {
    /// The expected items, as rule ids; `None` for a clean post.
    expected: Option<Vec<Vec<&'static str>>>,
    /// Which expected items the rules alone find.
    found_by_rules: Vec<bool>,
    /// The rules alone raise an error or warning the post does not expect.
    rules_false_alarm: bool,
    /// The rules alone raise an error or warning.
    rules_flagged: bool,
    /// The model's candidates with their probabilities, whatever the rules found.
    candidates: Vec<(&'static str, f32)>,
}

impl Scored {
    fn expects(&self, rule: &str) -> bool {
        self.expected.iter().flatten().flatten().any(|r| *r == rule)
    }

    /// The candidates raised at threshold `t` (only where the rules are silent, see `Model::raise`).
    fn raised(&self, t: f32) -> impl Iterator<Item = &'static str> + '_ {
        let t = if self.rules_flagged { f32::INFINITY } else { t };
        self.candidates.iter().filter(move |&&(_, p)| p >= t).map(|&(rule, _)| rule)
    }

    /// The candidates at threshold `t` as if the rules had found nothing.
    fn raised_alone(&self, t: f32) -> impl Iterator<Item = &'static str> + '_ {
        self.candidates.iter().filter(move |&&(_, p)| p >= t).map(|&(rule, _)| rule)
    }

    /// A false alarm the model adds at threshold `t`.
    fn model_false_alarm(&self, t: f32) -> bool {
        !self.rules_false_alarm && self.raised(t).any(|rule| !self.expects(rule))
    }
}

fn score(model: &Model, cases: &BTreeMap<&str, &Case>, posts: &[&Post]) -> Result<Vec<Scored>, String> {
    let config = Config::default();
    let rules_alone = Engine::new(config.clone()).map_err(|e| e.to_string())?.without_model();
    Ok(posts
        .iter()
        .map(|post| {
            let case = cases[post.id.as_str()];
            let findings = rules_alone.check(&case.text);
            let severe: Vec<&postcheck::Finding> = findings.iter().filter(|f| f.severity != Severity::Info).collect();
            let text = Normalized::new(&case.text);
            let links = links::extract(&text);
            let cx = Context::new(&text, &links, &config);
            let candidates = model.candidates(&cx).into_iter().map(|c| (c.rule.id, c.probability)).collect();
            let expected: Option<Vec<Vec<&'static str>>> = match &post.target {
                Target::Clean => None,
                Target::Rules(groups) => Some(groups.iter().map(|g| g.iter().map(|&c| CONTENT_RULES[c - 1]).collect()).collect()),
            };
            let found_by_rules = expected.iter().flatten().map(|g| findings.iter().any(|f| g.contains(&f.rule))).collect();
            let rules_false_alarm = severe.iter().any(|f| !case.expect.iter().flatten().any(|r| r == f.rule));
            Scored { expected, found_by_rules, rules_false_alarm, rules_flagged: !severe.is_empty(), candidates }
        })
        .collect())
}

/// What the model does on its own, as if the rules had found nothing, at
/// threshold `t`: the measure of how it generalises, since the rules were
/// written with the training posts in view and find most of them, and posts
/// nobody has seen will often be silent to the rules.
struct Alone {
    /// Share of the expected items it finds.
    recall: f64,
    /// Share of the clean posts it raises anything in.
    clean_alarms: f64,
    /// Share of the violating posts it raises a rule in that they do not expect.
    wrong_rule: f64,
}

fn alone(scored: &[Scored], t: f32) -> Alone {
    let (mut found, mut wanted, mut clean, mut clean_alarms, mut violating, mut wrong) = (0, 0, 0, 0, 0, 0);
    for s in scored {
        match &s.expected {
            None => {
                clean += 1;
                clean_alarms += usize::from(s.raised_alone(t).next().is_some());
            }
            Some(groups) => {
                violating += 1;
                wrong += usize::from(s.raised_alone(t).any(|r| !s.expects(r)));
                wanted += groups.len();
                found += groups.iter().filter(|g| s.raised_alone(t).any(|r| g.contains(&r))).count();
            }
        }
    }
    let share = |a: usize, b: usize| a as f64 / b.max(1) as f64;
    Alone { recall: share(found, wanted), clean_alarms: share(clean_alarms, clean), wrong_rule: share(wrong, violating) }
}

/// Thresholds worth trying: just above each candidate's probability (so
/// that candidate is not raised), from `MIN_THRESHOLD` up, in order.
fn thresholds(scored: &[Scored]) -> Vec<f32> {
    let mut ts: Vec<f32> =
        scored.iter().flat_map(|s| s.candidates.iter().map(|&(_, p)| f32::from_bits(p.to_bits() + 1))).filter(|&t| t >= MIN_THRESHOLD).collect();
    ts.push(MIN_THRESHOLD);
    ts.sort_by(f32::total_cmp);
    ts.dedup();
    ts
}

/// The lowest threshold at which the model on its own raises anything in at
/// most `max_clean` of the clean posts, and a rule they do not expect in at
/// most `max_wrong` of the violating posts.
fn choose_threshold(scored: &[Scored], s: &Settings) -> f32 {
    thresholds(scored)
        .into_iter()
        .find(|&t| {
            let a = alone(scored, t);
            a.clean_alarms <= s.max_clean_alarms && a.wrong_rule <= s.max_wrong_rule
        })
        .unwrap_or(1.0)
}

/// What the model alone achieves at the lowest threshold keeping it within a
/// few budgets of clean-post alarms: how settings compare, whatever threshold
/// each would be given.
fn model_alone(label: &str, scored: &[Scored]) {
    let ts = thresholds(scored);
    let mut line = String::new();
    let mut mean = 0.0;
    for max in [0.002, 0.004, 0.006, 0.008, 0.01] {
        let t = ts.iter().copied().find(|&t| alone(scored, t).clean_alarms <= max).unwrap_or(1.0);
        let a = alone(scored, t);
        line += &format!("  ≤{:.1} %: {:.3} (t {:.2}, wrong rule {:.1} %)", 100.0 * max, a.recall, t, 100.0 * a.wrong_rule);
        mean += a.recall / 5.0;
    }
    eprintln!("    {label}: model alone, recall at clean-post alarms{line}; mean {mean:.3}");
}

/// The model alone at a few thresholds, to show what the chosen one trades.
fn trade_off(scored: &[Scored]) {
    for t in [0.5, 0.6, 0.7, 0.8, 0.9, 0.95] {
        let a = alone(scored, t);
        eprintln!(
            "    at {t:.2}: the model alone finds {:.3} of the expected rules, raises something in {:.2} % of clean posts \
             and a rule they do not expect in {:.2} % of violating posts",
            a.recall,
            100.0 * a.clean_alarms,
            100.0 * a.wrong_rule
        );
    }
}

/// Recall per expected item of the rules alone and with the model at
/// threshold `t`, and the false alarms the model adds.
fn report(label: &str, scored: &[Scored], t: f32) {
    let mut per_rule: BTreeMap<String, [usize; 3]> = BTreeMap::new();
    for s in scored {
        for (group, &by_rules) in s.expected.iter().flatten().zip(&s.found_by_rules) {
            let by_model = s.raised(t).any(|rule| group.contains(&rule));
            let entry = per_rule.entry(group.join("|")).or_default();
            entry[0] += usize::from(by_rules);
            entry[1] += usize::from(by_rules || by_model);
            entry[2] += 1;
        }
    }
    let clean: Vec<&Scored> = scored.iter().filter(|s| s.expected.is_none()).collect();
    let count = |posts: &[&Scored]| posts.iter().filter(|s| s.model_false_alarm(t)).count();
    let all: Vec<&Scored> = scored.iter().collect();
    let [rules, both, wanted] = per_rule.values().fold([0; 3], |acc, v| [acc[0] + v[0], acc[1] + v[1], acc[2] + v[2]]);
    eprintln!(
        "  {label}: expected rules found {rules}/{wanted} by the rules, {both}/{wanted} with the model; \
         the model adds false alarms to {}/{} clean posts, {}/{} posts",
        count(&clean),
        clean.len(),
        count(&all),
        all.len()
    );
    for (rule, [rules, both, wanted]) in per_rule.iter().filter(|(_, v)| v[2] >= 5) {
        eprintln!("      {rule:<16} {rules:4} → {both:4} of {wanted}");
    }
}

pub fn run(workspace: &std::path::Path, s: &Settings) -> Result<(), String> {
    let started = Instant::now();
    let (corpus_hash, cases) = super::load(s.workspace.as_deref().unwrap_or(workspace))?;
    let fitting: Vec<&Case> = cases.iter().filter(|c| Part::of(&c.id) != Part::HeldOut).collect();
    let data = read_data(&fitting, s.shape);
    let by_id: BTreeMap<&str, &Case> = fitting.iter().map(|c| (c.id.as_str(), *c)).collect();
    let count = |part: Part| data.posts.iter().filter(|p| p.part == part).count();
    eprintln!(
        "corpus: {} posts ({} held out, never read here); training {} posts, calibration {}; {} sentences; {:?}",
        cases.len(),
        cases.len() - fitting.len(),
        count(Part::Train),
        count(Part::Calibration),
        data.sentences.len(),
        s.shape
    );

    // Out-of-fold scores for the training part, so the threshold is chosen
    // on many more posts than the calibration part holds.
    let fold_of = |p: &Post| (fnv64(p.id.as_bytes()) >> 32) % s.folds;
    let mut held: Vec<Scored> = Vec::new();
    for fold in 0..s.folds {
        eprintln!("  cross-validation fold {}/{}", fold + 1, s.folds);
        let dense = fit(&data, |p| p.part == Part::Train && fold_of(p) != fold, s);
        let model = Model::new(dense.quantise(s.shape, corpus_hash, 1.0))?;
        let out: Vec<&Post> = data.posts.iter().filter(|p| p.part == Part::Train && fold_of(p) == fold).collect();
        held.extend(score(&model, &by_id, &out)?);
    }
    eprintln!("  the weights, on the whole training part");
    let dense = fit(&data, |p| p.part == Part::Train, s);
    let model = Model::new(dense.quantise(s.shape, corpus_hash, 1.0))?;
    let calibration_posts: Vec<&Post> = data.posts.iter().filter(|p| p.part == Part::Calibration).collect();
    let calibration = score(&model, &by_id, &calibration_posts)?;
    let cross_validated = held.len();
    held.extend(calibration);
    let threshold = choose_threshold(&held, s);
    eprintln!(
        "threshold {threshold:.4} (the model alone raises something in at most {:.2} % of clean posts and a wrong rule in at most {:.1} % of violating posts)",
        s.max_clean_alarms * 100.0,
        s.max_wrong_rule * 100.0
    );
    let at = alone(&held, threshold);
    eprintln!(
        "    there the model alone finds {:.3} of the expected rules, raises something in {:.2} % of clean posts \
         and a rule they do not expect in {:.2} % of violating posts",
        at.recall,
        100.0 * at.clean_alarms,
        100.0 * at.wrong_rule
    );
    trade_off(&held);
    model_alone("cross-validation", &held[..cross_validated]);
    model_alone("calibration", &held[cross_validated..]);
    model_alone("both", &held);
    report("cross-validation on the training part", &held[..cross_validated], threshold);
    report("calibration part", &held[cross_validated..], threshold);

    let weights = dense.quantise(s.shape, corpus_hash, threshold);
    let bytes = weights.to_bytes();
    let out = workspace.join(&s.out);
    std::fs::write(&out, &bytes).map_err(|e| format!("cannot write {}: {e}", out.display()))?;
    let nonzero = weights.values.iter().filter(|&&v| v != 0).count();
    eprintln!(
        "wrote {} ({} bytes, {:.1} % of the weights non-zero, corpus hash {corpus_hash:016x}) in {:.1} s",
        out.display(),
        bytes.len(),
        100.0 * nonzero as f64 / weights.values.len() as f64,
        started.elapsed().as_secs_f64()
    );
    Ok(())
}

//! Native benchmarks of the engine against the budgets in DESIGN.md.
//!
//! `cargo bench -p postcheck --bench engine` (add `-- --quick` for a short
//! run). A small harness of its own rather than criterion: the figures it
//! needs are few (medians and spread of a handful of inputs, and engine
//! construction in a *fresh process*, which an in-process harness cannot
//! repeat because the term lists are compiled once per process), and it
//! adds no dependency to the workspace.
//!
//! The inputs are built deterministically from `bench/corpus/posts.jsonl`
//! and written to `target/bench/inputs/` so the browser and peer benchmarks
//! measure exactly the same texts. The figures go to stdout and, as JSON,
//! to `target/bench/native.json`, which `bench/report.mjs` turns into
//! BENCHMARKS.md.

use std::fs;
use std::hint::black_box;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

#[path = "../tests/families/mod.rs"]
mod families;

use postcheck::links;
use postcheck::model::Model;
use postcheck::rules::Context;
use postcheck::text::terms::TermList;
use postcheck::text::Normalized;
use postcheck::words::Words;
use postcheck::{Config, Engine};
use serde_json::{json, Value};

/// Set, to the path of the text to check first, in the child processes that
/// time a cold engine construction.
const CHILD_ENV: &str = "POSTCHECK_BENCH_COLD_START";

fn main() {
    if let Some(first_text) = std::env::var_os(CHILD_ENV) {
        cold_start_child(&PathBuf::from(first_text));
        return;
    }
    let quick = std::env::args().any(|a| a == "--quick");
    let workspace = Path::new(env!("CARGO_MANIFEST_DIR")).parent().expect("the crate sits in the workspace");
    let posts = read_posts(&workspace.join("bench/corpus/posts.jsonl"));
    let inputs = [
        Input::new("post-280", "a 280-character post", corpus_text(&posts, 280)),
        Input::new("text-10k", "a 10,000-character text", corpus_text(&posts, 10_000)),
        Input::new("text-1mb", "1 MB of posts", corpus_text_bytes(&posts, 1_000_000)),
    ];
    let out_dir = workspace.join("target/bench");
    write_inputs(&out_dir.join("inputs"), &inputs);

    // How long each figure is measured (after a warm-up of a fifth of that).
    let time_per_figure = if quick { Duration::from_millis(300) } else { Duration::from_secs(2) };
    let default_config = Config::default();
    let engine = Engine::new(default_config.clone()).expect("the default configuration is valid");
    let mut results = Vec::new();
    for input in &inputs {
        let stats = time_per_call(time_per_figure, || engine.check(black_box(&input.text)));
        print_line(&input.label, &stats, Some(input.text.len()));
        // The share every rule pays before it starts: building the views.
        let normalize = time_per_call(time_per_figure / 2, || Normalized::new(black_box(&input.text)));
        print_line("  of which normalisation", &normalize, Some(input.text.len()));
        // …and cutting all of it into dictionary words (crate::words; a
        // check tokenises only the sentences that need words).
        let normalized = Normalized::new(&input.text);
        let words = time_per_call(time_per_figure / 2, || Words::new(black_box(&normalized.folded)).tokens().len());
        print_line("  of which tokenisation", &words, Some(input.text.len()));
        // …and the learned model's reading and scoring of every sentence
        // (crate::model), which a check pays when the rules raised nothing;
        // the mentions it reads are found once before, as in a check.
        let links = links::extract(&normalized);
        let cx = Context::new(&normalized, &links, &default_config);
        cx.mentions();
        let model = time_per_call(time_per_figure / 2, || Model::builtin().candidates(black_box(&cx)).judged);
        print_line("  of which the model", &model, Some(input.text.len()));
        results.push(json!({
            "id": input.id, "label": input.label, "chars": input.text.chars().count(), "bytes": input.text.len(),
            "findings": engine.check(&input.text).len(),
            "stats": stats.to_json(Some(input.text.len())), "normalize": normalize.to_json(Some(input.text.len())),
            "words": words.to_json(Some(input.text.len())), "model": model.to_json(Some(input.text.len())),
        }));
    }

    // The unit of a rule's cost: one word list searched over one post. Every
    // rule with a list of its own pays it again.
    let list = TermList::parse(include_str!("../src/rules/data/mention_cues.txt"));
    let post = Normalized::new(&inputs[0].text);
    let list_scan = time_per_call(time_per_figure, || list.find(black_box(&post)));
    print_line("one word-list scan of the 280-char post", &list_scan, Some(inputs[0].text.len()));

    // What the extension pays with an organisation's settings: extra terms
    // matched on every check, and an engine rebuilt when the settings change.
    let config_json = fs::read_to_string(workspace.join("bench/corpus/config.json")).expect("bench/corpus/config.json is readable");
    let config = Config::from_json(&config_json).expect("bench/corpus/config.json is a valid configuration");
    let org_engine = Engine::new(config.clone()).expect("the configuration was validated");
    let org_check = time_per_call(time_per_figure, || org_engine.check(black_box(&inputs[0].text)));
    print_line("a 280-character post, organisation config", &org_check, Some(inputs[0].text.len()));
    let org_construct = time_per_call(time_per_figure, || Engine::new(black_box(config.clone())));
    print_line("engine rebuilt for a changed config", &org_construct, None);

    let corpus_pass = time_per_call(time_per_figure, || {
        for post in &posts {
            black_box(engine.check(black_box(post.as_str())));
        }
    });
    let per_post = corpus_pass.scaled(1.0 / posts.len() as f64);
    print_line(&format!("each of the {} corpus posts", posts.len()), &per_post, None);

    // Time on the pathological families must grow with the text, not its
    // square: 1 MB takes 16 times as long as 64 KB, and at most 1 s.
    let runs = if quick { 3 } else { 7 };
    let mut scaling = Vec::new();
    for (name, unit) in families::FAMILIES {
        let sizes: Vec<Value> = SCALING_SIZES
            .iter()
            .map(|&bytes| {
                let text = families::repeated(unit, bytes);
                let stats = time_each(runs, || engine.check(black_box(&text)));
                json!({"bytes": text.len(), "stats": stats.to_json(Some(text.len()))})
            })
            .collect();
        let median = |i: usize| sizes[i]["stats"]["median_ns"].as_f64().unwrap();
        println!(
            "scaling {name:<28} {:>10} {:>10} {:>10}  1 MB / 64 KB = {:.1} (16 is linear)",
            human(median(0)),
            human(median(1)),
            human(median(2)),
            median(2) / median(0)
        );
        scaling.push(json!({"family": name, "unit": unit, "sizes": sizes}));
    }

    let cold = cold_starts(&out_dir.join("inputs/post-280.txt"), if quick { 5 } else { 25 });
    print_line("engine construction, fresh process", &cold.construct, None);
    print_line("construction + first check of post-280", &cold.first_check, None);

    let audit = audit_archive(&out_dir, &posts, if quick { 1 } else { 3 });

    let report = json!({
        "audit": audit,
        "inputs": results,
        "corpus": {"posts": posts.len(), "per_post": per_post.to_json(None), "pass": corpus_pass.to_json(None)},
        "construction": {"runs": cold.construct.samples, "cold": cold.construct.to_json(None), "cold_first_check": cold.first_check.to_json(None)},
        "list_scan_post_280": list_scan.to_json(Some(inputs[0].text.len())),
        "scaling": scaling,
        "organisation": {"check_post_280": org_check.to_json(Some(inputs[0].text.len())), "rebuild": org_construct.to_json(None)},
    });
    fs::create_dir_all(&out_dir).expect("target/bench is writable");
    fs::write(out_dir.join("native.json"), serde_json::to_string_pretty(&report).unwrap()).expect("target/bench is writable");
    println!("wrote {}", out_dir.join("native.json").display());
}

/// Posts in the generated X archive that `postcheck audit` is timed on.
const AUDIT_POSTS: usize = 100_000;

/// Times `postcheck audit` (the release CLI, reading, checking on every
/// core and writing the report) over a generated X archive of 100,000
/// posts made from the bench corpus: t.co links to expand, HTML entities,
/// a retweet in ten. Each run is a fresh process, as a user runs it.
fn audit_archive(out_dir: &Path, posts: &[String], runs: usize) -> Value {
    let archive = out_dir.join("inputs/x-archive-100k");
    let data = archive.join("data");
    fs::create_dir_all(&data).expect("target/bench is writable");
    let tweets: Vec<Value> = (0..AUDIT_POSTS)
        .map(|i| {
            let text = posts[i % posts.len()].replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;");
            let (text, urls) = match i % 10 {
                0 => (format!("RT @someone: {text}"), json!([])),
                1 | 2 => (format!("{text} https://t.co/b{i}"), json!([{"url": format!("https://t.co/b{i}"), "expanded_url": format!("https://www.example-school.ed.jp/news/{i}")}])),
                _ => (text, json!([])),
            };
            let (day, month, year) = (1 + i % 28, ["Jan", "Apr", "Jul", "Oct"][i % 4], 2012 + i % 13);
            json!({"tweet": {"id_str": (1_000_000_000_000_000u64 + i as u64).to_string(), "created_at": format!("Mon {month} {day:02} 09:00:00 +0000 {year}"),
                "full_text": text, "entities": {"urls": urls, "media": []}}})
        })
        .collect();
    fs::write(data.join("tweets.js"), format!("window.YTD.tweets.part0 = {}", serde_json::to_string(&tweets).unwrap())).expect("write tweets.js");
    fs::write(data.join("account.js"), r#"window.YTD.account.part0 = [{"account": {"username": "bench_school"}}]"#).expect("write account.js");
    let bytes = fs::metadata(data.join("tweets.js")).map_or(0, |m| m.len());
    let report_dir = out_dir.join("audit-report");
    let mut ns = Vec::new();
    for _ in 0..runs {
        let start = Instant::now();
        let status = Command::new(env!("CARGO_BIN_EXE_postcheck"))
            .arg("audit")
            .arg(&archive)
            .arg("--out")
            .arg(&report_dir)
            .stderr(std::process::Stdio::null())
            .status()
            .expect("run postcheck audit");
        ns.push(start.elapsed().as_nanos() as f64);
        assert!(matches!(status.code(), Some(0 | 1)), "postcheck audit failed: {status}");
    }
    let stats = Stats::new(ns);
    print_line(&format!("postcheck audit, X archive of {AUDIT_POSTS} posts ({:.1} MB)", bytes as f64 / 1e6), &stats, None);
    json!({"posts": AUDIT_POSTS, "archive_bytes": bytes, "runs": runs, "cores": std::thread::available_parallelism().map_or(1, |n| n.get()), "stats": stats.to_json(None)})
}

struct Input {
    id: &'static str,
    label: String,
    text: String,
}

impl Input {
    fn new(id: &'static str, label: &str, text: String) -> Input {
        Input { id, label: label.to_owned(), text }
    }
}

fn read_posts(path: &Path) -> Vec<String> {
    let data = fs::read_to_string(path).unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
    data.lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| {
            let v: Value = serde_json::from_str(l).expect("a corpus line is a JSON object");
            v["text"].as_str().expect("a corpus line has a text").to_owned()
        })
        .collect()
}

/// The posts one after another, a line break between them, repeated as
/// needed and cut after `chars` characters.
fn corpus_text(posts: &[String], chars: usize) -> String {
    posts.iter().map(String::as_str).cycle().flat_map(|p| p.chars().chain(['\n'])).take(chars).collect()
}

/// Like `corpus_text`, cut at the last character that fits in `bytes`.
fn corpus_text_bytes(posts: &[String], bytes: usize) -> String {
    let mut text = String::with_capacity(bytes);
    for c in posts.iter().map(String::as_str).cycle().flat_map(|p| p.chars().chain(['\n'])) {
        if text.len() + c.len_utf8() > bytes {
            break;
        }
        text.push(c);
    }
    text
}

fn write_inputs(dir: &Path, inputs: &[Input]) {
    fs::create_dir_all(dir).expect("target/bench/inputs is writable");
    for input in inputs {
        fs::write(dir.join(format!("{}.txt", input.id)), &input.text).expect("target/bench/inputs is writable");
    }
}

/// Per-call times in nanoseconds, one per sample, sorted.
struct Stats {
    samples: usize,
    sorted_ns: Vec<f64>,
}

impl Stats {
    fn new(mut ns: Vec<f64>) -> Stats {
        ns.sort_by(f64::total_cmp);
        Stats { samples: ns.len(), sorted_ns: ns }
    }

    fn quantile(&self, q: f64) -> f64 {
        let i = ((self.sorted_ns.len() - 1) as f64 * q).round() as usize;
        self.sorted_ns[i]
    }

    fn scaled(&self, factor: f64) -> Stats {
        Stats::new(self.sorted_ns.iter().map(|n| n * factor).collect())
    }

    fn to_json(&self, bytes: Option<usize>) -> Value {
        let median = self.quantile(0.5);
        json!({
            "samples": self.samples,
            "median_ns": median, "p25_ns": self.quantile(0.25), "p75_ns": self.quantile(0.75),
            "p95_ns": self.quantile(0.95), "min_ns": self.quantile(0.0), "max_ns": self.quantile(1.0),
            "mb_per_s": bytes.map(|b| b as f64 / median * 1e3),
        })
    }
}

/// Times `f` for about `duration` after a warm-up: each sample runs it in a
/// batch long enough (≥ 1 ms) that the clock's resolution does not matter.
fn time_per_call<R>(duration: Duration, mut f: impl FnMut() -> R) -> Stats {
    let warm_up = Instant::now();
    let mut calls = 0u64;
    while warm_up.elapsed() < duration / 5 || calls == 0 {
        black_box(f());
        calls += 1;
    }
    let per_call = warm_up.elapsed().as_secs_f64() / calls as f64;
    let batch = ((1e-3 / per_call).ceil() as u64).max(1);
    let samples = ((duration.as_secs_f64() / (per_call * batch as f64)) as usize).clamp(10, 500);
    let ns = (0..samples)
        .map(|_| {
            let start = Instant::now();
            for _ in 0..batch {
                black_box(f());
            }
            start.elapsed().as_nanos() as f64 / batch as f64
        })
        .collect();
    Stats::new(ns)
}

/// The input sizes of the scaling benchmark: 64 KB, 512 KB, 1 MB.
const SCALING_SIZES: [usize; 3] = [64 << 10, 512 << 10, 1 << 20];

/// Times `runs` single calls of `f` (after one untimed call): for calls long
/// enough that batching and a long warm-up would only slow the run.
fn time_each<R>(runs: usize, mut f: impl FnMut() -> R) -> Stats {
    black_box(f());
    Stats::new(
        (0..runs)
            .map(|_| {
                let start = Instant::now();
                black_box(f());
                start.elapsed().as_nanos() as f64
            })
            .collect(),
    )
}

struct ColdStarts {
    construct: Stats,
    first_check: Stats,
}

/// Runs this binary again `runs` times; each child builds one engine with
/// nothing compiled yet and prints how long that took.
fn cold_starts(first_text: &Path, runs: usize) -> ColdStarts {
    let exe = std::env::current_exe().expect("the bench binary knows its path");
    let (mut construct, mut first_check) = (Vec::new(), Vec::new());
    for _ in 0..runs {
        let out = Command::new(&exe).env(CHILD_ENV, first_text).output().expect("the bench binary can run itself");
        let line = String::from_utf8_lossy(&out.stdout);
        let mut figures = line.split_whitespace().map(|n| n.parse::<f64>().expect("the child prints numbers"));
        construct.push(figures.next().expect("construction time"));
        first_check.push(figures.next().expect("first check time"));
    }
    ColdStarts { construct: Stats::new(construct), first_check: Stats::new(first_check) }
}

fn cold_start_child(first_text: &Path) {
    let post = fs::read_to_string(first_text).expect("the parent wrote the input");
    let start = Instant::now();
    let default_config = Config::default();
    let engine = Engine::new(default_config.clone()).expect("the default configuration is valid");
    let constructed = start.elapsed();
    black_box(engine.check(black_box(post.as_str())));
    let checked = start.elapsed();
    println!("{} {}", constructed.as_nanos(), checked.as_nanos());
}

fn print_line(label: &str, stats: &Stats, bytes: Option<usize>) {
    let throughput = bytes.map_or(String::new(), |b| format!("  {:.1} MB/s", b as f64 / stats.quantile(0.5) * 1e3));
    println!(
        "{label:<44} median {:>10}  p25–p75 {}–{}  p95 {}  (n={}){throughput}",
        human(stats.quantile(0.5)),
        human(stats.quantile(0.25)),
        human(stats.quantile(0.75)),
        human(stats.quantile(0.95)),
        stats.samples,
    );
}

fn human(ns: f64) -> String {
    match ns {
        n if n < 1e3 => format!("{n:.0} ns"),
        n if n < 1e6 => format!("{:.2} µs", n / 1e3),
        n if n < 1e9 => format!("{:.2} ms", n / 1e6),
        n => format!("{:.2} s", n / 1e9),
    }
}

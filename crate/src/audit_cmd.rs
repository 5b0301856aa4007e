//! `postcheck audit PATH… [--out DIR] [--config FILE] [--since DATE]
//! [--until DATE]`: every post of one or more account exports checked,
//! the exports read and the posts checked on every core.

use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use postcheck::audit::report::{findings_jsonl, report_html, summary_csv, Input, ReportData};
use postcheck::audit::{archive, audit_post, read_export, Audited, Post, ReadError};
use postcheck::{Config, Engine};

pub const USAGE: &str = "\
usage: postcheck audit PATH... [--out DIR] [--config FILE] [--since DATE] [--until DATE]

Checks every post of account exports (X, Facebook, Instagram, Threads,
Mastodon, Bluesky, YouTube, CSV/JSONL; zip, tar.gz, folder or file) and
writes DIR/findings.jsonl, DIR/summary.csv and DIR/report.html.

options:
  --out DIR        where to write (default postcheck-audit/)
  --config FILE    the organisation's configuration (JSON)
  --since DATE     only posts from DATE on (YYYY-MM-DD)
  --until DATE     only posts up to DATE, included (YYYY-MM-DD)
                   (with either, posts whose export gives no date are left out)

exit status: 0 no error finding, 1 an error finding, 2 an export could not be read";

struct Args {
    paths: Vec<PathBuf>,
    out: PathBuf,
    config: Option<String>,
    since: Option<String>,
    until: Option<String>,
}

fn parse_args(args: impl Iterator<Item = String>) -> Result<Option<Args>, String> {
    let mut parsed = Args { paths: Vec::new(), out: PathBuf::from("postcheck-audit"), config: None, since: None, until: None };
    let mut it = args;
    while let Some(arg) = it.next() {
        let mut value = |name: &str| it.next().ok_or_else(|| format!("{name} needs a value"));
        match arg.as_str() {
            "-h" | "--help" => {
                println!("{USAGE}");
                return Ok(None);
            }
            "--out" => parsed.out = PathBuf::from(value("--out")?),
            "--config" => parsed.config = Some(value("--config")?),
            "--since" => parsed.since = Some(date(&value("--since")?)?),
            "--until" => parsed.until = Some(date(&value("--until")?)?),
            a if a.starts_with('-') => return Err(format!("unknown option {a}")),
            a => parsed.paths.push(PathBuf::from(a)),
        }
    }
    if parsed.paths.is_empty() {
        return Err(format!("audit needs at least one export\n\n{USAGE}"));
    }
    Ok(Some(parsed))
}

/// A `YYYY-MM-DD` date, checked.
fn date(value: &str) -> Result<String, String> {
    let b = value.as_bytes();
    let shaped = b.len() == 10 && b[4] == b'-' && b[7] == b'-' && b.iter().enumerate().all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit());
    if shaped { Ok(value.to_owned()) } else { Err(format!("{value} is not a date (YYYY-MM-DD)")) }
}

pub fn run(args: impl Iterator<Item = String>, config: impl Fn(Option<&str>) -> Result<Config, String>) -> Result<ExitCode, String> {
    let Some(args) = parse_args(args)? else { return Ok(ExitCode::SUCCESS) };
    let engine = Engine::new(config(args.config.as_deref())?).map_err(|e| e.to_string())?;

    let (exports, failures) = read_all(&args.paths);
    for failure in &failures {
        eprintln!("postcheck: cannot read {failure}");
    }
    let in_range = |p: &Post| {
        let day = p.created_at.get(..10).unwrap_or("");
        args.since.as_deref().is_none_or(|s| !day.is_empty() && day >= s) && args.until.as_deref().is_none_or(|u| !day.is_empty() && day <= u)
    };
    let exports: Vec<(String, Vec<Post>)> = exports.into_iter().map(|(name, posts)| (name, posts.into_iter().filter(in_range).collect())).collect();

    let total: usize = exports.iter().map(|(_, posts)| posts.len()).sum();
    let done = AtomicUsize::new(0);
    let audited: Vec<(String, Vec<Audited>)> = std::thread::scope(|scope| {
        if std::io::stderr().is_terminal() {
            scope.spawn(|| progress(&done, total));
        }
        exports.into_iter().map(|(name, posts)| (name, check_all(&engine, posts, &done))).collect()
    });

    let inputs = audited.iter().map(|(name, a)| Input::new(name, a)).collect();
    let all: Vec<Audited> = audited.into_iter().flat_map(|(_, a)| a).collect();
    let data = ReportData::new(now_iso(), inputs, &all);
    write_outputs(&args.out, &all, &data)?;

    let errors = all.iter().filter(|a| a.has_error()).count();
    let flagged = data.posts.len();
    eprintln!(
        "postcheck: {} posts checked ({} shares not judged), {flagged} with findings, {errors} with errors; report: {}",
        data.checked,
        data.shares,
        args.out.join("report.html").display()
    );
    Ok(if !failures.is_empty() {
        ExitCode::from(2)
    } else if errors > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

/// Reads every export, each on its own thread.
fn read_all(paths: &[PathBuf]) -> (Vec<(String, Vec<Post>)>, Vec<ReadError>) {
    let results: Vec<Result<(String, Vec<Post>), ReadError>> = std::thread::scope(|scope| {
        let handles: Vec<_> = paths.iter().map(|path| scope.spawn(move || read_one(path))).collect();
        handles.into_iter().map(|h| h.join().expect("an export reader panicked")).collect()
    });
    let (mut exports, mut failures) = (Vec::new(), Vec::new());
    for result in results {
        match result {
            Ok(export) => exports.push(export),
            Err(e) => failures.push(e),
        }
    }
    (exports, failures)
}

fn read_one(path: &Path) -> Result<(String, Vec<Post>), ReadError> {
    let name = path.display().to_string();
    let files = archive::open(path)?;
    Ok((name.clone(), read_export(&name, &files)?))
}

/// Checks posts on every core, in their order.
fn check_all(engine: &Engine, posts: Vec<Post>, done: &AtomicUsize) -> Vec<Audited> {
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get());
    let chunk = posts.len().div_ceil(threads).max(1);
    let mut chunks: Vec<Vec<Post>> = Vec::new();
    let mut posts = posts.into_iter().peekable();
    while posts.peek().is_some() {
        chunks.push(posts.by_ref().take(chunk).collect());
    }
    std::thread::scope(|scope| {
        let handles: Vec<_> = chunks
            .into_iter()
            .map(|chunk| {
                scope.spawn(move || {
                    chunk
                        .into_iter()
                        .map(|post| {
                            let a = audit_post(engine, post);
                            done.fetch_add(1, Ordering::Relaxed);
                            a
                        })
                        .collect::<Vec<_>>()
                })
            })
            .collect();
        handles.into_iter().flat_map(|h| h.join().expect("a checker thread panicked")).collect()
    })
}

/// A progress bar on stderr (only drawn when stderr is a terminal).
fn progress(done: &AtomicUsize, total: usize) {
    loop {
        let n = done.load(Ordering::Relaxed);
        let filled = (n * 30).checked_div(total).unwrap_or(30);
        eprint!("\r[{}{}] {n}/{total} posts", "#".repeat(filled), " ".repeat(30 - filled));
        let _ = std::io::stderr().flush();
        if n >= total {
            eprintln!();
            return;
        }
        std::thread::sleep(Duration::from_millis(100));
    }
}

fn write_outputs(out: &Path, all: &[Audited], data: &ReportData) -> Result<(), String> {
    std::fs::create_dir_all(out).map_err(|e| format!("cannot create {}: {e}", out.display()))?;
    let write = |name: &str, contents: String| {
        let path = out.join(name);
        std::fs::write(&path, contents).map_err(|e| format!("cannot write {}: {e}", path.display()))
    };
    write("findings.jsonl", findings_jsonl(all))?;
    write("summary.csv", summary_csv(data))?;
    write("report.html", report_html(data))
}

fn now_iso() -> String {
    let seconds = SystemTime::now().duration_since(UNIX_EPOCH).map_or(0, |d| d.as_secs() as i64);
    postcheck::audit::iso_from_unix(seconds)
}

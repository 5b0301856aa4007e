//! `postcheck`: the engine on the command line, for batch audits and scoring.
//! The contract is in RULES.md.

use std::io::{self, BufRead, Read, Write};
use std::process::ExitCode;

use postcheck::output::{findings_out, rule_infos};
use postcheck::rules::{self, clauses};
use postcheck::{Config, Engine, Severity};

const USAGE: &str = "\
usage: postcheck [OPTIONS] [FILE]

Checks a social-media post (FILE, or standard input) against the Hokkaido
Board of Education social-media guideline.

options:
  --format text|json   human-readable lines (default) or one JSON object
  --jsonl              every input line is {\"id\": …, \"text\": …}; one result a line
  --config FILE        the organisation's configuration (JSON)
  --no-model           the rules alone, without the learned model that backs
                       them up (to measure what the model adds)
  --rules              list the rules (--format markdown|json for a table)
  --explain RULE       show a rule's documentation
  --version            print the version
  -h, --help           show this help

exit status: 0 no error finding, 1 an error finding, 2 bad usage or input";

#[derive(Default)]
struct Args {
    format: Option<String>,
    jsonl: bool,
    config: Option<String>,
    no_model: bool,
    rules: bool,
    explain: Option<String>,
    file: Option<String>,
}

fn parse_args() -> Result<Option<Args>, String> {
    let mut args = Args::default();
    let mut it = std::env::args().skip(1);
    while let Some(arg) = it.next() {
        let mut value = |name: &str| it.next().ok_or_else(|| format!("{name} needs a value"));
        match arg.as_str() {
            "-h" | "--help" => {
                println!("{USAGE}");
                return Ok(None);
            }
            "--version" => {
                println!("postcheck {}", postcheck::VERSION);
                return Ok(None);
            }
            "--format" => args.format = Some(value("--format")?),
            "--jsonl" => args.jsonl = true,
            "--config" => args.config = Some(value("--config")?),
            "--no-model" => args.no_model = true,
            "--rules" => args.rules = true,
            "--explain" => args.explain = Some(value("--explain")?),
            a if a.starts_with('-') && a != "-" => return Err(format!("unknown option {a}")),
            a if args.file.is_none() => args.file = Some(a.to_owned()),
            a => return Err(format!("unexpected argument {a}")),
        }
    }
    Ok(Some(args))
}

fn main() -> ExitCode {
    match parse_args().and_then(|args| args.map_or(Ok(ExitCode::SUCCESS), run)) {
        Ok(code) => code,
        Err(message) => {
            eprintln!("postcheck: {message}");
            ExitCode::from(2)
        }
    }
}

fn run(args: Args) -> Result<ExitCode, String> {
    if args.rules {
        return list_rules(args.format.as_deref());
    }
    if let Some(id) = &args.explain {
        return explain(id);
    }
    let config = match &args.config {
        Some(path) => {
            let json = std::fs::read_to_string(path).map_err(|e| format!("cannot read {path}: {e}"))?;
            Config::from_json(&json).map_err(|e| format!("{path}: {e}"))?
        }
        None => Config::default(),
    };
    let engine = Engine::new(config).map_err(|e| e.to_string())?;
    let engine = if args.no_model { engine.without_model() } else { engine };
    let input: Box<dyn Read> = match args.file.as_deref() {
        None | Some("-") => Box::new(io::stdin().lock()),
        Some(path) => Box::new(std::fs::File::open(path).map_err(|e| format!("cannot read {path}: {e}"))?),
    };
    if args.jsonl {
        return check_jsonl(&engine, io::BufReader::new(input));
    }
    let text = read_text(input)?;
    let findings = engine.check(&text);
    let has_error = findings.iter().any(|f| f.severity == Severity::Error);
    let mut out = io::stdout().lock();
    match args.format.as_deref() {
        None | Some("text") => {
            for f in &findings {
                let (line, col) = line_col(&text, f.span.start);
                writeln!(out, "{line}:{col} {} {} [{}] {}", f.severity, f.rule, f.clause, f.message).map_err(|e| e.to_string())?;
            }
        }
        Some("json") => {
            let json = serde_json::json!({ "findings": findings_out(&text, &findings) });
            writeln!(out, "{json}").map_err(|e| e.to_string())?;
        }
        Some(other) => return Err(format!("unknown format {other} (text or json)")),
    }
    Ok(if has_error { ExitCode::from(1) } else { ExitCode::SUCCESS })
}

fn read_text(mut input: impl Read) -> Result<String, String> {
    let mut bytes = Vec::new();
    input.read_to_end(&mut bytes).map_err(|e| format!("cannot read input: {e}"))?;
    String::from_utf8(bytes).map_err(|e| {
        let at = e.utf8_error().valid_up_to();
        let bytes = e.as_bytes();
        let line = bytes[..at].iter().filter(|&&b| b == b'\n').count() + 1;
        format!("input is not UTF-8 (line {line}, byte {at})")
    })
}

/// 1-based line and column (in characters) of a byte offset.
fn line_col(text: &str, at: usize) -> (usize, usize) {
    let before = &text[..at];
    let line = before.matches('\n').count() + 1;
    let col = before.rsplit('\n').next().unwrap_or("").chars().count() + 1;
    (line, col)
}

/// Answers every line of a JSONL stream in order; a bad line is reported on
/// stderr with its number and the others are still answered.
fn check_jsonl(engine: &Engine, input: impl BufRead) -> Result<ExitCode, String> {
    let mut out = io::BufWriter::new(io::stdout().lock());
    let mut bad_lines = 0;
    for (i, line) in input.split(b'\n').enumerate() {
        let number = i + 1;
        let line = line.map_err(|e| format!("cannot read input: {e}"))?;
        let answer = std::str::from_utf8(&line)
            .map_err(|_| "not UTF-8".to_owned())
            .and_then(|l| if l.trim().is_empty() { Ok(None) } else { answer_line(engine, l).map(Some) });
        match answer {
            Ok(Some(json)) => writeln!(out, "{json}").map_err(|e| e.to_string())?,
            Ok(None) => {}
            Err(message) => {
                bad_lines += 1;
                eprintln!("postcheck: line {number}: {message}");
            }
        }
    }
    out.flush().map_err(|e| e.to_string())?;
    Ok(if bad_lines > 0 { ExitCode::from(2) } else { ExitCode::SUCCESS })
}

fn answer_line(engine: &Engine, line: &str) -> Result<serde_json::Value, String> {
    let value: serde_json::Value = serde_json::from_str(line).map_err(|e| format!("malformed JSON: {e}"))?;
    let text = value.get("text").and_then(|t| t.as_str()).ok_or("missing string field `text`")?;
    let id = value.get("id").cloned().unwrap_or(serde_json::Value::Null);
    let findings = engine.check(text);
    Ok(serde_json::json!({ "id": id, "findings": findings_out(text, &findings) }))
}

fn list_rules(format: Option<&str>) -> Result<ExitCode, String> {
    match format {
        None | Some("text") => {
            for r in rules::RULES {
                let m = r.meta();
                println!("{:<17} {:<11} {:<8} {} / {}", m.id, m.clause, m.severity, m.title, m.title_en);
            }
        }
        Some("markdown") => print!("{}", rules::markdown_table()),
        Some("json") => println!("{}", serde_json::to_string_pretty(&rule_infos()).map_err(|e| e.to_string())?),
        Some(other) => return Err(format!("unknown format {other} (text, markdown or json)")),
    }
    Ok(ExitCode::SUCCESS)
}

fn explain(id: &str) -> Result<ExitCode, String> {
    let rule = rules::by_id(id).ok_or_else(|| {
        let ids: Vec<&str> = rules::RULES.iter().map(|r| r.meta().id).collect();
        format!("unknown rule {id}; rules are: {}", ids.join(", "))
    })?;
    let m = rule.meta();
    println!("{} — {} / {}\nclause {} · default severity {}\n", m.id, m.title, m.title_en, m.clause, m.severity);
    for w in clauses::wording(m.clause).unwrap_or_default() {
        println!("> {}\n> {}\n", w.ja, w.en);
    }
    println!("{}\n{}", m.docs.trim(), m.docs_en.trim());
    Ok(ExitCode::SUCCESS)
}

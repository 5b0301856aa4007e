//! `postcheck`: the engine on the command line, for batch audits and scoring.
//! The contract (output formats, exit statuses, configuration) is in the
//! README, section *The command line*.

mod audit_cmd;

use std::io::{self, BufRead, Read, Write};
use std::process::ExitCode;

use postcheck::output::{findings_out, rule_infos};
use postcheck::rules::{self, clauses};
use postcheck::{Config, Engine, Severity};

const USAGE: &str = "\
usage: postcheck [OPTIONS] [FILE]
       postcheck audit PATH... [--out DIR] [--config FILE] [--since DATE] [--until DATE]

Checks a social-media post (FILE, or standard input) against the Hokkaido
Board of Education social-media guideline.

options:
  --format text|json   human-readable lines (default) or one JSON object
  --jsonl              every input line is {\"id\": …, \"text\": …}; one result a line
  --config FILE        the organisation's configuration (JSON), or a settings
                       file exported by the extension's options page
  --no-model           the rules alone, without the learned model that backs
                       them up (to measure what the model adds)
  --rules              list the rules (--format markdown|json for a table)
  --explain RULE       show a rule's documentation
  --version            print the version
  -h, --help           show this help

exit status: 0 no error finding, 1 an error finding, 2 bad usage or input;
  --jsonl: 1 when a line has an error finding, 2 when a line was bad input
  (the other lines are still answered)";

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
                written(writeln!(io::stdout(), "{USAGE}"))?;
                return Ok(None);
            }
            "--version" => {
                written(writeln!(io::stdout(), "postcheck {}", postcheck::VERSION))?;
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
    if std::env::args().nth(1).as_deref() == Some("audit") {
        return finish(audit_cmd::run(std::env::args().skip(2), read_config));
    }
    finish(parse_args().and_then(|args| args.map_or(Ok(ExitCode::SUCCESS), run)))
}

fn finish(result: Result<ExitCode, String>) -> ExitCode {
    match result {
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
    let config = read_config(args.config.as_deref())?;
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
            let mut position = Position::default();
            for f in &findings {
                let (line, col) = position.advance_to(&text, f.span.start);
                if !written(writeln!(out, "{line}:{col} {} {} [{}] {}", f.severity, f.rule, f.clause, f.message))? {
                    break;
                }
            }
        }
        Some("json") => {
            let json = serde_json::json!({ "findings": findings_out(&text, &findings) });
            written(writeln!(out, "{json}"))?;
        }
        Some(other) => return Err(format!("unknown format {other} (text or json)")),
    }
    Ok(if has_error { ExitCode::from(1) } else { ExitCode::SUCCESS })
}

/// The configuration in `path` (`--config`), or the default one.
fn read_config(path: Option<&str>) -> Result<Config, String> {
    let Some(path) = path else { return Ok(Config::default()) };
    let json = std::fs::read_to_string(path).map_err(|e| format!("cannot read {path}: {e}"))?;
    Config::from_settings_json(&json).map_err(|e| format!("{path}: {e}"))
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

/// A line and column in a text, moved forward finding by finding (they
/// come by start), so that the text is read once however many there are.
#[derive(Default)]
struct Position {
    at: usize,
    /// Line breaks and characters since the last one, before `at`.
    line_breaks: usize,
    column: usize,
}

impl Position {
    /// 1-based line and column (in characters) of byte offset `to`, at or
    /// after the last one asked for.
    fn advance_to(&mut self, text: &str, to: usize) -> (usize, usize) {
        for c in text[self.at..to].chars() {
            if c == '\n' {
                self.line_breaks += 1;
                self.column = 0;
            } else {
                self.column += 1;
            }
        }
        self.at = to;
        (self.line_breaks + 1, self.column + 1)
    }
}

/// Answers every line of a JSONL stream in order; a bad line is reported on
/// stderr with its number and the others are still answered.
fn check_jsonl(engine: &Engine, input: impl BufRead) -> Result<ExitCode, String> {
    let mut out = io::BufWriter::new(io::stdout().lock());
    let (mut bad_lines, mut error_lines) = (0, 0);
    for (i, line) in input.split(b'\n').enumerate() {
        let number = i + 1;
        let line = line.map_err(|e| format!("cannot read input: {e}"))?;
        let answer = std::str::from_utf8(&line)
            .map_err(|_| "not UTF-8".to_owned())
            .and_then(|l| if l.trim().is_empty() { Ok(None) } else { answer_line(engine, l).map(Some) });
        match answer {
            Ok(Some((json, has_error))) => {
                error_lines += usize::from(has_error);
                if !written(writeln!(out, "{json}"))? {
                    break;
                }
            }
            Ok(None) => {}
            Err(message) => {
                bad_lines += 1;
                eprintln!("postcheck: line {number}: {message}");
            }
        }
    }
    written(out.flush())?;
    Ok(match (bad_lines, error_lines) {
        (0, 0) => ExitCode::SUCCESS,
        (0, _) => ExitCode::from(1),
        _ => ExitCode::from(2),
    })
}

/// The answer to one line, and whether it has an error finding.
fn answer_line(engine: &Engine, line: &str) -> Result<(serde_json::Value, bool), String> {
    let value: serde_json::Value = serde_json::from_str(line).map_err(|e| format!("malformed JSON: {e}"))?;
    let text = value.get("text").and_then(|t| t.as_str()).ok_or("missing string field `text`")?;
    let id = value.get("id").cloned().unwrap_or(serde_json::Value::Null);
    let findings = engine.check(text);
    let has_error = findings.iter().any(|f| f.severity == Severity::Error);
    Ok((serde_json::json!({ "id": id, "findings": findings_out(text, &findings) }), has_error))
}

fn list_rules(format: Option<&str>) -> Result<ExitCode, String> {
    let listing = match format {
        None | Some("text") => rules::RULES
            .iter()
            .map(|r| {
                let m = r.meta();
                format!("{:<17} {:<11} {:<8} {} / {}\n", m.id, m.clause, m.severity, m.title, m.title_en)
            })
            .collect(),
        Some("markdown") => rules::markdown_table(),
        Some("json") => serde_json::to_string_pretty(&rule_infos()).map_err(|e| e.to_string())? + "\n",
        Some(other) => return Err(format!("unknown format {other} (text, markdown or json)")),
    };
    written(io::stdout().write_all(listing.as_bytes()))?;
    Ok(ExitCode::SUCCESS)
}

fn explain(id: &str) -> Result<ExitCode, String> {
    let rule = rules::by_id(id).ok_or_else(|| {
        let ids: Vec<&str> = rules::RULES.iter().map(|r| r.meta().id).collect();
        format!("unknown rule {id}; rules are: {}", ids.join(", "))
    })?;
    let m = rule.meta();
    let mut page = format!("{} — {} / {}\nclause {} · default severity {}\n\n", m.id, m.title, m.title_en, m.clause, m.severity);
    for w in clauses::wording(m.clause).unwrap_or_default() {
        page += &format!("> {}\n> {}\n\n", w.ja, w.en);
    }
    page += &format!("{}\n{}\n", m.docs.trim(), m.docs_en.trim());
    written(io::stdout().write_all(page.as_bytes()))?;
    Ok(ExitCode::SUCCESS)
}

/// Whether a write to standard output went through: `Ok(false)` when the
/// reader has gone (`postcheck --rules | head -1`), so the output ends there
/// quietly instead of as an error.
fn written(result: io::Result<()>) -> Result<bool, String> {
    match result {
        Ok(()) => Ok(true),
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => Ok(false),
        Err(e) => Err(format!("cannot write the output: {e}")),
    }
}

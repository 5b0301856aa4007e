//! The CLI contract (README, *The command line*), run against the built binary.

use std::io::Write;
use std::process::{Child, Command, Output, Stdio};

/// postcheck with `args`, its standard streams piped.
fn spawn(args: &[&str]) -> Child {
    Command::new(env!("CARGO_BIN_EXE_postcheck"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run postcheck")
}

fn postcheck(args: &[&str], stdin: &[u8]) -> Output {
    let mut child = spawn(args);
    // The process may exit before reading (a bad config): a broken pipe is fine.
    let _ = child.stdin.take().unwrap().write_all(stdin);
    child.wait_with_output().unwrap()
}

fn stdout(o: &Output) -> String {
    String::from_utf8(o.stdout.clone()).unwrap()
}

fn stderr(o: &Output) -> String {
    String::from_utf8(o.stderr.clone()).unwrap()
}

/// A configuration whose extra term gives a known finding whatever the
/// built-in word lists say.
fn config_file() -> tempfile_path::TempPath {
    tempfile_path::write(r#"{"terms": {"insult": {"deny": ["ポンコツ"]}}}"#)
}

mod tempfile_path {
    pub struct TempPath(pub std::path::PathBuf);
    impl Drop for TempPath {
        fn drop(&mut self) {
            let _ = std::fs::remove_file(&self.0);
        }
    }
    pub fn write(content: &str) -> TempPath {
        use std::sync::atomic::{AtomicUsize, Ordering};
        static N: AtomicUsize = AtomicUsize::new(0);
        let path = std::env::temp_dir().join(format!("postcheck-cli-{}-{}.json", std::process::id(), N.fetch_add(1, Ordering::SeqCst)));
        std::fs::write(&path, content).unwrap();
        TempPath(path)
    }
}

#[test]
fn text_output_names_line_column_severity_rule_and_clause() {
    let config = config_file();
    let o = postcheck(&["--config", config.0.to_str().unwrap()], "お知らせ\n😀あのﾎﾟﾝｺﾂ".as_bytes());
    assert_eq!(o.status.code(), Some(1), "an error finding exits 1");
    let out = stdout(&o);
    assert!(out.starts_with("2:4 error insult [4(7)] "), "{out}");
}

#[test]
fn json_output_has_utf16_spans_and_the_covered_text() {
    let config = config_file();
    let o = postcheck(&["--format", "json", "--config", config.0.to_str().unwrap()], "😀ポンコツ".as_bytes());
    let json: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    let f = &json["findings"][0];
    assert_eq!((f["rule"].as_str(), f["start"].as_u64(), f["end"].as_u64()), (Some("insult"), Some(2), Some(6)));
    assert_eq!(f["text"], "ポンコツ");
    assert_eq!(f["clause"], "4(7)");
    assert!(f["message"].as_str().unwrap().len() > 0 && f["message_en"].as_str().unwrap().len() > 0);
    assert!(f.get("suggestion").is_some());
}

#[test]
fn a_clean_text_exits_zero_with_no_output() {
    let o = postcheck(&[], "明日は通常どおり授業を行います。".as_bytes());
    assert_eq!(o.status.code(), Some(0));
    assert_eq!(stdout(&o), "");
}

#[test]
fn jsonl_answers_every_good_line_in_order_and_names_bad_ones() {
    let config = config_file();
    let input = "{\"id\": \"a\", \"text\": \"ポンコツ\"}\nnot json\n{\"id\": 7}\n{\"text\": \"ok\"}\n";
    let o = postcheck(&["--jsonl", "--config", config.0.to_str().unwrap()], input.as_bytes());
    assert_eq!(o.status.code(), Some(2));
    let lines: Vec<serde_json::Value> = stdout(&o).lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert_eq!(lines.len(), 2);
    assert_eq!(lines[0]["id"], "a");
    assert_eq!(lines[0]["findings"][0]["rule"], "insult");
    assert_eq!(lines[1]["id"], serde_json::Value::Null);
    let err = stderr(&o);
    assert!(err.contains("line 2: malformed JSON"), "{err}");
    assert!(err.contains("line 3: missing string field `text`"), "{err}");
}

#[test]
fn input_that_is_not_utf8_is_a_clear_error() {
    let o = postcheck(&[], b"ok\n\xff\xfe");
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("not UTF-8 (line 2"), "{}", stderr(&o));
    let o = postcheck(&["--jsonl"], b"{\"text\": \"a\"}\n\xff\n");
    assert_eq!(o.status.code(), Some(2));
    assert_eq!(stdout(&o).lines().count(), 1);
    assert!(stderr(&o).contains("line 2: not UTF-8"));
}

#[test]
fn a_bad_config_names_the_field() {
    let config = tempfile_path::write(r#"{"severities": {"rumour": "error"}}"#);
    let o = postcheck(&["--config", config.0.to_str().unwrap()], b"x");
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("severities.rumour"), "{}", stderr(&o));
    // The CLI speaks English; the Japanese message is the options page's.
    assert!(stderr(&o).contains("invalid configuration at `severities.rumour`: unknown rule id `rumour`"), "{}", stderr(&o));
    assert!(!stderr(&o).contains("ルール"), "{}", stderr(&o));
}

#[test]
fn rules_and_explain_describe_the_rules() {
    let o = postcheck(&["--rules", "--format", "json"], b"");
    let rules: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    assert_eq!(rules.as_array().unwrap().len(), 15);
    let o = postcheck(&["--explain", "url-shortener"], b"");
    assert!(stdout(&o).contains("4(6)") && stdout(&o).contains("### What it does"));
    let o = postcheck(&["--explain", "nope"], b"");
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("unknown rule nope"));
}

#[test]
fn jsonl_exits_1_on_an_error_finding_and_2_on_bad_input() {
    let config = config_file();
    let config = config.0.to_str().unwrap();
    let o = postcheck(&["--jsonl", "--config", config], "{\"text\": \"ok\"}\n{\"text\": \"ポンコツ\"}\n".as_bytes());
    assert_eq!(o.status.code(), Some(1), "an error finding on any line exits 1");
    let o = postcheck(&["--jsonl", "--config", config], "{\"text\": \"ok\"}\n".as_bytes());
    assert_eq!(o.status.code(), Some(0));
    let o = postcheck(&["--jsonl", "--config", config], "{\"text\": \"ポンコツ\"}\nnot json\n".as_bytes());
    assert_eq!(o.status.code(), Some(2), "bad input outranks findings");
    assert!(stdout(&postcheck(&["--help"], b"")).contains("--jsonl: 1 when a line has an error finding"));
}

/// Runs postcheck with its standard output read for one line only, as
/// `postcheck … | head -1` does, then closed.
fn postcheck_into_closed_pipe(args: &[&str], stdin: &[u8]) -> Output {
    use std::io::{BufRead, BufReader};
    let mut child = spawn(args);
    let mut input = child.stdin.take().unwrap();
    let stdin = stdin.to_vec();
    let feeder = std::thread::spawn(move || {
        let _ = input.write_all(&stdin);
    });
    let mut first = String::new();
    BufReader::new(child.stdout.take().unwrap()).read_line(&mut first).unwrap();
    // The reader is dropped here: the pipe is closed with output still to come.
    let output = child.wait_with_output().unwrap();
    feeder.join().unwrap();
    output
}

#[test]
fn a_closed_pipe_ends_the_output_quietly() {
    let many_lines = "{\"text\": \"ok\"}\n".repeat(50_000);
    let insults = "あのバカ\n".repeat(50_000);
    for (args, stdin) in [
        (&["--rules"][..], &b""[..]),
        (&["--explain", "credential"][..], b""),
        (&["--help"][..], b""),
        (&["--jsonl"][..], many_lines.as_bytes()),
        (&[][..], insults.as_bytes()),
    ] {
        let o = postcheck_into_closed_pipe(args, stdin);
        assert_ne!(o.status.code(), Some(101), "{args:?} panicked: {}", stderr(&o));
        assert!(o.status.code().is_some_and(|c| c < 2), "{args:?}: {:?} {}", o.status, stderr(&o));
        assert_eq!(stderr(&o), "", "{args:?}");
    }
}

#[test]
fn an_exported_settings_file_is_a_configuration() {
    // What the options page exports: the engine's keys and the extension's own.
    let export = tempfile_path::write(
        r#"{"official_domains": [], "official_homepage": "", "terms": {"insult": {"deny": ["ポンコツ"], "allow": []}},
            "severities": {}, "disabled_rules": [], "ui_language": "ja", "disabled_sites": [], "generic_sites": [],
            "confirm_on": "error", "approval_checklist_enabled": false, "approval_checklist_items": [],
            "official_accounts": [], "organisation_names": []}"#,
    );
    let o = postcheck(&["--config", export.0.to_str().unwrap()], "ポンコツ".as_bytes());
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    assert!(stdout(&o).contains("insult"));
    let unknown = tempfile_path::write(r#"{"confirm_on": "error", "colour": "red"}"#);
    let o = postcheck(&["--config", unknown.0.to_str().unwrap()], b"x");
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("colour"), "{}", stderr(&o));
}

#[test]
fn unknown_options_are_usage_errors() {
    let o = postcheck(&["--frobnicate"], b"");
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("unknown option --frobnicate"));
}

#[test]
fn no_model_leaves_the_rules_alone() {
    // The learned model raises this sentence; no word list holds it.
    let post = "今度の選挙は〇〇党の△△先生をよろしくお願いします。".as_bytes();
    assert!(stdout(&postcheck(&[], post)).contains("warning political [4(2)]"));
    let o = postcheck(&["--no-model"], post);
    assert_eq!((o.status.code(), stdout(&o)), (Some(0), String::new()));
    assert!(stdout(&postcheck(&["--help"], b"")).contains("--no-model"));
}

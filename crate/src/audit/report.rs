//! What an audit writes: `findings.jsonl` (a line per post), `summary.csv`
//! (a row per finding, for a spreadsheet) and `report.html`, one file that
//! opens from disk with no network. The report's page is drawn by
//! `extension/report/report.js` and `report.css`, the very files the
//! extension's options page uses for the same report: here they are
//! inlined with the data.

use std::collections::BTreeMap;

use serde::Serialize;

use super::{Audited, Kind};
use crate::output::rule_infos;
use crate::Severity;

const REPORT_JS: &str = include_str!("../../../extension/report/report.js");
const REPORT_CSS: &str = include_str!("../../../extension/report/report.css");

/// One export read.
#[derive(Clone, Debug, Serialize)]
pub struct Input {
    /// What the user gave (a path, a file name).
    pub name: String,
    /// Its sources and accounts, as `x @handle`.
    pub accounts: Vec<String>,
    pub posts: usize,
}

impl Input {
    pub fn new(name: &str, audited: &[Audited]) -> Input {
        let mut accounts: Vec<String> = audited.iter().map(|a| format!("{} {}", a.post.source, a.post.account).trim().to_owned()).collect();
        accounts.sort();
        accounts.dedup();
        Input { name: name.to_owned(), accounts, posts: audited.len() }
    }
}

/// A rule as the report names it.
#[derive(Clone, Debug, Serialize)]
struct RuleLabel {
    id: &'static str,
    clause: &'static str,
    title: &'static str,
    title_en: &'static str,
}

/// Everything the report page shows: totals, posts per month, and the
/// posts with findings (errors first, then the newest).
#[derive(Clone, Debug, Serialize)]
pub struct ReportData<'a> {
    pub version: &'static str,
    /// When the audit ran (ISO 8601), as the caller's clock says.
    pub generated_at: String,
    pub inputs: Vec<Input>,
    /// Posts and replies checked (shares are counted apart, unjudged).
    pub checked: usize,
    pub shares: usize,
    /// Posts checked per month (`2024-05`), for the chart's scale.
    pub months: BTreeMap<String, usize>,
    rules: Vec<RuleLabel>,
    pub posts: Vec<&'a Audited>,
}

impl<'a> ReportData<'a> {
    pub fn new(generated_at: String, inputs: Vec<Input>, audited: &'a [Audited]) -> ReportData<'a> {
        let mut months = BTreeMap::new();
        let (mut checked, mut shares) = (0, 0);
        for a in audited {
            if a.post.kind == Kind::Share {
                shares += 1;
                continue;
            }
            checked += 1;
            if let Some(month) = a.post.created_at.get(..7) {
                *months.entry(month.to_owned()).or_insert(0) += 1;
            }
        }
        let mut posts: Vec<&Audited> = audited.iter().filter(|a| !a.findings.is_empty()).collect();
        let worst = |a: &Audited| a.findings.iter().map(|f| f.severity).max().unwrap_or(Severity::Info);
        posts.sort_by(|a, b| worst(b).cmp(&worst(a)).then_with(|| b.post.created_at.cmp(&a.post.created_at)));
        let rules = rule_infos().into_iter().map(|r| RuleLabel { id: r.id, clause: r.clause, title: r.title, title_en: r.title_en }).collect();
        ReportData { version: crate::VERSION, generated_at, inputs, checked, shares, months, rules, posts }
    }

    /// The data as JSON that is safe inside a `<script>` element.
    fn script_json(&self) -> String {
        serde_json::to_string(self).expect("report data serialises").replace('<', "\\u003c")
    }
}

/// `report.html`: one self-contained page (inline style, script and data).
pub fn report_html(data: &ReportData) -> String {
    format!(
        "<!doctype html>\n<html lang=\"ja\">\n<head>\n<meta charset=\"utf-8\">\n\
<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:\">\n\
<title>postcheck 点検レポート</title>\n<style>\n{REPORT_CSS}</style>\n</head>\n<body>\n\
<div id=\"postcheck-report\"></div>\n\
<script type=\"application/json\" id=\"postcheck-data\">{}</script>\n\
<script type=\"module\">\n{REPORT_JS}\n\
renderReport(document.getElementById('postcheck-report'), JSON.parse(document.getElementById('postcheck-data').textContent));\n\
</script>\n</body>\n</html>\n",
        data.script_json()
    )
}

/// A line of `findings.jsonl` per post, in the exports' order.
pub fn findings_jsonl(audited: &[Audited]) -> String {
    let mut out = String::new();
    for a in audited {
        out.push_str(&serde_json::to_string(a).expect("a post serialises"));
        out.push('\n');
    }
    out
}

/// `summary.csv`: a row per finding (UTF-8 with a BOM, so that a
/// spreadsheet opens the Japanese right), newest posts first as in the report.
pub fn summary_csv(data: &ReportData) -> String {
    let mut out = String::from("\u{feff}created_at,source,account,kind,url,post_id,severity,rule,clause,flagged,message,suggestion,text\r\n");
    let mut posts = data.posts.clone();
    posts.sort_by(|a, b| b.post.created_at.cmp(&a.post.created_at));
    for a in posts {
        let p = &a.post;
        for f in &a.findings {
            let cells = [
                p.created_at.as_str(),
                p.source,
                &p.account,
                p.kind.as_str(),
                p.url.as_deref().unwrap_or(""),
                &p.id,
                f.severity.as_str(),
                f.rule,
                f.clause,
                &f.text,
                &f.message,
                f.suggestion.as_deref().unwrap_or(""),
                &p.text,
            ];
            let row: Vec<String> = cells.iter().map(|c| csv_cell(c)).collect();
            out.push_str(&row.join(","));
            out.push_str("\r\n");
        }
    }
    out
}

/// A CSV cell, quoted when needed; a leading `=`, `+`, `-` or `@` is
/// prefixed with `'` so that a spreadsheet never runs a post as a formula.
fn csv_cell(value: &str) -> String {
    let value = if value.starts_with(['=', '+', '-', '@']) { format!("'{value}") } else { value.to_owned() };
    if value.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", value.replace('"', "\"\""))
    } else {
        value
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn csv_cells_are_quoted_and_never_formulas() {
        assert_eq!(csv_cell("a,b"), "\"a,b\"");
        assert_eq!(csv_cell("say \"hi\""), "\"say \"\"hi\"\"\"");
        assert_eq!(csv_cell("=HYPERLINK(\"x\")"), "\"'=HYPERLINK(\"\"x\"\")\"");
        assert_eq!(csv_cell("@alice"), "'@alice");
        assert_eq!(csv_cell("ふつう"), "ふつう");
    }
}

//! Posts from a table: a CSV file with a header row, or JSON Lines, each
//! post with a `text` (or `本文`) field and optionally `id`, `created_at`,
//! `url`, `account` and `kind` (`post`, `reply`, `share`). A CSV from
//! Google Takeout's YouTube comments is recognised by its header and read
//! by [`super::youtube`].

use serde_json::Value;

use super::{utf8, youtube, File, Kind, Post, ReadError};

/// A JSON Lines file, or a CSV whose header names a text column or is
/// YouTube's comments (an export may hold other tables: Takeout's
/// subscriptions and playlists are not posts).
pub fn claims(file: &File) -> bool {
    let lower = file.path.to_ascii_lowercase();
    if lower.ends_with(".jsonl") {
        return true;
    }
    if !lower.ends_with(".csv") {
        return false;
    }
    let text = String::from_utf8_lossy(&file.bytes[..file.bytes.len().min(4096)]);
    let header_line = text.trim_start_matches('\u{feff}').lines().next().unwrap_or("");
    let header: Vec<String> = parse_csv(header_line).ok().and_then(|rows| rows.into_iter().next()).unwrap_or_default();
    youtube::is_comments_header(&header) || header.iter().any(|h| TEXT.iter().any(|n| h.trim().eq_ignore_ascii_case(n)))
}

/// The names a column may have, by field.
const TEXT: &[&str] = &["text", "本文"];
const ID: &[&str] = &["id"];
const CREATED_AT: &[&str] = &["created_at", "date", "日時"];
const URL: &[&str] = &["url"];
const ACCOUNT: &[&str] = &["account"];
const KIND: &[&str] = &["kind"];

pub fn read(claimed: &[&File], _all: &[File]) -> Result<Vec<Post>, ReadError> {
    let mut posts = Vec::new();
    for file in claimed {
        let text = utf8(file)?.trim_start_matches('\u{feff}');
        if file.path.to_ascii_lowercase().ends_with(".jsonl") {
            read_jsonl(file, text, &mut posts)?;
        } else {
            read_csv(file, text, &mut posts)?;
        }
    }
    Ok(posts)
}

fn kind_of(file: &File, row: usize, kind: &str) -> Result<Kind, ReadError> {
    match kind {
        "" | "post" => Ok(Kind::Post),
        "reply" => Ok(Kind::Reply),
        "share" => Ok(Kind::Share),
        other => Err(ReadError::new(&file.path, format!("line {row}: unknown kind {other:?} (post, reply or share)"))),
    }
}

fn read_jsonl(file: &File, text: &str, posts: &mut Vec<Post>) -> Result<(), ReadError> {
    for (i, line) in text.lines().enumerate().filter(|(_, l)| !l.trim().is_empty()) {
        let number = i + 1;
        let value: Value = serde_json::from_str(line).map_err(|e| ReadError::new(&file.path, format!("line {number}: malformed JSON: {e}")))?;
        let field = |names: &[&str]| -> String {
            names.iter().find_map(|n| match &value[*n] {
                Value::String(s) => Some(s.clone()),
                Value::Number(n) => Some(n.to_string()),
                _ => None,
            }).unwrap_or_default()
        };
        let Some(body) = TEXT.iter().find_map(|n| value[*n].as_str()) else {
            return Err(ReadError::new(&file.path, format!("line {number}: missing string field `text`")));
        };
        posts.push(Post {
            source: "jsonl",
            account: field(ACCOUNT),
            id: Some(field(ID)).filter(|id| !id.is_empty()).unwrap_or_else(|| number.to_string()),
            created_at: field(CREATED_AT),
            url: Some(field(URL)).filter(|u| !u.is_empty()),
            text: body.to_owned(),
            kind: kind_of(file, number, &field(KIND))?,
        });
    }
    Ok(())
}

fn read_csv(file: &File, text: &str, posts: &mut Vec<Post>) -> Result<(), ReadError> {
    let mut rows = parse_csv(text).map_err(|line| ReadError::new(&file.path, format!("line {line}: unterminated quoted field")))?.into_iter();
    let Some(header) = rows.next() else {
        return Err(ReadError::new(&file.path, "empty CSV: no header row"));
    };
    if youtube::is_comments_header(&header) {
        return youtube::read_rows(file, &header, rows, posts);
    }
    let column = |names: &[&str]| header.iter().position(|h| names.iter().any(|n| h.trim().eq_ignore_ascii_case(n)));
    let Some(text_at) = column(TEXT) else {
        return Err(ReadError::new(&file.path, format!("no `text` column (the header is {})", header.join(","))));
    };
    let (id, created_at, url, account, kind) = (column(ID), column(CREATED_AT), column(URL), column(ACCOUNT), column(KIND));
    for (i, row) in rows.enumerate() {
        let number = i + 2;
        let cell = |at: Option<usize>| at.and_then(|a| row.get(a)).cloned().unwrap_or_default();
        posts.push(Post {
            source: "csv",
            account: cell(account),
            id: Some(cell(id)).filter(|v| !v.is_empty()).unwrap_or_else(|| number.to_string()),
            created_at: cell(created_at),
            url: Some(cell(url)).filter(|u| !u.is_empty()),
            text: cell(Some(text_at)),
            kind: kind_of(file, number, &cell(kind))?,
        });
    }
    Ok(())
}

/// RFC 4180 records (quoted fields may hold commas, quotes and line
/// breaks); blank lines are skipped. An unterminated quote is an error
/// with the line it started on.
pub(super) fn parse_csv(text: &str) -> Result<Vec<Vec<String>>, usize> {
    let mut rows = Vec::new();
    let (mut row, mut field) = (Vec::new(), String::new());
    let mut chars = text.chars().peekable();
    let (mut line, mut quote_line) = (1, 0);
    let mut in_quotes = false;
    while let Some(c) = chars.next() {
        match (in_quotes, c) {
            (true, '"') if chars.peek() == Some(&'"') => {
                chars.next();
                field.push('"');
            }
            (true, '"') => in_quotes = false,
            (false, '"') if field.is_empty() => {
                in_quotes = true;
                quote_line = line;
            }
            (false, ',') => row.push(std::mem::take(&mut field)),
            (false, '\r') if chars.peek() == Some(&'\n') => {}
            (false, '\n') => {
                line += 1;
                row.push(std::mem::take(&mut field));
                if !(row.len() == 1 && row[0].is_empty()) {
                    rows.push(std::mem::take(&mut row));
                }
                row.clear();
            }
            (_, c) => {
                if c == '\n' {
                    line += 1;
                }
                field.push(c);
            }
        }
    }
    if in_quotes {
        return Err(quote_line);
    }
    if !field.is_empty() || !row.is_empty() {
        row.push(field);
        rows.push(row);
    }
    Ok(rows)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn csv_fields_hold_commas_quotes_and_line_breaks() {
        let rows = parse_csv("id,text\r\n1,\"a, \"\"b\"\"\nc\"\n\n2,あ").unwrap();
        assert_eq!(rows, [vec!["id", "text"], vec!["1", "a, \"b\"\nc"], vec!["2", "あ"]]);
        assert_eq!(parse_csv("id,text\n1,\"open"), Err(2));
    }

    #[test]
    fn a_table_without_text_is_an_error_naming_the_file() {
        let file = File { path: "posts.csv".into(), bytes: b"id,body\n1,x\n".to_vec() };
        let err = read(&[&file], &[]).unwrap_err();
        assert_eq!(err.file, "posts.csv");
        assert!(err.message.contains("no `text` column"), "{}", err.message);
        let file = File { path: "posts.jsonl".into(), bytes: b"{\"text\": \"ok\"}\n{\"id\": 2}\n".to_vec() };
        assert_eq!(read(&[&file], &[]).unwrap_err().message, "line 2: missing string field `text`");
    }

    #[test]
    fn tables_of_posts_are_claimed_and_other_tables_not() {
        let file = |path: &str, bytes: &str| File { path: path.into(), bytes: bytes.as_bytes().to_vec() };
        assert!(claims(&file("a/posts.CSV", "\u{feff}id,Text\n1,x\n")));
        assert!(claims(&file("コメント.csv", "Comment ID,Channel ID,Comment Text\n")));
        assert!(claims(&file("posts.jsonl", "")));
        assert!(!claims(&file("subscriptions.csv", "Channel Id,Channel Url,Channel Title\n")));
        assert!(!claims(&file("posts.json", "[]")));
    }
}

//! YouTube comments from Google Takeout (YouTube and YouTube Music →
//! comments → `comments.csv`; folder and file names are translated in a
//! Japanese Takeout, so the file is known by its header): columns
//! `Comment ID`, `Channel ID`, `Comment Create Timestamp`, `Parent Comment
//! ID`, `Video ID`, `Comment Text`. The text is a list of JSON segments
//! (`{"text":"…"},{"text":"@…"}`) in current exports and plain text in
//! older ones. A comment with a parent is a reply.

use serde_json::Value;

use super::{File, Kind, Post, ReadError};

fn column(header: &[String], name: &str) -> Option<usize> {
    header.iter().position(|h| h.trim().eq_ignore_ascii_case(name))
}

pub fn is_comments_header(header: &[String]) -> bool {
    column(header, "Comment ID").is_some() && column(header, "Comment Text").is_some()
}

pub fn read_rows(file: &File, header: &[String], rows: impl Iterator<Item = Vec<String>>, posts: &mut Vec<Post>) -> Result<(), ReadError> {
    let at = |name: &str| column(header, name);
    let (id, channel, created, parent, video, text) =
        (at("Comment ID"), at("Channel ID"), at("Comment Create Timestamp"), at("Parent Comment ID"), at("Video ID"), at("Comment Text"));
    for (i, row) in rows.enumerate() {
        let cell = |at: Option<usize>| at.and_then(|a| row.get(a)).map(String::as_str).unwrap_or("");
        let (comment_id, video_id) = (cell(id), cell(video));
        let body = segments_text(cell(text)).map_err(|e| ReadError::new(&file.path, format!("line {}: the comment text is not YouTube's JSON segments: {e}", i + 2)))?;
        posts.push(Post {
            source: "youtube",
            account: cell(channel).to_owned(),
            id: comment_id.to_owned(),
            created_at: cell(created).to_owned(),
            url: (!video_id.is_empty()).then(|| format!("https://www.youtube.com/watch?v={video_id}&lc={comment_id}")),
            text: body,
            kind: if cell(parent).is_empty() { Kind::Post } else { Kind::Reply },
        });
    }
    Ok(())
}

/// The text of `{"text":"a"},{"text":"b"}` (segments joined), or the cell itself when it is plain text.
fn segments_text(cell: &str) -> Result<String, serde_json::Error> {
    if !cell.trim_start().starts_with("{\"") {
        return Ok(cell.to_owned());
    }
    let segments: Vec<Value> = serde_json::from_str(&format!("[{cell}]"))?;
    Ok(segments.iter().filter_map(|s| s["text"].as_str()).collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn json_segments_are_joined_and_plain_text_kept() {
        assert_eq!(segments_text(r#"{"text":"@先生 "},{"text":"ありがとう\n"}"#).unwrap(), "@先生 ありがとう\n");
        assert_eq!(segments_text("plain, text").unwrap(), "plain, text");
        assert!(segments_text(r#"{"text": broken"#).is_err());
    }
}

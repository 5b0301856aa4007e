//! Facebook "Download your information" (JSON): the account's posts in
//! `your_facebook_activity/posts/your_posts_1.json`… (`posts/` in older
//! exports; `your_posts__check_ins__photos_and_videos_1.json` in newer
//! ones), each `{"timestamp", "data": [{"post": …}]}`, and its comments in
//! `comments_and_reactions/comments.json` (`comments_v2`), which are replies.
//! The name is in `profile_information.json`. Strings are Meta's mojibake
//! (see [`fix_mojibake`]). The export gives no post ids or addresses: a
//! post's id is its file and place in it, and it has no url. Posts without
//! text (a photo alone) are not listed.

use serde_json::Value;

use super::decode::fix_mojibake;
use super::time::iso_from_unix;
use super::{companion, file_name, parse_json, File, Kind, Post, ReadError};

pub fn claims(path: &str) -> bool {
    let name = file_name(path);
    let numbered = |stem: &str| name.strip_prefix(stem).and_then(|r| r.strip_suffix(".json")).is_some_and(|n| n.bytes().all(|b| b.is_ascii_digit()));
    numbered("your_posts_") || numbered("your_posts__check_ins__photos_and_videos_") || path.ends_with("comments_and_reactions/comments.json")
}

/// A string of a Meta export (Facebook, Instagram, Threads) with its
/// mojibake decoded; `None` when it is missing or empty.
pub(super) fn meta_string(value: &Value) -> Option<String> {
    value.as_str().map(fix_mojibake).filter(|s| !s.is_empty())
}

pub fn read(claimed: &[&File], all: &[File]) -> Result<Vec<Post>, ReadError> {
    let account = match companion(all, "profile_information.json") {
        Some(file) => {
            let profile: Value = parse_json(file, &file.bytes)?;
            meta_string(&profile["profile_v2"]["name"]["full_name"]).unwrap_or_default()
        }
        None => String::new(),
    };
    let mut posts = Vec::new();
    for file in claimed {
        let json: Value = parse_json(file, &file.bytes)?;
        let (items, kind, field) = match &json {
            Value::Array(items) => (items, Kind::Post, "post"),
            Value::Object(map) => match map.get("comments_v2").and_then(Value::as_array) {
                Some(items) => (items, Kind::Reply, "comment"),
                None => return Err(ReadError::new(&file.path, "not the expected structure: no list of posts nor `comments_v2`")),
            },
            _ => return Err(ReadError::new(&file.path, "not the expected structure: no list of posts")),
        };
        for (i, item) in items.iter().enumerate() {
            let Some(data) = item.get("data").and_then(Value::as_array) else {
                return Err(ReadError::new(&file.path, format!("not the expected structure at [{i}]: no `data` list")));
            };
            let text = data.iter().find_map(|d| meta_string(&d[field]).or_else(|| meta_string(&d[field][field])));
            let Some(text) = text else { continue };
            let timestamp = item["timestamp"].as_i64().or_else(|| data.iter().find_map(|d| d[field]["timestamp"].as_i64()));
            posts.push(Post {
                source: "facebook",
                account: account.clone(),
                id: format!("{}#{}", file_name(&file.path), i + 1),
                created_at: timestamp.map(iso_from_unix).unwrap_or_default(),
                url: None,
                text,
                kind,
            });
        }
    }
    Ok(posts)
}

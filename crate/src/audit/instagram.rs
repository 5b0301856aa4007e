//! Instagram and Threads exports (JSON, from Meta's Accounts Center):
//! captions of posts in `your_instagram_activity/content/posts_1.json`…
//! and reels in `reels.json` (`ig_reels_media`); Threads posts and replies
//! in `your_instagram_activity/threads/threads_and_replies.json`
//! (`text_post_app_text_posts`). An item is `{"media": [{"title",
//! "creation_timestamp", "uri"}], "title"?}`: a post with several photos
//! keeps its caption in the item's own `title`. The username is in
//! `personal_information.json`. Strings are Meta's mojibake, as on
//! Facebook. Threads' export does not tell replies apart; nothing gives
//! an address or an id, so a post's id is its file and place in it.

use serde_json::Value;

use super::facebook::meta_string;
use super::time::iso_from_unix;
use super::{companion, file_name, parse_json, File, Kind, Post, ReadError};

pub fn claims(path: &str) -> bool {
    let name = file_name(path);
    let posts = name.strip_prefix("posts_").and_then(|r| r.strip_suffix(".json")).is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()));
    (posts && !path.contains("your_facebook_activity")) || name == "reels.json" || name == "threads_and_replies.json"
}

pub fn read(claimed: &[&File], all: &[File]) -> Result<Vec<Post>, ReadError> {
    let account = match companion(all, "personal_information.json") {
        Some(file) => {
            let info: Value = parse_json(file, &file.bytes)?;
            meta_string(&info["profile_user"][0]["string_map_data"]["Username"]["value"]).unwrap_or_default()
        }
        None => String::new(),
    };
    let mut posts = Vec::new();
    for file in claimed {
        let source = if file_name(&file.path) == "threads_and_replies.json" { "threads" } else { "instagram" };
        let json: Value = parse_json(file, &file.bytes)?;
        let items = match &json {
            Value::Array(items) => items,
            // `{"ig_reels_media": [...]}`, `{"text_post_app_text_posts": [...]}`
            Value::Object(map) if map.len() == 1 => map.values().next().and_then(Value::as_array).ok_or_else(|| ReadError::new(&file.path, "not the expected structure: no list of posts"))?,
            _ => return Err(ReadError::new(&file.path, "not the expected structure: no list of posts")),
        };
        for (i, item) in items.iter().enumerate() {
            let Some(media) = item.get("media").and_then(Value::as_array) else {
                return Err(ReadError::new(&file.path, format!("not the expected structure at [{i}]: no `media` list")));
            };
            let first = media.first().unwrap_or(&Value::Null);
            let Some(text) = meta_string(&item["title"]).or_else(|| meta_string(&first["title"])) else { continue };
            let timestamp = item["creation_timestamp"].as_i64().or_else(|| first["creation_timestamp"].as_i64());
            posts.push(Post {
                source,
                account: account.clone(),
                id: format!("{}#{}", file_name(&file.path), i + 1),
                created_at: timestamp.map(iso_from_unix).unwrap_or_default(),
                url: None,
                text,
                kind: Kind::Post,
            });
        }
    }
    Ok(posts)
}

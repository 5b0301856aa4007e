//! Mastodon archive (settings → Import and export → Request your archive;
//! a tar.gz): `outbox.json`, an ActivityPub `OrderedCollection` whose
//! `orderedItems` are `Create` activities with a `Note` (`content` is HTML,
//! `summary` the content warning, `inReplyTo` set on replies) and
//! `Announce` activities (boosts: shares, whose `object` is the boosted
//! post's address). The handle is `preferredUsername` in `actor.json`.

use serde::Deserialize;
use serde_json::Value;

use super::decode::html_to_text;
use super::{companion, file_name, parse_json, File, Kind, Post, ReadError};

pub fn claims(path: &str) -> bool {
    file_name(path) == "outbox.json"
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct Outbox {
    ordered_items: Vec<Activity>,
}

#[derive(Deserialize)]
struct Activity {
    #[serde(rename = "type")]
    kind: String,
    #[serde(default)]
    id: String,
    #[serde(default)]
    published: String,
    object: Value,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct Note {
    id: String,
    #[serde(default)]
    url: Option<String>,
    #[serde(default)]
    published: Option<String>,
    #[serde(default)]
    summary: Option<String>,
    #[serde(default)]
    content: String,
    #[serde(default)]
    in_reply_to: Option<String>,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct Actor {
    preferred_username: String,
    #[serde(default)]
    id: String,
}

pub fn read(claimed: &[&File], all: &[File]) -> Result<Vec<Post>, ReadError> {
    let account = match companion(all, "actor.json") {
        Some(file) => {
            let actor: Actor = parse_json(file, &file.bytes)?;
            let host = actor.id.split('/').nth(2).unwrap_or("");
            if host.is_empty() { format!("@{}", actor.preferred_username) } else { format!("@{}@{host}", actor.preferred_username) }
        }
        None => String::new(),
    };
    let mut posts = Vec::new();
    for file in claimed {
        let outbox: Outbox = parse_json(file, &file.bytes)?;
        for (i, activity) in outbox.ordered_items.into_iter().enumerate() {
            let post = match activity.kind.as_str() {
                "Create" => {
                    let note: Note = serde_json::from_value(activity.object).map_err(|e| ReadError::new(&file.path, format!("not the expected structure at orderedItems[{i}].object: {e}")))?;
                    let content = html_to_text(&note.content);
                    let text = match note.summary.as_deref().map(html_to_text).filter(|s| !s.is_empty()) {
                        Some(warning) => format!("{warning}\n\n{content}"),
                        None => content,
                    };
                    Post {
                        source: "mastodon",
                        account: account.clone(),
                        created_at: note.published.unwrap_or(activity.published),
                        url: Some(note.url.unwrap_or_else(|| note.id.clone())),
                        id: note.id,
                        text,
                        kind: if note.in_reply_to.is_some() { Kind::Reply } else { Kind::Post },
                    }
                }
                "Announce" => Post {
                    source: "mastodon",
                    account: account.clone(),
                    id: activity.id,
                    created_at: activity.published,
                    url: activity.object.as_str().map(str::to_owned),
                    text: String::new(),
                    kind: Kind::Share,
                },
                _ => continue,
            };
            posts.push(post);
        }
    }
    Ok(posts)
}

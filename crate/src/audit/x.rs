//! X (Twitter) archive: `data/tweets.js` (and `tweets-part1.js`…; `tweet.js`
//! in older archives), JavaScript of the form
//! `window.YTD.tweets.part0 = [{"tweet": {…}}, …]`; the handle is in
//! `data/account.js`.
//!
//! `full_text` is HTML-escaped and every link in it is X's `t.co` wrapper:
//! the author wrote `entities.urls[].expanded_url`, which takes its place
//! (t.co is X's choice, not the author's). The `t.co` link X appends for an
//! attached photo or video (`entities.media`) was not written at all and is
//! dropped. A retweet (`RT @…:`) is a share.
//!
//! A long post (X Premium's "note tweet") is cut in `tweets.js` to its first
//! 280 characters; its whole text is in `data/note-tweet.js`
//! (`window.YTD.note_tweet.part0 = [{"noteTweet": {"createdAt", "core":
//! {"text", "urls"}}}]`), which names no tweet id. A note belongs to the tweet
//! created within a second of it whose cut text its own text begins with;
//! judging the cut text alone would miss whatever the post says after
//! character 280. A note no tweet claims is still audited, as a post of its
//! own without a link: better read twice than not at all.

use serde::Deserialize;

use super::decode::unescape_html;
use super::time::{iso_from_unix, iso_from_x, unix_from_iso, unix_from_x};
use super::{companion, file_name, parse_json, utf8, File, Kind, Post, ReadError};

pub fn claims(path: &str) -> bool {
    let name = file_name(path);
    let part = |stem: &str| {
        name.strip_prefix(stem).and_then(|r| r.strip_suffix(".js")).is_some_and(|n| n.is_empty() || n.strip_prefix("-part").is_some_and(|d| !d.is_empty() && d.bytes().all(|b| b.is_ascii_digit())))
    };
    part("tweets") || part("tweet")
}

#[derive(Deserialize)]
struct Item {
    tweet: Tweet,
}

#[derive(Deserialize)]
struct Tweet {
    id_str: String,
    full_text: String,
    #[serde(default)]
    created_at: String,
    #[serde(default)]
    in_reply_to_status_id_str: Option<String>,
    #[serde(default)]
    entities: Entities,
}

#[derive(Default, Deserialize)]
struct Entities {
    #[serde(default)]
    urls: Vec<Link>,
    #[serde(default)]
    media: Vec<Link>,
}

#[derive(Deserialize)]
struct Link {
    url: String,
    #[serde(default)]
    expanded_url: Option<String>,
}

#[derive(Deserialize)]
struct NoteItem {
    #[serde(rename = "noteTweet")]
    note: Note,
}

#[derive(Deserialize)]
struct Note {
    #[serde(rename = "noteTweetId", default)]
    id: String,
    #[serde(rename = "createdAt", default)]
    created_at: String,
    core: NoteCore,
}

#[derive(Deserialize)]
struct NoteCore {
    text: String,
    #[serde(default)]
    urls: Vec<NoteLink>,
}

#[derive(Deserialize)]
struct NoteLink {
    #[serde(rename = "shortUrl")]
    short_url: String,
    #[serde(rename = "expandedUrl", default)]
    expanded_url: Option<String>,
}

impl From<NoteLink> for Link {
    fn from(link: NoteLink) -> Link {
        Link { url: link.short_url, expanded_url: link.expanded_url }
    }
}

#[derive(Deserialize)]
struct AccountItem {
    account: Account,
}

#[derive(Deserialize)]
struct Account {
    username: String,
}

/// The JSON after `window.YTD.….partN =`.
fn json_of<'a>(file: &File, script: &'a str) -> Result<&'a str, ReadError> {
    let (head, json) = script.split_once('=').ok_or_else(|| ReadError::new(&file.path, "not an X archive file (no `window.YTD… =`)"))?;
    if !head.trim_start_matches('\u{feff}').trim().starts_with("window.YTD.") {
        return Err(ReadError::new(&file.path, "not an X archive file (no `window.YTD… =`)"));
    }
    Ok(json.trim().trim_end_matches(';'))
}

pub fn read(claimed: &[&File], all: &[File]) -> Result<Vec<Post>, ReadError> {
    let account = match companion(all, "account.js") {
        Some(file) => {
            let items: Vec<AccountItem> = parse_json(file, json_of(file, utf8(file)?)?.as_bytes())?;
            items.into_iter().next().map(|i| i.account.username).unwrap_or_default()
        }
        None => String::new(),
    };
    let mut notes: Vec<Option<Note>> = match companion(all, "note-tweet.js") {
        Some(file) => parse_json::<Vec<NoteItem>>(file, json_of(file, utf8(file)?)?.as_bytes())?.into_iter().map(|i| Some(i.note)).collect(),
        None => Vec::new(),
    };
    let mut posts = Vec::new();
    for file in claimed {
        let items: Vec<Item> = parse_json(file, json_of(file, utf8(file)?)?.as_bytes())?;
        for Item { mut tweet } in items {
            if let Some(note) = notes.iter_mut().find(|n| n.as_ref().is_some_and(|n| is_note_of(n, &tweet))).and_then(Option::take) {
                lengthen(&mut tweet, note);
            }
            posts.push(post_of(&account, tweet));
        }
    }
    posts.extend(notes.into_iter().flatten().map(|note| unclaimed_note(&account, note)));
    Ok(posts)
}

/// Whether `note` is the whole text of `tweet`: created within a second of
/// it, and beginning with the tweet's text up to its first link (X ends a
/// cut text with `…` and a link to the post; links are t.co wrappers in both).
fn is_note_of(note: &Note, tweet: &Tweet) -> bool {
    let near = match (unix_from_iso(&note.created_at), unix_from_x(&tweet.created_at)) {
        (Some(a), Some(b)) => (a - b).abs() <= 1,
        _ => false,
    };
    let cut = unescape_html(&tweet.full_text);
    let head = cut.split("https://t.co/").next().unwrap_or_default().trim_end().trim_end_matches('…').trim_end();
    near && unescape_html(&note.core.text).starts_with(head)
}

/// The tweet with its note's whole text (and the note's link wrappers).
fn lengthen(tweet: &mut Tweet, note: Note) {
    tweet.full_text = note.core.text;
    tweet.entities.urls.extend(note.core.urls.into_iter().map(Link::from));
}

/// A note no tweet claimed: a post of its own, with no address to link to.
fn unclaimed_note(account: &str, note: Note) -> Post {
    let urls = note.core.urls.into_iter().map(Link::from).collect();
    Post {
        source: "x",
        account: account.to_owned(),
        id: note.id,
        created_at: unix_from_iso(&note.created_at).map_or(note.created_at, iso_from_unix),
        url: None,
        text: restore(&note.core.text, &Entities { urls, media: Vec::new() }),
        kind: Kind::Post,
    }
}

fn post_of(account: &str, tweet: Tweet) -> Post {
    let text = restore(&tweet.full_text, &tweet.entities);
    let kind = if text.starts_with("RT @") {
        Kind::Share
    } else if tweet.in_reply_to_status_id_str.is_some() {
        Kind::Reply
    } else {
        Kind::Post
    };
    let handle = if account.is_empty() { "i" } else { account };
    Post {
        source: "x",
        account: account.to_owned(),
        url: Some(format!("https://x.com/{handle}/status/{}", tweet.id_str)),
        id: tweet.id_str,
        created_at: iso_from_x(&tweet.created_at).unwrap_or(tweet.created_at),
        text,
        kind,
    }
}

/// The text as written: t.co links expanded (media links dropped), the rest unescaped.
fn restore(full_text: &str, entities: &Entities) -> String {
    let mut out = String::with_capacity(full_text.len() + 64);
    let mut rest = full_text;
    while let Some(at) = rest.find("https://t.co/").or_else(|| rest.find("http://t.co/")) {
        let end = rest[at..].find(|c: char| c.is_whitespace()).map_or(rest.len(), |n| at + n);
        let wrapper = &rest[at..end];
        out.push_str(&unescape_html(&rest[..at]));
        if let Some(link) = entities.urls.iter().find(|l| l.url == wrapper) {
            out.push_str(link.expanded_url.as_deref().unwrap_or(wrapper));
        } else if entities.media.iter().any(|l| l.url == wrapper) {
            // X appended it for an attachment: drop it and the space before it.
            out.truncate(out.trim_end().len());
        } else {
            out.push_str(wrapper);
        }
        rest = &rest[end..];
    }
    out.push_str(&unescape_html(rest));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entities(urls: &[(&str, &str)], media: &[&str]) -> Entities {
        Entities {
            urls: urls.iter().map(|(u, e)| Link { url: (*u).into(), expanded_url: Some((*e).into()) }).collect(),
            media: media.iter().map(|u| Link { url: (*u).into(), expanded_url: None }).collect(),
        }
    }

    #[test]
    fn links_are_expanded_media_links_dropped_entities_unescaped() {
        let e = entities(&[("https://t.co/AbC", "https://bit.ly/3xYz?a=1&b=2")], &["https://t.co/Pic"]);
        assert_eq!(
            restore("説明会 &amp; 見学 &lt;申込&gt; https://t.co/AbC https://t.co/Pic", &e),
            "説明会 & 見学 <申込> https://bit.ly/3xYz?a=1&b=2"
        );
    }

    #[test]
    fn an_unknown_wrapper_stays_as_written() {
        assert_eq!(restore("見て https://t.co/zzz", &entities(&[], &[])), "見て https://t.co/zzz");
    }

    #[test]
    fn archive_file_names_are_recognised() {
        for path in ["data/tweets.js", "data/tweets-part1.js", "tweet.js", "twitter-2024/data/tweets-part12.js"] {
            assert!(claims(path), "{path}");
        }
        for path in ["data/tweets-media.js", "data/tweetdeck.js", "data/tweets-part.js", "data/account.js"] {
            assert!(!claims(path), "{path}");
        }
    }
}

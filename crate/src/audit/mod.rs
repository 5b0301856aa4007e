//! The audit of past posts: an account's export, as the platform hands it
//! over, read into [`Post`]s and checked by the engine.
//!
//! [`archive`] turns a zip, a tar.gz, a folder or a single file into
//! [`File`]s; one module per platform recognises its files by name and reads
//! its posts; [`report`] writes what `postcheck audit` and the extension's
//! options page show. The text of a post is restored to what the author
//! wrote (X's t.co wrappers expanded, HTML entities and Mastodon's markup
//! undone, Meta's mojibake decoded) before it is checked, and every span is
//! over that text.
//!
//! Shares (retweets, boosts, reposts) are others' words: they are listed
//! with `kind: "share"` and never judged, so they carry no findings.

use std::fmt;

use serde::{Deserialize, Serialize};

use crate::output::{findings_out, FindingOut};
use crate::{Engine, Severity};

pub mod archive;
pub mod bluesky;
mod decode;
pub mod facebook;
pub mod instagram;
pub mod mastodon;
pub mod report;
pub mod table;
mod time;
pub mod x;
pub mod youtube;

pub use archive::File;
pub use time::iso_from_unix;

/// What a post was on its platform.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    Post,
    Reply,
    /// Someone else's post passed on (retweet, boost, repost): not judged.
    Share,
}

impl Kind {
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Post => "post",
            Kind::Reply => "reply",
            Kind::Share => "share",
        }
    }
}

/// One post of an export, its text as the author wrote it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Post {
    /// `x`, `facebook`, `instagram`, `threads`, `mastodon`, `bluesky`, `youtube`, `csv`, `jsonl`.
    pub source: &'static str,
    pub account: String,
    pub id: String,
    /// ISO 8601, or empty when the export does not say.
    pub created_at: String,
    /// The post on its platform, when the export gives enough to build it.
    pub url: Option<String>,
    pub text: String,
    pub kind: Kind,
}

/// A post with its findings (UTF-16 spans over `post.text`): a line of
/// `findings.jsonl`.
#[derive(Clone, Debug, Serialize)]
pub struct Audited {
    #[serde(flatten)]
    pub post: Post,
    pub findings: Vec<FindingOut>,
}

impl Audited {
    pub fn has_error(&self) -> bool {
        self.findings.iter().any(|f| f.severity == Severity::Error)
    }
}

/// Checks one post; a share is listed without findings.
pub fn audit_post(engine: &Engine, post: Post) -> Audited {
    let findings = match post.kind {
        Kind::Share => Vec::new(),
        Kind::Post | Kind::Reply => findings_out(&post.text, &engine.check(&post.text)),
    };
    Audited { post, findings }
}

/// Why an export could not be read: always names the file (or the path
/// given, when nothing in it was recognised).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ReadError {
    pub file: String,
    pub message: String,
}

impl ReadError {
    pub fn new(file: impl Into<String>, message: impl Into<String>) -> ReadError {
        ReadError { file: file.into(), message: message.into() }
    }
}

impl fmt::Display for ReadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.file, self.message)
    }
}

impl std::error::Error for ReadError {}

/// One platform's reader: which files are its own, and their posts.
struct Reader {
    /// Whether a file belongs to this source (by its path inside the export;
    /// a CSV by its header too: Takeout holds other CSVs beside YouTube's comments).
    claims: fn(&File) -> bool,
    /// Reads every claimed file of one export.
    read: ReadFn,
}

/// Reads the files a source claimed (with every file of the export, for companions).
type ReadFn = fn(claimed: &[&File], all: &[File]) -> Result<Vec<Post>, ReadError>;

/// Every source, most specific first: a file goes to the first that claims it
/// (YouTube's comments are a CSV: [`table`] hands them to [`youtube`]).
static READERS: &[Reader] = &[
    Reader { claims: |f| x::claims(&f.path), read: x::read },
    Reader { claims: |f| facebook::claims(&f.path), read: facebook::read },
    Reader { claims: |f| instagram::claims(&f.path), read: instagram::read },
    Reader { claims: |f| mastodon::claims(&f.path), read: mastodon::read },
    Reader { claims: |f| bluesky::claims(&f.path), read: bluesky::read },
    Reader { claims: table::claims, read: table::read },
];

/// What the files of an export name, for the error when none is known.
const KNOWN_FILES: &str = "data/tweets.js (X), your_posts_1.json (Facebook), posts_1.json (Instagram), \
threads_and_replies.json (Threads), outbox.json (Mastodon), *.car (Bluesky), comments.csv (YouTube), \
*.csv or *.jsonl with a text column";

/// Reads every post of one export (the files of one archive, folder or
/// file). `name` is what the user gave, for the error when no file of it is
/// known.
pub fn read_export(name: &str, files: &[File]) -> Result<Vec<Post>, ReadError> {
    let mut posts = Vec::new();
    let mut recognised = false;
    for reader in READERS {
        let claimed: Vec<&File> = files
            .iter()
            .filter(|f| READERS.iter().find(|r| (r.claims)(f)).is_some_and(|r| std::ptr::eq(r, reader)))
            .collect();
        if claimed.is_empty() {
            continue;
        }
        recognised = true;
        // An error names the export and the file inside it.
        let read = (reader.read)(&claimed, files).map_err(|e| match name.ends_with(&e.file) {
            true => e,
            false => ReadError { file: format!("{name}: {}", e.file), message: e.message },
        });
        posts.extend(read?);
    }
    if !recognised {
        return Err(ReadError::new(name, format!("no export recognised (looked for {KNOWN_FILES})")));
    }
    Ok(posts)
}

/// The file name of a path inside an export (`data/tweets.js` → `tweets.js`).
fn file_name(path: &str) -> &str {
    path.rsplit(['/', '\\']).next().unwrap_or(path)
}

/// The file of `files` whose name is `name`, if any (companions such as
/// X's `account.js` or Mastodon's `actor.json`).
fn companion<'a>(files: &'a [File], name: &str) -> Option<&'a File> {
    files.iter().find(|f| file_name(&f.path) == name)
}

/// Parses a JSON file of an export, naming it and the place on error.
fn parse_json<'a, T: Deserialize<'a>>(file: &'a File, json: &'a [u8]) -> Result<T, ReadError> {
    let mut de = serde_json::Deserializer::from_slice(json);
    serde_path_to_error::deserialize(&mut de).map_err(|e| {
        let path = e.path().to_string();
        let at = if path == "." { String::new() } else { format!(" at {path}") };
        ReadError::new(&file.path, format!("not the expected structure{at}: {}", e.into_inner()))
    })
}

/// A file's bytes as UTF-8 text, naming the file when they are not.
fn utf8(file: &File) -> Result<&str, ReadError> {
    std::str::from_utf8(&file.bytes).map_err(|e| ReadError::new(&file.path, format!("not UTF-8 (byte {})", e.valid_up_to())))
}

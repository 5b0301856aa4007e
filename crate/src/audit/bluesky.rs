//! Bluesky repository export (Settings → Account → Export my data: a
//! `.car` file): CAR v1 blocks of DAG-CBOR. The account's posts are
//! `app.bsky.feed.post` records (`text`, `createdAt`, `reply` on replies,
//! links in `facets`), reposts are `app.bsky.feed.repost` (shares). A
//! record's key (its id, and the last part of its address) comes from the
//! repository's Merkle search tree nodes (`{"l", "e": [{"p", "k", "v",
//! "t"}]}`, keys prefix-compressed); the account's DID from the commit.
//!
//! The app shortens a link's text (`example.com/long…`) and keeps the
//! address in a link facet: the address takes the text's place, as X's
//! t.co does.

use std::collections::HashMap;

use super::{file_name, File, Kind, Post, ReadError};

pub fn claims(path: &str) -> bool {
    file_name(path).to_ascii_lowercase().ends_with(".car")
}

/// A DAG-CBOR value (floats are kept as nothing: records hold none that matter).
#[derive(Clone, Debug, PartialEq)]
enum Cbor<'a> {
    Int(i128),
    Bytes(&'a [u8]),
    Text(&'a str),
    Array(Vec<Cbor<'a>>),
    Map(Vec<(&'a str, Cbor<'a>)>),
    /// A CID (tag 42), its binary form without the leading 0.
    Link(&'a [u8]),
    Simple,
}

impl<'a> Cbor<'a> {
    fn get(&self, key: &str) -> Option<&Cbor<'a>> {
        match self {
            Cbor::Map(entries) => entries.iter().find(|(k, _)| *k == key).map(|(_, v)| v),
            _ => None,
        }
    }
    fn text(&self, key: &str) -> Option<&'a str> {
        match self.get(key) {
            Some(Cbor::Text(t)) => Some(t),
            _ => None,
        }
    }
    fn int(&self, key: &str) -> Option<i128> {
        match self.get(key) {
            Some(Cbor::Int(n)) => Some(*n),
            _ => None,
        }
    }
    fn array(&self, key: &str) -> &[Cbor<'a>] {
        match self.get(key) {
            Some(Cbor::Array(items)) => items,
            _ => &[],
        }
    }
}

/// Reads DAG-CBOR (a subset that covers atproto records).
struct Decoder<'a> {
    bytes: &'a [u8],
    at: usize,
    depth: usize,
}

impl<'a> Decoder<'a> {
    fn take(&mut self, n: usize) -> Option<&'a [u8]> {
        let slice = self.bytes.get(self.at..self.at.checked_add(n)?)?;
        self.at += n;
        Some(slice)
    }

    fn argument(&mut self, info: u8) -> Option<u64> {
        Some(match info {
            0..=23 => info as u64,
            24 => self.take(1)?[0] as u64,
            25 => u16::from_be_bytes(self.take(2)?.try_into().ok()?) as u64,
            26 => u32::from_be_bytes(self.take(4)?.try_into().ok()?) as u64,
            27 => u64::from_be_bytes(self.take(8)?.try_into().ok()?),
            _ => return None,
        })
    }

    fn value(&mut self) -> Option<Cbor<'a>> {
        self.depth += 1;
        if self.depth > 64 {
            return None;
        }
        let head = self.take(1)?[0];
        let (major, info) = (head >> 5, head & 0x1f);
        let value = match major {
            7 => {
                // false, true, null, floats: nothing a post's text needs.
                self.take(match info { 25 => 2, 26 => 4, 27 => 8, _ => 0 })?;
                Cbor::Simple
            }
            _ => {
                let n = self.argument(info)?;
                match major {
                    0 => Cbor::Int(n as i128),
                    1 => Cbor::Int(-1 - n as i128),
                    2 => Cbor::Bytes(self.take(usize::try_from(n).ok()?)?),
                    3 => Cbor::Text(std::str::from_utf8(self.take(usize::try_from(n).ok()?)?).ok()?),
                    4 => Cbor::Array((0..n.min(self.bytes.len() as u64)).map(|_| self.value()).collect::<Option<_>>()?),
                    5 => Cbor::Map(
                        (0..n.min(self.bytes.len() as u64))
                            .map(|_| match self.value()? {
                                Cbor::Text(k) => Some((k, self.value()?)),
                                _ => None,
                            })
                            .collect::<Option<_>>()?,
                    ),
                    6 => match (n, self.value()?) {
                        (42, Cbor::Bytes([0, cid @ ..])) => Cbor::Link(cid),
                        (_, other) => other,
                    },
                    _ => return None,
                }
            }
        };
        self.depth -= 1;
        Some(value)
    }
}

fn decode(bytes: &[u8]) -> Option<Cbor<'_>> {
    Decoder { bytes, at: 0, depth: 0 }.value()
}

/// An unsigned LEB128 varint at `bytes[*at..]`.
fn varint(bytes: &[u8], at: &mut usize) -> Option<u64> {
    let mut value = 0u64;
    for shift in (0..64).step_by(7) {
        let b = *bytes.get(*at)?;
        *at += 1;
        value |= ((b & 0x7f) as u64) << shift;
        if b & 0x80 == 0 {
            return Some(value);
        }
    }
    None
}

/// The length of the binary CID at the start of `bytes`.
fn cid_len(bytes: &[u8]) -> Option<usize> {
    if bytes.starts_with(&[0x12, 0x20]) {
        return Some(34); // CIDv0: a bare sha2-256 multihash
    }
    let mut at = 0;
    varint(bytes, &mut at)?; // version
    varint(bytes, &mut at)?; // codec
    varint(bytes, &mut at)?; // hash function
    let digest = varint(bytes, &mut at)? as usize;
    Some(at + digest).filter(|&end| end <= bytes.len())
}

/// A block of a CAR file: its CID (binary) and its data.
type Block<'a> = (&'a [u8], &'a [u8]);

/// The root CIDs of a CAR v1 file and its blocks.
fn blocks(car: &[u8]) -> Option<(Vec<&[u8]>, Vec<Block<'_>>)> {
    let mut at = 0;
    let header_len = varint(car, &mut at)? as usize;
    let header = decode(car.get(at..at.checked_add(header_len)?)?)?;
    if header.int("version") != Some(1) {
        return None;
    }
    let roots = header.array("roots").iter().filter_map(|r| if let Cbor::Link(c) = r { Some(*c) } else { None }).collect();
    at += header_len;
    let mut blocks = Vec::new();
    while at < car.len() {
        let len = varint(car, &mut at)? as usize;
        let section = car.get(at..at.checked_add(len)?)?;
        let cid = cid_len(section)?;
        blocks.push((&section[..cid], &section[cid..]));
        at += len;
    }
    Some((roots, blocks))
}

pub fn read(claimed: &[&File], _all: &[File]) -> Result<Vec<Post>, ReadError> {
    let mut posts = Vec::new();
    for file in claimed {
        let bad = || ReadError::new(&file.path, "not a readable Bluesky repository (CAR v1 of DAG-CBOR blocks)");
        let (roots, blocks) = blocks(&file.bytes).ok_or_else(bad)?;
        let values: Vec<(&[u8], Cbor)> = blocks.iter().filter_map(|(cid, data)| Some((*cid, decode(data)?))).collect();
        let by_cid: HashMap<&[u8], &Cbor> = values.iter().map(|(cid, v)| (*cid, v)).collect();
        let did = roots.first().and_then(|r| by_cid.get(r)).and_then(|commit| commit.text("did")).ok_or_else(bad)?;
        let keys = record_keys(&values);
        for (cid, value) in &values {
            let (Some(kind), Some(key)) = (value.text("$type"), keys.get(cid)) else { continue };
            let Some((collection, rkey)) = key.split_once('/') else { continue };
            let post = match kind {
                "app.bsky.feed.post" if collection == kind => Post {
                    source: "bluesky",
                    account: did.to_owned(),
                    id: rkey.to_owned(),
                    created_at: value.text("createdAt").unwrap_or("").to_owned(),
                    url: Some(format!("https://bsky.app/profile/{did}/post/{rkey}")),
                    text: with_links(value.text("text").unwrap_or(""), value.array("facets")),
                    kind: if value.get("reply").is_some() { Kind::Reply } else { Kind::Post },
                },
                "app.bsky.feed.repost" if collection == kind => Post {
                    source: "bluesky",
                    account: did.to_owned(),
                    id: rkey.to_owned(),
                    created_at: value.text("createdAt").unwrap_or("").to_owned(),
                    url: value.get("subject").and_then(|s| s.text("uri")).map(str::to_owned),
                    text: String::new(),
                    kind: Kind::Share,
                },
                _ => continue,
            };
            posts.push(post);
        }
    }
    posts.sort_by(|a, b| a.created_at.cmp(&b.created_at));
    Ok(posts)
}

/// Every record's key (`collection/rkey`) by its CID, from the tree's nodes.
fn record_keys<'a>(values: &[(&'a [u8], Cbor<'a>)]) -> HashMap<&'a [u8], String> {
    let mut keys = HashMap::new();
    for (_, node) in values {
        if node.get("l").is_none() {
            continue;
        }
        let mut previous: Vec<u8> = Vec::new();
        for entry in node.array("e") {
            let (Some(prefix), Some(Cbor::Bytes(suffix)), Some(Cbor::Link(record))) = (entry.int("p"), entry.get("k"), entry.get("v")) else { break };
            previous.truncate(usize::try_from(prefix).unwrap_or(0).min(previous.len()));
            previous.extend_from_slice(suffix);
            keys.insert(*record, String::from_utf8_lossy(&previous).into_owned());
        }
    }
    keys
}

/// The text with each link facet's (shortened) text replaced by its address.
fn with_links(text: &str, facets: &[Cbor]) -> String {
    let mut links: Vec<(usize, usize, &str)> = facets
        .iter()
        .filter_map(|facet| {
            let index = facet.get("index")?;
            let (start, end) = (usize::try_from(index.int("byteStart")?).ok()?, usize::try_from(index.int("byteEnd")?).ok()?);
            let uri = facet.array("features").iter().find(|f| f.text("$type") == Some("app.bsky.richtext.facet#link"))?.text("uri")?;
            (start < end && text.is_char_boundary(start) && end <= text.len() && text.is_char_boundary(end)).then_some((start, end, uri))
        })
        .collect();
    links.sort();
    let mut out = String::with_capacity(text.len());
    let mut at = 0;
    for (start, end, uri) in links {
        if start < at {
            continue; // overlapping facets: the first wins
        }
        out.push_str(&text[at..start]);
        out.push_str(uri);
        at = end;
    }
    out.push_str(&text[at..]);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dag_cbor_values_are_read() {
        // {"a": [1, -2, h'00ff'], "b": "あ", "c": 42(h'0001'), "d": null}
        let bytes = [
            0xa4, 0x61, b'a', 0x83, 0x01, 0x21, 0x42, 0x00, 0xff, 0x61, b'b', 0x63, 0xe3, 0x81, 0x82, 0x61, b'c', 0xd8, 0x2a, 0x42, 0x00, 0x01, 0x61, b'd', 0xf6,
        ];
        let v = decode(&bytes).unwrap();
        assert_eq!(v.array("a"), [Cbor::Int(1), Cbor::Int(-2), Cbor::Bytes(&[0, 0xff])]);
        assert_eq!(v.text("b"), Some("あ"));
        assert_eq!(v.get("c"), Some(&Cbor::Link(&[1])));
        assert_eq!(v.get("d"), Some(&Cbor::Simple));
        assert_eq!(decode(&[0x9b, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff]), None, "a huge array in a short input is refused");
    }

    #[test]
    fn link_facets_give_the_whole_address() {
        let facet = |s: i128, e: i128, uri: &'static str| {
            Cbor::Map(vec![
                ("index", Cbor::Map(vec![("byteStart", Cbor::Int(s)), ("byteEnd", Cbor::Int(e))])),
                ("features", Cbor::Array(vec![Cbor::Map(vec![("$type", Cbor::Text("app.bsky.richtext.facet#link")), ("uri", Cbor::Text(uri))])])),
            ])
        };
        let text = "詳細は bit.ly/3xY... へ";
        let start = text.find("bit").unwrap() as i128;
        let end = start + "bit.ly/3xY...".len() as i128;
        assert_eq!(with_links(text, &[facet(start, end, "https://bit.ly/3xYzAbc")]), "詳細は https://bit.ly/3xYzAbc へ");
        assert_eq!(with_links(text, &[facet(1, 2, "https://x.test/")]), text, "a facet inside a character is ignored");
    }
}

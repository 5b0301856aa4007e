//! The part of the words layer that needs no embedded dictionary: how the
//! analyser is set up, how a text is cut into the pieces it tokenises, what
//! a word's features and lemma are, and the lemma keys of a word list's
//! lemma entry. `build.rs` includes this file to cut the rules' lemma
//! entries into words with the dictionary it has just compiled, as
//! [`super::Words`] cuts a post: a service worker that wakes up builds the
//! engine each time, and cutting the ~560 entries there was a quarter of
//! building it (see `crate::text::terms::Lexicon::read`).

use std::borrow::Cow;
use std::ops::Range;

use vibrato::dictionary::LexType;
use vibrato::tokenizer::worker::Worker;
use vibrato::{Dictionary, Tokenizer};

use crate::text::fold::{katakana_to_hiragana, Script};
use crate::text::View;

/// The analyser over `dictionary`, as the crate and `build.rs` both use it.
pub fn tokenizer(dictionary: Dictionary) -> Tokenizer {
    Tokenizer::new(dictionary).ignore_space(true).expect("the dictionary defines SPACE").max_grouping_len(24)
}

/// The words of `piece` (one of [`chunks`]), tokenised by `worker`: each
/// one's byte range in the piece, whether the dictionary knows it, and its
/// features, a known word's read by `known_features` from its word id.
pub fn words<'w, 'a>(
    worker: &'w mut Worker<'a>,
    piece: &str,
    known_features: impl Fn(u32) -> Features<'a> + 'w,
) -> impl Iterator<Item = (Range<usize>, bool, Features<'a>)> + 'w {
    worker.reset_sentence(piece);
    worker.tokenize();
    worker.token_iter().map(move |t| {
        let features = match t.lex_type() {
            LexType::System => known_features(t.word_idx().word_id),
            _ => Features::parse(t.feature()),
        };
        (t.range_byte(), t.lex_type() != LexType::Unknown, features)
    })
}

/// The lemma keys of the words of the folded view `folded`, in order: how a
/// word list's lemma entry (`=黙れ`) is matched, word by word.
pub fn lemma_keys<'a>(worker: &mut Worker<'a>, folded: &View, known_features: impl Fn(u32) -> Features<'a> + Copy) -> Vec<String> {
    let text = with_katakana(folded);
    let mut keys = Vec::new();
    for (_, piece) in chunks(&text) {
        for (range, _, features) in words(worker, piece, known_features) {
            keys.push(lemma_key(&lemma(&piece[range], features.lemma)).into_owned());
        }
    }
    keys
}

/// A word's features in the dictionary: `POS,subclass,conjugation
/// form,lemma edit` (see `crate/build/dictionary.rs`; `*` is read as empty).
/// The untrimmed ipadic (built with `POSTCHECK_FULL_IPADIC=1` to measure it)
/// has nine columns instead, with the lemma spelled out.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Features<'a> {
    pub pos: &'a str,
    pub subclass: &'a str,
    pub form: &'a str,
    pub lemma: &'a str,
}

impl<'a> Features<'a> {
    pub fn parse(features: &'a str) -> Features<'a> {
        let mut columns = [""; 9];
        for (column, field) in columns.iter_mut().zip(features.split(',')) {
            *column = if field == "*" { "" } else { field };
        }
        let [pos, subclass, a, b, _, c, d, ..] = columns;
        let (form, lemma) = if columns[8].is_empty() && columns[6].is_empty() { (a, b) } else { (c, d) };
        Features { pos, subclass, form, lemma }
    }
}


/// A word's lemma (`黙れ` → `黙る`) from its surface and the lemma edit of
/// its features; the surface for unknown words.
pub fn lemma<'a>(surface: &'a str, edit: &'a str) -> Cow<'a, str> {
    match lemma_parts(surface, edit) {
        (kept, "") => Cow::Borrowed(kept),
        ("", added) => Cow::Borrowed(added),
        (kept, added) => Cow::Owned([kept, added].concat()),
    }
}

/// The lemma as the part of the surface it keeps and what it adds after
/// that: the dictionary stores it as an edit of the surface (`黙れ` →
/// drop one character, add `る`).
pub fn lemma_parts<'s, 'e>(surface: &'s str, edit: &'e str) -> (&'s str, &'e str) {
    let digits = edit.bytes().take_while(u8::is_ascii_digit).count();
    match edit[..digits].parse::<usize>() {
        Ok(0) if digits == edit.len() => (surface, ""),
        Ok(dropped) => {
            let kept = surface.chars().count().saturating_sub(dropped);
            let end = surface.char_indices().nth(kept).map_or(surface.len(), |(at, _)| at);
            (&surface[..end], &edit[digits..])
        }
        // The full layout spells the lemma out.
        Err(_) if !edit.is_empty() => ("", edit),
        Err(_) => (surface, ""),
    }
}

/// The form in which lemmas are compared: lower case, katakana as hiragana
/// (`ウザい` and `うざい` are one word).
pub fn lemma_key(lemma: &str) -> Cow<'_, str> {
    if lemma.chars().any(key_folds) {
        Cow::Owned(lemma.chars().flat_map(char::to_lowercase).map(katakana_to_hiragana).collect())
    } else {
        Cow::Borrowed(lemma)
    }
}

/// Whether a lemma with this character changes when made a key ([`lemma_key`]).
pub fn key_folds(c: char) -> bool {
    // Hiragana and the common kanji, most of the words looked up, have no
    // case and are no katakana: asked first, they skip the look-up in
    // Unicode's case table for every character of every word's key.
    if matches!(c, '\u{3041}'..='\u{309F}' | '\u{4E00}'..='\u{9FFF}') {
        return false;
    }
    c.is_uppercase() || katakana_to_hiragana(c) != c
}

/// Longest piece of text tokenised at once, in bytes. The analyser sums
/// costs along a path in 32 bits, so a very long run without a sentence end
/// (a 1 MB paste) is cut into pieces of this size.
pub const MAX_CHUNK: usize = 4096;

/// The pieces of `text` that are tokenised one by one, with their byte
/// offsets: sentences (ending after `。！？!?` or a line break), longer ones
/// cut after [`MAX_CHUNK`] bytes.
///
/// The marks are found by their bytes, not by decoding every character:
/// decoding the 10,000-character bench text here and re-encoding it in
/// [`with_katakana`] was 1.2 M of the 23.6 M instructions of its check
/// (callgrind, 2026-11-30; 0.45 M now).
pub fn chunks(text: &str) -> impl Iterator<Item = (usize, &str)> {
    let mut start = 0;
    std::iter::from_fn(move || {
        let rest = &text[start..];
        if rest.is_empty() {
            return None;
        }
        let end = sentence_end(rest.as_bytes(), MAX_CHUNK)
            .unwrap_or_else(|| (MAX_CHUNK.min(rest.len())..=rest.len()).find(|&at| rest.is_char_boundary(at)).unwrap_or(rest.len()));
        let chunk = (start, &rest[..end]);
        start += end;
        Some(chunk)
    })
}

/// The end of the first sentence-ending mark (`。！？!?`, a line break) of
/// the UTF-8 `bytes` that starts before `limit`. A byte of an ASCII mark or
/// the first byte of a three-byte one never occurs inside another
/// character, so each is a mark where it is found; the bytes after a first
/// byte are compared only for `0xE3`, `0xEF` (`。`: E3 80 82; `！`, `？`:
/// EF BC 81, EF BC 9F).
fn sentence_end(bytes: &[u8], limit: usize) -> Option<usize> {
    bytes[..limit.min(bytes.len())].iter().enumerate().find_map(|(at, &b)| match b {
        b'!' | b'?' | b'\n' => Some(at + 1),
        0xE3 => matches!(bytes.get(at + 1..at + 3), Some([0x80, 0x82])).then_some(at + 3),
        0xEF => matches!(bytes.get(at + 1..at + 3), Some([0xBC, 0x81 | 0x9F])).then_some(at + 3),
        _ => None,
    })
}

/// The folded view's text with the characters written in katakana turned
/// back into katakana. Hiragana and katakana take three bytes each in UTF-8,
/// so every byte offset stays the folded view's. Only the characters of
/// katakana segments are read; the runs between them are copied whole.
pub fn with_katakana(folded: &View) -> String {
    let view = folded.as_str();
    let mut text = String::with_capacity(view.len());
    let mut copied = 0;
    for segment in folded.segments().iter().filter(|s| s.script == Script::Katakana) {
        let at = segment.at as usize;
        let Some(c) = view[at..].chars().next() else { continue };
        if let '\u{3041}'..='\u{3096}' | '\u{309D}' | '\u{309E}' = c {
            text.push_str(&view[copied..at]);
            text.push(char::from_u32(c as u32 + 0x60).unwrap_or(c));
            copied = at + c.len_utf8();
        }
    }
    text.push_str(&view[copied..]);
    text
}

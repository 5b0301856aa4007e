//! The views of a text ([`super::Normalized`] holds them): the folded copy
//! and the compact copy the word lists are matched on, each character with
//! the bytes of the original it came from. Pure text handling, with no
//! dictionary: `build.rs` includes this file to fold the rules' lists as a
//! check folds a post ([`super::list_format`]).

use std::cell::OnceCell;
use std::ops::Range;

use super::fold::{self, Script};

/// The character every masking character (`○ 〇 ● × * …`) becomes in the
/// compact view.
pub const MASK: char = '○';

/// Where one character of a view came from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Segment {
    /// Byte offset of the character in the view's text.
    pub at: u32,
    /// Byte range in the original text of the cluster it was folded from.
    pub start: u32,
    pub end: u32,
    /// Script of the original cluster (after NFKC, before kana folding), so
    /// boundaries can tell katakana `バカ` from hiragana `ばかり`.
    pub script: Script,
}

/// A normalised copy of the text, one [`Segment`] per character.
#[derive(Clone, Debug, Default)]
pub struct View {
    text: String,
    segments: Vec<Segment>,
    /// Where each sentence-ending mark starts and ends, found on the first
    /// [`View::sentence`] call so that each later one is a binary search,
    /// not a scan to the sentence's ends (a long text without a sentence end
    /// made every finding scan all of it).
    sentence_marks: OnceCell<Vec<(u32, u32)>>,
    /// Tables of a long view's segments by offset ([`Lookup`]), built on the
    /// first look-up.
    lookup: OnceCell<Lookup>,
}

/// Views at least this long answer look-ups by offset from tables
/// ([`Lookup`]); shorter ones search their segments, which stay in cache:
/// there a table would cost more to build than the searches it saves.
const LOOKUP_FROM: usize = 1 << 16;

/// A long view's segments by offset, each look-up one read instead of a
/// binary search. On a megabyte the search misses cache at nearly every
/// step, and rules map each of thousands of matches between the views (a
/// text of nothing but `pw:` spent a third of its check in these searches,
/// perf, 2026-12-02).
#[derive(Clone, Debug)]
struct Lookup {
    /// For each byte offset of the view's text, the index of the first
    /// segment at or after it.
    by_at: Vec<u32>,
    /// For each byte offset of the original, the index of the first segment
    /// folded from a cluster starting at or after it; `None` if the
    /// segments' starts are out of order, where only a search answers as
    /// [`View::view_range`] always has.
    by_start: Option<Vec<u32>>,
}

impl Lookup {
    fn new(segments: &[Segment]) -> Lookup {
        let in_order = segments.windows(2).all(|w| w[0].start <= w[1].start);
        Lookup {
            by_at: first_at_or_after(segments.iter().map(|s| s.at)),
            by_start: in_order.then(|| first_at_or_after(segments.iter().map(|s| s.start))),
        }
    }
}

/// For each offset up to the last of `keys` (in order), the index of the
/// first key at or after it; past the last, there is none (the caller's
/// `get` falls back to the number of keys).
fn first_at_or_after(keys: impl Iterator<Item = u32>) -> Vec<u32> {
    let mut table = Vec::new();
    for (i, key) in keys.enumerate() {
        if table.len() <= key as usize {
            table.resize(key as usize + 1, i as u32);
        }
    }
    table
}

impl View {
    pub fn as_str(&self) -> &str {
        &self.text
    }

    pub fn segments(&self) -> &[Segment] {
        &self.segments
    }

    /// Index of the segment of the character that starts at byte `at` of
    /// the view (or the first one after it).
    pub fn segment_index(&self, at: usize) -> usize {
        let table = self.lookup().map(|lookup| &lookup.by_at[..]);
        self.first_segment_from(table, |s| s.at, at)
    }

    /// The index of the first segment folded from a cluster that starts at
    /// or after byte `at` of the original.
    fn first_starting_from(&self, at: usize) -> usize {
        let table = self.lookup().and_then(|lookup| lookup.by_start.as_deref());
        self.first_segment_from(table, |s| s.start, at)
    }

    /// The index of the first segment whose `key` is at or after `at`: read
    /// from `table` where a long view has one, else a binary search.
    fn first_segment_from(&self, table: Option<&[u32]>, key: impl Fn(&Segment) -> u32, at: usize) -> usize {
        match table {
            Some(table) => table.get(at).map_or(self.segments.len(), |&i| i as usize),
            None => self.segments.partition_point(|s| (key(s) as usize) < at),
        }
    }

    fn lookup(&self) -> Option<&Lookup> {
        (self.text.len() >= LOOKUP_FROM).then(|| self.lookup.get_or_init(|| Lookup::new(&self.segments)))
    }

    /// The original byte range that the view's byte range `range` was folded
    /// from. An empty range maps to an empty range at its position.
    pub fn original_range(&self, range: Range<usize>) -> Range<usize> {
        let first = self.segment_index(range.start);
        let last = self.segment_index(range.end);
        match (self.segments.get(first), last.checked_sub(1).and_then(|i| self.segments.get(i))) {
            (Some(a), Some(b)) if first < last => a.start as usize..b.end as usize,
            (Some(a), _) => a.start as usize..a.start as usize,
            _ => {
                let end = self.segments.last().map_or(0, |s| s.end as usize);
                end..end
            }
        }
    }

    /// The script of the character just before byte `at` of the view.
    pub fn script_before(&self, at: usize) -> Option<Script> {
        self.segment_index(at).checked_sub(1).map(|i| self.segments[i].script)
    }

    /// The script of the character starting at byte `at` of the view.
    pub fn script_at(&self, at: usize) -> Option<Script> {
        self.segments.get(self.segment_index(at)).map(|s| s.script)
    }

    /// The view's byte range covering the original byte range `range` (the
    /// characters folded from clusters that start inside it).
    pub fn view_range(&self, range: Range<usize>) -> Range<usize> {
        let first = self.first_starting_from(range.start);
        let last = self.first_starting_from(range.end);
        let at = |i: usize| self.segments.get(i).map_or(self.text.len(), |s| s.at as usize);
        at(first)..at(last)
    }

    /// The byte range of the sentence around `range`: from just after the
    /// last sentence-ending mark before it to just after the first one at or
    /// after its end (or the text's ends).
    pub fn sentence(&self, range: &Range<usize>) -> Range<usize> {
        let marks = self.sentence_marks.get_or_init(|| {
            self.text.char_indices().filter(|&(_, c)| ends_sentence(c)).map(|(i, c)| (i as u32, (i + c.len_utf8()) as u32)).collect()
        });
        let before = marks.partition_point(|&(_, after)| after as usize <= range.start);
        let start = before.checked_sub(1).map_or(0, |i| marks[i].1 as usize);
        let next = marks.partition_point(|&(at, _)| (at as usize) < range.end);
        let end = marks.get(next).map_or(self.text.len(), |&(_, after)| after as usize);
        start..end
    }

    /// Appends the characters `range` (by segment) of `from` as they are.
    fn copy(&mut self, from: &View, range: Range<usize>) {
        let segments = &from.segments[range.clone()];
        let Some(first) = segments.first() else { return };
        let (start, end) = (first.at as usize, from.segments.get(range.end).map_or(from.text.len(), |s| s.at as usize));
        let to = self.text.len() as u32;
        self.segments.extend(segments.iter().map(|s| Segment { at: s.at - first.at + to, ..*s }));
        self.text.push_str(&from.text[start..end]);
    }

    #[inline]
    fn push(&mut self, c: char, start: usize, end: usize, script: Script) {
        self.segments.push(Segment { at: self.text.len() as u32, start: start as u32, end: end as u32, script });
        self.text.push(c);
    }
}

/// Builds the folded view, cluster by cluster.
///
/// Most characters fold to themselves (kana, kanji, lower-case ASCII):
/// their bytes are copied to the view's text a run at a time, not pushed
/// one character at a time; only their segments are written one by one.
pub fn fold_text(original: &str) -> View {
    let mut view = View { text: String::with_capacity(original.len()), segments: Vec::with_capacity(original.len()), ..View::default() };
    let mut buffer = String::new();
    // The bytes of the original just read that fold to themselves and are
    // not yet in the view's text; it always ends where the next cluster starts.
    let mut unchanged = 0..0;
    let mut chars = original.char_indices();
    // The character after the one being read (a peek without `Peekable`,
    // whose bookkeeping cost as much as folding a kana).
    let mut next = chars.next();
    while let Some((start, first)) = next {
        next = chars.next();
        let mut end = start + first.len_utf8();
        if !next.is_some_and(|(_, c)| fold::extends_cluster(c)) {
            if let Some((c, script)) = fold::fold_simple(first) {
                if c == first {
                    let at = view.text.len() + unchanged.len();
                    view.segments.push(Segment { at: at as u32, start: start as u32, end: end as u32, script });
                    unchanged.end = end;
                } else {
                    view.text.push_str(&original[unchanged]);
                    unchanged = end..end;
                    view.push(c, start, end, script);
                }
                continue;
            }
        }
        while let Some((at, c)) = next.filter(|&(_, c)| fold::extends_cluster(c)) {
            end = at + c.len_utf8();
            next = chars.next();
        }
        view.text.push_str(&original[unchanged]);
        unchanged = end..end;
        buffer.clear();
        if let Some(script) = fold::fold_cluster(&original[start..end], &mut buffer) {
            for c in buffer.chars() {
                view.push(c, start, end, script);
            }
        }
    }
    view.text.push_str(&original[unchanged]);
    view
}

/// Characters that end a sentence.
fn ends_sentence(c: char) -> bool {
    matches!(c, '。' | '！' | '？' | '!' | '?' | '\n' | '．')
}

/// Separators people put inside a word to split it: `ば か`, `バ・カ`, `ば_か`.
pub fn is_separator(c: char) -> bool {
    matches!(c, ' ' | '\t' | '\u{3000}' | '・' | '.' | '_' | '-' | '/' | '|')
}

/// Marks people type in place of a character they hide (`死○`, `090-****`),
/// in the folded view.
pub fn is_masking(c: char) -> bool {
    matches!(c, '○' | '〇' | '◯' | '●' | '◎' | '×' | '✕' | '✖' | '*' | '□' | '■')
}

pub fn is_wave_dash(c: char) -> bool {
    matches!(c, '〜' | '~' | 'ー' | '－' | '―' | '‐')
}

/// Builds the compact view from the folded one (see the module docs).
///
/// A separator is only a trick when it splits a word into pieces too small
/// to be words themselves: `バ カ`, `i d i o t`. Between two real words
/// (`やれば かなり`) it stays, or the words would run together into a match.
///
/// Most characters stay as they are: a run of them is copied whole, text
/// and segments, and only the characters around a separator, a dash or a
/// masking mark are read one by one (a character pushed at a time was about
/// 40 % of building the two views).
pub fn compact_view(folded: &View) -> View {
    let segments = folded.segments();
    let text = folded.as_str();
    let n = segments.len();
    // One segment a character: segment `i` starts character `i`.
    let char_at = |i: usize| text[segments[i].at as usize..].chars().next().expect("a segment starts a character");
    let masking = |i: usize| is_masking(char_at(i));
    let japanese = |i: usize| segments[i].script.is_japanese() || masking(i);
    // A mark hiding a letter of a Latin word (`m*ron`) is part of the word:
    // `a m*ron` is two words, not the letters `a m` spaced out.
    let latin_mask = |a: usize, b: usize| masking(a) && segments[b].script == Script::Alpha;
    let same_run = |a: usize, b: usize| {
        (segments[a].script == segments[b].script && !masking(a) && !masking(b)) || latin_mask(a, b) || latin_mask(b, a)
    };
    // A character standing alone in its script run: `バ` in `相手はバ カ`.
    let alone = |i: usize| (i == 0 || !same_run(i - 1, i)) && (i + 1 == n || !same_run(i, i + 1));
    let splits_word = |p: usize, q: usize| {
        let japanese_piece = japanese(p) && japanese(q) && (alone(p) || alone(q));
        let single_letters = segments[p].script == Script::Alpha && segments[q].script == Script::Alpha && alone(p) && alone(q);
        japanese_piece || single_letters
    };
    let joins = |c: char| is_separator(c) || is_wave_dash(c);
    let mut view = View { text: String::with_capacity(text.len()), segments: Vec::with_capacity(n), ..View::default() };
    let mut i = 0;
    while i < n {
        let plain_end = (i..n).find(|&j| {
            let c = char_at(j);
            joins(c) || is_masking(c)
        });
        let plain_end = plain_end.unwrap_or(n);
        if plain_end > i {
            view.copy(folded, i..plain_end);
            i = plain_end;
            continue;
        }
        let c = char_at(i);
        let seg = segments[i];
        if joins(c) {
            let run_end = (i..n).find(|&j| !joins(char_at(j))).unwrap_or(n);
            let has_dash = (i..run_end).any(|j| is_wave_dash(char_at(j)));
            if i > 0 && run_end < n && run_end - i <= 3 {
                let (p, q) = (i - 1, run_end);
                // A dash inside Japanese is an elongation (`ば〜か`, `スーパー`):
                // keep one prolonged sound mark, mapped to the whole run.
                if has_dash && japanese(p) && japanese(q) {
                    view.push('ー', seg.start as usize, segments[run_end - 1].end as usize, Script::Katakana);
                    i = run_end;
                    continue;
                }
                if splits_word(p, q) {
                    i = run_end;
                    continue;
                }
            }
            // Not a trick: the whole run stays as written, read once (a
            // run is never rescanned from each of its characters).
            view.copy(folded, i..run_end);
            i = run_end;
            continue;
        }
        // A masking mark.
        let near_japanese = (i > 0 && japanese(i - 1)) || (i + 1 < n && japanese(i + 1));
        view.push(if near_japanese { MASK } else { c }, seg.start as usize, seg.end as usize, seg.script);
        i += 1;
    }
    view
}

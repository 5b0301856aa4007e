//! Text normalisation: one matching copy of a post with a map back to the
//! original text.
//!
//! Rules never look at raw text for word matching. They match on a
//! [`View`], a folded copy in which every character remembers which bytes of
//! the original it came from, so every finding maps back to an exact span of
//! what the user typed — whatever width, case, kana or invisible characters
//! they used.
//!
//! Two views are built once per check:
//!
//! * [`Normalized::folded`]: NFKC per grapheme cluster (`ｶﾞ` → `が`,
//!   `ＡＢＣ１２３` → `abc123`), lower case, katakana folded to hiragana,
//!   invisible characters dropped. Separators are kept, so phone numbers,
//!   URLs and e-mail addresses are read from this view.
//! * [`Normalized::compact`]: the folded view with the tricks used to slip a
//!   word past a filter undone: separators inside a Japanese word (`ば か`,
//!   `バ・カ`, `ば　か`) or between single letters (`i d i o t`) removed,
//!   wave dashes between kana read as the prolonged sound mark (`ば〜か` →
//!   `ばーか`) and runs of it collapsed, masking characters (`バ〇`, `○ね`)
//!   unified to `○`. Word lists are matched on this view.

pub mod finder;
pub mod fold;
mod kanji;
pub mod names;
pub mod spans;
pub mod terms;
#[cfg(test)]
pub(crate) mod testing;
pub mod utf16;

use std::cell::OnceCell;
use std::ops::Range;
use std::rc::Rc;

pub use fold::Script;

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
        self.segments.partition_point(|s| (s.at as usize) < at)
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
        let first = self.segments.partition_point(|s| (s.start as usize) < range.start);
        let last = self.segments.partition_point(|s| (s.start as usize) < range.end);
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

    #[inline]
    fn push(&mut self, c: char, start: usize, end: usize, script: Script) {
        self.segments.push(Segment { at: self.text.len() as u32, start: start as u32, end: end as u32, script });
        self.text.push(c);
    }
}

/// The views of one text. Build once per check and share between rules.
#[derive(Clone, Debug)]
pub struct Normalized<'a> {
    pub original: &'a str,
    pub folded: View,
    pub compact: View,
    /// The scan of the rules' shared lexicon, made on first use, with the
    /// lexicon it belongs to (see [`terms::Lexicon`]).
    shared_scan: OnceCell<(usize, Rc<terms::Scan>)>,
    /// The words of the text, tokenised on first use.
    words: OnceCell<crate::words::Words>,
}

impl<'a> Normalized<'a> {
    pub fn new(original: &'a str) -> Self {
        let folded = fold_text(original);
        let compact = compact_view(&folded);
        Normalized { original, folded, compact, shared_scan: OnceCell::new(), words: OnceCell::new() }
    }

    /// The words of the text ([`crate::words`]), tokenised once per check.
    pub fn words(&self) -> &crate::words::Words {
        self.words.get_or_init(|| crate::words::Words::new(&self.folded))
    }

    /// The scan of `lexicon` in this text: made once, then shared by every
    /// list of the lexicon.
    fn shared_scan(&self, lexicon: &'static terms::Lexicon) -> Rc<terms::Scan> {
        let key = lexicon as *const terms::Lexicon as usize;
        let (cached_key, cached) = self.shared_scan.get_or_init(|| (key, Rc::new(lexicon.scan_lazily(self))));
        if *cached_key == key {
            Rc::clone(cached)
        } else {
            Rc::new(lexicon.scan_lazily(self))
        }
    }
}

/// Builds the folded view, cluster by cluster.
fn fold_text(original: &str) -> View {
    let mut view = View { text: String::with_capacity(original.len()), segments: Vec::with_capacity(original.len()), ..View::default() };
    let mut buffer = String::new();
    let mut chars = original.char_indices().peekable();
    while let Some((start, first)) = chars.next() {
        let mut end = start + first.len_utf8();
        while let Some(&(at, next)) = chars.peek() {
            if !fold::extends_cluster(next) {
                break;
            }
            end = at + next.len_utf8();
            chars.next();
        }
        if end == start + first.len_utf8() {
            if let Some((c, script)) = fold::fold_simple(first) {
                view.push(c, start, end, script);
                continue;
            }
        }
        buffer.clear();
        if let Some(script) = fold::fold_cluster(&original[start..end], &mut buffer) {
            for c in buffer.chars() {
                view.push(c, start, end, script);
            }
        }
    }
    view
}

/// Characters that end a sentence.
fn ends_sentence(c: char) -> bool {
    matches!(c, '。' | '！' | '？' | '!' | '?' | '\n' | '．')
}

/// Separators people put inside a word to split it: `ば か`, `バ・カ`, `ば_か`.
fn is_separator(c: char) -> bool {
    matches!(c, ' ' | '\t' | '\u{3000}' | '・' | '.' | '_' | '-' | '/' | '|')
}

/// Marks people type in place of a character they hide (`死○`, `090-****`),
/// in the folded view.
pub fn is_masking(c: char) -> bool {
    matches!(c, '○' | '〇' | '◯' | '●' | '◎' | '×' | '✕' | '✖' | '*' | '□' | '■')
}

fn is_wave_dash(c: char) -> bool {
    matches!(c, '〜' | '~' | 'ー' | '－' | '―' | '‐')
}

/// Builds the compact view from the folded one (see the module docs).
///
/// A separator is only a trick when it splits a word into pieces too small
/// to be words themselves: `バ カ`, `i d i o t`. Between two real words
/// (`やれば かなり`) it stays, or the words would run together into a match.
fn compact_view(folded: &View) -> View {
    let segments = folded.segments();
    let chars: Vec<char> = folded.as_str().chars().collect();
    let n = chars.len();
    let masking = |i: usize| is_masking(chars[i]);
    let japanese = |i: usize| segments[i].script.is_japanese() || masking(i);
    let same_run = |a: usize, b: usize| segments[a].script == segments[b].script && !masking(a) && !masking(b);
    // A character standing alone in its script run: `バ` in `相手はバ カ`.
    let alone = |i: usize| (i == 0 || !same_run(i - 1, i)) && (i + 1 == n || !same_run(i, i + 1));
    let splits_word = |p: usize, q: usize| {
        let japanese_piece = japanese(p) && japanese(q) && (alone(p) || alone(q));
        let single_letters = segments[p].script == Script::Alpha && segments[q].script == Script::Alpha && alone(p) && alone(q);
        japanese_piece || single_letters
    };
    let mut view = View { text: String::with_capacity(folded.text.len()), segments: Vec::with_capacity(n), ..View::default() };
    let mut i = 0;
    while i < n {
        let c = chars[i];
        let seg = segments[i];
        if is_separator(c) || is_wave_dash(c) {
            let run_end = (i..n).find(|&j| !(is_separator(chars[j]) || is_wave_dash(chars[j]))).unwrap_or(n);
            let has_dash = (i..run_end).any(|j| is_wave_dash(chars[j]));
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
            for (&c, s) in chars[i..run_end].iter().zip(&segments[i..run_end]) {
                view.push(c, s.start as usize, s.end as usize, s.script);
            }
            i = run_end;
            continue;
        }
        let near_japanese = || (i > 0 && japanese(i - 1)) || (i + 1 < n && japanese(i + 1));
        let out = if masking(i) && near_japanese() { MASK } else { c };
        view.push(out, seg.start as usize, seg.end as usize, seg.script);
        i += 1;
    }
    view
}

#[cfg(test)]
mod tests {
    use super::*;

    fn compact(s: &str) -> String {
        Normalized::new(s).compact.as_str().to_owned()
    }

    /// The original text behind `needle` in the compact view of `s`.
    fn source_of(s: &str, needle: &str) -> String {
        let n = Normalized::new(s);
        let at = n.compact.as_str().find(needle).expect("needle in compact view");
        let r = n.compact.original_range(at..at + needle.len());
        s[r].to_owned()
    }

    #[test]
    fn width_case_and_kana_are_folded() {
        assert_eq!(Normalized::new("ﾊﾞｶ ＡＢＣ１２３ Hello").folded.as_str(), "ばか abc123 hello");
    }

    #[test]
    fn spacing_tricks_inside_japanese_words_are_removed() {
        assert_eq!(compact("バ カ"), "ばか");
        assert_eq!(compact("バ・カ"), "ばか");
        assert_eq!(compact("ば　か"), "ばか");
        assert_eq!(compact("i d i o t!"), "idiot!");
    }

    #[test]
    fn spaces_between_words_stay() {
        assert_eq!(compact("a complete idiot"), "a complete idiot");
        assert_eq!(compact("やれば かなり"), "やれば かなり");
    }

    #[test]
    fn wave_dashes_become_one_prolonged_sound_mark() {
        assert_eq!(compact("ば〜か"), "ばーか");
        assert_eq!(compact("ばーーか"), "ばーか");
        assert_eq!(compact("ば〜〜〜〜か"), "ば〜〜〜〜か", "a long run is not a trick");
        assert_eq!(compact("スーパー"), "すーぱー");
    }

    #[test]
    fn masking_characters_are_unified() {
        assert_eq!(compact("バ〇"), "ば○");
        assert_eq!(compact("●ね"), "○ね");
        assert_eq!(compact("2*3"), "2*3");
    }

    #[test]
    fn spans_map_back_to_the_exact_original() {
        assert_eq!(source_of("相手はバ カじゃない", "ばか"), "バ カ");
        assert_eq!(source_of("うちのﾊﾞｶ教頭", "ばか"), "ﾊﾞｶ");
        assert_eq!(source_of("バ\u{200B}カ", "ばか"), "バ\u{200B}カ");
        assert_eq!(source_of("ほんとば〜か", "ばーか"), "ば〜か");
        assert_eq!(source_of("ＢＩＴ．ＬＹ", "bit"), "ＢＩＴ");
    }

    #[test]
    fn view_range_inverts_original_range() {
        let n = Normalized::new("見て ＢＩＴ．ＬＹ です");
        let at = n.folded.as_str().find("bit.ly").unwrap();
        let orig = n.folded.original_range(at..at + 6);
        assert_eq!(&n.original[orig.clone()], "ＢＩＴ．ＬＹ");
        assert_eq!(n.folded.view_range(orig), at..at + 6);
    }

    #[test]
    fn sentences_end_at_japanese_and_latin_marks() {
        let n = Normalized::new("一文目。二文目です！三");
        let sentence_of = |word: &str| {
            let at = n.compact.as_str().find(word).unwrap();
            n.compact.as_str()[n.compact.sentence(&(at..at + word.len()))].to_owned()
        };
        assert_eq!(sentence_of("二"), "二文目です!");
        assert_eq!(sentence_of("一文目"), "一文目。");
        assert_eq!(sentence_of("三"), "三");
        assert_eq!(n.compact.sentence(&(0..0)), 0.."一文目。".len());
    }

    #[test]
    fn empty_text_has_empty_views() {
        let n = Normalized::new("");
        assert_eq!(n.compact.as_str(), "");
        assert_eq!(n.compact.original_range(0..0), 0..0);
    }
}

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
//!
//! Building both views is most of what a check pays per byte before any
//! rule runs. Characters that fold to themselves (kana, kanji, lower-case
//! ASCII) are copied to the folded view a run at a time, and the compact
//! view copies whole runs of the folded one, reading characters one by one
//! only around separators, dashes and masking marks: by callgrind
//! (2026-11-29), the two views of the bench's 10,000 characters went from
//! 2.78 M to 2.01 M instructions, of its 280-character post from 80 k to
//! 54 k.

pub mod english;
pub mod finder;
pub mod fnv;
pub mod fold;
mod kanji;
pub mod list_format;
pub mod names;
pub mod spans;
pub mod terms;
#[cfg(test)]
pub(crate) mod testing;
pub mod utf16;
mod view;

use std::cell::OnceCell;
use std::ops::Range;
use std::rc::Rc;

pub use fold::Script;
use view::{compact_view, fold_text};
pub use view::{is_masking, Segment, View, MASK};

use crate::words::Token;

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

    /// The compact-view range of the folded-view range `range`: where a
    /// word of the words layer, whose ranges are over the folded view,
    /// stands among the ranges the rules report.
    pub fn compact_of_folded(&self, range: Range<usize>) -> Range<usize> {
        self.compact.view_range(self.folded.original_range(range))
    }

    /// The folded-view range of the compact-view range `range`: where the
    /// words layer reads a rule's range.
    pub fn folded_of_compact(&self, range: Range<usize>) -> Range<usize> {
        self.folded.view_range(self.compact.original_range(range))
    }

    /// The compact-view range of `token`.
    pub fn compact_of_token(&self, token: &Token) -> Range<usize> {
        self.compact_of_folded(token.range.clone())
    }

    /// The compact-view range from the start of `first` to the end of
    /// `last`, each token mapped on its own.
    pub fn compact_of_tokens(&self, first: &Token, last: &Token) -> Range<usize> {
        self.compact_of_token(first).start..self.compact_of_token(last).end
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

/// The maximal runs of ASCII bytes of `s` that `in_run` accepts, in order.
/// No byte of a character of several bytes is an ASCII one, so the runs are
/// found by bytes, not by decoding every character of a Japanese text for
/// its few ASCII words (credential's provider tokens, the bench's 10,000-character check:
/// 19.44 M → 19.25 M instructions, callgrind, 2026-11-30; the numbers of a
/// speed, the words of an English group).
pub fn byte_runs<'s>(s: &'s str, in_run: impl Fn(u8) -> bool + 's) -> impl Iterator<Item = Range<usize>> + 's {
    let bytes = s.as_bytes();
    let mut at = 0;
    std::iter::from_fn(move || {
        let start = at + bytes[at..].iter().position(|&b| b.is_ascii() && in_run(b))?;
        let end = bytes[start..].iter().position(|&b| !(b.is_ascii() && in_run(b))).map_or(bytes.len(), |len| start + len);
        at = end;
        Some(start..end)
    })
}

/// The characters of `s` that are among `chars`, with their byte offsets,
/// found by their first UTF-8 byte: only the characters that share a first
/// byte with one of `chars` are decoded. The personal-information scanners
/// look for digits and a few kanji (`一`…`十`, `小中高`) over the whole
/// text; decoding every character of a Japanese text to find them was a
/// sixth of their instructions (callgrind, 10,000 characters).
///
/// The first bytes of kanji (`E4`…`E9`) begin most characters of a
/// Japanese text, so a character of several bytes is decoded only when
/// its second byte is one of `chars`' too: the four scanners' calls went
/// from 0.91 M to 0.76 M instructions of the bench's 10,000-character
/// check, most of the rest the loop over the bytes (callgrind, 2026-11-30).
pub fn find_chars<'s>(s: &'s str, chars: &'s [char]) -> impl Iterator<Item = (usize, char)> + 's {
    // For each first byte of one of `chars`, the second bytes they have
    // (bit `b & 63` of the continuation byte `b`); every bit for ASCII.
    // A continuation byte is no first byte, so it has none.
    let mut seconds = [0u64; 256];
    for &c in chars {
        let mut buffer = [0; 4];
        let encoded = c.encode_utf8(&mut buffer).as_bytes();
        seconds[usize::from(encoded[0])] |= encoded.get(1).map_or(u64::MAX, |&b| 1 << (b & 63));
    }
    let bytes = s.as_bytes();
    let mut from = 0;
    std::iter::from_fn(move || loop {
        // A tight loop over the bytes; a first byte is never a continuation
        // byte, so `at` is a character boundary.
        let at = from + bytes[from..].iter().position(|&b| seconds[usize::from(b)] != 0)?;
        if bytes[at] >= 0x80 && seconds[usize::from(bytes[at])] >> (bytes[at + 1] & 63) & 1 == 0 {
            from = at + 1;
            continue;
        }
        let c = s[at..].chars().next()?;
        from = at + c.len_utf8();
        if chars.contains(&c) {
            return Some((at, c));
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn find_chars_finds_what_decoding_every_character_finds() {
        let s = "第3学年は中2、一二三丁目4-5 ｱ😀四十";
        let chars = ['0', '2', '3', '4', '一', '三', '四', '十', '中'];
        let expected: Vec<(usize, char)> = s.char_indices().filter(|(_, c)| chars.contains(c)).collect();
        assert_eq!(find_chars(s, &chars).collect::<Vec<_>>(), expected);
        // Over the corpora, with the scanners' characters: kanji that share
        // a first byte, or two, with others.
        let chars: Vec<char> = "0123456789一二三四五六七八九十小中高平令昭hrs+(".chars().collect();
        for text in testing::corpus_texts() {
            let expected: Vec<(usize, char)> = text.char_indices().filter(|(_, c)| chars.contains(c)).collect();
            assert_eq!(find_chars(&text, &chars).collect::<Vec<_>>(), expected, "{text:?}");
        }
    }

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
        // a mark inside a Latin word keeps the word whole: `a m*ron` is
        // not the letters `a m` spaced out
        assert_eq!(compact("a m*ron"), "a m*ron");
        assert_eq!(compact("a st**pid"), "a st○○pid");
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
    fn ranges_map_between_the_folded_and_the_compact_view() {
        let n = Normalized::new("ＢＩＴ．ＬＹ の バ カ 教頭");
        let words = n.words().tokens();
        let word = |surface: &str| words.iter().find(|t| t.surface() == surface).expect("a word of the text");
        let compact_text = |range: Range<usize>| n.compact.as_str()[range].to_owned();
        let folded_text = |range: Range<usize>| n.folded.as_str()[range].to_owned();
        let (ba, ka) = (word("バ"), word("カ"));
        assert_eq!(compact_text(n.compact_of_token(ba)), "ば");
        assert_eq!(compact_text(n.compact_of_tokens(ba, ka)), "ばか");
        assert_eq!(n.compact_of_tokens(ba, ka), n.compact_of_folded(ba.range.start..ka.range.end));
        let baka = n.compact.as_str().find("ばか").unwrap();
        assert_eq!(folded_text(n.folded_of_compact(baka..baka + "ばか".len())), "ば か");
        let bitly = n.folded.as_str().find("bit.ly").unwrap()..n.folded.as_str().find(" の").unwrap();
        assert_eq!(n.folded_of_compact(n.compact_of_folded(bitly.clone())), bitly);
        assert_eq!(n.compact_of_folded(0..0), 0..0);
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

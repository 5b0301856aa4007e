//! What the model reads of a post: its sentences, each as the hashed
//! character n-grams of its compact view (see [`crate::text`]: NFKC, lower
//! case, katakana folded to hiragana, spacing tricks undone), so `ﾊﾞｶ`, `バカ`
//! and `ば か` look the same to it.
//!
//! Besides character n-grams, a sentence is read as pseudo-words: runs of
//! one script (kanji, kana, Latin letters, digits), each word and each pair of
//! neighbouring words hashed like an n-gram. They say "this kanji compound"
//! or "this word after that one" without a tokenizer, whose cost per sentence
//! the model cannot afford.
//!
//! Besides the letters, a sentence is read as the rules' lexicon reads it
//! ([`Classes`], features version 5): which lists' words, by tag, it holds,
//! which pairs of them, and those of its neighbours and of the post. On
//! writer-held-out cross-validation they raised the model alone's recall at
//! 0.2 % of clean posts alarmed from 0.415 to 0.454 (mean over the 0.2–1 %
//! budgets 0.466 → 0.532); the neighbours' and the post's classes added
//! about 0.005 of it (`model/README.md`, "Version 5").
//!
//! Besides the letters and the lists, a sentence is read as the lemmas of
//! its content words and pairs of them ([`lemma_features`], version 7):
//! the words layer's dictionary knows that `黙れ` and `黙らせる` are `黙る`,
//! which no n-gram of the corpus's `黙れ` says. On writer-held-out
//! cross-validation the whole engine found 219 more of 9,101 expected rules
//! with them, at the rule share the engine asks (`super::RULE_SHARE`;
//! `model/README.md`, "Version 7"). Tokenising is not free: the engine
//! reads a sentence's lemmas only when the rest of its features already
//! make it doubtful (`super::LEMMA_GATE`).
//!
//! Quoted text is left out: a word in quotation marks is mentioned, not
//! used (`「死ね」と書き込まれたら相談を`), the same reading the rules give it.
//!
//! Links, handles, numbers and emoji are read as their characters. Read as
//! one class token each instead (a link is "a link"), they lowered the
//! model alone's writer-held-out recall (mean over the budgets 0.522 →
//! 0.473; links alone 0.501, the others alone 0.514): a piracy or dating
//! site's host and a number's digits tell it something.

use std::ops::Range;
use std::sync::LazyLock;

use crate::rules::context::Mentions;
use crate::rules::lists::LEXICON;
use crate::text::{Normalized, Script, View};

/// Changes whenever the features below or the weights' format
/// ([`super::weights`]) change, so that weights trained on other features
/// are refused instead of read as noise. Version 6: a pseudo-word's script
/// is its characters' segments' in the view ([`ngrams`]).
pub const FEATURES_VERSION: u32 = 6;

/// Sentences with fewer letters than this are not judged: a fragment
/// (`はい。`, `🙏`) carries too little to estimate anything from.
const MIN_LETTERS: usize = 5;

/// Which n-grams are read and how many buckets they are hashed into; the
/// weights file records it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Shape {
    pub bucket_bits: u8,
    pub min_order: u8,
    pub max_order: u8,
    /// Whether pseudo-words and pairs of them are read as well.
    pub words: bool,
    /// Whether the lexicon classes of the sentence are read ([`Classes`]).
    pub lexicon: bool,
    /// Whether the lexicon classes of the neighbouring sentences and of the
    /// whole post are read too (with `lexicon`).
    pub context: bool,
    /// Whether the lemmas of the sentence's content words, and pairs of
    /// neighbouring ones, are read ([`Classes::new`], from the words layer).
    pub lemmas: bool,
}

/// The longest n-gram a [`Shape`] may ask for.
pub const MAX_ORDER: u8 = 5;

impl Shape {
    pub fn buckets(self) -> usize {
        1 << self.bucket_bits
    }

    /// The flags byte of the weights file: bit 0 pseudo-words, bit 1
    /// lexicon classes, bit 2 context, bit 3 lemmas.
    pub fn flags(self) -> u8 {
        u8::from(self.words) | u8::from(self.lexicon) << 1 | u8::from(self.context) << 2 | u8::from(self.lemmas) << 3
    }

    /// The shape of `bucket_bits`, orders and a flags byte ([`Shape::flags`]).
    pub fn with_flags(bucket_bits: u8, min_order: u8, max_order: u8, flags: u8) -> Shape {
        Shape { bucket_bits, min_order, max_order, words: flags & 1 != 0, lexicon: flags & 2 != 0, context: flags & 4 != 0, lemmas: flags & 8 != 0 }
    }

    pub fn is_valid(self) -> bool {
        (8..=24).contains(&self.bucket_bits) && 1 <= self.min_order && self.min_order <= self.max_order && self.max_order <= MAX_ORDER
    }
}

/// One sentence of the compact view, with its end mark (`。`, `！`, line
/// break) if it has one.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Sentence {
    pub range: Range<usize>,
    /// The sentence teaches, warns or asks people not to (a mention cue of
    /// the rules lies inside it): never raised, whatever it says.
    pub mention: bool,
}

/// The sentences of `view` long enough to judge, in order.
pub fn sentences<'v>(view: &'v View, mentions: &'v Mentions) -> impl Iterator<Item = Sentence> + 'v {
    let text = view.as_str();
    let mut at = 0;
    std::iter::from_fn(move || {
        while at < text.len() {
            let range = view.sentence(&(at..at));
            at = range.end.max(at + 1);
            let letters = text[range.clone()].chars().filter(|&c| Script::of(c).is_word()).take(MIN_LETTERS).count();
            if letters >= MIN_LETTERS {
                let mention = mentions.has_cue_within(&range);
                return Some(Sentence { range, mention });
            }
        }
        None
    })
}

/// The quotations of a text merged into disjoint ranges in order, so that
/// each sentence finds its own with a binary search.
pub fn quoted_parts(mentions: &Mentions) -> Vec<Range<usize>> {
    let mut parts: Vec<Range<usize>> = mentions.quotations().to_vec();
    parts.sort_by_key(|q| q.start);
    let mut merged: Vec<Range<usize>> = Vec::with_capacity(parts.len());
    for q in parts {
        match merged.last_mut() {
            Some(last) if q.start <= last.end => last.end = last.end.max(q.end),
            _ => merged.push(q),
        }
    }
    merged
}

/// Every feature of the sentence `range` of the compact view of `text`:
/// its n-grams and pseudo-words ([`ngrams`]) and, as `shape` asks, its
/// lexicon classes and those around it ([`Classes::emit`]) and its lemmas
/// ([`lemma_features`]). The engine reads the lemmas only of a sentence the
/// rest already makes doubtful (`super::LEMMA_GATE`); the trainer fits on
/// them all.
pub fn features(text: &Normalized, range: Range<usize>, quoted: &[Range<usize>], classes: &Classes, shape: Shape, mut emit: impl FnMut(u32)) {
    sentence_features(&text.compact, range.clone(), quoted, classes, shape, &mut emit);
    lemma_features(text, range, quoted, shape, &mut emit);
    classes.emit_post(shape, emit);
}

/// The features of [`features`] that differ from sentence to sentence,
/// but the lemmas: all but the post's classes ([`Classes::emit_post`]),
/// which the engine sums once a post.
pub fn sentence_features(text: &View, range: Range<usize>, quoted: &[Range<usize>], classes: &Classes, shape: Shape, mut emit: impl FnMut(u32)) {
    ngrams(text, range.clone(), quoted, shape, &mut emit);
    classes.emit(text, range, shape, emit);
}

/// What the rules' shared lexicon ([`crate::rules::lists::LEXICON`]) found
/// in a post, as classes: a class is a list and a tag of it (`people.txt`
/// `@you`, `insult.txt` `@judgement`, `confidential.txt` `@cue`), an allow
/// phrase of a list a class of its own. A writer the model has not seen
/// uses words it never met in training, but the lists know many of them:
/// "a person noun with an insulting judgement", "a secrecy cue with a
/// school topic" are shapes the model can learn from some words and apply
/// to others. The hits are the raw ones of the scan every check makes
/// already ([`crate::text::terms::Lexicon::raw_hits`]: no boundaries, lemma
/// entries where their first word's trigger is).
#[derive(Clone, Debug, Default)]
pub struct Classes {
    /// (start in the compact view, class), by start.
    hits: Vec<(usize, u64)>,
    /// The distinct classes of the whole post, in order.
    post: Vec<u64>,
}

/// The class of each entry of the lexicon: FNV-1a of its list's index,
/// whether it is an allow phrase and its tag, hashed once rather than at
/// every hit.
static ENTRY_CLASSES: LazyLock<Vec<u64>> = LazyLock::new(|| {
    (0..LEXICON.entry_count())
        .map(|entry| {
            let (list, tag, allow) = LEXICON.entry_class(entry);
            tag.bytes().fold(step(step(FNV_OFFSET, list as u32), u32::from(allow)), |h, b| step(h, u32::from(b)))
        })
        .collect()
});

/// The most distinct classes of one sentence read; pairs of them grow with
/// its square.
const MAX_CLASSES: usize = 12;

/// Tells class features (of the sentence, a pair of them, a neighbouring
/// sentence's, the post's) from each other and from n-grams.
const CLASS_TAG: u64 = 0x434c;
const CLASS_PAIR_TAG: u64 = 0x4350;
const NEAR_TAG: u64 = 0x4e52;
const POST_TAG: u64 = 0x5054;
const LEMMA_TAG: u64 = 0x4c4d;
const LEMMA_PAIR_TAG: u64 = 0x4c50;
/// The lemma before a sentence's first, for its pair.
const LEMMA_START: u64 = FNV_OFFSET ^ 0x4c53;

/// The parts of speech whose words' lemmas [`lemma_features`] reads: the words
/// that say something, and the auxiliaries that turn it (`ない`, `たい`,
/// `れる`); particles and symbols are the character n-grams' job.
const CONTENT_POS: [&str; 8] = ["名詞", "動詞", "形容詞", "副詞", "連体詞", "感動詞", "助動詞", "接頭詞"];

/// Hands `emit` the buckets of the lemmas of the sentence `range` (of the
/// compact view of `text`), with `shape.lemmas`: the lemma of each word of a
/// [`CONTENT_POS`] that starts inside it and outside `quoted`, and each pair
/// of neighbouring ones (the first with the sentence's start). `黙れ`,
/// `黙ってろ` and `黙らせる` are one lemma, `黙る`: a new writer's inflection
/// of a word the corpus holds in another form. Only the sentence's pieces
/// of the words layer are tokenised (and only once a check, whoever asks).
pub fn lemma_features(text: &Normalized, range: Range<usize>, quoted: &[Range<usize>], shape: Shape, mut emit: impl FnMut(u32)) {
    if !shape.lemmas {
        return;
    }
    let bits = shape.bucket_bits;
    let folded = text.folded_of_compact(range);
    let mut key = String::new();
    let mut previous = LEMMA_START;
    for token in text.words().under(&folded).tokens {
        if token.range.start < folded.start || !CONTENT_POS.contains(&token.pos()) {
            continue;
        }
        let at = text.compact_of_token(token).start;
        let q = quoted.partition_point(|q| q.end <= at);
        if quoted.get(q).is_some_and(|q| q.start <= at) {
            continue;
        }
        token.lemma_key_into(&mut key);
        let lemma = key.chars().fold(FNV_OFFSET, |h, c| step(h, c as u32));
        emit(mix(lemma ^ LEMMA_TAG, bits));
        emit(mix(step(previous ^ LEMMA_PAIR_TAG, 0) ^ lemma, bits));
        previous = lemma;
    }
}

impl Classes {
    /// The classes of `text` outside `quoted` (from [`quoted_parts`]); none
    /// unless `shape` reads them.
    pub fn new(text: &Normalized, quoted: &[Range<usize>], shape: Shape) -> Classes {
        let mut classes = Classes::default();
        if !shape.lexicon {
            return classes;
        }
        let class_of = &*ENTRY_CLASSES;
        LEXICON.raw_hits(text, |range, entry| {
            let q = quoted.partition_point(|q| q.end <= range.start);
            if !quoted.get(q).is_some_and(|q| q.start <= range.start) {
                classes.hits.push((range.start, class_of[entry]));
            }
        });
        classes.hits.sort_unstable();
        classes.hits.dedup();
        if shape.context {
            classes.post = classes.hits.iter().map(|&(_, c)| c).collect();
            classes.post.sort_unstable();
            classes.post.dedup();
        }
        classes
    }

    /// The distinct classes of the hits starting in `range`, at most [`MAX_CLASSES`].
    fn within(&self, range: &Range<usize>, out: &mut [u64; MAX_CLASSES]) -> usize {
        let from = self.hits.partition_point(|&(at, _)| at < range.start);
        let mut n = 0;
        for &(_, class) in self.hits[from..].iter().take_while(|&&(at, _)| at < range.end) {
            if n < MAX_CLASSES && !out[..n].contains(&class) {
                out[n] = class;
                n += 1;
            }
        }
        out[..n].sort_unstable();
        n
    }

    /// Hands `emit` the buckets of the sentence `range` of `text`'s
    /// classes: each class, each pair of them (in one order whatever the
    /// words' order), and with `shape.context` the classes of the sentences
    /// just before and after it (a warning heading, a report frame: what
    /// the post is about around the sentence; the whole post's are
    /// [`Classes::emit_post`]).
    pub fn emit(&self, text: &View, range: Range<usize>, shape: Shape, mut emit: impl FnMut(u32)) {
        if !shape.lexicon || self.hits.is_empty() {
            return;
        }
        let bits = shape.bucket_bits;
        let mut found = [0u64; MAX_CLASSES];
        let n = self.within(&range, &mut found);
        for (i, &a) in found[..n].iter().enumerate() {
            emit(mix(a ^ CLASS_TAG, bits));
            for &b in &found[i + 1..n] {
                emit(mix(step(a ^ CLASS_PAIR_TAG, 0) ^ b, bits));
            }
        }
        if !shape.context {
            return;
        }
        let view = text.as_str();
        // The sentence of the character before this one (its end mark) and
        // of the one after it.
        let before = view[..range.start].char_indices().next_back().map(|(at, _)| at);
        let after = (range.end < view.len()).then_some(range.end);
        let mut near = [0u64; MAX_CLASSES];
        for at in [before, after].into_iter().flatten() {
            let neighbour = text.sentence(&(at..at));
            let n = self.within(&neighbour, &mut near);
            for &c in &near[..n] {
                emit(mix(c ^ NEAR_TAG, bits));
            }
        }
    }

    /// Hands `emit` the buckets of the classes of the whole post, with
    /// `shape.context`: the same for each of its sentences.
    pub fn emit_post(&self, shape: Shape, mut emit: impl FnMut(u32)) {
        if shape.lexicon && shape.context {
            for &c in &self.post {
                emit(mix(c ^ POST_TAG, shape.bucket_bits));
            }
        }
    }
}

/// Stands for the start and the end of a sentence, so that n-grams can say
/// "a sentence ending in `しね`".
const BOUNDARY: u32 = 0x02;

/// Hands `emit` the bucket of every n-gram of `range` of `text` (and of
/// every pseudo-word and pair of them, as `shape` asks), leaving out what lies
/// inside `quoted` (from [`quoted_parts`]). Digits are read as `0` (a phone
/// number is its shape, not its digits) and runs of spaces as one space.
///
/// One pass, no allocation: the hash of each n-gram ending at a character
/// is that of the n-gram one shorter ending at the character before, one
/// FNV-1a step further (FNV-1a reads left to right), so every order costs
/// one multiplication a character instead of hashing each n-gram afresh
/// (what it saved: `model/README.md`, "Cost").
///
/// A character's script is its segment's in the view (found when the view
/// was built), not looked up again: `Script::of` was a tenth of the model's
/// instructions.
pub fn ngrams(view: &View, range: Range<usize>, quoted: &[Range<usize>], shape: Shape, emit: impl FnMut(u32)) {
    let text = view.as_str();
    // One segment a character of the view.
    let segments = &view.segments()[view.segment_index(range.start)..];
    let mut grams = Grams {
        hashes: [FNV_OFFSET; MAX_ORDER as usize + 1],
        filled: 0,
        shape,
        word: Word::START,
        previous_word: Word::START.hash,
        emit,
    };
    grams.push(BOUNDARY);
    let mut quote = quoted.partition_point(|q| q.end <= range.start);
    let mut last = BOUNDARY;
    for ((offset, c), segment) in text[range.clone()].char_indices().zip(segments) {
        let at = range.start + offset;
        while quote < quoted.len() && quoted[quote].end <= at {
            quote += 1;
        }
        if quoted.get(quote).is_some_and(|q| q.start <= at) {
            continue;
        }
        let code = match c {
            '0'..='9' => '0' as u32,
            c if c.is_whitespace() => ' ' as u32,
            c => c as u32,
        };
        if code == ' ' as u32 && last == code {
            continue;
        }
        last = code;
        grams.push(code);
        if shape.words {
            grams.word(segment.script, code);
        }
    }
    grams.push(BOUNDARY);
    if shape.words {
        grams.end_sentence();
    }
}

/// A pseudo-word being read: a run of characters of one script.
#[derive(Clone, Copy)]
struct Word {
    script: Script,
    /// FNV-1a of the word's characters so far.
    hash: u64,
    len: usize,
}

impl Word {
    /// The start of a sentence, as a word of its own.
    const START: Word = Word { script: Script::Other, hash: FNV_OFFSET ^ 0x5354, len: 0 };
    /// The hash that stands for the end of a sentence.
    const END: u64 = FNV_OFFSET ^ 0x454e;
}

const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
const FNV_PRIME: u64 = 0x0000_0100_0000_01b3;

/// One FNV-1a step.
#[inline]
fn step(h: u64, code: u32) -> u64 {
    (h ^ u64::from(code)).wrapping_mul(FNV_PRIME)
}

/// Tells pseudo-word features from n-grams of the same characters.
const WORD_TAG: u64 = 0x57;
const PAIR_TAG: u64 = 0x5750;

/// What has been read of a sentence, and where its features go.
struct Grams<E> {
    /// `hashes[o]`: FNV-1a of the last `o` characters read (`hashes[0]` is
    /// the empty string's).
    hashes: [u64; MAX_ORDER as usize + 1],
    /// How many characters (boundary included) have been read, up to the longest order.
    filled: usize,
    shape: Shape,
    /// The pseudo-word being read, and the hash of the one before it.
    word: Word,
    previous_word: u64,
    emit: E,
}

impl<E: FnMut(u32)> Grams<E> {
    #[inline(always)]
    fn push(&mut self, code: u32) {
        let max = usize::from(self.shape.max_order);
        // Every order up to the longest a shape may read, whatever this
        // one's: a loop of fixed length, unrolled, where one bounded by the
        // shape was not; the orders past `max` are never read. With the
        // hashes emitted from a copy (no bounds check an n-gram), `push`
        // inlined into the loop over the characters and `Rows::add`'s
        // index masked, the bench's 10,000-character check went from
        // 18.58 M to 18.12 M instructions (callgrind, 2026-11-30).
        for order in (1..=usize::from(MAX_ORDER)).rev() {
            self.hashes[order] = step(self.hashes[order - 1], code);
        }
        self.filled = (self.filled + 1).min(max);
        let from = if code == BOUNDARY { usize::from(self.shape.min_order).max(2) } else { usize::from(self.shape.min_order) };
        let (hashes, bits) = (self.hashes, self.shape.bucket_bits);
        for &hash in hashes.get(from..=self.filled).unwrap_or_default() {
            (self.emit)(mix(hash, bits));
        }
    }

    /// Reads a character of `script` (as `code`) into the current
    /// pseudo-word, ending it first when the character is of another
    /// script. Spaces, punctuation and symbols end a word and start none.
    #[inline]
    fn word(&mut self, script: Script, code: u32) {
        let script = match script {
            Script::Katakana => Script::Hiragana,
            script if script.is_word() => script,
            _ => Script::Other,
        };
        if script != self.word.script || script == Script::Other {
            self.end_word();
            self.word = Word { script, hash: FNV_OFFSET, len: 0 };
        }
        if script != Script::Other {
            self.word.hash = step(self.word.hash, code);
            self.word.len += 1;
        }
    }

    /// The features of the word just read: the word, and the pair it forms
    /// with the word before it.
    fn end_word(&mut self) {
        if self.word.len == 0 {
            return;
        }
        let bits = self.shape.bucket_bits;
        (self.emit)(mix(self.word.hash ^ WORD_TAG, bits));
        (self.emit)(mix(step(self.previous_word ^ PAIR_TAG, 0) ^ self.word.hash, bits));
        self.previous_word = self.word.hash;
        self.word.len = 0;
    }

    /// The last word's features, and those of the last word and the end.
    fn end_sentence(&mut self) {
        self.end_word();
        (self.emit)(mix(step(self.previous_word ^ PAIR_TAG, 0) ^ Word::END, self.shape.bucket_bits));
    }
}

/// A multiplicative mix of `h`, cut to `bits`, so that the top bits, which
/// pick the bucket, depend on every character.
#[inline]
fn mix(mut h: u64, bits: u8) -> u32 {
    h ^= h >> 29;
    h = h.wrapping_mul(0x9e37_79b9_7f4a_7c15);
    (h >> (64 - u32::from(bits))) as u32
}

#[cfg(test)]
mod tests {
    use super::*;

    const SHAPE: Shape = Shape { bucket_bits: 16, min_order: 1, max_order: 3, words: false, lexicon: false, context: false, lemmas: false };

    fn sentences_of(text: &str) -> Vec<(String, bool)> {
        let n = Normalized::new(text);
        let mentions = Mentions::new(&n);
        sentences(&n.compact, &mentions).map(|s| (n.compact.as_str()[s.range].to_owned(), s.mention)).collect()
    }

    fn grams_of(text: &str) -> Vec<u32> {
        grams_in(text, SHAPE)
    }

    fn grams_in(text: &str, shape: Shape) -> Vec<u32> {
        let n = Normalized::new(text);
        let mentions = Mentions::new(&n);
        let quoted = quoted_parts(&mentions);
        let mut out = Vec::new();
        for s in sentences(&n.compact, &mentions) {
            ngrams(&n.compact, s.range, &quoted, shape, |b| out.push(b));
        }
        out
    }

    #[test]
    fn sentences_end_at_their_marks_and_short_ones_are_skipped() {
        assert_eq!(
            sentences_of("はい。今日は運動会でした！\n雨でも元気に走りました"),
            [("今日は運動会でした!".to_owned(), false), ("雨でも元気に走りました".to_owned(), false)]
        );
        assert!(sentences_of("").is_empty());
        assert!(sentences_of("\n\n。。").is_empty());
    }

    #[test]
    fn a_sentence_with_a_mention_cue_is_marked() {
        assert_eq!(sentences_of("悪口を書かないようにしましょう。"), [("悪口を書かないようにしましょう。".to_owned(), true)]);
    }

    #[test]
    fn width_kana_and_spacing_do_not_change_the_features() {
        assert_eq!(grams_of("ﾏｼﾞで使えない先生"), grams_of("マジで使えない先生"));
        assert_eq!(grams_of("マ ジ で使えない先生"), grams_of("マジで使えない先生"));
        assert_ne!(grams_of("マジで使えない先生"), grams_of("マジで頼れる先生だ"));
    }

    #[test]
    fn quoted_text_and_digits_are_read_as_described() {
        assert_eq!(grams_of("「死ね」と言われたら相談を"), grams_of("「」と言われたら相談を"));
        assert_eq!(grams_of("電話は090-1234-5678です"), grams_of("電話は080-9999-0000です"));
        assert_eq!(grams_of("遠足  に行きました"), grams_of("遠足 に行きました"));
    }

    #[test]
    fn every_order_is_read_and_buckets_stay_in_range() {
        // 5 letters + two boundaries: 5 unigrams, 6 bigrams, 5 trigrams.
        let grams = grams_of("あいうえお");
        assert_eq!(grams.len(), 5 + 6 + 5);
        assert!(grams.iter().all(|&b| (b as usize) < SHAPE.buckets()));
    }

    #[test]
    fn pseudo_words_are_runs_of_one_script_read_with_their_neighbours() {
        let words = Shape { words: true, ..SHAPE };
        let extra = |text: &str| grams_in(text, words).len() - grams_in(text, SHAPE).len();
        // abc | 先生 | 000: three words, three pairs (the first with the start), the pair with the end.
        assert_eq!(extra("ABC先生123"), 7);
        // Punctuation ends a word: 先生方 | 先生方, and the same word is the same
        // bucket (the last word comes third from the end, before its pair and the end's).
        assert_eq!(extra("先生方、先生方"), 5);
        let grams = grams_in("先生方、先生方", words);
        assert_eq!(grams.iter().filter(|&&b| b == grams[grams.len() - 3]).count(), 2);
        // Katakana and hiragana are one script to it, as in the compact view.
        assert_eq!(grams_in("先生はバカだ", words), grams_in("先生はばかだ", words));
    }

    /// The features `shape` reads beyond n-grams and pseudo-words, per sentence.
    fn class_features(text: &str, shape: Shape) -> Vec<Vec<u32>> {
        let n = Normalized::new(text);
        let mentions = Mentions::new(&n);
        let quoted = quoted_parts(&mentions);
        let classes = Classes::new(&n, &quoted, shape);
        sentences(&n.compact, &mentions)
            .map(|s| {
                let mut out = Vec::new();
                classes.emit(&n.compact, s.range.clone(), shape, |b| out.push(b));
                lemma_features(&n, s.range, &quoted, shape, |b| out.push(b));
                classes.emit_post(shape, |b| out.push(b));
                out
            })
            .collect()
    }

    const LEXICON_SHAPE: Shape = Shape { lexicon: true, ..SHAPE };

    #[test]
    fn lexicon_classes_stand_for_the_words_of_a_list() {
        // `ゴミ教師` and `ゴミ野郎` are spellings of insult.txt with the same
        // (empty) tag: one class, whichever word it is.
        assert_eq!(class_features("あの人は本当にゴミ教師だと思う", LEXICON_SHAPE), class_features("あの人は本当にゴミ野郎だと思う", LEXICON_SHAPE));
        // `you` (people.txt @you) and an insult: both classes and their pair.
        let both = &class_features("you are a moron, really", LEXICON_SHAPE)[0];
        let you = &class_features("you are a person, really", LEXICON_SHAPE)[0];
        assert!(you.len() == 1 && both.len() == 3 && both.contains(&you[0]), "{you:?} {both:?}");
        // Nothing without the shape's flag, nor for a quoted word.
        assert_eq!(class_features("you are a moron, really", SHAPE), [Vec::<u32>::new()]);
        assert_eq!(class_features("「ゴミ教師」と書かれたら相談を", LEXICON_SHAPE), class_features("「」と書かれたら相談を", LEXICON_SHAPE));
    }

    #[test]
    fn context_reads_the_classes_of_the_neighbouring_sentences_and_the_post() {
        let context = Shape { context: true, ..LEXICON_SHAPE };
        let text = "運動会がありました。you are a moron, really。明日も晴れるといいですね。";
        let alone = class_features(text, LEXICON_SHAPE);
        let around = class_features(text, context);
        // The first and last sentences hold no class: with context they read
        // the middle one's two (as a neighbour) and the post's two.
        assert_eq!((alone[0].len(), alone[2].len(), around[0].len(), around[2].len()), (0, 0, 4, 4), "{alone:?} {around:?}");
        assert_eq!(around[1].len(), alone[1].len() + 2);
    }

    #[test]
    fn lemmas_read_every_inflection_of_a_word_as_one() {
        let lemmas = Shape { lemmas: true, ..SHAPE };
        let read = |text: &str| class_features(text, lemmas).concat();
        // 黙れ is 黙る: the same lemma, and the same pair with もう.
        assert_eq!(read("お前はもう黙れ"), read("お前はもう黙る"));
        assert_ne!(read("お前はもう黙れ"), read("お前はもう走る"));
        // A lemma and a pair a content word (お前, もう, 黙る), none for
        // particles (は, よ) and marks (、) — but what the dictionary calls a
        // noun, as it does a final `!`.
        assert_eq!(read("お前はもう黙れ").len(), 6);
        assert_eq!(read("お前は、もう黙れよ").len(), 6);
        assert_eq!(read("お前は、もう黙れよ!").len(), 8);
        // Nothing without the shape's flag, nor for a quoted word.
        assert_eq!(class_features("お前はもう黙れ", SHAPE), [Vec::<u32>::new()]);
        assert_eq!(read("「黙れ」と言われた"), read("「」と言われた"));
    }

    #[test]
    fn rolling_hashes_are_those_of_each_n_gram_afresh() {
        // The same n-gram hashes the same wherever it stands: `いう`, `うえ`
        // and `えお` in both texts, and their first two letters differ.
        let bigrams = |text: &str| {
            let grams = grams_in(text, Shape { min_order: 2, max_order: 2, ..SHAPE });
            grams[1..grams.len() - 1].to_vec()
        };
        let (a, b) = (bigrams("あいうえお"), bigrams("かいうえお"));
        assert_eq!((a.len(), a[1..] == b[1..], a[0] == b[0]), (4, true, false));
    }
}

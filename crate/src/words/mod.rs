//! Words: the text cut into dictionary words, each with its part of speech,
//! conjugation form and lemma, so rules can tell `ばかす` from `ばか` and match
//! every inflection of `黙る` (黙れ, 黙ってろ, 黙らせる) with one entry.
//!
//! The analyser is [vibrato] (Viterbi over a MeCab-format dictionary). Its
//! dictionary is compiled by `build.rs` (`crate/build/dictionary.rs`) from
//! Debian's `mecab-ipadic` sources plus the project's own entries
//! (`data/slang.txt`: タヒね, ディスる, キモい…), and embedded in the crate, so the
//! CLI and the wasm engine are self-contained.
//!
//! What is tokenised is the folded view with katakana kept as katakana (the
//! dictionary knows `バカンス`, not `ばかんす`): NFKC (`ｷﾓい` → `キモい`),
//! invisible characters dropped. A token's bytes in that text are its bytes
//! in [`crate::text::Normalized::folded`], which maps them back to the
//! original.
//!
//! ## Dictionary choice
//!
//! Measured 2026-11-28 on the 2-core build machine while up to eight builds
//! shared it (load ≈ 14): times are CPU time of the measuring process
//! (`/proc/self/schedstat`), native release, vibrato 0.5.3 alone (`Dictionary::read`
//! from memory; one 280- or 10,000-character text of `bench/corpus/posts.jsonl`
//! tokenised in one piece). Boundaries and lemmas are compared with the full
//! ipadic on the 450 texts of `tests/corpus/regression.jsonl` (8,394 tokens).
//!
//! | dictionary | entries | matrix | raw | gzip -9 | load | 280 chars | 10,000 chars | vs full: boundary F1 / same lemma |
//! |---|---|---|---|---|---|---|---|---|
//! | full mecab-ipadic (`POSTCHECK_FULL_IPADIC=1`) | 392,127 | 1316×1316 | 47.8 MB | 10.29 MB | 121 ms | 30 µs | 5.0 ms | — |
//! | no proper nouns, 4 feature columns, lemma as an edit, contexts merged within 40 | 241,097 | 701×752 | 15.4 MB | 2.92 MB | | | | |
//! | + no rare forms or katakana nouns, merged within 100 | 183,653 | 564×599 | 11.5 MB | 2.13 MB | | | | 0.9887 / 0.9966 |
//! | + costs rounded to 16 | 183,653 | 564×599 | 11.5 MB | 1.95 MB | | | | 0.9887 / 0.9966 |
//! | **+ merged within 200 (shipped)** | 183,653 | 390×436 | 11.1 MB | **1.76 MB** | 29–36 ms | 23–28 µs | 2.8 ms | 0.9883 / 0.9965 |
//! | same, keeping katakana nouns | 192,818 | 390×436 | 11.7 MB | 1.90 MB | | | | 0.9902 / 0.9965 |
//! | merged within 300, costs rounded to 32 | 183,653 | 259×299 | 11.0 MB | 1.64 MB | | | | 0.9851 / 0.9958 |
//!
//! The features alone (POS, subclass, form, lemma edit) are about 0.26 MB of
//! the shipped gzip; the rest is vibrato's trie, postings and word costs, so
//! the number of entries is what costs. Readings (+≈0.5 MB gzip) are not
//! kept. Not measured for lack of time: UniDic (`unidic-mecab`, larger than
//! ipadic) and a TinySegmenter-class segmenter (tens of KB, but no lemmas or
//! POS, which the lemma entries need).
//!
//! The dictionary is embedded (`include_bytes!`) rather than shipped as a
//! file for the service worker to fetch: one code path for the CLI and the
//! extension, and the same gzip size either way.
//!
//! The words' features are not in vibrato's dictionary but in tables of
//! their own ([`word_features`]; `write_features` in the build script): vibrato
//! would deserialise one string per word, and the extension's service worker
//! loads the dictionary on every wake-up. With 266 distinct features and a
//! u16 index per word, `words.dic` went from 11.1 to 6.6 MB raw (the shipped
//! wasm from 13.54 to 7.89 MB raw, 2.83 to 2.80 MB gzip), and building the
//! whole engine in V8 takes about 265 instead of 300 ms of CPU (Node 20,
//! medians of 4 fresh processes each, 2026-11-29, on the shared machine under
//! load); tokens are the same (the CLI's output over the whole corpus is byte
//! for byte the same).
//!
//! vibrato still decoded an empty feature string for each of the lexicon's
//! 180,135 words, about a third of building the engine (24 M of 70 M
//! instructions, callgrind, 2026-11-29): the build script drops them from
//! the serialised dictionary (`without_lexicon_features`), since nothing
//! asks vibrato for a known word's features. `words.dic` 6.57 → 5.13 MB raw,
//! construction 70.4 M → 51.6 M instructions, the CLI's output over the whole
//! corpus byte for byte the same.
//!
//! ## Tokenising only what needs words
//!
//! Tokenising every sentence was about 40 % of a check. Two things need
//! words: a Japanese list hit of three characters or fewer (the boundary veto,
//! `cuts_a_word`) and a lemma entry (`=黙る`). So [`Words`] cuts the text
//! into sentences up front (cheap: one pass for the sentence ends) and
//! tokenises a sentence only when something asks for its words, once
//! ([`Words::chunk`]):
//!
//! * the veto asks only for the sentence that holds the end it checks;
//! * the lemma entries are found without words first. `build.rs` writes a
//!   table of, for each lemma some of whose words are spelled otherwise,
//!   what every spelling of it contains ([`lemma_triggers`]: `黙` for `黙る`;
//!   `し`, `すっ`… for `する`; `死な`…`死ん`, `しね`, `たひね` for `死ぬ`);
//!   a word always spelled as its lemma (`て`, `先生`) is its own trigger,
//!   and an entry that starts with such words (`=てめー`: て, め, ー) is a
//!   candidate only where they are written one after the other. The
//!   lexicon compiles the triggers of its entries' first words into one
//!   Aho-Corasick automaton; one scan of the folded view marks the
//!   sentences where an entry can start, and only they are tokenised. A
//!   match may run on into the next sentence ([`Words::from`] tokenises it
//!   when reached);
//! * a rule that reads the words around a match (insult's predicates and
//!   subjects) gets those under it and after it ([`Words::under`]).
//!
//! The table has 16,309 lemmas (383 KB raw, 92 KB gzip in the package).
//! Measured 2026-11-29 on the shared 2-core machine under load 8–11 (CPU
//! time of the CLI over 20,000 copies of the 280-character bench post and
//! 600 of the 10,000-character text, interleaved runs, JSON included): 174
//! → 98 µs a post, 6.0 → 4.7 ms a text; the CLI's output over the model
//! and regression corpora is byte for byte the same. The 10,000-character
//! text still has 43 of its 425 sentences tokenised for lemma entries, and
//! more for the short hits' veto (`学校`, `放送`: two kanji, which the
//! dictionary may still join with what is around them).
//!
//! Two more cuts (2026-11-29; instructions per check counted by callgrind,
//! which the machine's load does not move: the CLI over 1,000 and 500
//! copies of the bench's 280-character post, 20 and 10 copies of its
//! 10,000-character text, the difference divided by the copies):
//!
//! * lemma entries are looked for list by list, when a rule asks for the
//!   list (`crate::text::terms::Scan`), and an entry whose first word is
//!   spelled otherwise starts only where its later words' triggers come
//!   after it: `=しばく` (`し` of `する` + `ばく`) had every sentence with a
//!   `し` tokenised, that is every sentence. 280 characters: 1.13 M → 0.90 M
//!   instructions, 10 tokenised sentences → 3; 10,000 characters: 30.6 M →
//!   26.5 M;
//! * the veto is settled without words where it can be: `build.rs` writes
//!   every pair of characters that follow each other inside a dictionary
//!   word, two kanji left out (a cut between kanji never counts): 26,000
//!   pairs, 33 KB, 22 KB gzip, decoded at [`prepare`]. An end of a hit whose
//!   two characters are in no word cannot fall inside a known word, since a
//!   known token is a dictionary word spelled exactly as the text; with a
//!   stem's end, a pair found only in verbs and adjectives settles it too.
//!   The tests check the same verdict as tokenising at every position of
//!   every corpus text and of 3,000 texts pieced together from them. Most
//!   short hits are settled so; what remains asks for words anyway (a pair
//!   inside some word: `ばか` before `り`).
//!
//! Words a rule reads only beside other words are looked for only there
//! (2026-11-29, instructions counted the same way, a harness checking the
//! bench's texts in a loop; the CLI's output over every corpus, with and
//! without `bench/corpus/config.json`, byte for byte the same):
//!
//! * the people a judgement may be about (`insult`) or a cruel act done to
//!   (`public_order`) are read in the sentence of the judgement or act and
//!   the one before ([`crate::text::terms::TermList::find_near`]), not in
//!   every sentence with `先生` or `保護者`: 10,000 characters 25.7 M →
//!   24.8 M instructions;
//! * the animals of `public_order` count only with a cruel act, so their
//!   lemma entries are left out of the rule's first look at its list
//!   (`TermList::find_skipping_lemmas`) and looked for beside the acts:
//!   `動物` of `動物園` and `から` (a trigger of `カラス`, in nearly every
//!   sentence) no longer have their sentences tokenised. The
//!   280-character post: 3 of its 12 sentences tokenised → 1, 0.86 M →
//!   0.81 M instructions; 10,000 characters 24.8 M → 24.4 M;
//! * a token's features are split once per distinct feature string (266),
//!   when the dictionary is loaded, not once per token: 280 characters
//!   0.81 M → 0.79 M, 10,000 characters 24.4 M → 23.1 M.
//!
//! Lemma entries a rule reads only beside other words are looked for only
//! there too ([`crate::text::terms::TermList::find_gating_lemmas`];
//! 2026-11-29, callgrind, the CLI over 50 copies of the bench's
//! 280-character post and 3 of its 10,000-character text, only
//! `Engine::check` counted; the CLI's output over every corpus, with and
//! without `bench/corpus/config.json`, byte for byte the same):
//!
//! * `insult`'s judgements (`=ダサい`, whose trigger `ださ` is in every
//!   `ください`; `=使えない`) only in the sentences where the people list
//!   may name someone, found without words
//!   ([`crate::text::terms::TermList::places`]), and the sentences after
//!   them;
//! * the entries of a topic-and-cue list that are only cues (`=売る`,
//!   `=配る`, `=回す` of `illegal`) only around its topics;
//! * the triggers found are asked once per pattern, not once per
//!   occurrence, whether they may start an entry of the list asked for.
//!
//! Of the 10,000-character text's 425 pieces, 135 were tokenised, now 91:
//! 23.1 M → 22.0 M instructions a check. The 280-character post gains
//! nothing (0.73 M → 0.75 M): its one sentence with `ください` is tokenised
//! anyway for `political`'s `でも`, whose boundaries only words can settle.
//!
//! Where a check's instructions go (callgrind, 2026-11-29, before these
//! cuts; inclusive, so the parts overlap where one calls another):
//!
//! | part | 280 characters (0.73 M) | 10,000 characters (23.1 M) |
//! |---|---|---|
//! | the shared lexicon's scan (Aho-Corasick, spellings and lemma triggers) | 10 % | 10 % |
//! | normalisation (`Normalized::new`) | 11 % | 12 % |
//! | tokenising the pieces asked for, and matching lemma entries in them | ≈ 15 % (2 of 12 pieces) | ≈ 30 % (135 of 425) |
//! | boundaries and the short hits' veto (`select`, with the pieces it tokenises) | 8 % | 11 % |
//! | `personal-info`'s scanners | 13 % | 19 % |
//! | the model (only when the rules raised no error or warning) | ≈ 12 % | 0 % (it raised some) |
//!
//! Time is not in proportion to instructions: the 10,000-character text
//! takes about 60 times as long as the 280-character post for 32 times the
//! instructions (a profile by time, `perf`, puts more of it in the
//! Aho-Corasick scan and the tokenizer: lookups spread over large tables).

mod analysis;

use std::borrow::Cow;
use std::cell::{OnceCell, RefCell};
use std::ops::Range;
use std::rc::Rc;
use std::sync::LazyLock;

use vibrato::tokenizer::worker::Worker;
use vibrato::{Dictionary, Tokenizer};

use analysis::{chunks, key_folds, lemma_parts, with_katakana, Features};
pub use analysis::lemma_key;
use crate::text::fold::{katakana_to_hiragana, Script};
use crate::text::View;

/// The compiled dictionary (see `crate/build/dictionary.rs`).
static DICTIONARY: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/words.dic"));

static TOKENIZER: LazyLock<Tokenizer> = LazyLock::new(|| {
    analysis::tokenizer(Dictionary::read(DICTIONARY).expect("the embedded dictionary is valid"))
});

/// The features of the dictionary's words, kept outside it so that loading
/// it makes no string per word: see `write_features` in
/// `crate/build/dictionary.rs` for the format.
static WORD_FEATURES: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/word_features.bin"));
static FEATURES: &str = include_str!(concat!(env!("OUT_DIR"), "/features.txt"));
static FEATURE_STARTS: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/feature_starts.bin"));

/// Every distinct feature string of the dictionary, split once: a token
/// reads its features from here instead of splitting its string again
/// (splitting them was 5 % of the instructions of a 10,000-character
/// text's check).
static PARSED_FEATURES: LazyLock<Box<[Features<'static>]>> = LazyLock::new(|| {
    let start = |i: usize| u32::from_le_bytes(FEATURE_STARTS[i * 4..i * 4 + 4].try_into().expect("four bytes")) as usize;
    (0..FEATURE_STARTS.len() / 4 - 1).map(|i| Features::parse(&FEATURES[start(i)..start(i + 1) - 1])).collect()
});

/// The features of the dictionary word `word_id` (of the system lexicon).
fn word_features(word_id: u32) -> Features<'static> {
    let at = word_id as usize * 2;
    PARSED_FEATURES[u16::from_le_bytes([WORD_FEATURES[at], WORD_FEATURES[at + 1]]) as usize]
}

thread_local! {
    /// One lattice per thread, reused by every check.
    static WORKER: RefCell<Worker<'static>> = RefCell::new(TOKENIZER.new_worker());
}

/// For each lemma key that some word with that lemma is not spelled as,
/// what every such word contains: see `lemma_triggers` in
/// `crate/build/dictionary.rs`.
static LEMMA_TRIGGERS: &str = include_str!(concat!(env!("OUT_DIR"), "/lemma_triggers.txt"));

/// Where each line of [`LEMMA_TRIGGERS`] starts (little-endian `u32`s,
/// written by the build script with the table).
static LEMMA_TRIGGER_LINES: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/lemma_triggers.idx"));

/// Strings one of which (as a [`lemma_key`]) every word with the lemma key
/// `key` contains, known or not: `黙` for `黙る` (黙れ, 黙っ…), `し`, `すっ`…
/// for `する`. `None` when every word with that lemma is spelled as the key
/// itself (most nouns and particles: `て`, `先生`), which is then both the
/// trigger and the whole word. Found in the folded view, triggers mark the
/// only sentences where a lemma entry can start.
pub fn lemma_triggers(key: &str) -> Option<Vec<&'static str>> {
    // A binary search over the table's lines, by the index of where they
    // start. Finding each probe's line by looking for line breaks around it
    // was 4.2 M of the 48 M instructions of building the engine (callgrind,
    // 2026-11-29): the lemma entries' words are looked up at every wake-up.
    let table = LEMMA_TRIGGERS.as_bytes();
    let line_start = |line: usize| {
        let at = line * 4;
        u32::from_le_bytes(LEMMA_TRIGGER_LINES[at..at + 4].try_into().expect("four bytes")) as usize
    };
    let lines = LEMMA_TRIGGER_LINES.len() / 4;
    let line_end = |line: usize| if line + 1 < lines { line_start(line + 1) - 1 } else { table.len() - 1 };
    let (mut low, mut high) = (0, lines);
    while low < high {
        let middle = low + (high - low) / 2;
        let (start, end) = (line_start(middle), line_end(middle));
        let key_end = table[start..end].iter().position(|&b| b == b'\t').map_or(end, |i| start + i);
        match table[start..key_end].cmp(key.as_bytes()) {
            std::cmp::Ordering::Equal => {
                let fields = &LEMMA_TRIGGERS[key_end..end];
                return Some(fields.strip_prefix('\t').map_or(Vec::new(), |fields| fields.split('\t').collect()));
            }
            std::cmp::Ordering::Less => low = middle + 1,
            std::cmp::Ordering::Greater => high = middle,
        }
    }
    None
}

/// Every two characters that follow each other inside a word of the
/// dictionary, except two kanji (see `word_pairs` in
/// `crate/build/dictionary.rs`), as sorted keys `(first << 21 | second) << 1
/// | not_only_inflecting`.
static WORD_PAIRS: LazyLock<Box<[u64]>> = LazyLock::new(|| {
    let bytes: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/word_pairs.bin"));
    let mut keys = Vec::with_capacity(bytes.len() / 2);
    let (mut key, mut delta, mut shift) = (0u64, 0u64, 0);
    for &byte in bytes {
        delta |= u64::from(byte & 0x7F) << shift;
        shift += 7;
        if byte < 0x80 {
            key += delta;
            keys.push(key);
            (delta, shift) = (0, 0);
        }
    }
    keys.into_boxed_slice()
});

/// Whether a word of the dictionary has `first` and `second` next to each
/// other; `Some(true)` when a word other than a verb or adjective has them.
/// Not asked for two kanji (they are left out of the table).
fn word_pair(first: char, second: char) -> Option<bool> {
    let pair = (first as u64) << 21 | second as u64;
    let keys = &WORD_PAIRS;
    let i = keys.partition_point(|&k| k >> 1 < pair);
    keys.get(i).filter(|&&k| k >> 1 == pair).map(|&k| k & 1 == 1)
}

/// Whether the analyser skips `c` between words (the `SPACE` class of
/// mecab-ipadic's `char.def`), so that words on either side of it follow
/// each other.
pub fn is_skipped(c: char) -> bool {
    matches!(c, ' ' | '\u{D0}' | '\t' | '\u{B}' | '\n')
}

/// Loads the dictionary now rather than on the first check.
pub fn prepare() {
    LazyLock::force(&TOKENIZER);
    LazyLock::force(&WORD_PAIRS);
    LazyLock::force(&PARSED_FEATURES);
}

/// The lemma keys of the words of the folded view `folded`, in order: a
/// word list's lemma entry cut into words (`build.rs` cuts the rules'
/// lists' with [`analysis::lemma_keys`] too).
pub fn lemma_keys(folded: &View) -> Vec<String> {
    WORKER.with_borrow_mut(|worker| analysis::lemma_keys(worker, folded, word_features))
}

/// One word of the text. It holds no text of its own: its surface is a
/// range of the tokenised text, which the tokens of one check share, and
/// its features are slices of the embedded dictionary, so a token costs no
/// allocation.
#[derive(Clone)]
pub struct Token {
    /// Byte range in the folded view (and in the tokenised text).
    pub range: Range<usize>,
    /// The tokenised text (see [`Words::new`]), shared by every token.
    text: Rc<str>,
    /// Whether the dictionary knows the word (unknown words are runs of one
    /// kind of character that the analyser guessed at).
    pub known: bool,
    /// The dictionary's features, split once (see [`Features`]).
    features: Features<'static>,
}

impl std::fmt::Debug for Token {
    /// The token's own surface, not the whole text it shares.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Token").field("range", &self.range).field("surface", &self.surface()).field("known", &self.known).field("features", &self.features).finish()
    }
}

impl Token {
    /// The word as it was tokenised (NFKC, katakana kept).
    pub fn surface(&self) -> &str {
        &self.text[self.range.clone()]
    }

    /// Part of speech: `名詞`, `動詞`, `形容詞`, `助詞`…
    pub fn pos(&self) -> &'static str {
        self.features.pos
    }

    /// Whether the word is punctuation or a symbol. The dictionary knows the
    /// full-width marks (`！`, `？`) as symbols, but the folded view writes
    /// them in ASCII (`!`, `?`), whose runs, like `〜` and `...`, it guesses
    /// are nouns.
    pub fn is_mark(&self) -> bool {
        self.pos() == "記号" || (!self.known && self.surface().chars().all(|c| c.is_ascii_punctuation() || matches!(c, '〜' | '~' | '…' | '・')))
    }

    /// Whether the word is a laugh written after a sentence: `w`, `www`, `笑`.
    pub fn is_laugh(&self) -> bool {
        let surface = self.surface();
        surface == "笑" || (!surface.is_empty() && surface.bytes().all(|b| b == b'w'))
    }

    /// The first subclass of the part of speech: `代名詞`, `自立`, `接尾`…
    pub fn subclass(&self) -> &'static str {
        self.features.subclass
    }

    /// Conjugation form: `命令ｅ`, `連用タ接続`… (empty for words that do not inflect).
    pub fn form(&self) -> &'static str {
        self.features.form
    }

    /// The dictionary form (`黙れ` → `黙る`); the surface for unknown words.
    pub fn lemma(&self) -> Cow<'_, str> {
        analysis::lemma(self.surface(), self.features.lemma)
    }

    /// The lemma's key ([`lemma_key`]) written into `out`, which is cleared
    /// first: the form in which lemmas are looked up, without allocating
    /// once `out` has grown.
    pub fn lemma_key_into(&self, out: &mut String) {
        out.clear();
        let (kept, added) = lemma_parts(self.surface(), self.features.lemma);
        let chars = || kept.chars().chain(added.chars());
        if chars().any(key_folds) {
            out.extend(chars().flat_map(char::to_lowercase).map(katakana_to_hiragana));
        } else {
            out.push_str(kept);
            out.push_str(added);
        }
    }
}

/// The words of one text, in order, tokenised sentence by sentence (see
/// [`chunks`]) as they are asked for: a check that needs the words of one
/// sentence does not pay for the others.
#[derive(Clone, Debug, Default)]
pub struct Words {
    /// The tokenised text (see [`Words::new`]), shared by every token.
    text: Rc<str>,
    /// The byte ranges of the pieces tokenised one by one, in order.
    chunks: Vec<Range<usize>>,
    /// The tokens of each piece, once tokenised.
    chunk_tokens: Vec<OnceCell<Box<[Token]>>>,
    /// Every token, once something asked for all of them ([`Words::tokens`]).
    all: OnceCell<Vec<Token>>,
}

impl Words {
    /// The words of the folded view `folded`, with its katakana restored;
    /// nothing is tokenised yet.
    pub fn new(folded: &View) -> Words {
        let text: Rc<str> = with_katakana(folded).into();
        let chunks: Vec<Range<usize>> = chunks(&text).map(|(at, chunk)| at..at + chunk.len()).collect();
        let chunk_tokens = chunks.iter().map(|_| OnceCell::new()).collect();
        Words { text, chunks, chunk_tokens, all: OnceCell::new() }
    }

    /// How many pieces the text is tokenised in.
    pub fn pieces(&self) -> usize {
        self.chunks.len()
    }

    /// Whether piece `index` ends with a sentence-ending mark (`。！？!?`),
    /// which is a word of its own, rather than a line break or the cut of a
    /// long piece, which words may run on over.
    pub fn ends_with_mark(&self, index: usize) -> bool {
        self.text[self.chunks[index].clone()].ends_with(['。', '！', '？', '!', '?'])
    }

    /// The index of the piece that holds the byte at `at` (`None` at the end).
    pub fn chunk_at(&self, at: usize) -> Option<usize> {
        let i = self.chunks.partition_point(|c| c.end <= at);
        (i < self.chunks.len()).then_some(i)
    }

    /// The tokens of piece `index`, tokenised on first use.
    pub fn chunk(&self, index: usize) -> &[Token] {
        self.chunk_tokens[index].get_or_init(|| {
            let range = self.chunks[index].clone();
            WORKER.with_borrow_mut(|worker| {
                analysis::words(worker, &self.text[range.clone()], word_features)
                    .map(|(r, known, features)| Token { range: range.start + r.start..range.start + r.end, text: Rc::clone(&self.text), known, features })
                    .collect()
            })
        })
    }

    /// The tokens from the `index`-th of piece `chunk` on, to the end of
    /// the text, each piece tokenised only when reached.
    pub fn from(&self, chunk: usize, index: usize) -> impl Iterator<Item = &Token> {
        self.positions(chunk, index).map(|(_, t)| t)
    }

    /// Like [`Words::from`], with each token's piece and index in it.
    fn positions(&self, chunk: usize, index: usize) -> impl Iterator<Item = ((usize, usize), &Token)> {
        (chunk..self.chunks.len()).flat_map(move |c| {
            let skip = if c == chunk { index } else { 0 };
            self.chunk(c).iter().enumerate().skip(skip).map(move |(i, t)| ((c, i), t))
        })
    }

    /// Every token of the text (tokenising all of it).
    pub fn tokens(&self) -> &[Token] {
        self.all.get_or_init(|| self.from(0, 0).cloned().collect())
    }

    /// The tokens that overlap the folded-view range `range`, and a way to
    /// the ones after them; only the pieces these lie in are tokenised.
    pub fn under(&self, range: &Range<usize>) -> Under<'_> {
        let mut under = Under { tokens: Vec::new(), after: (self.chunks.len(), 0), words: self };
        let Some(start) = self.chunk_at(range.start) else { return under };
        for (at, t) in self.positions(start, 0) {
            if t.range.end <= range.start {
                continue;
            }
            if t.range.start >= range.end {
                under.after = at;
                break;
            }
            under.tokens.push(t);
        }
        under
    }

    /// Whether the folded-view byte range `range` starts or ends inside a
    /// dictionary word (`ばか` in `ばかり` or `ばかす`, `うざ` in `ちゅうざい`):
    /// such a match is a spelling inside another word, not the word itself.
    /// `open_start` and `open_end` let that end of the range fall inside a
    /// word; `stem` lets the range end inside a verb or adjective, as the
    /// stem of an entry such as `帰` or `治安が悪` does (`帰っ`, `悪く`).
    ///
    /// A cut between two kanji does not count: kanji compounds are made
    /// freely and the dictionary's split of them (`町長選挙` as `町長|選挙`,
    /// `小学校` as one word) says little about the words inside.
    ///
    /// Most ends are settled without tokenising: a word of the dictionary
    /// that an end falls inside has the two characters around it next to
    /// each other, and most pairs of characters are in no word (see
    /// [`Words::may_fall_inside`]).
    pub fn cuts_a_word(&self, range: &Range<usize>, open_start: bool, open_end: bool, stem: bool) -> bool {
        let start = !open_start && self.may_fall_inside(range.start, false);
        let end = !open_end && self.may_fall_inside(range.end, stem);
        (start || end) && self.cuts_a_word_by_tokens(range, !start, !end, stem)
    }

    /// Whether the byte `at` may fall inside a word that counts as cut
    /// there (one the dictionary knows, not between two kanji; with
    /// `verb_ok`, not a verb or adjective), decided from the characters
    /// around it: `false` when no such word has them next to each other,
    /// which tokenising would only confirm. Sound because a known token's
    /// surface is a dictionary word spelled exactly as the text (the
    /// analyser skips spaces only between words); the tests check it against
    /// [`Words::cuts_a_word_by_tokens`] over the corpora and random texts.
    fn may_fall_inside(&self, at: usize, verb_ok: bool) -> bool {
        let (Some(before), Some(after)) = (self.text.get(..at), self.text.get(at..)) else { return true };
        let (Some(first), Some(second)) = (before.chars().next_back(), after.chars().next()) else { return false };
        if Script::of(first) == Script::Kanji && Script::of(second) == Script::Kanji {
            return false;
        }
        word_pair(first, second).is_some_and(|not_only_inflecting| !verb_ok || not_only_inflecting)
    }

    /// [`Words::cuts_a_word`] by tokenising the sentences of both ends.
    fn cuts_a_word_by_tokens(&self, range: &Range<usize>, open_start: bool, open_end: bool, stem: bool) -> bool {
        let kanji = |c: Option<char>| c.is_some_and(|c| Script::of(c) == Script::Kanji);
        // A word that `at` falls inside lies in the piece that holds `at`.
        let inside = |at: usize| {
            let tokens = self.chunk_at(at).map_or(&[][..], |c| self.chunk(c));
            let i = tokens.partition_point(|t| t.range.end <= at);
            tokens.get(i).filter(|t| {
                let Some((before, after)) = at.checked_sub(t.range.start).and_then(|k| Some((t.surface().get(..k)?, t.surface().get(k..)?))) else {
                    return false;
                };
                t.known && t.range.start < at && at < t.range.end && !(kanji(before.chars().next_back()) && kanji(after.chars().next()))
            })
        };
        let inflects = |t: &Token| matches!(t.pos(), "動詞" | "形容詞");
        (!open_start && inside(range.start).is_some()) || (!open_end && inside(range.end).is_some_and(|t| !(stem && inflects(t))))
    }

    /// The last word of a match that ends with `last`, the words after it
    /// being `after`: the inflection that follows a verb or adjective
    /// (auxiliaries `ない`, `た`; dependent and suffix verbs: `てろ` of
    /// `黙ってろ`, `せる` of `黙らせる`; the `て` that joins them) belongs to
    /// the match. A noun does not inflect: `last` itself then.
    pub fn inflection_end<'w>(last: &'w Token, mut after: impl Iterator<Item = &'w Token>) -> &'w Token {
        if !matches!(last.pos(), "動詞" | "形容詞" | "助動詞") {
            return last;
        }
        let inflects = |t: &Token| match t.pos() {
            "助動詞" => true,
            "動詞" | "形容詞" => matches!(t.subclass(), "非自立" | "接尾"),
            _ => false,
        };
        let joins = |t: &Token| t.pos() == "助詞" && t.subclass() == "接続助詞" && matches!(t.surface(), "て" | "で");
        let (mut end, mut next) = (last, after.next());
        while let Some(t) = next {
            let following = after.next();
            match following {
                _ if inflects(t) => (end, next) = (t, following),
                Some(f) if joins(t) && inflects(f) => (end, next) = (f, after.next()),
                _ => break,
            }
        }
        end
    }
}

/// The tokens under a range of the text ([`Words::under`]).
pub struct Under<'w> {
    /// The tokens that overlap the range, in order.
    pub tokens: Vec<&'w Token>,
    /// Where the tokens after them start: piece and index in it.
    after: (usize, usize),
    words: &'w Words,
}

impl<'w> Under<'w> {
    /// The tokens after the range, to the end of the text, each sentence
    /// tokenised when reached.
    pub fn after(&self) -> impl Iterator<Item = &'w Token> {
        self.words.from(self.after.0, self.after.1)
    }
}

#[cfg(test)]
mod tests {
    use super::analysis::MAX_CHUNK;
    use super::*;
    use crate::text::Normalized;

    fn words(text: &str) -> Vec<(String, String, String)> {
        let n = Normalized::new(text);
        Words::new(&n.folded).tokens().iter().map(|t| (t.surface().to_owned(), t.pos().to_owned(), t.lemma().into_owned())).collect()
    }

    fn lemmas(text: &str) -> Vec<String> {
        words(text).into_iter().map(|(_, _, l)| l).collect()
    }

    #[test]
    fn inflected_words_have_their_dictionary_form() {
        assert_eq!(lemmas("黙れ"), ["黙る"]);
        assert_eq!(lemmas("黙ってろ")[0], "黙る");
        assert_eq!(lemmas("消えろ"), ["消える"]);
    }

    #[test]
    fn long_texts_are_tokenised_in_pieces_with_their_offsets() {
        let text = "黙れ。".repeat(2000) + &"あ".repeat(5000);
        let n = Normalized::new(&text);
        let w = Words::new(&n.folded);
        let last_damare = w.tokens().iter().rfind(|t| t.surface() == "黙れ").unwrap();
        assert_eq!(last_damare.range.start, 1999 * "黙れ。".len());
        assert_eq!(w.tokens().last().unwrap().range.end, text.len());
        assert!(w.tokens().windows(2).all(|p| p[0].range.end <= p[1].range.start));
    }

    #[test]
    fn pieces_and_katakana_found_by_bytes_are_those_found_by_characters() {
        // Over the corpora and a long line: what decoding every character finds.
        let mut texts = crate::text::testing::corpus_texts();
        texts.push("ア。".repeat(3) + &"あ".repeat(3000) + "！ｶﾀｶﾅ？x\n" + &"ゝ".repeat(2000));
        for text in texts {
            let n = Normalized::new(&text);
            let folded = n.folded.as_str();
            let katakana: String = folded
                .char_indices()
                .map(|(at, c)| match n.folded.script_at(at) {
                    Some(Script::Katakana) if matches!(c, '\u{3041}'..='\u{3096}' | '\u{309D}' | '\u{309E}') => char::from_u32(c as u32 + 0x60).unwrap(),
                    _ => c,
                })
                .collect();
            assert_eq!(with_katakana(&n.folded), katakana, "{text:?}");
            let mut expected = Vec::new();
            let mut start = 0;
            while start < katakana.len() {
                let rest = &katakana[start..];
                let end = rest
                    .char_indices()
                    .find_map(|(at, c)| (at >= MAX_CHUNK).then_some(at).or(matches!(c, '。' | '！' | '？' | '!' | '?' | '\n').then(|| at + c.len_utf8())))
                    .unwrap_or(rest.len());
                expected.push((start, &rest[..end]));
                start += end;
            }
            assert_eq!(chunks(&katakana).collect::<Vec<_>>(), expected, "{text:?}");
        }
    }

    #[test]
    fn katakana_is_tokenised_as_katakana() {
        assert_eq!(words("ﾊﾞｶﾝｽ気分")[0].0, "バカンス");
    }

    #[test]
    fn slang_spellings_are_words() {
        for spelling in ["タヒね", "氏ね", "しね", "4ね", "ｼﾈ"] {
            assert_eq!(lemmas(spelling), ["死ぬ"], "{spelling}");
        }
        assert_eq!(lemmas("ディスってる")[0], "ディスる");
        assert_eq!(lemmas("キモかった")[0], "キモい");
        assert_eq!(words("ポンコツ")[0].1, "名詞");
    }

    #[test]
    fn spans_map_back_to_the_original() {
        let text = "うちのﾊﾞｶ教頭";
        let n = Normalized::new(text);
        let w = Words::new(&n.folded);
        let baka = w.tokens().iter().find(|t| t.surface() == "バカ").expect("バカ is a word");
        assert_eq!(&text[n.folded.original_range(baka.range.clone())], "ﾊﾞｶ");
    }

    #[test]
    fn the_trigger_table_is_sorted_and_written_in_keys() {
        let keys: Vec<&str> = LEMMA_TRIGGERS.lines().map(|l| l.split('\t').next().unwrap()).collect();
        assert!(keys.len() > 1000 && keys.windows(2).all(|p| p[0] < p[1]));
        assert_eq!(LEMMA_TRIGGER_LINES.len(), keys.len() * 4, "the index has a start for each line");
        for line in LEMMA_TRIGGERS.lines() {
            assert!(line.split('\t').count() > 1 && line.split('\t').all(|f| !f.is_empty() && lemma_key(f) == f), "{line:?}");
        }
    }

    #[test]
    fn every_key_of_the_trigger_table_is_found() {
        for line in LEMMA_TRIGGERS.lines() {
            let mut fields = line.split('\t');
            let key = fields.next().unwrap();
            assert_eq!(lemma_triggers(key), Some(fields.collect()), "{key}");
            assert_eq!(lemma_triggers(&format!("{key}\u{0}")), None, "{key} and a character more");
        }
        assert_eq!(lemma_triggers(""), None);
    }

    #[test]
    fn every_spelling_of_a_word_holds_a_trigger_of_its_lemma() {
        let text = "黙ってろ。タヒね、しね、4ね。来い、来た。宿題しろよ、してない。ウザかった。ゴミだ。";
        let n = Normalized::new(text);
        let w = Words::new(&n.folded);
        for t in w.tokens() {
            let key = lemma_key(&t.lemma()).into_owned();
            let folded = &n.folded.as_str()[t.range.clone()];
            match lemma_triggers(&key) {
                Some(triggers) => assert!(triggers.iter().any(|t| folded.contains(t)), "{folded} ({key}): {triggers:?}"),
                None => assert_eq!(folded, key),
            }
        }
        assert_eq!(lemma_triggers("黙る"), Some(vec!["黙"]));
        assert_eq!(lemma_triggers("て"), None, "a particle is spelled as its lemma");
    }

    #[test]
    fn sentences_are_tokenised_when_asked_for() {
        let n = Normalized::new("黙れ。消えろ\nうるさい");
        let w = Words::new(&n.folded);
        let second = w.chunk_at("黙れ。".len()).unwrap();
        assert_eq!(w.chunk(second)[0].surface(), "消えろ");
        assert_eq!(w.from(second, 1).map(Token::surface).collect::<Vec<_>>(), ["うるさい"]);
        assert_eq!(w.tokens().len(), 4);
        assert_eq!(w.chunk_at(n.folded.as_str().len()), None);
    }

    /// Asks [`Words::cuts_a_word`] about every end a match could have in
    /// `text`, as a start, an end and a stem's end, and checks that it
    /// answers as tokenising does. The number of answers settled by the
    /// word pairs alone.
    fn assert_word_pairs_settle_as_tokens(text: &str) -> usize {
        let n = Normalized::new(text);
        let w = Words::new(&n.folded);
        let folded = n.folded.as_str();
        let mut settled = 0;
        for at in (0..=folded.len()).filter(|&at| folded.is_char_boundary(at)) {
            for (open_start, open_end, stem) in [(false, true, false), (true, false, false), (true, false, true)] {
                let range = at..at;
                let by_tokens = w.cuts_a_word_by_tokens(&range, open_start, open_end, stem);
                assert_eq!(w.cuts_a_word(&range, open_start, open_end, stem), by_tokens, "{text:?} at {at} ({open_start}, {open_end}, {stem})");
                settled += usize::from(!w.may_fall_inside(at, stem));
            }
        }
        settled
    }

    #[test]
    fn word_pairs_settle_every_end_of_the_corpora_as_tokenising_does() {
        let texts = crate::text::testing::corpus_texts();
        assert!(texts.len() > 10_000);
        let settled: usize = texts.iter().map(|t| assert_word_pairs_settle_as_tokens(t)).sum();
        assert!(settled > 0);
    }

    #[test]
    fn word_pairs_settle_random_texts_as_tokenising_does() {
        // Pieces of the corpora put together at random make pairs of
        // characters, and words across them, that no post has.
        let texts = crate::text::testing::corpus_texts();
        let chars: Vec<Vec<char>> = texts.iter().map(|t| t.chars().collect()).collect();
        let mut state = 0x9E37_79B9_7F4A_7C15_u64;
        let mut below = |n: usize| {
            state ^= state >> 12;
            state ^= state << 25;
            state ^= state >> 27;
            (state.wrapping_mul(0x2545_F491_4F6C_DD1D) % n as u64) as usize
        };
        for _ in 0..3000 {
            let mut text = String::new();
            for _ in 0..1 + below(8) {
                let source = &chars[below(chars.len())];
                let start = below(source.len().max(1));
                let len = 1 + below(6);
                text.extend(source.iter().skip(start).take(len));
            }
            assert_word_pairs_settle_as_tokens(&text);
        }
    }

    #[test]
    fn a_match_inside_a_word_cuts_it() {
        let n = Normalized::new("狐がばかす話ばかり");
        let w = Words::new(&n.folded);
        let at = n.folded.as_str().find("ばかり").unwrap();
        assert!(w.cuts_a_word(&(at..at + "ばか".len()), false, false, false));
        assert!(!w.cuts_a_word(&(at..at + "ばか".len()), false, true, false));
        assert!(!w.cuts_a_word(&(at..at + "ばかり".len()), false, false, false));
        let bakasu = n.folded.as_str().find("ばかす").unwrap();
        assert!(w.cuts_a_word(&(bakasu..bakasu + "ばか".len()), false, false, false), "ばか of ばかす");
        assert!(!w.cuts_a_word(&(bakasu..bakasu + "ばか".len()), false, false, true), "a stem may end inside a verb");
    }
}

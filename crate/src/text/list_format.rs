//! The word-list format ([`super::terms`] documents it) read into entries and
//! the folded spellings an automaton is built over, without words: what a
//! lemma entry's words are is left to [`super::terms::Lexicon`], which has
//! the dictionary.
//!
//! `build.rs` includes this file (with `fold.rs`, `view.rs` and `finder.rs`)
//! to compile the rules' lists at build time, into bytes the crate reads
//! back without folding a term or building the automaton
//! ([`ListBuilder::write`], [`ListBuilder::read`]): a service worker that
//! wakes up builds the engine each time.

use std::collections::HashMap;

use super::english;
use super::fold::{self, Script};
use super::view::{compact_view, fold_text, is_masking, is_separator, is_wave_dash, View, MASK};

/// What makes two lines of a list one entry: the term as it is matched
/// (its markers `!`, `=`, `*` kept apart from the folded rest; an English
/// lemma entry's `~` inside it kept as written), its tag and `+masked`.
fn entry_key(term: &str, tag: &str, masked: bool) -> String {
    let unmarked = term.trim_start_matches(['!', '=', '*']);
    let body = unmarked.trim_end_matches('*');
    let (opening, closing) = (&term[..term.len() - unmarked.len()], &unmarked[body.len()..]);
    let folded = if body.contains('~') { body.to_ascii_lowercase() } else { literal_term(body) };
    format!("{opening}{folded}{closing}\u{0}{tag}\u{0}{masked}")
}

/// A term as the lists match it: folded and compacted like a post (`ﾊﾞ ｶ`
/// → `ばか`), every character taken literally, without spaces around it.
/// Empty when nothing is left (spaces, invisible characters).
pub fn literal_term(term: &str) -> String {
    plain_term(term).unwrap_or_else(|| compact_view(&fold_text(term)).as_str().trim().to_owned())
}

/// [`literal_term`] for a term none of whose characters the views treat
/// specially (each folds on its own, and none is a space, separator, dash
/// or mask that the compact view or the trim would change): its characters
/// folded, without building the views. `None` for any other term. Most
/// terms of the rules' lists are such: building the views of their 11,000
/// terms was 18 % of the instructions of building the engine.
fn plain_term(term: &str) -> Option<String> {
    let mut out = String::with_capacity(term.len());
    for c in term.chars() {
        let (folded, _) = fold::fold_simple(c)?;
        if fold::extends_cluster(c) || folded.is_whitespace() || is_separator(folded) || is_wave_dash(folded) || is_masking(folded) {
            return None;
        }
        out.push(folded);
    }
    Some(out)
}

/// An entry of a list: a term, an allow phrase or a lemma entry.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Entry {
    pub allow: bool,
    pub tag: String,
    /// For Latin terms: whether a letter may come right before / after.
    pub open_start: bool,
    pub open_end: bool,
    pub latin: bool,
    /// Matched by lemma, not by spelling.
    pub lemma: bool,
    /// Has a kanji, so may end in the stem of a verb or adjective (`帰` of
    /// `帰る`, `犯罪も増え` of `増える`); an entry all in kana (`ばか`) is a
    /// word of its own, and `ばかす` is another word.
    pub stem: bool,
}

/// A lemma entry cut into words: the lemma keys of its words, in order.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Lemmas {
    pub entry: u32,
    pub keys: Vec<String>,
}

/// Lists read into entries: the spellings to find (`patterns`, each with
/// its entry) and the lemma entries' terms, to be cut into words.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct ListBuilder {
    pub patterns: Vec<String>,
    pub pattern_entries: Vec<u32>,
    pub entries: Vec<Entry>,
    /// Each lemma entry's index and its term as written, in entry order.
    pub lemma_terms: Vec<(u32, String)>,
    /// The entries of list `i` are `bounds[i]..bounds[i + 1]`.
    pub bounds: Vec<usize>,
}

impl ListBuilder {
    /// Reads lists in the format of [`super::terms`]. The lists are part of
    /// the program, so a malformed line is a bug and panics.
    pub fn parse_lists(lists: &[&str]) -> ListBuilder {
        let mut builder = ListBuilder { bounds: vec![0], ..ListBuilder::default() };
        for data in lists {
            builder.parse(data);
            builder.end_list();
        }
        builder
    }

    /// Ends the list being added: the entries added since the last end are
    /// its own.
    pub fn end_list(&mut self) {
        self.bounds.push(self.entries.len());
    }

    /// Adds a term written in the list format (`!` and `*` read as syntax).
    fn add(&mut self, line: &str, tag: String, masked: bool) {
        let (allow, term) = match line.strip_prefix('!') {
            Some(rest) => (true, rest),
            None => (false, line),
        };
        if term.is_ascii() && term.split(' ').any(|w| w.starts_with('~')) {
            self.add_english(term, allow, tag, masked);
            return;
        }
        let (lemma, term) = match term.strip_prefix('=') {
            Some(rest) => (true, rest),
            None => (false, term),
        };
        let open = [term.starts_with('*'), term.ends_with('*')];
        let term = term.trim_matches('*');
        if lemma {
            self.push_lemma(term, allow, tag);
        } else {
            self.push(literal_term(term), allow, tag, open, masked);
        }
    }

    /// Adds an English term whose words written with `~` before them are
    /// matched in every form ([`english::forms`]: `~nick` is `nicked`,
    /// `spread ~rumour` is `spread rumours`): one entry, spelled each way.
    fn add_english(&mut self, term: &str, allow: bool, tag: String, masked: bool) {
        let open = [term.trim_start_matches('~').starts_with('*'), term.ends_with('*')];
        let mut spellings = vec![String::new()];
        for word in term.split(' ') {
            let forms = match word.strip_prefix('~') {
                Some(lemma) => english::forms(&literal_term(lemma.trim_matches('*'))),
                None => vec![word.trim_matches('*').to_owned()],
            };
            spellings = spellings.iter().flat_map(|s| forms.iter().map(move |f| if s.is_empty() { f.clone() } else { format!("{s} {f}") })).collect();
        }
        let mut spellings = spellings.iter().map(|s| literal_term(s)).filter(|s| !s.is_empty());
        let Some(first) = spellings.next() else { return };
        let index = self.entry(&first, allow, tag, open, false);
        self.push_spelling(first, index, masked);
        for spelling in spellings {
            self.push_spelling(spelling, index, masked);
        }
    }

    /// Adds an entry; the index it gets.
    fn entry(&mut self, folded: &str, allow: bool, tag: String, open: [bool; 2], lemma: bool) -> u32 {
        let [open_start, open_end] = open;
        let latin = folded.is_ascii();
        let stem = folded.chars().any(|c| Script::of(c) == Script::Kanji);
        self.entries.push(Entry { allow, tag, open_start, open_end, latin, lemma, stem });
        self.entries.len() as u32 - 1
    }

    /// Adds a lemma entry, whose words are read later.
    fn push_lemma(&mut self, term: &str, allow: bool, tag: String) {
        let folded = literal_term(term);
        if folded.is_empty() {
            return;
        }
        let index = self.entry(&folded, allow, tag, [false, false], true);
        self.lemma_terms.push((index, term.to_owned()));
    }

    /// Adds a folded term (nothing when it is empty) whose Latin form may
    /// run on into a longer word at the `open` ends (start, end).
    pub fn push(&mut self, folded: String, allow: bool, tag: String, open: [bool; 2], masked: bool) {
        if folded.is_empty() {
            return;
        }
        let index = self.entry(&folded, allow, tag, open, false);
        self.push_spelling(folded, index, masked);
    }

    /// Adds a spelling of entry `index`, and its masked variants if
    /// `masked` ([`masked_variants`]).
    fn push_spelling(&mut self, folded: String, index: u32, masked: bool) {
        if masked {
            for variant in masked_variants(&folded) {
                self.patterns.push(variant);
                self.pattern_entries.push(index);
            }
        }
        self.patterns.push(folded);
        self.pattern_entries.push(index);
    }

    /// Adds the entries of a list in the format of the module docs.
    ///
    /// An entry that is another of the same list once folded (`ダメ絶対` and
    /// `だめ絶対`, the same tag) panics: kana, width and case are folded, so
    /// one entry already matches both spellings, and a twin only hides that.
    fn parse(&mut self, data: &str) {
        let mut seen: HashMap<String, usize> = HashMap::new();
        for (number, raw) in data.lines().enumerate() {
            let line = raw.split_once('#').map_or(raw, |(before, _)| before).trim();
            if line.is_empty() {
                continue;
            }
            let mut term = Vec::new();
            let (mut tag, mut masked) = (String::new(), false);
            for word in line.split_whitespace() {
                match word {
                    "+masked" => masked = true,
                    w if w.starts_with('@') => tag = w[1..].to_owned(),
                    w => term.push(w),
                }
            }
            assert!(!term.is_empty(), "word list line {}: no term in {raw:?}", number + 1);
            let first = *seen.entry(entry_key(&term.join(" "), &tag, masked)).or_insert(number);
            assert!(first == number, "word list line {}: {raw:?} is line {} again once folded", number + 1, first + 1);
            self.add(&term.join(" "), tag, masked);
        }
    }

    /// The lemma entries cut into words by `keys`, which gives the lemma
    /// keys of the words of a term's folded view.
    pub fn lemmas(&self, mut keys: impl FnMut(&View) -> Vec<String>) -> Vec<Lemmas> {
        self.lemma_terms.iter().map(|(entry, term)| Lemmas { entry: *entry, keys: keys(&fold_text(term)) }).collect()
    }

    /// Appends everything but the patterns (an automaton built over them
    /// stands for them) and the lemma entries' terms (`lemmas` stand for
    /// them, cut into words) to `out`, for [`ListBuilder::read`].
    pub fn write(&self, lemmas: &[Lemmas], out: &mut Vec<u8>) {
        let number = |out: &mut Vec<u8>, n: usize| out.extend_from_slice(&u32::try_from(n).expect("lists fit in u32").to_le_bytes());
        let string = |out: &mut Vec<u8>, s: &str| {
            number(out, s.len());
            out.extend_from_slice(s.as_bytes());
        };
        number(out, self.bounds.len());
        self.bounds.iter().for_each(|&b| number(out, b));
        number(out, self.entries.len());
        for e in &self.entries {
            let flags = [e.allow, e.open_start, e.open_end, e.latin, e.lemma, e.stem];
            out.push(flags.iter().enumerate().fold(0, |bits, (i, &on)| bits | (u8::from(on) << i)));
            string(out, &e.tag);
        }
        number(out, self.pattern_entries.len());
        self.pattern_entries.iter().for_each(|&e| number(out, e as usize));
        number(out, lemmas.len());
        for Lemmas { entry, keys } in lemmas {
            number(out, *entry as usize);
            number(out, keys.len());
            keys.iter().for_each(|key| string(out, key));
        }
    }

    /// What [`ListBuilder::write`] wrote at the start of `bytes` (with no
    /// patterns and no lemma terms), its lemma entries' words, and the bytes
    /// after it. Panics on bytes it did not write.
    pub fn read(bytes: &[u8]) -> (ListBuilder, Vec<Lemmas>, &[u8]) {
        let mut reader = Reader { bytes, at: 0 };
        let bounds = (0..reader.number()).map(|_| reader.number() as usize).collect();
        let entries = (0..reader.number())
            .map(|_| {
                let bits = reader.byte();
                let flag = |i: u8| bits & (1 << i) != 0;
                Entry { allow: flag(0), open_start: flag(1), open_end: flag(2), latin: flag(3), lemma: flag(4), stem: flag(5), tag: reader.string().to_owned() }
            })
            .collect();
        let pattern_entries = (0..reader.number()).map(|_| reader.number()).collect();
        let lemmas = (0..reader.number())
            .map(|_| Lemmas { entry: reader.number(), keys: (0..reader.number()).map(|_| reader.string().to_owned()).collect() })
            .collect();
        (ListBuilder { patterns: Vec::new(), pattern_entries, entries, lemma_terms: Vec::new(), bounds }, lemmas, &bytes[reader.at..])
    }
}

/// The spellings of a folded term with characters masked, as people hide
/// a word from a filter: a Japanese term with one character masked (`死○`,
/// `○ね`); an English one with a run of inner letters of one of its words
/// starred (`id*ot`, `f**k off`, `c*nt`), at least two letters of the term
/// left to read (not `f***`).
fn masked_variants(folded: &str) -> Vec<String> {
    if !folded.is_ascii() {
        let chars: Vec<char> = folded.chars().collect();
        return (0..chars.len())
            .map(|i| {
                let mut variant = chars.clone();
                variant[i] = MASK;
                variant.into_iter().collect()
            })
            .collect();
    }
    let letters = folded.bytes().filter(u8::is_ascii_alphabetic).count();
    let mut variants = Vec::new();
    let mut at = 0;
    for word in folded.split(' ') {
        if word.len() >= MASKED_WORD_LEN && word.bytes().all(|b| b.is_ascii_alphabetic()) {
            for start in 1..word.len() {
                for end in start + 1..=word.len() {
                    if letters - (end - start) >= 2 {
                        // The compact view keeps a lone `*` between letters
                        // and reads a run of marks as [`MASK`]s.
                        let mask = if end - start == 1 { "*".to_owned() } else { MASK.to_string().repeat(end - start) };
                        variants.push(format!("{}{mask}{}", &folded[..at + start], &folded[at + end..]));
                    }
                }
            }
        }
        at += word.len() + 1;
    }
    variants
}

/// The shortest English word whose masked spellings are matched: `a*s`
/// and `s*x` could hide too many words.
const MASKED_WORD_LEN: usize = 4;

/// Reads what [`ListBuilder::write`] wrote.
struct Reader<'b> {
    bytes: &'b [u8],
    at: usize,
}

impl<'b> Reader<'b> {
    fn byte(&mut self) -> u8 {
        self.at += 1;
        self.bytes[self.at - 1]
    }

    fn number(&mut self) -> u32 {
        self.at += 4;
        u32::from_le_bytes(self.bytes[self.at - 4..self.at].try_into().expect("four bytes"))
    }

    fn string(&mut self) -> &'b str {
        let len = self.number() as usize;
        self.at += len;
        std::str::from_utf8(&self.bytes[self.at - len..self.at]).expect("written from a str")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    #[should_panic(expected = "line 2: \"だめ絶対 @back\" is line 1 again once folded")]
    fn an_entry_that_folds_to_another_of_its_list_is_refused() {
        ListBuilder::parse_lists(&["ダメ絶対 @back\nだめ絶対 @back"]);
    }

    #[test]
    fn entries_alike_once_folded_may_differ_in_tag_marker_or_list() {
        let lists = ListBuilder::parse_lists(&["ダメ絶対 @back\nだめ絶対 @front\n!ダメ絶対\nspread the ~word\nspread the word", "だめ絶対 @back"]);
        assert_eq!(lists.entries.len(), 6);
    }

    #[test]
    fn plain_terms_are_folded_as_the_views_fold_them() {
        // Every word of every data file, and the shapes the fast path must refuse.
        let data = std::fs::read_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/src/rules/data")).unwrap();
        let mut words: Vec<String> = data.flat_map(|f| std::fs::read_to_string(f.unwrap().path()).unwrap().split_whitespace().map(str::to_owned).collect::<Vec<_>>()).collect();
        words.extend(["ﾊﾞｶ", "バ〜カ", "ば か", "i d i o t", "死○", "ＡＢＣ", "　ばか", "ｶﾞ", "ば\u{200B}か"].map(str::to_owned));
        let mut plain = 0;
        for word in &words {
            let views = compact_view(&fold_text(word)).as_str().trim().to_owned();
            if let Some(folded) = plain_term(word) {
                assert_eq!(folded, views, "{word:?}");
                plain += 1;
            }
        }
        assert!(plain > words.len() / 2, "{plain} of {}", words.len());
    }
}

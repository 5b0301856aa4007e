//! Word lists matched on the compact view, with the boundary rules that keep
//! `バカ` apart from `バカンス` and `idiot` apart from `idiotically long`.
//!
//! A list is plain text, one entry a line (`#` starts a comment):
//!
//! ```text
//! 馬鹿              a term: flagged wherever it occurs
//! バカ @person       a term with a tag the rule can read
//! 死ね +masked       also matched with one character masked: `死〇`, `○ね`
//! idiot +masked      English: also with inner letters starred (`id*ot`, `i**ot`)
//! idiot*            Latin: may run on into a longer word (`idiots`)
//! !ばかり            an allow phrase: a term inside it is not flagged
//! =黙る              a lemma: every inflection of the word (黙れ, 黙ってろ, 黙らせる)
//! =頭が悪い          lemmas of several words in a row (頭が悪かった, 頭悪い, 頭の悪い)
//! ~nick             English: every form of the word (nicks, nicked, nicking)
//! spread the ~word   English: every form of the words marked (spread the words)
//! 民度低*            may end inside a dictionary word (民度低い)
//! ```
//!
//! An English lemma entry is spelled out when the lists are compiled, one
//! spelling per form of its marked words ([`super::english::forms`]:
//! regular endings and the irregular forms of a table, `~steal` is
//! `stole` and `stolen` too), so it costs a scan nothing and needs no words.
//!
//! Terms are folded like the text (width, case, kana), so `バカ`, `ﾊﾞｶ` and
//! `ばか` are one entry. Boundaries come from the scripts of the original text:
//!
//! * Latin terms must stand as whole words (no letter or digit on either
//!   side), unless a `*` at that end says otherwise: `class` is not `ass`.
//! * A match that starts (ends) on katakana in the original must not have
//!   katakana just before (after) it: `バカ親` is flagged, `バカンス` is not.
//! * A Japanese term must not start or end inside a word of the dictionary
//!   ([`crate::words`]): `ばか` is not flagged in `ばかす` or `やればかなり`,
//!   `うざ` not in `ちゅうざい`. A term with a kanji may end inside a verb or
//!   adjective (`帰` in `帰って`, `犯罪も増え` in `増える`: a stem); a term
//!   all in kana that is a stem says so with a `*` at its end (`うざすぎ*`),
//!   which lets it cut any word there (and at its start: `*てやる`).
//!   Terms longer than three characters are not held to the boundaries: they
//!   do not turn up inside other words by chance.
//!   What the dictionary cannot tell is listed as allow phrases (`親ばか`).
//!
//! A lemma entry is cut into words by the dictionary; it matches where the
//! text has words with the same lemmas in a row (kana folded), and the match
//! runs on over the inflection that follows (`黙ら`+`せる`, `消え`+`ろ`).
//! A particle that marks a noun's part in the clause (`が`, `を`, `は`) is
//! a slot, not a word to match: posts drop it or say it otherwise (`頭悪い`,
//! `頭の悪い`, `頭も悪い`), so it matches itself, one of [`SLOT_FILLERS`] or
//! nothing.
//!
//! The rules' lists are one [`Lexicon`]: one Aho-Corasick automaton over
//! about 10,000 spellings ([`super::finder`]: daachorse's character-wise
//! double array), compiled by `build.rs` ([`super::list_format`]) and read
//! back when the engine is built ([`Lexicon::read`]). Before it, the `aho-corasick` crate's DFA was measured
//! against its contiguous NFA (2026-11-29, callgrind instructions, the CLI):
//! the scan of a 280-character post's check fell by 2.7 %, construction grew
//! 3.4 times (264 M → 903 M instructions) and the process's memory by 50 MB:
//! not worth it.

use std::cell::{Cell, OnceCell};
use std::collections::HashMap;
use std::hash::BuildHasherDefault;
use std::ops::Range;
use std::sync::LazyLock;

use super::finder::Finder;
use super::fnv::Fnv;
use super::list_format::{Entry, Lemmas, ListBuilder};
pub use super::list_format::literal_term;
use super::{Normalized, Script, View};
use crate::words::{is_skipped, lemma_keys, lemma_triggers, Words};

/// Particles of a lemma entry that stand for a slot of the clause
/// (`=頭が悪い`, `=嘘をつく`): see the module docs.
const SLOT_PARTICLES: [&str; 3] = ["が", "を", "は"];

/// What a slot may be said with in a post besides its own particle and
/// nothing: `頭も悪い`, `頭の悪い`. Not another slot's (`頭は悪くない`
/// contrasts, it does not judge).
const SLOT_FILLERS: [&str; 2] = ["も", "の"];

fn is_slot_particle(key: &str) -> bool {
    SLOT_PARTICLES.contains(&key)
}

/// One flagged occurrence of a term, in bytes of the compact view.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TermMatch<'l> {
    pub range: Range<usize>,
    pub tag: &'l str,
}

/// Word lists compiled into one automaton. The rules' lists share one
/// lexicon ([`crate::rules::lists`]), so a check scans the text once for all
/// of them instead of once per list.
#[derive(Debug)]
pub struct Lexicon {
    matcher: Finder,
    /// The entry of each pattern of `matcher`.
    pattern_entries: Vec<u32>,
    entries: Vec<Entry>,
    lemmas: Vec<Lemmas>,
    /// The lemma entries by the key of their first word, hashed with
    /// [`Fnv`]: every word of a tokenised sentence is looked up, and with
    /// it `match_lemmas`' own work a word fell from 404 to 346 instructions
    /// (callgrind, 64 KiB of `先生を刺す\n`). SipHash resists chosen keys,
    /// but the map holds the word lists' keys only, so no post can fill it
    /// with colliding ones.
    lemmas_by_first: HashMap<String, Vec<usize>, BuildHasherDefault<Fnv>>,
    /// Finds where a lemma entry can start; `None` without lemma entries.
    lemma_triggers: Option<LemmaTriggers>,
    /// The entries of list `i` are `bounds[i]..bounds[i + 1]`.
    bounds: Vec<usize>,
}

/// The same lists, compiled alike (what the lemma entries' triggers are
/// follows from their words).
#[cfg(test)]
impl PartialEq for Lexicon {
    fn eq(&self, other: &Lexicon) -> bool {
        let matcher = |lexicon: &Lexicon| {
            let mut bytes = Vec::new();
            lexicon.matcher.write(&mut bytes);
            bytes
        };
        (&self.entries, &self.pattern_entries, &self.bounds, &self.lemmas) == (&other.entries, &other.pattern_entries, &other.bounds, &other.lemmas)
            && matcher(self) == matcher(other)
    }
}

/// Where the lemma entries of a lexicon can start, found without words: the
/// triggers of their first words ([`crate::words::lemma_triggers`]) in the
/// folded view. An entry whose first words are always spelled as their
/// lemmas (`=てめー`: て, め, ー) starts only where they follow each other.
///
/// An entry whose first word is spelled otherwise (`=しばく`, which the
/// dictionary reads as `し` of `する` + `ばく`) would start wherever its
/// first word's trigger is (`し`: in nearly every sentence); it starts only
/// where each of its later words has one of its triggers (or, spelled as
/// its lemma, itself) somewhere after it, which the same automaton finds.
/// A word holds a trigger of its lemma, so a place where a later word has
/// none after it cannot start the entry.
#[derive(Debug)]
struct LemmaTriggers {
    finder: Finder,
    /// For each pattern of `finder`, the entries it may start, each with
    /// what must follow it for that.
    followers: Vec<Vec<(u32, Follow)>>,
    /// For each pattern, whether it says which word is there (it holds a
    /// kanji or two characters: `黙`, `先生`, not the `し` of `する`).
    telling: Vec<bool>,
}

/// What must follow a trigger for it to start an entry.
#[derive(Debug)]
enum Follow {
    /// These words, spelled as their lemmas, right after it (none: any
    /// place will do).
    Next(Vec<String>),
    /// For each later word of the entry, the patterns of the finder one of
    /// which it holds: one of them somewhere after the trigger.
    Later(Vec<Vec<u32>>),
}

/// Where a pattern of [`LemmaTriggers`] was found in the folded view.
#[derive(Clone, Copy, Debug)]
struct Trigger {
    pattern: u32,
    start: u32,
    end: u32,
}

/// The triggers found in one text ([`LemmaTriggers::scan`]), in order, and
/// grouped by pattern once a list asks where its entries may start
/// ([`LemmaTriggers::starts`]): a list asks about each pattern once, not
/// about each of its occurrences. Every list that reads lemma entries asks,
/// and walking all the triggers of the bench's 10,000-character text for
/// each was 1.5 M of its 18.7 M instructions a check, grouped 0.45 M (the
/// 280-character post: 92 k → 37 k of 0.70 M; callgrind).
#[derive(Debug)]
struct FoundTriggers {
    all: Vec<Trigger>,
    /// The triggers by pattern, then position, and the run of each pattern.
    by_pattern: OnceCell<(Vec<Trigger>, Vec<Range<u32>>)>,
}

/// [`FoundTriggers::by_pattern`] counts the triggers into place when
/// there is at least one for this many patterns of the lexicon, and sorts
/// them otherwise.
const COUNTED_PER_PATTERN: usize = 8;

impl FoundTriggers {
    /// The triggers by pattern, then position. A long text's are placed
    /// pattern by pattern in the order they were found (a counting sort:
    /// the automaton finds them by end, so each pattern's are by start
    /// already); sorting them was 0.25 M of the 21.1 M instructions of the
    /// bench's 10,000-character check. A post's few are sorted: counting
    /// over every pattern of the lexicon cost its check 14 k instructions
    /// more than the sort (callgrind, 2026-11-30).
    fn by_pattern(&self) -> &(Vec<Trigger>, Vec<Range<u32>>) {
        self.by_pattern.get_or_init(|| {
            let patterns = self.all.iter().map(|t| t.pattern as usize + 1).max().unwrap_or(0);
            let mut sorted = self.all.clone();
            if self.all.len() * COUNTED_PER_PATTERN < patterns {
                sorted.sort_unstable_by_key(|t| (t.pattern, t.start));
            } else {
                // Where each pattern's run starts, then where its next trigger goes.
                let mut next = vec![0u32; patterns + 1];
                for t in &self.all {
                    next[t.pattern as usize + 1] += 1;
                }
                for p in 0..patterns {
                    next[p + 1] += next[p];
                }
                for &t in &self.all {
                    let at = &mut next[t.pattern as usize];
                    sorted[*at as usize] = t;
                    *at += 1;
                }
            }
            let mut runs: Vec<Range<u32>> = Vec::new();
            for (i, t) in sorted.iter().enumerate() {
                let i = i as u32;
                match runs.last_mut() {
                    Some(run) if sorted[run.start as usize].pattern == t.pattern => run.end = i + 1,
                    _ => runs.push(i..i + 1),
                }
            }
            (sorted, runs)
        })
    }

    /// Where `pattern` was last found (its start), if it was: the last of
    /// its run in [`FoundTriggers::by_pattern`], whose runs are by pattern.
    fn last_start(&self, pattern: u32) -> Option<u32> {
        let (sorted, runs) = self.by_pattern();
        let run = &runs[runs.partition_point(|run| sorted[run.start as usize].pattern < pattern)..].first()?;
        let last = sorted[run.end as usize - 1];
        (last.pattern == pattern).then_some(last.start)
    }
}

impl LemmaTriggers {
    fn new(lemmas: &[Lemmas]) -> Option<LemmaTriggers> {
        let mut patterns: Vec<String> = Vec::new();
        let mut followers: Vec<Vec<(u32, Follow)>> = Vec::new();
        // Each pattern's index, by its text (a search of `patterns` per
        // trigger was a tenth of building the engine).
        let mut indexes: HashMap<String, u32> = HashMap::new();
        let mut pattern = |text: &str| match indexes.get(text) {
            Some(&index) => index,
            None => {
                patterns.push(text.to_owned());
                followers.push(Vec::new());
                indexes.insert(text.to_owned(), patterns.len() as u32 - 1);
                patterns.len() as u32 - 1
            }
        };
        let mut starts: Vec<(u32, u32, Follow)> = Vec::new();
        for Lemmas { entry, keys } in lemmas {
            match lemma_triggers(&keys[0]) {
                Some(triggers) => {
                    let later: Vec<Vec<u32>> = keys[1..]
                        .iter()
                        .filter(|k| !is_slot_particle(k))
                        .map(|k| lemma_triggers(k).unwrap_or_else(|| vec![k.as_str()]).into_iter().map(&mut pattern).collect())
                        .collect();
                    for t in triggers {
                        starts.push((pattern(t), *entry, Follow::Later(later.clone())));
                    }
                }
                None => {
                    let next = keys[1..].iter().filter(|k| !is_slot_particle(k)).take_while(|k| lemma_triggers(k).is_none()).cloned().collect();
                    starts.push((pattern(&keys[0]), *entry, Follow::Next(next)));
                }
            }
        }
        for (pattern, entry, follow) in starts {
            followers[pattern as usize].push((entry, follow));
        }
        let telling = patterns.iter().map(|p| p.chars().count() >= 2 || p.chars().any(|c| Script::of(c) == Script::Kanji)).collect();
        (!patterns.is_empty()).then(|| LemmaTriggers { finder: Finder::new(&patterns), followers, telling })
    }

    /// Every trigger in the folded view `folded`, whatever it may start.
    fn scan(&self, folded: &str) -> FoundTriggers {
        let all = self.finder.find_overlapping(folded).map(|m| Trigger { pattern: m.pattern, start: m.start as u32, end: m.end as u32 }).collect();
        FoundTriggers { all, by_pattern: OnceCell::new() }
    }

    /// The starts of the places among `found` (triggers in the folded view
    /// `folded`) where a lemma entry that `entries` takes may start, in no
    /// particular order.
    fn starts<'t>(&'t self, folded: &'t str, found: &'t FoundTriggers, entries: &'t dyn Fn(usize) -> bool) -> impl Iterator<Item = usize> + 't {
        let next = move |mut at: usize, words: &[String]| {
            words.iter().all(|word| {
                at += folded[at..].len() - folded[at..].trim_start_matches(is_skipped).len();
                folded[at..].starts_with(word.as_str()) && {
                    at += word.len();
                    true
                }
            })
        };
        // Where each pattern was last found is looked up in the runs by
        // pattern: a table of every pattern of the lexicon, filled for each
        // list that asked, was 3 % of the instructions of the bench's
        // 280-character check, most of them zeroing it (callgrind).
        let later = move |at: u32, words: &[Vec<u32>]| words.iter().all(|patterns| patterns.iter().any(|&p| found.last_start(p).is_some_and(|start| start >= at)));
        // Whether a pattern may start an entry that `entries` takes is asked
        // once a pattern: most triggers found start none of those asked for.
        let (sorted, runs) = found.by_pattern();
        runs.iter()
            .filter(move |run| self.followers[sorted[run.start as usize].pattern as usize].iter().any(|(entry, _)| entries(*entry as usize)))
            .flat_map(move |run| &sorted[run.start as usize..run.end as usize])
            .filter(move |m| {
                self.followers[m.pattern as usize].iter().any(|(entry, follow)| {
                    entries(*entry as usize)
                        && match follow {
                            Follow::Next(words) => next(m.end as usize, words),
                            Follow::Later(words) => later(m.end, words),
                        }
                })
            })
            .map(|m| m.start as usize)
    }
}

/// One text's scan of a lexicon: the hits of its spellings, found at once,
/// and the hits of its lemma entries, found list by list when a list is
/// asked for ([`TermList::find`]). Lemma entries need words, and the
/// triggers of the lists that every check reads (the people a judgement
/// may be about: `児童`, `先生`, `親`) are in nearly every sentence of a
/// school's post; a list read only when another list found something
/// (`insult`'s people, read for a judgement) tokenises nothing otherwise.
#[derive(Debug)]
pub struct Scan {
    /// The spellings' hits grouped by list, each list's in the order the
    /// automaton found them ([`Lexicon::grouped_by_list`]).
    spelled: Vec<Hit>,
    /// Where each list's hits start in `spelled`: list `i`'s are
    /// `list_starts[i]..list_starts[i + 1]`.
    list_starts: Vec<u32>,
    /// Where the lexicon's lemma entries may start, found without words.
    triggers: FoundTriggers,
    /// The lemma entries' hits, by list, once found.
    lemma_hits: Vec<OnceCell<Vec<Hit>>>,
}

impl Scan {
    /// The spellings' hits of list `index`, in the order found.
    fn spelled_of(&self, index: usize) -> &[Hit] {
        &self.spelled[self.list_starts[index] as usize..self.list_starts[index + 1] as usize]
    }
}

/// A raw occurrence of an entry, before boundaries and allow phrases.
#[derive(Clone, Copy, Debug)]
pub struct Hit {
    entry: u32,
    start: u32,
    end: u32,
}

impl Lexicon {
    /// Compiles word lists in the format of the module docs. The lists are
    /// part of the program, so a malformed line is a bug and panics; every
    /// list is compiled by the tests.
    pub fn new(lists: &[&str]) -> Lexicon {
        let lists = ListBuilder::parse_lists(lists);
        let matcher = Finder::new(&lists.patterns);
        let lemmas = lists.lemmas(lemma_keys);
        Lexicon::with_matcher(lists, lemmas, matcher)
    }

    /// The lexicon that `build.rs` compiled and wrote as `bytes`
    /// ([`ListBuilder::write`], then [`Finder::write`]), read back without
    /// folding a term, cutting a lemma entry into words or building the
    /// automaton. Cutting the lemma entries (with the build's dictionary,
    /// as [`Lexicon::new`] cuts them with the embedded one) was a quarter of
    /// building the engine: 12.6 M of 46.6 M instructions natively with the
    /// triggers' table below, and in V8 the tokenizer, run over ~560 entries
    /// once in baseline code, was sent to the optimising compiler on every
    /// wake-up.
    ///
    /// # Safety
    ///
    /// `bytes` must be what `build.rs` wrote (see [`Finder::read`]).
    pub unsafe fn read(bytes: &[u8]) -> Lexicon {
        let (lists, lemmas, finder) = ListBuilder::read(bytes);
        // SAFETY: the caller's guarantee.
        let matcher = unsafe { Finder::read(finder) };
        Lexicon::with_matcher(lists, lemmas, matcher)
    }

    /// Lists from an organisation's configuration in one lexicon, list `i`
    /// of it from `lists[i]`: extra terms to flag (`.0`) and extra phrases
    /// to allow (`.1`). They are literal text ([`literal_term`]): no `!`,
    /// `*` or tag of the list format reaches them from a configuration.
    ///
    /// The engine puts every rule's extra terms in one lexicon, so a check
    /// scans the text once for all of them ([`Lexicon::find`],
    /// [`Lexicon::allowed`] on the hits of one [`Lexicon::scan`]), not once
    /// per rule and again for its allow phrases (six scans for the three
    /// rules of `bench/corpus/config.json`). Each list is still selected on
    /// its own: one rule's allow phrase or longer term does not hide
    /// another's.
    pub fn from_terms(lists: &[(&[String], &[String])]) -> Lexicon {
        let mut builder = ListBuilder::parse_lists(&[]);
        for (deny, allow) in lists {
            for (terms, allow) in [(deny, false), (allow, true)] {
                for term in *terms {
                    builder.push(literal_term(term), allow, String::new(), [false, false], false);
                }
            }
            builder.end_list();
        }
        let matcher = Finder::new(&builder.patterns);
        // Literal terms: no lemma entries.
        Lexicon::with_matcher(builder, Vec::new(), matcher)
    }

    /// The lexicon of `lists` whose spellings `matcher` finds and whose
    /// lemma entries are `lemmas`.
    fn with_matcher(lists: ListBuilder, lemmas: Vec<Lemmas>, matcher: Finder) -> Lexicon {
        let mut lemmas_by_first: HashMap<String, Vec<usize>, BuildHasherDefault<Fnv>> = HashMap::default();
        for (i, lemmas) in lemmas.iter().enumerate() {
            lemmas_by_first.entry(lemmas.keys[0].clone()).or_default().push(i);
        }
        let lemma_triggers = LemmaTriggers::new(&lemmas);
        Lexicon { matcher, pattern_entries: lists.pattern_entries, entries: lists.entries, lemmas, lemmas_by_first, lemma_triggers, bounds: lists.bounds }
    }

    /// Every raw occurrence of an entry of the lexicon in `text` (from the
    /// one scan the rules share, made now if no rule asked for it yet),
    /// handed to `each` in no particular order: where it lies in the compact
    /// view and its entry ([`Lexicon::entry_class`] says of what).
    /// Raw: within the boundaries of the scripts (`ass` is not in `class`)
    /// but before the dictionary's and allow phrases; a lemma entry is handed
    /// over where a trigger of its first word that tells the word (a kanji,
    /// two characters: `黙` of `黙る`, `先生`) is, since finding it needs
    /// words. The learned backstop reads which lists' words a sentence
    /// holds ([`crate::model::features`]) at no cost to a check the rules made.
    pub fn raw_hits(&'static self, text: &Normalized, mut each: impl FnMut(Range<usize>, usize)) {
        let scan = text.shared_scan(self);
        for h in &scan.spelled {
            let range = h.start as usize..h.end as usize;
            if respects_boundaries(&text.compact, &range, &self.entries[h.entry as usize]) {
                each(range, h.entry as usize);
            }
        }
        let Some(triggers) = &self.lemma_triggers else { return };
        for t in scan.triggers.all.iter().filter(|t| triggers.telling[t.pattern as usize]) {
            let range = text.compact_of_folded(t.start as usize..t.end as usize);
            for &(e, _) in &triggers.followers[t.pattern as usize] {
                each(range.clone(), e as usize);
            }
        }
    }

    /// How many entries the lexicon has ([`Lexicon::raw_hits`] hands their indices).
    pub fn entry_count(&self) -> usize {
        self.entries.len()
    }

    /// Entry `entry`'s list index, tag and whether it is an allow phrase.
    pub fn entry_class(&self, entry: usize) -> (usize, &str, bool) {
        let e = &self.entries[entry];
        (self.bounds.partition_point(|&b| b <= entry) - 1, e.tag.as_str(), e.allow)
    }

    /// The flagged terms of list `index` in the text whose hits (by this
    /// lexicon's [`Lexicon::scan`]) are `hits`: those that respect their
    /// boundaries and lie inside no allow phrase of the list, by position (a
    /// term inside a longer flagged term is reported once, as the longer one).
    pub fn find(&self, text: &Normalized, hits: &[Hit], index: usize) -> Vec<TermMatch<'_>> {
        self.select(text, self.hits_of(hits, index))
    }

    /// The compact-view ranges of the allow phrases of list `index` among
    /// `hits` (the engine vetoes a rule's findings inside the allow phrases
    /// an organisation configured for it).
    pub fn allowed(&self, hits: &[Hit], index: usize) -> Vec<Range<usize>> {
        self.hits_of(hits, index).filter(|h| self.entries[h.entry as usize].allow).map(|h| h.start as usize..h.end as usize).collect()
    }

    /// Every occurrence of every entry in the text: spellings in the
    /// compact view, lemmas in its words.
    pub fn scan(&self, text: &Normalized) -> Vec<Hit> {
        let scan = self.scan_lazily(text);
        let mut hits = scan.spelled;
        if let Some(triggers) = &self.lemma_triggers {
            self.scan_lemmas(text, triggers, &scan.triggers, &|_| true, |_| true, &mut hits);
        }
        hits
    }

    /// The occurrences of the spellings in the text, and where lemma
    /// entries may start; [`Lexicon::hits_of_list`] finds a list's hits.
    pub(super) fn scan_lazily(&self, text: &Normalized) -> Scan {
        let found = self
            .matcher
            .find_overlapping(text.compact.as_str())
            .map(|m| Hit { entry: self.pattern_entries[m.pattern as usize], start: m.start as u32, end: m.end as u32 })
            .collect();
        let (spelled, list_starts) = self.grouped_by_list(found);
        let triggers = self.lemma_triggers.as_ref().map_or_else(|| FoundTriggers { all: Vec::new(), by_pattern: OnceCell::new() }, |t| t.scan(text.folded.as_str()));
        Scan { spelled, list_starts, triggers, lemma_hits: (1..self.bounds.len()).map(|_| OnceCell::new()).collect() }
    }

    /// `hits` grouped by list, each list's in the order of `hits` (a
    /// counting sort), with where each list's start ([`Scan::list_starts`]):
    /// every list a rule reads takes its part by slicing, where each used
    /// to filter every hit of the text (20 lists a check, 0.32 M of the
    /// bench's 10,000-character check, callgrind, 2026-12-01).
    fn grouped_by_list(&self, hits: Vec<Hit>) -> (Vec<Hit>, Vec<u32>) {
        let lists = self.bounds.len() - 1;
        let list_of = |h: &Hit| self.bounds.partition_point(|&b| b <= h.entry as usize) - 1;
        let mut starts = vec![0u32; lists + 1];
        for h in &hits {
            starts[list_of(h) + 1] += 1;
        }
        for i in 0..lists {
            starts[i + 1] += starts[i];
        }
        let mut next = starts.clone();
        let mut grouped = hits.clone();
        for h in hits {
            let at = &mut next[list_of(&h)];
            grouped[*at as usize] = h;
            *at += 1;
        }
        (grouped, starts)
    }

    /// The hits of list `index` in the text scanned as `scan`: its
    /// spellings', then its lemma entries' (found now if not yet).
    fn hits_of_list(&self, text: &Normalized, scan: &Scan, index: usize) -> Vec<Hit> {
        let mut hits: Vec<Hit> = scan.spelled_of(index).to_vec();
        if let Some(triggers) = &self.lemma_triggers {
            hits.extend_from_slice(scan.lemma_hits[index].get_or_init(|| {
                let mut lemma_hits = Vec::new();
                let entries = self.bounds[index]..self.bounds[index + 1];
                self.scan_lemmas(text, triggers, &scan.triggers, &|entry| entries.contains(&entry), |_| true, &mut lemma_hits);
                lemma_hits
            }));
        }
        hits
    }

    /// Like [`Lexicon::hits_of_list`], for a reader of some of them: the
    /// list's lemma entries that `lemma_entry` takes (by the entry's tag) are
    /// looked for in the pieces of the text's words that `in_piece` takes, and
    /// kept for no later reader; the list's other lemma entries are not
    /// looked for. All of the list's hits when they were found already.
    fn hits_of_list_in(&self, text: &Normalized, scan: &Scan, index: usize, lemma_entry: impl Fn(&str) -> bool, in_piece: impl Fn(usize) -> bool) -> Vec<Hit> {
        if self.lemma_triggers.is_none() || scan.lemma_hits[index].get().is_some() {
            return self.hits_of_list(text, scan, index);
        }
        let mut hits: Vec<Hit> = scan.spelled_of(index).to_vec();
        hits.extend(self.lemma_hits_in(text, scan, index, lemma_entry, in_piece));
        hits
    }

    /// The hits of list `index`'s lemma entries that `lemma_entry` takes (by
    /// the entry's tag), in the pieces of the text's words that `in_piece`
    /// takes, kept for no later reader.
    fn lemma_hits_in(&self, text: &Normalized, scan: &Scan, index: usize, lemma_entry: impl Fn(&str) -> bool, in_piece: impl Fn(usize) -> bool) -> Vec<Hit> {
        let mut hits = Vec::new();
        if let Some(triggers) = &self.lemma_triggers {
            let list = self.bounds[index]..self.bounds[index + 1];
            // Each entry's tag is read once: the triggers found ask about
            // the same entries again and again.
            let taken: Vec<Cell<Option<bool>>> = vec![Cell::new(None); list.len()];
            let entries = |entry: usize| {
                list.contains(&entry) && {
                    let taken = &taken[entry - list.start];
                    taken.get().unwrap_or_else(|| {
                        let takes = lemma_entry(&self.entries[entry].tag);
                        taken.set(Some(takes));
                        takes
                    })
                }
            };
            self.scan_lemmas(text, triggers, &scan.triggers, &entries, in_piece, &mut hits);
        }
        hits
    }

    /// Adds the hits of the lemma entries that `entries` takes: runs of words
    /// whose lemmas are an entry's, with the inflection after them. Only the
    /// sentences where `found` (the text's triggers) holds the first word
    /// of one of those entries, and that `in_piece` takes (by index of the
    /// piece of the text's words), are tokenised; a match may run on into
    /// the next.
    fn scan_lemmas(&self, text: &Normalized, triggers: &LemmaTriggers, found: &FoundTriggers, entries: &dyn Fn(usize) -> bool, in_piece: impl Fn(usize) -> bool, hits: &mut Vec<Hit>) {
        let mut found = triggers.starts(text.folded.as_str(), found, entries).peekable();
        if found.peek().is_none() {
            return;
        }
        let words = text.words();
        let mut pieces: Vec<usize> = found.filter_map(|at| words.chunk_at(at)).filter(|&piece| in_piece(piece)).collect();
        pieces.sort_unstable();
        pieces.dedup();
        self.match_lemmas(text, &pieces, entries, hits);
    }

    /// Adds the hits of the lemma entries that `entries` takes that start
    /// in the pieces `pieces` of the text's words (in order).
    fn match_lemmas(&self, text: &Normalized, pieces: &[usize], entries: &dyn Fn(usize) -> bool, hits: &mut Vec<Hit>) {
        let words = text.words();
        // One buffer for every key read, so reading them allocates nothing.
        let (mut key, mut first) = (String::new(), String::new());
        for &piece in pieces {
            for (i, token) in words.chunk(piece).iter().enumerate() {
                token.lemma_key_into(&mut first);
                let Some(candidates) = self.lemmas_by_first.get(first.as_str()) else { continue };
                for lemmas in candidates.iter().map(|&c| &self.lemmas[c]).filter(|l| entries(l.entry as usize)) {
                    let mut after = words.from(piece, i + 1).peekable();
                    let mut last = token;
                    let rest_match = lemmas.keys[1..].iter().all(|wanted| {
                        if is_slot_particle(wanted) {
                            // Said with any particle of the slot, or none.
                            if let Some(t) = after.next_if(|t| {
                                t.lemma_key_into(&mut key);
                                key == *wanted || SLOT_FILLERS.contains(&key.as_str())
                            }) {
                                last = t;
                            }
                            return true;
                        }
                        after.next().is_some_and(|t| {
                            last = t;
                            t.lemma_key_into(&mut key);
                            key == *wanted
                        })
                    });
                    if !rest_match {
                        continue;
                    }
                    let last = Words::inflection_end(last, after);
                    let range = text.compact_of_folded(token.range.start..last.range.end);
                    hits.push(Hit { entry: lemmas.entry, start: range.start as u32, end: range.end as u32 });
                }
            }
        }
    }

    /// The hits of list `index`.
    fn hits_of<'h>(&self, hits: &'h [Hit], index: usize) -> impl Iterator<Item = &'h Hit> {
        let entries = self.bounds[index]..self.bounds[index + 1];
        hits.iter().filter(move |h| entries.contains(&(h.entry as usize)))
    }

    /// The flagged terms among `hits` (see [`TermList::find`]).
    ///
    /// Whether a short hit cuts a dictionary word ([`cuts_a_word`]) may
    /// need the words of its sentence, so it is asked last, of a hit that
    /// would otherwise be kept: one inside an allow phrase or inside a
    /// longer term kept before it is dropped whatever its words say. Asked
    /// of every hit that respected its boundaries, it tokenised sentences
    /// for hits the sweep then dropped anyway (the bench's 10,000-character
    /// check: 20.70 M → 20.32 M instructions, callgrind, 2026-11-30).
    fn select<'l, 'h>(&'l self, text: &Normalized, hits: impl Iterator<Item = &'h Hit>) -> Vec<TermMatch<'l>> {
        let mut allowed: Vec<Range<usize>> = Vec::new();
        let mut found: Vec<(Range<usize>, &Entry)> = Vec::new();
        for hit in hits {
            let entry = &self.entries[hit.entry as usize];
            let range = hit.start as usize..hit.end as usize;
            if entry.allow {
                allowed.push(range);
            } else if respects_boundaries(&text.compact, &range, entry) {
                found.push((range, entry));
            }
        }
        // Both filters below are sweeps in order of start, so a text with
        // many hits costs n log n, not n².
        allowed.sort_by_key(|r| r.start);
        found.sort_by(|(a, _), (b, _)| a.start.cmp(&b.start).then(b.end.cmp(&a.end)));
        let mut matches: Vec<TermMatch<'l>> = Vec::with_capacity(found.len());
        let (mut next_allowed, mut allowed_reach, mut found_reach) = (0, 0, 0);
        for (range, entry) in &found {
            while next_allowed < allowed.len() && allowed[next_allowed].start <= range.start {
                allowed_reach = allowed_reach.max(allowed[next_allowed].end);
                next_allowed += 1;
            }
            // Inside an allow phrase, or inside a longer term kept earlier
            // (which starts no later and, sorted so, ends no earlier). A
            // dropped hit need not move `found_reach`: a later hit that
            // ends inside it starts no earlier, so lies inside the allow
            // phrase too, or inside the term that held this one.
            let last = matches.last();
            let same_as_last = last.is_some_and(|m: &TermMatch| m.range == *range);
            // One match per range and tag: a range found by two entries
            // with different tags (`シネ @katakana` and `=死ぬ @command` on
            // `しね`) keeps both, as each tag may be met or not.
            if same_as_last && last.is_some_and(|m| m.tag == entry.tag) {
                continue;
            }
            let vetoed = allowed_reach >= range.end;
            let inside_longer = found_reach >= range.end && !same_as_last;
            if vetoed || inside_longer || cuts_a_word(text, range, entry) {
                continue;
            }
            found_reach = found_reach.max(range.end);
            matches.push(TermMatch { range: range.clone(), tag: &entry.tag });
        }
        matches
    }
}

/// A word list: one of the rules' lists in the shared lexicon, or a list of
/// its own (an organisation's extra terms; lists in tests).
#[derive(Debug)]
pub struct TermList {
    source: Source,
}

#[derive(Debug)]
enum Source {
    Own(Lexicon),
    Shared { lexicon: &'static LazyLock<Lexicon>, index: usize },
}

impl TermList {
    /// A list of its own, compiled from data in the format of the module docs.
    pub fn parse(data: &str) -> TermList {
        TermList { source: Source::Own(Lexicon::new(&[data])) }
    }

    /// List `index` of a shared lexicon.
    pub const fn in_lexicon(lexicon: &'static LazyLock<Lexicon>, index: usize) -> TermList {
        TermList { source: Source::Shared { lexicon, index } }
    }

    /// Every term of the list in `text` that respects its boundaries and is
    /// not inside an allow phrase, by position. A term inside a longer
    /// flagged term is reported once, as the longer one.
    pub fn find<'l>(&'l self, text: &Normalized) -> Vec<TermMatch<'l>> {
        let (lexicon, hits) = self.hits(text);
        lexicon.select(text, hits.iter())
    }

    /// The terms of the list that start inside one of the compact-view
    /// ranges `near`, as [`TermList::find`] finds them, for a caller that
    /// reads no others (the people a judgement in the same or the sentence
    /// before may be about): the list's lemma entries, which need words, are
    /// looked for only in the sentences of `near`, so a long text's other
    /// sentences are not tokenised for them. Terms elsewhere may be in the
    /// answer too.
    ///
    /// The same answer inside `near`: a term there starts in a piece of the
    /// text's words that overlaps `near`, and a longer term or allow phrase
    /// that holds it starts no earlier, in that piece or, running on over a
    /// line break (the analyser skips it) or a cut of a long piece, in the
    /// pieces before it up to the last that ends a sentence with a mark
    /// (`。`: a word of its own, which no entry holds).
    pub fn find_near<'l>(&'l self, text: &Normalized, near: &[Range<usize>]) -> Vec<TermMatch<'l>> {
        let Source::Shared { lexicon, index } = &self.source else { return self.find(text) };
        let lexicon: &'static Lexicon = lexicon;
        let scan = text.shared_scan(lexicon);
        let wanted = pieces_near(text, near);
        let hits = lexicon.hits_of_list_in(text, &scan, *index, |_| true, |piece| wanted[piece]);
        lexicon.select(text, hits.iter())
    }

    /// Like [`TermList::find`], with the lemma entries whose tag `gated`
    /// takes looked for only in the sentences of the compact-view ranges
    /// that `near` gives, as [`TermList::find_near`] looks for them: for a
    /// rule that reads those entries only beside other words (a judgement
    /// said of a person, a cue near its topic), so that no other sentence
    /// is tokenised for them. `near` is asked only when such an entry may
    /// start somewhere, and is given the list's other terms as found before
    /// boundaries and allow phrases (range and tag; a superset of those
    /// `find` finds). The other terms are those of `find`, but for a term
    /// that a gated entry's match outside `near` would hold, which is not
    /// vetoed by it; when another reader found every hit of the list
    /// already, they are those of `find`.
    pub fn find_gating_lemmas<'l>(
        &'l self,
        text: &Normalized,
        gated: impl Fn(&str) -> bool,
        near: impl FnOnce(&mut dyn Iterator<Item = (Range<usize>, &str)>) -> Vec<Range<usize>>,
    ) -> Vec<TermMatch<'l>> {
        let Source::Shared { lexicon, index } = &self.source else { return self.find(text) };
        let lexicon: &'static Lexicon = lexicon;
        // Lemma entries sort by entry: the list's first one, if any.
        let first_lemma = lexicon.lemmas.partition_point(|l| (l.entry as usize) < lexicon.bounds[*index]);
        if lexicon.lemmas.get(first_lemma).is_none_or(|l| l.entry as usize >= lexicon.bounds[*index + 1]) {
            return self.find(text);
        }
        let scan = text.shared_scan(lexicon);
        let spelled = scan.spelled_of(*index).len();
        let mut hits = lexicon.hits_of_list_in(text, &scan, *index, |tag| !gated(tag), |_| true);
        if scan.lemma_hits[*index].get().is_none() {
            // `near` is asked when a gated entry's trigger was found, once.
            let near = Cell::new(Some(near));
            let wanted: OnceCell<Vec<bool>> = OnceCell::new();
            let others = &hits;
            let in_near = |piece: usize| {
                wanted.get_or_init(|| {
                    let near = near.take().expect("asked once");
                    let entry = |h: &Hit| &lexicon.entries[h.entry as usize];
                    pieces_near(text, &near(&mut others.iter().filter(|h| !entry(h).allow).map(|h| (h.start as usize..h.end as usize, entry(h).tag.as_str()))))
                })[piece]
            };
            let gated_hits = lexicon.lemma_hits_in(text, &scan, *index, gated, in_near);
            if !gated_hits.is_empty() {
                hits.extend(gated_hits);
                // In the order of one look for every lemma entry (by word,
                // then entry), which `select` keeps among terms of one range.
                hits[spelled..].sort_by_key(|h| (h.start, h.entry));
            }
        }
        lexicon.select(text, hits.iter())
    }

    /// Where a term of the list whose tag `tagged` takes may start, found
    /// without words (compact-view ranges, in no order): its spellings'
    /// hits, and for its lemma entries the places their triggers say they
    /// may start ([`LemmaTriggers::starts`]; a match starts in the piece of
    /// the text's words, so in the sentence, of such a place). A superset
    /// of where [`TermList::find`] finds them, for a rule that reads other
    /// words only near these (a judgement only where a person may be named).
    pub fn places(&self, text: &Normalized, tagged: impl Fn(&str) -> bool) -> Vec<Range<usize>> {
        let Source::Shared { lexicon, index } = &self.source else {
            return self.find(text).into_iter().filter(|m| tagged(m.tag)).map(|m| m.range).collect();
        };
        let lexicon: &'static Lexicon = lexicon;
        let scan = text.shared_scan(lexicon);
        let list = lexicon.bounds[*index]..lexicon.bounds[*index + 1];
        let entries = |entry: usize| list.contains(&entry) && !lexicon.entries[entry].allow && tagged(&lexicon.entries[entry].tag);
        let mut places: Vec<Range<usize>> =
            scan.spelled_of(*index).iter().filter(|h| entries(h.entry as usize)).map(|h| h.start as usize..h.end as usize).collect();
        if let Some(triggers) = &lexicon.lemma_triggers {
            places.extend(triggers.starts(text.folded.as_str(), &scan.triggers, &entries).map(|at| {
                let at = text.compact_of_folded(at..at).start;
                at..at
            }));
        }
        places
    }

    /// Like [`TermList::find`], without looking for the lemma entries whose
    /// tag `skipped` takes: a rule that reads these only where other words
    /// of its list are (the animals a cruel act is done to) looks for them
    /// there ([`TermList::find_near`]), and no other sentence is tokenised
    /// for them. The other terms are those of `find`, but for a term that a
    /// skipped entry's match would hold, which is not vetoed by it; and when
    /// another reader found every hit of the list already, the skipped
    /// entries' terms are in the answer too.
    pub fn find_skipping_lemmas<'l>(&'l self, text: &Normalized, skipped: impl Fn(&str) -> bool) -> Vec<TermMatch<'l>> {
        self.find_gating_lemmas(text, skipped, |_| Vec::new())
    }

    /// The raw hits of this list in `text`, with the lexicon they index:
    /// a list of its own scans the text; a shared list takes its part of the
    /// text's one scan of the shared lexicon.
    fn hits(&self, text: &Normalized) -> (&Lexicon, Vec<Hit>) {
        match &self.source {
            Source::Own(lexicon) => (lexicon, lexicon.scan(text)),
            Source::Shared { lexicon, index } => {
                let lexicon: &'static Lexicon = lexicon;
                let scan = text.shared_scan(lexicon);
                (lexicon, lexicon.hits_of_list(text, &scan, *index))
            }
        }
    }
}


/// Which pieces of the text's words a term starting in one of the
/// compact-view ranges `near` may start in (see [`TermList::find_near`]).
fn pieces_near(text: &Normalized, near: &[Range<usize>]) -> Vec<bool> {
    let words = text.words();
    let mut wanted = vec![false; words.pieces()];
    let mut last_range = None;
    for range in near {
        // Judgements in one sentence ask about the same sentences.
        if last_range.replace(range) == Some(range) {
            continue;
        }
        let folded = text.folded_of_compact(range.clone());
        let Some(first) = words.chunk_at(folded.start) else { continue };
        let last = words.chunk_at(folded.end.max(folded.start + 1) - 1).unwrap_or(first);
        wanted[first..=last.max(first)].fill(true);
        // Back to the last piece that ends with a mark, or to one wanted
        // already (whose own pieces before it are): each piece is walked
        // over once, so a long text of lines without a mark stays linear.
        let mut piece = first;
        while piece > 0 && !words.ends_with_mark(piece - 1) && !wanted[piece - 1] {
            piece -= 1;
            wanted[piece] = true;
        }
    }
    wanted
}

/// The longest term that turns up inside other words by chance (`ばか` in
/// `ばかす`, `うざ` in `ちゅうざい`, `くず` in `紙くず`). A longer term that
/// starts or ends inside a word was written to (`入れない方がいい` of
/// `受け入れない方がいい`, `ってもバレない` after `通っ`), so only terms this
/// short are held to the dictionary's boundaries.
const CHANCE_TERM_CHARS: usize = 3;

/// Whether a Japanese spelling found at `range` (compact view) starts or
/// ends inside a dictionary word, where its entry does not allow that.
fn cuts_a_word(text: &Normalized, range: &Range<usize>, entry: &Entry) -> bool {
    if entry.latin || entry.lemma || (entry.open_start && entry.open_end) {
        return false;
    }
    if text.compact.as_str()[range.clone()].chars().count() > CHANCE_TERM_CHARS {
        return false;
    }
    let folded = text.folded_of_compact(range.clone());
    text.words().cuts_a_word(&folded, entry.open_start, entry.open_end, entry.stem)
}

fn respects_boundaries(view: &View, range: &Range<usize>, entry: &Entry) -> bool {
    // Each end's segment is searched for once, not once for each side of
    // it, the end's among the segments after the start's: 806 → 419
    // instructions a call over 64 KiB of `先生を刺す\n` (callgrind). A hit
    // is a few characters long, so its end is found by walking to it
    // rather than by a binary search of the rest of the text: asked about
    // 1,500 times in the bench's 10,000-character check, 0.59 M → 0.38 M
    // of its instructions (callgrind, 2026-11-30).
    let segments = view.segments();
    let start = view.segment_index(range.start);
    let end = start + segments[start..].iter().take_while(|s| (s.at as usize) < range.end).count();
    let script = |i: Option<usize>| i.and_then(|i| segments.get(i)).map(|s| s.script);
    let before = script(start.checked_sub(1));
    let after = script(Some(end));
    if entry.latin {
        let letter = |s: Option<Script>| matches!(s, Some(Script::Alpha | Script::Digit));
        return (entry.open_start || !letter(before)) && (entry.open_end || !letter(after));
    }
    let first = script(Some(start));
    let last = script(end.checked_sub(1));
    let katakana = |s: Option<Script>| s == Some(Script::Katakana);
    let bounded = !(katakana(first) && katakana(before)) && !(katakana(last) && katakana(after));
    bounded || (katakana(first) && katakana(last) && is_repeated_run(view, start, end))
}

/// The longest katakana run [`is_repeated_run`] reads as a taunt.
const TAUNT_CHARS: usize = 24;

/// Whether the katakana run around the characters `start..end` (segment
/// indices) is their word said again and again (`バカバカ`, `バーカバーカ`:
/// a taunt), and no hiragana ending makes it a word of its own
/// (`バカバカしい`: absurd).
fn is_repeated_run(view: &View, start: usize, end: usize) -> bool {
    let segments = view.segments();
    let katakana = |i: usize| segments.get(i).is_some_and(|s| s.script == Script::Katakana);
    // A taunt is short: a run longer than this is no word said again, and
    // is not walked from each of its matches (a megabyte of `バカバカ…`).
    let run_start = start - (0..start).rev().take(TAUNT_CHARS + 1).take_while(|&i| katakana(i)).count();
    let run_end = end + (end..segments.len()).take(TAUNT_CHARS + 1).take_while(|&i| katakana(i)).count();
    if run_end - run_start > TAUNT_CHARS || segments.get(run_end).is_some_and(|s| s.script == Script::Hiragana) {
        return false;
    }
    let at = |i: usize| segments.get(i).map_or(view.as_str().len(), |s| s.at as usize);
    let (word, run) = (&view.as_str()[at(start)..at(end)], &view.as_str()[at(run_start)..at(run_end)]);
    run.len() >= 2 * word.len() && run.len() % word.len() == 0 && run.as_bytes().chunks(word.len()).all(|chunk| chunk == word.as_bytes())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn flagged(list: &str, text: &str) -> Vec<String> {
        let list = TermList::parse(list);
        let n = Normalized::new(text);
        list.find(&n).iter().map(|m| text[n.compact.original_range(m.range.clone())].to_owned()).collect()
    }

    #[test]
    fn katakana_runs_bound_katakana_matches() {
        let list = "ばか\nかす";
        assert_eq!(flagged(list, "バカ親"), ["バカ"]);
        assert!(flagged(list, "バカンス").is_empty());
        assert!(flagged(list, "カステラ").is_empty());
        assert_eq!(flagged(list, "ﾏｼﾞでﾊﾞｶすぎて"), ["ﾊﾞｶ"]);
        assert_eq!(flagged(list, "バカバカ！"), ["バカ", "バカ"]);
        assert!(flagged(list, "バカバカしい話").is_empty());
        assert!(flagged(list, "バカンスバカンス").is_empty());
    }

    #[test]
    fn allow_phrases_veto_terms_inside_them() {
        let list = "ばか\n!ばかり\n殺\n!殺菌";
        assert_eq!(flagged(list, "バカばかり"), ["バカ"]);
        assert!(flagged(list, "殺菌します").is_empty());
        assert_eq!(flagged(list, "殺す"), ["殺"]);
    }

    #[test]
    fn latin_terms_are_whole_words_unless_opened() {
        let list = "ass\nidiot*";
        assert!(flagged(list, "class assessment").is_empty());
        assert_eq!(flagged(list, "you ass!"), ["ass"]);
        assert_eq!(flagged(list, "IDIOTS"), ["IDIOT"]);
        assert_eq!(flagged(list, "i d i o t"), ["i d i o t"]);
    }

    #[test]
    fn masked_variants_are_opt_in() {
        let list = "しね +masked\nばか";
        assert_eq!(flagged(list, "○ね"), ["○ね"]);
        assert_eq!(flagged(list, "死ね？シ〇"), ["シ〇"]);
        assert!(flagged(list, "バ〇").is_empty());
    }

    #[test]
    fn a_term_inside_a_longer_term_is_reported_once() {
        assert_eq!(flagged("ばか\nばかやろう", "ばかやろう"), ["ばかやろう"]);
    }

    #[test]
    fn lemma_entries_match_every_inflection() {
        let list = "=黙る\n=消える\n=頭が悪い\n=嘘をつく";
        assert_eq!(flagged(list, "黙れ"), ["黙れ"]);
        assert_eq!(flagged(list, "お前は黙ってろ"), ["黙ってろ"]);
        assert_eq!(flagged(list, "黙らせる"), ["黙らせる"]);
        assert_eq!(flagged(list, "消えろ、消えてしまえ"), ["消えろ", "消えてしまえ"]);
        assert_eq!(flagged(list, "ほんと頭が悪かった"), ["頭が悪かった"]);
        assert!(flagged(list, "頭は悪くない").is_empty(), "the words must follow each other");
        assert_eq!(flagged(list, "頭悪すぎ、頭の悪い人、頭も悪い"), ["頭悪すぎ", "頭の悪い", "頭も悪い"], "a slot's particle dropped or said otherwise");
        assert_eq!(flagged(list, "また嘘ついた"), ["嘘ついた"]);
        assert!(flagged(list, "頭をかく、嘘はつかない").is_empty(), "another slot's particle is another clause");
        assert_eq!(flagged(list, "ほんと頭が\n悪かった"), ["頭が\n悪かった"], "a match runs on into the next line");
    }

    #[test]
    fn english_lemma_entries_match_every_form_of_their_marked_words() {
        let list = "~nick\nspread the ~word\n~steal @wrong";
        assert_eq!(flagged(list, "Nicked a load of photos"), ["Nicked"]);
        assert_eq!(flagged(list, "he stole it, they're stealing"), ["stole", "stealing"]);
        assert_eq!(flagged(list, "spread the words!"), ["spread the words"]);
        assert!(flagged(list, "a nickel, the wording").is_empty(), "forms are whole words");
        assert!(flagged(list, "spreads the word").is_empty(), "only the marked word inflects");
    }

    #[test]
    fn masked_english_terms_match_with_inner_letters_starred() {
        let list = "idiot* +masked\nfuck off +masked";
        assert_eq!(flagged(list, "what an id*ot"), ["id*ot"]);
        assert_eq!(flagged(list, "ID**TS"), ["ID**T"]);
        assert_eq!(flagged(list, "just f**k off"), ["f**k off"]);
        assert!(flagged(list, "i****, *diot").is_empty(), "the first letter and one more are shown");
        assert!(flagged(list, "idiom").is_empty());
        assert!(flagged(list, "a*b = 2*3").is_empty(), "a star between other letters hides no term");
    }

    #[test]
    fn spellings_inside_a_dictionary_word_are_not_matches() {
        let list = "ばか\nうざ\n殺\nうざすぎ*";
        assert!(flagged(list, "入学したばかりの1年生").is_empty());
        assert!(flagged(list, "しっかり準備すればかなり上達します").is_empty());
        assert!(flagged(list, "狐がばかす").is_empty());
        assert_eq!(flagged(list, "ばかだね"), ["ばか"]);
        assert_eq!(flagged(list, "殺される"), ["殺"], "a term with a kanji may be a stem");
        assert_eq!(flagged(list, "マジうざすぎる"), ["うざすぎ"], "`*` lets a term end inside a word");
    }

    #[test]
    fn lemma_entries_found_list_by_list_are_those_found_at_once() {
        // Over the corpora: each list of the rules' lexicon has the same
        // hits, in the same order, whether its lemma entries are looked for
        // with its own triggers or with every list's.
        let lexicon: &Lexicon = &crate::rules::lists::LEXICON;
        let mut lemma_hits = 0;
        for text in crate::text::testing::corpus_texts() {
            let n = Normalized::new(&text);
            let at_once = lexicon.scan(&n);
            let scan = lexicon.scan_lazily(&n);
            for index in 0..lexicon.bounds.len() - 1 {
                let key = |h: &Hit| (h.entry, h.start, h.end);
                let by_list: Vec<_> = lexicon.hits_of_list(&n, &scan, index).iter().map(key).collect();
                assert_eq!(by_list, lexicon.hits_of(&at_once, index).map(key).collect::<Vec<_>>(), "list {index} in {text:?}");
            }
            lemma_hits += at_once.iter().filter(|h| lexicon.entries[h.entry as usize].lemma).count();
        }
        assert!(lemma_hits > 1000, "{lemma_hits}");
    }

    #[test]
    fn triggers_counted_into_place_are_those_sorted() {
        // A long text (the corpora run together), whose triggers are
        // counted into place, and a post, whose are sorted.
        let triggers = crate::rules::lists::LEXICON.lemma_triggers.as_ref().unwrap();
        let texts = crate::text::testing::corpus_texts();
        for text in [texts[..2000].concat(), texts[0].clone()] {
            let found = triggers.scan(Normalized::new(&text).folded.as_str());
            let mut expected = found.all.clone();
            expected.sort_unstable_by_key(|t| (t.pattern, t.start));
            let (sorted, runs) = found.by_pattern();
            let key = |t: &Trigger| (t.pattern, t.start, t.end);
            assert_eq!(sorted.iter().map(key).collect::<Vec<_>>(), expected.iter().map(key).collect::<Vec<_>>());
            assert_eq!(runs.iter().map(|r| r.len()).sum::<usize>(), sorted.len());
            assert!(runs.iter().all(|r| sorted[r.start as usize..r.end as usize].iter().all(|t| t.pattern == sorted[r.start as usize].pattern)));
            assert!(runs.windows(2).all(|w| sorted[w[0].start as usize].pattern < sorted[w[1].start as usize].pattern));
        }
    }

    #[test]
    fn lemma_entries_start_only_where_their_triggers_say() {
        // Over the corpora: matching the lemma entries in every sentence
        // finds what matching them in the sentences their triggers mark finds.
        let lexicon: &Lexicon = &crate::rules::lists::LEXICON;
        let every = |_| true;
        for text in crate::text::testing::corpus_texts() {
            let n = Normalized::new(&text);
            let folded = n.folded.as_str();
            let mut all_pieces: Vec<usize> = folded.char_indices().filter_map(|(at, _)| n.words().chunk_at(at)).collect();
            all_pieces.dedup();
            let mut everywhere = Vec::new();
            lexicon.match_lemmas(&n, &all_pieces, &every, &mut everywhere);
            let mut marked = Vec::new();
            let triggers = lexicon.lemma_triggers.as_ref().unwrap();
            lexicon.scan_lemmas(&n, triggers, &triggers.scan(folded), &every, |_| true, &mut marked);
            let key = |h: &Hit| (h.start, h.end, h.entry);
            let (mut everywhere, mut marked): (Vec<_>, Vec<_>) = (everywhere.iter().map(key).collect(), marked.iter().map(key).collect());
            everywhere.sort_unstable();
            marked.sort_unstable();
            assert_eq!(marked, everywhere, "{text:?}");
        }
    }

    #[test]
    fn terms_near_a_sentence_are_those_the_whole_text_has_there() {
        // Over the corpora, sentence by sentence: what `find_near` finds
        // starting inside a sentence is what `find` finds there, for the
        // lists read so.
        use crate::rules::lists::{PEOPLE, PUBLIC_ORDER};
        for text in crate::text::testing::corpus_texts() {
            for list in [&PEOPLE, &PUBLIC_ORDER] {
                let whole = Normalized::new(&text);
                let all = list.find(&whole);
                let mut at = 0;
                while at < whole.compact.as_str().len() {
                    let sentence = whole.compact.sentence(&(at..at));
                    let inside = |m: &&TermMatch| sentence.contains(&m.range.start);
                    let near = list.find_near(&Normalized::new(&text), std::slice::from_ref(&sentence));
                    assert_eq!(near.iter().filter(inside).collect::<Vec<_>>(), all.iter().filter(inside).collect::<Vec<_>>(), "{text:?} in {sentence:?}");
                    at = sentence.end;
                }
            }
        }
    }

    #[test]
    fn gated_lemma_entries_near_a_sentence_are_those_the_whole_text_has_there() {
        // Over the corpora, sentence by sentence: what `find_gating_lemmas`
        // finds starting inside a sentence is what `find` finds there, for
        // the lists read so; and every term `find` finds starts in the
        // sentence of one of the list's `places`.
        use crate::rules::lists::{DISCRIMINATION, ILLEGAL, INSULT, PEOPLE};
        let judgement = |tag: &str| tag.split(',').any(|t| t == "judgement");
        let only_a_cue = |tag: &str| tag.split('+').all(|role| role.starts_with("cue:"));
        let a_trait = |tag: &str| tag.split(',').any(|t| t == "trait");
        let gated_lists: [(&TermList, &dyn Fn(&str) -> bool); 3] = [(&INSULT, &judgement), (&ILLEGAL, &only_a_cue), (&DISCRIMINATION, &a_trait)];
        // `find_gating_lemmas` finds a list's lemma entries, and orders their
        // hits, by entry.
        let lexicon: &Lexicon = &crate::rules::lists::LEXICON;
        assert!(lexicon.lemmas.windows(2).all(|w| w[0].entry < w[1].entry));
        let (mut gated_terms, mut people) = (0, 0);
        for text in crate::text::testing::corpus_texts() {
            let whole = Normalized::new(&text);
            let view = &whole.compact;
            let places = PEOPLE.places(&Normalized::new(&text), |_| true);
            for m in PEOPLE.find(&whole) {
                assert!(places.iter().any(|p| view.sentence(p).contains(&m.range.start)), "{text:?}: {m:?} has no place");
                people += 1;
            }
            for (list, gated) in gated_lists {
                let all = list.find(&whole);
                let mut at = 0;
                while at < view.as_str().len() {
                    let sentence = view.sentence(&(at..at));
                    let inside = |m: &&TermMatch| sentence.contains(&m.range.start);
                    let near = list.find_gating_lemmas(&Normalized::new(&text), gated, |_| vec![sentence.clone()]);
                    assert_eq!(near.iter().filter(inside).collect::<Vec<_>>(), all.iter().filter(inside).collect::<Vec<_>>(), "{text:?} in {sentence:?}");
                    at = sentence.end;
                }
                gated_terms += all.iter().filter(|m| gated(m.tag)).count();
            }
        }
        assert!(gated_terms > 100 && people > 1000, "{gated_terms} {people}");
    }

    #[test]
    fn tags_and_comments_are_read() {
        let list = TermList::parse("# heading\nアホ @person # trailing comment\n");
        let n = Normalized::new("アホ");
        assert_eq!(list.find(&n)[0].tag, "person");
    }
}

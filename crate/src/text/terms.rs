//! Word lists matched on the compact view, with the boundary rules that keep
//! `バカ` apart from `バカンス` and `idiot` apart from `idiotically long`.
//!
//! A list is plain text, one entry a line (`#` starts a comment):
//!
//! ```text
//! 馬鹿              a term: flagged wherever it occurs
//! バカ @person       a term with a tag the rule can read
//! 死ね +masked       also matched with one character masked: `死〇`, `○ね`
//! idiot*            Latin: may run on into a longer word (`idiots`)
//! !ばかり            an allow phrase: a term inside it is not flagged
//! ```
//!
//! Terms are folded like the text (width, case, kana), so `バカ`, `ﾊﾞｶ` and
//! `ばか` are one entry. Boundaries come from the scripts of the original text:
//!
//! * Latin terms must stand as whole words (no letter or digit on either
//!   side), unless a `*` at that end says otherwise: `class` is not `ass`.
//! * A match that starts (ends) on katakana in the original must not have
//!   katakana just before (after) it: `バカ親` is flagged, `バカンス` is not.
//! * Hiragana and kanji have no visible word boundary; what must not be
//!   flagged there is listed as allow phrases (`ばかり`, `殺菌`).

use std::ops::Range;
use std::sync::LazyLock;

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};

use super::{Normalized, Script, View, MASK};

#[derive(Clone, Debug)]
struct Entry {
    allow: bool,
    tag: String,
    /// For Latin terms: whether a letter may come right before / after.
    open_start: bool,
    open_end: bool,
    latin: bool,
}

/// A term as the lists match it: folded and compacted like a post (`ﾊﾞ ｶ`
/// → `ばか`), every character taken literally, without spaces around it.
/// Empty when nothing is left (spaces, invisible characters).
pub fn literal_term(term: &str) -> String {
    Normalized::new(term).compact.as_str().trim().to_owned()
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
    matcher: AhoCorasick,
    /// One entry per pattern of `matcher`.
    entries: Vec<Entry>,
    /// The patterns of list `i` are `bounds[i]..bounds[i + 1]`.
    bounds: Vec<usize>,
}

/// A raw occurrence of a pattern, before boundaries and allow phrases.
#[derive(Clone, Copy, Debug)]
pub struct Hit {
    pattern: u32,
    start: u32,
    end: u32,
}

impl Lexicon {
    /// Compiles word lists in the format of the module docs. The lists are
    /// part of the program, so a malformed line is a bug and panics; every
    /// list is compiled by the tests.
    pub fn new(lists: &[&str]) -> Lexicon {
        let mut builder = ListBuilder::default();
        let mut bounds = vec![0];
        for data in lists {
            builder.parse(data);
            bounds.push(builder.patterns.len());
        }
        builder.build_lexicon(bounds)
    }

    /// Every occurrence of every pattern in the compact view.
    pub fn scan(&self, text: &Normalized) -> Vec<Hit> {
        self.matcher
            .find_overlapping_iter(text.compact.as_str())
            .map(|m| Hit { pattern: m.pattern().as_u32(), start: m.start() as u32, end: m.end() as u32 })
            .collect()
    }

    /// The hits of list `index`.
    fn hits_of<'h>(&self, hits: &'h [Hit], index: usize) -> impl Iterator<Item = &'h Hit> {
        let patterns = self.bounds[index]..self.bounds[index + 1];
        hits.iter().filter(move |h| patterns.contains(&(h.pattern as usize)))
    }

    /// The flagged terms among `hits` (see [`TermList::find`]).
    fn select<'l, 'h>(&'l self, view: &View, hits: impl Iterator<Item = &'h Hit>) -> Vec<TermMatch<'l>> {
        let mut allowed: Vec<Range<usize>> = Vec::new();
        let mut found: Vec<(Range<usize>, &Entry)> = Vec::new();
        for hit in hits {
            let entry = &self.entries[hit.pattern as usize];
            let range = hit.start as usize..hit.end as usize;
            if entry.allow {
                allowed.push(range);
            } else if respects_boundaries(view, &range, entry) {
                found.push((range, entry));
            }
        }
        // Both filters below are sweeps in order of start, so a text with
        // many hits costs n log n, not n².
        allowed.sort_by_key(|r| r.start);
        found.sort_by(|(a, _), (b, _)| a.start.cmp(&b.start).then(b.end.cmp(&a.end)));
        found.dedup_by(|(a, _), (b, _)| a == b);
        let mut matches: Vec<TermMatch<'l>> = Vec::with_capacity(found.len());
        let (mut next_allowed, mut allowed_reach, mut found_reach) = (0, 0, 0);
        for (range, entry) in &found {
            while next_allowed < allowed.len() && allowed[next_allowed].start <= range.start {
                allowed_reach = allowed_reach.max(allowed[next_allowed].end);
                next_allowed += 1;
            }
            // Inside an allow phrase, or inside a longer term found earlier
            // (which starts no later and, sorted so, ends no earlier).
            let vetoed = allowed_reach >= range.end;
            let inside_longer = found_reach >= range.end;
            found_reach = found_reach.max(range.end);
            if !vetoed && !inside_longer {
                matches.push(TermMatch { range: range.clone(), tag: &entry.tag });
            }
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

    /// A list from an organisation's configuration: extra terms to flag and
    /// extra phrases to allow. They are literal text ([`literal_term`]): no
    /// `!`, `*` or tag of the list format reaches them from a configuration.
    pub fn from_terms(deny: &[String], allow: &[String]) -> TermList {
        let mut builder = ListBuilder::default();
        for (terms, allow) in [(deny, false), (allow, true)] {
            for term in terms {
                builder.push(literal_term(term), allow, String::new(), [false, false], false);
            }
        }
        let bounds = vec![0, builder.patterns.len()];
        TermList { source: Source::Own(builder.build_lexicon(bounds)) }
    }

    /// Every term of the list in `text` that respects its boundaries and is
    /// not inside an allow phrase, by position. A term inside a longer
    /// flagged term is reported once, as the longer one.
    pub fn find<'l>(&'l self, text: &Normalized) -> Vec<TermMatch<'l>> {
        let (lexicon, hits) = self.hits(text);
        lexicon.select(&text.compact, hits.iter())
    }

    /// The compact-view ranges of this list's allow phrases in `text` (the
    /// engine vetoes a rule's findings inside the allow phrases an
    /// organisation configured for it).
    pub fn allowed(&self, text: &Normalized) -> Vec<Range<usize>> {
        let (lexicon, hits) = self.hits(text);
        hits.iter().filter(|h| lexicon.entries[h.pattern as usize].allow).map(|h| h.start as usize..h.end as usize).collect()
    }

    /// The raw hits of this list in `text`, with the lexicon they index:
    /// a list of its own scans the text; a shared list takes its part of the
    /// text's one scan of the shared lexicon.
    fn hits(&self, text: &Normalized) -> (&Lexicon, Vec<Hit>) {
        match &self.source {
            Source::Own(lexicon) => (lexicon, lexicon.scan(text)),
            Source::Shared { lexicon, index } => {
                let lexicon: &'static Lexicon = lexicon;
                let hits = text.shared_hits(lexicon);
                (lexicon, lexicon.hits_of(&hits, *index).copied().collect())
            }
        }
    }
}

#[derive(Default)]
struct ListBuilder {
    patterns: Vec<String>,
    entries: Vec<Entry>,
}

impl ListBuilder {
    /// Adds a term written in the list format (`!` and `*` read as syntax).
    fn add(&mut self, line: &str, tag: String, masked: bool) {
        let (allow, term) = match line.strip_prefix('!') {
            Some(rest) => (true, rest),
            None => (false, line),
        };
        let open = [term.starts_with('*'), term.ends_with('*')];
        self.push(literal_term(term.trim_matches('*')), allow, tag, open, masked);
    }

    /// Adds a folded term (nothing when it is empty) whose Latin form may
    /// run on into a longer word at the `open` ends (start, end).
    fn push(&mut self, folded: String, allow: bool, tag: String, open: [bool; 2], masked: bool) {
        if folded.is_empty() {
            return;
        }
        let [open_start, open_end] = open;
        let entry = Entry { allow, tag, open_start, open_end, latin: folded.is_ascii() };
        if masked {
            let chars: Vec<char> = folded.chars().collect();
            for i in 0..chars.len() {
                let mut variant = chars.clone();
                variant[i] = MASK;
                self.patterns.push(variant.into_iter().collect());
                self.entries.push(entry.clone());
            }
        }
        self.patterns.push(folded);
        self.entries.push(entry);
    }

    /// Adds the entries of a list in the format of the module docs.
    fn parse(&mut self, data: &str) {
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
            self.add(&term.join(" "), tag, masked);
        }
    }

    fn build_lexicon(self, bounds: Vec<usize>) -> Lexicon {
        let matcher = AhoCorasickBuilder::new()
            .match_kind(MatchKind::Standard)
            .build(&self.patterns)
            .expect("word lists are small enough to compile");
        Lexicon { matcher, entries: self.entries, bounds }
    }
}

fn respects_boundaries(view: &View, range: &Range<usize>, entry: &Entry) -> bool {
    let before = view.script_before(range.start);
    let after = view.script_at(range.end);
    if entry.latin {
        let letter = |s: Option<Script>| matches!(s, Some(Script::Alpha | Script::Digit));
        return (entry.open_start || !letter(before)) && (entry.open_end || !letter(after));
    }
    let first = view.script_at(range.start);
    let last = view.script_before(range.end);
    let katakana = |s: Option<Script>| s == Some(Script::Katakana);
    !(katakana(first) && katakana(before)) && !(katakana(last) && katakana(after))
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
    fn tags_and_comments_are_read() {
        let list = TermList::parse("# heading\nアホ @person # trailing comment\n");
        let n = Normalized::new("アホ");
        assert_eq!(list.find(&n)[0].tag, "person");
    }
}

//! Many strings found in one pass over a text: what the word lists and the
//! lemma triggers are compiled into ([`crate::text::terms`]), and the words
//! the rules' readings start from ([`crate::rules::anchors`]).
//!
//! A character-wise double-array Aho-Corasick automaton ([daachorse]). It
//! replaced the `aho-corasick` crate's contiguous NFA (2026-11-29, the CLI
//! under callgrind, whose instruction counts the shared machine's load does
//! not move): building the rules' automaton takes about as long (69 M
//! instructions instead of 75 M; most of the engine's construction still),
//! but a scan walks characters, not UTF-8 bytes: the bench's word-list scan
//! of the 280-character post took 1.4–2.5 instead of 2.8–3.9 µs (native
//! release, interleaved runs under load). It reports the same matches in the
//! same order: by end, and at one end the longest first.
//!
//! The rules' lists are compiled at build time: `build.rs` includes this file,
//! builds their finder and writes it ([`Finder::write`]); the crate reads it
//! back ([`Finder::read`]) without building anything.

use daachorse::{CharwiseDoubleArrayAhoCorasick, CharwiseDoubleArrayAhoCorasickBuilder, MatchKind};

/// Patterns compiled for overlapping search. A pattern is known by its
/// index in the slice it was built from; the same string given twice is
/// one state of the automaton that reports both indexes, in order.
pub struct Finder {
    /// `None` without patterns (daachorse builds no empty automaton).
    automaton: Option<CharwiseDoubleArrayAhoCorasick<u32>>,
    /// The indexes of the patterns spelled as the automaton's `i`-th
    /// distinct string are `indexes[starts[i]..starts[i + 1]]`.
    starts: Vec<u32>,
    indexes: Vec<u32>,
}

/// Where a pattern was found: its index and byte range in the text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Found {
    pub pattern: u32,
    pub start: usize,
    pub end: usize,
}

impl Finder {
    /// Compiles `patterns` (none empty).
    pub fn new<S: AsRef<str>>(patterns: &[S]) -> Finder {
        let mut distinct: std::collections::HashMap<&str, usize> = std::collections::HashMap::with_capacity(patterns.len());
        let mut groups: Vec<(&str, Vec<u32>)> = Vec::new();
        for (index, pattern) in patterns.iter().enumerate() {
            let pattern = pattern.as_ref();
            let group = *distinct.entry(pattern).or_insert_with(|| {
                groups.push((pattern, Vec::new()));
                groups.len() - 1
            });
            groups[group].1.push(index as u32);
        }
        let automaton = (!groups.is_empty()).then(|| {
            CharwiseDoubleArrayAhoCorasickBuilder::new()
                .match_kind(MatchKind::Standard)
                .build_with_values(groups.iter().enumerate().map(|(value, (pattern, _))| (*pattern, value as u32)))
                .expect("patterns are distinct, not empty and few enough to compile")
        });
        let mut starts = Vec::with_capacity(groups.len() + 1);
        let mut indexes = Vec::with_capacity(patterns.len());
        for (_, group) in &groups {
            starts.push(indexes.len() as u32);
            indexes.extend_from_slice(group);
        }
        starts.push(indexes.len() as u32);
        Finder { automaton, starts, indexes }
    }

    /// Appends the finder to `out`, for [`Finder::read`]: daachorse's own
    /// serialisation of the automaton (every number a little-endian `u32`,
    /// whatever the platform), after the pattern indexes.
    pub fn write(&self, out: &mut Vec<u8>) {
        let numbers = |out: &mut Vec<u8>, numbers: &[u32]| {
            out.extend_from_slice(&(numbers.len() as u32).to_le_bytes());
            numbers.iter().for_each(|n| out.extend_from_slice(&n.to_le_bytes()));
        };
        numbers(out, &self.starts);
        numbers(out, &self.indexes);
        if let Some(automaton) = &self.automaton {
            out.extend_from_slice(&automaton.serialize());
        }
    }

    /// The finder that [`Finder::write`] wrote as all of `bytes`.
    ///
    /// # Safety
    ///
    /// `bytes` must be what [`Finder::write`] wrote, by the same version of
    /// daachorse: its automaton is read back unchecked. The crate passes only
    /// the bytes its own build script wrote into `OUT_DIR` and embedded
    /// (`crate::rules::lists`), built by the daachorse of the same lock file
    /// (a build dependency of the same version), and a test compares the
    /// finder read back with one built afresh.
    pub unsafe fn read(bytes: &[u8]) -> Finder {
        let mut at = 0;
        let mut numbers = || {
            let number = |at: usize| u32::from_le_bytes(bytes[at..at + 4].try_into().expect("four bytes"));
            let len = number(at) as usize;
            let read = (0..len).map(|i| number(at + 4 + 4 * i)).collect::<Vec<u32>>();
            at += 4 + 4 * len;
            read
        };
        let (starts, indexes) = (numbers(), numbers());
        let automaton = (at < bytes.len()).then(|| {
            // SAFETY: the caller guarantees these are the bytes `serialize`
            // wrote (see above).
            let (automaton, rest) = unsafe { CharwiseDoubleArrayAhoCorasick::deserialize_unchecked(&bytes[at..]) };
            assert!(rest.is_empty(), "the automaton ends the bytes");
            automaton
        });
        Finder { automaton, starts, indexes }
    }

    /// Every occurrence of every pattern in `text`, overlapping ones too, by
    /// end; at one end the longest first, and one string's patterns in the
    /// order they were given.
    pub fn find_overlapping<'a>(&'a self, text: &'a str) -> impl Iterator<Item = Found> + 'a {
        self.automaton.iter().flat_map(move |automaton| automaton.find_overlapping_iter(text)).flat_map(move |m| {
            let (start, end) = (m.start(), m.end());
            self.patterns_of(m.value()).iter().map(move |&pattern| Found { pattern, start, end })
        })
    }

    /// The indexes of the patterns spelled as the automaton's `group`-th
    /// distinct string.
    fn patterns_of(&self, group: u32) -> &[u32] {
        let group = group as usize;
        &self.indexes[self.starts[group] as usize..self.starts[group + 1] as usize]
    }
}

impl std::fmt::Debug for Finder {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Finder").field("patterns", &self.indexes.len()).field("distinct", &(self.starts.len() - 1)).finish()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(patterns: &[&str], text: &str) -> Vec<(u32, &'static str)> {
        let finder = Finder::new(patterns);
        let found: Vec<Found> = finder.find_overlapping(text).collect();
        found.iter().map(|f| (f.pattern, &*String::leak(text[f.start..f.end].to_owned()))).collect()
    }

    #[test]
    fn overlapping_matches_come_by_end_then_longest_first() {
        assert_eq!(found(&["ばか", "か", "ばかやろう", "やろう"], "ばかやろう"), [(0, "ばか"), (1, "か"), (2, "ばかやろう"), (3, "やろう")]);
    }

    #[test]
    fn a_string_given_twice_reports_both_patterns_in_order() {
        assert_eq!(found(&["死ね", "ね", "死ね"], "死ね"), [(0, "死ね"), (2, "死ね"), (1, "ね")]);
    }

    #[test]
    fn a_finder_written_and_read_back_finds_the_same() {
        for patterns in [&["ばか", "か", "ばかやろう", "死ね", "ね", "死ね"][..], &[]] {
            let mut bytes = Vec::new();
            Finder::new(patterns).write(&mut bytes);
            // SAFETY: the bytes were just written by `write`.
            let read = unsafe { Finder::read(&bytes) };
            let mut again = Vec::new();
            read.write(&mut again);
            assert_eq!(bytes, again);
            let text = "ばかやろう、死ね";
            assert_eq!(read.find_overlapping(text).collect::<Vec<_>>(), Finder::new(patterns).find_overlapping(text).collect::<Vec<_>>());
        }
    }

    #[test]
    fn no_patterns_find_nothing() {
        assert!(found(&[], "なにか").is_empty());
    }
}

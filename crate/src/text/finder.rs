//! Many strings found in one pass over a text: what the word lists and the
//! lemma triggers are compiled into ([`crate::text::terms`]).
//!
//! A character-wise double-array Aho-Corasick automaton ([daachorse]). It
//! replaced the `aho-corasick` crate's contiguous NFA (2026-11-29, the CLI
//! under callgrind, whose instruction counts the shared machine's load does
//! not move): building the rules' automaton takes about as long (69 M
//! instructions instead of 75 M; most of the engine's construction still),
//! but a scan walks characters, not UTF-8 bytes: the bench's word-list scan
//! of the 280-character post took 1.4–2.5 instead of 2.8–3.9 µs (native
//! release, interleaved runs under load). It reports the same matches in the
//! same order: by end, and at one end the longest first. Its `serialize` /
//! `deserialize_unchecked` would let the automaton be built at build time
//! (0.4 ms to read 1 MB back, measured beside it), once `build.rs` can fold
//! the lists' terms as [`crate::text::terms::literal_term`] does.

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

    /// Every occurrence of every pattern in `text`, overlapping ones too, by
    /// end; at one end the longest first, and one string's patterns in the
    /// order they were given.
    pub fn find_overlapping<'a>(&'a self, text: &'a str) -> impl Iterator<Item = Found> + 'a {
        self.automaton.iter().flat_map(move |automaton| automaton.find_overlapping_iter(text)).flat_map(move |m| {
            let group = m.value() as usize;
            let (start, end) = (m.start(), m.end());
            self.indexes[self.starts[group] as usize..self.starts[group + 1] as usize].iter().map(move |&pattern| Found { pattern, start, end })
        })
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
    fn no_patterns_find_nothing() {
        assert!(found(&[], "なにか").is_empty());
    }
}

//! The words the rules' readings start from (`違法`, `全文`, `選挙`, `耳`),
//! found in one pass over the compact view a check.
//!
//! A reading that starts from a few fixed words (a pirated stream from
//! `違法`, a work copied whole from `全文`) looked for each of them in the
//! text, or compiled them into an automaton of its own: a pass over the
//! whole text a word, or a reading. One automaton over the words of every
//! reading ([`GROUPS`]) finds them all at once, on first use
//! ([`super::Context::anchors`]), and each reading asks where its words are.
//!
//! A reading's words are listed in its own file; adding a reading's list
//! touches that file and [`GROUPS`].

use std::collections::HashMap;
use std::hash::BuildHasherDefault;
use std::ops::Range;
use std::sync::LazyLock;

use super::{confidential, consent, illegal, insult, policy_draft, political, rights, rumor};
use crate::text::finder::Finder;
use crate::text::fnv::Fnv;

/// Every reading's anchor words, list by list; a word may be in several.
const GROUPS: &[&[&str]] = &[
    confidential::MOVE_TIMES,
    consent::ASKED_FOR,
    &illegal::BRACE,
    &illegal::DRIVING,
    &illegal::IN_FACT,
    &illegal::INTOXICANTS,
    &illegal::IF_UNCAUGHT,
    &[illegal::LICENCE, illegal::PRETENCE],
    &illegal::MARKS,
    &illegal::NOBODY,
    &illegal::ONLY,
    &illegal::PADDED,
    &illegal::UNLAWFUL,
    insult::IRONY_FRAMES,
    insult::COMPARING,
    insult::LESSER,
    insult::NOT_MEANT,
    insult::QUALITIES,
    insult::ORGANS,
    policy_draft::DELIBERATION_STEMS,
    policy_draft::DIRECTION,
    political::HOUSES,
    political::OFFICES,
    political::BACKING,
    political::TERMS_ASKED,
    political::BACKING_STEMS,
    political::CAMPAIGN_EVENTS,
    political::ELECTION,
    political::EN_ANCHORS,
    political::EN_OFFICES,
    rights::OWNERS,
    rights::WHOLE,
    rights::SHOWING,
    rumor::HEARING_STEMS,
];

/// The distinct words of [`GROUPS`], compiled, with the index of each.
struct Words {
    finder: Finder,
    words: Vec<&'static str>,
    index: HashMap<&'static str, u32, BuildHasherDefault<Fnv>>,
}

static WORDS: LazyLock<Words> = LazyLock::new(|| {
    let mut words: Vec<&'static str> = Vec::new();
    let mut index: HashMap<&'static str, u32, BuildHasherDefault<Fnv>> = HashMap::default();
    for &word in GROUPS.iter().copied().flatten() {
        index.entry(word).or_insert_with(|| {
            words.push(word);
            words.len() as u32 - 1
        });
    }
    Words { finder: Finder::new(&words), words, index }
});

/// Compiles the words now rather than on the first check.
pub fn prepare() {
    LazyLock::force(&WORDS);
}

/// Where the anchor words are in one text's compact view.
pub struct Anchors<'t> {
    text: &'t str,
    /// Each occurrence of a word, overlapping ones too, as (word, start),
    /// by word and then start.
    found: Vec<(u32, u32)>,
    /// The same as (start, word), by start.
    by_start: Vec<(u32, u32)>,
}

impl<'t> Anchors<'t> {
    /// The anchor words in `text` (a compact view).
    pub fn new(text: &'t str) -> Anchors<'t> {
        let mut by_start: Vec<(u32, u32)> = WORDS.finder.find_overlapping(text).map(|f| (f.start as u32, f.pattern)).collect();
        by_start.sort_unstable();
        let mut found: Vec<(u32, u32)> = by_start.iter().map(|&(start, word)| (word, start)).collect();
        found.sort_unstable();
        Anchors { text, found, by_start }
    }

    /// Where `word` starts, in order and no two overlapping, as
    /// `str::match_indices` finds it. A word of no list of [`GROUPS`] is
    /// searched for in the text (and a debug build says it should be listed).
    pub fn find<'a>(&'a self, word: &'a str) -> impl Iterator<Item = usize> + 'a {
        let index = WORDS.index.get(word).copied();
        debug_assert!(index.is_some(), "{word:?} is in no list of rules::anchors::GROUPS");
        let starts = index.map_or(&[][..], |w| {
            let from = self.found.partition_point(|&(v, _)| v < w);
            let to = from + self.found[from..].partition_point(|&(v, _)| v == w);
            &self.found[from..to]
        });
        let mut free_from = 0;
        let listed = starts.iter().filter_map(move |&(_, at)| {
            let at = at as usize;
            // A match that overlaps the one before it is skipped, as
            // `match_indices` never finds it.
            (at >= free_from).then(|| {
                free_from = at + word.len();
                at
            })
        });
        let unlisted = index.is_none().then(|| self.text.match_indices(word).map(|(at, _)| at));
        listed.chain(unlisted.into_iter().flatten())
    }

    /// Whether the text holds `word` (see [`Anchors::find`]).
    pub fn holds(&self, word: &str) -> bool {
        self.find(word).next().is_some()
    }

    /// Whether one of `words` (all of one list of [`GROUPS`]) lies within
    /// `range` of the text: what an automaton of them run over that range
    /// would find first.
    pub fn any_within(&self, words: &[&str], range: &Range<usize>) -> bool {
        let from = self.by_start.partition_point(|&(start, _)| (start as usize) < range.start);
        self.by_start[from..].iter().take_while(|&&(start, _)| (start as usize) < range.end).any(|&(start, word)| {
            let word = WORDS.words[word as usize];
            start as usize + word.len() <= range.end && words.contains(&word)
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::Normalized;

    #[test]
    fn every_word_and_list_is_found_where_searching_finds_it() {
        let groups: Vec<(&[&str], Finder)> = GROUPS.iter().map(|&group| (group, Finder::new(group))).collect();
        let mut texts = crate::text::testing::corpus_texts();
        // Overlapping occurrences of one word, and of words inside others.
        texts.push("ささるさる。おさるの選挙選挙、違法違法配信。目目目".to_owned());
        for text in texts {
            let n = Normalized::new(&text);
            let view = n.compact.as_str();
            let anchors = Anchors::new(view);
            for word in GROUPS.iter().copied().flatten() {
                let expected: Vec<usize> = view.match_indices(word).map(|(at, _)| at).collect();
                assert_eq!(anchors.find(word).collect::<Vec<_>>(), expected, "{word:?} in {text:?}");
            }
            // Each list over each sentence, as an automaton of its own finds it.
            let mut at = 0;
            while at < view.len() {
                let sentence = n.compact.sentence(&(at..at));
                for (group, finder) in &groups {
                    let expected = finder.find_overlapping(&view[sentence.clone()]).next().is_some();
                    assert_eq!(anchors.any_within(group, &sentence), expected, "{group:?} in {:?}", &view[sentence.clone()]);
                }
                at = sentence.end.max(at + 1);
            }
        }
    }
}

//! Students named in English with their grade or class in the same
//! sentence: `Emma Sato (Grade 6)`, `Riku Tanaka in 4-2`, `Class 2-3 student
//! Sakura Ogawa`. A name is two capitalised words whose second is a surname
//! spelt in romanised Japanese (`Sato`, `Okamoto`, `Matsuda`); a title
//! before it (`Mr.`, `Ms`) makes it staff, and words that only look like a
//! name (`Sapporo Dome`) are listed in `data/english_non_names.txt`. A
//! private condition in the sentence (`has asthma`, `since the divorce`)
//! ties a name as a class does.

use std::ops::Range;
use std::sync::LazyLock;

use super::labels::Labels;
use super::student::Tie;
use super::Found;
use crate::text::Normalized;

/// The words of `data/english_non_names.txt`, each with its tag (`title`
/// before a name, `after` it, or none).
static NON_NAMES: LazyLock<Vec<(&'static str, &'static str)>> = LazyLock::new(|| {
    data_file!("rules/data/english_non_names.txt")
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(|l| l.split_once(" @").unwrap_or((l, "")))
        .collect()
});

/// The tag of `word` when it is listed.
fn listed(word: &str) -> Option<&'static str> {
    let word = word.to_ascii_lowercase();
    NON_NAMES.iter().find(|(w, _)| *w == word).map(|&(_, tag)| tag)
}

pub fn prepare() {
    LazyLock::force(&NON_NAMES);
}

fn is_vowel(b: u8) -> bool {
    matches!(b, b'a' | b'i' | b'u' | b'e' | b'o')
}

/// Whether a lower-case word is spelt in romanised Japanese (Hepburn), in
/// two syllables or more: `sato`, `okamoto`, `shimizu`, but not `brown`.
pub(super) fn romanised(word: &[u8]) -> bool {
    let mut i = 0;
    let mut syllables = 0;
    while i < word.len() {
        let c = word[i];
        let next = word.get(i + 1).copied();
        if is_vowel(c) {
            syllables += 1;
            i += 1;
            continue;
        }
        // The moraic `n` (`Ren`, `Kondo`) and a doubled consonant (`Hattori`).
        if (c == b'n' && !next.is_some_and(|n| is_vowel(n) || n == b'y')) || (next == Some(c) && b"kstp".contains(&c)) {
            i += 1;
            continue;
        }
        let onset = if word[i..].starts_with(b"sh") || word[i..].starts_with(b"ch") || word[i..].starts_with(b"ts") {
            2
        } else if b"kgsztdnhbpmyrwfj".contains(&c) {
            if next == Some(b'y') { 2 } else { 1 }
        } else {
            return false;
        };
        i += onset;
        if !word.get(i).copied().is_some_and(is_vowel) {
            return false;
        }
    }
    syllables >= 2
}

/// `Grade 6`, `Class 2-3`, `Year 10`, `4th grade`, `in 5-1` in a sentence
/// (lower case; `written` is the sentence as written).
fn names_a_class(sentence: &str, written: &str) -> bool {
    let b = sentence.as_bytes();
    let digit_at = |at: usize| b.get(at).is_some_and(u8::is_ascii_digit);
    let marker = ["grade ", "class ", "year ", "room "].iter().any(|word| {
        sentence.match_indices(word).any(|(at, _)| {
            let after = at + word.len();
            let word_start = at == 0 || !b[at - 1].is_ascii_alphabetic();
            word_start && (digit_at(after) || (b.get(after).is_some_and(|c| (b'a'..=b'f').contains(c)) && !b.get(after + 1).is_some_and(u8::is_ascii_alphanumeric)))
        })
    });
    let ordinal = sentence.match_indices(" grade").any(|(at, _)| ["st", "nd", "rd", "th"].iter().any(|o| sentence[..at].ends_with(o)));
    // A class written in Japanese in the same sentence: `3年2組の Haruto Ito`.
    marker || ordinal || set_off_class(written) || sentence.contains('組') || sentence.contains("年生")
}

/// Whether a class is written as a bare `year-room` code at byte `at`
/// (`3-2`): one digit of a school year (1–6) and one of a room, not part of
/// a longer number, a date or a score's `3-1-2`.
fn class_code_at(b: &[u8], at: usize) -> bool {
    let part_of_number = |c: Option<&u8>| c.is_some_and(|&c| c.is_ascii_digit() || matches!(c, b'-' | b'.' | b'/' | b':'));
    b.get(at).is_some_and(|c| (b'1'..=b'6').contains(c))
        && b.get(at + 1) == Some(&b'-')
        && b.get(at + 2).is_some_and(|c| (b'1'..=b'9').contains(c))
        && !part_of_number(at.checked_sub(1).and_then(|i| b.get(i)))
        && !part_of_number(b.get(at + 3))
}

/// A bare class code where only a class stands (`sentence` as written):
/// after `in` or `from` (`Riku in 4-2`, `Yuki Tanaka from 3-2`), in
/// brackets right after a name or after a comma before one (`Yua Fujita
/// (2-3)`, `mother of Riku, 2-3)`), or opening the sentence before a name
/// (`6-1 Kenta Sato …`) — not a score (`won (3-1)`), which follows a verb.
fn set_off_class(sentence: &str) -> bool {
    let b = sentence.as_bytes();
    let after_name = |head: &str| {
        let head = head.trim_end_matches([' ', ',', '(', '（']);
        let word = &head[head.trim_end_matches(|c: char| c.is_ascii_alphabetic()).len()..];
        word.starts_with(|c: char| c.is_ascii_uppercase())
    };
    (0..b.len()).any(|at| {
        if !class_code_at(b, at) {
            return false;
        }
        let before = &sentence[..at];
        let after = &sentence[at + 3..];
        let lower = before.to_ascii_lowercase();
        let bracketed = (before.ends_with(['(', '（']) && after.starts_with([')', '）', ','])) || (before.ends_with(", ") && after.starts_with([')', '）']));
        lower.ends_with(" in ") || lower.ends_with(" from ")
            || (bracketed && after_name(before))
            || (before.trim_start_matches(|c: char| !c.is_alphanumeric()).is_empty() && after.starts_with(' '))
    })
}

/// A given name alone right before its class (`Daiki in 1-3`, `Yuna
/// (2-1)`, `Nanami (Class 3-2)`): one capitalised word spelt in romanised
/// Japanese, not listed and not after a title (`Ms Aoki (3-2)` is the
/// teacher); ranges in the original text.
fn given_names_before_class(original: &str) -> Vec<Range<usize>> {
    let b = original.as_bytes();
    let mut found = Vec::new();
    // A class code's second byte is its `-`: only the hyphens of the text
    // are looked at, not every byte of it (the bench's 10,000-character
    // check: 18.87 M → 18.58 M instructions, callgrind, 2026-11-30).
    for at in original.match_indices('-').filter_map(|(hyphen, _)| hyphen.checked_sub(1)) {
        if !class_code_at(b, at) {
            continue;
        }
        let before = &original[..at];
        let Some(lead) = [" in ", " from ", " (", " (class ", " (Class ", ", "].iter().find(|lead| before.ends_with(*lead)) else { continue };
        let closed = original[at + 3..].starts_with([')', '）']);
        if (lead.starts_with(" (") && !(closed || original[at + 3..].starts_with(','))) || (*lead == ", " && !closed) {
            continue;
        }
        let head = &before[..before.len() - lead.len()];
        let start = head.trim_end_matches(|c: char| c.is_ascii_alphabetic()).len();
        let word = &head[start..];
        let previous = head[..start].trim_end_matches(['.', ' ']);
        let previous = &previous[previous.trim_end_matches(|c: char| c.is_ascii_alphabetic()).len()..];
        let capitalised = word.len() >= 3 && word.starts_with(|c: char| c.is_ascii_uppercase()) && word[1..].bytes().all(|c| c.is_ascii_lowercase());
        if capitalised && listed(word).is_none() && listed(previous) != Some("title") && romanised(word.to_ascii_lowercase().as_bytes()) {
            found.push(start..head.len());
        }
    }
    found
}

/// Two capitalised words, the second a romanised surname: ranges in the
/// original text.
fn names(original: &str) -> Vec<Range<usize>> {
    let words: Vec<Range<usize>> = {
        let mut words = Vec::new();
        let mut start = None;
        // By bytes: a word is ASCII letters, so it starts and ends at a
        // character boundary, and no other character need be decoded.
        for (i, b) in original.bytes().enumerate().chain([(original.len(), b' ')]) {
            match (b.is_ascii_alphabetic(), start) {
                (true, None) => start = Some(i),
                (false, Some(s)) => {
                    words.push(s..i);
                    start = None;
                }
                _ => {}
            }
        }
        words
    };
    let capitalised = |r: &Range<usize>| {
        let w = &original[r.clone()];
        w.len() >= 2 && w.starts_with(|c: char| c.is_ascii_uppercase()) && w[1..].bytes().all(|b| b.is_ascii_lowercase())
    };
    let mut found = Vec::new();
    for (i, pair) in words.windows(2).enumerate() {
        let (given, surname) = (&pair[0], &pair[1]);
        // Two capitalised words a space apart, asked first: the list is
        // looked up only for them, not for every pair of words of an
        // English text (it was 0.63 M of personal-info's 4.45 M
        // instructions on the bench's 10,000 characters, callgrind).
        if original[given.end..surname.start] != *" " || !capitalised(given) || !capitalised(surname) {
            continue;
        }
        // `Ms. Hannah Brown`, `Mr Sato`.
        let titled = i > 0 && listed(&original[words[i - 1].clone()]) == Some("title") && original[words[i - 1].end..given.start].trim_start_matches('.').trim().is_empty();
        // `Kenji Watanabe of the city office`, `Tanaka Sensei`.
        let adult = words.get(i + 2).is_some_and(|next| listed(&original[next.clone()]) == Some("after") && original[surname.end..next.start].trim().is_empty());
        // `Nibutani Ainu Culture Museum`: a third capitalised word that is
        // not a class word makes the pair part of a longer proper noun.
        let longer = words.get(i + 2).is_some_and(|next| original[surname.end..next.start] == *" " && capitalised(next) && listed(&original[next.clone()]).is_none());
        if listed(&original[given.clone()]).is_some()
            || listed(&original[surname.clone()]).is_some()
            || titled
            || adult
            || longer
            || !romanised(original[surname.clone()].to_ascii_lowercase().as_bytes())
        {
            continue;
        }
        // `sang "Bahay Kubo"`: a quoted name is a title, not a person.
        let quoted = original[..given.start].ends_with(['"', '“', '「']) || original[surname.end..].starts_with(['"', '”', '」']);
        if !quoted {
            found.push(given.start..surname.end);
        }
    }
    found
}

pub fn check(text: &Normalized, labels: &Labels, out: &mut Vec<Found>) {
    if !text.original.contains(|c: char| c.is_ascii_uppercase()) {
        return;
    }
    let spans = names(text.original);
    // `Kaito Sato in 2-3` is found as a pair; `Sato in 2-3` alone only when no pair holds it.
    let singles: Vec<_> = given_names_before_class(text.original).into_iter().filter(|single| !spans.iter().any(|pair| pair.start < single.end && single.start < pair.end)).collect();
    out.extend(singles.into_iter().map(|span| Tie::Class.found(span)));
    for span in spans {
        let view = &text.folded;
        let sentence = view.sentence(&view.view_range(span.clone()));
        if names_a_class(&view.as_str()[sentence.clone()], &text.original[view.original_range(sentence.clone())]) {
            out.push(Tie::Class.found(span));
        } else if super::student::conditions_of_people(text, labels, &view.original_range(sentence)) {
            // `Yui Nakamura has asthma`: a private condition, as in Japanese.
            out.push(Tie::Condition.found(span));
        }
    }
}

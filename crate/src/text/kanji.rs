//! Which characters are kanji. One definition for the crate ([`super::Script`])
//! and for `build.rs`, which leaves pairs of kanji out of the table of
//! character pairs inside dictionary words (`crate::words`): a cut between two
//! kanji never counts, so the table must drop exactly the pairs the crate
//! reads as kanji.

/// Kanji, including the iteration mark `々` and `〆`.
pub fn is_kanji(c: char) -> bool {
    matches!(c, '\u{3005}' | '\u{3006}' | '\u{4E00}'..='\u{9FFF}' | '\u{3400}'..='\u{4DBF}' | '\u{F900}'..='\u{FAFF}' | '\u{20000}'..='\u{3134F}')
}

//! Pathological inputs: one short unit repeated, the shapes that made the
//! engine's time grow with the square of the text (a separator run rescanned
//! for each of its characters, a sentence scanned again for each finding, a
//! value read to the end of the text after each label). Shared by the
//! property test (`tests/properties.rs`) and the scaling benchmark
//! (`benches/engine.rs`).

/// `(name, unit)`: the family is `unit` repeated.
pub const FAMILIES: &[(&str, &str)] = &[
    ("dots", "."),
    ("nakaguro", "・"),
    ("spaces", " "),
    ("hyphens", "-"),
    ("wave-dashes", "〜"),
    ("split-insults", "バ・カ ば〜か "),
    ("insult", "ばか"),
    ("students-no-sentence-end", "3年2組の田中さん "),
    ("drug-sale", "大麻売ります"),
    ("drug-topics-without-cue", "大麻"),
    ("scheme-and-dots", "http://........"),
    ("urls", "https://example.com/a "),
    ("labels", "パスワード："),
    ("ascii-labels", "pw:"),
    // Words read only beside others (`TermList::find_near`): each line asks
    // for its own sentence and the one before.
    ("judgements-of-people-by-line", "先生はゴミだよ\n"),
    ("cruel-acts-on-people-by-line", "先生を刺す\n"),
];

/// `unit` repeated up to `bytes` bytes (at least once).
pub fn repeated(unit: &str, bytes: usize) -> String {
    unit.repeat((bytes / unit.len()).max(1))
}

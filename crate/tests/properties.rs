//! Properties that hold for any input: the engine never panics, every span
//! lies on UTF-16 boundaries inside the text and covers exactly its `text`,
//! findings cover the text a bounded number of times, the text module's
//! offset map round-trips, and a 1 MB input finishes.
//!
//! Inputs come from a small deterministic generator biased towards what
//! breaks offset maps: half-width kana with sound marks, combining marks,
//! emoji with skin tones and ZWJ, variation selectors, zero-width and bidi
//! characters, full-width forms, and the words the rules look for; and from
//! the pathological families of `families/` (a unit repeated), mixed and
//! perturbed.

mod families;

use postcheck::output::findings_out;
use postcheck::rules::RULES;
use postcheck::text::Normalized;
use postcheck::{Config, Engine};

/// xorshift64*: deterministic, no dependency.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

const PIECES: &[&str] = &[
    "ｶﾞ", "ﾊﾞｶ", "ﾟ", "ﾞ", "e\u{301}", "\u{301}", "👍🏽", "👨‍👩‍👧", "\u{FE0F}", "❤️", "\u{200B}", "\u{202E}", "\u{200D}",
    "ＡＢＣ", "１２３", "ｂｉｔ．ｌｙ／ａ", "バカ", "ば か", "バ・カ", "○ね", "〜", "ー", "。", "\n", " ", "\u{3000}",
    "https://bit.ly/3AbCd", "t.co/x", "090-1234-5678", "0120-0-78310", "712058493260", "a@gmail.com",
    "パスワード：Ab#12345", "「キモい」", "噂", "素案", "部外秘", "idiot", "class", "𠮷", "\u{10FFFF}", "\u{FFFD}",
    "札幌市北1条西2丁目3-4", "1年2組の田中さん", "㍻", "ﬁ", "İ", "ß", "\r\n", "\t",
];

fn random_text(rng: &mut Rng, pieces: usize) -> String {
    let mut s = String::new();
    for _ in 0..pieces {
        if rng.below(4) == 0 {
            // Any scalar value, to reach what the list does not.
            let c = loop {
                if let Some(c) = char::from_u32(rng.below(0x3_0000) as u32) {
                    break c;
                }
            };
            s.push(c);
        } else {
            s.push_str(PIECES[rng.below(PIECES.len())]);
        }
    }
    s
}

/// What every check answers, whatever the text: spans on character
/// boundaries inside the text, UTF-16 spans that cover exactly the finding's
/// `text`, findings sorted by start, and no byte covered by more findings
/// than there are rules, twice over (a finding that ran to the end of the
/// text from every label made the output, and the time, grow with the square
/// of the text).
fn assert_invariants(engine: &Engine, text: &str) {
    let findings = engine.check(text);
    let shown = || text.chars().take(80).collect::<String>();
    for f in &findings {
        assert!(text.is_char_boundary(f.span.start) && text.is_char_boundary(f.span.end), "{:?}: {f:?}", shown());
        assert!(f.span.start <= f.span.end && f.span.end <= text.len());
    }
    let utf16: Vec<u16> = text.encode_utf16().collect();
    for out in findings_out(text, &findings) {
        assert!(out.start <= out.end && out.end <= utf16.len());
        assert_eq!(String::from_utf16(&utf16[out.start..out.end]).unwrap(), out.text, "{:?}", shown());
    }
    assert!(findings.windows(2).all(|w| w[0].span.start <= w[1].span.start), "sorted by start");
    let covered: usize = findings.iter().map(|f| f.span.len()).sum();
    assert!(covered <= 2 * RULES.len() * text.len().max(1), "{:?} ({} bytes): findings cover {covered} bytes", shown(), text.len());
}

#[test]
fn spans_always_lie_on_boundaries_and_match_their_text() {
    let engine = Engine::new(Config::default()).unwrap();
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    for _ in 0..3000 {
        let len = rng.below(40);
        assert_invariants(&engine, &random_text(&mut rng, len));
    }
}

/// A family's text: its unit repeated, sometimes after or before another
/// family, sometimes with a random piece inside.
fn family_text(rng: &mut Rng, bytes: usize) -> String {
    let (_, unit) = families::FAMILIES[rng.below(families::FAMILIES.len())];
    let mut text = families::repeated(unit, bytes);
    match rng.below(4) {
        0 => {
            let (_, other) = families::FAMILIES[rng.below(families::FAMILIES.len())];
            text.push_str(&families::repeated(other, bytes / 2));
        }
        1 => {
            let at = rng.below(text.len() / unit.len()) * unit.len();
            let len = 1 + rng.below(6);
            text.insert_str(at, &random_text(rng, len));
        }
        _ => {}
    }
    text
}

#[test]
fn pathological_families_keep_the_invariants() {
    let engine = Engine::new(Config::default()).unwrap();
    for (_, unit) in families::FAMILIES {
        assert_invariants(&engine, &families::repeated(unit, 16 << 10));
    }
    let mut rng = Rng(0xD1B5_4A32_D192_ED03);
    for _ in 0..200 {
        let bytes = 1 + rng.below(4 << 10);
        assert_invariants(&engine, &family_text(&mut rng, bytes));
    }
}

#[test]
fn the_offset_map_round_trips() {
    let mut rng = Rng(42);
    for _ in 0..3000 {
        let len = rng.below(30);
        let text = random_text(&mut rng, len);
        let n = Normalized::new(&text);
        for view in [&n.folded, &n.compact] {
            let mut previous_start = 0;
            for seg in view.segments() {
                let (start, end) = (seg.start as usize, seg.end as usize);
                assert!(text.is_char_boundary(start) && text.is_char_boundary(end) && start < end, "{text:?}");
                // The view keeps the order of the original.
                assert!(start >= previous_start, "{text:?}");
                previous_start = start;
            }
            // Every character of the view maps inside the text, and the whole
            // view maps to a range of it.
            let whole = view.original_range(0..view.as_str().len());
            assert!(whole.end <= text.len());
            for (at, c) in view.as_str().char_indices() {
                let r = view.original_range(at..at + c.len_utf8());
                assert!(r.start < r.end && text.is_char_boundary(r.start) && text.is_char_boundary(r.end), "{text:?}");
                assert!(view.view_range(r.clone()).contains(&at), "{text:?} at {at}");
            }
        }
    }
}

#[test]
fn a_one_megabyte_input_finishes() {
    let engine = Engine::new(Config::default()).unwrap();
    let mut rng = Rng(7);
    let mut text = String::new();
    while text.len() < 1 << 20 {
        text.push_str(&random_text(&mut rng, 64));
    }
    let findings = engine.check(&text);
    assert!(findings.iter().all(|f| f.span.end <= text.len()));
}

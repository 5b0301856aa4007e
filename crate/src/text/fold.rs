//! Character-level folding: what one grapheme cluster of the original text
//! becomes in the matching copy, and which script it belongs to.

use unicode_normalization::char::is_combining_mark;
use unicode_normalization::UnicodeNormalization;

/// The script class of a character, as rules need it for word boundaries.
///
/// Japanese has no spaces between words, so "where does a word end" is
/// answered by where a run of one script ends: `バカンス` is one katakana
/// run, `バカ親` is katakana followed by kanji.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Script {
    Hiragana,
    /// Katakana, including the prolonged sound mark `ー`.
    Katakana,
    /// Kanji, including the iteration mark `々`.
    Kanji,
    /// Letters of alphabetic scripts (Latin, Cyrillic, Greek …).
    Alpha,
    Digit,
    /// Spaces and tabs (not line breaks).
    Space,
    LineBreak,
    /// Everything else: punctuation, symbols, emoji.
    Other,
}

impl Script {
    pub fn of(c: char) -> Script {
        // Kana and kanji first: they are most of a Japanese post, and no
        // character of their ranges is white space, so they skip the
        // Unicode property look-up.
        match c {
            '\u{3041}'..='\u{309F}' => Script::Hiragana,
            '\u{30A0}'..='\u{30FA}' | '\u{30FC}'..='\u{30FF}' | '\u{31F0}'..='\u{31FF}' => Script::Katakana,
            c if super::kanji::is_kanji(c) => Script::Kanji,
            // Japanese punctuation (`、。「」『』【】・`), in every sentence,
            // is no space, digit or letter: it skips the look-ups too, which
            // cost about 250 instructions a mark (`links::extract` asks about
            // each; Script::of in the bench's 10,000-character check: 0.25 M
            // → 0.06 M instructions, callgrind, 2026-11-30).
            '\u{3001}' | '\u{3002}' | '\u{3008}'..='\u{3011}' | '\u{30FB}' => Script::Other,
            '\n' | '\r' | '\u{2028}' | '\u{2029}' => Script::LineBreak,
            c if c.is_whitespace() => Script::Space,
            c if c.is_ascii_digit() => Script::Digit,
            c if c.is_alphabetic() => Script::Alpha,
            _ => Script::Other,
        }
    }

    /// [`Script::of`] for ASCII, without the Unicode property look-ups.
    #[inline]
    pub fn of_ascii(c: char) -> Script {
        match c {
            'a'..='z' | 'A'..='Z' => Script::Alpha,
            '0'..='9' => Script::Digit,
            '\n' | '\r' => Script::LineBreak,
            ' ' | '\t' | '\x0B' | '\x0C' => Script::Space,
            _ => Script::Other,
        }
    }

    /// Kana and kanji: the scripts of running Japanese text.
    pub fn is_japanese(self) -> bool {
        matches!(self, Script::Hiragana | Script::Katakana | Script::Kanji)
    }

    /// Letters or digits of any script: what a word is made of.
    pub fn is_word(self) -> bool {
        matches!(self, Script::Hiragana | Script::Katakana | Script::Kanji | Script::Alpha | Script::Digit)
    }
}

/// Characters that render as nothing and are used to split a word so that a
/// filter misses it (zero-width spaces and joiners, bidi controls, soft
/// hyphens, variation selectors). They are dropped from the matching copy.
pub fn is_invisible(c: char) -> bool {
    is_bidi_control(c)
        || matches!(c,
            '\u{00AD}' | '\u{034F}' | '\u{180E}' | '\u{200B}'..='\u{200D}' | '\u{2060}'..='\u{2064}'
            | '\u{FEFF}' | '\u{FE00}'..='\u{FE0F}' | '\u{E0100}'..='\u{E01EF}')
}

/// Bidirectional controls: marks, embeddings, overrides and isolates. They
/// change the order in which the characters around them are shown, so that
/// `\u{202E}moc.elgoog.www` reads as `www.google.com`.
pub fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{061C}' | '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// Whether `c` continues the grapheme cluster started before it: combining
/// marks, the half-width (semi-)voiced sound marks of `ｶﾞ`, emoji skin tones,
/// and invisible characters (which vanish into the cluster they follow).
pub fn extends_cluster(c: char) -> bool {
    // Fast answers for the characters most posts consist of.
    match c {
        '\0'..='\u{AC}' | '\u{3040}'..='\u{3098}' | '\u{30A0}'..='\u{30FF}' | '\u{4E00}'..='\u{9FFF}' => return false,
        _ => {}
    }
    is_combining_mark(c)
        || matches!(c, '\u{FF9E}' | '\u{FF9F}' | '\u{3099}' | '\u{309A}' | '\u{1F3FB}'..='\u{1F3FF}')
        || is_invisible(c)
}

/// Folds one grapheme cluster into `out`: NFKC (full-width and half-width
/// forms to their standard forms), lower case, katakana to hiragana, and
/// invisible characters dropped. Returns the script of the cluster's first
/// character after NFKC (before kana folding), or `None` when nothing is left.
pub fn fold_cluster(cluster: &str, out: &mut String) -> Option<Script> {
    let mut script = None;
    for c in cluster.nfkc() {
        if is_invisible(c) {
            continue;
        }
        script.get_or_insert(Script::of(c));
        for lower in c.to_lowercase() {
            out.push(katakana_to_hiragana(lower));
        }
    }
    script
}

/// Folds a character that stands alone in its cluster without going through
/// NFKC, when NFKC leaves it unchanged: ASCII, kana, common kanji and
/// Japanese punctuation — nearly every character of a post. `None` means
/// "take the slow path".
#[inline]
pub fn fold_simple(c: char) -> Option<(char, Script)> {
    match c {
        'a'..='z' | '0'..='9' | ' ' | '.' | '/' | ':' | ',' | '-' | '(' | ')' => Some((c, Script::of_ascii(c))),
        '\0'..='\x7F' => Some((c.to_ascii_lowercase(), Script::of_ascii(c))),
        '\u{3041}'..='\u{3096}' => Some((c, Script::Hiragana)),
        '\u{30A1}'..='\u{30F6}' => Some((katakana_to_hiragana(c), Script::Katakana)),
        'ー' => Some((c, Script::Katakana)),
        '\u{4E00}'..='\u{9FFF}' | '々' => Some((c, Script::Kanji)),
        // Full-width ASCII (`（`, `：`, `Ａ`, `１`) is NFKC-equivalent to ASCII.
        // Folded as the ASCII arm above folds it, not by calling this
        // function again, which kept it from being inlined.
        '\u{FF01}'..='\u{FF5E}' => char::from_u32(c as u32 - 0xFEE0).map(|a| (a.to_ascii_lowercase(), Script::of_ascii(a))),
        '\u{3000}' => Some((' ', Script::Space)),
        // Typographic apostrophes (`don’t`, as phones type them) are the ASCII one.
        '\u{2018}' | '\u{2019}' => Some(('\'', Script::of_ascii('\''))),
        '、' | '。' | '「' | '」' | '『' | '』' | '【' | '】' | '〜' | '・' => Some((c, Script::Other)),
        _ => None,
    }
}

/// `カ` → `か`; `ヴ` → `ゔ`; the prolonged sound mark `ー` stays as it is.
pub fn katakana_to_hiragana(c: char) -> char {
    match c {
        '\u{30A1}'..='\u{30F6}' | '\u{30FD}' | '\u{30FE}' => char::from_u32(c as u32 - 0x60).unwrap_or(c),
        _ => c,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fold(s: &str) -> String {
        let mut out = String::new();
        fold_cluster(s, &mut out);
        out
    }

    #[test]
    fn japanese_punctuation_is_other_as_the_unicode_properties_say() {
        for c in ['\u{3001}', '\u{3002}', '\u{30FB}'].into_iter().chain('\u{3008}'..='\u{3011}') {
            assert!(!c.is_whitespace() && !c.is_ascii_digit() && !c.is_alphabetic() && !super::super::kanji::is_kanji(c), "{c}");
            assert_eq!(Script::of(c), Script::Other, "{c}");
        }
    }

    #[test]
    fn half_width_katakana_with_voiced_mark_becomes_one_hiragana() {
        assert_eq!(fold("ｶﾞ"), "が");
        assert_eq!(fold("ﾊﾟ"), "ぱ");
    }

    #[test]
    fn typographic_apostrophes_become_ascii() {
        assert_eq!(fold_simple('\u{2019}').map(|(c, _)| c), Some('\''));
        assert_eq!(fold_simple('\u{2018}').map(|(c, _)| c), Some('\''));
    }

    #[test]
    fn full_width_latin_and_digits_become_ascii_lower_case() {
        assert_eq!(fold("Ａ"), "a");
        assert_eq!(fold("１"), "1");
    }

    #[test]
    fn invisible_characters_are_dropped() {
        assert_eq!(fold("\u{200B}"), "");
        assert_eq!(fold("\u{FE0F}"), "");
    }

    #[test]
    fn the_fast_path_agrees_with_nfkc() {
        let samples = ('\0'..='\u{7F}').chain('\u{3000}'..='\u{30FF}').chain('\u{4E00}'..='\u{4FFF}').chain("々〜・".chars()).chain('\u{FF01}'..='\u{FF5E}');
        for c in samples {
            if let Some((folded, script)) = fold_simple(c) {
                let mut slow = String::new();
                assert_eq!(fold_cluster(&c.to_string(), &mut slow), Some(script), "{c:?}");
                assert_eq!(slow, folded.to_string(), "{c:?}");
            }
        }
    }

    /// [`Script::of`] reads kana and kanji before white space and line
    /// breaks: right only while none of their characters is either.
    #[test]
    fn no_kana_or_kanji_is_white_space() {
        let japanese = |c: char| matches!(Script::of(c), Script::Hiragana | Script::Katakana | Script::Kanji);
        let all = ('\0'..='\u{D7FF}').chain('\u{E000}'..='\u{10FFFF}');
        assert!(all.filter(|&c| japanese(c)).all(|c| !c.is_whitespace()));
    }

    #[test]
    fn scripts_are_classified() {
        assert_eq!(Script::of('ば'), Script::Hiragana);
        assert_eq!(Script::of('ー'), Script::Katakana);
        assert_eq!(Script::of('・'), Script::Other);
        assert_eq!(Script::of('々'), Script::Kanji);
        assert_eq!(Script::of('р'), Script::Alpha);
        assert_eq!(Script::of('\u{3000}'), Script::Space);
        for c in '\0'..='\x7F' {
            assert_eq!(Script::of_ascii(c), Script::of(c), "{c:?}");
        }
    }
}

//! Names and handles as people write them on a profile: the forms two of
//! them are compared in.
//!
//! An impostor copies the organisation's name with small changes that a
//! reader does not notice: full-width letters, katakana for hiragana, a
//! space in the middle, a label such as `【公式】` in front. [`name_key`]
//! folds those away, so `【公式】北海道 教育委員会` and `北海道教育委員会`
//! compare equal. Handles are ASCII by rule but are typed in any width and
//! case, with or without the leading `@` ([`handle_key`]).

use super::fold::Script;
use super::Normalized;

/// Brackets around a label (`【公式】`, `［公式］`, `(公式)`): opening and closing.
const BRACKETS: [(char, char); 9] = [
    ('【', '】'),
    ('[', ']'),
    ('(', ')'),
    ('〔', '〕'),
    ('〈', '〉'),
    ('《', '》'),
    ('「', '」'),
    ('『', '』'),
    ('〖', '〗'),
];

/// Letters, digits, kana and kanji of `name`, folded (width, case, katakana
/// to hiragana): spaces, punctuation, brackets and emoji are dropped, the
/// text inside brackets is kept.
pub fn name_key(name: &str) -> String {
    let folded = Normalized::new(name).folded;
    folded.as_str().chars().filter(|&c| Script::of(c).is_word() || c == '〇').collect()
}

/// [`name_key`] of an organisation's name as configured: a bracketed label
/// (`【公式】北海道教育委員会`, `北海道教育委員会（公式）`) is decoration, not
/// part of the name, so it is left out — unless nothing else is left.
pub fn organisation_key(name: &str) -> String {
    let folded = Normalized::new(name).folded;
    let mut outside = String::new();
    let mut closing: Option<char> = None;
    for c in folded.as_str().chars() {
        match closing {
            Some(close) if c == close => closing = None,
            Some(_) => {}
            None => match BRACKETS.iter().find(|(open, _)| *open == c) {
                Some(&(_, close)) => closing = Some(close),
                None => outside.push(c),
            },
        }
    }
    let key = name_key(&outside);
    if key.is_empty() {
        name_key(name)
    } else {
        key
    }
}

/// Characters of a handle: X, Instagram and Threads user names, Bluesky's
/// domain handles, Mastodon's `user@instance`.
pub fn is_handle_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || matches!(c, '_' | '.' | '-')
}

/// A handle folded for comparison: NFKC (full-width `＠Ｘ` is `@x`), lower
/// case, no leading `@`, no surrounding spaces.
pub fn handle_key(handle: &str) -> String {
    let folded = Normalized::new(handle.trim()).folded;
    folded.as_str().trim().trim_start_matches('@').to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn width_kana_case_and_spaces_are_folded_away() {
        assert_eq!(name_key("北海道 教育委員会"), "北海道教育委員会");
        assert_eq!(name_key("ホッカイドウ　ＳＣＨＯＯＬ"), "ほっかいどうschool");
        assert_eq!(name_key("ﾎｯｶｲﾄﾞｳ"), "ほっかいどう");
        assert_eq!(name_key("北海道・教育委員会🏫"), "北海道教育委員会");
    }

    #[test]
    fn bracket_marks_are_dropped_and_their_text_kept_in_a_display_name() {
        assert_eq!(name_key("【公式】北海道教育委員会"), "公式北海道教育委員会");
        assert_eq!(name_key("［北海道教育委員会］お知らせ"), "北海道教育委員会お知らせ");
    }

    #[test]
    fn an_organisation_name_loses_its_labels() {
        assert_eq!(organisation_key("【公式】北海道教育委員会"), "北海道教育委員会");
        assert_eq!(organisation_key("北海道教育委員会（公式）"), "北海道教育委員会");
        assert_eq!(organisation_key("〇〇市立〇〇小学校"), "〇〇市立〇〇小学校");
        assert_eq!(organisation_key("【北海道教育委員会】"), "北海道教育委員会", "a name that is all label keeps it");
    }

    #[test]
    fn handles_fold_width_case_and_the_at_sign() {
        assert_eq!(handle_key("@Hokkaido_Kyoiku"), "hokkaido_kyoiku");
        assert_eq!(handle_key("＠ｈｏｋｋａｉｄｏ＿ｋｙｏｉｋｕ"), "hokkaido_kyoiku");
        assert_eq!(handle_key(" hokkaido_kyoiku "), "hokkaido_kyoiku");
        assert_eq!(handle_key("@News@Example.Social"), "news@example.social");
    }
}

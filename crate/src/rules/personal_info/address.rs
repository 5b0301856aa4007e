//! Street addresses. An address down to the block (`丁目`, `番地`, `号`, or a
//! house number `3-21` after a town) is personal when it is tied to a home
//! (`自宅`, `住所`, `田中さん宅`, `…の家`) nearer than anything that says it is
//! a venue or an office (`会場`, `所在地`, `〒`, `本校`), or when a person is
//! named right beside it (`吉村さん`, `福田様（…）`) and nothing says venue.
//! Sapporo's grid (`北15条東7丁目`) and Asahikawa's (`豊岡4条3丁目1-8`) are
//! read like any other, and so are addresses written in English
//! (`2-5-18 Kita 12-jo`).

use std::ops::Range;

use super::labels::{Kind, Labels, REACH};
use super::{Found, Starts};
use super::english::romanised;
use crate::text::{Normalized, Script};

const NUMERALS: [char; 20] = ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

fn is_numeral(c: char) -> bool {
    NUMERALS.contains(&c)
}

/// Words for land that follow `が` in place names (`緑が丘`, `星が浦`).
const LAND: [char; 9] = ['丘', '岡', '原', '浦', '崎', '谷', '森', '関', '沢'];

fn is_direction(c: char) -> bool {
    matches!(c, '東' | '西' | '南' | '北')
}

/// The end of the address tail starting at byte `at` of `text` (a numeral),
/// and whether it goes down to a block: `15条東7丁目3-21`.
fn tail(text: &str, at: usize) -> (usize, bool) {
    let mut end = at;
    let mut block = false;
    let mut rest = &text[at..];
    loop {
        let digits = rest.find(|c: char| !is_numeral(c)).unwrap_or(rest.len());
        if digits == 0 {
            break;
        }
        let after = &rest[digits..];
        let unit = ["丁目", "番地", "番", "号", "条", "-"].into_iter().find(|u| after.starts_with(u));
        end = text.len() - after.len();
        match unit {
            Some("-") if after[1..].starts_with(is_numeral) => {
                block = true;
                rest = &after[1..];
            }
            Some(unit) if unit != "-" => {
                // `条` and a bare `番` name a street or an order, not yet a house.
                block |= unit != "条" && unit != "番";
                end += unit.len();
                rest = &after[unit.len()..];
                rest = rest.strip_prefix(is_direction).unwrap_or(rest);
            }
            _ => break,
        }
    }
    (end, block)
}

/// Every address in the folded view: the place name before the numbers (a
/// run of kanji and katakana: `札幌市東区北`) and the numbers down to the
/// block.
fn addresses(text: &Normalized, starts: &Starts) -> Vec<Range<usize>> {
    let view = &text.folded;
    let s = view.as_str();
    let mut found: Vec<Range<usize>> = Vec::new();
    for (at, _) in starts.of(&NUMERALS) {
        let starts_number = !s[..at].ends_with(is_numeral);
        if !starts_number || found.last().is_some_and(|r| at < r.end) {
            continue;
        }
        let place_start = s[..at]
            .char_indices()
            .rev()
            // `緑が丘`, `旭ケ岡`: a `が` before a word for land is part of the name
            // (but not in `自宅が札幌市…`, where it is the particle).
            .take_while(|&(i, c)| {
                matches!(view.script_at(i), Some(Script::Kanji | Script::Katakana)) || (c == 'が' && s[i + c.len_utf8()..].starts_with(LAND))
            })
            .last()
            .map(|(i, _)| i);
        // `第2号` is a clause of a law or a newsletter issue, not a block.
        let Some(start) = place_start.filter(|_| !s[..at].ends_with('第')) else { continue };
        let (end, block) = tail(s, at);
        if block {
            found.push(start..end);
        }
    }
    found
}

/// Honorifics that make the address beside them someone's.
const HONORIFICS: &[&str] = &["さん", "くん", "ちゃん", "様", "君"];

/// Whether a person is named right beside the address at `range` of the
/// folded view: `西村くん（苫小牧市…3-7-22）`, `東川町東町1-20-3 の吉村さん`.
fn beside_a_person(s: &str, range: &Range<usize>) -> bool {
    let before = s[..range.start].trim_end_matches(['(', ' ', '\u{3000}', ':']);
    let after = s[range.end..].trim_start_matches([' ', '\u{3000}']);
    let after = after.strip_prefix('の').unwrap_or(after).trim_start_matches([' ', '\u{3000}']);
    let name = &after[..after.char_indices().nth(6).map_or(after.len(), |(i, _)| i)];
    let name = &name[..name.find(['。', '、', '(', ')', '\n']).unwrap_or(name.len())];
    // `福田 直樹様（岩見沢市緑が丘…`: the place name read may start after the
    // bracket, so look a little further back for `様(`.
    let near = &s[s[..range.start].char_indices().rev().nth(12).map_or(0, |(i, _)| i)..range.start];
    let bracketed = near.match_indices('(').any(|(at, _)| HONORIFICS.iter().any(|h| near[..at].ends_with(h)));
    bracketed || HONORIFICS.iter().any(|h| before.ends_with(h) || name.contains(h))
}

/// Addresses written in English: a house number and a romanised place
/// (`2-5-18 Kita 12-jo`, `4-12 Minami`, `2-7-15 Tokiwa`), ranges in the
/// folded view.
fn english_addresses(text: &Normalized, starts: &Starts) -> Vec<Range<usize>> {
    let s = text.folded.as_str();
    let mut found = Vec::new();
    // The digits the rule's one pass found: decoding every character of a
    // Japanese text to find them cost more than the rest.
    for (at, _) in starts.of(&Starts::DIGITS) {
        if s[..at].ends_with(|c: char| c.is_ascii_alphanumeric() || c == '-') {
            continue;
        }
        let len = s[at..].find(|c: char| !(c.is_ascii_digit() || c == '-')).unwrap_or(s.len() - at);
        let number = &s[at..at + len];
        let groups: Vec<&str> = number.split('-').collect();
        if !(2..=3).contains(&groups.len()) || groups.iter().any(|g| !(1..=4).contains(&g.len())) {
            continue;
        }
        let Some(place) = s[at + len..].strip_prefix(' ') else { continue };
        let word = place.find(|c: char| !c.is_ascii_alphabetic()).unwrap_or(place.len());
        if word >= 3 && romanised(&place.as_bytes()[..word]) {
            let end = at + len + 1 + word;
            // `Kita 12-jo`: the grid street after the district.
            let jo = s[end..].strip_prefix(' ').and_then(|r| r.find("-jo").filter(|&i| r[..i].bytes().all(|b| b.is_ascii_digit()) && i > 0).map(|i| 1 + i + 3));
            found.push(at..end + jo.unwrap_or(0));
        }
    }
    found
}

pub fn check(text: &Normalized, starts: &Starts, labels: &Labels, out: &mut Vec<Found>) {
    for range in addresses(text, starts).into_iter().chain(english_addresses(text, starts)) {
        let person = beside_a_person(text.folded.as_str(), &range);
        let span = text.folded.original_range(range);
        if labels.nearer(Kind::Home, Kind::Venue, &span, REACH) || (person && !labels.near(Kind::Venue, &span, REACH)) {
            out.push(Found {
                span,
                message: "自宅など個人の住所は投稿しないでください。",
                message_en: "A home address is personal information; do not post it.",
                suggestion: None,
                certain: true,
            });
        }
    }
}

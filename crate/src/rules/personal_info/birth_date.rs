//! A date of birth with its year: `1990年5月17日生まれ`, `誕生日は2011年2月12日`,
//! `H25.9.14生`. With the year, the date pins down one person. A roster's
//! short era date (`H25.9.14生`) is always someone's; a full date is flagged
//! when the line says whose it is — the writer or their family (`私`, `僕`,
//! `息子`, `my`), or a child named with an honorific (`さん`, `くん`) — so a
//! historical figure's birth date in a library post passes.

use std::ops::Range;

use super::labels::{Kind, Labels};
use super::{Found, Starts};
use crate::text::Normalized;

/// The length of the run of ASCII digits at the start of `s`, when it is
/// `min..=max` digits long.
fn digits(s: &str, min: usize, max: usize) -> Option<usize> {
    let len = s.find(|c: char| !c.is_ascii_digit()).unwrap_or(s.len());
    (min..=max).contains(&len).then_some(len)
}

/// The length of a date with its year at the start of `s` (folded view):
/// `1990年5月17日`, `平成25年9月14日`, `h25.9.14`.
fn dated(s: &str) -> Option<(usize, bool)> {
    // `h25.9.14`: Heisei, Reiwa, Showa.
    if s.starts_with(['h', 'r', 's']) {
        let mut at = 1;
        for i in 0..3 {
            at += digits(&s[at..], 1, 2)?;
            if i < 2 {
                at += s[at..].strip_prefix('.').map(|_| 1)?;
            }
        }
        return Some((at, true));
    }
    if let Some(len) = numeric_date(s) {
        return Some((len, false));
    }
    let era = ["平成", "令和", "昭和"].iter().find(|e| s.starts_with(**e)).map_or(0, |e| e.len());
    let mut at = era + if era > 0 { digits(&s[era..], 1, 2)? } else { digits(s, 4, 4)? };
    for unit in ['年', '月', '日'] {
        if unit != '年' {
            at += digits(&s[at..], 1, 2)?;
        }
        at += s[at..].starts_with(unit).then_some(unit.len_utf8())?;
    }
    Some((at, false))
}

/// The length of a date written in numbers with its year at the start of
/// `s`: the year first (`2011/2/12`, `2011-02-12`, `2011.2.12`) or last, as
/// English records write it (`12/05/2011`, `05-12-2011`). One separator
/// throughout, and nothing but a digit-free word after it.
fn numeric_date(s: &str) -> Option<usize> {
    let separator = *s.as_bytes().get(s.find(|c: char| !c.is_ascii_digit())?)?;
    if !matches!(separator, b'/' | b'-' | b'.') {
        return None;
    }
    let parts: Vec<&str> = s.split(|c: char| !c.is_ascii_digit() && c != separator as char).next()?.splitn(4, separator as char).collect();
    let [first, second, third] = parts[..] else { return None };
    let day_or_month = |part: &str| (1..=2).contains(&part.len());
    let shape = if first.len() == 4 { day_or_month(second) && day_or_month(third) } else { day_or_month(first) && day_or_month(second) && third.len() == 4 };
    let len = first.len() + second.len() + third.len() + 2;
    let after_digit = s[len..].starts_with(|c: char| c.is_ascii_digit());
    (shape && !after_digit).then_some(len)
}

/// Record labels that say a date of birth is someone's (`DOB 12/05/2011`,
/// `date of birth: …`): a form's field, not a famous person's birthday.
const RECORD_LABELS: &[&str] = &["dob", "d.o.b", "date of birth"];

/// Words after `…生まれ` that make the date a condition, not someone's
/// birthday: `2019年4月1日生まれ以降の方`, `…生まれの子どもが対象`.
const CRITERIA: &[&str] = &["以降", "以前", "以後", "から", "まで", "の方", "の子", "の人", "の児童", "の生徒", "の皆"];

fn is_criterion(after: &str) -> bool {
    let after = ["生まれ", "うまれ", "生"].iter().find_map(|born| after.strip_prefix(born)).unwrap_or(after);
    CRITERIA.iter().any(|word| after.starts_with(word))
}

/// The characters a date with its year starts with ([`dated`]).
const STARTS: [char; 16] = ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', 'h', 'r', 's', '平', '令', '昭'];

pub fn check(text: &Normalized, starts: &Starts, labels: &Labels, out: &mut Vec<Found>) {
    let view = &text.folded;
    let s = view.as_str();
    for (at, _) in starts.of(&STARTS) {
        if s[..at].ends_with(|c: char| c.is_ascii_alphanumeric()) {
            continue;
        }
        let Some((len, short)) = dated(&s[at..]) else { continue };
        let span = view.original_range(at..at + len);
        let after = &s[at + len..];
        let born = after.starts_with('生') || after.starts_with("うまれ") || labels.before(Kind::Birthday, &span, 8);
        if !born || (short && !after.starts_with('生')) || is_criterion(after) {
            continue;
        }
        let line_start = text.original[..span.start].rfind('\n').map_or(0, |i| i + 1);
        let line_end = text.original[span.end..].find('\n').map_or(text.original.len(), |i| span.end + i);
        let line: Range<usize> = line_start..line_end;
        let record = RECORD_LABELS.iter().any(|label| s[..at].trim_end_matches([' ', ':', '：']).ends_with(label));
        let whose = record
            || labels.inside(Kind::Myself, &line).next().is_some()
            || labels.inside(Kind::Private, &line).next().is_some()
            || ["さん", "くん", "ちゃん"].iter().any(|h| text.original[line.clone()].contains(h));
        if short || whose {
            out.push(Found {
                span,
                message: "生年月日は個人情報です。投稿しないでください。",
                message_en: "A date of birth is personal information; do not post it.",
                suggestion: None,
                certain: true,
            });
        }
    }
}

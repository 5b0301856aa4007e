//! Phone numbers. A mobile number (070/080/090/060) belongs to a person; a
//! fixed line belongs to an office or a home, so it is personal only when a
//! label says so (`自宅`, `個人`, `携帯`) nearer than any office label (`代表`,
//! `お問い合わせ`). Toll-free, navi-dial and short numbers (`0120`,
//! `0570`, `189`) are public by nature.

use super::labels::{Kind, Labels, REACH};
use super::numbers::{mask_digits, Number};
use super::Found;
use crate::text::Normalized;

#[derive(Debug, PartialEq, Eq)]
enum Line {
    Mobile,
    /// A geographic fixed line or an IP phone (050).
    Fixed,
    /// Toll-free or shared-cost numbers run by organisations.
    Public,
}

fn classify(number: &Number) -> Option<Line> {
    if number.glued {
        return None;
    }
    let digits = number.national();
    let mobile = ["070", "080", "090", "060"].iter().any(|p| digits.starts_with(p));
    let public = ["0120", "0800", "0570", "0990"].iter().any(|p| digits.starts_with(p));
    match digits.len() {
        _ if !digits.starts_with('0') || digits.starts_with("00") => None,
        _ if public => Some(Line::Public),
        11 if mobile => Some(Line::Mobile),
        // Contiguous ten-digit runs are as often codes as phones; a fixed
        // line is only read when it is written in groups.
        10 if number.groups.len() > 1 => Some(Line::Fixed),
        11 if digits.starts_with("050") => Some(Line::Fixed),
        _ => None,
    }
}

/// How many leading digits a masked number keeps: the area or carrier code
/// (`090-****-****`, `+81-90-****-****`).
fn shown_digits(number: &Number) -> usize {
    match (number.groups.as_slice(), number.international) {
        ([_], false) => 3,
        ([_], true) => 4,
        ([country, code, ..], true) => country + code,
        ([code, ..], false) => *code,
        ([], _) => 0,
    }
}

/// Characters that stand for a hidden digit (`090-1234-xxxx`, folded to lower case).
fn is_mask(c: char) -> bool {
    matches!(c, 'x' | '*' | '○' | '〇' | '●' | '×')
}

/// Numbers in a phone's three groups with some digits hidden and some of
/// the subscriber's shown (`090-4821-xxxx`, `011-xxx-5678`, `080-4421-77xx`):
/// a half-hidden number still reaches the person, while one hidden after
/// its area code (`090-****-****`, this rule's own fix) does not. Byte
/// ranges of the folded view, with whether the number is a mobile's.
fn partly_hidden(folded: &str) -> Vec<(std::ops::Range<usize>, bool)> {
    let mut found = Vec::new();
    for (start, _) in folded.match_indices('0') {
        if folded[..start].ends_with(|c: char| c.is_ascii_alphanumeric() || c == '-' || is_mask(c)) {
            continue;
        }
        let mut groups: Vec<&str> = Vec::new();
        let mut end = start;
        loop {
            let len: usize = folded[end..].chars().take_while(|&c| c.is_ascii_digit() || is_mask(c)).map(char::len_utf8).sum();
            if len == 0 {
                break;
            }
            groups.push(&folded[end..end + len]);
            end += len;
            if !folded[end..].starts_with('-') || groups.len() == 3 {
                break;
            }
            end += 1;
        }
        let Some((area, subscriber)) = groups.split_first().filter(|_| groups.len() == 3) else { continue };
        let length: usize = groups.iter().map(|g| g.chars().count()).sum();
        let area_ok = (2..=5).contains(&area.len()) && area.bytes().all(|b| b.is_ascii_digit());
        let hidden = subscriber.iter().any(|g| g.contains(is_mask));
        let shown = subscriber.iter().any(|g| g.contains(|c: char| c.is_ascii_digit()));
        let glued = folded[end..].starts_with(|c: char| c.is_ascii_alphanumeric() || is_mask(c));
        if area_ok && hidden && shown && !glued && (10..=11).contains(&length) {
            let mobile = length == 11 && ["070", "080", "090"].contains(area);
            found.push((start..end, mobile));
        }
    }
    found
}

pub fn check(text: &Normalized, numbers: &[Number], labels: &Labels, out: &mut Vec<Found>) {
    for (range, mobile) in partly_hidden(text.folded.as_str()) {
        let span = text.folded.original_range(range);
        let private = labels.nearer(Kind::Private, Kind::Office, &span, REACH) || labels.nearer(Kind::Home, Kind::Office, &span, REACH);
        if (mobile || private) && !labels.near(Kind::WorkPhone, &span, REACH) {
            out.push(Found {
                span: span.clone(),
                message: "一部を伏せても、個人の電話番号（携帯・自宅）は投稿しないでください。学校や担当部署の代表番号をご案内ください。",
                message_en: "A personal (mobile or home) phone number, partly hidden. Give the school's or office's main number instead.",
                // Hiding the rest leaves the line's words (`自宅電話`), which
                // the model still reads as personal: no fix is offered.
                suggestion: None,
                certain: true,
            });
        }
    }
    for number in numbers {
        let span = text.folded.original_range(number.range.clone());
        let private = labels.nearer(Kind::Private, Kind::Office, &span, REACH) || labels.nearer(Kind::Home, Kind::Office, &span, REACH);
        let personal = match classify(number) {
            Some(Line::Mobile) => !labels.near(Kind::WorkPhone, &span, REACH),
            Some(Line::Fixed) => private && !labels.near(Kind::WorkPhone, &span, REACH),
            Some(Line::Public) | None => false,
        };
        if personal {
            out.push(Found {
                span: span.clone(),
                message: "個人の電話番号（携帯・自宅）は投稿しないでください。学校や担当部署の代表番号をご案内ください。",
                message_en: "A personal (mobile or home) phone number. Give the school's or office's main number instead.",
                suggestion: Some(mask_digits(&text.original[span], shown_digits(number))),
                certain: true,
            });
        }
    }
}

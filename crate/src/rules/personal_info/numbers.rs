//! Numbers written the way people write phone numbers and ID numbers:
//! digit groups joined by hyphens, spaces or parentheses (`090-1234-5678`,
//! `(011) 231 4111`, `+81 90 1234 5678`, `4837 2915 0631`), read on the
//! folded view so full-width digits and dashes are plain ASCII.

use std::ops::Range;

use super::Starts;
use crate::text::View;

/// One written number.
#[derive(Debug)]
pub struct Number {
    /// Byte range in the folded view, from the first to the last digit (or
    /// the leading `+` / `(`).
    pub range: Range<usize>,
    /// The digits alone, in order.
    pub digits: String,
    /// How many digits each group has: `[3, 4, 4]` for `090-1234-5678`.
    pub groups: Vec<usize>,
    /// Whether a letter touches the number (`TK1234567`, `AKIA4H…`): such a
    /// number is part of a code, not a phone number of its own.
    pub glued: bool,
    /// Written with the country code `+81`.
    pub international: bool,
}

impl Number {
    /// The national form of the digits: `+81 90…` becomes `090…`.
    pub fn national(&self) -> String {
        match self.digits.strip_prefix("81").filter(|_| self.international) {
            Some(rest) if rest.starts_with('0') => rest.to_owned(),
            Some(rest) => format!("0{rest}"),
            None => self.digits.clone(),
        }
    }
}

/// Characters that join the digit groups of one number. `ー` is there
/// because the Japanese IME often gives it for a hyphen; `.` is not, so
/// version strings (`2.10.4.1`) and decimals stay apart.
fn joins_groups(c: char) -> bool {
    matches!(c, '-' | ' ' | '(' | ')' | 'ー' | '‐' | '−' | '–' | '—' | '\u{3000}')
}

/// Words written right against a phone number (`TEL090-…`) that do not
/// make it part of a code.
const PHONE_PREFIXES: &[&str] = &["tel", "fax", "phone", "mobile"];

/// The characters a number starts with.
const STARTS: [char; 12] = ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '+', '('];

/// Every number in `view`, in order.
///
/// Read from the bytes that can start one (an ASCII digit, `+`, `(`):
/// the characters between numbers are never decoded (collecting every
/// character of a long Japanese text first cost more than reading its
/// numbers).
pub fn scan(view: &View, starts: &Starts) -> Vec<Number> {
    let text = view.as_str();
    // Every number holds an ASCII digit: a post without one (most) is not
    // read at all.
    if !text.bytes().any(|b| b.is_ascii_digit()) {
        return Vec::new();
    }
    let digit_at = |at: usize| text.as_bytes().get(at).is_some_and(u8::is_ascii_digit);
    let mut numbers = Vec::new();
    // Where the next number may start: after the last one read.
    let mut from = 0;
    for (at, c) in starts.of(&STARTS) {
        if at < from {
            continue;
        }
        let opens = (c == '+' || c == '(') && digit_at(at + 1);
        let before = text[..at].chars().next_back();
        // A digit right after a digit or a dot belongs to something else
        // (`Ver.2.10`); it was, or will be, read as part of that.
        if !(c.is_ascii_digit() || opens) || before.is_some_and(|b| b.is_ascii_digit() || b == '.') {
            continue;
        }
        let mut number = Number {
            range: at..at,
            digits: String::new(),
            groups: vec![0],
            glued: before.is_some_and(|b| b.is_ascii_alphanumeric()) && !PHONE_PREFIXES.iter().any(|p| text[..at].ends_with(p)),
            international: c == '+',
        };
        // Bytes from here on: `c` and the digits are ASCII.
        let mut j = if opens { at + 1 } else { at };
        if c == '(' {
            number.range = j..j;
        }
        while j < text.len() {
            if digit_at(j) {
                number.digits.push(char::from(text.as_bytes()[j]));
                *number.groups.last_mut().expect("groups start non-empty") += 1;
                number.range.end = j + 1;
                j += 1;
                continue;
            }
            // Up to two joining characters (`) `, ` (`) between groups.
            let mut run = 0;
            let mut run_len = 0;
            for s in text[j..].chars().take(3).take_while(|&s| joins_groups(s)) {
                run += 1;
                run_len += s.len_utf8();
            }
            if run == 0 || run > 2 || !digit_at(j + run_len) {
                break;
            }
            // `(011) 231-4111`: the area code's parentheses belong to the number.
            if c == '(' && text[j..j + run_len].contains(')') {
                number.range.start = at;
            }
            number.groups.push(0);
            j += run_len;
        }
        let mut after = text[j..].chars();
        number.glued |= after.next().is_some_and(|d| d.is_ascii_alphabetic() || d == '.' && after.next().is_some_and(|e| e.is_ascii_digit()));
        numbers.push(number);
        from = j.max(at + 1);
    }
    numbers
}

/// `original` with its digits masked from the `keep`-th digit on, keeping
/// separators and width: `090-1234-5678` → `090-****-****`.
pub fn mask_digits(original: &str, keep: usize) -> String {
    let mut seen = 0;
    original
        .chars()
        .map(|c| {
            let full_width = ('０'..='９').contains(&c);
            if !(c.is_ascii_digit() || full_width) {
                return c;
            }
            seen += 1;
            match (seen > keep, full_width) {
                (false, _) => c,
                (true, false) => '*',
                (true, true) => '＊',
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::Normalized;

    fn numbers(text: &str) -> Vec<(String, Vec<usize>)> {
        let n = Normalized::new(text);
        scan(&n.folded, &Starts::find(&n.folded)).into_iter().filter(|x| !x.glued).map(|x| (x.national(), x.groups)).collect()
    }

    #[test]
    fn groups_are_joined_by_hyphens_spaces_and_parentheses() {
        assert_eq!(numbers("携帯 090-1234-5678 まで"), [("09012345678".into(), vec![3, 4, 4])]);
        assert_eq!(numbers("(011) 231-4111"), [("0112314111".into(), vec![3, 3, 4])]);
        assert_eq!(numbers("＋８１ ９０ １２３４ ５６７８"), [("09012345678".into(), vec![2, 2, 4, 4])]);
        assert_eq!(numbers("０７０－５５１２－８８３６"), [("07055128836".into(), vec![3, 4, 4])]);
        assert_eq!(numbers("TEL090(1234)5678"), [("09012345678".into(), vec![3, 4, 4])]);
    }

    #[test]
    fn versions_times_and_codes_stay_apart() {
        assert_eq!(numbers("Ver.2.10.4.1").len(), 0);
        assert_eq!(numbers("8:15").len(), 2);
        let n = Normalized::new("AKIA4HKD7QW2");
        assert!(scan(&n.folded, &Starts::find(&n.folded)).iter().all(|x| x.glued));
    }

    #[test]
    fn masking_keeps_separators_and_width() {
        assert_eq!(mask_digits("090-1234-5678", 3), "090-****-****");
        assert_eq!(mask_digits("０７０－５５１２", 3), "０７０－＊＊＊＊");
    }
}

//! My Number (個人番号) and other identity or account numbers.
//!
//! My Number has a check digit, so a twelve-digit number that passes it is
//! worth a warning even unlabelled; with a label (`マイナンバー`, `個人番号`)
//! it is an error. A twelve-digit order or receipt number fails the check
//! eleven times in twelve and stays quiet. Passport, licence, residence
//! card, insurance and bank-account numbers have no such check: they are
//! flagged only when labelled.

use super::labels::{Kind, Labels, REACH};
use super::numbers::{mask_digits, Number};
use super::Found;
use crate::text::Normalized;

/// The official check digit of a My Number from its first eleven digits.
pub fn my_number_check_digit(first_eleven: &[u8]) -> u8 {
    const WEIGHTS: [u32; 11] = [6, 5, 4, 3, 2, 7, 6, 5, 4, 3, 2];
    let sum: u32 = first_eleven.iter().zip(WEIGHTS).map(|(&d, w)| u32::from(d) * w).sum();
    let remainder = sum % 11;
    if remainder <= 1 {
        0
    } else {
        (11 - remainder) as u8
    }
}

/// Whether `digits` (ASCII) is twelve digits with a valid check digit.
fn is_valid_my_number(digits: &str) -> bool {
    let d: Vec<u8> = digits.bytes().map(|b| b - b'0').collect();
    d.len() == 12 && my_number_check_digit(&d[..11]) == d[11]
}

/// The shapes a My Number is written in: `123456789012`, `1234 5678 9012`.
fn has_my_number_shape(number: &Number) -> bool {
    !number.glued && !number.international && (number.groups == [12] || number.groups == [4, 4, 4])
}

pub fn check(text: &Normalized, numbers: &[Number], labels: &Labels, out: &mut Vec<Found>) {
    for number in numbers {
        let span = text.folded.original_range(number.range.clone());
        let masked = mask_digits(&text.original[span.clone()], 0);
        if has_my_number_shape(number) {
            let labelled = labels.near(Kind::MyNumber, &span, REACH);
            if labelled || is_valid_my_number(&number.digits) {
                out.push(Found {
                    span,
                    message: "マイナンバー（個人番号）は投稿できません。番号を削除してください。",
                    message_en: "This looks like a My Number (individual number); never post it. Remove the number.",
                    suggestion: Some(masked),
                    certain: labelled,
                });
                continue;
            }
        }
        let labelled_id = labels.before(Kind::IdNumber, &span, 8) || labels.before(Kind::MyNumber, &span, 8);
        if labelled_id && number.digits.len() >= 6 {
            out.push(Found {
                span,
                message: "身分証や口座などの番号は個人情報です。番号を削除してください。",
                message_en: "An identity-document or account number is personal information. Remove the number.",
                suggestion: Some(masked),
                certain: true,
            });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn check_digit_follows_the_official_weights() {
        assert!(is_valid_my_number("123456789018"));
        assert!(!is_valid_my_number("123456789012"));
        // Remainders 0 and 1 both give the check digit 0.
        assert_eq!(my_number_check_digit(&[0; 11]), 0);
    }
}

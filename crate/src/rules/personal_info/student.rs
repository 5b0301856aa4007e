//! Students and children named together with what identifies them: a class
//! or a school year (`3年2組`, `1年B組`, `出席番号`, `3年生`, `（2年）`), a
//! birthday with a date, or grades and scores, in the same sentence.
//!
//! A name is a surname (`data/surnames.txt`) followed by an honorific
//! (`田中さん`), by a given name and an honorific (`中村結衣さん`,
//! `小林さくらちゃん`, `渡辺蓮君`), by a short kanji given name that ends like
//! one (`佐々木大和`, `data/given_name_endings.txt`), or by nothing when it
//! stands right after the class (`出席番号5番 伊藤`). Right after the class,
//! a given name with an honorific is a name too (`4年1組のさくらさん`), but
//! not a word for people in general (`3年生のみなさん`). A surname next to a
//! staff role (`校長の山本`, `山本先生`) is a member of staff, not a student.
//!
//! Anyone named, staff included, is also tied by a private condition in the
//! same sentence: an illness or disability, or family, money or legal
//! circumstances (`離婚`, `生活保護`, `喘息`: labels tagged `@condition`).
//! A name hidden behind marks (`○○さん`, `△△先生`) still points at the person
//! for those who know the class, so it counts there too.

use std::ops::Range;
use std::sync::LazyLock;

use super::labels::{Kind, Labels};
use super::{Found, Starts};
use crate::text::spans::Covered;
use crate::rules::context::words_under;
use crate::rules::lists::SURNAMES;
use crate::text::{is_masking, Normalized, Script, View};

static GIVEN_NAME_ENDINGS: LazyLock<Vec<char>> = LazyLock::new(|| {
    data_file!("rules/data/given_name_endings.txt")
        .lines()
        .filter(|line| !line.starts_with('#'))
        .filter_map(|line| line.trim().chars().next())
        .collect()
});

pub fn prepare() {
    LazyLock::force(&GIVEN_NAME_ENDINGS);
}

const HONORIFICS: &[&str] = &["さん", "くん", "ちゃん", "君"];

/// A name said with an honorific (`木村優奈さん`): a child or someone
/// the writer knows. A famous person's birthday is told with the bare
/// name (`宮沢賢治の誕生日`).
fn honoured(name: &str) -> bool {
    HONORIFICS.iter().any(|h| name.ends_with(h))
}

fn honorific_at(s: &str, at: usize) -> Option<usize> {
    HONORIFICS.iter().find(|h| s[at..].starts_with(*h)).map(|h| at + h.len())
}

/// The end of the run of characters of `script` starting at byte `at` of
/// the view, at most `max` characters long, with its length in characters.
fn run(view: &View, at: usize, script: Script, max: usize) -> (usize, usize) {
    let s = view.as_str();
    let mut end = at;
    let mut count = 0;
    for (i, c) in s[at..].char_indices() {
        if count == max || view.script_at(at + i) != Some(script) {
            break;
        }
        end = at + i + c.len_utf8();
        count += 1;
    }
    (end, count)
}

/// The end of the name whose surname ends at byte `at` of the compact view.
fn name_end(view: &View, at: usize, surname_chars: usize) -> Option<usize> {
    let s = view.as_str();
    if let Some(end) = honorific_at(s, at) {
        return Some(end);
    }
    let given_at = if s[at..].starts_with(' ') { at + 1 } else { at };
    let (kanji_end, kanji) = run(view, given_at, Script::Kanji, 4);
    if kanji > 0 {
        // `渡辺蓮君`: the honorific 君 is kanji too.
        if kanji >= 2 && s[..kanji_end].ends_with('君') {
            return Some(kanji_end);
        }
        if kanji <= 3 {
            if let Some(end) = honorific_at(s, kanji_end) {
                return Some(end);
            }
        }
        // Without an honorific, only a short given name that ends like one.
        let ends_like_a_name = s[..kanji_end].chars().next_back().is_some_and(|c| GIVEN_NAME_ENDINGS.contains(&c));
        let alone = kanji <= 2 && surname_chars >= 2 && ends_like_a_name && view.script_at(kanji_end) != Some(Script::Kanji);
        return alone.then_some(kanji_end);
    }
    // A given name in kana: `さくらちゃん`, or in brackets without an
    // honorific, as a roster or a note writes it: `（鈴村 ゆら）`.
    let kana_at = if s[at..].starts_with(' ') { at + 1 } else { at };
    for script in [Script::Hiragana, Script::Katakana] {
        let (kana_end, kana) = run(view, kana_at, script, 5);
        let word = &s[kana_at..kana_end];
        if (2..=4).contains(&kana) && s[kana_end..].starts_with(')') && s[..at].contains('(') && !NOT_GIVEN_NAMES.contains(&word) {
            return Some(kana_end);
        }
    }
    for script in [Script::Hiragana, Script::Katakana] {
        let (_, kana) = run(view, at, script, 5);
        let mut end = at;
        for c in s[at..].chars().take(kana.min(4)) {
            end += c.len_utf8();
            if let Some(name_end) = honorific_at(s, end) {
                return Some(name_end);
            }
        }
    }
    None
}

/// `3年2組`, `1年B組`, `三年一組`, and a school year on its own (`3年生`,
/// `（2年）`): ranges in the folded view. A year of the calendar (`2025年`)
/// or a span of years (`3年間`, `3年ぶり`) is neither.
fn classes(view: &View, starts: &Starts) -> Vec<Range<usize>> {
    let s = view.as_str();
    let grade = |c: char| "123456一二三四五六".contains(c);
    let mut found = Vec::new();
    for (at, _) in s.match_indices('年') {
        let Some(g) = s[..at].chars().next_back().filter(|&c| grade(c)) else { continue };
        let start = at - g.len_utf8();
        if s[..start].ends_with(|c: char| c.is_ascii_digit() || "一二三四五六七八九十〇百千".contains(c)) {
            continue;
        }
        let after = at + '年'.len_utf8();
        let rest = &s[after..];
        let class_len = rest.find(|c: char| !(c.is_ascii_alphanumeric() || "一二三四五六七八九十".contains(c))).unwrap_or(rest.len());
        let class = &rest[..class_len];
        if (1..=2).contains(&class.chars().count()) && rest[class_len..].starts_with('組') {
            found.push(start..after + class_len + '組'.len_utf8());
        } else if rest.starts_with('生') {
            found.push(start..after + '生'.len_utf8());
        } else if s[..start].ends_with('(') && rest.starts_with(')') {
            found.push(start..after);
        } else if let Some(school) = ["中学", "高校", "小学"].iter().find(|school| s[..start].ends_with(**school)) {
            // `中学2年`, `高校2年`: the school says it is a pupil's year.
            found.push(start - school.len()..after);
        } else if let Some(school) = ["小", "中", "高"].iter().find(|school| s[..start].ends_with(**school)) {
            // `北栄小2年`, `(旭中3年)`: a school's short name and a year,
            // not a span (`途中2年目`, `小2年間`).
            let school_start = start - school.len();
            let named = matches!(view.script_before(school_start), Some(Script::Kanji | Script::Katakana | Script::Hiragana));
            let span = ["間", "目", "ぶり", "前", "後", "度", "分"].iter().any(|w| rest.starts_with(w));
            if named && !span && !s[..school_start].ends_with("途") {
                found.push(school_start..after);
            }
        }
    }
    // `2ねん1くみ`, `1ねんせい`: the class as a young child writes it.
    for (at, _) in s.match_indices("ねん") {
        let Some(g) = s[..at].chars().next_back().filter(|&c| grade(c)) else { continue };
        let rest = &s[at + "ねん".len()..];
        let class = rest.chars().next().filter(|c| c.is_ascii_digit()).filter(|_| rest[1..].starts_with("くみ"));
        let len = if class.is_some() { 1 + "くみ".len() } else if rest.starts_with("せい") { "せい".len() } else { continue };
        found.push(at - g.len_utf8()..at + "ねん".len() + len);
    }
    // `第3学年`, `3学年`.
    for (at, _) in s.match_indices("学年") {
        if let Some(g) = s[..at].chars().next_back().filter(|&c| grade(c)) {
            found.push(at - g.len_utf8()..at + "学年".len());
        }
    }
    // `中2`, `小6`, `高3`: a school and a year in two characters, not inside
    // a longer word (`途中1回`, `最高3位`).
    for (at, school) in starts.of(&Starts::SCHOOLS) {
        let after = at + school.len_utf8();
        let year = s[after..].chars().next().filter(|c| ('1'..='6').contains(c));
        let word_before = matches!(view.script_before(at), Some(Script::Kanji | Script::Alpha));
        if year.is_some() && !word_before && !s[after + 1..].starts_with(|c: char| c.is_ascii_digit()) {
            found.push(at..after + 1);
        }
    }
    // `（3-2）` after a name: a class written the short way.
    for (at, _) in s.match_indices('(') {
        if let Some(len) = short_class(&s[at + 1..]).filter(|len| s[at + 1 + len..].starts_with(')')) {
            found.push(at..at + len + 2);
        }
    }
    found.sort_by_key(|r| (r.start, r.end));
    found
}

/// The length of a short class at the start of `s`: `3-2`, `2b`.
fn short_class(s: &str) -> Option<usize> {
    let b = s.as_bytes();
    let year = b.first().is_some_and(|c| (b'1'..=b'6').contains(c));
    let hyphen = b.get(1) == Some(&b'-') && b.get(2).is_some_and(u8::is_ascii_digit) && !b.get(3).is_some_and(u8::is_ascii_alphanumeric);
    let letter = b.get(1).is_some_and(|c| (b'a'..=b'f').contains(c)) && !b.get(2).is_some_and(u8::is_ascii_alphanumeric);
    (year && hyphen).then_some(3).or((year && letter).then_some(2))
}

/// Short ways of writing a class that only count right before a name:
/// `2年の菅野`, `3組の木村`, `3-1の早川`, `２Ｂ 岩崎`, `6年 上田`, `2年・細川`. Alone they
/// are too common (`2年の歩み`, `3組の皆さん`, `3-1で勝利`). Ranges in the folded view.
fn class_prefixes(view: &View, starts: &Starts) -> Vec<Range<usize>> {
    let s = view.as_str();
    let mut found = Vec::new();
    // The digits of the rule's one pass, as `english_addresses` reads them.
    for (at, _) in starts.of(&Starts::DIGITS[1..=6]) {
        if s[..at].ends_with(|c: char| c.is_ascii_alphanumeric() || c == '-' || c == '.') {
            continue;
        }
        let len = if s[at + 1..].starts_with('年') {
            // `令和7年`, `H7年` are years of the calendar.
            let era = ["令和", "平成", "昭和"].iter().any(|e| s[..at].ends_with(e));
            (!era).then_some(1 + '年'.len_utf8())
        } else if s[at + 1..].starts_with('組') {
            // `3組の木村`: the class alone, its year understood.
            Some(1 + '組'.len_utf8())
        } else {
            short_class(&s[at..])
        };
        let Some(len) = len else { continue };
        if ["の", " ", "\u{3000}", "・"].iter().any(|p| s[at + len..].starts_with(p)) {
            found.push(at..at + len);
        }
    }
    found
}

/// A date written with digits: `6月3日`, `2007/6/3`.
fn has_date(s: &str) -> bool {
    let digit_before = |at: usize| s[..at].ends_with(|c: char| c.is_ascii_digit());
    let digit_after = |at: usize| s[at..].starts_with(|c: char| c.is_ascii_digit());
    s.match_indices('月').any(|(at, m)| digit_before(at) && digit_after(at + m.len()))
        || s.match_indices('/').any(|(at, _)| digit_before(at) && digit_after(at + 1))
}

/// The first year of birth no pupil of today has: a birthday told with an
/// earlier year (`手塚治虫さんの誕生日（1928年）`) is a historical figure's,
/// as is one told with an anniversary of their birth or death (`生誕120年`,
/// `没後50年`) or an era before Heisei (`昭和3年`).
const PUPILS_BORN_FROM: u32 = 1990;

/// Whether the sentence `s` (folded view) dates a birthday long before any
/// pupil's.
fn born_long_ago(s: &str) -> bool {
    let year_before = |at: usize| {
        let digits = &s[s[..at].trim_end_matches(|c: char| c.is_ascii_digit()).len()..at];
        digits.len() == 4 && digits.parse::<u32>().is_ok_and(|y| y < PUPILS_BORN_FROM)
    };
    s.match_indices('年').any(|(at, _)| year_before(at)) || ["生誕", "没後", "明治", "大正", "昭和"].iter().any(|w| s.contains(w))
}

/// `85点`: a score written with digits.
fn has_score(s: &str) -> bool {
    s.match_indices('点').any(|(at, _)| s[..at].ends_with(|c: char| c.is_ascii_digit()))
}

/// What makes a named child identifiable.
#[derive(Clone, Copy)]
pub(super) enum Tie {
    Class,
    Birthday,
    Score,
    Condition,
}

impl Tie {
    /// The finding for a student named at `span` and tied to a person by `self`.
    pub(super) fn found(self, span: Range<usize>) -> Found {
        let (message, message_en) = self.messages();
        Found { span, message, message_en, suggestion: None, certain: true }
    }

    fn messages(self) -> (&'static str, &'static str) {
        match self {
            Tie::Class => (
                "児童生徒の氏名と学年・クラスの組み合わせは個人を特定できます。氏名を伏せてください。",
                "A student's name with their class or school year identifies the child. Leave the name out.",
            ),
            Tie::Birthday => (
                "児童生徒の氏名と誕生日の組み合わせは個人情報です。氏名か日付を伏せてください。",
                "A student's name with their birthday is personal information. Leave out the name or the date.",
            ),
            Tie::Score => (
                "児童生徒の氏名と成績の組み合わせは個人情報です。氏名を伏せてください。",
                "A student's name with their grades or scores is personal information. Leave the name out.",
            ),
            Tie::Condition => (
                "人の名前と病気・障害や家庭の事情の組み合わせは、特に配慮が必要な個人情報です。名前を伏せても分かる場合は投稿しないでください。",
                "A person's name with their illness, disability or family circumstances is sensitive personal information. Do not post it where the person can be recognised.",
            ),
        }
    }
}

pub fn check(text: &Normalized, starts: &Starts, labels: &Labels, out: &mut Vec<Found>) {
    let view = &text.compact;
    let s = view.as_str();
    let mut classes: Vec<Range<usize>> = classes(&text.folded, starts).into_iter().map(|r| text.folded.original_range(r)).collect();
    classes.extend(labels.of(Kind::Class).cloned());
    // Sorted, so that each name looks up the class before it and the classes
    // of its sentence by binary search: a long text names many of both.
    classes.sort_by_key(|r| (r.start, r.end));
    let prefixes: Vec<Range<usize>> = class_prefixes(&text.folded, starts).into_iter().map(|r| text.folded.original_range(r)).collect();
    // Most posts name no class, birthday or score: skip the surname scan.
    let any_tie = !classes.is_empty()
        || !prefixes.is_empty()
        || labels.of(Kind::Birthday).next().is_some()
        || labels.of(Kind::Score).next().is_some()
        || labels.of(Kind::Condition).next().is_some()
        || may_tell_conditions(text.original)
        || has_score(text.folded.as_str());
    if !any_tie {
        return;
    }
    let mut last_end = 0;
    let mut last_ties: Option<(Range<usize>, SentenceTies)> = None;
    for surname in SURNAMES.find(text) {
        let start = surname.range.start;
        let surname_span = view.original_range(surname.range.clone());
        let surname_chars = s[surname.range.clone()].chars().count();
        let before = classes.partition_point(|r| r.start < surname_span.start);
        let right_before = |r: &Range<usize>| {
            let gap = r.end..surname_span.start;
            r.end <= surname_span.start && gap.len() <= 16 && text.original[gap].chars().count() <= 4
        };
        let follows_prefix = prefixes[..prefixes.partition_point(|r| r.start < surname_span.start)].iter().next_back().is_some_and(right_before);
        let follows_class = classes[..before].iter().rev().take(2).any(right_before) || follows_prefix;
        // Inside a kanji word (`中村橋`) a surname is not a name, unless the
        // word before is the class (`3年2組小林`, `出席番号5番 伊藤`).
        // A space typed before it starts a word, whatever the compact view joined.
        let spaced = text.original[..surname_span.start].ends_with(char::is_whitespace);
        if start < last_end || (view.script_before(start) == Some(Script::Kanji) && !follows_class && !spaced) {
            continue;
        }
        let staff_after = |at: usize| labels.starts_at(Kind::Staff, at);
        if staff_after(surname_span.end) || labels.before(Kind::Staff, &surname_span, 2) {
            // Staff are named freely, but not with a private condition.
            let sentence = view.original_range(view.sentence(&surname.range));
            if conditions_of_people(text, labels, &sentence) {
                // The name with its title when the title follows it (`山口先生`).
                let title = labels.inside(Kind::Staff, &(surname_span.end..sentence.end)).next().filter(|t| t.start == surname_span.end);
                last_end = surname.range.end;
                out.push(Tie::Condition.found(surname_span.start..title.map_or(surname_span.end, |t| t.end)));
            }
            continue;
        }
        // A bare surname is a name when it follows the class.
        let word_goes_on = matches!(view.script_at(surname.range.end), Some(Script::Kanji | Script::Katakana | Script::Alpha));
        let bare = surname_chars >= 2 && follows_class && !word_goes_on;
        let Some(end) = name_end(view, surname.range.end, surname_chars).or_else(|| bare.then_some(surname.range.end)) else {
            continue;
        };
        let span = view.original_range(start..end);
        if staff_after(span.end) {
            continue;
        }
        let sentence = view.original_range(view.sentence(&(start..end)));
        // Surnames come in order: each sentence is read once, for its first.
        let ties = match &last_ties {
            Some((read, ties)) if *read == sentence => *ties,
            _ => {
                let ties = SentenceTies::of(text, labels, &classes, &sentence);
                last_ties = Some((sentence, ties));
                ties
            }
        };
        let tie = if follows_prefix || ties.class {
            Tie::Class
        } else if honoured(&s[start..end]) && ties.birthday {
            Tie::Birthday
        } else if ties.score {
            Tie::Score
        } else if ties.condition {
            Tie::Condition
        } else {
            continue;
        };
        last_end = end;
        out.push(tie.found(span));
    }
    // A given name alone right after the class: `4年1組のさくらさん`.
    let mut covered = Covered::new(out.iter().map(|f| f.span.clone()));
    for class in &classes {
        let after_class = view.view_range(class.clone()).end;
        let at = ["の", " "].iter().find(|p| s[after_class..].starts_with(**p)).map_or(after_class, |p| after_class + p.len());
        let Some(end) = given_name_end(view, at) else { continue };
        // `1年生がたくさん`: the class's particle and a word, not `がたく` + `さん`.
        if words_under(text, &(at..end)).tokens.first().is_some_and(|t| matches!(t.pos(), "助詞" | "助動詞")) {
            continue;
        }
        let span = view.original_range(at..end);
        if covered.overlaps(&span) {
            continue;
        }
        covered.add(span.clone());
        out.push(Tie::Class.found(span));
    }
    // A full name in kana after the class, as a label, a roster or a
    // child's letter writes it: `4-2 やまだ ゆい`.
    let folded = &text.folded;
    for class in classes.iter().chain(&prefixes) {
        let after_class = folded.view_range(class.clone()).end;
        let rest = &folded.as_str()[after_class..];
        let at = ["の", " "].iter().find(|p| rest.starts_with(**p)).map_or(after_class, |p| after_class + p.len());
        let Some(end) = kana_full_name(folded, at) else { continue };
        let span = folded.original_range(at..end);
        if covered.overlaps(&span) {
            continue;
        }
        covered.add(span.clone());
        out.push(Tie::Class.found(span));
    }
    // `○○さん（2年）のお父さん、失業中で…`: a hidden name beside a private
    // condition. The marks hide the name; what still points at the person
    // is a class or a year in the post, or what the writer adds in brackets
    // right after the name (`〇〇さん（旦那さんオーストラリア人…）`), a class
    // just before it (`うちのクラスのAさん`), or a role (`主任のT先生`). Without
    // either (`〇〇先生の旦那さん、借金あるらしい`) the post tells a secret
    // or a rumour about someone it does not identify.
    let identified = !classes.is_empty() || !prefixes.is_empty();
    if labels.of(Kind::Condition).next().is_some() || may_tell_conditions(text.original) {
        for span in masked_names(&text.folded) {
            let folded = text.folded.as_str();
            let bracketed = folded[span.end..].starts_with('(');
            // `うちのクラスのAさん`: the writer's class, which those who know it know.
            let before = &folded[floor_char_boundary(folded, span.start.saturating_sub(CLASS_REACH))..span.start];
            let of_a_class = ["クラス", "くらす", "学級"].iter().any(|w| before.contains(w));
            let span = text.folded.original_range(span);
            // A role says which one of the staff (`教務のT先生`).
            if !identified && !bracketed && !of_a_class && !labels.before(Kind::Staff, &span, 2) {
                continue;
            }
            let sentence = text.folded.original_range(text.folded.sentence(&text.folded.view_range(span.clone())));
            if !covered.overlaps(&span) && conditions_of_people(text, labels, &sentence) {
                covered.add(span.clone());
                out.push(Tie::Condition.found(span));
            }
        }
    }
}

/// How far before a hidden name, in bytes of the folded view, the word for
/// a class may stand (`うちのクラスの`: seven characters).
const CLASS_REACH: usize = 24;

/// The largest character boundary of `s` at or before `at`.
fn floor_char_boundary(s: &str, mut at: usize) -> usize {
    while !s.is_char_boundary(at) {
        at -= 1;
    }
    at
}

/// Words after a condition that make it the topic of a talk or a lesson
/// (`糖尿病の予防について講演`, `アレルギーに関する研修`), not someone's.
const TOPIC_MARKERS: &[&str] = &["について", "に関する", "に関して", "の予防", "予防", "の講演", "講演", "の研修", "研修", "の授業", "教室", "啓発", "講座", "への理解", "の理解", "対策", "awareness", " awareness", " prevention", " research"];

/// Whether a private condition stands in `sentence` (original bytes) as
/// someone's, not as the topic of a talk or a lesson.
pub(super) fn conditions_of_people(text: &Normalized, labels: &Labels, sentence: &Range<usize>) -> bool {
    labels.inside(Kind::Condition, sentence).any(|condition| {
        let after = &text.original[condition.end..];
        !TOPIC_MARKERS.iter().any(|marker| after.starts_with(marker))
    }) || conditions_in_words(text, sentence)
}

/// Lemmas of what befalls a person that the list's words do not reach:
/// being caught by the police, a stay in hospital.
const CONDITION_LEMMAS: &[&str] = &["捕まる", "入院"];

/// Whether `s` has a character of [`conditions_in_words`]' words.
fn may_tell_conditions(s: &str) -> bool {
    ["がん", "癌", "捕ま", "入院"].iter().any(|w| s.contains(w))
}

/// Conditions told in words the list cannot match: a cancer named by its
/// organ in one word (`乳がん`, `胃癌`), or [`CONDITION_LEMMAS`]. Read only
/// when the sentence has one of their characters.
fn conditions_in_words(text: &Normalized, sentence: &Range<usize>) -> bool {
    if !may_tell_conditions(&text.original[sentence.clone()]) {
        return false;
    }
    let compact = text.compact.view_range(sentence.clone());
    let words = words_under(text, &compact);
    words.tokens.iter().any(|t| {
        (t.pos() == "名詞" && t.surface().chars().count() > 2 && (t.surface().ends_with("がん") || t.surface().ends_with('癌'))) || CONDITION_LEMMAS.contains(&&*t.lemma())
    })
}

/// Marks that stand for the letters of a hidden name: the text's masking
/// marks, and `△`, which hides names (`△△先生`) but is too common as a mark
/// of its own (`○△×` in a table) to hide characters anywhere.
fn is_name_mask(c: char) -> bool {
    is_masking(c) || c == '△'
}

/// Names hidden behind one to three marks, or an initial, and a title:
/// `○○さん`, `△△先生`, `K先生` (ranges in the folded view).
fn masked_names(view: &View) -> Vec<Range<usize>> {
    let s = view.as_str();
    let mut found = Vec::new();
    for title in ["さん", "くん", "ちゃん", "君", "先生", "様"] {
        for (at, _) in s.match_indices(title) {
            let masks = s[..at].chars().rev().take_while(|&c| is_name_mask(c)).count();
            let initial = masks == 0 && s[..at].ends_with(|c: char| c.is_ascii_alphabetic()) && !s[..at][..at - 1].ends_with(|c: char| c.is_ascii_alphabetic());
            let len = if (1..=3).contains(&masks) { s[..at].chars().rev().take(masks).map(char::len_utf8).sum() } else if initial { 1 } else { continue };
            found.push(at - len..at + title.len());
        }
    }
    found.sort_by_key(|r| (r.start, r.end));
    found
}

/// What in a sentence (original bytes) may tie its names to a student: a
/// class, a birthday with a date, a score.
#[derive(Clone, Copy)]
struct SentenceTies {
    class: bool,
    birthday: bool,
    score: bool,
    condition: bool,
}

impl SentenceTies {
    fn of(text: &Normalized, labels: &Labels, classes: &[Range<usize>], sentence: &Range<usize>) -> SentenceTies {
        let inside = |r: &Range<usize>| sentence.start <= r.start && r.end <= sentence.end;
        let sentence_text = &text.folded.as_str()[text.folded.view_range(sentence.clone())];
        let first = classes.partition_point(|r| r.start < sentence.start);
        SentenceTies {
            class: classes[first..].iter().take_while(|r| r.start < sentence.end).any(inside),
            birthday: labels.inside(Kind::Birthday, sentence).next().is_some() && has_date(sentence_text) && !born_long_ago(sentence_text),
            score: labels.inside(Kind::Score, sentence).next().is_some() || has_score(sentence_text),
            condition: conditions_of_people(text, labels, sentence),
        }
    }
}

/// Kana words that follow a surname in brackets without being a given
/// name (`（山田 ほか）`, `（佐藤さま）`).
const NOT_GIVEN_NAMES: &[&str] = &["ほか", "など", "さま", "ら", "たち", "ぶん", "まで", "より"];

/// Words for people in general that take an honorific where a given name
/// would (`3年生のみなさん`, `2年1組の生徒さん`).
const NOT_NAMES: &[&str] = &["みな", "みんな", "皆様", "生徒", "児童", "担任", "保護者", "お客"];

/// The end of a given name and its honorific starting at byte `at` of the
/// compact view (`さくらさん`, `翔太くん`): at least two characters, and not
/// a word for people in general.
fn given_name_end(view: &View, at: usize) -> Option<usize> {
    let end = name_end(view, at, 0)?;
    let name = HONORIFICS.iter().find_map(|h| view.as_str()[at..end].strip_suffix(h))?;
    (name.chars().count() >= 2 && !NOT_NAMES.contains(&name)).then_some(end)
}

/// Kana words that follow a class as a full name's two words would and are
/// no name: people in general, days, greetings, and the words of a title.
const NOT_KANA_NAMES: &[&str] = &[
    "みんな", "みなさん", "ぜんいん", "せんせい", "ともだち", "なかま", "くらす", "ちーむ", "めんばー", "きょう", "あした", "きのう", "こんど",
    "これから", "はじめて", "いっしょ", "げんき", "がんばる", "がんばれ", "ふぁいと", "おおきな", "ちいさな", "たのしい", "すてきな", "なかよし",
];

/// The end of a full name in kana starting at byte `at` of the folded view
/// (`やまだ ゆい`, `クドウ アカリ`): two words of two to four kana of one
/// script with a space between, standing alone (the text ends, breaks a line,
/// closes a bracket or stops with a mark after it, or an honorific follows:
/// `あべ ゆうと くん`). Spaces between every phrase of a sentence written
/// for young children (`きょう は えんそく`) make words that stand with
/// more words after them.
fn kana_full_name(view: &View, at: usize) -> Option<usize> {
    let s = view.as_str();
    let script = view.script_at(at).filter(|script| matches!(script, Script::Hiragana | Script::Katakana))?;
    let (family_end, family) = run(view, at, script, 5);
    let space = s[family_end..].chars().next().filter(|c| matches!(c, ' ' | '\u{3000}'))?;
    let given_at = family_end + space.len_utf8();
    let (given_end, given) = run(view, given_at, script, 5);
    let words = [&s[at..family_end], &s[given_at..given_end]];
    if !(2..=4).contains(&family) || !(2..=4).contains(&given) || words.iter().any(|w| NOT_KANA_NAMES.contains(w)) {
        return None;
    }
    let after = s[given_end..].trim_start_matches([' ', '\u{3000}']);
    let stands_alone = after.is_empty()
        || HONORIFICS.iter().any(|h| after.starts_with(h))
        || after.starts_with(|c: char| c == '\n' || !(c.is_alphanumeric() || c.is_whitespace()));
    stands_alone.then_some(given_end)
}

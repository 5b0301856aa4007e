//! Consent given: where a post says that the owner of a work or the person
//! shown agreed to its use (`保護者の許可を得ています`, `作者に了承もらって
//! ます`, `承諾を受けて掲載`, `with permission`). Rules that flag a use
//! made without consent (`rights`, a pupil's name in `personal-info`) read
//! it as the writer's care, not a violation.
//!
//! A class, not a list of sentences: a permission noun (`許可`, `同意`,
//! `了承`, `承諾`, `OK`…) with a verb of receiving it (`得る`, `もらう`,
//! `いただく`, `取る`, `受ける`, `出る`…, every inflection) right after it,
//! told as done (`得て`, `得た`, `得ています`). The same words say the
//! violation when negated (`許可を得ずに`, `同意を取っていません`,
//! `許可もらえてない`), and nothing was given when they ask or advise
//! (`ご了承いただきますよう`, `許可を得てください`, `得る必要があります`,
//! `もらえたら`): those are no consent.

use std::ops::Range;

use super::context::{neighbourhood, words_under};
use super::lists;
use super::Context;
use crate::text::Normalized;
use crate::words::Token;

/// Where the post says that consent was given (compact-view ranges of the
/// permission nouns and English statements).
pub fn statements(cx: &Context) -> Vec<Range<usize>> {
    let text = cx.text;
    let view = text.compact.as_str();
    let matches = lists::PERMISSION.find_gating_lemmas(
        text,
        |tag| tag == "receive",
        |others| others.filter(|(_, tag)| *tag == "noun").map(|(range, _)| range).collect(),
    );
    let nouns = matches.iter().filter(|m| m.tag == "noun");
    let given_after = |noun: &Range<usize>| {
        matches.iter().any(|m| match m.tag {
            "done" => m.range.start == noun.end,
            "receive" => m.range.start >= noun.end && joins(&view[noun.end..m.range.start]) && told_as_done(text, &m.range),
            _ => false,
        })
    };
    let english = matches.iter().filter(|m| m.tag == "given" && !negated_before(&view[..m.range.start]));
    nouns.filter(|n| given_after(&n.range)).chain(english).map(|m| m.range.clone()).collect()
}

/// Whether consent is said for what lies at `range` (compact view): in
/// its sentence or one next to it, as a note beside a photo or a quoted
/// work is (`（保護者の了承を得て掲載しています）`). Consent to one photo in
/// a long post says nothing of a pupil's illness told further on.
pub fn given_for(cx: &Context, statements: &[Range<usize>], range: &Range<usize>) -> bool {
    let near = neighbourhood(&cx.text.compact, range);
    statements.iter().any(|s| near.start <= s.start && s.end <= near.end)
}

/// Nouns of the permission a use needs (`許可`, `同意`…) and of asking for
/// it (`確認`, `断り`), as the compact view writes them: what
/// [`withheld`] starts from. A consent form (`同意書`) counts too: forms
/// not back are consent not given.
pub const ASKED_FOR: &[&str] = &["許可", "許諾", "了承", "了解", "同意", "承諾", "確認", "断り"];

/// Whose say a `確認` asks (`保護者への確認`, `掲載の確認`): without one of
/// them just before it, a check is of facts (`事実は確認できていません`).
const ASKED_OF: &[&str] = &["掲載", "保護者", "本人", "家庭", "家族", "学校", "作者", "出版社", "権利者", "使用", "利用"];

/// Verbs that get, take or bring back permission, or ask for it (`取る`,
/// `もらう`, `聞く`, `する` of `確認する`, forms `戻ってくる`).
const GETTING: &[&str] = &[
    "得る", "取る", "とる", "取れる", "とれる", "もらう", "貰う", "もらえる", "いただく", "頂く", "いただける", "受ける", "出る", "する", "できる", "聞く", "戻る", "返る", "集まる", "そろう", "揃う", "取り付ける",
];

/// Words that put the asking off (`許可？あとで取るわ`, `同意は後日`).
const LATER: &[&str] = &["あと", "後", "後で", "あとで", "後から", "あとから", "これから", "後日", "後ほど", "事後"];

/// Where a post says that the permission a use needs was not got, or is
/// put off (compact-view ranges, from the noun to the words that say so):
/// a permission noun of [`ASKED_FOR`] (`確認` only when whose say it asks
/// is named before it: `掲載の確認`, `保護者の方への確認`) and, in its clause,
/// a verb of getting it negated (`許可は取っていません`, `掲載の確認はして
/// おりません`, `同意書はまだ半分しか戻ってきていません`), the asking skipped
/// (`確認は省略しております`), or put off (`許可？あとで取るわ`). Said in any
/// inflection and with any particle, where a list holds only its spellings.
/// Getting it told as done or asked for (`許可を得て`, `許可を得てください`)
/// is no withholding; whether something is put up with it is the caller's
/// question.
pub fn withheld(cx: &Context) -> Vec<Range<usize>> {
    let text = cx.text;
    let view = &text.compact;
    let s = view.as_str();
    let mut found: Vec<Range<usize>> = Vec::new();
    for noun in ASKED_FOR {
        for at in cx.anchors().find(noun) {
            let range = at..at + noun.len();
            if found.last().is_some_and(|f| range.start < f.end) {
                continue;
            }
            if *noun == "確認" {
                let before = &s[view.sentence(&range).start..at];
                let before = ["への", "の", "に"].iter().find_map(|p| before.strip_suffix(p)).unwrap_or(before);
                let before = ["の方", "方"].iter().find_map(|p| before.strip_suffix(p)).unwrap_or(before);
                if !ASKED_OF.iter().any(|w| before.ends_with(w)) {
                    continue;
                }
            }
            let under = words_under(text, &range);
            // The noun as a word of its own or the head of one (`同意書`,
            // `掲載許可`), not inside another (`許可証` is a thing).
            if under.tokens.last().is_some_and(|t| matches!(t.lemma().as_ref(), "証" | "欲求" | "済み" | "済")) {
                continue;
            }
            if let Some(end) = withheld_after(under.after()) {
                let end = text.compact_of_folded(end..end).end;
                found.push(range.start..end.max(range.end));
            }
        }
    }
    found.sort_by_key(|r| r.start);
    found
}

/// Where the words after a permission noun end (folded view) if they say
/// it was not got, skipped or put off: particles, adverbs and counts
/// (`は`, `まだ`, `半分ほどしか`), a question mark just after the noun
/// (`許可？`), then a verb of [`GETTING`] negated, `省略`, or a word of
/// [`LATER`] and a verb of getting not negated.
fn withheld_after<'w>(after: impl Iterator<Item = &'w Token>) -> Option<usize> {
    let words: Vec<&Token> = after.take(16).collect();
    let mut later = false;
    for (i, t) in words.iter().enumerate().take(8) {
        let lemma = t.lemma();
        if t.is_mark() || matches!(t.surface(), "?" | "？") {
            if i == 0 && matches!(t.surface(), "?" | "？") {
                continue;
            }
            return None;
        }
        if lemma == "省略" {
            return Some(t.range.end);
        }
        if LATER.contains(&lemma.as_ref()) {
            later = true;
            continue;
        }
        if t.pos() == "動詞" && t.subclass() == "自立" {
            if !GETTING.contains(&lemma.as_ref()) {
                return None;
            }
            // `取っていません`: `ん` may come out as a noun after `ませ`.
            let inflected = words[i + 1..].iter().take_while(|w| match w.pos() {
                "助動詞" | "助詞" => true,
                "動詞" => w.subclass() != "自立" || w.lemma() == "する",
                "形容詞" => w.lemma() == "ない",
                "名詞" => w.surface() == "ん",
                _ => false,
            });
            let (mut end, mut negated, mut last, mut count) = (t.range.end, false, "", 0);
            for w in inflected {
                negated |= super::context::negates(w) || (w.surface() == "ん" && last == "ませ");
                last = w.surface();
                end = w.range.end;
                count += 1;
            }
            // A permission not got that describes what follows (`許可を
            // いただいていない児童`, `同意いただけない場合は`) tells of no use.
            if words.get(i + 1 + count).is_some_and(|w| w.pos() == "名詞") {
                return None;
            }
            return (negated != later).then_some(end);
        }
        let counts = t.pos() == "名詞" && (matches!(t.subclass(), "数" | "副詞可能" | "接尾" | "非自立") || matches!(t.surface(), "まだ" | "半分" | "一部" | "全員"));
        if !(counts || matches!(t.pos(), "助詞" | "副詞" | "接頭詞" | "連体詞")) {
            return None;
        }
    }
    None
}

/// Whether the text between a permission noun and a verb joins them into
/// one phrase: nothing, or a particle (`許可を得て`, `了承は取って`, `OKが出た`,
/// `許可をきちんと得て`, but not across a clause).
fn joins(between: &str) -> bool {
    between.chars().count() <= 4 && !between.contains(['、', '。', ',', '.', '!', '?', '！', '？'])
}

/// Whether the verb at `range` (a lemma match, with its inflection) tells
/// the receiving as done: a `て`, `た` or `ます` form, or a stem that ends a
/// clause, that no negation, request, wish or condition follows before the
/// next verb of its own.
fn told_as_done(text: &Normalized, range: &Range<usize>) -> bool {
    let under = words_under(text, range);
    let said = under.tokens.iter().skip(1).copied();
    // The auxiliaries and particles of the verb: up to a punctuation mark
    // or the next verb that stands on its own (`得て掲載`: `掲載` is not
    // the verb's).
    let tail: Vec<&Token> = said
        .chain(under.after().take_while(|t| t.pos() != "記号" && !(t.pos() == "動詞" && t.subclass() == "自立")).take(6))
        .collect();
    // A clause may end on the verb's stem: `同意をいただき、お名前を載せています`.
    let stem_then_comma = || {
        tail.is_empty() && under.tokens.last().is_some_and(|t| t.form().starts_with("連用")) && under.after().next().is_some_and(|t| t.surface() == "、")
    };
    let done = tail.iter().any(|t| matches!(t.lemma().as_ref(), "た" | "ます") || (t.pos() == "助詞" && matches!(t.surface(), "て" | "で")))
        || stem_then_comma();
    let not_done = tail.iter().any(|t| {
        matches!(t.lemma().as_ref(), "ない" | "ぬ" | "ず" | "ん" | "たい" | "くださる" | "下さる" | "う" | "よう" | "たら")
            || (t.pos() == "助詞" && matches!(t.surface(), "ば" | "か" | "よう"))
            || matches!(t.surface(), "よう" | "たら" | "だら")
    });
    done && !not_done
}

/// Whether an English statement of consent is negated by the words just
/// before it (`didn't get permission`, `never got consent`).
fn negated_before(before: &str) -> bool {
    let start = before.char_indices().rev().nth(12).map_or(0, |(i, _)| i);
    let near = &before[start..];
    ["n't", "n’t", "not", "never", "without", "no "].iter().any(|w| near.contains(w))
}

#[cfg(test)]
mod tests {
    use crate::config::Config;
    use crate::rules::Context;
    use crate::text::Normalized;

    fn given(text: &str) -> bool {
        let n = Normalized::new(text);
        let config = Config::default();
        !super::statements(&Context::new(&n, &[], &config)).is_empty()
    }

    #[test]
    fn permission_received_is_consent_in_any_inflection() {
        for text in [
            "掲載している写真は、保護者の同意をいただいたものです。",
            "アニメのキャラクターを使いました。制作会社の許可を得ました。",
            "作者さんに了承もらってます！",
            "ご本人・保護者の了承を得て掲載しています",
            "新聞社の許諾を受けて転載しています",
            "出版社から使用許可が出たので、表紙に使いました",
            "全員の保護者にOKもらったので載せます",
            "写真は掲載許可済みです",
            "保護者の承諾をとってから撮影しました",
            "We used the song with permission from the label.",
            "I got permission from every family first.",
        ] {
            assert!(given(text), "{text}");
        }
    }

    #[test]
    fn permission_negated_asked_for_or_advised_is_none() {
        for text in [
            "保護者の許可を得ずに、運動会の写真をアップしました",
            "同意を取っていませんが、顔写真を載せます",
            "許可もらってないけど載せちゃう",
            "作者の了承は得ていないけど、かわいいので使いました",
            "許可を得ないまま使いました",
            "写真の掲載について、ご了承いただきますようお願いします",
            "使う前に、作者の許可を得てください",
            "写真を載せるには、保護者の同意を得る必要があります",
            "許可がもらえたら載せようかな",
            "許可なく載せました",
            "I didn't get permission from the parents.",
            "Posted it without permission lol",
            "同意書を配りました",
        ] {
            assert!(!given(text), "{text}");
        }
    }
}

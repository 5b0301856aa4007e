//! `insult`: Insults and defamation (侮蔑・誹謗中傷).

use std::ops::Range;

use super::context::{as_listed, has_tag, is_commanded_or_asked, is_good_wished, sentences_holding, with_sentence_after, with_sentence_before, words_under};
use super::lists;
use super::{declare_rule, Context, Rule, RuleMeta};
use crate::finding::Finding;
use crate::text::spans::{Enclosing, Inside};
use crate::text::terms::TermMatch;
use crate::text::Normalized;
use crate::words::{Token, Under};


declare_rule! {
    /// ### What it does
    /// Flags words of contempt for people, in Japanese and English: `バカ`,
    /// `アホ`, `クズ`, `キモい`, `死ね`, `無能`, `idiot`, `loser`, `kill
    /// yourself`… in any width or kana, spaced out (`バ カ`), stretched
    /// (`ば〜か`) or masked (`死○`, `id*ot`, `st*pid`). Ordinary words that contain them are left
    /// alone (`ばかり`, `バカンス`, `カステラ`, `紙くず`, `はげまし`, `アホウドリ`,
    /// `class`, `Scunthorpe`), and so are words that are only *mentioned*: quoted
    /// or taught, as in an anti-bullying post about 「キモい」.
    ///
    /// Hostile commands and wishes are flagged in every inflection and
    /// spelling (`黙れ`, `黙ってろ`, `消えろ`, `消えてほしい`, `しね`, `タヒね`), but
    /// not statements (`黙って聞く`, `電気が消えた`). Judgements (`ゴミ`,
    /// `使えない`, `頭悪い`, `ポンコツ`, `終わってる`) are flagged when said of a
    /// person (`あの担任は使えない`), not of a thing (`このカードは使えない`); a
    /// verdict without a subject of its own is said of whom the sentence
    /// before was about (`うちの新人、また遅刻。ほんとポンコツ。`). So is a
    /// quality of mind or manners said to be missing or poor (`常識ないんですか`,
    /// `中身ゼロ`, `協調性に欠ける`, `センスない子`), read in words, not listed,
    /// and praise turned by a frame of irony (`口だけは一流ですね`, `ある意味天才`,
    /// `ご指導ありがとうございます（棒）`). A person held up against a beast or a
    /// thing (`猿のほうがまだマシ`, `豚に失礼`, `壁に話してるみたい`), asked whether
    /// they have ears or eyes at all (`目ついてんの？`; in English, said to have
    /// a mind or manners no better than a thing's: `the IQ of a snow
    /// shovel`), or wished gone in a soft
    /// form (`いなくなってくれたら平和なのに`) is run down too, as is a trait
    /// joined to `野郎` (`腰抜け野郎`) and all contact refused (`顔も見たくない`);
    /// garbage that is the subject of its own verb (`河原のゴミが増えた`) is
    /// no verdict on anyone.
    ///
    /// ### Why it matters
    /// Guideline 4(7) forbids posting insults or defamation (侮蔑・誹謗中傷).
    /// A post from a school or the Board speaks for it; contempt for a pupil,
    /// a parent, a colleague or a referee hurts them and the trust in the
    /// school, and cannot be fully deleted once published.
    ///
    /// ### Examples
    /// Flagged: `文句ばっかり言うバカ親`, `クレーム電話の人、マジでクズ`,
    /// `The ref was a complete idiot.`
    ///
    /// Not flagged: `入学したばかりの1年生`, `バカンス気分`,
    /// `「キモい」「ウザい」は相手を傷つけます`, `a speaking assessment in class`.
    Insult {
        id: "insult",
        clause: "4(7)",
        severity: Error,
        title: "侮蔑・誹謗中傷",
        title_en: "Insults and defamation",
        docs: "### 何を検出するか\n\
人をさげすむ言葉（`バカ`、`アホ`、`クズ`、`キモい`、`死ね`、`無能`、`idiot` など）を、全角・半角、ひらがな・カタカナ、\
間に空白を入れた書き方（`バ カ`）、伸ばした書き方（`ば〜か`）、伏せ字（`死○`、`id*ot`、`st*pid`）も含めて検出します。\
その語を含むだけの普通の言葉（`ばかり`、`バカンス`、`カステラ`、`紙くず`、`はげまし`、`アホウドリ`）や、\
いじめ防止の呼びかけで「キモい」と引用する場合のように、言葉を取り上げているだけの文は対象外です。\
`黙れ`、`黙ってろ`、`消えろ`、`消えてほしい`、`しね`、`タヒね` のような命令・願望は活用や表記を問わず検出し、\
`黙って聞く`、`電気が消えた` のような叙述は対象外です。`ゴミ`、`使えない`、`頭悪い`、`ポンコツ`、`終わってる` などの評価は、\
人について言う場合（`あの担任は使えない`）に検出し、物について言う場合（`このカードは使えない`）は対象外です。\
主語のない評価（`ほんとポンコツ。`）は、直前の文の人物（`うちの新人、また遅刻。`）について言ったものとして扱います。\
人の常識・能力・品などが欠けている、低いという評価（`常識ないんですか`、`中身ゼロ`、`協調性に欠ける`）や、\
皮肉としてのほめ言葉（`口だけは一流ですね`、`ある意味天才`、`ご指導ありがとうございます（棒）`）も同じように扱います。\
動物や物と比べてさげすむ言い方（`猿のほうがまだマシ`、`豚に失礼`、`壁に話してるみたい`。英語では `the IQ of a snow shovel` のように知性や人柄を物並みと言うもの）、`目ついてんの？` のような問いかけ、\
`いなくなってくれたら平和なのに` のような遠回しの願望も検出します。性質を表す言葉に「野郎」を付けた呼び方（`腰抜け野郎`）や、一切の関わりを拒む言い方（`顔も見たくない`）も同じです。自分の動詞の主語になっているゴミ（`河原のゴミが増えた`）は人への評価ではありません。\n\n\
### なぜ問題か\n\
ガイドライン4(7)は侮蔑・誹謗中傷の発信を禁じています。学校や教育委員会の投稿は組織の発信であり、\
児童生徒・保護者・同僚・相手チームなどをさげすむ言葉は、相手を傷つけ、学校への信頼を損ないます。\
一度公開した情報は完全には削除できません。\n\n\
### 例\n\
検出する：`文句ばっかり言うバカ親`、`クレーム電話の人、マジでクズ`\n\n\
検出しない：`入学したばかりの1年生`、`バカンス気分`、`「キモい」「ウザい」は相手を傷つけます`\n",
    }
}

/// The insults in the text of `cx` as written (compact-view ranges), whether used or
/// only mentioned; other rules read them as derogatory words. Entries tagged
/// `command` count only as a command or a wish, entries tagged `judgement`
/// only when said of a person, entries tagged both only as a command or a
/// wish said of a person.
///
/// A person a Japanese judgement is said of is named (or spoken to) in its
/// sentence or the one before ([`is_said_of_a_person`]), so the judgements'
/// lemma entries, which need words, are looked for only in the sentences
/// where the people list may have a term and the ones after them
/// ([`crate::text::terms::TermList::places`]): `=ダサい`'s trigger `ださ`
/// is in every `ください`. Measured in the crate docs of [`crate::words`].
pub fn insult_words(cx: &Context) -> Vec<InsultWord> {
    let text = cx.text;
    // Where the people list may have a term, in order: found once, for the
    // judgements' sentences and for self-mockery.
    let people_places = std::cell::OnceCell::new();
    let people_places = || {
        people_places.get_or_init(|| {
            let mut places = lists::PEOPLE.places(text, |_| true);
            places.sort_by_key(|p| p.start);
            places
        })
    };
    // The sentences around them, found once: the judgements' lemma entries
    // and the qualities said to be lacking both read there (found twice,
    // 0.23 M of the bench's 10,000-character check, callgrind).
    let people_near = std::cell::OnceCell::new();
    let people_near = || {
        people_near.get_or_init(|| {
            let mut near: Vec<Range<usize>> = people_places().iter().map(|person| with_sentence_after(&text.compact, person)).collect();
            near.sort_by_key(|r| (r.start, r.end));
            near.dedup();
            near
        })
    };
    let found = as_listed(text, lists::INSULT.find_gating_lemmas(text, |tag| has_tag(tag, "judgement"), |_| people_near().clone()));
    // A quality a person is said to lack (`常識ない`, `センスゼロ`), read in
    // words where the list has no word of its own.
    let listed = Inside::new(found.iter().map(|m| m.range.clone()));
    let lacking: Vec<Range<usize>> = if people_places().is_empty() {
        Vec::new()
    } else {
        lacking_qualities(cx, people_near()).into_iter().filter(|r| !listed.any_within(r)).collect()
    };
    // A beast found better than someone (`猿のほうがまだマシ`) runs a person
    // down wherever it stands; one talked to (`猿に授業してる気分`) only
    // when a person is named.
    let (lesser_alone, lesser_talked_to): (Vec<_>, Vec<_>) = compared_to_lesser(cx).into_iter().filter(|(r, _)| !listed.any_within(r)).partition(|(_, alone)| *alone);
    let ironic = if people_places().is_empty() {
        Vec::new()
    } else {
        let mut ironic = ironic_praise(cx);
        ironic.extend(lesser_talked_to.into_iter().map(|(r, _)| r));
        ironic
    };
    let people = std::cell::OnceCell::new();
    let people = || {
        people.get_or_init(|| {
            let judgements = found.iter().filter(|m| has_tag(m.tag, "judgement")).map(|m| m.range.clone());
            People::new(text, &judgements.chain(lacking.iter().cloned()).chain(ironic.iter().cloned()).collect::<Vec<_>>())
        })
    };
    let ironic_of_a_person = ironic.iter().filter(|r| is_about_a_person(text, people(), r)).map(|r| InsultWord { range: r.clone(), verdict: true });
    let lacking_said_of_a_person = lacking
        .iter()
        .filter(|r| !is_said_of_many(text, r) && (is_said_of_a_person(text, people(), r) || is_followed_by_a_person(text, people(), r)))
        .map(|r| InsultWord { range: r.clone(), verdict: true });
    found
        .iter()
        .filter(|m| {
            if has_tag(m.tag, "command") {
                // A wish that is hostile only when aimed at a person
                // (`教頭なんていなくなればいい`; not `キツネが畑からいなくなればいい`) is both.
                is_command_or_wish(text, &m.range) && (!has_tag(m.tag, "judgement") || is_wished_of_a_person(text, people(), &m.range))
            } else if has_tag(m.tag, "judgement") && starts_latin(text, &m.range) {
                is_predicated_of_a_person_en(text, people(), &m.range)
            } else if has_tag(m.tag, "judgement") {
                // Or, a predicate, said before the person it describes
                // (`品のない人`, `頭の悪い先生`), as a quality said to be
                // lacking is; a noun before a person is a compound
                // (`腰抜け野郎`: [`fellow_by_a_trait`]).
                is_said_of_a_person(text, people(), &m.range)
                    || (is_predicate(text, &m.range) && !is_said_of_many(text, &m.range) && is_followed_by_a_person(text, people(), &m.range))
            } else {
                !is_idiom_or_degree(text, &m.range) && !is_self_mockery(text, people_places(), &m.range)
            }
        })
        .map(|m| InsultWord { range: m.range.clone(), verdict: has_tag(m.tag, "judgement") || has_tag(m.tag, "command") })
        .chain(lacking_said_of_a_person)
        .chain(ironic_of_a_person)
        .chain(lesser_alone.into_iter().map(|(range, _)| InsultWord { range, verdict: true }))
        .chain(organ_in_doubt(cx).into_iter().filter(|r| !listed.any_within(r)).map(|range| InsultWord { range, verdict: true }))
        .chain(quality_of_a_thing(text).into_iter().filter(|r| !listed.any_within(r)).map(|range| InsultWord { range, verdict: true }))
        .chain(fellow_by_a_trait(text).into_iter().filter(|r| !found.iter().any(|m| m.range.start < r.end && r.end <= m.range.end)).map(|range| InsultWord { range, verdict: false }))
        .collect()
}

/// Whether the words at `range` end in an adjective or an auxiliary
/// (`品のない`, `頭の悪い`), not a noun.
fn is_predicate(text: &Normalized, range: &Range<usize>) -> bool {
    words_under(text, range).tokens.last().is_some_and(|t| matches!(t.pos(), "形容詞" | "助動詞"))
}

/// A man called by a trait with `野郎` after it, in one compound
/// (`腰抜け野郎`, `チキン野郎`, `ケチ野郎`): contempt wherever it stands, like
/// the listed `バカ野郎`. Not `野郎` on its own (`野郎ばかりの合宿` is a crowd
/// of men) nor after a demonstrative, a particle or a number. As compact-view
/// ranges from the trait to `野郎`.
fn fellow_by_a_trait(text: &Normalized) -> Vec<Range<usize>> {
    if !text.compact.as_str().contains("野郎") {
        return Vec::new();
    }
    let tokens = words_under(text, &(0..text.compact.as_str().len())).tokens;
    tokens
        .windows(2)
        .filter(|pair| {
            let [trait_word, fellow] = pair else { return false };
            fellow.surface() == "野郎"
                && trait_word.range.end == fellow.range.start
                && trait_word.pos() == "名詞"
                && !matches!(trait_word.subclass(), "代名詞" | "数" | "接尾" | "非自立")
                && !trait_word.is_mark()
        })
        .map(|pair| text.compact_of_folded(pair[0].range.start..pair[1].range.end))
        .collect()
}

/// Words that grant one merit to deny the rest (`口だけは`), or praise in a
/// sense of their own (`ある意味`): the frames of [`ironic_praise`].
pub(super) const IRONY_FRAMES: &[&str] = &["だけは", "にしては", "ある意味"];

/// Marks that say the sentence before them is not meant ([`ironic_praise`]).
pub(super) const NOT_MEANT: &[&str] = &["(棒)", "(棒読み)", "(褒めてない)", "(ほめてない)"];

/// Praise that, framed as a concession or marked as not meant, runs
/// someone down (`口だけは一流ですね`, `ある意味天才`, `ご指導ありがとうございます
/// (棒)`): the frame and the praise, as compact-view ranges. The praise is
/// read in words, by lemma ([`PRAISE`]); a mark of irony after a sentence
/// (`(棒)`, `(褒めてない)`) makes the whole sentence before it ironic.
fn ironic_praise(cx: &Context) -> Vec<Range<usize>> {
    /// How many words after a frame its praise may come (`口だけは道内でも
    /// トップクラス`).
    const REACH: usize = 6;
    let text = cx.text;
    let view = text.compact.as_str();
    let mut found = Vec::new();
    let mut key = String::new();
    for frame in IRONY_FRAMES {
        // Praise in a sense of its own is of a mind or a feat.
        let praise: &[&str] = if *frame == "ある意味" { &["天才", "才能", "すごい", "凄い"] } else { PRAISE };
        for at in cx.anchors().find(frame) {
            let frame_range = at..at + frame.len();
            let sentence = text.compact.sentence(&frame_range);
            let under = words_under(text, &frame_range);
            let praised = under.after().take(REACH).take_while(|t| !t.is_mark()).find(|t| {
                t.lemma_key_into(&mut key);
                praise.contains(&key.as_str())
            });
            if let Some(word) = praised {
                let end = text.compact_of_token(word).end;
                if end <= sentence.end {
                    found.push(at..end);
                }
            }
        }
    }
    for mark in NOT_MEANT {
        for at in cx.anchors().find(mark) {
            let sentence = text.compact.sentence(&(at..at));
            // The mark may stand after the sentence's full stop.
            let start = if view[sentence.start..at].trim().is_empty() {
                view[..sentence.start].char_indices().next_back().map_or(sentence.start, |(i, _)| text.compact.sentence(&(i..i)).start)
            } else {
                sentence.start
            };
            if start < at {
                found.push(start..at + mark.len());
            }
        }
    }
    found.sort_by_key(|r| (r.start, r.end));
    found.dedup();
    found
}

/// Beasts and things a person may be held up against (`猿`, `置物`,
/// `幼稚園児`), as lemma keys (katakana as hiragana), which are how the
/// compact view spells them too: a sentence is read in words only where
/// it holds one of them ([`Context::anchors`]) and a word of a comparison.
pub(super) const LESSER: &[&str] = &[
    "猿", "さる", "おさる", "ちんぱんじー", "ごりら", "牛", "豚", "ぶた", "犬", "いぬ", "鶏", "にわとり", "馬", "虫", "動物", "置物", "おきもの", "石", "壁", "案山子",
    "かかし", "ろぼっと", "幼稚園児", "園児", "小学生", "赤ちゃん",
];

/// The words of a comparison ([`compared_to_lesser`]), as the compact view
/// spells them.
pub(super) const COMPARING: &[&str] = &["ほう", "方が", "気分", "みたい", "失礼", "並み", "以下"];

/// A person held up against a beast or a thing and found wanting
/// (`チンパンジーのほうがまだ礼儀正しい`, `置物のほうがマシ`, `猿に授業してる
/// 気分`, `牛と話してるほうがまだ通じる`, `豚に失礼`): the beast and the words
/// of the comparison, as compact-view ranges. Who is run down is named in
/// the sentence or the one before ([`is_about_a_person`]) when the beast is
/// only talked to; a beast found better, or wronged by the comparison, says
/// so by itself (`true` with the range).
fn compared_to_lesser(cx: &Context) -> Vec<(Range<usize>, bool)> {
    /// How many words after the beast the comparison may end.
    const REACH: usize = 7;
    let text = cx.text;
    let mut found = Vec::new();
    let mut key = String::new();
    let sentences = sentences_holding(cx, LESSER).into_iter().map(|(_, sentence)| sentence);
    for sentence in sentences {
        if !cx.anchors().any_within(COMPARING, &sentence) {
            continue;
        }
        let tokens = words_under(text, &sentence).tokens;
        for (at, beast) in tokens.iter().enumerate() {
            if beast.pos() != "名詞" {
                continue;
            }
            beast.lemma_key_into(&mut key);
            if !LESSER.contains(&key.as_str()) {
                continue;
            }
            let rest = &tokens[at + 1..tokens.len().min(at + 1 + REACH)];
            let surface = |i: usize| rest.get(i).map_or("", |t| t.surface());
            // `猿以下`, `ニワトリ並み` (not of children: `小学生以下` is an
            // age limit); `豚に失礼`.
            let child = matches!(key.as_str(), "幼稚園児" | "園児" | "小学生" | "赤ちゃん");
            let end = if !child && matches!(surface(0), "以下" | "並み" | "並") {
                Some((0, true))
            } else if surface(0) == "に" && surface(1) == "失礼" {
                Some((1, true))
            } else {
                // `…のほうがまだ`, `…ほうがよっぽど`, `…ほうがマシ`: the beast
                // does better; `…に(と)…してる気分`: talking to one.
                let better = rest.iter().position(|t| matches!(t.surface(), "ほう" | "方")).filter(|&i| surface(i + 1) == "が").and_then(|i| {
                    let better_word = |t: &&&Token| matches!(t.lemma().as_ref(), "まだ" | "よっぽど" | "よほど" | "まし" | "マシ" | "ずっと" | "はるか" | "百倍");
                    // `マシ` may close the sentence (`置物のほうが電気代かからないだけマシ`).
                    let worth = |t: &&Token| matches!(t.lemma().as_ref(), "まし" | "マシ");
                    let after_ga = tokens.get(at + 1 + i + 2..).unwrap_or_default();
                    after_ga.first().filter(better_word).map(|_| i + 2).or_else(|| after_ga.iter().position(|t| worth(&t)).map(|j| i + 2 + j))
                });
                let like = || {
                    let talked_to = matches!(surface(0), "に" | "と") && rest.iter().take(4).any(|t| t.pos() == "動詞");
                    rest.iter().position(|t| matches!(t.surface(), "気分" | "みたい")).filter(|_| talked_to)
                };
                better.map(|i| (i, true)).or_else(|| like().map(|i| (i, false)))
            };
            if let Some((end, alone)) = end {
                found.push((text.compact_of_tokens(beast, tokens[at + 1 + end]), alone));
            }
        }
    }
    found
}

/// Qualities of mind and manner a person is said to have no more of than
/// a thing or a beast (`the IQ of a snow shovel`); not those praise gives
/// as a saint's or an elephant's (`patience`, `memory`, `personality`).
const EN_QUALITIES: &[&str] = &[
    "iq", "brain", "brains", "brainpower", "intelligence", "emotional range", "attention span", "social skills", "people skills", "common sense", "tact",
    "manners", "spine", "backbone", "english level", "tactical genius",
];

/// A person said to have a quality of mind or manner ([`EN_QUALITIES`]) no
/// greater than a thing's or a beast's (`has the IQ of a snow shovel`, `with
/// the personality of a wet cardboard box`, `all the tactical genius of a
/// snowplow`): English's `猿以下`. `has`, `had`, `have`, `with` or `got`
/// (`all` may follow) before `the`, the quality, `of a`/`of an` and the
/// thing. Not a fact about a body (`the brain of a child grows…`: nobody
/// has it). From `the` through the word after the article (compact view).
fn quality_of_a_thing(text: &Normalized) -> Vec<Range<usize>> {
    let view = text.compact.as_str();
    if !view.contains(" of a") {
        return Vec::new();
    }
    let mut found = Vec::new();
    for (at, _) in view.match_indices("the ") {
        let mut before = view[..at].split(' ').rev().filter(|w| !w.is_empty());
        let word_before = match before.next() {
            Some("all") => before.next(),
            word => word,
        };
        if !matches!(word_before, Some("has" | "had" | "have" | "with" | "got")) {
            continue;
        }
        let rest = &view[at + "the ".len()..];
        let Some(quality) = EN_QUALITIES.iter().find(|q| rest.starts_with(*q) && (rest[q.len()..].starts_with(" of a ") || rest[q.len()..].starts_with(" of an "))) else { continue };
        // Past ` of a ` or ` of an `, to the end of the next word.
        let article = at + "the ".len() + quality.len() + " of ".len();
        let thing = article + view[article..].find(' ').map_or(0, |i| i + 1);
        let end = thing + view[thing..].find(|c: char| !c.is_ascii_alphabetic()).unwrap_or(view.len() - thing);
        if end > thing {
            found.push(at..end);
        }
    }
    found
}

/// The organs whose sentences [`organ_in_doubt`] reads.
pub(super) const ORGANS: &[&str] = &["耳", "目", "脳"];

/// Someone asked whether they have ears, eyes or a brain at all (`耳ついて
/// る?`, `目ついてんの?`, `脳みそついてるのかな`): the organ through the
/// question, as compact-view ranges. Not of a thing's part (`人形の目が
/// ついてる?`), nor a statement (`耳がついている`).
fn organ_in_doubt(cx: &Context) -> Vec<Range<usize>> {
    /// How many words after the verb the question may end.
    const REACH: usize = 5;
    let text = cx.text;
    let view = text.compact.as_str();
    if !view.contains("つい") && !view.contains("付い") {
        return Vec::new();
    }
    let mut found = Vec::new();
    for (_, sentence) in sentences_holding(cx, ORGANS) {
        let tokens = words_under(text, &sentence).tokens;
        for (at, organ) in tokens.iter().enumerate() {
            if organ.pos() != "名詞" || !matches!(organ.surface(), "耳" | "目" | "脳" | "脳みそ" | "脳ミソ") || (at > 0 && tokens[at - 1].surface() == "の") {
                continue;
            }
            let mut next = at + 1;
            if tokens.get(next).is_some_and(|t| t.pos() == "助詞" && matches!(t.surface(), "が" | "は")) {
                next += 1;
            }
            if !tokens.get(next).is_some_and(|t| t.pos() == "動詞" && matches!(t.lemma().as_ref(), "つく" | "付く" | "ついてる" | "付いてる")) {
                continue;
            }
            // `ついていけるか` is keeping up, not having one.
            if tokens[next + 1..].iter().take(2).any(|t| matches!(t.lemma().as_ref(), "いく" | "行く" | "来る" | "くる" | "いける" | "行ける")) {
                continue;
            }
            let asked = tokens[next + 1..].iter().take(REACH).position(|t| matches!(t.surface(), "?" | "？" | "か" | "かな" | "かしら"));
            if let Some(end) = asked {
                found.push(text.compact_of_tokens(organ, tokens[next + 1 + end]));
            }
        }
    }
    found
}

/// Words of praise, as lemma keys, that a frame of irony turns
/// ([`ironic_praise`]). Not a score (`満点`, `百点`): `体つきだけは百点` is
/// another kind of remark.
const PRAISE: &[&str] = &[
    "一流", "一人前", "達者", "ぷろ級", "本物", "日本一", "天才", "才能", "立派", "見事", "上出来", "すごい", "凄い", "優秀", "全国れべる", "とっぷくらす",
];

/// Whether the judgement at `range` is about a person: one is named in its
/// sentence or the one before, or spoken to.
fn is_about_a_person(text: &Normalized, people: &People, range: &Range<usize>) -> bool {
    let around = with_sentence_before(&text.compact, range);
    people.addressed.any_within(&around) || people.named.iter().any(|p| around.start <= p.range.start && p.range.end <= around.end)
}

/// Qualities of a mind or of manners that a person may be said to lack or
/// to have little of, as lemma keys (katakana as hiragana); a compound's
/// words are read together (`協調`+`性`).
pub(super) const QUALITIES: &[&str] = &[
    "常識", "良識", "せんす", "能力", "教養", "品", "品性", "品格", "知性", "知能", "中身", "でりかしー", "協調性", "社会性", "責任感", "やる気", "自覚",
    "人望", "民度", "育ち", "性格", "根性", "性根", "柄", "がら", "脳", "脳みそ", "学歴", "要領", "指導力", "理解力", "読解力", "判断力", "想像力",
    "こみゅ力", "語彙力", "競争心", "向上心", "思いやり", "人間性", "気配り", "視野", "音感", "頭", "覚え", "物覚え", "飲み込み", "物分かり",
];

/// Qualities of [`QUALITIES`] that only an emptiness says is missing
/// (`頭は空っぽ`): `頭が低い` is humble, `頭がない` not said.
const ONLY_EMPTY: &[&str] = &["頭"];

/// The verb stems of [`QUALITIES`] that the dictionary reads as verbs, not
/// nouns (`覚え` of `覚えが悪い`), by surface.
const VERB_QUALITIES: &[&str] = &["覚え", "飲み込み"];

/// Where the text says that a quality of [`QUALITIES`] is missing or poor,
/// within the compact-view ranges `near`: the quality, a particle at most
/// (`が`, `の`, `も`), an adverb at most (`全く`), and a predicate of lack
/// (`ない` in any form but a condition, `ゼロ`, `皆無`, `欠ける`, `足りない`)
/// or of poor quality (`低い`, `悪い`): `常識ないんですか`, `センスゼロ`,
/// `民度の低い`, `協調性に欠ける`. As compact-view ranges from the quality to
/// the predicate. `discrimination` reads them as what is said of a group.
///
/// A range is read in words only where the view spells a quality (the
/// qualities are anchor words: [`Context::anchors`]). Asking the view for
/// each of them in turn was most of what the reading added to a check of
/// the bench's 280-character post, and an automaton of them run over each
/// range, which overlap, a thirtieth of the bench's 10,000-character check
/// (callgrind).
pub fn lacking_qualities(cx: &Context, near: &[Range<usize>]) -> Vec<Range<usize>> {
    let text = cx.text;
    let mut found = Vec::new();
    let mut key = String::new();
    for range in near {
        if !cx.anchors().any_within(QUALITIES, range) {
            continue;
        }
        let tokens = words_under(text, range).tokens;
        let mut at = 0;
        while at < tokens.len() {
            // The longest run of nouns from here that spells a quality.
            let mut end = at;
            let mut spelled = String::new();
            let mut quality = None;
            while end < tokens.len() && end - at < 3 {
                if tokens[end].pos() == "名詞" {
                    tokens[end].lemma_key_into(&mut key);
                } else if tokens[end].pos() == "動詞" && VERB_QUALITIES.contains(&tokens[end].surface()) {
                    key.clear();
                    key.push_str(tokens[end].surface());
                } else {
                    break;
                }
                spelled.push_str(&key);
                end += 1;
                if QUALITIES.contains(&spelled.as_str()) {
                    quality = Some((end, ONLY_EMPTY.contains(&spelled.as_str())));
                }
            }
            let Some((after_quality, only_empty)) = quality else {
                at += 1;
                continue;
            };
            if let Some(last) = lack_after(&tokens[after_quality..]).filter(|&last| !only_empty || is_empty(tokens[after_quality + last])) {
                found.push(text.compact_of_tokens(tokens[at], tokens[after_quality + last]));
            }
            at = after_quality;
        }
    }
    found.sort_by_key(|r| (r.start, r.end));
    found.dedup();
    found
}

/// The index in `words` (right after a quality) of the predicate that says
/// the quality is missing or poor, if they say so.
fn lack_after(words: &[&Token]) -> Option<usize> {
    let mut at = 0;
    if words.get(at).is_some_and(|t| t.pos() == "助詞" && matches!(t.surface(), "が" | "は" | "も" | "の" | "って" | "すら" | "さえ" | "に")) {
        at += 1;
    }
    if words.get(at).is_some_and(|t| t.pos() == "副詞") {
        at += 1;
    }
    let predicate = words.get(at)?;
    let lemma = predicate.lemma();
    let lacks = match predicate.pos() {
        "形容詞" => matches!(lemma.as_ref(), "ない" | "無い" | "低い" | "悪い" | "狭い") && !predicate.form().starts_with("仮定"),
        "名詞" => matches!(lemma.as_ref(), "ゼロ" | "皆無" | "なし" | "無し") || is_empty(predicate),
        "動詞" if lemma == "欠ける" => true,
        "動詞" if lemma == "足りる" => words.get(at + 1).is_some_and(|t| t.lemma() == "ない"),
        _ => false,
    };
    let last = at + usize::from(lemma == "足りる");
    // A lack given as a reason (`センスがないので、生徒に教わりました`) is
    // more often the writer's own than a judgement of someone.
    let a_reason = words.get(last + 1).is_some_and(|t| t.pos() == "助詞" && t.surface() == "ので");
    (lacks && !a_reason).then_some(last)
}

/// Whether `word` says a head is empty (`空っぽ`, `スカスカ`).
fn is_empty(word: &Token) -> bool {
    matches!(word.lemma().as_ref(), "空っぽ" | "からっぽ" | "カラッポ" | "スカスカ" | "すかすか")
}

/// Words before a judgement in its sentence that make whom it is said of
/// many (`先生たち`, `みんな`, `基本的に`): the claim of a group, which is
/// `discrimination`'s, not an insult of a person.
const MANY: &[&str] = &["たち", "達", "みんな", "みな", "全員", "基本的に", "全体的に", "世代的に", "どいつも"];

/// Whether the judgement at `range` is said of many ([`MANY`]).
fn is_said_of_many(text: &Normalized, range: &Range<usize>) -> bool {
    let sentence = text.compact.sentence(range);
    let before = &text.compact.as_str()[sentence.start..range.start];
    MANY.iter().any(|word| before.contains(word))
}

/// Whether the judgement at `range` describes the person named right after
/// it (`センスない子`, `常識のない親`).
fn is_followed_by_a_person(text: &Normalized, people: &People, range: &Range<usize>) -> bool {
    if people.named.iter().any(|p| p.range.start == range.end) {
        return true;
    }
    words_under(text, range).after().next().is_some_and(|t| t.pos() == "名詞" && matches!(t.lemma().as_ref(), "子" | "人" | "奴" | "やつ" | "方" | "連中"))
}

/// An insult found by [`insult_words`].
pub struct InsultWord {
    /// Compact view.
    pub range: Range<usize>,
    /// A judgement of what people do or are (`使えない`, `lazy`) or a
    /// hostile command (`黙ってろ`), rather than a word of contempt itself
    /// (`バカ`, `老害`): said of a group, it is the group's claim, which
    /// `discrimination` flags, and no insult of a person.
    pub verdict: bool,
}

/// The people a text names (`data/people.txt`), found once per check.
struct People<'t> {
    /// In order of position.
    named: Vec<TermMatch<'t>>,
    /// Where the text speaks to someone (`お前`).
    addressed: Inside,
}

impl<'t> People<'t> {
    /// How many of the people named before a judgement, nearest first, are
    /// tried as its subject: a subject is near its predicate, and the bound
    /// keeps a flood of names and judgements linear.
    const NEAREST: usize = 4;

    /// The people that the `judgements` may be about: a
    /// Japanese one reads those in its sentence and the one before
    /// ([`is_said_of_a_person`]), so only these sentences are tokenised for
    /// the list's words; an English one asks whether the post names anyone
    /// at all.
    fn new(text: &'t Normalized, judgements: &[Range<usize>]) -> People<'t> {
        let mut named = if judgements.iter().any(|j| starts_latin(text, j)) {
            lists::PEOPLE.find(text)
        } else {
            let near: Vec<Range<usize>> = judgements.iter().map(|j| with_sentence_before(&text.compact, j)).collect();
            lists::PEOPLE.find_near(text, &near)
        };
        named.sort_by_key(|p| p.range.start);
        let addressed = Inside::new(named.iter().filter(|p| has_tag(p.tag, "you")).map(|p| p.range.clone()));
        People { named, addressed }
    }
}

/// Whether the verb at `range` is a command (`黙れ`, `黙ってろ`, `消えてしまえ`),
/// a request (`消えてくれ`, `黙ってください`, `消えてくれないかな`) or a wish
/// (`死ねばいいのに`, `消えてほしい`, `死んだらいい`), not a statement (`黙って
/// 聞く`, `電気が消えた`, `黙ってくれた`).
fn is_command_or_wish(text: &Normalized, range: &Range<usize>) -> bool {
    let under = words_under(text, range);
    // A command opens its clause; right after a predicate (`暑かった`+`しね`,
    // `だ`+`しね`, `暑い`+`しね`) the kana are the particles `し` and `ね`. An
    // adjective or a copula in its adverbial form (`早く消えろ`, `まじで消えて
    // ほしい`) modifies the command.
    let ends_a_predicate = |t: &Token| matches!(t.pos(), "助動詞" | "形容詞") && !t.form().starts_with("連用");
    if word_before(text, range, &under).is_some_and(ends_a_predicate) {
        return false;
    }
    let wanted = under.tokens.iter().any(|t| t.lemma() == "ほしい");
    // `いなくなればいい`, `消えたら平和なのに`: what would be good, or a
    // peace wished for.
    let would_be_good = || {
        let mut after = under.after();
        matches!((after.next(), after.next()), (Some(conditional), Some(next)) if matches!(conditional.surface(), "ば" | "たら" | "だら") && is_good_wished(next))
    };
    wanted || would_be_good() || is_commanded_or_asked(&under) || is_bare_request(text, range, &under)
}

/// Whether the verb at `range`, whose words are `under`, is asked for by
/// its `て`-form closing the sentence, as speech asks (`消えて。`, `もう黙って`,
/// `早く消えてよ🙄`): only marks, emoji or a closing particle after it, and
/// nothing before it in the sentence that could be its subject or object
/// (`電気が消えて。`, `データ全部消えて！` tell what happened): adverbs,
/// interjections, pronouns (`お前消えて`), adjectives and copulas with
/// their `から` (`いいから消えて`, `マジで消えて`) only.
fn is_bare_request(text: &Normalized, range: &Range<usize>, under: &Under) -> bool {
    let words: Vec<&Token> = under.tokens.iter().copied().chain(under.after().take(1)).collect();
    let Some(te) = words.get(1..).unwrap_or_default().iter().find(|t| matches!(t.surface(), "て" | "で") && t.pos() == "助詞") else {
        return false;
    };
    let sentence = text.compact.sentence(range);
    let after = text.compact_of_token(te).end;
    let rest = text.compact.as_str()[after.min(sentence.end)..sentence.end].trim_start_matches(['よ', 'ね', 'な', 'や']);
    if rest.chars().any(|c| c.is_alphanumeric()) {
        return false;
    }
    only_modifiers(text, &(sentence.start..range.start))
}

/// Whether the words under `range` could only modify a predicate after
/// them, none be its subject or object: adverbs, interjections, marks,
/// pronouns, adjectives and copulas with their `から` (`いいから`, `マジで`).
fn only_modifiers(text: &Normalized, range: &Range<usize>) -> bool {
    let modifies = |t: &&Token| match t.pos() {
        "副詞" | "感動詞" | "記号" | "接続詞" | "フィラー" | "形容詞" | "助動詞" => true,
        "名詞" => matches!(t.subclass(), "代名詞" | "副詞可能" | "形容動詞語幹"),
        "助詞" => matches!(t.surface(), "から" | "で"),
        _ => false,
    };
    words_under(text, range).tokens.iter().all(modifies)
}

/// Whether the word of contempt at `range` is not said of anyone: the
/// head of an idiom (`バカにならない` is not negligible, `バカにできない` not
/// to be made light of) or a measure of degree (`バカみたいに多い`, `アホほど積もった`, `バカくらい食べた`).
fn is_idiom_or_degree(text: &Normalized, range: &Range<usize>) -> bool {
    // Read in words only where a word follows: a mark or the end says
    // nothing of the kind.
    let rest = &text.compact.as_str()[range.end..];
    if !rest.starts_with(|c: char| c.is_alphabetic()) {
        return false;
    }
    let under = words_under(text, range);
    if is_degree_prefix(&under) {
        return true;
    }
    if !["に", "みたい", "ほど", "くらい", "ぐらい"].iter().any(|next| rest.starts_with(next)) {
        return false;
    }
    let mut after = under.after();
    let (first, second, third) = (after.next(), after.next(), after.next());
    let is = |t: Option<&Token>, surfaces: &[&str]| t.is_some_and(|t| surfaces.contains(&t.surface()));
    let predicate = |t: Option<&Token>| t.is_some_and(|t| matches!(t.pos(), "形容詞" | "動詞" | "副詞"));
    // `バカにする` (to mock) stays: who is mocked is insulted by the telling
    // as often as not (`生徒をバカにしてる教頭`).
    let negated = |t: Option<&Token>| t.is_some_and(|t| matches!(t.lemma().as_ref(), "ない" | "ぬ" | "ん"));
    let idiom = is(first, &["に"]) && second.is_some_and(|verb| matches!(verb.lemma().as_ref(), "できる" | "出来る" | "なる")) && negated(third);
    let like = is(first, &["みたい"]) && is(second, &["に"]) && predicate(third);
    // `アホみたいな量`, `バカみたいな暑さ`: the size of a measure, not a kind
    // of person or of what they do (`バカみたいな話をする教頭` stays).
    let like_measure = is(first, &["みたい"]) && is(second, &["な"]) && third.is_some_and(|noun| is_measure(noun, after.next()));
    let as_much_as = is(first, &["ほど", "くらい", "ぐらい"]) && predicate(second);
    idiom || like || like_measure || as_much_as
}

/// Whether the word of contempt whose words are `under` is a prefix that says how much
/// of a quality (`クソ寒い`, `バカでかい`, `バカ真面目`): the dictionary
/// reads it as a prefix and the word after it as an adjective or an
/// adjectival noun. Before a noun it still names someone (`クソ教師`,
/// `バカ親`).
fn is_degree_prefix(under: &Under) -> bool {
    let prefix = matches!(under.tokens.as_slice(), [word] if word.pos() == "接頭詞");
    // Not `バカな保護者`, which the dictionary cuts as the prefix and `ない`.
    let adjective = |next: &Token| next.pos() == "形容詞" && next.lemma() != "ない";
    prefix && under.after().next().is_some_and(|next| adjective(next) || (next.pos() == "名詞" && next.subclass() == "形容動詞語幹"))
}

/// Nouns of an amount (`量`, `値段`, `人数`), whose size a word of contempt
/// may exaggerate.
const MEASURES: &[&str] = &["量", "分量", "数", "人数", "件数", "枚数", "値段", "金額", "額", "料金", "時間", "距離", "倍率", "桁"];

/// Whether `noun`, with the word `next` after it, names a measure: one of
/// [`MEASURES`], or an adjective made a noun of its degree (`暑さ`, `多さ`).
fn is_measure(noun: &Token, next: Option<&Token>) -> bool {
    MEASURES.contains(&&*noun.lemma()) || (noun.pos() == "形容詞" && next.is_some_and(|t| t.surface() == "さ" && t.subclass() == "接尾"))
}

/// Whether the word of contempt at `range` is the writer's of themself
/// (`我ながらアホすぎる`, `私ってほんとバカ`, `俺のバカ`, `アホだな俺`): the words around it
/// in its sentence speak of the writer before it and of no one else (none
/// of `people`, the places where the people list may have a term, sorted).
///
/// Only [`SELF_MOCKERY_REACH`] bytes each side are read: a sentence read
/// whole for every word made a megabyte of `バ・カ ば〜か` with no sentence
/// end take a minute (the bench's `split-insults`).
fn is_self_mockery(text: &Normalized, people: &[Range<usize>], range: &Range<usize>) -> bool {
    let view = text.compact.as_str();
    let sentence = text.compact.sentence(range);
    let from = view.ceil_char_boundary(range.start.saturating_sub(SELF_MOCKERY_REACH).max(sentence.start));
    let to = view.floor_char_boundary((range.end + SELF_MOCKERY_REACH).min(sentence.end));
    // Read in words only where the view spells the writer near the word.
    let spelled_before = WRITER_SPELLED.iter().any(|me| view[from..range.start].contains(me));
    if !spelled_before && !WRITER_SPELLED.iter().any(|me| view[range.end..to].contains(me)) {
        return false;
    }
    let first = people.partition_point(|p| p.start < from);
    if people[first..].iter().take_while(|p| p.start < to).next().is_some() {
        return false;
    }
    let under = words_under(text, range);
    if !spelled_before {
        // The writer named right after the word, as its subject put last
        // (`アホだな俺`, `バカか私は`): only a copula or particles between.
        return under
            .after()
            .take(WRITER_AFTER)
            .take_while(|t| matches!(t.pos(), "助詞" | "助動詞" | "名詞") && !t.is_mark())
            .any(|t| WRITER.contains(&crate::words::lemma_key(&t.lemma()).as_ref()));
    }
    let Some(word) = under.tokens.first().map(|t| t.range.start) else { return false };
    let mut writer = false;
    for t in words_under(text, &(from..range.start)).tokens.iter().filter(|t| t.range.end <= word) {
        if WRITER.contains(&crate::words::lemma_key(&t.lemma()).as_ref()) {
            writer = true;
        } else if t.subclass() == "代名詞" || t.subclass() == "固有名詞" {
            return false;
        }
    }
    writer
}

/// The writer speaking of themself, as lemmas compared by their key
/// (katakana as hiragana: `ボク` is `ぼく`).
const WRITER: &[&str] = &["私", "わたし", "僕", "ぼく", "俺", "おれ", "自分", "我", "あたし", "わたくし"];

/// How the compact view may spell one of [`WRITER`]: kanji, hiragana or katakana.
const WRITER_SPELLED: &[&str] = &["私", "わたし", "ワタシ", "僕", "ぼく", "ボク", "俺", "おれ", "オレ", "自分", "我", "あたし", "アタシ", "わたくし"];

/// How many words after a word of contempt [`is_self_mockery`] reads for
/// the writer put last (`バカ`+`か`+`私`).
const WRITER_AFTER: usize = 4;

/// How far, in bytes of the compact view, [`is_self_mockery`] reads each
/// side of the word: about twenty Japanese characters, a clause or two.
const SELF_MOCKERY_REACH: usize = 60;

/// The word right before the compact-view range `range` in its sentence,
/// `under` being the words under the range.
fn word_before<'t>(text: &'t Normalized, range: &Range<usize>, under: &Under<'t>) -> Option<&'t Token> {
    let sentence = text.compact.sentence(range);
    let first = under.tokens.first()?.range.start;
    words_under(text, &(sentence.start..range.start)).tokens.into_iter().rev().find(|t| t.range.end <= first)
}

/// Whether the judgement at `range` (`ゴミ`, `使えない`) is said of a person:
/// it stands as the predicate (not `ゴミ拾い`, `ゴミを捨てる`), and the
/// sentence names a person before it as its subject (`あの担任は`, `教頭、`),
/// or a person's attribute (`新任のレベル`, `主審の目が`), or speaks to
/// someone (`お前`).
fn is_said_of_a_person(text: &Normalized, people: &People, range: &Range<usize>) -> bool {
    let said = words_under(text, range);
    if continues_after(said.after()) && !goes_on_judging(said.tokens.last().copied(), said.after()) {
        return false;
    }
    if names_a_thing(&said) {
        return false;
    }
    let sentence = text.compact.sentence(range);
    if people.addressed.any_within(&sentence) {
        return true;
    }
    let is_subject = |t: Option<&Token>| !t.is_some_and(is_modifier_particle);
    let before = people.named.partition_point(|p| p.range.start < range.start);
    let names_a_subject = |span: &Range<usize>| {
        people.named[..before].iter().rev().take(People::NEAREST).filter(|p| span.start <= p.range.start && p.range.end <= span.end).any(|person| {
            let mut after = words_under(text, &person.range).after();
            let (first, second, third) = (after.next(), after.next(), after.next());
            let attribute = first.is_some_and(|t| t.surface() == "の") && second.is_some_and(|t| t.pos() == "名詞");
            is_subject(first) || (attribute && is_subject(third))
        })
    };
    if names_a_subject(&(sentence.start..range.start)) || names_an_inverted_subject(text, people, range, &sentence) {
        return true;
    }
    // A verdict without a subject of its own (`ほんとポンコツ。`) is said of
    // whom the sentence before it was about (`うちの新人、また遅刻。`); one
    // with its own subject (`このカードは使えない`) is not.
    let Some(verdict) = said.tokens.first() else { return false };
    let has_own_subject = words_under(text, &(sentence.start..range.start))
        .tokens
        .iter()
        .take_while(|t| t.range.end <= verdict.range.start)
        .any(|t| t.pos() == "助詞" && matches!(t.surface(), "は" | "が" | "って" | "も"));
    let Some((last, _)) = text.compact.as_str()[..sentence.start].char_indices().next_back() else { return false };
    let stands_as_predicate = said.after().next().is_none_or(|t| t.pos() != "助詞" || t.subclass() == "終助詞");
    !has_own_subject && stands_as_predicate && names_a_subject(&text.compact.sentence(&(last..last)))
}

/// Whether the judgement at `range` is said before its subject, as speech
/// turns a sentence round (`ほんと頭悪いなこの記者`, `使えないね、あの教頭`): a
/// person closes the `sentence`, with nothing between the two but closing
/// particles, marks and a determiner, nothing after the person but marks
/// and closing particles (not `頭悪いな、この記者の書いた記事は`), and nothing
/// before the judgement that could be its subject (`このプリンター、使えない
/// ね、先生` speaks to the teacher of the printer).
fn names_an_inverted_subject(text: &Normalized, people: &People, range: &Range<usize>, sentence: &Range<usize>) -> bool {
    if !only_modifiers(text, &(sentence.start..range.start)) {
        return false;
    }
    let first_after = people.named.partition_point(|p| p.range.start < range.end);
    let Some(person) = people.named.get(first_after).filter(|p| p.range.end <= sentence.end) else { return false };
    let joins = |t: &&Token| (t.pos() == "助詞" && t.subclass() == "終助詞") || matches!(t.pos(), "記号" | "連体詞");
    let view = text.compact.as_str();
    let closes = view[person.range.end..sentence.end].trim_start_matches(['よ', 'ね', 'な', 'さ', 'わ']).chars().all(|c| !c.is_alphanumeric());
    closes && words_under(text, &(range.end..person.range.start)).tokens.iter().all(joins)
}

/// Whether the judgement noun at `range` (`ゴミ`, `カス`) names a thing, not
/// a person: the subject of a verb or an adjective of its own (`河原のゴミが
/// 増えた`, `ゴミが多い`), which a verdict on a person is not. Not a verb of
/// being (`あんなモンペがいるから`), which a person is the subject of. A noun
/// before it in one compound (`評判ゴミ`, `采配センスゼロ`) is as often a
/// person's attribute run down as a kind of rubbish, so it decides nothing.
fn names_a_thing(said: &Under) -> bool {
    let [noun] = said.tokens.as_slice() else { return false };
    if noun.pos() != "名詞" {
        return false;
    }
    let mut after = said.after();
    after.next().is_some_and(|t| t.pos() == "助詞" && t.surface() == "が")
        && after.find(|t| t.pos() != "副詞").is_some_and(|t| {
            matches!(t.pos(), "動詞" | "形容詞") && t.subclass() == "自立" && !matches!(&*t.lemma(), "いる" | "居る" | "ある" | "有る" | "おる")
        })
}

/// Whether the wish at `range` (`いなくなればいい`, `いなくなってくれたら平和
/// なのに`) is aimed at a person: said of one ([`is_said_of_a_person`]), or
/// a person is named before it in its sentence, the wish going on past the
/// verb (`…てくれたら`) as a judgement does not.
fn is_wished_of_a_person(text: &Normalized, people: &People, range: &Range<usize>) -> bool {
    if is_said_of_a_person(text, people, range) {
        return true;
    }
    let sentence = text.compact.sentence(range);
    // The nearest person before it, with no other subject between them
    // (`先生、キツネがいなくなれば` wishes the fox away).
    let Some(person) = people.named.iter().rev().find(|p| sentence.start <= p.range.start && p.range.end <= range.start) else { return false };
    let between = words_under(text, &(person.range.end..range.start)).tokens;
    let person_end = text.folded_of_compact(person.range.clone()).end;
    let first_after = between.iter().position(|t| t.range.start >= person_end);
    between.iter().skip(first_after.map_or(0, |i| i + 1)).all(|t| !(t.pos() == "助詞" && matches!(t.surface(), "が" | "は" | "って" | "も")))
}

/// Whether the list entry at `range` (compact view) is written in Latin
/// letters: an English judgement, read without the dictionary's words.
fn starts_latin(text: &Normalized, range: &Range<usize>) -> bool {
    text.compact.as_str()[range.clone()].starts_with(|c: char| c.is_ascii_alphabetic())
}

/// Whether the English judgement at `range` (`useless`, `a joke`) is said of
/// a person as a predicate: a person of `data/people.txt` comes shortly before
/// it in the sentence, joined to it by a form of *be* with nothing but
/// intensifiers after it (`that coach is so useless`, `you're a joke`,
/// `the new guy in 3B is honestly pathetic`), or right before it (`you
/// useless`, `he should be fired`). `students picked up trash` and `kids
/// are picking up trash` are acts, not judgements.
fn is_predicated_of_a_person_en(text: &Normalized, people: &People, range: &Range<usize>) -> bool {
    /// Words between the person and the copula (`that teacher *in 3B* is`).
    const MAX_WORDS: usize = 6;
    const COPULAS: &[&str] = &["is", "are", "was", "were", "am", "be", "been", "being", "'s", "'re", "'m", "seems", "looks", "sounds", "acts", "became", "becoming"];
    const INTENSIFIERS: &[&str] = &[
        "so", "such", "a", "an", "the", "total", "totally", "complete", "completely", "absolute", "absolutely", "utter", "utterly", "really",
        "just", "pure", "very", "too", "literally", "honestly", "seriously", "actually", "still", "always", "all", "fucking", "freaking",
        "damn", "bloody", "kind", "of", "sort", "like", "most", "more", "biggest", "beyond", "genuinely", "truly", "clearly",
    ];
    const ARTICLES: &[&str] = &["a", "an", "the", "such", "what"];
    /// Words for a person a verdict may name after it (`Useless fellow.`).
    const VERDICT_PEOPLE: &[&str] = &["fellow", "bloke", "guy", "guys", "man", "men", "woman", "women", "lot", "bunch", "creature", "individual", "person", "people", "specimen"];
    let view = text.compact.as_str();
    // The view's sentences end at `。!?` and line breaks, not at a full stop
    // (URLs, decimals); in English a full stop before a space ends one too.
    let around = text.compact.sentence(range);
    let start = view[around.start..range.start].rfind(". ").map_or(around.start, |at| around.start + at + 2);
    let end = view[range.end..around.end].find(". ").map_or(around.end, |at| range.end + at + 1);
    let sentence = start..end;
    let is_words_of = |span: &str, allowed: &[&str]| span.split(|c: char| !(c.is_alphanumeric() || c == '\'')).all(|w| w.is_empty() || allowed.contains(&w));
    // A verdict standing as a sentence of its own (`Pathetic.`, `Absolute
    // garbage.`) in a post that speaks of someone.
    // The verdict may name what kind of person (`Useless fellow.`) and go
    // on after a comma with more of the same (`Useless fellow, total
    // dinosaur.`, `Absolute clown, that one.`).
    let verdict_ends = |rest: &str| {
        let (head, tail) = rest.split_once(',').unwrap_or((rest, ""));
        let tail_words = tail.split(|c: char| !(c.is_alphanumeric() || c == '\'')).filter(|w| !w.is_empty()).count();
        is_words_of(head, VERDICT_PEOPLE) && tail_words <= 4
    };
    if !people.named.is_empty() && is_words_of(&view[sentence.start..range.start], INTENSIFIERS) && verdict_ends(&view[range.end..sentence.end]) {
        return true;
    }
    let before = people.named.partition_point(|p| p.range.start < range.start);
    people.named[..before].iter().rev().take(People::NEAREST).filter(|p| sentence.start <= p.range.start && p.range.end <= range.start).any(|person| {
        // `you're`, `he's`: the person entry may end on the copula itself.
        let gap = &view[person.range.end..range.start];
        let words: Vec<&str> = gap.split(|c: char| !(c.is_alphanumeric() || c == '\'')).filter(|w| !w.is_empty()).collect();
        let person_ends_in_copula = COPULAS.iter().any(|c| c.starts_with('\'') && view[person.range.clone()].ends_with(c));
        let copula = words.iter().rposition(|w| COPULAS.contains(w) || COPULAS.iter().any(|c| c.starts_with('\'') && w.ends_with(c)));
        match copula {
            // `is a smug little know-it-all`: after an article, a short noun phrase.
            Some(at) if words.get(at + 1).is_some_and(|w| ARTICLES.contains(w)) => at <= MAX_WORDS && words.len() - at <= 5,
            Some(at) => at <= MAX_WORDS && words[at + 1..].iter().all(|w| INTENSIFIERS.contains(w)),
            None => words.iter().all(|w| INTENSIFIERS.contains(w)) && (person_ends_in_copula || words.is_empty() || has_tag(person.tag, "you")),
        }
    })
}

/// A word after which the word before it is not a predicate but part of a
/// longer phrase: a noun (`ゴミ拾い`, `ゴミ袋`), a verb of its own, a case
/// particle (`ゴミを`, `ゴミの`). Not a mark or a laugh that ends the
/// sentence (`ヘタクソ!`, `ポンコツｗ`, `無能笑`), which the dictionary reads
/// as nouns.
fn continues_a_phrase(t: &Token) -> bool {
    if t.is_mark() || t.is_laugh() {
        return false;
    }
    match t.pos() {
        "名詞" => t.subclass() != "接尾",
        "動詞" => t.subclass() == "自立",
        _ => is_modifier_particle(t),
    }
}

/// Whether the words `after` a judgement make it part of a longer phrase
/// ([`continues_a_phrase`]); not the `ん`/`の` of an explanation or a
/// question before a copula or a sentence-final particle (`常識ないんですか`,
/// `使えないのよ`).
fn continues_after<'w>(mut after: impl Iterator<Item = &'w Token>) -> bool {
    let Some(next) = after.next() else { return false };
    let explains = next.pos() == "名詞" && next.subclass() == "非自立" && matches!(next.surface(), "ん" | "の")
        && after.next().is_none_or(|t| t.pos() == "助動詞" || t.subclass().contains("終助詞") || t.is_mark());
    continues_a_phrase(next) && !explains
}

/// Whether the words `after` a judgement that ends with `verdict_end` still
/// belong to the judgement: a degree (`頭悪すぎ`, `使えなさすぎる`), or the
/// quoting `と` after a judgement that inflects, with a verb that ends the
/// clause (`頭悪いとしか思えない`, `使えないと思う。`: the writer's own
/// judgement, framed as a thought). Not a thought that describes a noun
/// (`頭が悪いと感じる問題`), nor `と` after a noun (`ゴミと一緒に`).
fn goes_on_judging<'w>(verdict_end: Option<&Token>, mut after: impl Iterator<Item = &'w Token>) -> bool {
    let Some(next) = after.next() else { return false };
    if next.pos() == "動詞" && matches!(&*next.lemma(), "すぎる" | "過ぎる") {
        return true;
    }
    let inflected = verdict_end.is_some_and(|t| matches!(t.pos(), "形容詞" | "動詞" | "助動詞"));
    if !(inflected && next.pos() == "助詞" && next.surface() == "と") {
        return false;
    }
    let mut after = after.skip_while(|t| t.pos() == "助詞" && matches!(t.surface(), "しか" | "も" | "は"));
    if !after.next().is_some_and(|verb| verb.pos() == "動詞") {
        return false;
    }
    let ends_clause = after.find(|t| !(t.pos() == "助動詞" || (t.pos() == "動詞" && t.subclass() != "自立") || (t.pos() == "助詞" && t.surface() == "て")));
    !ends_clause.is_some_and(|t| t.pos() == "名詞")
}

/// A particle that makes the noun before it a modifier or an object rather
/// than the subject: `担任の`, `生徒に`, `親と`.
fn is_modifier_particle(t: &Token) -> bool {
    t.pos() == "助詞" && matches!(t.subclass(), "格助詞" | "連体化") && !matches!(t.surface(), "が" | "って")
}

impl Rule for Insult {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, cx: &Context, out: &mut Vec<Finding>) {
        let text = cx.text;
        let words = cx.insult_words();
        if words.is_empty() {
            return;
        }
        let mentions = cx.mentions();
        // A judgement or a command said of a group in one statement
        // (`女は黙ってろ`, `old teachers are dead weight`) is the claim that
        // `discrimination` flags: it judges people for who they are, not one
        // person for what they did. A word of contempt (`あの国の人間はバカ
        // ばかり`) insults them as well.
        let statements = Enclosing::new(cx.group_statements().to_vec());
        for InsultWord { range, verdict } in words {
            if mentions.is_taught(range) || *verdict && statements.encloses(range) {
                continue;
            }
            out.push(Self::META.finding(
                text.compact.original_range(range.clone()),
                "人をさげすむ言葉です。公式の発信では使わず、伝えたい事実を穏やかな言葉で書いてください。",
                "This word shows contempt for people. Leave it out of official posts and state the facts in neutral words.",
            ));
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::assert_rule;

    #[test]
    fn japanese_insults_in_any_spelling() {
        assert_rule(
            "insult",
            &[
                ("あの審判、本当に馬鹿だと思う", &["馬鹿"]),
                ("提出物を忘れるﾊﾞｶが多すぎる", &["ﾊﾞｶ"]),
                ("うちの学年主任、ﾏｼﾞでﾊﾞｶすぎる", &["ﾊﾞｶ"]),
                ("隣のクラスの担任はバ・カ", &["バ・カ"]),
                ("そんなこともわからないの？ばーーか", &["ばーーか"]),
                ("会議で寝てる教頭、ほんとアホ。", &["アホ"]),
                ("あいつはｸｽﾞだし、キモいし", &["ｸｽﾞ", "キモい"]),
                ("ズルする奴は死○", &["死○"]),
                ("練習をさぼるやつは無能", &["無能"]),
                ("文句ばっかり言うバカ親にはうんざり", &["バカ"]),
                ("生徒の前で平気で嘘をつくゴミ教師", &["ゴミ教師"]),
                ("あの新任、マジで使えねー", &["使えねー"]),
                ("保護者会のあの人、頭おかしい", &["頭おかしい"]),
                ("うちの校長は老害", &["老害"]),
                ("担任がゴミすぎる", &["ゴミすぎ"]),
            ],
            &[],
        );
    }

    #[test]
    fn hostile_commands_and_wishes_in_every_inflection_and_spelling() {
        assert_rule(
            "insult",
            &[
                ("うるさい、黙れ", &["黙れ"]),
                ("お前は黙ってろ", &["黙ってろ"]),
                ("二度と来るな、消えろ", &["消えろ"]),
                ("あんな審判は消えてほしい", &["消えてほしい"]),
                ("あの審判、まじで消えてほしい", &["消えてほしい"]),
                ("さっさと失せろ", &["失せろ"]),
                ("あいつ、しね", &["しね"]),
                ("マジ氏ね", &["氏ね"]),
                ("審判タヒね", &["タヒね"]),
                ("ほんと4ね", &["4ね"]),
                ("ｼﾈよ", &["ｼﾈ"]),
                ("あんな奴、死ねばいいのに", &["死ね"]),
                ("早く消えろ", &["消えろ"]),
                ("最前列で邪魔な保護者、消えてくれ", &["消えてくれ"]),
                ("うるさいから黙ってください", &["黙ってください"]),
                ("あの人、消えてくれないかな", &["消えてくれない"]),
                ("あの教頭、早く消えてくんないかな", &["消え"]),
                ("うざ。消えて", &["消え"]),
                ("いいからもう黙って！", &["黙っ"]),
                ("お前消えてよ🙄", &["消え"]),
            ],
            &[
                "生徒たちは黙って話を聞いていました。",
                "子どもたちは最後まで黙ってくれました。",
                "暑いしね、今日は早く帰ろう。",
                "停電で教室の電気が消えました。",
                "雪が消えるころに花が咲きます。",
                "金魚が死んでしまい、みんなで埋めました。",
                "少しねむいけれど、もう少しね。",
                "保存してたデータが全部消えて！",
                "停電で電気が消えて。",
                "雪が消えて、春が来ました。",
                "みんな黙って、最後まで聞いてくれました。",
            ],
        );
    }

    #[test]
    fn judgements_are_insults_when_said_of_a_person() {
        assert_rule(
            "insult",
            &[
                ("あの担任はポンコツ", &["ポンコツ"]),
                ("教頭、ほんと使えない", &["使えない"]),
                ("あいつ頭悪い", &["頭悪い"]),
                ("うちの顧問は頭が悪すぎる", &["頭が悪すぎる"]),
                ("あの主審、目が節穴。", &["節穴"]),
                ("使えないな、お前", &["使えない"]),
                ("あの保護者、終わってる", &["終わってる"]),
                ("新任のレベル低すぎ", &["レベル低すぎ"]),
                ("ほんと頭悪いなこの記者。", &["頭悪い"]),
                ("使えないね、あの教頭", &["使えない"]),
                ("あいつはゴミだ", &["ゴミ"]),
                ("あの子は頭悪すぎ", &["頭悪"]),
                ("あの子、正直頭悪いとしか思えない", &["頭悪い"]),
                ("教頭は使えないと思う。", &["使えない"]),
                ("教頭なんていなくなればいいのに", &["いなくなれ"]),
                ("あの主任、早くいなくなってほしい", &["いなくなってほしい"]),
                ("審判ヘタクソ！目ん玉ついてんのか！", &["ヘタクソ"]),
                ("あいつ、ポンコツｗｗ", &["ポンコツ"]),
                ("隣の担任、生徒になめられてて哀れ笑", &["哀れ"]),
                ("教頭、ほんと使えない…", &["使えない"]),
                ("あの教頭、まじ使えねー", &["使えねー"]),
            ],
            &[
                "このカードは使えない",
                "雨で校庭が使えない日は体育館で練習します。",
                "生徒とゴミ拾いをしました。",
                "保護者の皆さん、ゴミの分別にご協力ください。",
                "先生が頭が悪いと感じる問題は、解説を読もう。",
                "授業が終わってる時間に来てください。",
                "水のレベルが低いので注意。",
                "主審の判定で試合が終わってる。",
                "生徒が使えないと思う道具は片付けます。",
                "先生、ゴミと一緒に段ボールも出しました。",
                "部活を辞めたいと相談に来た生徒がいました。",
                "無理しないで、つらいときは辞めてもいいんだよ。",
                "キツネが畑からいなくなればいいのに。",
                "先生がいなくなると寂しいです。",
                "今日は生徒とゴミ拾い! 楽しかったｗ",
                // the slang spelling of 使えない is a judgement like it
                "保護者さんから差し入れいただいたよ。日曜は投票日だから、体育館使えねえの。",
                "このプリンター、使えないね、先生。",
                "頭悪いなって落ち込んでる生徒に、大丈夫だよと声をかけた先生",
            ],
        );
    }

    #[test]
    fn contempt_as_comments_on_the_net_write_it() {
        assert_rule(
            "insult",
            &[("あの記者、能がないゴミクズ", &["ゴミクズ"]), ("きっしょ、このおっさん", &["きっしょ"]), ("あいつ生きてる価値ないわ", &["生きてる価値ない"])],
            &["生きてる価値ない人なんていないよ。今日の道徳は大事な時間だった", "明日の起床は6時です", "知能低下を防ぐ研究の講演会"],
        );
    }

    #[test]
    fn english_insults_are_whole_words() {
        assert_rule(
            "insult",
            &[
                ("The referee was a total MORON today.", &["MORON"]),
                ("Only losers skip practice", &["loser"]),
                ("Honestly, just kill yourself.", &["kill yourself"]),
                ("The new principal is a complete id*ot.", &["id*ot"]),
                ("What a st**id call, ref", &["st**id"]),
                ("That parent is an a**hole", &["a**hole"]),
            ],
            &[
                "Our class did a speaking assessment and showed great skills.",
                "Greetings from Scunthorpe and Essex, and hello to our friends in Sussex!",
                "A short analysis of Dickens for the closer reading unit.",
                "The speech therapist ran a workshop on stress.",
                "New flame-retardant curtains were installed in the hall.",
            ],
        );
    }

    #[test]
    fn ordinary_words_containing_an_insult_pass() {
        assert_rule(
            "insult",
            &[],
            &[
                "入学したばかりの1年生が元気に登校しました。",
                "今朝はちょっとばかし冷え込みました。",
                "しっかり準備すればかなり上達します。",
                "言えばかんたんですが、続けるのは大変です。",
                "電気代もばかにならない季節です。",
                "夏休みのバカンス気分はほどほどに。",
                "家庭科でカステラを焼きました。",
                "ICTを授業にいかす研修、失敗をごまかさない姿勢を学ぶ。",
                "空き缶や紙くずを拾いました。",
                "後輩からのはげましのメッセージを掲示しています。",
                "アホウドリの保護活動について学びました。",
                "カスタムメイドの記念品、キモノ姿の留学生、クソウズの絵本。",
                "雪山で死角になる場所を地図にまとめました。交通死亡事故ゼロへ。",
                "燃えるゴミは月曜日、ゴミ拾いボランティア募集中。",
                "暑さで頭がおかしくなりそうな一日でした。",
                "少しねむいけれど、もう少しね。シネマ鑑賞会を行いました。",
                "〇か月健診のお知らせ、〇か所で工事をします。",
                "消しカスや紙クズはゴミ箱へ。キモかわいいキャラクターが人気です。",
                "Sorry for my knee-jerk reply; dumbbells are in the gym.",
            ],
        );
    }

    #[test]
    fn idioms_and_compounds_that_hold_an_insult_are_not_insults() {
        assert_rule(
            "insult",
            &[("あの審判は馬鹿だ、力任せの判定ばかり", &["馬鹿"]), ("あの先生、ほんとゴミだわ", &["ゴミ"]), ("教頭のハゲ、また説教", &["ハゲ"])],
            &[
                "火事場の馬鹿力で、重い机をひとりで運べました。",
                "畑でばかでかい大根がとれました！",
                "毎日の音読、ばかにできない効果があります。",
                "山火事でハゲ山になった斜面に、生徒が苗木を植えました。",
                "1年生がゴミ出し当番を頑張っています。",
                "夏祭りのキモ試し大会、生徒会が準備中です。",
                "クズ野菜も使い切るエコ料理を家庭科で作りました。",
            ],
        );
    }

    #[test]
    fn a_lesson_in_the_next_sentence_makes_insults_mentions() {
        assert_rule(
            "insult",
            &[("あいつ死ね。話はそれだけ。", &["死ね"]), ("消えろ。話が長い", &["消えろ"])],
            &["死ね、消えろ。そんな書き込みを受けた人の気持ちを、6年生が話し合いました。", "お前なんか消えろ。ネットで見かけるこの言葉について学びました。"],
        );
    }

    #[test]
    fn quoted_or_taught_insults_are_mentions() {
        assert_rule(
            "insult",
            &[],
            &[
                "「キモい」「ウザい」——何気ない一言が相手を深く傷つけます。",
                "「死ね」などの言葉は絶対に使わないようにしましょう。",
                "ネット上で「バカ」と書き込むことの重さについて学びました。",
                "In today's lesson we learned why words like \"loser\" hurt.",
            ],
        );
    }

    #[test]
    fn english_qualities_no_better_than_a_things_and_contempt_in_more_voices() {
        assert_rule(
            "insult",
            &[
                ("Honestly the new vice principal has the IQ of a wet cardboard box.", &["the IQ of a wet"]),
                ("Man is a walking HR complaint with the brain of a goldfish.", &["the brain of a goldfish"]),
                ("Him a real eediat, no manners at all.", &["eediat"]),
                ("The goalie from Ebetsu is an absolute drongo.", &["drongo"]),
            ],
            &["The brain of a child grows fast in the first years.", "The hall has the size of a football field.", "Our librarian has the patience of a saint."],
        );
    }

    #[test]
    fn english_judgements_count_when_predicated_of_a_person() {
        assert_rule(
            "insult",
            &[
                ("That new coach is so useless.", &["useless"]),
                ("You're pathetic, honestly.", &["pathetic"]),
                ("The ref today was a total clown", &["clown"]),
                ("He's useless at his job", &["useless"]),
                ("Our principal is a spineless yes-man.", &["spineless", "yes-man"]),
                ("Shut up and sit down, nobody likes you", &["Shut up", "nobody likes you"]),
                ("That parent called the office again. Pathetic.", &["Pathetic"]),
                ("That parent rang me at 10pm about a form. Clueless bloke, utter fossil.", &["Clueless"]),
            ],
            &[
                "The students picked up trash along the river.",
                "Kids are picking up trash at the park.",
                "This old printer is useless, so we ordered a new one.",
                "She told a joke at the assembly.",
                "The kids found a worm and a potato in the school garden.",
                "My coach stayed late to fix the scrum. Lazy Sunday tomorrow, finally.",
                "Singing a song nobody asked for at the staff party, as is tradition.",
            ],
        );
    }

    #[test]
    fn judgements_by_class_said_of_every_kind_of_person() {
        assert_rule(
            "insult",
            &[
                ("あの担任、ほんと非常識", &["非常識"]),
                ("うちの部長は偉そうで、いつも口ばかり", &["偉そう"]),
                ("隣のクラスの先輩、マジで雑魚", &["雑魚"]),
                ("あのおばさん、ほんと無神経", &["無神経"]),
                ("あの先生は本当に図々しい", &["図々しい"]),
                ("The new coach is a total muppet.", &["muppet"]),
                ("Shut up, nobody asked you.", &["Shut up", "nobody asked"]),
                ("そんな説明もおわかりにならないとは、さすがですね", &["おわかりにならない"]),
                ("文章を理解する力がおありでないのでしょうか", &["おありでない"]),
            ],
            &[
                "非常識な時間帯のお電話はお控えください。",
                "このプリンターは役に立たない。",
                "部長のおかげで、雑魚寝の合宿も楽しく過ごせました。",
                "We watched The Muppets in English club.",
                "上履きをお持ちでない方は、受付でスリッパをお使いください。",
            ],
        );
    }

    #[test]
    fn a_persons_worth_mind_and_manners_run_down_in_one_word() {
        assert_rule(
            "insult",
            &[
                ("体育の先生、ただのチンピラだよね", &["チンピラ"]),
                ("あの保護者は本当に常識知らず", &["常識知らず"]),
                ("うちの教頭、器が小さすぎる", &["器が小さすぎる"]),
                ("あの審判、笛がヘタクソすぎ", &["ヘタクソ"]),
                ("隣の担任は、ただの頭でっかち", &["頭でっかち"]),
                ("お前みたいな奴は恥を知れ", &["恥を知れ"]),
            ],
            &[
                "頭でっかちにならないよう、体験を大切にした授業です。",
                "チンピラ役を演じた3年生の演技に、会場が沸きました。",
                "ヘタクソでもいいから、まずは楽しく歌おう！",
                "器が小さいので、スープは大きなお椀に入れてください。",
            ],
        );
    }

    #[test]
    fn intensifiers_terrain_and_key_points_are_not_insults() {
        assert_rule(
            "insult",
            &[("あいつ、マジでキモ", &["キモ"]), ("お前なんか、しね", &["しね"])],
            &[
                "今年の夏は暑かったしね。秋が楽しみです。",
                "雪が多いし、寒いしね。",
                "畑で、ばかでかいかぼちゃが採れました。",
                "ハゲ山だった斜面に、今年も苗木を植えました。",
                "ここがキモ！という補助線を見つけました。",
                "キモ試しの後は、みんなで花火をしました。",
            ],
        );
    }

    #[test]
    fn a_verdict_without_a_subject_is_said_of_whom_the_sentence_before_was_about() {
        assert_rule(
            "insult",
            &[
                ("うちの新人、また遅刻。ほんとポンコツ。", &["ポンコツ"]),
                ("あの審判は見てなかった。節穴すぎ", &["節穴"]),
                ("教頭がまた会議を延ばした。マジで使えない", &["使えない"]),
            ],
            &[
                "コピー機がまた止まった。ほんとポンコツ。",
                "先生が新しいカードを配った。このカードは使えない。",
                "生徒会が集まりました。燃えないゴミはこちらへ。",
            ],
        );
    }

    #[test]
    fn intensifiers_compounds_and_self_mockery_judge_no_one() {
        assert_rule(
            "insult",
            &[
                ("お前ほんとバカだな", &["バカ"]),
                ("あの教頭、アホすぎて話にならん", &["アホすぎ"]),
                ("私はあいつをバカだと思う", &["バカ"]),
                ("バカみたいな話をする教頭", &["バカ"]),
                ("あのクソ教師、また遅刻", &["クソ教師"]),
                ("バカな審判のせいで負けた", &["バカ"]),
                ("生徒をバカにしてる教頭", &["バカ"]),
                ("you're so dumb lol", &["dumb"]),
            ],
            &[
                "方言かるた、子どもたちにバカ受けでした",
                "ばかみたいに笑った一日",
                "雪がアホほど積もった",
                "寝癖でアホ毛が立ってる",
                "傘忘れた、俺のバカ",
                "今年の雪、バカみたいに多い。",
                "アホみたいな量の書類、どうにかならんかな",
                "バカみたいな暑さが続いています",
                "クソ寒い朝、-20℃。でも子どもらは元気に登校してきた",
                "バカ真面目に全部コメントを書いた",
                "バカでかいかぼちゃが採れました",
                "差し入れのおにぎり、みんなバカくらい食べた",
                "電気代もバカにならない季節です",
                "今日の失敗、我ながらアホすぎる笑",
                "私ってほんとバカ、また鍵を忘れた",
                "テスト前なのに寝坊した。アホだな俺。",
                "また鍵を忘れた、バカか私は",
                "ボクってほんとバカ、また鍵を忘れた",
                "i'm so dumb, i locked my keys in the car",
                "dumb question but is there school tomorrow?",
            ],
        );
    }

    #[test]
    fn judgements_by_class_said_of_a_person_not_of_a_thing() {
        assert_rule(
            "insult",
            &[
                ("あの新任、ほんと金食い虫だよ", &["金食い虫"]),
                ("うちの教頭は本当に嘘つき", &["嘘つき"]),
                ("あの保護者は話が通じない", &["話が通じない"]),
                ("副校長はいつも横柄", &["横柄"]),
                ("隣の担任、ほんとに石頭。", &["石頭"]),
                ("The new principal is such a knobhead.", &["knobhead"]),
                ("That parent is insufferable.", &["insufferable"]),
            ],
            &[
                "保護者の方は、お荷物を受付に預けてください。",
                "宇宙人が出てくる劇を、生徒たちが演じました。",
                "生徒たちはロボットを組み立てました。",
                "嘘つきは泥棒の始まり、と昔から言います。",
                "化石の発掘体験で、児童が三葉虫の化石を見つけました。",
                "The heat in the gym was insufferable.",
                "本日、教育長が来校され、授業を参観されました。",
                "先生は絵のセンスがないので、生徒に教わりました。",
                "先生がでしゃばらず、子どもたちに任せました。",
                "先生も最近、頭が固くなってきました。",
                "保護者の皆様、お荷物はロッカーへお入れください。",
                "先生はずっとここにいたいです。",
                "児童が、底辺が5cmの三角形の面積を求めました。",
                "学芸会で、子どもたちが「三びきのこぶた」を演じました。",
                "The kids were snowflakes in the winter play.",
            ],
        );
    }

    #[test]
    fn more_judgements_of_a_person_by_class() {
        assert_rule(
            "insult",
            &[
                ("あの主任、ほんと口先だけ", &["口先だけ"]),
                ("あの教頭は要領が悪い", &["要領が悪い"]),
                ("うちの校長は教育委員会の腰巾着", &["腰巾着"]),
                ("あの担任は上から目線", &["上から目線"]),
                ("隣の学年主任は恩着せがましい。", &["恩着せがましい"]),
                ("教頭って豚みたいに食べるよね", &["豚みたい"]),
            ],
            &[
                "口先だけでなく行動で示そう、と生徒会長が話しました。",
                "小学生以下のお子様は、保護者の方と一緒にご来場ください。",
                "パソコンの処理が遅いので、先生方にはご迷惑をおかけしています。",
                "子豚みたいにかわいい、と生徒が飼育小屋のミニブタを描きました。",
                "上から目線にならないよう、先生方で言葉遣いを見直しました。",
            ],
        );
    }

    #[test]
    fn a_quality_a_person_is_said_to_lack_is_a_judgement_of_them() {
        assert_rule(
            "insult",
            &[
                ("通話していた保護者の方、常識ないんですか", &["常識ない"]),
                ("あの校長、説明会で30分しゃべって中身ゼロ", &["中身ゼロ"]),
                ("隣の担任は協調性に欠ける", &["協調性に欠ける"]),
                ("教務主任、人としての能力が低すぎる", &["能力が低"]),
                ("打楽器のあの子、センスない子に何教えても無駄", &["センスない"]),
                ("来賓の議員、ほんと品のない人だった", &["品のない"]),
            ],
            &[
                // a quality of a thing, or a person's state, not their worth
                "このプリンター、性能が低い",
                "担任の先生は今日は時間がない",
                "生徒が体調が悪いと言うので早退させました",
                "常識がないと言われないよう、マナー講座を開きました。",
                "水のレベルが低いので注意",
                // said of many: `discrimination`'s claim if of a group
                "名寄の先生たち、なんか全体的にやる気ないよね",
            ],
        );
    }

    #[test]
    fn an_empty_head_or_a_slow_mind_is_a_lack_too() {
        assert_rule(
            "insult",
            &[("うちの教頭、声はでかいのに頭は空っぽ", &["頭は空っぽ"]), ("今度の新人は物覚えが悪い", &["物覚えが悪い"]), ("隣の担任、視野が狭すぎ", &["視野が狭"])],
            &[
                // a head that is low is a humble one; a slow memory given as a reason is the writer's
                "あの先生は頭が低くて、誰にでも丁寧です。",
                "私は物覚えが悪いので、毎朝メモを見返しています。",
                "教頭先生、空っぽの段ボールを片付けてくださいました。",
            ],
        );
    }

    #[test]
    fn a_soft_wish_that_someone_were_gone_is_hostile() {
        assert_rule(
            "insult",
            &[("うちの教務、あの人さえいなくなってくれたら職員室は平和", &["いなくなってくれたら"]), ("隣の担任、早くいなくなってくれ", &["いなくなってくれ"])],
            &[
                // help wished for, a secret kept, help already given
                "先輩が手伝ってくれたら楽なのに",
                "保護者の皆さんは、当日まで黙っといてください。",
                "教頭先生が黙って話を聞いてくれた。",
            ],
        );
    }

    #[test]
    fn someone_asked_whether_they_have_ears_or_eyes_is_run_down() {
        assert_rule(
            "insult",
            &[("今日の主審、目ついてる？", &["目ついてる？"]), ("隣の学校の指揮者、耳ついてんのかな", &["耳ついてんのか"])],
            &["ぬいぐるみの耳がついてるか確かめました。", "1年生、授業に目がついていけるか心配です。", "この人形、目がついてるね"],
        );
    }

    #[test]
    fn a_person_held_up_against_a_beast_or_a_thing_is_run_down() {
        assert_rule(
            "insult",
            &[
                ("今日の来賓、挨拶が長いだけ。ゴリラのほうがまだ空気を読む", &["ゴリラのほうがまだ"]),
                ("うちの事務長、何を頼んでも動かない。かかしの方がよっぽど働く", &["かかしの方がよっぽど"]),
                ("あの先生、何回説明しても伝わらない。壁に話してるみたい", &["壁に話してるみたい"]),
                ("隣の学校の顧問、マナーがなってない。犬に失礼か", &["犬に失礼"]),
            ],
            &[
                // a beast that does better at its own thing, or a farm visit
                "牧場で牛と話している気分になりました。生徒たちも笑顔でした。",
                "犬のほうが猫よりも散歩が好きだと、生徒が発表しました。",
                "チンパンジーのほうが人より記憶が得意だという研究を紹介しました。",
            ],
        );
    }

    #[test]
    fn praise_framed_as_a_concession_or_marked_not_meant_runs_a_person_down() {
        assert_rule(
            "insult",
            &[
                ("あの保護者、文句の言い方だけは一流ですね", &["だけは一流"]),
                ("隣のクラスの担任、ある意味天才だわ", &["ある意味天才"]),
                ("教頭先生、いつも素敵なご提案ありがとうございます（棒）", &["教頭先生、いつも素敵なご提案ありがとうございます（棒）"]),
            ],
            &[
                "体調管理だけは気をつけてね、先生方",
                "3年生の粘りは本当にすごい。",
                "ある意味すごい雪の量でした",
                "講師の方、話は退屈だったけど時間配分だけは満点だった。",
            ],
        );
    }

    #[test]
    fn a_judgement_said_of_a_group_is_left_to_discrimination() {
        assert_rule(
            "insult",
            &[
                // a word of contempt insults the group as well
                ("転勤族の家はアホばっかり", &["アホ"]),
                // a judgement said of one person is an insult
                ("あの教頭は本当に使えない", &["使えない"]),
            ],
            &[
                // the same judgements said of every one of a group
                "外国人の親ってみんな使えない",
                "Immigrant parents are clueless.",
            ],
        );
    }

    #[test]
    fn refusing_all_contact_with_a_person() {
        assert_rule(
            "insult",
            &[
                ("隣の学年の担任、もう関わりたくない", &["関わりたくない"]),
                ("あの教頭、顔も見たくないわ", &["顔も見たくない"]),
            ],
            &[
                "トラブルには関わりたくないので、鍵の管理は二人で確認しています。",
                "先生とは、もう一度ゆっくり話したいと思います。",
            ],
        );
    }

    #[test]
    fn a_man_called_by_a_trait_and_yarou_is_contempt() {
        assert_rule(
            "insult",
            &[
                ("雷が鳴るたびに逃げ出す主任、とんだ腰抜け野郎だ", &["腰抜け野郎"]),
                ("会費を一円も出さないケチ野郎に幹事は任せられない", &["ケチ野郎"]),
                ("あの部長はまさに昭和の化石。", &["昭和の化石"]),
            ],
            &[
                "合宿は野郎ばかりで、食事の量がすごかった。",
                "化石の発掘体験で、児童がアンモナイトの化石を見つけました。",
            ],
        );
    }

    #[test]
    fn garbage_that_does_something_is_a_thing() {
        assert_rule(
            "insult",
            &[("あの教頭は本当にゴミ", &["ゴミ"]), ("隣のクラスの担任、ただのクズ。", &["クズ"]), ("担任、あんなクズがいるから学級が荒れる", &["クズ"])],
            &[
                "花火大会のあと、見物客が帰ると河原のゴミが一気に増えた。",
            ],
        );
    }
}

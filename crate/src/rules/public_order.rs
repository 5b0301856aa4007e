//! `public-order`: Against public order and morals (公序良俗に反する内容).
//!
//! Cost: the people an act is done to are looked up (the list of people,
//! then this list again for animals, both near the acts) only when the post
//! holds a wish, a desire or relish that a statement of them would need, and
//! the animals only where the shared scan says one may be
//! ([`crate::text::terms::TermList::places`]). A text of plain acts line
//! after line (`先生を刺す\n`, the bench's `cruel-acts-on-people-by-line`)
//! had every line's words matched three times for nothing: 64 KiB of it
//! took 240 M instructions, 176 M now (callgrind, the CLI's second check,
//! 2026-11-29, with the other cuts of that commit); the findings of every
//! corpus are byte-identical.


use std::ops::Range;

use super::lists;
use super::context::{as_listed, has_tag, inflection, is_volitional, ranges_tagged, with_sentence_after, with_sentence_before, words_under};
use super::{declare_rule, Context, Rule, RuleMeta};
use crate::finding::Finding;
use crate::text::spans::Inside;
use crate::text::Normalized;
use crate::words::Token;


declare_rule! {
    /// ### What it does
    /// Flags obscene content (`全裸`, `下ネタ`, `エロい`, `nude pics`…),
    /// violent content and advocacy of violence (`グロ動画`,
    /// `殴ってでも従わせる`), and cruel imagery that the post relishes or
    /// passes on (`血しぶきが飛び散る残酷シーン、最高でした`; in English, cruel
    /// or lewd content with a clip or a picture passed on: `guts across the
    /// road… pics in the comments`, `uncensored, vid below`), sexual remarks
    /// about a person's body (`浴衣姿がたまらん`), peeping where people
    /// undress (`更衣室の壁に穴をあけて`), sexual desire or advances
    /// toward a person (`新人の先生を酔わせて`), and cruel acts the writer
    /// wishes on someone or relishes imagining (`切り刻んでやりたい`,
    /// `imagine stabbing him`), an animal hurt for fun, and a stunt that can
    /// kill dared or urged on others (`線路に寝そべって撮るの、やってみ`). Cruel verbs are words of the dictionary matched
    /// in every inflection: the desiderative form is a wish of its own
    /// (`殴りたい`, `刺してやりたい`; `殴ってやる` is a threat, left to `illegal`), a passive or negated one is not
    /// (`殴られた`, `殴りたくない`); a verb with innocent objects too
    /// (`刺す`, `燃やす`) counts only with a person or an animal in the
    /// sentence. Words that only
    /// look alike are left alone (`献血`, `殺菌`, `ヌードル`, `グローバル`), and
    /// so is a lesson or notice that names such content to warn about it.
    ///
    /// ### Why it matters
    /// Guideline 4(7) forbids posting anything against public order and
    /// morals (公序良俗). Pupils and parents read a school's account; obscene
    /// or violent content there is unacceptable and damages trust in the
    /// school.
    ///
    /// ### Examples
    /// Flagged: `二次会で全裸になって踊る先生`, `グロ動画を貼っておきます`,
    /// `someone passed around nude pics lol`.
    ///
    /// Not flagged: `献血セミナーで血液の役割を学びました`,
    /// `平和学習で戦争の残酷な場面について考えました`, `ホラー映画鑑賞会`,
    /// `お化け屋敷の血まみれの衣装が最高でした` (make-believe).
    PublicOrder {
        id: "public-order",
        clause: "4(7)",
        severity: Error,
        title: "公序良俗に反する内容",
        title_en: "Against public order and morals",
        docs: "### 何を検出するか\n\
わいせつな内容（`全裸`、`下ネタ`、`エロい`、`nude pics` など）、暴力的な内容や暴力の肯定（`グロ動画`、`殴ってでも従わせる`）、\
残酷な描写を楽しんだり勧めたり広めたりする内容（`血しぶきが飛び散る残酷シーン、最高でした`。英語では、残酷な内容やわいせつな内容を動画や画像で広めるもの：`pics in the comments`、`uncensored, vid below`）、\
人の体についての性的な発言（`浴衣姿がたまらん`）、更衣室などののぞき（`更衣室の壁に穴をあけて`）、人への性的な欲求や誘い（`新人の先生を酔わせて`）、人を傷つける残酷な行為を望んだり想像して楽しんだり、動物を面白半分に傷つけたりする内容（`切り刻んでやりたい`、動物への虐待）、命に関わる危険な行為をけしかける内容（`線路に寝そべって撮るの、やってみ`）を検出します。\
残酷な行為の動詞は辞書の語としてどの活用形でも見つけ、「殴りたい」「刺してやりたい」のような願望の形はそれだけで望む内容とし（「殴ってやる」は脅しとして illegal の対象）、「殴られた」「殴りたくない」は除きます。\
形が似ているだけの言葉（`献血`、`殺菌`、`ヌードル`、`グローバル`）や、注意を呼びかけるために取り上げている文は対象外です。\n\n\
### なぜ問題か\n\
ガイドライン4(7)は公序良俗に反する情報の発信を禁じています。学校のアカウントは児童生徒や保護者も読んでおり、\
わいせつ・暴力的な内容は不適切で、学校への信頼を損ないます。\n\n\
### 例\n\
検出する：`二次会で全裸になって踊る先生`、`グロ動画を貼っておきます`\n\n\
検出しない：`献血セミナーで血液の役割を学びました`、`平和学習で戦争の残酷な場面について考えました`、`ホラー映画鑑賞会`、`お化け屋敷の血まみれの衣装が最高でした`（作り物）\n",
    }
}

impl Rule for PublicOrder {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }


    fn check(&self, cx: &Context, out: &mut Vec<Finding>) {
        let text = cx.text;
        // The animals count only with a cruel act in their sentence: their
        // words are looked for there, below, and no sentence without one is
        // tokenised for them (`動物園`; `から`, in nearly every sentence, is a
        // trigger of `カラス`). No other entry of the list lies inside an
        // animal's word, so the other terms are the same (a test checks it
        // over the corpora).
        let is_animal = |tag: &str| has_tag(tag, "animal");
        let terms = as_listed(text, lists::PUBLIC_ORDER.find_skipping_lemmas(text, is_animal));
        if terms.is_empty() {
            return;
        }
        let tagged = |tag| ranges_tagged(&terms, tag);
        let mentions = cx.mentions();
        let offensive = tagged("obscene").into_iter().chain(tagged("violence")).filter(|r| !mentions.is_mention(r));
        // A cruel act suffered (`殴られた`, `刺されたらしい`) is news, not a wish.
        let done = |tag| -> Vec<Range<usize>> { tagged(tag).into_iter().filter(|r| !is_passive(text, r)).collect() };
        // An advance told as done (`先生が生徒に手を出したらしい`) is someone's
        // act reported, which rule `rumor` reads, not desire said.
        let desire: Vec<Range<usize>> = tagged("desire").into_iter().filter(|r| !is_told_done(text, r)).collect();
        let (harm, acts) = (done("harm"), done("act"));
        // Statements of two parts each: cruel imagery relished or passed
        // on, a body leered at, a person desired, a cruel act wished,
        // imagined or relished.
        // Gore on a costume or a stage (`お化け屋敷の血まみれの衣装`, `fake
        // blood everywhere`) is make-believe enjoyed, not cruelty.
        let staged = Inside::new(tagged("pretend"));
        let relished = mentions.statements(&tagged("gore"), &tagged("relish")).into_iter().filter(|s| !staged.any_within(&text.compact.sentence(s)));
        // Media passed on (`vid below`, `pics in the comments`, `uploading
        // the uncut…`): a word of passing on with a picture, a clip or a text
        // in its sentence passes on the cruel or lewd content named there.
        let media = Inside::new(tagged("media"));
        let shown: Vec<Range<usize>> = tagged("shown").into_iter().filter(|s| media.any_within(&text.compact.sentence(s))).collect();
        let passed_on = if shown.is_empty() { Vec::new() } else { mentions.statements(&sorted(tagged("gore").into_iter().chain(tagged("lewd"))), &shown) };
        let passed_on = passed_on.into_iter().filter(|s| !staged.any_within(&text.compact.sentence(s)));
        // A mass killing admired, corporal punishment approved, the dead
        // and the victims mocked: laughed at or told they had it coming (not
        // merely relished: `被災者の方に支援物資を送って` sends them help).
        let admired = mentions.statements(&sorted(tagged("killer").into_iter().chain(tagged("punish"))), &tagged("approve"));
        let mocked = mentions.statements(&tagged("victim"), &tagged("mock"));
        // A girl leered at with no body named: only the words that leer
        // and nothing else (`女子高生、そそる`; not `女子生徒の作品が眼福`).
        // Where a body is named too, the body is what the sentence leers at.
        let bodies = mentions.statements(&tagged("body"), &tagged("leer"));
        let at_a_body = Inside::new(bodies.clone());
        let girls = mentions.statements(&tagged("girl"), &tagged("ogle")).into_iter().filter(|r| !at_a_body.any_within(&text.compact.sentence(r)));
        let leered = bodies.into_iter().chain(girls);
        // Peeping: where people undress (or a woman) and a covert way to see.
        let peeped = mentions.statements(&tagged("private"), &tagged("peep"));
        // A stunt that can kill, dared or urged on someone (`線路に寝そべって…
        // やってみたら？`, `増水した川に飛び込んだら伝説`).
        let dared = mentions.statements(&tagged("hazard"), &tagged("dare"));
        // A cruel verb in the desiderative form (殴りたい, 刺してやりたい)
        // wishes itself.
        // Gore made and wished on someone (`血まみれにしてやりたい`) is a
        // cruel act wished: the wish is said by the verb that makes it.
        let made: Vec<Range<usize>> = tagged("gore").into_iter().filter(|r| is_wished(text, r)).collect();
        let harm: Vec<Range<usize>> = sorted(harm.into_iter().chain(made));
        // A resolve said to be only thought (`埋めたろかって毎日思てる`,
        // `殴ってやろうかと思う`) is a fantasy, not a threat to someone.
        let wishes = sorted(tagged("wish").into_iter().chain(harm.iter().chain(&acts).filter(|r| is_wished(text, r)).cloned()).chain(resolves_thought(text)));
        let relish = tagged("relish");
        // An act with innocent objects too (刺す, 燃やす) is cruel when a
        // person or an animal is in the sentence; desire needs a person.
        // The people are looked up only when such words are at hand.
        let (mut done_to_someone, mut desired, mut done_to_animals) = (Vec::new(), Vec::new(), Vec::new());
        // Whom an act is done to counts only with a wish or relish in the
        // post (a statement needs both of its words): a text of plain acts
        // (`先生を刺す` line after line) is not read for people, which was
        // a fifth of its check (callgrind).
        if !desire.is_empty() || (!acts.is_empty() && (!wishes.is_empty() || !relish.is_empty())) {
            // Only the sentences of these words, and the ones before them
            // (a pronoun there points back), are read for people.
            let near: Vec<Range<usize>> = acts.iter().chain(&desire).map(|r| with_sentence_before(&text.compact, r)).collect();
            let near_acts = &near[..acts.len()];
            let people = sorted(lists::PEOPLE.find_near(text, &near).into_iter().map(|m| m.range).chain(tagged("person")).chain(tagged("girl")));
            desired = mentions.statements(&people, &desire);
            // The animals are looked for again only where one may be: the
            // list read once more near the acts cost a line of `先生を刺す`
            // its words matched twice (8 % of a 1 MB family, callgrind).
            let animals = if lists::PUBLIC_ORDER.places(text, is_animal).is_empty() {
                Vec::new()
            } else {
                ranges_tagged(&as_listed(text, lists::PUBLIC_ORDER.find_near(text, near_acts)), "animal")
            };
            // Cruelty to an animal, told with relish (`猫に石を投げつけて遊んだ笑`).
            done_to_animals = mentions.statements(&animals, &acts);
            done_to_someone = mentions.statements(&sorted(people.into_iter().chain(animals)), &acts);
        }
        let cruel = sorted(harm.iter().cloned().chain(done_to_someone));
        let wished = mentions.statements(&cruel, &wishes);
        // Harm done to a person and laughed at is an assault told (rule
        // `illegal`); an animal hurt for fun is cruelty.
        // The relish often comes as the next sentence, the writer's
        // reaction to what was done (`…水に沈めてやった。静かになったわ`,
        // `…燃やしてやった。鳴いてて笑えた`).
        let relishing = Inside::new(relish.clone());
        let reacted = done_to_animals.iter().filter(|s| relishing.any_within(&with_sentence_after(&text.compact, s))).cloned();
        let enjoyed = sorted(mentions.statements(&done_to_animals, &relish).into_iter().chain(reacted));
        let mut spans: Vec<_> = offensive.chain(relished).chain(passed_on).chain(admired).chain(mocked).chain(leered).chain(peeped).chain(dared).chain(desired).chain(wished).chain(enjoyed).collect();
        spans.sort_by_key(|r| (r.start, std::cmp::Reverse(r.end)));
        // One finding per span: a sentence may be two of these statements.
        spans.dedup_by(|inner, outer| outer.start <= inner.start && inner.end <= outer.end);
        // Cruelty or obscenity named under a lesson's heading is what the
        // lesson warned of.
        for span in spans.into_iter().filter(|s| !mentions.in_lesson(s)) {
            out.push(Self::META.finding(
                text.compact.original_range(span),
                "わいせつ・暴力的など、公序良俗に反する内容です。学校や組織の発信にふさわしくないため、削除してください。",
                "This is obscene, violent or otherwise against public order and morals, and does not belong in an official post. Remove it.",
            ));
        }
    }
}

/// Ranges by start, as [`super::context::Mentions::statements`] takes them.
fn sorted(ranges: impl Iterator<Item = Range<usize>>) -> Vec<Range<usize>> {
    let mut ranges: Vec<_> = ranges.collect();
    ranges.sort_by_key(|r| (r.start, r.end));
    ranges
}

/// Whether the verb at `range` (compact view; a lemma match runs on over
/// its inflection) is wished: `殴りたい`, `刺してやりたい`, not `殴った`,
/// `殴られたくない` (suffered, not done) or `殴りたくない`. The wish may
/// come down the verb chain after the words of the entry: a state brought
/// about (`ボコボコにしてやりたい`, `血まみれにしたかった`) says its wish in
/// the verb that makes it.
fn is_wished(text: &Normalized, range: &Range<usize>) -> bool {
    let under = words_under(text, range);
    // A state is made with `に` before its verb (`血まみれに|してやりたい`).
    let mut first = true;
    let carried: Vec<&Token> = under
        .after()
        .take(7)
        .take_while(|t| {
            let made = first && t.pos() == "助詞" && t.lemma() == "に";
            first = false;
            made || carries_the_verb(t)
        })
        .collect();
    let said: Vec<&Token> = under.tokens.iter().copied().chain(carried.iter().copied()).collect();
    // Only the desiderative: `殴ってやる` and `刺してやろう` said to
    // someone are threats (rule `illegal`), not a fantasy.
    let wish = said.iter().any(|t| t.pos() == "助動詞" && t.lemma() == "たい");
    // A negation may follow a particle: `殴りたくもない`.
    let negated = under.after().skip(carried.len()).take(2).chain(said.iter().copied()).any(|t| t.lemma() == "ない");
    let suffered = carried.iter().any(|t| matches!(t.lemma().as_ref(), "れる" | "られる"));
    wish && !negated && !suffered
}

/// Whether the verb at `range` (compact view) is told as done: its own
/// inflection is in the past (`生徒に手を出したらしい`, `手を出した講師`) with
/// no wish or resolve in it (`手を出したかった`, `手を出そうとした` say one).
/// Only the verb's own: a later verb's past (`酔わせて送ってった`, `ヤレそうか
/// 賭けてた`) tells what else was done. Only an act said in a phrase that
/// ends in its verb after a particle (`生徒に手を出`): a word a verb may grow
/// from (`色気` of `色気づいてきた`, read `色`+`気づい`) is not an act told.
fn is_told_done(text: &Normalized, range: &Range<usize>) -> bool {
    let under = words_under(text, range);
    let phrase = match under.tokens[..] {
        [.., particle, verb] => particle.pos() == "助詞" && verb.pos() == "動詞",
        _ => false,
    };
    if !phrase {
        return false;
    }
    let said: Vec<&Token> = under.tokens.iter().copied().chain(inflection(under.after())).collect();
    let auxiliary = |t: &Token, lemma: &str| t.pos() == "助動詞" && t.lemma() == lemma;
    let past = said.iter().any(|t| auxiliary(t, "た"));
    let wished = said.iter().any(|t| auxiliary(t, "たい") || is_volitional(t));
    past && !wished
}

/// Whether `token` carries a verb on to its wish: an auxiliary (`たい`,
/// `た`), the `て` that joins a helper verb, a helper (`やる` of
/// `してやりたい`, `しまう`) or the `する` that makes a state (`ボコボコに
/// する`).
fn carries_the_verb(token: &Token) -> bool {
    match token.pos() {
        "助動詞" => true,
        "助詞" => token.subclass() == "接続助詞" && matches!(token.lemma().as_ref(), "て" | "で"),
        "動詞" => token.subclass() == "非自立" || matches!(token.lemma().as_ref(), "する" | "やる" | "してやる" | "しまう"),
        _ => false,
    }
}

/// Whether the verb at `range` (compact view, with its inflection) is
/// passive: suffered (`殴られた`), not done.
fn is_passive(text: &Normalized, range: &Range<usize>) -> bool {
    words_under(text, range).tokens.iter().any(|t| matches!(t.lemma().as_ref(), "れる" | "られる"))
}

/// Volitional endings, as the compact view writes them: `やろう(か)`,
/// `しよう(か)`, Kansai `たろ(か)`, `やろか`.
const VOLITIONAL: &[&str] = &["ろうか", "ようか", "ろか", "よか", "ろう", "よう", "たろ", "やろ"];
/// Words between the quotation and `思う`: `毎日`, `本気で`.
const HOW_OFTEN: &[&str] = &["毎日", "毎回", "毎朝", "毎晩", "いつも", "何度も", "本気で", "まじで", "正直", "ちょっと", "一瞬", "ずっと", "常に", ""];

/// Resolves that the writer says they only think (compact view): a
/// volitional ending, `って` or `と`, perhaps a word of how often, and
/// `思う` in any form (`思ってる`, Kansai `思てる`).
fn resolves_thought(text: &Normalized) -> Vec<Range<usize>> {
    let s = text.compact.as_str();
    let mut found = Vec::new();
    for (at, think) in s.match_indices("思") {
        let before = &s[..at];
        let resolve = HOW_OFTEN.iter().filter_map(|w| before.strip_suffix(w)).find_map(|b| {
            let b = b.strip_suffix("って").or_else(|| b.strip_suffix("と"))?;
            VOLITIONAL.iter().find(|v| b.ends_with(*v)).map(|v| b.len() - v.len())
        });
        if let Some(start) = resolve {
            found.push(start..at + think.len());
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use crate::rules::context::has_tag;
    use crate::rules::lists::PUBLIC_ORDER;
    use crate::rules::testing::assert_rule;
    use crate::text::Normalized;

    #[test]
    fn leaving_the_animals_out_leaves_the_other_terms_as_they_are() {
        // Over the corpora: the rule reads its list without the animals'
        // lemma entries, which hold no other entry of it.
        let animal = |tag: &str| has_tag(tag, "animal");
        for text in crate::text::testing::corpus_texts() {
            let others = |found: Vec<_>| found.into_iter().filter(|m: &crate::text::terms::TermMatch| !animal(m.tag)).collect::<Vec<_>>();
            let all = others(PUBLIC_ORDER.find(&Normalized::new(&text)));
            assert_eq!(others(PUBLIC_ORDER.find_skipping_lemmas(&Normalized::new(&text), animal)), all, "{text:?}");
        }
    }

    #[test]
    fn an_advance_told_as_done_is_a_report_not_desire() {
        assert_rule(
            "public-order",
            &[("新任の先生、教え子に手を出したいとか言ってた", &["新任の先生、教え子に手を出したい"])],
            &["例の学校の先生、生徒に手を出したらしいよ。まだ表に出てないけど", "あそこの塾、生徒に手を出した講師いるって評判だよ"],
        );
    }

    #[test]
    fn obscene_and_violent_content_is_flagged() {
        assert_rule(
            "public-order",
            &[
                ("打ち上げで半裸になって騒いだ先生がいた", &["半裸"]),
                ("職員旅行はｴﾛい話ばかりでした", &["ｴﾛい"]),
                ("グロい写真が送られてきたので共有します", &["グロ"]),
                ("宿題をしない子は叩いてでもやらせる", &["叩いてでも"]),
                ("Someone shared NUDES in the staff chat", &["NUDES"]),
            ],
            &[],
        );
    }

    #[test]
    fn cruel_imagery_only_when_relished_or_passed_on() {
        assert_rule(
            "public-order",
            &[("血まみれの場面が続く映画、生徒にもおすすめです！", &["血まみれの場面が続く映画、生徒にもおすすめ"])],
            &[
                "平和学習で、戦争の残酷な場面について考えました。",
                "血まみれのけが人を救った消防士の話を聞きました。講演は最高の学びでした。",
                "ホラー映画鑑賞会を開きました。おすすめの一本は図書室にあります。",
            ],
        );
    }

    #[test]
    fn look_alikes_and_warnings_pass() {
        assert_rule(
            "public-order",
            &[],
            &[
                "高校生献血セミナーで、血液の役割を学びました。",
                "調理器具の殺菌を徹底しています。殺虫剤は使いません。",
                "給食はカップヌードル風のスープでした。グローバル教育の一環です。",
                "美術の授業でヌードデッサンの歴史を学びました。",
                "裸足で走るはだし運動会を行いました。",
                "SNSで下ネタを書き込まないよう、情報モラル講座で学びました。",
                "北海道大麻高等学校の吹奏楽部が金賞を受賞しました。",
            ],
        );
    }

    #[test]
    fn leering_at_a_body_is_flagged_but_the_body_alone_is_not() {
        assert_rule(
            "public-order",
            &[
                ("新しい先生の浴衣姿、正直たまらん", &["浴衣姿、正直たまらん"]),
                ("体育の時間、女子の体操服姿をガン見してた", &["体操服姿をガン見"]),
                ("飲み会で同僚のスカートの中が見えそうでラッキー", &["スカートの中が見えそうでラッキー"]),
                ("隣のクラスの先生、色っぽくて困る", &["色っぽ"]),
            ],
            &[
                "浴衣姿の児童が、盆踊りを楽しみました。",
                "体操服姿で元気に走る子どもたちを、保護者の皆さんが見てくださいました。",
                "水泳学習に向けて、水着と下着の替えをご用意ください。",
                "ハーフパンツで登校してください。運動会が楽しみです。",
            ],
        );
    }

    #[test]
    fn cruel_acts_wished_or_imagined_are_flagged() {
        assert_rule(
            "public-order",
            &[
                ("うるさい客、首を絞めてやりたい", &["客、首を絞めてやりたい"]),
                // 解体する is a cruel act of the class: the person it is done to is part of the statement
                ("部長をチェーンソーで解体する妄想が止まらない", &["部長をチェーンソーで解体する妄想"]),
                ("Sometimes I imagine stabbing the whole committee.", &["imagine stabbing"]),
                ("あの審判、マジで殴りたい", &["殴りたい"]),
                ("学年主任を半殺しにする夢を見た", &["半殺し"]),
            ],
            &[
                "ハンマー投げで大会新記録！もう一度やりたいと話していました。",
                "調理実習で玉ねぎを切り刻んで、カレーを作りました。",
                "We kicked it into the net twice and want to play again next week.",
                "段ボールをつぶして、リサイクルに出したいと思います。",
                "サッカー部、次の試合こそゴールにボールを蹴りたいと意気込んでいます。",
                "山の谷間に広がる棚田を見学しました。",
                "マグロを解体して刺身にするところを見たいと、子どもたちは大はしゃぎ。",
                "キャンプファイヤーの火が燃えてるのを、もう一度見たいです。",
                "顕微鏡を覗いて、ミジンコを観察しました。テイクアウトのお持ち帰りもできます。",
                "Private lessons and the changing room are on the second floor. She grabbed the ball!",
                "解剖の授業で内臓の仕組みを学び、面白かったと話していました。",
            ],
        );
    }

    #[test]
    fn a_cruel_verb_wished_in_any_inflection() {
        assert_rule(
            "public-order",
            &[
                ("隣の席のやつ、いつか殴ってやりたい", &["殴ってやりたい"]),
                ("あの営業マン、ぶっ殺したくなった", &["ぶっ殺したく"]),
                ("クレーム電話の相手を痛めつけたいと本気で思う", &["痛めつけたい"]),
                ("あいつを刺したい", &["あいつを刺したい"]),
                ("うるさい隣の犬、燃やしてやりたい", &["犬、燃やしてやりたい"]),
            ],
            &[
                "昨日は先生が蚊に刺されました。",
                "生徒たちは、大会に向けて闘志を燃やしたいと話していました。",
                "息を殺して、ホタルの光を見たいと思います。",
                "落ち葉を集めて燃やしました。焼き芋がおいしかったです。",
                "部長が殴られた事件について、警察の方の講演を聞きました。",
                "あんな先生には殴られたくないし、殴りたくもない。",
                "次に会ったら殴ってやるからな。",
            ],
        );
    }

    #[test]
    fn harm_suffered_or_laughed_at_is_left_to_other_rules() {
        assert_rule(
            "public-order",
            &[],
            &[
                "交通事故のニュースを見て、命の大切さを考えました。",
                "駅前で人が刺されたらしい。想像するだけで怖い。",
                "飲み会の帰りに絡んできた酔っ払いを殴ったｗ",
            ],
        );
    }

    #[test]
    fn cruelty_to_animals_told_with_relish() {
        assert_rule(
            "public-order",
            &[
                ("近所の野良猫に石を投げつけて遊んだｗ", &["野良猫に石を投げつけて遊んだｗ"]),
                ("うるさい犬、蹴り飛ばしたらスカッとした", &["犬、蹴り飛ばしたらスカッと"]),
            ],
            &[
                "生徒たちはカエルを観察して、面白かったと話していました。",
                "犬が投げつけられたボールを追いかける様子に、みんな笑顔でした笑",
                "ボールを蹴り飛ばしてストレス解消、スカッとしました。",
            ],
        );
    }

    #[test]
    fn sexual_advances_toward_a_person_are_flagged() {
        assert_rule(
            "public-order",
            &[
                ("新人の先生を酔わせてホテルに連れ込みたい", &["新人の先生を酔わせてホテルに連れ込"]),
                ("保護者の若いママ、口説いてみようかな", &["保護者の若いママ、口説いてみよう"]),
                ("That new intern is so hot, I'd hit on her in a heartbeat", &["intern is so hot, I'd hit on her"]),
                ("教育実習の先生、色気がすごくて授業どころじゃない", &["先生、色気"]),
                ("I keep undressing the new teacher with my eyes", &["undressing the new teacher"]),
            ],
            &[
                "先生方のおかげで、楽しい遠足になりました。ホテルに到着しました。",
                "赤ちゃんを抱っこした保護者の方が来校されました。",
                "色気より食い気、と笑う子どもたちでした。",
            ],
        );
    }

    #[test]
    fn bodies_named_in_other_words_and_leered_at() {
        assert_rule(
            "public-order",
            &[
                ("事務の人の谷間、チラ見しちゃった", &["谷間、チラ見"]),
                ("同僚の脚線美に見とれて会議どころじゃない", &["脚線美に見とれ"]),
                ("保健師の新人さん、胸でかすぎない？", &["胸でかすぎ"]),
                ("スカートが短い方もいて、目の保養になりました", &["スカートが短い方もいて、目の保養"]),
            ],
            &[
                "スーツ姿の新入生が、緊張した面持ちで入場しました。",
                "子どもたちの成長に胸が熱くなり、景色にも見とれました。",
                "胸がいっぱいで目が離せない演技でした",
                "ライフスタイルに合わせた家庭学習を紹介しました。",
            ],
        );
    }

    #[test]
    fn gore_relished_in_more_words() {
        assert_rule(
            "public-order",
            &[
                ("轢死の瞬間の動画、何回も見ちゃう笑", &["轢死の瞬間の動画、何回も見ちゃう笑"]),
                ("Found a video with a dead body in it lol", &["dead body in it lol"]),
            ],
            &[
                "献血で集められた血液は、手術に使われます。面白い話でした。",
                "命の授業で、内臓の働きを学びました。",
            ],
        );
    }

    #[test]
    fn killings_admired_punishment_approved_and_the_dead_mocked() {
        assert_rule(
            "public-order",
            &[
                ("ニュースの通り魔、ちょっと尊敬するわ", &["通り魔、ちょっと尊敬"]),
                ("やっぱり体罰は必要だと思う。口で言ってもわからない子には", &["体罰は必要"]),
                ("川で溺れた子、自業自得でしょ", &["溺れた子、自業自得"]),
                ("地震の死者数、毎日増えてて笑う", &["死者数、毎日増えてて笑"]),
            ],
            &[
                "体罰は必要ない、という考えを全員で確認しました。",
                "被災者の方々に笑顔が戻るよう、募金活動を行いました。",
                "テロリストに立ち向かった英雄の物語を読み、感想を書きました。",
                "犠牲者のご冥福をお祈りします。",
            ],
        );
    }

    #[test]
    fn self_harm_relished_is_flagged() {
        assert_rule(
            "public-order",
            &[("疲れてリスカしちゃった笑", &["リスカしちゃった笑"])],
            &["自傷行為に悩む生徒への支援について、研修を受けました。"],
        );
    }

    #[test]
    fn english_bodies_leered_at_and_harm_wished() {
        assert_rule(
            "public-order",
            &[
                ("Her cleavage today, couldn't stop staring lol", &["cleavage today, couldn't stop staring"]),
                ("I want to strangle that parent so badly.", &["I want to strangle that parent so badly"]),
            ],
            &[
                "Hot weather today: keep your body cool and drink water.",
                "The kids wore swimsuits for the first pool day of summer.",
            ],
        );
    }

    #[test]
    fn english_gore_or_lewd_content_passed_on_with_a_clip_or_a_picture() {
        assert_rule(
            "public-order",
            &[
                ("Bear got hit near Mashike. Guts across the road, head half off. Pics in the comments 😬", &["Guts across the road, head half off. Pics in the comments"]),
                ("Enkai forfeit video incoming: full frontal, uncensored, vid below 🔥", &["full frontal, uncensored, vid below"]),
            ],
            &[
                "Photos from our blood donation drive are below. Thank you, donors!",
                "Our full-length school play recording is attached for families.",
                "Please do not share fight videos; report them to a teacher.",
            ],
        );
    }

    #[test]
    fn peeping_where_people_undress() {
        assert_rule(
            "public-order",
            &[
                ("女子更衣室の壁に穴をあけとこうかな笑", &["女子更衣室の壁に穴をあけ"]),
                ("合宿の大浴場、隠しカメラ仕込んだら面白そう", &["大浴場、隠しカメラ"]),
                ("隣の部屋の女の先生、こっそり覗いてみたい", &["女の先生、こっそり覗いてみたい"]),
                ("Thinking of a hidden camera in the girls' changing room lol", &["hidden camera in the girls' changing room"]),
            ],
            &[
                "更衣室の窓から中が覗けないよう、カーテンを付けました。",
                "大浴場の入浴時間は、女子が19時からです。",
                "理科室の顕微鏡を覗いて、細胞を観察しました。",
                "女の先生が、更衣室の鍵を管理しています。",
            ],
        );
    }

    #[test]
    fn make_believe_gore_and_switched_on_things_are_not_offensive() {
        assert_rule(
            "public-order",
            &[
                ("事故現場の写真、血まみれで最高ｗ", &["事故現場の写真、血まみれで最高ｗ"]),
                ("I got so turned on watching her", &["turned on"]),
            ],
            &[
                "文化祭のお化け屋敷、血まみれの衣装が怖すぎて最高でした笑",
                "The drama club's Halloween show had fake blood everywhere. Kids loved it.",
                "We turned on two-factor authentication for all staff accounts.",
                "The custodian turned on the heating before the students arrived.",
            ],
        );
    }

    #[test]
    fn more_of_each_class_leered_desired_relished_mocked() {
        assert_rule(
            "public-order",
            &[
                ("新しく来た先生、体のラインがたまんない", &["体のラインがたまんない"]),
                ("うちのインコ、うるさいから冷凍庫に入れたら静かになって笑えた", &["インコ、うるさいから冷凍庫に入れたら静かになって笑え"]),
                ("あの上司の弁当に漂白剤を入れる想像をしてる", &["上司の弁当に漂白剤を入れる想像"]),
                ("被災した人たち、泣けば同情されると思ってて笑いもの", &["被災した人たち、泣けば同情されると思ってて笑いもの"]),
                ("喧嘩動画、欲しい人には送るね", &["喧嘩動画、欲しい人には送るね"]),
                ("職員旅行でセフレの話ばかりする先生がいる", &["セフレ"]),
                ("地震で家をなくした人たち、日頃の行いが悪いからだよ", &["家をなくした人たち、日頃の行いが悪"]),
                ("子牛に爆竹つけて遊んだ、超ウケた", &["子牛に爆竹つけて遊んだ、超ウケ"]),
            ],
            &[
                "インコの飼育係が、冷凍庫に入れておいた餌を解凍しました。",
                "体のラインが出にくい水着を、学校で用意しました。",
                "ストッキングの色は肌色か黒にしてください。",
                "被災した人たちのために、募金活動をしました。",
                "いじめ動画を拡散しないでください。",
                "夜はどんな星が見えるか、子どもたちと観察しました。",
                "北海道弁丸出しの先生の話に、生徒たちは大笑いでした。",
                "不審者情報：公園で露出狂が目撃されました。",
                "給食の残りの煮物を、家でご飯のおかずにしました。",
                "冬休み中出された宿題を、始業式の日に集めました。",
                "The pussy willows by the school gate are in bloom.",
                "理科の解剖で、イカの内臓を観察しました。写真があるので閲覧注意です。",
                "理科の実験で割りばしを燃やした生徒たちは、もっと試したいと話していました。",
                "修学旅行の二日目は、生徒をホテルに連れて戻りました。",
                "生徒たちの日焼けした肌を見てると、夏を感じます。",
                "Today was the hottest day of the year, so the students drank lots of water.",
                "地震で家をなくした人たちのために、募金を集めました。",
                "牧場で子牛にミルクをあげて、みんな笑顔になりました。",
            ],
        );
    }

    #[test]
    fn the_dead_and_the_victims_laughed_at_or_told_they_had_it_coming() {
        assert_rule(
            "public-order",
            &[
                ("台風で流された人のニュース見て爆笑した", &["流された人のニュース見て爆笑"]),
                ("あの事故で死んだやつ、自業自得だろ", &["事故で死んだやつ、自業自得"]),
                ("The kids who died in that fire were just weak lol", &["kids who died in that fire were just weak lol"]),
            ],
            &[
                // sending them help is not relishing them
                "被災者の方に支援物資を送っています。",
                "犠牲者の方々のご冥福をお祈りします。",
                "震災の被災者の話を聞き、防災について考えました。",
                "Peace education day: students read letters from WWII survivors and wrote responses in English. A quiet, powerful afternoon.",
            ],
        );
    }

    #[test]
    fn a_cruel_act_of_the_class_wished_on_a_person() {
        assert_rule(
            "public-order",
            &[("部長を解体してやりたいわ", &["部長を解体してやりたい"]), ("あのクソ上司、八つ裂きにしてやりたい", &["八つ裂き"])],
            &["マグロの解体ショー、迫力があって最高でした", "古い倉庫を解体して、新しい部室を建てたいと考えています。"],
        );
    }

    #[test]
    fn more_cruel_verbs_of_the_class_wished_or_imagined() {
        assert_rule(
            "public-order",
            &[
                ("あの審判、半殺しにしてやりたい", &["半殺し"]),
                ("教頭を蹴りまくる想像をして寝た", &["蹴りまくる想像"]),
                ("部長の頭、かち割ってやりたい", &["部長の頭、かち割ってやりたい"]),
                ("隣の担任の顔、叩き潰したくなる", &["担任の顔、叩き潰したく"]),
            ],
            &[
                "半殺しにされた動物を保護した獣医さんの講演を聞きました。",
                "パズルをバラバラにして、もう一度組み立てたい。",
                "空き缶をひねり潰して、リサイクルボックスへ入れたいと生徒が提案しました。",
                "生徒と一緒に、焼き芋のために落ち葉を焼き払いたいところですが、禁止されています。",
                "教室に閉じ込められた蜂を、先生が外に逃がしました。",
            ],
        );
    }

    #[test]
    fn dangerous_stunts_dared_on_others() {
        assert_rule(
            "public-order",
            &[
                ("増水した川、あの橋から飛び込んだら伝説になれるぞ", &["増水した川、あの橋から飛び込んだら伝説になれ"]),
                ("線路に寝そべって写真撮るの、一回やってみ", &["線路に寝そべって写真撮るの、一回やってみ"]),
                ("凍った川の上を歩いて渡るの、度胸試しにいいぞ", &["凍った川の上を歩いて渡るの、度胸試し"]),
                ("Jumping off the roof into the snow, who's in?", &["off the roof into the snow, who's in"]),
            ],
            &[
                "増水した川には近づかないでください。",
                "線路に立ち入るのは大変危険です。",
                "踏切の渡り方を、1年生がやってみました。",
                "スキー教室で、雪崩の起きる仕組みを学びました。",
                "伝統の雪像づくりで、生徒が盛り上がりました。",
                "We talked about why the train tracks are dangerous.",
                "スケートリンクの氷の上で、毎年恒例の大会をやってみました。",
                "跳び箱から飛び降りる練習を、みんなでやってみました。",
                "立入禁止の看板を生徒会がつくり、伝統の清掃活動で設置しました。",
                "修学旅行では、スリル満点のジェットコースターに乗りました。",
            ],
        );
    }

    #[test]
    fn a_girl_leered_at_with_no_body_named() {
        assert_rule(
            "public-order",
            &[
                ("電車の女子高生、思わずガン見しちゃった", &["女子高生、思わずガン見"]),
                ("実習生の女子大生、正直そそる", &["女子大生、正直そそる"]),
                ("若いお母さんを女として見てしまう", &["若いお母さんを女として見"]),
                ("新任の女の先生には、つい鼻の下が伸びる", &["女の先生には、つい鼻の下"]),
            ],
            &[
                "女子生徒の書道作品、どれも眼福でした。",
                "女子の決勝戦、熱くてたまらん！",
                "女子児童がウサギを触りたいと言うので、飼育委員と一緒に抱っこしました。",
                "女子部員が花の匂いを嗅いで、春を感じていました。",
                "実習生の先生が、理科の実技で教えてくれました。",
            ],
        );
    }

    #[test]
    fn more_animals_hurt_for_fun() {
        assert_rule(
            "public-order",
            &[
                ("近所のチワワをBB弾で撃って笑った", &["チワワをBB弾で撃って笑った"]),
                ("カエルを破裂させる遊び、すっきりするよ", &["カエルを破裂させる遊び、すっきり"]),
            ],
            &[
                "理科の授業で、メダカの卵を観察しました。",
                "河原で石を投げて水切り遊び、子犬も一緒で楽しかった。",
                "風船を破裂させるゲームで、みんな笑いました。",
            ],
        );
    }

    #[test]
    fn a_wish_said_by_the_verb_after_the_harm_or_the_gore_it_makes() {
        assert_rule(
            "public-order",
            &[
                ("あの審判、血だらけにしてやりたかった", &["血だらけ"]),
                ("隣の席のやつ、ボコボコにしてしまいたい", &["ボコボコに"]),
                ("あの教頭、頭の中で十回はボコボコにした", &["頭の中で十回はボコボコに"]),
            ],
            &[
                "転んで血だらけになった子を、保健室で手当てしました。",
                "ボコボコにされたくない一心で、守備を固めました。",
                "頭の中で作戦を立てて、練習試合に臨みました。",
            ],
        );
    }

    #[test]
    fn an_animal_hurt_and_the_writers_reaction_in_the_next_sentence() {
        assert_rule(
            "public-order",
            &[("倉庫のネズミ、捕まえて燃やしてやった。鳴き声が面白かった笑", &["ネズミ、捕まえて燃やしてやった"])],
            &[
                "けがをしたタヌキを保護して、獣医さんに届けました。元気になって笑顔がこぼれました。",
                "畑の枯れ草を燃やしました。焼き芋が最高でした笑",
            ],
        );
    }

    #[test]
    fn a_cruel_resolve_said_to_be_only_thought_is_a_fantasy() {
        assert_rule(
            "public-order",
            &[("あいつ、ボコボコにして海に沈めたろかって毎日思てる", &["あいつ、ボコボコにして海に沈めたろかって毎日思"])],
            &["明日は早起きしてジョギングしようかと思ってる。", "練習試合でボコボコにやられたので、明日から走り込もうかと思う。"],
        );
    }

    #[test]
    fn insects_torn_apart_with_relish() {
        assert_rule(
            "public-order",
            &[
                ("捕まえたバッタの脚を全部ちぎって遊んだ笑", &["バッタの脚を全部ちぎって遊んだ笑"]),
                ("クワガタの脚を引きちぎるのを見るのが好き", &["クワガタの脚を引きちぎるのを見るのが好き"]),
            ],
            &[
                "理科の時間、トンボの羽のつくりをルーペで観察しました。",
                "鹿肉のパンをちぎって配りました。みんなで食べるのは楽しいですね。",
            ],
        );
    }
}

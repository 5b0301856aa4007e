//! `political`: Political activity (政治的行為).

use std::cell::OnceCell;
use std::ops::Range;

use super::lists;
use super::context::{self, find_as_listed, has_tag, ranges_tagged, words_under};
use crate::words::Token;
use super::{declare_rule, Context, Rule, RuleMeta};
use crate::finding::Finding;
use crate::text::terms::TermMatch;


declare_rule! {
    /// ### What it does
    /// Flags support for, or opposition to, parties and candidates: a party,
    /// candidate or politician and a word of support, opposition or voting
    /// in one sentence (`…党を支持しています`, `…候補にぜひ一票を`,
    /// `Please vote for Candidate X`), or an election and a word of support
    /// or opposition (`次の選挙で全員落としましょう`, `市議選、…さんをよろしく`);
    /// also a vote asked for someone named (`Vote Tanaka for mayor`, `put
    /// X last`) and taking part in one side's campaign (`〇〇候補の演説会に
    /// 行ってきた`, `後援会の集会に参加`), not an all-candidates forum, and an
    /// elected member cheered on for their election (`市議さん、次の選挙も
    /// がんばってください`). A party or candidate pointed back at from the
    /// next sentence (`…△△党の候補、心強いです。この方への一票を`), a vote
    /// asked for after the election and its candidate are named (`市議選、…
    /// さんが出ます！一票よろしく`), a term wished on an office holder (`町政を
    /// 担っていただきたい`) and a government refused (`現政権にはっきりとNOを`)
    /// are sides taken too.
    /// Non-partisan calls to vote (`選挙に行こう`), mock elections, student
    /// council elections and words such as `教員採用候補者` or cheering a team
    /// (`応援ありがとうございました`) are left alone.
    ///
    /// ### Why it matters
    /// Guideline 4(2) requires observing the Local Public Service Act and
    /// the rules on staff conduct; public education employees are
    /// restricted in political activity (the Education Public Service
    /// Special Act applies the national civil servants' limits to them).
    /// Canvassing for a party or candidate from a school or Board account
    /// also breaks the political neutrality of education.
    ///
    /// ### Examples
    /// Flagged: `私は〇〇党を支持しています`, `山田候補に清き一票を！`,
    /// `Please vote for Candidate Kimura this Sunday`.
    ///
    /// Not flagged: `18歳になったら、選挙に行こう！`, `模擬選挙で投票を体験`,
    /// `教員採用候補者選考検査の要項を公表しました`.
    Political {
        id: "political",
        clause: "4(2)",
        severity: Warning,
        title: "政治的行為",
        title_en: "Political activity",
        docs: "### 何を検出するか\n\
政党や候補者への支持・反対を検出します。政党・候補者・議員と、支持・反対・投票の呼びかけが同じ文にあるとき\
（`〇〇党を支持しています`、`〇〇候補にぜひ一票を`、`Please vote for Candidate X`）、または選挙と支持・反対の言葉が同じ文にあるとき\
（`次の選挙で全員落としましょう`、`市議選、〇〇さんをよろしく`）です。\
名前を挙げた投票の呼びかけ（`Vote Tanaka for mayor`）や、一方の陣営の選挙運動への参加（`〇〇候補の演説会に行ってきた`、`後援会の集会に参加`）も対象です。議員への選挙の激励（`市議さん、次の選挙もがんばってください`）も対象です。次の文から指し示した政党・候補への投票の呼びかけ（`…△△党の候補、心強いです。この方への一票を`）、選挙と候補を挙げた後の投票の依頼（`市議選、…さんが出ます！一票よろしく`）、首長への続投の願い（`町政を担っていただきたい`）、政権への反対（`現政権にはっきりとNOを`）も対象です。立会演説会は対象外です。\
特定の候補を挙げない投票の呼びかけ（`選挙に行こう`）、模擬選挙や生徒会選挙、`教員採用候補者`、部活動への`応援`は対象外です。\n\n\
### なぜ問題か\n\
ガイドライン4(2)は地方公務員法その他の法令と服務規程の遵守を求めています。教育公務員は教育公務員特例法により政治的行為が制限されており、\
学校や教育委員会のアカウントで特定の政党・候補者を応援することは、教育の政治的中立も損ないます。\n\n\
### 例\n\
検出する：`私は〇〇党を支持しています`、`山田候補に清き一票を！`\n\n\
検出しない：`18歳になったら、選挙に行こう！`、`模擬選挙で投票を体験しました`、`教員採用候補者選考検査の要項を公表しました`\n",
    }
}

impl Rule for Political {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, cx: &Context, out: &mut Vec<Finding>) {
        // The list's terms, found once for whichever reading first asks.
        let found = OnceCell::new();
        let listed = || found.get_or_init(|| find_as_listed(&lists::POLITICAL, cx.text)).as_slice();
        let mut spans = statements(cx, listed);
        // Sides taken without a word of support or voting: a seat wished
        // on someone, a party or candidate refused, backing wished in an
        // election's sentence. Each counts where no statement of the list
        // already lies, and each is read only where the post holds one of
        // its anchor words ([`Context::anchors`]): searching for them in
        // turn was most of what these readings added to a 280-character
        // check (34 k instructions, callgrind, 2026-11-30).
        let when = |words: &[&[&str]], reading: &dyn Fn() -> Vec<Range<usize>>| {
            if words.iter().copied().flatten().any(|w| cx.anchors().holds(w)) {
                reading()
            } else {
                Vec::new()
            }
        };
        let more: Vec<_> = seats_wished(cx)
            .into_iter()
            .chain(refusals(cx, listed))
            .chain(when(&[BACKING, TERMS_ASKED, BACKING_STEMS], &|| backing_wished(cx, listed())))
            .chain(when(&[CAMPAIGN_EVENTS], &|| campaigns_joined(cx)))
            .chain(when(&[ELECTION], &|| elections_cheered(cx)))
            .chain(when(&[EN_ANCHORS, EN_OFFICES], &|| english_named_votes(cx)))
            .collect();
        for span in more {
            if !spans.iter().any(|s| s.start < span.end && span.start < s.end) {
                spans.push(span);
            }
        }
        spans.sort_by_key(|r| r.start);
        for span in spans {
            out.push(Self::META.finding(
                cx.text.compact.original_range(span),
                "特定の政党や候補者への支持・反対と受け取られる内容です。教育公務員は政治的行為が制限されているため、公式の発信では控えてください。",
                "This reads as support for or opposition to a party or candidate. Public education staff are restricted in political activity; leave it out of official posts.",
            ));
        }
    }
}

/// The list's statements: a party, a candidate or an election and a word
/// of support, opposition or voting.
fn statements<'t>(cx: &Context, listed: impl Fn() -> &'t [TermMatch<'static>]) -> Vec<Range<usize>> {
    let text = cx.text;
    // A statement needs a subject (a party, an election) and what is
    // said of it: where the list cannot have both, found without words,
    // nothing is flagged, and the short predicates (`でも`), whose
    // boundaries only words settle, are not looked at: on the bench's
    // 280-character post, 44 k of 787 k instructions a check went to
    // tokenising a sentence for them, 4 k are left (callgrind).
    let may_have = |tags: &[&str]| !lists::POLITICAL.places(text, |tag| tags.iter().any(|t| has_tag(tag, t))).is_empty();
    if !may_have(&["partisan", "election"]) || !may_have(&["support", "vote", "ballot"]) {
        return Vec::new();
    }
    let terms = listed();
    let tagged = |tag| ranges_tagged(terms, tag);
    // A post about a school vote or a mock election is education.
    if terms.is_empty() || !tagged("school").is_empty() {
        return Vec::new();
    }
    let mentions = cx.mentions();
    let support = tagged("support");
    // A ballot cast (`入れる` in every form: `現職には絶対入れない`) names
    // a side with a party or a candidate, not with an election alone
    // (`選挙で大切な一票を入れよう` is a call to vote at all).
    // And only in a post about a vote: an election or a party or
    // candidate named (`市長に校長室へ入れていただきました` casts nothing).
    let about_a_vote = !tagged("election").is_empty() || !tagged("contest").is_empty();
    let ballots = if about_a_vote { tagged("ballot") } else { Vec::new() };
    let mut support_or_vote = [support.clone(), tagged("vote"), ballots].concat();
    support_or_vote.sort_by_key(|r| r.start);
    let partisan = mentions.statements(&tagged("partisan"), &support_or_vote);
    // One statement a sentence, in order: the partisan ones are disjoint
    // and by start, so one binary search tells whether one overlaps.
    let overlaps_partisan = |s: &Range<usize>| {
        let i = partisan.partition_point(|p| p.end <= s.start);
        partisan.get(i).is_some_and(|p| p.start < s.end)
    };
    let election: Vec<_> = mentions.statements(&tagged("election"), &support).into_iter().filter(|s| !overlaps_partisan(s)).collect();
    let mut spans = [partisan, election].concat();
    spans.sort_by_key(|r| r.start);
    // A call to vote for or against someone, or to campaign, in a
    // sentence of its own, after the party or the candidate it is about
    // (`候補者の××は教育を壊す。みんな絶対に投票しないで！`; entries
    // tagged `contest`): an office holder named before
    // (`市長が来校されました。`) does not reach it, since officials visit
    // schools and are thanked.
    // The election alone does not reach it either: `初めての選挙、自分の
    // 一票を投じてね。先生は応援しています` cheers the vote, not a side.
    let campaign = tagged("contest");
    // A call that names a side by itself (`〇〇さんに一票`, `〇〇さんしか
    // いない`; tagged `side`) reaches back to an election named in the
    // sentence before too (`もうすぐ町長選。〇〇さんに一票たのむわ`).
    let sides = tagged("side");
    let mut campaign_or_election = [campaign.clone(), tagged("election")].concat();
    campaign_or_election.sort_by_key(|r| r.start);
    let view = &text.compact;
    let mut follow_ups = Vec::new();
    // Only a call to take a side: `大切な一票を` after `投票日は…` is a
    // call to vote at all.
    for call in &support {
        let sentence = view.sentence(call);
        if spans.iter().any(|s| s.start < sentence.end && sentence.start < s.end) || mentions.is_mention(call) {
            continue;
        }
        let before = context::with_sentence_before(view, call);
        let subjects = if sides.iter().any(|s| s.start < call.end && call.start < s.end) { &campaign_or_election } else { &campaign };
        let first = subjects.partition_point(|c| c.start < before.start);
        if let Some(subject) = subjects[first..].iter().take_while(|c| c.start < sentence.start).find(|c| !mentions.is_mention(c)) {
            if follow_ups.last().is_none_or(|last: &Range<usize>| last.end <= subject.start) {
                follow_ups.push(subject.start..call.end);
            }
        }
    }
    spans.extend(follow_ups);
    spans
}

/// Houses and seats a candidate is sent to (`議会に送り出したい`,
/// `国政の場で活躍してほしい`, `議席を増やしてほしい`).
pub(super) const HOUSES: &[&str] = &["議会", "国政", "国会", "議席", "市政", "道政", "町政", "村政", "県政", "都政"];
/// Offices someone is wished into (`市長になってほしくない`).
pub(super) const OFFICES: &[&str] = &["市長", "町長", "村長", "知事", "首長"];
/// Words before a house that make it a lesson's (`子ども議会`, `模擬議会`).
const LESSON_HOUSES: &[&str] = &["子ども", "子供", "こども", "生徒", "児童", "模擬", "少年", "学生", "高校生", "中学生"];
/// Verbs that put someone in a house: a wish on them needs no other word
/// (`議会に送ったろ`, `送り出してあげたい`).
const SENDING: &[&str] = &["送る", "送り出す", "送り込む", "押し上げる", "戻す", "任せる"];
/// Verbs of a term served: wished only when asked of someone
/// (`議会で頑張ってもらいたい`), since `頑張りたい` is the writer's own.
const SERVING: &[&str] = &["頑張る", "がんばる", "活躍", "続ける", "戻る", "残る", "増やす", "なる", "担う"];

/// A seat wished on someone: a house (or an office) and a verb that puts
/// or keeps someone there, wished, asked or resolved on. An office takes
/// only `なる` (`市長になってほしい`; `市長が来校された` wishes nothing);
/// a children's or a mock assembly is a lesson.
fn seats_wished(cx: &Context) -> Vec<Range<usize>> {
    let text = cx.text;
    let view = &text.compact;
    let s = view.as_str();
    let mentions = cx.mentions();
    let mut spans = Vec::new();
    for (words, office) in [(HOUSES, false), (OFFICES, true)] {
        for word in words {
            for at in cx.anchors().find(word) {
                let house = at..at + word.len();
                let before = &s[view.sentence(&house).start..at];
                if LESSON_HOUSES.iter().any(|w| before.ends_with(w) || before.trim_end_matches(['・', '市', '町', '村', '区']).ends_with(w)) {
                    continue;
                }
                let under = words_under(text, &house);
                let Some(end) = seat_wished_after(under.after(), office) else { continue };
                let end = text.compact_of_folded(end..end).end;
                let span = house.start..end;
                if !mentions.is_mention(&span) && !mentions.in_lesson(&span) {
                    spans.push(span);
                }
            }
        }
    }
    spans.sort_by_key(|r| r.start);
    spans.dedup_by(|inner, outer| inner.start < outer.end);
    spans
}

/// Where the wish ends (folded view) if the words after a house put
/// someone in it, wished: `に`/`で`/`を` (or `の場で`), a few adverbs, the
/// verb, and in its inflection a wish (`たい` on a verb of sending; on any,
/// `ほしい`, `ください`, `もらいたい`, `いただけるよう`) or a resolve
/// (`送ろう`, `送ったろ`).
fn seat_wished_after<'w>(mut after: impl Iterator<Item = &'w Token>, office: bool) -> Option<usize> {
    let mut next = after.next()?;
    // The case of the house: `に` `で` `を`, or `の場で`.
    if next.pos() == "助詞" && next.lemma() == "の" {
        after.next().filter(|t| t.surface() == "場")?;
        next = after.next()?;
    }
    let cases: &[&str] = if office { &["に"] } else { &["に", "で", "を"] };
    if !(next.pos() == "助詞" && cases.contains(&next.lemma().as_ref())) {
        return None;
    }
    next = after.next()?;
    // A few words between: `は`, `も`, `また`, `もう一度`, `御`.
    for _ in 0..3 {
        if matches!(next.pos(), "副詞" | "接続詞" | "接頭詞" | "助詞") || (next.pos() == "名詞" && next.subclass() == "数") || matches!(next.surface(), "一度" | "一回" | "回" | "度") {
            next = after.next()?;
        } else {
            break;
        }
    }
    let lemma = next.lemma();
    let sends = !office && SENDING.contains(&lemma.as_ref());
    let serves = if office { lemma == "なる" } else { SERVING.contains(&lemma.as_ref()) };
    if !(sends || serves) {
        return None;
    }
    wish_end(after, sends)
}

/// Where the wish ends (folded view) if the inflection after a verb
/// (`after`) wishes, asks or resolves it: `ほしい`, `ください`, a helper's
/// `もらいたい`, `いただけるよう`, and where the writer's own wish or resolve
/// is the side taken (`own`: `送り出したい`, `送ろう`, Kansai `送ったろ`),
/// `たい` and the volitional.
fn wish_end<'w>(after: impl Iterator<Item = &'w Token>, own: bool) -> Option<usize> {
    let mut asked = false;
    for t in after.take(6) {
        if t.is_mark() || (t.pos() == "名詞" && t.surface() != "よう") {
            break;
        }
        let lemma = t.lemma();
        let wished = match (t.pos(), lemma.as_ref()) {
            ("助動詞", "たい") => own || asked,
            _ if context::is_volitional(t) => own,
            ("助動詞", "た") => own && t.form().starts_with("未然"),
            ("形容詞", "ほしい" | "欲しい") | ("動詞", "くださる" | "下さる") => true,
            (_, "よう") => asked,
            _ => false,
        };
        if wished {
            return Some(t.range.end);
        }
        asked |= matches!(lemma.as_ref(), "もらう" | "いただく" | "頂く" | "もらえる" | "いただける");
    }
    None
}

/// Verbs of handing someone the place or the term (`町を任せたい`, `先生を
/// 支えていきたい`).
pub(super) const BACKING: &[&str] = &["任せる", "まかせる", "託す", "支える", "押し上げる", "送り出す"];
/// Words for a candidate or a party chosen with `にする` (`〇〇さんにしよう`,
/// `そこにしよう`).
const CHOSEN: &[&str] = &["さん", "氏", "党", "候補", "そこ", "あそこ", "この人", "あの人"];
/// What is asked of someone to carry on (`二期目の舵取りをお願いしたい`,
/// `お力添えをお願いしたい`).
pub(super) const TERMS_ASKED: &[&str] = &["舵取り", "かじ取り", "力添え", "続投", "再選"];

/// Spellings of backing that [`BACKING`] and [`TERMS_ASKED`] do not hold
/// as written: `まかせ` (任せる in kana, inflected) and the `にし` of a side
/// chosen (`〇〇さんにしよう`).
pub(super) const BACKING_STEMS: &[&str] = &["まかせ", "にし"];

/// Words without which [`english_named_votes`] finds nothing (with
/// [`EN_OFFICES`]): the compact view is in lower case, so `Vote` is `vote`.
pub(super) const EN_ANCHORS: &[&str] = &["vote", "voting", "put"];

/// The word of an election, whose sentence [`elections_cheered`] reads.
pub(super) const ELECTION: &[&str] = &["選挙"];

/// Backing wished in an election's sentence, or a party's or candidate's:
/// a verb that hands someone the place (`今度の町長選、前の教育長さんに
/// また町をまかせたいな`), a term asked (`知事選、現職には二期目の舵取り
/// をお願いしたい`) or a side chosen (`市長選は〇〇さんにしよう`), in the
/// writer's wish, request or resolve.
fn backing_wished(cx: &Context, terms: &[TermMatch]) -> Vec<Range<usize>> {
    let text = cx.text;
    let view = &text.compact;
    if !ranges_tagged(terms, "school").is_empty() {
        return Vec::new();
    }
    let mentions = cx.mentions();
    let mut subjects = [ranges_tagged(terms, "election"), ranges_tagged(terms, "contest")].concat();
    subjects.sort_by_key(|r| r.start);
    let mut spans: Vec<Range<usize>> = Vec::new();
    for subject in subjects {
        let sentence = view.sentence(&subject);
        if spans.last().is_some_and(|last| sentence.start < last.end) || mentions.is_mention(&subject) {
            continue;
        }
        let under = words_under(text, &sentence);
        let tokens = &under.tokens;
        for (i, t) in tokens.iter().enumerate() {
            let lemma = t.lemma();
            let verb = if BACKING.contains(&lemma.as_ref()) {
                Some(i)
            } else if lemma == "する" && i >= 2 && tokens[i - 1].surface() == "に" && CHOSEN.contains(&tokens[i - 2].surface()) {
                // A side chosen: `市長選は〇〇さんにしよう`, `みんなそこにしよう`.
                Some(i)
            } else if TERMS_ASKED.contains(&lemma.as_ref()) || TERMS_ASKED.iter().any(|w| t.surface().ends_with(w)) {
                // `舵取りを` and `お願い`/`願う`, whose `する` carries the wish.
                tokens.get(i + 1).filter(|p| p.surface() == "を").and(tokens.get(i + 2)).filter(|v| matches!(v.lemma().as_ref(), "お願い" | "願う")).map(|_| i + 2)
            } else {
                None
            };
            let Some(verb) = verb else { continue };
            let Some(end) = wish_end(tokens[verb + 1..].iter().copied(), true) else { continue };
            let end = text.compact_of_folded(end..end).end;
            let span = subject.start.min(sentence.start.max(subject.start))..end.max(subject.end);
            if !mentions.is_mention(&span) {
                spans.push(span);
            }
            break;
        }
    }
    spans
}

/// A party or candidate refused outright: `〇〇党だけはもうごめん`, `あの
/// 候補だけはほんま勘弁`: the subject, `だけは`, a few words and a refusal.
fn refusals<'t>(cx: &Context, listed: impl Fn() -> &'t [TermMatch<'static>]) -> Vec<Range<usize>> {
    let text = cx.text;
    let s = text.compact.as_str();
    if !s.contains("だけは") {
        return Vec::new();
    }
    let terms = listed();
    if !ranges_tagged(terms, "school").is_empty() {
        return Vec::new();
    }
    let mentions = cx.mentions();
    let mut spans = Vec::new();
    for subject in ranges_tagged(terms, "partisan") {
        let rest = &s[subject.end..];
        // `党だけは`, `候補にだけは`, `現職には…だけは` no: right after it.
        let Some(gap) = rest.find("だけは").filter(|&g| g <= "には".len()) else { continue };
        let after = subject.end + gap + "だけは".len();
        let clause = text.compact.sentence(&(after..after));
        let tail = &s[after..clause.end];
        let tail: String = tail.chars().take_while(|c| !matches!(c, '、' | ',' | '。')).take(8).collect();
        let Some(refusal) = REFUSALS.iter().filter_map(|r| tail.find(r).map(|i| i + r.len())).min() else { continue };
        let span = subject.start..after + refusal;
        if !mentions.is_mention(&span) {
            spans.push(span);
        }
    }
    spans
}

/// What refuses a party or candidate after `だけは`, as the compact view
/// writes it (katakana as hiragana: `ダメ`, `ムリ`).
const REFUSALS: &[&str] = &["勘弁", "ごめん", "御免", "無理", "むり", "嫌", "いや", "だめ", "駄目", "あかん", "ありえ", "あり得", "ない", "許せ", "許さ"];

/// The events and offices of one side's campaign (`街頭演説`, `演説会`,
/// `選挙事務所`, `後援会`, `決起集会`), as written.
pub(super) const CAMPAIGN_EVENTS: &[&str] = &["演説", "選挙事務所", "後援会", "決起集会", "選対"];

/// What makes a speech one of every side, or a school's (`立会演説会`,
/// `合同演説会`, `生徒会の演説`), or a lesson's (`模擬`), just before or in the
/// event's sentence.
const OPEN_TO_ALL: &[&str] = &["立会", "立ち会い", "合同演説", "生徒会", "模擬", "役員選挙", "委員長"];

/// Words that name the side a campaign is for (`〇〇候補`, `△△党`,
/// `〇〇議員`, `〇〇さん`), as written.
const SIDES: &[&str] = &["候補", "党", "議員", "さん", "氏", "陣営"];

/// Taking part in a campaign, by lemma: in any form (`ボランティアしてます`,
/// `参加させていただきました`, `動員かかってる`, `名を連ねております`), or going to
/// or hearing its event (`聞きに行こう`, `一緒に行きませんか`, `来て`,
/// `聞いてきた`).
const TAKING_PART: &[&str] = &["参加", "ボランティア", "動員", "連ねる", "手伝う", "手伝い", "行く", "来る", "聞く", "集まる", "駆けつける"];

/// One side's campaign event or office (a word of [`CAMPAIGN_EVENTS`]) told
/// beside the writer taking part in it or asking others to (a word of
/// [`TAKING_PART`], not negated) where a side is named ([`SIDES`]): `〇〇候補の選挙事務所でボランティアしてます！
/// みんなも来て`, `△△党の街頭演説、みんなで聞きに行こう`. Campaigning is the
/// political act itself, whatever the post says of the side. Not a meeting
/// where every candidate speaks or a school's election ([`OPEN_TO_ALL`]),
/// nor a mention (`選挙事務所の手伝いは禁止されています`). The event's word is
/// the finding (compact view).
fn campaigns_joined(cx: &Context) -> Vec<Range<usize>> {
    let text = cx.text;
    let view = &text.compact;
    let mut found = Vec::new();
    for (at, sentence) in context::sentences_holding(cx, CAMPAIGN_EVENTS) {
        let Some(word) = CAMPAIGN_EVENTS.iter().find(|w| view.as_str()[at..].starts_with(*w)) else { continue };
        let event = at..at + word.len();
        let near = context::neighbourhood(view, &event);
        // One side's: a party, a candidate or a member named near it.
        let sided = SIDES.iter().any(|w| view.as_str()[near.clone()].contains(w));
        if !sided || OPEN_TO_ALL.iter().any(|w| view.as_str()[sentence.clone()].contains(w)) || cx.mentions().is_mention(&event) {
            continue;
        }
        let words = words_under(text, &near);
        let tokens = &words.tokens;
        // Not negated, unless the negation asks (`行きませんか`: an invitation).
        let denied = |i: usize| {
            let inflection: Vec<_> = context::inflection(tokens[i + 1..].iter().copied()).collect();
            inflection.iter().any(|t| context::negates(t)) && !inflection.iter().any(|t| t.surface() == "か")
        };
        let taking_part = tokens.iter().enumerate().any(|(i, t)| TAKING_PART.contains(&&*t.lemma()) && !denied(i));
        if taking_part {
            found.push(event);
        }
    }
    found
}

/// Capitalised English words that are no candidate or party after `vote`
/// (`Vote Yes`, `Vote Now`, `vote on Sunday`), compared in lower case.
const EN_NOT_NAMES: &[&str] = &[
    "yes", "no", "now", "here", "today", "tomorrow", "tonight", "online", "early", "i", "the", "a", "an", "your", "our", "my", "this", "that", "it",
    "on", "in", "at", "by", "and", "or", "please", "everyone", "all", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
];
/// Titles before an English name (`vote Mr. Hayashi`).
const EN_TITLES: &[&str] = &["mr", "mrs", "ms", "miss", "dr"];
/// Offices named after a capitalised name in a slogan (`Kobayashi for mayor!`).
pub(super) const EN_OFFICES: &[&str] = &["mayor", "governor", "president", "pm", "prime", "council", "senate", "parliament", "congress"];
/// Words of a sentence whose vote is a class's or a school's
/// (`Vote Kenta for class rep`, `Vote for Team Red`).
const EN_SCHOOL_VOTES: &[&str] = &["class", "student", "students", "school", "club", "team", "poster", "favourite", "favorite", "best", "contest", "mock", "rep", "captain", "prize", "award"];

/// English calls to vote for someone named: a form of `vote` (or `vote
/// for`, Caribbean `vote fi`, `vote out`) before a capitalised name, a title
/// and a name or a party in capitals (`Vote Kobayashi for mayor`, `please
/// vote Mr. Hayashi`, `still votes LDP`, `should be voting CDP`), a party's
/// colour (`vote blue`), an office's holder voted out (`vote out the
/// mayor`), a name put last or down
/// on a ballot in a post about a vote (`put Labor last`), and a name `for
/// mayor` opening its sentence (`Kobayashi for mayor!`). A sentence about a
/// class's or a school's vote (`Vote Yes for the class trip`, `vote for your
/// favourite poster`) takes no side.
fn english_named_votes(cx: &Context) -> Vec<Range<usize>> {
    let s = cx.text.original;
    if !s.bytes().any(|b| b.is_ascii_alphabetic()) {
        return Vec::new();
    }
    // ASCII words with where they start.
    let words: Vec<(usize, &str)> = crate::text::byte_runs(s, |b| b.is_ascii_alphabetic()).map(|r| (r.start, &s[r])).collect();
    // Word `i` is `w`, in any case (no word is lower-cased into a copy:
    // every English text passes through here).
    let is = |i: usize, w: &str| words.get(i).is_some_and(|&(_, word)| word.eq_ignore_ascii_case(w));
    let is_any = |i: usize, list: &[&str]| list.iter().any(|w| is(i, w));
    // A form of `vote`, in any case.
    let is_vote = |i: usize| is_any(i, &["vote", "votes", "voted", "voting"]);
    // Only spaces (or a title's full stop) between two words.
    let joined = |i: usize| words.get(i + 1).is_some_and(|n| s[words[i].0 + words[i].1.len()..n.0].trim_matches([' ', '.']).is_empty() && !s[words[i].0 + words[i].1.len()..n.0].is_empty());
    let spaced = |i: usize| words.get(i + 1).is_some_and(|n| s[words[i].0 + words[i].1.len()..n.0] == *" ");
    let named = |i: usize| {
        words.get(i).is_some_and(|&(_, w)| {
            let caps = w.len() >= 2 && w.bytes().all(|b| b.is_ascii_uppercase());
            (w.starts_with(|c: char| c.is_ascii_uppercase()) || caps) && !EN_NOT_NAMES.iter().any(|n| w.eq_ignore_ascii_case(n))
        })
    };
    // A word of voting in the post (`votes`, `ballot`, `elections`, `polling`).
    let about_a_vote = || {
        words.iter().any(|&(_, w)| ["vote", "ballot", "election", "poll"].iter().any(|k| w.get(..k.len()).is_some_and(|head| head.eq_ignore_ascii_case(k))))
    };
    let view = &cx.text.compact;
    let mentions = cx.mentions();
    let mut spans = Vec::new();
    for i in 0..words.len() {
        let end = if is_vote(i) && spaced(i) {
            let mut j = i + 1;
            // `vote for`, Caribbean `vote fi`, `vote out`.
            let out = is(j, "out");
            if is_any(j, &["for", "fi", "out"]) && spaced(j) {
                j += 1;
            }
            if is_any(j, EN_TITLES) && joined(j) {
                j += 1;
            }
            let colour = is_any(j, &["blue", "red"]);
            // An office's holder voted out (`vote out the mayor`).
            let holder = out && is_any(j, &["the", "our"]) && spaced(j) && is_any(j + 1, EN_OFFICES);
            (named(j) || colour || holder).then_some(j + usize::from(holder))
        } else if is(i, "put") && spaced(i) && named(i + 1) && spaced(i + 1) && is_any(i + 2, &["last", "first", "down"]) && about_a_vote() {
            Some(i + 2)
        } else if named(i) && spaced(i) && is(i + 1, "for") && spaced(i + 1) && is_any(i + 2, EN_OFFICES) && !is(i + 3, "of") {
            // A slogan: the name opens its sentence.
            let before = s[..words[i].0].trim_end_matches([' ', '"', '\'']);
            (before.is_empty() || before.ends_with(['.', '!', '?', ':', '\n'])).then_some(i + 2)
        } else {
            None
        };
        let Some(end) = end else { continue };
        let original = words[i].0..words[end].0 + words[end].1.len();
        let span = view.view_range(original);
        let sentence = view.sentence(&span);
        let school = view.as_str()[sentence].split(|c: char| !c.is_ascii_alphabetic()).any(|w| EN_SCHOOL_VOTES.contains(&w));
        if !school && !mentions.is_mention(&span) {
            spans.push(span);
        }
    }
    spans
}

/// Members and holders of an elected office, as written (`市議さん`,
/// `町議の山田さん`, `現職`): who is cheered on in their election.
const ELECTED: &[&str] = &["市議", "町議", "村議", "道議", "区議", "県議", "府議", "都議", "議員", "現職", "市長", "町長", "村長", "知事"];

/// Cheering, by lemma (`がんばってください`, `頑張ってね`).
const CHEERING: &[&str] = &["頑張る", "がんばる"];

/// An election's candidate cheered on by the writer: an elected member
/// ([`ELECTED`]) near, and in the election's sentence a word of cheering
/// after `選挙` in a request or wish (`て`, `てください`: `市議さんに会ったので、
/// 次の選挙もがんばってくださいと伝えた`). Wishing one side luck in its
/// election is taking that side. Not a school's or a lesson's election
/// ([`OPEN_TO_ALL`]: `生徒会選挙、立候補した2年生たちがんばって`), nor a
/// mention, nor cheering denied. The election's word through the cheering
/// is the finding (compact view).
fn elections_cheered(cx: &Context) -> Vec<Range<usize>> {
    let text = cx.text;
    let view = &text.compact;
    let s = view.as_str();
    let mut found = Vec::new();
    for (at, sentence) in context::sentences_holding(cx, ELECTION) {
        let election = at..at + "選挙".len();
        let near = context::neighbourhood(view, &election);
        let elected = ELECTED.iter().any(|w| s[near.clone()].contains(w));
        if !elected || OPEN_TO_ALL.iter().any(|w| s[sentence.clone()].contains(w)) || cx.mentions().is_mention(&election) {
            continue;
        }
        let rest = election.start..sentence.end;
        let words = words_under(text, &rest);
        let tokens = &words.tokens;
        let cheered = tokens.iter().enumerate().find(|(i, t)| {
            if !CHEERING.contains(&&*t.lemma()) {
                return false;
            }
            let inflection: Vec<_> = context::inflection(tokens[i + 1..].iter().copied()).collect();
            inflection.first().is_some_and(|t| t.surface() == "て") && !inflection.iter().any(|t| context::negates(t))
        });
        if let Some((_, word)) = cheered {
            let end = text.compact_of_token(word).end;
            found.push(election.start..end);
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::assert_rule;

    #[test]
    fn support_for_parties_and_candidates_is_flagged() {
        assert_rule(
            "political",
            &[
                ("わたしは緑の風党を支持します。", &["党を支持します"]),
                ("道議選は田中一郎候補に清き一票を！", &["候補に清き一票を"]),
                ("町長選挙では、現職を落選させましょう", &["現職を落選"]),
                ("Vote for candidate Sato on Sunday!", &["Vote for candidate"]),
                ("今度の市長選、山田さんを応援してます！", &["市長選、山田さんを応援してます"]),
                ("Vote for Smith for governor!", &["Vote for Smith for governor"]),
                ("Let's all vote for the Green Party on Sunday!", &["vote for the Green Party"]),
            ],
            &[],
        );
    }

    #[test]
    fn civic_education_and_other_candidates_pass() {
        assert_rule(
            "political",
            &[],
            &[
                "18歳になったら選挙に行って、投票しよう！",
                "社会科で模擬選挙を行い、架空の候補者に投票しました。",
                "生徒会役員選挙の立会演説会、候補者の皆さんを応援してください！",
                "教員採用候補者選考検査の実施要項を公表しました。",
                "優勝候補の強豪校に挑みます。応援よろしくお願いします！",
                "明日は選挙の投票所となるため、体育館は使用できません。",
                "甘党の先生も辛党の先生も楽しめるメニューを用意しました。",
                "図書委員が選んだ本の候補から、好きな1冊に投票してください！",
                "党首討論会の様子を見て、政治について考える授業を行いました。",
                "野球部後援会の皆さまの応援のおかげで、全道大会に出場できます。",
                "卒業生の市議会議員の方が講演してくださいました。",
                "Our students held a mock election and voted for their favourite candidates.",
                "Thank you for your support at the tournament!",
                "子育てを頑張る保護者の皆さまを応援しています！",
                "The mayor visited our school and thanked the students for their support.",
                "Thank you for your support of our Christmas party!",
                // running the polling station is the election's own work
                "選挙の日に投票所の手伝いを頼まれたことある人いる？",
            ],
        );
    }

    #[test]
    fn picking_a_side_in_many_words_is_flagged() {
        assert_rule(
            "political",
            &[],
            &[
                "町長選挙の結果、新しい町長が再選されました。",
                "社会科で、特定の政党を支持しない公務員の中立について学びました。",
                "模擬選挙では各政党の公約を読み比べました（特定の政党を支持するものではありません）。",
                "The mock election compared every party's pledges; 特定の候補者を支持しているわけではありません。",
                "吹奏楽部の応援団に、知事から感謝状をいただきました。",
                "政権交代について、公民の授業で話し合いました。",
                // a disclaimer denies the reading, in the sentence or after it
                "公民で各政党の主張を比べました（特定の政党を支持するものではありません）。",
                "期日前投票に行ってきました！みなさんも投票へ。特定の候補を応援するわけではありません。",
                "Our school does not endorse any political party or candidate.",
                "We don't endorse candidates or parties, and never will.",
                "The debate was non-partisan: students read every candidate's pledges and voted for none.",
            ],
        );
        assert_rule(
            "political",
            &[
                ("私は青空党を支持します。無理強いするものではありませんが。", &["党を支持します"]),
                ("We endorse Candidate Sato for mayor!", &["endorse Candidate Sato for mayor"]),
                ("Our union endorses Candidate Sato. Not endorsing him would be a waste.", &["endorses Candidate"]),
            ],
            &[],
        );
        assert_rule(
            "political",
            &[
                ("今度の道議選は青空党一択でしょ", &["党一択"]),
                ("次の選挙は自民一択！", &["自民一択"]),
                ("現職の町長には絶対に入れないでね", &["現職の町長には絶対に入れないで"]),
                ("土曜は候補の選挙事務所で電話かけのお手伝い", &["候補の選挙事務所で電話かけのお手伝い"]),
            ],
            &[],
        );
    }

    #[test]
    fn backing_a_side_is_read_in_every_form_of_its_verbs() {
        assert_rule(
            "political",
            &[
                ("あの議員は次で落とそうぜ", &["議員は次で落とそう"]),
                ("野党の候補に投票したよ", &["野党の候補に投票した"]),
                ("自民党を推します", &["自民党を推します"]),
                ("組合推薦の候補、みんなで応援しようね", &["組合推薦の候補、みんなで応援しよう"]),
                ("Don't vote for the Democrats this time.", &["Don't vote for the Democrats"]),
                ("あの首相は早く退陣してほしい", &["首相は早く退陣"]),
                ("I'm voting for the Green Party.", &["I'm voting for the Green Party"]),
                ("比例は青空党に入れました", &["比例は青空党に入れました"]),
                ("あの議員だけはダメ、次は落とすべき", &["議員だけはダメ、次は落とす"]),
                ("今の政権、次の選挙で終わらせよう", &["政権、次の選挙で終わらせよう"]),
                ("週末は青空党の署名集めを手伝います", &["党の署名集めを手伝い"]),
                ("組合として、今度は緑の風党を全面支援します", &["党を全面支援します"]),
                ("道の教育の未来は、青空党に託しましょう", &["党に託しましょう"]),
                ("山田候補を後押ししてください", &["候補を後押ししてください"]),
                ("比例は青空党に票を投じてきました", &["比例は青空党に票を投じてきました"]),
                ("市長選は田中候補以外ありえない", &["候補以外ありえない"]),
                ("@CandidateSato has my vote this time ❤️", &["CandidateSato has my vote"]),
                ("I'll be voting against the ruling coalition in May.", &["voting against the ruling coalition"]),
                ("This time teachers should vote for the opposition.", &["vote for the opposition"]),
            ],
            &[
                "文部科学大臣賞の受賞を、応援してくださった皆さんと喜びたいです。",
                "議員の方をお招きし、選挙の仕組みについて授業を行いました。",
                "生徒会選挙で、候補者に投票しました。",
                "We voted for our class mascot.",
                "知事が退任のあいさつに来校されました。",
                "合唱コンクールの曲、この曲も候補に入れよう！",
                "知事杯争奪の大会で、応援してくださった皆さまありがとうございました。",
                "運動会では、紅組の陣営を全校で応援しました。",
                "PTAで通学路の信号設置を求める署名集めをしました。",
                // an official cheering pupils on takes no side
                "町長から、これからも頑張ってほしいと励ましのお言葉をいただきました。",
                "児童会役員選挙の候補者を、みんなで応援しよう。",
                "甘党の先生には最悪の一日でした。給食のデザートがなかったのです。",
                "Our team played its best; the weather was the worst part.",
                "地域の皆さまのご支援に感謝し、卒業生に未来を託します。",
                "PTAの後押しで、通学路に横断歩道ができました。",
                "優勝はこのチーム以外ありえない！応援よろしくお願いします。",
                "Our debate team faced strong opposition in the final.",
                "Every pupil has my vote for best effort this term!",
            ],
        );
    }

    #[test]
    fn election_results_and_coverage_are_reports() {
        assert_rule(
            "political",
            &[
                ("町長選挙は現職の当選を願っています！", &["現職の当選を"]),
                ("市長選、あの候補は落選させよう", &["候補は落選"]),
            ],
            &[
                "知事選挙は現職が３回目の当選を果たしました。",
                "落選した候補は「力不足だった」と話しました。",
                "町議選は新人２人が当選を決めました。",
                "選挙戦最終日、各陣営は駅前で支持を呼びかけました。",
            ],
        );
    }

    #[test]
    fn a_call_to_take_a_side_may_follow_its_candidate_in_a_sentence_of_its_own() {
        assert_rule(
            "political",
            &[
                ("あの党は子どもの敵です。今度こそ落ちてほしい", &["党は子どもの敵です。今度こそ落ちてほしい"]),
                ("△△候補の公約、読みました？ 先生たちで全力で応援しよう！", &["候補の公約、読みました？ 先生たちで全力で応援しよう"]),
                ("A new candidate is running for the town council. Please help hand out flyers this Sunday!", &["candidate is running for the town council. Please help hand out flyers"]),
                // the candidate named for the office, the name on the ballot, the box to mark
                ("来年は□□さんを市長に！職員室で声をかけ合おう", &["を市長に"]),
                ("組合の推薦です。比例で名前書いてね", &["比例で名前書いてね"]),
                ("町の住民投票、みんな反対に丸をお願い！", &["住民投票、みんな反対に丸を"]),
                ("○○党の署名、職員室に置いておきます", &["党の署名"]),
                ("The ○○ Party rally is on Sunday, see you there!", &["Party rally"]),
            ],
            &[
                // an election or an office holder before a cheer is no side taken
                "初めての選挙です。自分の頭で考えて投票してね。先生はみんなを応援しています。",
                "市長が来校され、合唱を聴いてくださいました。子どもたちを応援しています。",
                "期日前投票に行ってきました。誰に入れたかは内緒です。",
                "立候補者の演説会を見学するのではなく、公報を読み比べる授業をしました。",
                "学習発表会でも、たくさんの拍手をいただきました。",
                "児童会の署名活動で、募金が集まりました。",
            ],
        );
    }

    #[test]
    fn a_vote_for_someone_in_particular_takes_a_side() {
        assert_rule(
            "political",
            &[
                ("今度の市長選、□□さんに投票しよう！", &["市長選、□□さんに投票"]),
                ("参院選は△△党に投票をお願いします", &["党に投票をお願い"]),
                ("住民投票、私は反対に投票します。", &["住民投票、私は反対に投票"]),
                ("町議選、××さんへの一票をよろしく", &["町議選、××さんへの一票をよろしく"]),
                ("次の道議選では、○○さんへのご支援をお願いします", &["道議選では、○○さんへのご支援を"]),
                ("Vote yes in the referendum on Sunday, everyone!", &["Vote yes in the referendum"]),
                ("Honestly, anyone but the ruling party this election.", &["anyone but the ruling party"]),
            ],
            &[
                "選挙は大切な機会です。自分で考えて投票しよう。",
                "18歳になったら、選挙で投票に行こう。",
                "生徒会選挙で、〇〇さんに投票が集まりました。",
                "PTA会長へのご支援をお願いします。",
                "The class will vote yes or no on the field trip destination.",
            ],
        );
    }

    #[test]
    fn an_english_vote_asked_for_someone_named_takes_a_side() {
        assert_rule(
            "political",
            &[
                ("Remember to vote Tanaka on the 12th, folks.", &["vote Tanaka"]),
                ("Please vote for Ms. Okada, she listens to parents.", &["vote for Ms. Okada"]),
                ("My brother still votes NDP, bless him.", &["votes NDP"]),
                ("Expats with a postal ballot: put Reform last.", &["put Reform last"]),
                ("Suzuki for governor! Finally someone who gets it.", &["Suzuki for governor"]),
                ("Overseas ballot done, vote red.", &["vote red"]),
                ("Everyone here should be voting CDP next time, seriously.", &["voting CDP"]),
                ("Everybody inna Obihiro, go vote fi Suzuki Kenji pon Sunday!", &["vote fi Suzuki"]),
                ("Teachers, vote out the mayor who sold the ski hill.", &["vote out the mayor"]),
                ("Tell your parents back home to vote blue in November.", &["vote blue"]),
            ],
            &[
                "Vote for your favourite poster in the hallway by Friday.",
                "Vote Yes or No on the class trip in homeroom.",
                "Vote Kenji for class rep, say the 2-3 posters.",
                "Put Haruto first in the relay line-up.",
                "Don't forget to vote on Sunday, whoever you pick.",
                "Thanks to Mayor Ito for visiting our school today.",
                "The students voted Yes for a longer lunch break.",
                "Vote out of 10 for each poem on the sheet.",
            ],
        );
    }

    #[test]
    fn a_vote_named_with_its_party_or_candidate_takes_a_side() {
        assert_rule(
            "political",
            &[
                ("明日は投票日。△△候補に入れてください。", &["候補に入れてください"]),
                ("○○党に投票しよう", &["党に投票しよう"]),
                ("Vote ○○: みんなで□□候補に投票しようね", &["候補に投票しよう"]),
                ("参院選、〇〇さんに清き一票を！", &["参院選、〇〇さんに清き一票"]),
            ],
            &[
                // a shortlist, and the vote itself
                "この曲も候補に入れよう。",
                "修学旅行の行き先の候補に入れておきます。",
                "選挙に行って、自分の清き一票を投じよう。",
                "生徒会選挙では、〇〇さんに清き一票を！",
            ],
        );
    }

    #[test]
    fn a_ballot_cast_or_withheld_and_the_only_choice_take_a_side() {
        assert_rule(
            "political",
            &[
                ("知事選、現職には絶対入れない。", &["現職には絶対入れない"]),
                ("あの党には二度と入れん。", &["党には二度と入れん"]),
                ("もうすぐ町長選。〇〇さんに一票たのむわ", &["町長選。〇〇さんに一票"]),
                ("今の政権はもう倒すしかない", &["政権はもう倒す"]),
            ],
            &[
                "市長に校長室へ入れていただきました。",
                "選挙では、大切な一票を入れましょう。",
                "もうすぐ町長選。投票所は体育館です。",
                "リレーのアンカーは田中さんしかいない！",
                "町長選に出馬した佐藤さんは、本校の卒業生です。",
            ],
        );
    }

    #[test]
    fn a_seat_wished_on_someone_takes_a_side() {
        assert_rule(
            "political",
            &[
                ("この春の町議選、佐藤さんをもう一度議会に送り出したいです", &["議会に送り出したい"]),
                ("田中さんにはぜひ国政の場で活躍してほしい", &["国政の場で活躍してほしい"]),
                ("あの人にだけは知事になってほしくない", &["知事になってほしく"]),
                ("次もあの人を議会に送ったろ", &["議会に送ったろ"]),
                ("地元の山本さんに、また市議会で頑張ってもらいたいな", &["議会で頑張ってもらいたい"]),
            ],
            &[
                // a children's assembly, a pupil's own dream, a visit
                "子ども議会で頑張ってほしいと、町長から励ましのお言葉をいただきました。",
                "将来は市長になりたいと話す生徒もいました。",
                "社会科見学で、市議会を見学したいと思います。",
                "市議会議員の方が来校され、議会の仕組みを教えてくださいました。",
            ],
        );
    }

    #[test]
    fn a_party_or_candidate_refused_takes_a_side() {
        assert_rule(
            "political",
            &[
                ("青空党だけはほんまに勘弁してほしい", &["党だけはほんまに勘弁"]),
                ("あの候補だけはもうムリ", &["候補だけはもうムリ"]),
            ],
            &[
                "給食のピーマンだけは勘弁してほしいと子どもたちが笑っていました。",
                "優勝候補だけは避けたい組み合わせでしたが、勝ち上がりました。",
                "党首討論だけは見ておくように、と公民の先生が話していました。",
            ],
        );
    }

    #[test]
    fn backing_wished_in_an_elections_sentence_takes_a_side() {
        assert_rule(
            "political",
            &[
                ("今度の村長選、前の校長先生にまた村をまかせたいなあ", &["村長選、前の校長先生にまた村をまかせたい"]),
                ("次の選挙でも、あの方には引き続きお力添えをお願いしたいです", &["選挙でも、あの方には引き続きお力添えをお願いしたい"]),
                ("職場のみんなで、今度の町議選は佐藤さんにしようと決めた", &["町議選は佐藤さんにしよう"]),
            ],
            &[
                "選挙の投票所になるため、体育館の鍵の管理は教頭に任せています。",
                "修学旅行の班長は、しっかり者の子に任せたいと思います。",
                "生徒会選挙の司会は、放送委員の田中さんにしよう。",
            ],
        );
    }

    #[test]
    fn taking_part_in_one_sides_campaign_is_flagged() {
        use crate::rules::testing::assert_rule;
        assert_rule(
            "political",
            &[
                ("週末は〇〇候補の選挙事務所で封筒詰めを手伝ってきた。", &["選挙事務所"]),
                ("〇〇議員の後援会の集まりに、今週も参加してきました。", &["後援会"]),
                ("△△党の演説会、土曜の夜に公民館である。一緒に行きませんか", &["演説"]),
            ],
            &[
                // every candidate speaks, or a school's own election
                "町長選の立会演説会は、公民館で19時からです。どなたでも来場できます。",
                "生徒会役員選挙の演説を、全校で聞きました。",
                // no one takes part
                "駅前で街頭演説をしていて、朝は道が混んでいた。",
            ],
        );
    }

    #[test]
    fn an_elected_member_cheered_on_in_their_election_is_taking_a_side() {
        assert_rule(
            "political",
            &[("商店街で顔見知りの道議さんに会ったので、次の選挙もがんばってくださいと伝えた。", &["選挙もがんばっ"])],
            &[
                "生徒会選挙、立候補した2年生たち、がんばってください！",
                "商店街で顔見知りの道議さんに会った。次の大会もがんばってください、と言われた。",
            ],
        );
    }

    #[test]
    fn a_vote_asked_for_someone_pointed_back_at_or_named_in_the_election_before() {
        assert_rule(
            "political",
            &[
                (
                    "少年法の厳罰化を掲げている△△党の候補、心強いです。保護者の皆さん、この方への一票をぜひご検討ください。",
                    &["党の候補、心強いです。保護者の皆さん、この方への一票を"],
                ),
                ("来週の市議選、PTA仲間の斉藤さんが出ます！一票よろしくお願いします", &["市議選、PTA仲間の斉藤さんが出ます！一票よろしく"]),
                ("現職の町長は教育に予算をつけてくださいました。引き続き町政を担っていただきたいと願っております。", &["町政を担っていただきたい"]),
                ("国政選挙を前に一言。現政権にははっきりとNOを突きつけるべきです。", &["政権にははっきりとNOを"]),
                ("the only party that cares about teachers is the opposition one. everyone vote them in next month", &["the only party that cares about teachers is the opposition one. everyone vote them in"]),
            ],
            &[
                "Ski town election day tomorrow. Go vote, whoever you support.",
                "参議院議員選挙の投票日は７月21日です。期日前投票もできます。",
                "ダメなことにはNOを言える子に育ってほしい。",
                "この方が新しい校長先生です。一票の重みについて授業しました。",
            ],
        );
    }
}

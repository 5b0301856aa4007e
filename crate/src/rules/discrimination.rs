//! `discrimination`: Discrimination (差別的な発言).
//!
//! Most discrimination is not a word but a statement: a group of people
//! (`外国人`, `障害のある子`, `女`, `immigrant families`) and something said of
//! all of them (`呼ばない方がいい`, `迷惑`, `can't keep up`) in one sentence.
//! So the rule reads one word list for three kinds of terms — slurs, group
//! terms and claims — and flags a slur on its own, and a group term only
//! when a claim (or an insult) meets it in the same sentence. Who the target
//! is decides between this rule and `insult`: a word for people that a
//! pointing word makes one person (`あの外国人`, `うちの女上司`, `that woman`)
//! is not a group, and what is said of them is left to `insult`.

use std::ops::Range;

use super::context::{as_listed, has_tag, is_good_wished, negates, neighbourhood, ranges_tagged, with_sentence_after, with_sentence_before, words_under};
use super::lists;
use super::{declare_rule, Context, Rule, RuleMeta};
use crate::finding::Finding;
use crate::text::spans::Inside;
use crate::text::terms::TermMatch;
use crate::text::{byte_runs, Normalized, View};


declare_rule! {
    /// ### What it does
    /// Flags discriminatory slurs (`土人`, `チョン`, `キチガイ`…) and statements
    /// that lump people together by race, nationality, ethnicity (including
    /// the Ainu), belief or religion, sex, disability, origin (部落・同和) or
    /// sexual orientation and exclude or belittle them: a group term and a
    /// generalising, excluding or derogatory predicate in one sentence
    /// (`外国人の保護者は…呼ばない方がいい`, `障害のある子が…迷惑`,
    /// `kids from immigrant families just can't keep up`). A weaker attribute
    /// (`遅い`, `怖い`, `rude`) counts when the sentence generalises
    /// (`年配の先生ってやっぱり遅い`: `やっぱり`, `どうせ`, `いつも`, `always`, or
    /// `って`/`なんて` right after the group; a quality said to be lacking
    /// counts with the group as its topic, `田舎の子は常識がない`), and some words belittle a group
    /// on their own right after it (`外国人だらけ`). A place is a group when a
    /// word for its people follows it (`イタリアの人`, `九州出身`, `中国系の子`),
    /// not on its own (`ロシアの文学`). Gender roles imposed on a
    /// person (`男の子なんだから泣くな`) are flagged too, and so are a wish that
    /// a group stay away (`〜は来ないでほしい`) and what a group made the topic
    /// of a generalisation is said not to do or asked why (`〜って本を大事に
    /// しないよね`, `〜ってなんで…の`). A group named again by a
    /// pointing word (`ああいう家庭は`, `those kids`) counts when a group was
    /// named in the sentence before, and a generalisation may be told as
    /// experience (`経験上`, `経験則だけど`, `in my experience`). An English
    /// group runs on over the words for its people and back over the part
    /// of a land it comes from (`Chinese parents always…`, `North Indians
    /// are all…`) or back over its people named first (`kids from immigrant
    /// families`, `students with disabilities`), a generalisation may say
    /// what they lack, and a refusal to let them in (`we cannot accept
    /// students with disabilities`) excludes them. The writer's
    /// choice against a group counts too: the majority put first or alone
    /// (`男性を優先`, `日本人に限る`, `日本人限定`; `男性が向いている` in a
    /// generalising sentence), a decision to keep a group out
    /// (`〜の方には声をかけないことにした`), and what a group has called
    /// needless in a question that answers itself (`特別扱いする必要ある？`)
    /// or a nation's nature given as the reason (`国民性だね`), said of the
    /// group of the sentence before when they stand alone. A human-rights
    /// lesson that names such prejudice in order to overcome it, and ordinary
    /// words that contain a slur (`郷土人形`, `差別化`) are left alone.
    ///
    /// ### Why it matters
    /// Guideline 4(7) forbids discriminatory posts, and 4(3) asks for full
    /// care for fundamental human rights. A school that publishes prejudice
    /// against a group of pupils or families fails the very children it
    /// teaches, and the post cannot be fully deleted.
    ///
    /// ### Examples
    /// Flagged: `あの地区の出身者は採用しない方がいい`,
    /// `女に管理職は無理`, `外国人には近づかないように！`
    ///
    /// Not flagged: `部落差別やアイヌの人々への偏見について学びました`,
    /// `郷土人形の絵付け`, `女子バレーボール部が準優勝しました`.
    Discrimination {
        id: "discrimination",
        clause: "4(7)",
        severity: Error,
        title: "差別的な発言",
        title_en: "Discrimination",
        docs: "### 何を検出するか\n\
差別的な呼び方（`土人`、`チョン`、`キチガイ` など）と、人種・国籍・民族（アイヌを含む）・信条や宗教・性別・障害・出身（部落・同和）・\
性的指向などで人をひとまとめにし、排除したりさげすんだりする発言を検出します。後者は、集団を表す言葉と、\
決めつけ・排除・侮辱の言葉が同じ文にあるときに検出します（`外国人の保護者は…呼ばない方がいい`、`障害のある子が…迷惑`）。\
`遅い`・`怖い` のような弱い言葉は、文が一般化しているとき（`やっぱり`、`どうせ`、`いつも`、集団の直後の `って`・`なんて`）に数え、\
欠けているという評価は集団が主題のとき（`田舎の子は常識がない`）にも数え、\
集団の直後の `だらけ`・`のくせに` はそれだけで検出します（`年配の先生ってやっぱり遅い`、`外国人だらけ`）。\
国や地域の名前は、人を表す語が続くとき（`イタリアの人`、`九州出身`）に集団として扱い、`ロシアの文学` は対象外です。\
性別で役割を押しつける言い方（`男の子なんだから泣くな`）、集団に来ないでほしいと願う言い方（`〜は来ないでほしい`）、\
一般化した集団がしないこととして言い切る・なぜと問う言い方（`〜って本を大事にしないよね`、`〜ってなんで…の`）も検出します。\
直前の文で集団を挙げた後の `ああいう家庭は` のような指し示しもその集団として扱い、`経験上`・`経験則だけど` のように経験として語る一般化も数えます。\
英語では、集団の語に続く人を表す語や前の地方名も集団に含め（`Chinese parents always…`、`North Indians are all…`）、集団に欠けているもの（`lack`）を言う文も一般化として扱います。先に人を表す語があるとき（`kids from immigrant families`、`students with disabilities`）もその集団とし、\
受け入れを断る言い方（`we cannot accept students with disabilities`）は排除として検出します。\
書き手が集団を分け隔てる判断も検出します。多数派を優先する・多数派に限る言い方（`男性を優先`、`日本人に限る`、`日本人限定`。`男性が向いている` は一般化した文で）、\
集団を最初から外す決定（`〜の方には声をかけないことにした`）、集団への配慮や権利を不要と決めつける反語（`特別扱いする必要ある？`）、\
国民性を理由にする言い方（`国民性だね`）です。後の二つは、文に集団がなければ直前の文の集団について言ったものとして扱います。\
偏見をなくすための人権学習の報告や、差別語を含むだけの普通の言葉（`郷土人形`、`差別化`）は対象外です。\n\n\
### なぜ問題か\n\
ガイドライン4(7)は差別的な情報の発信を禁じ、4(3)は基本的人権への十分な配慮を求めています。\
学校が特定の集団への偏見を発信すれば、その集団に属する児童生徒や家庭を傷つけ、一度公開した情報は完全には削除できません。\n\n\
### 例\n\
検出する：`あの地区の出身者は採用しない方がいい`、`女に管理職は無理`、`外国人には近づかないように！`\n\n\
検出しない：`部落差別やアイヌの人々への偏見について学びました`、`郷土人形の絵付け`、`女子バレーボール部が準優勝しました`\n",
    }
}

impl Rule for Discrimination {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }


    fn check(&self, cx: &Context, out: &mut Vec<Finding>) {
        let text = cx.text;
        let terms = cx.discrimination_terms();
        if terms.is_empty() {
            return;
        }
        let tagged = |tag| ranges_tagged(terms, tag);
        let mentions = cx.mentions();
        // Words that discriminate by themselves, each with what to say of it.
        let words = [
            ("slur", "差別的な呼び方です。人を傷つける言葉なので使わないでください。", "This is a discriminatory slur. Do not use it."),
            (
                "role",
                "性別で役割や振る舞いを決めつける表現です。一人ひとりを尊重する表現に改めてください。",
                "This imposes a role or behaviour on someone because of their sex. Rewrite it so that it respects each person.",
            ),
        ];
        for (tag, message, message_en) in words {
            for word in tagged(tag) {
                if !mentions.is_taught(&word) {
                    out.push(Self::META.finding(text.compact.original_range(word), message, message_en));
                }
            }
        }
        for statement in cx.group_statements() {
            out.push(Self::META.finding(
                text.compact.original_range(statement.clone()),
                "人種・国籍・信条・性別・障害・出身などで人をひとまとめにし、排除したりさげすんだりする内容です。一人ひとりを尊重する表現に改めてください。",
                "This lumps people together by race, nationality, belief, sex, disability or origin and excludes or belittles them. Rewrite it so that it respects each person.",
            ));
        }
    }
}

/// The list's words as written in the text ([`Context::discrimination_terms`]).
/// Its lemma entries are all traits (`=暗い`, `=劣る`), which count only as
/// what a statement says of a group ([`group_statements`]: a group in the
/// trait's sentence, or, pointed back to with a pronoun, in the sentence
/// before it), so they are looked for only in the sentence of a group,
/// place or anaphor found without them and the sentence after it
/// ([`crate::text::terms::TermList::find_gating_lemmas`]). Looked for in
/// every sentence with one of their triggers (`暗`, `うるさ`, `騒`), they had
/// a 10,000-character text's sentences tokenised for nothing: 1.2 M of its
/// 22.7 M instructions a check (callgrind, 2026-11-30).
pub fn terms(text: &Normalized) -> Vec<TermMatch<'static>> {
    let found = lists::DISCRIMINATION.find_gating_lemmas(
        text,
        |tag| has_tag(tag, "trait"),
        |others| {
            others
                .filter(|(_, tag)| ["group", "place", "anaphor"].iter().any(|name| has_tag(tag, name)))
                .map(|(group, _)| with_sentence_after(&text.compact, &group))
                .collect()
        },
    );
    as_listed(text, found)
}

/// The statements that lump people together by who they are (a group and
/// what is said of it, in one sentence: `外国人ってみんな…`), as compact-view
/// ranges from the group to its last claim; not those a lesson names.
/// `insult` asks for them too ([`Context::group_statements`]): an insult
/// word said of a group is this rule's claim, not an insult of a person.
pub fn group_statements(cx: &Context) -> Vec<Range<usize>> {
    let text = cx.text;
    let terms = cx.discrimination_terms();
    // English names a group by a word of nationality the list need not
    // hold (`Brazilian kids`), so an English text is read for them even
    // where the list found nothing.
    let demonyms = demonym_groups(text);
    if terms.is_empty() && demonyms.is_empty() {
        return Vec::new();
    }
    let tagged = |tag| ranges_tagged(terms, tag);
    let mentions = cx.mentions();
    let compact = text.compact.as_str();
    // A group runs on over the word for its people (`外国人の子`,
    // `アジア系の家庭`), so that what follows them (`って`) follows the
    // group; a place is a group only with such a word (`ロシア人`,
    // `大阪の人`), not in `ロシアの文学`.
    let mut groups: Vec<Range<usize>> = tagged("group").into_iter().map(|g| with_head(compact, g)).collect();
    groups.extend(tagged("place").into_iter().filter_map(|p| Some(p.start..head_after(compact, p.end)?)));
    groups.extend(demonyms);
    // An English group runs on over the words for its people (`Chinese
    // parents`, `female racers`) and back over the part of a land it comes
    // from (`North Indians`), so that what follows them is said of them.
    for group in &mut groups {
        *group = english_head(compact, group.clone());
    }
    // A word for people that a pointing word makes one person (`あの女`,
    // `うちの若い先生`, `that woman`) names whom an insult is aimed at,
    // not a group: what is said of them is `insult`'s.
    groups.retain(|g| !names_one_person(compact, g) && !is_an_ending(text, g));
    // A group named again by a pointing word (`ああいう家庭は…`) is the
    // group of the sentence before; without one it points at nobody in
    // particular (`ああいう人になりたい`).
    let named = Inside::new(groups.iter().cloned());
    groups.extend(tagged("anaphor").into_iter().filter(|a| named.any_within(&(neighbourhood(&text.compact, a).start..a.start))));
    groups.sort_by_key(|g| g.start);
    // The majority put first or alone (`男性を優先`, `日本人に限る`) is
    // whom such a statement is about and what it says at once.
    let preferred = preferences(text, &tagged("majority"), &tagged("prefer"), &tagged("prefer_weak"), &tagged("general"));
    if groups.is_empty() && preferred.is_empty() {
        return Vec::new();
    }
    // A quality said to be lacking (`民度が低い`, `常識ない`) is a weak
    // attribute: a claim only where the sentence generalises, even when
    // `insult` reads it as said of a person.
    let sentences: Vec<Range<usize>> = groups.iter().map(|g| text.compact.sentence(g)).collect();
    let lacking = super::insult::lacking_qualities(cx, &sentences);
    let mut claims = tagged("claim");
    claims.extend(cx.insult_words().iter().map(|w| w.range.clone()).filter(|w| !lacking.contains(w)));
    claims.extend(after_group(compact, &groups, &["だらけ", "ばっかり", "ごとき", "のくせに", "風情"]));
    let mut general = tagged("general");
    // Right after the group, a topic that speaks of every one of them
    // (`外国人ってみんな`, `女性は全員`) or a cause found in who they are
    // (`外国人だから`, `障害のある子の親に限って`) generalises, and so does a
    // group made the measure of a tendency (`生活保護の家の子ほど`).
    general.extend(after_group(
        compact,
        &groups,
        &["ってみんな", "はみんな", "はみな", "は全員", "って全員", "はどこも", "ってどこも", "なんだから", "だから", "に限って", "ほど", "って", "とか", "なんて", "なんか"],
    ));
    // So does such a mark after the words for the group's people that
    // no head names (`外国人のママって`, `障害のある子ってやっぱり`).
    let subjects: Vec<Range<usize>> = groups.iter().filter_map(|g| subject_mark(text, g)).collect();
    general.extend(subjects.iter().filter(|m| matches!(&compact[(*m).clone()], "って" | "なんて" | "とか" | "なんか")).cloned());
    // A group made the topic of what it is said to lack (`〜の子は常識が
    // ない`, `〜出身者は視野が狭い`) speaks of every one of them: a generic
    // sentence needs no `みんな`. Weaker attributes do not count so
    // (`高齢の方は寒さに弱い` is care, not contempt).
    claims.extend(english_generalisations(&text.compact, &groups));
    claims.extend(english_refusals(compact, &groups));
    let topics = after_group(compact, &groups, &["は", "には"]);
    claims.extend(generalised(&text.compact, lacking.clone(), &topics));
    // A wish that a group stay away (`〜は来ないでほしい`, `〜って遠慮して
    // ほしい`) excludes them in the softest words; said of a group the
    // writer protects (`〜をからかわないでほしい`) it does not, so the group
    // must be its subject or topic.
    claims.extend(wishes_away(text, &subjects));
    claims.extend(sent_elsewhere(text, &subjects));
    // What a group made the topic of a generalisation (`〜って`, `〜なんて`)
    // does not do, said as the end of the sentence (`〜って連絡帳を読まない
    // んだよね`), or wondered at (`〜ってなんで帰化しないの`), is said of
    // all of them; told as the reason for help (`〜って日本語が読めないか
    // ら、ふりがなを`) it is not.
    let mut marks = after_group(compact, &groups, &["って", "なんて"]);
    marks.extend(subjects.iter().filter(|m| matches!(&compact[(*m).clone()], "って" | "なんて")).cloned());
    claims.extend(not_done(text, &marks));
    let mut traits = tagged("trait");
    traits.extend(lacking);
    claims.extend(generalised(&text.compact, traits, &general));
    claims.extend(decisions_against(text, &groups));
    let said_back = tagged("back_claim");
    claims.extend(said_back.iter().cloned());
    groups.extend(preferred.iter().cloned());
    groups.sort_by_key(|g| g.start);
    claims.extend(preferred);
    claims.sort_by_key(|r| r.start);
    let mut found = mentions.statements(&groups, &claims);
    found.extend(said_of_the_group_before(cx, &groups, &said_back, &found));
    // A lesson against prejudice names what it teaches against.
    found.into_iter().filter(|s| !mentions.in_lesson(s)).collect()
}

/// Claims that, alone in their sentence, speak of the group named in the
/// sentence before (`said_back`: `〜の話になると…。特別扱いする必要ある?`,
/// `〜の子は遊んでばかり。国民性だね。`): the statements from that group
/// through the claim, unless either is a mention, or the claim or the
/// group is already in a statement (`found`).
fn said_of_the_group_before(cx: &Context, groups: &[Range<usize>], said_back: &[Range<usize>], found: &[Range<usize>]) -> Vec<Range<usize>> {
    let view = &cx.text.compact;
    let mentions = cx.mentions();
    let mut statements = Vec::new();
    for claim in said_back {
        let sentence = view.sentence(claim);
        let within = |span: &Range<usize>, g: &Range<usize>| span.start <= g.start && g.end <= span.end;
        if groups.iter().any(|g| within(&sentence, g)) || found.iter().any(|s| s.start < claim.end && claim.start < s.end) {
            continue;
        }
        let before = with_sentence_before(view, claim).start..sentence.start;
        let Some(group) = groups.iter().rfind(|g| within(&before, g)) else { continue };
        let flagged = found.iter().any(|s| within(s, group));
        if !flagged && !mentions.is_mention(claim) && !mentions.is_mention(group) {
            statements.push(group.start..claim.end);
        }
    }
    statements
}

/// Words for the people of a majority between it and the preference
/// said of them (`日本人の` + `お子さん` + `に限る`), as the dictionary cuts
/// them.
const MAJORITY_PEOPLE: &[&str] = &["子", "子ども", "子供", "お子さん", "子さん", "方", "方々", "先生", "先生方", "教員", "職員", "生徒", "児童", "人", "保護者", "家庭", "選手"];

/// The majority (`日本人`, `男性`: `majorities`) given first place or the
/// only place over the others: a preference right after it and the words
/// for its people, past nothing but particles (`男性を優先`, `日本人の子ども
/// が優先されるべき`, `日本人のお子さんに限る`, `日本人限定`). A weaker
/// preference (`weak`: `男性にお任せする`, `男性が向いている`) counts only
/// in a sentence that generalises (`general`: `やはり`). `男性の育休取得を
/// 優先` prefers an act, not the men. Compact-view ranges from the majority
/// through its preference.
fn preferences(text: &Normalized, majorities: &[Range<usize>], strong: &[Range<usize>], weak: &[Range<usize>], general: &[Range<usize>]) -> Vec<Range<usize>> {
    let view = &text.compact;
    let mut found = Vec::new();
    for majority in majorities {
        let sentence = view.sentence(majority);
        let first_after = |words: &[Range<usize>]| words.iter().find(|w| w.start >= majority.end && w.end <= sentence.end).cloned();
        let preference = [first_after(strong).map(|p| (p, true)), first_after(weak).map(|p| (p, false))].into_iter().flatten().min_by_key(|(p, _)| p.start);
        let Some((preference, strong)) = preference else { continue };
        let generalises = || general.iter().any(|g| sentence.start <= g.start && g.end <= sentence.end);
        if (strong || generalises()) && only_people_between(text, &(majority.end..preference.start)) {
            found.push(majority.start..preference.end);
        }
    }
    found
}

/// Whether the compact-view `gap` holds nothing but particles and the
/// words for people ([`MAJORITY_PEOPLE`], suffixes: `たち`), at most five
/// words.
fn only_people_between(text: &Normalized, gap: &Range<usize>) -> bool {
    if gap.is_empty() {
        return true;
    }
    let tokens = words_under(text, gap).tokens;
    tokens.len() <= 5
        && tokens.iter().all(|t| matches!(t.pos(), "助詞" | "接頭詞") || (t.pos() == "名詞" && (t.subclass() == "接尾" || MAJORITY_PEOPLE.contains(&t.surface()))))
}

/// Marks after a group that make it what a verb of letting in is done to
/// or withheld from (`外国籍の方には声をかけない`, `ひとり親の家は委員に
/// 呼ばない`).
const OBJECT_MARKS: &[&str] = &["に", "を", "と", "は", "も"];

/// Verbs of letting someone in or asking them, which only others do to a
/// group (`入れる`, `呼ぶ`, `声をかける`): withheld, they keep the group out
/// whatever mark names it.
const LET_IN: &[&str] = &["入れる", "呼ぶ", "任せる", "雇う", "受け入れる", "誘う", "頼む", "選ぶ", "預ける", "混ぜる", "持たせる", "回す"];

/// Nouns that make `する` a verb of letting in or asking (`推薦しない`,
/// `お願いしない`).
const LET_IN_NOUNS: &[&str] = &["採用", "推薦", "起用", "登用", "指名", "任命", "お願い", "依頼", "入会", "入部", "入学", "配属"];

/// The writer's decision to keep a group out: a verb of letting in or
/// asking ([`LET_IN`], `声をかける`; of coming or being there too,
/// [`PRESENT`], when the group is its object, `に`, `を`, `と`), negated and
/// decided (`ことにした`, `ようにしている`, `方がいい`, `でおく`) or, with
/// the group its object, said as the end of the sentence (`外国籍の方には
/// 声をかけない`, `ひとり親の家は委員に呼ばないことにした`). With the group
/// as topic, a verb of coming tells what they do (`外国籍の生徒は給食に参加
/// しないことにしています` is their choice). Compact-view ranges of the
/// verb through its negation.
fn decisions_against(text: &Normalized, groups: &[Range<usize>]) -> Vec<Range<usize>> {
    let view = &text.compact;
    let mut found = Vec::new();
    for group in groups {
        let Some(mark) = mark_after(text, group, OBJECT_MARKS) else { continue };
        let object = !matches!(&view.as_str()[mark.clone()], "は" | "も");
        let rest = mark.end..view.sentence(&mark).end;
        let tokens = words_under(text, &rest).tokens;
        for (v, verb) in tokens.iter().enumerate() {
            if verb.pos() != "動詞" || verb.subclass() != "自立" || !lets_in(&tokens, v, object) {
                continue;
            }
            let after = &tokens[v + 1..];
            let Some(n) = after.iter().position(|t| negates(t)) else { continue };
            if !after[..n].iter().all(|t| matches!(t.pos(), "助動詞" | "動詞") || t.surface() == "て") {
                continue;
            }
            let frame = &after[n + 1..];
            if is_decided(frame) || (object && ends_sentence(frame)) {
                found.push(text.compact_of_tokens(verb, after[n]));
                break;
            }
        }
    }
    found
}

/// Whether the verb at `v` of `tokens` lets someone in or asks them
/// ([`LET_IN`], a noun of [`LET_IN_NOUNS`] with `する`, `声をかける`), or,
/// when `object`, is one of coming or being there ([`PRESENT`],
/// [`PRESENT_NOUNS`]).
fn lets_in(tokens: &[&crate::words::Token], v: usize, object: bool) -> bool {
    let lemma = tokens[v].lemma();
    let before = |back: usize| if v >= back { tokens[v - back].surface() } else { "" };
    match &*lemma {
        "する" => LET_IN_NOUNS.contains(&before(1)) || (object && PRESENT_NOUNS.contains(&before(1))),
        "かける" => before(1) == "声" || (before(1) == "を" && before(2) == "声"),
        verb => LET_IN.contains(&verb) || (object && PRESENT.contains(&verb)),
    }
}

/// Whether the words after a negation (`frame`) make it a decision or a
/// rule kept: `ことにした`, `ようにしている`, `方がいい`, `でおく`.
fn is_decided(frame: &[&crate::words::Token]) -> bool {
    let surface = |i: usize| frame.get(i).map_or("", |t| t.surface());
    let lemma_is = |i: usize, lemmas: &[&str]| frame.get(i).is_some_and(|t| lemmas.contains(&&*t.lemma()));
    (matches!(surface(0), "こと" | "よう") && surface(1) == "に" && lemma_is(2, &["する"]))
        || (matches!(surface(0), "方" | "ほう") && surface(1) == "が" && lemma_is(2, &["いい", "よい", "良い"]))
        || (surface(0) == "で" && lemma_is(1, &["おく"]))
}

/// Whether nothing but auxiliaries, final particles and the nominal `ん`
/// or `の` follow (`after`: `読まないんだよね`, `しないの?`): the words
/// before end their sentence.
fn ends_sentence(after: &[&crate::words::Token]) -> bool {
    after.iter().all(|t| {
        t.is_mark()
            || t.pos() == "助動詞"
            || (t.pos() == "助詞" && matches!(t.subclass(), "終助詞" | "副助詞／並立助詞／終助詞"))
            || (t.pos() == "名詞" && t.subclass() == "非自立" && matches!(t.surface(), "ん" | "の"))
    })
}

/// What makes a group the subject or topic of what follows (`外国人は`,
/// `女子って`, `障害者なんて`), rather than its object.
const SUBJECT_MARKS: &[&str] = &["って", "は", "が", "とか", "なんて", "なんか", "も"];

/// The mark that makes `group` the subject or topic of its sentence
/// ([`SUBJECT_MARKS`]), right after it or after the words for its people
/// that follow it (`外国人の家族は`, `障害のある子って`: `の`, a verb of
/// having, nouns), as a compact-view range.
fn subject_mark(text: &Normalized, group: &Range<usize>) -> Option<Range<usize>> {
    mark_after(text, group, SUBJECT_MARKS)
}

/// The first of `marks` (particles) after `group`, right after it or
/// after the words for its people ([`subject_mark`]), as a compact-view
/// range.
fn mark_after(text: &Normalized, group: &Range<usize>, marks: &[&str]) -> Option<Range<usize>> {
    let rest = group.end..text.compact.sentence(group).end;
    let under = words_under(text, &rest);
    for (at, word) in under.tokens.iter().enumerate().take(6) {
        let surface = word.surface();
        let people = word.pos() == "名詞" || surface == "の" || (word.pos() == "動詞" && matches!(&*word.lemma(), "ある" | "いる"));
        if word.pos() == "助詞" && marks.contains(&surface) && (at == 0 || under.tokens[at - 1].pos() == "名詞") {
            return Some(text.compact_of_token(word));
        }
        if !people {
            return None;
        }
    }
    None
}

/// The negated verbs, or the words that ask why (`なんで`, `なぜ`), in the
/// sentence of each generalising mark (`marks`, compact-view ranges) and
/// after it, that end its sentence: nothing but auxiliaries and final
/// particles after them (`読まないんだよね`, `しないの?`). Compact-view
/// ranges.
fn not_done(text: &Normalized, marks: &[Range<usize>]) -> Vec<Range<usize>> {
    let mut found = Vec::new();
    for mark in marks {
        let rest = mark.end..text.compact.sentence(mark).end;
        let tokens = words_under(text, &rest).tokens;
        if let Some(why) = tokens.iter().find(|t| matches!(t.surface(), "なんで" | "なぜ" | "どうして")) {
            found.push(text.compact_of_token(why));
            continue;
        }
        let last_verb = tokens.iter().rposition(|t| t.pos() == "動詞" && t.subclass() == "自立");
        if let Some(v) = last_verb {
            let after = &tokens[v + 1..];
            let negation = after.iter().position(|t| negates(t));
            if let Some(n) = negation.filter(|&n| after[..n].iter().all(|t| matches!(t.pos(), "助動詞" | "動詞") || (t.pos() == "助詞" && t.surface() == "て"))) {
                if ends_sentence(&after[n + 1..]) {
                    found.push(text.compact_of_tokens(tokens[v], after[n]));
                }
            }
        }
    }
    found
}

/// Verbs of going or being kept away, wished of someone with `てほしい`
/// (`やめてほしい`, `分けてほしい`, `消えてほしい`).
const AWAY: &[&str] = &["やめる", "辞める", "分ける", "外す", "消える", "去る", "引っ込む"];

/// Verbs of coming, being let in or being there, wished away by their
/// negation (`来ないでほしい`, `入れないでほしい`, `増えないでほしい`); a
/// negated wish of anything else is mostly encouragement
/// (`諦めないでほしい`, `遠慮しないでほしい`).
const PRESENT: &[&str] = &["来る", "くる", "入る", "入れる", "いる", "居る", "住む", "増える", "近づく", "近寄る", "寄る", "通う", "混ざる", "混ぜる", "呼ぶ", "任せる", "持たせる", "関わる", "回す", "産む", "生む", "雇う", "受け入れる", "預ける"];

/// Nouns that make `する` a verb of keeping away (`遠慮してほしい`,
/// `別にしてほしい`).
const AWAY_NOUNS: &[&str] = &["遠慮", "別", "退学", "転校", "退職", "別室"];

/// Nouns that make `する` a verb of letting in, wished away by its
/// negation (`採用しないでほしい`).
const PRESENT_NOUNS: &[&str] = &["採用", "参加", "入学", "転入", "入居", "担任", "配属", "入会", "同居", "結婚", "出入り"];

/// The wishes that someone stay away, in each sentence of a marked subject
/// (`subjects`, compact-view ranges of the mark after a group) and after
/// it: a negated verb or a verb of going away before `ほしい` or `もらいたい`
/// (`来ないでほしい`, `来んでほしい`, `入れないでもらいたい`, `遠慮してほしい`),
/// as compact-view ranges of the verb through the wish.
fn wishes_away(text: &Normalized, subjects: &[Range<usize>]) -> Vec<Range<usize>> {
    let mut found = Vec::new();
    for subject in subjects {
        let rest = subject.end..text.compact.sentence(subject).end;
        let tokens = words_under(text, &rest).tokens;
        for (at, wish) in tokens.iter().enumerate() {
            let wished = wish.lemma() == "ほしい" || (wish.lemma() == "もらう" && tokens.get(at + 1).is_some_and(|t| t.lemma() == "たい"));
            if !wished || at < 2 {
                continue;
            }
            let (link, before) = (tokens[at - 1], tokens[at - 2]);
            // The verb a negation (`ない`, or `んで` run together with the
            // link: `来んで`) turns round, back over the auxiliaries
            // between them (`来させないで`).
            let negated = match link.surface() {
                "で" if negates(before) => tokens[..at - 2].iter().rposition(|t| t.pos() == "動詞" && t.subclass() == "自立").filter(|&v| tokens[v + 1..at - 2].iter().all(|t| matches!(t.pos(), "助動詞" | "動詞"))),
                "んで" if before.pos() == "動詞" => Some(at - 2),
                _ => None,
            };
            // `する` is the verb of its noun, or of `に`: making someone
            // something (`担任にしないで`, `同じクラスにしないで`) lets them in.
            let is_verb = |v: usize, verbs: &[&str], nouns: &[&str], of_ni: bool| {
                let lemma = tokens[v].lemma();
                if lemma == "する" {
                    v > 0 && (nouns.contains(&&*tokens[v - 1].lemma()) || (of_ni && tokens[v - 1].surface() == "に"))
                } else {
                    verbs.contains(&&*lemma)
                }
            };
            let away = match negated {
                Some(v) => is_verb(v, PRESENT, PRESENT_NOUNS, true),
                None => link.surface() == "て" && before.pos() == "動詞" && is_verb(at - 2, AWAY, AWAY_NOUNS, false),
            };
            if away {
                found.push(text.compact_of_tokens(before, wish));
            }
        }
    }
    found.sort_by_key(|r| (r.start, r.end));
    found.dedup();
    found
}

/// Verbs of going somewhere (`支援学校に行けば`, `国に帰れば`): away,
/// when a place they go to is named right before them.
const GOING: &[&str] = &["行く", "いく", "帰る", "移る", "戻る"];

/// The wishes that a group were somewhere else, in each sentence of a
/// marked subject (`subjects`) and after it: a verb of going away, of going
/// to a place named before it or of being there negated, then a
/// condition (`ば`, `たら`) and a good it would bring, as
/// [`is_good_wished`] reads one (`いいのに`, `楽なのに`, `平和なのに`):
/// `〜の子は支援学校に行ってくれたら楽なのに`, `〜は転校すればいいのに`,
/// `〜は来なければいいのに`. Advice (`窓口に行けばいいですよ`) wishes
/// nothing: `いい` counts only with `のに`; a plan (`窓口に行ってくれたら
/// 助かります`) neither. Compact-view ranges of the verb through the wish.
fn sent_elsewhere(text: &Normalized, subjects: &[Range<usize>]) -> Vec<Range<usize>> {
    let mut found = Vec::new();
    for subject in subjects {
        let rest = subject.end..text.compact.sentence(subject).end;
        let tokens = words_under(text, &rest).tokens;
        for (at, condition) in tokens.iter().enumerate() {
            let conditional = condition.surface() == "ば" || (condition.lemma() == "た" && condition.form().starts_with("仮定"));
            let Some(outcome) = tokens.get(at + 1).filter(|_| conditional && at > 0) else { continue };
            let plain = matches!(&*outcome.lemma(), "いい" | "良い" | "よい");
            let regret = || tokens[at + 2..].iter().take(3).any(|t| t.surface() == "のに");
            if !is_good_wished(outcome) || (plain && !regret()) {
                continue;
            }
            // The verb the condition is of, back over auxiliaries and a
            // verb of giving (`行ってくれたら`, `来なければ`).
            let Some(v) = tokens[..at].iter().rposition(|t| t.pos() == "動詞" && t.subclass() == "自立") else { continue };
            let between = &tokens[v + 1..at];
            if !between.iter().all(|t| matches!(t.pos(), "助動詞" | "動詞" | "形容詞") || matches!(t.surface(), "て" | "で")) {
                continue;
            }
            let lemma = tokens[v].lemma();
            let negated = between.iter().any(|t| negates(t));
            let destination = v > 0 && matches!(tokens[v - 1].surface(), "に" | "へ");
            let away = if negated {
                PRESENT.contains(&&*lemma)
            } else if lemma == "する" {
                v > 0 && AWAY_NOUNS.contains(&&*tokens[v - 1].lemma())
            } else {
                AWAY.contains(&&*lemma) || (GOING.contains(&&*lemma) && destination)
            };
            if away {
                found.push(text.compact_of_tokens(tokens[v], outcome));
            }
        }
    }
    found
}

/// Words for the people of a group or a place, as they follow it (longest
/// first, so that `の人たち` wins over `の人`).
const HEADS: &[&str] = &[
    "の子どもたち", "の子供たち", "の先生たち", "の先生方", "の人たち", "の家の子", "の先生", "の子ども", "の子供", "の家庭", "の家", "の生徒", "の連中", "の奴ら", "の保護者", "の人間", "の人", "の子", "の親", "の方",
    "から来た人たち", "から来た人", "から来た子", "から来た家", "から来た", "出身者", "出身の", "出身", "人たち", "系の", "人", "系", "籍",
];

/// Words for people that follow a head ending in `の` or `来た` (`アイヌ系の` + `子`,
/// `出身の` + `先生`, `から来た` + `先生`), longest first.
const PEOPLE_AFTER_NO: &[&str] = &["子どもたち", "子供たち", "子たち", "子ども", "子供", "先生方", "先生", "保護者", "人たち", "家庭", "生徒", "人", "子", "親", "家", "方"];

/// The end of the word for people right after `at` (`人` of `ロシア人`), if
/// there is one, and of the people a head in `の` goes on to name
/// (`アイヌ系の子`, `九州出身の先生`): what follows them (`って`) follows the
/// group.
fn head_after(text: &str, at: usize) -> Option<usize> {
    let end = HEADS.iter().find(|h| text[at..].starts_with(*h)).map(|h| at + h.len())?;
    if !text[..end].ends_with('の') && !text[..end].ends_with("来た") {
        return Some(plural_after(text, end));
    }
    Some(plural_after(text, PEOPLE_AFTER_NO.iter().find(|p| text[end..].starts_with(*p)).map_or(end, |p| end + p.len())))
}

/// `end` past a plural suffix right after a word for people (`先生ら`,
/// `子ら`, `先生達`), not the `ら` of `らしい` or `られる`.
fn plural_after(text: &str, end: usize) -> usize {
    let rest = &text[end..];
    if rest.starts_with("達") {
        end + "達".len()
    } else if rest.starts_with('ら') && !rest["ら".len()..].starts_with(['し', 'れ']) {
        end + "ら".len()
    } else {
        end
    }
}

/// `group` with the word for its people that follows it (`外国人` + `の子`).
fn with_head(text: &str, group: Range<usize>) -> Range<usize> {
    group.start..head_after(text, group.end).unwrap_or(group.end)
}

/// Words that point at one person or thing right before a noun (`あの`,
/// `うちの`, `that `), as the compact view spells them.
const POINTING: &[&str] = &["あの", "この", "その", "うちの", "例の", "隣の", "となりの", "今度の", "新任の", "that ", "this ", "our ", "my "];

/// How a word for one person ends (`外国人`, `女`, `障害者`, `女医`,
/// `じいさん`, `woman`; kana folded to hiragana as in the compact view); a
/// pointing word before a word for a kind (`あの宗教`, `その民族`, `that
/// religion`) still names a kind.
const PERSON_ENDINGS: &[&str] = &[
    "人", "女", "男", "者", "生", "師", "員", "医", "司", "子", "親", "母", "父", "方", "娘", "さん", "まま", "woman", "man", "girl", "boy", "lady", "guy", "foreigner",
    "immigrant", "refugee", "teacher", "mom", "mum", "dad", "kid", "person", "girls", "boys", "ladies", "kids", "guys",
];

/// English words for people in the plural, as a nationality or a faith
/// names them (`Brazilian kids`, `Nepalese families`).
const PEOPLE_EN: &[&str] = &[
    "kids", "children", "students", "pupils", "families", "parents", "people", "tourists", "workers", "teachers", "moms", "mums", "dads", "mothers", "fathers",
    "boys", "girls", "guys", "men", "women", "neighbours", "neighbors", "residents", "immigrants", "staff", "colleagues",
];

/// How English adjectives of nationality, origin and faith end
/// (`Brazilian`, `Korean`, `Mexican`, `Nepalese`, `Turkish`, `Pakistani`,
/// `Filipino`, `German`).
const DEMONYM_ENDINGS: &[&str] = &["ian", "ean", "can", "ese", "ish", "ani", "eshi", "aqi", "ai", "ino", "man", "an"];

/// Groups named in English by an adjective of nationality, origin or faith
/// before a plural word for people (`Brazilian kids`, `Nepalese students`):
/// written with a capital, as English writes such adjectives, so `clean
/// kids` is none (compact-view ranges).
fn demonym_groups(text: &Normalized) -> Vec<Range<usize>> {
    let original = text.original;
    let is_demonym = |word: &str| {
        word.len() >= 4
            && word.starts_with(|c: char| c.is_ascii_uppercase())
            && word[1..].bytes().all(|b| b.is_ascii_lowercase())
            && DEMONYM_ENDINGS.iter().any(|e| word.ends_with(e))
    };
    // One pass over the words of Latin letters, each with the one before
    // it when a single space parts them.
    let mut found = Vec::new();
    let mut previous: Option<Range<usize>> = None;
    let bytes = original.as_bytes();
    for word in byte_runs(original, |b| b.is_ascii_alphabetic()) {
        if let Some(before) = previous.take().filter(|b| b.end + 1 == word.start && bytes[b.end] == b' ') {
            if PEOPLE_EN.contains(&&original[word.clone()]) && is_demonym(&original[before.clone()]) {
                found.push(text.compact.view_range(before.start..word.end));
            }
        }
        previous = Some(word);
    }
    found
}

/// Plural words for people that name a group's people after an English
/// group word (`Chinese parents`, `Muslim students`, `female racers`).
const EN_HEADS: &[&str] = &[
    "kids", "children", "students", "pupils", "families", "parents", "people", "tourists", "workers", "teachers", "moms", "mums", "dads", "mothers", "fathers",
    "boys", "girls", "guys", "men", "women", "neighbours", "neighbors", "residents", "immigrants", "staff", "colleagues", "racers", "players", "drivers", "visitors",
    "delegations", "delegates", "members", "ladies", "folks", "alts", "coaches", "athletes",
];

/// Parts of a land an English group may come from, before its name
/// (`North Indians`, `mainland Chinese`).
const EN_REGIONS: &[&str] = &["north", "south", "east", "west", "northern", "southern", "eastern", "western", "mainland"];

/// `group` (compact view) run on over up to two English words for its
/// people right after it ([`EN_HEADS`]) and back over a region before it
/// ([`EN_REGIONS`]); a Japanese group as it is.
fn english_head(text: &str, group: Range<usize>) -> Range<usize> {
    if !text[group.clone()].starts_with(|c: char| c.is_ascii_alphabetic()) {
        return group;
    }
    let mut end = group.end;
    for _ in 0..2 {
        let Some(rest) = text[end..].strip_prefix(' ') else { break };
        let Some(head) = EN_HEADS.iter().find(|h| rest.starts_with(*h) && !rest[h.len()..].starts_with(|c: char| c.is_ascii_alphanumeric() || c == '\'')) else { break };
        end += 1 + head.len();
    }
    let before = text[..group.start].strip_suffix(' ').unwrap_or("");
    let start = EN_REGIONS
        .iter()
        .find(|r| before.ends_with(*r) && !before[..before.len() - r.len()].ends_with(|c: char| c.is_ascii_alphanumeric()))
        .map_or(group.start, |r| group.start - 1 - r.len());
    people_of(text, start)..end
}

/// Words between the words for a group's people and the group, when the
/// people come first (`kids from immigrant families`, `students with
/// disabilities`, `families from certain countries`).
const EN_PEOPLE_LINKS: &[&str] = &["from", "with", "from the", "from certain", "with the"];

/// Where the words for a group's people start when they come before it,
/// linked by `from` or `with` ([`EN_PEOPLE_LINKS`], [`EN_HEADS`]:
/// `kids from immigrant families`), or `start`.
fn people_of(text: &str, start: usize) -> usize {
    let Some(before) = text[..start].strip_suffix(' ') else { return start };
    let Some(link) = EN_PEOPLE_LINKS.iter().filter(|l| before.ends_with(*l)).max_by_key(|l| l.len()) else { return start };
    let Some(head_end) = before[..before.len() - link.len()].strip_suffix(' ').map(str::len) else { return start };
    let people = &text[..head_end];
    EN_HEADS
        .iter()
        .find(|h| people.ends_with(*h) && !people[..people.len() - h.len()].ends_with(|c: char| c.is_ascii_alphanumeric()))
        .map_or(start, |h| head_end - h.len())
}

/// Verbs of letting people in, which a refusal turns against a group
/// (`we cannot accept students with disabilities`).
const EN_LET_IN: &[&str] = &["accept", "admit", "hire", "invite", "enrol", "enroll", "take on", "welcome"];

/// Words that refuse the verb after them.
const EN_REFUSING: &[&str] = &["can't", "cannot", "won't", "don't", "not", "never", "shouldn't", "stop", "stopped"];

/// English refusals to let a group in: a refusing word and a verb of
/// letting in right before the group, perhaps past `any` or `the`
/// (`we cannot accept students with disabilities`, `we won't hire foreign
/// teachers`), as compact-view ranges of the refusal.
fn english_refusals(text: &str, groups: &[Range<usize>]) -> Vec<Range<usize>> {
    let mut found = Vec::new();
    for group in groups.iter().filter(|g| text[(*g).clone()].starts_with(|c: char| c.is_ascii_alphabetic())) {
        let mut before = text[..group.start].trim_end_matches(' ');
        for article in ["any", "the"] {
            if let Some(rest) = before.strip_suffix(article).filter(|r| r.ends_with(' ')) {
                before = rest.trim_end_matches(' ');
            }
        }
        let Some(verb) = EN_LET_IN.iter().find(|v| before.ends_with(*v) && before[..before.len() - v.len()].ends_with(' ')) else { continue };
        let rest = before[..before.len() - verb.len()].trim_end_matches(' ');
        if let Some(refusal) = EN_REFUSING.iter().find(|r| rest.ends_with(*r) && !rest[..rest.len() - r.len()].ends_with(|c: char| c.is_ascii_alphanumeric())) {
            found.push(rest.len() - refusal.len()..before.len());
        }
    }
    found
}

/// Words for a kind of people that a pointing word leaves a kind (`あの宗教`,
/// `その民族`), whatever word for its people follows.
const KINDS: &[&str] = &["宗教", "民族", "教団"];

/// Whether `group` (with its head) is one person, pointed at (`あの外国人`,
/// `うちの女上司`, `that woman`): a word for a person right after a pointing
/// word.
fn names_one_person(text: &str, group: &Range<usize>) -> bool {
    let word = &text[group.clone()];
    // The people of a kind pointed at (`あの宗教の家の子`) are of that kind.
    let of_a_kind = KINDS.iter().any(|k| word.starts_with(k));
    let person = !of_a_kind && PERSON_ENDINGS.iter().any(|e| word.ends_with(e));
    person && (POINTING.iter().any(|p| text[..group.start].ends_with(p)) || is_addressed(text, group))
}

/// Whether the analyser reads the first word of `group` (compact view) as
/// the ending of the word before it, an auxiliary or a particle: `したい人`
/// folds to `たい人` but says `したい` + `人`, and holds no Thai. Asked of
/// groups only, whose sentences the rule tokenises anyway.
fn is_an_ending(text: &Normalized, group: &Range<usize>) -> bool {
    let start = text.folded_of_compact(group.clone()).start;
    words_under(text, group).tokens.first().is_some_and(|t| t.range.start == start && matches!(t.pos(), "助動詞" | "助詞"))
}

/// Whether `group` is the people spoken to, named after a comma at the
/// end of the sentence (`Get a life, ladies.`, `静かにして、女子。`): the
/// ones in front of the writer, not everyone of their kind.
fn is_addressed(text: &str, group: &Range<usize>) -> bool {
    let after_comma = text[..group.start].trim_end().ends_with([',', '、']);
    let ends_sentence = text[group.end..].chars().next().is_none_or(|c| matches!(c, '.' | '!' | '?' | '。' | '！' | '？' | '\n'));
    after_comma && ends_sentence
}

/// Where one of `markers` follows a group right away. Some make a statement
/// about all of them (`中国人って`, `LGBTとか`, `障害者なんて`: generalising; elsewhere
/// `って` is only a verb ending, `寄り添ってくれた`), some belittle them by
/// themselves (`外国人だらけ`, `女のくせに`, where `泥だらけ` is harmless).
fn after_group(text: &str, groups: &[Range<usize>], markers: &[&str]) -> Vec<Range<usize>> {
    groups.iter().filter_map(|g| markers.iter().find(|m| text[g.end..].starts_with(*m)).map(|m| g.end..g.end + m.len())).collect()
}

/// Words an English generalisation may put between a group and what it
/// says of all of them (`Foreign parents are just…`).
const EN_LINKS: &[&str] = &["are", "is", "just", "really", "basically", "generally", "here", "there", "will", "would", "simply", "seriously", "naturally"];

/// Words that, right after an English group as its subject, say something
/// of every one of them: how often (`always`, `never`), how many (`all`),
/// what none of them can or will do (`can't`, `don't`), what they lack
/// (`lack`) or what they ought to (`should`).
const EN_GENERALISERS: &[&str] = &["always", "never", "all", "only", "can't", "cannot", "don't", "won't", "aren't", "shouldn't", "should", "lack"];

/// What follows a generaliser when a group is encouraged or glad, not
/// judged (`Girls shouldn't be afraid to code`, `Girls should join…`,
/// `girls and boys can't wait`).
const EN_ENCOURAGING: &[&str] = &["wait", "be afraid", "hesitate", "worry", "give up", "feel", "try", "join", "apply", "be proud", "know"];

/// Words that may come right before an English group that is its
/// sentence's subject (`Honestly, the…`, `…but immigrant kids`); a group
/// after another word is part of a longer name (`the cheer squad girls`)
/// or owned by someone (`our seniors`), not everyone of the kind.
const EN_BEFORE_SUBJECT: &[&str] = &["the", "these", "those", "some", "most", "many", "and", "but", "so", "because", "since", "honestly", "frankly", "tbh", "think"];

/// Words before a group that report what others think or say of it
/// (`some people say foreigners can't…`, `asked why…`): a belief told, not
/// held, unless the writer is its subject (`I think…`).
const EN_REPORTING: &[&str] = &["say", "says", "said", "think", "thinks", "believe", "believes", "claim", "claims", "why", "that"];

/// English statements about a group as a whole: a group as the subject of
/// its sentence followed, perhaps past a link (`are`, `just`), by a word
/// that speaks of every one of them (`Foreign parents never understand`,
/// `Women can't handle`, `Working mothers just can't commit`). The
/// generaliser is returned as the claim. A group inside a longer name or
/// owned (`our seniors never slow down`, [`EN_BEFORE_SUBJECT`]), a
/// possessive (`girls' team`), a question and a belief reported of others
/// are no such statement.
fn english_generalisations(view: &View, groups: &[Range<usize>]) -> Vec<Range<usize>> {
    let text = view.as_str();
    let latin_word = |s: &str| s.bytes().all(|b| b.is_ascii_alphabetic() || b == b'\'');
    groups
        .iter()
        .filter(|g| text[(*g).clone()].starts_with(|c: char| c.is_ascii_alphabetic()))
        .filter_map(|g| {
            let sentence = view.sentence(g);
            if text[sentence.clone()].trim_end().ends_with('?') {
                return None;
            }
            let mut before = text[sentence.start..g.start].split_whitespace().rev();
            let previous = before.next().unwrap_or_default();
            let subject = previous.is_empty() || previous.ends_with([',', ':', ';']) || EN_BEFORE_SUBJECT.contains(&previous);
            let previous = if previous == "that" { before.next().unwrap_or_default() } else { previous };
            let reported = EN_REPORTING.contains(&previous) && before.next() != Some("i");
            if !subject || reported {
                return None;
            }
            let mut at = g.end;
            for step in 0..3 {
                let rest = text[at..].strip_prefix(' ')?;
                let len = rest.find(|c: char| !(c.is_ascii_alphabetic() || c == '\'')).unwrap_or(rest.len());
                let word = &rest[..len];
                let start = at + 1;
                if !latin_word(word) || word.is_empty() {
                    return None;
                }
                // `all` right after the group tells what a given set of them
                // did (`the boys all got muddy`); after a link it says what
                // they are (`…are all the same`).
                if EN_GENERALISERS.contains(&word) && (step > 0 || word != "all") {
                    // Something must be said after it (`girls can't.` in a
                    // quoted list of sayings is no statement), and not an
                    // encouragement (`Girls shouldn't be afraid to…`).
                    let said = rest[len..].strip_prefix(' ')?;
                    return (!EN_ENCOURAGING.iter().any(|e| said.starts_with(e))).then_some(start..start + len);
                }
                if !EN_LINKS.contains(&word) {
                    return None;
                }
                at = start + len;
            }
            None
        })
        .collect()
}

/// The weaker attributes (`遅い`, `怖い`) that are claims because their
/// sentence generalises (`やっぱり`, `どうせ`, `〜って`, `always`): `怖い` alone
/// may be a child's feeling about a dog, `〜ってやっぱり怖い` says it of everyone.
fn generalised(view: &View, traits: Vec<Range<usize>>, general: &[Range<usize>]) -> Vec<Range<usize>> {
    let general = Inside::new(general.iter().cloned());
    traits
        .into_iter()
        .filter(|t| {
            let here = view.sentence(t);
            general.any_within(&(here.start..t.start)) || general.any_within(&(t.end..here.end))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::assert_rule;

    #[test]
    fn slurs_are_flagged_but_not_inside_ordinary_words() {
        assert_rule(
            "discrimination",
            &[("あそこは土人の村みたいだ", &["土人"]), ("あいつはﾁｮﾝだから", &["ﾁｮﾝ"]), ("What a bunch of chinks", &["chink"])],
            &[
                "3年生が郷土人形の絵付けを体験しました。",
                "北海道の風土人情にふれる旅。",
                "ホモ・サピエンスの進化について学ぶ理科の授業。",
                "レズビアン映画祭ではなく、レストランで会食しました。",
                "ページをめくらないで待っていてください。行きちがい、いきちがいにご注意を。",
            ],
        );
    }

    #[test]
    fn a_group_and_a_claim_in_one_sentence_are_flagged_as_one_statement() {
        assert_rule(
            "discrimination",
            &[
                ("外国籍の家庭はルールを守らないから、説明会には呼ばないでおこう。", &["外国籍の家庭はルールを守らないから、説明会には呼ばない"]),
                ("特別支援学級の子がいると授業が迷惑。", &["支援学級の子がいると授業が迷惑"]),
                ("正直、女性に教頭は無理だと思う。", &["女性に教頭は無理"]),
                ("あの宗教の信者の子とは付き合わないように言っています。", &["宗教の信者の子とは付き合わない"]),
                ("あの国の人間ってアホばっかり", &["あの国の人間ってアホ"]),
                ("Refugees can't be trusted with school funds.", &["Refugees can't be trusted"]),
                ("外国人の子は受け入れない方がいい", &["外国人の子は受け入れない方がいい"]),
                ("日本人以外は信用できない", &["日本人以外は信用できない"]),
                ("アジア系の家庭の子はクラスに入れるべきじゃない", &["アジア系の家庭の子はクラスに入れるべきじゃない"]),
                ("女子は数学が苦手なんだから、理系は勧めなくていい", &["女子は数学が苦手なんだから"]),
                ("外人ばっかりで治安が悪くなった", &["外人ばっかりで治安が悪"]),
                ("Muslims shouldn't be allowed here.", &["Muslims shouldn't be allowed"]),
                ("Girls just aren't good at science.", &["Girls just aren't good at"]),
                ("Brazilian kids are lazy.", &["Brazilian kids are lazy"]),
                ("Honestly, Cambodian parents are so rude.", &["Cambodian parents are so rude"]),
                ("タイ人は来ないでほしい", &["タイ人は来ないでほしい"]),
                ("障害のある子はみんな支援学校に行ってくれたら楽なのに", &["障害のある子はみんな支援学校に行ってくれたら楽"]),
                ("外国籍の子はうちの学校に来なければいいのに", &["外国籍の子はうちの学校に来なければいい"]),
            ],
            &[
                "明日は体育館が投票所になるので部活は休み！自主練したい人も学校には来ないでね",
                "外国籍の保護者の方は、市役所の窓口に行けばいいですよ。通訳の方がいます。",
                "障害のある子も一緒に遠足に行けたらいいのにと、ずっと考えてきました。",
                "外国籍の保護者の方は、市役所の窓口に行ってくれたら助かります。",
            ],
        );
    }

    #[test]
    fn groups_and_claims_apart_or_in_lessons_pass() {
        assert_rule(
            "discrimination",
            &[],
            &[
                "Brazilian kids from our sister school in Curitiba visited us today and loved the snow.",
                "🏐女子バレーボール部が全道大会で準優勝しました！",
                "他校との差別化ではなく、地域と歩む学校づくりを考えました。",
                "外国人の保護者向けに、やさしい日本語のお知らせを用意しました。",
                "車いすの方は、段差に無理のないよう北側の入口をご利用ください。",
                "外国籍の生徒も参加しました。大雪で開始が遅れてご迷惑をおかけしました。",
                "障害物競走は雨のため中止し、ご迷惑をおかけしました。",
                "部落差別やアイヌの人々に対する偏見など、身近な人権課題について学びました。",
                "「外国人は怖い」「女には無理」といった決めつけが差別を生むことを考えました。",
                "留学生の皆さんと交流会を行いました。彼女は日本語がとても上手です。",
                "Our exchange students from three countries presented their culture to the class.",
                "女子生徒の更衣室に男子生徒が近づかないよう指導しました。",
                "外国人観光客向けの案内板を作りました。迷惑駐車はおやめください。",
                "女性活躍推進のため管理職登用を進めています。無理のない働き方を目指します。",
                "Students from immigrant families shared stories from their home countries.",
                "日本人以外の留学生も、入部を受け入れています。",
                "ブラジル人の保護者の方にも、通訳を介して説明会の内容をお伝えしました。",
                "外国の人と話して、考え方が違うからこそ面白いと感じました。",
                "女子は体育館、男子はグラウンドに集合してください。",
                "Congratulations to the girls' basketball team and the boys' relay team!",
            ],
        );
    }

    #[test]
    fn the_people_who_came_from_a_place_are_a_group() {
        assert_rule(
            "discrimination",
            &[("本州から来た先生ってみんな偉そう", &["本州から来た先生ってみんな偉そう"])],
            &["本州から来た先生が、雪かきを手伝ってくれました。"],
        );
    }

    #[test]
    fn a_quality_a_group_is_said_to_lack_is_a_weak_attribute() {
        assert_rule(
            "discrimination",
            &[
                ("今の若い先生ってやっぱり根性がない", &["今の若い先生ってやっぱり根性がない"]),
                ("道南の人って正直ガラ悪いよね", &["道南の人って正直ガラ悪い"]),
            ],
            &["外国籍の生徒が増えています。やる気のある子が多く、授業も活気があります。", "高齢の方の多くは、スマホの操作に自信がないとおっしゃいます。"],
        );
    }

    #[test]
    fn a_plural_suffix_keeps_the_group_before_what_follows_it() {
        assert_rule(
            "discrimination",
            &[("九州出身の先生らって声が大きい", &["九州出身の先生らって声が大きい"])],
            &["九州出身の先生らしい、明るい授業でした。", "九州出身の先生られるのを待っています。"],
        );
    }

    #[test]
    fn a_slur_masked_in_its_middle_is_a_slur() {
        assert_rule("discrimination", &[("あの審判、ほんとガ〇ジ", &["ガ〇ジ"])], &["ガイド○名が同行します。", "ガ○ス代の精算をお願いします。"]);
    }

    #[test]
    fn a_group_made_the_topic_of_what_it_lacks_is_said_of_all_of_them() {
        assert_rule(
            "discrimination",
            &[("離島の出身者は視野が狭い", &["出身者は視野が狭い"]), ("外国人の親には常識がない", &["外国人の親には常識がない"])],
            &[
                // a weaker attribute with the topic alone is care, not a verdict
                "九州出身の先生は寒さに弱いので、カイロを配りました。",
                "外国籍の生徒は、日本語の授業が少ないと話していました。",
            ],
        );
    }

    #[test]
    fn weak_attributes_count_only_in_a_generalising_sentence() {
        assert_rule(
            "discrimination",
            &[
                ("年配の先生ってやっぱり動きが遅いよね", &["年配の先生ってやっぱり動きが遅い"]),
                ("沖縄の人はどうせ仕事が遅いんでしょ", &["沖縄の人はどうせ仕事が遅い"]),
                ("Old teachers just don't care about new methods.", &["Old teachers just don't care"]),
                ("シングルマザーの家の子は、しつけがなってないことが多い", &["シングルマザーの家の子は、しつけがなってない"]),
                ("ひとり親の家庭ってやっぱり愛情不足なんだと思う", &["ひとり親の家庭ってやっぱり愛情不足"]),
                ("イラン人っていつも時間にルーズで困る", &["イラン人っていつも時間にルーズで困る"]),
                ("Russians are always so rude to the staff.", &["Russians are always so rude"]),
                ("障害者なんて結局わがままなんだよ", &["障害者なんて結局わがまま"]),
                ("この町、最近外国人だらけ", &["外国人だらけ"]),
                ("移民はどうせ税金を払わない", &["移民はどうせ"]),
            ],
            &[
                "年配の先生が、動きの遅い子に寄り添ってくれました。",
                "東北の方言で読む昔話は、温かくて少し怖い場面もありました。",
                "高齢の方には、雪道が怖いという声もあります。除雪にご協力ください。",
                "沖縄の人から、寒さに弱い植物の育て方を教わりました。",
                "障害者と健常者が一緒に楽しめるボッチャ大会を開きました。",
                "アイヌ文化の補助金を活用して、刺しゅう体験を行いました。",
                "Girls shouldn't be afraid to try coding: come to the club on Friday!",
                "外国籍の保護者のみなさん、雪道は危ないので気をつけてお越しください。",
                "高齢の方はいつも雪道が危ないとおっしゃいます。",
                "All girls and boys can't wait for sports day!",
                "ベトナム人の実習生が、いつも丁寧に野菜を育ててくれます。",
                "外国人なんて言葉を使わず、名前で呼び合おうと話しました。",
                "外国籍の子に寂しい思いをさせたくないと、クラスのみんなで歓迎会を開きました。",
                "高齢の方は寒さに弱いので、みんなで玄関前の除雪をしました。",
                "外国人の保護者の方は、日本語の手紙がわからないことも多いので、やさしい日本語で書きました。",
                "男子はみんな料理が下手でしたが、最後はおいしいカレーができました。",
                "The boys all got dirty and loud in the mud race, and loved it.",
                "障害なんか関係ない、とパラ陸上の選手は笑顔で話してくれました。",
                "グラウンドで泥だらけになって、女子も男子も走り回りました。",
            ],
        );
    }

    #[test]
    fn more_groups_age_region_family_and_religion() {
        assert_rule(
            "discrimination",
            &[
                ("田舎から来た子ってやっぱり垢抜けないね", &["田舎から来た子ってやっぱり垢抜けない"]),
                ("〇〇教の家の子には班長は任せない", &["〇〇教の家の子には班長は任せない"]),
                ("Single dads can't raise teenage girls.", &["Single dads can't raise teenage girls"]),
                ("中高年の講師はお荷物だ", &["中高年の講師はお荷物"]),
                ("ロシア人は嘘つきだから信用するな", &["ロシア人は嘘つき"]),
            ],
            &[
                "田舎から来た友だちと、牧場で乳しぼりをしました。",
                "中高年の方向けのパソコン教室を開きます。",
                "ロシア人の留学生が、ボルシチの作り方を紹介してくれました。",
                "Single parents are welcome to use the after-school club at no cost.",
            ],
        );
    }

    #[test]
    fn gender_roles_imposed_on_a_child_are_flagged() {
        assert_rule(
            "discrimination",
            &[("男の子なんだから、それくらいで泣くな", &["男の子なんだから"]), ("裁縫なんて女の仕事だろ", &["女の仕事"])],
            &["「女の子なんだから」という決めつけについて考える授業をしました。", "男の子も女の子も、一緒に調理実習に取り組みました。"],
        );
    }

    #[test]
    fn verbs_ending_in_the_claims_kanji_are_not_claims() {
        assert_rule(
            "discrimination",
            &[("女性教員ばかり得してる", &["女性教員ばかり得してる"])],
            &["本校では男性教員が育児休業を取得しています。", "女性教員が資格を習得して、研修の講師を務めました。", "男性教員が保護者を説得して、行事が実現しました。"],
        );
    }

    #[test]
    fn slurs_and_ordinary_words_that_contain_them() {
        assert_rule(
            "discrimination",
            &[("あいつガイジかよ", &["ガイジ"])],
            &["給食のホモ牛乳を飲みました。", "ホモジナイズした牛乳の仕組みを学んだ。"],
        );
    }

    #[test]
    fn english_generalisations_about_a_group() {
        assert_rule(
            "discrimination",
            &[
                ("Women shouldn't lead, they're too emotional.", &["Women shouldn't lead, they're too emotional"]),
                ("Foreign students are always dishonest and greedy.", &["Foreign students are always dishonest and greedy"]),
                ("No offense but girls are just naturally worse at math.", &["girls are just naturally worse at"]),
                ("Kids from single-parent homes are always the troublemakers.", &["Kids from single-parent homes are always the troublemakers"]),
            ],
            &[
                "Our seniors never slow down: 80 runners joined the marathon.",
                "Young people tend to enjoy the new library corner.",
                "The men's volleyball team won on Saturday.",
                "Kids from three schools joined the snow festival.",
                "In our human rights lesson we talked about why saying immigrants can't be trusted is wrong.",
            ],
        );
    }

    #[test]
    fn english_groups_as_the_subject_of_a_generalisation() {
        assert_rule(
            "discrimination",
            &[
                ("Immigrant parents never read the letters we send.", &["Immigrant parents never"]),
                ("Honestly, old teachers just can't use new software.", &["old teachers just can't use"]),
                ("Refugees should go somewhere else.", &["Refugees should"]),
                ("Nepalese students are all the same in class.", &["Nepalese students are all the same"]),
            ],
            &[
                "Our seniors never miss a practice, rain or snow.",
                "The girls' relay team should be proud today.",
                "Do foreign students always find the winters hard?",
                "Some people say immigrant parents never help at school. Ours do.",
                "Muslim students can choose the halal menu on Fridays, as arranged.",
                "Girls should join the robotics club: sign-up is open until Friday.",
            ],
        );
    }

    #[test]
    fn english_groups_run_on_over_the_words_for_their_people() {
        assert_rule(
            "discrimination",
            &[
                ("Chinese parents always push their kids too hard.", &["Chinese parents always"]),
                ("Honestly North Indians are all show-off only, nothing inside.", &["North Indians are all show-off"]),
                ("Zainichi students always have a chip on their shoulder.", &["Zainichi students always"]),
                ("Brazilian kids always make a mess in class.", &["Brazilian kids always"]),
            ],
            &[
                "Chinese parents joined the lantern workshop and taught us a lot!",
                "Our Brazilian families shared recipes at the festival.",
                "North Indians and South Indians cook very different curries, we learned.",
            ],
        );
    }

    #[test]
    fn a_place_is_a_group_only_with_a_word_for_its_people() {
        assert_rule(
            "discrimination",
            &[
                ("イタリアの人ってみんな時間にルーズでしょ", &["イタリアの人ってみんな時間にルーズ"]),
                ("九州出身の先生って、やっぱりうるさいよね", &["九州出身の先生って、やっぱりうるさい"]),
                ("モンゴル系の子はやっぱり乱暴だから、同じ班にしない方がいい", &["モンゴル系の子はやっぱり乱暴"]),
            ],
            &[
                "ロシアの文学を読み、登場人物の心情について話し合いました。",
                "大阪に遠征し、みんなで全力を出し切りました。",
                "タイ人の留学生が、母国のダンスを披露してくれました。",
                "アジア系の留学生と、みんなで料理を作りました。",
            ],
        );
    }

    #[test]
    fn weaker_attributes_by_class_in_every_inflection_when_the_sentence_generalises() {
        assert_rule(
            "discrimination",
            &[
                ("高齢者ってみんな頑固だよね", &["高齢者ってみんな頑固"]),
                ("シンママの家の子って、やっぱり落ち着きがない", &["シンママの家の子って、やっぱり落ち着きがない"]),
                ("Millennials are all so emotional.", &["Millennials are all so emotional"]),
            ],
            &[
                "高齢者の方が、みんなで昔の遊びを教えてくださいました。",
                "転んでも泣かない、頑固なほど粘り強い1年生でした。",
            ],
        );
    }

    #[test]
    fn ones_own_habit_is_a_statement_not_a_lesson() {
        assert_rule(
            "discrimination",
            &[("中国人は信用できないから、近づかないようにしてる", &["中国人は信用できないから、近づかない"])],
            &["外国人には近づかないように、という偏見をなくす学習をしました。"],
        );
    }

    #[test]
    fn a_group_named_again_by_a_pointing_word_is_that_group() {
        assert_rule(
            "discrimination",
            &[
                ("外国籍の保護者が増えました。ああいう家庭はどうしても約束を守らないので困ります。", &["ああいう家庭はどうしても約束を守らない"]),
                ("シングルマザーの家庭が多い地区です。ああいう家はだいたい意識が低い。", &["ああいう家はだいたい意識が低い"]),
            ],
            &[
                // nobody named before: a wish, not a group
                "ああいう人になりたいと、子どもたちが目を輝かせていました。",
                // a group named, but nothing said of all of them
                "留学生が3人来ました。ああいう子たちと話すと、世界が広がります。",
            ],
        );
    }

    #[test]
    fn generalisations_told_as_experience_or_said_politely() {
        assert_rule(
            "discrimination",
            &[
                ("支援級の子って経験上、手がかかるんですよね", &["支援級の子って経験上、手がかかる"]),
                ("In my experience immigrant parents don't value education.", &["immigrant parents don't value education"]),
                ("経験則だけど、転勤族の家は意識が低い", &["転勤族の家は意識が低い"]),
                ("外国籍の方のご入会はお受けできかねます。", &["外国籍の方のご入会はお受けできかね"]),
                ("細かい作業は、やっぱり女性の方が向いてますね", &["女性の方が向いて"]),
                ("生活が乱れている生徒の多くは母子家庭です。", &["生活が乱れている生徒の多くは母子家庭"]),
            ],
            &[
                "留学生の皆さんと、経験から学ぶ交流会を開きました。",
                "参加者の多くは外国人観光客でした。",
                "高齢者の方は、熱中症に気をつけてお過ごしください。",
                "未就学児のご入場はご遠慮いただいております。",
                "ひとり親家庭の方が一般的に利用できる支援制度をまとめました。",
            ],
        );
    }

    #[test]
    fn a_word_for_people_pointed_at_is_one_person_not_a_group() {
        assert_rule(
            "discrimination",
            &[
                // a kind pointed at is still a kind; the people of a group are a group
                ("あの宗教の家の子とは遊ばせない", &["宗教の家の子とは遊ばせない"]),
                ("外国人ってやっぱり時間にルーズ", &["外国人ってやっぱり時間にルーズ"]),
                ("That religion is a cult, keep away from its families.", &["religion is a cult, keep away from"]),
            ],
            &[
                // one person, judged: an insult (`insult`), not a generalisation
                "あの外国人、いつも時間にルーズで困る",
                "うちの女上司、やっぱり頑固すぎ",
                "隣の年配の先生ってやっぱり動きが遅い",
                "That woman is always so rude to the staff.",
            ],
        );
    }

    #[test]
    fn futility_exclusion_and_blame_on_who_they_are() {
        assert_rule(
            "discrimination",
            &[
                // not worth speaking to or keeping
                ("外国人の親とは話の通じない", &["外国人の親とは話の通じない"]),
                ("ひとり親の家は、委員から外しておけばいい", &["ひとり親の家は、委員から外し"]),
                ("年寄りは家にいればいいのに", &["年寄りは家にいれば"]),
                // every one of them, or blamed on who they are
                ("イタリア人ってみんないい加減", &["イタリア人ってみんないい加減"]),
                ("障害のある子の親に限ってクレーマー", &["障害のある子の親に限ってクレーマー"]),
                ("あの家は外国人だから常識も通じない", &["外国人だから常識も通じない"]),
                ("女性は全員感情的で困る", &["女性は全員感情的で困る"]),
            ],
            &[
                "外国人の保護者の方には、通訳を介して何度も説明しました。",
                "障害のある子も、教室から外に出て雪遊びを楽しみました。",
                "日本語が通じない保護者の方には、通訳を用意しています。",
                "高齢者ドライバーの方は、雪道では要注意です。",
                "外国人だから、と決めつけずに一人ひとりと話すことを学びました。",
                "女性の先生も男性の先生も、全員で除雪をしました。",
                "障害のある子の保護者の方と、家にいるときの様子について話しました。",
            ],
        );
    }

    #[test]
    fn our_own_team_and_the_people_spoken_to_are_no_group() {
        assert_rule(
            "discrimination",
            &[
                ("Girls are too emotional to captain a team.", &["Girls are too emotional"]),
            ],
            &[
                // the writer's own players, and the ones addressed
                "The referee was hopeless today. Our girls deserved a fair game.",
                "You are all so lazy, ladies.",
            ],
        );
    }

    #[test]
    fn the_people_of_a_group_named_after_its_head_carry_the_generalisation() {
        assert_rule(
            "discrimination",
            &[("アイヌ系の子ってやっぱり乱暴", &["アイヌ系の子ってやっぱり乱暴"]), ("九州出身の先生ってみんな頑固", &["九州出身の先生ってみんな頑固"])],
            &["アイヌ系の子って、刺しゅうがとても上手なんです。", "九州出身の先生が、みんなに郷土料理を教えてくれました。"],
        );
    }

    #[test]
    fn harm_blamed_on_a_group_or_the_rest_called_normal() {
        assert_rule(
            "discrimination",
            &[
                ("外国人の子が増えたせいで学力が下がってる", &["外国人の子が増えたせいで学力が下が"]),
                ("内地の人は何もわかってないくせに口出ししてくる", &["内地の人は何もわかってないくせに"]),
                ("支援学級の子の世話で、普通の子が損してる", &["支援学級の子の世話で、普通の子"]),
            ],
            &[
                "大雪のせいで、外国人観光客の方のバスが遅れました。",
                "子どものくせに生意気、と言われて傷ついた経験を話し合いました。",
                "普通の子なんていない、一人ひとりが特別だと学びました。",
            ],
        );
    }

    #[test]
    fn a_tendency_said_of_every_one_of_a_group() {
        assert_rule(
            "discrimination",
            &[
                ("生活保護の家の子ほど忘れ物が多い", &["生活保護の家の子ほど忘れ物"]),
                ("シングルマザーの家の子って荒れるよね", &["シングルマザーの家の子って荒れる"]),
            ],
            &["生活保護の家の子にも、忘れ物の貸し出しは同じようにしています。", "シングルマザーの家庭を支える制度について、問題点を話し合いました。"],
        );
    }

    #[test]
    fn too_much_of_anything_said_of_all_of_a_group() {
        assert_rule(
            "discrimination",
            &[("沖縄の人ってのんびりしすぎ", &["沖縄の人ってのんびりしすぎ"]), ("在日の保護者が役員なんて、日本の学校なんだから", &["在日の保護者が役員なんて、日本の学校なんだから"])],
            &["沖縄の人から、暑すぎる夏の過ごし方を教わりました。", "日本の学校なんだから、と言わずに母語も大切にしようと話し合いました。"],
        );
    }

    #[test]
    fn a_wish_that_a_group_stay_away() {
        assert_rule(
            "discrimination",
            &[
                ("外国人の家族はこの町に住まないでほしい", &["外国人の家族はこの町に住まないでほしい"]),
                ("発達障害の子って、うちの学級には入れんでほしいわ", &["発達障害の子って、うちの学級には入れんでほしい"]),
                ("女の先生が教務主任とか、ほんと遠慮してほしい", &["女の先生が教務主任とか、ほんと遠慮してほしい"]),
                ("生活保護の家庭はPTA役員にしないでもらいたい", &["生活保護の家庭はPTA役員にしないでもらい"]),
            ],
            &[
                // wished for them, or of them as the object
                "障害のある子も、夢を諦めないでほしい",
                "外国人の保護者は、どうか遠慮しないでほしい",
                "障害のある子をからかわないでほしい",
                "外国人の家族も、冬のお祭りに来てほしい",
            ],
        );
    }

    #[test]
    fn a_group_generalises_past_the_words_for_its_people() {
        assert_rule(
            "discrimination",
            &[
                ("ベトナム人の作業員って、やっぱり仕事が遅い", &["ベトナム人の作業員って、やっぱり仕事が遅い"]),
            ],
            &[
                "ベトナム人の作業員さんが、雪かきを手伝ってくれました。",
                "障害のある子のきょうだいは、みんな優しい子ばかりです。",
                "外国人のお母さんって、お弁当がとても上手ですね。",
            ],
        );
    }

    #[test]
    fn what_a_group_is_said_not_to_do_or_asked_why() {
        assert_rule(
            "discrimination",
            &[
                ("ブラジル人の親って、プリントを全然読まないんだよね", &["ブラジル人の親って、プリントを全然読まない"]),
                ("移民って、なんで日本語を覚えようとしないの？", &["移民って、なんで"]),
            ],
            &[
                "ブラジル人の親って、日本語が読めないから、ポルトガル語のプリントも作っています。",
                "移民って、どんな理由で国を出るのか調べました。",
                "外国人の保護者なんて言い方はしないようにしています。",
            ],
        );
    }

    #[test]
    fn the_majority_put_first_or_alone() {
        assert_rule(
            "discrimination",
            &[
                ("管理職への登用は、最終的には男性を優先しました。", &["男性を優先"]),
                ("まずは日本人の子どもが優先されるべきでしょう。", &["日本人の子どもが優先"]),
                ("今後は日本人のお子さんに限ることを検討しております。", &["日本人のお子さんに限る"]),
                ("博物館は日本人限定の日を作るべき。", &["日本人限定"]),
                // a weaker preference, in a sentence that generalises
                ("やはり管理職は男性が向いていると思います。", &["男性が向いて"]),
            ],
            &[
                // an act preferred, a task given, and care for those in need
                "男性の育休取得を優先して進めています。",
                "男性の先生が、子どもたちに雪かきを任せました。",
                "高齢の方や障害のある方を優先してご案内します。",
            ],
        );
    }

    #[test]
    fn the_writers_decision_to_keep_a_group_out() {
        assert_rule(
            "discrimination",
            &[
                ("シングルマザーの方や外国籍の方には、最初から声をかけないことにしました。", &["シングルマザーの方や外国籍の方には、最初から声をかけない"]),
                ("ひとり親の家は委員に呼ばないことにした", &["ひとり親の家は委員に呼ばない"]),
                ("外国籍の方には役員をお願いしない。", &["外国籍の方には役員をお願いしない"]),
            ],
            &[
                // what the group itself chose, care, and an invitation made
                "外国籍の生徒は、宗教上の理由で給食に参加しないことにしています。",
                "障害のある子も、夜は無理をしないことにしています。",
                "外国籍の保護者の方にも、通訳を介してお声がけしました。",
            ],
        );
    }

    #[test]
    fn needs_called_needless_and_a_nature_given_as_the_reason_look_back_one_sentence() {
        assert_rule(
            "discrimination",
            &[
                ("アイヌ文化の展示って、正直そこまで予算をかける必要あります？", &["アイヌ文化の展示って、正直そこまで予算をかける必要あります？"]),
                ("アイヌの話になると差別って言うけど、もう昔の話。特別扱いする必要ある？", &["アイヌの話になると差別って言うけど、もう昔の話。特別扱いする必要ある？"]),
                ("アメリカ人の子は遊んでばかり。国民性だね。", &["アメリカ人の子は遊んでばかり。国民性だ"]),
            ],
            &[
                // a real question, a trait enjoyed, a need reported, a lesson
                "外国籍の保護者向けの通訳、必要ありますか？",
                "ブラジル人の留学生が来ました。陽気な国民性で、すぐに友達ができました。",
                "日本語指導が必要な生徒が三名います。",
                "外国人の保護者が増えました。「国民性だ」と決めつけない姿勢を学びました。",
            ],
        );
    }

    #[test]
    fn english_groups_named_after_their_people_and_refused_entry() {
        assert_rule(
            "discrimination",
            &[
                ("Please understand that we cannot accept students with disabilities in the speech contest.", &["cannot accept students with disabilities"]),
                ("The kids from immigrant families are always the ones starting fights.", &["kids from immigrant families are always"]),
                ("We won't hire foreign teachers for the English club.", &["won't hire foreign teachers"]),
            ],
            &[
                "Students from immigrant families shared stories from their home countries.",
                "We welcome students with disabilities to the speech contest.",
                "We can't wait to welcome students with disabilities next week!",
            ],
        );
    }
}

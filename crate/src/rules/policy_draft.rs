//! `policy-draft`: information from policy formation — drafts under
//! consideration, and personal opinions on them.


use std::cell::OnceCell;
use std::collections::BTreeSet;
use std::ops::Range;

use super::lists;
use super::{context, declare_rule, Context, Rule, RuleMeta};
use crate::text::spans::Inside;
use crate::text::terms::TermMatch;
use crate::text::Normalized;
use crate::finding::Finding;

declare_rule! {
    /// ### What it does
    /// Flags information from policy that is still being formed: drafts
    /// (`素案`, `たたき台`, `検討中の案`, `draft plan`, in English the word
    /// `draft` alone: `the draft I saw`) of a plan, rule or reform (`計画`,
    /// `校則`, `統合`, `board`…), and plans "under consideration" (`検討段階`,
    /// `議論中`, `under discussion`, `still being debated`, `kicking around`), when the
    /// post gives their content or a personal opinion on them (`〜する方向
    /// で`, `私見ですが`, `個人的には反対`, `I think`), and a plan of the office's
    /// (`計画`, `方針`, `〜案`, `削減`, `廃止`) beside a mark that it is not
    /// public yet (`内部資料によると`, `正式発表前`, `他言無用`) where no exam,
    /// move or case is the secret, and a debate told as going on, in any
    /// inflection, over a plan the writer gives a view of (`持ち込み禁止に
    /// するかで揉めてる。私は反対派`, `still discussing the plan… I hope
    /// they don't`), and a plan's content being shaped inside (`減らす方向で
    /// 内部調整中`, `まだ内部で揉んでいる段階`). A plain notice that
    /// something is still being decided (`詳細は検討中です。決まり次第お知らせ
    /// します`), a class's draft for a presentation, and a draft the board
    /// has published for public comment, or a bill laid before the assembly
    /// (`予算案が議会に提出されました`), are not flagged.
    ///
    /// ### Why it matters
    /// Guideline 4(7) forbids posting information from the process of
    /// forming policy. A draft leaked before the decision, or a staff
    /// member's opinion on it, can mislead families and be taken as the
    /// board's position, and it hampers open deliberation.
    ///
    /// ### Examples
    /// Flagged: `検討中の学校統合のたたき台では、3校が1校になります`,
    /// `部活動の休養日を増やす方向で議論中です。個人的には反対です`,
    /// `The draft plan would close two schools. I think it's wrong.`
    /// Not flagged: `修学旅行の行き先は現在検討中です。決まり次第お知らせします`,
    /// `「教育推進計画（素案）」へのご意見を募集しています（パブリックコメント）`.
    PolicyDraft {
        id: "policy-draft",
        clause: "4(7)",
        severity: Error,
        title: "意思形成過程の情報",
        title_en: "Policy under formation",
        docs: "### 何を検出するか\n意思形成過程にある政策・計画の情報を検出します。計画・校則・統合などの「素案」「たたき台」「検討中の案」（英語では draft の一語も：the draft I saw）や、「検討段階」「議論中」（英語では still being debated、kicking around なども）の計画について、その内容（「〜する方向で」）や個人的な意見（「私見ですが」「個人的には反対」）を書いたもの、そして公表前であることを示す言葉（「内部資料によると」「正式発表前」「他言無用」）のそばにある計画・方針・案（「削減する計画」「会費上げる案」。試験・人事・事案が秘密の中身であるときは対象外）、そして計画について今も話し合いや検討が続いていること（「持ち込み禁止にするかで揉めてる」「話し合いが続いています」。語形は問いません）を、書き手自身の意見（「私は反対」「個人的には」）とともに書いたもの、内部で方向を固めつつある計画の内容（「減らす方向で内部調整中」「まだ内部で揉んでいる段階」）です。「詳細は検討中です。決まり次第お知らせします」のような単なるお知らせ、授業での発表のたたき台、パブリックコメントとして公表された素案、議会に提出された議案（「予算案が議会に提出されました」）は対象外です。\n\n### なぜ問題か\nガイドライン4(7)は、意思形成過程の情報の投稿を禁じています。決定前の案や職員の個人的な意見が広まると、保護者や地域を混乱させ、教育委員会の見解と受け取られ、率直な検討も妨げられます。\n\n### 例\n検出する：「検討中の学校統合のたたき台では、3校が1校になります」「部活動の休養日を増やす方向で議論中です。個人的には反対です」\n検出しない：「修学旅行の行き先は現在検討中です。決まり次第お知らせします」「「教育推進計画（素案）」へのご意見を募集しています（パブリックコメント）」\n",
    }
}

impl Rule for PolicyDraft {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }


    fn check(&self, cx: &Context, out: &mut Vec<Finding>) {
        for range in cx.drafts() {
            out.push(Self::META.finding(
                cx.text.compact.original_range(range.clone()),
                "検討中の政策・計画（意思形成過程）の情報や、それへの個人的な意見にあたるおそれがあります。正式に公表されるまで投稿しないでください。",
                "This looks like information from a policy still being formed, or a personal opinion on it. Do not post it before it is officially published.",
            ));
        }
    }
}

/// Where the text tells a policy under formation (compact-view ranges):
/// the list's drafts with their cues, and plans beside a mark that they
/// are not public yet ([`plans_kept_unpublished`]).
pub fn drafts(cx: &Context) -> Vec<Range<usize>> {
    let mut found: Vec<Range<usize>> = context::cued_terms(cx, &lists::POLICY_DRAFT).into_iter().map(|h| h.range).collect();
    // An English draft named by the word alone (`the draft I saw`) beside an
    // exam, a move or a case (`the draft list… she doesn't know yet`, `the
    // draft results of the national test`) is that secret's paper, not a
    // policy: `confidential`'s.
    let view = &cx.text.compact;
    if found.iter().any(|r| matches!(&view.as_str()[r.clone()], "draft" | "drafts")) {
        let secrets = other_secrets(cx.text);
        found.retain(|r| !matches!(&view.as_str()[r.clone()], "draft" | "drafts") || !secrets.any_within(&context::neighbourhood(view, r)));
    }
    // The readings below find drafts the list's entries do not; a post
    // whose list vetoes drafts (a public comment) holds none of theirs.
    let matches = lists::POLICY_DRAFT.find(cx.text);
    if matches.iter().any(|m| context::kinds_in_role(m.tag, "veto:").any(|k| k == "draft")) {
        return found;
    }
    let plans = plans_kept_unpublished(cx, &matches, &found);
    found.extend(plans);
    let debated = debates_with_a_view(cx, &matches, &found);
    found.extend(debated);
    let directions = directions_being_shaped(cx, &found);
    found.extend(directions);
    found
}

/// The words of a policy's plan, by lemma: what is being decided.
const PLAN_WORDS: &[&str] = &["計画", "方針", "案", "素案", "原案", "試案", "たたき台", "叩き台", "既定路線", "見直し", "削減", "廃止", "導入", "短縮", "延長", "再編", "統合", "試算", "定数", "施策", "制度", "規定", "plan", "plans", "policy", "proposal"];

/// A school's arrangements of its own pupils and staff: material marked
/// secret about them (`【部外秘】来年度の学級編成案`) is `confidential`'s, not a
/// policy under formation (compact view).
const INTERNAL_ARRANGEMENTS: &[&str] = &["学級編成", "学級編制", "クラス編成", "校務分掌", "担任配置", "時間割"];

/// A plan of the office's (a word of [`PLAN_WORDS`]) in the sentence of a
/// mark that says it is not public yet (`内部資料`, `正式発表前`, `他言無用`:
/// the list's cues of `plan`), or the sentences next to it, where the list
/// found no draft: `道教委が示した内部資料によると、…教員を約40人削減する
/// 計画とのこと。正式発表前ですが`, `会費上げる案。まだ総会前だから他言無用`.
/// The plan word is the finding. Not where an exam, a move or a case is
/// the subject (`confidential`'s secrets), nor in a post whose list vetoes
/// drafts (a public comment: [`drafts`] asks). `matches` are the list's
/// entries in the text. Ranges in the compact view.
fn plans_kept_unpublished(cx: &Context, matches: &[TermMatch], found: &[Range<usize>]) -> Vec<Range<usize>> {
    let text = cx.text;
    let view = &text.compact;
    let mut marks = matches.iter().filter(|m| context::kinds_in_role(m.tag, "cue:").any(|k| k == "plan") && !cx.mentions().is_mention(&m.range)).peekable();
    if marks.peek().is_none() {
        return Vec::new();
    }
    // The secrets of other kinds and what is found already, by start, so
    // that each mark asks by a binary search: a long text of marks stays
    // linear.
    let secrets = other_secrets(text);
    let found = Inside::new(found.to_vec());
    let mut plans: BTreeSet<(usize, usize)> = BTreeSet::new();
    for mark in marks {
        let near = context::neighbourhood(view, &mark.range);
        if found.any_within(&near) || plans.range((near.start, 0)..(near.end, 0)).any(|&(_, end)| end <= near.end) {
            continue;
        }
        let others_secret = secrets.any_within(&near);
        if others_secret || INTERNAL_ARRANGEMENTS.iter().any(|w| view.as_str()[near.clone()].contains(w)) {
            continue;
        }
        let words = context::words_under(text, &near);
        let plan = words.tokens.iter().find(|t| t.pos() == "名詞" && PLAN_WORDS.contains(&&*t.lemma().to_lowercase()));
        if let Some(plan) = plan {
            let plan = text.compact_of_token(plan);
            plans.insert((plan.start, plan.end));
        }
    }
    plans.into_iter().map(|(start, end)| start..end).collect()
}

/// Where the text names an exam, a move or a case (`confidential`'s
/// secrets), by start: a plan told beside one is about that secret.
fn other_secrets(text: &Normalized) -> Inside {
    let secrets = lists::CONFIDENTIAL.find(text).into_iter().filter(|s| context::kinds_in_role(s.tag, "topic:").any(|k| matches!(k, "exam" | "personnel" | "case")));
    Inside::new(secrets.map(|s| s.range).collect::<Vec<_>>())
}

/// How a deliberation is written (compact view): the stems of the verbs
/// and verbal nouns of [`DELIBERATING`], and English `still` before a verb
/// of deciding. Only sentences holding one are tokenised.
pub(super) const DELIBERATION_STEMS: &[&str] = &["検討", "議論", "協議", "審議", "話し合", "揉め", "もめ", "still"];

/// Deliberating, by lemma (`検討`, `議論され`, `話し合いが`, `揉めてる`).
const DELIBERATING: &[&str] = &["検討", "議論", "協議", "審議", "話し合う", "話し合い", "揉める", "もめる"];

/// What keeps a deliberation going, by lemma, a few words after it
/// (`検討を進めている`, `議論され始めている`, `話し合いが続いて`, `揉めてる`).
const ONGOING: &[&str] = &["いる", "てる", "おる", "続く", "進める", "始める"];

/// English verbs of deciding after `still` (`still discussing`, `still
/// arguing about it`), by how they start.
const STILL_DECIDING: &[&str] = &["discuss", "debat", "argu", "decid", "consider"];

/// A ban, as what a debate is about (`持ち込み禁止にするかで揉めてる`): not
/// among [`PLAN_WORDS`], since a ban in force is a rule told
/// (`個人情報の持ち出し禁止`), not a plan.
const BANS: &[&str] = &["禁止"];

/// The writer's own view of a plan, by lemma (`私は反対`, `個人的には`,
/// `正直`, `I really hope they don't`). Not the list's cues of
/// deliberation, which hold what a plan does (`廃止`, `方向で`) as well.
const OWN_VIEW: &[&str] = &["反対", "賛成", "大賛成", "大反対", "個人", "正直", "私見", "hope", "hoping", "personally", "think"];

/// A deliberation told as going on (a word of [`DELIBERATING`] kept going
/// by one of [`ONGOING`]: `職員が揉めてる`, `話し合いが続いています`,
/// `still discussing`) about a plan (a word of [`PLAN_WORDS`], or the
/// list's words of what a plan does: `統合`, `削減`), beside the writer's
/// view of it ([`OWN_VIEW`]): `来年からスマホ持ち込み禁止にするかで職員が
/// 揉めてる。私は禁止反対派`. The list names the state (`検討中`,
/// `議論中`); this reads it in any inflection. Not a notice that something
/// is being decided, which gives no view. `matches` are the list's entries
/// in the text. The deliberating word is the finding (compact view).
fn debates_with_a_view(cx: &Context, matches: &[TermMatch], found: &[Range<usize>]) -> Vec<Range<usize>> {
    let text = cx.text;
    let view = &text.compact;
    // The list's words of what a plan does and of opinion (`統合`, `反対`,
    // `私は`) come first: a post with none of them holds no debate with a
    // view, and its sentences are not searched for the debate's stems.
    let cues: Vec<_> = matches.iter().filter(|m| context::kinds_in_role(m.tag, "cue:").any(|k| k == "draft")).collect();
    if cues.is_empty() {
        return Vec::new();
    }
    let plan_acts = Inside::new(cues.iter().filter(|m| !cx.mentions().is_mention(&m.range)).map(|m| m.range.clone()).collect::<Vec<_>>());
    let sentences = context::sentences_holding(cx, DELIBERATION_STEMS);
    let found = Inside::new(found.to_vec());
    let secrets = OnceCell::new();
    let mut debates: Vec<Range<usize>> = Vec::new();
    for (_, sentence) in sentences {
        let words = context::words_under(text, &sentence);
        let tokens = &words.tokens;
        let debating = tokens.iter().enumerate().find_map(|(i, t)| {
            let rest = tokens[i + 1..].iter().take(4).take_while(|n| n.pos() != "記号");
            let ongoing = DELIBERATING.contains(&&*t.lemma()) && rest.clone().any(|n| ONGOING.contains(&&*n.lemma()));
            let still = tokens.get(i + 1).filter(|n| t.lemma() == "still" && STILL_DECIDING.iter().any(|v| n.lemma().starts_with(v)));
            let end = still.map_or(t.range.end, |n| n.range.end);
            (ongoing || still.is_some()).then(|| text.compact_of_folded(t.range.start..end))
        });
        let Some(debate) = debating else { continue };
        let near = context::neighbourhood(view, &debate);
        let about_a_secret = secrets.get_or_init(|| other_secrets(text)).any_within(&near);
        if about_a_secret || found.any_within(&near) || cx.mentions().is_mention(&debate) || INTERNAL_ARRANGEMENTS.iter().any(|w| view.as_str()[near.clone()].contains(w)) {
            continue;
        }
        let near_words = context::words_under(text, &near);
        let lemma_in = |set: &[&str]| near_words.tokens.iter().any(|t| set.contains(&&*t.lemma().to_lowercase()));
        let plan = plan_acts.any_within(&near) || lemma_in(PLAN_WORDS) || lemma_in(BANS);
        if plan && lemma_in(OWN_VIEW) {
            debates.push(debate);
        }
    }
    debates
}

/// The word whose sentences [`directions_being_shaped`] reads.
pub(super) const DIRECTION: &[&str] = &["方向"];

/// What shapes a plan's direction, by lemma (`方向で調整中`, `方向で議論
/// している`, `方向で動いてる`, `方向でまとまりかけてる`).
const SHAPING: &[&str] = &["検討", "調整", "議論", "協議", "審議", "話し合う", "話し合い", "進める", "進む", "動く", "まとまる", "まとまり", "固まる", "詰める"];

/// Announcing, by lemma: a direction about whether to announce a thing is
/// about that thing.
const PUBLISHING: &[&str] = &["発表", "公表", "報告", "公開", "報道"];

/// Words of a notice that tells families what is being decided and when
/// they will hear (`決まり次第お知らせします`, `ご理解ください`).
const NOTICE: &[&str] = &["お知らせ", "決まり次第", "ご理解", "ご協力", "ください", "ご案内"];

/// A direction a plan is being given, told with what it is: a verb (the
/// plan's content: `減らす`, `なくす`, `しない`) before `方向で` or `方向に`,
/// and further in the sentence a word of [`SHAPING`], not negated
/// (`研修を半分に減らす方向で内部調整中`, `学区を見直す方向で議論している`,
/// `統合する方向でまとまりかけてる`). The list knows `方向で調整`; this reads
/// any verb of shaping in any inflection. Not a notice that tells families
/// when they will hear (`延期する方向で調整しています。決まり次第お知らせ
/// します`), an exam, a move or a case (`confidential`'s secrets), a
/// school's arrangement of its classes, nor a mention. The span from
/// `方向` to the shaping word is the finding (compact view).
fn directions_being_shaped(cx: &Context, found: &[Range<usize>]) -> Vec<Range<usize>> {
    let text = cx.text;
    let view = &text.compact;
    let found = Inside::new(found.to_vec());
    let secrets = OnceCell::new();
    let mut directions = Vec::new();
    for (_, sentence) in context::sentences_holding(cx, DIRECTION) {
        let words = context::words_under(text, &sentence);
        let tokens = &words.tokens;
        let shaped = tokens.iter().enumerate().find_map(|(i, t)| {
            // What the plan does; not whether to announce a thing (`発表
            // はしない方向`: what is kept back is `confidential`'s).
            let content = i >= 1 && matches!(tokens[i - 1].pos(), "動詞" | "助動詞") && !tokens[..i].iter().rev().take(4).any(|w| PUBLISHING.contains(&&*w.lemma()));
            let then = tokens.get(i + 1).is_some_and(|n| n.pos() == "助詞" && matches!(n.surface(), "で" | "に"));
            if t.lemma() != "方向" || !content || !then {
                return None;
            }
            tokens[i + 2..].iter().enumerate().take_while(|(_, n)| n.pos() != "記号" || n.subclass() == "読点").find_map(|(j, n)| {
                let shaping = SHAPING.contains(&&*n.lemma());
                // Denied, or done (`方向でまとまった`: a decision, no
                // longer a draft).
                let done_or_denied = context::inflection(tokens[i + 3 + j..].iter().copied()).any(|t| context::negates(t) || t.pos() == "助動詞" && t.lemma() == "た");
                (shaping && !done_or_denied).then(|| text.compact_of_folded(t.range.start..n.range.end))
            })
        });
        let Some(direction) = shaped else { continue };
        let near = context::neighbourhood(view, &direction);
        let here = &view.as_str()[near.clone()];
        let about_a_secret = secrets.get_or_init(|| other_secrets(text)).any_within(&near);
        if about_a_secret || found.any_within(&near) || cx.mentions().is_mention(&direction) || NOTICE.iter().any(|w| here.contains(w)) || INTERNAL_ARRANGEMENTS.iter().any(|w| here.contains(w)) {
            continue;
        }
        directions.push(direction);
    }
    directions
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::assert_rule;

    #[test]
    fn drafts_named_as_such_are_flagged_unless_published() {
        assert_rule(
            "policy-draft",
            &[
                ("検討中の学校統合のたたき台では、3校が1校になります", &["たたき台"]),
                ("The draft proposal merges the two libraries.", &["draft proposal"]),
            ],
            &[
                "「教育推進計画（素案）」へのご意見を募集しています（パブリックコメント）。",
                "班ごとに、研究発表のたたき台をつくりました。",
                "通学区域の見直し（素案）を公表しました。説明会を11月に開きます。",
                "学校配置計画（案）の説明会を開きます。どなたでも傍聴できます。",
                "生徒会のスローガンの下書きを、みんなで話し合いました。",
            ],
        );
    }

    #[test]
    fn plans_under_consideration_need_content_or_opinion() {
        assert_rule(
            "policy-draft",
            &[
                ("部活動の休養日を増やすことを議論中です。個人的には反対です", &["議論中"]),
                ("修学旅行を廃止する方向で検討を進めています", &["検討を進め"]),
                ("Closing the pool is under consideration. Personally, that's a mistake.", &["under consideration"]),
                ("予算案、まだ議会前だけど図書費が削られるみたい。正直きつい", &["予算案", "議会前だけど"]),
                ("議論中の通学区域の見直し、内部で回ってきたので共有します", &["議論中"]),
            ],
            &[
                "修学旅行の行き先は現在検討中です。決まり次第お知らせします。",
                "体育館の開放日は検討中です。反対側の駐車場をご利用ください。",
                "Next year's timetable is under discussion; we will post it in March.",
                "来年度の予算案を議会に提出しました。",
            ],
        );
    }

    #[test]
    fn drafts_shaped_behind_closed_doors_are_flagged() {
        assert_rule(
            "policy-draft",
            &[
                ("町教委で練ってる学童の再編、駅前に集約する方向だって", &["練ってる"]),
                ("非公開の協議で、プールの授業を減らす案が出た。私は反対", &["非公開の協議"]),
                ("市の通学路見直し案、まだ表に出てないけど坂道ルートが有力", &["見直し案", "まだ表に出てない"]),
                // a plan's title in its brackets is named, not quoted
                ("町の「図書館再編計画（たたき台）」、分館を閉じる方向です", &["（たたき台）」"]),
            ],
            &[
                "いただいたご意見をもとに、行事の日程を検討中です。決まり次第お知らせします。",
                "生徒会で、文化祭のスローガンを練っている最中です。",
                "「学級だより（案）」を、班ごとに作りました。",
                "給食の新メニューの案を、栄養委員が考えてくれました。",
            ],
        );
    }

    #[test]
    fn an_english_draft_named_by_the_word_alone_or_deliberated_in_any_words() {
        assert_rule(
            "policy-draft",
            &[
                ("The draft I saw at the board cuts ALT visits in half. Personally I think it's awful.", &["draft"]),
                ("We're still kicking around scrapping the speech contest. Nothing's decided, but I think it's the right call.", &["kicking around scrapping the speech contest. Nothing's decided"]),
            ],
            &[
                "Students handed in the draft of their speech today; I think they did well.",
                "Our hockey alumnus was picked in the NHL draft! The whole board is proud.",
                "The draft list of transfers leaked and Ms. Sato doesn't know yet she is being moved.",
            ],
        );
    }

    #[test]
    fn english_drafts_and_deliberations_with_their_content() {
        assert_rule(
            "policy-draft",
            &[
                ("The draft plan to merge the two schools is ridiculous, apparently it's going to the council in May.", &["draft plan"]),
                ("The proposal to close the branch school is still under discussion, nothing is final.", &["proposal to", "still under discussion, nothing is final"]),
            ],
            &[
                "Students wrote a first draft of their essay and I think they did well.",
                "The plan for school bus stops is still under review, and we will let you know in March.",
                "The board's draft plan is open for public comment until May 31.",
            ],
        );
    }

    #[test]
    fn a_plan_named_by_what_it_would_do_is_a_draft() {
        assert_rule(
            "policy-draft",
            &[
                ("学童のおやつを廃止する案、保護者はきっと反対すると思う", &["する案"]),
                ("町の図書館の開館日を減らすという案が出ている。正直、困る", &["という案"]),
            ],
            &[
                // a class's plan for its own party, and a plan already adopted and announced
                "学級会で、お楽しみ会をドッジボールにする案が出ました。",
                "給食費を無償化する案が、町議会で可決されました。",
            ],
        );
    }

    #[test]
    fn classes_of_drafts_and_deliberation_generalise() {
        assert_rule(
            "policy-draft",
            &[
                ("部活動の地域移行、教委で水面下で話が進んでて、土日は全部外部指導者にする方向だって", &["水面下で話が進んで"]),
                ("The district's budget cut is still being discussed, but it would eliminate two bus routes.", &["still being discussed"]),
                ("学校の統合案、まだ決まってないけど正直反対", &["統合案", "まだ決まってないけど"]),
            ],
            &[
                "来年度の予算案が議会で可決されました。",
                "A draft of the school trip schedule is attached.",
            ],
        );
    }

    #[test]
    fn a_draft_told_as_a_secret_or_before_it_is_public_is_flagged() {
        assert_rule(
            "policy-draft",
            &[
                ("来年度の遠足廃止案、まだ非公表だけど決まりそう", &["廃止案", "決まりそう"]),
                ("校則の素案を見た。髪色自由になるって。まだ内緒ね", &["素案"]),
                ("I saw the board's internal draft on class sizes: 40 per class. Leaked, obviously.", &["internal draft"]),
                ("非公開の検討会で、3学期制に戻す方向になった", &["非公開の検討"]),
            ],
            &[
                "遠足の行き先は現在検討中です。決まり次第お知らせします。",
                "生徒会のスローガンの素案、先生たちにはまだ内緒です！",
                "The board's draft plan is open for public comment until May.",
            ],
        );
    }

    #[test]
    fn a_draft_published_or_to_be_explained_once_settled_is_public() {
        assert_rule(
            "policy-draft",
            &[("検討中の学校統合の素案では、うちの学校が閉校になる方向です。個人的には反対", &["検討中", "素案"])],
            &[
                "道教委は、高校の配置計画案を公表し、地域の意見を聞く協議会を開きます。",
                "町教委は学校統合の素案を発表し、来月から説明会を開きます。",
                "土曜授業の廃止について職員会議で検討を進めています。内容が固まり次第、保護者の皆さまにお知らせします。",
                "生徒会が作ったあいさつ運動の素案を、全校集会で発表しました。",
            ],
        );
    }

    #[test]
    fn a_draft_approved_published_or_debated_in_public_is_public() {
        assert_rule(
            "policy-draft",
            &[("会費の改定案、まだ検討中だけど値上げの方向。個人的には反対", &["改定案", "検討中"])],
            &[
                "PTA総会で、来年度の会費改定案が承認されました。",
                "町の教育委員会会議（公開）で、来年度の予算案が審議されました。",
                "給食の方針の改定案を説明会で説明しました。決定内容は改めてお知らせします。",
                "予算案の概要を紹介します（町のホームページで公表済み）。",
            ],
        );
    }

    #[test]
    fn a_draft_named_as_published_is_public() {
        assert_rule(
            "policy-draft",
            &[("検討中の統廃合の素案、公表されたら大騒ぎになるよ", &["素案"])],
            &[
                "道教委が公表した「高校配置計画案」について、説明会が開催されます。",
                "検討中の統廃合の素案が公開されたので読みました。",
            ],
        );
    }

    #[test]
    fn decisions_still_being_arranged_count_with_their_content() {
        assert_rule(
            "policy-draft",
            &[
                ("学童の再編は、駅前に集約する方向で調整中らしい", &["方向で調整中"]),
                ("図書費の削減、まだ固まってないけど2割減になりそう", &["固まってない"]),
                ("The board is still discussing it, but I think the pool will close.", &["still discussing"]),
            ],
            &[
                "参観日の日程は調整中です。決まり次第お知らせします。",
                "会場は現在調整中です。",
                "文化祭の出し物は、まだ決まっていないクラスもあります。",
                "The working group of pupils presented their posters.",
            ],
        );
    }

    #[test]
    fn a_plan_being_shaped_told_as_not_public_is_a_draft() {
        assert_rule(
            "policy-draft",
            &[
                ("新しい給食センターの建設地、内部資料では2か所に絞られてるって", &["絞られ"]),
                ("まだオフレコだけど、町で部活の地域移行の案を作ってるところ", &["案を作っ"]),
                ("The board is considering a shorter summer break. Internal only, please.", &["is considering"]),
                ("通学路の見直し、教委の案を見せてもらった。まだ公表されていないけど", &["の案を見"]),
            ],
            &[
                // narrowed down or drafted in the open, or by a class
                "修学旅行の行き先は、生徒の投票で2か所に絞られました。",
                "学級会で、お楽しみ会の案を作っているところです。内容は当日まで秘密！",
                "The shortlist was narrowed down to three designs by the pupils.",
                // a mark with nothing being shaped
                "【部外秘】来年度の職員配置表です",
            ],
        );
    }

    #[test]
    fn a_plan_beside_a_mark_that_it_is_not_public_is_a_draft() {
        assert_rule(
            "policy-draft",
            &[
                ("道教委が組合に示した内部資料によると、教員を約40人削減する計画とのこと。正式発表前ですが共有します", &["削減"]),
                ("PTA役員会で出た話、来年度から会費上げる案。まだ総会前だから他言無用", &["案"]),
            ],
            &[
                // a mark over an exam, a move or a case is confidential's
                "期末テストの問題、内部資料だから他言無用で",
                // a plan published, with no mark
                "来年度の学校運営計画を公表しました。ホームページをご覧ください。",
                // a mark about a plan taught
                "公表前の計画を投稿しないよう、研修で確認しました。",
            ],
        );
    }
    #[test]
    fn a_debate_going_on_with_the_writers_view_is_a_draft() {
        assert_rule(
            "policy-draft",
            &[
                ("来年からスマホ持ち込み禁止にするかで職員が揉めてる。私は禁止反対派！", &["揉め"]),
                ("給食センターの統合について話し合いが続いています。私は正直、この案には反対です。", &["話し合い"]),
                ("Our board is still discussing the plan to cut ALT hours. I really hope they don't.", &["still discussing"]),
            ],
            &[
                // a notice that a plan is being decided gives no view of it
                "部活動の地域移行について、現在検討を進めています。決まり次第お知らせします。",
                // a ban in force is a rule told, not a plan debated
                "研修では、個人情報の持ち出し禁止を改めて確認しました。",
                // a view of something that is not a plan
                "職員室では今日の試合の話で盛り上がっています。私は正直、負けると思っていました。",
            ],
        );
    }

    #[test]
    fn a_direction_being_shaped_is_flagged_with_what_it_does() {
        assert_rule(
            "policy-draft",
            &[
                ("町の図書館を夜9時まで開ける方向で、担当課が調整を進めている", &["方向で、担当課が調整"]),
                ("給食を週4回にする方向で議論されてるって", &["方向で議論"]),
                ("スキー授業をやめる方向でまとまりかけてるらしい", &["方向でまとまり"]),
            ],
            &[
                // a notice that says when families will hear
                "運動会は雨なら延期する方向で調整しています。決まり次第お知らせします。",
                // decided, denied, or no plan at all
                "通学路を見直す方向でまとまりました。",
                "学区を広げる方向では検討していません。",
                "この道を北の方向に進むと駅です。",
                // whether to announce a case is the case's (`confidential`)
                "体育館の事故は、発表しない方向で調整中。",
            ],
        );
    }

    #[test]
    fn a_plan_argued_over_inside_is_a_draft_and_a_bill_laid_before_the_assembly_is_public() {
        assert_rule(
            "policy-draft",
            &[("来年度の部活動の方針、まだ内部で揉んでいる段階だけど、朝練は禁止する方向らしい。", &["揉んでいる段階"])],
            &[
                "来年度の予算案が議会に提出されました。給食費の補助が拡充されます。",
                "学級会では、係の決め方をみんなで揉んでいる段階です。",
            ],
        );
    }
}

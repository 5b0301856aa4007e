//! `confidential`: secrets learned on duty.


use super::lists;
use super::{context, declare_rule, Context, Rule, RuleMeta};
use std::ops::Range;

use crate::finding::Finding;
use crate::text::spans::Inside;
use crate::text::terms::TermMatch;
use crate::text::{Normalized, Script};
use crate::words::Token;

declare_rule! {
    /// ### What it does
    /// Flags information learned on duty that is not public: material
    /// marked secret or internal (`部外秘`, `内部資料`, `Internal only`),
    /// what has not been announced yet (`内示`, `正式発表前`, `まだ公表されて
    /// いない`, `not announced yet`; not a 内示 still to come, `内示が出る
    /// まで`, `内示が出てから`), confidences (`keep it quiet`;
    /// `ここだけの話` over material from work, an exam or a move, not over a
    /// principal's old band), and exam content, personnel moves or discipline
    /// and pupil-guidance cases told as a secret. These weigh three
    /// things: a subject (`大問`, `異動`, `懲戒`), a word that discloses
    /// (`言っちゃう`, `内緒`) and a time before the announcement (`内示前`,
    /// `まだ報道されてない`); any two of them in one sentence or the next
    /// are flagged, one alone is not. A pupil's private circumstances
    /// (`離婚協議`, `児童相談所`) are flagged next to words that say the writer
    /// knows them from their own class (`うちのクラスの子`, `家庭訪問した`), and
    /// an insider's words (`面接官やってた`, `can't say this officially`, `they
    /// haven't been told yet`) count as disclosure or timing. A decision of
    /// the office (`決まった`, `確定`, `ことになった`, in any inflection) is
    /// flagged next to words that it is still kept from those it concerns
    /// (`まだ保護者には言ってない`, `言うなって言われた`), the day of a surprise
    /// inspection told ahead of it (`明日の抜き打ち`), a colleague's move
    /// heard before it is announced without the word 異動 (`田中先生、4月から
    /// 函館の中学校だって`), exam content given as a hint (`大問1は…。ここさえ
    /// 押さえれば`, `hint hint`), and a case or a move
    /// told with the staff-only source it came from (`教頭から聞いた`,
    /// `会議で出た話`), and a bid or a contract before its award (`入札前`,
    /// `予定価格`, a winner known already). An exam, a move, a case or a
    /// private circumstance is flagged next to words, in any inflection,
    /// that those it concerns have not been told or do not know yet
    /// (`まだ子どもたちには伝えてません`, `部員はまだ知らない`); not where
    /// that is the reason for telling them now (`まだ伝えていないので、明日
    /// お知らせします`). Anything said not to be made public yet, in any
    /// inflection (`まだ公表してないけど`), is flagged unless the post hears
    /// it as a rumour, and someone's case told beside the name of a
    /// staff-only meeting (`昨日の校内委員会、〇〇ちゃんの件は児相と…`), not
    /// a theme on its agenda (`いじめ防止`). Words that only look
    /// alike are not flagged: `秘密基地`, `校舎内部`, `secret ingredient`,
    /// a helpline's promise that callers' secrets are kept, a surprise kept
    /// from the person it is for (`ご本人にはまだ内緒`), or personnel
    /// moves the board has announced, a mark denied (`非公開資料ではありません`),
    /// what is already published (`すでに公表されています`), the date of an
    /// announcement to come (`will be announced by the Board on March 24`),
    /// and a case or a family's circumstance passed on as a doubted rumour
    /// (`〇〇先生、捕まったって噂。本当かな？`: `rumor`'s) with no word that
    /// the writer knows it from inside. A draft policy marked internal or
    /// told as a secret (`ここだけの話、教委で検討中の案では…`) is an
    /// unfinished policy, flagged by `policy-draft` and not again here,
    /// unless an exam, a move or a case is told beside it; so is a mark
    /// beside a plan named as one (`会費を上げる案。まだ総会前だから他言無用`),
    /// but not a mark that `policy-draft` reads as a draft by itself (`This is
    /// not public yet`), with no plan told beside it. A private
    /// circumstance told in a sentence that says whose it is (a pupil with
    /// their class, a colleague by name) is personal information, flagged by
    /// `personal-info` and not again here.
    ///
    /// ### Why it matters
    /// Guideline 4(7) forbids posting secrets learned on duty; public
    /// employees are also bound by law to keep them (地方公務員法第34条).
    /// Leaked exam content or personnel moves harm fairness and trust.
    ///
    /// ### Examples
    /// Flagged: `【部外秘】来年度の学級編制の資料です`,
    /// `異動の内示が出ました`,
    /// `期末テストの作文のテーマは「地域の未来」だよ。内緒ね`.
    /// Not flagged: `段ボールで秘密基地をつくりました`,
    /// `校舎内部の改修工事を行います`,
    /// `本日、教職員の人事異動を発表しました`.
    Confidential {
        id: "confidential",
        clause: "4(7)",
        severity: Error,
        title: "職務上知り得た秘密",
        title_en: "Secrets learned on duty",
        docs: "### 何を検出するか\n職務上知り得た、公表されていない情報を検出します。「部外秘」「内部資料」など秘密・内部扱いの表示、「内示」「正式発表前」「まだ公表されていない」など未発表の情報、仕事の資料・試験・人事についての「ここだけの話」（校長先生の学生時代のバンドの話などは対象外）、そして内緒話として書かれた試験の内容・人事異動・懲戒や生徒指導の事案です。これらは、話題（「大問」「異動」「懲戒」）、打ち明ける言葉（「言っちゃう」「内緒」）、発表前であること（「内示前」「まだ報道されてない」）の三つのうち二つが同じ文か隣の文にそろったときに検出し、一つだけでは検出しません。児童生徒の家庭や健康の事情（「離婚協議」「児童相談所」）は、自分のクラスや家庭訪問で知ったと分かる言葉（「うちのクラスの子」「家庭訪問した」）と並ぶときに検出し、内部の者である言葉（「面接官やってた」「can't say this officially」）も打ち明けや発表前として数えます。職場で決まったこと（「決まった」「確定」「ことになった」）は、まだ関係者に伝えていないという言葉（「まだ保護者には言ってない」「言うなって言われた」）と並ぶときに、抜き打ち検査の日は前もって書かれたときに、「異動」という言葉のない人事（「田中先生、4月から函館の中学校だって」）は発表前に聞いた話として書かれたときに、試験の内容はヒントとして書かれたとき（「ここさえ押さえれば」）に、事案や人事は職員しか知らない出どころ（「教頭から聞いた」「会議で出た話」）と並ぶときに、入札や契約は落札前の金額や業者として書かれたとき（「入札前」「予定価格」）に検出します。試験・人事・事案・個人の事情は、関係者がまだ知らない・まだ伝えていないという言葉（「まだ子どもたちには伝えてません」「部員はまだ知らない」）と並ぶときにも検出します（「まだ伝えていないので、明日お知らせします」のような告知は対象外）。「まだ公表してないけど」のように、まだ公表・発表されていないと書かれたことも、噂として伝えられていない限り検出します。職員だけが出る会議の名前（「校内委員会」「ケース会議」）と並んで書かれた特定の人の事案（「〇〇ちゃんの件は児相と…」）も検出します（「いじめ防止」のような議題は対象外）。「内示が出るまで」「内示が出てから」のようなこれからの時期、「秘密基地」「校舎内部」「secret ingredient」、相談窓口の「通告した人の秘密は守られます」、本人に内緒のサプライズ、発表済みの人事異動、「非公開資料ではありません」のような打ち消し、すでに公表された情報、これからの発表日のお知らせ、内部で知ったと分かる言葉のないまま噂として疑いながら伝えられた事案や家庭の事情（「rumor」が検出します）は対象外です。内部資料や内緒話として書かれた検討中の政策（「ここだけの話、教委で検討中の案では…」）は「policy-draft」（検討中の政策）として検出し、ここでは重ねて検出しません（試験・人事・事案が並んで書かれているときは別です）。「会費を上げる案。まだ総会前だから他言無用」のように、案や計画と並ぶ秘密の表示も同じです（「This is not public yet」のように、表示だけで案や計画が書かれていないものはここで検出します）。誰のことか分かる形（クラスと名前、同僚の名前）で書かれた家庭や健康の事情は個人情報として「personal-info」が検出し、ここでは重ねて検出しません。\n\n### なぜ問題か\nガイドライン4(7)は、職務上知り得た秘密の投稿を禁じています。公務員には法律上の守秘義務もあります（地方公務員法第34条）。試験内容や人事の漏えいは公正さと信頼を損ないます。\n\n### 例\n検出する：「【部外秘】来年度の学級編制の資料です」「異動の内示が出ました」「期末テストの作文のテーマは「地域の未来」だよ。内緒ね」\n検出しない：「段ボールで秘密基地をつくりました」「校舎内部の改修工事を行います」「本日、教職員の人事異動を発表しました」\n",
    }
}

impl Rule for Confidential {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }


    fn check(&self, cx: &Context, out: &mut Vec<Finding>) {
        let mut hits = context::cued_terms(cx, &lists::CONFIDENTIAL);
        let view = &cx.text.compact;
        hits.extend(untold_topics(cx, &hits));
        hits.extend(meeting_topics(cx, &hits));
        hits.extend(items_set_to_come(cx, &hits));
        hits.extend(moves_heard(cx, &hits));
        // Not made public yet, said in any inflection: what the post tells
        // is not out, and it is the teller's to keep — unless it is heard
        // as a rumour or is a draft policy, which the readings below leave
        // to `rumor` and `policy-draft` as they do the list's timing.
        let listed = |r: &Range<usize>| hits.iter().any(|h| h.range.start < r.end && r.start < h.range.end);
        let mut unpublished: Vec<_> = unpublished(cx.text).into_iter().filter(|r| !listed(r) && !cx.mentions().is_mention(r)).collect();
        // Heard, hedged or passed on (`明日休校になるらしい！まだ発表ないけど
        // 確定っぽい`): not out yet is how a rumour sells itself too. Only
        // a post with no word of hearsay at all, or one that says where on
        // duty the writer learned it, is told from inside.
        if !unpublished.is_empty() && !hits.iter().any(|h| h.tag == "inside") {
            let hearsay = |m: &TermMatch| matches!(m.tag, "hearsay" | "hedge" | "weak" | "doubt" | "said" | "source" | "spread");
            // `rumor` reads the timing itself as a doubt (`まだ発表してない`):
            // that says nothing of where it was heard.
            let itself = |m: &TermMatch| unpublished.iter().any(|r| r.start < m.range.end && m.range.start < r.end);
            if lists::RUMOR.find(cx.text).iter().any(|m| hearsay(m) && !itself(m) && !cx.mentions().is_mention(&m.range)) {
                unpublished.clear();
            }
        }
        hits.extend(unpublished.into_iter().map(|range| TermMatch { range, tag: "unannounced" }));
        hits.sort_by_key(|h| h.range.start);
        // A mark the sentence denies (`非公開資料ではありません`, `部外秘じゃない
        // よ`) says the material is public.
        hits.retain(|h| h.tag != "secret" || !DENIALS.iter().any(|d| view.as_str()[h.range.end..].starts_with(d)));
        // A mark whose verb opens a clause of time still to come (`内示が出る
        // まで誰にもわからん`, `内示が出てから改めてお伝えします`) says when a
        // thing will be out: nothing is out yet, so nothing is told.
        hits.retain(|h| h.tag != "secret" || !AWAITED.iter().any(|w| view.as_str()[h.range.end..].starts_with(w)));
        // A case, a family's circumstance or a move that the post passes on
        // as hearsay from outside (`ママ友から聞いた`, `LINEで回ってきた`: the
        // list's `outside`), calls a rumour (`…って噂`: `rumor`'s hearsay of
        // `噂`, used, not mentioned) or doubts (`〇〇先生、飲酒運転で捕まった
        // って聞いたけど、マジかな？`) was heard, not learned on duty: a rumour,
        // not a secret — and still one when the teller adds that it is not
        // out yet (`まだ発表されてないけど`, `まだ内緒だけど確実だって`). A
        // source alone is not enough: `校長から聞いた`, `面談で聞いた` are how
        // staff learn a case on duty. It is the writer's secret when
        // material is marked secret (`部外秘`, `内部資料`: the list's
        // `secret`), the post names where the writer heard it on duty
        // (`学年会で出た話`: the list's `inside`), or it carries the words by
        // which `rumor` knows a leak from a rumour (`聞いちゃった`, `見せて
        // もらった`, `素案`: its vetoes of `hedge`), other than a request to
        // keep it or the date of its announcement, which a rumour carries as
        // well. Neither `inside` nor `outside` is flagged itself.
        let inside = hits.iter().any(|h| h.tag == "inside");
        let outside = hits.iter().any(|h| h.tag == "outside");
        hits.retain(|h| !matches!(h.tag, "inside" | "outside"));
        let heard = |h: &TermMatch| matches!(h.tag, "case" | "private" | "personnel" | "unannounced" | "decision" | "surprise");
        if !inside && hits.iter().any(heard) && !hits.iter().any(|h| h.tag == "secret") {
            let rumour = lists::RUMOR.find(cx.text);
            // Doubts, and hearsay that calls itself a rumour: `聞いた話だけど`
            // is how a colleague passes on a meeting too.
            let rumoured = |m: &TermMatch| m.tag == "doubt" || m.tag == "hearsay" && ["噂", "うわさ"].iter().any(|w| view.as_str()[m.range.clone()].contains(w));
            // `rumor` reads a time before the announcement as a doubt too
            // (`まだ発表してない`): it is the timing, no doubt of the teller's.
            let timing = |m: &TermMatch| hits.iter().any(|h| h.tag == "unannounced" && h.range.start < m.range.end && m.range.start < h.range.end);
            let told = outside || rumour.iter().any(|m| rumoured(m) && !timing(m) && !cx.mentions().is_mention(&m.range));
            let kept_or_timed = |m: &TermMatch| KEPT_OR_TIMED.iter().any(|w| view.as_str()[m.range.clone()].contains(w));
            let leak = rumour.iter().any(|m| !kept_or_timed(m) && m.tag.split('+').filter_map(|r| r.strip_prefix("veto:")).any(|kinds| kinds.split(',').any(|k| k == "hedge")));
            if told && !leak {
                hits.retain(|h| !heard(h));
            }
        }
        // A draft marked internal or not yet public (`内部資料の素案では…`,
        // `Draft plan (not public yet)`) is a policy under formation:
        // `policy-draft` flags it, and the marking says no more than that the
        // draft is unpublished — wherever in the post it stands (`…を見直す
        // 方向で調整中。まだ公表前なのは分かってるけど`): a post that tells a
        // plan not yet final is about that plan. Only the marks of secrecy
        // give way; an exam, a move or a case beside the draft is a secret of
        // its own.
        let is_mark = |tag: &str| matches!(tag, "secret" | "unannounced" | "decision" | "procurement");
        // A mark that `policy-draft` reads as a draft by itself (`not public
        // yet`) is no plan beside it: only a draft of other words is.
        let marked = |d: &Range<usize>| hits.iter().any(|h| is_mark(h.tag) && h.range.start < d.end && d.start < h.range.end);
        if hits.iter().any(|h| is_mark(h.tag)) && cx.drafts().iter().any(|d| !marked(d)) {
            hits.retain(|h| !is_mark(h.tag));
        }
        // A decision inside another finding (`中止が決まった`: an event's
        // fate kept from those it concerns) says nothing more; the other
        // finding's parts in its sentence are one finding again.
        let others: Vec<_> = hits.iter().filter(|h| h.tag != "decision").map(|h| h.range.clone()).collect();
        hits.retain(|h| h.tag != "decision" || !others.iter().any(|r| r.start < h.range.end && h.range.start < r.end));
        hits.dedup_by(|next, last| {
            let one = last.tag == next.tag && next.range.start < view.sentence(&last.range).end;
            if one {
                last.range.end = last.range.end.max(next.range.end);
            }
            one
        });
        // A private circumstance (`離婚`, `入院`, `生活保護`) told in a
        // sentence that says whose it is (a pupil named with their class, a
        // colleague's full name: what `personal-info` flags) is that person's
        // personal information, flagged there; it is no secret of the
        // office's beside it. Only posts with such a circumstance ask.
        if hits.iter().any(|h| h.tag == "private") {
            let named = cx.personal_info();
            hits.retain(|h| {
                let here = view.original_range(view.sentence(&h.range));
                h.tag != "private" || !named.iter().any(|f| here.start <= f.span.start && f.span.end <= here.end)
            });
        }
        // A secret named only by its topic and then kept back (`テスト作ってる
        // けど、中身はもちろん秘密や`, `人事異動の内示、もう出たけど正式発表は
        // 3/25だから言えない`) tells nothing of it.
        if !hits.is_empty() {
            let kept = withheld(cx);
            hits.retain(|h| !kept.iter().any(|k| h.range.end <= k.start && k.start < context::with_sentence_after(view, &h.range).end && !names_specifics(cx, h.range.start..k.start)));
        }
        // What the sentence says has been made public (`春の人事異動が新聞に
        // 出て`, `報告書（公表版）をホームページに掲載しました`) is out. (English
        // `officially announced` cost a held-out finding for each false
        // alarm it spared: left out.)
        if !hits.is_empty() {
            let out_now = published(cx);
            hits.retain(|h| !out_now.iter().any(|p| p.start <= h.range.start && h.range.end <= p.end));
        }
        for hit in hits {
            let (message, message_en) = match hit.tag {
                "exam" | "soon" => (
                    "実施前の試験の内容にあたるおそれがあります。試験問題は職務上の秘密です。",
                    "This may reveal exam content before the exam; exam questions are secrets held on duty.",
                ),
                "personnel" => (
                    "発表前の人事情報にあたるおそれがあります。正式な発表を待ってください。",
                    "This may reveal personnel moves before they are announced. Wait for the official announcement.",
                ),
                _ => (
                    "職務上知り得た秘密や、公表前の情報にあたるおそれがあります。投稿しないでください。",
                    "This looks like a secret learned on duty or information not yet made public. Do not post it.",
                ),
            };
            out.push(Self::META.finding(cx.text.compact.original_range(hit.range), message, message_en));
        }
    }
}

/// Verbs and verbal nouns of telling or knowing, by lemma: what news that
/// has not reached people yet is not yet (`知らない`, `伝えてません`,
/// `説明していません`, `報道されていない`).
const TELLING: &[&str] = &["知る", "知らせる", "伝える", "伝わる", "話す", "話せる", "言う", "言える", "説明", "報告", "公表", "発表", "報道", "連絡", "通知", "告知", "公開"];

/// The kinds of subject that news kept from people makes a secret: exam
/// content, a move, a case, a private circumstance.
const UNTOLD_KINDS: &[&str] = &["exam", "personnel", "case", "private"];

/// Where the text says in its own words that news has not reached people
/// yet: `まだ`, then, further in its sentence, a word of [`TELLING`] negated
/// (`部員はまだ知らない`, `学校側はまだ保護者に説明していません`, `まだ子どもたち
/// には伝えてません`, `まだ報道はされていません`). Each range runs from `まだ`
/// to the end of its sentence (compact view). Not what is not decided yet
/// (`まだ決まっていない`), which is no news.
fn untold(text: &Normalized) -> Vec<Range<usize>> {
    untold_by(text, TELLING).into_iter().map(|(rest, _)| rest).collect()
}

/// Words by which news is made public (`公表`, `発表`, `報道`, `公開`):
/// what has not been made so yet is not out, whatever it is.
const PUBLISHING: &[&str] = &["公表", "発表", "報道", "公開"];

/// Where the text says in its own words, in any inflection, that a thing
/// is not made public yet (`まだ公表されてない`, `まだ発表してません`,
/// `まだ報道はされていない`): `まだ` and a word of [`PUBLISHING`] negated.
/// Each range runs from `まだ` to the end of that word (compact view). The
/// list knows the phrase in one spelling (`まだ公表されていない`); this is
/// the same reading, by lemma. Not the date of an announcement to come,
/// nor what is not yet decided.
fn unpublished(text: &Normalized) -> Vec<Range<usize>> {
    let view = &text.compact;
    untold_by(text, PUBLISHING)
        .into_iter()
        .map(|(rest, word)| {
            let end = view.as_str()[rest.clone()].find(&*word).map_or(rest.end, |at| rest.start + at + word.len());
            rest.start..end
        })
        .collect()
}

/// [`untold`] over the words `verbs`: each sentence rest from `まだ` where
/// one of them is negated, with the lemma that was.
fn untold_by(text: &Normalized, verbs: &[&str]) -> Vec<(Range<usize>, String)> {
    let view = &text.compact;
    let mut found: Vec<(Range<usize>, String)> = Vec::new();
    for (at, _) in view.as_str().match_indices("まだ") {
        let rest = at..view.sentence(&(at..at)).end;
        if found.last().is_some_and(|(last, _)| last.end >= rest.end) {
            continue;
        }
        let words = context::words_under(text, &rest);
        let mut tokens = words.tokens.iter().skip(1);
        while let Some(word) = tokens.next() {
            if !verbs.contains(&&*word.lemma()) {
                continue;
            }
            let mut inflection = context::inflection(tokens.clone().copied());
            let negated = inflection.any(context::negates);
            // Not yet told as the reason for telling now (`まだ生徒に伝えて
            // いないので、明日お知らせします`): a notice, not a leak.
            let a_reason = inflection.next().is_some_and(|t| matches!(t.surface(), "ので" | "から" | "ため"));
            if negated && !a_reason {
                found.push((rest.clone(), word.surface().to_string()));
                break;
            }
        }
    }
    found
}

/// The list's entries that no finding among `hits` covers and that are
/// used, not mentioned: subjects that a reading of their own (what those
/// concerned have not been told, a staff-only meeting) may make secrets.
fn uncued_topics(cx: &Context, hits: &[TermMatch]) -> Vec<TermMatch<'static>> {
    let found = |range: &Range<usize>| hits.iter().any(|h| h.range.start < range.end && range.start < h.range.end);
    lists::CONFIDENTIAL.find(cx.text).into_iter().filter(|m| !found(&m.range) && !cx.mentions().is_mention(&m.range)).collect()
}

/// Subjects of [`UNTOLD_KINDS`] (exam content, a move, a case, a private
/// circumstance) next to words that say it has not reached people yet
/// ([`untold`]), where no entry of the list cued them (`例の教員の盗撮の件、
/// …学校側はまだ保護者に説明していません`): the post tells what those it
/// concerns have not been told.
fn untold_topics<'l>(cx: &Context, hits: &[TermMatch<'l>]) -> Vec<TermMatch<'l>> {
    let text = cx.text;
    let untold = untold(text);
    if untold.is_empty() {
        return Vec::new();
    }
    let untold = Inside::new(untold);
    uncued_topics(cx, hits)
        .into_iter()
        .filter_map(|m| {
            let kind = context::kinds_in_role(m.tag, "topic:").find(|k| UNTOLD_KINDS.contains(k))?;
            let near = context::neighbourhood(&text.compact, &m.range);
            untold.any_within(&near).then(|| TermMatch { range: m.range, tag: kind })
        })
        .collect()
}

/// How the names of meetings that only staff sit in end (`職員会議`,
/// `ケース会議`, `生徒指導部会`, `学年会`, `教頭会`, `校長会`), and
/// `校内委員会`. Not a board's or a public committee (`教育委員会`,
/// `選挙管理委員会`), nor one of pupils (`図書委員会`).
const STAFF_MEETINGS: &[&str] = &["会議", "部会", "学年会", "教頭会", "校長会", "校内委員会", "staff meeting", "guidance committee", "disciplinary committee"];

/// Meetings whose names end so are open to the public or are a board's
/// (`教育委員会会議`, `議会`), not staff-only.
const OPEN_MEETINGS: &[&str] = &["教育委員会会議", "委員会会議", "協議会", "説明会", "懇談会", "総会", "保護者会", "議会"];

/// Where the post says the writer learned what it tells on duty (compact
/// view): a staff-only meeting named ([`staff_meetings`]) or a place of the
/// list's `inside` (`面談で`, `家庭訪問で`, `指導主事`). Not a meeting still
/// to come (`次の職員会議で発表があるらしい`: what it will tell is not known
/// yet) nor what followed one (`校長会の後の飲み会で聞いた`).
pub fn duty_sources(cx: &Context) -> Vec<Range<usize>> {
    let view = cx.text.compact.as_str();
    let listed = lists::CONFIDENTIAL.find(cx.text).into_iter().filter(|m| m.tag == "inside" && !cx.mentions().is_mention(&m.range)).map(|m| m.range);
    // The words of time stand before the whole name (`次の職員会議`), of
    // which the search found the end (`会議`).
    let upcoming = |r: &Range<usize>| UPCOMING.iter().any(|w| view[..r.start].trim_end_matches(|c| Script::of(c) == Script::Kanji).ends_with(w));
    let afterwards = |r: &Range<usize>| AFTERWARDS.iter().any(|w| view[r.end..].starts_with(w));
    staff_meetings(cx.text).into_iter().chain(listed).filter(|r| !upcoming(r) && !afterwards(r)).collect()
}

/// Words before a meeting's name that put it in the future.
const UPCOMING: &[&str] = &["次の", "今度の", "来週の", "明日の", "次回の", "next "];

/// Words after a meeting's name that put what is told after it.
const AFTERWARDS: &[&str] = &["の後", "のあと", "後の", "終わり", "帰り"];

/// Where the post names a staff-only meeting (compact view): what is told
/// from it was learned on duty.
fn staff_meetings(text: &Normalized) -> Vec<Range<usize>> {
    // The compact view is in lower case already. Every Japanese name holds
    // `会` and every English one `meeting` or `committee`: the text is
    // searched for those three, not for each name.
    let view = text.compact.as_str();
    let mut found = Vec::new();
    for anchor in ["会", "meeting", "committee"] {
        for (anchor_at, _) in view.match_indices(anchor) {
            // Where each name that holds the anchor would start.
            for name in STAFF_MEETINGS {
                let Some(offset) = name.find(anchor) else { continue };
                let Some(at) = anchor_at.checked_sub(offset) else { continue };
                if !view.is_char_boundary(at) || !view[at..].starts_with(name) {
                    continue;
                }
                let end = at + name.len();
                // `道議会議員`: a member, not a meeting.
                if view[end..].starts_with('員') {
                    continue;
                }
                let open = OPEN_MEETINGS.iter().any(|o| view[..end].ends_with(o) || view[at..].starts_with(o));
                if !open {
                    found.push(at..end);
                }
            }
        }
    }
    found
}

/// What makes a case's word a theme that a meeting discusses in general
/// (`不登校対応`, `いじめ防止`, `体罰についての研修`), just after it
/// (compact view).
const THEMES: &[&str] = &["対応", "対策", "防止", "予防", "について", "に関する", "の未然", "の防止", "の対応", "の対策", "研修", "の取組", "の取り組み", "ゼロ", "根絶", "相談"];

/// Words that make a case someone's: the one known to all (`例の`,
/// `あの子`), a matter (`の件`), a masked name, the sides of it.
const PARTICULAR: &[&str] = &["例の", "の件", "た件", "の生徒", "あの子", "の子", "〇〇", "○○", "△△", "××", "加害", "被害", "the kid", "the boy", "the girl", "names"];

/// A case (`万引き`, `体罰`, `虐待`) told beside the name of a
/// staff-only meeting (`今日の職員会議、議題は〇〇先生の体罰事案`, `ケース会議
/// おつかれ。例の転入生、前の学校で暴力事件`), where no entry of the list cued
/// them: what was said there, passed on. The list knows the phrase
/// (`会議で出た`); the meeting's name says the same in any words. Not a
/// family's circumstance, which a meeting shares to look after the child,
/// and not a decision, which a meeting takes to announce.
fn meeting_topics<'l>(cx: &Context, hits: &[TermMatch<'l>]) -> Vec<TermMatch<'l>> {
    let text = cx.text;
    let meetings = staff_meetings(text);
    if meetings.is_empty() {
        return Vec::new();
    }
    let meetings = Inside::new(meetings);
    uncued_topics(cx, hits)
        .into_iter()
        .filter_map(|m| {
            let kind = context::kinds_in_role(m.tag, "topic:").find(|k| *k == "case")?;
            // A theme on the agenda (`議題は不登校対応`, `いじめ防止について
            // 協議`) is no case of anyone's.
            if THEMES.iter().any(|t| text.compact.as_str()[m.range.end..].starts_with(t)) {
                return None;
            }
            let near = context::neighbourhood(&text.compact, &m.range);
            // Someone's case, not a subject: told with whose it is, or as
            // the one everybody there knows (`例の`, `〇〇中の件`, `加害側`).
            let here = &text.compact.as_str()[near.clone()];
            let someones = PARTICULAR.iter().any(|w| here.contains(w));
            (someones && meetings.any_within(&near)).then(|| TermMatch { range: m.range, tag: kind })
        })
        .collect()
}

/// When a move takes effect, as staff say it of the next year (`4月から`,
/// `来年度から`, `春から`).
pub(super) const MOVE_TIMES: &[&str] = &["4月から", "四月から", "来年度から", "来年度は", "春から", "来春から"];
/// Who moves: a member of staff, by the title a person is called by
/// (compact view); not a post named as a kind (`司書`, `教諭`), which a plan
/// of staffing counts.
const STAFF_TITLES: &[&str] = &["先生", "教頭", "校長", "養護教諭", "事務長"];
/// Where they move to: a school or an office (compact view).
const POSTS: &[&str] = &["小学校", "中学校", "高校", "高等学校", "学校", "教育局", "教育委員会", "教委", "小に", "中に"];
/// How a sentence closes on what the writer was told (compact view): the
/// move reached them as talk, not as a notice (`…だって`, `…らしい`,
/// `…と聞きました`).
const HEARD_CLOSERS: &[&str] = &["だって", "らしい", "みたい", "そうです", "そうだ", "と聞", "って聞"];
/// Words that make a move public or past: announced, arrived, farewelled
/// (compact view).
const MOVES_PUBLIC: &[&str] = &["発表", "着任", "赴任され", "離任式", "退任式", "新聞", "着任式", "でした"];

/// Words of a plan in a sentence (compact view): what comes in April is
/// a plan being made, not a person's move.
const PLAN_SIGNS: &[&str] = &["案", "計画", "検討", "方針", "方向"];

/// A move told as heard in the staff room, without the word 異動: a member
/// of staff (a title of [`STAFF_TITLES`]), when it takes effect
/// ([`MOVE_TIMES`]) and the school or office after it ([`POSTS`]), in a
/// sentence closed as something the writer was told ([`HEARD_CLOSERS`]:
/// `教務の先生、4月から札幌の中学校だって`). Not a move announced or past
/// ([`MOVES_PUBLIC`]), nor one the list found already, nor a plan of
/// staffing in the sentence ([`PLAN_SIGNS`], a draft). The time word is
/// the finding (compact view).
fn moves_heard<'l>(cx: &Context, hits: &[TermMatch<'l>]) -> Vec<TermMatch<'l>> {
    let view = &cx.text.compact;
    let s = view.as_str();
    let mut found = Vec::new();
    for (at, sentence) in context::sentences_holding(cx, MOVE_TIMES) {
        let Some(time) = MOVE_TIMES.iter().find(|w| s[at..].starts_with(*w)) else { continue };
        let range = at..at + time.len();
        let here = &s[sentence.clone()];
        let after = &s[range.end..sentence.end];
        let staff = STAFF_TITLES.iter().any(|w| s[sentence.start..range.start].contains(w));
        let post = POSTS.iter().any(|w| after.contains(w));
        let heard = HEARD_CLOSERS.iter().any(|w| after.contains(w));
        let public = MOVES_PUBLIC.iter().any(|w| here.contains(w));
        let listed = hits.iter().any(|h| h.tag == "personnel" && sentence.start <= h.range.start && h.range.end <= sentence.end);
        // A plan of staffing (`来年度から司書を半分に減らす案が検討されてる
        // らしい`) is a draft, `policy-draft`'s.
        let draft = PLAN_SIGNS.iter().any(|w| here.contains(w)) || cx.drafts().iter().any(|d| sentence.start <= d.start && d.start < sentence.end);
        if staff && post && heard && !public && !listed && !draft && !cx.mentions().is_mention(&range) {
            found.push(TermMatch { range, tag: "personnel" });
        }
    }
    found
}

/// An exam's item (`問3`, `大問`, `作文のテーマ`: the list's `soon` topics)
/// with what it will hold told after it in its sentence — 出る or 出す
/// not past and not negated (`問3はまんま喫煙のとこ出すから`, `大問2は古文
/// が出ます`) — where no word of time cued it: the tense says the exam is
/// still to come. Not an item told after the exam (`問3、去年と同じのが
/// 出た`) or one that will not appear (`大問5は出ません`).
fn items_set_to_come<'l>(cx: &Context, hits: &[TermMatch<'l>]) -> Vec<TermMatch<'l>> {
    let text = cx.text;
    uncued_topics(cx, hits)
        .into_iter()
        .filter(|m| context::kinds_in_role(m.tag, "topic:").any(|k| k == "soon"))
        .filter(|m| {
            let rest = m.range.end..text.compact.sentence(&m.range).end;
            let words = context::words_under(text, &rest);
            let mut tokens = words.tokens.iter();
            while let Some(word) = tokens.next() {
                if word.pos() == "動詞" && matches!(&*word.lemma(), "出る" | "出す") {
                    let done_or_denied = context::inflection(tokens.clone().copied()).any(|t| context::negates(t) || t.pos() == "助動詞" && t.lemma() == "た");
                    return !done_or_denied;
                }
            }
            false
        })
        .map(|m| TermMatch { range: m.range, tag: "soon" })
        .collect()
}

/// Verbs that, negated, keep back what the writer knows, by lemma: the
/// potentials (`言えない`, `書けません`, `明かせない`) and writing or
/// revealing refused (`さすがに書かないけど`). `言わない` is left out: `誰にも
/// 言わないで` asks to keep a thing told.
const WITHHOLDING: [&str; 6] = ["言える", "書ける", "話せる", "明かせる", "書く", "明かす"];

/// Nouns that keep back what a thing holds when said of it (`中身は秘密`,
/// `内容はナイショ`), by lemma or folded surface.
const KEPT_BACK: [&str; 3] = ["秘密", "内緒", "ないしょ"];

/// What a thing holds, as the topic of a refusal (`中身は`, `内容は`). A
/// name, a reason, details or a number kept back (`名前は言えないけど`,
/// `詳しくは書けないけど`, `理由は言えないけど察して`) are how a leak is
/// told: the rest of it is out already.
const CONTENTS: [&str; 2] = ["中身", "内容"];

/// Where the writer keeps back what a thing holds (compact view): its
/// contents ([`CONTENTS`]) as the topic, then in the same clause a verb of
/// [`WITHHOLDING`] negated and not asked of the reader (`書かないで`), or a
/// noun of [`KEPT_BACK`], ending its sentence (`中身はもちろん秘密や。`,
/// `中身はもちろん一文字も言えません`, `中身はさすがに書かないけどｗ`; not
/// `中身は言えないけど、…`, which goes on to hint at it).
fn withheld(cx: &Context) -> Vec<Range<usize>> {
    let text = cx.text;
    let view = &text.compact;
    let mut found = Vec::new();
    for word in CONTENTS {
        for at in view.as_str().match_indices(word).map(|(i, _)| i) {
            let topic = at..at + word.len();
            if !view.as_str()[topic.end..].starts_with('は') {
                continue;
            }
            let under = context::words_under(text, &topic);
            // The refusal ends its sentence: what goes on after it
            // (`名前は言えないけど、あの…`) tells.
            let following: Vec<&Token> = under.after().skip(1).take(12).collect();
            let length = following.iter().position(|t| t.is_mark() || t.surface() == "、").unwrap_or(following.len());
            let ends = following.get(length).map_or(length < 12, |t| !matches!(t.surface(), "、" | "," | "，"));
            let clause = &following[..length];
            let refusal = clause.iter().enumerate().find(|(i, t)| {
                let rest = &clause[i + 1..];
                let told = |w: &&Token| matches!(w.pos(), "助動詞" | "助詞") || w.is_laugh();
                if t.pos() == "動詞" && WITHHOLDING.contains(&&*t.lemma()) {
                    let inflection: Vec<_> = context::inflection(rest.iter().copied()).collect();
                    inflection.iter().any(|w| context::negates(w)) && !inflection.iter().any(|w| w.surface() == "で") && rest.iter().all(told)
                } else {
                    (KEPT_BACK.contains(&&*t.lemma()) || KEPT_BACK.contains(&t.surface())) && rest.iter().all(told)
                }
            });
            let refusal = refusal.filter(|_| ends);
            if let Some((_, t)) = refusal {
                found.push(topic.start..text.compact_of_token(t).end);
            }
        }
    }
    found
}

/// Nouns of making a thing public, by lemma (`発表された`, `公表しました`,
/// `掲載しました`, `報道された`).
const MADE_PUBLIC: [&str; 5] = ["発表", "公表", "掲載", "報道", "公示"];

/// The sentences (compact view) that tell a thing as made public already:
/// a noun of [`MADE_PUBLIC`] with `する`/`される` in the past and not negated
/// (`発表されました`; not `まだ発表されていない`, `発表は来週`), `新聞に出た`,
/// and that name nothing specific beside it ([`names_specifics`]: what is out may
/// come with what is not, `発表されたけど、実は〇〇先生は…`).
fn published(cx: &Context) -> Vec<Range<usize>> {
    let text = cx.text;
    let view = &text.compact;
    let s = view.as_str();
    let mut found = Vec::new();
    let mut at = 0;
    while at < s.len() {
        let sentence = view.sentence(&(at..at));
        let here = &s[sentence.clone()];
        let told = ["新聞に出"].iter().chain(MADE_PUBLIC.iter()).any(|w| here.contains(w)) && {
            let words = context::words_under(text, &sentence);
            let tokens = &words.tokens;
            tokens.iter().enumerate().any(|(i, t)| {
                let publishing = MADE_PUBLIC.contains(&&*t.lemma()) || (t.surface() == "新聞" && tokens.get(i + 1).is_some_and(|n| n.surface() == "に") && tokens.get(i + 2).is_some_and(|v| v.lemma() == "出る"));
                let verb = if t.surface() == "新聞" { i + 2 } else { i };
                let inflection: Vec<_> = context::inflection(tokens[(verb + 1).min(tokens.len())..].iter().copied()).collect();
                publishing
                    && inflection.first().is_some_and(|v| v.lemma() == "する" || v.lemma() == "出る" || matches!(v.surface(), "て" | "た") || t.surface() == "新聞")
                    && inflection.iter().any(|w| w.lemma() == "た" || w.surface() == "て")
                    && !inflection.iter().any(|w| context::negates(w))
            })
        };
        if told && !names_specifics(cx, sentence.clone()) {
            found.push(sentence.clone());
        }
        at = sentence.end.max(at + s[at..].chars().next().map_or(1, char::len_utf8));
    }
    found
}

/// Whether `range` (compact view) names what a secret holds beyond its
/// topic: a proper noun (a school, a person; not a Latin word, which the
/// dictionary takes for one when it does not know it), a masked name (`〇〇先生`), a
/// number (`大問3は教科書p.52の例題`).
fn names_specifics(cx: &Context, range: Range<usize>) -> bool {
    let s = &cx.text.compact.as_str()[range.clone()];
    s.contains(['〇', '○', '×', '△', '◯']) || s.contains(|c: char| c.is_ascii_digit()) || context::words_under(cx.text, &range).tokens.iter().any(|t| t.subclass() == "固有名詞" && !t.surface().is_ascii())
}

/// The words among `rumor`'s vetoes of `hedge` that ask to keep a thing
/// or date its announcement (`内緒`, `オフレコ`, `公表は来月`): a rumour
/// passed on carries them too, so they do not make it a leak.
const KEPT_OR_TIMED: &[&str] = &["内緒", "オフレコ", "公表", "発表"];

/// How a verb of a mark of secrecy (`内示が出`, `内示を受け`) goes on when
/// it opens a clause of time still to come: until, once, before (compact
/// view).
const AWAITED: &[&str] = &["るまで", "てから", "たら", "る前", "るとき", "る時", "次第"];

/// What denies a mark of secrecy just after it (compact view).
const DENIALS: &[&str] = &["ではありません", "ではない", "ではなく", "じゃない", "じゃありません", "でもない", "でもありません"];

#[cfg(test)]
mod tests {
    use crate::rules::testing::assert_rule;

    #[test]
    fn a_secret_named_by_its_topic_and_kept_back_tells_nothing() {
        assert_rule(
            "confidential",
            &[
                // what is kept back is a name or details: the rest is out
                ("今日の入試判定会議、ボーダーは内申で34だった。名前は言えないけど", &["判定会議、ボーダーは内申で"]),
                // the refusal goes on to hint at it
                ("来週の期末テスト、中身は言えないけど、ほぼ教科書の例題どおりだよ", &["期末テスト"]),
                // the contents are told, then the refusal
                ("期末テストの問題、大問3は教科書p.52の例題そのまま。中身はこれ以上は秘密", &["期末テストの問題、大問3"]),
            ],
            &[
                "テスト作ってるけど、中身はもちろん秘密や。がんばって勉強しいや〜",
                "テスト作り、終わった〜！中身はもちろん一文字も言えません🤐 範囲表をよく見てね。",
            ],
        );
    }

    #[test]
    fn what_a_sentence_tells_as_made_public_is_out() {
        assert_rule(
            "confidential",
            &[
                ("来年度の人事異動、まだ発表されていないけど、教頭の○○先生は札幌へ。", &["まだ発表されていない"]),
                ("人事異動が発表されたけど、実は〇〇先生は自分から希望を出したらしい。内部資料で見た。", &["内部資料"]),
            ],
            &["赴任して2年目。春の人事異動が新聞に出て、お世話になった学年主任の先生が隣町の学校に移ることになった。"],
        );
    }

    #[test]
    fn material_marked_secret_or_unannounced_is_flagged() {
        assert_rule(
            "confidential",
            &[
                ("【部外秘】来年度の学級編制の資料です", &["部外秘"]),
                ("極秘の職員会議資料、ちょっとだけ見せます", &["極秘"]),
                ("【部 外 秘】校長会の配付資料です", &["部 外 秘"]),
                ("教頭先生の異動、内示が出ました", &["内示が出"]),
                ("未公開の人事情報ですが、来年度の教頭は決まっています", &["未公開"]),
                ("新しい制服のデザイン、まだ公表されていないけど見せちゃいます", &["まだ公表されていない"]),
                ("This is off the record: the gym will be torn down next year.", &["off the record"]),
            ],
            &[
                "段ボールで秘密基地をつくろう！",
                "学童クラブで「極秘ミッション」ゲームを楽しみました。",
                "1年生の極秘プロジェクト、いよいよ明日発表です！",
                "夏休みに校舎内部の改修工事を行います。",
                "人事異動の内示は、3月中旬に各学校へ通知される予定です。",
                // when moves are told, not who moves
                "内示が出る時期になると、職員室はどことなくそわそわします。",
                "異動の内示はまだ先だけど、毎年この時期は落ち着かない。",
                "教員の異動について、正式な発表はまだです。発表があり次第、学校からお知らせします。",
                "Our cook's secret ingredient is Hokkaido cream.",
                "相談した人の秘密は守られますので、安心してご連絡ください。",
                "研究発表会の発表前は、みんな緊張した表情でした。",
            ],
        );
    }

    #[test]
    fn exam_content_and_moves_are_flagged_when_told_as_a_secret() {
        assert_rule(
            "confidential",
            &[
                ("期末テストの作文のテーマは「地域の未来」だよ。内緒ね", &["期末テストの作文のテーマ"]),
                ("Mr. Sato is being transferred to Kitami. Don't tell anyone!", &["transferred"]),
                ("明日の小テスト、ぜんぶ教科書の例題と同じだよ。誰にも言わないでね", &["小テスト"]),
                ("Psst, the midterm is the same as last year's. Keep it secret.", &["midterm"]),
            ],
            &[
                "期末テストの範囲は、教科書の40ページから65ページまでです。",
                "本日、教職員の人事異動を発表しました。転出される先生方、ありがとうございました。",
                "お母さんには内緒で、テストの前にプレゼントを準備しました。",
                "期末テストが終わった日、先生たちには内緒で寄せ書きを用意しました。",
                "中間テストの範囲表を配付しました。秘密の勉強法を先輩が教えてくれます。",
            ],
        );
    }

    #[test]
    fn subject_disclosure_and_timing_are_weighed_together() {
        assert_rule(
            "confidential",
            &[
                // a personnel move with a time before the announcement
                ("春から北見の中学の教頭に佐藤先生が行くよ。内示前だけどね", &["の教頭に"]),
                // an exam's content with a word that discloses it
                ("来週の学年末テスト、作った本人だから言っちゃうけど大問は3つだけ", &["学年末テスト、作った本人だから言っちゃうけど大問"]),
                // a discipline case with a time before the announcement
                ("隣の学校の先生が懲戒処分になるらしい。まだ報道されてないけど", &["懲戒処分"]),
                // a time before the announcement with a word that discloses
                ("来週発表だけど先に言っちゃう、図書館が建て替えになります", &["来週発表"]),
                ("【職員限り】面談の記録をまとめました", &["職員限り"]),
                // a label kept in its brackets marks the material; it is not a quotation
                ("「取り扱い注意」の名簿、家に持ち帰っちゃった", &["「取り扱い注意」"]),
            ],
            &[
                // each of the three alone is ordinary
                "学年末テストは3月5日から始まります。",
                "体罰防止の研修を全職員で受けました。",
                "研究発表会の発表前に、リハーサルを行いました。",
                "誕生日のサプライズは本人には内緒で準備しました。",
                "人事異動の発表は3月下旬の予定です。",
                "「取り扱い注意」と書かれた書類は、校外に持ち出さないでください。",
                "公表前の情報は発信しない。職員研修でSNSの使い方を確かめました。",
            ],
        );
    }

    #[test]
    fn english_subjects_with_disclosure_or_timing() {
        assert_rule(
            "confidential",
            &[
                ("Between you and me, the transfer list is out and Mr. Sato is going to Asahikawa.", &["transfer list"]),
                ("Don't tell anyone but the essay topic on the final is climate change.", &["essay topic on the final"]),
            ],
            &[
                "The bus transfer is at 8:10 at the station.",
                "Exam results will be announced next week on the website.",
            ],
        );
    }

    #[test]
    fn english_secrets_asked_to_be_kept_in_more_voices() {
        assert_rule(
            "confidential",
            &[
                ("Three of my starters are failing math, their parents haven't been told, so keep it between us.", &["failing math", "haven't been told"]),
                ("One teacher takes a leave of absence next month. Don't mention it to the kids.", &["leave of absence"]),
            ],
            &[
                "You're welcome to ask about the listening test at the parent meeting.",
                "A leave of absence form is on the school website.",
            ],
        );
    }

    #[test]
    fn an_english_tests_content_winked_or_hinted_at() {
        assert_rule(
            "confidential",
            &[
                ("Year 9s, the math final leans heavily on page 40 😉", &["math final"]),
                ("Tuesday's reading passage? Something about penguins. Hint hint.", &["reading passage"]),
            ],
            &[
                "The math final is on Friday, revise pages 30 to 45.",
                "Hint hint: the library has new manga in stock.",
            ],
        );
    }

    #[test]
    fn classes_of_timing_secrecy_and_subject_generalise() {
        assert_rule(
            "confidential",
            &[
                // a personnel move with a time before it is public
                ("新しい教頭が誰か、公式発表前だけど知ってるよ", &["新しい教頭"]),
                ("校長の昇任の話、本人もまだ知らないんだって", &["昇任"]),
                // an exam's answers with a word of secrecy
                ("明日の小テストの解答、内密にね", &["小テストの解答"]),
                // a case asked to be kept: the request is the secret told, not a warning
                ("うちのクラスの万引きの件、口外しないでくださいね", &["万引き"]),
                ("Between ourselves, the new principal is Mr. Ito. Not public until April.", &["new principal", "Not public until"]),
                ("[CONFIDENTIAL] staff list for next year attached", &["[CONFIDENTIAL]"]),
                // a pupil-guidance case told with the class it happened in
                ("3年2組の生徒の補導の件、誰にも言わないでね", &["補導"]),
                ("Ms. Ono is being promoted to vice principal; it won't be announced until May.", &["promoted"]),
                // a pupil's or colleague's private circumstances told as a secret
                ("内緒だけど、2組の子の親が離婚したんだって", &["離婚"]),
                ("明日の数学、問3は教科書の例題そのままだよ。ないしょね", &["問3"]),
                ("来年度の3年の担任、佐藤先生になるって。まだ内緒ね", &["の担任"]),
                ("Don't tell anyone, but Mr. Hill is leaving our school in March.", &["leaving our school"]),
                ("修学旅行、中止が決まったけど生徒にはまだ言えないんだ", &["中止が決まったけど生徒にはまだ"]),
            ],
            &[
                "解答は来週の授業で配ります。",
                "昇任された先生方、おめでとうございます。",
                "The answers will be posted after the test.",
                "補導員の方と一緒に、夏祭りの夜回りをしました。",
                "入院中の祖母に、孫たちが手紙を書きました。",
                "雨天の場合、運動会は延期になります。",
                "問3の解き方を、黒板で説明しました。",
                "1年1組の担任の先生には内緒で、寄せ書きを準備しました。",
                "退職される先生へのサプライズ、ご本人にはまだ内緒なので見なかったことにしてください。",
                "3年1組の佐藤さんのお母さんは、妊娠中でも読み聞かせに来てくださいました。",
                "The new timetable will be announced next week.",
                "万引きは犯罪です。口外しないでくださいと言われても、大人に相談しよう。",
            ],
        );
    }

    #[test]
    fn a_pupils_circumstances_and_an_insiders_knowledge_are_secrets() {
        assert_rule(
            "confidential",
            &[
                // a sensitive circumstance, known from the writer's own class
                ("うちのクラスの子の親、離婚協議中なんだって", &["離婚協議"]),
                ("家庭訪問した家の子、児童相談所が入ってるらしい", &["児童相談所"]),
                // the writer set or sat on the exam
                ("今年の教採、面接官やってたから質問ぜんぶ教えちゃう", &["教採、面接官"]),
                // not official yet, or marked so in English
                ("Mr. Kato is being moved to Nemuro in April; he hasn't been told yet.", &["being moved to"]),
                ("Can't say this officially, but the gym closes in May.", &["Can't say this officially"]),
            ],
            &[
                "家庭の事情で転校する佐藤さんに、クラスで寄せ書きを贈りました。",
                "児童相談所の電話相談は、24時間受け付けています。",
                "教採の面接対策講座を、大学で開きます。",
                "Ms. Sato has been told about the award and is delighted.",
            ],
        );
    }

    #[test]
    fn a_confidence_needs_a_subject_of_secrecy() {
        assert_rule(
            "confidential",
            &[
                ("ここだけの話、職員会議の資料に来年度の学級数が出てた", &["ここだけの話"]),
                ("ここだけの話だけど、教頭先生が異動するんだって", &["異動"]),
                ("体育館裏はカメラの死角なんだよね。ここだけの話", &["ここだけの話"]),
            ],
            &[
                "ここだけの話ですが、教頭先生は昔、合唱団でテノールを歌っていたそうです。",
                "ここだけの話、今日の給食のカレーは先生たちにも大人気でした。",
                "ここだけの話、校長室のメダカに名前をつけたのは2年生です。",
            ],
        );
    }

    #[test]
    fn words_that_contain_a_subject_are_not_it() {
        assert_rule(
            "confidential",
            &[("先生の懲戒処分、内緒で教えるね", &["懲戒処分"])],
            &["殺処分ゼロの取り組み、内緒で教えるね", "4年生が、動物愛護センターの殺処分を減らす取り組みを調べて発表しました。"],
        );
    }

    #[test]
    fn a_masked_name_makes_a_case_or_circumstance_someones() {
        assert_rule(
            "confidential",
            &[
                ("〇〇くんのお父さん、逮捕されたっぽい", &["逮捕され"]),
                ("○○さんの通知表、オール1だった", &["通知表"]),
                ("担任してる子の家、夜逃げしたっぽい", &["夜逃げ"]),
            ],
            &[
                // a mask that names nobody's case, and a case nobody's
                "〇〇小学校の皆さん、入院患者さんへの手紙をありがとう。",
                "病気の予防について、保健師さんが授業をしてくれました。",
                "〇〇公園で、地域の方と花を植えました。",
                "手術を受けた祖父に、孫たちが手紙を書きました。",
                // moves are announced with the name; a family's
                // circumstances named politely veil the reason
                "4月から〇〇先生が2年1組の担任になります。",
                "〇〇先生は、ご家庭の事情により11月末で退職されました。",
            ],
        );
    }

    #[test]
    fn an_exams_content_before_it_is_sat_is_a_secret() {
        assert_rule(
            "confidential",
            &[
                ("明日の小テスト、問3そのまま出るよ", &["問3そのまま出る"]),
                ("来週の期末、国語の大問2は古文です", &["大問2"]),
                ("今度の入試の作文のテーマ、「ふるさと」だって", &["作文のテーマ"]),
                ("受ける子へ：出題はほぼ去年と同じ", &["出題"]),
                ("問題用紙、机に置きっぱなしだった。明日の数学のやつ", &["問題用紙"]),
                // what an item will hold, told in the future tense
                ("期末の保健、問3はまんま喫煙と健康のとこ出すから", &["問3"]),
                ("入試の大問2は古文が出ますよ", &["大問2"]),
            ],
            &[
                // a word inside a link's address names the page
                "卒業生に教えてあげた、大人になったら使えるサイト→ https://av-ranking.jp",
                // an item told after the exam, or one that will not appear
                "期末の保健、問3は去年と同じのが出た。",
                "入試の大問5は今年は出ませんでした。",
                // the date, the range and advice are not the content
                "明日のテストは教科書の40ページまでです。",
                "来週の期末テストに向けて、放課後に質問教室を開きます。",
                "今日の小テストの問3は、正答率が低かったので解説します。",
                "次の単元では、作文の書き方を学びます。",
            ],
        );
    }

    #[test]
    fn a_draft_marked_secret_is_left_to_policy_draft() {
        assert_rule(
            "confidential",
            &[
                // a move told beside the draft is a secret of its own
                ("内部資料の再編案では○○中が統合の方向。校長の異動も決まってる、内緒ね", &["異動"]),
                // a mark of secrecy with no draft near it
                ("【部外秘】来年度の職員配置表です", &["部外秘"]),
            ],
            &[
                "ここだけの話、教育委員会で検討中の通学区域の見直し案では、うちの学区が二つに分かれる方向です。",
                "市の学校配置計画のたたき台、内部資料で読んだけど北小と南小を統合する方向らしい。",
                "The working draft of the new homework policy drops weekend homework. Not public yet.",
                // (a mark alone, with no plan beside it, is flagged: see
                // `a_mark_read_as_a_draft_by_itself_is_no_plan`)
                "Internal memo: the draft budget cuts library hours in half. I think it's wrong.",
                // the draft and the mark in sentences apart: the post is about the draft
                "給食費を一律にする方向で調整中です。素案は学校ごとの差をなくす内容でした。まだ公表前なのは分かっているけど、言わずにいられない。",
            ],
        );
    }

    #[test]
    fn a_mark_read_as_a_draft_by_itself_is_no_plan() {
        assert_rule(
            "confidential",
            &[("The result of our school is the lowest in Sorachi. This is not public yet.", &["not public yet"])],
            &["The working draft of the new homework policy drops weekend homework. Not public yet."],
        );
    }

    #[test]
    fn declining_to_answer_before_the_announcement_keeps_the_secret() {
        assert_rule(
            "confidential",
            &[("発表前の異動、うちの教頭は転勤だって。内緒ね", &["発表前", "異動、うちの教頭は転勤"])],
            &[
                "人事異動の内示は3月中旬の予定です。発表前の異動についてのお問い合わせにはお答えできません。",
                "発表前の人事についてはお答えできかねますので、ご了承ください。",
                "担任の先生の異動については、3月末の発表まで学校からお知らせすることはできません。",
                "入試問題の内容は、発表前のためお伝えできません。",
            ],
        );
    }

    #[test]
    fn internal_material_passed_on_is_flagged() {
        assert_rule(
            "confidential",
            &[
                ("今日の会議資料、写メって同期のグループに送っておいた", &["会議資料"]),
                ("支援会議で使った相談記録、スクショして友だちに見せちゃった", &["支援会議で使った相談記録"]),
                ("I forwarded the staff meeting handout to my friends at the other school.", &["staff meeting handout"]),
            ],
            &[
                "学級通信を写真に撮って、欠席した子の家に送りました。",
                "会議資料は、職員室の共有フォルダに保存してあります。",
                "相談記録の書き方について、校内研修を行いました。",
                "Please bring the meeting notes to Friday's PTA meeting.",
            ],
        );
    }

    #[test]
    fn a_case_passed_on_as_a_rumour_is_rumors_not_a_secret() {
        assert_rule(
            "confidential",
            &[
                // the writer keeps it secret, or heard it where they work
                ("学年会で出た話。〇〇先生、パワハラで処分されるって噂。まだ内緒ね", &["パワハラで処分され"]),
                ("学年会で出た話。〇〇くんの家、児相が入ってるって噂", &["児相"]),
                // a source on duty is no rumour's
                ("校長から聞いた、〇〇先生は停職になる。まだ発表されてないけど", &["停職"]),
                ("面談で聞いた話、〇〇さんの家は児相が入ってる", &["児相"]),
            ],
            &[
                // heard from outside, and still a rumour when the teller
                // asks to keep it or says it is not out yet
                "〇〇先生、パワハラで処分されるって噂。まだ内緒ね",
                "ママ友から聞いたけど、〇〇先生、来年転勤らしい。まだ内緒だけど確実だって",
                "近所の人が言ってた、隣の中学の先生が停職になるって。まだ発表されてないけど",
                // doubted or called a rumour, from outside: `rumor` flags it
                "〇〇先生、パワハラで訴えられたって噂。本当かな？",
                "〇〇くんのお父さん、逮捕されたってほんと？",
                "△△先生が辞めたのって、保護者とのトラブルが原因って噂だよ",
            ],
        );
    }

    #[test]
    fn material_denied_secret_or_already_public_is_not_flagged() {
        assert_rule(
            "confidential",
            &[
                ("【内部資料】来年度の学級編制案です", &["内部資料"]),
                ("佐藤先生の異動、言っちゃうけど北見です。", &["異動"]),
                ("Staff transfers will be announced next week, but don't tell anyone: Mr. Ito is going to Nemuro.", &["transfer", "will be announced next week"]),
            ],
            &[
                "この資料は非公開資料ではありません。",
                "内部資料じゃないよ、ホームページに出てる表です",
                "佐藤先生の異動、言っちゃうけど北見です。昨日の新聞で発表されました。",
                "道教委の懲戒処分、先に言っちゃうね。と思ったら、もう公表されています。",
                "The transfers were announced on Friday: between you and me, I'm glad Mr. Ito is going to Nemuro.",
                // the date and the channel of an announcement to come
                "Staff transfers will be announced by the Board on March 25.",
                "Results will be announced by each school on March 17.",
                "Teachers received the timetable by internal email.",
                // a caution in a clause of its own
                "「部外秘」の書類を誤って持ち出さないよう、文書の管理を見直しました。",
            ],
        );
    }

    #[test]
    fn a_decision_told_before_those_it_concerns_hear_it_is_flagged() {
        assert_rule(
            "confidential",
            &[
                // decided, and kept from the pupils and parents so far
                ("来年の遠足は札幌に変更。職員会議で決まったけど、まだ子どもたちには言っていない", &["決まった"]),
                // the lemma in another inflection, with the one it concerns not told
                ("送迎バスの路線、秋で廃止に決定しました。本人もまだ知らない運転手さんがいる", &["決定しました"]),
                ("4月からの部活の顧問、私に決まりそう。言うなって言われてるけど", &["決まり"]),
                // a surprise inspection's day told ahead of it
                ("来週の抜き打ちの服装検査、実は水曜の朝だよ", &["抜き打ち"]),
            ],
            &[
                // decided and announced: a notice
                "来年の遠足は札幌に決まりました。詳しくは学年だよりでお知らせします。",
                // kept from someone, with no decision of the office
                "子どもの絵、上手だったのでコンクールに出しました。本人にはまだ言っていないけど、楽しみ",
                // the school event notice: a decision with its date
                "明日の避難訓練は、10時に始めることが決定しました。",
                // a surprise drill reported after it
                "抜き打ちの避難訓練で、子どもたちは落ち着いて机の下へ入りました。",
                // a lesson about keeping decisions until they are announced
                "決まったことでも、まだ保護者に伝えていないことは外で話さないようにしましょう。",
            ],
        );
    }

    #[test]
    fn a_bid_or_a_contract_before_its_award_is_flagged() {
        assert_rule(
            "confidential",
            &[
                ("体育館の暖房工事の入札、予定価格はちょうど1500万だって", &["入札、予定価格"]),
                ("スクールバスの落札、もうあの会社で決まってるよ。公告前だけど", &["落札"]),
            ],
            &[
                // the award published, and a purchase reported after it
                "スクールバス運行業務の入札結果は、町のホームページで公開しています。",
                "卒業記念品は、3社の見積もりを比べて決めました。",
            ],
        );
    }

    #[test]
    fn a_case_heard_where_only_staff_hear_it_is_flagged() {
        assert_rule(
            "confidential",
            &[
                ("2年の子が万引きで補導されたって、教頭から聞いた", &["万引きで補導"]),
                ("学年の会議で出た話、1年の男子が停学になるみたい", &["停学"]),
            ],
            &[
                // a meeting's decision that is then announced
                "学年会で、3学期の行事予定が決まりました。",
                // a lesson that names the case in general
                "万引きは犯罪です。校長から聞いた話を、子どもたちにも伝えました。",
            ],
        );
    }

    #[test]
    fn a_circumstance_told_with_whose_it_is_is_left_to_personal_info() {
        assert_rule(
            "confidential",
            &[
                // whose it is stays unsaid: a secret of the class
                ("うちのクラスの子の親、離婚したんだって。内緒ね", &["離婚"]),
                // a name behind marks with nothing else that says who
                // (personal_info/student.rs): a secret still
                ("△△先生、うつ病で休んでるんだって", &["うつ病"]),
            ],
            &[
                // the pupil named with their class, a colleague's health
                // told with their name: personal information
                "3年2組の山田花子さんの親、離婚したんだって。内緒ね",
                "△△先生（2年担任）、うつ病で休んでるんだって",
                "××さん（1年）の家、就学援助を受けてるらしいよ",
            ],
        );
    }

    #[test]
    fn a_plan_named_beside_the_mark_is_left_to_policy_draft() {
        assert_rule(
            "confidential",
            &[
                // words that only contain 案 are no plan
                ("採点中の答案の写真、他言無用でお願いします", &["他言無用"]),
                ("修学旅行の案内、正式発表前だけど先に言っちゃう。行き先は京都", &["正式発表前"]),
                // a case beside the plan is a secret of its own
                ("懲戒の件、停職にする案で決まり。内緒ね", &["懲戒の件、停職"]),
                // a document named by its plan is the material marked
                ("【内部資料】来年度の学級編制案です", &["内部資料"]),
            ],
            &[
                "PTAの役員会で出た話、来年度から会費を上げる案。まだ総会前だから他言無用",
                "町の学校再編の試算が出てた。正式発表前だけど、うちの小学校はなくなる",
            ],
        );
    }

    #[test]
    fn someones_case_told_from_a_staff_meeting_is_flagged() {
        assert_rule(
            "confidential",
            &[
                ("学年会おつかれ。例の転入生、前の学校で万引きして転校してきたんだって", &["万引き"]),
                ("昨日の校内委員会、〇〇ちゃんの件は児相と連携することに", &["児相"]),
                // whose case: a pupil told by year, a matter that happened
                ("今日の職員会議。2年の生徒が店で物を盗んだ件、停学の方向です。", &["停学"]),
            ],
            &[
                // a theme on the agenda, a case of nobody's, and a board's open meeting
                "今日の職員会議の議題は、いじめ防止と不登校対応でした。",
                "職員会議で、万引きが増えていることを確認しました。",
                "教育委員会会議で、〇〇小の体罰の件が公表されました。",
            ],
        );
    }

    #[test]
    fn what_is_not_made_public_yet_in_any_inflection_is_flagged() {
        assert_rule(
            "confidential",
            &[
                // no subject the list knows, the timing said in a colloquial inflection
                ("町の来年度の新入生は3人だけ。まだ公表してないけど、統合は避けられない", &["まだ公表"]),
                ("給食の業者が変わる。まだ発表してないけど、あの会社です", &["まだ発表"]),
            ],
            &[
                // the same words in a rumour, a notice of a date, and a draft
                "明日は休校になるらしい！まだ発表ないけど確定っぽい",
                "合格者の受験番号は、まだ公表していませんので、3月18日をお待ちください。",
                "新しい給食の献立、まだ公開してないので、来週のお楽しみに。",
            ],
        );
    }

    #[test]
    fn a_subject_told_with_words_that_those_it_concerns_do_not_know_yet_is_flagged() {
        assert_rule(
            "confidential",
            &[
                ("例の教員の盗撮の件、捜査が進んでいるそうです。学校側はまだ保護者に説明していません。", &["盗撮"]),
                ("先生が来月から休職します。まだ子どもたちには伝えてません。", &["休職"]),
                ("顧問が来年異動するって。部員はまだ知らない。", &["異動"]),
            ],
            &[
                "サプライズのプレゼント、まだ子どもたちには伝えてません。",
                "修学旅行の行き先はまだ決まっていません。",
                "期末テストの範囲、まだ生徒に伝えていないので、明日お知らせします。",
                "通知表の所見、まだ半分しか書けてない",
            ],
        );
    }

    #[test]
    fn more_private_circumstances_are_kept_by_the_same_readings() {
        assert_rule(
            "confidential",
            &[
                ("うちのクラスの子のお父さん、失業中なんだって。内緒ね", &["失業中"]),
                ("隣のクラスの子、ADHDの診断が出たらしい。本人にはまだ言ってないって", &["ADHDの診断"]),
            ],
            &[
                "失業中の方も使える就学援助の制度をご案内します。",
                "ADHDについての研修会に参加しました。",
            ],
        );
    }

    #[test]
    fn a_move_heard_in_the_staff_room_is_flagged_without_the_word() {
        assert_rule(
            "confidential",
            &[
                ("教務の佐藤先生、4月から札幌の中学校だって。寂しくなるな。", &["4月から"]),
                ("来年度は本校の事務職員が配置されない見込みだと聞きました。正式な発表はまだ先ですが、困ります。", &["配置されない"]),
            ],
            &[
                "山田先生、4月から本校に着任されました。",
                "4月から中学校に上がる6年生、みんな楽しみにしているみたい。",
                "教頭先生の話では、来年度から町の小学校を一つに減らす案が検討されているらしい。",
            ],
        );
    }

    #[test]
    fn harm_to_a_pupil_of_ones_class_or_an_exam_hinted_is_flagged() {
        assert_rule(
            "confidential",
            &[
                ("うちのクラスの子が、お父さんからの暴力のことを話してくれた。", &["からの暴力"]),
                ("期末の大問2は「走れメロス」の読解にしました。ここさえ押さえれば30点は取れるよ。", &["大問2"]),
            ],
            &[
                "生徒が悩みを打ち明けてくれた日は、帰り道が少し長く感じる。",
                "部活の基本はあいさつ。ここさえ押さえれば大丈夫！",
            ],
        );
    }

    #[test]
    fn a_notice_still_to_come_tells_nothing() {
        assert_rule(
            "confidential",
            &[("内示が出ました。来年は網走です。", &["内示が出"])],
            &["内示が出るまで、誰が動くかは分かりません。", "体制については、人事の内示が出てから改めてお伝えします。"],
        );
    }
}

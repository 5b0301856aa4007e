//! `rumor`: unverified information — rumours, hearsay, and requests to
//! spread them.


use std::ops::Range;

use super::lists;
use super::{context, declare_rule, Context, Rule, RuleMeta};
use crate::finding::Finding;
use crate::text::english;
use crate::text::spans::Inside;
use crate::text::terms::TermMatch;
use crate::text::{Script, View};
use crate::words::{Token, Words};

declare_rule! {
    /// ### What it does
    /// Flags information the writer has not verified: what they call a
    /// rumour or unconfirmed (`噂ですが`, `未確認情報`, `Unconfirmed, but…`),
    /// hearsay `らしい` closing a claim (`休校になるらしい`, not
    /// `すばらしい` or `子どもらしい笑顔`), chain mail, and — when the post
    /// carries such hearsay — requests to spread it (`拡散希望`,
    /// `Please share!`) and second-hand reports (`〜だそうです`,
    /// `I heard`), sources (`保護者から聞いた`, `LINEで回ってきた`) and
    /// doubts (`ってほんと？`, `ニュースで確認できない`, `if true`); in English,
    /// hearsay (`I heard`, `Heard…` opening a sentence, `apparently`,
    /// `someone said`, `X reckons`, `word is`) telling trouble in its own
    /// sentence (`apparently the coach got sacked`) as the Japanese hedge
    /// closing an incident is, and passed on with a request to spread it
    /// (`tell everyone`, `spread it around`) or a doubt (`nothing official`).
    /// An alarm asked to be spread (`…連れ去り未遂が相次いでいるとのことです！
    /// シェアして広めてください`, `graphing calculators are banned now. Spread
    /// this to all parents!`) is flagged with no other sign: trouble told (an
    /// incident, an English word of trouble) and a request to spread it, not
    /// the school's own notice (`学校祭は中止します。拡散希望`, `we are closing
    /// the pool today`) nor a plan, which is `policy-draft`'s.
    /// A claim quoted and then said to have
    /// reached the writer, in any inflection and politeness (`…との話を耳に
    /// いたしました`, `…という話が伝わってきております`, `…って生徒たちが騒いで
    /// る`, `…と、散歩中の方から伺いました`), is hearsay when it tells an
    /// incident or a change that worries families (a pupil disciplined, an
    /// event cancelled, a price raised), and second-hand otherwise; not what
    /// an official teller said (`…と警察から聞きました`), nor a hearing
    /// supposed (`…という話を聞いたら、相談して`). A doubt is read in any
    /// inflection too (`確認はとれていませんが`, `事実は確認できていません`).
    /// `拡散` that names spreading (`写真を拡散することは…`, `動画の拡散や特定
    /// は…`, `拡散された事案`) asks nothing of the reader: no request.
    /// Lessons and notices that warn against unverified
    /// information are not flagged, nor is what the writer heard where only
    /// staff hear it (`職員会議で…らしい`, `学年会で出た話、…捕まったって`):
    /// told on, that is `confidential`.
    /// Nor is a claim from an official notice (`市の情報だと…らしい`, `町の回覧
    /// で…って回ってきた`), nor `らしい` closing someone's feeling or wish (`楽しいらしい`,
    /// `やりたいらしい`): Japanese tells another's inner state only so.
    /// A bare `らしい` in a post that another rule flags is how that
    /// matter reached the writer, not a rumour of its own; a claim the
    /// writer says they checked (`確認したらデマでした`, `本人から報告あり`)
    /// is no longer unverified.
    ///
    /// ### Why it matters
    /// Guideline 4(7) forbids posting information that has not been
    /// verified. A school account is trusted: a rumour it passes on about
    /// closures, exams or incidents spreads fast and is hard to take back.
    ///
    /// ### Examples
    /// Flagged: `【拡散希望】駅前で不審者が出たらしいです`,
    /// `噂ですが、来月から給食費が上がるそうです`,
    /// `Unconfirmed, but the ferry is cancelled. Please share!`.
    /// Not flagged: `すばらしい演奏でした`, `春らしい陽気になりました`,
    /// `「拡散希望」の投稿をすぐにシェアしないことを学びました`.
    Rumor {
        id: "rumor",
        clause: "4(7)",
        severity: Warning,
        title: "未確認の情報（噂・流説）",
        title_en: "Unverified information",
        docs: "### 何を検出するか\n確かめていない情報を検出します。書き手自身がうわさ・未確認と書いているもの（「噂ですが」「未確認情報」）、主張を伝聞の「らしい」で結んだもの（「休校になるらしい」。「すばらしい」「子どもらしい笑顔」は対象外）、チェーンメール、そしてそうした伝聞を含む投稿での拡散の呼びかけ（「拡散希望」）や「〜だそうです」、情報の出どころ（「保護者から聞いた」「LINEで回ってきた」）と真偽への疑い（「ってほんと？」「ニュースで確認できない」）が重なったものです。英語では、伝聞（I heard、文頭の Heard…、apparently、someone said、X reckons、word is）で解雇・逮捕・中止・閉鎖などの出来事を伝える文や、伝聞に拡散の呼びかけ（tell everyone、spread it around）や疑い（nothing official）が重なった投稿も対象です。引用した話を聞いた・伝わってきたと書くもの（「…との話を耳にいたしました」「…という話が伝わってきております」「…って生徒たちが騒いでる」「…と、散歩中の方から伺いました」。語形や敬語の違いは問いません）は、事件や、処分・中止・値上げなど家庭が気にかける変化を伝えるときは伝聞として、それ以外は又聞きの印として扱います。事件や中止・禁止などの騒ぎを伝えて拡散を求める投稿（「…連れ去り未遂が相次いでいるとのことです！シェアして広めてください」「graphing calculators are banned now. Spread this to all parents!」）は、ほかの印がなくても検出します（学校自身のお知らせ「学校祭は中止します。拡散希望」や、検討中の案は対象外です）。警察など公的な出どころから聞いた話（「…と警察から聞きました」）や「…という話を聞いたら相談して」のような仮定は対象外です。「確認はとれていませんが」「事実は確認できていません」のような真偽への疑いも語形を問わず読みます。不確かな情報に注意を促す授業の報告やお知らせは対象外です。職員会議など職員だけが聞く場で聞いた話は、「らしい」「だって」と伝えていても「職務上知り得た秘密」（confidential）として扱います。「市の情報だと…らしい」「町の回覧で…って回ってきた」のように公的なお知らせから伝えるもの、「楽しいらしい」「やりたいらしい」のように人の気持ちや望みを「らしい」で結んだもの、「写真を拡散することは」「動画の拡散や」のように拡散を話題にするだけのものも対象外です。ほかのルールが検出した投稿では、「らしい」だけの伝聞はその内容の伝わり方とみなし、噂としては検出しません。書き手が確かめたと書いている話（「確認したらデマでした」「本人から報告あり」）も、未確認の情報としては検出しません。\n\n### なぜ問題か\nガイドライン4(7)は、未確認の情報の投稿を禁じています。学校のアカウントは信頼されているため、休校や入試、事件についてのうわさを流すと急速に広まり、取り消すことが困難です。\n\n### 例\n検出する：「【拡散希望】駅前で不審者が出たらしいです」「噂ですが、来月から給食費が上がるそうです」\n検出しない：「すばらしい演奏でした」「春らしい陽気になりました」「「拡散希望」の投稿をすぐにシェアしないことを学びました」\n",
    }
}

impl Rule for Rumor {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }


    fn check(&self, cx: &Context, out: &mut Vec<Finding>) {
        let view = &cx.text.compact;
        let mut hits = context::cued_terms(cx, &lists::RUMOR);
        let seconded = seconded_claims(view, &hits);
        hits.extend(seconded);
        hits.extend(heard_openers(view).into_iter().filter(|h| !cx.mentions().is_mention(&h.range)));
        let heard = heard_claims(cx, &hits);
        hits.extend(heard);
        let unconfirmed = unconfirmed(cx, &hits);
        hits.extend(unconfirmed);
        hits.sort_by_key(|h| h.range.start);
        hits.retain(|h| h.tag != "hedge" || closes_clause(view, h.range.end));
        hits.retain(|h| h.tag != "hedge" || !tells_a_feeling(cx, &h.range));
        // `とか` that does not close its clause lists things (`ゲームとか
        // 漫画とか`); closing it, it passes a claim on (`処分されたとか。`).
        hits.retain(|h| !(h.tag == "said" && view.as_str()[h.range.clone()].ends_with("とか") && !closes_clause(view, h.range.end)));
        hits.retain(|h| !asks(view, &h.range));
        hits.retain(|h| !(h.tag == "spread" && names_spreading(view, &h.range)));
        hits.retain(|h| h.tag == "incident" || !officially_sourced(view, &h.range));
        // A hedge in a sentence that points to a link describes what the
        // link offers (`このアプリ、無料で使えるらしい→ https://…`, `…破れる
        // らしい→ tool.example.net`): a tip about a page, whose own rules
        // (`harmful-site`, `illegal`) judge it, not news passed on — unless
        // the post asks to spread it. Links come in order: each hedge asks
        // by a binary search.
        if !cx.links.is_empty() && !hits.iter().any(|h| h.tag == "spread") {
            hits.retain(|h| {
                if h.tag != "hedge" {
                    return true;
                }
                let sentence = view.original_range(view.sentence(&h.range));
                let first = cx.links.partition_point(|l| l.span.end <= sentence.start);
                cx.links.get(first).is_none_or(|l| l.span.start >= sentence.end)
            });
        }
        let is_claim = |h: &TermMatch| matches!(h.tag, "hearsay" | "hedge");
        // A plan not yet final passed on as hearsay (`教委では夏8日で調整中
        // らしい`, `統合案、内部資料では北小に一本化らしい`) tells a policy
        // under formation: `policy-draft` flags it, and its hearsay is how the
        // plan reached the writer, not a rumour of its own. A claim with a
        // draft in its sentence is no claim here.
        if hits.iter().any(is_claim) {
            let drafts = cx.drafts();
            hits.retain(|h| {
                let sentence = view.sentence(&h.range);
                let first = drafts.partition_point(|d| d.start < sentence.start);
                !is_claim(h) || drafts.get(first).is_none_or(|d| d.start >= sentence.end)
            });
        }
        // A claim heard where only staff hear it (`職員会議で…退学の方向らしい`,
        // `面談で聞いたけど…らしい`, `学年会で出た話、…捕まったって`), named in
        // its sentence or one next to it, was learned on duty: told on, it is
        // a leak, `confidential`'s, however the teller hedges it or passes it
        // on (`らしい`, `だって`, `で聞いた`) — not a rumour heard from outside.
        if !hits.is_empty() {
            let duty = Inside::new(super::confidential::duty_sources(cx));
            hits.retain(|h| h.tag == "incident" || !duty.any_within(&context::neighbourhood(view, &h.range)));
        }
        let has = |tag: &str| hits.iter().any(|h| h.tag == tag);
        // Second-hand reports, spread requests, sources and doubts are
        // ordinary on their own ("生徒は楽しかったそうです", "Please share!",
        // "保護者から聞いたお話", "本当なの？"); two of them together, or any
        // next to admitted hearsay, pass on an unverified claim.
        // A source with a second-hand report is how news of a class is told
        // ("保護者から聞いたお話では…そうです"): it takes a doubt or a spread
        // request to make it a rumour passed on.
        let second_hand = has("weak") || has("said");
        let signs = usize::from(second_hand) + ["spread", "source", "doubt"].iter().filter(|tag| has(tag)).count();
        // A casual hearsay closer that ends a clause telling an accident, a
        // crime or a scandal (`地震で橋が崩れたって！`, `先生が逮捕されたんだっ
        // て`) passes on what the writer was told, with no other sign.
        let incidents: Vec<Range<usize>> = hits.iter().filter(|h| h.tag == "incident").map(|h| h.range.clone()).collect();
        let told_incident = || {
            hits.iter().any(|h| h.tag == "said" && closes_clause(view, h.range.end) && {
                let sentence = view.sentence(&h.range);
                incidents.iter().any(|i| sentence.start <= i.start && i.end <= h.range.start)
            })
        };
        let unverified = hits.iter().any(is_claim)
            || (signs >= 2 && (has("doubt") || has("spread")))
            || told_incident()
            || hears_of_trouble(view, &hits, cx.drafts());
        // An alarm asked to be spread is flagged where it is told too: the
        // trouble is the claim, the request only passes it on.
        let alarm = if unverified || !has("spread") { Vec::new() } else { trouble_told(view, &incidents, cx.drafts()) };
        hits.retain(|h| h.tag != "incident");
        hits.extend(alarm.iter().map(|range| TermMatch { range: range.clone(), tag: "hearsay" }));
        hits.sort_by_key(|h| h.range.start);
        let unverified = unverified || !alarm.is_empty();
        if !unverified {
            return;
        }
        // Entries that overlap (`LINEで回っ` and `で回ってきた`) are one finding.
        hits.dedup_by(|later, earlier| {
            let overlaps = later.range.start < earlier.range.end;
            if overlaps {
                earlier.range.end = earlier.range.end.max(later.range.end);
            }
            overlaps
        });
        for hit in hits {
            let (message, message_en) = if hit.tag == "spread" {
                (
                    "確かめていない情報の拡散を呼びかけています。公式の発表で確認できた情報だけを共有してください。",
                    "This asks people to spread information that has not been verified. Share only what an official source confirms.",
                )
            } else {
                (
                    "うわさや伝聞など、確かめていない情報に見えます。公式の発表など確かな情報源で確認してから投稿してください。",
                    "This looks like a rumour or hearsay. Check it against an official source before posting.",
                )
            };
            out.push(Self::META.finding(view.original_range(hit.range), message, message_en));
        }
    }
}

/// What follows a teller when they back a claim already quoted
/// (`…って、知り合いも言ってた`, `…と、獣医さんもそう言ってました`).
const SECONDING: &[&str] = &["も言って", "もそう言って", "も言うて", "もゆって", "も言っとった"];

/// A claim quoted and then backed by a teller the writer knows by their
/// standing (`将来子どもができにくくなるって、産婦人科の知り合いも言ってた`):
/// the quote closer `って` or `と` earlier in the sentence, and a source of
/// the list (`知り合い`, `知人`) after `の` and followed by `も` and a verb
/// of saying ([`SECONDING`]). The `も` says the claim goes round and this
/// teller's standing adds weight to it: passed on, it is hearsay. A teller
/// named by no standing (`いい運動会だったって、近所の人も言ってたよ`) or
/// one who only reports (`子どもたちが楽しかったって言ってた`) lends no weight. The source through the verb is
/// the finding, tagged `hearsay`.
fn seconded_claims<'l>(view: &View, hits: &[TermMatch<'l>]) -> Vec<TermMatch<'l>> {
    let s = view.as_str();
    hits.iter()
        .filter(|h| h.tag == "source")
        .filter_map(|h| {
            let verb = SECONDING.iter().find(|w| s[h.range.end..].starts_with(*w))?;
            let sentence = view.sentence(&h.range);
            let before = &s[sentence.start..h.range.start];
            // A teller qualified by what they are (`産婦人科の知り合い`,
            // `獣医の知人`): their standing is what lends the claim weight.
            let qualified = before.ends_with('の');
            (qualified && (before.contains("って") || before.contains("と、"))).then(|| TermMatch { range: h.range.start..h.range.end + verb.len(), tag: "hearsay" })
        })
        .collect()
}

/// Stems of the words by which a claim reaches the writer ([`HEARING`],
/// [`SAYING`], [`TALKED_OF`], `耳にする`): only the sentences that hold one
/// are tokenised.
pub(super) const HEARING_STEMS: &[&str] = &["聞", "伺", "耳に", "伝わ", "回っ", "回る", "広ま", "騒", "話題", "持ちき", "言", "話し", "話が"];

/// Verbs by which a claim quoted before them reached the writer, by lemma
/// (`…と聞いております`, `…と、散歩中の方から伺いました`, `…という話が伝わって
/// きております`, `…という話が先生たちの間で回っています`, `…って生徒たちが騒いで
/// る`, `…って話で持ちきり`).
const HEARING: &[&str] = &["聞く", "伺う", "伝わる", "回る", "広まる", "騒ぐ", "持ちきる"];

/// Verbs of saying, by lemma: a claim reached the writer by them only when
/// a teller is named between (`…って先輩が言ってた`, `…と生徒たちが話して
/// いました`); without one (`…って言ってた`) the writer may be the speaker.
const SAYING: &[&str] = &["言う", "話す"];

/// Nouns that say a claim goes round (`…ってPTAのグループで話題に`, `…って話で
/// 持ちきり`).
const TALKED_OF: &[&str] = &["話題", "持ちきり"];

/// Tellers whose word is the official one, by lemma, when they are the
/// source (`から`, `より`): what the police, the town or the school said
/// (`…と警察から聞きました`) is a notice passed on, not a rumour; nor is what
/// the person concerned said (`本人から`).
const OFFICIAL_TELLERS: &[&str] = &["警察", "警察署", "市役所", "役場", "役所", "教育委員会", "教委", "道教委", "消防", "保健所", "気象台", "本人", "学校", "市", "町", "村", "道", "県"];

/// Claims quoted and then said to have reached the writer (`値上げになるとの話を
/// 耳にいたしました`, `…半分になると会合で耳にしました`, `…乗っ取られたという話が
/// 伝わってきております`, `…補導されたって生徒たちが騒いでる`): a quotation
/// closer (`と`, `って`, `という`, `との`, `たって`) and after it, in its clause,
/// a verb of hearing or of things going round ([`HEARING`], `耳にする`,
/// [`TALKED_OF`]) or one of saying after a teller ([`SAYING`]), in any
/// inflection and politeness. What is told of an incident, a crime or a
/// change that worries families (the list's `incident`, in the quoted
/// clause) is hearsay passed on, tagged `hearsay`; any other claim so heard
/// is second-hand (`weak`: `保護者から聞いたお話では…` is how news of a class
/// is told) and needs a spread request or a doubt. Not what an official
/// teller said ([`OFFICIAL_TELLERS`]: `…と警察から聞きました`), a question the
/// writer asked or was asked (`「明日も来る？」って聞いてきた`, `…って聞かれた`),
/// nor a talk listened to (`先生と一緒に話を聞きました`: `と` of "with"). Only posts with an
/// incident, a spread request or a doubt ask: without one, a claim heard is
/// nothing the rule flags. From the closer through the verb is the finding
/// (compact view).
fn heard_claims(cx: &Context, hits: &[TermMatch]) -> Vec<TermMatch<'static>> {
    if !hits.iter().any(|h| matches!(h.tag, "incident" | "spread" | "doubt")) {
        return Vec::new();
    }
    let text = cx.text;
    let view = &text.compact;
    let incidents = Inside::new(hits.iter().filter(|h| h.tag == "incident").map(|h| h.range.clone()));
    // Without a spread request or a doubt, only a claim of an incident
    // counts: only the sentences that tell one are searched and tokenised.
    let sentences: Vec<Range<usize>> = if hits.iter().any(|h| matches!(h.tag, "spread" | "doubt")) {
        context::sentences_holding(cx, HEARING_STEMS).into_iter().map(|(_, sentence)| sentence).collect()
    } else {
        let mut told: Vec<Range<usize>> = hits.iter().filter(|h| h.tag == "incident").map(|h| view.sentence(&h.range)).collect();
        told.dedup();
        told.retain(|sentence| HEARING_STEMS.iter().any(|w| view.as_str()[sentence.clone()].contains(w)));
        told
    };
    let mut found = Vec::new();
    for sentence in sentences {
        let words = context::words_under(text, &sentence);
        let tokens = &words.tokens;
        // An official teller anywhere in the sentence, as the source
        // (`警察署より、…とのことを聞きました`, `町の方から`), makes what it
        // tells a notice; a school named as a place (`隣の学校の先生が`) is
        // no teller.
        let official = tokens.iter().enumerate().any(|(i, t)| {
            t.pos() == "名詞" && OFFICIAL_TELLERS.contains(&&*t.lemma()) && tokens[i + 1..].iter().take(3).any(|t| t.pos() == "助詞" && matches!(t.surface(), "から" | "より"))
        });
        for (i, quote) in tokens.iter().enumerate() {
            let Some(end) = quotes_a_claim(tokens, i).then(|| hearing_after(&tokens[i + 1..])).flatten() else { continue };
            let told = &tokens[i + 1..=i + 1 + end];
            let last = Words::inflection_end(told[end], tokens[i + 2 + end..].iter().copied());
            let range = text.compact_of_tokens(quote, last);
            if official || range.start < sentence.start || cx.mentions().is_mention(&range) {
                continue;
            }
            let tag = if incidents.any_within(&(sentence.start..range.start)) { "hearsay" } else { "weak" };
            // Second-hand words the list found already (`LINEで回ってきた`)
            // say no more.
            if tag == "weak" && hits.iter().any(|h| h.tag != "incident" && h.range.start < range.end && range.start < h.range.end) {
                continue;
            }
            found.push(TermMatch { range, tag });
        }
    }
    found
}

/// Verbs by which a claim is confirmed, by lemma, with `確認` as their
/// subject (`確認できる`, `確認がとれる`).
const CONFIRMING: &[&str] = &["できる", "とれる", "取れる"];

/// Where the writer says, in any inflection, that what they pass on is
/// not confirmed (`事実は確認できていませんが`, `確認はとれていませんが`, `まだ
/// 確認が取れていない`): `確認`, perhaps with `は`, `が` or `も`, then a verb
/// of [`CONFIRMING`] negated. Not a thing the office has not checked
/// (`安全を確認できていないため`): `確認` with an object names what was checked,
/// not a claim. A doubt, tagged `doubt`, from `確認` through the negation;
/// only posts with another sign of hearsay ask, since a doubt alone is
/// nothing the rule flags.
fn unconfirmed(cx: &Context, hits: &[TermMatch]) -> Vec<TermMatch<'static>> {
    if !hits.iter().any(|h| matches!(h.tag, "hearsay" | "hedge" | "weak" | "said" | "source" | "spread")) {
        return Vec::new();
    }
    let text = cx.text;
    let mut found = Vec::new();
    for (_, sentence) in context::sentences_holding(cx, &["確認"]) {
        let words = context::words_under(text, &sentence);
        let tokens = &words.tokens;
        for (i, word) in tokens.iter().enumerate() {
            if word.surface() != "確認" || i > 0 && tokens[i - 1].surface() == "を" {
                continue;
            }
            let mut rest = tokens[i + 1..].iter().copied().skip_while(|t| t.pos() == "助詞" && matches!(t.surface(), "は" | "が" | "も"));
            let Some(verb) = rest.next().filter(|t| t.pos() == "動詞" && CONFIRMING.contains(&&*t.lemma())) else { continue };
            let Some(negation) = context::inflection(rest).find(|t| context::negates(t)) else { continue };
            let range = text.compact_of_tokens(word, negation);
            if verb.range.start < negation.range.start && !cx.mentions().is_mention(&range) {
                found.push(TermMatch { range, tag: "doubt" });
            }
        }
    }
    found
}

/// Whether the words after a verb of hearing (`rest`) make the hearing a
/// supposition or a habit (`…という話を聞いたら、すぐ相談して`, `…と聞くたびに
/// 胸が痛む`, `…と聞けば`, `…と聞いても`): no claim the writer heard.
fn supposed(rest: &[&Token]) -> bool {
    let mut rest = rest.iter().skip_while(|t| t.surface() == "まし");
    match rest.next().map(|t| t.surface()) {
        Some("たら" | "ば" | "たび" | "度" | "と" | "とき" | "時" | "ては") => true,
        Some("て") => rest.next().is_some_and(|t| t.surface() == "も"),
        _ => false,
    }
}

/// Whether the word at `i` closes a quoted claim: a quotation particle
/// (`と`, `って`, `という`, `との`, `たって`, `だって`) after a statement, not
/// after a question (`明日も来る？」って`). `と` after a noun is most often
/// "with" (`先生と一緒に`): it quotes only a verb's or an auxiliary's clause,
/// or a quotation's closing mark.
fn quotes_a_claim(tokens: &[&Token], i: usize) -> bool {
    let quote = tokens[i];
    if quote.pos() != "助詞" || !matches!(quote.surface(), "と" | "って" | "という" | "との" | "たって" | "だって") {
        return false;
    }
    // A comma may set the claim off (`…退学になった、と地域の方から`).
    let Some(before) = tokens[..i].iter().rev().find(|t| !(t.pos() == "記号" && t.subclass() == "読点")) else { return false };
    let question = before.surface().ends_with(['?', '？', 'か']);
    let clause = matches!(before.pos(), "動詞" | "助動詞" | "形容詞") || before.surface().ends_with(['」', '』']);
    !question && (quote.surface() != "と" || clause)
}

/// Where, in `after` (the words after a quotation particle), the verb or
/// noun that says the claim reached the writer ends (an index into
/// `after`): the first verb of the clause, if it is one of hearing
/// ([`HEARING`], not passive: `って聞かれて` is being asked), `する` of
/// `耳にする`, or one of saying ([`SAYING`]) after a teller and its
/// particle (`先輩が`, `子たちも`); or a noun of [`TALKED_OF`] before it.
fn hearing_after(after: &[&Token]) -> Option<usize> {
    let mut teller = false;
    for (j, word) in after.iter().enumerate() {
        if word.pos() == "記号" && word.subclass() == "句点" {
            return None;
        }
        if word.pos() == "名詞" && TALKED_OF.contains(&&*word.lemma()) {
            return Some(j);
        }
        if word.pos() == "助詞" && matches!(word.surface(), "が" | "も") && j > 0 && after[j - 1].pos() == "名詞" {
            teller = true;
        }
        if word.pos() != "動詞" || word.subclass() != "自立" {
            continue;
        }
        let lemma = word.lemma();
        let passive = after.get(j + 1).is_some_and(|t| matches!(&*t.lemma(), "れる" | "られる"));
        let ear = matches!(&*lemma, "する" | "いたす") && j >= 2 && after[j - 1].surface() == "に" && after[j - 2].surface() == "耳";
        let heard = (HEARING.contains(&&*lemma) && !passive) || ear || (teller && SAYING.contains(&&*lemma));
        return (heard && !supposed(&after[j + 1..])).then_some(j);
    }
    None
}

/// English words of trouble at a school or in town: someone caught,
/// fired or arrested, a thing covered up, cut or closed. Matched as whole
/// words, each in its every form ([`english::holds_form`]).
const EN_TROUBLE: &[&str] = &[
    "arrest", "fired", "caught", "investigate", "investigation", "suspend", "cut", "cancel", "close", "shut", "contaminate", "illegally", "steal", "ban", "expel", "resign", "kill", "dead", "scandal",
    "scrap", "axe", "abolish", "bankrupt", "demolish", "missing", "sack",
];

/// English hearsay with its subject dropped, opening a sentence (`Heard the
/// venue is getting shut down.`, `Hearing from a lift op that…`): second-hand
/// like `I heard`, tagged `weak`. Not `heard` inside a sentence (`we heard
/// the choir`), where it tells what was listened to, nor a question to the
/// reader (`Heard the news?`).
fn heard_openers(view: &View) -> Vec<TermMatch<'static>> {
    let text = view.as_str();
    ["heard ", "hearing "]
        .iter()
        .flat_map(|opener| text.match_indices(opener))
        .filter(|&(at, opener)| {
            let before = text[..at].trim_end_matches([' ', '"', '\'']);
            let opens = before.is_empty() || before.ends_with(['.', '!', '?', '\n', ':']);
            opens && !text[view.sentence(&(at..at + opener.len()))].trim_end().ends_with('?')
        })
        .map(|(at, opener)| TermMatch { range: at..at + opener.len() - 1, tag: "weak" })
        .collect()
}

/// Whether an English report heard second-hand (`I heard`, `apparently`,
/// `someone said`, `my neighbour says`) tells trouble in its own sentence
/// (`heard the principal is getting fired`, `a teacher was apparently
/// caught stealing`): the English counterpart of a hearsay ending that
/// closes an incident. A bare `says` or `told me` names no teller (`the
/// board says the pool is closed today` is the official word), so only the
/// hearsay words and sources that name someone count; a sentence that
/// tells a draft is left to `policy-draft`.
fn hears_of_trouble(view: &View, hits: &[TermMatch], drafts: &[Range<usize>]) -> bool {
    let text = view.as_str();
    hits.iter().any(|h| {
        let heard = &text[h.range.clone()];
        let second_hand = h.tag == "weak" || (h.tag == "source" && !matches!(heard, "says" | "told me"));
        let sentence = view.sentence(&h.range);
        // A plan heard of (`the draft plan cuts bus routes, I heard`) is
        // `policy-draft`'s, as with the other hearsay.
        let first = drafts.partition_point(|d| d.start < sentence.start);
        let draft = drafts.get(first).is_some_and(|d| d.start < sentence.end);
        second_hand && heard.is_ascii() && !draft && EN_TROUBLE.iter().any(|w| english::holds_form(&text[sentence.clone()], w))
    })
}

/// How the writer closes a notice of what their school does or has done
/// (`中止します`, `休校といたしました`, `延期となります`), compact view.
const NOTICE_CLOSINGS: &[&str] = &["します", "しました", "いたします", "いたしました", "となります", "となりました", "とさせていただき"];

/// Where the post tells trouble outside a plan: an incident of the list
/// (`連れ去り未遂が相次いでいる`, `大会なくなる`: `incidents`, compact view) or
/// an English sentence with a word of [`EN_TROUBLE`] (`the airline is
/// cancelling all flights`), in a sentence that tells no draft (`the draft
/// bans calls after 5pm`: `policy-draft`'s). Asked only beside a request to
/// spread (`シェアして広めてください`, `Spread the word!!`): an alarm passed
/// on for others to pass on, with nothing that says it was checked, is the
/// rumour the guideline means, whether or not it names where it came from.
/// A notice that asks to share a concert or an open day tells no trouble,
/// and one of the school's own acts ([`NOTICE_CLOSINGS`], an English
/// sentence with `we`, `our`, `us`) is the official word.
fn trouble_told(view: &View, incidents: &[Range<usize>], drafts: &[Range<usize>]) -> Vec<Range<usize>> {
    let text = view.as_str();
    let drafted = |sentence: &Range<usize>| {
        let first = drafts.partition_point(|d| d.start < sentence.start);
        drafts.get(first).is_some_and(|d| d.start < sentence.end)
    };
    // The writer's own notice of what the school does (`学校祭は中止します`,
    // `we are closing the pool today`) is the official word, asked to be
    // shared as notices are.
    let announced = |i: &Range<usize>| NOTICE_CLOSINGS.iter().any(|w| text[i.end..view.sentence(i).end].contains(w));
    let mut found: Vec<Range<usize>> = incidents.iter().filter(|i| !drafted(&view.sentence(i)) && !announced(i)).cloned().collect();
    let mut at = 0;
    while at < text.len() {
        let sentence = view.sentence(&(at..at));
        if sentence.end <= at {
            break;
        }
        let here = &text[sentence.clone()];
        let ours = english::words(here).any(|(_, w)| matches!(w, "we" | "our" | "us"));
        if here.is_ascii() && !drafted(&sentence) && !ours {
            let trouble = english::words(here).find(|(_, w)| EN_TROUBLE.iter().any(|t| english::is_form_of(w, t)));
            found.extend(trouble.map(|(r, _)| sentence.start + r.start..sentence.start + r.end));
        }
        at = sentence.end;
    }
    found
}

/// What follows an official teller ([`OFFICIAL_TELLERS`]) named as where
/// a claim came from: its notice or circular (`市の情報だと`, `町の回覧で`,
/// `気象台の速報より`), or `によると`.
const OFFICIAL_NOTICES: &[&str] = &["の情報", "の速報", "の回覧", "のお知らせ", "によると", "からのお知らせ", "からの通知"];

/// Whether the sentence of `range` (compact view) says the claim came from
/// an official teller's notice (`市の情報だと昨日も目撃があったらしい`, `町の
/// 回覧で、ゴミ置き場にクマが来たってお知らせが回ってきた`): the official word
/// passed on, not an unverified claim. Not a notice still awaited (`町からの
/// お知らせはまだ`): a sentence with `まだ` tells what is not out yet, a
/// doubt rumours carry.
fn officially_sourced(view: &View, range: &Range<usize>) -> bool {
    let sentence = &view.as_str()[view.sentence(range)];
    !sentence.contains("まだ")
        && OFFICIAL_TELLERS.iter().filter(|t| !matches!(**t, "本人" | "学校")).any(|teller| {
            sentence.match_indices(teller).any(|(at, _)| OFFICIAL_NOTICES.iter().any(|n| sentence[at + teller.len()..].starts_with(n)))
        })
}

/// Adjectives of a feeling, by lemma.
const FEELINGS: &[&str] = &["楽しい", "嬉しい", "悲しい", "寂しい", "怖い", "辛い", "面白い", "恥ずかしい", "羨ましい", "悔しい", "懐かしい", "痛い"];

/// Whether the hedge `らしい` at `range` (compact view) closes someone's
/// feeling or wish (`探偵みたいで楽しいらしい`, `将来は研究者になりたいらしい`,
/// `ほんとに怖かったらしい`): Japanese tells another person's inner state
/// only so, as what they showed or said; no claim about the world is passed
/// on.
fn tells_a_feeling(cx: &Context, range: &Range<usize>) -> bool {
    let sentence = cx.text.compact.sentence(range);
    let under = context::words_under(cx.text, &(sentence.start..range.start));
    let mut words = under.tokens.iter().rev().skip_while(|t| t.pos() == "助動詞" && t.lemma() == "た");
    words.next().is_some_and(|t| (t.pos() == "助動詞" && t.lemma() == "たい") || (t.pos() == "形容詞" && FEELINGS.contains(&&*t.lemma())))
}

/// How `拡散` goes on when it names spreading rather than asks for it:
/// passive (`投稿が拡散されています`: a thing going round), nominalised or
/// conditional (`拡散することは`, `拡散すると`, `拡散するな`), or a noun of its
/// clause before a particle (`動画の拡散や特定は`, `拡散で損害賠償を`,
/// `情報拡散への対応`).
const SPREADING_NAMED: &[&str] = &["され", "させ", "すること", "するの", "すると", "するな", "の", "や", "で", "へ", "は", "が", "も", "に", "と"];

/// Words that still ask, later in the clause (`拡散のご協力を`, `拡散に
/// ご協力ください`, `拡散でお願いします`).
const ASKING: &[&str] = &["お願い", "協力", "希望", "よろしく", "ください"];

/// Whether a spread request of the list is the bare noun `拡散` used to
/// name spreading ([`SPREADING_NAMED`]): a lesson's or a notice's subject
/// (`被害者の写真を拡散することは、ご遺族を傷つけます`, `写真が拡散された事案`),
/// not the writer asking others to pass a claim on (`【拡散】`, `拡散しといて`,
/// `念のため拡散します`), unless the clause goes on to ask ([`ASKING`]).
fn names_spreading(view: &View, range: &Range<usize>) -> bool {
    let text = view.as_str();
    let rest = &text[range.end..view.sentence(range).end.max(range.end)];
    let clause = rest.split(['、', ',', '。']).next().unwrap_or(rest);
    text[range.clone()].ends_with("拡散") && SPREADING_NAMED.iter().any(|w| rest.starts_with(w)) && !ASKING.iter().any(|w| clause.contains(w))
}

/// Whether the hit is `って聞` or `と聞` after a question (`「どう思う？」って
/// 聞いたら`, `明日休みかって聞いた`): there 聞く is "ask", and what it quotes
/// was the writer's question, not a claim they heard.
fn asks(view: &View, range: &Range<usize>) -> bool {
    let text = view.as_str();
    let heard = ["って聞", "と聞"].iter().any(|w| text[range.clone()].starts_with(w));
    let before = context::without_closing_quotes(&text[..range.start]);
    heard && (before.ends_with('?') || before.ends_with('か') && !before.ends_with("とか"))
}

/// Whether the clause ends at `at` (just after a hearsay らしい): a mark,
/// the end of the text, or an ending that closes a statement
/// (`らしい。`, `らしいです`, `らしいので`), not a noun it modifies
/// (`子どもらしい笑顔`).
fn closes_clause(view: &View, at: usize) -> bool {
    const ENDINGS: &[&str] = &["です", "よ", "ぞ", "ね", "な", "の", "ぜ", "けど", "けれど", "ので", "から", "っ", "という", "とのこと", "と聞", "と言", "し", "じゃん", "わ", "w", "笑"];
    let word_goes_on = matches!(view.script_at(at), Some(Script::Hiragana | Script::Katakana | Script::Kanji | Script::Alpha | Script::Digit));
    !word_goes_on || ENDINGS.iter().any(|e| view.as_str()[at..].starts_with(e))
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::assert_rule;

    #[test]
    fn english_hearsay_of_trouble_is_flagged() {
        assert_rule(
            "rumor",
            &[
                ("I heard the swim coach got fired over the summer camp.", &["I heard"]),
                ("Apparently the bakery on Route 5 was shut down by inspectors.", &["Apparently"]),
                ("Someone said the night bus is being cut in April.", &["Someone said"]),
            ],
            &[
                "I heard the choir sing at the festival and it was lovely.",
                "Apparently it snowed 40 cm overnight in Asahikawa!",
                "The board says the pool is closing early today for maintenance.",
                "We cut the ribbon at the new library today.",
            ],
        );
    }

    #[test]
    fn english_hearsay_in_more_voices_is_flagged_when_passed_on_or_doubted() {
        assert_rule(
            "rumor",
            &[
                ("Heard the regional venue is getting shut down for good. Spread the word, coaches!", &["Heard", "Spread the word"]),
                ("Fisherman down the port reckons the north harbour's finished. Tell everyone.", &["reckons", "Tell everyone"]),
                ("Heard at the wife's school that a teacher there was let go. Nothing official though.", &["Heard at", "Nothing official"]),
                ("Mi hear seh di whole department a go get cut next year!", &["hear seh"]),
            ],
            &[
                "We heard the choir sing at the festival. Please share the video with your family!",
                "Heard the news? Our team won the regional final! Tell everyone!",
                "Tell your friends about our open day on Saturday!",
            ],
        );
    }

    #[test]
    fn an_alarm_asked_to_be_spread_is_a_rumour() {
        assert_rule(
            "rumor",
            &[
                ("旭川市内の小学校で、子どもの連れ去り未遂が相次いでいるとのことです！皆さん、シェアして広めてください！", &["連れ去", "シェアして広めてください"]),
                ("Exam board has changed the calculator policy, graphing calculators are banned now. Spread this to all Grade 12 parents!", &["banned", "Spread this"]),
            ],
            &[
                // the school's own notice, a concert, a plan, a request not to
                "明日の学校祭は雨天のため中止します。拡散希望！",
                "We are closing the pool today for cleaning. Please share!",
                "【拡散希望】吹奏楽部の定期演奏会を開催します。ぜひお越しください！",
                "Saw the board's draft of the new parent-contact rules. Still being debated, but it bans calls after 5pm. Please pass!!",
                "The ferry was cancelled this morning because of the storm. Please don't spread it as news of an accident.",
            ],
        );
    }

    #[test]
    fn admitted_rumours_are_flagged() {
        assert_rule(
            "rumor",
            &[
                ("噂によると、来月から給食費が上がるとか。", &["噂によると", "るとか"]),
                ("真偽不明ですが、市内のプールが今年は開かないみたいです", &["真偽不明", "みたい"]),
                ("Rumour has it the bridge will be closed all winter.", &["Rumour has it"]),
                ("聞いた話だと、来年から部活が全部なくなるんだって", &["聞いた話だと", "だって"]),
                ("ソースはないけど、制服が廃止になるってさ", &["ソースはない", "ってさ"]),
            ],
            &[
                "噂話に振り回されないよう、情報の確かめ方を学びました。",
                "ゴールした瞬間、会場が拍手に包まれました。",
                "In drama club we staged a play about how rumours hurt friendships.",
            ],
        );
    }

    #[test]
    fn hearsay_rashii_is_told_from_the_adjective() {
        assert_rule(
            "rumor",
            &[
                ("隣町のスーパーが今月で閉店するらしい😢", &["らしい"]),
                ("来週の遠足は中止らしいですよ", &["らしい"]),
                ("明日の部活、休みらしいっす", &["らしい"]),
                ("ゴミ当番は来年から廃止らしいので、よろしく", &["らしい"]),
            ],
            &[
                "合唱コンクールでは、すばらしいハーモニーを響かせました。",
                "春らしい陽気の中、遠足に出かけました。",
                "子どもらしい発想の作品がそろいました。",
                "校庭で、めずらしい野鳥を見つけました。",
                "明日は雨らしいので、体育は体育館で行います。",
                "最後まであきらめない、本校らしい試合でした。",
            ],
        );
    }

    #[test]
    fn spread_requests_and_second_hand_reports_need_a_claim() {
        assert_rule(
            "rumor",
            &[
                ("【拡散希望】明日は全校休校になるそうです", &["拡散希望", "るそうです"]),
                ("I heard the pool is closed tomorrow. Please share!", &["I heard", "Please share"]),
                ("拡散お願いします！市内で熊が出たらしい", &["拡散お願い", "らしい"]),
                ("Unverified: the ferry is cancelled today. Please share!", &["Unverified", "Please share"]),
                ("RT希望！駅前で不審者が出るって情報が回ってます", &["RT希望", "って情報が回ってます"]),
            ],
            &[
                "参加した生徒たちは「また来たい」と話していたそうです。",
                "【拡散希望】吹奏楽部の定期演奏会を開催します。ぜひお越しください！",
                "Please share this flyer with your family!",
                "This month's word is “respect”.",
                "Beware of unverified posts about the closure.",
                "理科の実験、もう一度やってみたいです！",
                "回覧板が回ってきたら、次のお宅へお回しください。",
                "「拡散希望」と書かれた投稿も、すぐにシェアせず発信元を確かめようと学びました。",
            ],
        );
    }

    #[test]
    fn sources_and_doubts_are_weighed_together() {
        assert_rule(
            "rumor",
            &[
                ("近所の人が言ってた、橋が通行止めになるってほんと？", &["近所の人が言ってた", "ってほんと？"]),
                ("LINEで回ってきた話、給食センターが閉鎖されるって", &["LINEで回ってきた"]),
                ("隣の人が言うには、駅のトイレが使えなくなるって", &["が言うには"]),
                ("熊の動画が回ってきました。うちの町かどうかわからないけど", &["回ってきました", "かどうかわからない"]),
                ("My cousin told me the rink is closing, can't find anything online though", &["told me", "can't find anything"]),
            ],
            &[
                "保護者の方から聞いたお話では、子どもたちが家でも歌っているそうです",
                "北海道にはゴキブリが少ないって本当？理科で生き物の分布を調べました。",
                "「〜ってほんと？」と思ったら、すぐにシェアせず公式の情報を確かめましょう。",
                "遠足のお弁当で話題になったのが、大きなおにぎりでした。",
                "回覧板で回ってきたお知らせ、地域の清掃は7時からだって。",
                // a hedge from the inside is a leak (confidential), not hearsay
                "まだ非公開だけど、会議で見せてもらった素案では体育館を建て替えるらしい。",
                // a hedge about what was learned on duty is a leak (confidential)
                "学年会で出た話。3年の男子が自転車を盗んだ件、停学になるらしい。",
                // a question the writer asked
                "道徳で「嘘をつかれたらどう思う？」って聞いたら、みんな真剣に考えてくれた。",
                "明日の集合は何時かって聞いたら、8時だって。",
                "朝の会で“週末は何してた？”って聞いたら、雪かきの話ばかりでした。",
            ],
        );
    }

    #[test]
    fn a_claim_the_writer_checked_is_no_longer_unverified() {
        assert_rule(
            "rumor",
            &[
                // checking still to be done leaves the claim unverified
                ("体育館が来年取り壊されるらしい。確認したいけど誰に聞けば", &["らしい"]),
            ],
            &[
                "LED化で電気が安くなったらしい、と書く前にデータを確認したら本当に下がっていました。",
                "I heard a rumour that the canteen is closing. 確認したらデマでした。",
                "同僚が転勤するらしい（本人から報告がありました）。寂しくなります。",
                "司書が足りないらしい…という話ではなく、実際に募集が出ています。",
            ],
        );
    }

    #[test]
    fn sources_endings_and_doubts_generalise() {
        assert_rule(
            "rumor",
            &[
                ("ママ友から聞いたんだけど、来年から給食費が上がるってほんと？", &["ママ友", "から聞いたんだけど", "ってほんと？"]),
                ("人づてに聞いた話で、A小が統合されるとか", &["人づてに聞いた", "るとか"]),
                ("学童が閉鎖されるんだってさ", &["んだってさ"]),
                ("Someone said the pool is closing this summer, is this true?", &["Someone said", "is this true"]),
                // らしい closing a clause, however the clause goes on
                ("隣の中学、来年から制服が自由になるらしいｗ", &["らしい"]),
                ("新しい体育館は来年できるらしいと聞きました", &["らしい", "と聞きました"]),
                ("確かじゃないけど、給食センターが民営化されるんだって", &["確かじゃないけど", "だって"]),
                ("Take it with a grain of salt, but the library is closing in March.", &["Take it with a grain of salt"]),
                ("I heard from a parent that the principal is leaving.", &["I heard from a parent"]),
                ("学校祭が中止になると聞いたけど、どうなの", &["と聞いたけど"]),
                ("教頭先生が辞めるってうわさ、本当だったらさみしい", &["ってうわさ", "本当だったら"]),
                ("Someone told me the exams are moving to June.", &["Someone told me"]),
                // a meeting still to come tells nothing yet; a member is no meeting
                ("来週の職員会議で何か大きな発表があるらしいよ", &["らしい"]),
                ("道議会議員の息子が裏口で合格したらしい", &["らしい"]),
                // a doubt outside a quoted claim: the quoted 禁止 is no warning
                ("「来月からタブレット持ち帰り禁止」ってLINEで回ってきたけど、ほんと？", &["LINEで回ってきた", "ほんと？"]),
            ],
            &[
                "保護者から、温かいお言葉をいただきました。",
                "本当ですか？と驚く子どもたちの表情が印象的でした。",
                "キャンプの思い出を、家でたくさん話してたそうです。",
                "Is this true? Find out in our science show on Friday!",
                "子どもらしいのびのびとした絵です。",
                "保護者の間で、読み聞かせの輪が広がっています。",
                "本当だったらいいのに、と子どもたちは笑っていました。",
                "素晴らしいな、と感じた一日でした。",
            ],
        );
    }

    #[test]
    fn sources_doubts_and_forwarding_make_a_rumour_together() {
        assert_rule(
            "rumor",
            &[
                ("【転送】駅前の公園に不審者が出たって！目撃情報があるから", &["【転送】", "たって", "目撃情報"]),
                ("Apparently the pool is closing. Haven't seen any news about it though.", &["Apparently", "Haven't seen any news"]),
            ],
            &[
                "目撃情報の寄せ方について、警察の方から教わりました。",
                "Everyone knows the words to our school song!",
            ],
        );
    }

    #[test]
    fn a_claim_being_checked_is_not_passed_on() {
        assert_rule(
            "rumor",
            &[
                ("There's a rumor the school's closing next year. Please share!", &["There's a rumor", "Please share"]),
                // the hedge is the claim; `拡散されている` tells the video goes
                // round and asks no one to spread it
                ("本校の生徒とされる動画が拡散されているらしい。", &["らしい"]),
            ],
            &[
                "There's a rumor the school's closing next year. Can anyone confirm? Asking before I share.",
                "ネット上で、本校の生徒とされる動画が拡散されているとの情報を受け、事実確認を進めています。",
                "校舎が取り壊されるらしいという話が保護者の間で出ています。事実関係を確認しています。",
                "給食に異物が入っていたという噂があるとの連絡を受け、事実確認を進めています。",
            ],
        );
    }

    #[test]
    fn forecasts_and_typical_things_are_not_hearsay() {
        assert_rule(
            "rumor",
            &[
                ("明日は休校になるらしいよ", &["らしい"]),
                ("北海道の学校、来年から夏休みが短くなるらしい", &["らしい"]),
            ],
            &[
                "明日も冷えるらしいから、あったかくして来てね",
                "週末は大雪が降るらしいので、車の運転に気をつけましょう",
                "今年の漢字は「雪」。北海道らしいですね。",
                "最後まで走り抜いた姿、本校らしいです。",
            ],
        );
    }

    #[test]
    fn a_casual_hearsay_closer_over_an_incident_is_a_rumour() {
        assert_rule(
            "rumor",
            &[
                ("駅前のコンビニに強盗が入って、店員が刺されたって！", &["たって"]),
                ("隣の中学の先生、飲酒で捕まったんだってね", &["んだってね"]),
                ("石狩川の堤防が決壊したって！早く逃げて", &["たって"]),
                ("給食センターで食中毒を隠蔽してたとかなかったとか", &["たとかなかったとか"]),
            ],
            &[
                // the closer alone is news of a class; the incident alone is a notice
                "遠足、みんな楽しかったって！また行きたいそうです",
                "通学路で熊の目撃情報がありました。登下校は複数で行動してください。",
                "交通事故防止にあたって、通学路の点検を行いました。",
                "卒業生から、大学で元気にやっていると連絡がありました。",
                "不審者が出たって話を聞いても、すぐに拡散しないようにしましょう。",
            ],
        );
    }

    #[test]
    fn a_claim_taken_to_the_school_is_not_passed_on() {
        assert_rule(
            "rumor",
            &[("来月から給食費が上がるらしい。", &["らしい"])],
            &[
                "来月から給食費が上がるらしい。学校に確認してみます。",
                "駅前で不審者が出たらしいので、学校に問い合わせました。",
                "休校になるらしいけど、正式な発表を待ちましょう。",
                "不審者や事件について、SNSでの未確認情報の拡散は控えてください。",
            ],
        );
    }

    #[test]
    fn a_plan_passed_on_as_hearsay_is_left_to_policy_draft() {
        assert_rule(
            "rumor",
            &[
                // a claim with no plan in its sentence
                ("来月から給食費が上がるらしい", &["らしい"]),
                ("教育委員会の話はさておき、駅前のパン屋が閉店するらしい", &["らしい"]),
            ],
            &[
                "教育委員会では、閉庁日を夏8日にする方向で調整中らしい",
                "統合案では北小に一本化らしいです",
                "The board's draft plan cuts bus routes, I heard.",
            ],
        );
    }

    #[test]
    fn a_hedge_beside_a_link_describes_the_page() {
        assert_rule(
            "rumor",
            &[
                // the link in another sentence: the claim stands
                ("駅前の書店が閉店するらしい。お店のページ→ https://shop.example.jp", &["らしい"]),
                // asked to be spread, the link is the rumour's carrier
                ("拡散希望！この町の水道が止まるらしい https://example.net/water", &["拡散希望", "らしい"]),
            ],
            &[
                "この単語アプリ、無料で全部使えるらしい→ https://vocab.example.jp",
                "Wi-Fiのパスワードが全部わかるらしい→ wifi-tool.example.net/dl",
                "The museum's new site lets you tour it from home, apparently: https://museum.example.org",
            ],
        );
    }

    #[test]
    fn a_claim_heard_of_trouble_is_hearsay_in_any_politeness() {
        assert_rule(
            "rumor",
            &[
                ("給食センターの業者が変わり、値上げになるとの話を耳にいたしました。", &["との話を耳にいたしました"]),
                ("隣町で、学校の端末が一斉に乗っ取られたという話が伝わってきております。", &["という話が伝わってきております"]),
                ("隣のクラスの子、万引きで補導されたって生徒たちが騒いでる。", &["たって生徒たちが騒いでる"]),
                ("汐見地区でヒグマが裏山まで下りてきていたと、散歩中の方から伺いました。", &["と、散歩中の方から伺いました"]),
                ("〇〇小で担任が保護者に土下座させられたって話、今週3人から聞いた。", &["たって話、今週3人から聞いた"]),
            ],
            &[
                // an official teller, as the source, in the sentence
                "熊が出たと警察から聞きました。登下校に気をつけてください。",
                "旭川東警察署より、公園付近で不審者が出たと伺いました。",
                // a supposition, a question asked, news of a class, a talk listened to
                "闇バイトに誘われたという話を聞いたら、すぐ大人に相談してください。",
                "「明日も事故に気をつける？」って聞いてきた。",
                "保護者の方から聞いたお話では、子どもたちが家でも歌っているそうです。",
                "校長先生と一緒に事故防止のお話を聞きました。",
                // a school named as a place is no teller, but nothing here was heard
                "隣の学校の先生が、事故防止の研修をしてくれました。",
            ],
        );
    }

    #[test]
    fn a_claim_heard_is_second_hand_beside_a_request_or_a_doubt() {
        assert_rule(
            "rumor",
            &[
                ("駅前で中高生を誘う大人がいる、と生徒たちが話していました。確認はとれていませんが、ぜひ拡散を！", &["と生徒たちが話していました", "確認はとれていません", "拡散"]),
                ("卒業生が大学を退学になったと地域の方から聞きました。事実は確認できていません。", &["と地域の方から聞きました", "確認できていません"]),
                ("I was told the regional venue is getting shut down after this season. Spread the word, coaches!", &["I was told", "Spread the word"]),
                ("Word around the district is that a big employer is about to go bankrupt. Nothing official. Please pass this on.", &["Word around", "Nothing official", "Please pass this on"]),
                ("来月の地区大会、中止確定だって！！顧問の皆さん拡散希望", &["だって", "拡散希望"]),
                ("近隣の中学校で、先生が生徒の悪口を書いて処分されたとか。", &["たとか"]),
            ],
            &[
                // `とか` listing things, not closing a claim
                "ゲームとか漫画とか、子どもたちの好きなものを聞きました。",
                // a doubt alone, or a thing the office has not checked
                "安全を確認できていないため、プールは中止します。",
                "給食の献立は、保護者の方から聞いたご意見をもとに決めました。",
            ],
        );
    }

    #[test]
    fn a_claim_backed_by_a_teller_of_standing_is_hearsay() {
        assert_rule(
            "rumor",
            &[
                ("この薬を飲むと背が伸びなくなるって、薬剤師の知り合いも言ってたよ。", &["知り合いも言ってたよ"]),
                ("飲み会で小耳にはさんだ話では、隣の市の学校が統合されるとか。", &["小耳にはさんだ話", "るとか"]),
            ],
            &[
                "いい運動会だったって、近所の人も言ってたよ。",
                "子どもたちも楽しかったって言ってた。",
            ],
        );
    }

    #[test]
    fn spreading_named_is_no_request_to_spread() {
        assert_rule(
            "rumor",
            &[("隣町で熊に襲われた人がいるらしい！拡散しといて", &["らしい", "拡散"])],
            &["事故の被害者の写真を拡散することは、ご家族を傷つけます。", "いじめ動画の拡散は、新たな加害になります。見かけたら先生に相談してください。"],
        );
    }

    #[test]
    fn what_staff_hear_on_duty_is_no_rumour_however_it_is_passed_on() {
        assert_rule(
            "rumor",
            &[("友達から聞いたんだけど、校長が来年で辞めるってさ。", &["友達から聞いたんだけど", "ってさ"])],
            &["職員会議で聞いたんだけど、校長が来年で辞めるってさ。", "今日の学年会で出た話、隣の中学の先生が飲酒運転で捕まったって。"],
        );
    }

    #[test]
    fn a_feeling_or_wish_told_with_rashii_is_no_claim() {
        assert_rule(
            "rumor",
            &[("あの店、危ないらしい", &["らしい"])],
            &["古文書の解読、探偵みたいで楽しいらしい。", "将来は研究者になりたいらしい。", "訓練の犯人役、ほんとに怖かったらしい。"],
        );
    }

    #[test]
    fn a_claim_from_an_official_notice_is_no_rumour() {
        assert_rule(
            "rumor",
            &[("友達の話だと、裏山で昨日もクマの目撃があったらしい。", &["らしい"]), ("町からのお知らせはまだないけど、裏山でクマが出たらしい。", &["らしい"])],
            &["町の情報だと、裏山で昨日もクマの目撃があったらしい。", "村の回覧で、ゴミ置き場にクマが来たってお知らせが回ってきた。"],
        );
    }
}

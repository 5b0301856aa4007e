//! `rights`: signs that a post infringes copyright, portrait rights or
//! privacy.


use std::ops::Range;

use super::lists;
use super::{consent, context, declare_rule, Context, Rule, RuleMeta};
use crate::finding::Finding;
use crate::text::terms::TermMatch;
use crate::words::Token;

declare_rule! {
    /// ### What it does
    /// Flags signs that a post uses others' works or pictures of people
    /// without permission: newspaper articles pasted whole, anime and
    /// game characters on posters and letters, songs put into published
    /// videos, broadcasts recorded and passed on, pupils' works used
    /// without telling them, reposting or borrowing without asking
    /// (`勝手にお借りしました`, `ネットで見つけた画像を拝借`, `全文そのまま
    /// 転載`), scanning a whole book to hand out, screenshots of television
    /// programmes, images of unknown origin (`Found this pic on Google
    /// Images`), and photos or videos of people posted without their or
    /// their parents' consent (`許可をもらっていません`, `確認せずに載せ`),
    /// a use told with the permission it needs not got, skipped or put off,
    /// in any inflection (`許可は取っていませんが使わせてもらっています`,
    /// `掲載の確認はしておりませんが`, `保護者の方への確認は省略しております`,
    /// `許可？あとで取るわ`, `同意書はまだ半分しか戻ってきていませんが`),
    /// someone's messages shown as a screenshot (`the LINE my JTE sent`), a
    /// talk transcribed and put up whole (`文字起こしして全文載せます`).
    /// Notices, lessons and rules stated are not flagged: `無断転載はご遠慮ください`,
    /// `写真を勝手に上げない`, `never with full names`, a
    /// lecture on portrait rights, an example listed under a lesson's heading
    /// (`【情報モラル】事例紹介 ・写真を勝手にアイコンにされた`), `保護者の同意をいただいた写真です`, an
    /// official source cited as 出典.
    ///
    /// ### Why it matters
    /// Guideline 4(3) asks staff to respect others' privacy and portrait
    /// rights and 4(7) forbids posts that infringe copyright. A school that
    /// posts a child's photo without consent, or someone else's work,
    /// infringes rights it teaches its students to respect.
    ///
    /// ### Examples
    /// Flagged: `このイラスト、フリー素材かわからないけど拝借しました`,
    /// `遠足の写真です。まだ保護者の許可を取っていませんが載せます`,
    /// `I posted the photo without asking the kids' parents`.
    /// Not flagged: `写真の無断転載はご遠慮ください`,
    /// `掲載している写真は、保護者の同意をいただいたものです`,
    /// `著作権について学ぶ授業を行いました`.
    Rights {
        id: "rights",
        clause: "4(3), 4(7)",
        severity: Warning,
        title: "権利侵害のおそれ",
        title_en: "Rights infringement",
        docs: "### 何を検出するか\n他人の著作物や人の写った写真を許可なく使っている兆候を検出します。新聞記事の全文転載、アニメやゲームのキャラクターを使ったポスターやおたより、公開する動画に入れた市販の曲、録画した番組の配布、本人に伝えずに使った児童生徒の作品、「勝手にお借りしました」「ネットで見つけた画像を拝借」「全文そのまま転載」などの無断利用、市販の本の丸ごとスキャン、テレビ番組のスクリーンショット、出所の分からない画像、本人や保護者の同意なく載せた写真・動画（「許可をもらっていません」「確認せずに載せ」）、必要な許可や確認を取っていない・省いた・後回しにしたと言いながらの利用（「許可は取っていませんが使わせてもらっています」「掲載の確認はしておりませんが」「保護者の方への確認は省略しております」「許可？あとで取るわ」「同意書はまだ半分しか戻ってきていませんが」）、他人のメッセージのスクリーンショット、講演を文字起こしした全文の掲載です。「無断転載はご遠慮ください」などのお知らせ、「写真を勝手に上げない」のような決まりの説明、肖像権についての講演の報告、授業の見出しの下に箇条書きで挙げた事例、「保護者の同意をいただいた写真です」、出典を示した公的資料の引用は対象外です。\n\n### なぜ問題か\nガイドライン4(3)は他人のプライバシーや肖像権への配慮を、4(7)は著作権などを侵害する投稿の禁止を定めています。学校が同意のない子どもの写真や他人の作品を投稿すれば、児童生徒に教えている権利そのものを侵害することになります。\n\n### 例\n検出する：「このイラスト、フリー素材かわからないけど拝借しました」「遠足の写真です。まだ保護者の許可を取っていませんが載せます」\n検出しない：「写真の無断転載はご遠慮ください」「掲載している写真は、保護者の同意をいただいたものです」「著作権について学ぶ授業を行いました」\n",
    }
}

impl Rule for Rights {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, cx: &Context, out: &mut Vec<Finding>) {
        let mut hits = context::cued_terms(cx, &lists::RIGHTS);
        // A use listed as an example under a lesson's heading (`【情報モラル】
        // 事例紹介 ・他の人の写真を勝手にアイコンにされた`) is taught, not done;
        // the writer's own polite sentence in a training's report is still
        // their act (`研修会の資料、全ページをスキャンして掲載いたします`).
        let view = &cx.text.compact;
        let taught = |r: &Range<usize>| cx.mentions().in_lesson(r) && context::is_list_item(view, r);
        hits.retain(|h| !rule_against(cx, &h.range) && !taught(&h.range));
        // Said without the list's words: a work put up behind its owner's
        // back or copied whole, someone's messages shown. Each counts where the list found
        // nothing near.
        // Each starts from its anchor words ([`Context::anchors`]):
        // searching for each of the 24 in turn was 44 k instructions of a
        // 280-character check (callgrind, 2026-11-30).
        let more: Vec<_> = untold_uses(cx)
            .into_iter()
            .chain(whole_copies(cx))
            .map(|r| (r, "copy"))
            .chain(uses_without_consent(cx))
            .chain(chats_shown(cx).into_iter().chain(english_chats_shown(cx)).map(|r| (r, "chat")))
            .collect();
        for (range, tag) in more {
            let near = context::neighbourhood(view, &range);
            if !hits.iter().any(|h| h.range.start < near.end && near.start < h.range.end) {
                hits.push(TermMatch { range, tag });
            }
        }
        hits.sort_by_key(|h| h.range.start);
        // Asked only when something was found: most posts use no work.
        let consents = if hits.is_empty() { Vec::new() } else { consent::statements(cx) };
        for hit in hits {
            if consent::given_for(cx, &consents, &hit.range) || is_english_rule_stated(view, &hit.range) {
                continue;
            }
            let (message, message_en) = match hit.tag {
                "portrait" => (
                    "写っている人（児童生徒や保護者など）の同意を得ずに掲載しているおそれがあります。肖像権・プライバシーのため、同意を確認してから投稿してください。",
                    "People may be shown without their (or their parents') consent. Confirm consent before posting, for their portrait rights and privacy.",
                ),
                "broadcast" => (
                    "テレビ番組などの画面の転載は、著作権を侵害するおそれがあります。放送局の公式の投稿やページを紹介してください。",
                    "Reposting a broadcast's screen may infringe copyright. Share the broadcaster's own post or page instead.",
                ),
                "chat" => (
                    "他の人から届いたメッセージやグループのやりとりを、本人の同意なく公開しているおそれがあります。プライバシーや著作権のため、載せないでください。",
                    "This may show someone's messages or a group chat without their consent. Leave them out, for their privacy and rights.",
                ),
                _ => (
                    "他人の著作物を許可なく使っているおそれがあります。権利者の許可を得るか、自作や利用が許された素材に差し替え、出典を示してください。",
                    "This may use someone else's work without permission. Get the owner's permission or use your own or licensed material, and cite the source.",
                ),
            };
            out.push(Self::META.finding(cx.text.compact.original_range(hit.range), message, message_en));
        }
    }
}

/// Adverbs of doing without asking (`勝手に`, `無断で`), as the compact
/// view writes them.
const UNASKED: &[&str] = &["勝手に", "無断で"];

/// Whether the hit at `range` is an adverb of doing without asking
/// ([`UNASKED`]), alone or with its verb, whose verb is negated (`写真を勝手に上げない、悪口を書かない`,
/// `無断でアップしないこと`): a rule of a club's or a class's, not a use.
fn rule_against(cx: &Context, range: &Range<usize>) -> bool {
    let view = cx.text.compact.as_str();
    let hit = &view[range.clone()];
    let Some(adverb) = UNASKED.iter().find(|w| hit.starts_with(*w)) else { return false };
    let under = context::words_under(cx.text, range);
    let mut after = under.after().take(6);
    // The verb: in the hit after the adverb (`無断でアップ` + `しない`), or
    // the first after it (`上げ`, or the `し` of `アップしない`).
    if hit.len() == adverb.len() && after.by_ref().find(|t| t.pos() == "動詞").is_none() {
        return false;
    }
    context::inflection(after).take(4).any(context::negates)
}

/// Who a work or a picture is someone else's: the person it is of or by,
/// and those who answer for a pupil shown (`学校には聞いておりませんが`).
pub(super) const OWNERS: &[&str] = &["本人", "作者", "講師", "描いた子", "書いた子", "撮った人", "持ち主", "送り主", "保護者", "学校", "家庭", "家族"];
/// The owners of [`OWNERS`] who answer for a pupil rather than made the
/// work: kept from a picture or a pupil's work only.
const GUARDIANS: &[&str] = &["保護者", "学校", "家庭", "家族"];
/// What pupils make (compact view), kept from those who answer for them.
const PUPILS_WORKS: &[&str] = &["作文", "作品", "絵"];
/// Verbs of asking or telling the owner (`本人にはまだ言ってない`,
/// `作者に聞かずに`, Kansai `言うてへん`).
const TELLING: &[&str] = &["言う", "伝える", "話す", "聞く", "訊く", "断る", "確認", "知らせる", "許可", "相談", "連絡", "了承", "報告"];
/// Nouns that say the owner was kept out (`本人にはまだ内緒`,
/// `講師の方には事後報告`).
const KEPT_FROM: &[&str] = &["内緒", "ないしょ", "秘密", "事後報告", "無断"];
/// Verbs of putting a work where others see it.
const PUTTING_UP: &[&str] = &[
    "載せる", "のせる", "貼る", "上げる", "アップ", "紹介", "公開", "共有", "掲載", "披露", "お披露目", "晒す", "さらす", "流す", "回す", "投稿", "転載", "連載", "使う", "置く", "シェア", "配信", "配る", "掲示",
];

/// A work or a picture put up while its owner was not asked or told:
/// the owner (`本人`, `作者`), `に(は)`, and a telling verb negated or a word
/// of keeping it from them, with a verb of putting up in the sentence or
/// the ones next to it (`生徒の漫画、全部上げるわ。本人には言うてへん`). A
/// surprise kept from someone (`ご本人にはまだ内緒です`) puts nothing up.
fn untold_uses(cx: &Context) -> Vec<Range<usize>> {
    let text = cx.text;
    let view = &text.compact;
    let mentions = cx.mentions();
    let mut found = Vec::new();
    for owner in OWNERS {
        for at in cx.anchors().find(owner) {
            let range = at..at + owner.len();
            let under = context::words_under(text, &range);
            let Some(end) = kept_from_owner(under.after()) else { continue };
            let end = text.compact_of_folded(end..end).end;
            let span = range.start..end.max(range.end);
            if mentions.is_mention(&span) {
                continue;
            }
            // Those who answer for a pupil are kept from a picture or a
            // pupil's work (`保護者に確認しないまま…動画`), not from money or a
            // password (`保護者には言ってない` after `積立金、…回しといた`).
            let near = context::neighbourhood(view, &span);
            if GUARDIANS.contains(owner) && !PICTURES.iter().chain(PUPILS_WORKS).any(|w| view.as_str()[near.clone()].contains(w)) {
                continue;
            }
            // The finding runs from the owner to the putting up, or back:
            // the work is in the sentence that puts it up.
            if let Some(put) = put_up(cx, &near) {
                found.push(span.start.min(put.start)..span.end.max(put.end));
            }
        }
    }
    found.sort_by_key(|r| r.start);
    found
}

/// A work or a picture put up while the permission it needs was not got
/// or is put off ([`consent::withheld`]: `許可は取っていませんが使わせて
/// もらっています`, `掲載の確認はしておりませんが`, `保護者の方への確認は省略
/// しております`, `許可？あとで取るわ`): with a verb of putting it up, not
/// negated, in its sentence or the ones next to it. Without one the post
/// puts nothing up (`確認が取れていない写真は載せません`), and a lesson or
/// warning mentions it.
fn uses_without_consent(cx: &Context) -> Vec<(Range<usize>, &'static str)> {
    let view = &cx.text.compact;
    let mentions = cx.mentions();
    let mut found = Vec::new();
    for withheld in consent::withheld(cx) {
        // In a training's or a lesson's report the writer's own polite
        // `掲載の確認はしておりませんが` is still their act; only an example
        // listed under a lesson's heading is not.
        if mentions.is_mention(&withheld) || (mentions.in_lesson(&withheld) && context::is_list_item(view, &withheld)) {
            continue;
        }
        let near = context::neighbourhood(view, &withheld);
        if let Some(put) = put_up_done(cx, &near) {
            let shows_people = PICTURES.iter().any(|w| view.as_str()[near.clone()].contains(w));
            found.push((withheld.start.min(put.start)..withheld.end.max(put.end), if shows_people { "portrait" } else { "copy" }));
        }
    }
    found
}

/// Words of pictures of people (compact view): consent not got for what
/// they show is the people's.
const PICTURES: &[&str] = &["写真", "動画", "顔", "写っ", "写る", "撮", "映像", "video", "photo"];

/// The first verb of putting a work up in `range` (compact view) that is
/// not negated, if any.
fn put_up_done(cx: &Context, range: &Range<usize>) -> Option<Range<usize>> {
    let text = cx.text;
    let under = context::words_under(text, range);
    let tokens = under.tokens;
    let i = tokens.iter().enumerate().position(|(i, t)| {
        PUTTING_UP.contains(&t.lemma().as_ref())
            && (t.pos() != "動詞" || t.subclass() == "自立")
            && !context::inflection(tokens[i + 1..].iter().copied()).take(6).any(context::negates)
    })?;
    Some(text.compact_of_token(tokens[i]))
}

/// Where the words after an owner end (folded view) if they keep the work
/// from them: `に`/`へ` (with `は`, `も`), a few adverbs (`まだ`, `何も`),
/// and a telling verb negated (`言ってない`, `聞かずに`, `言うてへん`) or a
/// word of keeping (`内緒`, `事後報告`).
fn kept_from_owner<'w>(mut after: impl Iterator<Item = &'w Token>) -> Option<usize> {
    let mut next = after.next()?;
    // `本人たちには`
    if next.pos() == "名詞" && next.subclass() == "接尾" && matches!(next.surface(), "たち" | "達" | "ら") {
        next = after.next()?;
    }
    // `講師の方には`, `ご本人には`
    if next.surface() == "の" {
        after.next().filter(|t| matches!(t.surface(), "方" | "先生" | "子"))?;
        next = after.next()?;
    }
    if !(next.pos() == "助詞" && matches!(next.surface(), "に" | "へ")) {
        return None;
    }
    next = after.next()?;
    for _ in 0..3 {
        if matches!(next.pos(), "助詞" | "副詞") || matches!(next.surface(), "何" | "一言" | "特に") {
            next = after.next()?;
        } else {
            break;
        }
    }
    let lemma = next.lemma();
    if KEPT_FROM.contains(&lemma.as_ref()) {
        return Some(next.range.end);
    }
    if !TELLING.contains(&lemma.as_ref()) {
        return None;
    }
    // The verb's inflection: a negation (`ない`, `ず`, Kansai `へん`).
    context::inflection(after).take(6).find(|t| context::negates(t) || matches!(t.surface(), "へん" | "ひん" | "ねえ" | "ねー")).map(|t| t.range.end)
}

/// The first verb of putting a work up in `range` (compact view), if any.
fn put_up(cx: &Context, range: &Range<usize>) -> Option<Range<usize>> {
    let text = cx.text;
    let under = context::words_under(text, range);
    let verb = under.tokens.iter().find(|t| PUTTING_UP.contains(&t.lemma().as_ref()) && (t.pos() != "動詞" || t.subclass() == "自立"))?;
    Some(text.compact_of_token(verb))
}

/// Words for the whole of a work, or a part counted out of it, as the
/// compact view writes them.
pub(super) const WHOLE: &[&str] = &["全文", "全部", "全ページ", "全頁", "丸ごと", "まるごと", "一冊", "1冊", "章だけ", "話だけ"];
/// Verbs that reproduce a text by hand or by machine: a post does not
/// type out or scan what its school wrote (`全文を掲載` is how the Board
/// publishes its own plans).
const REPRODUCING: &[&str] = &["打ち込む", "書き写す", "写す", "書き起こす", "スキャン"];
/// Words of a talk or a text turned into writing (compact view): what is
/// then put up whole is someone's work copied (`録音を文字起こしして全文を
/// 載せます`).
const TRANSCRIBED: &[&str] = &["文字起こし", "書き起こし", "文字おこし"];

/// A work reproduced whole: a word of the whole (`全文`, `全ページを`, `第1
/// 章だけ`) and, within a few words, a verb that types, copies or scans it,
/// not negated.
fn whole_copies(cx: &Context) -> Vec<Range<usize>> {
    let text = cx.text;
    let view = &text.compact;
    let s = view.as_str();
    let mentions = cx.mentions();
    let mut found: Vec<Range<usize>> = Vec::new();
    for whole in WHOLE {
        for at in cx.anchors().find(whole) {
            let range = at..at + whole.len();
            let under = context::words_under(text, &range);
            let mut after = under.after();
            // Typed out or scanned after the word (`全文打ち込んで`), or
            // transcribed before it and put up after (`文字起こしして全文ここに
            // 載せます`).
            let sentence = view.sentence(&range);
            let transcribed = TRANSCRIBED.iter().any(|w| s[sentence.start..range.start].contains(w));
            let doing = |t: &&Token| REPRODUCING.contains(&t.lemma().as_ref()) || (transcribed && PUTTING_UP.contains(&t.lemma().as_ref()));
            let Some(verb) = after.by_ref().take(3).find(doing) else { continue };
            if context::inflection(after).take(6).any(context::negates) {
                continue;
            }
            let end = text.compact_of_token(verb).end;
            let span = range.start..end;
            // Transcribed and put up is the writer's own act, even in a
            // training's report (`研修で当事者の方が話した体験、文字起こしして
            // 全文載せます`), unless the sentence says it is not done here.
            let reported = if transcribed && !REPRODUCING.contains(&verb.lemma().as_ref()) {
                NOT_DONE_HERE.iter().any(|w| s[sentence.clone()].contains(w))
            } else {
                mentions.is_mention(&span) || mentions.in_lesson(&span)
            };
            if !reported && found.iter().all(|f| f.end <= span.start || span.end <= f.start) {
                found.push(span);
            }
        }
    }
    found.sort_by_key(|r| r.start);
    found
}

/// Chats and messages others wrote (`グループLINE`, `教頭から来たメール`), as
/// the compact view writes them (lower case, katakana as hiragana).
const CHATS: &[&str] = &["line", "らいん", "ちゃっと", "とーく", "dm", "めっせーじ", "めーる"];
/// Showing them: a screenshot, exposing.
pub(super) const SHOWING: &[&str] = &["すくしょ", "すくりーんしょっと", "晒", "さらし", "さらす", "(画像)"];
/// Words that make a sentence about the act, not the act: someone else
/// did it, or what it is (`スクショして回した先生がいる`, `…送ることは`).
const NOT_DONE_HERE: &[&str] = &["ことは", "のは", "こと", "先生がいる", "人がいる", "人いる", "らしい", "ないで", "ましょう", "ください", "だめ", "禁止", "注意", "授業", "学び", "考え"];

/// Someone's messages shown: a chat or a message and a screenshot of it,
/// or exposing it, in one sentence, said as the writer's own act.
fn chats_shown(cx: &Context) -> Vec<Range<usize>> {
    let view = &cx.text.compact;
    let s = view.as_str();
    let mentions = cx.mentions();
    let mut found = Vec::new();
    for showing in SHOWING {
        for at in cx.anchors().find(showing) {
            let range = at..at + showing.len();
            let sentence = view.sentence(&range);
            let Some(chat) = CHATS.iter().filter_map(|c| s[sentence.clone()].find(c).map(|i| sentence.start + i)).min() else { continue };
            let span = chat.min(range.start)..range.end.max(chat);
            let rest = &s[range.end..sentence.end];
            if mentions.is_mention(&span) || mentions.in_lesson(&span) || NOT_DONE_HERE.iter().any(|w| rest.contains(w)) {
                continue;
            }
            if found.last().is_none_or(|last: &Range<usize>| last.end <= span.start) {
                found.push(span);
            }
        }
    }
    found.sort_by_key(|r| r.start);
    found
}

/// How an English prohibition opens its clause (`no photos of other
/// people's kids without asking`, `never post a pupil's work without
/// permission`).
const EN_PROHIBITIONS: &[&str] = &["no ", "never ", "don't ", "do not ", "please don't ", "please do not ", "not "];

/// Whether an English finding at `range` (`without asking`, `full names`)
/// lies in a rule stated, not an act told: its clause (from the sentence's
/// start or the last comma, colon or semicolon, past an `and`) opens with a
/// prohibition (`…, and never with full names`); `never asked anyone`
/// tells an act.
fn is_english_rule_stated(view: &crate::text::View, range: &Range<usize>) -> bool {
    let s = view.as_str();
    if !s[range.clone()].starts_with(|c: char| c.is_ascii_alphabetic()) {
        return false;
    }
    let sentence = view.sentence(range);
    let before = &s[sentence.start..range.start];
    let clause = before.rfind([',', ':', ';']).map_or(before, |at| &before[at + 1..]).trim_start();
    // The last of a list of rules (`…, and no photos of…`).
    let clause = ["and ", "or ", "but ", "also "].iter().find_map(|c| clause.strip_prefix(c)).unwrap_or(clause);
    // `never asked anyone` tells an act left undone, not a rule.
    let told = clause.strip_prefix("never ").and_then(|rest| rest.split(' ').next()).is_some_and(|w| w.ends_with("ed") || w == "got");
    // A bare `no` before another finding describes (`no watermark`); before
    // `without asking` it forbids.
    let bare = |p: &&&str| matches!(**p, "no " | "not ") && !s[range.clone()].starts_with("without");
    EN_PROHIBITIONS.iter().filter(|p| !bare(p)).any(|p| clause.starts_with(p)) && !told
}

/// English words for a message or a chat someone sends (`LINE`, `text`).
const EN_CHATS: &[&str] = &["line", "text", "texts", "message", "messages", "email", "emails", "dm", "dms", "chat", "chats", "msg", "whatsapp"];
/// English words that make a screenshot advice or evidence kept, not a
/// message shown (`screenshot it and tell a teacher`, `don't screenshot`).
const EN_NOT_SHOWN: &[&str] = &["don't", "dont", "do not", "never", "if ", "tell ", "report", "evidence", "keep ", "save ", "ask ", "permission", "without their"];

/// Someone's message shown in English: a screenshot (`screenshot`,
/// `[screenshot]`) in the sentence of a chat word that is someone else's:
/// after a possessive (`host mom's text`, `her message`) or sent by them
/// (`the LINE my JTE sent`, `a message from the head`). A screenshot of an
/// error message or one's own, and advice to keep one, show nobody's words.
fn english_chats_shown(cx: &Context) -> Vec<Range<usize>> {
    let view = &cx.text.compact;
    let s = view.as_str();
    if !s.contains("screenshot") {
        return Vec::new();
    }
    let mentions = cx.mentions();
    let mut found = Vec::new();
    for (at, _) in s.match_indices("screenshot") {
        let range = at..at + "screenshot".len();
        let sentence = view.sentence(&range);
        if found.last().is_some_and(|last: &Range<usize>| sentence.start < last.end) {
            continue;
        }
        let text = &s[sentence.clone()];
        if text.trim_end().ends_with('?') || EN_NOT_SHOWN.iter().any(|w| text.contains(w)) {
            continue;
        }
        let words: Vec<(usize, &str)> = crate::text::byte_runs(text, |b| b.is_ascii_alphanumeric() || b == b'\'').map(|r| (sentence.start + r.start, &text[r])).collect();
        let owned = words.iter().enumerate().find(|(i, (_, w))| {
            EN_CHATS.contains(w)
                && (i.checked_sub(1).is_some_and(|p| {
                    let owner = words[p].1;
                    (owner.ends_with("'s") && owner != "it's" && owner != "that's") || matches!(owner, "his" | "her" | "their")
                }) || words[i + 1..].iter().take(4).any(|(_, w)| matches!(*w, "sent" | "from" | "wrote")))
        });
        let Some((_, &(chat, word))) = owned else { continue };
        let span = chat.min(range.start)..range.end.max(chat + word.len());
        if !mentions.is_mention(&span) && !mentions.in_lesson(&span) {
            found.push(span);
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::assert_rule;

    #[test]
    fn works_used_without_permission_are_flagged() {
        assert_rule(
            "rights",
            &[
                ("このイラスト、フリー素材かわからないけど拝借しました", &["拝借"]),
                ("ネットで拾った桜の写真です🌸", &["ネットで拾った"]),
                ("ｲﾝｽﾀにあった写真、勝手にお借りしました", &["勝手にお借り"]),
                ("今日の新聞のコラムを全文転載します", &["新聞", "全文転載"]),
                ("ワークを一冊まるごとスキャンして、クラス全員に送りました", &["スキャン"]),
                ("Found this picture online, not sure whose it is", &["Found this picture"]),
                ("隣町の学校のホームページにあった図を、そのまま使いました", &["そのまま使"]),
                ("Grabbed this cartoon from Pinterest for the poster.", &["Grabbed"]),
                ("I copied the whole workbook and sent it to my class.", &["copied"]),
                ("この問題集、全ページコピーしてクラスに配りました", &["ページコピー"]),
                ("学級通信のイラスト、ネットで見つけたやつです", &["ネットで見つけ"]),
                ("ポスターの写真は画像検索で出てきたのを勝手に使いました", &["検索で出てきたのを勝手に使"]),
            ],
            &[
                "本アカウントの写真・動画の無断転載はご遠慮ください。",
                "著作権について学ぶ授業を行い、引用のルールを確認しました。",
                "出典：文部科学省「学校基本調査」",
                "提出されたプリントをスキャンしてデータで保存しています。",
                "著作権フリーの写真素材集を、図書室に入れました。",
                "教科書の例文を、そのまま使って練習しました。",
                "図書館の検索で見つけた本を、授業で紹介しました。",
                "体育館のボールは勝手に使わず、係の先生に声をかけてください。",
            ],
        );
    }

    #[test]
    fn pictures_taken_behind_someones_back_or_against_their_word_are_flagged() {
        assert_rule(
            "rights",
            &[
                ("遠足のバスで寝ている子の写真、こっそり撮っちゃった", &["こっそり撮"]),
                ("隠し撮りした同僚の動画、学年のグループに流しました", &["隠し撮"]),
                ("運動会で転んだ子の泣き顔、本人はNGって言ってたけど載せちゃう", &["本人はNG"]),
                ("Sneaky pic of my student asleep on the bus 😴", &["Sneaky pic"]),
                ("Took this photo of the kids at recess, their parents don't know lol", &["parents don't know"]),
                ("Class photos are up on my Insta! Didn't get to ask everyone yet.", &["Didn't get to ask"]),
            ],
            &[
                "こっそり練習していた合唱、本番で大成功でした。写真は学級通信でお知らせします。",
                "隠し味はりんごです。給食の写真をどうぞ。",
                "本人は知らないうちに疲れがたまっています。早めに寝ましょう。",
                "Our sneaky reindeer visited the classroom today!",
                "盗撮やこっそり撮ることは犯罪です。写真の扱いについて学びました。",
                "Parents, don't know where to find the photo order form? It's on the school website.",
            ],
        );
    }

    #[test]
    fn broadcast_screenshots_are_flagged() {
        assert_rule(
            "rights",
            &[("昨夜の番組で本校の合唱部が映りました！スクショを貼ります", &["スクショ"])],
            &["タブレットのスクリーンショットの撮り方を練習しました。", "地元テレビ局の取材を受けました。放送は来週です。"],
        );
    }

    #[test]
    fn people_shown_without_consent_are_flagged() {
        assert_rule(
            "rights",
            &[
                ("遠足の写真です。まだ保護者の許可を取っていませんが載せます", &["許可を取っていません"]),
                ("I posted the video of the relay without asking the kids' parents.", &["without asking"]),
                ("合唱コンの動画あげたよ～。写ってる子の親に許可もらってないけど", &["許可もらってない"]),
                ("集合写真、同意とってないけどまあいっか", &["同意とってない"]),
            ],
            &[
                "掲載している写真は、保護者の同意をいただいたものです。",
                "お子さんの写真を勝手に載せないでください。",
                "友だちの写真を許可なく載せると、肖像権の侵害になることを学びました。",
                "写真の提出期限を確認せずに帰ってしまった人は、担任まで。",
                "ホームページの写真は、すべて保護者の許可をとってから載せています。",
            ],
        );
    }

    #[test]
    fn posts_that_keep_to_consent_are_careful_not_careless() {
        assert_rule(
            "rights",
            &[
                ("掲載NGの子もいるけど、運動会の写真そのまま載せちゃった", &["掲載NGの子もいるけど、運動会の写真そのまま載せ"]),
                ("顔出しNGって言われてたけど、かわいいから写真アップ", &["顔出しNG"]),
                ("顔出しNGの子がいるのに配慮していない写真を載せた", &["顔出しNG"]),
            ],
            &[
                "顔出しNGのご家庭があるため、集合写真はホームページに載せていません。",
                "掲載NGの児童の顔は、スタンプで隠してから公開しています。",
                "写真に写りたくない生徒には配慮して撮影しています。",
                "合唱祭の動画は著作権処理をした音源を使いました。動画は校内だけで見ます。",
            ],
        );
    }

    #[test]
    fn permission_given_or_a_use_the_law_allows_is_careful() {
        assert_rule(
            "rights",
            &[
                // permission not given, or asked and not yet answered
                ("保護者の許可を得ていないけど、運動会の写真をアップしました", &["許可を得ていない"]),
                ("同意を得ていませんが、子どもたちの顔写真を載せます", &["同意を得ていません"]),
                ("We used a Studio Ghibli character on the festival poster.", &["Ghibli"]),
            ],
            &[
                "新聞記事を学級通信に載せました（新聞社の許諾済み）。",
                "アニメのキャラクターをポスターに使いました。制作会社の許可を得ました。",
                "卒業式の動画、BGMは作曲者のご快諾をいただきました。",
                "NHKの番組を録画して授業で見せました（著作権法35条の範囲で）。",
                "新聞のコピーを授業で配りました（著作権法第35条）。",
                "We used a Studio Ghibli character on the festival poster, with permission from the studio.",
                "Pop song as BGM for the sports day video, with permission from the label.",
            ],
        );
    }

    #[test]
    fn permission_is_a_noun_with_a_verb_of_receiving_it_in_any_inflection() {
        assert_rule(
            "rights",
            &[
                // the same words negated are the violation
                ("作者の了承は得ていないけど、かわいいイラストを拝借しました", &["拝借"]),
                ("許可を得ずに、新聞の記事を全文転載しました", &["新聞の記事", "全文転載"]),
                ("学年だよりの表紙にドラえもんを描いてみました。使用許可はもらえてないです", &["ドラえもん"]),
                // asked for, not given
                ("許可がもらえたら、ミッフィーをポスターに使おうかな", &["ミッフィー"]),
                ("I didn't get permission, but I used the Ghibli character on the poster.", &["Ghibli"]),
                // consent to one photo says nothing of a work copied in another paragraph
                ("運動会の写真は保護者の同意をいただいています。\n\nところで、今朝の新聞のコラムを全文転載します。\n\n感想ください。", &["新聞", "全文転載"]),
            ],
            &[
                "学校だよりの表紙にミッフィーを使いました。出版社から使用許可が出ています。",
                "作者さんに了承もらってます！素敵なイラストを拝借しました",
                "新聞のコラムを学級通信に載せました。新聞社の承諾を受けて転載しています。",
                "全員の保護者にOKもらったので、運動会の写真そのまま載せます",
                "We used a pop song as background music with the label's permission; we got permission in writing.",
            ],
        );
    }

    #[test]
    fn works_fetched_from_where_others_publish_them() {
        assert_rule(
            "rights",
            &[
                ("写真家の風景写真、画像検索で持ってきて学校だよりの表紙にしました", &["持ってきて"]),
                ("他校のホームページから校舎の写真を取ってきた。うちのパンフに使うね", &["取ってきた"]),
                ("YouTuberの実験動画を切り抜いて、授業のスライドに入れた", &["切り抜いて"]),
                ("Found a lovely sunset on someone's Flickr, using it as the newsletter header.", &["using it as"]),
                ("同僚の寝顔、本人に言わずにスタンプにしたｗ", &["本人に言わずに"]),
            ],
            &[
                "学校だよりの表紙は、写真部の生徒が撮った写真を使いました。",
                "給食の食材は、地元の農家さんから持ってきていただいています。",
                "他校の先生方と、授業づくりの研修を行いました。",
                // said as not done
                "YouTuberの動画は公式チャンネルを埋め込みで見ています。再アップはしません。",
                "上映権付きのDVDをお借りしたので、著作権的にも安心です。",
                "The photographer's talk was part of our careers day.",
            ],
        );
    }

    #[test]
    fn articles_characters_songs_and_pupils_works_are_flagged() {
        assert_rule(
            "rights",
            &[
                ("けさの新聞の記事、全文ここに貼っておきます", &["新聞の記事"]),
                ("ドラえもんを学年だよりの表紙に描いてみました", &["ドラえもん"]),
                ("卒業ムービーの音楽は人気バンドの新曲、YouTubeで公開中", &["の音楽は人気バンドの新曲"]),
                ("生徒の作文をブログで紹介しました。本人には言ってないけど", &["本人には言ってない"]),
                ("ドラマを録画したものを、テレビ好きの子に配りました", &["録画"]),
                ("「ドラえもん」の絵を学級通信のカットに使いました", &["ドラえもん」"]),
            ],
            &[
                "北海道新聞に本校の記事が掲載されました。",
                "ポケモンの話題で、休み時間は大盛り上がりでした。",
                "「ドラえもん」の映画を見た感想を、作文に書きました。",
                "動画のBGMは、商用利用可能な音源から選んでいます。",
                "家庭学習用のプリントは、自由にダウンロードしてください。",
                "他の人の作品をそのまま使うことは盗作にあたり、失格となります。",
                "A reminder: posting photos of classmates without permission is not okay.",
                // the writer's own song is theirs to put up
                "自作の合唱曲を部員に歌ってもらった。自分の曲なので、動画もアップします。",
            ],
        );
    }

    #[test]
    fn english_works_and_faces_taken_without_permission() {
        assert_rule(
            "rights",
            &[
                ("Posted the sports day video with a pop song as background music on YouTube.", &["pop song as background music"]),
                ("Posted photos of the kids even though two families haven't signed the consent form.", &["haven't signed"]),
            ],
            &[
                "Our school was featured in a newspaper article!",
                "Forms can be downloaded from the website.",
                "We used royalty-free music with a pop song feel for the graduation video.",
            ],
        );
    }

    #[test]
    fn english_leave_taken_for_granted_in_more_voices() {
        assert_rule(
            "rights",
            &[
                ("Posted a photo of a Grade 2 boy asleep on the beanbags, hope his mum doesn't mind!", &["doesn't mind"]),
                ("Nicked a load of photos off a photographer's Instagram for our booklet.", &["Nicked"]),
            ],
            &[
                "Our photos from the ski lesson are up; every family signed the consent form.",
                "If the weather doesn't mind, we'll hold sports day outside!",
            ],
        );
    }

    #[test]
    fn classes_of_works_and_acts_generalise() {
        assert_rule(
            "rights",
            &[
                ("学校祭のポスターにミッフィーを描いてみました", &["ミッフィー"]),
                ("体育祭の動画、BGMはYOASOBIの曲にしてインスタにアップ", &["BGMはYOASOBIの曲"]),
                ("昨日の北海道新聞の記事、PDFにして保護者にメール", &["新聞の記事"]),
                ("保護者とのトーク画面、スクショして職員で共有", &["スクショ"]),
                ("生徒の作文、名前を変えて自分の研究発表に流用しました", &["名前を変えて自分の研究発表に流用"]),
                ("運動会の写真、モザイクなしで全員の顔そのまま載せました", &["モザイクなしで全員の顔そのまま載せ"]),
                // material used in a training or a lesson is used, not taught about
                ("新聞のコラムを丸ごとコピーして、研修で使いました", &["新聞", "コピーして"]),
                ("学習プリントの表紙にピカチュウを使いました", &["ピカチュウ"]),
                // a video taken from someone's channel to be reused
                ("他校の先生がYouTubeに上げてた授業動画、ダウンロードして使ってます", &["ダウンロードして"]),
                ("保護者の投稿をスクショして、職員のグループで回しました", &["スクショ"]),
                ("いじめ防止ポスターにドラえもんを大きく描きました", &["ドラえもん"]),
                ("生徒の作文、本人の許可なく学校のブログに載せました", &["許可なく"]),
                ("今朝の紙面、写真に撮って学級通信に貼りました", &["紙面"]),
                ("学年の先生たちで踊ってみた動画、TikTokにアップしました", &["踊ってみた"]),
                ("フリー素材じゃないけど、かわいいイラストだったのでお便りに使いました", &["フリー素材じゃない"]),
                ("Here's the full article from today's paper, copied below for everyone.", &["article"]),
            ],
            &[
                "学級新聞を作って廊下に掲示しました。",
                "生徒会新聞の12月号ができました。全校に配布しています。",
                "保健委員が作った保健新聞を印刷して配りました。",
                "新聞社の取材を受けました。記事は来週の朝刊に載る予定です。",
                "著作権フリーの音源を使ってスライドショーを作りました。",
                "写真に写っている児童は、全員保護者の同意をいただいています。",
                "著作権の研修で、新聞記事を丸ごとコピーしてはいけないと学びました。",
                "学校だよりは、ホームページからダウンロードしてご覧ください。",
                "いじめ防止ポスターを、児童が自分で考えたキャラクターで描きました。",
                "本校の取り組みを、北海道新聞に載せていただきました。",
                "フリー素材のイラストを使って、学年だよりを作りました。",
                "Our students wrote an article for the town newsletter.",
                "Read the full article on the paper's website.",
                "申し込みが終わったら、完了画面をスクショして保存してください。",
            ],
        );
    }

    #[test]
    fn works_put_online_or_handed_out_without_asking_are_flagged() {
        assert_rule(
            "rights",
            &[
                ("入学式のスナップ、保護者の許可を取らずにインスタに載せちゃった", &["許可を取らずに"]),
                ("ほかの学校の学年通信、よくできてたので無断で配りました", &["無断で配"]),
                ("漫画の最新話、1話丸ごとスクショしてクラスLINEに流した", &["1話丸ごとスクショ"]),
                ("I typed out the full lyrics of the song for the class blog.", &["full lyrics"]),
                ("学年通信の挿絵、キャラクターをトレースして描いた", &["キャラクターをトレース"]),
            ],
            &[
                "勝手にアップしないでください。",
                "研修報告：炎上事例（生徒の写真を無断で掲載したケース）を学びました。",
                "We use this account to share news, and every article is approved by the principal.",
            ],
        );
    }

    #[test]
    fn a_work_put_up_behind_its_owners_back_is_flagged() {
        assert_rule(
            "rights",
            &[
                ("書道部の子の作品、出来がいいので学校のページに載せました。本人にはまだ伝えていません", &["載せました。本人にはまだ伝えていません"]),
                ("教え子の詩、ここで紹介したるわ。本人には何も言うてへんけど", &["紹介したるわ。本人には何も言うてへん"]),
            ],
            &[
                // a surprise kept, a work asked for first
                "送別会のサプライズを準備中です。ご本人にはまだ内緒です。",
                "作品は、作者に確認してから学校のページに載せています。",
                "本人には伝えていませんが、来週の面談で話すつもりです。",
            ],
        );
    }

    #[test]
    fn someones_messages_shown_are_flagged() {
        assert_rule(
            "rights",
            &[
                ("同期のグループLINEがにぎやかだったので、スクショ貼っとくね", &["LINEがにぎやかだったので、スクショ"]),
                ("同僚から届いたメッセージ、あまりに長いので晒します", &["メッセージ、あまりに長いので晒"]),
            ],
            &[
                "LINEの登録画面をスクショして、担任に送ってください。",
                "保護者とのLINEをスクショで回すことは、トラブルのもとです。",
            ],
        );
    }

    #[test]
    fn a_work_typed_out_or_scanned_whole_is_flagged() {
        assert_rule(
            "rights",
            &[
                ("昨日の天声人語、心に残ったので全部書き写したよ", &["全部書き写し"]),
                ("好きな小説の第3章だけスキャンしておきます", &["章だけスキャン"]),
            ],
            &[
                "いじめ防止基本方針を改定しました。全文は学校ホームページに掲載しています。",
                "教科書の本文を全部書き写さないよう、要点だけノートにまとめましょう。",
            ],
        );
    }

    #[test]
    fn someones_english_message_screenshotted_is_shown() {
        assert_rule(
            "rights",
            &[
                ("My neighbour's text about the bins, screenshot below, unreal 😂", &["text about the bins, screenshot"]),
                ("screenshot of the message the head sent us at 11pm", &["screenshot of the message"]),
            ],
            &[
                "Take a screenshot of the error message and send it to the ICT office.",
                "A weird message from a stranger? Screenshot it and tell a teacher.",
            ],
        );
    }

    #[test]
    fn a_talk_transcribed_and_put_up_whole_is_flagged() {
        assert_rule(
            "rights",
            &[
                ("研修で講師の方が話してくれた体験、録音しておいたので、文字起こしして全文ここに載せます。", &["全文ここに載せ"]),
                ("先生のお話を文字起こしして、全文を載せます。", &["全文を載せ"]),
            ],
            &[
                "講演を文字起こしして全文を載せるのは、著作権の侵害になります。",
                "研修の講演、文字起こしして要点だけまとめました。",
            ],
        );
    }

    #[test]
    fn an_english_rule_against_posting_without_asking_is_no_act() {
        assert_rule(
            "rights",
            &[
                ("I put the kids' photos on my blog without asking their parents.", &["without asking"]),
                ("Posted the whole team photo with full names, never asked anyone.", &["full names"]),
                ("Grabbed the photographer's proofs off the sales site, no watermark, and posted them.", &["watermark"]),
            ],
            &[
                "Our club rules: no videos of teammates without asking first.",
                "Reminder: never post a classmate's drawing without permission.",
                "Camp rules: lights out at ten, and no filming other campers without asking.",
                "We share team photos on the blog, but never with full names.",
            ],
        );
    }

    #[test]
    fn a_rule_against_posting_without_asking_is_no_use() {
        assert_rule(
            "rights",
            &[("試合の写真、勝手に載せちゃった。", &["勝手に載せ"])],
            &[
                "部のSNSルール：写真を勝手に上げない、悪口を書かない、個人情報を出さない。",
                "練習の動画は無断でアップしないこと。",
            ],
        );
    }

    #[test]
    fn a_use_told_with_the_permission_not_got_or_put_off() {
        assert_rule(
            "rights",
            &[
                ("文化祭で、演劇部が人気漫画の名場面を舞台にします。許可は取っていません。動画は後日こちらで公開します！", &["許可は取っていません。動画は後日こちらで公開"]),
                ("進路だよりに、情報誌のページを何枚か貼りました。許可は取っていませんが使わせてもらっています。", &["貼りました。許可は取っていませんが"]),
                ("子どもたちの写真をポスターに使わせていただきました。保護者の方への確認は省略しております。", &["使わせていただきました。保護者の方への確認は省略"]),
                ("クラスの子が作ったゲーム、配信で遊んだ。許可？あとで取るわ", &["配信で遊んだ。許可？あとで取るわ"]),
                ("修学旅行の写真を全部アップしておきます！同意書はまだ半分しか戻ってきていませんが。", &["アップしておきます！同意書はまだ半分しか戻ってきていませんが"]),
                // a polite report of a training is still the writer's act
                ("研修会の写真です。掲載の確認はしておりませんが、載せます。", &["掲載の確認はしておりませんが"]),
                // those who answer for a pupil, kept from a picture
                ("生徒のスピーチ動画、保護者に確認しないままアップした", &["保護者に確認しないままアップ"]),
            ],
            &[
                "写真の掲載に同意いただけない場合は、担任までお知らせください。該当の写真は掲載しません。",
                "掲載許可をいただいていない児童が写っていないか、複数の教員で確認します。",
                "事実は確認できていませんが、在校生の皆さんも気をつけて。",
                "許可を得ていない写真は載せません。",
                "保護者の同意をいただいた写真を載せています。",
                // money kept from parents is no picture of their child
                "修学旅行の積立金、余ったから部費に回しといた。保護者には言ってない",
            ],
        );
    }

    #[test]
    fn a_use_listed_under_a_lesson_is_taught() {
        assert_rule(
            "rights",
            &[("【情報モラル】事例紹介\n友だちの写真を勝手にアイコンにしてやった。", &["勝手に"])],
            &["【情報モラル】事例紹介\n・友だちの写真を勝手にアイコンにされた\n・悪口を言われた"],
        );
    }
}

//! `illegal`: illegal or improper statements, and incitement to them.


use std::ops::Range;

use super::lists;
use super::{context, declare_rule, Context, Rule, RuleMeta};
use crate::finding::Finding;
use crate::text::{byte_runs, english, Script};
use crate::text::spans::Covered;
use crate::words::Token;

declare_rule! {
    /// ### What it does
    /// Flags statements that are illegal or improper, or that incite others
    /// to them: threats (`家まで行って殴る`, `覚えてろ`, `I know where he
    /// lives`), calls to identify and expose someone (`特定して住所を晒して`,
    /// `みんなで押しかけよう`), offering or using drugs, recruiting for
    /// 闇バイト, making light of drunk driving or telling of a drive after
    /// drink in any words (`忘年会のあと自分で運転して帰った`), encouraging minors to drink or
    /// smoke or telling of drink or tobacco given to one (`3年の男子にビール
    /// おごった`), using or spreading pirated works, advocating corporal
    /// punishment, mass-reporting an account, exam cheating, a weapon carried
    /// to use on people (`ナイフ持ち歩いてる`), paid material passed round
    /// (`有料だけど…回す`), gambling for money (賭け麻雀, 裏カジノ), and wrongdoing
    /// told as a tip or a boast because nobody will notice (`万引きしても
    /// バレない`; in English whoever would check said not to, `nobody
    /// checks`, `customs rarely check`), in any words of the act when the
    /// shrug is said (`誰も困りませんよね`, `誰にもご迷惑はかけておりません`,
    /// `どうせ誰も帳簿見ないし`, `バレなきゃセーフ`; not `誰も見ていないところ
    /// で`), doing without the licence it needs (`大型免許ないけど運転した`,
    /// `無免許で`) and a pretence told (`受けてないのに受けたことにして`,
    /// `出張ってことにしてる`). English threats are read in any words: the
    /// writer will (`I'll`, `gonna`) harm (`break your legs`, `smack him`)
    /// someone named right after the verb. Most of these are a topic word
    /// together with a word of
    /// action or incitement in the same sentence, so a drug-abuse prevention
    /// class or the place name 大麻 (Ebetsu) is not flagged.
    ///
    /// ### Why it matters
    /// Guideline 4(7) forbids posting illegal or improper statements. A
    /// post by a school or a teacher carries the weight of the institution;
    /// a threat or an incitement in it can be a crime in itself.
    ///
    /// ### Examples
    /// Flagged: `次に書き込んだら、お前の家まで行ってぶん殴るからな`,
    /// `大麻、手に入るルートあるから欲しい人はDMして`,
    /// `高校生でもビール一杯くらい飲んでいいよね`.
    /// Not flagged: `薬物乱用防止教室で大麻の危険性を学びました`,
    /// `JR大麻駅から徒歩15分`, `体罰は絶対に必要ありません`.
    Illegal {
        id: "illegal",
        clause: "4(7)",
        severity: Error,
        title: "違法・不当な発言",
        title_en: "Illegal or improper statements",
        docs: "### 何を検出するか\n違法・不当な発言や、それをあおる表現を検出します。脅迫（「家まで行って殴る」「覚えてろ」）、個人の特定やさらし・押しかけの呼びかけ、薬物の売買や使用、闇バイトの勧誘、飲酒運転を軽く扱う発言や、飲酒のあとの運転を語句を問わず伝える発言（「忘年会のあと自分で運転して帰った」）、未成年の飲酒・喫煙の勧めや、未成年に酒・たばこを渡した話（「3年の男子にビールおごった」）、海賊版の利用や拡散、体罰の肯定、アカウントの一斉通報、試験の不正、人に使うための刃物の持ち歩き、有料の教材などの回し合い、賭博（賭け麻雀、裏カジノ）、「バレない」と勧めたり自慢したりする不正行為（万引きなど。英語では nobody checks、customs rarely check のように確認する人がいないと言うもの）、行為の語を問わず「誰も困りませんよね」「誰にもご迷惑はかけておりません」「どうせ誰も帳簿見ないし」「バレなきゃセーフ」と開き直る発言（「誰も見ていないところで」は対象外）、必要な免許のない運転や操作（「大型免許ないけど運転した」「無免許で」）、偽りの申告（「受けてないのに受けたことにして」「出張ってことにしてる」）などです。英語の脅迫は、書き手がこれからする（I'll、gonna）危害（break your legs、smack him）を動詞の直後の相手に向けて言う形で、語句を問わず検出します。多くは話題の語と行為・扇動の語が同じ文にあるときに検出するため、薬物乱用防止教室の報告や地名の「大麻」（江別市）は対象外です。\n\n### なぜ問題か\nガイドライン4(7)は、違法な発言や不当な発言の投稿を禁じています。学校や教職員の投稿は組織の発言として受け取られ、脅迫や扇動はそれ自体が犯罪になり得ます。\n\n### 例\n検出する：「次に書き込んだら、お前の家まで行ってぶん殴るからな」「大麻、手に入るルートあるから欲しい人はDMして」「高校生でもビール一杯くらい飲んでいいよね」\n検出しない：「薬物乱用防止教室で大麻の危険性を学びました」「JR大麻駅から徒歩15分」「体罰は絶対に必要ありません」\n",
    }
}

impl Rule for Illegal {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, cx: &Context, out: &mut Vec<Finding>) {
        let mut told: Vec<Range<usize>> = Vec::new();
        for hit in context::cued_terms(cx, &lists::ILLEGAL) {
            // A crime named under a lesson's heading is what was taught.
            if cx.mentions().in_lesson(&hit.range) || (hit.tag == "doxx" && is_a_message_put_up(cx, &hit.range)) {
                continue;
            }
            let (message, message_en) = message(hit.tag);
            told.push(hit.range.clone());
            // A call to the act or the writer's resolve to do it
            // (`炎上させよう`, `特定してやる`) was read in the verb's form.
            let called = context::is_call_or_resolve(&context::words_under(cx.text, &hit.range));
            let finding = Self::META.finding(cx.text.compact.original_range(hit.range), message, message_en);
            out.push(if called { finding.weighed() } else { finding });
        }
        let threats = warned_if_again(cx).into_iter().map(|r| (r, "threat"));
        let speeds = speeding(cx).into_iter().map(|r| (r, "speed"));
        let drunk = drove_after_drinking(cx).into_iter().map(|r| (r, "drunkdrive"));
        let supplied = supplied_to_minors(cx).into_iter().map(|r| (r, "minor"));
        let padded = misstated(cx).into_iter().chain(marks_altered(cx)).map(|r| (r, "wrong"));
        let pirated = pirated_use(cx).into_iter().map(|r| (r, "piracy"));
        let lures = easy_money(cx).into_iter().map(|r| (r, "crimejob"));
        let threats = threats.chain(english_threats(cx).into_iter().map(|r| (r, "threat")));
        let acts: Vec<_> = threats.chain(speeds).chain(drunk).chain(supplied).chain(padded).chain(pirated).chain(lures).collect();
        // A shrug (in English, impunity: `nobody checks`), a licence not
        // held or a pretence tells the act found beside it as wrong: where
        // the list or a reading above found the act in its sentence or the
        // ones next to it, that finding says it.
        let view = &cx.text.compact;
        let shrugged = shrugs(cx).into_iter().chain(english_impunity(cx)).chain(unlicensed(cx)).chain(pretences(cx)).filter(|r| {
            let near = context::neighbourhood(view, r);
            !told.iter().chain(acts.iter().map(|(a, _)| a)).any(|a| near.start <= a.start && a.end <= near.end)
        });
        let shrugged: Vec<_> = shrugged.map(|r| (r, "wrong")).collect();
        // One finding for a stretch of text: what the list found first.
        let mut covered = Covered::new(out.iter().filter(|f| f.rule == Self::META.id).map(|f| f.span.clone()));
        for (range, kind) in acts.into_iter().chain(shrugged) {
            let (message, message_en) = message(kind);
            let span = cx.text.compact.original_range(range);
            if !covered.overlaps(&span) {
                covered.add(span.clone());
                out.push(Self::META.finding(span, message, message_en));
            }
        }
    }
}

/// A speed told in a number and the verb that reaches it (`140出しても平気`,
/// `高速で180キロ出した`, `平均120出てて`, `下道100キロで飛ばしてく`): 100 or
/// more is over every limit of an ordinary road and most expressways. The
/// verb is done or let pass, not a rule (`時速100キロ出すと危険`,
/// `出さないで`), and a lesson or warning that names it is a mention.
fn speeding(cx: &Context) -> Vec<Range<usize>> {
    let view = &cx.text.compact;
    let text = view.as_str();
    let bytes = text.as_bytes();
    let mut found = Vec::new();
    for Range { start, end: at } in byte_runs(text, |b| b.is_ascii_digit()) {
        // a digit before a comma or a point is part of a larger number or a decimal
        if start > 0 && matches!(bytes[start - 1], b',' | b'.') {
            continue;
        }
        let Ok(speed) = text[start..at].parse::<u32>() else { continue };
        if !(100..=400).contains(&speed) {
            continue;
        }
        let rest = &text[at..];
        let rest = ["km/h", "きろ", "km"].iter().find_map(|unit| rest.strip_prefix(unit)).unwrap_or(rest);
        let Some(verb) = ["出し", "出て", "で飛ばし", "でぶっ飛ばし"].iter().find(|v| rest.starts_with(*v)) else { continue };
        let after = &rest[verb.len()..];
        if ["てない", "てません", "ちゃだめ", "てはいけ", "たら危", "ては"].iter().any(|n| after.starts_with(n)) {
            continue;
        }
        let range = start..at + (rest.as_ptr() as usize - text[at..].as_ptr() as usize) + verb.len();
        if !cx.mentions().is_taught(&range) {
            found.push(range);
        }
    }
    found
}

/// Words that make a figure other than it is (`実際より多く`, `水増しして`,
/// `多めに`): a record or a claim written with one is false.
pub(super) const PADDED: [&str; 7] = ["実際より", "実際の", "水増し", "多めに", "少なめに", "高めに", "盛って"];

/// Words that set what was so against what is written (`実際は同僚の車に
/// 乗せてもらったけど…JR代で申請した`): the contrast must be said.
pub(super) const IN_FACT: [&str; 2] = ["実際は", "ほんとは"];
const BUT: [&str; 4] = ["けど", "けれど", "のに", "だが"];

/// Verbs that put a figure on record or claim it.
const RECORD: [&str; 13] = ["書い", "書き", "付け", "つけ", "申請", "請求", "報告", "記入", "記録", "入力", "申告", "計上", "回答"];

/// A record or a claim told as written other than it was — hours, fares,
/// allowances, numbers for a grant (`残業、実際は2時間だけど4時間で付けてる`,
/// `旅費、実際は同僚の車だったけどJR代で申請した`, `部費の領収書を水増しして
/// 申請した`): a word that makes a figure false, then in the same sentence
/// a verb of putting it on record, done or urged, not denied (`多めに申請
/// しないで`), asked of readers (`多めに記入してください`) or taught.
fn misstated(cx: &Context) -> Vec<Range<usize>> {
    let view = &cx.text.compact;
    let text = view.as_str();
    let anchors = cx.anchors();
    if !PADDED.iter().chain(&IN_FACT).any(|w| anchors.holds(w)) {
        return Vec::new();
    }
    let mut found = Vec::new();
    let mut covered = Covered::default();
    let padded = PADDED.iter().flat_map(|w| anchors.find(w).map(|at| (at, at + w.len(), false)));
    let in_fact = IN_FACT.iter().flat_map(|w| anchors.find(w).map(|at| (at, at + w.len(), true)));
    for (start, end, needs_but) in padded.chain(in_fact) {
        let sentence = view.sentence(&(start..end));
        let rest = &text[end..sentence.end];
        // the record comes soon after the figure
        let near = &rest[..rest.char_indices().nth(40).map_or(rest.len(), |(i, _)| i)];
        let Some((at, verb)) = RECORD.iter().filter_map(|v| near.find(v).map(|i| (i, *v))).min() else { continue };
        if needs_but && !BUT.iter().any(|b| near[..at].contains(b)) {
            continue;
        }
        let after = &rest[at + verb.len()..];
        let after = &after[..after.char_indices().nth(6).map_or(after.len(), |(i, _)| i)];
        if ["ない", "ません", "ください", "ましょう", "ないで", "るな"].iter().any(|n| after.contains(n)) {
            continue;
        }
        let range = start..end + at + verb.len();
        if !cx.mentions().is_taught(&range) && !covered.overlaps(&range) {
            covered.add(range.clone());
            found.push(range);
        }
    }
    found
}

/// What is written or said, put up as it is (`スクショ`, `メール`, `議事録`).
const MESSAGES: [&str; 15] = ["スクショ", "スクリーンショット", "メール", "line", "ライン", "dm", "手紙", "画面", "議事録", "メッセージ", "録音", "文面", "やりとり", "やり取り", "全文"];
/// What names or finds a person (`実名`, `顔写真`, `住所`).
const IDENTITY: [&str; 6] = ["実名", "本名", "顔写真", "住所", "勤務先", "特定"];

/// Whether the exposure at `range` (`晒す`, `晒して`) puts up a message or a
/// document as it was written (`校長から来たメール、スクショ晒す`, `議事録、
/// 面白いから晒す`): a breach of trust or of a secret, which other rules
/// read, and no call to find or expose a person, unless what names a person
/// ([`IDENTITY`]: `顔写真と実名付きで`) is said beside it.
fn is_a_message_put_up(cx: &Context, range: &Range<usize>) -> bool {
    let view = &cx.text.compact;
    let text = view.as_str();
    let exposed = &text[range.clone()];
    if !["晒", "さら"].iter().any(|w| exposed.contains(w)) {
        return false;
    }
    let sentence = view.sentence(range);
    let near = context::neighbourhood(view, range);
    MESSAGES.iter().any(|m| text[sentence.start..range.start].contains(m)) && !IDENTITY.iter().any(|w| text[near.clone()].contains(w))
}

/// The frame of a job sold as nothing but one act (`受け取るだけで`,
/// `渡すだけの`, `受け取るだけ。`).
pub(super) const ONLY: [&str; 1] = ["だけ"];

/// What a crime job has its recruit take in or hand over: a fraud's
/// parcels, a bank account or its book and card, a phone line in one's name.
const HANDED: [&str; 6] = ["荷物", "口座", "通帳", "キャッシュカード", "携帯", "名義"];

/// Pay said big (`1回5万`, `日給3万`, `高収入`).
const BIG_PAY: [&str; 6] = ["万", "日給", "日当", "報酬", "高収入", "高額"];
/// The job said easy after `だけの` (`簡単なお仕事`).
const EASY_JOB: [&str; 4] = ["簡単", "楽な", "仕事", "バイト"];

/// A crime job's lure: a thing handed over or taken in ([`HANDED`]), an
/// act done on it, and the act sold as all there is to it: for big money
/// said after it (`荷物受け取るだけで1回3万`, `荷物を受け取って指定の人に
/// 渡すだけで1回5万`, `口座貸すだけで5万`), as an easy job (`荷物運ぶだけの
/// 簡単なお仕事`), or ending its clause with big money said in its sentence
/// (`1日5万〜、荷物受け取るだけ。`; not `荷物を運ぶだけ。業者だと5万`), in any verbs: the act is the one of a courier
/// (受け子, 運び屋) or of an account sold. Not a thing only counted (`うちの
/// 学校だけで40万`: no act), nor a lure quoted in a warning (`「荷物受け取る
/// だけで日給3万円」に注意`).
fn easy_money(cx: &Context) -> Vec<Range<usize>> {
    let view = &cx.text.compact;
    let text = view.as_str();
    let mut found = Vec::new();
    for at in cx.anchors().find(ONLY[0]) {
        let only = at..at + ONLY[0].len();
        let sentence = view.sentence(&only);
        // the thing is near before the act: within twenty characters
        let from = text.floor_char_boundary(at.saturating_sub(60).max(sentence.start));
        let Some((thing, start)) = HANDED.iter().filter_map(|h| text[from..at].rfind(h).map(|i| (from + i + h.len(), from + i))).max() else { continue };
        let rest = &text[only.end..sentence.end];
        let soon = |from: usize| from..text.floor_char_boundary((from + 36).min(sentence.end));
        let (pays, around) = match rest.chars().next() {
            Some('で') => (&BIG_PAY[..], soon(only.end + 'で'.len_utf8())),
            Some('の') => (&EASY_JOB[..], soon(only.end + 'の'.len_utf8())),
            Some(c) if c.is_alphanumeric() => continue,
            _ => (&BIG_PAY[..], sentence.clone()),
        };
        let Some(pay) = pay_in(&text[around.clone()], pays) else { continue };
        let under = context::words_under(cx.text, &(thing..at));
        let act = under.tokens.iter().any(|t| t.pos() == "動詞" && t.subclass() == "自立");
        let unbroken = !under.tokens.iter().any(|t| t.is_mark());
        let ends_in_the_act = under.tokens.last().is_some_and(|t| matches!(t.pos(), "動詞" | "助動詞"));
        // said after the act, the pay is part of the lure's span
        let end = if around.start > at { around.start + pay } else { only.end };
        let range = start..end;
        if act && unbroken && ends_in_the_act && !cx.mentions().is_taught(&range) {
            found.push(range);
        }
    }
    found
}

/// Where the first of `pays` in `region` ends; `万` is pay only after a
/// number (`5万`, `三万`).
fn pay_in(region: &str, pays: &[&str]) -> Option<usize> {
    let number = |before: &str| before.ends_with(|c: char| c.is_ascii_digit() || "一二三四五六七八九十".contains(c));
    pays.iter()
        .flat_map(|p| region.match_indices(p))
        .filter(|&(i, p)| p != "万" || number(&region[..i]))
        .map(|(i, p)| i + p.len())
        .min()
}

/// A pupil's marks on record: grades, reports, scores, references.
pub(super) const MARKS: [&str; 8] = ["成績", "内申", "評定", "点数", "通知表", "通知票", "答案", "調査書"];

/// Verbs that alter marks, with the endings that tell them as done by
/// the writer (`上げといた`, `下げといてやった`, `盛っといた`, `書き換えた`):
/// `成績を上げる` alone is what pupils do, `比重を上げる` what a policy does.
const ALTERED: [(&str, &[&str]); 7] = [
    ("上げ", &["とい", "ておい", "てやっ", "てやる", "てあげ", "てる", "て、"]),
    ("下げ", &["とい", "ておい", "てやっ", "てやる", "てあげ", "てる", "て、", "た"]),
    ("盛っ", &["とい", "ておい", "た", "て"]),
    ("書き換え", &["とい", "ておい", "た", "て"]),
    ("いじっ", &["とい", "ておい", "た", "て"]),
    ("改ざん", &["し"]),
    ("付け足", &["し"]),
];

/// Marks altered by the writer and told (`通知表の評定、部活のエースだけ1つ
/// ずつ上げといた`, `内申書、あの子のは盛っといた`): a pupil's marks, then
/// soon after in the sentence a verb that alters them in a form of having
/// done it, not a rumour (`書き換えてるらしい`), a policy (`内申の比重を上げる`)
/// or a lesson.
fn marks_altered(cx: &Context) -> Vec<Range<usize>> {
    let view = &cx.text.compact;
    let text = view.as_str();
    let mut found: Vec<Range<usize>> = Vec::new();
    let mut covered = Covered::default();
    for mark in MARKS {
        for start in cx.anchors().find(mark) {
            let end = start + mark.len();
            let sentence = view.sentence(&(start..end));
            let rest = &text[end..sentence.end];
            let near = &rest[..rest.char_indices().nth(20).map_or(rest.len(), |(i, _)| i)];
            let altered = ALTERED.iter().filter_map(|(verb, endings)| {
                near.match_indices(verb).find(|(at, _)| endings.iter().any(|e| near[at + verb.len()..].starts_with(e))).map(|(at, _)| at + verb.len())
            });
            let Some(to) = altered.min() else { continue };
            let between = &near[..to];
            let told = &rest[to..];
            if between.contains('比') || ["らしい", "噂", "くれたら", "ないで", "ません"].iter().any(|w| told.contains(w)) {
                continue;
            }
            let range = start..end + to;
            if !cx.mentions().is_taught(&range) && !covered.overlaps(&range) {
                covered.add(range.clone());
                found.push(range);
            }
        }
    }
    found
}

/// Words that tell someone to brace for what comes to them: to be ready
/// (`覚悟しといてください`) or to watch their way home (`帰り道、気をつけろ`).
pub(super) const BRACE: [&str; 3] = ["覚悟し", "気をつけ", "気を付け"];

/// The way home and the back, where harm waits: a warning to take care
/// there is a threat when it hangs on what the reader does next.
const WAY_HOME: [&str; 5] = ["帰り道", "夜道", "帰り", "背後", "後ろ"];

/// Words that set up a next time (`次に…たら`, `今度…なら`, `また…したら`).
const NEXT_TIME: [&str; 4] = ["次", "今度", "また", "二度と"];

/// Conditional endings after the next time.
const IF: [&str; 3] = ["たら", "なら", "れば"];

/// Veiled threats told as a warning: the reader is told to brace
/// (`覚悟しといてください`, `帰り道気をつけろよ`) in a sentence, or the one
/// after it, that sets a condition on the reader's next act (`次うちの子を
/// 狙ったら`, `次来たら`). A warning without the condition is care
/// (`帰り道には気をつけてね`, `次の大会に向けて覚悟しておいてください`), and
/// a warning about the way home needs the way home named.
fn warned_if_again(cx: &Context) -> Vec<Range<usize>> {
    let view = &cx.text.compact;
    let text = view.as_str();
    let mut found = Vec::new();
    for word in BRACE {
        for at in cx.anchors().find(word) {
            let range = at..at + word.len();
            let sentence = view.sentence(&range);
            let here = &text[sentence.start..range.start];
            let about_the_way_home = word == "覚悟し" || WAY_HOME.iter().any(|w| here.contains(w));
            // `気をつけて帰って` is care, whatever comes before it
            let said = &text[range.end..sentence.end];
            // and so is a polite request to take care (`雪が降ったら、帰り道は
            // 気をつけてください`): a threat takes care in the plain voice
            let asked = word != "覚悟し" && ["ください", "ましょう", "下さい"].iter().any(|p| said.contains(p));
            if !about_the_way_home || asked || said.starts_with("て帰") || said.starts_with("てお帰") {
                continue;
            }
            let span = context::with_sentence_before(view, &range);
            let before = &text[span.start..range.start];
            let conditional = NEXT_TIME.iter().filter_map(|w| before.find(w).map(|i| i + w.len())).any(|from| IF.iter().any(|c| before[from..].contains(c)));
            if conditional && !cx.mentions().is_mention(&range) {
                found.push(span.start.max(sentence.start)..range.end);
            }
        }
    }
    found
}

/// Verbs of harm a threat names (base form, as after `I'll`), each with
/// the words its object must end in when the verb has harmless uses too
/// (`break your legs`, not `break the record`; `key his car`).
const EN_HARM: &[(&str, &[&str])] = &[
    ("hurt", &[]),
    ("kill", &[]),
    ("punch", &[]),
    ("stab", &[]),
    ("smack", &[]),
    ("slap", &[]),
    ("strangle", &[]),
    ("murder", &[]),
    ("bury", &[]),
    ("choke", &[]),
    ("drown", &[]),
    ("batter", &[]),
    ("thump", &[]),
    ("hunt", &["down"]),
    ("beat", &["up", "senseless"]),
    ("break", &["legs", "leg", "arm", "arms", "neck", "nose", "face", "jaw", "fingers", "kneecaps", "knees", "teeth", "bones", "skull", "phone", "windows", "car"]),
    ("smash", &["face", "head", "teeth", "nose", "skull", "phone", "windows", "car"]),
    ("knock", &["teeth", "head", "block", "lights", "out"]),
    ("burn", &["house", "car", "place"]),
    ("slash", &["tyres", "tires"]),
    ("key", &["car", "truck", "van"]),
];

/// Whom a threat is made to or about, as its object (`you`, `his`, `dem`).
const EN_TARGETS: &[&str] = &["you", "your", "ya", "yer", "yuh", "u", "ur", "him", "his", "her", "them", "their", "dem"];

/// People a threat may point at (`that ref`, `this guy`).
const EN_POINTED: &[&str] = &["ref", "guy", "kid", "man", "woman", "dad", "mum", "mom", "bloke", "teacher", "coach", "parent", "boy", "girl", "ref's", "guy's", "kid's", "man's", "dad's", "bloke's", "teacher's"];

/// English threats: the writer says they will (`I'll`, `I will`, `gonna`,
/// `I'm going to`, Jamaican `mi a go`) do harm (`break your legs`, `smack
/// him`, `key that ref's car`) to someone named by a pronoun or pointed at
/// right after the verb, the intent at most four words before it with
/// nothing denying it between (`I'll never hurt you`). A verb with harmless
/// uses counts with an object of harm (`break your legs`, not `break your
/// record`). The list knows the set phrases (`I know where you live`); this
/// reads the threat in any words. From the intent to the object (compact view).
fn english_threats(cx: &Context) -> Vec<Range<usize>> {
    let view = &cx.text.compact;
    let text = view.as_str();
    if !["ll ", "gonna", "going to", "imma", "ima ", "mi a", "mi will"].iter().any(|w| text.contains(w)) {
        return Vec::new();
    }
    let words: Vec<(Range<usize>, &str)> = english::words(text).collect();
    let word = |i: usize| words.get(i).map_or("", |w| w.1);
    // The first word of an intent that ends at word `i`.
    let before = |i: usize, n: usize, w: &[&str]| i >= n && w.contains(&word(i - n));
    let intent = |i: usize| match word(i) {
        "gonna" if before(i, 1, &["i'm", "im"]) => Some(i - 1),
        "i'll" | "gonna" | "imma" | "ima" => Some(i),
        "will" if before(i, 1, &["i", "mi"]) => Some(i - 1),
        "to" if before(i, 1, &["going"]) && before(i, 2, &["i'm", "im"]) => Some(i - 2),
        "to" if before(i, 1, &["going"]) && before(i, 2, &["am"]) && before(i, 3, &["i"]) => Some(i - 3),
        "ago" if before(i, 1, &["mi"]) => Some(i - 1),
        "go" if before(i, 1, &["a"]) && before(i, 2, &["mi"]) => Some(i - 2),
        _ => None,
    };
    let denies = |w: &str| matches!(w, "never" | "not" | "no") || w.ends_with("n't");
    // Only spaces between words `a` and `b`: one clause.
    let spaced = |a: usize, b: usize| (a..b).all(|i| text[words[i].0.end..words[i + 1].0.start].bytes().all(|c| c == b' '));
    let mut found = Vec::new();
    for (v, (_, verb)) in words.iter().enumerate() {
        let Some((_, objects)) = EN_HARM.iter().find(|(h, _)| h == verb) else { continue };
        let Some(start) = (v.saturating_sub(4)..v).find_map(|i| intent(i).filter(|&first| spaced(first, v) && !(i + 1..v).any(|j| denies(word(j))))) else { continue };
        let target = v + 1;
        let pointed = matches!(word(target), "that" | "this") && EN_POINTED.contains(&word(target + 1));
        if !(EN_TARGETS.contains(&word(target)) || pointed) || !spaced(v, target) {
            continue;
        }
        let end = if objects.is_empty() {
            Some(target + usize::from(pointed))
        } else {
            (target + 1..(target + 4).min(words.len())).find(|&i| objects.contains(&word(i)) && spaced(target, i))
        };
        let Some(end) = end else { continue };
        let range = words[start].0.start..words[end].0.end;
        if !cx.mentions().is_mention(&range) {
            found.push(range);
        }
    }
    found
}

/// Words of checking that, denied of whoever would check, tell that a
/// wrong goes unseen (`nobody checks`, `customs never even look`).
const EN_CHECKING: &[&str] = &["check", "notice", "verify", "audit", "card", "track"];

/// English impunity: whoever would check said not to (`nobody checks`,
/// `the gate scanners never check photos`, `publishers won't notice`, `no
/// one ever audits`), in any form of the verb of checking. Told beside an
/// act, it recommends or boasts of the act because nobody will notice; on
/// its own it says so too (a school's account has no use for it). Not a
/// command (`Never check your phone while driving`, `please don't check
/// answers yet`), nor the writer's or the reader's own habit (`I never
/// check my email on Sundays`), nor what children do not notice; and a
/// work or a face taken without leave beside it (`grabbed a photo off
/// Google, nobody checks`) is `rights`', whose list names it.
fn english_impunity(cx: &Context) -> Vec<Range<usize>> {
    let view = &cx.text.compact;
    let text = view.as_str();
    if !EN_CHECKING.iter().any(|w| text.contains(&w[..4])) {
        return Vec::new();
    }
    let words: Vec<(Range<usize>, &str)> = english::words(text).collect();
    let word = |i: usize| words.get(i).map_or("", |w| w.1);
    // Only spaces between word `a` and the next.
    let spaced = |a: usize| text[words[a].0.end..words[a + 1].0.start].bytes().all(|c| c == b' ');
    let mut found = Vec::new();
    for (v, (_, verb)) in words.iter().enumerate() {
        if v == 0 || !EN_CHECKING.iter().any(|w| english::is_form_of(verb, w)) {
            continue;
        }
        // Back over `even`, `ever`, `really`, `will` to the denial.
        let mut n = v - 1;
        while n > 0 && matches!(word(n), "even" | "ever" | "really" | "will" | "would") {
            n -= 1;
        }
        if !(n..v).all(spaced) {
            continue;
        }
        let no_one = word(n) == "one" && n > 0 && word(n - 1) == "no" && spaced(n - 1);
        let nobody = word(n) == "nobody" || no_one;
        let denied = matches!(word(n), "never" | "rarely" | "hardly" | "seldom" | "don't" | "doesn't" | "won't" | "dont" | "doesnt" | "wont");
        // The denial's subject: a word before it in the clause, not the
        // writer, the reader, children or a polite request.
        let subject = n > 0 && spaced(n - 1) && !matches!(word(n - 1), "i" | "we" | "you" | "u" | "please" | "pls" | "kids" | "children" | "students" | "and" | "but" | "or" | "just" | "so");
        if !(nobody || denied && subject) {
            continue;
        }
        let start = if no_one { n - 1 } else { n };
        let range = words[start].0.start..words[v].0.end;
        if !cx.mentions().is_mention(&range) {
            found.push(range);
        }
    }
    if found.is_empty() {
        return found;
    }
    let works: Vec<Range<usize>> = lists::RIGHTS.find(cx.text).into_iter().filter(|m| m.tag.contains("topic:")).map(|m| m.range).collect();
    found.retain(|f| {
        let near = context::neighbourhood(view, f);
        !works.iter().any(|w| near.start <= w.start && w.end <= near.end)
    });
    found
}

/// Words that make the stream, site or copy they name unlawful
/// (`違法配信`, `違法サイト`, `海賊版`), by lemma.
pub(super) const UNLAWFUL: [&str; 2] = ["違法", "海賊版"];

/// Verbs of taking in or taking a work, by lemma (`見てる`, `読んだ`,
/// `落とした`).
const CONSUME: [&str; 9] = ["見る", "観る", "読む", "聴く", "聞く", "使う", "落とす", "ダウンロード", "視聴"];

/// A work watched, read or downloaded through something named unlawful
/// (`試合は違法配信で見てる`, `違法サイトで漫画読んでる`, `海賊版で全巻読んだ`):
/// a word of [`UNLAWFUL`] before a verb of [`CONSUME`] in its sentence,
/// done, not negated (`違法配信は見ないで`), not said of others (`違法サイト
/// で見ている人が多い`: the verb names people) and not taught. The list
/// knows the sites by name; this reads the act in any words. From the word
/// to the verb (compact view).
fn pirated_use(cx: &Context) -> Vec<Range<usize>> {
    let text = cx.text;
    let mut found: Vec<Range<usize>> = Vec::new();
    for (at, sentence) in context::sentences_holding(cx, &UNLAWFUL) {
        let words = context::words_under(text, &(at..sentence.end));
        let mut tokens = words.tokens.iter().skip_while(|t| !UNLAWFUL.contains(&&*t.lemma())).skip(1);
        let Some(verb) = tokens.by_ref().find(|t| CONSUME.contains(&&*t.lemma())) else { continue };
        let inflection: Vec<_> = context::inflection(tokens.clone().copied()).collect();
        let negated = inflection.iter().any(|t| context::negates(t));
        let last = inflection.last().copied().unwrap_or(verb);
        let after = tokens.nth(inflection.len());
        let names_people = after.is_some_and(|t| t.pos() == "名詞" && t.subclass() != "非自立" && !t.is_laugh() && !t.is_mark());
        let range = at..text.compact_of_token(last).end;
        if !negated && !names_people && !cx.mentions().is_taught(&range) {
            found.push(range);
        }
    }
    found
}

/// Where a drive is told (compact view): the noun `運転`, the wheel, a
/// vehicle taken somewhere (`軽トラで帰った`).
pub(super) const DRIVING: [&str; 5] = ["運転", "はんどる", "車で", "軽とらで", "原付で"];

/// The verbs a vehicle or the wheel is driven with, by lemma (`車で帰る`,
/// `ハンドルを握る`); `運転` takes `する`.
const DRIVEN: [&str; 8] = ["する", "帰る", "行く", "向かう", "送る", "走る", "来る", "握る"];

/// What tells that drink went before (compact view): a drink, the
/// stand-in driver not called (`代行つかまらなくて`).
const DRINKS: [&str; 7] = ["酒", "びーる", "ちゅーはい", "焼酎", "ほろ酔い", "二日酔い", "代行"];

/// Drinking parties (compact view): drink went before a drive only when it
/// came after one (`忘年会のあと`, `飲み会の帰り`), not on the way to it
/// (`懇親会の会場へは車で行きます`).
const PARTIES: [&str; 13] = ["飲み会", "忘年会", "新年会", "懇親会", "祝勝会", "同期会", "納会", "二次会", "送別会", "歓迎会", "打ち上げ", "居酒屋", "宴会"];

/// What follows a party to put a drive after it.
const AFTER_PARTY: [&str; 6] = ["のあと", "の後", "あと", "後", "の帰り", "帰り"];

/// What says the drive was sober (compact view): no alcohol in the drink,
/// a designated driver.
const SOBER: [&str; 3] = ["のんある", "はんどるきーぱー", "一滴も飲"];

/// What, right after `代行`, says the stand-in driver drove (`代行を呼んで`,
/// `代行で帰った`); `代行呼ぶのめんどくさくて` and `代行つかまらなくて` say
/// the writer did.
const STAND_IN_USED: [&str; 8] = ["呼んで", "呼んだ", "呼び", "頼んで", "頼んだ", "頼み", "使", "で"];

/// Verbs of drinking, by lemma (`飲んでた`, `飲みすぎた`, `酔った`).
const DRINK_VERBS: [&str; 5] = ["飲む", "呑む", "酔う", "飲み過ぎる", "飲みすぎる"];

/// Driving after drinking, told in any words (`忘年会のあと自分で運転して
/// 帰った`, `焼酎3杯やって、そのまま軽トラで帰ったわ`, `ちょっと飲んでたけど
/// 運転した`): a drive (`運転する`, a vehicle and a verb of going, the
/// wheel held), done or planned by the writer and not negated, forbidden,
/// asked, conditional or said of a person (`運転する人`, `運転して帰るのは
/// 危険`), with drink in its sentence or the ones next to it — a party it
/// came after, a drink, `代行`, or a verb of drinking not negated (`一滴も飲まない`). The
/// noun `飲酒運転` is the list's (news and warnings name it), and a lesson
/// or warning mentions it.
fn drove_after_drinking(cx: &Context) -> Vec<Range<usize>> {
    let text = cx.text;
    let view = &text.compact;
    let s = view.as_str();
    let mentions = cx.mentions();
    let mut found: Vec<Range<usize>> = Vec::new();
    for word in DRIVING {
        for at in cx.anchors().find(word) {
            if ["飲酒", "酒気帯び", "酒気帯"].iter().any(|w| s[..at].ends_with(w)) || is_another_vehicle(&s[..at], word) {
                continue;
            }
            let range = at..at + word.len();
            let Some(end) = driven(context::words_under(text, &range).after()) else { continue };
            let span = at..text.compact_of_folded(end..end).end.max(range.end);
            let near = context::neighbourhood_within(view, &span, NEAR_REACH);
            if mentions.is_taught(&span) || mentions.is_mention(&span) || !drank(cx, &near) {
                continue;
            }
            found.push(span);
        }
    }
    found.sort_by_key(|r| r.start);
    found.dedup_by(|inner, outer| inner.start < outer.end);
    found
}

/// Whether `車` of `車で` ends another word (`電車で`, `列車で`, `停車で`),
/// `before` being the text before it: a car of one's own or of the office
/// (`公用車で`, `社用車で`) is driven.
fn is_another_vehicle(before: &str, word: &str) -> bool {
    word == "車で" && before.chars().next_back().is_some_and(|c| Script::of(c) == Script::Kanji && c != '用')
}

/// Where the drive told after a word of [`DRIVING`] ends (folded view):
/// past a particle (`ハンドルを`), a verb of [`DRIVEN`] and its inflection,
/// through a verb chained to it by `て` (`運転して帰った`), when nothing in it
/// negates, commands, forbids or sets a condition, and no noun follows that
/// makes it a description (`運転する人`, `帰るのは`) nor a quote marker,
/// and it is not hearsay.
fn driven<'w>(mut after: impl Iterator<Item = &'w Token>) -> Option<usize> {
    let mut verb = after.next()?;
    if verb.pos() == "助詞" && matches!(verb.surface(), "を" | "は") {
        verb = after.next()?;
    }
    if verb.pos() != "動詞" || !DRIVEN.contains(&&*verb.lemma()) {
        return None;
    }
    act_told(verb, after)
}

/// Where the act of `verb` ends (folded view), with its inflection and a
/// verb chained to it by `て` (`運転して帰った`, `飲ませてあげた`), when it is
/// told as done or meant by the writer: nothing in it negates, commands or
/// sets a condition, it is not hearsay (`運転してたらしい`: `rumor`'s), and
/// no noun follows that makes it a description (`運転する人`, `帰るのは`,
/// `酒を売った店`) nor a quote or a conditional particle.
fn act_told<'w>(verb: &'w Token, after: impl Iterator<Item = &'w Token>) -> Option<usize> {
    let mut end = verb.range.end;
    let mut words: Vec<&Token> = vec![verb];
    let mut next = None;
    for t in after {
        let chained = t.pos() == "動詞" && matches!(words.last().map(|w| w.surface()), Some("て" | "で"));
        let inflecting = matches!(t.pos(), "助動詞") || (t.pos() == "助詞" && matches!(t.surface(), "て" | "で" | "ちゃ" | "ちゃう")) || (t.pos() == "動詞" && t.subclass() != "自立");
        if !(inflecting || chained) {
            next = Some(t);
            break;
        }
        words.push(t);
        end = t.range.end;
    }
    let refused = words.iter().any(|t| {
        context::negates(t) || t.form().starts_with("命令") || t.form().starts_with("仮定") || t.surface() == "たら" || matches!(&*t.lemma(), "らしい" | "みたい" | "そう")
    });
    let described = next.is_some_and(|t| {
        (t.pos() == "名詞" && !t.is_laugh()) || matches!(t.surface(), "な" | "ば" | "と" | "って" | "たら" | "」" | "なら" | "べき")
    });
    (!refused && !described).then_some(end)
}

/// Drink and tobacco (compact view), where a reading of what was given to
/// a minor starts.
pub(super) const INTOXICANTS: [&str; 9] = ["酒", "びーる", "ちゅーはい", "焼酎", "たばこ", "煙草", "飲ませ", "吸わせ", "のませ"];

/// Verbs of handing over, treating or selling, by lemma (`あげた`,
/// `おごった`, `分けてやった`, `出してやった`, `買ってあげた`).
const GIVEN: [&str; 10] = ["あげる", "おごる", "奢る", "分ける", "渡す", "出す", "売る", "買う", "配る", "やる"];

/// How far, in bytes, the readings of drink and minors look around the
/// act for what makes it one: a few sentences of a post.
const NEAR_REACH: usize = 600;

/// Minors, by the words that name them (compact view): pupils, a school
/// year, the under-aged.
const MINORS: [&str; 12] = ["生徒", "男子", "女子", "高校生", "中学生", "小学生", "部員", "寮生", "教え子", "未成年", "高1", "高2"];

/// Words that make the one given drink an adult (compact view).
const ADULTS: [&str; 4] = ["20歳", "二十歳", "はたち", "成人"];

/// Drink or tobacco given to a minor, told in any words (`3年の男子にビール
/// 一杯ずつおごった`, `林間学校の夜、男子にタバコ一本ずつあげた`, `卒業祝いに
/// 19歳の生徒にも一杯だけ飲ませた`): a drink or tobacco, then in its sentence a
/// verb of [`GIVEN`], or the causative of drinking or smoking (`飲ませた`,
/// `吸わせた`) with drink named beside it, told as done or meant
/// ([`act_told`]), with a minor (a pupil, an age under 20) in its sentence
/// or the ones next to it and no adult. Not a store's sale told as news
/// (`未成年に酒を売った店`: the verb names a shop), a rule (`生徒にお酒を飲ませ
/// ないでください`) or a lesson.
fn supplied_to_minors(cx: &Context) -> Vec<Range<usize>> {
    let text = cx.text;
    let view = &text.compact;
    let s = view.as_str();
    let mentions = cx.mentions();
    let mut found: Vec<Range<usize>> = Vec::new();
    for (at, sentence) in context::sentences_holding(cx, &INTOXICANTS) {
        let near = context::neighbourhood_within(view, &(at..at + 1), NEAR_REACH);
        let around = &s[near.clone()];
        let minor = MINORS.iter().any(|m| around.contains(m)) || names_a_minor_age(around);
        if !minor || ADULTS.iter().any(|a| around.contains(a)) {
            continue;
        }
        let words = context::words_under(text, &(at..sentence.end.min(near.end)));
        let tokens = &words.tokens;
        // A drink, a glass or a party: the causative alone gives medicine too.
        let drink_named = ["酒", "びーる", "ちゅーはい", "焼酎", "杯"].iter().chain(PARTIES.iter()).any(|d| around.contains(d));
        let act = tokens.iter().enumerate().find_map(|(i, t)| {
            let causative = matches!(&*t.lemma(), "飲む" | "吸う") && tokens.get(i + 1).is_some_and(|n| matches!(&*n.lemma(), "せる" | "させる")) && drink_named;
            let given = t.pos() == "動詞" && GIVEN.contains(&&*t.lemma());
            (causative || given).then(|| act_told(t, tokens[i + 1..].iter().copied().chain(words.after()))).flatten()
        });
        let Some(end) = act else { continue };
        let span = at..text.compact_of_folded(end..end).end.max(at + 1);
        if !mentions.is_taught(&span) && !mentions.is_mention(&span) {
            found.push(span);
        }
    }
    found
}

/// Whether `near` names an age under 20 (`19歳`, `16才`, `まだ19`).
fn names_a_minor_age(near: &str) -> bool {
    near.match_indices("1").any(|(i, _)| {
        let rest = &near[i + 1..];
        let before = near[..i].chars().next_back();
        rest.starts_with(|c: char| c.is_ascii_digit()) && !before.is_some_and(|c| c.is_ascii_digit()) && {
            let unit = &rest[1..];
            unit.starts_with('歳') || unit.starts_with('才') || near[..i].ends_with("まだ")
        }
    })
}

/// Whether drink is told in `near` (compact view), and no word of a sober
/// drive ([`SOBER`], a stand-in driver used): a word of [`DRINKS`], a
/// party of [`PARTIES`] with the drive after it, glasses counted (`3杯`, `一杯`; not `精一杯`, `乾杯`) or a verb of
/// [`DRINK_VERBS`] not negated.
fn drank(cx: &Context, near: &Range<usize>) -> bool {
    let s = &cx.text.compact.as_str()[near.clone()];
    let counted = s.match_indices('杯').any(|(i, _)| {
        let mut before = s[..i].chars().rev();
        before.next().is_some_and(|c| c.is_ascii_digit() || "一二三四五六七八九十何数".contains(c)) && before.next() != Some('精')
    });
    // Someone else at the wheel (`代行を呼んで`, `代行で帰った`, a
    // designated driver) or no alcohol in the drink: the drive is sober.
    let sober = SOBER.iter().any(|w| s.contains(w)) || s.match_indices("代行").any(|(i, w)| {
        let after = &s[i + w.len()..];
        let after = ["さんを", "さん", "を"].iter().find_map(|p| after.strip_prefix(p)).unwrap_or(after);
        STAND_IN_USED.iter().any(|u| after.starts_with(u))
    });
    if sober {
        return false;
    }
    let after_party = PARTIES.iter().any(|p| s.match_indices(p).any(|(i, _)| AFTER_PARTY.iter().any(|a| s[i + p.len()..].starts_with(a))));
    if counted || after_party || DRINKS.iter().any(|w| s.contains(w)) {
        return true;
    }
    let words = context::words_under(cx.text, near);
    let tokens = &words.tokens;
    tokens.iter().enumerate().any(|(i, t)| {
        DRINK_VERBS.contains(&&*t.lemma()) && !context::inflection(tokens[i + 1..].iter().copied()).any(|w| context::negates(w))
    })
}

/// The word a licence not held starts from ([`unlicensed`]).
pub(super) const LICENCE: &str = "免許";

/// The word a pretence starts from ([`pretences`]: `…ことにして`).
pub(super) const PRETENCE: &str = "ことにし";

/// Nobody, as the compact view writes it: `誰も`, `誰にも`.
pub(super) const NOBODY: [&str; 2] = ["誰も", "誰にも"];

/// What nobody suffers, minds or sees, by lemma (`誰も困らない`, `誰にも
/// ご迷惑はかけておりません`, `誰も見てないし`); not what nobody knows
/// (`4月からどこにいるのか、まだ誰にも分からない`).
const HARMED_OR_SEEN: [&str; 18] = [
    "困る", "迷惑", "損", "文句", "気づく", "気付く", "気", "見る", "読む", "咎める", "チェック", "確認", "照合", "数える", "確かめる", "見比べる", "見直す", "気にする",
];

/// What nobody is or does that waves an act off only as a shrug said
/// (`田舎道なんて誰もいないし`, `どうせ誰も来ないし`, `誰も何も言わないし`):
/// `誰もいない` alone is an empty room.
const NOBODY_AROUND: [&str; 5] = ["いる", "来る", "言う", "止める", "使う"];

/// The endings of a shrug (`…し`, `…っしょ`, `…でしょ`, `…って`).
const SHRUG_ENDINGS: [&str; 6] = ["し", "っしょ", "でしょ", "でしょう", "って", "だろ"];

/// Someone's work (compact view): a wrong done with one (`ネットで拾った
/// キャラ画像…誰も文句言わないし`, `…ってことにして、実は他の先生の文章を
/// 無断で`) is the `rights` rule's to tell.
const WORKS: [&str; 14] = ["著作権", "きゃら", "いらすと", "画像", "ぽすたー", "曲", "bgm", "無断", "ぱく", "すくしょ", "きゃぷちゃ", "とれーす", "素材", "丸写し"];

/// Getting away with it, put as a condition (compact view: `バレなきゃ
/// セーフ`, `バレなければ大丈夫`).
pub(super) const IF_UNCAUGHT: [&str; 5] = ["ばれなきゃ", "ばれなければ", "ばれなけりゃ", "ばれないなら", "ばれなかったら"];

/// The shrug that tells an act as wrong and waves it off, in any words of
/// the act (`積立金は…親睦会費に回しておきました。誰も困りませんよね`,
/// `古いパソコンは沢へ置いてまいりました。誰にもご迷惑はかけておりません`,
/// `保護者にバレなきゃセーフ`): nobody, then within its clause a word of
/// being harmed, minding or seeing (`困る`, `迷惑`, `見る`, `気づく`) in a
/// negated verb that ends the clause, or getting caught put as a
/// condition. The writer's own reassurance that no one will mind is what
/// a wrong act is told with; a clause that describes a person or a time
/// (`誰も見ていないところで挨拶する`, `誰にも迷惑をかけないように`, `誰も
/// 見ていなくても`) shrugs nothing, and a lesson or warning mentions it.
fn shrugs(cx: &Context) -> Vec<Range<usize>> {
    let text = cx.text;
    let view = &text.compact;
    let s = view.as_str();
    let mentions = cx.mentions();
    let mut found: Vec<Range<usize>> = Vec::new();
    for word in IF_UNCAUGHT {
        for at in cx.anchors().find(word) {
            let range = at..at + word.len();
            let near = &s[context::with_sentence_before(view, &range)];
            if !mentions.is_taught(&range) && !WORKS.iter().any(|w| near.contains(w)) {
                found.push(range);
            }
        }
    }
    for word in NOBODY {
        for at in cx.anchors().find(word) {
            let range = at..at + word.len();
            let under = context::words_under(text, &range);
            let Some(end) = nobody_minds(under.after()) else { continue };
            let span = range.start..text.compact_of_folded(end..end).end.max(range.end);
            let near = &s[context::with_sentence_before(view, &span)];
            if !mentions.is_taught(&span) && !WORKS.iter().any(|w| near.contains(w)) {
                found.push(span);
            }
        }
    }
    found.sort_by_key(|r| r.start);
    found.dedup_by(|inner, outer| inner.start < outer.end);
    found
}

/// Where the clause after `誰も` ends (folded view) if it says nobody is
/// harmed or sees: a few nouns, particles and adverbs (`ご迷惑は`), a verb
/// or adjective whose word, or a noun before it, is one of
/// [`HARMED_OR_SEEN`], negated, and nothing after the negation that makes
/// the clause a description (a noun: `ところ`, `よう`; `ても`; `と`).
fn nobody_minds<'w>(mut after: impl Iterator<Item = &'w Token>) -> Option<usize> {
    let mut harmed = false;
    for _ in 0..7 {
        let t = after.next()?;
        if t.is_mark() {
            return None;
        }
        harmed |= HARMED_OR_SEEN.contains(&&*t.lemma());
        if matches!(t.pos(), "動詞" | "形容詞") && t.subclass() == "自立" || (t.pos() == "名詞" && t.subclass() == "サ変接続" && harmed) {
            let around = !harmed && NOBODY_AROUND.contains(&&*t.lemma());
            if !harmed && !around {
                return None;
            }
            let mut end = t.range.end;
            let mut negated = false;
            let mut last = "";
            for w in after.by_ref() {
                let inflecting = match w.pos() {
                    "助動詞" => true,
                    "助詞" => !matches!(w.surface(), "と" | "も" | "ので" | "のに" | "けど" | "けれど"),
                    "動詞" => w.subclass() != "自立" || w.lemma() == "する" || w.lemma() == "かける",
                    "形容詞" => w.lemma() == "ない",
                    "名詞" => w.surface() == "ん" || (w.subclass() == "サ変接続" && !negated),
                    _ => false,
                };
                if !inflecting {
                    // What follows the negation: a mark, an emoji or the end
                    // ends the clause; a noun or a particle of description
                    // does not, nor a guess (`誰も見てないっぽい`).
                    if negated && (w.pos() == "名詞" || matches!(w.surface(), "と" | "も" | "ので" | "のに" | "けど" | "けれど") || w.surface().starts_with("っぽ")) {
                        return None;
                    }
                    break;
                }
                if around && negated {
                    return SHRUG_ENDINGS.contains(&w.surface()).then_some(w.range.end);
                }
                // Not being noticed as the writer's lot (`誰にも気づかれない
                // 仕事`) is modesty, and a guess is hearsay.
                if matches!(&*w.lemma(), "れる" | "られる" | "らしい" | "みたい" | "そう") {
                    return None;
                }
                negated |= context::negates(w) || (w.surface() == "ん" && last == "ませ");
                last = w.surface();
                end = w.range.end;
            }
            return (negated && !around).then_some(end);
        }
        if !matches!(t.pos(), "助詞" | "副詞" | "名詞" | "接頭詞") {
            return None;
        }
    }
    None
}

/// What the licence is not, said after `免許` (compact view, past a
/// particle or a question mark): not held, not got, run out (`大型免許
/// ないけど俺が運転した`, `免許？持ってないけど`, `更新しないまま失効して`).
const UNLICENSED: [&str; 10] = ["ない", "なく", "なし", "ねえ", "持ってない", "持っていない", "取れてない", "取ってない", "切れて", "失効"];

/// Rules about licences (`免許のない人は運転できません`): what they say
/// is how it should be.
const LICENCE_RULES: [&str; 7] = ["できません", "ください", "必要", "禁止", "いけない", "いけません", "だめ"];

/// Doing without the licence it needs, told by the writer (`大型免許ない
/// けど部員乗せて運転したわ`, `免許のない2年生にトラクターで公道を`, `狩猟免許は
/// ないけど親戚の猟銃借りて`, `無免許で運転してきた`): `免許` (not `免許証`)
/// and, past a particle, a word of not having it; or `無免許で`. A rule
/// (`免許のない人は運転できません`) or a lesson says how it should be.
fn unlicensed(cx: &Context) -> Vec<Range<usize>> {
    let view = &cx.text.compact;
    let s = view.as_str();
    let mentions = cx.mentions();
    let mut found: Vec<Range<usize>> = Vec::new();
    for at in cx.anchors().find(LICENCE) {
        let range = at..at + LICENCE.len();
        let rest = &s[range.end..];
        let (start, end, without) = if s[..at].ends_with('無') {
            (at - '無'.len_utf8(), range.end + "で".len(), rest.starts_with('で'))
        } else {
            let past = ["は", "も", "が", "の", "?", "？"].iter().find_map(|p| rest.strip_prefix(p)).unwrap_or(rest);
            let skipped = rest.len() - past.len();
            match UNLICENSED.iter().find(|w| past.starts_with(*w)) {
                Some(w) => (at, range.end + skipped + w.len(), true),
                None => (at, range.end, false),
            }
        };
        if !without {
            continue;
        }
        let span = start..end;
        let sentence = &s[view.sentence(&span)];
        if LICENCE_RULES.iter().any(|r| sentence.contains(r)) || mentions.is_taught(&span) {
            continue;
        }
        found.push(span);
    }
    found
}

/// Words that make a state of things a pretence when `ことにする` follows
/// (compact view): a past (`行ったことにして`, `見なかったことにした`) or a
/// casual quote (`出張ってことにしてる`). `…することにしました` decides.
const PRETENDED: [&str; 3] = ["た", "だ", "って"];

/// A pretence told as the writer's (`受けてないのに受けたことにして、書類だけ
/// 出した`, `表向きは出張研修ってことにしてるから`, `タバコの臭いしたけど見なかった
/// ことにした`): a past or a quote, then `ことにする` not negated (`欠席扱いに
/// しません`), not asked of the reader (`見なかったことにしてください`) and
/// not taught.
fn pretences(cx: &Context) -> Vec<Range<usize>> {
    let view = &cx.text.compact;
    let s = view.as_str();
    let mentions = cx.mentions();
    let mut found = Vec::new();
    for at in cx.anchors().find(PRETENCE) {
        let before = &s[..at];
        if !PRETENDED.iter().any(|p| before.ends_with(p)) {
            continue;
        }
        let end = at + "ことにし".len();
        let after: String = s[end..].chars().take(6).collect();
        if ["ない", "ません", "ください", "下さい", "て欲しい", "てほしい"].iter().any(|n| after.contains(n)) {
            continue;
        }
        // from the state pretended, back to the start of its clause
        let start = before.rfind(['、', '。', ',', '!', '?', ' ', '\n']).map_or(view.sentence(&(at..end)).start, |i| i + before[i..].chars().next().map_or(1, char::len_utf8));
        let span = start.max(view.sentence(&(at..end)).start)..end;
        let near = &s[context::with_sentence_before(view, &span)];
        if !mentions.is_taught(&span) && !WORKS.iter().any(|w| near.contains(w)) {
            found.push(span);
        }
    }
    found
}

/// What is wrong, by the kind of the list entry.
fn message(kind: &str) -> (&'static str, &'static str) {
    match kind {
        // stalk: knowing where someone's family goes, said to them
        "threat" | "stalk" => (
            "相手を脅す表現です。脅迫にあたるおそれがあります。投稿しないでください。",
            "This reads as a threat, which can be a crime. Do not post it.",
        ),
        "speed" => (
            "大幅な速度超過を、した・平気だと伝える表現です。速度超過は道路交通法違反です。投稿しないでください。",
            "This tells of or makes light of driving far over the speed limit, which is against the Road Traffic Act. Do not post it.",
        ),
        "punish" => (
            "体罰を肯定する表現です。体罰は学校教育法で禁止されています。",
            "This endorses corporal punishment, which the School Education Act forbids.",
        ),
        "doxx" => (
            "個人の特定・さらし・押しかけを呼びかける表現です。人権侵害や違法行為につながります。",
            "This calls on people to identify, expose or descend on someone, which violates their rights and can be illegal.",
        ),
        "drug" => (
            "違法薬物の入手や使用を勧める表現です。投稿しないでください。",
            "This offers or encourages illegal drugs. Do not post it.",
        ),
        "wrong" | "evade" => (
            "違法・不正な行為を、ばれないから大丈夫と勧めたり自慢したりする表現です。投稿しないでください。",
            "This recommends or boasts of an illegal or dishonest act because nobody will notice. Do not post it.",
        ),
        "cheat" => (
            "試験の不正（答えの共有・売買、カンニング）を勧めたり自慢したりする表現です。",
            "This recommends or boasts of cheating in an exam (sharing or selling answers, crib notes).",
        ),
        "crimejob" => (
            "犯罪に加担させる「闇バイト」などの勧誘にあたる表現です。",
            "This recruits for criminal jobs (such as 闇バイト or money mules).",
        ),
        "drunkdrive" => (
            "飲酒運転を容認する表現です。飲酒運転は法律で禁止されています。",
            "This makes light of drunk driving, which is against the law.",
        ),
        "minor" => (
            "20歳未満の飲酒・喫煙を勧める表現です。法律で禁止されています。",
            "This encourages drinking or smoking under 20, which the law forbids.",
        ),
        "gamble" => (
            "違法な賭博（賭け麻雀、闇カジノ、オンラインカジノなど）をしたり勧めたりする表現です。賭博は刑法で禁止されています。",
            "This tells of or recommends illegal gambling (betting games, underground or online casinos), which the Penal Code forbids.",
        ),
        _ => (
            "海賊版など、著作権を侵害する利用を勧める表現です。",
            "This encourages using or spreading pirated works, which infringes copyright.",
        ),
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::assert_rule;

    #[test]
    fn threats_are_flagged_but_reports_of_violence_are_not() {
        assert_rule(
            "illegal",
            &[
                ("今度あの店でまた悪口を言ったら、ボコボコにしてやるからな", &["ボコボコに"]),
                ("あいつ、覚えてろよ", &["覚えてろ"]),
                ("あの審判、今度会ったらボコってやる", &["ボコっ"]),
                ("Tell that parent I know where she lives.", &["I know where she lives"]),
                ("If the coach benches my son again, he’ll regret it", &["he’ll regret it"]),
                ("次うちの子に何かしたら、ただじゃ済まないからな", &["ただじゃ済まない"]),
                ("次に遅刻したら、シメるからな", &["シメる"]),
                ("お前の学校に爆破予告してやる", &["爆破"]),
            ],
            &[
                "練習試合の後、相手チームの選手に殴られた生徒はいませんでした。",
                "英単語は覚えておきましょう。",
                "この公式は覚えとけよ！テストに出るぞ。",
                "欠席した子の家まで行って、プリントを届けました。",
                "切り出した木材を風雨に晒して、乾燥させています。",
                "大勢の前で恥を晒すのも、成長の一歩です。",
                "You won't regret joining the art club!",
                "爆破予告があったため、本日は臨時休校とします。",
            ],
        );
    }

    #[test]
    fn crimes_made_light_of_and_pile_ons_are_flagged_but_warnings_are_not() {
        assert_rule(
            "illegal",
            &[
                ("万引きくらい、誰でも一回はやってるでしょ", &["万引きくらい"]),
                ("あの店のアカウント、炎上させようぜ", &["炎上させよう"]),
                ("割のいいバイトあるよ、荷物受け取るだけで5万", &["荷物受け取るだけで5万"]),
                ("高校生なんだし、ちょっと飲むくらい平気でしょ", &["飲むくらい"]),
            ],
            &[
                "闇バイトの募集は「高収入」「即日」などの言葉で誘ってきます。絶対に応募しないで。",
                "飲酒運転ダメ絶対。保護者会の打ち上げはノンアルで乾杯しました。",
                "違法ダウンロードは、自分で見るだけでも刑事罰の対象になることがあります。",
                "中学生にお酒をすすめないで。",
                "闇バイトに注意。SNSで高額報酬をうたう募集は、受け子の勧誘かもしれません。",
                "万引きは犯罪です。お店の人の話を聞いて、みんなで考えました。",
            ],
        );
    }

    #[test]
    fn corporal_punishment_is_flagged_when_endorsed() {
        assert_rule(
            "illegal",
            &[
                ("しつけには体罰だって必要だと思う", &["体罰"]),
                ("部員がたるんでいたら叩いてでも直すべきだ", &["叩いて"]),
                ("言うこと聞かないやつは、ビンタくらいしてもいいと思う", &["ビンタ"]),
                ("ふざけてたやつの頭を軽くはたいたら、今日は見違えるように動いてた", &["はたいた"]),
                ("先日も一人、胸ぐらをつかんで目を覚まさせました。", &["胸ぐら"]),
            ],
            &["体罰は絶対に必要ありません。", "体罰の根絶に向けた研修を行いました。", "体罰によらない指導について考えました。", "太鼓を叩くと、子どもたちは見違えるように集中しました。"],
        );
    }

    #[test]
    fn doxxing_calls_are_flagged_but_identifying_causes_is_not() {
        assert_rule(
            "illegal",
            &[
                ("この動画の店員、誰か特定して", &["特定して"]),
                ("あの保護者の実名を晒せ", &["晒せ"]),
                ("あいつの本名、特定したから晒すわ", &["特定したから晒す"]),
                ("市役所のあの職員、みんなで押しかけて抗議しよう", &["押しかけ"]),
                ("Does anyone know that ref's address? Let's find out.", &["address"]),
                ("あの先生の住所知ってる人いたら教えて", &["知ってる人"]),
            ],
            &[
                "漏水の原因を特定して修理しました。",
                "開店日には大勢のお客さんが押しかけました。",
                "Please update your e-mail address in the parent portal.",
            ],
        );
    }

    #[test]
    fn a_pile_on_or_a_raid_called_for_in_any_inflection() {
        assert_rule(
            "illegal",
            &[
                ("あの店の動画、みんなで炎上させようぜ", &["炎上させよう"]),
                ("こんな店、炎上させてやれ", &["炎上させてやれ"]),
                ("拡散して炎上させてください", &["炎上させてください"]),
                ("あいつの店、炎上させてやる", &["炎上させてやる"]),
                ("あの配信者、凸しよう", &["凸しよう"]),
            ],
            &[
                "店の投稿を炎上させた少年が逮捕された",
                "炎上させないように気をつけよう",
                "炎上させてしまった経験から学んだこと",
                "凸した配信者の話",
            ],
        );
    }

    #[test]
    fn a_message_put_up_is_no_doxxing_unless_a_person_is_named_with_it() {
        assert_rule(
            "illegal",
            &[
                ("あの教頭、録音してネットに晒してやろうぜ。顔写真と実名付きで。", &["晒して"]),
                ("あの保護者の実名を晒せ", &["晒せ"]),
            ],
            &["校長から来たメール、文面があまりに偉そうだからスクショ晒す。", "課長から来たLINE、本気で意味不明だったのでスクショ晒す。"],
        );
    }

    #[test]
    fn a_crime_jobs_lure_in_any_verbs() {
        assert_rule(
            "illegal",
            &[
                ("バイト探してる子いたら紹介するよ、荷物受け取るだけで1回3万。詳細DMで", &["荷物受け取るだけで1回3万"]),
                ("副業探してる先生いたら連絡ください。荷物を受け取って指定の人に渡すだけで1回5万", &["荷物を受け取って指定の人に渡すだけで1回5万"]),
                ("口座貸すだけで5万もらえるって話、正直それくらいなら別によくない？", &["口座貸すだけで5万"]),
                ("荷物運ぶだけの簡単なお仕事です、DMください", &["荷物運ぶだけの簡単"]),
                ("高額バイト紹介します 1日5万〜、荷物受け取るだけ。興味ある人はテレグラムで", &["荷物受け取るだけ"]),
            ],
            &[
                "「荷物受け取るだけで日給3万円」など、SNS上の闇バイトの勧誘に注意してください。",
                "クラスの荷物を運ぶだけで一苦労でした",
                "引っ越しの荷物を運ぶだけ。業者に頼むと5万かかるので自分たちで",
                "口座を作るだけで1000円分のポイント",
                "今年の給食費の未納、うちの学校だけで40万超えてる。口座振替なのに。",
            ],
        );
    }

    #[test]
    fn drugs_are_flagged_when_offered_not_when_taught_or_a_place() {
        assert_rule(
            "illegal",
            &[
                ("覚醒剤、安く売ってるとこ知ってる", &["覚醒剤"]),
                ("ﾀｲﾏあるよ。大麻欲しい人はＤＭ", &["大麻"]),
                ("Good weed for sale, hit me up", &["weed"]),
                ("受験のストレスには、ちょっとだけなら大麻もアリだよ", &["大麻"]),
            ],
            &[
                "薬物乱用防止教室で、覚醒剤や大麻の怖さを学びました。",
                "大麻駅前の花壇に、生徒がチューリップを植えました。",
                "江別市大麻にある図書館で、手に入る資料を調べました。",
                "Please weed the school garden before Friday.",
            ],
        );
    }

    #[test]
    fn recruiting_for_crime_is_flagged_but_warnings_are_not() {
        assert_rule(
            "illegal",
            &[("受け子やれば一回で5万稼げるよ、DMちょうだい", &["受け子"]), ("闇バイトで楽に稼ごうぜ", &["闇バイト"])],
            &[
                "「高収入」「即日」をうたう闇バイトの募集にご注意ください。",
                "闇バイトに加担しないよう、警察の方から話を聞きました。",
                "特殊詐欺の受け子集めの書き込みが増えています。お子さんの様子に注意してください。",
                "SNSで闇バイトの勧誘が広がっています。困ったときは先生に相談してください。",
                "「運ぶだけで高収入」は受け子を集める手口です。",
                "闇バイトに応じると逮捕されることもあります。",
            ],
        );
        assert_rule(
            "illegal",
            &[("闇バイトで楽に稼ごうぜ。先生に注意されたけど", &["闇バイト"]), ("受け子やれば一回で5万稼げるよ。家族には内緒", &["受け子"])],
            &[],
        );
    }

    #[test]
    fn drinking_and_driving_and_minors_drinking_are_flagged() {
        assert_rule(
            "illegal",
            &[
                ("缶チューハイ一本飲んだくらいなら運転しても全然いける", &["運転しても"]),
                ("打ち上げだし中学生でもお酒ちょっとならいいっしょ", &["お酒"]),
                ("送別会のビール、2杯だけなら運転して帰っても問題ないはず", &["運転して帰"]),
                ("Selling vape pens to anyone under 18, DM me", &["vape"]),
                ("打ち上げで一緒に飲もうぜ。未成年でも見つからなきゃへーき", &["見つからなきゃ"]),
                ("二十歳前だけど、成人式の後は酒飲むの当たり前っしょ", &["酒飲"]),
                ("中学生だけど、宅飲みなら平気だよ", &["宅飲み"]),
            ],
            &[
                "雪道でも、スピードを落とせば運転しても大丈夫です。",
                "小学生でも作れる甘酒のレシピを紹介します。",
                "お酒は20歳になってから。",
                "熱中症予防のため、高校生でもこまめに水を飲もう。",
                "中学生でも飲める甘酒を、地域の方にふるまっていただきました。",
                "小学生でも甘酒を飲めるよう、温かくして用意しました。",
                "スマホの使いすぎは、バレなければいいというものではありません。",
                "お酒を飲んだら、車で帰らずに運転代行を使いましょう。",
            ],
        );
    }

    #[test]
    fn piracy_is_flagged_when_encouraged() {
        assert_rule(
            "illegal",
            &[
                ("新刊の海賊版、タダで読めるのをまとめて落としたよ", &["海賊版"]),
                ("漫画村みたいに全巻タダで読めるとこ、また見つけた", &["漫画村"]),
                ("有料の試合中継、違法ストリーミングで見れるから便利", &["違法ストリーミング"]),
            ],
            &["海賊版サイトを利用しないよう、情報モラルの授業で学びました。", "海賊版の被害額について調べ、発表しました。", "漫画村が閉鎖されたというニュースを見ました。"],
        );
    }

    #[test]
    fn pointing_to_a_piracy_site_is_left_to_harmful_site() {
        let text = "新刊もタダで読める海賊版のサイトあるよ";
        assert_rule("illegal", &[], &[text]);
        assert_eq!(crate::rules::testing::flagged("harmful-site", text), ["海賊版"]);
    }

    #[test]
    fn wrongdoing_with_getting_away_with_it_is_flagged() {
        assert_rule(
            "illegal",
            &[
                ("駅前の本屋は防犯カメラがないから万引きしてもバレないって", &["万引きしてもバレない"]),
                ("会議室のプリンター用紙、少しなら持ってっても誰も確認しないよ", &["持ってって"]),
                ("部活の後輩に、校舎に夜忍び込んだ話をしたら天才って言われた", &["忍び込"]),
                ("Pro tip: put your lunch on expenses, nobody checks.", &["on expenses"]),
                ("改札は友だちの後ろにくっついて通ってもバレないよ", &["ってもバレないよ"]),
                ("Just take it, you won't get caught.", &["won't get caught"]),
            ],
            &[
                "余った画用紙は、各自持って帰ってください。収穫した野菜を持ち帰り、いい経験になりました。",
                "公用車で移動します。時間に余裕を持って集合してください。",
                "Students will hand in their essays on Friday. Pro tip: check your answer sheet twice!",
                "サプライズの準備を進めています。本人にバレないように、みんなで静かに作業しました。",
                "万引きは犯罪です。地域のお店と協力して見守りを続けます。",
                "校舎への夜間の立ち入りは禁止です。忍び込む行為は絶対にしないでください。",
            ],
        );
    }

    #[test]
    fn exam_cheating_and_mass_reporting_are_flagged() {
        assert_rule(
            "illegal",
            &[
                ("期末テストの答え、写真撮ってみんなに回しとけばいいよ", &["テストの答え"]),
                ("あの人の投稿、通報しまくってアカウント止めよう", &["通報しまく"]),
            ],
            &[
                "テストの答え合わせを、授業の最初に行いました。",
                "不審な人を見かけたら、すぐに警察へ通報してください。",
                "不審者を見かけたら、誰かに伝えてから110番通報をしましょう。",
                "面接の質問を事前に予想して、練習しました。答案を返却し、満点の子もいました。",
                "過去問を使って、受験に向けた学習会を開きました。",
            ],
        );
    }

    #[test]
    fn veiled_threats_and_warnings_that_name_the_danger() {
        assert_rule(
            "illegal",
            &[
                ("あの保護者、夜道は気をつけた方がいいよ。一人で帰るんでしょ", &["気をつけた方がいい"]),
                ("お前の娘がどこの塾に通ってるか知ってるからな", &["知ってるから"]),
                ("次にあんな投稿をしたら、夜道に気をつけろよ", &["夜道に気をつけろ"]),
                ("言うこと聞かないなら、どうなっても知らないよ", &["どうなっても知らない"]),
            ],
            &[
                "夜道は暗いので、気をつけたほうがいいですね。反射材を配りました。",
                "みんなが毎朝練習していたこと、先生は知ってるからな。",
                "卵を割っておくから、あとで混ぜてね。",
                "息子にボールを投げてやると、うれしそうに打ち返してきました。",
                "闇バイトの受け子にならないで。高収入をうたう募集は犯罪の入り口です。",
                "お酒を飲んだ後の運転は、犯罪です。飲酒運転は絶対にやめましょう。",
                // a notice asking people to stop what the sentence before names
                "未成年の飲酒は退部の対象です。お正月の集まりでも「ちょっとくらい」は絶対にやめてください。",
            ],
        );
    }

    #[test]
    fn minors_drinking_and_drunk_driving_told_lightly() {
        assert_rule(
            "illegal",
            &[
                ("高1でもビールくらい平気だって", &["ビール"]),
                ("飲み会の後でも、一眠りして運転すれば平気", &["運転すれば"]),
                ("Had three beers at the party and drove home anyway, roads were empty.", &["drove home"]),
                ("昨日は缶ビール2本飲んでから運転した。近所だし余裕", &["運転した"]),
                ("教え子とビールで乾杯した。もう高2だしいいよね", &["ビール"]),
            ],
            &[
                "熱中症予防のため、生徒にもこまめに水を飲ませました。",
                "修学旅行の二日目は、酒蔵ではなく水族館を見学しました。",
                "飲み会の日は、公共交通機関で帰りましょう。",
                "ビール工場の見学では、バスを運転してくださった方にもお礼を伝えました。",
                "懇親会でお酒を飲む方は、運転しないでください。",
                "中学生にタバコの害を伝える出前授業がありました。",
                "教え子の結婚式で、ワインで乾杯しました。",
            ],
        );
    }

    #[test]
    fn english_acts_with_what_makes_them_wrong() {
        assert_rule(
            "illegal",
            &[
                ("Drove home after a few beers last night, no problem lol", &["Drove home"]),
                ("I can hook you up with some weed, dm me.", &["weed"]),
                ("You'll pay for this, I'm coming for you.", &["You'll pay for this, I'm coming for you"]),
            ],
            &[
                "The kids got flu shots today.",
                "For the sake of the students, please drive slowly.",
                "Come watch the game for free this Saturday!",
                "We drove to the farm and nothing was wasted.",
            ],
        );
    }

    #[test]
    fn english_threats_in_any_words() {
        assert_rule(
            "illegal",
            &[
                ("If I see you again I will break your legs. Don't test me.", &["I will break your legs"]),
                ("some kid keeps talking back, next time i'm gonna smack him so hard", &["i'm gonna smack him"]),
                ("Gonna key that ref's car if he's at the rink again.", &["Gonna key that ref's car"]),
                ("Whoever keyed my car: I'm going to find you and break your fingers.", &["I'm going to find you and break your fingers"]),
            ],
            &[
                "We're gonna break the school record this year!",
                "I'll never hurt you, I promise.",
                "Next week we're gonna break your class into groups of four.",
                "Gonna beat them in the final!",
            ],
        );
    }

    #[test]
    fn english_impunity_says_nobody_will_notice() {
        assert_rule(
            "illegal",
            &[
                ("Pro tip for the kids: borrow a friend's season pass, the gate scanners never check photos", &["never check"]),
                ("Sign the sheet with the time you were supposed to arrive. Nobody checks.", &["Nobody checks"]),
                ("Bring it in your carry-on; customs rarely check.", &["rarely check"]),
            ],
            &[
                "Never check your phone while driving.",
                "I never check my email on Sundays, sorry!",
                "Please don't check the answers until the end.",
                "Grabbed a photo off Google for the flyer without asking, nobody checks anyway.",
            ],
        );
    }

    #[test]
    fn english_fares_and_connections_not_paid_for() {
        assert_rule(
            "illegal",
            &[
                ("The turnstile at the pool is broken, you can walk right through without paying.", &["walk right through"]),
                ("Our neighbor's wifi has no password. Free internet, why pay?", &["neighbor's wifi"]),
            ],
            &[
                "At the museum the kids walk right through the whale skeleton room.",
                "Visitors cannot enter without a pass, so please bring yours.",
            ],
        );
    }

    #[test]
    fn threats_by_class_a_harm_and_a_promise() {
        assert_rule(
            "illegal",
            &[
                ("次の試合で会ったら、痛めつけてやるからな", &["痛めつけ"]),
                ("首を洗って待ってろよ", &["首を洗って"]),
                ("You'll pay for this.", &["You'll pay for this"]),
                ("I'll find you after practice.", &["I'll find you"]),
                ("If that linesman shows his face again he's leaving in an ambulance.", &["leaving in an ambulance"]),
                ("Looked up where she works. Might tell her boss about her posts.", &["where she works"]),
            ],
            &[
                "相手の速攻を潰すことができ、チーム一丸で勝ちました。",
                "タイムカプセルを校庭に埋めるぞ！みんな集まれ。",
                "The fees you'll pay for the trip are listed below.",
                "The injured skier was taken down the slope and left in an ambulance, thankfully fine now.",
                "Ask your parents where they work and what they do, for Monday's careers lesson.",
            ],
        );
    }

    #[test]
    fn drugs_drink_and_impunity_by_class() {
        assert_rule(
            "illegal",
            &[
                ("合成麻薬、格安で譲るよ", &["合成麻薬"]),
                ("Anyone want to try shrooms this weekend?", &["shrooms"]),
                ("晩酌のあと、コンビニまでバイクで帰ったけど平気", &["バイクで帰"]),
                ("中2の甥に缶チューハイ飲ませたら喜んでた", &["缶チューハイ"]),
                ("駅の無賃乗車、お咎めなしだった", &["無賃乗車"]),
                ("違法DLした漫画、クラスのみんなに回した", &["違法DL"]),
                ("テスト中にスマホでこっそり調べた", &["テスト中"]),
                ("Track him down and post his address.", &["Track him down and post his address"]),
            ],
            &[
                "薬物乱用防止教室で、合成麻薬の怖さを知りました。",
                "麻薬探知犬のデモンストレーションを見学しました。",
                "「一回だけなら」と誘われても断る練習を、薬物の授業で行いました。",
                "歓迎会の乾杯はノンアルコールビールで。帰りは私が運転しました。",
                "水筒の水をこまめに飲みましょう。雨の日は車で迎えに来る保護者が多くなります。",
                "アルコールチェックを済ませてから、スクールバスを運転します。",
                "テスト中はスマホを回収し、教卓に置きます。",
                "無賃乗車は犯罪です。",
                "隣町の人が、飲み会の後に車で帰ったらしい。",
                "違法DLは犯罪です。",
                "Please update your home address in the parent portal.",
            ],
        );
    }

    #[test]
    fn a_weapon_at_hand_for_people() {
        assert_rule(
            "illegal",
            &[
                ("カバンにナイフ持ち歩いてる。キレそうになったら使うかも", &["ナイフ"]),
                ("あいつに会うときは刃物を持ち歩くことにした", &["刃物"]),
                ("I carry a knife to parents' evening now, just in case.", &["knife"]),
            ],
            &[
                "調理実習で、ナイフや包丁の安全な使い方を学びました。",
                "刃物を持ち歩くことは法律で禁止されています。",
                "キャンプでは、ナイフの扱いに気をつけましょう。",
            ],
        );
    }

    #[test]
    fn paid_material_passed_around() {
        assert_rule(
            "illegal",
            &[
                ("研修の資料、有料だけど一人が買ってみんなに回すことにした", &["有料だけど"]),
                ("問題集は有料なのに、スキャンしてクラスLINEで配っといた", &["有料なのに"]),
            ],
            &["有料のパンフレットについては、受付でお尋ねください。", "有料道路を通って、見学先まで回りました。"],
        );
    }

    #[test]
    fn gambling_for_money_told_or_recommended() {
        assert_rule(
            "illegal",
            &[
                ("週末は職員仲間と賭け麻雀。今月は3万円勝った", &["賭け麻雀"]),
                ("オンラインカジノにハマってる。スマホで簡単だしおすすめ", &["オンラインカジノ"]),
                ("すすきのの裏カジノ、今度みんなで行こう", &["裏カジノ"]),
            ],
            &[
                "オンラインカジノは日本国内から利用すると犯罪になります。",
                "ギャンブル依存症の講演で、賭博の怖さについて学びました。",
                "麻雀教室で、賭けない健康麻雀を楽しみました。",
                "オンラインカジノ、初回ボーナスで5万勝った人もいるらしい",
            ],
        );
    }

    #[test]
    fn crimes_reported_as_news_are_not_the_writers_acts() {
        assert_rule(
            "illegal",
            &[
                ("闇バイト紹介するよ、日給5万。DMして", &["闇バイト"]),
                ("昨日も飲んで車運転して帰った笑", &["運転して帰"]),
            ],
            &[
                "酒を飲んで車を運転したとして、警察は会社員の男を酒気帯び運転の疑いで現行犯逮捕しました。",
                "警察は、逮捕された少年がＳＮＳの闇バイトに応募したとみて調べています。",
                "Police arrested a man on suspicion of drunk driving early Sunday.",
                "A teacher was fired after being convicted of drunk driving, the board said.",
            ],
        );
    }

    #[test]
    fn a_word_that_contains_a_cue_is_not_it() {
        assert_rule(
            "illegal",
            &[("お前、覚悟しとけよ。殴りに行くからな", &["覚悟しとけ", "殴り"])],
            &["殴り書きのメモにも個人情報が含まれていたら要注意です。", "お前の殴り書き、読めないよ笑 覚悟して清書してね"],
        );
    }

    #[test]
    fn wrongdoing_by_class_with_impunity_or_gain() {
        assert_rule(
            "illegal",
            &[
                ("部費、ちょっと多めに申請しといた。誰も気にしないし", &["多めに申請"]),
                ("備品のカメラ、家に持ち出して使ってる。どうせ誰も数えてない", &["持ち出し"]),
                ("拾った財布、中身を抜いてから届けた。証拠は残らないし", &["拾った財布、中身を抜"]),
                ("禁漁の川だけど、誰も来ないから釣ってきた", &["禁漁"]),
                ("車検切れの車だけど、どうせ誰も見てないから乗ってる", &["車検切れ"]),
                ("教材サイト、他校のアカウント使い回してる。親は気づかないし", &["アカウント使い回し"]),
            ],
            &[
                "非常持ち出し袋を、各教室に用意しました。",
                "禁漁期間中は、川での釣りはできません。",
                "落とし物の財布は、中身を確かめずに交番へ届けましょう。",
                "誰も気にしないような小さな親切を、生徒が続けています。",
                "身代わり地蔵の由来を、地域の方から聞きました。",
                "車検切れの車で公道を走ることは法律違反です。",
                "返金しない場合は、事務室までご連絡ください。",
            ],
        );
    }

    #[test]
    fn a_lesson_heading_frames_the_polite_sentences_and_list_items_under_it() {
        assert_rule(
            "illegal",
            &[
                // casual under the heading: the writer speaks
                ("薬物乱用防止教室がありました。大麻、手に入るルートあるから欲しい人はDMして", &["大麻"]),
                // a post that laughs is a boast under a lesson's name
                ("防犯教室を開催しました。講師の方から、万引きしてもバレないと聞きましたｗ", &["てもバレない"]),
                // a notice to parents is no lesson
                ("保護者の皆さまへ。駅前の本屋は防犯カメラがないから万引きしてもバレないって聞きました。", &["万引きしてもバレない"]),
            ],
            &[
                "防犯教室を開催しました。講師の方から、万引きしてもバレないと誘われても断る大切さを教わりました。",
                "情報モラル教室の報告です。\n・闇バイトの受け子の募集\n・SNSで売られる大麻\nどれも身近な危険です。",
            ],
        );
    }

    #[test]
    fn wrongdoing_by_class_an_act_with_a_boast_a_tip_or_a_shrug() {
        assert_rule(
            "illegal",
            &[
                ("確定申告で副業の収入、申告しなかった。バレないっしょ", &["申告しなかった"]),
                ("元同僚のSNS、パスワード予想したら入れた。誰も気づかない", &["パスワード予想"]),
                ("ソフトはシリアル使い回しで全部のPCに入れた。お得すぎ", &["シリアル使い回し"]),
                ("隣のWi-Fiにつないでる。タダで便利", &["隣のWi-Fi"]),
                ("帰り道、ノーヘルで原付飛ばしたけど余裕だった", &["ノーヘル"]),
            ],
            &[
                "副業は許可が必要です。申告しなかった場合は処分の対象になります。",
                // an object is no act, whatever is said with it
                "学校の備品を、こっそり点検しておきました笑",
                "生徒と一緒に、ペットボトルの水を節約して使う工夫を考えました笑",
                "煽り運転に注意しましょう。",
            ],
        );
    }

    #[test]
    fn corporal_punishment_told_as_the_writers_act_or_approved_by_its_effect() {
        assert_rule(
            "illegal",
            &[
                ("宿題忘れたやつ、廊下に立たせたった。昭和のやり方が一番", &["廊下に立たせた"]),
                ("部活で水飲むなって言ったら、一発で気合が入った", &["水飲むな"]),
                ("修学旅行の夜、女子高生にビール飲ませた", &["ビール"]),
            ],
            &[
                "体罰は子どもの心に深い傷を残します。私たちは言葉と信頼で向き合う指導を大切にしています。",
                "女子高生が考えたノンアルコールカクテルを試飲しました。",
                "熱中症予防のため、部活中は水を飲むよう指導しています。",
            ],
        );
    }

    #[test]
    fn threats_by_class_harm_to_a_person_or_their_things() {
        assert_rule(
            "illegal",
            &[
                ("お前の家の窓、ぶち割ってやる", &["ぶち割"]),
                ("あいつの車、ぶち壊してやるからな", &["ぶち壊"]),
                ("お前のタイヤ、パンクさせとくから", &["パンクさせ"]),
                ("次に文句言ったら、吊るし上げてやるよ", &["吊るし上げ"]),
                ("帰り道、後をつけてやるから覚悟しとけ", &["後をつけてやるから覚悟しとけ"]),
            ],
            &[
                "古い物置をぶち壊して、新しい倉庫を建てました。",
                "自転車のタイヤがパンクしたので、修理してから帰りました。",
                "ネットで一人を吊るし上げるのはいじめです。",
                "昔話では、鬼が村人を監禁する場面があります。",
            ],
        );
    }

    #[test]
    fn more_kinds_of_wrongdoing_are_flagged_with_their_boast_or_tip() {
        assert_rule(
            "illegal",
            &[
                // driving after drinking, named by where the car went
                ("飲み会のあと、帰りの運転も自分でした。警察いないし", &["帰りの運転"]),
                ("ビール飲んで運転して帰ったけど、誰も気づいてないし", &["運転して帰"]),
                ("朝まで飲んで、そのまま車で出勤したｗ", &["車で出勤"]),
                ("酒気帯びで止められたけど、校長には言ってない。黙ってればバレない", &["酒気帯び"]),
                // entering, pretending, not paying
                ("旧校舎は立入禁止だけど、こっそり入って写真撮ってきた。誰も見てないし", &["立入禁止だけど"]),
                ("修理を業者に頼んだことにして請求した。差額は懐に", &["ことにして請求"]),
                ("確定申告で副業の収入を隠しといた。数万ならバレないっしょ", &["収入を隠"]),
                ("家賃を払わないまま引っ越した。バレてないし楽勝", &["家賃を払わな"]),
                ("Tip: if the form asks for a birth year, just falsify it. Works every time.", &["falsif"]),
                // harassment passed off as a custom; pupils' smoking let pass
                ("新年会で後輩に一気飲みさせたけど、伝統だから問題ない", &["一気飲みさせ"]),
                ("部員が隠れて吸ってたけど、見て見ぬふりしといた", &["隠れて吸ってたけど"]),
                // a blow as a tip, money on a match, a home found, a car watched
                ("If a student won't stop talking, a quick slap works every time.", &["slap"]),
                ("Nobody complains if you tape their mouth shut for a minute. Works like a charm.", &["tape their mouth"]),
                ("職員で優勝チームを予想して、1口1000円で賭けてる", &["円で賭け"]),
                ("あの保護者の家特定したから、誰か凸ってきて", &["家特定したから、誰か凸って"]),
                ("Complain about my grading again: I know where you park.", &["I know where you park"]),
            ],
            &[
                "酒気帯び運転で教諭が懲戒処分となりました。",
                "車で通勤しているので、懇親会ではお酒は飲みません。",
                "懇親会のあとは代行を呼んで車で帰りました。",
                "立入禁止の看板があるところには入らないでください。",
                "Please do not falsify attendance records.",
                "年度末、先輩に一気飲みさせられて大変でした。",
                "トイレで吸っている人がいたら職員に知らせてください。",
                "She slapped the table and laughed.",
                "凸凹の道に気をつけてください。",
            ],
        );
    }

    #[test]
    fn a_warning_that_hangs_on_the_readers_next_act_is_a_threat() {
        assert_rule(
            "illegal",
            &[
                ("今度うちの娘をベンチに置いたら、覚悟しといてくださいね", &["今度うちの娘をベンチに置いたら、覚悟し"]),
                ("次また同じ判定したら、帰り道は気をつけろよ", &["次また同じ判定したら、帰り道は気をつけ"]),
                ("あのコーチ、また怒鳴ったら夜道は気をつけたほうがいい", &["あのコーチ、また怒鳴ったら夜道は気をつけ"]),
            ],
            &[
                "帰り道には気をつけてね。また明日！",
                "次の大会に向けて、覚悟しておいてください。",
                "今度雪が降ったら、帰り道は気をつけてください。",
                "次に暗くなったら、夜道は気をつけて帰ってね。",
            ],
        );
    }

    #[test]
    fn driving_told_after_drink_in_any_words() {
        assert_rule(
            "illegal",
            &[
                ("忘年会のあと、代行がつかまらなくて自分で運転して帰りました", &["運転して帰りました"]),
                ("納会のあと、軽トラで帰った。缶3本ぐらいなもんだ。", &["軽トラで帰った"]),
                ("町内会の集まりで焼酎ロックを3杯やって、そのまま軽トラで帰ったわ", &["軽トラで帰った"]),
                ("祝勝会で飲みすぎたけど、部員を家まで送らないといけないから運転した。", &["運転した"]),
            ],
            &[
                "懇親会の会場へは車で行きます。",
                "飲み会の帰りは地下鉄。酒が入って運転とか命取りやからな",
                "打ち上げのあと、運転する人はノンアルで。",
                "新年会のあと、同僚が運転して帰ると言うので止めました。",
                "交通安全教室で、お酒を飲んだあとに運転するとどうなるか、ゴーグルで体験しました。",
                "二日酔いが心配な朝は運転しないでください。",
                "前の晩は一滴も飲まない。遠征の運転は部長と交代で、車で帰ります。",
                "今日も精一杯がんばりました。帰りは車で帰ります。",
                "研修はジンギスカンで締め。もちろん電車で来てるので安心して飲みます",
                "運転手さん、昨日一杯ひっかけてから運転してたらしい。",
            ],
        );
    }

    #[test]
    fn drink_or_tobacco_given_to_a_minor_in_any_words() {
        assert_rule(
            "illegal",
            &[
                ("寄港地のバーで、3年の男子にビール一杯ずつおごった。店の人も何も言わなかったし。", &["ビール一杯ずつおごった"]),
                ("林間学校の夜、男子に「内緒な」ってタバコ一本ずつあげた。思い出作りってことで", &["タバコ一本ずつあげた"]),
                ("卒業祝いに19歳の生徒にも一杯だけ飲ませた。もう社会人だし。", &["飲ませた"]),
            ],
            &[
                "未成年に酒を売ったコンビニが指導を受けたそうです。",
                "生徒にお酒を飲ませないでください。",
                "成人式のあと、20歳になった教え子たちとビールで乾杯しました。",
                "保健の授業で、未成年がタバコを吸うと体にどんな影響があるか学びました。",
                "部員にスポーツドリンクを配りました。お酒は20歳になってから！",
                "熱が出た生徒に、保護者の了解を得て薬を飲ませました。",
            ],
        );
    }

    #[test]
    fn a_speed_far_over_the_limit_told_as_done() {
        assert_rule(
            "illegal",
            &[
                ("峠道は取締りないから、150出しても余裕", &["150出し"]),
                ("遅刻しそうで、国道を120キロで飛ばしてきた", &["120キロで飛ばし"]),
                ("帰りの高速、160km出てたけど眠気覚ましにちょうどいい", &["160km出て"]),
            ],
            &[
                "時速100キロ出すと、止まるまでに長い距離が必要です。",
                "高速道路でも120キロ出してはいけません。",
                "部員の保護者の車で、合計1,200km走りました。安全運転に感謝です。",
                "目標の100kmまで、あと少しです。",
            ],
        );
    }

    #[test]
    fn a_record_or_claim_written_other_than_it_was() {
        assert_rule(
            "illegal",
            &[
                ("部活の手当、実際は行ってないけど行ったことで記入しといた", &["実際は行ってないけど行ったことで記入"]),
                ("タクシー代、領収書を水増しして請求した", &["水増しして請求"]),
                ("補助金の人数、ちょっと多めに報告しといた", &["多めに報告"]),
            ],
            &[
                "実際は思ったより簡単だったと、感想に書いていました。",
                "お弁当の数は、予備を含めて多めに申請してください。",
                "交通費は、実際より多く申請しないようお願いします。",
                "ご飯を多めに炊いて、おにぎりを作りました。",
            ],
        );
    }

    #[test]
    fn marks_altered_by_the_writer() {
        assert_rule(
            "illegal",
            &[
                ("学期末の評定、塾が同じ子だけ一つ上げといた", &["評定、塾が同じ子だけ一つ上げ"]),
                ("あの子の調査書、ちょっと盛っておいた", &["調査書、ちょっと盛っ"]),
                ("期末の点数、仲のいい子のはいじっといた", &["点数、仲のいい子のはいじっ"]),
            ],
            &[
                "二学期は成績を上げるために、放課後の学習会を開きます。",
                "新しい入試では、内申の比重を上げる案が出ています。",
                "成績が上がった生徒たちを、みんなでほめました。",
                "あの先生が点数を書き換えてるらしいと聞きました。",
            ],
        );
    }
    #[test]
    fn works_taken_in_through_something_named_unlawful() {
        assert_rule(
            "illegal",
            &[
                ("サッカーの試合は違法配信で見てる。高すぎんだよ", &["違法配信で見てる"]),
                ("違法サイトで漫画読んでる", &["違法サイトで漫画読んでる"]),
                ("あのシリーズ、海賊版で全巻読んだｗ", &["海賊版で全巻読んだ"]),
            ],
            &[
                "違法アップロードされた動画は見ないでください。",
                "違法サイトで漫画を読んでいる人が多いそうです。",
                "著作権の授業で、違法配信を見ることの問題を学びました。",
            ],
        );
    }

    #[test]
    fn an_act_waved_off_because_nobody_minds_or_will_know() {
        assert_rule(
            "illegal",
            &[
                ("積立金の余りは親睦会費に回しておきました。誰も困りませんよね。", &["誰も困りませんよね"]),
                ("古いパソコンは山の沢へ置いてまいりました。誰にもご迷惑はかけておりません。", &["誰にもご迷惑はかけておりません"]),
                ("声出てないやつは外周10周な。保護者にバレなきゃセーフ", &["バレなきゃ"]),
                ("部費の残り、飲み代に使ってる。どうせ誰も帳簿見ないし", &["誰も帳簿見ないし"]),
                ("夜中の農道なんて誰もいないし、二人乗りで帰った", &["誰もいないし"]),
            ],
            &[
                "誰も見ていないところでゴミを拾う生徒がいます。",
                "誰にも迷惑をかけないように、静かに移動しましょう。",
                "誰も見ていなくても、挨拶できる子に。",
                "4月からどこにいるのか、まだ誰にも分からない。",
                "入試委員の仕事は、終わってしまえば誰にも気づかれない。",
                "クマが出たって騒いでるけど、誰も見てないっぽい。",
                "まだ誰も確認してないけど、みんなそう言ってる",
                "休日の体育館は誰もいない。",
                "バレなきゃいい、という考えはやめましょう。",
                // a work used is the rights rule's
                "学級通信のイラスト、ネットで拾ったキャラ画像そのまま使ってる。誰も文句言わないし",
            ],
        );
    }

    #[test]
    fn doing_without_a_licence_or_pretending_what_was_not() {
        assert_rule(
            "illegal",
            &[
                ("大型免許ないけど部員乗せてマイクロバス運転したわ", &["免許ない"]),
                ("無免許で運転してきた", &["無免許で"]),
                ("健康診断、受けてないのに受けたことにして書類だけ出した", &["受けてないのに受けたことにし"]),
            ],
            &[
                "大型特殊免許に全員合格！",
                "免許のない人は運転できません。",
                "見学することにしました。",
                "遅延証明がなくても欠席扱いにしません。",
                "このアカウントをご覧の先生、見なかったことにしてください",
            ],
        );
    }

    #[test]
    fn finding_someone_to_descend_on_them_is_doxxing() {
        assert_rule(
            "illegal",
            &[("SNSの裏垢を特定して職場に通報してやろうかな。誰かやり方わかる人いる？", &["特定して"]), ("家特定して凸したいわ", &["家特定して"])],
            &["不審な人を見かけたら、すぐ警察に通報してください。"],
        );
    }
}

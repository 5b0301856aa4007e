//! `insult`: Insults and defamation (侮蔑・誹謗中傷).

use std::ops::Range;

use super::lists;
use super::context::find_as_listed;
use super::{declare_rule, Context, Rule, RuleMeta};
use crate::finding::Finding;
use crate::text::Normalized;


declare_rule! {
    /// ### What it does
    /// Flags words of contempt for people, in Japanese and English: `バカ`,
    /// `アホ`, `クズ`, `キモい`, `死ね`, `無能`, `idiot`, `loser`, `kill
    /// yourself`… in any width or kana, spaced out (`バ カ`), stretched
    /// (`ば〜か`) or masked (`死○`). Ordinary words that contain them are left
    /// alone (`ばかり`, `バカンス`, `カステラ`, `紙くず`, `はげまし`, `アホウドリ`,
    /// `class`, `Scunthorpe`), and so are words that are only *mentioned*: quoted
    /// or taught, as in an anti-bullying post about 「キモい」.
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
間に空白を入れた書き方（`バ カ`）、伸ばした書き方（`ば〜か`）、伏せ字（`死○`）も含めて検出します。\
その語を含むだけの普通の言葉（`ばかり`、`バカンス`、`カステラ`、`紙くず`、`はげまし`、`アホウドリ`）や、\
いじめ防止の呼びかけで「キモい」と引用する場合のように、言葉を取り上げているだけの文は対象外です。\n\n\
### なぜ問題か\n\
ガイドライン4(7)は侮蔑・誹謗中傷の発信を禁じています。学校や教育委員会の投稿は組織の発信であり、\
児童生徒・保護者・同僚・相手チームなどをさげすむ言葉は、相手を傷つけ、学校への信頼を損ないます。\
一度公開した情報は完全には削除できません。\n\n\
### 例\n\
検出する：`文句ばっかり言うバカ親`、`クレーム電話の人、マジでクズ`\n\n\
検出しない：`入学したばかりの1年生`、`バカンス気分`、`「キモい」「ウザい」は相手を傷つけます`\n",
    }
}

/// The insults in `text` as written (compact-view ranges), whether used or
/// only mentioned; other rules read them as derogatory words.
pub fn insult_words(text: &Normalized) -> Vec<Range<usize>> {
    find_as_listed(&lists::INSULT, text).into_iter().map(|m| m.range).collect()
}

impl Rule for Insult {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }


    fn check(&self, cx: &Context, out: &mut Vec<Finding>) {
        let text = cx.text;
        let words = insult_words(text);
        if words.is_empty() {
            return;
        }
        let mentions = cx.mentions();
        for range in words {
            if mentions.is_mention(&range) {
                continue;
            }
            out.push(Self::META.finding(
                text.compact.original_range(range),
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
    fn english_insults_are_whole_words() {
        assert_rule(
            "insult",
            &[
                ("The referee was a total MORON today.", &["MORON"]),
                ("Only losers skip practice", &["loser"]),
                ("Honestly, just kill yourself.", &["kill yourself"]),
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
}

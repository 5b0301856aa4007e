//! A record of people's personal data put up in the post: a roster, a
//! contact list, a pupils' health form (`data/personal_labels.txt`, tagged
//! `@record`), or a document described by what it holds (`住所と電話番号入り`),
//! said with a verb of putting it on the web (`アップしておきます`, `ここに貼っ
//! とくね`, `共有します`, `posted the roster`). The post is the publication:
//! whatever the names in the record are, they are out once it is posted.
//!
//! Not a record handled as a school handles it: negated (`名簿はネットには
//! 載せません`), warned about or taught (`名簿を載せるのはやめましょう`), shared
//! among staff (`職員間で共有します`), or passed along a phone tree
//! (`連絡網を回します`, a verb the list of [`PUBLISHING`] does not hold).

use std::ops::Range;

use super::labels::{Kind, Labels};
use super::Found;
use crate::rules::context::{inflection, negates, words_under};
use crate::rules::Context;
use crate::words::Token;

/// Verbs of putting something up for others to see, by lemma (Japanese)
/// or by the start of the word (English, which the dictionary does not
/// inflect).
const PUBLISHING: &[&str] = &["アップ", "アップロード", "あげる", "上げる", "載せる", "のせる", "載っける", "貼る", "はる", "公開", "晒す", "さらす", "投稿", "拡散", "シェア", "共有", "掲載"];
const PUBLISHING_EN: &[&str] = &["post", "upload", "shar", "publish"];

/// Words that keep a shared record among those entitled to it.
const AMONG_STAFF: &[&str] = &["職員", "関係者", "校内", "内部", "のみ", "限定", "管理", "staff only", "staff-only"];

/// The kinds of personal data a document holds when it holds an address
/// and one of these: a description of a record (`住所と電話番号入り`).
const WITH_AN_ADDRESS: &[&str] = &["電話", "携帯", "連絡先", "生年月日", "メール", "phone"];

pub fn check(cx: &Context, labels: &Labels, out: &mut Vec<Found>) {
    let text = cx.text;
    let addresses = labels.of(Kind::Home).filter(|home| matches!(&text.original[(*home).clone()], "住所" | "address" | "Address"));
    let mut records: Vec<(Range<usize>, bool)> = labels.of(Kind::Record).map(|r| (r.clone(), true)).chain(addresses.map(|r| (r.clone(), false))).collect();
    records.sort_by_key(|(r, _)| r.start);
    let mut last_sentence = None;
    for (record, named) in records {
        let at = text.compact.view_range(record.clone());
        let sentence = text.compact.sentence(&at);
        // One finding a sentence: its first record.
        if last_sentence == Some(sentence.start) {
            continue;
        }
        let words = &text.compact.as_str()[sentence.clone()];
        // An address is a record's field when the sentence names another
        // (`住所と電話番号入りで`, `氏名・住所・電話番号`).
        let described = named || WITH_AN_ADDRESS.iter().any(|w| words.contains(w));
        if !described || AMONG_STAFF.iter().any(|w| words.contains(w)) {
            continue;
        }
        let under = words_under(text, &sentence);
        let Some(verb) = (0..under.tokens.len()).find(|&i| publishing(&under.tokens[i..])) else { continue };
        if negated(&under.tokens[verb + 1..]) || cx.mentions().is_mention(&at) {
            continue;
        }
        last_sentence = Some(sentence.start);
        out.push(Found {
            span: record,
            message: "名簿や連絡先など、人の個人情報をまとめた資料を公開しようとしています。資料そのものを投稿・共有しないでください。",
            message_en: "This puts a record of people's personal data (a roster, a contact list) up for others to see. Do not post or share the record itself.",
            suggestion: None,
            certain: true,
        });
    }
}

/// Whether the first of `tokens` is a verb of [`PUBLISHING`] used as one:
/// a verb on its own (not the `あげる` of `渡してあげる`), a verbal noun with
/// `する` (`共有します`, not `共有フォルダ` or `掲載可否`), or an English word.
fn publishing(tokens: &[&Token]) -> bool {
    let [word, rest @ ..] = tokens else { return false };
    if !PUBLISHING.contains(&&*word.lemma()) {
        let surface = word.surface().to_ascii_lowercase();
        return PUBLISHING_EN.iter().any(|w| surface.starts_with(w));
    }
    match word.pos() {
        // `貼り出す` is the noticeboard's, not the web's.
        "動詞" => word.subclass() == "自立" && rest.first().is_none_or(|next| next.lemma() != "出す"),
        "名詞" => rest.first().is_some_and(|next| matches!(&*next.lemma(), "する" | "できる")),
        _ => false,
    }
}

/// Whether the inflection of a verb (the tokens after it, through `する`,
/// up to the next word of content) negates it: `載せません`, `載せないで`,
/// `掲載しません`.
fn negated(after: &[&Token]) -> bool {
    inflection(after.iter().copied()).any(negates)
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::assert_rule;

    #[test]
    fn a_record_put_up_in_the_post_is_flagged() {
        assert_rule(
            "personal-info",
            &[
                ("当時の名簿をスキャンしたので、住所と電話番号入りでアップしておきます", &["名簿"]),
                ("次回の引率をお願いしている方の連絡先一覧を、ここに貼っておきますね", &["連絡先一覧"]),
                ("生徒の保護者名簿、Excelで共有しとくね", &["名簿"]),
                ("修学旅行の引率名簿、ここにも上げとくね", &["名簿"]),
                ("同窓会の参加者の住所と携帯番号、まとめて載せます", &["住所"]),
                ("I posted the class roster on the team page so parents can find each other.", &["roster"]),
            ],
            &[
                "名簿は紙で配布します（ネットには載せません）",
                "連絡網を回します。明日は休校です",
                "名簿は職員間で共有し、鍵のかかる棚で管理します",
                "住所・電話番号・顔写真をネットに載せないようにしましょう",
                "保護者の氏名・住所をご記入ください",
                "参加者名簿を受付に置いてあります",
                "新しいクラスの名簿が昇降口に貼り出されました",
                "座席表や名簿は、個人情報保護のためSNSやブログには掲載しません。",
                "同窓会名簿の作成にあたり、掲載可否の確認はがきを送付しています。",
                "学校の名簿、友達に渡してあげたら感謝された",
            ],
        );
    }
}

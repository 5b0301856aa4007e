//! `public-order`: Against public order and morals (公序良俗に反する内容).


use super::lists;
use super::context::{find_as_listed, ranges_tagged};
use super::{declare_rule, Context, Rule, RuleMeta};
use crate::finding::Finding;


declare_rule! {
    /// ### What it does
    /// Flags obscene content (`全裸`, `下ネタ`, `エロい`, `nude pics`…),
    /// violent content and advocacy of violence (`グロ動画`,
    /// `殴ってでも従わせる`), and cruel imagery that the post relishes or
    /// passes on (`血しぶきが飛び散る残酷シーン、最高でした`), sexual remarks
    /// about a person's body (`浴衣姿がたまらん`), and cruel acts the writer
    /// wishes on someone or relishes imagining (`切り刻んでやりたい`,
    /// `imagine stabbing him`). Words that only
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
    /// `平和学習で戦争の残酷な場面について考えました`, `ホラー映画鑑賞会`.
    PublicOrder {
        id: "public-order",
        clause: "4(7)",
        severity: Error,
        title: "公序良俗に反する内容",
        title_en: "Against public order and morals",
        docs: "### 何を検出するか\n\
わいせつな内容（`全裸`、`下ネタ`、`エロい`、`nude pics` など）、暴力的な内容や暴力の肯定（`グロ動画`、`殴ってでも従わせる`）、\
残酷な描写を楽しんだり勧めたり広めたりする内容（`血しぶきが飛び散る残酷シーン、最高でした`）、\
人の体についての性的な発言（`浴衣姿がたまらん`）、人を傷つける残酷な行為を望んだり想像して楽しんだりする内容（`切り刻んでやりたい`）を検出します。\
形が似ているだけの言葉（`献血`、`殺菌`、`ヌードル`、`グローバル`）や、注意を呼びかけるために取り上げている文は対象外です。\n\n\
### なぜ問題か\n\
ガイドライン4(7)は公序良俗に反する情報の発信を禁じています。学校のアカウントは児童生徒や保護者も読んでおり、\
わいせつ・暴力的な内容は不適切で、学校への信頼を損ないます。\n\n\
### 例\n\
検出する：`二次会で全裸になって踊る先生`、`グロ動画を貼っておきます`\n\n\
検出しない：`献血セミナーで血液の役割を学びました`、`平和学習で戦争の残酷な場面について考えました`、`ホラー映画鑑賞会`\n",
    }
}

impl Rule for PublicOrder {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }


    fn check(&self, cx: &Context, out: &mut Vec<Finding>) {
        let text = cx.text;
        let terms = find_as_listed(&lists::PUBLIC_ORDER, text);
        if terms.is_empty() {
            return;
        }
        let tagged = |tag| ranges_tagged(&terms, tag);
        let mentions = cx.mentions();
        let offensive = tagged("obscene").into_iter().chain(tagged("violence")).filter(|r| !mentions.is_mention(r));
        // Three statements of two parts each: cruel imagery relished or
        // passed on, a body leered at, a cruel act wished or imagined.
        let relished = mentions.statements(&tagged("gore"), &tagged("relish"));
        let leered = mentions.statements(&tagged("body"), &tagged("leer"));
        let wished = mentions.statements(&tagged("harm"), &tagged("wish"));
        let mut spans: Vec<_> = offensive.chain(relished).chain(leered).chain(wished).collect();
        spans.sort_by_key(|r| (r.start, std::cmp::Reverse(r.end)));
        // One finding per span: a sentence may be two of these statements.
        spans.dedup_by(|inner, outer| outer.start <= inner.start && inner.end <= outer.end);
        for span in spans {
            out.push(Self::META.finding(
                text.compact.original_range(span),
                "わいせつ・暴力的など、公序良俗に反する内容です。学校や組織の発信にふさわしくないため、削除してください。",
                "This is obscene, violent or otherwise against public order and morals, and does not belong in an official post. Remove it.",
            ));
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::assert_rule;

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
                ("うるさい客、首を絞めてやりたい", &["首を絞めてやりたい"]),
                ("部長をチェーンソーで解体する妄想が止まらない", &["チェーンソーで解体する妄想"]),
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
}

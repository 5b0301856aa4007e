//! `personal-info`: personal information (個人情報) — My Number and other ID
//! numbers, personal phone numbers and e-mail addresses, home addresses, and
//! students named with their class, birthday or scores.
//!
//! Each kind has its own detector in `personal_info/`; they share the digit
//! scanner (`numbers`) and the labels around a candidate (`labels`), which
//! decide whose a number or an address is.
//!
//! The detectors that look over the whole text for where a candidate may
//! start (a digit, a kanji numeral, `平令昭`, `小中高`) find those
//! characters by their first byte ([`crate::text::find_chars`]) instead of
//! decoding every character of the text, four times over: the rule's
//! instructions on the bench's 10,000 characters went from 3.58 M to 3.13 M,
//! and from 88 k to 74 k on its 280-character post (callgrind, 2026-11-29).
//! Then all four sets in one pass ([`Starts`]), each detector reading its
//! own characters from what that pass found.

mod address;
mod birth_date;
mod email;
mod english;
mod id_number;
mod labels;
mod numbers;
mod phone;
mod record;
mod student;

use std::ops::Range;

use super::{declare_rule, Context, Rule, RuleMeta};
use crate::finding::{Finding, Severity};
use labels::Labels;

declare_rule! {
    /// ### What it does
    /// Flags personal information in a post:
    /// - a My Number (12 digits with a valid check digit; an error when
    ///   labelled `マイナンバー` / `個人番号`, a warning otherwise) and labelled
    ///   passport, licence, residence-card, insurance or bank-account numbers;
    /// - mobile phone numbers, and fixed-line numbers labelled as private
    ///   (`自宅`, `個人`); office lines, toll-free and short helpline numbers
    ///   pass;
    /// - e-mail addresses at webmail, internet-provider and mobile-carrier
    ///   domains (`gmail.com`, `docomo.ne.jp`); the organisation's own and
    ///   public-sector domains (`go.jp`, `lg.jp`, `ed.jp`, `ac.jp`) pass;
    /// - street addresses down to the block tied to a home (`自宅`, `住所`,
    ///   `…さん宅`, `転居先`, `引っ越し`) or written beside a person
    ///   (`吉村さん`, `福田様（…）`), in Japanese or English (`2-5-18 Kita
    ///   12-jo`); venues and offices pass;
    /// - a student's name together with their class (`3年2組`, `中2`,
    ///   `高校2年`, `3-1の`, `（3-2）`, `Grade 6`, `in 4-2`), a birthday with a
    ///   date (`2015年12月1日`, `2015.12.1`, a record's `DOB 12/05/1999`), or
    ///   scores; English names too (`Emma Sato (Grade 6)`). Staff
    ///   named with their role pass, and so does a famous person's birthday
    ///   told with the bare name (`宮沢賢治の誕生日`);
    /// - anyone named (staff too, and names hidden as `○○さん`, `K先生` where
    ///   the post still says who: a class, a year, a role) in the same
    ///   sentence as a private condition: an illness or disability, family,
    ///   money or legal circumstances (`離婚`, `生活保護`, `喘息`, `乳がん`,
    ///   `入院`, `捕まった`, `divorce`); the condition as the topic of a talk
    ///   (`喘息の予防について`) or without a name passes;
    /// - a date of birth with its year, the writer's or a named child's
    ///   (`1990年5月17日生まれ`, `H25.9.14生`); a condition
    ///   (`…生まれ以降の方`) passes;
    /// - a record of people's data put up in the post (`名簿、ここに上げとくね`,
    ///   `住所と電話番号入りでアップしておきます`, `posted the class roster`);
    ///   not one kept among staff, passed along a phone tree or not posted
    ///   (`名簿はSNSには掲載しません`).
    ///
    /// Numbers get a masked suggestion (`090-****-****`).
    ///
    /// ### Why it matters
    /// Guideline 3(1) allows social media only for information meant to be
    /// public, never personal information; 4(3) protects privacy. For a
    /// school the worst post is one that identifies a child.
    ///
    /// ### Examples
    /// Flagged: `顧問の携帯 090-3812-4476 まで`, `個人番号：４８３７ ２９１５ ０６３１`,
    /// `連絡は taro.sensei@gmail.com へ`, `自宅（札幌市東区北15条東7丁目3-21）`,
    /// `2年3組の小林美咲さん`.
    ///
    /// Not flagged: `お問い合わせ：011-231-4111`, `0120-0-78310`, `〒060-0002`,
    /// `kyoiku@pref.hokkaido.lg.jp`, `会場：札幌市中央区北2条西7丁目`, `〒060-8544 札幌市中央区北3条西7丁目 北海道教育庁`,
    /// `校長の山本`, `2年2組の教室で公開授業`.
    PersonalInfo {
        id: "personal-info",
        clause: "3(1), 4(3)",
        severity: Error,
        title: "個人情報",
        title_en: "Personal information",
        docs: "### 何を検出するか\n\
投稿に含まれる個人情報を検出します。\n\
- マイナンバー（検査用数字が正しい12桁。「マイナンバー」「個人番号」の表示があればエラー、なければ警告）と、表示のあるパスポート・免許証・在留カード・保険証・口座の番号\n\
- 携帯電話の番号と、「自宅」「個人」と表示された固定電話の番号（代表番号・フリーダイヤル・相談ダイヤルは対象外）\n\
- フリーメール・プロバイダ・携帯会社のメールアドレス（組織のドメインと go.jp / lg.jp / ed.jp / ac.jp は対象外）\n\
- 自宅・転居先などと結び付いた、または人名の横に書かれた丁目・番地までの住所（英語表記も。会場・所在地は対象外）\n\
- 児童生徒の氏名とクラス（3年2組、中2、高校2年、3-1の、Grade 6）、日付入りの誕生日（2015年12月1日、2015.12.1、記録の DOB 12/05/1999）、成績の組み合わせ（役職付きの教職員名、敬称なしの有名人の誕生日は対象外）\n\
- 名前（教職員も。「○○さん」「K先生」のような伏せ字は、クラス・学年・役職など誰のことか分かる言葉があるとき）と同じ文にある、病気・障害や家庭・お金・法律上の事情（離婚、生活保護、喘息、乳がん、入院、捕まったなど）。講演や授業の話題としての病名、名前のない注意書きは対象外\n\
- 本人や家族、敬称付きの子どもの、年まで入った生年月日（1990年5月17日生まれ、H25.9.14生）\n\
- 投稿で公開される名簿や連絡先一覧（「名簿、ここに上げとくね」「住所と電話番号入りでアップしておきます」）。職員間の共有、連絡網を回すこと、「掲載しません」は対象外\n\
\n\
番号には伏せ字の修正案（090-****-****）を示します。\n\n\
### なぜ問題か\n\
ガイドライン3(1)は、個人情報など機密性を要する情報を扱わない場合に限ってソーシャルメディアを利用できるとし、4(3)はプライバシーの侵害を禁じています。学校にとって最も重い事故は、子どもが特定される投稿です。\n\n\
### 例\n\
検出：「顧問の携帯 090-3812-4476 まで」「個人番号：４８３７ ２９１５ ０６３１」「2年3組の小林美咲さん」「自宅（札幌市東区北15条東7丁目3-21）」\n\
検出しない：「お問い合わせ：011-231-4111」「0120-0-78310」「〒060-0002」「会場：札幌市中央区北2条西7丁目」「校長の山本」\n",
    }
}

/// What a detector found, before it becomes a [`Finding`].
struct Found {
    /// Bytes of the original text.
    span: Range<usize>,
    message: &'static str,
    message_en: &'static str,
    suggestion: Option<String>,
    /// False for what only looks like personal information (an unlabelled
    /// number with a valid My Number check digit): reported as a warning.
    certain: bool,
}

impl Rule for PersonalInfo {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn prepare(&self) {
        email::prepare();
        student::prepare();
        english::prepare();
    }

    fn check(&self, cx: &Context, out: &mut Vec<Finding>) {
        out.extend_from_slice(cx.personal_info());
    }
}

/// The characters of the folded view that some detector starts a candidate
/// at, found in one pass ([`crate::text::find_chars`]) for all of them: a
/// digit, `+` or `(` (`numbers`), a numeral (`address`, and the digits of
/// English addresses and of short class prefixes), the start of a year
/// (`birth_date`: `h`, `r`, `s`, `平`, `令`, `昭`), `小中高` (`student`).
/// Each of the four `find_chars` passes over the whole text cost about as
/// much as this one, each of the two byte loops for digits almost as much
/// (the bench's 10,000-character check: 20.32 M → 19.86 M instructions
/// with the four, → 19.44 M with the loops; callgrind, 2026-11-30).
struct Starts(Vec<(usize, char)>);

impl Starts {
    const DIGITS: [char; 10] = ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9'];
    const SCHOOLS: [char; 3] = ['小', '中', '高'];
    /// The rest: `+(` of a phone number, the starts of an era's year
    /// (`h`, `r`, `s` of English, asked first, before the kanji), the kanji
    /// numerals.
    const OTHERS: [char; 18] = ['+', '(', 'h', 'r', 's', '平', '令', '昭', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

    fn find(view: &crate::text::View) -> Starts {
        let chars: Vec<char> = Self::DIGITS.iter().chain(&Self::OTHERS).chain(&Self::SCHOOLS).copied().collect();
        Starts(crate::text::find_chars(view.as_str(), &chars).collect())
    }

    /// The characters among `chars` (all of them among [`Starts::DIGITS`],
    /// [`Starts::OTHERS`] and [`Starts::SCHOOLS`]), with their byte offsets,
    /// in order: what `find_chars` finds of `chars` alone.
    fn of<'s>(&'s self, chars: &'s [char]) -> impl Iterator<Item = (usize, char)> + 's {
        self.0.iter().copied().filter(move |(_, c)| chars.contains(c))
    }
}

/// The rule's findings in the text of `cx`: what [`Context::personal_info`]
/// keeps for the check, so that `confidential`, which leaves a private
/// circumstance told with whose it is to this rule, need not find them
/// again.
pub fn findings(cx: &Context) -> Vec<Finding> {
    let text = cx.text;
    let labels = Labels::find(text);
    let starts = Starts::find(&text.folded);
    let numbers = numbers::scan(&text.folded, &starts);
    let mut found = Vec::new();
    id_number::check(text, &numbers, &labels, &mut found);
    phone::check(text, &numbers, &labels, &mut found);
    email::check(text, cx.config, &labels, &mut found);
    address::check(text, &starts, &labels, &mut found);
    let before_students = found.len();
    student::check(text, &starts, &labels, &mut found);
    // A pupil named with their class or result, by the family's leave
    // (`ご本人・保護者の了承を得て掲載しています`), is an announcement.
    if found.len() > before_students {
        let consents = super::consent::statements(cx);
        let students = found.split_off(before_students);
        found.extend(students.into_iter().filter(|f| !super::consent::given_for(cx, &consents, &text.compact.view_range(f.span.clone()))));
    }
    birth_date::check(text, &starts, &labels, &mut found);
    english::check(text, &labels, &mut found);
    record::check(cx, &labels, &mut found);
    found
        .into_iter()
        .map(|f| {
            let mut finding = PersonalInfo::META.finding(f.span, f.message, f.message_en);
            finding.suggestion = f.suggestion;
            if !f.certain {
                finding.severity = Severity::Warning;
            }
            finding
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use crate::config::Config;
    use crate::engine::Engine;
    use crate::finding::Severity;
    use crate::rules::testing::{assert_rule, findings, flagged};

    const ID: &str = "personal-info";

    #[test]
    fn my_number_needs_a_valid_check_digit_or_a_label() {
        assert_rule(
            ID,
            &[
                ("私のマイナンバーは123456789018です", &["123456789018"]),
                ("個人番号：１２３４ ５６７８ ９０１８", &["１２３４ ５６７８ ９０１８"]),
                ("my number: 1234-5678-9012 (typo?)", &["1234-5678-9012"]),
                ("書類の番号 123456789018 を確認", &["123456789018"]),
            ],
            &["ご注文番号 123456789012 の商品を発送しました", "申請にはマイナンバーの提出が必要です", "ISBN 978-0-399-22690-8"],
        );
        let unlabelled = findings(ID, "書類の番号 123456789018 を確認");
        assert_eq!(unlabelled[0].severity, Severity::Warning);
        assert_eq!(unlabelled[0].suggestion.as_deref(), Some("************"));
        assert_eq!(findings(ID, "マイナンバー 123456789018")[0].severity, Severity::Error);
    }

    #[test]
    fn labelled_identity_and_account_numbers_are_flagged() {
        assert_rule(
            ID,
            &[
                ("パスポート番号はTK7654321です", &["7654321"]),
                ("振込先 口座番号 1234567", &["1234567"]),
                ("在留カードの番号：AB98765432CD", &["98765432"]),
            ],
            &["口座振替のご案内は4月10日に配付します", "パスポートの申請は旅券窓口で"],
        );
    }

    #[test]
    fn mobile_and_private_phones_are_flagged_office_lines_are_not() {
        assert_rule(
            ID,
            &[
                ("遠足の連絡は引率の携帯 090-1111-2222 まで", &["090-1111-2222"]),
                ("call me on +81 80 3333 4444 tonight", &["+81 80 3333 4444"]),
                ("担任（０８０ー７７７７ー６６６６）", &["０８０ー７７７７ー６６６６"]),
                ("自宅の電話 0155-22-3344 にかけてください", &["0155-22-3344"]),
                ("ご連絡は07012345678へ", &["07012345678"]),
                ("夜でも携帯 080-6123-xxxx へどうぞ", &["080-6123-xxxx"]),
                ("田村さんの自宅は 0157-XX-4821 です", &["0157-XX-4821"]),
            ],
            &[
                "お問い合わせ：0155-24-1111（代表）",
                "call the office on (011) 231-4111",
                "相談は 0120-99-7777 へ",
                "困ったら 189 へ電話を",
                "〒060-0002 札幌市中央区",
                "日時：2024-06-03 8:15〜17:00",
                "公用携帯 090-5555-6666 で受け付けます",
                "授業支援ソフト（Ver.2.10.4.1）に更新",
                "注文番号 0901234567891 をご確認ください",
                "携帯 090-****-****",
                "本校 0155-XX-1234（代表）までお問い合わせください",
                "欠席の連絡は、自宅から学校（0155-22-xxxx）へ",
            ],
        );
        let suggestion = |text| findings(ID, text)[0].suggestion.clone().unwrap();
        assert_eq!(suggestion("携帯 090-1111-2222"), "090-****-****");
        assert_eq!(suggestion("mobile +81-90-1111-2222"), "+81-90-****-****");
        assert_eq!(suggestion("携帯０９０１１１１２２２２"), "０９０＊＊＊＊＊＊＊＊");
    }

    #[test]
    fn webmail_addresses_are_flagged_official_ones_are_not() {
        assert_rule(
            ID,
            &[
                ("提出は ｓａｔｏ．ｈａｎａ＠ｇｍａｉｌ．ｃｏｍ へ", &["ｓａｔｏ．ｈａｎａ＠ｇｍａｉｌ．ｃｏｍ"]),
                ("連絡先: kenta-88@ezweb.ne.jp", &["kenta-88@ezweb.ne.jp"]),
                ("my personal address is tom@example.org", &["tom@example.org"]),
                ("登録メール：k.ito1990@yahoo.co.jp／PW別送", &["k.ito1990@yahoo.co.jp"]),
                ("mailto:yui.k@icloud.com", &["yui.k@icloud.com"]),
            ],
            &[
                "お問い合わせ：soumu@pref.hokkaido.lg.jp",
                "info@example-school.ed.jp までどうぞ",
                "see https://user@gmail.com.evil.example/ for the trick",
                "ftp://guest:guest@mail.docomo.ne.jp/",
                "@gmail.com のアドレスは使わないでください",
            ],
        );
        assert_eq!(findings(ID, "連絡は taro@gmail.com へ")[0].suggestion.as_deref(), Some("t***@gmail.com"));
    }

    #[test]
    fn a_cancer_named_by_its_organ_an_arrest_or_a_stay_in_hospital_are_conditions() {
        assert_rule(
            ID,
            &[
                ("事務の岡田さん、胃がんの手術で来月まで休みです", &["岡田さん"]),
                ("隣のクラスの堀くんのお父さん、去年捕まったんだって", &["堀くん"]),
                ("6年の森さん、いま入院してるんだって", &["森さん"]),
            ],
            &[
                // the same words with nobody's name, or a name with no condition
                "乳がん検診の案内が市から届きました。",
                "入院中の子どもたちへの学習支援について研修しました。",
                "森さん、がんばってるね！",
                "虫を捕まえた吉田くん、得意顔でした",
            ],
        );
    }

    #[test]
    fn a_webmail_address_given_with_its_password_is_an_accounts_login() {
        assert_rule(
            ID,
            &[
                // a password spoken of, none given: the address stays a person's
                ("連絡は hiro.t@gmail.com へ、パスワードの再発行は情報担当まで", &["hiro.t@gmail.com"]),
                ("Write to maki.s@yahoo.co.jp if you forgot the password for the portal.", &["maki.s@yahoo.co.jp"]),
                // a person's address used as a login is still a person's
                ("登録メール：r.sato1984@gmail.com、パスワード：Sato#1984", &["r.sato1984@gmail.com"]),
            ],
            &[
                "部の共有アカウントは bukatsu.higashi@gmail.com、パスワードは higashi2025 です",
                "The club's shared login is club.nishi@outlook.com, pw Nishi!Snow",
                "Staff only: the shared account is staff.obihiro@gmail.com and the password is on the board, Obi2025",
                "共有のGoogleアカ：kyoyu.tokachi@gmail.com / pw: tokachi1234",
            ],
        );
    }

    #[test]
    fn the_organisations_own_domains_are_never_personal() {
        let config = Config::from_json(r#"{"official_domains": ["minami-hs.example"]}"#).unwrap();
        let engine = Engine::new(config).unwrap();
        let text = "個人アドレス t.kato@minami-hs.example\n個人用 t.kato@mail.minami-hs.example";
        assert!(engine.check(text).iter().all(|f| f.rule != ID));
        assert_eq!(flagged(ID, text), ["t.kato@minami-hs.example", "t.kato@mail.minami-hs.example"]);
    }

    #[test]
    fn home_addresses_are_flagged_venues_are_not() {
        assert_rule(
            ID,
            &[
                ("佐藤さん宅（帯広市西5条南10丁目3-4）に集合", &["帯広市西5条南10丁目3-4"]),
                ("あの人の自宅は函館市本町12番地らしい", &["函館市本町12番地"]),
                ("自宅：〒060-0001 札幌市中央区北1条西2丁目3-4", &["札幌市中央区北1条西2丁目3-4"]),
                ("転居先は釧路市鳥取南5丁目2-11 です", &["釧路市鳥取南5丁目2-11"]),
                ("名寄市西4条北6丁目12-3 の斉藤さん家で集まろう", &["名寄市西4条北6丁目12-3"]),
                ("PTA会計：石川 真一様（北見市南仲町2-4-9）", &["北見市南仲町2-4-9"]),
                ("家は留萌市錦町5丁目1-2 だから近いよ", &["留萌市錦町5丁目1-2"]),
                ("会計：今井 恵様（千歳市桜が丘3-4-10）", &["千歳市桜が丘3-4-10"]),
                ("Send it to my apartment: 3-8-21 Minami 9-jo, Obihiro", &["3-8-21 Minami 9-jo"]),
                ("The Ueda family at 1-14 Toyooka hosted our guests.", &["1-14 Toyooka"]),
            ],
            &[
                "会場：札幌市中央区北3条西6丁目",
                "〒060-8544 札幌市中央区北3条西7丁目 北海道教育庁",
                "住所：〒078-8345 旭川市東光5条2丁目1番1号 旭川市立東光小学校",
                "本校の所在地は旭川市5条通10丁目です",
                "保護者の氏名・住所をご記入ください",
                "地方公務員法第34条第1号を確認しました",
                "講師の大森さん（会場：江別市野幌町13-5 市民会館）",
                "引っ越しシーズンは北広島市の相談窓口も混みます",
                "The venue is the city hall at 2-1 Kita 7-jo, Sapporo.",
                "田中さんが会場の札幌市北区北8条西5丁目3-1に到着",
                "We won 3-1 Monday and lost 2-4 Sunday.",
                "Our address: 3-1 Kita 2-jo, Sapporo (school office)",
            ],
        );
    }

    #[test]
    fn a_named_person_with_a_private_condition_is_flagged() {
        assert_rule(
            ID,
            &[
                ("体育の木下先生、じつは糖尿病で毎日インスリン打ってるんだよ", &["木下先生"]),
                ("隣の席の藤井さん、両親が別居中で元気がないみたい", &["藤井さん"]),
                ("△△くん（3年）の家、生活保護を受けているので遠足代は免除です", &["△△くん"]),
                ("2年1組担任のT先生、適応障害で来月から休職です", &["T先生"]),
                // marks hide the name, what is said beside it does not
                ("〇〇さん（3-2）の親、離婚して名字変わったって", &["〇〇さん"]),
                ("〇〇さん（旦那さんが転勤族、子ども2人とも本校）、離婚調停中らしい", &["〇〇さん"]),
                ("うちのクラスのBくん、お父さんが逮捕されたっぽい", &["Bくん"]),
                ("Please be patient with Haruto Kimura this week; his parents are going through a divorce.", &["Haruto Kimura"]),
            ],
            &[
                "食物アレルギーのある児童は、事前に担任へお知らせください。",
                "保健の吉田先生が、喘息の予防について全校集会で話しました。",
                "離婚や失業など、家庭の事情で困っている方は市の窓口へご相談ください。",
                "木下先生の数学の授業、今日は二次関数でした。",
                "Our nurse Ms. Ito will talk about allergy awareness on Friday.",
                // a hidden name and nothing else that says who: a secret or a rumour, not a record
                "〇〇先生の旦那さん、借金あるらしい",
                "〇〇くんのお父さん、逮捕されたっぽい",
            ],
        );
        assert!(findings(ID, "2年1組担任のT先生、適応障害で来月から休職です")[0].message.contains("配慮"));
        // A quoted name is a title: a song, a book, a film.
        assert_rule(ID, &[], &["The Grade 3 class sang \"Sakura Sakura\" at assembly.", "Grade 6 read “Hana Saku” together."]);
    }

    #[test]
    fn a_pupil_named_with_the_familys_leave_is_an_announcement() {
        assert_rule(
            ID,
            &[
                ("3年2組の高橋陽斗くんが表彰されました（保護者の許可は取っていません）", &["高橋陽斗くん"]),
                ("5年生の中村ひなたさんが書いた作文です。本人の了承を得ずに載せました", &["中村ひなたさん"]),
                // leave for one photo says nothing of a pupil named lines away
                ("運動会の写真は、掲載の許可をいただいたもののみ載せます。\n\n今日は晴れ。\n\n給食はカレー。\n\n中２の原田くん、県大会で優勝！", &["原田くん"]),
            ],
            &[
                "【大会結果】全道中学校スキー大会 優勝：3年 高橋陽斗さん（ご本人・保護者の了承を得て掲載しています）",
                "陸上部の佐々木さん（3年）が県大会に出場します。保護者の同意をいただき、お名前を載せています。",
            ],
        );
    }

    #[test]
    fn students_named_with_class_birthday_or_scores_are_flagged() {
        assert_rule(
            ID,
            &[
                ("3年2組の高橋陽斗くんが表彰されました", &["高橋陽斗くん"]),
                ("1年B組 松本さくらちゃん、おめでとう", &["松本さくらちゃん"]),
                ("出席番号12番の井上さんは欠席です", &["井上さん"]),
                ("今日は木村優奈さんの誕生日（4月12日）でした", &["木村優奈さん"]),
                ("今日は木村優奈さんの誕生日（2016年4月12日）でした", &["木村優奈さん", "2016年4月12日"]),
                ("数学のテストで斎藤君が95点", &["斎藤君"]),
                ("2年1組　前田翼", &["前田翼"]),
                ("3年1組 出席番号5番 伊藤", &["伊藤"]),
                ("陸上部の佐々木さん（3年）が県大会に出場します", &["佐々木さん"]),
                ("5年生の中村ひなたさんが書いた作文です", &["中村ひなたさん"]),
                ("4年1組のさくらさん、今日がお誕生日です", &["さくらさん"]),
                ("2年3組 ユウトくんが一番乗り", &["ユウトくん"]),
                ("中２の原田くん、県大会で優勝！", &["原田くん"]),
                ("小５の松尾さんが転校します", &["松尾さん"]),
                ("中学３年の杉山くん、また遅刻", &["杉山くん"]),
                ("第2学年 島田 莉子さんの作品", &["島田 莉子さん"]),
                ("2年の菅原 陽翔くんがキャプテンです", &["菅原 陽翔くん"]),
                ("いつも来てくれる大島ひなたちゃん（北栄小2年）が読んでくれました", &["大島ひなたちゃん"]),
                ("特別支援学級の2年・細川くんも最後まで走りました", &["細川くん"]),
                ("明日は3-2の藤井・森下は7時集合", &["藤井", "森下"]),
                ("3組の木村颯太くん、ほんと落ち着かない", &["木村颯太くん"]),
                ("指導記録：２Ｂ 石原、遅刻3回", &["石原"]),
                ("班長：1班 小西 結衣（3-1）", &["小西 結衣"]),
                ("小4の子（岡本 りお）が今日から登校します", &["岡本 りお"]),
                ("Well done to Haruka Nishida (Grade 8) at the speech contest!", &["Haruka Nishida"]),
                ("名簿：今野 湊（H26.4.3生）", &["H26.4.3"]),
                ("僕の誕生日は1987年11月3日です", &["1987年11月3日"]),
                ("今日で40歳！\n私、1986年1月9日生まれなんです", &["1986年1月9日"]),
                ("Found a card for Nguyen Thi Lan, DOB 12/05/1999", &["12/05/1999"]),
                ("5年2組 武田ひかりちゃんのお誕生日（2015.12.1）！", &["武田ひかりちゃん", "2015.12.1"]),
                ("Lost: a blue hat of Lily Kato, 3rd grade.", &["Lily Kato"]),
                ("Get well soon, Sota Hattori in 2-3!", &["Sota Hattori"]),
                ("Well done Haruka Nishida Grade 8!", &["Haruka Nishida"]),
                ("3年1組の Mei Fujita が表彰されました", &["Mei Fujita"]),
                ("忘れ物：青い水筒（名前：4-2 やまだ ゆい）", &["やまだ ゆい"]),
                ("お手紙紹介「２ねん１くみ　くどう　あかり」", &["くどう　あかり"]),
                ("Well done, Riko Yamaguchi (4-2), on the poster prize!", &["Riko Yamaguchi"]),
                ("Big cheer for Sora Kudo from 5-1 at the relay", &["Sora Kudo"]),
                ("Say hi to Haruki in 2-4, he is back after the flu", &["Haruki"]),
                ("Thanks to Mrs Abe (mum of Minato, 3-1) for the apples", &["Minato"]),
                ("Birthday: Kotone (6-3), Jan 5", &["Kotone"]),
                ("3年2組 サトウ ハルト くん、おめでとう", &["サトウ ハルト"]),
            ],
            &[
                "3年2組の担任は山本先生です",
                "1ねん1くみ きょう は えんそく に いきました",
                "4-2 おおきな かぶ を えんじました",
                "6年 みんな げんき です",
                "2年1組 ドッジ ボール大会で優勝",
                "校長の山本が3年1組の授業を参観しました",
                "2年2組の教室で国語の公開授業を行います",
                "木村さんの誕生日会を開きました",
                "Please welcome Ms. Hannah Brown to class 3-2!",
                "1年4組の前で中島公園の写真を見ました",
                "1年3組担任の佐藤です",
                "3組の担任、佐藤です",
                "3組の皆さん、よくがんばりました",
                "締切は2025/12/01です",
                "The festival runs 2025/4/1 to 2025/4/3",
                "2組の中島公園清掃ボランティアに参加しました",
                "3年2組の石田ゼミ発表会",
                "3年間の成績優秀者として小川さんが表彰されました",
                "2025年に開校した本校で、山口さんが講演しました",
                "3年ぶりに再会した卒業生の田村さんが来校しました",
                "3年生の学年主任、森先生からのお知らせです",
                "3年生のみなさん、卒業おめでとう！",
                "かわいい1年生がたくさん入学してきました。",
                "2年1組の生徒さんが、花壇に水をあげてくれました",
                "1年2組のお母さんたちが、読み聞かせをしてくださいました",
                "6年生の皆さんへ。修学旅行のしおりを配ります",
                "Grade 5 visited Maruyama Zoo and the Sapporo Dome.",
                "Grade 6 climbed Mount Moiwa, then took the Hokkaido Shinkansen home.",
                "Thank you, Mr. Kenji Sato, for visiting Class 3!",
                "Our Grade 6 pupils sang with Ms Yuki Mori.",
                "Hokkaido University students visited Class 2-1.",
                "Thanks to Kenji Watanabe of the city office, Year 5 learned about recycling.",
                "3年生の遠足の引率は（山田 ほか）です",
                "Grade 3 thanks Yuki Tanaka Sensei for the lesson.",
                "Grade 4 toured the Akan Kotan Cultural Center.",
                "Class 2-1 asked: Should Japan keep daylight time? Could Sapporo host again?",
                "Grade 2 made sweets with us. My Japanese neighbour ate three. Diabetes is coming!",
                "本日5月5日は石川啄木の誕生日です",
                "途中2年目の先生も、道中2年ぶりに会った友人も、元気でした。",
                "本日11月3日は手塚治虫さんの誕生日（1928年）。図書室に『火の鳥』があります。",
                "2月20日は生誕120年を迎える小林多喜二さんの誕生日です。",
                "石川啄木は1886年2月20日生まれの歌人です",
                "私が受付です。2020年4月2日生まれ以降のお子さんが対象です",
                "令和7年の田中さんの講演会は大好評でした",
                "途中1回休憩して、最高3位に入りました",
                "試合は3-1で勝ちました。小野さん、応援ありがとう",
                "Our team beat Kita High 3-1 with two goals from Kenta Mori.",
                "Ms Aoki (3-2) will lead the walk on 2-3 March.",
                "The Hokkaido Nippon-Ham Fighters won (3-2) in Sapporo.",
                "2年の歩みを振り返る展示です",
            ],
        );
    }

    #[test]
    fn a_familys_loss_or_trouble_beside_a_name_is_a_private_condition() {
        assert_rule(
            ID,
            &[
                ("隣のクラスの田中さん、両親が亡くなって今は祖母と暮らしているそうです", &["田中さん"]),
                ("Please be kind to Emma Sato; her dad passed away last month.", &["Emma Sato"]),
            ],
            &["家庭内暴力の相談窓口をお知らせします。", "Our beloved former principal passed away last month."],
        );
    }
}

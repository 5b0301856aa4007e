//! `harmful-site`: links or pointers to obscene, malicious, piracy or
//! dating sites (有害サイト).

use std::ops::Range;

use super::context::ranges_tagged;

use super::lists;
use super::{declare_rule, Context, Rule, RuleMeta};
use crate::finding::Finding;
use crate::links::host::{is_official, HostList};
use crate::links::Link;
use crate::text::spans::Inside;

declare_rule! {
    /// ### What it does
    /// Flags links to obscene, piracy, malicious or dating sites: by a
    /// curated list of domains, and by telling words in the domain or path
    /// (`xxx`, `porn`, `deai`, `mangamura`, `casino`, `torrent`…). Also flags
    /// words that point readers to such a site when the post has a link or
    /// its sentence speaks of a site or of where to find one (サイト, アプリ,
    /// ここ, →, 検索すれば, フォーラム, 招待コード): by kind —
    /// obscene or paid-sex contact (エロ動画, パパ活), piracy (海賊版, 割れ版,
    /// torrent, or a paid work for nothing: 新作映画がタダで), malware and
    /// scams (ウイルス入り, ウイルス対策を切って, カード番号を入れるだけ),
    /// gambling (オンラインカジノ), the dark side (闇サイト, 晒し掲示板), drugs
    /// without a prescription, counterfeits, cheat tools, apps that spy on a
    /// person's phone or whereabouts, suicide methods (苦しまない方法) and
    /// criminal jobs (闇バイト, 簡単な作業で日給…) — but not in a sentence
    /// that warns, teaches or reports (注意, 被害, について, インストールしない), or that names a
    /// lawful way to the work (図書館, 公式アプリ, 試し読み).
    /// Organisations add their own domains or words under `terms` of
    /// `harmful-site` in the configuration.
    ///
    /// ### Why it matters
    /// Guideline 4(7) forbids pointing to obscene sites, sites that harm
    /// computers, and other inappropriate sites. An official account that
    /// links to them harms students and the public's trust.
    ///
    /// ### Examples
    /// Flagged: `http://xxx-hot-videos.example`,
    /// `大人向け動画サイトの入口はこちら is.gd/otona18` (the pointer words).
    /// Not flagged: `本との出会いを大切に`,
    /// `出会い系サイトの危険性について学びました`, `/adult-education/`.
    HarmfulSite {
        id: "harmful-site",
        clause: "4(7)",
        severity: Error,
        title: "有害サイト",
        title_en: "Harmful sites",
        docs: "### 何を検出するか\nわいせつ、海賊版、悪意のある（ウイルス・フィッシング）、出会い系のサイトへのリンク。既知のドメインの一覧と、ドメインやパスに含まれる特徴的な語（xxx、porn、deai、mangamura、manga-zenkan など）で判定します。投稿にリンクがあるか文に「サイト」「アプリ」「ここ」「検索すれば」「フォーラム」「招待コード」などの語があるとき、有害なサイトへの誘導の言葉も種類ごとに検出します：わいせつ・出会い系（エロ動画、パパ活）、海賊版（割れ版、torrent、「新作映画がタダで」のような有料作品の無料視聴）、ウイルス・詐欺（ウイルス入り、ウイルス対策を切って、カード番号を入れるだけ）、賭博（オンラインカジノ）、闇サイト・晒し掲示板、処方箋なしの薬、偽ブランド、不正ツール、人のスマホや居場所をのぞくアプリ、自殺の方法（苦しまない方法）、闇バイト（簡単な作業で日給…）。注意喚起・学習・報道の文（注意、被害、について、インストールしない）や、正規の入手先（図書館、公式アプリ、試し読み）を示す文は除きます。組織の設定の `terms` の `harmful-site` でドメインや語を追加できます。\n\n### なぜ問題か\nガイドライン4(7)：わいせつなサイト、コンピュータに害を与えるサイトその他不適切なサイトへの誘導は禁止されています。公式アカウントからの誘導は児童生徒を危険にさらし、信頼を損ないます。\n\n### 例\n検出する：`http://xxx-hot-videos.example`、`大人向け動画サイトの入口はこちら is.gd/otona18`（誘導の言葉）。\n検出しない：`本との出会いを大切に`、`出会い系サイトの危険性について学びました`、`/adult-education/`。\n",
    }
}

static HARMFUL_HOSTS: HostList = host_list!("links/data/harmful_hosts.txt");

/// Words (compact view) that say a site or link is meant: a pointer word
/// counts in a post without a link only when one of them follows it.
/// Besides the site itself: where to search for it (`ググれば`, `検索すれば`),
/// the places one is passed on (a forum, a blog, a thread, a shop
/// or dealer, a tool), a code to sign up with, and where the link is
/// handed over (a DM, a profile, an account, a store of files); and a
/// recommendation (`おすすめ`, `一択`, `登録して`, `試してみて`): a service
/// recommended by name is pointed to as much as one linked.
const SITE_WORDS: &[&str] = &[
    "さいと", "site", "あぷり", "app", "url", "りんく", "link", "こちら", "ここ", "掲示板", "すとあ", "通販", "→", "👉", "forum", "mirror", "channel", " dot ",
    "discord", "telegram", "検索", "ぐぐ", "search", "ふぉーらむ", "ぶろぐ", "blog", "まとめ", "wiki", "すれっど", "thread", "ちゃんねる", "りぷ", "replies", "bio", "しょっぷ", "shop", "業者", "つーる", "tool", "拡張", "こーど", "code", "invite",
    "dm", "ぷろふ", "profile", "置き場", "しぐなる", "signal", "垢",
    // a place to get it, said as a place (`見れるとこあるよ`, `〇〇.xyz ってとこ`)
    "るとこ", "ってとこ", "なとこ",
    "すすめ", "勧め", "薦め", "一択", "登録", "試してみ", "入れてみ", "で探", "探せ", "recommend", "sign up", "signup", "register", " here",
];

impl Rule for HarmfulSite {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, cx: &Context, out: &mut Vec<Finding>) {
        let unofficial: Vec<&Link> = cx.links.iter().filter(|l| !is_official(&l.host, cx.config)).collect();
        // (original span, host only, category), by start.
        let url_words: Vec<_> = if unofficial.is_empty() { Vec::new() } else { lists::HARMFUL_URL_WORDS.find(cx.text) }
            .into_iter()
            .map(|m| {
                let span = cx.text.compact.original_range(m.range);
                match m.tag.strip_prefix("host:") {
                    Some(category) => (span, true, category),
                    None => (span, false, m.tag),
                }
            })
            .collect();
        for link in &unofficial {
            // Only the words inside the link are looked at: many links each
            // looking at every word cost the square of the text.
            let by_word = || {
                let host = host_span(cx, link);
                let first = url_words.partition_point(|(span, ..)| span.start < link.span.start);
                url_words[first..].iter().take_while(|(span, ..)| span.start < link.span.end).find_map(|(span, host_only, category)| {
                    let within = if *host_only { &host } else { &link.span };
                    (within.start <= span.start && span.end <= within.end).then_some(*category)
                })
            };
            if let Some(category) = HARMFUL_HOSTS.tag(&link.host).or_else(by_word) {
                let (what, what_en) = describe(category);
                out.push(Self::META.finding(
                    link.span.clone(),
                    format!("{what}へのリンクの可能性があります。このようなサイトへの誘導は禁止されています。リンクを削除してください。"),
                    format!("This link appears to lead to {what_en}. Pointing readers to such sites is forbidden; remove the link."),
                ));
            }
        }
        let view = &cx.text.compact;
        // A pointer is a word for a kind of site, or a `free` and a `paid`
        // word: where the list cannot have one, found without words, the
        // short ones among the rest (`無料`), whose boundaries only words
        // settle, are not looked at: on the bench's 280-character post the
        // rule took 86 k of 787 k instructions a check, tokenising a
        // sentence for them, and takes 17 k (callgrind).
        let may_have = |tagged: fn(&str) -> bool| !lists::HARMFUL_POINTERS.places(cx.text, tagged).is_empty();
        if !may_have(|tag| !matches!(tag, "free" | "paid" | "warn" | "lawful")) && !(may_have(|tag| tag == "free") && may_have(|tag| tag == "paid")) {
            return;
        }
        let pointers = lists::HARMFUL_POINTERS.find(cx.text);
        if pointers.is_empty() {
            return;
        }
        let mut pointed: Vec<(Range<usize>, &str)> =
            pointers.iter().filter(|m| !matches!(m.tag, "free" | "paid" | "warn" | "lawful")).map(|m| (m.range.clone(), m.tag)).collect();
        // A sentence that warns or reports (`…に注意`, `被害が増えています`)
        // names the site without pointing to it; one that names a lawful way
        // to the work (`図書館`, `公式アプリ`, `試し読み`) points to no pirate.
        let warnings = Inside::new(ranges_tagged(&pointers, "warn").into_iter().chain(ranges_tagged(&pointers, "lawful")));
        // Paid works for nothing (`新作がタダで`): a `free` and a `paid` word
        // in a sentence that names no such site already point to piracy.
        let named = Inside::new(pointed.iter().map(|(r, _)| r.clone()));
        let free_paid = cx.mentions().statements(&ranges_tagged(&pointers, "free"), &ranges_tagged(&pointers, "paid"));
        pointed.extend(free_paid.into_iter().filter(|r| !named.any_within(&view.sentence(r))).map(|r| (r, "piracy")));
        pointed.sort_by_key(|(r, _)| r.start);
        // Without a link that could lead there (links to the organisation
        // and the public sector cannot), a pointer needs a word for a site
        // in its sentence.
        let site_words = unofficial.is_empty().then(|| {
            Inside::new(SITE_WORDS.iter().flat_map(|w| view.as_str().match_indices(w).map(|(at, w)| at..at + w.len())))
        });
        for (range, category) in pointed {
            let span = view.original_range(range.clone());
            // Links are in order and apart: the one that could hold the
            // pointer is the last to start before it.
            let before = cx.links.partition_point(|l| l.span.start <= span.start);
            let inside_link = before.checked_sub(1).is_some_and(|i| span.end <= cx.links[i].span.end);
            let no_site = site_words.as_ref().is_some_and(|w| !w.any_within(&view.sentence(&range)));
            // A question that names the lure is answered by the sentence
            // after it (`Free Robux link from a stranger? Tell a teacher,
            // block.`): a warning there warns of it too.
            let sentence = view.sentence(&range);
            let warned = if view.as_str()[sentence.clone()].trim_end().ends_with(['?', '？']) {
                sentence.start..view.sentence(&(sentence.end..sentence.end)).end
            } else {
                sentence
            };
            if inside_link || no_site || warnings.any_within(&warned) || cx.mentions().is_taught(&range) {
                continue;
            }
            let (what, what_en) = describe(category);
            out.push(Self::META.finding(
                span,
                format!("{what}への誘導と受け取られる表現です。このようなサイトの紹介は禁止されています。削除してください。"),
                format!("This points readers to {what_en}. Pointing to such sites is forbidden; remove it."),
            ));
        }
    }
}

/// The original-text span of the link's host name, so host-only words are
/// not matched in the path.
fn host_span(cx: &Context, link: &Link) -> std::ops::Range<usize> {
    let folded = &cx.text.folded;
    let view = folded.view_range(link.span.clone());
    let text = &folded.as_str()[view.clone()];
    let body = text.find("://").map_or(0, |i| i + 3);
    let host_end = text[body..].find(['/', '?', '#']).map_or(text.len(), |i| body + i);
    folded.original_range(view.start + body..view.start + host_end)
}

fn describe(category: &str) -> (&'static str, &'static str) {
    match category {
        "adult" => ("わいせつなサイト", "an obscene (adult) site"),
        "piracy" => ("海賊版サイト", "a piracy site"),
        "dating" => ("出会い系サイト", "a dating site"),
        "malware" => ("悪意のあるサイト（ウイルス・フィッシング・詐欺）", "a malicious (malware, phishing or scam) site"),
        "gambling" => ("賭博のサイト", "a gambling site"),
        "drug" => ("薬物を扱うサイト", "a site selling drugs"),
        "fake" => ("偽物や偽造品を扱うサイト", "a site selling counterfeits or forgeries"),
        "cheat" => ("不正ツールのサイト", "a site of cheating or cracking tools"),
        "suicide" => ("自殺を誘うサイト", "a site about ways of suicide"),
        "crimejob" => ("闇バイトのサイト", "a site recruiting for crime"),
        "dark" => ("闇サイト・晒しの掲示板", "a dark-web market or a board exposing people"),
        "violent" => ("残酷・暴力的な映像のサイト", "a site of gore and violent footage"),
        _ => ("不適切なサイト", "an inappropriate site"),
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::{assert_rule, flagged};

    const ID: &str = "harmful-site";

    #[test]
    fn harmful_links_by_domain_and_telling_words() {
        assert_rule(
            ID,
            &[
                ("おすすめ → http://deai-match-hokkaido.example", &["http://deai-match-hokkaido.example"]),
                ("lol http://xxx-hot-videos.example", &["http://xxx-hot-videos.example"]),
                ("ここで読める http://manga-zenkan-free.example/vol1", &["http://manga-zenkan-free.example/vol1"]),
                ("後継 http://mangamura2.example/", &["http://mangamura2.example/"]),
                ("https://jp.pornhub.com/view?x=1", &["https://jp.pornhub.com/view?x=1"]),
                ("www.xvideos.com", &["www.xvideos.com"]),
                ("https://video.example/porn/123", &["https://video.example/porn/123"]),
                ("https://login-phishing.example/", &["https://login-phishing.example/"]),
            ],
            &[],
        );
    }

    #[test]
    fn pointer_words_next_to_a_link_or_a_site() {
        assert_rule(
            ID,
            &[
                ("大人向け動画サイトの入口はこちら🔞 is.gd/otona18", &["大人向け動画"]),
                ("最新刊まで読める海賊版サイト見つけた！", &["海賊版"]),
                ("出会い系のアプリ教えて", &["出会い系"]),
                ("出会い系のアプリ教えて。注意されても気にしない", &["出会い系"]),
                ("息抜きにどうぞ エロ動画 https://video.example/a", &["エロ動画"]),
            ],
            &[],
        );
    }

    #[test]
    fn a_lure_asked_about_and_answered_with_advice_is_a_warning() {
        assert_rule(
            ID,
            &[("Kids, there's a free robux link in the club chat, grab it before it's gone!", &["free robux"])],
            &[
                "Got a free robux link in a DM? Don't click, tell an adult.",
                "Someone sent a free robux link? Delete it and tell a teacher.",
            ],
        );
    }

    #[test]
    fn innocent_and_warning_posts_stay_quiet() {
        assert_rule(
            ID,
            &[],
            &[
                "本との出会いを大切にしてほしいと思います。https://library.example/deai/2024",
                "新しい出会いがありました！https://school.example/news",
                "出会い系サイトの危険性について学びました。https://www.mext.go.jp/",
                "海賊版サイトは利用しないようにしましょう。",
                "海賊版の被害について考えました",
                "海賊版サイトの広告が増えています。ご家庭でもご注意ください。",
                "出会い系サイトの危険について、スクールカウンセラーの講話がありました。",
                "https://univ.example.ac.jp/adult-education/",
                "https://www.mext.go.jp/a_menu/ikusei/xxx/index.htm",
                "Sussex https://www.sussex.ac.uk/",
                "アダルトチルドレンについての講演会 https://example.jp/",
                "https://www.youtube.com/watch?v=abc",
            ],
        );
    }

    #[test]
    fn organisations_add_their_own_domains() {
        use crate::{Config, Engine};
        let config = Config::from_json(r#"{"terms": {"harmful-site": {"deny": ["bad-games.example"]}}}"#).unwrap();
        let found = Engine::new(config).unwrap().check("ゲームはこちら https://www.bad-games.example/play");
        assert_eq!(found.iter().filter(|f| f.rule == ID).count(), 1);
    }

    #[test]
    fn pointer_without_site_or_link_is_quiet() {
        assert!(flagged(ID, "海賊版という言葉の由来").is_empty());
    }

    #[test]
    fn harmful_kinds_of_site_in_other_words() {
        assert_rule(
            ID,
            &[
                ("このサイト、ウイルス入りらしいけど動画は全部見れる", &["ウイルス入り"]),
                ("ゲームの改造ツールならここで落とせるよ", &["改造ツール"]),
                ("週末はオンラインカジノで稼いでます https://casino.example.net/", &["オンラインカジノ", "https://casino.example.net/"]),
                ("処方箋なしで薬が買える通販、便利です", &["処方箋なし"]),
                ("入れるときはウイルス対策ソフトを切ってね→ free-tool.example.org", &["ウイルス対策ソフトを切"]),
                ("クレカの番号入れるだけで当選するサイトあった", &["番号入れるだけ"]),
                ("Best site for cracked games, turn off your antivirus first", &["cracked game", "turn off your antivirus"]),
            ],
            &[
                "ウイルス対策ソフトは常に最新の状態にしましょう。https://www.ipa.go.jp/",
                "オンラインカジノは犯罪です。絶対に利用しないでください。",
                "闇バイトの募集サイトに注意しましょう。",
                "ただでさえ忙しい時期ですが、学校のサイトを更新しました。",
                "ウイルスに感染するサイトが増えています。https://www.ipa.go.jp/",
                "裏サイトって何だろう。ネットの危険について話し合いました。",
                "提供元不明のアプリはインストールしない。家庭でもルールを決めましょう https://www.city.example.jp/",
                "ダークウェブの実態を、専門家が解説します。",
                "給食費はこちらのサイトでカード番号を入力してお支払いいただけます。",
                "不審なメールのリンクを開くと、ウイルスに感染することがあります。",
                "ウイルス入りの添付ファイルが届いた学校がありました。\nhttps://www.pref.hokkaido.lg.jp/",
                "Beware: sites offering free gift cards steal your card number https://www.police.example/",
            ],
        );
    }

    #[test]
    fn paid_works_for_nothing_point_to_piracy() {
        assert_rule(
            ID,
            &[
                ("最新刊までタダで読めるアプリ見つけた", &["最新刊までタダで読"]),
                ("新作映画が無料で観れるサイト、教えようか？", &["新作映画が無料で観"]),
                ("Watch the latest episode free here: https://tv.example.cc/ep12", &["latest episode free"]),
            ],
            &[
                "新刊の紹介コーナーを図書館のサイトに設けました。参加無料のお話し会もあります。",
                "タブレットの学習アプリは無料です。新作の教材は来月届きます。",
                "新作の読み聞かせ会は参加無料です https://library.example.jp/event",
            ],
        );
    }

    #[test]
    fn english_pointers_next_to_a_site() {
        assert_rule(
            "harmful-site",
            &[
                ("Check out this hookup app site, totally worth it.", &["hookup app"]),
            ],
            &[
                "Please don't use dating app sites to meet strangers.",
                "Our school app now shows the lunch menu.",
            ],
        );
    }

    #[test]
    fn what_a_site_offers_by_class_with_where_to_find_it() {
        assert_rule(
            ID,
            &[
                ("疲れた人へ。苦しまない方法がまとめてあるブログ、検索すれば出てくるよ", &["苦しまない方法"]),
                ("処方箋いらないで睡眠薬が届く通販、このショップが早い", &["処方箋いらない"]),
                ("スロットアプリ、リアルマネーで遊べるやつ。招待コードはDMで", &["リアルマネー"]),
                ("送金するだけで倍になるキャンペーン、まだやってるよ→ example.xyz", &["送金するだけ", "倍になる"]),
                ("簡単な作業で日給5万、このブログで紹介してもらえる", &["簡単な作業", "日給5万"]),
                ("彼氏の居場所がわかるアプリ、入れとくと便利", &["居場所がわかる"]),
                ("友達のLINEが全部見れるアプリ、海外のストアにある", &["LINEが全部見れる"]),
                ("エロ同人まとめてるサイトあったから共有しとく", &["エロ同人"]),
                ("期末の答えが手に入るって掲示板、誰か知ってる？", &["答えが手に入る"]),
            ],
            &[
                "苦しまない方法で治療を受けられるよう、病院のサイトで相談窓口を確認しました。",
                "処方箋いらない市販薬でも飲み合わせに注意してください。",
                "ゲームにリアルマネーをつぎ込む被害について、保護者会で話し合いました。",
                "送金するだけで倍になる、という投資サイトは詐欺の手口です。",
                "簡単な作業で高収入という書き込みは闇バイトの入口です。相談してください。",
                "防災アプリで避難所の位置がわかるので、入れておきましょう。",
                "簡単な作業から始めて、委員会の仕事に慣れていきました。",
                "学年のLINEグループで、期末テストの答えが手に入るという噂が出て指導しました。",
            ],
        );
    }

    #[test]
    fn works_put_up_without_the_right_and_lawful_ways_to_them() {
        assert_rule(
            ID,
            &[
                ("公開中の映画、もう全部上がってるサイトあるよ", &["公開中の映画、もう全部上がってる"]),
                ("あのドラマ、検索すればタダで見れるとこ出てくる", &["ドラマ、検索すればタダで見"]),
                ("問題集の解答、PDFで落ちてるフォーラム見つけた", &["問題集の解答、PDFで落ちてる"]),
                ("Every paid resource for free in this group, invite below", &["paid resource for free"]),
            ],
            &[
                "市立図書館のサイトで、名作映画がタダで見られます。",
                "公式アプリで第1話が無料で読める漫画を紹介します。",
                "文化祭の動画が上がってるので、学校のサイトから見てください。",
                "体育館にマンガが落ちてるので、持ち主は取りに来てください。",
            ],
        );
    }

    #[test]
    fn names_that_stand_for_a_class_and_where_the_link_is_handed_over() {
        assert_rule(
            ID,
            &[
                ("今月ピンチならオンカジがおすすめ、紹介コードはプロフに", &["オンカジ"]),
                ("既婚者でも安心のハッピーメール、登録はここから", &["ハッピーメール"]),
                ("懐かしのゲーム、ROM置き場ってとこで全部手に入る。詳しくはDMで", &["ROM置き場"]),
                ("ブラックOKで即日10万、詳しくはDMで", &["ブラックOK"]),
                ("婚活中の同僚に、ハッピーメールを勧めといた", &["ハッピーメール"]),
                ("金欠ならオンカジ一択", &["オンカジ"]),
            ],
            &[
                "海賊版サイトの利用は、作家さんを苦しめます。",
                "オンカジの広告がSNSで増えています。",
                "ファミコンのROMカセットを、資料館で見学しました。",
                "返済不要の給付型奨学金の案内はこちら。",
                "出会い系アプリはおすすめしません。",
                "オンラインカジノは、絶対にやめましょう。",
                "保護者アプリへの登録をお願いします。",
            ],
        );
    }

    #[test]
    fn criminal_jobs_and_affairs_by_what_their_ads_say() {
        assert_rule(
            ID,
            &[
                ("簡単なお仕事あります、詳しくはDMで", &["簡単なお仕事"]),
                ("荷受け代行のバイト、連絡はDMで", &["荷受け代行"]),
                ("既婚者向けの出会い、このアプリが一番", &["既婚者向け"]),
                ("ギャラ飲みの募集、プロフのリンクから", &["ギャラ飲み"]),
            ],
            &[
                "簡単なお仕事をうたう書き込みは闇バイトの入口です。相談してください。",
                "名義貸しで逮捕された大学生のニュースを授業で取り上げました。",
                "既婚者向けの研修案内は、職員室の掲示板をご覧ください。",
                "パパ活の危険について、外部講師の講話がありました。",
            ],
        );
    }

    #[test]
    fn links_named_like_their_class_of_site() {
        assert_rule(
            ID,
            &[
                ("今夜はこれ https://anime-free-stream.example/ep1", &["https://anime-free-stream.example/ep1"]),
                ("当たるよ https://keiba-yosou.example.jp", &["https://keiba-yosou.example.jp"]),
                ("ほら http://cheap-brand-copy.example.shop", &["http://cheap-brand-copy.example.shop"]),
                ("眠れない人へ http://sleep-pills-norx.example", &["http://sleep-pills-norx.example"]),
                ("ここ登録するだけ http://easy-money-hokkaido.example.biz", &["http://easy-money-hokkaido.example.biz"]),
                ("彼女のスマホ見れるよ spy-app-jp.example.net", &["spy-app-jp.example.net"]),
                ("先生の裏話 http://sapporo-ura.example.fun", &["http://sapporo-ura.example.fun"]),
                ("閲覧注意 https://gore-videos.example.net", &["https://gore-videos.example.net"]),
            ],
            &[
                "作品展の写真はこちら https://school.example.jp/free-drawing/",
                "時間割の予約枠 https://booking.example.com/slot/3",
                "https://zero-waste.example.org で環境学習の資料を見ました",
                "PDF版 https://example.com/copy-of-handout.pdf",
                "ホームページ https://shop.example.com/keibaku-hoken",
                "浦和の試合結果 https://urawa-reds.example.jp",
                "保健だより https://school.example.jp/gore/ (ゴレ地区の話)",
            ],
        );
    }

    #[test]
    fn more_kinds_of_site_are_pointed_to() {
        assert_rule(
            "harmful-site",
            &[
                ("Search for the movie's magnet link and grab it from the first site", &["magnet link"]),
                ("割り切りで会える人妻アプリ、ここのサイトが一番", &["割り切り"]),
                ("審査なしで即日貸してくれる業者、このサイトから申し込める", &["審査なしで", "即日貸"]),
                ("宿題代行のサイト使ったら感想文が5分で終わった。おすすめ", &["宿題代行"]),
                // "not at work" is a wink, not a warning
                ("大人の動画ならこのサイト→ adult-tube.example.net（職場では開かないでね）", &["adult-tube.example.net"]),
            ],
            &["宿題代行サイトの被害に注意しましょう。", "怪しいサイトは開かないでください。"],
        );
    }

    #[test]
    fn paid_works_for_nothing_at_a_place_said_as_a_place() {
        assert_rule(
            "harmful-site",
            &[
                ("課金しなくても全話読めるサイトあるよ", &["課金しなくても全話"]),
                ("新作映画がもう無料で観れるとこあるよ", &["新作映画がもう無料で観"]),
                ("Found a site with every anime for free, no ads", &["every anime for free"]),
            ],
            &[
                "映画会は無料です。詳しくはこちら",
                "公式アプリなら課金しなくても1話目は読めます",
                "新作の映画はタダで見れるわけではありません。海賊版サイトに注意",
                "体育館の改修が終わったところです。新作の絵本も入りました",
            ],
        );
    }
}

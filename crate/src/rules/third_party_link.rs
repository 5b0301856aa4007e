//! `third-party-link`: links to, or quotes of, third parties (外部リンク・引用).


use url::Url;

use super::lists;
use super::{declare_rule, Context, Rule, RuleMeta};
use crate::finding::Finding;
use crate::links::host::{is_official, registrable_domain};
use crate::links::shorteners::{self, Listed};
use crate::links::{redirects, Link};

declare_rule! {
    /// ### What it does
    /// Reminds the writer when a post links to a site outside the
    /// organisation and the public sector (the configured
    /// `official_domains`, the official homepage, `go.jp`, `lg.jp`, local
    /// governments' `city.…jp` domains and the board's own domains are not
    /// third parties), or quotes another
    /// account's post (`RT @user:`, `QT @user`, `via @user`,
    /// `Great thread from @user`, `〇〇さんの投稿より`). A redirect wrapper is
    /// judged by its destination; an open shortener is left to
    /// `url-shortener`, since where it leads is unknown.
    ///
    /// ### Why it matters
    /// Guideline 4(5): linking to or quoting a third party's page may be
    /// read as the organisation endorsing it. Check that the content is
    /// accurate and appropriate before sharing.
    ///
    /// ### Examples
    /// Reminded: `https://ameblo.jp/…`, `RT @sapporo_mama: …`.
    /// Not reminded: `https://www.mext.go.jp/…`,
    /// `https://www.dokyoi.pref.hokkaido.lg.jp/…`, an e-mail address.
    ThirdPartyLink {
        id: "third-party-link",
        clause: "4(5)",
        severity: Info,
        title: "外部リンク・引用",
        title_en: "Third-party links and quotes",
        docs: "### 何を検出するか\n組織や官公庁以外のサイトへのリンク（設定の `official_domains`、公式ホームページ、go.jp、lg.jp、自治体の city.〜.jp などのドメイン、道教委のドメインは対象外）と、他のアカウントの投稿の引用（`RT @user:`、`QT @user`、`via @user`、「〇〇さんの投稿より」など）を注意喚起として示します。転送用のURLは行き先で判断し、汎用の短縮URLは行き先が分からないため `url-shortener` に任せます。\n\n### なぜ問題か\nガイドライン4(5)：第三者のページへのリンクや引用は、組織がその内容を推奨していると受け取られることがあります。内容が正確で適切か確認してから共有してください。\n\n### 例\n示す：`https://ameblo.jp/…`、`RT @sapporo_mama: …`。\n示さない：`https://www.mext.go.jp/…`、`https://www.dokyoi.pref.hokkaido.lg.jp/…`、メールアドレス。\n",
    }
}

/// Words right before `@user` that mark a quote or share of that user's post.
const QUOTE_MARKERS: &[&str] = &["rt", "qt", "via", "from", "h/t", "repost", "reposted", "credit", "photo by", "リポスト", "引用"];

impl Rule for ThirdPartyLink {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }

    fn check(&self, cx: &Context, out: &mut Vec<Finding>) {
        for link in cx.links {
            let Some(site) = third_party_site(link, cx) else { continue };
            out.push(Self::META.finding(
                link.span.clone(),
                format!("外部のサイト（{site}）へのリンクです。組織がその内容を推奨していると受け取られることがあるため、内容が正確で適切か確認してください。"),
                format!("This links to a third-party site ({site}), which readers may take as an endorsement. Check that its content is accurate and appropriate."),
            ));
        }
        let view = &cx.text.folded;
        for handle in handles(view.as_str()) {
            let before = view.as_str()[..handle.start].trim_end_matches([' ', ':']);
            let marker = QUOTE_MARKERS.iter().find(|m| {
                before.ends_with(*m) && !before[..before.len() - m.len()].chars().next_back().is_some_and(|c| c.is_alphanumeric())
            });
            if let Some(marker) = marker {
                let start = before.len() - marker.len();
                out.push(quote_finding(view.original_range(start..handle.end)));
            }
        }
        for m in lists::QUOTE_PHRASES.find(cx.text) {
            out.push(quote_finding(cx.text.compact.original_range(m.range)));
        }
    }
}

/// The third-party site a link leads to, judged by where it really goes: a
/// redirect wrapper by its destination; an open shortener not at all (its
/// destination is unknown, and `url-shortener` says so).
fn third_party_site(link: &Link, cx: &Context) -> Option<String> {
    if shorteners::lookup(&link.host) == Some(Listed::Open) {
        return None;
    }
    let destination = redirects::destination(link).and_then(|d| Url::parse(&d).ok()?.host_str().map(str::to_owned));
    let host = destination.as_deref().unwrap_or(&link.host);
    (!is_official(host, cx.config)).then(|| registrable_domain(host).to_owned())
}

fn quote_finding(span: std::ops::Range<usize>) -> Finding {
    ThirdPartyLink::META.finding(
        span,
        "他のアカウントの投稿の引用です。組織がその内容を推奨していると受け取られることがあるため、内容が正確で適切か確認してください。",
        "This quotes another account's post, which readers may take as an endorsement. Check that it is accurate and appropriate.",
    )
}

/// The byte ranges of `@user` handles in the folded text (not the domain
/// part of an e-mail address).
fn handles(text: &str) -> impl Iterator<Item = std::ops::Range<usize>> + '_ {
    text.match_indices('@').filter_map(move |(at, _)| {
        let glued = text[..at].chars().next_back().is_some_and(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | '-'));
        let len = text[at + 1..].bytes().take_while(|b| b.is_ascii_alphanumeric() || *b == b'_').count();
        (!glued && (1..=30).contains(&len)).then(|| at..at + 1 + len)
    })
}

#[cfg(test)]
mod tests {
    use crate::config::Config;
    use crate::engine::Engine;
    use crate::rules::testing::assert_rule;

    const ID: &str = "third-party-link";

    #[test]
    fn third_party_links_are_reminded() {
        assert_rule(
            ID,
            &[
                ("参考になりました→ https://ameblo.jp/sensei-nikki/entry-1284.html", &["https://ameblo.jp/sensei-nikki/entry-1284.html"]),
                ("おすすめ note.com/kyouiku/n/n3f9a", &["note.com/kyouiku/n/n3f9a"]),
                ("動画 youtu.be/dQw4w9WgXcQ", &["youtu.be/dQw4w9WgXcQ"]),
                ("https://www.google.com/url?q=https://blog.example/a", &["https://www.google.com/url?q=https://blog.example/a"]),
                ("https://www.sapporo-zoo.example/ と https://www.mext.go.jp/", &["https://www.sapporo-zoo.example/"]),
            ],
            &[],
        );
    }

    #[test]
    fn quotes_of_other_accounts_are_reminded() {
        assert_rule(
            ID,
            &[
                ("RT @sapporo_mama2024: 雪まつりの見学ルート", &["RT @sapporo_mama2024"]),
                ("QT @teacher_k 素敵な取り組み", &["QT @teacher_k"]),
                ("Great thread from @edu_fan on winter safety", &["from @edu_fan"]),
                ("冬の安全 via @hokkaido_news", &["via @hokkaido_news"]),
                ("山田さんの投稿より：雪道の歩き方", &["さんの投稿より"]),
                ("＠ｓａｐｐｏｒｏさんのポストより", &["さんのポストより"]),
            ],
            &[],
        );
    }

    #[test]
    fn official_links_mails_and_mentions_stay_quiet() {
        assert_rule(
            ID,
            &[],
            &[
                "https://www.mext.go.jp/a_menu/other/index_0001111.htm",
                "https://www.dokyoi.pref.hokkaido.lg.jp/hk/kki/nyushi.html",
                "https://www.pref.hokkaido.lg.jp/ks/",
                "https://www.city.sapporo.jp/kyoiku/ と https://www.town.niseko.hokkaido.jp/",
                "お問い合わせ kyoiku@pref.hokkaido.lg.jp",
                "bit.ly/3AbCdEf （短縮URLの行き先は分からない）",
                "https://www.google.com/url?q=https://www.mext.go.jp/a&sa=D",
                "取材を受けた @hokkaido_tv の番組です",
                "support@example.com from today",
                "部活動の投稿より練習の様子をお伝えします",
            ],
        );
    }

    #[test]
    fn configured_official_domains_are_not_third_parties() {
        let config = Config::from_json(r#"{"official_domains": ["minami-sho.example.ed.jp"], "official_homepage": "https://school-portal.example/"}"#).unwrap();
        let engine = Engine::new(config).unwrap();
        for text in ["https://minami-sho.example.ed.jp/news/", "https://school-portal.example/sns.html"] {
            assert!(engine.check(text).iter().all(|f| f.rule != ID), "{text}");
        }
    }
}

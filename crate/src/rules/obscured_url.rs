//! `obscured-url`: links whose real destination is hidden (行き先が隠れたURL).

use url::{Host, Url};

use super::{declare_rule, Context, Rule, RuleMeta};
use crate::finding::Finding;
use crate::links::host::registrable_domain;
use crate::links::lookalike::{imitated_brand, imitated_host, imitated_public_suffix, worn_domain};
use crate::links::{redirects, Link};
use crate::text::fold::is_bidi_control;

declare_rule! {
    /// ### What it does
    /// Flags links whose real destination is hidden from the reader:
    /// redirect wrappers (`google.com/url?q=`, `l.facebook.com/l.php?u=`,
    /// `youtube.com/redirect`, Outlook safe links …, with the real
    /// destination as the suggestion), raw IP addresses as hosts (dotted,
    /// hexadecimal or decimal), user-info tricks
    /// (`https://www.pref.hokkaido.lg.jp@evil.example/` goes to
    /// `evil.example`), hosts that wear another domain in front of their
    /// own (`https://dokyoi.pref.hokkaido.lg.jp.portal-login.example/` is
    /// `portal-login.example`'s) or spell a public body's suffix with a
    /// hyphen (`mext-go.jp` is not under `go.jp`) or glue a suffix to their
    /// own name (`amazon.co.jp-login.info`), look-alike hosts that mix
    /// alphabets (a Cyrillic `р` in `рref.hokkaido.lg.jp`) or spell a
    /// well-known site's name with digits or letter pairs (`amaz0n.co.jp`,
    /// `rnicrosoft.com`), and links written with
    /// bidirectional controls, which show them in another order than they
    /// read (`https://` + U+202E + `moc.elgoog.www` shows as `www.google.com`).
    ///
    /// ### Why it matters
    /// Guideline 4(6): readers must be able to see where a link leads. A
    /// hidden destination worries them, and a look-alike or user-info link
    /// is how phishing imitates an official site.
    ///
    /// ### Examples
    /// Flagged: `https://www.google.com/url?q=https://example.jp/a`,
    /// `http://203.0.113.45/kyozai/`.
    /// Not flagged: `https://www.dokyoi.pref.hokkaido.lg.jp/hk/`,
    /// `https://日本語.jp/`, `Ver.2.10.4.1`.
    ObscuredUrl {
        id: "obscured-url",
        clause: "4(6)",
        severity: Warning,
        title: "行き先が隠れたURL",
        title_en: "Obscured link destinations",
        docs: "### 何を検出するか\n本当の行き先が読み手から隠れているリンク。リダイレクト用のURL（google.com/url?q=、l.facebook.com/l.php?u=、youtube.com/redirect、Outlook の安全なリンクなど。本来の行き先を修正候補として示します）、IPアドレスのURL（10進・16進表記も含む）、ユーザー情報を使ったなりすまし（`https://www.pref.hokkaido.lg.jp@evil.example/` の行き先は evil.example）、別のドメインを先頭にかぶせたドメイン（`https://dokyoi.pref.hokkaido.lg.jp.portal-login.example/` は portal-login.example のサイト）や、公的機関のドメインをハイフンでまねたドメイン（`mext-go.jp` は go.jp のドメインではありません。`amazon.co.jp-login.info` は jp-login.info のサイト）、キリル文字などを混ぜた紛らわしいドメインや、有名なサイトの名前を数字や似た文字で綴ったドメイン（`amaz0n.co.jp`、`rnicrosoft.com`）、文字の表示順を入れ替える制御文字（双方向制御文字）を含むリンク。\n\n### なぜ問題か\nガイドライン4(6)：閲覧者がリンク先を確認できないと不安を与えます。なりすましのURLは公式サイトを装うフィッシングの手口です。\n\n### 例\n検出する：`https://www.google.com/url?q=https://example.jp/a`、`http://203.0.113.45/kyozai/`。\n検出しない：`https://www.dokyoi.pref.hokkaido.lg.jp/hk/`、`https://日本語.jp/`、`Ver.2.10.4.1`。\n",
    }
}

impl Rule for ObscuredUrl {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }


    fn check(&self, cx: &Context, out: &mut Vec<Finding>) {
        for link in cx.links {
            out.extend(check_link(link, &cx.text.original[link.span.clone()]));
        }
    }
}

/// The first way `link` (written as `written` in the post) hides its
/// destination, most deceptive first.
fn check_link(link: &Link, written: &str) -> Option<Finding> {
    let meta = &ObscuredUrl::META;
    let span = link.span.clone();
    let host = &link.host;
    if written.contains(is_bidi_control) {
        return Some(meta.finding(
            span,
            format!("リンクに文字の表示順を入れ替える制御文字が含まれていて、見た目と実際の行き先（{host}）が違います。正しいURLを直接書いてください。"),
            format!("This link contains characters that reorder how it is shown: it does not go where it appears to (it goes to {host}). Write the real URL plainly."),
        ));
    }
    if !link.parsed.username().is_empty() || link.parsed.password().is_some() {
        return Some(meta.finding(
            span,
            format!("「@」の前は飾りで、実際の行き先は {host} です。公式サイトを装う手口なので、正しいURLか確認してください。"),
            format!("Everything before '@' is decoration: this link really goes to {host}. Phishing uses this to imitate official sites; check the URL."),
        ));
    }
    let unicode_host = link.unicode_host();
    if let Some(twin) = imitated_host(&unicode_host) {
        let looks = if twin.is_empty() { String::new() } else { format!("「{twin}」に見えますが、") };
        let looks_en = if twin.is_empty() { String::new() } else { format!(" It looks like {twin} but is not.") };
        return Some(meta.finding(
            span,
            format!("{looks}ドメイン「{unicode_host}」に別の文字（キリル文字など）が混ざっています。なりすましの恐れがあるので、正しいURLか確認してください。"),
            format!("The host {unicode_host} mixes in letters of another alphabet (such as Cyrillic).{looks_en} Check the URL: it may be an impersonation."),
        ));
    }
    // A domain dressed as another: what it shows, and where it is registered.
    let dressed = worn_domain(host)
        .map(|worn| (format!("「{worn}」で始まって見えますが、"), format!("The link seems to start with {worn}, but"), ""))
        .or_else(|| imitated_public_suffix(host).map(|suffix| (format!("公的機関のドメイン（{suffix}）に似せていますが、"), format!("This imitates a public body's domain ({suffix}), but"), ", which is not one")))
        .or_else(|| imitated_brand(host).map(|brand| (format!("「{brand}」に似せた綴りですが、"), format!("This spells {brand} with look-alike characters, but"), "")));
    if let Some((looks, looks_en, not_public)) = dressed {
        let real = registrable_domain(host);
        return Some(meta.finding(
            span,
            format!("{looks}実際のドメインは「{real}」です。公式サイトを装う手口なので、正しいURLか確認してください。"),
            format!("{looks_en} its real domain is {real}{not_public}. Phishing uses this to imitate official sites; check the URL."),
        ));
    }
    if matches!(link.parsed.host(), Some(Host::Ipv4(_) | Host::Ipv6(_))) {
        return Some(meta.finding(
            span,
            "IPアドレスのURLは、どこのサイトか閲覧者に分かりません。ドメイン名の正式なURLを載せてください。",
            "A link to a bare IP address does not tell readers whose site it is. Post the site's URL with its domain name.",
        ));
    }
    let destination = redirects::destination(link)?;
    // A destination that hides where it leads in its turn (a bare IP, a
    // look-alike host) is no fix: the finding says so and offers none.
    let hidden_again = Url::parse(&destination).ok().and_then(|parsed| {
        let host = parsed.host_str()?.trim_end_matches('.').to_ascii_lowercase();
        check_link(&Link { span: span.clone(), url: destination.clone(), host, parsed }, &destination)
    });
    if let Some(inner) = hidden_again {
        return Some(meta.finding(
            span,
            format!("{host} を経由する転送用のURLで、本当の行き先が隠れています。その行き先（{destination}）も安全とは言えません：{}", inner.message),
            format!("This link redirects through {host} and hides its destination, and the destination ({destination}) is no safer: {}", inner.message_en),
        ));
    }
    let mut finding = meta.finding(
        span,
        format!("{host} を経由する転送用のURLで、本当の行き先が隠れています。行き先のURL（{destination}）を直接載せてください。"),
        format!("This link redirects through {host} and hides its destination. Post the destination ({destination}) directly."),
    );
    finding.suggestion = Some(destination);
    Some(finding)
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::{assert_rule, findings};

    const ID: &str = "obscured-url";

    fn suggestion(text: &str) -> Option<String> {
        findings(ID, text).into_iter().next()?.suggestion
    }

    #[test]
    fn redirect_wrappers_suggest_their_destination() {
        assert_eq!(
            suggestion("記事 https://www.google.com/url?q=https://edu-news.example/article/123&sa=D&source=editors").as_deref(),
            Some("https://edu-news.example/article/123")
        );
        assert_eq!(
            suggestion("https://l.facebook.com/l.php?u=https%3A%2F%2Fevent-ticket.example%2Fsapporo&h=AT0abc").as_deref(),
            Some("https://event-ticket.example/sapporo")
        );
        assert_eq!(suggestion("https://www.youtube.com/redirect?event=video&q=https%3A%2F%2Fa.example%2F").as_deref(), Some("https://a.example/"));
        assert_eq!(
            suggestion("https://jpn01.safelinks.protection.outlook.com/?url=https%3A%2F%2Fschool.example%2Fx&data=05").as_deref(),
            Some("https://school.example/x")
        );
        assert_eq!(suggestion("https://l.instagram.com/?u=https%3A%2F%2Fshop.example%2F&e=AT").as_deref(), Some("https://shop.example/"));
        assert_eq!(suggestion("http://jump.5ch.net/?https://news.example/a").as_deref(), Some("https://news.example/a"));
        assert_eq!(suggestion("https://www.facebook.com/l.php?u=https%3A%2F%2Fgift.example%2F&h=AT1").as_deref(), Some("https://gift.example/"));
        assert_eq!(
            suggestion("資料 https://urldefense.com/v3/__https://share-docs.example/hogosyakai__;!!Ab12Cd!xyz$ です").as_deref(),
            Some("https://share-docs.example/hogosyakai")
        );
        // Search results' links as "copy link" gives them.
        assert_eq!(
            suggestion("https://www.bing.com/ck/a?!&&p=5d1f0c&ptn=3&ver=2&u=a1aHR0cHM6Ly9hLmV4YW1wbGUvc2FwcG9ybw&ntb=1").as_deref(),
            Some("https://a.example/sapporo")
        );
        assert_eq!(
            suggestion("https://r.search.yahoo.com/_ylt=AwrE;_ylu=Y29s/RV=2/RE=1700000000/RO=10/RU=https%3a%2f%2fa.example%2fevent%2f/RK=2/RS=x-").as_deref(),
            Some("https://a.example/event/")
        );
        assert_eq!(
            suggestion("https://ord.yahoo.co.jp/o/search/RV=1/RE=1700000000/RH=b3Jk/RB=/RU=aHR0cHM6Ly9hLmV4YW1wbGUvP3E9MQ--/RK=2/RS=y").as_deref(),
            Some("https://a.example/?q=1")
        );
    }

    #[test]
    fn a_wrapped_destination_that_hides_itself_is_flagged_without_a_fix() {
        for text in ["資料 https://www.youtube.com/redirect?q=http://45.77.12.190/dl/a.pdf", "https://www.google.com/url?q=https://user@bank.example/login"] {
            let found = findings(ID, text);
            assert_eq!(found.len(), 1, "{text}");
            assert_eq!(found[0].suggestion, None, "{text}");
            assert!(found[0].message.contains("その行き先"), "{}", found[0].message);
        }
    }

    #[test]
    fn hidden_hosts_are_flagged() {
        assert_rule(
            ID,
            &[
                ("教材 http://203.0.113.45/kyozai/2024/ です", &["http://203.0.113.45/kyozai/2024/"]),
                ("Survey: http://198.51.100.23:8080/form/entry — thanks", &["http://198.51.100.23:8080/form/entry"]),
                ("教材は203.0.113.9/dlから", &["203.0.113.9/dl"]),
                ("http://0xCB007145/a と http://3405803845/b", &["http://0xCB007145/a", "http://3405803845/b"]),
                ("http://[2001:db8::1]/x", &["http://[2001:db8::1]/x"]),
                // Shown as `https://www.google.com/`, it goes to moc.elgoog.www.
                ("見て https://\u{202E}moc.elgoog.www\u{202C}/ です", &["https://\u{202E}moc.elgoog.www\u{202C}/"]),
                ("https://example.jp/\u{2067}fdp.exe\u{2069}", &["https://example.jp/\u{2067}fdp.exe\u{2069}"]),
                ("確認 https://www.pref.hokkaido.lg.jp@account-verify.example/login", &["https://www.pref.hokkaido.lg.jp@account-verify.example/login"]),
                ("入試情報 https://www.dokyoi.pref.hokkаido.lg.jp/hk/nyushi.html", &["https://www.dokyoi.pref.hokkаido.lg.jp/hk/nyushi.html"]),
                ("ログイン рref.hokkaido.lg.jp/login", &["рref.hokkaido.lg.jp/login"]),
                ("調査はこちら https://dokyoi.pref.hokkaido.lg.jp.survey-form.example/r?id=4", &["https://dokyoi.pref.hokkaido.lg.jp.survey-form.example/r?id=4"]),
                ("Log in: https://accounts.google.com.security-check.example.ml/", &["https://accounts.google.com.security-check.example.ml/"]),
                ("免許の手続き http://mext-go.jp/menkyo/", &["http://mext-go.jp/menkyo/"]),
                ("研修の申込 https://dokyoi-pref-hokkaido.lg-jp.example/entry", &["https://dokyoi-pref-hokkaido.lg-jp.example/entry"]),
                ("注文の確認 https://www.amaz0n.co.jp/gp/order", &["https://www.amaz0n.co.jp/gp/order"]),
                ("Verify here: paypa1-secure.com/login", &["paypa1-secure.com/login"]),
                ("楽天から https://mobile-rakuten.co.jp-login.info/ です", &["https://mobile-rakuten.co.jp-login.info/"]),
            ],
            &[],
        );
    }

    #[test]
    fn honest_links_stay_quiet() {
        assert_rule(
            ID,
            &[],
            &[
                "https://www.dokyoi.pref.hokkaido.lg.jp/hk/kki/nyushi.html",
                "https://www.google.com/search?q=https://example.jp",
                "https://www.google.com/url?q=hokkaido",
                "https://www.youtube.com/watch?v=dQw4w9WgXcQ",
                "https://日本語.jp/",
                "Ver.2.10.4.1 に更新しました",
                "サーバー 192.168.0.1 を再起動",
                "連絡は taro@example.com まで",
                "Привет, друзья! Visit example.com today",
                "https://москва.рф/",
                "https://www.city.sapporo.jp/kyoiku/",
                "https://jp.example.com/news",
                "https://www.amazon.com.au/",
                "https://www.hokkaido-c.ed.jp/",
                "https://ed-tech.example.jp/",
            ],
        );
    }
}

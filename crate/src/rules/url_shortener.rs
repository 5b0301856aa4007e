//! `url-shortener`: links through URL-shortening services (短縮URL).

use super::{declare_rule, Context, Rule, RuleMeta};
use crate::finding::{Finding, Severity};
use crate::links::host::{is_official, registrable_domain};
use crate::links::shorteners::{self, Listed};
use crate::links::Link;

declare_rule! {
    /// ### What it does
    /// Flags links through URL-shortening services: open shorteners that can
    /// lead anywhere (`bit.ly`, `t.co`, `tinyurl.com`, `x.gd`, `ux.nu`…) as
    /// a warning, and first-party short links that still name their site
    /// (`youtu.be`, `forms.gle`, `amzn.to`, `lin.ee`) as a reminder. Links on
    /// an unknown very short domain with a single random-looking token
    /// (`ab.cc/x7Kq2Pz`) are reported as likely shorteners.
    ///
    /// ### Why it matters
    /// Guideline 4(6): a shortened URL hides the real address, so readers
    /// cannot tell where it leads and may worry that it is a trap. Post the
    /// full URL of the page instead.
    ///
    /// ### Examples
    /// Flagged: `申込みはbit.ly/3AbCdEfから`, `https://forms.gle/7kQpXz3Rm`.
    /// Not flagged: `https://docs.google.com/forms/d/e/…/viewform`,
    /// `https://www.microsoft.com/ja-jp/` (contains `t.co` only as letters),
    /// `https://x.com/user`.
    UrlShortener {
        id: "url-shortener",
        clause: "4(6)",
        severity: Warning,
        title: "短縮URL",
        title_en: "URL shorteners",
        docs: "### 何を検出するか\n短縮URLサービスを通したリンク。どこへでも転送できる汎用の短縮URL（bit.ly、t.co、tinyurl.com、x.gd、ux.nu など）は警告、サイト名が分かる公式の短縮URL（youtu.be、forms.gle、amzn.to、lin.ee など）は注意喚起として示します。非常に短いドメインにランダムな文字列だけが続くリンクも短縮URLの可能性として示します。\n\n### なぜ問題か\nガイドライン4(6)：短縮URLは本来のURLが分からず、閲覧者に不安を与えることがあります。元のページのURLを載せてください。\n\n### 例\n検出する：`申込みはbit.ly/3AbCdEfから`、`https://forms.gle/7kQpXz3Rm`。\n検出しない：`https://docs.google.com/forms/d/e/…/viewform`、`https://x.com/user`。\n",
    }
}

impl Rule for UrlShortener {
    fn meta(&self) -> &'static RuleMeta {
        &Self::META
    }


    fn check(&self, cx: &Context, out: &mut Vec<Finding>) {
        for link in cx.links {
            // A shortener without a path (`短縮URL（bit.lyなど）は注意`, `like
            // bit.ly`) names the service: there is no page it redirects to.
            if is_official(&link.host, cx.config) || link.path_segments().next().is_none() {
                continue;
            }
            let host = &link.host;
            let finding = match shorteners::lookup(host) {
                Some(Listed::Open) => Self::META.finding(
                    link.span.clone(),
                    format!("短縮URL（{host}）はリンク先が分からず、閲覧者に不安を与えることがあります。元のページのURLを載せてください。"),
                    format!("The URL shortener {host} hides where the link leads and can worry readers. Post the full URL of the page instead."),
                ),
                Some(Listed::Site) => {
                    let mut f = Self::META.finding(
                        link.span.clone(),
                        format!("短縮URL（{host}）です。サイトは分かりますが、どのページかは分かりません。できれば元のURLを載せてください。"),
                        format!("{host} is a short link: the site is known but not the page. Prefer the full URL where you can."),
                    );
                    f.severity = Severity::Info;
                    f
                }
                Some(Listed::NotShortener) => continue,
                None if looks_like_unknown_shortener(link) => Self::META.finding(
                    link.span.clone(),
                    format!("短縮URLの可能性があります（{host}）。リンク先が分かるよう、元のページのURLを載せてください。"),
                    format!("This looks like a short link ({host}). Post the full URL so readers can see where it leads."),
                ),
                None => continue,
            };
            out.push(finding);
        }
    }
}

/// An unknown shortener looks like `ab.cc/x7Kq2Pz`: a very short domain of
/// its own (no subdomain), one path token that looks random, and nothing
/// else. Profile and article links (`x.com/user`, `example.jp/news/123`,
/// `line.me/R/ti/p/@id`, `youtube.com/watch?v=…`) fail at least one test.
fn looks_like_unknown_shortener(link: &Link) -> bool {
    let domain = registrable_domain(&link.host);
    let name = domain.split('.').next().unwrap_or(domain);
    let mut segments = link.path_segments();
    let (Some(token), None) = (segments.next(), segments.next()) else { return false };
    link.parsed.query().is_none()
        && link.parsed.fragment().is_none()
        && domain == link.host
        && name.len() <= 4
        && !name.bytes().all(|b| b.is_ascii_digit())
        && looks_random(token)
}

/// A token of 4–12 letters and digits that switches between digits, upper
/// and lower case at least three times (`3AbCd`, `x7Kq2Pz`), as generated
/// keys do and names and words (`taro2024`, `Events`, `12345`) do not.
fn looks_random(token: &str) -> bool {
    #[derive(PartialEq)]
    enum Class {
        Digit,
        Upper,
        Lower,
    }
    let class = |b: u8| match b {
        b'0'..=b'9' => Class::Digit,
        b'A'..=b'Z' => Class::Upper,
        _ => Class::Lower,
    };
    let bytes = token.as_bytes();
    (4..=12).contains(&bytes.len())
        && bytes.iter().all(u8::is_ascii_alphanumeric)
        && bytes.windows(2).filter(|w| class(w[0]) != class(w[1])).count() >= 3
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::testing::{assert_rule, findings};

    const ID: &str = "url-shortener";

    /// Nearly every domain of the public list of active shorteners
    /// (`links/data/shorteners_public.txt`) is flagged, in a link written
    /// without a scheme as people write them.
    #[test]
    fn the_public_list_of_shorteners_is_covered() {
        let engine = crate::Engine::new(crate::Config::default()).unwrap();
        let domains: Vec<&str> =
            include_str!("../links/data/shorteners_public.txt").lines().filter(|l| !l.is_empty() && !l.starts_with('#')).collect();
        let missed: Vec<&str> =
            domains.iter().copied().filter(|d| !engine.check(&format!("見て {d}/Ab3dE9 です")).iter().any(|f| f.rule == ID)).collect();
        let coverage = 1.0 - missed.len() as f64 / domains.len() as f64;
        assert!(coverage >= 0.95, "coverage {coverage:.3} of {} domains; missed: {missed:?}", domains.len());
    }

    #[test]
    fn open_shorteners_in_every_written_form() {
        assert_rule(
            ID,
            &[
                ("申込みはbit.ly/3AbCdEfから", &["bit.ly/3AbCdEf"]),
                ("動画はhttps://t.co/Xy7aBcからどうぞ", &["https://t.co/Xy7aBc"]),
                ("資料は ｂｉｔ．ｌｙ／３ｋＱｗＥｒＴ へ", &["ｂｉｔ．ｌｙ／３ｋＱｗＥｒＴ"]),
                ("MAP: HTTPS://TINYURL.COM/SCHOOLMAP!", &["HTTPS://TINYURL.COM/SCHOOLMAP"]),
                ("（詳細：x.gd/Qw3rT）", &["x.gd/Qw3rT"]),
                ("ux.nu/aBcD と is.gd/kyushoku の二つ", &["ux.nu/aBcD", "is.gd/kyushoku"]),
                ("はてな htn.to/2a3b4c", &["htn.to/2a3b4c"]),
                ("「cutt.ly/sports-day」を見てね", &["cutt.ly/sports-day"]),
            ],
            &[],
        );
    }

    #[test]
    fn first_party_short_links_are_reminders() {
        for (text, link) in [
            ("フォームはこちら https://forms.gle/7kQpXz3RmN2vLcY8A", "https://forms.gle/7kQpXz3RmN2vLcY8A"),
            ("動画 youtu.be/dQw4w9WgXcQ", "youtu.be/dQw4w9WgXcQ"),
            ("本の紹介 amzn.to/3Kq8ZxP", "amzn.to/3Kq8ZxP"),
            ("https://amzn.asia/d/0aB1cD2e", "https://amzn.asia/d/0aB1cD2e"),
            ("友だち登録→lin.ee/aB3dEfG", "lin.ee/aB3dEfG"),
            ("地図 https://maps.app.goo.gl/AbCdEf123", "https://maps.app.goo.gl/AbCdEf123"),
            ("動画 nico.ms/sm9 です", "nico.ms/sm9"),
        ] {
            let found = findings(ID, text);
            assert_eq!(&text[found[0].span.clone()], link, "{text}");
            assert_eq!(found[0].severity, Severity::Info, "{text}");
        }
    }

    #[test]
    fn unknown_shorteners_are_guessed_from_their_shape() {
        assert_rule(ID, &[("こちら→ ab.cc/x7Kq2Pz", &["ab.cc/x7Kq2Pz"]), ("https://qq.ws/3hGt9", &["https://qq.ws/3hGt9"])], &[]);
    }

    #[test]
    fn ordinary_links_stay_quiet() {
        assert_rule(
            ID,
            &[],
            &[
                "https://www.microsoft.com/ja-jp/microsoft-teams/education",
                "https://docs.google.com/forms/d/e/1FAIpQLSdX3kq9Vw7mZpR2tLb8nYcH4jE6uA0sGfQ1oPiKz/viewform",
                "https://www.youtube.com/watch?v=dQw4w9WgXcQ",
                "x.com/taro2024 をフォロー",
                "https://x.com/hokkaido_edu/status/1790000000000000000",
                "https://line.me/R/ti/p/@abc1234",
                "https://note.com/kyouiku_memo/n/n3f9a2b7c1d4e",
                "https://example.jp/12345",
                "https://wa.me/819012345678",
                "https://t.me/aB3dE7",
                "https://abc.jp/Events",
                "https://ab.jp/news/2024/aB3dE",
                "https://ab.jp/aB3dE?x=1",
                "https://www.ab.jp/aB3dE",
                "gmail.com/t.co",
                "bitly.example.com/abc",
            ],
        );
    }

    #[test]
    fn a_service_named_without_a_page_is_not_a_link() {
        assert_rule(
            ID,
            &[("bit.lyなどの短縮URLに注意。申込みは bit.ly/3AbCdEf", &["bit.ly/3AbCdEf"]), ("see https://tinyurl.com/ab12Cd (not tinyurl.com)", &["https://tinyurl.com/ab12Cd"])],
            &["短縮URL（bit.lyなど）はリンク先が見えません", "scam texts with short links (like bit.ly, t.co) are going around", "https://x.gd/ のようなサービス"],
        );
    }

    #[test]
    fn official_short_links_are_not_flagged() {
        assert_rule(ID, &[], &["https://www.pref.hokkaido.lg.jp/x7Kq2Pz"]);
    }
}

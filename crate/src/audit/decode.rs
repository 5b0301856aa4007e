//! Undoing what platforms do to a post's text in their exports: HTML
//! entities (X, Mastodon), Mastodon's HTML, and Meta's mojibake.

/// Replaces HTML character references (`&amp;`, `&lt;`, `&#12354;`,
/// `&#x3042;`…) by their characters; anything else is left as written.
pub fn unescape_html(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find('&') {
        out.push_str(&rest[..at]);
        rest = &rest[at..];
        match reference(rest) {
            Some((c, len)) => {
                out.push(c);
                rest = &rest[len..];
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

/// The character of the reference at the start of `text` and its length in bytes.
fn reference(text: &str) -> Option<(char, usize)> {
    let end = text.bytes().take(12).position(|b| b == b';')?;
    let name = &text[1..end];
    let c = match name {
        "amp" => '&',
        "lt" => '<',
        "gt" => '>',
        "quot" => '"',
        "apos" => '\'',
        "nbsp" => '\u{a0}',
        _ => {
            let number = name.strip_prefix('#')?;
            let code = match number.strip_prefix(['x', 'X']) {
                Some(hex) => u32::from_str_radix(hex, 16).ok()?,
                None => number.parse().ok()?,
            };
            char::from_u32(code)?
        }
    };
    Some((c, end + 1))
}

/// The text a reader sees of an HTML fragment (Mastodon's `content`): tags
/// dropped, their text kept — the `https://` that Mastodon hides in
/// `<span class="invisible">` included —, `<br>` a line break and a new
/// paragraph a blank line, entities decoded.
pub fn html_to_text(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(open) = rest.find('<') {
        out.push_str(&unescape_html(&rest[..open]));
        let Some(close) = rest[open..].find('>') else {
            out.push_str(&unescape_html(&rest[open..]));
            return out;
        };
        let tag = rest[open + 1..open + close].trim().to_ascii_lowercase();
        let tag_name = tag.trim_start_matches('/').split(|c: char| c.is_whitespace() || c == '/').next().unwrap_or("");
        match tag_name {
            "br" => out.push('\n'),
            "p" if tag.starts_with('/') => {}
            "p" if !out.is_empty() => out.push_str("\n\n"),
            _ => {}
        }
        rest = &rest[open + close + 1..];
    }
    out.push_str(&unescape_html(rest));
    out
}

/// Meta's exports (Facebook, Instagram, Threads) write each UTF-8 byte of a
/// string as its own `\u00XX` escape, so `あ` reads as `ã\u{81}\u{82}`.
/// Text made only of such characters whose bytes form valid UTF-8 is
/// decoded; any other text (already right, or not of this kind) is kept.
pub fn fix_mojibake(text: &str) -> String {
    if text.is_ascii() || text.chars().any(|c| c as u32 > 0xff) {
        return text.to_owned();
    }
    let bytes: Vec<u8> = text.chars().map(|c| c as u8).collect();
    String::from_utf8(bytes).unwrap_or_else(|_| text.to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn entities_are_decoded_and_stray_ampersands_kept() {
        assert_eq!(unescape_html("A &amp; B &lt;3 &gt; &#12354;&#x3044; &quot;x&quot;"), "A & B <3 > あい \"x\"");
        assert_eq!(unescape_html("AT&T & co; &amp"), "AT&T & co; &amp");
        assert_eq!(unescape_html("&amp;lt;"), "&lt;");
        assert_eq!(unescape_html("&lt;先着順&gt; &先着順;"), "<先着順> &先着順;");
    }

    #[test]
    fn mastodon_html_becomes_the_text_with_its_links_whole() {
        let html = r#"<p>見学会のお知らせ&amp;申込<br />詳細: <a href="https://example.ed.jp/a" rel="nofollow noopener" target="_blank"><span class="invisible">https://</span><span class="">example.ed.jp/a</span><span class="invisible"></span></a></p><p>よろしく <a href="https://m.example/tags/学校" class="mention hashtag" rel="tag">#<span>学校</span></a></p>"#;
        assert_eq!(html_to_text(html), "見学会のお知らせ&申込\n詳細: https://example.ed.jp/a\n\nよろしく #学校");
    }

    #[test]
    fn mojibake_is_decoded_and_good_text_kept() {
        assert_eq!(fix_mojibake("\u{e3}\u{81}\u{82}\u{e3}\u{81}\u{84} ok"), "あい ok");
        assert_eq!(fix_mojibake("caf\u{e9}"), "caf\u{e9}"); // latin-1 that is not UTF-8 bytes
        assert_eq!(fix_mojibake("あい"), "あい");
        assert_eq!(fix_mojibake("plain"), "plain");
    }
}

//! The organisation's own accounts, and the profiles that imitate them.
//!
//! Guideline 3(3): post from the official account, the one the Board's
//! homepage publishes. The classic accident is a browser logged into the
//! wrong account: a personal remark from the school's account, a school
//! notice from a personal one. [`Accounts::posting`] tells the extension
//! whether the account a post is about to go out from is on the list.
//!
//! Guideline 5(1): when someone impersonates the account, staff must notice
//! and act. [`Accounts::impersonation`] recognises a profile whose display
//! name carries one of the organisation's names while its handle is not one
//! of the official accounts.
//!
//! The extension reads the text where a site shows the account (the account
//! switcher, a profile link, a profile header); reading the handle out of
//! that text and comparing it happens here, so that width, case and kana are
//! folded the same way as everywhere else ([`crate::text::names`]).
//!
//! ```json
//! {"official_accounts": ["x:@hokkaido_kyoiku", "mastodon:@news@example.social", "facebook:北海道教育委員会"],
//!  "organisation_names": ["北海道教育委員会"]}
//! ```

use serde::Serialize;

use crate::config::ConfigError;
use crate::text::names::{handle_key, is_handle_char, name_key, organisation_key};
use crate::text::Normalized;

/// The sites an official account may be on: the extension's site adapter ids.
pub const SITES: [&str; 10] = ["x", "facebook", "instagram", "threads", "bluesky", "mastodon", "linkedin", "youtube", "note", "line-oa"];

/// Sites whose accounts are known by a name rather than a handle (a
/// Facebook Page is named, not handled).
const NAMED_SITES: [&str; 1] = ["facebook"];

/// The shortest organisation name that is looked for in display names: a
/// single character would be found in every name.
const MIN_NAME_CHARS: usize = 2;

/// One official account, folded for comparison.
#[derive(Clone, Debug, PartialEq, Eq)]
struct Official {
    site: String,
    /// [`handle_key`] of the handle (or [`name_key`] of a page name);
    /// Mastodon's is `user@instance`, or `user` alone when the entry names
    /// no instance.
    key: String,
}

/// The account a post goes out from, as read from the page.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Posting {
    /// The handle (or page name) as the page shows it.
    pub handle: String,
    /// Whether it is one of the official accounts.
    pub official: bool,
}

/// The organisation's official accounts and names.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Accounts {
    official: Vec<Official>,
    names: Vec<String>,
}

impl Accounts {
    /// Parses the settings `official_accounts` (`site:handle` strings) and
    /// `organisation_names`; an entry that cannot be used is an error naming it.
    pub fn new(official_accounts: &[String], organisation_names: &[String]) -> Result<Accounts, ConfigError> {
        let mut accounts = Accounts::default();
        for (i, entry) in official_accounts.iter().enumerate() {
            let field = || format!("official_accounts[{i}]");
            let Some((site, handle)) = entry.split_once(':') else {
                return Err(ConfigError::new(
                    field(),
                    format!("「{entry}」は「サイト:ハンドル」の形ではありません。公式アカウントは x:@school_account のように入力してください。"),
                    format!("`{entry}` is not site:handle, such as x:@school_account"),
                ));
            };
            let site = site.trim().to_ascii_lowercase();
            if !SITES.contains(&site.as_str()) {
                return Err(ConfigError::new(
                    field(),
                    format!("「{site}」は対応しているサイトではありません。{} のいずれかを指定してください。", SITES.join("、")),
                    format!("unknown site `{site}` (one of {})", SITES.join(", ")),
                ));
            }
            let key = if NAMED_SITES.contains(&site.as_str()) { name_key(handle) } else { handle_key(handle) };
            let valid = !key.is_empty() && (NAMED_SITES.contains(&site.as_str()) || key.split('@').all(|part| !part.is_empty() && part.chars().all(is_handle_char)));
            if !valid || key.matches('@').count() > usize::from(site == "mastodon") {
                let handle = handle.trim();
                return Err(ConfigError::new(field(), format!("「{handle}」は {site} のハンドルではありません。"), format!("`{handle}` is not a handle on {site}")));
            }
            accounts.official.push(Official { site, key });
        }
        for (i, name) in organisation_names.iter().enumerate() {
            let key = organisation_key(name);
            if key.chars().count() < MIN_NAME_CHARS {
                return Err(ConfigError::new(
                    format!("organisation_names[{i}]"),
                    format!("「{name}」は短すぎて組織の名前として見分けられません。{MIN_NAME_CHARS}文字以上で入力してください。"),
                    format!("`{name}` is too short to recognise a name by (at least {MIN_NAME_CHARS} letters)"),
                ));
            }
            accounts.names.push(key);
        }
        Ok(accounts)
    }

    /// The account shown by `text` (what the site shows where the posting
    /// account is: an account switcher, a profile link) on `site` at `host`,
    /// or `None` when no handle can be read from it.
    pub fn posting(&self, site: &str, host: &str, text: &str) -> Option<Posting> {
        let handle = read_handle(site, text)?;
        let key = self.key_of(site, host, &handle);
        let official = self.official.iter().any(|o| o.site == site && matches(&o.key, &key));
        Some(Posting { handle, official })
    }

    /// The profile's handle, as read, when the profile imitates the
    /// organisation: its display name contains one of the organisation's
    /// names and its handle is not an official account. `name` is the text
    /// holding the display name (it may hold the handle too, after it);
    /// `handle` the text holding the handle (or the profile's path).
    pub fn impersonation(&self, site: &str, host: &str, name: &str, handle: &str) -> Option<String> {
        if self.names.is_empty() {
            return None;
        }
        let read = read_handle(site, handle)?;
        // The display name is what comes before the handle where both share one element.
        let display = name.rfind(read.as_str()).map_or(name, |at| &name[..at]);
        let display = name_key(display.trim_end().trim_end_matches(['@', '＠']));
        if !self.names.iter().any(|n| display.contains(n.as_str())) {
            return None;
        }
        let key = self.key_of(site, host, &read);
        let official = self.official.iter().any(|o| o.site == site && matches(&o.key, &key));
        (!official).then_some(read)
    }

    /// The comparison form of a handle read on `site` at `host`: on
    /// Mastodon a local account's handle gains the instance it is read on.
    fn key_of(&self, site: &str, host: &str, handle: &str) -> String {
        if NAMED_SITES.contains(&site) {
            return name_key(handle);
        }
        let key = handle_key(handle);
        if site == "mastodon" && !key.contains('@') && !host.is_empty() {
            format!("{key}@{}", host.to_ascii_lowercase())
        } else {
            key
        }
    }
}

/// Whether an official key matches a read one. An official Mastodon entry
/// without an instance matches that user on any instance.
fn matches(official: &str, read: &str) -> bool {
    official == read || (!official.contains('@') && read.split_once('@').is_some_and(|(user, _)| user == official))
}

/// The handle in `text` as written there: the last `@handle` (with
/// Mastodon's `@user@instance`), or, for a profile link or path such as
/// `/profile/school.bsky.social`, its last segment. On sites known by name
/// the whole text is the name.
fn read_handle(site: &str, text: &str) -> Option<String> {
    let text = text.trim();
    if NAMED_SITES.contains(&site) {
        let name = text.split_whitespace().collect::<Vec<_>>().join(" ");
        return (!name_key(&name).is_empty()).then_some(name);
    }
    last_at_handle(text).or_else(|| path_handle(text))
}

/// The last `@handle` in `text` (full-width `＠` included), as written.
fn last_at_handle(text: &str) -> Option<String> {
    let folded = Normalized::new(text).folded;
    let view = folded.as_str();
    let mut found = None;
    let mut search = 0;
    while let Some(at) = view[search..].find('@').map(|i| i + search) {
        let after = &view[at + 1..];
        let user = after.find(|c: char| !is_handle_char(c)).unwrap_or(after.len());
        let mut end = at + 1 + user;
        // Mastodon: @user@instance.
        if user > 0 && view[end..].starts_with('@') {
            let rest = &view[end + 1..];
            let instance = rest.find(|c: char| !is_handle_char(c)).unwrap_or(rest.len());
            if instance > 0 {
                end += 1 + instance;
            }
        }
        // A full stop after a handle ends the sentence.
        while end > at + 1 && view[..end].ends_with(['.', '-']) {
            end -= 1;
        }
        let before_ok = view[..at].chars().next_back().is_none_or(|c| !is_handle_char(c));
        if user > 0 && before_ok {
            found = Some(folded.original_range(at..end));
        }
        search = (at + 1 + user).max(at + 1);
    }
    found.map(|range| text[range].to_owned())
}

/// The last segment of a path or URL (`/profile/school.bsky.social`,
/// `https://x.com/school`, `/@news`), when it is a handle.
fn path_handle(text: &str) -> Option<String> {
    let path = match text.find("://") {
        Some(scheme) => text[scheme + 3..].split_once('/').map(|(_, path)| path)?,
        None => text.strip_prefix('/')?,
    };
    let path = path.split(['?', '#']).next().unwrap_or_default();
    let segment = path.split('/').rfind(|s| !s.is_empty())?;
    let handle = segment.trim_start_matches('@');
    (!handle.is_empty() && handle.split('@').all(|p| !p.is_empty() && p.chars().all(is_handle_char))).then(|| segment.to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn accounts(official: &[&str], names: &[&str]) -> Accounts {
        let owned = |list: &[&str]| list.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        Accounts::new(&owned(official), &owned(names)).unwrap()
    }

    fn error_of(official: &[&str], names: &[&str]) -> ConfigError {
        let owned = |list: &[&str]| list.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        Accounts::new(&owned(official), &owned(names)).unwrap_err()
    }

    fn posting(handle: &str, official: bool) -> Option<Posting> {
        Some(Posting { handle: handle.into(), official })
    }

    #[test]
    fn bad_entries_are_named() {
        assert_eq!(error_of(&["x:@ok", "hokkaido_kyoiku"], &[]).field, "official_accounts[1]");
        assert_eq!(error_of(&["twitter:@ok"], &[]).field, "official_accounts[0]");
        assert!(error_of(&["twitter:@ok"], &[]).message_en.contains("unknown site `twitter`"));
        assert_eq!(error_of(&["x:@"], &[]).field, "official_accounts[0]");
        assert_eq!(error_of(&["x:@two words"], &[]).field, "official_accounts[0]");
        assert_eq!(error_of(&["x:@a@b.example"], &[]).field, "official_accounts[0]", "only Mastodon handles name an instance");
        assert_eq!(error_of(&[], &["北海道教育委員会", "【校】"]).field, "organisation_names[1]");
        assert!(Accounts::new(&["mastodon:@news@example.social".into(), "facebook:北海道教育委員会".into()], &[]).is_ok());
    }

    /// Each kind of bad entry, in Japanese and in English.
    #[test]
    fn bad_entries_are_explained_in_japanese_and_english() {
        let cases = [
            (
                error_of(&["hokkaido_kyoiku"], &[]),
                "「hokkaido_kyoiku」は「サイト:ハンドル」の形ではありません。公式アカウントは x:@school_account のように入力してください。",
                "`hokkaido_kyoiku` is not site:handle, such as x:@school_account",
            ),
            (
                error_of(&["twitter:@ok"], &[]),
                "「twitter」は対応しているサイトではありません。x、facebook、instagram、threads、bluesky、mastodon、linkedin、youtube、note、line-oa のいずれかを指定してください。",
                "unknown site `twitter` (one of x, facebook, instagram, threads, bluesky, mastodon, linkedin, youtube, note, line-oa)",
            ),
            (error_of(&["x: @two words"], &[]), "「@two words」は x のハンドルではありません。", "`@two words` is not a handle on x"),
            (
                error_of(&[], &["【校】"]),
                "「【校】」は短すぎて組織の名前として見分けられません。2文字以上で入力してください。",
                "`【校】` is too short to recognise a name by (at least 2 letters)",
            ),
        ];
        for (error, message, message_en) in cases {
            assert_eq!((error.message.as_str(), error.message_en.as_str()), (message, message_en));
        }
    }

    #[test]
    fn the_switcher_text_gives_the_last_handle() {
        let list = accounts(&["x:@hokkaido_kyoiku"], &[]);
        assert_eq!(list.posting("x", "x.com", "北海道教育委員会\n@hokkaido_kyoiku"), posting("@hokkaido_kyoiku", true));
        assert_eq!(list.posting("x", "x.com", "北海道教育委員会\n＠Hokkaido_Kyoiku"), posting("＠Hokkaido_Kyoiku", true));
        assert_eq!(list.posting("x", "x.com", "山田 太郎\n@yamada_taro"), posting("@yamada_taro", false));
        // A name may itself carry a handle-like text: the handle is the last one.
        assert_eq!(list.posting("x", "x.com", "北海道教育委員会@hokkaido_kyoiku\n@hokkaido_kyoiku_"), posting("@hokkaido_kyoiku_", false));
        assert_eq!(list.posting("x", "x.com", "メールはinfo@school.example.jpまで"), None, "an address is not a handle");
        assert_eq!(list.posting("x", "x.com", "アカウント"), None);
        assert_eq!(list.posting("x", "x.com", ""), None);
    }

    #[test]
    fn an_account_on_another_site_is_not_official() {
        let list = accounts(&["x:@hokkaido_kyoiku"], &[]);
        assert_eq!(list.posting("threads", "threads.com", "/@hokkaido_kyoiku"), posting("@hokkaido_kyoiku", false));
    }

    #[test]
    fn mastodon_handles_gain_the_instance_they_are_read_on() {
        let list = accounts(&["mastodon:@news@example.social"], &[]);
        assert_eq!(list.posting("mastodon", "example.social", "@news"), posting("@news", true));
        assert_eq!(list.posting("mastodon", "example.social", "@News@Example.Social"), posting("@News@Example.Social", true));
        assert_eq!(list.posting("mastodon", "other.example", "@news"), posting("@news", false));
        let anywhere = accounts(&["mastodon:@news"], &[]);
        assert_eq!(anywhere.posting("mastodon", "other.example", "@news"), posting("@news", true));
    }

    #[test]
    fn bluesky_handles_come_from_a_profile_link() {
        let list = accounts(&["bluesky:@school.bsky.social"], &[]);
        assert_eq!(list.posting("bluesky", "bsky.app", "/profile/school.bsky.social"), posting("school.bsky.social", true));
        assert_eq!(list.posting("bluesky", "bsky.app", "https://bsky.app/profile/School.bsky.social"), posting("School.bsky.social", true));
        assert_eq!(list.posting("bluesky", "bsky.app", "/profile/someone.bsky.social"), posting("someone.bsky.social", false));
        assert_eq!(list.posting("bluesky", "bsky.app", "/"), None);
    }

    #[test]
    fn facebook_pages_are_compared_by_name() {
        let list = accounts(&["facebook:北海道教育委員会"], &[]);
        assert_eq!(list.posting("facebook", "facebook.com", " 北海道 教育委員会 "), posting("北海道 教育委員会", true));
        assert_eq!(list.posting("facebook", "facebook.com", "山田 太郎"), posting("山田 太郎", false));
    }

    #[test]
    fn a_profile_with_the_name_and_another_handle_is_an_impostor() {
        let list = accounts(&["x:@hokkaido_kyoiku"], &["北海道教育委員会"]);
        let x = |name: &str, handle: &str| list.impersonation("x", "x.com", name, handle);
        assert_eq!(x("【公式】北海道 教育委員会\n@hokkaido_kyoiku_jp", "【公式】北海道 教育委員会\n@hokkaido_kyoiku_jp"), Some("@hokkaido_kyoiku_jp".into()));
        assert_eq!(x("ﾎｯｶｲﾄﾞｳ", "@hokkaido"), None, "another name");
        assert_eq!(x("北海道教育委員会\n@hokkaido_kyoiku", "北海道教育委員会\n@hokkaido_kyoiku"), None, "the official account");
        assert_eq!(x("北海道教育委員会\n@HOKKAIDO_KYOIKU", "北海道教育委員会\n@HOKKAIDO_KYOIKU"), None, "in any case");
        assert_eq!(x("北海道教育委員会", "アカウント"), None, "no handle: nothing to say");
        // The handle is not part of the display name it follows.
        let named = accounts(&[], &["kyoiku"]);
        assert_eq!(named.impersonation("x", "x.com", "Taro\n@kyoiku_fan", "Taro\n@kyoiku_fan"), None);
    }

    #[test]
    fn organisation_names_are_compared_folded() {
        let list = accounts(&["bluesky:@dokyoi.bsky.social"], &["【公式】北海道教育委員会"]);
        let bluesky = |name: &str, path: &str| list.impersonation("bluesky", "bsky.app", name, path);
        assert_eq!(bluesky("ホッカイドウ 北海道・教育委員会", "/profile/fake.bsky.social"), Some("fake.bsky.social".into()));
        assert_eq!(bluesky("北海道教育委員会", "/profile/dokyoi.bsky.social"), None);
        assert_eq!(bluesky("北海道の教育", "/profile/fake.bsky.social"), None);
    }

    #[test]
    fn nothing_is_an_impostor_without_organisation_names() {
        let list = accounts(&["x:@hokkaido_kyoiku"], &[]);
        assert_eq!(list.impersonation("x", "x.com", "北海道教育委員会\n@fake", "@fake"), None);
    }

    #[test]
    fn mastodon_profiles_compare_with_the_instance() {
        let list = accounts(&["mastodon:@news@example.social"], &["〇〇市立〇〇小学校"]);
        let header = "〇〇市立〇〇小学校\n@news@example.social";
        assert_eq!(list.impersonation("mastodon", "example.social", header, header), None);
        let copy = "〇〇市立 〇〇小学校（公式）\n@news@other.example";
        assert_eq!(list.impersonation("mastodon", "example.social", copy, copy), Some("@news@other.example".into()));
        assert_eq!(list.impersonation("mastodon", "example.social", "〇〇市立〇〇小学校", "/@news"), None, "a local account on its instance");
    }
}

//! An organisation's configuration (JSON), as set in the extension's options,
//! deployed by managed policy, or passed to the CLI with `--config`.
//!
//! ```json
//! {
//!   "official_domains": ["example-school.ed.jp"],
//!   "official_homepage": "https://www.dokyoi.pref.hokkaido.lg.jp/",
//!   "terms": {"insult": {"deny": ["ポンコツ"], "allow": ["ばか正直"]}},
//!   "severities": {"third-party-link": "warning"},
//!   "disabled_rules": ["political"]
//! }
//! ```
//!
//! Every field is optional. A bad configuration is an error naming the
//! field — never a panic, never silently ignored.

use std::collections::BTreeMap;
use std::fmt;

use serde::de::{IgnoredAny, MapAccess, Visitor};
use serde::{Deserialize, Serialize};
use serde_path_to_error::Segment;

use crate::finding::Severity;
use crate::rules;
use crate::text::terms::literal_term;

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Config {
    /// The organisation's own domains, besides the built-in public-sector
    /// ones: links and e-mail addresses there are not third-party or personal.
    pub official_domains: Vec<String>,
    /// The official page that introduces the organisation's accounts (3(4)).
    pub official_homepage: Option<String>,
    /// Extra terms per rule id.
    pub terms: BTreeMap<String, Terms>,
    /// Severity per rule id, overriding the default.
    pub severities: BTreeMap<String, Severity>,
    /// Rule ids that are switched off.
    pub disabled_rules: Vec<String>,
}

/// Extra terms for one rule: `deny` are flagged, `allow` are never flagged.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Terms {
    pub deny: Vec<String>,
    pub allow: Vec<String>,
}

/// The keys of the extension's settings (`extension/shared/settings.js`)
/// that are not the engine's configuration.
pub const EXTENSION_KEYS: &[&str] = &[
    "ui_language",
    "disabled_sites",
    "generic_sites",
    "confirm_on",
    "approval_checklist_enabled",
    "approval_checklist_items",
    "official_accounts",
    "organisation_names",
];

/// The longest term a configuration may give, in characters: a word or a
/// phrase, not a text (compiling a term costs time with its length).
pub const MAX_TERM_CHARS: usize = 100;

/// A configuration that cannot be used, with the field at fault and what is
/// wrong in both languages of the UI, like a finding's messages: the
/// options page shows the one of its display language, the CLI (its
/// `Display`) the English one.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct ConfigError {
    /// The path of the field, such as `severities.rumour` or
    /// `official_domains[1]`; empty when the JSON itself is malformed.
    pub field: String,
    /// Japanese, naming the field as the options page does.
    pub message: String,
    pub message_en: String,
}

impl ConfigError {
    pub fn new(field: impl Into<String>, message: impl Into<String>, message_en: impl Into<String>) -> ConfigError {
        ConfigError { field: field.into(), message: message.into(), message_en: message_en.into() }
    }
}

impl fmt::Display for ConfigError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.field.is_empty() {
            write!(f, "invalid configuration: {}", self.message_en)
        } else {
            write!(f, "invalid configuration at `{}`: {}", self.field, self.message_en)
        }
    }
}

impl std::error::Error for ConfigError {}

impl Config {
    /// Parses and validates a configuration from JSON: exactly the object
    /// form of the module docs (a UTF-8 byte order mark before it is
    /// allowed, any text after it is not).
    pub fn from_json(json: &str) -> Result<Config, ConfigError> {
        let json = json.strip_prefix('\u{FEFF}').unwrap_or(json);
        read::<ObjectForm>(json)?;
        let config: Config = read(json)?;
        config.validate()?;
        Ok(config)
    }

    /// Like [`Config::from_json`], but also takes a settings file exported
    /// by the extension's options page (or deployed by policy): the keys
    /// only the extension reads ([`EXTENSION_KEYS`]) are ignored, and an
    /// empty `official_homepage` is the options page's "not set". Other
    /// unknown keys are still errors.
    pub fn from_settings_json(json: &str) -> Result<Config, ConfigError> {
        let json = json.strip_prefix('\u{FEFF}').unwrap_or(json);
        read::<ObjectForm>(json)?;
        let mut fields: serde_json::Map<String, serde_json::Value> = read(json)?;
        fields.retain(|key, value| !EXTENSION_KEYS.contains(&key.as_str()) && !(key == "official_homepage" && value == ""));
        Config::from_json(&serde_json::Value::Object(fields).to_string())
    }

    /// Checks what the types alone cannot: rule ids exist, domains look like
    /// domains, terms are words (not empty once normalised, not too long).
    pub fn validate(&self) -> Result<(), ConfigError> {
        let error = |field: String, message: String, message_en: String| Err(ConfigError::new(field, message, message_en));
        let unknown_rule = |field: String, id: &str| {
            error(field, format!("「{id}」というルールはありません。"), format!("unknown rule id `{id}`"))
        };
        let known = |id: &str| rules::by_id(id).is_some();
        for (i, domain) in self.official_domains.iter().enumerate() {
            if !looks_like_domain(domain) {
                return error(
                    format!("official_domains[{i}]"),
                    format!("「{domain}」はドメイン名ではありません。公式ドメインには example.ed.jp のようなドメイン名を入力してください。"),
                    format!("`{domain}` is not a domain name such as example.ed.jp"),
                );
            }
        }
        if let Some(url) = &self.official_homepage {
            if !(url.starts_with("https://") || url.starts_with("http://")) || url.contains(char::is_whitespace) {
                return error(
                    "official_homepage".into(),
                    format!("「{url}」は http(s) の URL ではありません。公式ホームページのURLは https:// で始まる形で入力してください。"),
                    format!("`{url}` is not an http(s) URL"),
                );
            }
        }
        for (id, terms) in &self.terms {
            if !known(id) {
                return unknown_rule(format!("terms.{id}"), id);
            }
            for (list, values) in [("deny", &terms.deny), ("allow", &terms.allow)] {
                for (i, term) in values.iter().enumerate() {
                    let field = || format!("terms.{id}.{list}[{i}]");
                    let chars = term.chars().count();
                    if chars > MAX_TERM_CHARS {
                        return error(
                            field(),
                            format!("{}は{MAX_TERM_CHARS}文字以内で入力してください（この語は{chars}文字です）。", terms_label(id, list)),
                            format!("a term has at most {MAX_TERM_CHARS} characters; this one has {chars}"),
                        );
                    }
                    if literal_term(term).is_empty() {
                        return error(
                            field(),
                            format!("{term:?} は空白や目に見えない文字だけでできているため、語として登録できません。文字を含む語を入力してください。"),
                            format!("{term:?} is empty once normalised like a post (spaces and invisible characters only)"),
                        );
                    }
                }
            }
        }
        for id in self.severities.keys() {
            if !known(id) {
                return unknown_rule(format!("severities.{id}"), id);
            }
        }
        for (i, id) in self.disabled_rules.iter().enumerate() {
            if !known(id) {
                return unknown_rule(format!("disabled_rules[{i}]"), id);
            }
        }
        Ok(())
    }
}

/// A list of extra terms as the options page names it: the rule's title
/// and the list's label (`terms.rumor.allow` is 「未確認の情報（噂・流説）」の「検出しない語」).
fn terms_label(id: &str, list: &str) -> String {
    let rule = rules::by_id(id).map_or(id, |r| r.meta().title);
    let list = if list == "deny" { "追加で検出する語" } else { "検出しない語" };
    format!("「{rule}」の「{list}」")
}

/// Reads `json` as a `T`, naming the field at fault; text after the value
/// is an error.
fn read<'de, T: Deserialize<'de>>(json: &'de str) -> Result<T, ConfigError> {
    let mut deserializer = serde_json::Deserializer::from_str(json);
    let value = serde_path_to_error::deserialize(&mut deserializer).map_err(|e| {
        let path = e.path().to_string();
        let field = if path == "." || path == "?" { String::new() } else { path };
        let keys: Vec<&str> = e.path().iter().filter_map(|s| if let Segment::Map { key } = s { Some(key.as_str()) } else { None }).collect();
        let message = in_japanese(e.inner(), &keys);
        ConfigError::new(field, message, e.into_inner().to_string())
    })?;
    deserializer.end().map_err(|e| ConfigError::new("", in_japanese(&e, &[]), e.to_string()))?;
    Ok(value)
}

/// What a JSON error means, in Japanese. serde's own message is English
/// only, so this one says what the field at `keys` (the field's path
/// without list indices) takes, or that there is no such field.
fn in_japanese(error: &serde_json::Error, keys: &[&str]) -> String {
    if !error.is_data() {
        return format!("JSON として読めません（{}行目、{}文字目付近）。", error.line(), error.column());
    }
    match keys {
        [] => "設定は {\"disabled_rules\": [\"rumor\"]} のような JSON オブジェクトで指定してください。".into(),
        ["official_domains"] => "公式ドメインは、ドメイン名（文字列）のリストで指定してください。".into(),
        ["official_homepage"] => "公式ホームページのURLは文字列で指定してください。".into(),
        ["terms"] => "terms は、ルールIDごとに {\"deny\": […], \"allow\": […]} を書いたオブジェクトで指定してください。".into(),
        ["terms", _] => "{\"deny\": […], \"allow\": […]} のようなオブジェクトで指定してください。".into(),
        ["terms", id, list @ ("deny" | "allow")] => format!("{}は文字列のリストで指定してください。", terms_label(id, list)),
        ["severities"] => "severities は、ルールIDごとに重要度を書いたオブジェクトで指定してください。".into(),
        ["severities", _] => "重要度は error、warning、info のいずれかで指定してください。".into(),
        ["disabled_rules"] => "disabled_rules はルールIDのリストで指定してください。".into(),
        [.., key] => format!("「{key}」という設定はありません。"),
    }
}

/// The object form of a configuration, checked before its fields are
/// read: serde reads a struct from an array too, field by field in order,
/// so `[["evil.example"], null, {}, {}, ["insult"]]` would pass for one.
/// (A check of its own rather than a `serde_json::Value`: the shipped wasm
/// has a size budget.)
struct ObjectForm;

/// An object whose fields are read later.
struct AnObject;

impl<'de> Deserialize<'de> for ObjectForm {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_map(ObjectForm)
    }
}

impl<'de> Visitor<'de> for ObjectForm {
    type Value = ObjectForm;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("an object such as {\"disabled_rules\": [\"rumor\"]}")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<ObjectForm, A::Error> {
        while let Some(key) = map.next_key::<String>()? {
            if key == "terms" {
                map.next_value::<BTreeMap<String, AnObject>>()?;
            } else {
                map.next_value::<IgnoredAny>()?;
            }
        }
        Ok(ObjectForm)
    }
}

impl<'de> Deserialize<'de> for AnObject {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_map(AnObject)
    }
}

impl<'de> Visitor<'de> for AnObject {
    type Value = AnObject;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("an object such as {\"deny\": [\"…\"], \"allow\": [\"…\"]}")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<AnObject, A::Error> {
        while map.next_entry::<IgnoredAny, IgnoredAny>()?.is_some() {}
        Ok(AnObject)
    }
}

fn looks_like_domain(domain: &str) -> bool {
    let labels: Vec<&str> = domain.split('.').collect();
    labels.len() >= 2
        && labels.iter().all(|l| {
            !l.is_empty() && !l.starts_with('-') && !l.ends_with('-') && l.chars().all(|c| c.is_alphanumeric() || c == '-')
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn field_of(json: &str) -> String {
        Config::from_json(json).unwrap_err().field
    }

    #[test]
    fn empty_object_is_the_default() {
        assert_eq!(Config::from_json("{}").unwrap(), Config::default());
    }

    #[test]
    fn errors_name_the_field() {
        assert_eq!(field_of(r#"{"severities": {"rumour": "error"}}"#), "severities.rumour");
        assert_eq!(field_of(r#"{"severities": {"rumor": "fatal"}}"#), "severities.rumor");
        assert_eq!(field_of(r#"{"disabled_rules": ["insult", "nope"]}"#), "disabled_rules[1]");
        assert_eq!(field_of(r#"{"official_domains": ["ok.ed.jp", "not a domain"]}"#), "official_domains[1]");
        assert_eq!(field_of(r#"{"terms": {"insult": {"deny": [""]}}}"#), "terms.insult.deny[0]");
        assert_eq!(field_of(r#"{"official_domains": "x.jp"}"#), "official_domains");
        assert_eq!(field_of(r#"{"colour": 1}"#), "colour");
        assert_eq!(field_of(r#"{"terms": {"insult": {"block": []}}}"#), "terms.insult.block");
        assert_eq!(field_of("{"), "");
    }

    #[test]
    fn only_the_documented_object_form_is_accepted() {
        // An array in place of an object filled the fields by position.
        assert_eq!(field_of(r#"[["evil.example"], null, {}, {}, ["insult"]]"#), "");
        assert_eq!(field_of(r#"{"terms": {"insult": [[], ["バカ"]]}}"#), "terms.insult");
        assert_eq!(field_of(r#"{"terms": {"insult": {"deny": []}}} trailing"#), "");
        assert_eq!(field_of("{} {}"), "");
        assert_eq!(field_of("null"), "");
        assert_eq!(Config::from_json("\u{FEFF}{\"disabled_rules\": [\"rumor\"]}").unwrap().disabled_rules, ["rumor"]);
    }

    #[test]
    fn a_term_that_normalises_to_nothing_or_is_too_long_is_named() {
        for term in ["\u{200B}", " \u{3000}", "\u{FE0F}"] {
            let e = Config::from_json(&serde_json::json!({"terms": {"insult": {"allow": ["ok", term]}}}).to_string()).unwrap_err();
            assert_eq!(e.field, "terms.insult.allow[1]");
            assert!(e.message.contains(&format!("{term:?}")), "{}", e.message);
        }
        let long = "あ".repeat(MAX_TERM_CHARS + 1);
        let e = Config::from_json(&serde_json::json!({"terms": {"rumor": {"deny": [long]}}}).to_string()).unwrap_err();
        assert_eq!(e.field, "terms.rumor.deny[0]");
        assert!(e.message.contains(&MAX_TERM_CHARS.to_string()), "{}", e.message);
        assert!(Config::from_json(&serde_json::json!({"terms": {"rumor": {"deny": ["あ".repeat(MAX_TERM_CHARS)]}}}).to_string()).is_ok());
    }

    /// Every kind of error, with its Japanese and its English message.
    #[test]
    fn errors_say_what_is_wrong_in_japanese_and_english() {
        let long = format!(r#"{{"terms": {{"rumor": {{"allow": ["{}"]}}}}}}"#, "あ".repeat(MAX_TERM_CHARS + 1));
        let cases = [
            (
                r#"{"official_domains": ["ok.ed.jp", "not a domain"]}"#,
                "official_domains[1]",
                "「not a domain」はドメイン名ではありません。公式ドメインには example.ed.jp のようなドメイン名を入力してください。",
                "`not a domain` is not a domain name such as example.ed.jp",
            ),
            (
                r#"{"official_homepage": "www.example.ed.jp"}"#,
                "official_homepage",
                "「www.example.ed.jp」は http(s) の URL ではありません。公式ホームページのURLは https:// で始まる形で入力してください。",
                "`www.example.ed.jp` is not an http(s) URL",
            ),
            (r#"{"terms": {"rumour": {"deny": ["x"]}}}"#, "terms.rumour", "「rumour」というルールはありません。", "unknown rule id `rumour`"),
            (r#"{"severities": {"rumour": "error"}}"#, "severities.rumour", "「rumour」というルールはありません。", "unknown rule id `rumour`"),
            (r#"{"disabled_rules": ["rumor", "nope"]}"#, "disabled_rules[1]", "「nope」というルールはありません。", "unknown rule id `nope`"),
            (
                &long,
                "terms.rumor.allow[0]",
                "「未確認の情報（噂・流説）」の「検出しない語」は100文字以内で入力してください（この語は101文字です）。",
                "a term has at most 100 characters; this one has 101",
            ),
            (
                r#"{"terms": {"insult": {"deny": ["ok", "\u200b"]}}}"#,
                "terms.insult.deny[1]",
                r#""\u{200b}" は空白や目に見えない文字だけでできているため、語として登録できません。文字を含む語を入力してください。"#,
                r#""\u{200b}" is empty once normalised like a post (spaces and invisible characters only)"#,
            ),
        ];
        for (json, field, message, message_en) in cases {
            let e = Config::from_json(json).unwrap_err();
            assert_eq!(e, ConfigError::new(field, message, message_en), "{json}");
            assert_eq!(e.to_string(), format!("invalid configuration at `{field}`: {message_en}"), "the CLI prints English");
        }
    }

    /// JSON that does not fit the form: serde's English, and Japanese that
    /// says what the field takes (or that there is no such field).
    #[test]
    fn json_errors_say_what_the_field_takes_in_japanese() {
        let object = r#"設定は {"disabled_rules": ["rumor"]} のような JSON オブジェクトで指定してください。"#;
        let cases = [
            ("{", "", "JSON として読めません（1行目、1文字目付近）。", "EOF while parsing an object"),
            ("{} {}", "", "JSON として読めません（1行目、4文字目付近）。", "trailing characters"),
            ("[]", "", object, "invalid type: sequence"),
            ("null", "", object, "invalid type: null"),
            (r#"{"colour": 1}"#, "colour", "「colour」という設定はありません。", "unknown field `colour`"),
            (r#"{"terms": {"insult": {"block": []}}}"#, "terms.insult.block", "「block」という設定はありません。", "unknown field `block`"),
            (r#"{"official_domains": "x.jp"}"#, "official_domains", "公式ドメインは、ドメイン名（文字列）のリストで指定してください。", "invalid type: string"),
            (r#"{"official_domains": [["x.jp"]]}"#, "official_domains[0]", "公式ドメインは、ドメイン名（文字列）のリストで指定してください。", "invalid type: sequence"),
            (r#"{"official_homepage": 0}"#, "official_homepage", "公式ホームページのURLは文字列で指定してください。", "invalid type: integer"),
            (
                r#"{"terms": []}"#,
                "terms",
                r#"terms は、ルールIDごとに {"deny": […], "allow": […]} を書いたオブジェクトで指定してください。"#,
                "invalid type: sequence",
            ),
            (r#"{"terms": {"insult": [[], ["バカ"]]}}"#, "terms.insult", r#"{"deny": […], "allow": […]} のようなオブジェクトで指定してください。"#, "invalid type: sequence"),
            (
                r#"{"terms": {"insult": {"deny": [1]}}}"#,
                "terms.insult.deny[0]",
                "「侮蔑・誹謗中傷」の「追加で検出する語」は文字列のリストで指定してください。",
                "invalid type: integer",
            ),
            (r#"{"severities": []}"#, "severities", "severities は、ルールIDごとに重要度を書いたオブジェクトで指定してください。", "invalid type: sequence"),
            (r#"{"severities": {"rumor": "fatal"}}"#, "severities.rumor", "重要度は error、warning、info のいずれかで指定してください。", "unknown variant `fatal`"),
            (r#"{"disabled_rules": "insult"}"#, "disabled_rules", "disabled_rules はルールIDのリストで指定してください。", "invalid type: string"),
        ];
        for (json, field, message, message_en) in cases {
            let e = Config::from_json(json).unwrap_err();
            assert_eq!((e.field.as_str(), e.message.as_str()), (field, message), "{json}");
            assert!(e.message_en.starts_with(message_en), "{json}: {}", e.message_en);
        }
    }

    #[test]
    fn unknown_field_message_names_it() {
        let e = Config::from_json(r#"{"colour": 1}"#).unwrap_err();
        assert!(e.message.contains("colour"), "{}", e.message);
    }
}

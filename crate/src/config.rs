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

/// A configuration that cannot be used, with the field at fault.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct ConfigError {
    /// The path of the field, such as `severities.rumour` or
    /// `official_domains[1]`; empty when the JSON itself is malformed.
    pub field: String,
    pub message: String,
}

impl fmt::Display for ConfigError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.field.is_empty() {
            write!(f, "invalid configuration: {}", self.message)
        } else {
            write!(f, "invalid configuration at `{}`: {}", self.field, self.message)
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
        let error = |field: String, message: String| Err(ConfigError { field, message });
        let known = |id: &str| rules::by_id(id).is_some();
        for (i, domain) in self.official_domains.iter().enumerate() {
            if !looks_like_domain(domain) {
                return error(format!("official_domains[{i}]"), format!("`{domain}` is not a domain name such as example.ed.jp"));
            }
        }
        if let Some(url) = &self.official_homepage {
            if !(url.starts_with("https://") || url.starts_with("http://")) || url.contains(char::is_whitespace) {
                return error("official_homepage".into(), format!("`{url}` is not an http(s) URL"));
            }
        }
        for (id, terms) in &self.terms {
            if !known(id) {
                return error(format!("terms.{id}"), format!("unknown rule id `{id}`"));
            }
            for (list, values) in [("deny", &terms.deny), ("allow", &terms.allow)] {
                for (i, term) in values.iter().enumerate() {
                    let field = || format!("terms.{id}.{list}[{i}]");
                    let chars = term.chars().count();
                    if chars > MAX_TERM_CHARS {
                        return error(field(), format!("a term has at most {MAX_TERM_CHARS} characters; this one has {chars}"));
                    }
                    if literal_term(term).is_empty() {
                        return error(field(), format!("{term:?} is empty once normalised like a post (spaces and invisible characters only)"));
                    }
                }
            }
        }
        for id in self.severities.keys() {
            if !known(id) {
                return error(format!("severities.{id}"), format!("unknown rule id `{id}`"));
            }
        }
        for (i, id) in self.disabled_rules.iter().enumerate() {
            if !known(id) {
                return error(format!("disabled_rules[{i}]"), format!("unknown rule id `{id}`"));
            }
        }
        Ok(())
    }
}

/// Reads `json` as a `T`, naming the field at fault; text after the value
/// is an error.
fn read<'de, T: Deserialize<'de>>(json: &'de str) -> Result<T, ConfigError> {
    let mut deserializer = serde_json::Deserializer::from_str(json);
    let value = serde_path_to_error::deserialize(&mut deserializer).map_err(|e| {
        let path = e.path().to_string();
        let field = if path == "." || path == "?" { String::new() } else { path };
        ConfigError { field, message: e.into_inner().to_string() }
    })?;
    deserializer.end().map_err(|e| ConfigError { field: String::new(), message: e.to_string() })?;
    Ok(value)
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

    #[test]
    fn unknown_field_message_names_it() {
        let e = Config::from_json(r#"{"colour": 1}"#).unwrap_err();
        assert!(e.message.contains("colour"), "{}", e.message);
    }
}

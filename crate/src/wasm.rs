//! The wasm boundary: a few functions with plain serde structs. Spans are
//! UTF-16 code units, the DOM's unit. Nothing here knows a rule.

use std::cell::RefCell;

use wasm_bindgen::prelude::*;

use crate::output::{findings_out, rule_infos};
use crate::{Accounts, Config, ConfigError, Engine};

thread_local! {
    /// The engine for the last configuration seen: building one compiles
    /// the organisation's terms, so it is reused while the config is unchanged.
    static ENGINE: RefCell<Option<Engine>> = const { RefCell::new(None) };
}

fn to_js<T: serde::Serialize>(value: &T) -> Result<JsValue, JsError> {
    value.serialize(&serde_wasm_bindgen::Serializer::json_compatible()).map_err(|e| JsError::new(&e.to_string()))
}

/// Reads the configuration through `JSON.stringify` and the CLI's JSON
/// parser: serde-wasm-bindgen reads only the fields a struct knows, so an
/// unknown (misspelt) field would be ignored silently.
fn config_from_js(config: JsValue) -> Result<Config, ConfigError> {
    if config.is_undefined() || config.is_null() {
        return Ok(Config::default());
    }
    #[wasm_bindgen]
    extern "C" {
        #[wasm_bindgen(js_namespace = JSON, catch)]
        fn stringify(value: &JsValue) -> Result<JsValue, JsValue>;
    }
    let json = stringify(&config)
        .ok()
        .and_then(|s| s.as_string())
        .ok_or(ConfigError { field: String::new(), message: "the configuration is not a JSON object".into() })?;
    Config::from_json(&json)
}

/// The findings for `text` under `config` (an object like the CLI's
/// `--config` file, or undefined): `[{rule, severity, clause, start, end,
/// text, message, message_en, suggestion}]`, sorted by start.
#[wasm_bindgen]
pub fn check(text: &str, config: JsValue) -> Result<JsValue, JsError> {
    let config = config_from_js(config).map_err(|e| JsError::new(&e.to_string()))?;
    ENGINE.with(|cell| {
        let mut slot = cell.borrow_mut();
        if slot.as_ref().map_or(true, |e| *e.config() != config) {
            *slot = Some(Engine::new(config).map_err(|e| JsError::new(&e.to_string()))?);
        }
        let engine = slot.as_ref().expect("engine was just built");
        to_js(&findings_out(text, &engine.check(text)))
    })
}

/// `null` when `config` is usable, else `{field, message}` naming the field.
#[wasm_bindgen(js_name = validateConfig)]
pub fn validate_config(config: JsValue) -> Result<JsValue, JsError> {
    match config_from_js(config) {
        Ok(_) => Ok(JsValue::NULL),
        Err(e) => to_js(&e),
    }
}

/// Every rule: `{id, clause, severity, title, title_en, docs, docs_en,
/// clause_text, clause_text_en}`.
#[wasm_bindgen]
pub fn rules() -> Result<JsValue, JsError> {
    to_js(&rule_infos())
}

/// The settings `official_accounts` and `organisation_names` of an object
/// that may hold other settings too (the extension passes its settings).
#[derive(serde::Deserialize, Default)]
#[serde(default)]
struct AccountSettings {
    official_accounts: Vec<String>,
    organisation_names: Vec<String>,
}

fn accounts_from_js(settings: JsValue) -> Result<Accounts, ConfigError> {
    let settings: AccountSettings = serde_wasm_bindgen::from_value(settings)
        .map_err(|e| ConfigError { field: String::new(), message: e.to_string() })?;
    Accounts::new(&settings.official_accounts, &settings.organisation_names)
}

/// `null` when the settings' `official_accounts` and `organisation_names`
/// are usable, else `{field, message}` naming the entry.
#[wasm_bindgen(js_name = validateAccounts)]
pub fn validate_accounts(settings: JsValue) -> Result<JsValue, JsError> {
    match accounts_from_js(settings) {
        Ok(_) => Ok(JsValue::NULL),
        Err(e) => to_js(&e),
    }
}

/// The account `text` shows (where `site`, at `host`, shows the posting
/// account): `{handle, official}`, or `null` when no handle can be read.
#[wasm_bindgen(js_name = postingAccount)]
pub fn posting_account(settings: JsValue, site: &str, host: &str, text: &str) -> Result<JsValue, JsError> {
    let accounts = accounts_from_js(settings).map_err(|e| JsError::new(&e.to_string()))?;
    to_js(&accounts.posting(site, host, text))
}

/// The handle of a profile that imitates the organisation (its display
/// name in `name`, its handle in `handle`), or `null`.
#[wasm_bindgen]
pub fn impersonation(settings: JsValue, site: &str, host: &str, name: &str, handle: &str) -> Result<JsValue, JsError> {
    let accounts = accounts_from_js(settings).map_err(|e| JsError::new(&e.to_string()))?;
    to_js(&accounts.impersonation(site, host, name, handle))
}

#[wasm_bindgen]
pub fn version() -> String {
    crate::VERSION.to_owned()
}

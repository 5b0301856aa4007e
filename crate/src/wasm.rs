//! The wasm boundary: a few functions with plain serde structs. Spans are
//! UTF-16 code units, the DOM's unit. Nothing here knows a rule.

use std::cell::RefCell;

use wasm_bindgen::prelude::*;

use crate::output::{findings_out, rule_infos};
use crate::{Config, ConfigError, Engine};

/// The engine for the last configuration seen, and the JavaScript object it
/// was read from.
struct Configured {
    source: JsValue,
    engine: Engine,
}

thread_local! {
    /// Building an engine compiles the organisation's terms, and reading a
    /// configuration costs time with its size, so both happen once per
    /// change: the same settings object again (`===`) is not read again.
    static ENGINE: RefCell<Option<Configured>> = const { RefCell::new(None) };
}

fn to_js<T: serde::Serialize>(value: &T) -> Result<JsValue, JsError> {
    value.serialize(&serde_wasm_bindgen::Serializer::json_compatible()).map_err(|e| JsError::new(&e.to_string()))
}

/// Reads the configuration through `JSON.stringify` and the CLI's JSON
/// parser: serde-wasm-bindgen reads only the fields a struct knows, so an
/// unknown (misspelt) field would be ignored silently.
fn config_from_js(config: &JsValue) -> Result<Config, ConfigError> {
    if config.is_undefined() || config.is_null() {
        return Ok(Config::default());
    }
    #[wasm_bindgen]
    extern "C" {
        #[wasm_bindgen(js_namespace = JSON, catch)]
        fn stringify(value: &JsValue) -> Result<JsValue, JsValue>;
    }
    let json = stringify(config)
        .ok()
        .and_then(|s| s.as_string())
        .ok_or(ConfigError { field: String::new(), message: "the configuration is not a JSON object".into() })?;
    Config::from_json(&json)
}

/// The findings for `text` under `config` (an object like the CLI's
/// `--config` file, or undefined): `[{rule, severity, clause, start, end,
/// text, message, message_en, suggestion}]`, sorted by start.
///
/// The configuration is read when a different object is passed: pass the
/// same object while the settings are unchanged (a check per keystroke then
/// costs nothing to configure) and a new one when they change — a change
/// made inside the same object is not seen.
#[wasm_bindgen]
pub fn check(text: &str, config: JsValue) -> Result<JsValue, JsError> {
    let error = |e: ConfigError| JsError::new(&e.to_string());
    ENGINE.with(|cell| {
        let mut slot = cell.borrow_mut();
        if slot.as_ref().is_none_or(|c| c.source != config) {
            let read = config_from_js(&config).map_err(error)?;
            match slot.as_mut() {
                Some(configured) if *configured.engine.config() == read => configured.source = config,
                _ => *slot = Some(Configured { engine: Engine::new(read).map_err(error)?, source: config }),
            }
        }
        let engine = &slot.as_ref().expect("an engine was just configured").engine;
        to_js(&findings_out(text, &engine.check(text)))
    })
}

/// `null` when `config` is usable, else `{field, message}` naming the field.
#[wasm_bindgen(js_name = validateConfig)]
pub fn validate_config(config: JsValue) -> Result<JsValue, JsError> {
    match config_from_js(&config) {
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

#[wasm_bindgen]
pub fn version() -> String {
    crate::VERSION.to_owned()
}

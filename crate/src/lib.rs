//! postcheck: checks a social-media post, as it is being written, against the
//! Hokkaido Board of Education social-media guideline
//! (北海道教育委員会ソーシャルメディア利用ガイドライン).
//!
//! The text is normalised once ([`text`]), links are extracted once
//! ([`links`]), every enabled rule ([`rules`]) reports [`Finding`]s tied to a
//! guideline clause, and the [`Engine`] applies the organisation's
//! [`Config`]. A learned sentence classifier ([`model`]) backs the rules up
//! where a post says in other words what their lists look for.

/// A data file of the crate (`data_file!("rules/data/insult.txt")`) as
/// shipped: without its comments and blank lines (see `build.rs`).
macro_rules! data_file {
    ($path:expr) => {
        include_str!(concat!(env!("OUT_DIR"), "/src/", $path))
    };
}

/// A host list of the crate (`host_list!("links/data/tlds.txt")`), as
/// `build.rs` compiled it ([`links::host_list`]).
macro_rules! host_list {
    ($path:literal) => {
        $crate::links::host_list::HostList::new(data_file!($path), include_bytes!(concat!(env!("OUT_DIR"), "/src/", $path, ".idx")))
    };
}

pub mod accounts;
pub mod config;
pub mod engine;
pub mod finding;
pub mod links;
#[cfg(feature = "audit")]
pub mod audit;
pub mod model;
pub mod output;
pub mod rules;
pub mod text;
pub mod words;

#[cfg(target_arch = "wasm32")]
pub mod wasm;

pub use accounts::Accounts;
pub use config::{Config, ConfigError};
pub use engine::Engine;
pub use finding::{Finding, Severity};

/// The engine's version, as the extension and the CLI report it.
pub const VERSION: &str = env!("CARGO_PKG_VERSION");

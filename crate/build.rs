//! Compiles the morphological dictionary (see `build/dictionary.rs`), and
//! copies the data files (word lists, host tables) into `OUT_DIR` without
//! their comments and blank lines. The comments are written for reviewers;
//! the shipped wasm has a size budget and no use for them. The crate reads
//! the copies through `data_file!`.

use std::path::Path;
use std::{env, fs};

#[path = "build/dictionary.rs"]
mod dictionary;
#[path = "src/text/kanji.rs"]
mod kanji;

const DATA_DIRS: &[&str] = &["src/rules/data", "src/links/data"];

fn main() {
    let out = env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    dictionary::build(Path::new(&out));
    for dir in DATA_DIRS {
        println!("cargo:rerun-if-changed={dir}");
        let target = Path::new(&out).join(dir);
        fs::create_dir_all(&target).expect("create OUT_DIR data folder");
        for entry in fs::read_dir(dir).expect("data folder") {
            let path = entry.expect("data file").path();
            if path.extension().is_some_and(|e| e == "txt") {
                let text = fs::read_to_string(&path).expect("data files are UTF-8");
                fs::write(target.join(path.file_name().unwrap()), strip_comments(&text)).expect("write data copy");
            }
        }
    }
}

/// Every line without what follows `#`, trailing space trimmed, blank lines dropped.
fn strip_comments(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for line in text.lines() {
        let line = line.split_once('#').map_or(line, |(before, _)| before).trim_end();
        if !line.trim().is_empty() {
            out.push_str(line);
            out.push('\n');
        }
    }
    out
}

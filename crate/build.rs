//! Compiles the morphological dictionary (see `build/dictionary.rs`) and the
//! rules' word lists (`lexicon.bin`, read by `crate::rules::lists`), and
//! copies the data files (word lists, host tables) into `OUT_DIR` without
//! their comments and blank lines. The comments are written for reviewers;
//! the shipped wasm has a size budget and no use for them. The crate reads
//! the copies through `data_file!`.

use std::path::Path;
use std::{env, fs};

#[path = "build/dictionary.rs"]
mod dictionary;

// The crate's own text handling (`crate::text`), as far as compiling word
// lists needs it: the lists are folded here exactly as the crate folds a post.
// Siblings here as in `crate::text`, so their `super::` paths hold in both.
#[allow(dead_code)]
#[path = "src/text/english.rs"]
mod english;
#[allow(dead_code)]
#[path = "src/text/finder.rs"]
mod finder;
#[allow(dead_code)]
#[path = "src/text/fold.rs"]
mod fold;
#[path = "src/text/kanji.rs"]
mod kanji;
#[allow(dead_code)]
#[path = "src/text/list_format.rs"]
mod list_format;
#[allow(dead_code)]
#[path = "src/text/view.rs"]
mod view;

#[allow(dead_code)]
#[path = "src/links/host_list.rs"]
mod host_list;

/// The words layer's analysis (`crate::words`), to cut the lists' lemma
/// entries into words with the dictionary just compiled.
#[allow(dead_code)]
#[path = "src/words/analysis.rs"]
mod analysis;

/// `crate::text` as the modules included here name it.
#[path = "src/text"]
mod text {
    #[allow(dead_code)]
    pub mod fnv;
    pub(crate) use super::{fold, view::View};
}

const DATA_DIRS: &[&str] = &["src/rules/data", "src/links/data"];

/// The data files that the crate reads as host lists (`host_list!`):
/// compiled into their lines and a hash table of where they start
/// (`src/links/host_list.rs`), looked up in place.
const HOST_LISTS: &[&str] = &[
    "src/links/data/harmful_hosts.txt",
    "src/links/data/redirectors.txt",
    "src/links/data/shorteners.txt",
    "src/links/data/shorteners_public.txt",
    "src/links/data/tld_file_extensions.txt",
    "src/links/data/tlds.txt",
];

fn main() {
    let out = env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    let analyser = dictionary::build(Path::new(&out));
    compile_word_lists(Path::new(&out), &analyser);
    for dir in DATA_DIRS {
        println!("cargo:rerun-if-changed={dir}");
        let target = Path::new(&out).join(dir);
        fs::create_dir_all(&target).expect("create OUT_DIR data folder");
        for entry in fs::read_dir(dir).expect("data folder") {
            let path = entry.expect("data file").path();
            if path.extension().is_some_and(|e| e == "txt") {
                let text = fs::read_to_string(&path).expect("data files are UTF-8");
                let copy = target.join(path.file_name().unwrap());
                if HOST_LISTS.iter().any(|list| path == Path::new(list)) {
                    let (lines, slots) = host_list::compile(&text);
                    fs::write(&copy, lines).expect("write host list");
                    fs::write(copy.with_extension("txt.idx"), slots).expect("write host list table");
                } else {
                    fs::write(copy, strip_comments(&text)).expect("write data copy");
                }
            }
        }
    }
}

/// The file that names the rules' word lists, in the order of their lexicon.
const WORD_LISTS: &str = "src/rules/lists.rs";

/// Compiles the rules' word lists into `lexicon.bin`: their entries, their
/// lemma entries cut into words by `analyser`, and the automaton over their
/// spellings, which the crate reads back instead of building them (a
/// service worker builds the engine on every wake-up).
fn compile_word_lists(out: &Path, analyser: &dictionary::Analyser) {
    println!("cargo:rerun-if-changed={WORD_LISTS}");
    for source in ["text/english.rs", "text/finder.rs", "text/fold.rs", "text/kanji.rs", "text/list_format.rs", "text/view.rs", "words/analysis.rs"] {
        println!("cargo:rerun-if-changed=src/{source}");
    }
    let lists: Vec<String> = list_files()
        .iter()
        .map(|file| fs::read_to_string(Path::new("src/rules").join(file)).unwrap_or_else(|e| panic!("word list {file}: {e}")))
        .collect();
    let lists = list_format::ListBuilder::parse_lists(&lists.iter().map(String::as_str).collect::<Vec<_>>());
    let mut bytes = Vec::new();
    lists.write(&analyser.lemmas(&lists), &mut bytes);
    finder::Finder::new(&lists.patterns).write(&mut bytes);
    fs::write(out.join("lexicon.bin"), bytes).expect("write lexicon.bin");
}

/// The word lists that `word_lists!` in [`WORD_LISTS`] names, in order
/// (`NAME => "data/file.txt",` lines).
fn list_files() -> Vec<String> {
    let source = fs::read_to_string(WORD_LISTS).expect("the rules' lists module");
    let body = source.split_once("\nword_lists! {").expect("a word_lists! invocation").1;
    let body = body.split_once("\n}").expect("the end of word_lists!").0;
    body.lines().filter_map(|line| Some(line.split_once("=> \"")?.1.split_once('"')?.0.to_owned())).collect()
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

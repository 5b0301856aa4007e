//! Test helpers for the text layer: the posts of the repository's corpora,
//! over which the tests check that a fast path answers as the slow one does.

use std::path::Path;

/// The texts of the corpora in the repository: the model's
/// (`model/corpus/`), the unseen writers' (`model/unseen/`) and the
/// regression corpus.
pub fn corpus_texts() -> Vec<String> {
    let workspace = Path::new(env!("CARGO_MANIFEST_DIR")).parent().expect("the crate sits in the workspace");
    let mut files = vec![workspace.join("crate/tests/corpus/regression.jsonl")];
    for folder in ["model/corpus", "model/unseen"] {
        let entries = std::fs::read_dir(workspace.join(folder)).expect("the corpus folders are readable");
        files.extend(entries.map(|e| e.expect("corpus file").path()).filter(|p| p.extension().is_some_and(|e| e == "jsonl")));
    }
    let mut texts = Vec::new();
    for file in files {
        for line in std::fs::read_to_string(&file).expect("corpus files are UTF-8").lines().filter(|l| !l.trim().is_empty()) {
            let post: serde_json::Value = serde_json::from_str(line).expect("corpus lines are JSON");
            texts.push(post["text"].as_str().expect("every post has a text").to_owned());
        }
    }
    texts
}

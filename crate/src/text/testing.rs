//! Test helpers for the text layer: the posts of the repository's corpora,
//! over which the tests check that a fast path answers as the slow one does.

use std::path::Path;

use crate::model::corpus;

/// The texts of the corpora in the repository: the model's
/// (`model/corpus/`, with the regression corpus) and the unseen writers'
/// (`model/unseen/`).
pub fn corpus_texts() -> Vec<String> {
    let workspace = Path::new(env!("CARGO_MANIFEST_DIR")).parent().expect("the crate sits in the workspace");
    let files = corpus::every_file(workspace).expect("the corpus folders are readable");
    corpus::read(&files).expect("the corpus files are valid").into_iter().map(|case| case.text).collect()
}

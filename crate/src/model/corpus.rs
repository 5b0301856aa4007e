//! The model's labelled corpus: which files it is, how it is split, and the
//! hash the weights record so a test can tell they are stale.
//!
//! The files are `model/corpus/*.jsonl` and the regression corpus
//! `crate/tests/corpus/regression.jsonl`, in the corpus format of RULES.md:
//! `{"id", "text", "expect": [rule ids, or lists of which any one will do], "note"}`.
//! A post goes to the training, calibration or held-out part by a hash of its
//! id alone, so adding posts never moves the others.

use std::collections::HashSet;
use std::io;
use std::path::{Path, PathBuf};

use serde::Deserialize;

use crate::text::fnv::fnv64;

/// The regression corpus, relative to the workspace.
const REGRESSION: &str = "crate/tests/corpus/regression.jsonl";

/// The writer of the regression corpus's cases: its file's stem.
pub const REGRESSION_WRITER: &str = "regression";
/// The model's own corpus folder, relative to the workspace.
const FOLDER: &str = "model/corpus";
/// Posts by writers none of whose posts the model or the rules were tuned
/// on, relative to the workspace: a harder test than the held-out part,
/// whose writers also wrote the training part. Never trained on, never read
/// case by case.
pub const UNSEEN: &str = "model/unseen";

/// One labelled post.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
pub struct Case {
    pub id: String,
    pub text: String,
    #[serde(deserialize_with = "expectations")]
    pub expect: Vec<Vec<String>>,
    /// The name of the file it came from, without `.jsonl`: one writer's
    /// posts (the regression corpus counts as one), so that cross-validation
    /// can hold out whole writers.
    #[serde(skip)]
    pub writer: String,
}

/// An `expect` item is a rule id or a list of ids of which any one will do;
/// both become a list.
fn expectations<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Vec<Vec<String>>, D::Error> {
    #[derive(Deserialize)]
    #[serde(untagged)]
    enum Item {
        One(String),
        AnyOf(Vec<String>),
    }
    Ok(Vec::<Item>::deserialize(d)?
        .into_iter()
        .map(|item| match item {
            Item::One(id) => vec![id],
            Item::AnyOf(ids) => ids,
        })
        .collect())
}

/// The three parts of the corpus.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Part {
    /// About 70 %: the weights are fitted on it.
    Train,
    /// About 10 %: the decision threshold is chosen on it.
    Calibration,
    /// About 20 %: only ever scored in aggregate, to report the model's
    /// recall and false alarms.
    HeldOut,
}

impl Part {
    pub fn of(id: &str) -> Part {
        match fnv64(id.as_bytes()) % 100 {
            0..70 => Part::Train,
            70..80 => Part::Calibration,
            _ => Part::HeldOut,
        }
    }
}

/// The corpus files under `workspace`, in a fixed order: the model's own
/// files by name, then the regression corpus.
pub fn files(workspace: &Path) -> io::Result<Vec<PathBuf>> {
    let mut files = jsonl_files(&workspace.join(FOLDER))?;
    files.push(workspace.join(REGRESSION));
    Ok(files)
}

/// The unseen writers' files under `workspace` ([`UNSEEN`]), by name.
pub fn unseen_files(workspace: &Path) -> io::Result<Vec<PathBuf>> {
    jsonl_files(&workspace.join(UNSEEN))
}

/// Every post file the project keeps: [`files`], then [`unseen_files`] (for
/// tests that hold over all the posts there are, not for training).
pub fn every_file(workspace: &Path) -> io::Result<Vec<PathBuf>> {
    let mut files = files(workspace)?;
    files.extend(unseen_files(workspace)?);
    Ok(files)
}

/// The `.jsonl` files of `folder`, by name.
fn jsonl_files(folder: &Path) -> io::Result<Vec<PathBuf>> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(folder)?
        .map(|entry| entry.map(|e| e.path()))
        .collect::<io::Result<Vec<PathBuf>>>()?
        .into_iter()
        .filter(|p| p.extension().is_some_and(|e| e == "jsonl"))
        .collect();
    files.sort();
    Ok(files)
}

/// FNV-64 over every file's path (relative to `workspace`, `/`-separated)
/// and contents, in order: changes when a post is added, edited, relabelled
/// or moved to another file.
pub fn hash(workspace: &Path, files: &[PathBuf]) -> io::Result<u64> {
    let mut all = Vec::new();
    for file in files {
        let name = file.strip_prefix(workspace).unwrap_or(file);
        let name: Vec<String> = name.components().map(|c| c.as_os_str().to_string_lossy().into_owned()).collect();
        all.extend_from_slice(name.join("/").as_bytes());
        all.push(0);
        all.extend_from_slice(&std::fs::read(file)?);
        all.push(0);
    }
    Ok(fnv64(&all))
}

/// Every case of `files`, in order. A malformed line or a repeated id is an
/// error naming the file and line.
pub fn read(files: &[PathBuf]) -> Result<Vec<Case>, String> {
    let mut cases = Vec::new();
    let mut ids = HashSet::new();
    for file in files {
        let text = std::fs::read_to_string(file).map_err(|e| format!("{}: {e}", file.display()))?;
        let writer = file.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default();
        for (i, line) in text.lines().enumerate().filter(|(_, l)| !l.trim().is_empty()) {
            let mut case: Case = serde_json::from_str(line).map_err(|e| format!("{}:{}: {e}", file.display(), i + 1))?;
            case.writer.clone_from(&writer);
            if !ids.insert(case.id.clone()) {
                return Err(format!("{}:{}: id {} is used twice", file.display(), i + 1, case.id));
            }
            cases.push(case);
        }
    }
    Ok(cases)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_split_is_stable_and_near_its_shares() {
        assert_eq!(Part::of("r001"), Part::of("r001"));
        let ids: Vec<String> = (0..10_000).map(|i| format!("x{i}")).collect();
        let share = |part| ids.iter().filter(|id| Part::of(id) == part).count();
        assert!((6_700..7_300).contains(&share(Part::Train)));
        assert!((800..1_200).contains(&share(Part::Calibration)));
        assert!((1_800..2_200).contains(&share(Part::HeldOut)));
    }

    #[test]
    fn expectations_read_single_ids_and_alternatives() {
        let case: Case = serde_json::from_str(r#"{"id": "a", "text": "t", "expect": ["rumor", ["insult", "illegal"]], "note": "n"}"#).unwrap();
        assert_eq!(case.expect, [vec!["rumor".to_owned()], vec!["insult".to_owned(), "illegal".to_owned()]]);
    }
}

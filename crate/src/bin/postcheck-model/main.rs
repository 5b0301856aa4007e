//! `postcheck-model`: trains and evaluates the learned backstop
//! (`crate::model`). `./build.sh model` runs `train` then `eval`.

mod eval;
mod train;

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use postcheck::model::corpus::{self, Case};

const USAGE: &str = "\
usage: postcheck-model train [--bits N] [--orders MIN-MAX] [--no-words] [--no-lexicon]
                             [--no-context] [--no-lemmas] [--per-rule-thresholds]
                             [--iterations N] [--l2 X]
                             [--positive-weight X] [--max-clean-alarms X|balance] [--max-wrong-rule X]
                             [--out FILE] [--workspace DIR]
                             [--save-folds DIR | --folds-from DIR] [--dump FILE]
       postcheck-model eval [--weights FILE]

  train   fits the weights on the training part of the corpus (model/corpus/*.jsonl
          and crate/tests/corpus/regression.jsonl), chooses the decision threshold on
          the model alone's out-of-fold and calibration scores, and writes the weights
          (default crate/src/model/weights.bin); --save-folds keeps the five folds'
          fits in DIR and --folds-from reads them instead of fitting again (the same
          bytes, in seconds: to try decisions on the same folds); --dump writes every
          post as its fold's model reads it (JSON lines: findings, sentences and
          their classes' probabilities) for experiments outside the trainer
  eval    the engine with and without the model on the held-out part and on the
          unseen writers' posts (model/unseen/): recall per
          rule and false alarms, in aggregate only; with --weights, of the weights
          in FILE instead of those built into the crate";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args.first().map(String::as_str) {
        Some("train") => train::Settings::from_args(&args[1..]).and_then(|settings| train::run(&workspace(), &settings)),
        Some("eval") if args.len() == 1 => eval::run(&workspace(), None),
        Some("eval") if args.len() == 3 && args[1] == "--weights" => eval::run(&workspace(), Some(Path::new(&args[2]))),
        Some("-h" | "--help") => {
            println!("{USAGE}");
            return ExitCode::SUCCESS;
        }
        _ => Err(USAGE.to_owned()),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("postcheck-model: {message}");
            ExitCode::from(2)
        }
    }
}

/// The workspace root, where `model/` and `crate/` are.
fn workspace() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).parent().expect("the crate sits in the workspace").to_owned()
}

/// The corpus files, their hash and their cases.
fn load(workspace: &Path) -> Result<(u64, Vec<Case>), String> {
    let files = corpus::files(workspace).map_err(|e| format!("cannot list the corpus: {e}"))?;
    let hash = corpus::hash(workspace, &files).map_err(|e| format!("cannot read the corpus: {e}"))?;
    Ok((hash, corpus::read(&files)?))
}

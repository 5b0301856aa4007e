//! Compiles the morphological dictionary of `crate::words` from Debian's
//! `mecab-ipadic` sources (EUC-JP CSV, `matrix.def`, `char.def`, `unk.def`)
//! and the project's own entries (`src/words/data/slang.txt`) into a vibrato
//! dictionary in `OUT_DIR`, which the crate embeds.
//!
//! Trimmed for the extension's size budget (measurements: `crate/src/words/mod.rs`):
//!
//! * names of people, places and organisations and other proper nouns are
//!   left out: unknown-word handling still reads them as nouns, and rules
//!   that care about names have their own lists;
//! * each word keeps only the features the rules read: POS, its first
//!   subclass, conjugation form and lemma, the lemma written as an edit of
//!   the surface (`1る`: drop one character, append `る`), so that the
//!   forms of thousands of verbs share a few strings;
//! * rare conjugation forms and katakana-only common nouns are left out;
//! * connection contexts whose costs differ by little on average are merged
//!   and costs rounded, which shrinks the 1316×1316 cost matrix to 390×436.
//!
//! `POSTCHECK_IPADIC` names another source folder; `POSTCHECK_FULL_IPADIC=1`
//! skips the trimming (to measure what it costs).

use std::collections::{HashMap, HashSet};
use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::{env, fs};

use crate::analysis::{self, Features};
use crate::list_format::{Lemmas, ListBuilder};

/// Where Debian's `mecab-ipadic` package installs the sources.
const DEBIAN_SOURCES: &str = "/usr/share/mecab/dic/ipadic";

/// Source files of proper nouns, left out of the trimmed dictionary.
const PROPER_NOUN_FILES: &[&str] = &["Noun.name.csv", "Noun.place.csv", "Noun.org.csv", "Noun.proper.csv"];

/// Conjugation forms left out: literary, contracted and dialectal forms
/// (`走りゃ`, `走ん`, `消えよ`, `臭し`) that posts rarely use. The analyser
/// reads such a text with the forms that remain.
const RARE_FORMS: &[&str] = &[
    "仮定縮約１", "仮定縮約２", "体言接続特殊", "体言接続特殊２", "命令ｙｏ", "未然特殊", "文語基本形",
    "未然レル接続", "未然ヌ接続", "連用ゴザイ接続", "体言接続", "命令ｉ", "現代基本形",
];

/// Two connection contexts are merged when their costs against every other
/// context differ by at most this much on average (ipadic costs run to
/// several thousand; a word's own cost is typically 3000–10000).
const MERGE_TOLERANCE: u32 = 200;

/// Connection costs are rounded to multiples of this, which compresses the
/// matrix by a third and moves no word boundary that the tests see.
const COST_STEP: i16 = 16;

/// How much cheaper a spelling of the slang file is than the word it
/// spells: such spellings are made to read as that word, so the analyser
/// should prefer them to a split into ordinary words (`マジ氏ね` is `マジ` +
/// `氏ね`, not `氏` the honorific suffix + `ね`).
const SPELLING_BONUS: i16 = 2000;

/// The project's own entries.
pub const SLANG: &str = "src/words/data/slang.txt";

/// The analyser over the dictionary just compiled, as the crate sets it up
/// (`crate::words`), with its words' features.
pub struct Analyser {
    tokenizer: vibrato::Tokenizer,
    /// Each word's features, by word id, as the crate reads them.
    features: Vec<String>,
}

impl Analyser {
    /// The lemma entries of `lists` cut into words, as the crate cuts them.
    pub fn lemmas(&self, lists: &ListBuilder) -> Vec<Lemmas> {
        let mut worker = self.tokenizer.new_worker();
        lists.lemmas(|folded| analysis::lemma_keys(&mut worker, folded, |id| Features::parse(&self.features[id as usize])))
    }
}

/// Compiles the dictionary into `out/words.dic`; the analyser over it.
pub fn build(out: &Path) -> Analyser {
    println!("cargo:rerun-if-env-changed=POSTCHECK_IPADIC");
    println!("cargo:rerun-if-env-changed=POSTCHECK_FULL_IPADIC");
    println!("cargo:rerun-if-changed={SLANG}");
    let sources = env::var_os("POSTCHECK_IPADIC").map_or_else(|| PathBuf::from(DEBIAN_SOURCES), PathBuf::from);
    let full = env::var_os("POSTCHECK_FULL_IPADIC").is_some_and(|v| v == "1");
    if !sources.join("matrix.def").is_file() {
        panic!(
            "\n\npostcheck needs the mecab-ipadic dictionary sources, and {} has none.\n\
             Install the Debian package `mecab-ipadic` (sudo apt-get install mecab-ipadic; ./build.sh does it),\n\
             or point POSTCHECK_IPADIC at a folder with its *.csv, matrix.def, char.def and unk.def.\n\n",
            sources.display()
        );
    }
    println!("cargo:rerun-if-changed={}", sources.display());

    let mut words = Vec::new();
    let mut files: Vec<PathBuf> = fs::read_dir(&sources)
        .expect("read the mecab-ipadic folder")
        .map(|e| e.expect("mecab-ipadic folder entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "csv"))
        .collect();
    files.sort();
    for path in &files {
        let name = path.file_name().unwrap().to_string_lossy();
        if !full && PROPER_NOUN_FILES.contains(&name.as_ref()) {
            continue;
        }
        words.extend(euc_jp(path).lines().filter(|l| !l.is_empty()).map(Word::from_ipadic));
    }
    let slang = slang_words(&fs::read_to_string(SLANG).expect("read the slang entries"), &words);
    words.retain(|w| full || w.is_kept());
    words.extend(slang);

    let mut matrix = Matrix::parse(&euc_jp(&sources.join("matrix.def")));
    let mut unknown: Vec<Word> = euc_jp(&sources.join("unk.def")).lines().filter(|l| !l.is_empty()).map(Word::from_ipadic).collect();
    if !full {
        let (rights, lefts) = matrix.merge_similar(MERGE_TOLERANCE);
        for w in words.iter_mut().chain(unknown.iter_mut()) {
            w.right = rights[w.right as usize];
            w.left = lefts[w.left as usize];
        }
    }
    let mut seen = HashSet::new();
    words.retain(|w| seen.insert((w.surface.clone(), w.left, w.right, w.shipped_features(full))));
    let triggers = lemma_triggers(&words);
    fs::write(out.join("lemma_triggers.idx"), line_starts(&triggers)).expect("write the lemma triggers' index");
    fs::write(out.join("lemma_triggers.txt"), triggers).expect("write the lemma triggers");
    write_features(out, &words, full);
    fs::write(out.join("word_pairs.bin"), word_pairs(&words)).expect("write the word pairs");

    // The lexicon's words go to vibrato without their features (see
    // `write_features`); the few unknown-word entries keep theirs.
    let lexicon_csv: String = words.iter().map(|w| format!("{},{},{},{}\n", w.surface, w.left, w.right, w.cost)).collect();
    let unknown_csv: String = unknown.iter().map(|w| w.csv(full)).collect();
    let dictionary = vibrato::SystemDictionaryBuilder::from_readers(
        lexicon_csv.as_bytes(),
        matrix.def().as_bytes(),
        euc_jp(&sources.join("char.def")).as_bytes(),
        unknown_csv.as_bytes(),
    )
    .expect("compile the mecab-ipadic sources with vibrato");
    let mut bytes = Vec::new();
    dictionary.write(&mut bytes).expect("serialise the dictionary");
    let bytes = without_lexicon_features(bytes, words.len());
    let dictionary = vibrato::Dictionary::read(bytes.as_slice()).expect("the dictionary without its lexicon's features reads back");
    fs::write(out.join("words.dic"), bytes).expect("write the dictionary");
    Analyser { tokenizer: analysis::tokenizer(dictionary), features: words.iter().map(|w| w.shipped_features(full)).collect() }
}

/// The serialised dictionary with its lexicon's feature strings left out
/// (none is asked for: the crate reads a known word's features from its own
/// tables, see [`write_features`]). Empty as they are, vibrato still decodes
/// a string for each of the `words` words when it loads the dictionary,
/// which a service worker does on every wake-up: about a third of building
/// the engine. Written by vibrato 0.5's bincode (little-endian, fixed-width
/// integers): the magic line, then the system lexicon: its trie and
/// postings (each a u64 length and the elements: bytes, u32s), its word
/// parameters (a u64 count and three i16 each), then the features, a u64
/// count and a u64 length (0) for each word, which become a count of 0.
/// Panics on any other layout.
fn without_lexicon_features(bytes: Vec<u8>, words: usize) -> Vec<u8> {
    const MAGIC: &[u8] = b"VibratoTokenizer 0.5\n";
    assert!(bytes.starts_with(MAGIC), "a vibrato 0.5 dictionary");
    let number = |at: usize| u64::from_le_bytes(bytes[at..at + 8].try_into().expect("eight bytes")) as usize;
    let mut at = MAGIC.len();
    for element_bytes in [1, 4, 6] {
        at += 8 + element_bytes * number(at);
    }
    let (count, strings) = (number(at), at + 8..at + 8 + 8 * words);
    assert!(count == words && bytes[strings.clone()].iter().all(|&b| b == 0), "the lexicon's {words} empty features where vibrato 0.5 writes them");
    let mut trimmed = Vec::with_capacity(bytes.len() - 8 * words);
    trimmed.extend_from_slice(&bytes[..at]);
    trimmed.extend_from_slice(&0u64.to_le_bytes());
    trimmed.extend_from_slice(&bytes[strings.end..]);
    trimmed
}

/// The features of the lexicon's words, kept out of the vibrato dictionary:
/// vibrato deserialises every word's features into a string of its own
/// (183,653 allocations, the larger part of loading the dictionary, which
/// the extension's service worker does on every wake-up), while these tables
/// are read where they are embedded. `word_features.bin`: for each word, in
/// the lexicon's order (vibrato's word ids), the index of its features as a
/// little-endian u16; `features.txt`: the distinct features, one a line;
/// `feature_starts.bin`: where each line starts, as little-endian u32, and
/// the text's length after the last.
fn write_features(out: &Path, words: &[Word], full: bool) {
    let mut distinct: HashMap<String, u16> = HashMap::new();
    let (mut text, mut starts, mut indexes) = (String::new(), Vec::new(), Vec::with_capacity(words.len() * 2));
    for w in words {
        let features = w.shipped_features(full);
        let next = distinct.len();
        let index = *distinct.entry(features).or_insert_with_key(|features| {
            starts.extend_from_slice(&(text.len() as u32).to_le_bytes());
            text.push_str(features);
            text.push('\n');
            u16::try_from(next).expect("at most 65,536 distinct features (else widen word_features.bin)")
        });
        indexes.extend_from_slice(&index.to_le_bytes());
    }
    starts.extend_from_slice(&(text.len() as u32).to_le_bytes());
    fs::write(out.join("word_features.bin"), indexes).expect("write the word features");
    fs::write(out.join("features.txt"), text).expect("write the features");
    fs::write(out.join("feature_starts.bin"), starts).expect("write the feature starts");
}

/// The table of `crate::words::lemma_triggers`: for each lemma key (see
/// [`key`]) that some word with that lemma is not spelled as, a line
/// `key<TAB>trigger<TAB>trigger…`, sorted. Every word with that lemma
/// contains one of the triggers (as a key): the lemma itself if they all
/// contain it (`ごみ`: ゴミ, ごみ, ゴミ箱 is another lemma), else the common prefix of the lemma
/// and all its words (`黙` for `黙る`: 黙ら, 黙っ, 黙れ…), or, when they share
/// none or just one kana (`する`: し, すっ…; `死ぬ`: 死な…, タヒね, しね; `かす`:
/// かさ, かし…), the shortest of them that hold no other. A lemma every word of which contains it (nouns) has
/// no line: the lemma itself is its trigger.
fn lemma_triggers(words: &[Word]) -> String {
    let mut by_lemma: HashMap<String, HashSet<String>> = HashMap::new();
    for w in words {
        let lemma = if w.features[LEMMA] == "*" { &w.surface } else { &w.features[LEMMA] };
        let (lemma, surface) = (key(lemma), key(&w.surface));
        if surface != lemma {
            by_lemma.entry(lemma).or_default().insert(surface);
        }
    }
    let mut rows: Vec<(String, Vec<String>)> = by_lemma
        .into_iter()
        .map(|(lemma, surfaces)| {
            if surfaces.iter().all(|s| s.contains(&lemma)) {
                return (lemma.clone(), vec![lemma]);
            }
            let prefix = common_prefix(surfaces.iter().map(String::as_str).chain([lemma.as_str()]));
            // One kana (`か` of `かす`: かさ, かし…) is in every other sentence.
            let kana = |c: char| matches!(c, 'ぁ'..='ゖ' | 'ー');
            if !prefix.is_empty() && !(prefix.chars().count() == 1 && prefix.chars().all(kana)) {
                let prefix = prefix.to_owned();
                return (lemma, vec![prefix]);
            }
            let mut all: Vec<String> = surfaces.into_iter().chain([lemma.clone()]).collect();
            all.sort_by(|a, b| a.len().cmp(&b.len()).then(a.cmp(b)));
            let mut triggers: Vec<String> = Vec::new();
            for s in all {
                if !triggers.iter().any(|t| s.contains(t.as_str())) {
                    triggers.push(s);
                }
            }
            (lemma, triggers)
        })
        .collect();
    rows.sort();
    rows.iter().map(|(lemma, triggers)| format!("{lemma}\t{}\n", triggers.join("\t"))).collect()
}

/// Where each line of `text` starts, as little-endian `u32`s: the index
/// `crate::words::lemma_triggers` searches by halves without looking for
/// line breaks.
fn line_starts(text: &str) -> Vec<u8> {
    let starts = std::iter::once(0).filter(|_| !text.is_empty()).chain(text.match_indices('\n').map(|(at, _)| at + 1).filter(|&at| at < text.len()));
    starts.flat_map(|at| u32::try_from(at).expect("the table is under 4 GB").to_le_bytes()).collect()
}

/// The table of `crate::words`'s word pairs: every two characters that
/// follow each other inside the surface of a word of the dictionary, except
/// two kanji (a cut between kanji never counts), each with whether a word
/// other than a verb or adjective has them. Sorted keys `(first << 21 |
/// second) << 1 | not_only_inflecting`, written as the differences between
/// them in LEB128 (23,000 pairs in 33 KB).
fn word_pairs(words: &[Word]) -> Vec<u8> {
    let mut pairs: HashMap<u64, bool> = HashMap::new();
    for w in words {
        let inflects = matches!(w.features[POS].as_str(), "動詞" | "形容詞");
        let chars: Vec<char> = w.surface.chars().collect();
        for pair in chars.windows(2) {
            let [a, b] = [pair[0], pair[1]];
            if !(crate::kanji::is_kanji(a) && crate::kanji::is_kanji(b)) {
                *pairs.entry((a as u64) << 21 | b as u64).or_default() |= !inflects;
            }
        }
    }
    let mut keys: Vec<u64> = pairs.into_iter().map(|(pair, other)| pair << 1 | other as u64).collect();
    keys.sort_unstable();
    let mut out = Vec::with_capacity(keys.len() * 2);
    let mut last = 0;
    for key in keys {
        let mut delta = key - last;
        last = key;
        while delta >= 0x80 {
            out.push(delta as u8 | 0x80);
            delta >>= 7;
        }
        out.push(delta as u8);
    }
    out
}

/// A lemma or surface as `crate::words::lemma_key` compares them: lower
/// case, katakana as hiragana (the crate's `text::fold::katakana_to_hiragana`;
/// a test there checks that the table is written in keys).
fn key(word: &str) -> String {
    word.chars()
        .flat_map(char::to_lowercase)
        .map(|c| match c {
            '\u{30A1}'..='\u{30F6}' | '\u{30FD}' | '\u{30FE}' => char::from_u32(c as u32 - 0x60).unwrap_or(c),
            _ => c,
        })
        .collect()
}

/// A source file decoded from EUC-JP.
fn euc_jp(path: &Path) -> String {
    let bytes = fs::read(path).unwrap_or_else(|e| panic!("read {}: {e}", path.display()));
    let (text, _, malformed) = encoding_rs::EUC_JP.decode(&bytes);
    assert!(!malformed, "{} is not EUC-JP", path.display());
    text.into_owned()
}

/// One lexicon line: surface, connection ids, cost and features.
#[derive(Clone)]
struct Word {
    surface: String,
    left: u16,
    right: u16,
    cost: i16,
    /// ipadic's features: POS, three subclasses, conjugation type and form,
    /// lemma, reading, pronunciation (`*` where it has none).
    features: Vec<String>,
}

/// Indexes into [`Word::features`].
const POS: usize = 0;
const SUBCLASS: usize = 1;
const FORM: usize = 5;
const LEMMA: usize = 6;
const READING: usize = 7;

impl Word {
    /// An ipadic line: `surface,left,right,cost,features…` (unknown-word
    /// lines stop after the conjugation form).
    fn from_ipadic(line: &str) -> Word {
        let fields: Vec<&str> = line.split(',').collect();
        assert!(fields.len() >= 11, "malformed mecab-ipadic line {line:?}");
        let number = |i: usize| fields[i].parse::<i64>().unwrap_or_else(|_| panic!("malformed mecab-ipadic line {line:?}"));
        let mut features: Vec<String> = fields[4..].iter().map(|f| f.to_string()).collect();
        features.resize(9, "*".to_owned());
        Word { surface: fields[0].to_owned(), left: number(1) as u16, right: number(2) as u16, cost: number(3) as i16, features }
    }

    /// Whether the trimmed dictionary keeps the word: not in a rare form,
    /// and not a common noun written in katakana only (unknown-word handling
    /// reads a run of katakana as one noun).
    fn is_kept(&self) -> bool {
        let katakana_noun = self.features[SUBCLASS] == "一般"
            && self.features[POS] == "名詞"
            && self.surface.chars().all(|c| matches!(c, 'ァ'..='ヺ' | 'ー'));
        !RARE_FORMS.contains(&self.features[FORM].as_str()) && !katakana_noun
    }

    /// The lexicon line vibrato reads. Trimmed, the features are
    /// `POS,subclass,conjugation form,lemma edit` (see [`lemma_edit`]).
    fn csv(&self, full: bool) -> String {
        format!("{},{},{},{},{}\n", self.surface, self.left, self.right, self.cost, self.shipped_features(full))
    }

    fn shipped_features(&self, full: bool) -> String {
        let f = &self.features;
        if full {
            f.join(",")
        } else {
            format!("{},{},{},{}", f[POS], f[SUBCLASS], f[FORM], lemma_edit(&self.surface, &f[LEMMA]))
        }
    }
}

/// How to get the lemma from the surface, in few distinct strings so the
/// dictionary compresses well: the number of characters to drop from the
/// end of the surface, then what to append (`走っ` → `走る` is `1る`, `ゴミ`
/// is `0`). A lemma of `*` (unknown words) is the surface.
fn lemma_edit(surface: &str, lemma: &str) -> String {
    if lemma == "*" {
        return "0".to_owned();
    }
    let shared = surface.chars().zip(lemma.chars()).take_while(|(a, b)| a == b).count();
    let dropped = surface.chars().count() - shared;
    let appended: String = lemma.chars().skip(shared).collect();
    format!("{dropped}{appended}")
}

/// The entries of the slang file (format in its header).
fn slang_words(data: &str, ipadic: &[Word]) -> Vec<Word> {
    let mut by_surface: HashMap<&str, Vec<&Word>> = HashMap::new();
    let mut by_lemma: HashMap<&str, Vec<&Word>> = HashMap::new();
    for w in ipadic {
        by_surface.entry(&w.surface).or_default().push(w);
        // Suffix and auxiliary uses of a word (`臭い` in `汗臭い`) are not models.
        if !matches!(w.features[SUBCLASS].as_str(), "接尾" | "非自立") {
            by_lemma.entry(&w.features[LEMMA]).or_default().push(w);
        }
    }
    let mut out = Vec::new();
    for (number, raw) in data.lines().enumerate() {
        let line = raw.split_once('#').map_or(raw, |(before, _)| before).trim();
        if line.is_empty() {
            continue;
        }
        let mut parts = line.split_whitespace();
        let (Some(new), Some(model), lemma_wanted, None) = (parts.next(), parts.next(), parts.next(), parts.next()) else {
            panic!("{SLANG} line {}: expected `word model [lemma]`, got {raw:?}", number + 1);
        };
        let unknown = || panic!("{SLANG} line {}: {model:?} is not in mecab-ipadic", number + 1);
        if let Some(lemma) = model.strip_prefix('~') {
            let forms = by_lemma.get(lemma).unwrap_or_else(unknown);
            let old_stem = common_prefix(forms.iter().map(|w| w.surface.as_str()));
            let ending = &lemma[old_stem.len().min(lemma.len())..];
            let new_stem = new.strip_suffix(ending).unwrap_or_else(|| panic!("{SLANG} line {}: {new:?} does not end like {lemma:?}", number + 1));
            for w in forms {
                let surface = format!("{new_stem}{}", &w.surface[old_stem.len()..]);
                let mut features = w.features.clone();
                features[LEMMA] = new.to_owned();
                features[READING] = katakana(&surface);
                features[READING + 1] = features[READING].clone();
                out.push(Word { surface, features, ..(*w).clone() });
            }
        } else {
            let models = by_surface.get(model).unwrap_or_else(unknown);
            for w in models.iter().filter(|w| lemma_wanted.is_none_or(|l| w.features[LEMMA] == l)) {
                out.push(Word { surface: new.to_owned(), cost: w.cost.saturating_sub(SPELLING_BONUS), ..(*w).clone() });
            }
        }
    }
    out
}

/// The longest common prefix of `words`, on character boundaries.
fn common_prefix<'a>(mut words: impl Iterator<Item = &'a str>) -> &'a str {
    let first = words.next().unwrap_or("");
    let mut len = first.len();
    for w in words {
        len = first.char_indices().zip(w.chars()).find(|((_, a), b)| a != b).map_or(len.min(w.len()), |((i, _), _)| i.min(len));
    }
    &first[..len]
}

/// The reading of a word written in kana (`*` when it has other characters).
fn katakana(surface: &str) -> String {
    let kana: Option<String> = surface
        .chars()
        .map(|c| match c {
            'ぁ'..='ゖ' => char::from_u32(c as u32 + 0x60),
            'ァ'..='ヺ' | 'ー' => Some(c),
            _ => None,
        })
        .collect();
    kana.unwrap_or_else(|| "*".to_owned())
}

/// The connection cost matrix: `costs[right * lefts + left]` is the cost of
/// a word with right id `right` followed by one with left id `left`.
struct Matrix {
    rights: usize,
    lefts: usize,
    costs: Vec<i16>,
}

impl Matrix {
    fn parse(def: &str) -> Matrix {
        let mut lines = def.lines();
        let header: Vec<usize> = lines.next().unwrap_or("").split_whitespace().map(|n| n.parse().expect("matrix.def header")).collect();
        let (rights, lefts) = (header[0], header[1]);
        let mut costs = vec![0; rights * lefts];
        for line in lines.filter(|l| !l.is_empty()) {
            let n: Vec<i32> = line.split_whitespace().map(|n| n.parse().expect("matrix.def line")).collect();
            costs[n[0] as usize * lefts + n[1] as usize] = n[2] as i16;
        }
        Matrix { rights, lefts, costs }
    }

    fn def(&self) -> String {
        let mut out = format!("{} {}\n", self.rights, self.lefts);
        for r in 0..self.rights {
            for l in 0..self.lefts {
                writeln!(out, "{r} {l} {}", self.costs[r * self.lefts + l]).unwrap();
            }
        }
        out
    }

    /// Merges right ids, then left ids, whose cost vectors are within
    /// `tolerance` on average of an earlier one's, and rounds the costs to
    /// [`COST_STEP`]; returns the new id of every old right id and left id. Id 0 (sentence start and end) keeps
    /// its meaning and number.
    fn merge_similar(&mut self, tolerance: u32) -> (Vec<u16>, Vec<u16>) {
        let (rights, lefts) = (self.rights, self.lefts);
        let right_rows: Vec<Vec<i16>> = (0..rights).map(|r| self.costs[r * lefts..(r + 1) * lefts].to_vec()).collect();
        let (right_ids, right_leaders) = cluster(&right_rows, tolerance);
        let left_columns: Vec<Vec<i16>> = (0..lefts).map(|l| right_leaders.iter().map(|&r| self.costs[r * lefts + l]).collect()).collect();
        let (left_ids, left_leaders) = cluster(&left_columns, tolerance);
        let mut costs = Vec::with_capacity(right_leaders.len() * left_leaders.len());
        for &r in &right_leaders {
            for &l in &left_leaders {
                costs.push(self.costs[r * lefts + l]);
            }
        }
        let step = COST_STEP as i32;
        let costs = costs.into_iter().map(|c| ((c as i32 + step / 2).div_euclid(step) * step).clamp(-32768, 32767) as i16).collect();
        *self = Matrix { rights: right_leaders.len(), lefts: left_leaders.len(), costs };
        (right_ids, left_ids)
    }
}

/// Greedy clustering: each vector joins the first leader within `tolerance`
/// mean absolute difference, or leads a new cluster. Vector 0 stays alone.
fn cluster(vectors: &[Vec<i16>], tolerance: u32) -> (Vec<u16>, Vec<usize>) {
    let mut leaders: Vec<usize> = Vec::new();
    let mut ids = Vec::with_capacity(vectors.len());
    for (i, v) in vectors.iter().enumerate() {
        let limit = tolerance as u64 * v.len() as u64;
        let close = |&leader: &usize| {
            let mut sum = 0u64;
            for (a, b) in v.iter().zip(&vectors[leader]) {
                sum += (*a as i32 - *b as i32).unsigned_abs() as u64;
                if sum > limit {
                    return false;
                }
            }
            true
        };
        match leaders.iter().skip(1).position(close).filter(|_| i != 0) {
            Some(k) => ids.push((k + 1) as u16),
            None => {
                ids.push(leaders.len() as u16);
                leaders.push(i);
            }
        }
    }
    (ids, leaders)
}

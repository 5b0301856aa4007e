//! The wasm boundary: a few functions with plain serde structs. Spans are
//! UTF-16 code units, the DOM's unit. Nothing here knows a rule.
//!
//! ## Start-up: where a wake-up's time goes
//!
//! Measured 2026-11-29 in headless Chromium 156 on the shared 2-core machine
//! (load 8–10, so wall times were 3–6 times the CPU times; main-thread CPU
//! from DevTools' `Performance.getMetrics` in thread ticks, medians of 4–5
//! fresh browsers), with a temporary export that returned named marks of
//! [`prepare`]. Before the module was built for speed (`opt-level = "z"`,
//! `wasm-opt -Oz`), a wake-up's main thread spent about 65 ms importing the
//! glue and compiling the module, 175 ms building the engine in `prepare`
//! and 14 ms in the first check; built for speed, 65, 85 and 24 ms (the
//! first check compiles more code lazily). Building the engine, by share:
//! the Aho-Corasick automaton over the ~11,000 entries of the
//! rules' lists (about 36 % of it), folding the lists' terms and tokenising
//! their lemma entries (30 %), reading vibrato's dictionary (21 %: bincode
//! decodes it element by element), the lemma triggers' automaton (2 %), the
//! host lists (2 %) and the rules' own tables (1 %); the weights are
//! borrowed, not parsed. V8's share: compiling every function eagerly
//! (`--no-wasm-lazy-compilation`) took 10–25 ms out of the first check and
//! nothing measurable out of `prepare`, and Liftoff alone (`--liftoff-only`)
//! made `prepare` 1.6 times slower in wall time: the time is the work
//! itself, run once in baseline code until the hot loops tier up.
//!
//! Since then (2026-11-29, instructions of the native CLI's construction
//! under callgrind, 186 M → 166 M): the lists' automaton is daachorse's
//! ([`crate::text::finder`]; about as costly to build, faster to scan) and
//! a term whose characters fold on their own skips building views
//! (`literal_term`: 32 M → 18 M).
//!
//! Then (2026-11-29, the CLI over one post under callgrind; construction
//! had grown to 176 M with the lists):
//!
//! | step | construction |
//! |---|---:|
//! | before | 176.3 M |
//! | the rules' lists compiled by `build.rs` (folded terms, entries, automaton: [`crate::text::list_format`]) and read back | 70.4 M |
//! | the dictionary without its lexicon's empty feature strings ([`crate::words`]) | 51.6 M |
//! | host lists borrow their data; lemma triggers indexed by a map | 48.9 M |
//!
//! What the 48.9 M are now: vibrato decoding its dictionary element by
//! element (18.3 M the lexicon: trie, postings, 180,135 word parameters;
//! 2.9 M the matrix), the lemma entries cut into words and their triggers
//! looked up (15.2 M: 506 entries; cutting them needs the dictionary, so
//! `build.rs` cannot, short of a second analyser), the host lists (4.6 M).
//! A trimmed dictionary would cut the first in proportion to its entries,
//! but every entry left out may move a boundary: not tried, as the CLI's
//! output had to stay byte for byte the same. The embedded lexicon costs
//! size: `lexicon.bin` is 1.50 MB raw, 324 KB gzip (daachorse's states,
//! 590 KB, and its character table, 518 KB, up to the lists' highest
//! character, an emoji), in place of the lists' text; the dictionary lost
//! 1.44 MB raw of zeros. The shipped wasm: 8.65 → 9.89 MB raw, 3.05 →
//! 3.34 MB gzip.
//!
//! In V8, before → after these steps (2026-11-29, the machine under load
//! 9–13, so wall times are inflated and noisy; the modules of the commit
//! before these steps and of the last, measured alternately):
//!
//! * CPU time in Node 20 (`process.cpuUsage`, so V8's compiler threads
//!   count too; `WebAssembly.compile`, `initSync`, [`prepare`], then the
//!   first `check` of the bench's 280-character post; 4 processes each):
//!   compiling 18–21 → 19–22 ms, instantiating 6–7 → 7–8 ms, `prepare`
//!   247–271 → 89–104 ms, the first check after it 57–71 → 77–124 ms
//!   (it now compiles lazily the folding and dictionary code that building
//!   the lists used to compile), the two together 307–342 → 174–219 ms;
//! * `bench/browser.mjs --launches 4`, headless Chromium 156, two runs of
//!   each: a page's first check (builds the engine) median 569–649 →
//!   188–325 ms; the service worker's later wake-ups, message to findings,
//!   median 576–910 → 476–801 ms, p95 1086–1098 → 542–1045 ms, of which
//!   its first check 468–675 → 297–462 ms. Not yet within 300 ms p95 on
//!   this machine; the lead's quiet-machine figure is the one to compare.
//!
//! What is left of a wake-up's first check is as much V8 compiling code on
//! first call as building the engine: in Node (the new module), a second
//! check takes
//! 10–22 ms, and with `--no-wasm-lazy-compilation` compiling the module
//! takes 133–139 ms instead of 22–33, `prepare` 132–144 ms and the first
//! check 3–7 ms. The module's code section is 1.13 MB of its 9.89 MB (the
//! rest is data: the dictionary, the lexicon, the model's weights).
//!
//! ### Inside the service worker (2026-11-29)
//!
//! Traced with the DevTools protocol (`Tracing`, categories `v8.wasm`,
//! `disabled-by-default-v8.compile`, `toplevel`) from an extension page,
//! which shares the worker's process: the extension's worker stopped and
//! woken by a `check` message, as `bench/browser.mjs` does, the later wakes
//! of a launch, medians of 4; the machine under load 7–10, so the worker's
//! thread ran about a quarter of its wall time. Of about 125 ms of the
//! worker thread's CPU (thread time of its tasks; 530–690 ms wall):
//!
//! * streaming compilation, about 27 ms: Blink handing the response's bytes
//!   to V8 (`v8.wasm.compileConsume`, 20 ms) and V8 finishing the module
//!   (7 ms). Both grow with the module's 9.9 MB, 8.7 MB of them data;
//! * instantiation, 6 ms (the data segments copied into memory);
//! * lazy compilation (`wasm.CompileLazy`): 330 functions compiled by
//!   Liftoff on their first call, 34 ms of CPU but 210–300 ms of wall
//!   time, each compilation a point where the loaded machine took the
//!   thread away;
//! * the rest, about 58 ms: the worker's scripts, `rules()` (3.5 ms),
//!   building the engine and the first check, in Liftoff code until the
//!   hot functions are tiered up (77 ms of TurboFan on the pool's threads
//!   meanwhile), and 17 `memory.grow`s of the allocator.
//!
//! In a page (the same module; main-thread time from `Performance.getMetrics`,
//! medians of 4 fresh browsers): fetching and compiling 75 ms, instantiating
//! 9, [`prepare`] 38, the first check after it 25, the second 2. The
//! first check's 23 ms more than a later one are the code it compiles on
//! first call and the tables it builds once.
//!
//! What was tried:
//!
//! * Chromium's code cache does not help an extension: the trace shows no
//!   `v8.wasm.moduleCacheHit`, `v8.wasm.cachedModule` or
//!   `v8.wasm.compiledModule` event on any wake, so the module fetched from
//!   `chrome-extension://` is compiled anew each time (and Chromium caches
//!   only modules compiled by `compileStreaming`, so compiling from an
//!   `ArrayBuffer` is no way round). What makes later wakes faster than
//!   the first of a launch is not cached code;
//! * `opt-level = "s"` for the wasm profile: code section 1.17 → 0.95 MB,
//!   gzip 3.37 → 3.32 MB, but more and smaller functions (lazily compiled on
//!   a wake: 330 → 515, 34 → 29 ms of CPU), slower code, and more to tier
//!   up (77 → 117 ms): the worker's thread CPU 124 → 131 ms. Not kept.
//!   `wasm-opt -Os`/`-Oz`/`-O1` instead of `-O3` change the code section by
//!   1–3 % (rustc's opt-level decides): not kept;
//! * building the engine did less: the lemma triggers' table and the host
//!   lists are read by byte loops (a `str` search set up a searcher per
//!   probe and per line), the host map sized at once: 50.9 M → 46.6 M
//!   instructions (callgrind, the CLI over one post). In the worker that
//!   is a few ms of CPU, within the noise of the loaded machine.
//!
//! What is left, by size: vibrato decoding its dictionary (21 M of the
//! 46.6 M: element by element through bincode's reader; reading it in place
//! would need vibrato changed), the 563 lemma entries (14 M: cutting them
//! into words, which needs the analyser and so cannot move to `build.rs`
//! short of building the crate's words layer there, 4.3 M of look-ups in
//! the triggers' table, 1.3 M for the triggers' automaton; see below for
//! what this became), the host lists
//! (3.2 M); and, in V8, compiling what a wake runs, which grows with the
//! code the first check reaches rather than with the module's size.
//!
//! ### Optimising compiler against the worker (2026-11-29)
//!
//! Chromium 156 with `--js-flags=--trace-wasm-compilation-times` (a build of
//! the same source keeping its function names; the later wakes of a launch,
//! woken by a `check` as `bench/browser.mjs` does, 3 each; the machine under
//! load 10–18, so milliseconds are inflated and only counts and shares
//! compare). Each wake compiles 444–446 functions with Liftoff on their
//! first call (535 KB of code) and sends 15–17 to TurboFan on the pool's
//! threads, two to five times Liftoff's compile time (summed times of the
//! jobs). By share: [`crate::text::finder::Finder::new`] (a third to two
//! fifths: the lemma triggers' automaton, built once per engine), vibrato's
//! `tokenize` (about a third: the 563 lemma entries, then the post), the
//! allocator, folding
//! (`fold_text`, and `compact_view` for every lemma entry before this
//! session), the dictionary's decoders and the host lists' parser. A
//! function called once while the engine is built (`Finder::new`, the
//! decoders, `HostList::parse`) is optimised for calls that never come in
//! that worker's life: V8 tiers a function up once it has run through its
//! budget (`--wasm-tiering-budget`, 13,000,000 in Chromium 156; Node 20's
//! 1,800,000 tiers far more up, so Node's figures overstate it), and a
//! function's running call keeps its Liftoff code.
//!
//! What that costs a wake on this 2-core machine: with `--liftoff-only` the
//! first check (building the engine) took a median 203 ms instead of 622,
//! message to findings 588 instead of 1028 (12 wakes each, alternate
//! launches, load 11–12). An extension cannot set V8's flags, and V8's
//! compilation hints (a `metadata.code.compilation_priority` section) are
//! off by default in Chromium 156 (`--wasm-compilation-hints`, experimental),
//! so the lever is running less code while the engine is built: fewer
//! functions reach the budget, and those that do should be small.
//!
//! Cuts (the CLI's output over the whole corpus byte for byte the same, with
//! and without `bench/corpus/config.json`; instructions of the CLI over one
//! post under callgrind): the lemma entries are cut into words from their
//! folded view alone (a whole [`crate::text::Normalized`] built a compact
//! view for each), and the triggers' table is searched through an index of
//! its lines' starts written by `build.rs` (each probe looked for the line
//! breaks around it): construction 47.95 M → 44.90 M instructions
//! (`with_matcher` 15.2 → 12.1 M, the table's look-ups 4.7 → 2.1 M), and
//! `compact_view` is no longer optimised on a wake (TurboFan 17 → 15
//! functions, 48.0 → 43.1 KB). The index costs 65 KB raw, 25 KB gzip. In the
//! wake-up itself the cut is within the noise of the loaded machine (first
//! check median 823 → 810 ms, 12 wakes each at load 15–18).
//!
//! Measured and not kept:
//!
//! * starting the module's fetch and compilation when the worker's scripts
//!   are evaluated rather than at the first message: the message is handed
//!   over right after the scripts run, so the compilation started at the
//!   same point (20–35 ms after the worker's origin, 8 wakes each);
//! * compiling from an `ArrayBuffer`, or from a gzip file through
//!   `DecompressionStream` (3.4 instead of 10.1 MB to fetch), instead of
//!   `compileStreaming`: in a running worker, medians of 5 alternated,
//!   streaming 202 ms, fetch then compile 365, gzip 399–413. Fetching the
//!   10 MB from `chrome-extension://` alone took 160–330 ms, most of the
//!   "scripts, fetch and compile" step;
//! * a wasm code cache: Chromium keeps none for this worker's module (the
//!   trace of the session before found no cache event), and a compiled
//!   `WebAssembly.Module` can no longer be stored in IndexedDB.
//!
//! The first wake of a launch waits for the settings too: in headless
//! Chromium, `chrome.storage.managed` does not answer at first (2 s
//! without an answer, then 817 ms, then 1 ms), so `loadSettings` gives up
//! after its 250 ms; later wakes have the settings in 20–40 ms, before the
//! module is compiled.
//!
//! What is left, by size: vibrato decoding its dictionary (18.3 M of the
//! 44.9 M); the lemma entries (12.1 M, of which the words 5 M, the triggers'
//! automaton 2.7 M, the table 2.1 M), whose words and automaton `build.rs`
//! could write if it had the crate's words layer, which would also spare a
//! wake the two largest TurboFan jobs; the host lists (3.3 M).
//!
//! ### V8's work counted, not timed (2026-12-01)
//!
//! The machine's load (8–10) made wall times useless, so V8's work was
//! counted: Node 20 with `--single-threaded` (V8's compile jobs run on the
//! main thread, so they count) and `--wasm-tiering-budget=13000000`
//! (Chromium 156's), the worker's steps in order (compile, `initSync`,
//! [`prepare`] of the default settings, the warm-up post's check, the
//! bench's 280-character post), callgrind's instruction totals of processes
//! stopped after each step, differences between stops (±10 M between
//! runs). At 7374be4, the shipped module: building the engine 411–417 M,
//! the first check after it 154–163 M.
//!
//! * Building: with `--liftoff-only`, 163 M instead of 417: about 250 M
//!   were TurboFan jobs for functions that construction calls once and
//!   that never run again in optimised code (vibrato's `tokenize`, after
//!   the ~560 lemma entries, by far the largest; the allocator, the
//!   matrix decoder, `HostList::parse`, `fold_text`, `Finder::read`). By
//!   marks of a temporary export (wall ms in Node, least of 6): vibrato's
//!   dictionary 30, the lexicon's bytes 8, cutting the lemma entries 34,
//!   the host lists 16, each rule's tables 1 or less.
//! * The first check: with `--no-wasm-lazy-compilation`, 10 M instead of
//!   154: the rest is Liftoff compiling the 254 functions a check reaches
//!   (519 KB of code; the rules' `check`s are large: `personal_info`'s
//!   findings 55 KB, `credential` 39 KB), whatever the post.
//!
//! Cut: the host lists compiled by `build.rs` into tables read in place
//! ([`crate::links::host_list`]; the module without `wasm-opt`, building
//! 335 → 303 M) and the lemma entries cut into words by `build.rs`
//! ([`crate::text::terms::Lexicon::read`]; 303 → 187 M). The shipped
//! module (`wasm-opt -O3`): building 411–417 → 246 M, the first check 154–163
//! → 145 M; CPU time of the two (process, all threads, medians of 10,
//! Node 20 at load 10) 128 → 84 ms.
//!
//! Measured and not changed: `wasm-opt -O3` makes a wake-up dearer in V8.
//! The same build without it (wasm-bindgen's `--remove-name-section
//! --remove-producers-section` instead): building 246 → 187 M, the first
//! check 145 → 146 M, CPU time 84 → 66 ms, and 40 KB less gzip (3671 →
//! 3631 KB); `-O3` inlines 1,726 functions into 1,212, and V8 compiles and
//! optimises fewer, larger ones. 200 checks of the 280-character post
//! after that, tiering up included: 2,835 → 2,382 M instructions, but
//! 319 → 328 ms of CPU (medians of 10 at load 10, within the noise). A
//! change for a run in Chromium on a quiet machine to settle.
//!
//! What is left of building, natively 41.7 M instructions (callgrind, the
//! CLI over one post): vibrato decoding its dictionary (21.2 M), the lemma
//! triggers' table look-ups and automaton (7.2 M, which `build.rs` could
//! write too now that it has the entries' words), the lexicon's bytes read
//! into entries (about 4 M: a `String` for each entry's tag), the rules'
//! own automata (4.1 M: `insult`'s three, `political`'s, `rights`').

use std::cell::RefCell;

use wasm_bindgen::prelude::*;

use crate::output::{findings_out, rule_infos};
use crate::{Accounts, Config, ConfigError, Engine};

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
        .ok_or(ConfigError::new("", "設定を JSON として読めません。", "the configuration is not a JSON object"))?;
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
    with_engine(config, |engine| to_js(&findings_out(text, &engine.check(text))))
}

/// Builds the engine for `config` now (as [`check`] would on its first
/// call), so that a check that comes later finds it ready: the service
/// worker prepares it when a page is about to need it.
#[wasm_bindgen]
pub fn prepare(config: JsValue) -> Result<(), JsError> {
    with_engine(config, |_| Ok(()))
}

/// `f` with the engine for `config`, built or reconfigured first when
/// `config` is another object than last time (see [`check`]).
fn with_engine<T>(config: JsValue, f: impl FnOnce(&Engine) -> Result<T, JsError>) -> Result<T, JsError> {
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
        f(&slot.as_ref().expect("an engine was just configured").engine)
    })
}

/// `null` when `config` is usable, else `{field, message, message_en}`
/// naming the field (what is wrong in Japanese and in English).
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
        .map_err(|e| ConfigError::new("", "公式アカウントと組織の名前は、文字列のリストで指定してください。", e.to_string()))?;
    Accounts::new(&settings.official_accounts, &settings.organisation_names)
}

/// `null` when the settings' `official_accounts` and `organisation_names`
/// are usable, else `{field, message, message_en}` naming the entry.
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

/// An audit of past posts in the options page (run in a worker; built into
/// the audit's own module, see the `audit` feature): files
/// added, read as exports, checked a batch at a time so the page can show
/// progress, then the report's data (what `report.html` shows).
#[cfg(feature = "audit")]
#[wasm_bindgen]
pub struct Audit {
    engine: Engine,
    /// Files added since the last export was read.
    staged: Vec<crate::audit::File>,
    /// Each export's name and the range of its posts.
    exports: Vec<(String, std::ops::Range<usize>)>,
    posts: Vec<crate::audit::Post>,
    audited: Vec<crate::audit::Audited>,
}

#[cfg(feature = "audit")]
#[wasm_bindgen]
impl Audit {
    #[wasm_bindgen(constructor)]
    pub fn new(config: JsValue) -> Result<Audit, JsError> {
        let config = config_from_js(&config).map_err(|e| JsError::new(&e.to_string()))?;
        let engine = Engine::new(config).map_err(|e| JsError::new(&e.to_string()))?;
        Ok(Audit { engine, staged: Vec::new(), exports: Vec::new(), posts: Vec::new(), audited: Vec::new() })
    }

    /// Adds a file of the next export (`path` as dropped, with its folders
    /// if any); a zip or tar.gz is opened into its files.
    #[wasm_bindgen(js_name = addFile)]
    pub fn add_file(&mut self, path: String, bytes: Vec<u8>) -> Result<(), JsError> {
        let files = crate::audit::archive::from_bytes(&path, bytes).map_err(|e| JsError::new(&e.to_string()))?;
        self.staged.extend(files);
        Ok(())
    }

    /// Reads the files added as one export named `name`; the number of its posts.
    #[wasm_bindgen(js_name = readExport)]
    pub fn read_export(&mut self, name: String) -> Result<usize, JsError> {
        let files = std::mem::take(&mut self.staged);
        let posts = crate::audit::read_export(&name, &files).map_err(|e| JsError::new(&e.to_string()))?;
        let start = self.posts.len();
        self.posts.extend(posts);
        self.exports.push((name, start..self.posts.len()));
        Ok(self.posts.len() - start)
    }

    /// Posts read so far.
    pub fn total(&self) -> usize {
        self.posts.len()
    }

    /// Checks up to `count` more posts; the number checked so far.
    pub fn step(&mut self, count: usize) -> usize {
        let from = self.audited.len();
        let to = (from + count).min(self.posts.len());
        for post in &self.posts[from..to] {
            self.audited.push(crate::audit::audit_post(&self.engine, post.clone()));
        }
        self.audited.len()
    }

    /// The report's data for the posts checked (`generatedAt`: the page's clock, ISO 8601).
    pub fn report(&self, generated_at: String) -> Result<JsValue, JsError> {
        to_js(&self.report_data(generated_at))
    }

    /// The same report as one self-contained page, `postcheck audit`'s
    /// report.html, for the clerk to keep or pass on.
    #[wasm_bindgen(js_name = reportHtml)]
    pub fn report_html(&self, generated_at: String) -> String {
        crate::audit::report::report_html(&self.report_data(generated_at))
    }
}

#[cfg(feature = "audit")]
impl Audit {
    fn report_data(&self, generated_at: String) -> crate::audit::report::ReportData<'_> {
        use crate::audit::report::{Input, ReportData};
        let inputs = self.exports.iter().map(|(name, range)| Input::new(name, self.audited.get(range.clone()).unwrap_or(&[]))).collect();
        ReportData::new(generated_at, inputs, &self.audited)
    }
}

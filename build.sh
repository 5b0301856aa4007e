#!/usr/bin/env bash
# postcheck build entry point.
#
#   ./build.sh          build everything: native CLI, wasm engine into extension/pkg/, dist zip
#   ./build.sh test     build, then run every test (Rust, CLI, browser end-to-end)
#   ./build.sh bench    build, then run the benchmarks (see BENCHMARKS.md)
#   ./build.sh try      build, then show postcheck at work: Chromium with the extension on a
#                       local demo page (with a display), or how to load it and the CLI's findings
#   ./build.sh model    retrain the learned model on model/corpus/ and the regression
#                       corpus, rewrite crate/src/model/weights.bin, then evaluate it
#   ./build.sh model-eval   held-out recall and false alarms, with and without the model
#
# Installs what it needs when missing (Debian's mecab-ipadic, wasm target,
# wasm-bindgen-cli at the crate's exact wasm-bindgen version, npm packages,
# Debian's chromium), so it
# works on a fresh machine and does nothing extra on a prepared one.
set -euo pipefail
cd "$(dirname "$0")"
ROOT=$(pwd)

log() { printf '\n== %s\n' "$*" >&2; }

# The wasm-bindgen version pinned in crate/Cargo.toml (`wasm-bindgen = "=X"`).
wasm_bindgen_version() {
  sed -n 's/^wasm-bindgen = "=\([0-9.]*\)".*/\1/p' crate/Cargo.toml
}

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

ensure_wasm_tools() {
  if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
    log "installing the wasm32-unknown-unknown target"
    rustup target add wasm32-unknown-unknown
  fi
  local want; want=$(wasm_bindgen_version)
  if [ "$(wasm-bindgen --version 2>/dev/null | awk '{print $2}')" != "$want" ]; then
    log "installing wasm-bindgen-cli $want (takes a few minutes once)"
    # Not --locked: a dependency version pinned in its lock file may be missing from the registry mirror.
    cargo install wasm-bindgen-cli --version "$want" --force
  fi
}

ensure_node_modules() {
  # npm ci only when the lock file changed since the last install.
  if [ ! -f tests/node_modules/.package-lock.json ] || [ tests/package-lock.json -nt tests/node_modules/.package-lock.json ]; then
    log "installing npm packages (tests/)"
    (cd tests && npm ci --no-audit --no-fund)
  fi
}

ensure_chromium() {
  local want=()
  [ -x /usr/bin/chromium ] || want+=(chromium chromium-driver)
  # A Japanese font, so that screenshots show the text rather than boxes.
  [ -n "$(fc-list :lang=ja 2>/dev/null)" ] || want+=(fonts-ipafont-gothic)
  if [ ${#want[@]} -gt 0 ]; then
    log "installing ${want[*]}"
    as_root apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${want[@]}" >/dev/null
  fi
}

ensure_ipadic() {
  # The dictionary sources that crate/build.rs compiles (crate/build/dictionary.rs).
  if [ ! -f /usr/share/mecab/dic/ipadic/matrix.def ] && [ -z "${POSTCHECK_IPADIC:-}" ]; then
    log "installing mecab-ipadic (dictionary sources for crate/src/words)"
    as_root apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq mecab-ipadic >/dev/null
  fi
}

build_native() {
  ensure_ipadic
  log "building the native CLI (release)"
  cargo build --release --locked -p postcheck
}

build_wasm() {
  ensure_wasm_tools
  ensure_node_modules
  rm -rf extension/pkg
  # One module for the service worker, the popup and the options page's audit
  # worker: the export readers cost ~90 KB gzip, a second module would ship
  # the dictionary and the model twice.
  log "building the wasm engine into extension/pkg/"
  wasm_module extension/pkg --features audit
}

# wasm_module OUT_DIR CARGO_FEATURE_ARGS…: the crate's wasm, bound and optimised into OUT_DIR.
wasm_module() {
  local out=$1; shift
  cargo build --locked --profile wasm --target wasm32-unknown-unknown -p postcheck --lib "$@"
  wasm-bindgen --target web --no-typescript --out-dir "$out" target/wasm32-unknown-unknown/wasm/postcheck.wasm
  # binaryen's wasm-opt detects the module's features itself. -O3 for speed,
  # like the crate's wasm profile: on this module (mostly data) -Oz saves
  # almost nothing (8.400 vs 8.408 MB raw, the same gzip).
  tests/node_modules/.bin/wasm-opt -O3 --detect-features "$out/postcheck_bg.wasm" -o "$out/postcheck_bg.wasm"
  # The wasm embeds a dictionary made from mecab-ipadic, whose licence asks
  # every copy, modified or not, to carry its notice.
  cp /usr/share/doc/mecab-ipadic/copyright "$out/mecab-ipadic-copyright.txt"
  printf 'wasm (%s): %s bytes, %s bytes gzip -9\n' "$out" "$(wc -c < "$out/postcheck_bg.wasm")" "$(gzip -9 -c "$out/postcheck_bg.wasm" | wc -c)" >&2
}

package_extension() {
  # No manifest yet (the extension is not written): nothing to package.
  [ -f extension/manifest.json ] || return 0
  local version; version=$(sed -n 's/^ *"version": "\([^"]*\)".*/\1/p' extension/manifest.json | head -1)
  [ -n "$version" ] || return 0
  mkdir -p dist
  rm -f dist/postcheck-*.zip
  # The package users install leaves out the local test pages (127.0.0.1,
  # localhost: extension/sites.js postcheckLocalHosts) from its content
  # script matches and host permissions; the unpacked extension/ folder keeps
  # them for development and tests. tests/package.test.js checks the result.
  (cd extension && python3 - "$ROOT/dist/postcheck-$version.zip" <<'PY'
import json, os, sys, zipfile
from urllib.parse import urlsplit

LOCAL_HOSTS = {"127.0.0.1", "localhost"}

def published(manifest):
    keep = lambda patterns: [p for p in patterns if urlsplit(p).hostname not in LOCAL_HOSTS]
    manifest["host_permissions"] = keep(manifest["host_permissions"])
    for script in manifest["content_scripts"]:
        script["matches"] = keep(script["matches"])
    return json.dumps(manifest, indent=2, ensure_ascii=False) + "\n"

with zipfile.ZipFile(sys.argv[1], "w", zipfile.ZIP_DEFLATED) as z:
    for root, dirs, files in os.walk("."):
        dirs.sort()
        for f in sorted(files):
            path = os.path.join(root, f)
            name = os.path.relpath(path, ".")
            if name == "manifest.json":
                with open(path, encoding="utf-8") as m:
                    z.writestr(name, published(json.load(m)))
            else:
                z.write(path, name)
PY
  )
  log "packaged dist/postcheck-$version.zip"
}

build_all() {
  build_native
  build_wasm
  package_extension
}

train_model() {
  log "training the model (crate/src/model/weights.bin)"
  cargo run --release --locked -p postcheck --bin postcheck-model -- train
  printf 'weights: %s bytes, %s bytes gzip -9\n' "$(wc -c < crate/src/model/weights.bin)" "$(gzip -9 -c crate/src/model/weights.bin | wc -c)" >&2
}

evaluate_model() {
  log "evaluating the model on the held-out part of its corpus"
  cargo run --release --locked -p postcheck --bin postcheck-model -- eval
}

run_tests() {
  ensure_chromium
  log "Rust tests"
  cargo test --locked --workspace
  log "browser end-to-end tests"
  (cd tests && node --test --test-concurrency=1)
}

# A newcomer's first look. With a display: a Chromium window with the
# extension on the demo page (demo/try.mjs). Without one: how to load the
# extension by hand, and what the CLI finds in the sample post.
try_it() {
  if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
    ensure_chromium
    node demo/try.mjs
    return
  fi
  cat >&2 <<EOF

No display here, so no browser window. To try the extension by hand:
  1. In Chrome or Edge open chrome://extensions and switch on Developer mode.
  2. Load unpacked, and choose $ROOT/extension
  3. Write a post on X, Facebook, Bluesky, ... or in any text box of a page on
     http://127.0.0.1 or http://localhost: problems are underlined as you type.
     (With a display, ./build.sh try opens such a page itself: demo/try.mjs.)

Meanwhile, what the engine finds in the sample post (demo/sample-post.txt):
  $(cat demo/sample-post.txt)

EOF
  # Exit 1 means "an error was found", which is the point of the sample.
  target/release/postcheck demo/sample-post.txt || [ $? -eq 1 ]
}

case "${1:-build}" in
  build) build_all ;;
  test) build_all; run_tests ;;
  bench) build_all; ensure_chromium; bench/run.sh ;;
  try) build_all; try_it ;;
  model) train_model; evaluate_model ;;
  model-eval) evaluate_model ;;
  *) echo "usage: ./build.sh [build|test|bench|try|model|model-eval]" >&2; exit 2 ;;
esac

#!/usr/bin/env bash
# Runs every benchmark and rewrites BENCHMARKS.md from the figures.
#
#   ./build.sh bench              builds first, then runs this (the usual way)
#   bench/run.sh                  on an existing build (target/release, extension/pkg)
#   BENCH_QUICK=1 bench/run.sh    a short run, to check that the harness works
#
# Figures land in target/bench/*.json; bench/report.mjs turns them into
# BENCHMARKS.md. Nothing here asserts a time: the report says which budgets
# are met.
set -euo pipefail
cd "$(dirname "$0")/.."

log() { printf '\n== %s\n' "$*" >&2; }

OUT=target/bench
mkdir -p "$OUT"

if [ ! -f extension/pkg/postcheck_bg.wasm ]; then
  echo "bench: extension/pkg/postcheck_bg.wasm is missing; run ./build.sh bench (or ./build.sh first)" >&2
  exit 2
fi

# npm ci only when the lock file changed since the last install.
if [ ! -f bench/node_modules/.package-lock.json ] || [ bench/package-lock.json -nt bench/node_modules/.package-lock.json ]; then
  log "installing npm packages (bench/)"
  (cd bench && npm ci --no-audit --no-fund)
fi

quick_args=(); browser_args=(); peer_args=(); latency_args=(--runs 2)
if [ -n "${BENCH_QUICK:-}" ]; then
  quick_args=(--quick); browser_args=(--launches 2); peer_args=(--rounds 2); latency_args=(--editors textarea,lexical-plain)
fi

log "machine"
{
  printf '{"date": "%s",' "$(date -u +%Y-%m-%dT%H:%MZ)"
  printf ' "commit": "%s",' "$(git rev-parse --short HEAD 2>/dev/null || echo unknown)$(git diff --quiet HEAD 2>/dev/null || echo '+changes')"
  printf ' "nproc": %s,' "$(nproc)"
  printf ' "cpu": "%s",' "$(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -1)"
  printf ' "memory_gib": %s,' "$(awk '/MemTotal/ {printf "%.0f", $2 / 1048576}' /proc/meminfo)"
  printf ' "loadavg_at_start": "%s",' "$(cut -d' ' -f1-3 /proc/loadavg)"
  printf ' "rustc": "%s",' "$(rustc --version)"
  printf ' "node": "%s",' "$(node --version)"
  printf ' "quick": %s}\n' "$([ -n "${BENCH_QUICK:-}" ] && echo true || echo false)"
} > "$OUT/machine.json"
cat "$OUT/machine.json" >&2

log "wasm size"
shipped=extension/pkg/postcheck_bg.wasm
cargo_wasm=target/wasm32-unknown-unknown/wasm/postcheck.wasm
size() { if [ -f "$1" ]; then wc -c < "$1"; else echo null; fi; }
gz() { if [ -f "$1" ]; then gzip -9 -c "$1" | wc -c; else echo null; fi; }
# Everything the package ships (the files of dist/postcheck-*.zip), each gzip -9, summed.
package_raw=0; package_gzip=0
while IFS= read -r -d '' file; do
  package_raw=$((package_raw + $(size "$file"))); package_gzip=$((package_gzip + $(gz "$file")))
done < <(find extension -type f -print0)
printf '{"cargo_raw": %s, "cargo_gzip": %s, "shipped_raw": %s, "shipped_gzip": %s, "glue_raw": %s, "glue_gzip": %s, "package_raw": %s, "package_gzip": %s}\n' \
  "$(size $cargo_wasm)" "$(gz $cargo_wasm)" "$(size $shipped)" "$(gz $shipped)" \
  "$(size extension/pkg/postcheck.js)" "$(gz extension/pkg/postcheck.js)" "$package_raw" "$package_gzip" > "$OUT/wasm.json"
cat "$OUT/wasm.json" >&2

log "native (cargo bench -p postcheck --bench engine)"
cargo bench --locked -p postcheck --bench engine -- "${quick_args[@]}"

log "wasm in Chromium (node bench/browser.mjs)"
node bench/browser.mjs "${browser_args[@]}"

log "postcheck and textlint side by side (node bench/peer.mjs)"
node bench/peer.mjs "${peer_args[@]}"

log "latency in the real editors (node bench/latency.mjs)"
node bench/latency.mjs "${latency_args[@]}"

log "writing BENCHMARKS.md"
node bench/report.mjs > BENCHMARKS.md
grep -E '^\| .*\| (met|MISSED|—)' BENCHMARKS.md >&2 || true

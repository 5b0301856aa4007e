// The shipped wasm engine in headless Chromium: time to load, instantiate and
// answer the first check (fresh browser each launch, so nothing is cached),
// then `check` on the same inputs as the native benchmark; and the
// extension's own service worker woken by a check, as a user meets it.
//
//   node bench/browser.mjs [--launches N] [--wakes N]   writes target/bench/browser.json
//
// The page is served on 127.0.0.1 with cross-origin isolation headers, which
// give performance.now() its fine (5 µs) resolution; short calls are still
// timed in batches of at least 1 ms and reported per call.

import { createServer } from "node:http";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, extname, join, normalize } from "node:path";
import { fileURLToPath } from "node:url";

import { chromium } from "playwright-core";

import { summarize } from "./stats.mjs";

const BENCH = dirname(fileURLToPath(import.meta.url));
const ROOT = join(BENCH, "..");
const OUT = join(ROOT, "target/bench");
const option = (name, fallback) => Number(process.argv[process.argv.indexOf(name) + 1]) || fallback;
const launches = option("--launches", 5);
/** Wake-ups of the extension's service worker timed in each launch. */
const wakes = option("--wakes", 5);
const EXTENSION = join(ROOT, "extension");
const INPUTS = ["post-280", "text-10k", "text-1mb"];

const ROUTES = { "/pkg/": join(ROOT, "extension/pkg"), "/inputs/": join(OUT, "inputs") };
const TYPES = { ".js": "text/javascript", ".wasm": "application/wasm", ".txt": "text/plain; charset=utf-8", ".html": "text/html" };

function serve() {
  const server = createServer((req, res) => {
    const headers = { "Cross-Origin-Opener-Policy": "same-origin", "Cross-Origin-Embedder-Policy": "require-corp" };
    const path = new URL(req.url, "http://127.0.0.1").pathname;
    if (path === "/") {
      res.writeHead(200, { ...headers, "Content-Type": TYPES[".html"] }).end("<!doctype html><meta charset=utf-8><title>postcheck bench</title>");
      return;
    }
    const prefix = Object.keys(ROUTES).find((p) => path.startsWith(p));
    const file = prefix && normalize(join(ROUTES[prefix], path.slice(prefix.length)));
    if (!file || !file.startsWith(ROUTES[prefix]) || !existsSync(file)) {
      res.writeHead(404, headers).end();
      return;
    }
    res.writeHead(200, { ...headers, "Content-Type": TYPES[extname(file)] ?? "application/octet-stream" }).end(readFileSync(file));
  });
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve(server)));
}

/** In the page: load the engine from scratch and answer one check. */
async function coldStart() {
  const post = await (await fetch("/inputs/post-280.txt")).text();
  const t0 = performance.now();
  const pkg = await import("/pkg/postcheck.js");
  const module = await WebAssembly.compileStreaming(fetch("/pkg/postcheck_bg.wasm"));
  const t1 = performance.now();
  // As the service worker does: asynchronously (a module over 8 MB may not
  // be instantiated synchronously on the main thread).
  await pkg.default({ module_or_path: module });
  const t2 = performance.now();
  pkg.check(post, undefined);
  const t3 = performance.now();
  window.postcheck = pkg;
  return { loadCompileMs: t1 - t0, instantiateMs: t2 - t1, firstCheckMs: t3 - t2, totalMs: t3 - t0, isolated: crossOriginIsolated };
}

/** In the page: per-call times (ms) of `check` on each input, then on the first with a configuration. */
async function warmChecks({ inputs, config, budgetMs }) {
  const timeCalls = (call) => {
    const warmUpStart = performance.now();
    let calls = 0;
    while (performance.now() < warmUpStart + budgetMs / 5 || calls === 0) {
      call();
      calls++;
    }
    const perCall = (performance.now() - warmUpStart) / calls;
    const batch = Math.max(1, Math.ceil(1 / perCall));
    const samples = Math.min(500, Math.max(10, Math.floor(budgetMs / (perCall * batch))));
    const times = [];
    for (let s = 0; s < samples; s++) {
      const t0 = performance.now();
      for (let i = 0; i < batch; i++) call();
      times.push((performance.now() - t0) / batch);
    }
    return { findings: call().length, batch, times };
  };
  const results = {};
  const texts = {};
  for (const id of inputs) {
    texts[id] = await (await fetch(`/inputs/${id}.txt`)).text();
    results[id] = { chars: [...texts[id]].length, ...timeCalls(() => window.postcheck.check(texts[id], undefined)) };
  }
  // The extension passes the organisation's settings with every check.
  const first = inputs[0];
  results[`${first}-config`] = { chars: [...texts[first]].length, ...timeCalls(() => window.postcheck.check(texts[first], config)) };
  return results;
}

/** Marks the service worker sets on wake-up (extension/background/service-worker.js). */
const MARKS = ["postcheck:compiled", "postcheck:instantiated", "postcheck:first-check"];

/**
 * The marks of the extension's worker that started after `sentAt` (the one
 * the message woke). Playwright may list the stopped worker beside the new
 * one, or the new one a moment after it answered, so the workers are asked
 * until one is new enough. `null` when Chromium had started the worker again
 * on its own between the stop (asked for at `stoppedAt`) and the message (as
 * it does to deliver events still pending from the extension's install):
 * that wake-up is not the one timed, and the caller tries again.
 */
async function marksOfWorkerStartedAfter(ctx, id, sentAt, stoppedAt) {
  const deadline = Date.now() + 10_000;
  let seen = [];
  while (Date.now() < deadline) {
    seen = [];
    for (const worker of ctx.serviceWorkers().filter((w) => w.url().startsWith(`chrome-extension://${id}/`))) {
      const marks = await worker.evaluate((names) => ({
        origin: performance.timeOrigin,
        at: Object.fromEntries(names.map((n) => [n, performance.getEntriesByName(n)[0]?.startTime ?? null])),
      }), MARKS).catch(() => null);
      if (marks) seen.push(marks);
      if (marks && marks.origin >= sentAt && MARKS.every((n) => marks.at[n] !== null)) return marks;
      if (marks && stoppedAt <= marks.origin && marks.origin < sentAt) return null;
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`no service worker woken by the check (sent at ${sentAt}) set its marks: ${JSON.stringify(seen)}`);
}

/**
 * The extension's service worker, stopped as the browser stops an idle one
 * and woken by a `check` message as a content script's first check wakes it:
 * from the message to the findings (what a user waits for), and the parts,
 * from the worker's own marks. The first wake of a launch has nothing cached
 * (fresh profile); later ones may reuse what Chromium keeps between wakes
 * (its code cache of the compiled wasm).
 */
async function wakeUps(post) {
  const profile = mkdtempSync(join(tmpdir(), "postcheck-bench-"));
  const ctx = await chromium.launchPersistentContext(profile, {
    executablePath: "/usr/bin/chromium",
    headless: true,
    args: ["--headless=new", `--disable-extensions-except=${EXTENSION}`, `--load-extension=${EXTENSION}`, "--no-sandbox",
      "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
  try {
    const first = ctx.serviceWorkers()[0] ?? (await ctx.waitForEvent("serviceworker"));
    const id = new URL(first.url()).host;
    // Any extension document can message the worker; a stylesheet runs no script of its own.
    const page = await ctx.newPage();
    await page.goto(`chrome-extension://${id}/report/report.css`);
    const cdp = await ctx.newCDPSession(page);
    await cdp.send("ServiceWorker.enable");
    const runs = [];
    let restartedEarly = 0;
    for (let i = 0; i < wakes; i++) {
      const stopped = new Promise((resolve) => {
        const onUpdate = ({ versions }) => {
          if (versions.some((v) => v.scriptURL.startsWith(`chrome-extension://${id}/`) && v.runningStatus === "stopped")) {
            cdp.off("ServiceWorker.workerVersionUpdated", onUpdate);
            resolve();
          }
        };
        cdp.on("ServiceWorker.workerVersionUpdated", onUpdate);
      });
      const stoppedAt = await page.evaluate(() => performance.timeOrigin + performance.now());
      await cdp.send("ServiceWorker.stopAllWorkers");
      await stopped;
      const sent = await page.evaluate(async (text) => {
        const t0 = performance.now();
        // As the content script sends (content/messaging.js): a worker still
        // stopping when the message comes has no receiving end, and is given
        // one more try 50 ms later; the user waits for both.
        let answer;
        try {
          answer = await chrome.runtime.sendMessage({ type: "check", text });
        } catch {
          await new Promise((resolve) => setTimeout(resolve, 50));
          answer = await chrome.runtime.sendMessage({ type: "check", text });
        }
        const t1 = performance.now();
        if (!answer?.ok || !answer.result.findings.length) throw new Error(`no findings on wake-up: ${JSON.stringify(answer)}`);
        return { sentAt: performance.timeOrigin + t0, totalMs: t1 - t0 };
      }, post);
      const marks = await marksOfWorkerStartedAfter(ctx, id, sent.sentAt, stoppedAt);
      if (!marks) {
        if (++restartedEarly > 3 * wakes) throw new Error("the service worker keeps starting again before the message");
        i--;
        continue;
      }
      const [compiled, instantiated, checked] = MARKS.map((n) => marks.at[n]);
      runs.push({
        totalMs: sent.totalMs,
        // Starting the worker and evaluating its scripts, up to its timeline's origin.
        startMs: marks.origin - sent.sentAt,
        compileMs: compiled,
        instantiateMs: instantiated - compiled,
        firstCheckMs: checked - instantiated,
      });
    }
    return runs;
  } finally {
    await ctx.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

async function main() {
  mkdirSync(OUT, { recursive: true });
  for (const id of INPUTS) {
    if (!existsSync(join(OUT, "inputs", `${id}.txt`))) throw new Error(`target/bench/inputs/${id}.txt is missing: run the native benchmark first`);
  }
  const config = JSON.parse(readFileSync(join(BENCH, "corpus/config.json"), "utf8"));
  const server = await serve();
  const url = `http://127.0.0.1:${server.address().port}/`;
  const post = readFileSync(join(OUT, "inputs", "post-280.txt"), "utf8");
  const cold = [];
  const wokenFirst = [], wokenLater = [];
  let warm = null, version = null;
  try {
    for (let i = 0; i < launches; i++) {
      const browser = await chromium.launch({
        executablePath: "/usr/bin/chromium",
        headless: true,
        args: ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
          "--disable-background-networking", "--disable-component-update", "--disable-sync"],
      });
      try {
        version = browser.version();
        const page = await browser.newPage();
        await page.goto(url);
        cold.push(await page.evaluate(coldStart));
        if (i === launches - 1) warm = await page.evaluate(warmChecks, { inputs: INPUTS, config, budgetMs: 2000 });
      } finally {
        await browser.close();
      }
      const [firstWake, ...laterWakes] = await wakeUps(post);
      wokenFirst.push(firstWake);
      wokenLater.push(...laterWakes);
    }
  } finally {
    server.close();
  }
  const pick = (key) => summarize(cold.map((c) => c[key]));
  const report = {
    chromium: version,
    launches,
    crossOriginIsolated: cold.every((c) => c.isolated),
    cold: { loadCompileMs: pick("loadCompileMs"), instantiateMs: pick("instantiateMs"), firstCheckMs: pick("firstCheckMs"), totalMs: pick("totalMs") },
    wake: Object.fromEntries([["first", wokenFirst], ["later", wokenLater]].filter(([, runs]) => runs.length).map(([key, runs]) => [key,
      Object.fromEntries(["totalMs", "startMs", "compileMs", "instantiateMs", "firstCheckMs"].map((part) => [part, summarize(runs.map((r) => r[part]))]))])),
    checks: Object.fromEntries(Object.entries(warm).map(([id, r]) => [id, { chars: r.chars, findings: r.findings, batch: r.batch, ms: summarize(r.times) }])),
  };
  writeFileSync(join(OUT, "browser.json"), JSON.stringify(report, null, 2));
  const fmt = (s) => `median ${s.median.toFixed(3)} ms, p95 ${s.p95.toFixed(3)} ms`;
  console.log(`browser: Chromium ${version}, ${launches} launches`);
  for (const [key, s] of Object.entries(report.cold)) console.log(`  ${key.padEnd(16)} ${fmt(s)}`);
  for (const [which, parts] of Object.entries(report.wake)) {
    for (const [key, s] of Object.entries(parts)) console.log(`  wake (${which}) ${key.padEnd(14)} ${fmt(s)}`);
  }
  for (const [id, r] of Object.entries(report.checks)) console.log(`  check ${id.padEnd(10)} ${fmt(r.ms)}`);
  console.log(`wrote ${join(OUT, "browser.json")}`);
}

await main();

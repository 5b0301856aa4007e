// postcheck and textlint side by side, in one Node process: the same posts,
// the two tools alternating post by post (and swapping who goes first every
// round), so both see the same machine load. postcheck runs as the shipped
// wasm (extension/pkg), the form the extension uses.
//
// Then, on the labelled corpus (/work/shared/corpus/dev.jsonl or the path in
// POSTCHECK_LABELLED_CORPUS), what each tool flags, true and false.
//
//   node bench/peer.mjs [--rounds N]     writes target/bench/peer.json

import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { performance } from "node:perf_hooks";

import { createLinter, loadTextlintrc } from "textlint";

import { textlintTerms } from "./terms.mjs";
import { summarize } from "./stats.mjs";

const BENCH = dirname(fileURLToPath(import.meta.url));
const ROOT = join(BENCH, "..");
const OUT = join(ROOT, "target/bench");
const LABELLED = process.env.POSTCHECK_LABELLED_CORPUS ?? "/work/shared/corpus/dev.jsonl";
const rounds = Number(process.argv[process.argv.indexOf("--rounds") + 1]) || 10;

/** Rules whose word lists ja-no-inappropriate-words overlaps. */
const WORD_RULES = ["insult", "discrimination", "public-order"];
const SEVERE = new Set(["error", "warning"]);

const readJsonl = (path) => readFileSync(path, "utf8").split("\n").filter((l) => l.trim()).map((l) => JSON.parse(l));

async function startPostcheck() {
  const t0 = performance.now();
  const pkg = await import(join(ROOT, "extension/pkg/postcheck.js"));
  pkg.initSync({ module: readFileSync(join(ROOT, "extension/pkg/postcheck_bg.wasm")) });
  const t1 = performance.now();
  pkg.check("準備", undefined);
  const t2 = performance.now();
  return { check: (text) => pkg.check(text, undefined), instantiateMs: t1 - t0, firstCheckMs: t2 - t1 };
}

async function startTextlint(terms) {
  const rules = { "ja-no-inappropriate-words": true };
  if (terms.prhYaml.includes("expected")) rules.prh = { ruleContents: [terms.prhYaml] };
  const config = { rules, filters: terms.allow.length ? { allowlist: { allow: terms.allow } } : {} };
  const configFilePath = join(OUT, "textlintrc.json");
  writeFileSync(configFilePath, JSON.stringify(config, null, 2));
  const t0 = performance.now();
  const descriptor = await loadTextlintrc({ configFilePath, node_modulesDir: join(BENCH, "node_modules") });
  const linter = createLinter({ descriptor });
  const t1 = performance.now();
  // The first lint loads the morphological analyser's dictionary.
  await linter.lintText("準備", "post.txt");
  const t2 = performance.now();
  return {
    lint: async (text) => (await linter.lintText(text, "post.txt")).messages,
    instantiateMs: t1 - t0,
    firstCheckMs: t2 - t1,
    rules: Object.keys(rules),
    filters: Object.keys(config.filters),
  };
}

/** Per-post times (ms) of both tools over `rounds` alternating passes, after a warm-up pass. */
async function timeSideBySide(posts, postcheck, textlint) {
  const times = { postcheck: [], textlint: [] };
  const passes = { postcheck: [], textlint: [] };
  const run = {
    postcheck: async (t) => postcheck.check(t),
    textlint: async (t) => textlint.lint(t),
  };
  // One untimed pass first, so both run JIT-compiled code (V8 tiers wasm up too).
  for (const text of posts) {
    await run.postcheck(text);
    await run.textlint(text);
  }
  for (let round = 0; round < rounds; round++) {
    const order = round % 2 ? ["textlint", "postcheck"] : ["postcheck", "textlint"];
    const pass = { postcheck: 0, textlint: 0 };
    for (const text of posts) {
      for (const tool of order) {
        const t0 = performance.now();
        await run[tool](text);
        const ms = performance.now() - t0;
        times[tool].push(ms);
        pass[tool] += ms;
      }
    }
    for (const tool of order) passes[tool].push(pass[tool]);
  }
  return {
    perPost: { postcheck: summarize(times.postcheck), textlint: summarize(times.textlint) },
    pass: { postcheck: summarize(passes.postcheck), textlint: summarize(passes.textlint) },
  };
}

/** The rule a textlint message stands for, or the rules it may stand for. */
function textlintRules(message) {
  if (message.ruleId === "prh") {
    const m = /=> \[([a-z-]+)\]/.exec(message.message);
    return m ? [m[1]] : [];
  }
  return WORD_RULES;
}

/** True and false findings of both tools on the labelled corpus. */
async function score(cases, postcheck, textlint) {
  const tally = () => ({ trueFindings: 0, falseFindings: 0, wordPostsFlagged: 0, cleanPostsFlagged: 0, otherPostsFlagged: 0 });
  const result = { postcheck: tally(), textlint: tally() };
  let wordPosts = 0, cleanPosts = 0;
  for (const c of cases) {
    const allowed = new Set(c.expect.flat());
    const isWordPost = WORD_RULES.some((r) => allowed.has(r));
    const isClean = c.expect.length === 0;
    wordPosts += isWordPost;
    cleanPosts += isClean;

    // postcheck, by the corpus contract: info findings are never false.
    const pcFindings = postcheck.check(c.text).filter((f) => SEVERE.has(f.severity) || allowed.has(f.rule));
    // textlint, with each message read as the rule(s) it stands for.
    const tlFindings = (await textlint.lint(c.text)).map((m) => ({ rules: textlintRules(m) }));
    const found = {
      postcheck: pcFindings.map((f) => ({ rules: [f.rule] })),
      textlint: tlFindings,
    };
    for (const [tool, findings] of Object.entries(found)) {
      const t = result[tool];
      for (const f of findings) {
        if (f.rules.some((r) => allowed.has(r))) t.trueFindings++;
        else t.falseFindings++;
      }
      if (findings.length === 0) continue;
      if (isWordPost) t.wordPostsFlagged += findings.some((f) => f.rules.some((r) => WORD_RULES.includes(r) && allowed.has(r)));
      else if (isClean) t.cleanPostsFlagged++;
      else t.otherPostsFlagged++;
    }
  }
  return { posts: cases.length, wordPosts, cleanPosts, otherPosts: cases.length - wordPosts - cleanPosts, ...result };
}

async function main() {
  mkdirSync(OUT, { recursive: true });
  const terms = textlintTerms(join(ROOT, "crate/src/rules/data"));
  const postcheck = await startPostcheck();
  const textlint = await startTextlint(terms);

  const benchPosts = readJsonl(join(BENCH, "corpus/posts.jsonl")).map((p) => p.text);
  const labelled = existsSync(LABELLED) ? readJsonl(LABELLED) : null;
  if (!labelled) console.error(`peer: ${LABELLED} not found: timing on the bench corpus only, no true/false counts`);
  const posts = [...benchPosts, ...(labelled ?? []).map((c) => c.text)];

  const timing = await timeSideBySide(posts, postcheck, textlint);
  const scores = labelled ? await score(labelled, postcheck, textlint) : null;
  const report = {
    node: process.version,
    rounds,
    posts: posts.length,
    corpora: { bench: benchPosts.length, labelled: labelled?.length ?? 0, labelledPath: labelled ? LABELLED : null },
    textlint: {
      rules: textlint.rules, filters: textlint.filters, termFiles: terms.files, terms: terms.terms,
      allowPhrases: terms.allow.length,
    },
    start: {
      postcheck: { instantiateMs: postcheck.instantiateMs, firstCheckMs: postcheck.firstCheckMs },
      textlint: { instantiateMs: textlint.instantiateMs, firstCheckMs: textlint.firstCheckMs },
    },
    timing,
    ratio: timing.perPost.textlint.median / timing.perPost.postcheck.median,
    scores,
  };
  writeFileSync(join(OUT, "peer.json"), JSON.stringify(report, null, 2));
  const ms = (s) => `${s.median.toFixed(3)} ms (p95 ${s.p95.toFixed(3)})`;
  console.log(`peer: ${posts.length} posts x ${rounds} rounds`);
  console.log(`  postcheck (wasm) per post ${ms(timing.perPost.postcheck)}, pass ${ms(timing.pass.postcheck)}`);
  console.log(`  textlint          per post ${ms(timing.perPost.textlint)}, pass ${ms(timing.pass.textlint)}`);
  console.log(`  textlint / postcheck = ${report.ratio.toFixed(1)}x`);
  if (scores) console.log(`  scores ${JSON.stringify({ postcheck: scores.postcheck, textlint: scores.textlint })}`);
  console.log(`wrote ${join(OUT, "peer.json")}`);
}

await main();

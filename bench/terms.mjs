// postcheck's own word lists, turned into a textlint configuration, so the
// peer benchmark gives textlint the same terms postcheck has.
//
// A list counts when its file under crate/src/rules/data/ is named after a
// rule (`insult.txt`, `discrimination_slurs.txt`): cue lists such as
// `mention_cues.txt` say how a word is used, not that it is wrong, and are
// left out. Each term becomes a textlint-rule-prh pattern whose expected
// text names the rule (`[insult]`), so a textlint finding can be scored
// against the corpus labels like a postcheck finding. Allow phrases (`!…`)
// go to textlint-filter-rule-allowlist. textlint does not fold text, so each
// term is also given in its other kana (postcheck folds katakana and
// hiragana into one); width and masking variants are not generated.

import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

const RULE_IDS = [
  "insult", "discrimination", "illegal", "rumor", "harmful-site", "confidential", "policy-draft",
  "public-order", "rights", "personal-info", "credential", "political", "url-shortener", "obscured-url",
  "third-party-link",
];

/** The rule a data file belongs to, or null for a cue list. */
function ruleOfFile(file) {
  if (!file.endsWith(".txt") || file.includes("cue")) return null;
  const stem = file.slice(0, -4).replaceAll("_", "-");
  return RULE_IDS.find((id) => stem === id || stem.startsWith(id + "-")) ?? null;
}

/** Entries of one list in the format of crate/src/text/terms.rs. */
function parseList(text) {
  const deny = [], allow = [];
  for (const raw of text.split("\n")) {
    const line = raw.split("#")[0].trim();
    if (!line) continue;
    const words = line.split(/\s+/).filter((w) => w !== "+masked" && !w.startsWith("@"));
    const term = words.join(" ");
    if (term.startsWith("!")) allow.push(term.slice(1));
    else if (term) deny.push(term);
  }
  return { deny, allow };
}

const swapKana = (s, from, to) =>
  s.replace(/./gu, (c) => {
    const code = c.codePointAt(0);
    return code >= from && code <= from + 0x55 ? String.fromCodePoint(code - from + to) : c;
  });
const HIRAGANA = 0x3041, KATAKANA = 0x30a1;

const escapeRegExp = (s) => s.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");

/** prh patterns for one term: Latin terms as whole words (`*` = open end). */
function patterns(term) {
  if (/^[\x20-\x7e]+$/.test(term)) {
    const open = term.endsWith("*");
    const word = escapeRegExp(open ? term.slice(0, -1) : term);
    return [`/(?<![A-Za-z0-9])${word}${open ? "" : "(?![A-Za-z0-9])"}/i`];
  }
  // Given as our own regular expressions: prh escapes plain strings for the
  // u flag in a way that rejects `-` (`wi-fiキー`).
  const variants = new Set([term, swapKana(term, KATAKANA, HIRAGANA), swapKana(term, HIRAGANA, KATAKANA)]);
  return [...variants].map((v) => `/${escapeRegExp(v)}/`);
}

/**
 * @param {string} dataDir crate/src/rules/data
 * @returns {{files: string[], terms: number, allow: string[], prhYaml: string}}
 */
export function textlintTerms(dataDir) {
  const files = [], rules = [], allow = [];
  let terms = 0;
  for (const file of readdirSync(dataDir).sort()) {
    const rule = ruleOfFile(file);
    if (!rule) continue;
    const list = parseList(readFileSync(join(dataDir, file), "utf8"));
    files.push(file);
    terms += list.deny.length;
    allow.push(...list.allow);
    if (list.deny.length) rules.push({ rule, patterns: list.deny.flatMap(patterns) });
  }
  // One prh rule per pattern: prh cannot combine patterns with different flags.
  const yaml = ["version: 1", "rules:"];
  for (const { rule, patterns } of rules) {
    for (const p of patterns) yaml.push(`  - expected: "[${rule}]"`, `    pattern: ${JSON.stringify(p)}`);
  }
  return { files, terms, allow, prhYaml: yaml.join("\n") + "\n" };
}

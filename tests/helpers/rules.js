// The e2e tests assert real rules: `insult` on バカ, `url-shortener` on
// bit.ly links, `personal-info` on a class name. Until those rules are in
// the engine, the same words are set as the organisation's extra terms
// (config-defined terms fire under the same rule ids), so the extension's
// own behaviour is still proven. The native CLI built beside the wasm tells
// which case applies.

import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_DIR } from './browser.js';

/** Words the e2e posts rely on, by the rule that must flag them, with a sentence that proves the rule does. */
const RELIED_ON = {
  insult: { word: 'バカ', probe: 'あの人はバカだ' },
  'url-shortener': { word: 'bit.ly', probe: '詳しくは https://bit.ly/4kQm7Zp を見て' },
  'personal-info': { word: '3年2組', probe: '3年2組の山田太郎さんが優勝しました' },
};

/**
 * What the engine built beside the extension (the native CLI) finds in
 * `text`, with no configuration; empty when the CLI is not built.
 * @param {string} text
 * @returns {{rule: string, start: number, end: number, suggestion: string | null}[]}
 */
export function engineFindings(text) {
  const cli = join(REPO_DIR, 'target/release/postcheck');
  if (!existsSync(cli)) return [];
  let out;
  try {
    out = execFileSync(cli, ['--format', 'json'], { input: text, encoding: 'utf8' });
  } catch (error) {
    out = error.stdout; // exit 1 when an error is found
  }
  return JSON.parse(out).findings;
}

const ruleFires = (rule, text) => engineFindings(text).some((f) => f.rule === rule);

/** The extra terms the engine still needs for the words above (empty once the rules are in). */
export function stopgapTerms() {
  const terms = {};
  for (const [rule, { word, probe }] of Object.entries(RELIED_ON)) {
    if (!ruleFires(rule, probe)) terms[rule] = { deny: [word] };
  }
  return terms;
}

/**
 * Stores the stop-gap terms in the extension's settings, before pages open.
 * @param {import('./browser.js').Browser} browser
 */
export async function prepareRules(browser) {
  const terms = stopgapTerms();
  if (Object.keys(terms).length === 0) return;
  await browser.worker.evaluate((t) => chrome.storage.sync.set({ terms: t }), terms);
}

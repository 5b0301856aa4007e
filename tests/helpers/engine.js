// What the engine finds, asked of the native CLI built beside the wasm
// (`target/release/postcheck`): tests use it as the oracle for the text they
// type, so an assertion about the extension is not also a guess about the
// rules.

import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { REPO_DIR } from './browser.js';

/**
 * The findings for `text` with the default configuration.
 * @param {string} text
 * @returns {{rule: string, start: number, end: number, suggestion: string | null}[]}
 */
export function engineFindings(text) {
  const cli = join(REPO_DIR, 'target/release/postcheck');
  let out;
  try {
    out = execFileSync(cli, ['--format', 'json'], { input: text, encoding: 'utf8' });
  } catch (error) {
    out = error.stdout; // exit 1 when an error is found
  }
  return JSON.parse(out).findings;
}

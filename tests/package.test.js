// The package users install (dist/postcheck-*.zip, built by ./build.sh):
// the unpacked extension/ folder as it is, except that its manifest leaves
// out the local test pages (content script matches and host permissions on
// 127.0.0.1 and localhost), which only development and tests need.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { promisify } from 'node:util';
import { EXTENSION_DIR, REPO_DIR } from './helpers/browser.js';

const run = promisify(execFile);

/** Every file under `dir`, as paths relative to it, sorted. */
async function files(dir) {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile()).map((e) => relative(dir, join(e.parentPath, e.name))).sort();
}

test('the packaged manifest leaves out the local test pages; everything else is the unpacked extension', async () => {
  const zips = (await readdir(join(REPO_DIR, 'dist')).catch(() => [])).filter((name) => /^postcheck-.*\.zip$/.test(name));
  assert.equal(zips.length, 1, 'one package in dist/ (run ./build.sh)');
  const unpacked = await mkdtemp(join(tmpdir(), 'postcheck-package-'));
  try {
    await run('unzip', ['-q', join(REPO_DIR, 'dist', zips[0]), '-d', unpacked]);
    const packaged = JSON.parse(await readFile(join(unpacked, 'manifest.json'), 'utf8'));
    const source = JSON.parse(await readFile(join(EXTENSION_DIR, 'manifest.json'), 'utf8'));
    await import(join(EXTENSION_DIR, 'sites.js'));
    const local = (/** @type {string} */ pattern) => globalThis.postcheckLocalHosts.includes(new URL(pattern.replace('*', 'x')).hostname);

    // The unpacked folder checks local pages (DESIGN.md: tests load it); the package does not.
    assert.ok(source.content_scripts[0].matches.some(local), 'extension/ keeps the local pages');
    assert.ok(source.host_permissions.some(local));
    assert.deepEqual(packaged.content_scripts[0].matches, source.content_scripts[0].matches.filter((p) => !local(p)));
    assert.deepEqual(packaged.host_permissions, source.host_permissions.filter((p) => !local(p)));
    assert.ok(packaged.content_scripts[0].matches.includes('https://x.com/*'), 'the real sites stay');
    const rest = (/** @type {any} */ m) => ({ ...m, host_permissions: null, content_scripts: m.content_scripts.map((s) => ({ ...s, matches: null })) });
    assert.deepEqual(rest(packaged), rest(source), 'nothing else in the manifest changes');

    assert.deepEqual(await files(unpacked), await files(EXTENSION_DIR), 'the same files');
    for (const file of await files(EXTENSION_DIR)) {
      if (file === 'manifest.json') continue;
      assert.ok((await readFile(join(unpacked, file))).equals(await readFile(join(EXTENSION_DIR, file))), `${file} is packaged as it is (an old package? run ./build.sh)`);
    }
  } finally {
    await rm(unpacked, { recursive: true, force: true });
  }
});

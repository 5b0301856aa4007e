// Static checks of the extension's files: the manifest's lists agree, every
// site adapter's hosts are covered, locales have the same keys, and no
// extension file names a remote URL to load code or data from.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, readdir } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { EXTENSION_DIR } from './helpers/browser.js';

const manifest = JSON.parse(await readFile(join(EXTENSION_DIR, 'manifest.json'), 'utf8'));
const matches = manifest.content_scripts[0].matches;

test('host permissions are exactly the content script patterns (needed to re-inject after an update)', () => {
  assert.deepEqual(manifest.host_permissions, matches);
});

test('every site adapter with fixed hosts is covered by the content script patterns', async () => {
  await import(join(EXTENSION_DIR, 'sites.js'));
  for (const site of globalThis.postcheckSites) {
    for (const host of site.hosts ?? []) {
      const covered = matches.some((pattern) => {
        const patternHost = new URL(pattern.replace('/*', '/')).hostname;
        return patternHost === host || patternHost.endsWith('.' + host);
      });
      assert.ok(covered, `${site.id}: ${host} is not in content_scripts.matches`);
    }
    assert.ok(site.editors, `${site.id} names its compose boxes`);
  }
});

test('every site adapter says where the posting account and profile pages are, or null; path patterns compile', async () => {
  await import(join(EXTENSION_DIR, 'sites.js'));
  for (const site of [...globalThis.postcheckSites, globalThis.postcheckGenericSite]) {
    assert.ok('account' in site && 'profilePage' in site, `${site.id} has account and profilePage`);
    if (site.account) assert.equal(typeof site.account.selector, 'string', `${site.id}: account.selector`);
    if (site.profilePage) {
      assert.doesNotThrow(() => new RegExp(site.profilePage.path), `${site.id}: profilePage.path`);
      assert.equal(typeof site.profilePage.name, 'string', `${site.id}: profilePage.name`);
    }
  }
  const x = globalThis.postcheckSites.find((site) => site.id === 'x');
  const profile = new RegExp(x.profilePage.path);
  assert.ok(profile.test('/hokkaido_kyoiku') && profile.test('/hokkaido_kyoiku/media'));
  assert.ok(!profile.test('/home') && !profile.test('/settings/profile') && !profile.test('/i/bookmarks'), "X's own pages are not profiles");
});

test('every content script file exists, and the options page and popup are there', async () => {
  for (const file of [...manifest.content_scripts[0].js, manifest.action.default_popup, manifest.options_ui.page, manifest.storage.managed_schema]) {
    await readFile(join(EXTENSION_DIR, file));
  }
});

test('the managed schema names exactly the settings', async () => {
  const schema = JSON.parse(await readFile(join(EXTENSION_DIR, manifest.storage.managed_schema), 'utf8'));
  const { DEFAULTS } = await import(join(EXTENSION_DIR, 'shared/settings.js'));
  assert.deepEqual(Object.keys(schema.properties).sort(), Object.keys(DEFAULTS).sort());
});

test('_locales/ja (default) and _locales/en have the same keys', async () => {
  assert.equal(manifest.default_locale, 'ja');
  const ja = JSON.parse(await readFile(join(EXTENSION_DIR, '_locales/ja/messages.json'), 'utf8'));
  const en = JSON.parse(await readFile(join(EXTENSION_DIR, '_locales/en/messages.json'), 'utf8'));
  assert.deepEqual(Object.keys(ja).sort(), Object.keys(en).sort());
});

test('no remote code or remote requests in the extension\'s own files', async () => {
  const files = [];
  const walk = async (dir) => {
    for (const entry of await readdir(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== 'pkg') await walk(path);
      } else if (/\.(js|html|json|css)$/.test(entry.name)) files.push(path);
    }
  };
  await walk(EXTENSION_DIR);
  for (const file of files) {
    const text = await readFile(file, 'utf8');
    const remote = text.match(/(?:src|href|import|fetch)\s*[=(]\s*['"`]https?:\/\/[^'"`]+/g);
    assert.equal(remote, null, `${relative(EXTENSION_DIR, file)} loads ${remote}`);
  }
});

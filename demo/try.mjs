// `./build.sh try`: postcheck at work in a Chromium window, for a newcomer.
// Builds a local demo page with one compose box per editor that real sites
// run (the bundles of tests/fixtures/editors), types the sample post
// (demo/sample-post.txt) into the first, and opens beside it an X-like page
// posting from an account that is not the official one (3(3)), with the
// extension loaded in a fresh profile. Closing the window ends it.
//
//   node demo/try.mjs        (after ./build.sh; needs a display)

import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launch, serveFixtures, setSettings } from '../tests/helpers/browser.js';
import { EDITORS, buildEditorPages } from '../tests/fixtures/editors/build.js';

const here = dirname(fileURLToPath(import.meta.url));
const FIXTURES = resolve(here, '../tests/fixtures');

/** The demo settings: one official account, the organisation's name. */
const SETTINGS = { official_accounts: ['x:@hokkaido_kyoiku'], organisation_names: ['北海道教育委員会'] };

const escape = (/** @type {string} */ text) => text.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

/** Writes the demo site into `dir`: the editors page and the X-like page. */
async function writeSite(dir, sample) {
  await buildEditorPages(dir);
  const stylesheets = EDITORS.filter((name) => existsSync(join(dir, `${name}.css`))).map((name) => `<link rel="stylesheet" href="${name}.css">`);
  const scripts = EDITORS.map((name) => `<script src="${name}.js" defer></script>`);
  const page = (await readFile(join(here, 'index.html'), 'utf8'))
    .replace('{{editors}}', EDITORS.join(','))
    .replace('{{stylesheets}}', stylesheets.join('\n'))
    .replace('{{scripts}}', scripts.join('\n'))
    .replace('{{sample}}', escape(sample));
  await writeFile(join(dir, 'index.html'), page);
  await cp(join(here, 'labels.js'), join(dir, 'labels.js'));
  for (const file of ['x-compose.html', 'x-compose.js', 'account.js', 'compose.css']) await cp(join(FIXTURES, file), join(dir, file));
}

const sample = (await readFile(join(here, 'sample-post.txt'), 'utf8')).trim();
const dir = await mkdtemp(join(tmpdir(), 'postcheck-try-'));
await writeSite(dir, sample);
const server = await serveFixtures(dir);
const browser = await launch({ headed: true });
try {
  await setSettings(browser, SETTINGS);
  const xPage = await browser.ctx.newPage();
  await xPage.goto(`${server.origin}/x-compose.html?account=@yamada_teacher&name=${encodeURIComponent('山田（個人）')}`);
  const page = browser.ctx.pages()[0] ?? (await browser.ctx.newPage());
  await page.goto(`${server.origin}/index.html`);
  await page.bringToFront();
  await page.waitForSelector('#app section.editor');
  await page.click('#app section.editor :is([contenteditable="true"], textarea)');
  await page.keyboard.type(sample, { delay: 20 });
  console.log(`postcheck is running in the Chromium window:
  ${server.origin}/index.html      one compose box per real editor, the sample post typed into the first
  ${server.origin}/x-compose.html  an X-like page posting as @yamada_teacher (not the official account): press ポストする
The demo's settings: ${JSON.stringify(SETTINGS)}.
Close the window to end.`);
  await new Promise((resolveClosed) => browser.ctx.on('close', resolveClosed));
} finally {
  await browser.close().catch(() => {});
  await server.close();
  await rm(dir, { recursive: true, force: true });
}

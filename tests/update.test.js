// An extension update (here: a reload) while a compose box is being
// written: the old content script must stop quietly ('Extension context
// invalidated') and the re-injected one take over. In its own env.browser: a
// worker stopped through DevTools earlier keeps the reloaded extension from
// starting its new one.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useBrowser, waitFor, highlights, reloadExtension, openFixture } from './helpers/browser.js';

const env = useBrowser();

test('an extension update cuts off the old content script quietly, and the new one takes over', async () => {
  const { page, pageErrors } = await openFixture(env, 'strict-compose.html');
  await page.click('#post');
  await page.keyboard.type('審判は');
  await reloadExtension(env.browser);
  await page.click('#post');
  await page.keyboard.type('バカだ');
  // The extension takes about a second to come back on an idle machine; its new worker compiles the
  // wasm again, which took over 15 s once on a machine at load 12.
  await waitFor(async () => (await highlights(page)).some((h) => h.rule === 'insult'), { timeout: 40000, message: 'the insult highlight' });
  assert.deepEqual(pageErrors, []);
  assert.equal(await page.evaluate(() => document.querySelectorAll('postcheck-overlay').length), 1);
  await page.close();
});

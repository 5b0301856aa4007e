// An extension update (here: a reload) while a classic blog editor's frame
// is being written in: the old content script in the frame stops quietly,
// and the new one is brought to the frame without the focus leaving it. In
// its own browser, as update.test.js (a browser brings an extension back
// from one reload only).

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useBrowser, waitFor, highlights, reloadExtension, openFixture } from './helpers/browser.js';

const env = useBrowser();

test('an extension update while writing in an editor frame: the new content script takes the frame over', async () => {
  const { page, pageErrors } = await openFixture(env, 'frames.html');
  const frame = await (await page.waitForSelector('#classic')).contentFrame();
  await frame.locator('body').click();
  await page.keyboard.type('審判は');
  await waitFor(() => frame.evaluate(() => document.querySelector('postcheck-overlay') !== null), { message: 'the checks in the frame' });
  await reloadExtension(env.browser);
  await page.bringToFront();
  await frame.locator('body').click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type('バカだ');
  // The extension takes about a second to come back.
  await waitFor(async () => (await highlights(frame)).some((h) => h.rule === 'insult'), { timeout: 15000, message: 'the insult highlight' });
  assert.deepEqual(pageErrors, []);
  assert.equal(await frame.evaluate(() => document.querySelectorAll('postcheck-overlay').length), 1);
  await page.close();
});

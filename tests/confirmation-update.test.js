// A confirmation on screen when the extension is reloaded or updated: the
// old content script, cut off from its extension, would leave it there (and
// its buttons working) until something asked the worker. The new instance's
// start takes it down. In its own browser: Chromium does not bring an
// extension back from a second chrome.runtime.reload() in one session.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useBrowser, waitFor, highlights, confirmation, reloadExtension, openFixture } from './helpers/browser.js';

const env = useBrowser();

test('a confirmation open when the extension reloads goes with the old content script; the new one holds and posts once', async () => {
  const { page, pageErrors } = await openFixture(env, 'x-compose.html');
  const editor = '[data-testid="tweetTextarea_0"]';
  await page.click(editor);
  await page.keyboard.type('審判はバカだ');
  await waitFor(async () => (await highlights(page)).some((h) => h.rule === 'insult'), { message: 'the insult highlight' });
  await page.click('[data-testid="tweetButton"]');
  await waitFor(() => confirmation(page), { message: 'the confirmation' });

  await reloadExtension(env.browser);
  // The new instance, injected into the open tab, clears the old one's overlay at once.
  const confirmations = () => page.evaluate(() => [...document.querySelectorAll('postcheck-overlay')].filter((o) => o.shadowRoot?.querySelector('[data-confirm]')).length);
  await waitFor(async () => (await confirmations()) === 0, { timeout: 15000, message: 'the old confirmation gone' });
  assert.equal(await page.evaluate((selector) => document.querySelector(selector).textContent, editor), '審判はバカだ', 'the text is intact');
  assert.deepEqual(await page.evaluate(() => window.posts), [], 'nothing posted');

  await page.click(editor);
  await page.keyboard.type('！');
  await waitFor(async () => (await highlights(page)).some((h) => h.rule === 'insult'), { timeout: 15000, message: 'the new highlight' });
  await page.click('[data-testid="tweetButton"]');
  await waitFor(() => confirmation(page), { message: 'the new confirmation' });
  await page.locator('postcheck-overlay').locator('[data-confirm] button[data-action="post-anyway"]').click();
  await waitFor(() => page.evaluate(() => window.posts.length === 1), { message: 'the post' });
  assert.deepEqual(await page.evaluate(() => window.posts.map((p) => p.text)), ['審判はバカだ！']);
  assert.deepEqual(pageErrors, []);
  await page.close();
});

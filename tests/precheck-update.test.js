// The last check before posting across an extension update (here: a
// reload): the old content script's post-button listeners go with it, the
// new one's take over, and a post is still held once and posted once. In its
// own env.browser, like update.test.js.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useBrowser, waitFor, highlights, confirmation, reloadExtension, openFixture } from './helpers/browser.js';

const env = useBrowser();

test('after an update, Post is held by the new content script alone and posts exactly once', async () => {
  const { page, pageErrors } = await openFixture(env, 'x-compose.html');
  const editor = '[data-testid="tweetTextarea_0"]';
  await page.click(editor);
  await page.keyboard.type('審判は');
  await waitFor(() => page.evaluate(() => document.querySelector('postcheck-overlay') !== null), { message: 'the content script at work' });

  await reloadExtension(env.browser);

  await page.click(editor);
  await page.keyboard.type('バカだ');
  await waitFor(async () => (await highlights(page)).some((h) => h.rule === 'insult'), { timeout: 15000, message: 'the insult highlight' });
  await page.click('[data-testid="tweetButton"]');
  await waitFor(() => confirmation(page), { message: 'the confirmation' });
  assert.equal(await page.evaluate(() => document.querySelector('postcheck-overlay').shadowRoot.querySelectorAll('[data-confirm]').length), 1);
  assert.deepEqual(await page.evaluate(() => window.posts), []);

  await page.locator('postcheck-overlay').locator('[data-confirm] button[data-action="post-anyway"]').click();
  await waitFor(() => page.evaluate(() => window.posts.length === 1), { message: 'the post' });
  await page.waitForTimeout(300);
  assert.deepEqual(await page.evaluate(() => window.posts.map((p) => p.text)), ['審判はバカだ']);
  assert.deepEqual(pageErrors, []);
  await page.close();
});

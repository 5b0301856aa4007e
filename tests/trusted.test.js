// The overlay's shadow root is open (the test contract needs it), so a page
// script can reach the card's and the confirmation's buttons. What it does
// there — clicks, keys, ticks — must change nothing: no finding ignored or
// fixed, no tab opened, no post let out. The user's own clicks and keys
// still work.

import { test, beforeEach } from 'node:test';
import assert from 'node:assert/strict';
import { useBrowser, waitFor, highlights, card, confirmation, setSettings, spanOf } from './helpers/browser.js';

const env = useBrowser();

const X = { page: 'x-compose.html', editor: '[data-testid="tweetTextarea_0"]', button: '[data-testid="tweetButton"]' };
const PASSWORD = 'PCのパスワード：Kita_2025 です';
const WITH_ERROR = '審判はバカだと思う。';

beforeEach(() => setSettings(env.browser, { approval_checklist_enabled: null }));

async function open() {
  const page = await env.browser.ctx.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  await page.goto(`${env.server.origin}/${X.page}`);
  return Object.assign(page, { errors });
}

/** Types `text` and resolves with the highlight of `rule` over `words` (a check mid-word may flag part of them first). */
async function write(page, text, rule, words) {
  await page.click(X.editor);
  await page.keyboard.type(text);
  const { start, end } = spanOf(text, words);
  return waitFor(async () => (await highlights(page)).find((h) => h.rule === rule && h.start === start && h.end === end),
    { message: `the ${rule} highlight over ${words}` });
}

/** What a page script can do to the overlay: runs `action(shadowRoot)` in the page's own world. */
function asPage(page, action, arg) {
  return page.evaluate(([source, value]) => {
    const root = document.querySelector('postcheck-overlay').shadowRoot;
    return (0, eval)(source)(root, value);
  }, [action.toString(), arg]);
}

const editorText = (page) => page.$eval(X.editor, (el) => el.innerText);
const posts = (page) => page.evaluate(() => window.posts);
/** Long enough for a wrongly accepted click to have shown its effect. */
const settle = (page) => page.waitForTimeout(300);

test("a page script clicking the card's buttons or pressing keys there changes nothing; the user's click and keys do", async () => {
  const page = await open();
  const credential = await write(page, PASSWORD, 'credential', 'Kita_2025');
  await page.mouse.move(credential.box.left + credential.box.width / 2, credential.box.top + credential.box.height / 2);
  const shown = await waitFor(() => card(page), { message: 'the card' });
  assert.deepEqual(shown.actions.map((a) => [a.action, a.disabled]), [['apply', false], ['ignore', false], ['explain', false]]);
  const tabs = env.browser.ctx.pages().length;

  await asPage(page, (root) => {
    for (const action of ['apply', 'ignore', 'explain', 'explain', 'explain']) root.querySelector(`[data-card] button[data-action="${action}"]`).click();
    root.querySelector('[data-card]').dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
    root.querySelector('[data-card] button[data-action="ignore"]').dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
  });
  await settle(page);
  assert.equal(await editorText(page), PASSWORD, 'not fixed');
  assert.ok((await highlights(page)).some((h) => h.rule === 'credential'), 'not ignored');
  assert.ok(await card(page), 'not closed');
  assert.equal(env.browser.ctx.pages().length, tabs, 'no tab opened');

  await page.locator('postcheck-overlay').locator('[data-card] button[data-action="ignore"]').click();
  await waitFor(async () => !(await highlights(page)).some((h) => h.rule === 'credential'), { message: "ignored by the user's click" });
  assert.equal(await editorText(page), PASSWORD);
  assert.deepEqual(page.errors, []);
  await page.close();
});

test('a page script cannot open the card with Alt+Enter; the user can, and Enter on its first button applies the fix', async () => {
  const page = await open();
  await write(page, PASSWORD, 'credential', 'Kita_2025');
  // The caret inside the password, put there by the user's own keys.
  await page.keyboard.press('End');
  for (let i = 0; i < ' です'.length + 2; i++) await page.keyboard.press('ArrowLeft');
  await waitFor(() => card(page), { message: 'the card, opened by the caret' });
  await page.keyboard.press('Escape');
  await waitFor(async () => (await card(page)) === null, { message: 'closed by the user' });
  // Closed, it stays closed while the caret moves on inside the same finding.
  await page.keyboard.press('ArrowLeft');
  await settle(page);
  assert.equal(await card(page), null, 'the caret moving inside the closed finding reopens nothing');

  await page.$eval(X.editor, (el) => el.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', altKey: true, bubbles: true, cancelable: true })));
  await settle(page);
  assert.equal(await card(page), null, "the page's Alt+Enter opens nothing");

  await page.keyboard.press('Alt+Enter');
  await waitFor(() => card(page), { message: "the card, opened by the user's Alt+Enter" });
  await page.keyboard.press('Enter'); // on the focused first action: apply
  await waitFor(async () => (await editorText(page)) !== PASSWORD, { message: 'the fix applied' });
  assert.ok(!(await editorText(page)).includes('Kita_2025'));
  await page.close();
});

test("a page script cannot tick the checklist, enable or press Post anyway, nor dismiss the confirmation; the user's ticks and click post once", async () => {
  await setSettings(env.browser, { approval_checklist_enabled: true });
  const page = await open();
  await write(page, WITH_ERROR, 'insult', 'バカ');
  await page.click(X.button);
  await waitFor(() => confirmation(page), { message: 'the confirmation' });

  await asPage(page, (root) => {
    const box = root.querySelector('[data-confirm]');
    for (const tick of box.querySelectorAll('[data-checklist-item]')) tick.click();
    const post = box.querySelector('button[data-action="post-anyway"]');
    post.disabled = false;
    post.click();
    box.querySelector('button[data-action="edit"]').click();
    box.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
    document.body.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true }));
  });
  await settle(page);
  const shown = await confirmation(page);
  assert.ok(shown, 'still asking');
  assert.deepEqual(await posts(page), [], 'nothing posted');
  assert.deepEqual(await page.locator('postcheck-overlay').locator('[data-checklist-item]').evaluateAll((els) => els.map((el) => el.checked)),
    [false, false, false], "the page's ticks are undone");

  // Ticked and enabled behind the user's back (no events): the user's click on Post anyway does not post.
  await asPage(page, (root) => {
    for (const tick of root.querySelectorAll('[data-checklist-item]')) tick.checked = true;
    root.querySelector('[data-confirm] button[data-action="post-anyway"]').disabled = false;
  });
  const post = page.locator('postcheck-overlay').locator('[data-confirm] button[data-action="post-anyway"]');
  await post.click();
  await settle(page);
  assert.deepEqual(await posts(page), [], 'the user has not ticked the checklist');

  for (const tick of await page.locator('postcheck-overlay').locator('[data-checklist-item]').all()) {
    await tick.uncheck();
    await tick.check();
  }
  await post.click();
  await waitFor(async () => (await posts(page)).length === 1, { message: 'the post' });
  await settle(page);
  assert.deepEqual((await posts(page)).map((p) => p.text), [WITH_ERROR]);
  assert.deepEqual(page.errors, []);
  await page.close();
});

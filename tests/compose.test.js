// Typing a post into compose boxes on a page with a strict CSP: the
// highlights (rule, span, on-screen position), the card, applying a fix and
// undoing it, ignoring, IME composition, and the worker being restarted.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, serveFixtures, waitFor, highlights, card, clickCardAction, spanOf, stopServiceWorker } from './helpers/browser.js';
import { prepareRules } from './helpers/rules.js';

const POST = '昨日の試合の審判はバカだと思う。動画は https://bit.ly/4kQm7Zp から見られます';

/** @type {import('./helpers/browser.js').Browser} */
let browser;
let server;
const pageErrors = [];

before(async () => {
  browser = await launch();
  await prepareRules(browser);
  server = await serveFixtures();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

async function openCompose() {
  const page = await browser.ctx.newPage();
  page.on('pageerror', (error) => pageErrors.push(String(error)));
  await page.goto(`${server.origin}/strict-compose.html`);
  return page;
}

const editorText = (page, selector) =>
  page.$eval(selector, (el) => (el instanceof HTMLTextAreaElement ? el.value : el.innerText));

/** Waits until the highlights of `rules` are drawn, and returns them all. */
function waitForRules(page, rules, timeout = 5000) {
  return waitFor(async () => {
    const drawn = await highlights(page);
    return rules.every((rule) => drawn.some((h) => h.rule === rule)) && drawn;
  }, { message: `highlights for ${rules.join(', ')}`, timeout });
}

/** The rule-relied spans are where they must be in the text. */
function assertSpans(drawn, text) {
  const insult = drawn.filter((h) => h.rule === 'insult');
  assert.equal(insult.length, 1, 'one insult highlight');
  assert.deepEqual({ start: insult[0].start, end: insult[0].end }, spanOf(text, 'バカ'));
  assert.equal(insult[0].severity, 'error');

  const shortener = drawn.filter((h) => h.rule === 'url-shortener');
  assert.equal(shortener.length, 1, 'one url-shortener highlight');
  const link = spanOf(text, 'bit.ly/4kQm7Zp');
  assert.ok(shortener[0].start <= link.start && shortener[0].start >= link.start - 'https://'.length, 'starts at the link');
  assert.ok(shortener[0].end >= link.start + 'bit.ly'.length && shortener[0].end <= link.end, 'ends inside the link');
  assert.equal(shortener[0].severity, 'warning');
}

for (const [kind, selector] of [['textarea', '#post'], ['contenteditable', '#rich']]) {
  test(`${kind} on a strict-CSP page: highlights the insult and the shortener where they are drawn`, async () => {
    const page = await openCompose();
    await page.click(selector);
    await page.keyboard.type(POST);
    const drawn = await waitForRules(page, ['insult', 'url-shortener']);
    assertSpans(drawn, POST);

    // The underline sits on the word: a click at its centre puts the caret inside the span.
    const insult = drawn.find((h) => h.rule === 'insult');
    const editorBox = await page.locator(selector).boundingBox();
    assert.ok(insult.box.left >= editorBox.x && insult.box.right <= editorBox.x + editorBox.width, 'inside the box horizontally');
    assert.ok(insult.box.top >= editorBox.y && insult.box.bottom <= editorBox.y + editorBox.height, 'inside the box vertically');
    await page.mouse.click(insult.box.left + insult.box.width / 2, insult.box.top + insult.box.height / 2);
    const caret = await page.evaluate((sel) => {
      const el = document.querySelector(sel);
      if (el instanceof HTMLTextAreaElement) return el.selectionStart;
      const s = getSelection();
      const r = document.createRange();
      r.setStart(el, 0);
      r.setEnd(s.focusNode, s.focusOffset);
      return r.toString().length;
    }, selector);
    assert.ok(caret >= insult.start && caret <= insult.end, `caret ${caret} within ${insult.start}..${insult.end}`);

    // Counter near the box.
    const counter = await page.evaluate(() => document.querySelector('postcheck-overlay').shadowRoot.querySelector('[data-counter]')?.textContent);
    assert.equal(counter, '⚠ 2');
    // The editor's DOM is untouched.
    assert.equal(await editorText(page, selector), POST);
    await page.close();
  });
}

test('contenteditable: highlight boxes match the text ranges of the words', async () => {
  const page = await openCompose();
  await page.click('#rich');
  await page.keyboard.type(POST);
  const drawn = await waitForRules(page, ['insult']);
  const insult = drawn.find((h) => h.rule === 'insult');
  const expected = await page.evaluate(({ start, end }) => {
    const node = document.querySelector('#rich').firstChild;
    const r = document.createRange();
    r.setStart(node, start);
    r.setEnd(node, end);
    const b = r.getBoundingClientRect();
    return { left: b.left, right: b.right, top: b.top, bottom: b.bottom };
  }, insult);
  for (const side of ['left', 'right', 'top', 'bottom']) {
    assert.ok(Math.abs(insult.box[side] - expected[side]) <= 1, `${side}: ${insult.box[side]} vs ${expected[side]}`);
  }
  await page.close();
});

test('the card shows the message and the clause, and ignore hides that finding', async () => {
  const page = await openCompose();
  await page.click('#post');
  await page.keyboard.type(POST);
  const drawn = await waitForRules(page, ['insult', 'url-shortener']);
  const insult = drawn.find((h) => h.rule === 'insult');
  await page.mouse.move(insult.box.left + insult.box.width / 2, insult.box.top + insult.box.height / 2);
  const shown = await waitFor(() => card(page), { message: 'the card' });
  assert.equal(shown.rule, 'insult');
  assert.match(shown.text, /4\(7\)/, 'names the clause');
  assert.match(shown.text, /誹謗中傷|信用失墜|侮辱|品位/, 'quotes the clause wording');
  assert.deepEqual(shown.actions.map((a) => a.action), ['apply', 'ignore', 'explain']);

  const explanation = browser.ctx.waitForEvent('page');
  await clickCardAction(page, 'explain');
  const options = await explanation;
  await options.waitForURL(/options\/options\.html#rule-insult$/);
  await options.close();
  await page.bringToFront();
  await page.mouse.move(insult.box.left + insult.box.width / 2, insult.box.top + insult.box.height / 2);
  await waitFor(() => card(page), { message: 'the card again' });

  await clickCardAction(page, 'ignore');
  await waitFor(async () => !(await highlights(page)).some((h) => h.rule === 'insult'), { message: 'insult ignored' });
  assert.ok((await highlights(page)).some((h) => h.rule === 'url-shortener'), 'the other finding stays');
  assert.equal(await card(page), null);
  assert.equal(await editorText(page, '#post'), POST);
  await page.close();
});

test('keyboard: Alt+Enter on a highlighted word opens the card with focus on its actions; Escape closes it', async () => {
  const page = await openCompose();
  await page.click('#rich');
  await page.keyboard.type('審判はバカだ');
  await waitForRules(page, ['insult']);
  for (let i = 0; i < 2; i++) await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('Alt+Enter');
  const shown = await waitFor(() => card(page), { message: 'the card' });
  assert.equal(shown.rule, 'insult');
  const focused = await page.evaluate(() => document.querySelector('postcheck-overlay').shadowRoot.activeElement?.getAttribute('data-action'));
  assert.ok(['apply', 'ignore'].includes(focused), `focus on ${focused}`);
  await page.keyboard.press('Escape');
  await waitFor(async () => (await card(page)) === null, { message: 'card closed' });
  assert.equal(await editorText(page, '#rich'), '審判はバカだ');
  await page.close();
});

for (const [kind, selector] of [['textarea', '#post'], ['contenteditable', '#rich']]) {
  test(`${kind}: applying a fix replaces the span through the editor, and Ctrl+Z restores it`, async (t) => {
    const page = await openCompose();
    await page.click(selector);
    await page.keyboard.type(POST);
    const drawn = await waitForRules(page, ['insult', 'url-shortener']);
    let fixable = null;
    for (const h of drawn) {
      await page.mouse.move(h.box.left + h.box.width / 2, h.box.top + h.box.height / 2);
      const shown = await waitFor(async () => { const c = await card(page); return c?.rule === h.rule && c; }, { message: `card for ${h.rule}` });
      if (!shown.actions.find((a) => a.action === 'apply').disabled) {
        fixable = h;
        break;
      }
    }
    if (!fixable) {
      t.skip('no finding in this post offers a suggestion yet (depends on the rules)');
      await page.close();
      return;
    }
    const suggestion = await page.evaluate(() => document.querySelector('postcheck-overlay').shadowRoot.querySelector('[data-card] .suggestion')?.textContent);
    assert.ok(suggestion, 'the card shows the suggestion');
    await clickCardAction(page, 'apply');
    const after = await waitFor(async () => { const v = await editorText(page, selector); return v !== POST && v; }, { message: 'text changed' });
    assert.equal(after.slice(0, fixable.start), POST.slice(0, fixable.start), 'text before the span is kept');
    assert.equal(after.slice(after.length - (POST.length - fixable.end)), POST.slice(fixable.end), 'text after the span is kept');
    assert.notEqual(after.slice(fixable.start, after.length - (POST.length - fixable.end)), POST.slice(fixable.start, fixable.end), 'the span changed');
    await page.keyboard.press('Control+z');
    await waitFor(async () => (await editorText(page, selector)) === POST, { message: 'undo restores the post' });
    await page.close();
  });
}

test('IME: nothing is checked or drawn during composition; the check follows compositionend', async () => {
  const page = await openCompose();
  await page.click('#post');
  await page.keyboard.type('審判は');
  const cdp = await browser.ctx.newCDPSession(page);
  await cdp.send('Input.imeSetComposition', { text: 'ばか', selectionStart: 2, selectionEnd: 2 });
  await cdp.send('Input.imeSetComposition', { text: 'バカ', selectionStart: 2, selectionEnd: 2 });
  // Long enough for a debounced check to have run, were one scheduled.
  await page.waitForTimeout(400);
  assert.deepEqual(await highlights(page), [], 'no highlights while composing');
  await cdp.send('Input.insertText', { text: 'バカ' });
  const drawn = await waitForRules(page, ['insult']);
  assert.deepEqual(drawn.filter((h) => h.rule === 'insult').map((h) => [h.start, h.end]), [[3, 5]]);
  await page.close();
});

test('a stopped service worker is woken and checking goes on', async () => {
  const page = await openCompose();
  await page.click('#post');
  await page.keyboard.type('審判は');
  await stopServiceWorker(browser, page);
  await page.keyboard.type('バカだ');
  await waitForRules(page, ['insult']);
  await page.close();
});

test('no error reached the pages', () => {
  assert.deepEqual(pageErrors, []);
});

// Editors the top frame's content script cannot reach by itself: a classic
// blog editor's frame (about:blank written by script, as TinyMCE and
// CKEditor 4 build it, and srcdoc), a web component's editor in an open
// shadow root, a frame with nothing to write in, and a frame from an origin
// the extension does not cover. Each checked editor gets the highlights, the
// card and its fixes of a top-level one, drawn in its own frame.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useBrowser, serveFixtures, waitFor, highlights, card, clickCardAction, spanOf, currentWorker, confirmation } from './helpers/browser.js';

const POST = '昨日の試合の審判はバカだと思う。動画は https://bit.ly/4kQm7Zp から見られます';
/** A post with a finding that has a fix: the `credential` rule masks a password. */
const FIXABLE_POST = '図書室PCのパスワード：Kita_2025 です。審判はバカだ';

const env = useBrowser();

/** @type {{origin: string, close: () => Promise<void>} | null} a server on an origin outside the extension's host permissions */
let elsewhere = null;
test.before(async () => { elsewhere = await serveFixtures(undefined, '127.0.0.2'); });
test.after(async () => { await elsewhere?.close(); });

async function openFrames(query = '', path = 'frames.html') {
  const page = await env.browser.ctx.newPage();
  /** @type {string[]} */
  const errors = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  // Errors logged in any frame (the browser's own request for a favicon aside).
  page.on('console', (message) => {
    if (message.type() === 'error' && !message.location().url.endsWith('/favicon.ico')) errors.push(message.text());
  });
  await page.goto(`${env.server.origin}/${path}${query}`);
  return { page, errors };
}

/** The frame of an <iframe> on the page, once its document is there. */
async function frameOf(page, selector) {
  const frame = await (await page.waitForSelector(selector)).contentFrame();
  assert.ok(frame, `${selector} has a frame`);
  await frame.waitForSelector('body');
  return frame;
}

/** Waits until the highlights of `rules` are drawn in `where` (a page or a frame), and returns them all. */
function waitForRules(where, rules) {
  return waitFor(async () => {
    const drawn = await highlights(where);
    return rules.every((rule) => drawn.some((h) => h.rule === rule)) && drawn;
  }, { message: `highlights for ${rules.join(', ')}` });
}

/** One insult over バカ and one url-shortener over the link, and nothing else of error or warning. */
function assertFindings(drawn, text) {
  const insult = drawn.filter((h) => h.rule === 'insult');
  assert.equal(insult.length, 1, 'one insult highlight');
  assert.deepEqual({ start: insult[0].start, end: insult[0].end }, spanOf(text, 'バカ'));
  const shortener = drawn.filter((h) => h.rule === 'url-shortener');
  assert.equal(shortener.length, 1, 'one url-shortener highlight');
  const link = spanOf(text, 'bit.ly/4kQm7Zp');
  assert.ok(shortener[0].start >= link.start - 'https://'.length && shortener[0].end <= link.end, 'over the link');
  const others = drawn.filter((h) => !['insult', 'url-shortener'].includes(h.rule) && h.severity !== 'info');
  assert.deepEqual(others, [], 'no other finding');
}

/** The client rectangle of the text [start, end) of `selector`'s text, measured in its own document. */
function textBox(where, selector, { start, end }) {
  return where.evaluate(({ selector: sel, start: from, end: to }) => {
    const host = document.querySelector(sel.split(' >> ')[0]);
    const el = sel.includes(' >> ') ? host.shadowRoot.querySelector(sel.split(' >> ')[1]) : host;
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    let offset = 0;
    const range = document.createRange();
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const length = node.data.length;
      if (offset <= from && from <= offset + length) range.setStart(node, from - offset);
      if (offset <= to && to <= offset + length) { range.setEnd(node, to - offset); break; }
      offset += length;
    }
    const b = range.getBoundingClientRect();
    return { left: b.left, top: b.top, right: b.right, bottom: b.bottom };
  }, { selector, start, end });
}

function assertSameBox(actual, expected) {
  for (const side of ['left', 'top', 'right', 'bottom']) {
    assert.ok(Math.abs(actual[side] - expected[side]) <= 1.5, `${side}: ${actual[side]} vs ${expected[side]}`);
  }
}

/** Hovers each highlight until one's card offers a fix; returns that highlight. */
async function fixableHighlight(where, page, drawn, offset = { x: 0, y: 0 }) {
  for (const h of drawn) {
    await page.mouse.move(offset.x + h.box.left + h.box.width / 2, offset.y + h.box.top + h.box.height / 2);
    const shown = await waitFor(async () => { const c = await card(where); return c?.rule === h.rule && c; }, { message: `card for ${h.rule}` });
    if (!shown.actions.find((a) => a.action === 'apply').disabled) return h;
  }
  return assert.fail('a finding of this post offers a fix (the credential rule masks the password)');
}

/** The card's suggestion, without its label (修正案: ). */
const suggestionOf = (where) => where.evaluate(() => document.querySelector('postcheck-overlay').shadowRoot.querySelector('[data-card] .suggestion')?.textContent.replace(/^[^:]*:\s*/, ''));

/** Clicks a card button in the overlay of `where` (a page or a frame). */
const clickIn = (where, action) => where.locator('postcheck-overlay').locator(`[data-card] button[data-action="${action}"]`).click();

for (const id of ['classic', 'srcdoc']) {
  test(`an editor frame (${id === 'classic' ? 'about:blank written by script' : 'srcdoc'}): highlights in the frame, over the words`, async () => {
    const { page, errors } = await openFrames();
    const frame = await frameOf(page, `#${id}`);
    await frame.locator('body').click();
    await page.keyboard.type(POST);
    const drawn = await waitForRules(frame, ['insult', 'url-shortener']);
    assertFindings(drawn, POST);
    // In the frame's own coordinates, over the word.
    const insult = drawn.find((h) => h.rule === 'insult');
    assertSameBox(insult.box, await textBox(frame, 'body', insult));
    // The count sits in the frame's corner (the whole window is the editor), not after the text.
    const corner = await frame.evaluate(() => {
      const r = document.querySelector('postcheck-overlay').shadowRoot.querySelector('[data-counter]').getBoundingClientRect();
      return { right: r.right, bottom: r.bottom, width: document.documentElement.clientWidth, height: document.documentElement.clientHeight };
    });
    assert.ok(corner.right <= corner.width && corner.right > corner.width - 20, `at the right edge: ${JSON.stringify(corner)}`);
    assert.ok(corner.bottom <= corner.height && corner.bottom > corner.height - 20, `at the bottom edge: ${JSON.stringify(corner)}`);
    // Nothing drawn in the top frame, and one overlay in the frame.
    assert.deepEqual(await highlights(page), []);
    assert.equal(await frame.evaluate(() => document.querySelectorAll('postcheck-overlay').length), 1);
    // The card opens on the pointer, in the frame.
    const frameBox = await page.locator(`#${id}`).boundingBox();
    const inner = { x: frameBox.x + 1, y: frameBox.y + 1 }; // the frame's border
    await page.mouse.move(inner.x + insult.box.left + insult.box.width / 2, inner.y + insult.box.top + insult.box.height / 2);
    assert.equal((await waitFor(() => card(frame), { message: 'the card in the frame' })).rule, 'insult');
    // Leaving the frame and coming back neither injects twice nor draws twice.
    await page.locator('#plain').click();
    await frame.locator('body').click();
    await page.keyboard.press('End');
    await page.keyboard.type('。');
    const again = await waitForRules(frame, ['insult', 'url-shortener']);
    assertFindings(again, `${POST}。`);
    assert.equal(await frame.evaluate(() => document.querySelectorAll('postcheck-overlay').length), 1);
    assert.equal(await frame.evaluate(() => document.body.innerText.trim()), `${POST}。`, 'the text is what was typed');
    assert.deepEqual(errors, []);
    await page.close();
  });

  test(`an editor frame (${id}): a fix replaces the span exactly, and Ctrl+Z restores it`, async () => {
    const { page, errors } = await openFrames();
    const frame = await frameOf(page, `#${id}`);
    await frame.locator('body').click();
    await page.keyboard.type(FIXABLE_POST);
    const drawn = await waitForRules(frame, ['insult']);
    const frameBox = await page.locator(`#${id}`).boundingBox();
    const fixable = await fixableHighlight(frame, page, drawn, { x: frameBox.x + 1, y: frameBox.y + 1 });
    const suggestion = await suggestionOf(frame);
    assert.ok(suggestion, 'the card shows the suggestion');
    await clickIn(frame, 'apply');
    const expected = FIXABLE_POST.slice(0, fixable.start) + suggestion + FIXABLE_POST.slice(fixable.end);
    await waitFor(async () => (await frame.evaluate(() => document.body.innerText.trim())) === expected, { message: 'the fixed text' });
    await page.keyboard.press('Control+z');
    await waitFor(async () => (await frame.evaluate(() => document.body.innerText.trim())) === FIXABLE_POST, { message: 'undo restores the post' });
    assert.deepEqual(errors, []);
    await page.close();
  });
}

test('an editor frame written again by document.open() (CKEditor 4\'s setData) is checked again', async () => {
  const { page, errors } = await openFrames();
  const frame = await frameOf(page, '#classic');
  await frame.locator('body').click();
  await page.keyboard.type(POST);
  await waitForRules(frame, ['insult', 'url-shortener']);
  // A toolbar button in the page (focus leaves the frame) sets new data.
  await page.locator('h1').click();
  await page.evaluate(() => window.setClassicData('<p>お知らせです。</p>'));
  await frame.locator('body').click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type('審判はバカだ');
  const text = 'お知らせです。審判はバカだ';
  const [insult] = await waitForRules(frame, ['insult']);
  assert.deepEqual({ start: insult.start, end: insult.end }, spanOf(text, 'バカ'));
  assert.equal((await highlights(frame)).length, 1, 'the old highlights went with the old document');
  assert.equal(await frame.evaluate(() => document.querySelectorAll('postcheck-overlay').length), 1);
  // Written over while the focus stays in the frame (no blur anywhere).
  await page.evaluate(() => window.setClassicData('<p>連絡です。</p>'));
  await frame.locator('body').click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type('審判はバカだ');
  const again = await waitForRules(frame, ['insult']);
  assert.deepEqual({ start: again[0].start, end: again[0].end }, spanOf('連絡です。審判はバカだ', 'バカ'));
  assert.equal(await frame.evaluate(() => document.querySelectorAll('postcheck-overlay').length), 1);
  assert.deepEqual(errors, []);
  await page.close();
});

for (const [kind, inner] of [['contenteditable', '[contenteditable]'], ['textarea', 'textarea']]) {
  const read = (page) => page.evaluate((sel) => {
    const el = document.querySelector('#shadow').shadowRoot.querySelector(sel);
    return el instanceof HTMLTextAreaElement ? el.value : el.innerText;
  }, inner);

  test(`a ${kind} in an open shadow root: highlights over the words, the card, a fix and its undo`, async () => {
    const { page, errors } = await openFrames();
    await page.locator(`#shadow ${inner}`).click();
    await page.keyboard.type(POST);
    const drawn = await waitForRules(page, ['insult', 'url-shortener']);
    assertFindings(drawn, POST);
    if (kind === 'contenteditable') {
      const insult = drawn.find((h) => h.rule === 'insult');
      assertSameBox(insult.box, await textBox(page, `#shadow >> ${inner}`, insult));
      // The caret moved into the word opens its card (the selection is the shadow root's).
      await page.mouse.click(insult.box.left + insult.box.width / 2, insult.box.top + insult.box.height / 2);
      assert.equal((await waitFor(() => card(page), { message: 'the card at the caret' })).rule, 'insult');
    }
    await page.keyboard.press('Control+a');
    await page.keyboard.press('Delete');
    await page.keyboard.type(FIXABLE_POST);
    const fixable = await fixableHighlight(page, page, await waitForRules(page, ['insult']));
    const suggestion = await suggestionOf(page);
    await clickCardAction(page, 'apply');
    const expected = FIXABLE_POST.slice(0, fixable.start) + suggestion + FIXABLE_POST.slice(fixable.end);
    await waitFor(async () => (await read(page)) === expected, { message: 'the fixed text' });
    await page.keyboard.press('Control+z');
    await waitFor(async () => (await read(page)) === FIXABLE_POST, { message: 'undo restores the post' });
    assert.deepEqual(errors, []);
    await page.close();
  });
}

test('a frame with no editor, and a frame from an origin the extension does not cover, are left alone', async () => {
  const { page, errors } = await openFrames(`?cross=${encodeURIComponent(elsewhere.origin)}`);
  const plain = await frameOf(page, '#plain');
  await plain.locator('#inside').click();
  const cross = await frameOf(page, '#cross');
  await cross.locator('#post').click();
  await page.keyboard.type(POST);
  // A checked editor on the same page shows its highlights meanwhile.
  const classic = await frameOf(page, '#classic');
  await classic.locator('body').click();
  await page.keyboard.type(POST);
  await waitForRules(classic, ['insult', 'url-shortener']);
  for (const frame of [plain, cross]) {
    assert.equal(await frame.evaluate(() => document.querySelector('postcheck-overlay')), null, `nothing in ${frame.url()}`);
  }
  // What the extension's world holds in each frame: the checks where a text
  // box was focused, the watch alone in the frame without one, nothing at
  // all in the frame it has no permission for (the browser skips it).
  const worker = await currentWorker(env.browser);
  const held = await worker.evaluate(async (origin) => {
    const [tab] = await chrome.tabs.query({ url: `${origin}/frames.html*` });
    const frames = await chrome.scripting.executeScript({
      target: { tabId: tab.id, allFrames: true },
      func: () => {
        const ns = /** @type {any} */ (globalThis).postcheck;
        const root = document.documentElement;
        const name = window === window.top ? 'top' : window.frameElement?.id;
        return [name, ns?.checkedRoot?.() === root ? 'checks' : ns?.watchedRoot?.() === root ? 'watch' : 'nothing'];
      },
    });
    return Object.fromEntries(frames.map((frame) => frame.result));
  }, env.server.origin);
  assert.deepEqual(held, { top: 'checks', classic: 'checks', plain: 'watch', srcdoc: 'watch' });
  assert.equal(await cross.evaluate(() => document.querySelector('#post').value), POST);
  assert.deepEqual(errors, []);
  await page.close();
});

/** The confirmation's button `action` in the overlay of `where` (a page or a frame). */
const confirmButton = (where, action) => where.locator('postcheck-overlay').locator(`[data-confirm] button[data-action="${action}"]`);

// The confirmation before posting is the frame's own where the post button
// is: the compose box of a site in a frame asks as it does on its own page,
// and so does one drawn in a shadow root.
for (const [kind, path] of [['in a frame', 'x-framed.html'], ['in a shadow root', 'x-shadow-compose.html']]) {
  test(`X's compose box ${kind}: Post with an error asks first, Post anyway posts exactly once`, async () => {
    const { page, errors } = await openFrames('', path);
    const where = kind === 'in a frame' ? await frameOf(page, '#compose') : page;
    const text = '審判はバカだと思う';
    await where.locator('[data-testid="tweetTextarea_0"]').click();
    await page.keyboard.type(text);
    await waitForRules(where, ['insult']);
    await where.locator('[data-testid="tweetButton"]').click();
    const shown = await waitFor(() => confirmation(where), { message: 'the confirmation' });
    assert.deepEqual(shown.rules, ['insult']);
    assert.deepEqual(await where.evaluate(() => window.posts), [], 'held');
    await confirmButton(where, 'post-anyway').click();
    await waitFor(async () => (await where.evaluate(() => window.posts)).length === 1, { message: 'the post' });
    await page.waitForTimeout(300); // time for a wrongly repeated post to show up
    assert.deepEqual((await where.evaluate(() => window.posts)).map((p) => p.text), [text], 'posted exactly once');
    assert.deepEqual(errors, []);
    await page.close();
  });
}

// A blog editor's frame reloaded while written in (its card open), or
// replaced by a new frame (the editor set up again for another post): the
// focus goes into the new document with no blur of the page to tell.
for (const [kind, renew] of [
  ['reloaded while it has the focus and its card is open', () => { const f = document.getElementById('srcdoc'); f.srcdoc = f.srcdoc; }],
  ['replaced by a new frame while it has the focus', () => { const f = document.getElementById('srcdoc'); f.replaceWith(f.cloneNode()); }],
]) {
  test(`an editor frame ${kind} is checked again`, async () => {
    const { page, errors } = await openFrames();
    const old = await frameOf(page, '#srcdoc');
    await old.locator('body').click();
    await page.keyboard.type('審判はバカだ');
    await waitForRules(old, ['insult']);
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    assert.equal((await waitFor(() => card(old), { message: 'the card at the caret' })).rule, 'insult');
    const renewed = page.waitForEvent('framenavigated', { predicate: (f) => f !== page.mainFrame() });
    await page.evaluate(renew);
    await renewed;
    const frame = await frameOf(page, '#srcdoc');
    await frame.locator('body').click();
    await page.keyboard.type('校長はアホだ');
    const [insult] = await waitForRules(frame, ['insult']);
    assert.deepEqual({ start: insult.start, end: insult.end }, spanOf('校長はアホだ', 'アホ'));
    assert.equal(await frame.evaluate(() => document.body.innerText.trim()), '校長はアホだ', 'the text is what was typed');
    assert.deepEqual(errors, []);
    await page.close();
  });
}

test('a long post in an editor frame: the counter counts the findings scrolled out of view', async () => {
  const { page, errors } = await openFrames();
  const frame = await frameOf(page, '#classic');
  await frame.locator('body').click();
  await page.keyboard.type(POST);
  await waitForRules(frame, ['insult', 'url-shortener']);
  // Clean lines after it, until the frame has scrolled the first line out of view.
  for (let line = 1; line <= 10; line++) {
    await page.keyboard.press('Enter');
    await page.keyboard.type(`${line}. 本日は全校集会を行いました。`);
  }
  await waitFor(() => frame.evaluate(() => scrollY > 60), { message: 'the frame scrolled' });
  await waitFor(async () => (await highlights(frame)).length === 0, { message: 'the findings scrolled out of view' });
  const counter = () => frame.evaluate(() => {
    const el = document.querySelector('postcheck-overlay').shadowRoot.querySelector('[data-counter]');
    return { hidden: el.hidden, text: el.textContent, severity: el.getAttribute('data-severity') };
  });
  assert.deepEqual(await counter(), { hidden: false, text: '⚠ 2', severity: 'error' }, 'both problems counted, out of view');
  // Back in view, the same count.
  await frame.evaluate(() => window.scrollTo(0, 0));
  await waitForRules(frame, ['insult', 'url-shortener']);
  assert.deepEqual(await counter(), { hidden: false, text: '⚠ 2', severity: 'error' });
  assert.deepEqual(errors, []);
  await page.close();
});

test('two editor frames: the card the caret opened in one goes when the focus moves to the other, and comes back with the caret', async () => {
  const { page, errors } = await openFrames();
  const classic = await frameOf(page, '#classic');
  const srcdoc = await frameOf(page, '#srcdoc');
  await classic.locator('body').click();
  await page.keyboard.type('審判はバカだ');
  await waitForRules(classic, ['insult']);
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  assert.equal((await waitFor(() => card(classic), { message: 'the card at the caret' })).rule, 'insult');
  // Writing in the other frame: the first frame's card no longer covers its text.
  await srcdoc.locator('body').click();
  await page.keyboard.type('本日は晴れ');
  await waitFor(async () => (await card(classic)) === null, { message: 'the card gone with the focus' });
  // And in the page's own editor (in a shadow root).
  await classic.locator('body').click();
  await page.keyboard.press('End');
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  await waitFor(() => card(classic), { message: 'the card back with the caret' });
  await page.locator('#shadow [contenteditable]').click();
  await waitFor(async () => (await card(classic)) === null, { message: 'the card gone with the focus' });
  assert.equal(await srcdoc.evaluate(() => document.body.innerText.trim()), '本日は晴れ');
  assert.equal(await classic.evaluate(() => document.body.innerText.trim()), '審判はバカだ');
  assert.deepEqual(errors, []);
  await page.close();
});

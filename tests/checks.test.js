// The tab's checks on their way to the service worker (content/checks.js):
// a long text goes in pieces cut at line and sentence ends, each with the
// text around it, one message in flight per tab, a check of a text that
// changed is dropped, another tab is answered between two pieces, and Post
// waits for a long text as long as its pieces are answered. A slow engine is imitated by a listener in the
// worker that takes time in proportion to each check message's length.

import { test, beforeEach } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { useBrowser, waitFor, highlights, confirmation, currentWorker, spanOf, EXTENSION_DIR } from './helpers/browser.js';

await import(join(EXTENSION_DIR, 'content/checks.js'));
const { pieces } = globalThis.postcheck;

/** Pieces as texts (without context), checking that they cover `text` in order and that none is longer than `max`. */
function cut(text, max) {
  const found = pieces(text, max, 0);
  let at = 0;
  for (const { start, end, from, to } of found) {
    assert.deepEqual([from, to], [start, end], 'no context asked for, none given');
    assert.equal(start, at, 'pieces follow each other');
    assert.ok((end > start || text === '') && end - start <= max, `a piece of ${end - start}`);
    at = end;
  }
  assert.equal(at, text.length, 'the whole text');
  return found.map(({ start, end }) => text.slice(start, end));
}

test('pieces: a text up to the limit is one piece', () => {
  assert.deepEqual(cut('審判はバカだ', 10), ['審判はバカだ']);
  assert.deepEqual(cut('0123456789', 10), ['0123456789']);
  assert.deepEqual(cut('', 10), ['']);
});

test('pieces: cut after a blank line, else a line break, else a sentence end, else a space', () => {
  assert.deepEqual(cut('aaaa\n\nbb\ncc\nddddd', 12), ['aaaa\n\n', 'bb\ncc\nddddd']);
  assert.deepEqual(cut('aaaaa\nbb\ncc\nddddddd', 12), ['aaaaa\nbb\ncc\n', 'ddddddd']);
  assert.deepEqual(cut('お知らせです。明日は休みです。\n以上', 12), ['お知らせです。', '明日は休みです。\n以上']);
  assert.deepEqual(cut('see you at the gate', 12), ['see you at ', 'the gate']);
  // A boundary in the first half of the limit is too early: the piece is cut at the limit instead.
  assert.deepEqual(cut(`a\n${'b'.repeat(17)}`, 10), [`a\n${'b'.repeat(8)}`, 'b'.repeat(9)]);
});

test('pieces: each goes with the text around it, cut the same way', () => {
  const lines = 'l1\nl2\nl3\nl4\nl5\nl6\n';
  assert.deepEqual(pieces(lines, 9, 6), [{ start: 0, end: 9, from: 0, to: 15 }, { start: 9, end: 18, from: 3, to: 18 }]);
  const text = 'a'.repeat(30);
  assert.deepEqual(pieces(text, 10, 4).map(({ from, to }) => [from, to]), [[0, 14], [6, 24], [16, 30]]);
});

test('pieces: never inside a character (surrogate pair, combining mark, ZWJ sequence)', () => {
  for (const unit of ['😀', 'か\u3099', '👩\u200d🏫', '葛\u{E0100}'.normalize()]) {
    const text = unit.repeat(25);
    for (const piece of cut(text, 16)) {
      assert.ok(piece.length > 0 && piece.length % unit.length === 0, `${JSON.stringify(piece)} is whole ${JSON.stringify(unit)}s`);
    }
  }
});

const env = useBrowser();

const INSULT = '審判はバカだと思う。';
/** A long post of ordinary lines (no findings), ~100,000 UTF-16 code units. */
const longText = (line) => line.repeat(Math.ceil(100000 / line.length));
const MASTODON = { page: 'mastodon-compose.html', editor: 'form.compose-form textarea', button: 'form.compose-form button[type="submit"]' };

/**
 * Makes the worker take `perChar` ms per UTF-16 code unit of each check
 * message over 1,000 long (a slow engine), and records every check message's
 * text in the worker's `globalThis.checked`.
 */
async function slowEngine(perChar) {
  const worker = await currentWorker(env.browser);
  await worker.evaluate((ms) => {
    globalThis.checked = [];
    globalThis.slowEngine = (message) => {
      if (message?.type !== 'check') return false;
      globalThis.checked.push(message.text);
      if (message.text.length <= 1000) return false;
      const end = Date.now() + message.text.length * ms;
      while (Date.now() < end);
      return false;
    };
    chrome.runtime.onMessage.addListener(globalThis.slowEngine);
  }, perChar);
}

/** The texts of the check messages the worker received since `slowEngine`, in order. */
async function checkedTexts() {
  const worker = await currentWorker(env.browser);
  return worker.evaluate(() => globalThis.checked);
}

beforeEach(async () => {
  const worker = await currentWorker(env.browser);
  await worker.evaluate(() => { if (globalThis.slowEngine) chrome.runtime.onMessage.removeListener(globalThis.slowEngine); });
});

async function open(name) {
  const page = await env.browser.ctx.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  await page.goto(`${env.server.origin}/${name}`);
  return Object.assign(page, { errors });
}

/**
 * Puts a long text into a textarea at once, as a paste does, with the caret
 * and the scroll at its end (only what is in view gets highlights).
 */
function paste(page, selector, text) {
  return page.$eval(selector, (el, value) => {
    el.focus();
    el.value = value;
    el.setSelectionRange(value.length, value.length);
    el.scrollTop = el.scrollHeight;
    el.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertFromPaste' }));
  }, text);
}

/** The insult's highlight once drawn, as {start, end}. */
async function insultDrawn(page, timeout) {
  const insult = await waitFor(async () => (await highlights(page)).find((h) => h.rule === 'insult'), { timeout, message: 'the insult highlight' });
  return { start: insult.start, end: insult.end };
}

test('Post waits for a long text checked slowly, piece by piece, and asks (it is not let out unchecked)', async () => {
  const page = await open(MASTODON.page);
  await page.click(MASTODON.editor);
  // Whole, this text takes the engine 5 s: twice what Post waits for an answer.
  await slowEngine(0.05);
  const text = longText('今日は運動会でした。\n') + INSULT;
  await paste(page, MASTODON.editor, text);
  await page.click(MASTODON.button);
  const shown = await waitFor(() => confirmation(page), { timeout: 20000, message: 'the confirmation' });
  assert.deepEqual(shown.rules, ['insult']);
  assert.deepEqual(await page.evaluate(() => window.posts), [], 'held, not posted unchecked');
  assert.deepEqual(await insultDrawn(page, 5000), spanOf(text, 'バカ'), 'the span counts from the start of the whole text');
  const sent = await checkedTexts();
  const long = sent.filter((piece) => piece.length > 100);
  assert.ok(long.length >= 10 && long.every((piece) => piece.length <= 12000 && text.includes(piece)), `sent in pieces: ${long.map((t) => t.length)}`);
  assert.ok(text.startsWith(long[0]) && text.endsWith(long.at(-1)), 'from the start of the text to its end');
  assert.deepEqual(page.errors, []);
  await page.close();
});

test('another tab is answered between two pieces of a long text', async () => {
  const slow = await open(MASTODON.page);
  await slow.click(MASTODON.editor);
  await slowEngine(0.05);
  const text = longText('今日は運動会でした。\n') + INSULT;
  await paste(slow, MASTODON.editor, text);
  await waitFor(async () => (await checkedTexts()).length > 0, { message: 'the long text being checked' });

  const other = await open('strict-compose.html');
  await other.click('#post');
  await other.keyboard.type(INSULT);
  await insultDrawn(other, 5000);
  const sent = (await checkedTexts()).filter((piece) => piece.startsWith('今日')).join('').length;
  assert.ok(sent < text.length, `the other tab was answered after ${sent} of ${text.length} code units of the long text`);
  assert.deepEqual(await insultDrawn(slow, 20000), spanOf(text, 'バカ'));
  await Promise.all([slow.close(), other.close()]);
});

test('a long text edited while it is checked: the rest of the old text is never sent, the new one is', async () => {
  const page = await open(MASTODON.page);
  await page.click(MASTODON.editor);
  await slowEngine(0.05);
  const before = longText('今日は運動会でした。\n');
  await paste(page, MASTODON.editor, before);
  await waitFor(async () => (await checkedTexts()).length > 0, { message: 'the first text being checked' });
  const after = longText('明日は遠足です。\n') + INSULT;
  await paste(page, MASTODON.editor, after);
  assert.deepEqual(await insultDrawn(page, 20000), spanOf(after, 'バカ'));

  const sent = await checkedTexts();
  const old = sent.filter((piece) => piece.startsWith('今日'));
  assert.ok(old.join('').length < before.length, `only ${old.join('').length} of ${before.length} code units of the old text were sent`);
  const firstNew = sent.findIndex((piece) => piece.startsWith('明日'));
  assert.ok(firstNew > 0 && sent.slice(firstNew).every((piece) => piece.startsWith('明日')), 'nothing of the old text after the new');
  assert.ok(after.startsWith(sent[firstNew]) && after.endsWith(sent.at(-1)), 'the new text, from its start to its end');
  await page.close();
});

test("a topic on the last line of one piece and its cue on the first line of the next are found together", async () => {
  const page = await open(MASTODON.page);
  await page.click(MASTODON.editor);
  await waitFor(() => page.evaluate(() => document.querySelector('postcheck-overlay') !== null), { message: 'the content script at work' });
  await slowEngine(0);
  // The first piece ends right after 大麻 (10,000 code units with it); 売ります opens the second.
  const topic = '大麻\n';
  const filler = longText('今日は運動会でした。\n').slice(0, 10000 - topic.length - 1);
  const text = `${filler}\n${topic}売ります\n`;
  await paste(page, MASTODON.editor, text);
  const illegal = await waitFor(async () => (await highlights(page)).find((h) => h.rule === 'illegal'), { timeout: 10000, message: 'the illegal highlight' });
  assert.deepEqual({ start: illegal.start, end: illegal.end }, spanOf(text, '大麻'));
  const sent = (await checkedTexts()).filter((piece) => piece.length > 100);
  assert.equal(sent.length, 2, 'in two pieces');
  assert.ok(sent[0].endsWith('売ります\n') || sent[0].includes(`${topic}売ります`), 'the first piece goes with the line after it');
  await page.close();
});

/**
 * Counts, in the content script's own (isolated) world, the check messages
 * the tab has in flight: resolves with a function that reads how many are
 * now and the most seen at once.
 * @param {import('playwright-core').Page} page
 * @returns {Promise<() => Promise<{now: number, most: number}>>}
 */
async function countChecksInFlight(page) {
  const cdp = await env.browser.ctx.newCDPSession(page);
  const contexts = [];
  cdp.on('Runtime.executionContextCreated', ({ context }) => contexts.push(context));
  await cdp.send('Runtime.enable');
  const world = await waitFor(() => contexts.find((c) => c.origin === `chrome-extension://${env.browser.extensionId}`),
    { message: "the content script's world" });
  const evaluate = async (expression) => (await cdp.send('Runtime.evaluate', { expression, contextId: world.id, returnByValue: true })).result.value;
  await evaluate(`{
    const send = chrome.runtime.sendMessage.bind(chrome.runtime);
    const count = (globalThis.checksInFlight = { now: 0, most: 0 });
    chrome.runtime.sendMessage = (message) => {
      if (message?.type !== 'check') return send(message);
      count.most = Math.max(count.most, ++count.now);
      return send(message).finally(() => { count.now--; });
    };
  }`);
  return () => evaluate('globalThis.checksInFlight');
}

test('two text boxes of one tab: one check message in flight at a time, each box gets its findings', async () => {
  const page = await open('strict-compose.html');
  await page.click('#post');
  await waitFor(() => page.evaluate(() => document.querySelector('postcheck-overlay') !== null), { message: 'the content script at work' });
  const inFlight = await countChecksInFlight(page);
  await slowEngine(0.05);
  const text = longText('今日は運動会でした。\n') + INSULT;
  await paste(page, '#post', text);
  await waitFor(async () => (await inFlight()).now > 0, { message: 'the long text being checked' });
  await page.click('#tall');
  await page.keyboard.type(INSULT);
  const drawn = await waitFor(async () => {
    const insults = (await highlights(page)).filter((h) => h.rule === 'insult');
    return insults.length === 2 && insults;
  }, { timeout: 20000, message: 'an insult highlight in each box' });
  const offset = text.length - INSULT.length;
  assert.deepEqual(drawn.map((h) => [h.start, h.end]).sort((a, b) => a[0] - b[0]), [[3, 5], [offset + 3, offset + 5]]);
  assert.equal((await inFlight()).most, 1);
  await page.close();
});

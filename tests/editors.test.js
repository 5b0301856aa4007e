// The editor matrix: the editors social sites run (Lexical, Draft.js,
// ProseMirror, TipTap, Quill — the real packages from npm, bundled at test
// time), a textarea and a plain contenteditable, each under every scenario
// below, on pages served with a strict CSP. One browser for the file; the
// editors are bundled once.
//
// What every scenario checks, besides its own point: the highlights name the
// right rule over the right text, their rectangles lie on that text as the
// page draws it now, and the editor's OWN state (not its DOM) holds exactly
// what was typed.

import { test, before, after, describe } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launch, serveFixtures, waitFor, highlights, card, clickCardAction, spanOf } from './helpers/browser.js';
import { engineFindings } from './helpers/engine.js';
import { EDITORS, buildEditorPages } from './fixtures/editors/build.js';

const LINK = 'https://bit.ly/4kQm7Zp';
/** Japanese and English, with an insult and a shortened link. */
const POST = `今日の審判はバカだと思う。Watch the replay at ${LINK} tonight.`;
/** A labelled password: the credential rule offers a masked replacement. */
const SECRET_POST = '職員室PCのパスワードは Kaede_2031 です。';

/** @type {import('./helpers/browser.js').Browser} */
let browser;
/** @type {{origin: string, close: () => Promise<void>}} */
let server;
let pagesDir = '';

before(async () => {
  pagesDir = await mkdtemp(join(tmpdir(), 'postcheck-editors-'));
  const [launched] = await Promise.all([launch(), buildEditorPages(pagesDir)]);
  browser = launched;
  server = await serveFixtures(pagesDir);
});

after(async () => {
  await browser?.close();
  await server?.close();
  if (pagesDir) await rm(pagesDir, { recursive: true, force: true });
});

// ---------------------------------------------------------------------------
// The page and its editors

/** The element that takes the text in editor `index` of a fixture page. */
const editable = (index = 0) => `[data-editor="${index}"] :is([contenteditable="true"], textarea)`;

/**
 * Opens an editor's fixture page, and records the page's errors (CSP
 * violations included) so every scenario can assert there were none.
 * @param {string} editor
 * @param {{editors?: number}} [options]
 */
async function openEditor(editor, { editors = 1 } = {}) {
  const page = await browser.ctx.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  page.on('console', (message) => {
    // The favicon's 404 is the only resource a fixture page misses.
    if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) errors.push(message.text());
  });
  await page.goto(`${server.origin}/strict-${editor}.html?editors=${editors}`);
  await page.waitForFunction(() => typeof window.getEditorText === 'function');
  return { page, errors };
}

/** The text in editor `index`'s own state. */
const stateText = (page, index = 0) => page.evaluate((i) => window.getEditorText(i), index);

async function typeInto(page, index, text) {
  await page.click(editable(index));
  await page.keyboard.type(text);
}

/** Waits until the editor's own state holds `text`. */
function waitForState(page, index, text) {
  return waitFor(async () => (await stateText(page, index)) === text, { message: `editor state ${JSON.stringify(text.slice(0, 60))}` });
}

// ---------------------------------------------------------------------------
// Where the highlights are

/**
 * Where the page draws [start, end) of editor `index`'s text, measured
 * without the extension: the client rectangles of DOM ranges over its text
 * nodes. Null for a textarea (no text nodes; see `caretOffsetsAt`). Every
 * scenario keeps its text in one paragraph, so the text is the text nodes'
 * data joined.
 */
function domRects(page, index, start, end) {
  return page.evaluate(({ selector, start, end }) => {
    const root = document.querySelector(selector);
    if (root instanceof HTMLTextAreaElement) return null;
    const rects = [];
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    let offset = 0;
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const length = node.data.length;
      const from = Math.max(start, offset);
      const to = Math.min(end, offset + length);
      if (from < to) {
        const range = document.createRange();
        range.setStart(node, from - offset);
        range.setEnd(node, to - offset);
        for (const r of range.getClientRects()) if (r.width > 0) rects.push({ left: r.left, top: r.top, right: r.right, bottom: r.bottom });
      }
      offset += length;
    }
    return rects;
  }, { selector: editable(index), start, end });
}

/**
 * The text offsets the browser puts the caret at for points in editor
 * `index` (what a click there would do), without clicking.
 */
function caretOffsetsAt(page, index, points) {
  return page.evaluate(({ selector, points }) => {
    const root = document.querySelector(selector);
    return points.map(([x, y]) => {
      const position = document.caretPositionFromPoint(x, y);
      if (!position || !root.contains(position.offsetNode)) return -1;
      if (root instanceof HTMLTextAreaElement) return position.offset;
      const range = document.createRange();
      range.setStart(root, 0);
      range.setEnd(position.offsetNode, position.offset);
      return range.toString().length;
    });
  }, { selector: editable(index), points });
}

const NEAR = 1.5; // px: sub-pixel layout and rounding

/**
 * Why highlight `h` is not where editor `index` draws its text, or null
 * when it is. Rich editors: its rectangles are the text's DOM rectangles,
 * line by line. Textarea: the caret lands inside the span at both ends of
 * every rectangle, and outside it just beyond.
 */
async function misplacement(page, index, h) {
  if (h.rects.length === 0) return 'no rectangles';
  const expected = await domRects(page, index, h.start, h.end);
  if (expected) {
    if (expected.length !== h.rects.length) return `${h.rects.length} rectangles drawn, the text has ${expected.length}`;
    for (const [i, want] of expected.entries()) {
      for (const side of ['left', 'top', 'right', 'bottom']) {
        if (Math.abs(h.rects[i][side] - want[side]) > NEAR) return `rectangle ${i} ${side}: ${h.rects[i][side]} drawn, text at ${want[side]}`;
      }
    }
    return null;
  }
  const inside = h.rects.flatMap((r) => [[r.left + 3, (r.top + r.bottom) / 2], [r.right - 3, (r.top + r.bottom) / 2]]);
  const offsets = await caretOffsetsAt(page, index, inside);
  if (offsets.some((o) => o < h.start || o > h.end)) return `caret offsets ${offsets} outside ${h.start}..${h.end}`;
  const first = h.rects[0];
  const [before] = await caretOffsetsAt(page, index, [[first.left - 10, (first.top + first.bottom) / 2]]);
  if (before > h.start) return `caret offset ${before} before the first rectangle is inside ${h.start}..${h.end}`;
  return null;
}

/**
 * Waits until editor `index` shows the highlights `expected` ({rule, start,
 * end}: the span the finding must cover; the url-shortener finding may or
 * may not include the scheme), no other error or warning (a reminder, an
 * `info` finding, may come with a link), and every highlight lies on its
 * text. Returns the expected highlights, in order.
 * @param {import('playwright-core').Page} page
 * @param {number} index
 * @param {{rule: string, start: number, end: number}[]} expected
 * @param {(h: any) => boolean} [ofThisEditor] which drawn highlights belong to this editor
 */
async function waitForPlaced(page, index, expected, ofThisEditor = () => true) {
  let problem = '';
  try {
    return await waitFor(async () => {
      const drawn = (await highlights(page)).filter(ofThisEditor);
      const unmatched = [...drawn];
      const found = [];
      for (const want of expected) {
        const at = unmatched.findIndex((h) => h.rule === want.rule && covers(h, want));
        if (at < 0) {
          problem = `no ${want.rule} highlight over ${want.start}..${want.end}; drawn: ${JSON.stringify(drawn.map(({ rule, start, end }) => ({ rule, start, end })))}`;
          return false;
        }
        found.push(...unmatched.splice(at, 1));
      }
      const falseAlarms = unmatched.filter((h) => h.severity !== 'info');
      if (falseAlarms.length) {
        problem = `unexpected highlights ${JSON.stringify(falseAlarms.map(({ rule, start, end }) => ({ rule, start, end })))}`;
        return false;
      }
      for (const h of drawn) {
        const wrong = await misplacement(page, index, h);
        if (wrong) {
          problem = `${h.rule} ${h.start}..${h.end}: ${wrong}`;
          return false;
        }
      }
      return found;
    }, { message: 'highlights' });
  } catch (error) {
    throw new Error(`${problem || /** @type {Error} */ (error).message}`);
  }
}

/** The link rule may flag the URL with or without its scheme. */
function covers(h, want) {
  if (want.rule !== 'url-shortener') return h.start === want.start && h.end === want.end;
  const host = want.start + 'https://'.length;
  return h.start >= want.start && h.start <= host && h.end >= host + 'bit.ly'.length && h.end <= want.end;
}

/** The highlights a text made of POST's parts must get. */
function expectedFindings(text) {
  const found = [];
  if (text.includes('バカ')) found.push({ rule: 'insult', ...spanOf(text, 'バカ') });
  if (text.includes(LINK)) found.push({ rule: 'url-shortener', ...spanOf(text, LINK) });
  return found;
}

/**
 * Counts changes to the overlay from now on, in `window.overlayChanges`:
 * highlights removed, added or moved all mutate its shadow root.
 */
function watchOverlay(page) {
  return page.evaluate(() => {
    if (window.overlayChanges === undefined) {
      const root = document.querySelector('postcheck-overlay').shadowRoot;
      new MutationObserver((records) => { window.overlayChanges += records.length; })
        .observe(root, { subtree: true, childList: true, attributes: true, characterData: true });
    }
    window.overlayChanges = 0;
  });
}

/** Waits until the overlay has not changed for `quiet` ms (checks in flight have landed). */
async function waitForOverlayQuiet(page, quiet = 300) {
  await watchOverlay(page);
  let seen = -1;
  let since = Date.now();
  await waitFor(async () => {
    const now = await page.evaluate(() => window.overlayChanges);
    if (now !== seen) {
      seen = now;
      since = Date.now();
    }
    return Date.now() - since >= quiet;
  }, { message: 'a quiet overlay' });
}

// ---------------------------------------------------------------------------
// The scenarios: each runs against one editor's page.

/**
 * @typedef {{page: import('playwright-core').Page, editor: string}} Run
 * @type {Record<string, (run: Run) => Promise<void>>}
 */
const SCENARIOS = {
  async 'typing Japanese and English: the right rules over the right text'({ page, editor }) {
    await typeInto(page, 0, POST);
    await waitForState(page, 0, POST);
    await waitForPlaced(page, 0, expectedFindings(POST));
    if (editor === 'tiptap') {
      // The typed URL became a link: the highlight above lies on the <a>'s text.
      assert.equal(await page.$eval(editable(), (el) => el.querySelector('a')?.textContent), LINK, 'TipTap autolinked the URL');
    }
    assert.equal(await stateText(page), POST);
  },

  async 'a word wrapped over two lines: one rectangle on each'({ page }) {
    // Enough full-width characters before the word that it starts at the
    // last place of the first line, measured in the editor's own font.
    const perLine = await page.$eval(editable(), (el) => {
      const style = getComputedStyle(el);
      const context = document.createElement('canvas').getContext('2d');
      context.font = `${style.fontSize} ${style.fontFamily}`;
      const width = el.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
      return Math.floor(width / context.measureText('あ').width);
    });
    const text = `${'あ'.repeat(perLine - 1)}バカだね`;
    await typeInto(page, 0, text);
    await waitForState(page, 0, text);
    const [insult] = await waitForPlaced(page, 0, expectedFindings(text));
    assert.equal(insult.rects.length, 2, 'the word is split over two lines');
    assert.ok(insult.rects[1].top > insult.rects[0].bottom - NEAR, 'the second rectangle is on the next line');
  },

  async 'IME composition: no flicker while composing, highlights after, text intact'({ page }) {
    const before = `Replay: ${LINK} 審判は`;
    await typeInto(page, 0, before);
    await waitForPlaced(page, 0, expectedFindings(before));
    await waitForOverlayQuiet(page);

    const cdp = await browser.ctx.newCDPSession(page);
    await watchOverlay(page);
    await cdp.send('Input.imeSetComposition', { text: 'ばか', selectionStart: 2, selectionEnd: 2 });
    await cdp.send('Input.imeSetComposition', { text: 'バカ', selectionStart: 2, selectionEnd: 2 });
    await waitFor(() => page.$eval(editable(), (el) => (el.value ?? el.textContent).includes('バカ')), { message: 'the composition on screen' });
    // A debounced check would have landed by now, were one scheduled.
    await page.waitForTimeout(400);
    assert.equal(await page.evaluate(() => window.overlayChanges), 0, 'the overlay did not change while composing');

    await cdp.send('Input.insertText', { text: 'バカ' });
    const after = `${before}バカ`;
    await waitForState(page, 0, after);
    await waitForPlaced(page, 0, expectedFindings(after));
    await page.keyboard.type('です');
    await waitForState(page, 0, `${after}です`);
    await cdp.detach();
  },

  async 'applying a fix: the state follows, one Ctrl+Z restores it, typing goes to the caret'({ page }) {
    const fix = engineFindings(SECRET_POST).find((f) => f.rule === 'credential');
    await typeInto(page, 0, SECRET_POST);
    const typedAt = Date.now();
    // The whole password's finding (a check that ran mid-word flagged part of it).
    const [secret] = await waitForPlaced(page, 0, [{ rule: 'credential', start: fix.start, end: fix.end }]);

    const middle = secret.rects[0];
    await page.mouse.move((middle.left + middle.right) / 2, (middle.top + middle.bottom) / 2);
    await waitFor(async () => (await card(page))?.actions.some((a) => a.action === 'apply' && !a.disabled), { message: 'a card offering the fix' });
    // Editors merge edits made in quick succession into one undo step (Quill,
    // the slowest, within 1 s); a person reads the card before applying,
    // which keeps the fix a step of its own.
    await page.waitForTimeout(Math.max(0, typedAt + 1200 - Date.now()));
    const fixed = SECRET_POST.slice(0, fix.start) + fix.suggestion + SECRET_POST.slice(fix.end);
    await clickCardAction(page, 'apply');
    await waitForState(page, 0, fixed);
    await waitFor(async () => !(await highlights(page)).some((h) => h.rule === 'credential'), { message: 'the fixed password no longer flagged' });

    await page.keyboard.press('Control+z');
    await waitForState(page, 0, SECRET_POST);

    // The caret the user sees is where the editor puts the next keystroke.
    const [from, to] = await page.evaluate((selector) => {
      const root = document.querySelector(selector);
      if (root instanceof HTMLTextAreaElement) return [root.selectionStart, root.selectionEnd];
      const selection = getSelection();
      const range = selection.getRangeAt(0);
      const offset = (node, at) => {
        const r = document.createRange();
        r.setStart(root, 0);
        r.setEnd(node, at);
        return r.toString().length;
      };
      return [offset(range.startContainer, range.startOffset), offset(range.endContainer, range.endOffset)];
    }, editable());
    await page.keyboard.type('（済）');
    await waitForState(page, 0, `${SECRET_POST.slice(0, from)}（済）${SECRET_POST.slice(to)}`);
  },

  async 'the page re-mounts the editor (single-page navigation): highlights follow the new one'({ page }) {
    await typeInto(page, 0, POST);
    await waitForPlaced(page, 0, expectedFindings(POST));
    await page.evaluate(() => window.fixture.remount());
    await waitFor(async () => (await highlights(page)).length === 0, { message: 'the old highlights gone' });
    const next = 'あの審判はバカだ';
    await typeInto(page, 0, next);
    await waitForState(page, 0, next);
    await waitForPlaced(page, 0, expectedFindings(next));
  },

  async 'two editors on one page: each has its own highlights'({ page }) {
    const first = '審判はバカだった';
    const second = `Replay: ${LINK}`;
    await typeInto(page, 0, first);
    await typeInto(page, 1, second);
    await waitForState(page, 0, first);
    await waitForState(page, 1, second);
    // Each editor's highlights lie on its own text (the rectangles tell which editor they are in).
    await waitForPlaced(page, 0, expectedFindings(first), (h) => h.rule === 'insult');
    await waitForPlaced(page, 1, expectedFindings(second), (h) => h.rule !== 'insult');
  },

  async 'a 5,000-character text: exact spans, and highlights follow when scrolled to'({ page }) {
    const long = longText();
    await page.click(editable());
    const cdp = await browser.ctx.newCDPSession(page);
    await cdp.send('Input.insertText', { text: long.slice(0, -1) });
    await cdp.detach();
    await page.keyboard.type(long.slice(-1));
    await waitForState(page, 0, long);
    const expected = expectedFindings(long);
    for (const finding of expected) {
      await scrollToOffset(page, 0, finding.start);
      await waitForPlaced(page, 0, [finding], (h) => h.rule === finding.rule);
    }
  },

  async 'scrolling the page and resizing the window: highlights follow'({ page }) {
    await typeInto(page, 0, POST);
    const [first] = await waitForPlaced(page, 0, expectedFindings(POST));
    await page.evaluate(() => window.scrollBy(0, 90));
    const [scrolled] = await waitForPlaced(page, 0, expectedFindings(POST));
    assert.ok(Math.abs(scrolled.box.top - (first.box.top - 90)) <= NEAR, 'moved up with the page');
    await page.setViewportSize({ width: 300, height: 600 });
    const [narrow] = await waitForPlaced(page, 0, expectedFindings(POST));
    assert.notDeepEqual(narrow.box, scrolled.box, 'the narrower editor moved the text');
  },
};

/**
 * About 5,000 characters of an ordinary school newsletter in one paragraph,
 * with a shortened link in the middle and an insult near the end.
 */
function longText() {
  const sentences = [
    '本日は三年生が地域の農園で収穫体験を行いました。',
    'じゃがいもの重さを量り、学級ごとに記録をまとめています。',
    '保護者の皆様にはお弁当のご準備をありがとうございました。',
    '来週の学習発表会に向けて、各学年が練習を重ねています。',
    '図書室では新しく百冊の本が入り、昼休みはにぎやかです。',
  ];
  let text = '';
  for (let i = 0; text.length < 2400; i++) text += sentences[i % sentences.length];
  text += ` Photos: ${LINK} `;
  for (let i = 2; text.length < 4950; i++) text += sentences[i % sentences.length];
  text += '昨日の審判は本当にバカだった。';
  while (text.length < 5000) text += 'ね';
  return text;
}

/** Scrolls the page or the textarea so that a text offset is in view. */
function scrollToOffset(page, index, offset) {
  return page.evaluate(({ selector, offset }) => {
    const root = document.querySelector(selector);
    if (root instanceof HTMLTextAreaElement) {
      // It scrolls inside; the text is uniform enough to scroll in proportion.
      root.scrollTop = (root.scrollHeight * offset) / root.value.length - root.clientHeight / 2;
      return;
    }
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    let start = 0;
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (offset < start + node.data.length) {
        const range = document.createRange();
        range.setStart(node, offset - start);
        range.setEnd(node, offset - start + 1);
        const r = range.getBoundingClientRect();
        window.scrollBy(0, r.top - innerHeight / 2);
        return;
      }
      start += node.data.length;
    }
  }, { selector: editable(index), offset });
}

// ---------------------------------------------------------------------------

const EDITORS_ON_PAGE = { 'two editors on one page: each has its own highlights': 2 };

// An editor may change its text nodes after the input event we read on —
// tiptap's autolink splits the node a URL was typed into, after its own
// transaction — and a redraw can come before any further event.
test('contenteditable: a text node split after the input (a URL wrapped in a link): highlights stay on their text, no page errors', async () => {
  const { page, errors } = await openEditor('contenteditable');
  try {
    await typeInto(page, 0, POST);
    await waitForPlaced(page, 0, expectedFindings(POST));
    await page.evaluate(({ selector, link }) => {
      const node = document.querySelector(selector).firstChild;
      const url = node.splitText(node.data.indexOf(link));
      url.splitText(link.length);
      const anchor = document.createElement('a');
      anchor.href = link;
      url.replaceWith(anchor);
      anchor.append(url);
    }, { selector: editable(), link: LINK });
    // A redraw with no input event: the page scrolls.
    await page.evaluate(() => window.scrollBy(0, 40));
    await waitForPlaced(page, 0, expectedFindings(POST));
    assert.equal(await stateText(page), POST, 'the text is unchanged');
    assert.deepEqual(errors, [], 'no page errors');
  } finally {
    await page.close();
  }
});

for (const editor of EDITORS) {
  describe(editor, () => {
    for (const [scenario, run] of Object.entries(SCENARIOS)) {
      test(scenario, async () => {
        const { page, errors } = await openEditor(editor, { editors: EDITORS_ON_PAGE[scenario] ?? 1 });
        try {
          await run({ page, editor });
          assert.deepEqual(errors, [], 'no page errors');
        } finally {
          await page.close();
        }
      });
    }
  });
}

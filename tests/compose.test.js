// Typing a post into compose boxes on a page with a strict CSP: the
// highlights (rule, span, on-screen position), the card, applying a fix and
// undoing it, ignoring, IME composition, and the worker being restarted.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useBrowser, waitFor, highlights, card, clickCardAction, spanOf, stopServiceWorker, setSettings, textContrast } from './helpers/browser.js';

const POST = '昨日の試合の審判はバカだと思う。動画は https://bit.ly/4kQm7Zp から見られます';
/** A post with a finding that has a fix: the `credential` rule masks a password. */
const FIXABLE_POST = '図書室PCのパスワード：Kita_2025 です。審判はバカだ';

const env = useBrowser();
const pageErrors = [];

async function openCompose() {
  const page = await env.browser.ctx.newPage();
  page.on('pageerror', (error) => pageErrors.push(String(error)));
  await page.goto(`${env.server.origin}/strict-compose.html`);
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
    // The caret inside the span opens its card.
    assert.equal((await waitFor(() => card(page), { message: 'the card' })).rule, 'insult');

    // The counter sits in the box's corner.
    const counter = await page.evaluate(() => {
      const el = document.querySelector('postcheck-overlay').shadowRoot.querySelector('[data-counter]');
      const r = el.getBoundingClientRect();
      return { text: el.textContent, right: r.right, bottom: r.bottom };
    });
    assert.equal(counter.text, '⚠ 2');
    assert.ok(counter.right <= editorBox.x + editorBox.width && counter.right > editorBox.x + editorBox.width - 20, 'at the right edge');
    assert.ok(counter.bottom <= editorBox.y + editorBox.height && counter.bottom > editorBox.y + editorBox.height - 20, 'at the bottom edge');
    // The editor's DOM is untouched.
    assert.equal(await editorText(page, selector), POST);
    await page.close();
  });
}

/** The caret offset after a click at the centre of a highlight. */
async function caretAfterClickOn(page, selector, h) {
  await page.mouse.click(h.box.left + h.box.width / 2, h.box.top + h.box.height / 2);
  return page.$eval(selector, (el) => el.selectionStart);
}

test('textarea: underlines follow its scrolling and resizing, and leave with the text scrolled out of view', async () => {
  const page = await openCompose();
  const lines = Array.from({ length: 12 }, (_, i) => `${i + 1}行目の連絡です。`);
  lines[11] = '12行目、あの審判はバカだ。';
  const text = lines.join('\n');
  await page.click('#tall');
  await page.keyboard.insertText(text);
  const span = spanOf(text, 'バカ');
  // Typed at the end: the textarea has scrolled to the bottom, the last line in view.
  let [insult] = await waitForRules(page, ['insult']);
  assert.deepEqual([insult.start, insult.end], [span.start, span.end]);
  let caret = await caretAfterClickOn(page, '#tall', insult);
  assert.ok(caret >= span.start && caret <= span.end, `caret ${caret}`);

  await page.$eval('#tall', (el) => { el.scrollTop = 0; });
  await waitFor(async () => (await highlights(page)).length === 0, { message: 'the underline to leave with its line' });

  await page.$eval('#tall', (el) => { el.style.width = '150px'; });
  await page.$eval('#tall', (el) => { el.scrollTop = el.scrollHeight; });
  const moved = await waitFor(async () => {
    const [h] = await highlights(page);
    return h && (h.box.left !== insult.box.left || h.box.top !== insult.box.top) && h;
  }, { message: 'the underline to follow the new wrapping' });
  caret = await caretAfterClickOn(page, '#tall', moved);
  assert.ok(caret >= span.start && caret <= span.end, `caret ${caret} after resizing`);
  await page.close();
});

test('boxes marked data-postcheck="off", and read-only boxes, are left alone', async () => {
  const page = await openCompose();
  await page.click('#opted-out');
  await page.keyboard.type('審判はバカだ');
  await page.click('#read-only');
  // A box that is checked shows its highlight; the two above never do.
  await page.click('#post');
  await page.keyboard.type('審判はバカだ');
  const drawn = await waitForRules(page, ['insult']);
  assert.equal(drawn.length, 1);
  const postBox = await page.locator('#post').boundingBox();
  assert.ok(drawn[0].box.top < postBox.y + postBox.height, 'the one highlight is in the checked box');
  await page.close();
});

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

test('contenteditable with paragraphs: blocks count as line breaks, so spans and boxes match the DOM', async () => {
  const page = await openCompose();
  await page.click('#blocks');
  const [insult] = await waitForRules(page, ['insult']);
  // <p>お知らせです。</p><p><br></p><p>あの<b>審判は</b>バカだ</p>
  const text = 'お知らせです。\n\nあの審判はバカだ';
  assert.deepEqual([insult.start, insult.end], [spanOf(text, 'バカ').start, spanOf(text, 'バカ').end]);
  const expected = await page.evaluate(() => {
    const node = document.querySelector('#blocks p:last-child').lastChild;
    const r = document.createRange();
    r.setStart(node, 0);
    r.setEnd(node, 2);
    const b = r.getBoundingClientRect();
    return { left: b.left, top: b.top };
  });
  assert.ok(Math.abs(insult.box.left - expected.left) <= 1 && Math.abs(insult.box.top - expected.top) <= 1, JSON.stringify([insult.box, expected]));
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

  const explanation = env.browser.ctx.waitForEvent('page');
  await clickCardAction(page, 'explain');
  const options = await explanation;
  await options.waitForURL(/options\/options\.html#rule-insult$/);
  await options.close();
  await page.bringToFront();
  assert.equal(await card(page), null, 'the card closed when the rule opened');
  await page.mouse.move(insult.box.left + insult.box.width / 2, insult.box.top + insult.box.height / 2);
  await waitFor(() => card(page), { message: 'the card again' });

  await clickCardAction(page, 'ignore');
  await waitFor(async () => !(await highlights(page)).some((h) => h.rule === 'insult'), { message: 'insult ignored' });
  assert.ok((await highlights(page)).some((h) => h.rule === 'url-shortener'), 'the other finding stays');
  assert.equal(await card(page), null);
  assert.equal(await editorText(page, '#post'), POST);
  await page.close();
});

test('a warning\'s card badge and its count are readable (contrast at least 4.5:1, WCAG AA for small text)', async () => {
  const page = await openCompose();
  await page.click('#post');
  await page.keyboard.type('動画は https://bit.ly/4kQm7Zp から見られます');
  const [shortener] = await waitForRules(page, ['url-shortener']);
  const overlay = page.locator('postcheck-overlay');
  await waitFor(() => overlay.locator('[data-counter]').isVisible(), { message: 'the count shown' });
  const count = await textContrast(overlay.locator('[data-counter]'));
  assert.ok(count >= 4.5, `the count: ${count.toFixed(2)}:1`);
  await page.mouse.move(shortener.box.left + shortener.box.width / 2, shortener.box.top + shortener.box.height / 2);
  await waitFor(() => card(page), { message: 'the card' });
  const badge = await textContrast(overlay.locator('[data-card] .badge'));
  assert.ok(badge >= 4.5, `the card's badge: ${badge.toFixed(2)}:1`);
  await page.close();
});

test('the card shows each clause a finding cites on its own line', async () => {
  const page = await openCompose();
  await page.click('#post');
  await page.keyboard.type('明日の運動会、3年2組の田中さんがアンカーです。');
  const [named] = await waitForRules(page, ['personal-info']);
  await page.mouse.move(named.box.left + named.box.width / 2, named.box.top + named.box.height / 2);
  await waitFor(async () => (await card(page))?.rule === 'personal-info', { message: 'the card' });
  // innerText is the text as laid out: a line break the page collapses reads as a space.
  const clause = await page.evaluate(() => document.querySelector('postcheck-overlay').shadowRoot.querySelector('[data-card] blockquote').innerText);
  const lines = clause.split('\n');
  assert.equal(lines[0], 'ガイドライン');
  assert.match(lines[1], /^3\(1\) 公表・公開を前提とする情報/);
  assert.match(lines[2], /^4\(3\) 基本的人権、肖像権/);
  assert.equal(lines.length, 3, clause);
  await page.close();
});

/** The compose page with 審判はバカだ typed in #rich, the caret inside バカ (審判はバ|カだ) and its card opened with Alt+Enter. */
async function cardOpenedByKeyboard() {
  const page = await openCompose();
  await page.click('#rich');
  await page.keyboard.type('審判はバカだ');
  await waitForRules(page, ['insult']);
  for (let i = 0; i < 2; i++) await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('Alt+Enter');
  return { page, shown: await waitFor(() => card(page), { message: 'the card' }) };
}

test('keyboard: Alt+Enter on a highlighted word opens the card with focus on its actions; Escape closes it', async () => {
  const { page, shown } = await cardOpenedByKeyboard();
  assert.equal(shown.rule, 'insult');
  const focused = await page.evaluate(() => document.querySelector('postcheck-overlay').shadowRoot.activeElement?.getAttribute('data-action'));
  assert.ok(['apply', 'ignore'].includes(focused), `focus on ${focused}`);
  await page.keyboard.press('Escape');
  await waitFor(async () => (await card(page)) === null, { message: 'card closed' });
  assert.equal(await editorText(page, '#rich'), '審判はバカだ');
  await page.close();
});

test('keyboard: Tab and Shift+Tab go round the card\'s buttons (the focus never drops to the page); Escape returns to the text', async () => {
  const { page } = await cardOpenedByKeyboard();
  const focused = () => page.evaluate(() => document.querySelector('postcheck-overlay').shadowRoot.activeElement?.getAttribute('data-action')
    ?? `page: ${document.activeElement?.id || document.activeElement?.tagName}`);
  // The insult has no suggestion: Apply is disabled and skipped.
  const seen = [await focused()];
  for (const key of ['Tab', 'Tab', 'Shift+Tab', 'Shift+Tab']) {
    await page.keyboard.press(key);
    seen.push(await focused());
  }
  assert.deepEqual(seen, ['ignore', 'explain', 'ignore', 'explain', 'ignore']);
  await page.keyboard.press('Escape');
  await waitFor(async () => (await card(page)) === null, { message: 'card closed' });
  assert.equal(await focused(), 'page: rich');
  await page.keyboard.type('。');
  assert.equal(await editorText(page, '#rich'), '審判はバ。カだ', 'typing goes on at the caret');
  await page.close();
});

test('keyboard: a card opened by the caret says how to reach its buttons; Alt+Enter then focuses them', async () => {
  const page = await openCompose();
  await page.click('#post');
  await page.keyboard.type('審判はバカだ');
  await waitForRules(page, ['insult']);
  for (let i = 0; i < 2; i++) await page.keyboard.press('ArrowLeft');
  const hint = () => page.evaluate(() => document.querySelector('postcheck-overlay').shadowRoot.querySelector('[data-card] .hint')?.textContent ?? null);
  await waitFor(async () => (await card(page))?.rule === 'insult', { message: 'the card, opened by the caret' });
  assert.equal(await hint(), 'Alt+Enter でボタンを選べます（Esc で閉じます）');
  await page.keyboard.press('Alt+Enter');
  await waitFor(() => page.evaluate(() => document.querySelector('postcheck-overlay').shadowRoot.activeElement?.getAttribute('data-action') === 'ignore'), { message: 'focus on the card' });
  assert.equal(await hint(), null, 'the buttons have the focus: no hint');
  await page.keyboard.press('Escape');
  await waitFor(async () => (await card(page)) === null, { message: 'card closed' });
  assert.equal(await editorText(page, '#post'), '審判はバカだ');

  // Opened by the pointer, the card has no keyboard hint.
  const [insult] = await waitForRules(page, ['insult']);
  await page.keyboard.press('End');
  await page.mouse.move(insult.box.left + insult.box.width / 2, insult.box.top + insult.box.height / 2);
  await waitFor(async () => (await card(page))?.rule === 'insult', { message: 'the card, opened by the pointer' });
  assert.equal(await hint(), null);
  await page.close();
});

for (const [kind, selector] of [['textarea', '#post'], ['contenteditable', '#rich']]) {
  test(`${kind} taller than the window, not focused: apply and ignore keep the page where it is`, async () => {
    const page = await openCompose();
    await page.setViewportSize({ width: 800, height: 500 });
    await page.$eval('#post', (el) => { el.style.height = '1500px'; });
    const lines = Array.from({ length: 60 }, (_, i) => `${i + 1}行目のお知らせです。`);
    lines[40] = '図書室PCのパスワード：Kita_2025 です。';
    lines[45] = 'あの審判はバカだ。';
    const text = lines.join('\n');
    await page.click(selector);
    await page.keyboard.insertText(text);
    await waitForRules(page, ['credential', 'insult'], 10000);
    // The user clicks outside the box and scrolls to the findings, far below the box's top.
    await page.evaluate(() => { document.activeElement.blur(); });
    await page.$eval(selector, (el) => { const r = el.getBoundingClientRect(); window.scrollTo(0, window.scrollY + r.top + r.height * 0.68 - 250); });
    // Hovers the highlight where it is drawn now (the overlay redraws after
    // the scroll, so a box read once may be stale) until its card opens.
    const openCard = (rule) => waitFor(async () => {
      const h = (await highlights(page)).find((x) => x.rule === rule && x.box.top > 0 && x.box.bottom < 500);
      if (!h) return false;
      await page.mouse.move(h.box.left + h.box.width / 2, h.box.top + h.box.height / 2);
      return (await card(page))?.rule === rule;
    }, { message: `the ${rule} card` });
    const scrolled = await page.evaluate(() => window.scrollY);
    assert.ok(scrolled > 500, `scrolled down (${scrolled})`);

    await openCard('credential');
    await clickCardAction(page, 'apply');
    await waitFor(async () => (await editorText(page, selector)) === text.replace('Kita_2025', '*********'), { message: 'the fix applied' });
    assert.equal(await page.evaluate(() => window.scrollY), scrolled, 'the page did not move');

    await openCard('insult');
    await page.evaluate(() => { document.activeElement.blur(); });
    await clickCardAction(page, 'ignore');
    await waitFor(async () => !(await highlights(page)).some((h) => h.rule === 'insult'), { message: 'ignored' });
    assert.equal(await page.evaluate(() => window.scrollY), scrolled, 'the page did not move');
    await page.close();
  });
}

for (const [kind, selector] of [['textarea', '#post'], ['contenteditable', '#rich']]) {
  test(`${kind}: applying a fix replaces the span through the editor, and Ctrl+Z restores it`, async (t) => {
    const page = await openCompose();
    await page.click(selector);
    await page.keyboard.type(FIXABLE_POST);
    const drawn = await waitForRules(page, ['insult']);
    let fixable = null;
    for (const h of drawn) {
      await page.mouse.move(h.box.left + h.box.width / 2, h.box.top + h.box.height / 2);
      const shown = await waitFor(async () => { const c = await card(page); return c?.rule === h.rule && c; }, { message: `card for ${h.rule}` });
      if (!shown.actions.find((a) => a.action === 'apply').disabled) {
        fixable = h;
        break;
      }
    }
    assert.ok(fixable, 'a finding of this post offers a fix (the credential rule masks the password)');
    const suggestion = await page.evaluate(() => document.querySelector('postcheck-overlay').shadowRoot.querySelector('[data-card] .suggestion')?.textContent);
    assert.ok(suggestion, 'the card shows the suggestion');
    await clickCardAction(page, 'apply');
    const after = await waitFor(async () => { const v = await editorText(page, selector); return v !== FIXABLE_POST && v; }, { message: 'text changed' });
    assert.equal(after.slice(0, fixable.start), FIXABLE_POST.slice(0, fixable.start), 'text before the span is kept');
    assert.equal(after.slice(after.length - (FIXABLE_POST.length - fixable.end)), FIXABLE_POST.slice(fixable.end), 'text after the span is kept');
    assert.notEqual(after.slice(fixable.start, after.length - (FIXABLE_POST.length - fixable.end)), FIXABLE_POST.slice(fixable.start, fixable.end), 'the span changed');
    await page.keyboard.press('Control+z');
    await waitFor(async () => (await editorText(page, selector)) === FIXABLE_POST, { message: 'undo restores the post' });
    await page.close();
  });
}

for (const [kind, selector] of [['textarea', '#post'], ['contenteditable', '#rich']]) {
  test(`${kind}, IME: nothing is checked or drawn during composition; the check follows compositionend`, async () => {
    const page = await openCompose();
    await page.click(selector);
    await page.keyboard.type('審判は');
    const cdp = await env.browser.ctx.newCDPSession(page);
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
}

test('IME: a box focused just before a composition (the worker still waking) is not checked until it ends', async () => {
  const page = await openCompose();
  await stopServiceWorker(env.browser, page);
  await page.click('#rich');
  const cdp = await env.browser.ctx.newCDPSession(page);
  await cdp.send('Input.imeSetComposition', { text: '審判はバカ', selectionStart: 5, selectionEnd: 5 });
  await page.waitForTimeout(400);
  assert.deepEqual(await highlights(page), [], 'no highlights while composing');
  await cdp.send('Input.insertText', { text: '審判はバカ' });
  await waitForRules(page, ['insult']);
  await page.close();
});

test('a finding inside another: pointer and caret reach the inner one over its words, the outer one around them', async () => {
  // Two of the organisation's own terms, one inside the other, for two rules.
  await setSettings(env.browser, { terms: { rumor: { deny: ['みどり台新校舎計画'], allow: [] }, confidential: { deny: ['新校舎'], allow: [] } } });
  try {
    const page = await openCompose();
    await page.click('#post');
    const text = '本日はみどり台新校舎計画の説明会でした。';
    await page.keyboard.type(text);
    const drawn = await waitForRules(page, ['rumor', 'confidential']);
    const outer = drawn.find((h) => h.rule === 'rumor');
    const inner = drawn.find((h) => h.rule === 'confidential');
    assert.deepEqual([outer.start, outer.end], [spanOf(text, 'みどり台新校舎計画').start, spanOf(text, 'みどり台新校舎計画').end]);
    assert.deepEqual([inner.start, inner.end], [spanOf(text, '新校舎').start, spanOf(text, '新校舎').end]);

    const middle = (box) => [box.left + box.width / 2, box.top + box.height / 2];
    await page.mouse.move(...middle(inner.box));
    await waitFor(async () => (await card(page))?.rule === 'confidential', { message: 'the inner finding\'s card under the pointer' });
    await page.mouse.move(outer.box.left + 3, outer.box.top + outer.box.height / 2);
    await waitFor(async () => (await card(page))?.rule === 'rumor', { message: 'the outer finding\'s card beside the inner one' });
    await page.mouse.move(0, 0);
    await waitFor(async () => (await card(page)) === null, { message: 'the card closed' });

    // The caret: inside 新校舎, then inside みどり台.
    const caretTo = async (at) => {
      await page.keyboard.press('Home');
      for (let i = 0; i < at; i++) await page.keyboard.press('ArrowRight');
    };
    await caretTo(inner.start + 1);
    await waitFor(async () => (await card(page))?.rule === 'confidential', { message: 'the inner finding\'s card at the caret' });
    await caretTo(outer.start + 1);
    await waitFor(async () => (await card(page))?.rule === 'rumor', { message: 'the outer finding\'s card at the caret' });
    assert.equal(await editorText(page, '#post'), text);
    await page.close();
  } finally {
    await setSettings(env.browser, { terms: undefined });
  }
});

test('a window too short for the card above or below the word: the card stays inside it, its buttons in reach', async () => {
  const page = await openCompose();
  await page.setViewportSize({ width: 640, height: 300 });
  await page.click('#post');
  await page.keyboard.type(FIXABLE_POST);
  const [secret] = await waitForRules(page, ['credential']);
  await page.mouse.move(secret.box.left + secret.box.width / 2, secret.box.top + secret.box.height / 2);
  await waitFor(async () => (await card(page))?.rule === 'credential', { message: 'the card' });
  const placed = await page.evaluate(() => {
    const el = document.querySelector('postcheck-overlay').shadowRoot.querySelector('[data-card]');
    const box = (node) => { const r = node.getBoundingClientRect(); return { top: r.top, bottom: r.bottom }; };
    return { card: box(el), apply: box(el.querySelector('[data-action="apply"]')), height: innerHeight };
  });
  assert.ok(placed.card.top >= 0 && placed.card.bottom <= placed.height, JSON.stringify(placed));
  assert.ok(placed.apply.top >= 0 && placed.apply.bottom <= placed.height, `the apply button in the window: ${JSON.stringify(placed)}`);
  await page.close();
});

test('a stopped service worker is woken and checking goes on', async () => {
  const page = await openCompose();
  await page.click('#post');
  await page.keyboard.type('審判は');
  await stopServiceWorker(env.browser, page);
  await page.keyboard.type('バカだ');
  await waitForRules(page, ['insult']);
  await page.close();
});

test('no error reached the pages', () => {
  assert.deepEqual(pageErrors, []);
});

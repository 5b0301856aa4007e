// The extension's own pages — the popup, the options page with its audit
// report — and the overlay it draws on sites (the card, the confirmation
// before posting, the impostor banner) follow the system's colour scheme:
// under `prefers-color-scheme: dark` the page or box is dark, its text
// light and readable (WCAG AA), the focus ring visible, the severities
// still told apart by colour, the chart's bars and the highlights visible
// (the highlights on a dark page and on a light one). Screenshots of both
// schemes go to $POSTCHECK_SHOTS when it is set, to be looked at.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { useBrowser, setSettings, textContrast, waitFor, highlights, card, confirmation, REPO_DIR } from './helpers/browser.js';

const env = useBrowser();
const X_ZIP = join(REPO_DIR, 'crate/tests/fixtures/audit/x/twitter-2024-11-01.zip');
const shots = process.env.POSTCHECK_SHOTS;

/** The relative luminance of a CSS colour (rgb or rgba, opaque), as WCAG defines it. */
function luminance(colour) {
  const [r, g, b] = (colour.match(/[\d.]+/g) ?? []).map(Number);
  const [lr, lg, lb] = [r, g, b].map((v) => { const c = v / 255; return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4; });
  return 0.2126 * lr + 0.7152 * lg + 0.0722 * lb;
}
const contrast = (a, b) => { const [x, y] = [luminance(a), luminance(b)]; return (Math.max(x, y) + 0.05) / (Math.min(x, y) + 0.05); };
const style = (page, selector, property) => page.$eval(selector, (el, p) => getComputedStyle(el).getPropertyValue(p), property);

/** A page of the extension in `scheme`. */
async function open(path, scheme) {
  const page = await env.browser.ctx.newPage();
  await page.emulateMedia({ colorScheme: scheme });
  await page.goto(`chrome-extension://${env.browser.extensionId}/${path}`);
  return page;
}

/** The body is dark and its text light; each of `selectors` reads at 4.5:1 at least. */
async function assertDark(page, selectors) {
  const background = await style(page, 'body', 'background-color');
  assert.ok(luminance(background) < 0.05, `background ${background} is dark`);
  const text = await style(page, 'body', 'color');
  assert.ok(luminance(text) > 0.6, `text ${text} is light`);
  for (const selector of selectors) {
    const ratio = await textContrast(page.locator(selector).first());
    assert.ok(ratio >= 4.5, `${selector}: ${ratio.toFixed(2)}:1`);
  }
}

/** The focus ring of the control focused by Tab is drawn, at 3:1 at least against the page. */
async function assertFocusRing(page) {
  await page.keyboard.press('Tab');
  const ring = await page.evaluate(() => {
    const s = getComputedStyle(/** @type {Element} */ (document.activeElement));
    return { style: s.outlineStyle, width: parseFloat(s.outlineWidth), colour: s.outlineColor };
  });
  assert.notEqual(ring.style, 'none', 'a focus ring');
  assert.ok(ring.width >= 2, `ring ${ring.width}px`);
  const background = await style(page, 'body', 'background-color');
  assert.ok(contrast(ring.colour, background) >= 3, `ring ${ring.colour} on ${background}`);
}

test('popup in the dark: dark page, light readable text and findings, severities apart, focus ring visible', async () => {
  for (const scheme of ['light', 'dark']) {
    const page = await open('popup/popup.html', scheme);
    await page.fill('#text', '説明会は bit.ly/4kQm7Zp から。あの先生はバカだ');
    await page.waitForSelector('#findings li[data-severity="warning"]');
    if (shots) await page.screenshot({ path: join(shots, `popup-${scheme}.png`), fullPage: true });
    if (scheme === 'light') {
      assert.equal(await style(page, 'body', 'background-color'), 'rgb(255, 255, 255)', 'light stays light');
      await page.close();
      continue;
    }
    await assertDark(page, ['#summary', '#findings li p', '#options', '#text']);
    const quoted = {};
    for (const severity of ['error', 'warning']) {
      for (const part of ['.badge', 'q']) {
        const ratio = await textContrast(page.locator(`#findings li[data-severity="${severity}"] ${part}`).first());
        assert.ok(ratio >= 4.5, `${severity} ${part}: ${ratio.toFixed(2)}:1`);
      }
      quoted[severity] = await style(page, `#findings li[data-severity="${severity}"] q`, 'color');
    }
    assert.notEqual(quoted.error, quoted.warning, 'an error and a warning in different colours');
    await page.locator('#text').blur();
    await page.evaluate(() => /** @type {HTMLElement} */ (document.activeElement)?.blur());
    await assertFocusRing(page);
    await page.close();
  }
});

test('options page and its audit report in the dark: dark page, light readable text, chart and severities readable', async () => {
  await setSettings(env.browser, { ui_language: 'ja' });
  for (const scheme of ['light', 'dark']) {
    const page = await open('options/options.html', scheme);
    await page.waitForSelector('details.rule[data-rule="insult"]');
    await page.$eval('details.rule[data-rule="insult"]', (details) => { details.open = true; });
    await page.setInputFiles('#audit-files', [X_ZIP]);
    await page.waitForSelector('#audit-report svg[data-chart] .pc-bar');
    if (shots) await page.screenshot({ path: join(shots, `options-${scheme}.png`), fullPage: true });
    if (scheme === 'light') {
      assert.equal(await style(page, 'body', 'background-color'), 'rgb(255, 255, 255)', 'light stays light');
      await page.close();
      continue;
    }
    await assertDark(page, ['h1', 'h2', '.field > label', '.help', 'details.rule .docs p', 'details.rule summary .badge',
      '#official_domains', '#save', '#audit-help', '.pc-report h1', '.pc-total span', '.pc-rules td', '.pc-text', '.pc-post header', '.pc-sev.pc-error']);
    // The sticky save bar is as dark as the page it covers.
    assert.equal(await style(page, '.bar', 'background-color'), await style(page, 'body', 'background-color'));
    const background = await style(page, 'body', 'background-color');
    const bar = await style(page, '.pc-bar', 'fill');
    assert.ok(contrast(bar, background) >= 3, `chart bar ${bar} on ${background}`);
    const axis = await style(page, '.pc-axis', 'fill');
    assert.ok(contrast(axis, background) >= 4.5, `chart axis ${axis} on ${background}`);
    const marks = await page.$$eval('.pc-text mark', (els) => els.map((m) => getComputedStyle(m).backgroundColor));
    assert.ok(marks.length > 0, 'highlights in the report');
    await page.evaluate(() => /** @type {HTMLElement} */ (document.activeElement)?.blur());
    await assertFocusRing(page);
    await page.close();
  }
});

/** A fixture page in `scheme`; `dark` also paints the page itself dark, as a site in dark mode does. */
async function openSite(path, scheme) {
  const page = await env.browser.ctx.newPage();
  await page.emulateMedia({ colorScheme: scheme });
  await page.goto(`${env.server.origin}/${path}`);
  if (scheme === 'dark') {
    // Through the CSSOM: a strict page's CSP refuses a <style>.
    await page.evaluate(() => {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync('html, body, textarea, [contenteditable] { background: #15202b !important; color: #e7e9ea !important; }');
      document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    });
  }
  return page;
}

const inOverlay = (page, selector) => page.locator('postcheck-overlay').locator(selector).first();
const overlayStyle = (page, selector, property) => inOverlay(page, selector).evaluate((el, p) => getComputedStyle(el).getPropertyValue(p), property);

/** The box at `selector` in the overlay is dark, its text light, and each of `parts` (inside it) reads at 4.5:1 at least. */
async function assertDarkBox(page, selector, parts) {
  const background = await overlayStyle(page, selector, 'background-color');
  assert.ok(luminance(background) < 0.05, `${selector}: background ${background} is dark`);
  const text = await overlayStyle(page, selector, 'color');
  assert.ok(luminance(text) > 0.6, `${selector}: text ${text} is light`);
  for (const part of parts) {
    const ratio = await textContrast(inOverlay(page, `${selector} ${part}`));
    assert.ok(ratio >= 4.5, `${selector} ${part}: ${ratio.toFixed(2)}:1`);
  }
}

/** The overlay's focused control has a ring of 2px at least, at 3:1 at least against the box at `selector`. */
async function assertOverlayFocusRing(page, selector) {
  const ring = await page.evaluate(() => {
    const focused = document.querySelector('postcheck-overlay')?.shadowRoot?.activeElement;
    if (!focused) return null;
    const s = getComputedStyle(focused);
    return { style: s.outlineStyle, width: parseFloat(s.outlineWidth), colour: s.outlineColor };
  });
  assert.ok(ring, 'a control of the overlay has the focus');
  assert.notEqual(ring.style, 'none', 'a focus ring');
  assert.ok(ring.width >= 2, `ring ${ring.width}px`);
  const background = await overlayStyle(page, selector, 'background-color');
  assert.ok(contrast(ring.colour, background) >= 3, `ring ${ring.colour} on ${background}`);
}

/** The colours a highlight draws with: its underline and its tint. */
const highlightColours = (page, rule) => page.evaluate((r) => {
  const line = document.querySelector('postcheck-overlay').shadowRoot.querySelector(`[data-rule="${r}"][data-start] .line`);
  const s = getComputedStyle(line);
  return { underline: s.borderBottomColor, tint: s.backgroundColor };
}, rule);

const alpha = (colour) => Number((colour.match(/[\d.]+/g) ?? [])[3] ?? 1);

test('the finding card in the dark: dark card, light readable text and buttons, severities apart, focus ring and highlights visible on a dark page', async () => {
  const POST = '審判はバカだ。動画は https://bit.ly/4kQm7Zp から';
  for (const scheme of ['light', 'dark']) {
    const page = await openSite('strict-compose.html', scheme);
    await page.click('#post');
    await page.keyboard.type(POST);
    const drawn = await waitFor(async () => {
      const all = await highlights(page);
      return ['insult', 'url-shortener'].every((rule) => all.some((h) => h.rule === rule)) && all;
    }, { message: 'the highlights' });
    // The caret inside バカ, then Alt+Enter: the card with the focus on its first button.
    await page.keyboard.press('Home');
    for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Alt+Enter');
    await waitFor(() => page.evaluate(() => document.querySelector('postcheck-overlay').shadowRoot.activeElement?.closest('[data-card]') !== null),
      { message: 'the insult card with the focus on its buttons' });
    assert.equal((await card(page)).rule, 'insult');
    if (shots) await page.screenshot({ path: join(shots, `card-${scheme}.png`) });

    const pageBackground = await style(page, 'body', 'background-color');
    const error = await highlightColours(page, 'insult');
    const warning = await highlightColours(page, 'url-shortener');
    if (scheme === 'light') {
      assert.equal(await overlayStyle(page, '[data-card]', 'background-color'), 'rgb(255, 255, 255)', 'light stays light');
      assert.equal(await overlayStyle(page, '[data-card]', 'color'), 'rgb(32, 33, 36)');
      assert.equal(await overlayStyle(page, '[data-card] button[data-action="ignore"]', 'background-color'), 'rgb(248, 249, 250)');
      assert.equal(await overlayStyle(page, '[data-card]', 'border-top-color'), 'rgb(217, 48, 37)');
      assert.deepEqual(error, { underline: 'rgb(217, 48, 37)', tint: 'rgba(217, 48, 37, 0.1)' });
      assert.deepEqual(warning, { underline: 'rgb(180, 83, 9)', tint: 'rgba(180, 83, 9, 0.1)' });
      await page.close();
      continue;
    }
    await assertDarkBox(page, '[data-card]', ['.badge', '.title', '.message', 'blockquote', 'button[data-action="ignore"]', 'button[data-action="explain"]']);
    await assertOverlayFocusRing(page, '[data-card]');
    // On a dark page the underlines stand out (3:1, as for any graphic) and the tints show; a site
    // may stay light under a dark system, so the underlines stand out on white too.
    for (const [name, colours] of Object.entries({ error, warning })) {
      assert.ok(contrast(colours.underline, pageBackground) >= 3, `${name} underline ${colours.underline} on ${pageBackground}`);
      assert.ok(contrast(colours.underline, 'rgb(255, 255, 255)') >= 3, `${name} underline ${colours.underline} on white`);
      assert.ok(alpha(colours.tint) >= 0.15, `${name} tint ${colours.tint}`);
    }
    assert.notEqual(error.underline, warning.underline, 'an error and a warning underlined apart');
    // The count at the box's corner reads on its severity colour.
    const count = await textContrast(inOverlay(page, '[data-counter]'));
    assert.ok(count >= 4.5, `the count: ${count.toFixed(2)}:1`);

    // The warning's card: its badge in another colour than the error's, as readable.
    const errorBadge = await overlayStyle(page, '[data-card] .badge', 'color');
    await page.keyboard.press('Escape');
    await waitFor(async () => (await card(page)) === null, { message: 'the card closed' });
    const shortener = drawn.find((h) => h.rule === 'url-shortener');
    await page.mouse.move(shortener.box.left + shortener.box.width / 2, shortener.box.top + shortener.box.height / 2);
    await waitFor(async () => (await card(page))?.rule === 'url-shortener', { message: 'the warning card' });
    await assertDarkBox(page, '[data-card]', ['.badge', '.message']);
    assert.notEqual(await overlayStyle(page, '[data-card] .badge', 'color'), errorBadge, 'an error and a warning badge apart');
    await page.close();
  }
});

test('the confirmation before posting in the dark: dark box, light readable text and buttons, focus ring visible', async () => {
  for (const scheme of ['light', 'dark']) {
    const page = await openSite('x-compose.html', scheme);
    await page.click('[data-testid="tweetTextarea_0"]');
    await page.keyboard.type('審判はバカだと思う。');
    await waitFor(async () => (await highlights(page)).some((h) => h.rule === 'insult'), { message: 'the insult highlighted' });
    await page.click('[data-testid="tweetButton"]');
    await waitFor(() => confirmation(page), { message: 'the confirmation' });
    if (shots) await page.screenshot({ path: join(shots, `confirm-${scheme}.png`) });
    if (scheme === 'light') {
      assert.equal(await overlayStyle(page, '[data-confirm]', 'background-color'), 'rgb(255, 255, 255)', 'light stays light');
      assert.equal(await overlayStyle(page, '[data-confirm]', 'color'), 'rgb(32, 33, 36)');
      assert.equal(await overlayStyle(page, '[data-confirm] button[data-action="edit"]', 'background-color'), 'rgb(26, 115, 232)');
      await page.close();
      continue;
    }
    await assertDarkBox(page, '[data-confirm]', ['h2', 'li[data-rule] .badge', 'li[data-rule] .quote', '.permanent',
      'button[data-action="edit"]', 'button[data-action="post-anyway"]']);
    // Opened by a click, the focus on Edit shows no ring until the keyboard moves it.
    await page.keyboard.press('Tab');
    await assertOverlayFocusRing(page, '[data-confirm]');
    await page.close();
  }
});

test('the impostor banner in the dark: dark box, light readable text', async () => {
  await setSettings(env.browser, { organisation_names: ['【公式】北海道教育委員会'] });
  for (const scheme of ['light', 'dark']) {
    const page = await openSite(`x-user.html?name=${encodeURIComponent('ホッカイドウ 北海道教育委員会')}&handle=${encodeURIComponent('@dokyoi_koushiki')}`, scheme);
    await waitFor(() => inOverlay(page, '[data-impersonation]').isVisible(), { message: 'the banner' });
    if (shots) await page.screenshot({ path: join(shots, `banner-${scheme}.png`) });
    if (scheme === 'light') {
      assert.equal(await overlayStyle(page, '[data-impersonation]', 'background-color'), 'rgb(255, 255, 255)', 'light stays light');
      await page.close();
      continue;
    }
    await assertDarkBox(page, '[data-impersonation]', ['.headline', 'button[data-action="close"]']);
    await page.close();
  }
  await setSettings(env.browser, { organisation_names: null });
});

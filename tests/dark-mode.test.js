// The extension's own pages — the popup, the options page with its audit
// report — follow the system's colour scheme: under
// `prefers-color-scheme: dark` the page is dark, its text light and
// readable (WCAG AA), the focus ring visible, the severities still told
// apart by colour, the chart's bars visible. Screenshots of both schemes
// go to $POSTCHECK_SHOTS when it is set, to be looked at.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { useBrowser, setSettings, textContrast, REPO_DIR } from './helpers/browser.js';

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

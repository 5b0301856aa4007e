// The README's screenshot of a highlighted compose box with its card, taken
// from the real extension, and how soon highlights follow the last keystroke.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { launch, serveFixtures, waitFor, highlights, card, REPO_DIR } from './helpers/browser.js';
import { prepareRules } from './helpers/rules.js';

/** @type {import('./helpers/browser.js').Browser} */
let browser;
let server;

before(async () => {
  browser = await launch();
  await prepareRules(browser);
  server = await serveFixtures();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

test('screenshot of a highlighted compose box (docs/screenshot-compose.png)', async () => {
  const page = await browser.ctx.newPage();
  await page.setViewportSize({ width: 760, height: 520 });
  await page.goto(`${server.origin}/strict-compose.html`);
  await page.click('#post');
  await page.keyboard.type('本日の練習試合、相手チームの審判はバカだと思いました。\n試合の動画は https://bit.ly/4kQm7Zp から見られます。');
  await waitFor(async () => (await highlights(page)).length >= 2, { message: 'highlights' });
  const insult = (await highlights(page)).find((h) => h.rule === 'insult');
  await page.mouse.move(insult.box.left + insult.box.width / 2, insult.box.top + insult.box.height / 2);
  await waitFor(() => card(page), { message: 'the card' });
  const box = await page.locator('#post').boundingBox();
  await page.screenshot({
    path: join(REPO_DIR, 'docs/screenshot-compose.png'),
    clip: { x: 0, y: box.y - 40, width: 760, height: 320 },
  });
  await page.close();
});

test('highlights follow the last keystroke within the budget (150 ms after typing stops)', async () => {
  const page = await browser.ctx.newPage();
  await page.goto(`${server.origin}/strict-compose.html`);
  await page.click('#rich');
  const delays = [];
  for (let round = 0; round < 5; round++) {
    await page.keyboard.type(`${round}回目、審判はバ`);
    await page.waitForTimeout(200); // let the earlier text settle
    await page.evaluate(() => {
      window.__stopped = 0;
      document.querySelector('#rich').addEventListener('input', () => { window.__stopped = performance.now(); }, { once: true });
    });
    const before = (await highlights(page)).filter((h) => h.rule === 'insult').length;
    await page.keyboard.type('カ');
    const delay = await page.evaluate((count) => new Promise((resolve) => {
      const poll = () => {
        const drawn = document.querySelector('postcheck-overlay')?.shadowRoot?.querySelectorAll('[data-rule="insult"]').length ?? 0;
        if (drawn > count) resolve(performance.now() - window.__stopped);
        else requestAnimationFrame(poll);
      };
      poll();
    }), before);
    delays.push(delay);
    await page.keyboard.type('だ。');
  }
  delays.sort((a, b) => a - b);
  const median = delays[2];
  console.log(`# keystroke to highlight: median ${median.toFixed(1)} ms, max ${delays[4].toFixed(1)} ms`);
  assert.ok(median <= 150, `median ${median} ms`);
  await page.close();
});

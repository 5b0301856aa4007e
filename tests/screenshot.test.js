// The README's screenshot of a highlighted compose box with its card, taken
// from the real extension. (How soon highlights follow a keystroke is a
// benchmark, bench/latency.mjs, not a test: tests assert behaviour, not time.)

import { test } from 'node:test';
import { join } from 'node:path';
import { useBrowser, waitFor, highlights, card, REPO_DIR } from './helpers/browser.js';

const env = useBrowser();

test('screenshot of a highlighted compose box (docs/screenshot-compose.png)', async () => {
  const page = await env.browser.ctx.newPage();
  await page.setViewportSize({ width: 760, height: 520 });
  await page.goto(`${env.server.origin}/strict-compose.html`);
  await page.click('#post');
  await page.keyboard.type('本日の練習試合、相手チームの審判はバカだと思いました。\n試合の動画は https://bit.ly/4kQm7Zp から見られます。');
  await waitFor(async () => (await highlights(page)).length >= 2, { message: 'highlights' });
  const insult = (await highlights(page)).find((h) => h.rule === 'insult');
  await page.mouse.move(insult.box.left + insult.box.width / 2, insult.box.top + insult.box.height / 2);
  await waitFor(() => card(page), { message: 'the card' });
  const box = await page.locator('#post').boundingBox();
  // The README's copy is replaced only on request, so an ordinary test run
  // leaves the work tree clean: POSTCHECK_UPDATE_SCREENSHOT=1 ./build.sh test
  const path = process.env.POSTCHECK_UPDATE_SCREENSHOT
    ? join(REPO_DIR, 'docs/screenshot-compose.png')
    : join(REPO_DIR, 'tests/.artifacts/screenshot-compose.png');
  await page.screenshot({
    path,
    clip: { x: 0, y: box.y - 40, width: 760, height: 320 },
  });
  await page.close();
});

// Before the post goes out: the confirmation on Post (button and
// Ctrl+Enter, contenteditable and textarea), Edit and Post anyway, the
// organisation's approval checklist, failing open when the engine does not
// answer, the photo reminder, and the profile check. The fixture pages
// imitate X's and Mastodon's markup, so the real site adapter data is what
// finds the post button, the file input and the profile fields; the pages
// record what they post in `window.posts`.

import { test, beforeEach } from 'node:test';
import assert from 'node:assert/strict';
import { useBrowser, waitFor, highlights, confirmation, note, setSettings, currentWorker } from './helpers/browser.js';

const WITH_ERROR = '審判はバカだと思う。';
const WITH_WARNING = '動画は https://bit.ly/4kQm7Zp から';
const CLEAN = '明日は運動会です。';
const HOMEPAGE = 'https://www.example-school.ed.jp/sns/';

/** Every before-posting setting back to its default (null removes the stored value). */
const RESET = {
  confirm_on: null, approval_checklist_enabled: null, approval_checklist_items: null, official_homepage: null, official_accounts: null,
};

const env = useBrowser();

beforeEach(() => setSettings(env.browser, RESET));

const SITES = {
  x: { page: 'x-compose.html', editor: '[data-testid="tweetTextarea_0"]', button: '[data-testid="tweetButton"]' },
  mastodon: { page: 'mastodon-compose.html', editor: 'form.compose-form textarea', button: 'form.compose-form button[type="submit"]' },
};

async function open(name) {
  const page = await env.browser.ctx.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  await page.goto(`${env.server.origin}/${name}`);
  return Object.assign(page, { errors });
}

/** Types `text` into the site's box and waits until its findings are drawn (or, for `rules` = [], until it was checked). */
async function write(page, site, text, rules) {
  await page.click(site.editor);
  await page.keyboard.type(text);
  await waitFor(async () => {
    const drawn = await highlights(page);
    return rules.every((rule) => drawn.some((h) => h.rule === rule));
  }, { message: `highlights for ${rules.join(', ')}` });
}

/** Waits until the page has checked the box once (its overlay exists and its text was answered). */
function checked(page) {
  return waitFor(() => page.evaluate(() => document.querySelector('postcheck-overlay') !== null), { message: 'the content script at work' });
}

/** Puts `text` in the site's box as the site does (a post opened for editing), with no focus and no input event. */
const fillAsSite = (page, site, text) => page.evaluate(([selector, value]) => {
  const el = document.querySelector(selector);
  if (el instanceof HTMLTextAreaElement) el.value = value;
  else el.textContent = value;
}, [site.editor, text]);

const posts = (page) => page.evaluate(() => window.posts);
const confirmButton = (page, action) => page.locator('postcheck-overlay').locator(`[data-confirm] button[data-action="${action}"]`);
const editorText = (page, site) => page.$eval(site.editor, (el) => (el instanceof HTMLTextAreaElement ? el.value : el.innerText));

/** Long enough for a wrongly repeated post or a late confirmation to have shown up. */
const settle = (page) => page.waitForTimeout(300);

for (const [name, site] of Object.entries(SITES)) {
  test(`${name}: Post with an error asks first; Post anyway posts exactly once with the text unchanged`, async () => {
    const page = await open(site.page);
    await write(page, site, WITH_ERROR, ['insult']);
    await page.click(site.button);
    const shown = await waitFor(() => confirmation(page), { message: 'the confirmation' });
    assert.deepEqual(shown.rules, ['insult']);
    assert.match(shown.text, /バカ/);
    assert.match(shown.text, /4\(4\)/, 'reminds that a post cannot be fully deleted');
    assert.deepEqual(shown.checklist, [], 'no checklist unless the organisation turns it on');
    assert.deepEqual(shown.actions.map((a) => a.action).sort(), ['edit', 'post-anyway']);
    assert.deepEqual(await posts(page), [], 'held');
    // Anchored to the button: just above (or below) it, overlapping it horizontally, also after a scroll.
    const anchored = async () => {
      const button = await page.locator(site.button).boundingBox();
      const { box } = await confirmation(page);
      const gap = Math.min(Math.abs(button.y - box.bottom), Math.abs(box.top - (button.y + button.height)));
      return gap <= 12 && box.left < button.x + button.width && box.right > button.x;
    };
    assert.ok(await anchored(), 'next to the button');
    await page.evaluate(() => { document.body.style.minHeight = '3000px'; scrollBy(0, 40); });
    await waitFor(anchored, { message: 'still next to the button after a scroll' });

    await confirmButton(page, 'post-anyway').click();
    await waitFor(async () => (await posts(page)).length === 1, { message: 'the post' });
    await settle(page);
    const done = await posts(page);
    assert.equal(done.length, 1, 'posted exactly once');
    assert.equal(done[0].text, WITH_ERROR);
    assert.equal(await editorText(page, site), WITH_ERROR);
    assert.equal(await confirmation(page), null);
    assert.deepEqual(page.errors, []);
    await page.close();
  });

  test(`${name}: Ctrl+Enter right after typing is held until the findings come, then asks`, async () => {
    const page = await open(site.page);
    await page.click(site.editor);
    await checked(page);
    await page.keyboard.type(WITH_ERROR);
    await page.keyboard.press('Control+Enter');
    const shown = await waitFor(() => confirmation(page), { message: 'the confirmation' });
    assert.deepEqual(shown.rules, ['insult']);
    assert.deepEqual(await posts(page), []);
    await confirmButton(page, 'post-anyway').click();
    await waitFor(async () => (await posts(page)).length === 1, { message: 'the post' });
    await settle(page);
    assert.deepEqual((await posts(page)).map((p) => p.text), [WITH_ERROR]);
    await page.close();
  });

  test(`${name}: Edit closes the confirmation and selects the first finding; nothing is posted`, async () => {
    const page = await open(site.page);
    await write(page, site, WITH_ERROR, ['insult']);
    await page.click(site.button);
    await waitFor(() => confirmation(page), { message: 'the confirmation' });
    await confirmButton(page, 'edit').click();
    await waitFor(async () => (await confirmation(page)) === null, { message: 'closed' });
    const selected = await page.evaluate((selector) => {
      const el = document.querySelector(selector);
      if (el instanceof HTMLTextAreaElement) return { focused: document.activeElement === el, text: el.value.slice(el.selectionStart, el.selectionEnd) };
      return { focused: document.activeElement === el, text: getSelection()?.toString() };
    }, site.editor);
    assert.deepEqual(selected, { focused: true, text: 'バカ' });
    assert.deepEqual(await posts(page), []);
    assert.equal(await editorText(page, site), WITH_ERROR);
    await page.close();
  });

  test(`${name}: a box the site filled itself (a post opened for editing), never focused: Post is still checked`, async () => {
    const page = await open(site.page);
    await fillAsSite(page, site, WITH_ERROR);
    await page.click(site.button);
    const shown = await waitFor(() => confirmation(page), { message: 'the confirmation' });
    assert.deepEqual(shown.rules, ['insult']);
    assert.deepEqual(await posts(page), [], 'held');
    await confirmButton(page, 'post-anyway').click();
    await waitFor(async () => (await posts(page)).length === 1, { message: 'the post' });
    await settle(page);
    assert.deepEqual((await posts(page)).map((p) => p.text), [WITH_ERROR], 'posted once');
    assert.equal(await editorText(page, site), WITH_ERROR);
    assert.deepEqual(page.errors, []);
    await page.close();
  });

  test(`${name}: a clean text the site filled itself goes out on the first press of Post, once`, async () => {
    const page = await open(site.page);
    await fillAsSite(page, site, CLEAN);
    await page.click(site.button);
    await waitFor(async () => (await posts(page)).length === 1, { message: 'the post' });
    await settle(page);
    assert.deepEqual((await posts(page)).map((p) => p.text), [CLEAN]);
    assert.equal(await confirmation(page), null);
    assert.deepEqual(page.errors, []);
    await page.close();
  });
}

test('keyboard: Tab and Shift+Tab go round the confirmation\'s controls (the focus never leaves it for the page); Escape is Edit', async () => {
  await setSettings(env.browser, { approval_checklist_enabled: true });
  const page = await open(SITES.x.page);
  await write(page, SITES.x, WITH_ERROR, ['insult']);
  await page.keyboard.press('Control+Enter');
  await waitFor(() => confirmation(page), { message: 'the confirmation' });
  const focused = () => page.evaluate(() => {
    const el = document.querySelector('postcheck-overlay')?.shadowRoot?.activeElement;
    if (!el) return `page: ${document.activeElement?.tagName}`;
    const boxes = [...el.getRootNode().querySelectorAll('[data-checklist-item]')];
    return el.dataset.action ?? `box ${boxes.indexOf(el)}`;
  });
  const seen = [await focused()];
  for (const key of ['Tab', 'Tab', 'Tab', 'Shift+Tab', 'Shift+Tab']) {
    await page.keyboard.press(key);
    seen.push(await focused());
  }
  // Post anyway is disabled until every box is ticked: the round skips it.
  assert.deepEqual(seen, ['box 0', 'box 1', 'box 2', 'edit', 'box 2', 'box 1']);
  for (const i of [0, 1, 2]) {
    await page.locator('postcheck-overlay').locator('[data-checklist-item]').nth(i).focus();
    await page.keyboard.press('Space');
  }
  await page.keyboard.press('Tab');
  assert.equal(await focused(), 'post-anyway');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  assert.equal(await focused(), 'box 0', 'from the last control back to the first');
  await page.keyboard.press('Escape');
  await waitFor(async () => (await confirmation(page)) === null, { message: 'closed' });
  assert.equal(await page.evaluate(() => getSelection()?.toString()), 'バカ', 'Escape is Edit: the first finding selected');
  assert.deepEqual(await posts(page), []);
  assert.equal(await editorText(page, SITES.x), WITH_ERROR);
  assert.deepEqual(page.errors, []);
  await page.close();
});

const KEYBOARD_SITES = {
  ...SITES,
  facebook: { page: 'facebook-compose.html', editor: '[role="textbox"]', button: '[role="button"][aria-label="投稿"]' },
  bluesky: { page: 'bluesky-compose.html', editor: '.ProseMirror', button: '[data-testid="composerPublishBtn"]' },
};

for (const [name, site] of Object.entries(KEYBOARD_SITES)) {
  for (const key of ['Enter', 'Space']) {
    test(`${name}, keyboard only: ${key} on the post button asks first; Post anyway posts once and gives the focus back to the button`, async () => {
      const page = await open(site.page);
      await write(page, site, WITH_ERROR, ['insult']);
      await page.locator(site.button).focus();
      await page.keyboard.press(key);
      const shown = await waitFor(() => confirmation(page), { message: 'the confirmation' });
      assert.deepEqual(shown.rules, ['insult']);
      await settle(page);
      assert.deepEqual(await posts(page), [], 'held (a <div role="button"> is pressed by the page\'s key handler, with no click)');
      await page.keyboard.press('Shift+Tab');
      await page.keyboard.press('Enter');
      await waitFor(async () => (await posts(page)).length === 1, { message: 'the post' });
      await settle(page);
      assert.deepEqual((await posts(page)).map((p) => p.text), [WITH_ERROR], 'posted exactly once');
      assert.equal(await confirmation(page), null);
      assert.ok(await page.locator(site.button).evaluate((el) => el === document.activeElement), 'the focus is back where the user pressed Post');
      assert.deepEqual(page.errors, []);
      await page.close();
    });
  }
}

test('a confirmation taller than a 400×700 window (account, eight findings, checklist) stays inside it: its middle scrolls, its buttons in view', async () => {
  await setSettings(env.browser, { approval_checklist_enabled: true, official_accounts: ['x:@hokkaido_kyoiku'] });
  const page = await open(`${SITES.x.page}?account=@yamada_teacher`);
  await page.setViewportSize({ width: 400, height: 700 });
  const text = '審判はバカだ。あいつはクズだ。パスワードは Kaede_2031 です。3年2組の山田太郎さんが骨折しました。ID: yamada01 パスワード: Sakura_2024 死ね。アホか。';
  await write(page, SITES.x, text, ['insult', 'credential', 'personal-info']);
  await page.click(SITES.x.button);
  const shown = await waitFor(() => confirmation(page), { message: 'the confirmation' });
  assert.ok(shown.rules.length >= 5, JSON.stringify(shown.rules));
  const inView = () => page.evaluate(() => {
    const el = document.querySelector('postcheck-overlay').shadowRoot.querySelector('[data-confirm]');
    const box = el.getBoundingClientRect();
    const reachable = [...el.querySelectorAll('button[data-action]')].every((button) => {
      const r = button.getBoundingClientRect();
      const hit = el.getRootNode().elementFromPoint((r.left + r.right) / 2, (r.top + r.bottom) / 2);
      return r.top >= 0 && r.bottom <= innerHeight && hit === button;
    });
    return { inside: box.top >= 0 && box.bottom <= innerHeight, reachable };
  });
  assert.deepEqual(await inView(), { inside: true, reachable: true });
  // The checklist, further down the scrolled middle, is ticked as usual; Post anyway then posts once.
  for (const box of await page.locator('postcheck-overlay').locator('[data-checklist-item]').all()) await box.check();
  assert.deepEqual(await inView(), { inside: true, reachable: true });
  await confirmButton(page, 'post-anyway').click();
  await waitFor(async () => (await posts(page)).length === 1, { message: 'the post' });
  await settle(page);
  assert.deepEqual((await posts(page)).map((p) => p.text), [text]);
  assert.deepEqual(page.errors, []);
  await page.close();
});

test('a site switched off: Post over a text the site filled itself goes out at once, exactly once, each time', async () => {
  await setSettings(env.browser, { disabled_sites: ['127.0.0.1'] });
  try {
    const page = await open(SITES.x.page);
    await fillAsSite(page, SITES.x, WITH_ERROR);
    await page.click(SITES.x.button);
    await waitFor(async () => (await posts(page)).length === 1, { message: 'the first post' });
    await page.click(SITES.x.button);
    await waitFor(async () => (await posts(page)).length === 2, { message: 'the second post' });
    await settle(page);
    assert.deepEqual((await posts(page)).map((p) => p.text), [WITH_ERROR, WITH_ERROR]);
    assert.equal(await confirmation(page), null);
    assert.deepEqual(page.errors, []);
    await page.close();
  } finally {
    await setSettings(env.browser, { disabled_sites: null });
  }
});

test('a site without a post shortcut keeps its Ctrl+Enter; its post button is still checked', async () => {
  const site = { page: 'facebook-compose.html', editor: '[role="textbox"]', button: '[role="button"][aria-label="投稿"]' };
  const page = await open(site.page);
  await write(page, site, WITH_ERROR, ['insult']);
  await page.keyboard.press('Control+Enter');
  await waitFor(() => page.evaluate(() => window.shortcuts === 1), { message: "the page's own shortcut handler" });
  await settle(page);
  assert.equal(await confirmation(page), null);
  assert.deepEqual(await posts(page), []);

  await page.click(site.button);
  const shown = await waitFor(() => confirmation(page), { message: 'the confirmation' });
  assert.deepEqual(shown.rules, ['insult']);
  assert.deepEqual(await posts(page), []);
  await page.close();
});

test('a post without findings, or with warnings only, goes out at once', async () => {
  const site = SITES.x;
  for (const [text, rules] of [[CLEAN, []], [WITH_WARNING, ['url-shortener']]]) {
    const page = await open(site.page);
    await write(page, site, text, rules);
    await checked(page);
    await page.click(site.button);
    await waitFor(async () => (await posts(page)).length === 1, { message: `the post of ${text}` });
    await settle(page);
    assert.equal(await confirmation(page), null, 'no confirmation');
    assert.deepEqual((await posts(page)).map((p) => p.text), [text]);
    await page.close();
  }
});

test('a finding the user chose to ignore does not hold the post', async () => {
  const site = SITES.x;
  const page = await open(site.page);
  await write(page, site, WITH_ERROR, ['insult']);
  const insult = (await highlights(page)).find((h) => h.rule === 'insult');
  await page.mouse.move(insult.box.left + insult.box.width / 2, insult.box.top + insult.box.height / 2);
  await page.locator('postcheck-overlay').locator('[data-card] button[data-action="ignore"]').click();
  await waitFor(async () => !(await highlights(page)).some((h) => h.rule === 'insult'), { message: 'insult ignored' });
  await page.click(site.button);
  await waitFor(async () => (await posts(page)).length === 1, { message: 'the post' });
  await settle(page);
  assert.equal(await confirmation(page), null);
  assert.deepEqual((await posts(page)).map((p) => p.text), [WITH_ERROR]);
  await page.close();
});

test('confirm_on "warning": warnings ask too', async () => {
  await setSettings(env.browser, { confirm_on: 'warning' });
  const page = await open(SITES.x.page);
  await write(page, SITES.x, WITH_WARNING, ['url-shortener']);
  await page.click(SITES.x.button);
  const shown = await waitFor(() => confirmation(page), { message: 'the confirmation' });
  assert.deepEqual(shown.rules, ['url-shortener']);
  assert.deepEqual(await posts(page), []);
  await page.close();
});

test('approval checklist: off by default; when on, Post waits until every item is ticked', async () => {
  await setSettings(env.browser, { approval_checklist_enabled: true });
  const page = await open(SITES.x.page);
  await write(page, SITES.x, CLEAN, []);
  await checked(page);
  await page.click(SITES.x.button);
  const shown = await waitFor(() => confirmation(page), { message: 'the checklist' });
  assert.deepEqual(shown.checklist, ['所属長の了承を得た', '内容の正確性を確認した', '個人情報・肖像権を確認した']);
  assert.deepEqual(shown.rules, []);
  assert.ok(shown.actions.find((a) => a.action === 'post-anyway').disabled, 'Post waits for the ticks');

  const boxes = page.locator('postcheck-overlay').locator('[data-confirm] [data-checklist-item]');
  for (let i = 0; i < 3; i++) {
    assert.ok((await confirmation(page)).actions.find((a) => a.action === 'post-anyway').disabled, `still waiting after ${i} ticks`);
    await boxes.nth(i).check();
  }
  assert.equal((await confirmation(page)).actions.find((a) => a.action === 'post-anyway').disabled, false);
  await confirmButton(page, 'post-anyway').click();
  await waitFor(async () => (await posts(page)).length === 1, { message: 'the post' });
  await settle(page);
  assert.deepEqual((await posts(page)).map((p) => p.text), [CLEAN]);

  // The ticks are not kept: the next post asks again, with nothing ticked.
  await page.click(SITES.x.button);
  await waitFor(() => confirmation(page), { message: 'the checklist again' });
  assert.deepEqual(await boxes.evaluateAll((els) => els.map((el) => el.checked)), [false, false, false]);
  await page.close();
});

test('in English: the confirmation, the default checklist and the buttons', async () => {
  await setSettings(env.browser, { ui_language: 'en', approval_checklist_enabled: true });
  try {
    const page = await open(SITES.x.page);
    await write(page, SITES.x, WITH_ERROR, ['insult']);
    await page.click(SITES.x.button);
    const shown = await waitFor(() => confirmation(page), { message: 'the confirmation' });
    assert.match(shown.text, /^Before you post/);
    assert.match(shown.text, /cannot be fully deleted/);
    // English wording and punctuation, right for one finding as for many.
    const listed = await page.evaluate(() => {
      const el = document.querySelector('postcheck-overlay').shadowRoot.querySelector('[data-confirm]');
      return { count: el.querySelector('ul.findings').previousElementSibling.textContent, item: el.querySelector('li[data-rule="insult"]').textContent };
    });
    assert.equal(listed.count, 'Findings to look at again under the guideline: 1');
    assert.match(listed.item, /^Error“バカ” Insults and defamation \(4\(7\)\): /);
    assert.deepEqual(shown.checklist, [
      'The head of the office has approved this post', 'The content has been checked for accuracy',
      'Personal information and portrait rights have been checked',
    ]);
    const labels = await page.locator('postcheck-overlay').locator('[data-confirm] button[data-action]').allTextContents();
    assert.deepEqual(labels, ['Post anyway', 'Edit']);
    await page.close();
  } finally {
    await setSettings(env.browser, { ui_language: null });
  }
});

test("approval checklist: the organisation's own items, shown with the findings", async () => {
  await setSettings(env.browser, { approval_checklist_enabled: true, approval_checklist_items: ['教頭が確認した', '写真の掲載同意書がある'] });
  const page = await open(SITES.mastodon.page);
  await write(page, SITES.mastodon, WITH_ERROR, ['insult']);
  await page.click(SITES.mastodon.button);
  const shown = await waitFor(() => confirmation(page), { message: 'the confirmation' });
  assert.deepEqual(shown.checklist, ['教頭が確認した', '写真の掲載同意書がある']);
  assert.deepEqual(shown.rules, ['insult']);
  await page.close();
});

test('engine unavailable: the post goes out unchecked, with a quiet note', async () => {
  const site = SITES.x;
  const page = await open(site.page);
  await page.click(site.editor);
  await checked(page);
  // A worker that does not answer for a while (busy), as a hung engine would.
  const worker = await currentWorker(env.browser);
  const busy = worker.evaluate(() => { const end = Date.now() + 6000; while (Date.now() < end); });
  await page.keyboard.type(WITH_ERROR);
  await page.click(site.button);
  await waitFor(async () => (await posts(page)).length === 1, { timeout: 6000, message: 'the post, unchecked' });
  const shown = await waitFor(() => note(page, 'data-unavailable'), { message: 'the quiet note' });
  assert.equal(shown.severity, 'quiet');
  assert.equal(await confirmation(page), null);
  await busy;
  await settle(page);
  assert.deepEqual((await posts(page)).map((p) => p.text), [WITH_ERROR], 'posted exactly once');
  await page.close();
});

test('photo reminder: info when a photo is attached, a warning when the text names a student, gone with the photo', async () => {
  const site = SITES.x;
  const page = await open(site.page);
  // No text box focused yet: the photo itself wakes the checks.
  const input = page.locator('[data-testid="fileInput"]');
  await input.setInputFiles({ name: 'report.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4') });
  await settle(page);
  assert.equal(await note(page, 'data-reminder'), null, 'no reminder for a document');

  await input.setInputFiles({ name: 'sports-day.png', mimeType: 'image/png', buffer: Buffer.from('89504e470d0a1a0a', 'hex') });
  const reminder = await waitFor(() => note(page, 'data-reminder'), { message: 'the reminder' });
  assert.equal(reminder.severity, 'info');
  assert.match(reminder.text, /肖像権/);
  assert.match(reminder.text, /4\(3\)/);

  await page.click(site.editor);
  await page.keyboard.type('3年2組の田中さんのリレーの様子です');
  const warning = await waitFor(async () => { const n = await note(page, 'data-reminder'); return n?.severity === 'warning' && n; }, { message: 'the warning' });
  assert.match(warning.text, /特定/);

  // Posting asks (a named student with the class is personal information), and the confirmation repeats the reminder.
  await page.click(site.button);
  const shown = await waitFor(() => confirmation(page), { message: 'the confirmation' });
  assert.deepEqual(shown.rules, ['personal-info']);
  assert.match(shown.text, /肖像権/);
  await confirmButton(page, 'edit').click();
  await waitFor(async () => (await confirmation(page)) === null, { message: 'closed' });

  await page.click('[data-testid="attachments"] .remove');
  await waitFor(async () => (await note(page, 'data-reminder')) === null, { message: 'the reminder gone with the photo' });
  await page.close();
});

test('profile check: a warning under the fields until the official page is given', async () => {
  await setSettings(env.browser, { official_homepage: HOMEPAGE });
  const page = await open('x-profile.html');
  await settle(page);
  assert.equal(await note(page, 'data-profile-warning'), null, 'no warning before the profile editor opens');

  await page.click('#edit-profile');
  const warning = await waitFor(() => note(page, 'data-profile-warning'), { message: 'the profile warning' });
  assert.equal(warning.severity, 'warning');
  assert.match(warning.text, /example-school\.ed\.jp\/sns/);
  assert.match(warning.text, /3\(4\)/);

  await page.fill('input[name="url"]', 'https://evil-example-school.ed.jp/sns/');
  await settle(page);
  assert.ok(await note(page, 'data-profile-warning'), 'a look-alike host does not count');

  await page.fill('input[name="url"]', 'example-school.ed.jp/sns');
  await waitFor(async () => (await note(page, 'data-profile-warning')) === null, { message: 'the warning cleared' });

  await page.fill('input[name="url"]', '');
  await page.click('textarea[name="description"]');
  await page.keyboard.press('End');
  await page.keyboard.type(` 公式ページ ${HOMEPAGE}`);
  await settle(page);
  assert.equal(await note(page, 'data-profile-warning'), null, 'the bio may give it instead');
  await page.close();
});

test('profile check: nothing without an official homepage in the settings', async () => {
  const page = await open('x-profile.html');
  await page.click('#edit-profile');
  await page.waitForSelector('input[name="url"]');
  await settle(page);
  assert.equal(await note(page, 'data-profile-warning'), null);
  await page.close();
});

const extensionUrl = (path) => `chrome-extension://${env.browser.extensionId}/${path}`;

test('options: the before-posting settings are saved, checked, and reach the compose box', async () => {
  const options = await env.browser.ctx.newPage();
  await options.goto(extensionUrl('options/options.html'));
  await options.waitForSelector('details.rule[data-rule="insult"]');
  assert.equal(await options.inputValue('#confirm_on'), 'error');
  assert.equal(await options.isChecked('#approval_checklist_enabled'), false);
  assert.match(await options.getAttribute('#approval_checklist_items', 'placeholder'), /所属長の了承を得た/);

  await options.selectOption('#confirm_on', 'warning');
  await options.check('#approval_checklist_enabled');
  await options.fill('#approval_checklist_items', '教頭が内容を確認した\n\n  写真の掲載同意を確認した  ');
  await options.click('#save');
  await waitFor(async () => (await options.textContent('#status')) === '保存しました。', { message: 'saved' });
  const stored = await (await currentWorker(env.browser)).evaluate(() => chrome.storage.sync.get(null));
  assert.equal(stored.confirm_on, 'warning');
  assert.equal(stored.approval_checklist_enabled, true);
  assert.deepEqual(stored.approval_checklist_items, ['教頭が内容を確認した', '写真の掲載同意を確認した']);
  await options.close();

  const page = await open(SITES.x.page);
  await write(page, SITES.x, WITH_WARNING, ['url-shortener']);
  await page.click(SITES.x.button);
  const shown = await waitFor(() => confirmation(page), { message: 'the confirmation' });
  assert.deepEqual(shown.rules, ['url-shortener']);
  assert.deepEqual(shown.checklist, ['教頭が内容を確認した', '写真の掲載同意を確認した']);
  await page.close();
});

test('managed policy: the checklist and the homepage deployed by the IT department are locked, and the checklist is used', async () => {
  const policy = {
    approval_checklist_enabled: true, approval_checklist_items: ['校長の決裁を得た'], official_homepage: HOMEPAGE,
  };
  // chrome.storage.managed cannot be written from an extension: the worker and the options page read this policy instead.
  const usePolicy = (p) => Object.defineProperty(chrome.storage.managed, 'get', { value: async () => p, configurable: true });
  const worker = await currentWorker(env.browser);
  await worker.evaluate(usePolicy, policy);
  try {
    await setSettings(env.browser, { confirm_on: 'error' }); // a storage change: the worker reads its settings again

    const options = await env.browser.ctx.newPage();
    await options.addInitScript(usePolicy, policy);
    await options.goto(extensionUrl('options/options.html'));
    await options.waitForSelector('details.rule[data-rule="insult"]');
    assert.ok(await options.isChecked('#approval_checklist_enabled'));
    assert.ok(await options.isDisabled('#approval_checklist_enabled'));
    assert.ok(await options.isDisabled('#approval_checklist_items'));
    assert.equal(await options.inputValue('#official_homepage'), HOMEPAGE);
    assert.ok(await options.isDisabled('#official_homepage'));
    assert.ok(await options.isEnabled('#confirm_on'), 'what policy leaves alone stays editable');
    await options.close();

    const page = await open(SITES.x.page);
    await write(page, SITES.x, CLEAN, []);
    await checked(page);
    await page.click(SITES.x.button);
    const shown = await waitFor(() => confirmation(page), { message: 'the checklist' });
    assert.deepEqual(shown.checklist, ['校長の決裁を得た']);
    await page.close();
  } finally {
    // The worker remembers the policy's last answer for the session: forget the test's.
    await worker.evaluate(async () => { delete chrome.storage.managed.get; await chrome.storage.session.remove('policy'); });
    await setSettings(env.browser, { confirm_on: 'warning' });
  }
});

test('a worker goes on at once with the policy last heard this session when policy does not answer', async () => {
  const worker = await currentWorker(env.browser);
  // Policy that never answers (headless Linux without a policy directory), and its answer heard earlier this session.
  await worker.evaluate(async () => {
    Object.defineProperty(chrome.storage.managed, 'get', { value: () => new Promise(() => {}), configurable: true });
    await chrome.storage.session.set({ policy: { disabled_rules: ['insult'] } });
  });
  try {
    await setSettings(env.browser, { confirm_on: 'warning' }); // the worker loads its settings again
    const page = await open(SITES.x.page);
    await write(page, SITES.x, `${WITH_ERROR} ${WITH_WARNING}`, ['url-shortener']);
    assert.ok(!(await highlights(page)).some((h) => h.rule === 'insult'), 'the remembered policy switched the rule off');
    await page.close();
  } finally {
    await worker.evaluate(async () => { delete chrome.storage.managed.get; await chrome.storage.session.remove('policy'); });
  }
});

test('managed policy answering late is applied when it answers, also in a tab already open', async () => {
  const worker = await currentWorker(env.browser);
  // Policy that answers seconds after the 250 ms the settings wait for it (a browser starting up).
  await worker.evaluate(() => {
    globalThis.policyAnswered = false;
    const late = () => new Promise((resolve) => setTimeout(() => {
      globalThis.policyAnswered = true;
      resolve({ disabled_rules: ['insult'] });
    }, 4000));
    Object.defineProperty(chrome.storage.managed, 'get', { value: late, configurable: true });
  });
  try {
    await setSettings(env.browser, { confirm_on: 'warning' }); // the worker loads its settings again, without an answer from policy
    const page = await open(SITES.x.page);
    await write(page, SITES.x, WITH_ERROR, ['insult']);
    assert.equal(await worker.evaluate(() => globalThis.policyAnswered), false, 'checked before policy answered');
    await waitFor(async () => !(await highlights(page)).some((h) => h.rule === 'insult'), { timeout: 10000, message: 'the rule policy switched off, off in the open tab' });
    assert.ok(await worker.evaluate(() => globalThis.policyAnswered));

    const other = await open(SITES.mastodon.page);
    await write(other, SITES.mastodon, `${WITH_ERROR} ${WITH_WARNING}`, ['url-shortener']);
    assert.ok(!(await highlights(other)).some((h) => h.rule === 'insult'), 'and in a tab opened after');
    await Promise.all([page.close(), other.close()]);
  } finally {
    // Policy answers nothing again, at once, so the worker's last known policy is empty for what follows.
    await worker.evaluate(() => Object.defineProperty(chrome.storage.managed, 'get', { value: async () => ({}), configurable: true }));
    await setSettings(env.browser, { confirm_on: 'error' });
    // The worker remembers the policy's last answer for the session: forget the test's.
    await worker.evaluate(async () => { delete chrome.storage.managed.get; await chrome.storage.session.remove('policy'); });
  }
});

// The organisation's accounts (guideline 3(3), 5(1)) on pages imitating
// X, Bluesky and Mastodon: Post from an account that is not official asks
// first and names it; from an official one nothing extra appears; an
// unreadable account fails open with a quiet line in the popup; a profile
// that imitates the organisation gets the impostor banner, the official
// one does not; nothing at all without the settings; managed policy locks
// the new keys. The pages draw the account where the real site does (the
// site adapters' own selectors find it) and record what they post in
// `window.posts`.

import { test, beforeEach } from 'node:test';
import assert from 'node:assert/strict';
import { useBrowser, waitFor, highlights, confirmation, setSettings, currentWorker } from './helpers/browser.js';

const CLEAN = '明日は運動会です。';
const WITH_ERROR = '審判はバカだと思う。';
const OFFICIAL = ['x:@hokkaido_kyoiku', 'bluesky:@school.bsky.social', 'mastodon:@news@example.social'];
const NAMES = ['【公式】北海道教育委員会'];
const RESET = { official_accounts: null, organisation_names: null, ui_language: null };

const env = useBrowser();

beforeEach(() => setSettings(env.browser, RESET));

const SITES = {
  x: {
    page: 'x-compose.html', editor: '[data-testid="tweetTextarea_0"]', button: '[data-testid="tweetButton"]',
    official: '@hokkaido_kyoiku', other: '@yamada_teacher', read: (handle) => handle,
  },
  bluesky: {
    page: 'bluesky-compose.html', editor: '.ProseMirror', button: '[data-testid="composerPublishBtn"]',
    // Bluesky shows the account as the link to its profile: the handle is read without the @.
    official: '@school.bsky.social', other: '@yamada.bsky.social', read: (handle) => handle.slice(1),
  },
  mastodon: {
    page: 'mastodon-compose.html', editor: 'form.compose-form textarea', button: 'form.compose-form button[type="submit"]',
    official: '@news@example.social', other: '@yamada@example.social', read: (handle) => handle,
  },
};

async function open(path) {
  const page = await env.browser.ctx.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  await page.goto(`${env.server.origin}/${path}`);
  return Object.assign(page, { errors });
}

const composePage = (site, account) => open(account ? `${site.page}?account=${encodeURIComponent(account)}` : site.page);

/** Types `text` and waits until the box has been checked (its findings, or for a clean text its overlay, are there). */
async function write(page, site, text, rules = []) {
  await page.click(site.editor);
  await page.keyboard.type(text);
  await waitFor(async () => {
    const drawn = await highlights(page);
    const overlay = await page.evaluate(() => document.querySelector('postcheck-overlay') !== null);
    return overlay && rules.every((rule) => drawn.some((h) => h.rule === rule));
  }, { message: `the box checked${rules.length ? ` (${rules.join(', ')})` : ''}` });
}

const posts = (page) => page.evaluate(() => window.posts);
const confirmButton = (page, action) => page.locator('postcheck-overlay').locator(`[data-confirm] button[data-action="${action}"]`);
/** The `data-account` inside the confirmation: the handle as read, or null. */
const accountShown = (page) => page.evaluate(() =>
  document.querySelector('postcheck-overlay')?.shadowRoot?.querySelector('[data-confirm] [data-account]')?.getAttribute('data-account') ?? null);
/** The impostor banner: {handle, text}, or null. */
const banner = (page) => page.evaluate(() => {
  const el = document.querySelector('postcheck-overlay')?.shadowRoot?.querySelector('[data-impersonation]');
  return el ? { handle: el.getAttribute('data-impersonation'), text: el.textContent } : null;
});

/** Long enough for a wrongly repeated post, a late confirmation or a late banner to have shown up. */
const settle = (page) => page.waitForTimeout(400);

for (const [name, site] of Object.entries(SITES)) {
  test(`${name}: Post from an account that is not official asks first, naming it (3(3)); Post anyway posts exactly once`, async () => {
    await setSettings(env.browser, { official_accounts: OFFICIAL });
    const page = await composePage(site, site.other);
    await write(page, site, CLEAN);
    await page.click(site.button);
    const shown = await waitFor(() => confirmation(page), { message: 'the confirmation' });
    assert.equal(await accountShown(page), site.read(site.other));
    assert.match(shown.text, /3\(3\)/);
    assert.match(shown.text, /公式アカウント/);
    assert.deepEqual(shown.rules, [], 'no findings: the account alone asks');
    assert.deepEqual(shown.actions.map((a) => a.action).sort(), ['edit', 'post-anyway']);
    assert.deepEqual(await posts(page), [], 'held');

    await confirmButton(page, 'post-anyway').click();
    await waitFor(async () => (await posts(page)).length === 1, { message: 'the post' });
    await settle(page);
    assert.deepEqual((await posts(page)).map((p) => p.text), [CLEAN], 'posted exactly once, the text unchanged');
    assert.equal(await confirmation(page), null);
    assert.deepEqual(page.errors, []);
    await page.close();
  });

  test(`${name}: from the official account a clean post goes out at once, and a post with an error asks about the error only`, async () => {
    await setSettings(env.browser, { official_accounts: OFFICIAL });
    const page = await composePage(site, site.official);
    await write(page, site, CLEAN);
    await page.click(site.button);
    await waitFor(async () => (await posts(page)).length === 1, { message: 'the post' });
    await settle(page);
    assert.equal(await confirmation(page), null, 'nothing extra from an official account');
    assert.deepEqual((await posts(page)).map((p) => p.text), [CLEAN]);
    await page.close();

    const second = await composePage(site, site.official);
    await write(second, site, WITH_ERROR, ['insult']);
    await second.click(site.button);
    const shown = await waitFor(() => confirmation(second), { message: 'the confirmation' });
    assert.deepEqual(shown.rules, ['insult']);
    assert.equal(await accountShown(second), null, 'the official account is not named');
    await second.close();
  });
}

test('x: Ctrl+Enter from an account that is not official is held too, and the account and the findings are asked about together', async () => {
  await setSettings(env.browser, { official_accounts: OFFICIAL });
  const site = SITES.x;
  const page = await composePage(site, site.other);
  await write(page, site, WITH_ERROR, ['insult']);
  await page.keyboard.press('Control+Enter');
  const shown = await waitFor(() => confirmation(page), { message: 'the confirmation' });
  assert.equal(await accountShown(page), '@yamada_teacher');
  assert.deepEqual(shown.rules, ['insult']);
  await confirmButton(page, 'edit').click();
  await waitFor(async () => (await confirmation(page)) === null, { message: 'closed' });
  await settle(page);
  assert.deepEqual(await posts(page), []);
  await page.close();
});

test('an account that cannot be read fails open: the post goes out, and the popup says the account is not checked', async () => {
  await setSettings(env.browser, { official_accounts: OFFICIAL });
  const site = SITES.x;
  const page = await composePage(site, null);
  await write(page, site, CLEAN);
  await page.click(site.button);
  await waitFor(async () => (await posts(page)).length === 1, { message: 'the post' });
  await settle(page);
  assert.equal(await confirmation(page), null);
  assert.deepEqual((await posts(page)).map((p) => p.text), [CLEAN]);

  const popup = await openPopupBeside(page);
  const line = await waitFor(() => accountLine(popup), { message: 'the account line' });
  assert.deepEqual(line, { text: 'このページでは投稿アカウントを読み取れないため、アカウントの確認はしていません。', official: null, quiet: true });
  await popup.close();
  await page.close();
});

test('without official accounts nothing is asked about the account', async () => {
  const site = SITES.mastodon;
  const page = await composePage(site, site.other);
  await write(page, site, CLEAN);
  await page.click(site.button);
  await waitFor(async () => (await posts(page)).length === 1, { message: 'the post' });
  await settle(page);
  assert.equal(await confirmation(page), null);
  await page.close();
});

/** The popup as the toolbar button opens it: beside `page`, which stays the active tab. */
async function openPopupBeside(page) {
  await page.bringToFront();
  const opened = env.browser.ctx.waitForEvent('page');
  await env.browser.worker.evaluate(async (url) => {
    const [tab] = await chrome.tabs.query({ active: true, url: 'http://127.0.0.1/*' });
    await chrome.tabs.create({ url, active: false, windowId: tab.windowId });
  }, `chrome-extension://${env.browser.extensionId}/popup/popup.html`);
  return opened;
}

/** The popup's account line: {text, official, quiet}, or null while hidden. */
const accountLine = (popup) => popup.evaluate(() => {
  const el = document.getElementById('account-status');
  return el && !el.hidden ? { text: el.textContent, official: el.dataset.official ?? null, quiet: el.classList.contains('quiet') } : null;
});

test('popup: the account the tab posts from, and whether it is official', async () => {
  await setSettings(env.browser, { official_accounts: OFFICIAL });
  for (const [account, expected] of [
    ['@hokkaido_kyoiku', { text: '投稿アカウント：@hokkaido_kyoiku（公式アカウント）', official: 'true', quiet: false }],
    ['@yamada_teacher', { text: '投稿アカウント：@yamada_teacher — 公式アカウントではありません（3(3)）', official: 'false', quiet: false }],
  ]) {
    const page = await composePage(SITES.x, account);
    const popup = await openPopupBeside(page);
    assert.deepEqual(await waitFor(() => accountLine(popup), { message: 'the account line' }), expected);
    await popup.close();
    await page.close();
  }
});

const PROFILES = {
  x: { page: 'x-user.html', official: '@hokkaido_kyoiku', impostor: '@dokyoi_koushiki', shown: (h) => h },
  bluesky: { page: 'bluesky-user.html', official: '@school.bsky.social', impostor: '@dokyoi.bsky.social', shown: (h) => h.slice(1) },
  mastodon: { page: 'mastodon-user.html', official: '@news@example.social', impostor: '@news@other.example', shown: (h) => h },
};

const profilePage = (profile, name, handle) => open(`${profile.page}?name=${encodeURIComponent(name)}&handle=${encodeURIComponent(handle)}`);

/**
 * Opens a page with `openPage` and waits until the service worker has heard
 * `type` from it (so the content script has read the page), then for its
 * answer to be acted on. The worker listens before the page opens: a message
 * sent before the listener was there would never be heard.
 * @param {() => Promise<any>} openPage
 * @param {string} type
 */
async function openAndHear(openPage, type) {
  const worker = await currentWorker(env.browser);
  await worker.evaluate(() => {
    if (globalThis.heardForTests) return;
    globalThis.heardForTests = [];
    chrome.runtime.onMessage.addListener((message, sender) => {
      globalThis.heardForTests.push({ type: message?.type, url: sender.url ?? '' });
    });
  });
  const page = await openPage();
  await waitFor(() => worker.evaluate(({ url, type }) => globalThis.heardForTests.some((m) => m.type === type && m.url === url),
    { url: page.url(), type }), { message: `${type} from ${page.url()}` });
  await settle(page);
  return page;
}

for (const [name, profile] of Object.entries(PROFILES)) {
  test(`${name}: a profile imitating the organisation gets the impostor banner (5(1)); the official profile does not`, async () => {
    await setSettings(env.browser, { official_accounts: OFFICIAL, organisation_names: NAMES });
    // Width, spaces and a bracketed label do not hide the name.
    const page = await profilePage(profile, '北海道 教育委員会【公式】', profile.impostor);
    const shown = await waitFor(() => banner(page), { message: 'the impostor banner' });
    assert.equal(shown.handle, profile.shown(profile.impostor));
    assert.match(shown.text, /公式アカウントではありません/);
    assert.match(shown.text, /5\(1\)/);
    assert.match(shown.text, /削除を依頼/);
    assert.match(shown.text, /ホームページ/);
    assert.match(shown.text, /報道機関/);
    assert.deepEqual(page.errors, []);
    await page.close();

    const official = await openAndHear(() => profilePage(profile, '北海道教育委員会', profile.official), 'impersonation');
    assert.equal(await banner(official), null, 'nothing on the official profile');
    await official.close();

    const unrelated = await openAndHear(() => profilePage(profile, '山田 太郎', profile.impostor), 'impersonation');
    assert.equal(await banner(unrelated), null, 'nothing on a profile with another name');
    await unrelated.close();
  });
}

test('without organisation names no profile gets a banner', async () => {
  await setSettings(env.browser, { official_accounts: OFFICIAL });
  const page = await openAndHear(() => profilePage(PROFILES.x, '北海道教育委員会', PROFILES.x.impostor), 'hello');
  assert.equal(await banner(page), null);
  await page.close();
});

test('the impostor banner closes, in English too', async () => {
  await setSettings(env.browser, { organisation_names: NAMES, ui_language: 'en' });
  const page = await profilePage(PROFILES.x, 'ホッカイドウ 北海道教育委員会', PROFILES.x.impostor);
  const shown = await waitFor(() => banner(page), { message: 'the banner' });
  assert.match(shown.text, /not one of the organisation's official accounts/);
  assert.match(shown.text, /press/);
  await page.locator('postcheck-overlay').locator('[data-impersonation] button[data-action="close"]').click();
  await waitFor(async () => (await banner(page)) === null, { message: 'closed' });
  await settle(page);
  assert.equal(await banner(page), null, 'stays closed');
  await page.close();
});

const extensionUrl = (path) => `chrome-extension://${env.browser.extensionId}/${path}`;

test('options: the accounts and names are saved, a bad entry is named at its field', async () => {
  const options = await env.browser.ctx.newPage();
  await options.goto(extensionUrl('options/options.html'));
  await options.waitForSelector('details.rule[data-rule="insult"]');
  assert.equal(await options.inputValue('#official_accounts'), '');
  await options.fill('#official_accounts', 'x:@hokkaido_kyoiku\ntwitter:@old_account');
  await options.click('#save');
  const error = await waitFor(() => options.textContent('[data-field="official_accounts"] .error'), { message: 'the error' });
  assert.match(error, /^2行目：「twitter」は対応しているサイトではありません。/);
  assert.deepEqual((await (await currentWorker(env.browser)).evaluate(() => chrome.storage.sync.get('official_accounts'))), {}, 'nothing saved');

  await options.fill('#official_accounts', ' x:@hokkaido_kyoiku \n\nmastodon:@news@example.social');
  await options.fill('#organisation_names', '北海道教育委員会');
  await options.click('#save');
  await waitFor(async () => (await options.textContent('#status')) === '保存しました。', { message: 'saved' });
  const stored = await (await currentWorker(env.browser)).evaluate(() => chrome.storage.sync.get(['official_accounts', 'organisation_names']));
  assert.deepEqual(stored, { official_accounts: ['x:@hokkaido_kyoiku', 'mastodon:@news@example.social'], organisation_names: ['北海道教育委員会'] });
  await options.close();
});

test('managed policy: the official accounts and names deployed by the IT department are locked and used', async () => {
  const policy = { official_accounts: ['x:@dokyoi_official'], organisation_names: ['北海道教育委員会'] };
  // chrome.storage.managed cannot be written from an extension: the worker and the pages read this policy instead.
  const usePolicy = (p) => Object.defineProperty(chrome.storage.managed, 'get', { value: async () => p, configurable: true });
  const worker = await currentWorker(env.browser);
  await worker.evaluate(usePolicy, policy);
  try {
    await setSettings(env.browser, { official_accounts: ['x:@hokkaido_kyoiku'] }); // the user's own, overridden by policy

    const options = await env.browser.ctx.newPage();
    await options.addInitScript(usePolicy, policy);
    await options.goto(extensionUrl('options/options.html'));
    await options.waitForSelector('details.rule[data-rule="insult"]');
    assert.equal(await options.inputValue('#official_accounts'), 'x:@dokyoi_official');
    assert.ok(await options.isDisabled('#official_accounts'));
    assert.equal(await options.inputValue('#organisation_names'), '北海道教育委員会');
    assert.ok(await options.isDisabled('#organisation_names'));
    assert.ok(await options.isEnabled('#official_domains'), 'what policy leaves alone stays editable');
    await options.close();

    const page = await composePage(SITES.x, '@hokkaido_kyoiku');
    await write(page, SITES.x, CLEAN);
    await page.click(SITES.x.button);
    await waitFor(() => confirmation(page), { message: 'the confirmation' });
    assert.equal(await accountShown(page), '@hokkaido_kyoiku', "the policy's list, not the user's");
    await page.close();

    const profile = await profilePage(PROFILES.x, '北海道教育委員会', '@hokkaido_kyoiku');
    const shown = await waitFor(() => banner(profile), { message: 'the banner' });
    assert.equal(shown.handle, '@hokkaido_kyoiku');
    await profile.close();
  } finally {
    // The worker remembers the policy's last answer for the session: forget the test's.
    await worker.evaluate(async () => { delete chrome.storage.managed.get; await chrome.storage.session.remove('policy'); });
    await setSettings(env.browser, { official_accounts: ['x:@changed'] }); // a storage change: the worker forgets the policy
  }
});

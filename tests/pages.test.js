// The extension's own pages: the popup checks pasted text, the options page
// rejects bad input next to the field and saves nothing, settings reach the
// content script, and no extension context makes a network request.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { useBrowser, waitFor, highlights, card, requestsLeavingTheExtension, EXTENSION_DIR } from './helpers/browser.js';

const env = useBrowser();

const extensionUrl = (path) => `chrome-extension://${env.browser.extensionId}/${path}`;
const syncStorage = () => env.browser.worker.evaluate(() => chrome.storage.sync.get(null));

async function openOptions() {
  const page = await env.browser.ctx.newPage();
  await page.goto(extensionUrl('options/options.html'));
  await page.waitForSelector('details.rule[data-rule="insult"]');
  return page;
}

test('popup: pasted text is checked, marked and listed with the clause', async () => {
  const page = await env.browser.ctx.newPage();
  await page.goto(extensionUrl('popup/popup.html'));
  const post = '来週の説明会は bit.ly/4kQm7Zp から申し込めます。あの先生はバカだ';
  await page.fill('#text', post);
  await page.waitForSelector('#findings li[data-rule="insult"]');
  const marks = await page.$$eval('#preview mark', (els) => els.map((m) => [m.dataset.rule, m.textContent]));
  assert.ok(marks.some(([rule, text]) => rule === 'insult' && text === 'バカ'), JSON.stringify(marks));
  assert.ok(marks.some(([rule, text]) => rule === 'url-shortener' && text.startsWith('bit.ly')), JSON.stringify(marks));
  const insult = await page.textContent('#findings li[data-rule="insult"]');
  assert.match(insult, /4\(7\)/);
  assert.match(insult, /誹謗中傷/);
  assert.equal(await page.textContent('#preview'), post, 'the preview shows the text unchanged');

  // With a finding that has a fix (the credential rule masks passwords), the corrected text is copied.
  const withPassword = 'PCのパスワード：Kita_2025 です';
  await page.fill('#text', withPassword);
  await waitFor(async () => (await page.textContent('#preview')) === withPassword, { message: 'the new text checked' });
  if (await page.isEnabled('#copy')) {
    await page.evaluate(() => { navigator.clipboard.writeText = async (t) => { window.copied = t; }; });
    await page.click('#copy');
    const copied = await waitFor(() => page.evaluate(() => window.copied), { message: 'copied text' });
    assert.ok(copied.startsWith('PCのパスワード：') && copied.endsWith(' です') && !copied.includes('Kita_2025'), copied);
  }

  await page.fill('#text', '本日は全校集会を行いました。');
  await waitFor(async () => (await page.$$('#findings li')).length === 0, { message: 'a clean post' });
  assert.equal(await page.textContent('#summary'), '指摘はありません。');
  await page.close();
});

test('options: a bad domain is shown next to its field and nothing is saved', async () => {
  const before = await syncStorage();
  const page = await openOptions();
  await page.fill('#official_domains', 'example-school.ed.jp\nnot a domain');
  await page.fill('#official_homepage', 'https://www.example-school.ed.jp/');
  await page.click('#save');
  const error = await page.waitForSelector('[data-field="official_domains"] .error');
  assert.match(await error.textContent(), /official_domains\[1\].*not a domain/);
  assert.match(await page.textContent('#status'), /保存していません/);
  assert.deepEqual(await syncStorage(), before, 'nothing saved');

  await page.fill('#official_homepage', 'www.example-school.ed.jp');
  await page.fill('#official_domains', 'example-school.ed.jp');
  await page.click('#save');
  const homepageError = await page.waitForSelector('[data-field="official_homepage"] .error');
  assert.match(await homepageError.textContent(), /not an http\(s\) URL/);
  assert.equal(await page.$$eval('.error', (els) => els.length), 1, 'only the current problem is shown');
  assert.deepEqual(await syncStorage(), before, 'still nothing saved');
  await page.close();
});

test('options: saved settings reach the compose box (a disabled rule stops flagging)', async () => {
  const page = await openOptions();
  await page.fill('#official_domains', 'example-school.ed.jp');
  await page.fill('#official_homepage', '');
  await page.uncheck('details.rule[data-rule="url-shortener"] input.enabled');
  await page.click('#save');
  await waitFor(async () => (await page.textContent('#status')) === '保存しました。', { message: 'saved' });
  const stored = await syncStorage();
  assert.deepEqual(stored.official_domains, ['example-school.ed.jp']);
  assert.deepEqual(stored.disabled_rules, ['url-shortener']);

  const compose = await env.browser.ctx.newPage();
  await compose.goto(`${env.server.origin}/strict-compose.html`);
  await compose.click('#post');
  await compose.keyboard.type('審判はバカだ https://bit.ly/4kQm7Zp');
  await waitFor(async () => (await highlights(compose)).some((h) => h.rule === 'insult'), { message: 'insult' });
  assert.ok(!(await highlights(compose)).some((h) => h.rule === 'url-shortener'), 'the disabled rule is silent');

  await page.check('details.rule[data-rule="url-shortener"] input.enabled');
  await page.click('#save');
  await waitFor(async () => (await highlights(compose)).some((h) => h.rule === 'url-shortener'), { message: 'rule back on after saving' });
  await compose.close();
  await page.close();
});

test('popup: shows that the current site is checked, and its switch turns checking off and on', async () => {
  const compose = await env.browser.ctx.newPage();
  await compose.goto(`${env.server.origin}/strict-compose.html`);
  await compose.click('#post');
  await compose.keyboard.type('審判はバカだ');
  await waitFor(async () => (await highlights(compose)).length > 0, { message: 'highlights' });
  // The popup as the toolbar button opens it: beside the compose page, which stays the active tab.
  const opened = env.browser.ctx.waitForEvent('page');
  await env.browser.worker.evaluate(async (url) => {
    const [tab] = await chrome.tabs.query({ url: 'http://127.0.0.1/*' });
    await chrome.tabs.create({ url, active: false, windowId: tab.windowId });
  }, extensionUrl('popup/popup.html'));
  const popup = await opened;
  await waitFor(async () => (await popup.textContent('#site-status')) === '127.0.0.1 でチェックしています', { message: 'site status' });
  assert.ok(await popup.isChecked('#site-switch'));

  await popup.uncheck('#site-switch');
  await waitFor(async () => (await popup.textContent('#site-status')) === '127.0.0.1 ではチェックしていません', { message: 'status off' });
  assert.deepEqual((await syncStorage()).disabled_sites, ['127.0.0.1']);
  await waitFor(async () => (await highlights(compose)).length === 0, { message: 'highlights gone' });

  await popup.check('#site-switch');
  await waitFor(async () => (await syncStorage()).disabled_sites.length === 0, { message: 'switched on' });
  await compose.click('#post');
  await compose.keyboard.type('。');
  await waitFor(async () => (await highlights(compose)).length > 0, { message: 'highlights back' });
  await popup.close();
  await compose.close();
});

test('options: English as the display language reaches the card and the popup', async () => {
  const page = await openOptions();
  await page.selectOption('#ui_language', 'en');
  await page.click('#save');
  await waitFor(async () => (await syncStorage()).ui_language === 'en', { message: 'saved' });

  const compose = await env.browser.ctx.newPage();
  await compose.goto(`${env.server.origin}/strict-compose.html`);
  await compose.click('#post');
  await compose.keyboard.type('審判はバカだ');
  const insult = await waitFor(async () => (await highlights(compose)).find((h) => h.rule === 'insult'), { message: 'insult' });
  await compose.mouse.move(insult.box.left + insult.box.width / 2, insult.box.top + insult.box.height / 2);
  const shown = await waitFor(() => card(compose), { message: 'the card' });
  assert.match(shown.text, /Guideline4\(7\) Do not post insults/);
  assert.match(shown.text, /Insults and defamation/);
  assert.match(shown.text, /Ignore once/);

  const popup = await env.browser.ctx.newPage();
  await popup.goto(extensionUrl('popup/popup.html'));
  await waitFor(async () => (await popup.getAttribute('#text', 'placeholder')) === 'Paste a post here to check it against the guideline.', { message: 'English popup' });

  await page.reload();
  await waitFor(async () => (await page.textContent('h1')) === 'postcheck settings', { message: 'English options' });
  await page.selectOption('#ui_language', 'ja');
  await page.click('#save');
  await waitFor(async () => (await syncStorage()).ui_language === 'ja', { message: 'back to Japanese' });
  await Promise.all([page.close(), compose.close(), popup.close()]);
});

test('options: an invalid import is rejected with the reason, a valid one is saved', async () => {
  const page = await openOptions();
  const before = await syncStorage();
  await page.setInputFiles('#import', { name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from('{"severities": {"rumour": "error"}}') });
  const error = await page.waitForSelector('[data-field="import"] .error');
  assert.match(await error.textContent(), /severities\.rumour/);
  await page.setInputFiles('#import', { name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{"official_domains": [') });
  await waitFor(async () => /JSON/.test(await page.textContent('[data-field="import"] .error')), { message: 'not JSON' });
  assert.deepEqual(await syncStorage(), before, 'nothing saved');

  await page.setInputFiles('#import', { name: 'good.json', mimeType: 'application/json', buffer: Buffer.from('{"severities": {"rumor": "error"}, "ui_language": "ja"}') });
  await waitFor(async () => (await syncStorage()).severities?.rumor === 'error', { message: 'import saved' });
  assert.equal(await page.$eval('details.rule[data-rule="rumor"] select.severity', (s) => s.value), 'error');
  await page.close();
});

test('options: export downloads the settings as JSON that import accepts', async () => {
  const page = await openOptions();
  const download = page.waitForEvent('download');
  await page.click('#export');
  const file = await (await download).path();
  const { readFile } = await import('node:fs/promises');
  const exported = JSON.parse(await readFile(file, 'utf8'));
  const { DEFAULTS } = await import(join(EXTENSION_DIR, 'shared/settings.js'));
  assert.deepEqual(Object.keys(exported).sort(), Object.keys(DEFAULTS).sort(), 'every setting');
  await page.setInputFiles('#import', { name: 'exported.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(exported)) });
  await waitFor(async () => (await page.textContent('#status')) === '読み込んで保存しました。', { message: 'imported' });
  await page.close();
});

test('options: the card\'s "explain" link opens the rule', async () => {
  const page = await env.browser.ctx.newPage();
  await page.goto(extensionUrl('options/options.html#rule-insult'));
  await page.waitForSelector('details#rule-insult[open]');
  assert.match(await page.textContent('details#rule-insult .docs'), /何を検出するか/);
  await page.close();
});

test('options: settings deployed by policy win and are shown locked', async () => {
  const page = await env.browser.ctx.newPage();
  // What an IT department's policy would hold (chrome.storage.managed cannot be written from an extension).
  await page.addInitScript(() => {
    const policy = { official_domains: ['board.example.ed.jp'], disabled_rules: ['political'] };
    Object.defineProperty(chrome.storage.managed, 'get', { value: async () => policy });
  });
  await page.goto(extensionUrl('options/options.html'));
  await page.waitForSelector('details.rule[data-rule="insult"]');
  assert.equal(await page.inputValue('#official_domains'), 'board.example.ed.jp');
  assert.ok(await page.isDisabled('#official_domains'));
  assert.match(await page.textContent('[data-field="official_domains"] .locked'), /管理者/);
  assert.ok(await page.isDisabled('details.rule[data-rule="political"] input.enabled'));
  assert.equal(await page.isChecked('details.rule[data-rule="political"] input.enabled'), false);
  assert.ok(await page.isEnabled('#official_homepage'), 'what policy leaves alone stays editable');

  const before = await syncStorage();
  await page.fill('#official_homepage', 'https://www.example-school.ed.jp/');
  await page.click('#save');
  await waitFor(async () => (await page.textContent('#status')) === '保存しました。', { message: 'saved' });
  const stored = await syncStorage();
  assert.equal(stored.official_homepage, 'https://www.example-school.ed.jp/');
  assert.deepEqual(stored.official_domains, before.official_domains, 'a locked key is not written');
  await page.close();
});

test('no extension context made a network request', () => {
  assert.deepEqual(requestsLeavingTheExtension(env.browser), []);
});

test('the extension\'s CSP forbids connections: a fetch from the worker or a page of the extension fails', async () => {
  let served = 0;
  const { createServer } = await import('node:http');
  const probe = createServer((_req, res) => { served++; res.end('x'); });
  await new Promise((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${probe.address().port}/probe`;
  const attempt = (u) => fetch(u).then(() => 'fetched', (e) => `blocked: ${e.message}`);
  assert.match(await env.browser.worker.evaluate(attempt, url), /^blocked/);
  const page = await env.browser.ctx.newPage();
  await page.goto(extensionUrl('popup/popup.html'));
  assert.match(await page.evaluate(attempt, url), /^blocked/);
  await page.close();
  await new Promise((resolve) => probe.close(resolve));
  assert.equal(served, 0);
});

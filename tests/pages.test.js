// The extension's own pages: the popup checks pasted text, the options page
// rejects bad input next to the field and saves nothing, settings reach the
// content script, and no extension context makes a network request.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, serveFixtures, waitFor, highlights } from './helpers/browser.js';
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

const extensionUrl = (path) => `chrome-extension://${browser.extensionId}/${path}`;
const syncStorage = () => browser.worker.evaluate(() => chrome.storage.sync.get(null));

async function openOptions() {
  const page = await browser.ctx.newPage();
  await page.goto(extensionUrl('options/options.html'));
  await page.waitForSelector('details.rule[data-rule="insult"]');
  return page;
}

test('popup: pasted text is checked, marked and listed with the clause', async () => {
  const page = await browser.ctx.newPage();
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

  const compose = await browser.ctx.newPage();
  await compose.goto(`${server.origin}/strict-compose.html`);
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

test('options: the card\'s "explain" link opens the rule', async () => {
  const page = await browser.ctx.newPage();
  await page.goto(extensionUrl('options/options.html#rule-insult'));
  await page.waitForSelector('details#rule-insult[open]');
  assert.match(await page.textContent('details#rule-insult .docs'), /何を検出するか/);
  await page.close();
});

test('options: settings deployed by policy win and are shown locked', async () => {
  const page = await browser.ctx.newPage();
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
  const fromExtension = browser.requests.filter((r) => r.from.startsWith('chrome-extension://'));
  assert.ok(fromExtension.length > 0, 'extension requests are being recorded');
  const leaving = fromExtension.filter((r) => !/^(chrome-extension|blob:chrome-extension|data):/.test(r.url));
  assert.deepEqual(leaving, []);
});

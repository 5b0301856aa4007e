// A term written twice in a rule's list — again, in other widths, case or
// kana, or with other spaces around it — is stored once, and so is an
// official account written again in other case or an organisation's name
// written twice; the options page says which entry was kept and what was
// merged into it (in the display language), on saving the form and on
// importing a file.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useBrowser, setSettings, waitFor } from './helpers/browser.js';

const env = useBrowser();

/** The options page, shown in `lang`, with the insult rule's lists open. */
async function openOptions(lang) {
  await setSettings(env.browser, { ui_language: lang, terms: undefined });
  const page = await env.browser.ctx.newPage();
  await page.goto(`chrome-extension://${env.browser.extensionId}/options/options.html`);
  await page.waitForSelector(`html[lang="${lang}"] details.rule[data-rule="insult"]`);
  await page.$eval('details.rule[data-rule="insult"]', (details) => { details.open = true; });
  return page;
}

const storedTerms = () => env.browser.worker.evaluate(async () => (await chrome.storage.sync.get('terms')).terms);
const deny = 'details.rule[data-rule="insult"] textarea.deny';
const allow = 'details.rule[data-rule="insult"] textarea.allow';

/**
 * What the status line says after `done`, for the entries kept with what
 * was merged into them (as `[kept, list, repeats, [written otherwise…]]`).
 */
const said = {
  ja: (done, kept) => `${done}重ねて書かれていたものは、最初の書き方で1つだけ保存しました（文字の幅、大文字と小文字、カタカナとひらがなの違いは同じとみなします）：${
    kept.map(([entry, list, n, otherwise = []]) => `「${entry}」（${list}）に重複${n}件をまとめました${otherwise.length ? `（${otherwise.map((o) => `「${o}」`).join('、')}を含む）` : ''}`).join('、')}`,
  en: (done, kept) => `${done} Entries written more than once were stored once, as first written (width, letter case and katakana or hiragana make no difference): ${
    kept.map(([entry, list, n, otherwise = []]) => `"${entry}" (${list}): ${n} ${n === 1 ? 'repeat' : 'repeats'} merged into it${otherwise.length ? ` (including ${otherwise.map((o) => `"${o}"`).join(', ')})` : ''}`).join(', ')}`,
};
const saved = { ja: '保存しました。', en: 'Saved.' };

for (const lang of ['ja', 'en']) {
  test(`options in ${lang}: a term written twice, or in other widths, case, kana or spaces, is saved once, and the page says so`, async () => {
    const page = await openOptions(lang);
    await page.fill(deny, 'ポンコツ\nＢＡＫＡ\n ポンコツ \nﾎﾟﾝｺﾂ\nBAKA\u3000\nぽんこつ\nbaka');
    await page.fill(allow, 'バカ正直\nバカ正直');
    await page.click('#save');
    const status = await waitFor(() => page.$eval('#status', (el) => el.textContent), { message: 'the status line' });
    const title = await page.$eval('details.rule[data-rule="insult"] .title', (el) => el.textContent);
    assert.equal(status, said[lang](saved[lang], [
      ['ポンコツ', title, 3, ['ﾎﾟﾝｺﾂ', 'ぽんこつ']], ['ＢＡＫＡ', title, 2, ['BAKA', 'baka']], ['バカ正直', title, 1]]));
    assert.deepEqual(await storedTerms(), { insult: { deny: ['ポンコツ', 'ＢＡＫＡ'], allow: ['バカ正直'] } });
    // The form shows what was stored.
    assert.equal(await page.inputValue(deny), 'ポンコツ\nＢＡＫＡ');
    assert.equal(await page.inputValue(allow), 'バカ正直');
    await page.close();
  });
}

test('importing a settings file with a term twice stores it once, and says so', async () => {
  const page = await openOptions('ja');
  const file = { insult: { deny: ['ポンコツ', 'ﾎﾟﾝｺﾂ'], allow: [] } };
  await page.setInputFiles('#import', { name: 'settings.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify({ terms: file })) });
  const status = await waitFor(async () => {
    const text = await page.$eval('#status', (el) => el.textContent);
    return text.startsWith('読み込んで保存しました。') && text;
  }, { message: 'the status line' });
  assert.match(status, /：「ポンコツ」（[^）]+）に重複1件をまとめました（「ﾎﾟﾝｺﾂ」を含む）$/);
  assert.deepEqual(await storedTerms(), { insult: { deny: ['ポンコツ'], allow: [] } });
  assert.equal(await page.inputValue(deny), 'ポンコツ');
  await page.close();
});

test('importing a term twice, once with spaces around it, names the term kept and says a repeat was merged', async () => {
  const page = await openOptions('ja');
  const file = { insult: { deny: [' ポンコツ ', 'ポンコツ'], allow: [] } };
  await page.setInputFiles('#import', { name: 'settings.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify({ terms: file })) });
  const status = await waitFor(async () => {
    const text = await page.$eval('#status', (el) => el.textContent);
    return text.startsWith('読み込んで保存しました。') && text;
  }, { message: 'the status line' });
  const title = await page.$eval('details.rule[data-rule="insult"] .title', (el) => el.textContent);
  assert.equal(status, said.ja('読み込んで保存しました。', [['ポンコツ', title, 1]]));
  assert.deepEqual(await storedTerms(), { insult: { deny: [' ポンコツ '], allow: [] } });
  await page.close();
});

const storedAccounts = () => env.browser.worker.evaluate(() => chrome.storage.sync.get(['official_accounts', 'organisation_names']));

for (const lang of ['ja', 'en']) {
  test(`options in ${lang}: an official account written again in other case, or a name written twice, is saved once, and the page says so`, async () => {
    await setSettings(env.browser, { official_accounts: undefined, organisation_names: undefined });
    const page = await openOptions(lang);
    await page.fill('#official_accounts', 'x:@hokkaido_kyoiku\nmastodon:@news@example.social\nx:@Hokkaido_Kyoiku\nX:hokkaido_kyoiku');
    await page.fill('#organisation_names', '北海道教育委員会\n北海道 教育委員会\n北海道教育委員会');
    await page.click('#save');
    const status = await waitFor(() => page.$eval('#status', (el) => el.textContent), { message: 'the status line' });
    const lists = { ja: ['公式アカウント', '組織の名前'], en: ['official accounts', 'organisation names'] }[lang];
    assert.equal(status, said[lang](saved[lang], [
      ['x:@hokkaido_kyoiku', lists[0], 2, ['x:@Hokkaido_Kyoiku', 'X:hokkaido_kyoiku']], ['北海道教育委員会', lists[1], 2, ['北海道 教育委員会']]]));
    assert.deepEqual(await storedAccounts(), { official_accounts: ['x:@hokkaido_kyoiku', 'mastodon:@news@example.social'], organisation_names: ['北海道教育委員会'] });
    assert.equal(await page.inputValue('#official_accounts'), 'x:@hokkaido_kyoiku\nmastodon:@news@example.social');
    assert.equal(await page.inputValue('#organisation_names'), '北海道教育委員会');
    await setSettings(env.browser, { official_accounts: undefined, organisation_names: undefined });
    await page.close();
  });
}

// A term written twice in a rule's list — again, in other widths, or with
// other spaces around it — is stored once, and the options page says which
// (in the display language), on saving the form and on importing a file.

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

/** What the status line says, for the terms dropped (as `[term, rule title]`). */
const said = {
  ja: (dropped) => `保存しました。同じ語が重ねて書かれていたため、1つだけ保存しました：${dropped.map(([term, title]) => `「${term}」（${title}）`).join('、')}`,
  en: (dropped) => `Saved. Terms written more than once were stored once: ${dropped.map(([term, title]) => `"${term}" (${title})`).join(', ')}`,
};

for (const lang of ['ja', 'en']) {
  test(`options in ${lang}: a term written twice, or in other widths or spaces, is saved once, and the page says so`, async () => {
    const page = await openOptions(lang);
    await page.fill(deny, 'ポンコツ\nＢＡＫＡ\n ポンコツ \nﾎﾟﾝｺﾂ\nBAKA\u3000');
    await page.fill(allow, 'バカ正直\nバカ正直');
    await page.click('#save');
    const status = await waitFor(() => page.$eval('#status', (el) => el.textContent), { message: 'the status line' });
    const title = await page.$eval('details.rule[data-rule="insult"] .title', (el) => el.textContent);
    const dropped = ['ポンコツ', 'ﾎﾟﾝｺﾂ', 'BAKA', 'バカ正直'].map((term) => [term, title]);
    assert.equal(status, said[lang](dropped));
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
  assert.match(status, /1つだけ保存しました：「ﾎﾟﾝｺﾂ」/);
  assert.deepEqual(await storedTerms(), { insult: { deny: ['ポンコツ'], allow: [] } });
  assert.equal(await page.inputValue(deny), 'ポンコツ');
  await page.close();
});

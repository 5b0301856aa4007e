// The options page tells what is wrong with a setting in the display
// language: the engine's errors (validateConfig, validateAccounts) and the
// page's own checks alike, next to the field or the import button.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useBrowser, setSettings } from './helpers/browser.js';

const env = useBrowser();

/** The options page, shown in `lang`. */
async function openOptions(lang) {
  await setSettings(env.browser, { ui_language: lang });
  const page = await env.browser.ctx.newPage();
  await page.goto(`chrome-extension://${env.browser.extensionId}/options/options.html`);
  await page.waitForSelector(`html[lang="${lang}"] details.rule[data-rule="insult"]`);
  return page;
}

/** Saves the form and resolves with the one error shown, in `field`. */
async function saveError(page, field) {
  await page.click('#save');
  const error = await page.waitForSelector(`[data-field="${field}"] .error`);
  return error.textContent();
}

/** Imports `contents` and resolves with the error next to the import button. */
async function importError(page, contents) {
  await page.setInputFiles('#import', { name: 'settings.json', mimeType: 'application/json', buffer: Buffer.from(contents) });
  const error = await page.waitForSelector('[data-field="import"] .error');
  return error.textContent();
}

const cases = {
  ja: {
    invisibleTerm: '1行目："\\u{200b}" は空白や目に見えない文字だけでできているため、語として登録できません。文字を含む語を入力してください。',
    longTerm: '1行目：「未確認の情報（噂・流説）」の「検出しない語」は100文字以内で入力してください（この語は101文字です）。',
    domain: '3行目：「not a domain」はドメイン名ではありません。公式ドメインには example.ed.jp のようなドメイン名を入力してください。',
    ruleId: '読み込めません: severities.rumour: 「rumour」というルールはありません。',
    notAnObject: '読み込めません: JSON ですが設定ではありません。設定は {"disabled_rules": ["rumor"]} のような JSON オブジェクトで指定してください。',
    unknownSetting: '読み込めません: colour: 「colour」という設定はありません。',
    language: '読み込めません: ui_language: 「fr」は指定できません。ja、en のいずれかを指定してください。',
    host: '読み込めません: generic_sites[1]: 「https://x.com/home」はホスト名ではありません。x.com のように、https:// やパスを付けずに指定してください。',
  },
  en: {
    invisibleTerm: 'Line 1: "\\u{200b}" is empty once normalised like a post (spaces and invisible characters only)',
    longTerm: 'Line 1: a term has at most 100 characters; this one has 101',
    domain: 'Line 3: `not a domain` is not a domain name such as example.ed.jp',
    ruleId: 'Cannot import: severities.rumour: unknown rule id `rumour`',
    notAnObject: 'Cannot import: the file is JSON but not settings: expected an object such as {"disabled_rules": ["rumor"]}',
    unknownSetting: 'Cannot import: colour: unknown setting `colour`',
    language: 'Cannot import: ui_language: `fr` is not one of ja, en',
    host: 'Cannot import: generic_sites[1]: `https://x.com/home` is not a host name such as x.com (no https://, port or path)',
  },
};

for (const [lang, expected] of Object.entries(cases)) {
  test(`options in ${lang}: a bad term, domain or import is explained in ${lang}`, async () => {
    const page = await openOptions(lang);
    const stored = await env.browser.worker.evaluate(() => chrome.storage.sync.get(null));
    const term = (rule, list) => `details.rule[data-rule="${rule}"] textarea.${list}`;
    for (const rule of ['insult', 'rumor']) await page.$eval(`details.rule[data-rule="${rule}"]`, (details) => { details.open = true; });

    await page.fill(term('insult', 'deny'), '\u200b');
    assert.equal(await saveError(page, 'terms.insult.deny'), expected.invisibleTerm);
    await page.fill(term('insult', 'deny'), '');

    await page.fill(term('rumor', 'allow'), 'あ'.repeat(101));
    assert.equal(await saveError(page, 'terms.rumor.allow'), expected.longTerm);
    await page.fill(term('rumor', 'allow'), '');

    // The line as the user counts it: the blank line is not stored, but it is on the screen.
    await page.fill('#official_domains', 'example-school.ed.jp\n\nnot a domain');
    assert.equal(await saveError(page, 'official_domains'), expected.domain);
    await page.fill('#official_domains', '');

    assert.equal(await importError(page, '{"severities": {"rumour": "error"}}'), expected.ruleId);
    assert.equal(await importError(page, '["rumor"]'), expected.notAnObject);
    assert.equal(await importError(page, '{"colour": "red"}'), expected.unknownSetting);
    assert.equal(await importError(page, '{"ui_language": "fr"}'), expected.language);
    // A site list entry becomes a match pattern: a URL in it would make Chromium refuse the whole list.
    assert.equal(await importError(page, '{"generic_sites": ["x.com", "https://x.com/home"]}'), expected.host);

    assert.deepEqual(await env.browser.worker.evaluate(() => chrome.storage.sync.get(null)), stored, 'nothing saved');
    await page.close();
  });
}

/** What is said of files that hold no settings: next to the import button, and on the status line. */
const notSettings = {
  ja: {
    status: '読み込んでいません。設定は変わっていません。',
    files: [
      ['{"disabled_rules": ["rumor"],\n  "colour" "red"}', '読み込めません: ファイルが JSON の書き方になっていません（2行目、12文字目）'],
      ['{"disabled_rules": ["rumor"],\n  "organisation_names": ["北海道', '読み込めません: ファイルが JSON の途中で終わっています（2行目、30文字目）'],
      ['hello', '読み込めません: ファイルが JSON の書き方になっていません（JSON にない「h」があります）'],
      ['\n', '読み込めません: ファイルが空です'],
      [Buffer.from([0x7b, 0xff, 0xfe, 0x7d]), '読み込めません: ファイルが UTF-8 のテキストではありません'],
    ],
  },
  en: {
    status: 'Nothing was imported; the settings are unchanged.',
    files: [
      ['{"disabled_rules": ["rumor"],\n  "colour" "red"}', 'Cannot import: the file is not valid JSON (line 2, column 12)'],
      ['{"disabled_rules": ["rumor"],\n  "organisation_names": ["北海道', 'Cannot import: the file ends in the middle of its JSON (line 2, column 30)'],
      ['hello', 'Cannot import: the file is not valid JSON (unexpected "h")'],
      ['\n', 'Cannot import: the file is empty'],
      [Buffer.from([0x7b, 0xff, 0xfe, 0x7d]), 'Cannot import: the file is not UTF-8 text'],
    ],
  },
};

for (const [lang, { status, files }] of Object.entries(notSettings)) {
  test(`options in ${lang}: a file that is not JSON says where it stops being JSON, and marks no field`, async () => {
    const page = await openOptions(lang);
    for (const [contents, said] of files) {
      assert.equal(await importError(page, contents), said);
      assert.equal(await page.textContent('#status'), status);
      assert.equal(await page.$$eval('.invalid', (els) => els.length), 0, 'nothing marked to correct');
    }
    await page.close();
  });
}

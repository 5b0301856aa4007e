// The audit of past posts in a real browser: the options page's
// 「過去の投稿を点検」 section fed fixture exports through its file input
// (read and checked in a worker, nothing sent anywhere), and the CLI's
// report.html opened from disk with no network. The fixtures are those of
// the CLI's tests (crate/tests/fixtures/audit/, written by make.py).

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { useBrowser, waitFor, requestsLeavingTheExtension, REPO_DIR } from './helpers/browser.js';

const env = useBrowser();
const FIXTURES = join(REPO_DIR, 'crate/tests/fixtures/audit');
const X_ZIP = join(FIXTURES, 'x/twitter-2024-11-01.zip');
const MASTODON = join(FIXTURES, 'mastodon/archive-20241101.tar.gz');

async function openAudit() {
  const page = await env.browser.ctx.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`chrome-extension://${env.browser.extensionId}/options/options.html`);
  await page.waitForSelector('#audit-title:not(:empty)');
  return { page, errors };
}

/** What the report shows: totals, and each post's highlights as [rule, text, start, end]. */
async function reportState(page) {
  return page.evaluate(() => {
    const total = (key) => Number(document.querySelector(`[data-total="${key}"] strong`)?.textContent);
    return {
      checked: total('checked'), flagged: total('flagged'), errors: total('errors'), shares: total('shares'),
      posts: [...document.querySelectorAll('article[data-post]')].map((a) => ({
        id: a.dataset.post,
        marks: [...a.querySelectorAll('mark')].map((m) => [m.dataset.rule, m.textContent, Number(m.dataset.start), Number(m.dataset.end)]),
      })),
    };
  });
}

/** Chooses a value of a report filter and waits for the list to be redrawn. */
async function filter(page, name, value) {
  await page.selectOption(`select[data-filter="${name}"]`, value);
  await page.waitForFunction(([n, v]) => document.querySelector(`select[data-filter="${n}"]`)?.value === v, [name, value]);
}

const postIds = async (page) => page.$$eval('article[data-post]', (els) => els.map((a) => a.dataset.post));

test('options page: an X zip and a Mastodon tar.gz give the report, highlights at the right places, filters work', async () => {
  const { page, errors } = await openAudit();
  assert.equal(await page.textContent('#audit-title'), '過去の投稿を点検');
  await page.setInputFiles('#audit-files', [X_ZIP, MASTODON]);
  await page.waitForSelector('#audit-report [data-total="checked"]');
  const state = await reportState(page);
  assert.deepEqual([state.checked, state.flagged, state.errors, state.shares], [10, 8, 5, 2]);
  // A long post is judged whole (note-tweet.js): the password comes after character 280.
  const long = state.posts.find((p) => p.id === '1700000000000000007');
  assert.deepEqual(long.marks.map(([rule, text]) => [rule, text]), [['credential', 'sakura2024'], ['url-shortener', 'https://bit.ly/4kansou']]);
  const insult = state.posts.find((p) => p.id === '1700000000000000003');
  assert.deepEqual(insult.marks, [['insult', 'バカ', 6, 8]]);
  // t.co expanded: the span is over the restored link.
  const shortener = state.posts.find((p) => p.id === '1700000000000000002');
  assert.deepEqual(shortener.marks, [['url-shortener', 'https://bit.ly/3xYzAbc', 12, 34]]);
  assert.equal(await page.textContent('article[data-post="1700000000000000002"] .pc-text'), '説明会の申込はこちら→ https://bit.ly/3xYzAbc <先着順>');
  // Errors first.
  const ids = await postIds(page);
  assert.ok(state.posts.slice(0, 3).every((p) => p.marks.some(([rule]) => ['insult', 'credential'].includes(rule))), JSON.stringify(ids));
  assert.equal(await page.textContent('#audit-status'), '10 件を点検しました。共有 2 件は判定の対象外です。', 'the counts the report shows');

  await filter(page, 'rule', 'url-shortener');
  assert.deepEqual((await postIds(page)).sort(), ['1700000000000000002', '1700000000000000007', 'https://mstdn.example/users/reiji/statuses/111']);
  await filter(page, 'rule', '');
  await filter(page, 'year', '2023');
  assert.deepEqual(await postIds(page), ['1600000000000000006']);
  await filter(page, 'year', '');
  await filter(page, 'severity', 'error');
  assert.equal((await postIds(page)).length, 5);
  // The chart counts the findings shown: one error in 2024-03.
  assert.equal(await page.getAttribute('svg[data-chart] rect[data-month="2024-03"]', 'data-count'), '1');
  assert.equal(await page.getAttribute('svg[data-chart] rect[data-month="2024-09"]', 'data-count'), '0');

  await page.click('[data-action="language"]');
  await page.waitForSelector('.pc-report[lang="en"]');
  assert.equal(await page.textContent('.pc-report h1'), 'Audit of past posts');
  assert.deepEqual(errors, []);
  await page.close();
});

test('options page: the chart\'s "max" line and year labels are clear of the bars (the tallest bar is the last month)', async () => {
  const { page, errors } = await openAudit();
  await page.setInputFiles('#audit-files', [X_ZIP, MASTODON]);
  await page.waitForSelector('#audit-report svg[data-chart]');
  const overlaps = await page.$eval('svg[data-chart]', (svg) => {
    const boxes = (selector) => [...svg.querySelectorAll(selector)].map((el) => ({ label: el.textContent || el.getAttribute('data-month'), box: el.getBoundingClientRect() }));
    const meet = (a, b) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
    const bars = boxes('rect').filter(({ box }) => box.height > 0);
    return boxes('text').flatMap((text) => bars.filter((bar) => meet(text.box, bar.box)).map((bar) => `${text.label} over ${bar.label}`));
  });
  assert.ok(await page.$eval('svg[data-chart] rect[data-month="2024-10"]', (bar) => bar.getAttribute('data-count') === '3'), 'the fixture\'s tallest bar is its last month');
  assert.deepEqual(overlaps, []);
  assert.deepEqual(errors, []);
  await page.close();
});

test('options page: every other source, as a folder or as files, with its text restored and highlights over it', async () => {
  const { page, errors } = await openAudit();
  /** Feeds files (or a folder) and returns, per post shown, its text and marks. */
  const run = async (input, files) => {
    await page.evaluate(() => document.getElementById('audit-report').replaceChildren());
    await page.setInputFiles(input, files);
    await page.waitForSelector('#audit-report [data-total="checked"]');
    const state = await reportState(page);
    const texts = await page.$$eval('article[data-post] .pc-text', (els) => els.map((e) => e.textContent));
    return { checked: state.checked, shares: state.shares, posts: state.posts.map((p, i) => [texts[i], p.marks]) };
  };
  const sorted = (r) => ({ ...r, posts: [...r.posts].sort() });
  // Meta's folders (mojibake decoded), chosen as folders as a user would.
  assert.deepEqual(sorted(await run('#audit-folder', join(FIXTURES, 'facebook'))), {
    checked: 3, shares: 0, posts: [['部外秘の人事異動案です。校長が来月異動します。', [['confidential', '部外秘', 0, 3]]]],
  });
  assert.deepEqual(sorted(await run('#audit-folder', join(FIXTURES, 'instagram'))), {
    checked: 4, shares: 0, posts: [
      ['ネットから拝借した画像です', [['rights', '拝借', 5, 7]]],
      ['拡散希望！明日は休校になるらしい', [['rumor', '拡散希望', 0, 4], ['rumor', 'らしい', 13, 16]]],
    ],
  });
  // Bluesky's repository, YouTube's comments and plain tables, as files together.
  const youtube = join(FIXTURES, 'youtube/Takeout/YouTube and YouTube Music/comments/comments.csv');
  assert.deepEqual(sorted(await run('#audit-files', [join(FIXTURES, 'bluesky/repo.car'), youtube, join(FIXTURES, 'table/posts.jsonl')])), {
    checked: 7, shares: 1, posts: [
      ['@commenter お前はクズだ', [['insult', 'クズ', 14, 16]]],
      ['うるさい、バカ', [['insult', 'バカ', 5, 7]]],
      ['パスワードは abc12345 です', [['credential', 'abc12345', 7, 15]]],
      ['詳細は https://bit.ly/3qRsTuV をご覧ください', [['url-shortener', 'https://bit.ly/3qRsTuV', 4, 26]]],
    ],
  });
  assert.deepEqual(errors, []);
  await page.close();
});

test('options page: a folder dragged onto the drop zone is read as the folder it is (Facebook\'s export, unpacked)', async () => {
  const { page, errors } = await openAudit();
  await page.evaluate(() => document.getElementById('audit-drop').scrollIntoView());
  const zone = await page.locator('#audit-drop').boundingBox();
  // A real drag from outside the page, as the file manager makes it.
  const cdp = await env.browser.ctx.newCDPSession(page);
  const data = { items: [], files: [join(FIXTURES, 'facebook')], dragOperationsMask: 1 };
  for (const type of ['dragEnter', 'dragOver', 'drop']) {
    await cdp.send('Input.dispatchDragEvent', { type, x: zone.x + 20, y: zone.y + 10, data });
  }
  await page.waitForSelector('#audit-report [data-total="checked"]');
  const state = await reportState(page);
  assert.equal(state.checked, 3);
  assert.deepEqual(state.posts.map((p) => p.marks), [[['confidential', '部外秘', 0, 3]]]);
  assert.equal(await page.textContent('#audit-status'), '3 件を点検しました。');
  assert.deepEqual(errors, []);
  await cdp.detach();
  await page.close();
});

test('options page: a file that cannot be read (gone since it was chosen) is named; the page does not stay at 「読み込み中…」', async () => {
  const { page, errors } = await openAudit();
  await page.evaluate(() => {
    File.prototype.arrayBuffer = () => Promise.reject(new DOMException('A requested file or directory could not be found.', 'NotFoundError'));
  });
  await page.setInputFiles('#audit-files', [MASTODON]);
  await waitFor(async () => (await page.textContent('#audit-status')) !== '読み込み中…' && (await page.isHidden('#audit-progress')), { message: 'the failure said' });
  assert.equal(await page.textContent('#audit-status'), '読み込めませんでした：archive-20241101.tar.gz（A requested file or directory could not be found.）');
  assert.deepEqual(errors, []);
  await page.close();
});

test('options page: an audit worker that fails to load is said; the page does not stay at 「点検中…」 and throws nothing', async () => {
  const { page, errors } = await openAudit();
  // The worker's script gone (as after an update that renamed it).
  await page.evaluate(() => {
    const Real = window.Worker;
    window.Worker = class extends Real {
      constructor(url, options) { super(new URL('missing-worker.js', url), options); }
    };
  });
  await page.setInputFiles('#audit-files', [MASTODON]);
  await waitFor(async () => (await page.textContent('#audit-status')) === '点検を続けられませんでした。このページを開き直して、もう一度お試しください。', { message: 'the failure said' });
  assert.equal(await page.isHidden('#audit-progress'), true);
  assert.deepEqual(errors, []);
  await page.close();
});

test('options page: an export that cannot be read is named, nothing else is lost', async () => {
  const { page } = await openAudit();
  await page.setInputFiles('#audit-files', [join(FIXTURES, 'broken/unknown/data.json'), MASTODON]);
  await page.waitForSelector('#audit-report [data-total="checked"]');
  assert.match(await page.textContent('#audit-failures'), /^読み込めませんでした：data\.json（data\.json: no export recognised/);
  assert.equal((await reportState(page)).checked, 3);
  await page.close();
});

test('options page: 50,000 posts are checked off the main thread, with progress, and the report pages its posts', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'postcheck-audit-'));
  const tweets = Array.from({ length: 50_000 }, (_, i) => ({
    tweet: {
      id_str: String(1e15 + i), created_at: `Mon Jan 0${1 + (i % 9)} 10:00:00 +0000 20${10 + (i % 14)}`, entities: { urls: [] },
      full_text: i % 100 === 0 ? `${i}番目の投稿：あの人はバカだ` : `${i}番目の投稿です。本日は晴天で、校庭で体育の授業を行いました &amp; 元気に走りました。`,
    },
  }));
  const file = join(dir, 'tweets.js');
  await writeFile(file, `window.YTD.tweets.part0 = ${JSON.stringify(tweets)}`);
  const { page, errors } = await openAudit();
  // The page's own timer samples the progress bar while the worker runs: it
  // can only run if the main thread is free.
  await page.evaluate(() => {
    window.samples = [];
    window.sampler = setInterval(() => {
      const p = document.getElementById('audit-progress');
      if (p.hasAttribute('value')) window.samples.push([p.value, p.max]);
    }, 20);
  });
  await page.setInputFiles('#audit-files', file);
  await page.waitForSelector('#audit-report [data-total="checked"]', { timeout: 120_000 });
  const samples = await page.evaluate(() => { clearInterval(window.sampler); return window.samples; });
  assert.ok(samples.some(([value, max]) => max === 50_000 && value > 0 && value < max), `progress seen mid-way: ${JSON.stringify(samples.slice(0, 5))}…`);
  const state = await reportState(page);
  assert.deepEqual([state.checked, state.flagged], [50_000, 500]);
  assert.deepEqual(await page.$eval('.pc-posts', (s) => [s.dataset.shown, s.dataset.matching]), ['100', '500']);
  await page.click('[data-action="more"]');
  await waitFor(async () => (await page.$$('article[data-post]')).length === 200, { message: 'the next page of posts' });
  assert.deepEqual(errors, []);
  await page.close();
  await rm(dir, { recursive: true, force: true });
});

test('options page: files chosen while an audit runs replace it: the report and the status are the new files\' only', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'postcheck-audit-'));
  const tweets = Array.from({ length: 20_000 }, (_, i) => ({
    tweet: { id_str: String(2e15 + i), created_at: 'Mon Jan 01 10:00:00 +0000 2024', entities: { urls: [] }, full_text: `${i}番目の投稿です。あの人はバカだ` },
  }));
  const file = join(dir, 'tweets.js');
  await writeFile(file, `window.YTD.tweets.part0 = ${JSON.stringify(tweets)}`);
  const { page, errors } = await openAudit();
  // Each audit worker, whether it was stopped, and whether its report came.
  await page.evaluate(() => {
    window.audits = [];
    const Original = window.Worker;
    window.Worker = class extends Original {
      constructor(...args) {
        super(...args);
        const audit = { stopped: false, reported: false };
        window.audits.push(audit);
        this.addEventListener('message', ({ data }) => { if (data.type === 'done') audit.reported = true; });
        const terminate = this.terminate.bind(this);
        this.terminate = () => { audit.stopped = true; terminate(); };
      }
    };
  });
  await page.setInputFiles('#audit-files', file);
  await page.waitForFunction(() => /^点検中… \d+ \/ 20000 件$/.test(document.getElementById('audit-status').textContent));
  await page.setInputFiles('#audit-files', MASTODON);
  await page.waitForFunction(() => document.getElementById('audit-status').textContent === '3 件を点検しました。共有 1 件は判定の対象外です。');
  // The first audit is over either way: stopped, or its report came.
  await waitFor(() => page.evaluate(() => window.audits[0].stopped || window.audits[0].reported), { timeout: 60_000, message: 'the first audit over' });
  assert.equal(await page.textContent('#audit-status'), '3 件を点検しました。共有 1 件は判定の対象外です。');
  assert.equal((await reportState(page)).checked, 3);
  assert.deepEqual(await page.evaluate(() => window.audits[0]), { stopped: true, reported: false }, 'the first worker stopped before its report');
  assert.deepEqual(errors, []);
  await page.close();
  await rm(dir, { recursive: true, force: true });
});

test('options page in a 400-pixel window: the report\'s title breaks between words, its badges and table headings stay whole, the table fits', async () => {
  const { page, errors } = await openAudit();
  await page.setViewportSize({ width: 400, height: 700 });
  await page.setInputFiles('#audit-files', [X_ZIP, MASTODON]);
  await page.waitForSelector('#audit-report [data-total="checked"]');
  const measure = () => page.evaluate(() => {
    const report = document.querySelector('#audit-report');
    // The characters of an element's text on each of its lines.
    const lines = (el) => {
      const byTop = new Map();
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        for (let i = 0; i < node.data.length; i++) {
          const range = document.createRange();
          range.setStart(node, i);
          range.setEnd(node, i + 1);
          const rect = range.getClientRects()[0];
          if (!rect) continue;
          const top = Math.round(rect.top);
          byTop.set(top, (byTop.get(top) ?? '') + node.data[i]);
        }
      }
      return [...byTop.entries()].sort((a, b) => a[0] - b[0]).map(([, chars]) => chars);
    };
    const table = report.querySelector('table');
    return {
      title: lines(report.querySelector('h1')),
      badges: [...report.querySelectorAll('.pc-sev')].filter((b) => lines(b).length !== 1).map((b) => b.textContent),
      headings: [...table.querySelectorAll('th')].filter((th) => lines(th).length !== 1).map((th) => th.textContent),
      tableFits: table.getBoundingClientRect().right <= report.getBoundingClientRect().right + 0.5,
    };
  });
  const layout = await measure();
  assert.deepEqual(layout.title, ['過去の投稿の', '点検レポート']);
  assert.deepEqual({ ...layout, title: undefined }, { title: undefined, badges: [], headings: [], tableFits: true });
  await page.click('#audit-report button[data-action="language"]');
  await page.waitForFunction(() => document.querySelector('#audit-report h1')?.textContent === 'Audit of past posts');
  assert.deepEqual({ ...(await measure()), title: undefined }, { title: undefined, badges: [], headings: [], tableFits: true }, 'in English');
  assert.deepEqual(errors, []);
  await page.close();
});

test('options page: the report is saved as one page that opens offline, with the same totals and highlights', async () => {
  const { page, errors } = await openAudit();
  assert.equal(await page.isHidden('#audit-save'), true, 'nothing to save before an audit');
  await page.setInputFiles('#audit-files', [X_ZIP, MASTODON]);
  await page.waitForSelector('#audit-report [data-total="checked"]');
  assert.equal(await page.textContent('#audit-save'), 'レポートを保存（HTML）');
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('#audit-save')]);
  assert.match(download.suggestedFilename(), /^postcheck-report-\d{4}-\d{2}-\d{2}\.html$/);
  const dir = await mkdtemp(join(tmpdir(), 'postcheck-saved-'));
  try {
    const file = join(dir, download.suggestedFilename());
    await download.saveAs(file);
    const saved = await env.browser.ctx.newPage();
    await saved.goto(pathToFileURL(file).href);
    await saved.waitForSelector('[data-total="checked"]');
    const state = await reportState(saved);
    assert.deepEqual([state.checked, state.flagged, state.errors, state.shares], [10, 8, 5, 2]);
    assert.deepEqual(state.posts.find((p) => p.id === '1700000000000000003').marks, [['insult', 'バカ', 6, 8]]);
    await saved.close();
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
  assert.deepEqual(errors, []);
  await page.close();
});

test('the options page sent nothing anywhere while auditing', () => {
  assert.deepEqual(requestsLeavingTheExtension(env.browser), []);
});

test('report.html from `postcheck audit` opens from disk offline: totals, highlights, filters, language', async () => {
  const cli = join(REPO_DIR, 'target/release/postcheck');
  assert.ok(existsSync(cli), 'target/release/postcheck is missing: run ./build.sh first');
  const out = await mkdtemp(join(tmpdir(), 'postcheck-report-'));
  let status = 0;
  try {
    execFileSync(cli, ['audit', X_ZIP, MASTODON, join(FIXTURES, 'bluesky/repo.car'), '--out', out], { stdio: 'pipe' });
  } catch (e) {
    status = e.status;
  }
  assert.equal(status, 1, 'exit 1: the exports hold errors');
  const page = await env.browser.ctx.newPage();
  const requests = [];
  page.on('request', (r) => requests.push(r.url()));
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(pathToFileURL(join(out, 'report.html')).href);
  await page.waitForSelector('[data-total="checked"]');
  const state = await reportState(page);
  assert.deepEqual([state.checked, state.flagged, state.errors, state.shares], [13, 10, 6, 3]);
  assert.deepEqual(state.posts.find((p) => p.id === '3kaab').marks, [['url-shortener', 'https://bit.ly/3qRsTuV', 4, 26]]);
  assert.deepEqual(state.posts.find((p) => p.id === '1700000000000000003').marks, [['insult', 'バカ', 6, 8]]);
  assert.equal(await page.textContent('[data-rule-total="insult"] [data-count="findings"]'), '5');
  await filter(page, 'rule', 'insult');
  assert.deepEqual((await postIds(page)).sort(), ['1700000000000000003', '1800000000000000002', '3kaac', 'https://mstdn.example/users/reiji/statuses/112']);
  await filter(page, 'year', '2023');
  assert.deepEqual(await postIds(page), []);
  assert.equal(await page.textContent('.pc-posts p'), '条件に合う指摘はありません。');
  await filter(page, 'year', '');
  await filter(page, 'rule', '');
  await page.click('[data-action="language"]');
  await page.waitForSelector('.pc-report[lang="en"]');
  assert.match(await page.textContent('[data-total="checked"]'), /Posts checked/);
  assert.deepEqual(requests.filter((u) => !/^(file|data):/.test(u)), [], 'nothing but the file itself is loaded');
  assert.deepEqual(errors, []);

  // The README's screenshot, replaced only on request (POSTCHECK_UPDATE_SCREENSHOT=1 ./build.sh test).
  await page.click('[data-action="language"]');
  await page.waitForSelector('.pc-report[lang="ja"]');
  await page.setViewportSize({ width: 1000, height: 1300 });
  await page.screenshot({
    path: process.env.POSTCHECK_UPDATE_SCREENSHOT ? join(REPO_DIR, 'docs/screenshot-audit.png') : join(REPO_DIR, 'tests/.artifacts/screenshot-audit.png'),
  });
  await page.close();
  await rm(out, { recursive: true, force: true });
});

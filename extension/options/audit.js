// 「過去の投稿を点検」: an account's export dropped on the options page (a
// zip or tar.gz as the platform hands it over, or its files) is read and
// checked in a worker (audit-worker.js), with a progress bar, and the same
// report as `postcheck audit`'s report.html is shown here. Nothing is
// uploaded: the files are read by the page and passed to the worker.

import { engineConfig, loadSettings } from '../shared/settings.js';
import { renderReport } from '../report/report.js';

const WORDS = {
  ja: {
    title: '過去の投稿を点検',
    help: 'X・Facebook・Instagram・Threads・Mastodon・Bluesky・YouTube からダウンロードしたエクスポート（zip などそのまま、またはその中のファイル）をここにドロップしてください。ファイルはこのパソコンの中だけで読み、どこにも送りません。',
    choose: 'ファイルを選ぶ', folder: 'フォルダを選ぶ', drop: 'ここにドロップ',
    reading: '読み込み中…', checking: (done, total) => `点検中… ${done} / ${total} 件`,
    done: (total) => `${total} 件を点検しました。`, failed: (name, message) => `読み込めませんでした：${name}（${message}）`,
  },
  en: {
    title: 'Audit past posts',
    help: 'Drop an export downloaded from X, Facebook, Instagram, Threads, Mastodon, Bluesky or YouTube here (the zip as it is, or the files in it). The files are read on this computer only and sent nowhere.',
    choose: 'Choose files', folder: 'Choose a folder', drop: 'Drop here',
    reading: 'Reading…', checking: (done, total) => `Checking… ${done} / ${total} posts`,
    done: (total) => `${total} posts checked.`, failed: (name, message) => `Could not read ${name} (${message})`,
  },
};

const ARCHIVE = /\.(zip|tar\.gz|tgz)$/i;

const { values } = await loadSettings();
const lang = values.ui_language === 'en' ? 'en' : 'ja';
const w = WORDS[lang];
const $ = (/** @type {string} */ id) => /** @type {any} */ (document.getElementById(id));

$('audit-title').textContent = w.title;
$('audit-help').textContent = w.help;
$('audit-choose').textContent = w.choose;
$('audit-folder-label').textContent = w.folder;
$('audit-drop-label').textContent = w.drop;

/**
 * Each archive is an export of its own; loose files (a folder, or files
 * picked from one) make one export together.
 * @param {File[]} files
 */
function exportsOf(files) {
  const path = (/** @type {File} */ f) => f.webkitRelativePath || f.name;
  const archives = files.filter((f) => ARCHIVE.test(f.name)).map((f) => ({ name: f.name, files: [f] }));
  const loose = files.filter((f) => !ARCHIVE.test(f.name));
  if (loose.length) archives.push({ name: path(loose[0]).split('/')[0] || loose[0].name, files: loose });
  return archives.map((e) => ({ name: e.name, files: e.files, path }));
}

/** @param {File[]} files */
async function audit(files) {
  if (!files.length) return;
  const progress = $('audit-progress'), status = $('audit-status'), failures = $('audit-failures');
  progress.hidden = false;
  progress.removeAttribute('value');
  status.textContent = w.reading;
  failures.replaceChildren();
  $('audit-report').replaceChildren();
  const exports = await Promise.all(exportsOf(files).map(async (e) => ({
    name: e.name,
    files: await Promise.all(e.files.map(async (f) => ({ path: e.path(f), bytes: await f.arrayBuffer() }))),
  })));
  const worker = new Worker(new URL('audit-worker.js', import.meta.url), { type: 'module' });
  worker.onmessage = ({ data }) => {
    switch (data.type) {
      case 'failed': {
        const item = document.createElement('li');
        item.textContent = w.failed(data.name, data.message);
        failures.append(item);
        break;
      }
      case 'read':
      case 'progress':
        progress.max = Math.max(1, data.total);
        progress.value = data.done ?? 0;
        status.textContent = w.checking(data.done ?? 0, data.total);
        break;
      case 'done':
        progress.value = progress.max;
        status.textContent = w.done(data.report.checked + data.report.shares);
        renderReport($('audit-report'), data.report, { lang });
        worker.terminate();
        break;
      case 'error':
        status.textContent = data.message;
        progress.hidden = true;
        worker.terminate();
        break;
    }
  };
  worker.postMessage({ config: engineConfig(values), exports }, exports.flatMap((e) => e.files.map((f) => f.bytes)));
}

for (const input of [$('audit-files'), $('audit-folder')]) {
  input.addEventListener('change', () => { audit([...input.files]); input.value = ''; });
}
const drop = $('audit-drop');
drop.addEventListener('dragover', (e) => { e.preventDefault(); drop.classList.add('over'); });
drop.addEventListener('dragleave', () => drop.classList.remove('over'));
drop.addEventListener('drop', (e) => {
  e.preventDefault();
  drop.classList.remove('over');
  audit([...(e.dataTransfer?.files ?? [])]);
});

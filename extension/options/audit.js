// 「過去の投稿を点検」: an account's export dropped on the options page (a
// zip or tar.gz as the platform hands it over, or its files) is read and
// checked in a worker (audit-worker.js), with a progress bar, and the same
// report as `postcheck audit`'s report.html is shown here. Nothing is
// uploaded: the files are read by the page and passed to the worker.

import { engineConfig, loadSettings } from '../shared/settings.js';
import { renderReport } from '../report/report.js';
import { $ } from './fields.js';

const WORDS = {
  ja: {
    title: '過去の投稿を点検',
    help: 'X・Facebook・Instagram・Threads・Mastodon・Bluesky・YouTube からダウンロードしたエクスポート（zip などそのまま、展開したフォルダ、またはその中のファイル）をここにドロップしてください。ファイルはこのパソコンの中だけで読み、どこにも送りません。',
    choose: 'ファイルを選ぶ', folder: 'フォルダを選ぶ', drop: 'ここにドロップ',
    reading: '読み込み中…', checking: (done, total) => `点検中… ${done} / ${total} 件`,
    done: (checked, shares) => `${checked} 件を点検しました。${shares ? `共有 ${shares} 件は判定の対象外です。` : ''}`, failed: (name, message) => `読み込めませんでした：${name}（${message}）`,
    save: 'レポートを保存（HTML）',
    stopped: '点検を続けられませんでした。このページを開き直して、もう一度お試しください。',
  },
  en: {
    title: 'Audit past posts',
    help: 'Drop an export downloaded from X, Facebook, Instagram, Threads, Mastodon, Bluesky or YouTube here (the zip as it is, the unpacked folder, or the files in it). The files are read on this computer only and sent nowhere.',
    choose: 'Choose files', folder: 'Choose a folder', drop: 'Drop here',
    reading: 'Reading…', checking: (done, total) => `Checking… ${done} / ${total} posts`,
    done: (checked, shares) => `${checked} posts checked.${shares ? ` ${shares} shares not judged.` : ''}`, failed: (name, message) => `Could not read ${name} (${message})`,
    save: 'Save the report (HTML)',
    stopped: 'The check could not go on. Open this page again and try once more.',
  },
};

const ARCHIVE = /\.(zip|tar\.gz|tgz)$/i;

const { values } = await loadSettings();
const lang = values.ui_language === 'en' ? 'en' : 'ja';
const w = WORDS[lang];

$('audit-title').textContent = w.title;
$('audit-help').textContent = w.help;
$('audit-choose').textContent = w.choose;
$('audit-folder-label').textContent = w.folder;
$('audit-drop-label').textContent = w.drop;
$('audit-save').textContent = w.save;

/**
 * @typedef {{file: File, path: string}} Picked a file and its path in what was
 *   picked or dropped (`folder/data/tweets.js`; a file picked alone: its name)
 */

/**
 * Each archive is an export of its own; loose files (a folder, or files
 * picked from one) make one export together.
 * @param {Picked[]} picked
 */
function exportsOf(picked) {
  const archives = picked.filter((p) => ARCHIVE.test(p.file.name)).map((p) => ({ name: p.file.name, files: [p] }));
  const loose = picked.filter((p) => !ARCHIVE.test(p.file.name));
  if (loose.length) archives.push({ name: loose[0].path.split('/')[0] || loose[0].file.name, files: loose });
  return archives;
}

/**
 * The files of a drop, folders walked: a dropped folder arrives as one
 * unreadable entry in `dataTransfer.files`. The entries are taken at once
 * (the drop's data is gone once its event returns), their contents after.
 * @param {DataTransfer} data
 * @returns {Promise<Picked[]>}
 */
async function droppedFiles(data) {
  const entries = [...data.items].map((item) => item.webkitGetAsEntry?.()).filter(Boolean);
  if (entries.length === 0) return [...data.files].map((file) => ({ file, path: file.name }));
  /** @type {Picked[]} */
  const picked = [];
  const walk = async (/** @type {any} */ entry) => {
    const path = entry.fullPath.replace(/^\//, '');
    if (entry.isFile) {
      picked.push({ file: await new Promise((resolve, reject) => entry.file(resolve, reject)), path });
      return;
    }
    const reader = entry.createReader();
    // readEntries answers a batch at a time (100 in Chromium), then an empty one.
    for (;;) {
      const batch = await new Promise((resolve, reject) => reader.readEntries(resolve, reject));
      if (batch.length === 0) break;
      for (const child of batch) await walk(child);
    }
  };
  for (const entry of entries) await walk(entry);
  return picked;
}

/** The audit under way: files chosen again replace it, so its messages never reach the new one's status and report. */
let current = { stop: () => {} };

/** @param {Picked[]} picked */
async function audit(picked) {
  if (!picked.length) return;
  current.stop();
  let stopped = false;
  let stopWorker = () => {};
  current = { stop: () => { stopped = true; stopWorker(); } };
  const progress = $('audit-progress'), status = $('audit-status'), failures = $('audit-failures');
  progress.hidden = false;
  progress.removeAttribute('value');
  status.textContent = w.reading;
  failures.replaceChildren();
  $('audit-report').replaceChildren();
  $('audit-save').hidden = true;
  /** @type {{name: string, files: {path: string, bytes: ArrayBuffer}[]}[]} */
  let exports;
  try {
    exports = await Promise.all(exportsOf(picked).map(async (e) => ({
      name: e.name,
      files: await Promise.all(e.files.map(async ({ file, path }) => ({
        path,
        bytes: await file.arrayBuffer().catch((error) => { throw new Error(w.failed(path, error.message)); }),
      }))),
    })));
  } catch (error) {
    if (stopped) return;
    // A file gone or unreadable since it was picked: said, not left at 「読み込み中…」.
    status.textContent = error.message;
    progress.hidden = true;
    return;
  }
  // Files chosen again while these were read.
  if (stopped) return;
  const worker = new Worker(new URL('audit-worker.js', import.meta.url), { type: 'module' });
  stopWorker = () => worker.terminate();
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
        // The report's own counts: a total with the shares in it said more posts checked than the report shows.
        status.textContent = w.done(data.report.checked, data.report.shares);
        renderReport($('audit-report'), data.report, { lang });
        offerToSave(data.html, data.report.generated_at);
        worker.terminate();
        break;
      case 'error':
        status.textContent = data.message;
        progress.hidden = true;
        worker.terminate();
        break;
    }
  };
  // A worker that fails to load or dies (its script gone after an update,
  // out of memory) answers nothing more: said, not left at 「点検中…」.
  worker.onerror = (event) => {
    event.preventDefault();
    status.textContent = w.stopped;
    progress.hidden = true;
    worker.terminate();
  };
  worker.postMessage({ config: engineConfig(values), exports }, exports.flatMap((e) => e.files.map((f) => f.bytes)));
}

/**
 * The save button, for the report as one page that opens offline (the
 * CLI's report.html): a clerk keeps it or hands it on. Made here and
 * downloaded from this page, so nothing leaves the computer.
 * @param {string} html @param {string} generatedAt ISO 8601
 */
function offerToSave(html, generatedAt) {
  const button = $('audit-save');
  button.hidden = false;
  button.onclick = () => {
    const link = document.createElement('a');
    link.href = URL.createObjectURL(new Blob([html], { type: 'text/html' }));
    link.download = `postcheck-report-${generatedAt.slice(0, 10)}.html`;
    link.click();
    setTimeout(() => URL.revokeObjectURL(link.href), 60_000);
  };
}

for (const input of [$('audit-files'), $('audit-folder')]) {
  input.addEventListener('change', () => {
    audit([...input.files].map((file) => ({ file, path: file.webkitRelativePath || file.name })));
    input.value = '';
  });
}
const drop = $('audit-drop');
drop.addEventListener('dragover', (e) => { e.preventDefault(); drop.classList.add('over'); });
drop.addEventListener('dragleave', () => drop.classList.remove('over'));
drop.addEventListener('drop', (e) => {
  e.preventDefault();
  drop.classList.remove('over');
  if (!e.dataTransfer) return;
  const names = [...e.dataTransfer.files].map((file) => file.name).join(', ');
  droppedFiles(e.dataTransfer).then(audit, (error) => { $('audit-status').textContent = w.failed(names, error.message); });
});

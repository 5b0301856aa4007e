// The audit's work, off the page's main thread: the exports read and every
// post checked by the wasm engine, a batch at a time so the page can show
// progress. Nothing leaves this worker but messages to the options page.
//
// In:  {config, exports: [{name, files: [{path, bytes: ArrayBuffer}]}]}
// Out: {type: 'read', total} · {type: 'failed', name, message} ·
//      {type: 'progress', done, total} · {type: 'done', report, html} · {type: 'error', message}

// The audit's own build of the engine (build.sh): the service worker's lacks the export readers.
import init, { Audit } from '../pkg/postcheck.js';

/** Posts per batch: small enough for frequent progress, large enough to cost little in messages. */
const BATCH = 500;

self.onmessage = async ({ data }) => {
  try {
    await init();
    const audit = new Audit(data.config);
    for (const { name, files } of data.exports) {
      try {
        for (const file of files) audit.addFile(file.path, new Uint8Array(file.bytes));
        audit.readExport(name);
      } catch (e) {
        self.postMessage({ type: 'failed', name, message: e instanceof Error ? e.message : String(e) });
      }
    }
    const total = audit.total();
    self.postMessage({ type: 'read', total });
    for (let done = 0; done < total;) {
      done = audit.step(BATCH);
      self.postMessage({ type: 'progress', done, total });
    }
    const generatedAt = new Date().toISOString().replace(/\.\d+Z$/, 'Z');
    self.postMessage({ type: 'done', report: audit.report(generatedAt), html: audit.reportHtml(generatedAt) });
    audit.free();
  } catch (e) {
    self.postMessage({ type: 'error', message: e instanceof Error ? e.message : String(e) });
  }
};

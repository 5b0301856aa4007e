// Content scripts beyond the manifest's: generic mode on the hosts the user
// enabled from the popup (each granted as an optional host permission),
// re-injection into open tabs after an install or update, and the frames a
// page's text boxes are in (content/frames.js).

import { isHostName } from '../shared/settings.js';

const GENERIC_SCRIPT_ID = 'postcheck-generic';

/** The content script files, in order: the manifest is the single list. */
function contentFiles() {
  return chrome.runtime.getManifest().content_scripts?.[0]?.js ?? [];
}

/**
 * Registers the content script for exactly the enabled hosts that are still
 * permitted (the user may revoke a permission in the browser's settings).
 * An entry that is not a host name (a policy may deploy `https://x.com/`)
 * is skipped: as a match pattern it would make Chromium refuse every host.
 * @param {string[]} hosts
 */
export async function syncGenericScripts(hosts) {
  const origins = hosts.filter(isHostName).flatMap((host) => [`https://${host}/*`, `http://${host}/*`]);
  const permitted = [];
  for (const origin of origins) {
    if (await chrome.permissions.contains({ origins: [origin] })) permitted.push(origin);
  }
  const existing = await chrome.scripting.getRegisteredContentScripts({ ids: [GENERIC_SCRIPT_ID] });
  if (existing.length) await chrome.scripting.unregisterContentScripts({ ids: [GENERIC_SCRIPT_ID] });
  if (permitted.length) {
    await chrome.scripting.registerContentScripts([{
      id: GENERIC_SCRIPT_ID, matches: permitted, js: contentFiles(), runAt: 'document_idle', persistAcrossSessions: true,
    }]);
  }
}

/**
 * Injects the content script into one tab now (after the user enables the
 * site, so they need not reload).
 * @param {number} tabId
 */
export async function injectInto(tabId) {
  await chrome.scripting.executeScript({ target: { tabId }, files: contentFiles() });
}

/** What watches a frame until a text box there is focused (content/frames.js, step 2). */
const FRAME_WATCH_FILES = ['content/messaging.js', 'content/frames.js', 'content/frame-watch.js'];

/**
 * Has every frame of the tab but the top one watched for a text box,
 * unless it is watched or checked already (content/frames.js, step 1).
 * Frames the extension has no host permission for are skipped by the
 * browser, here and in the injection: they are left alone.
 * @param {number} tabId
 */
export async function watchFrames(tabId) {
  const probed = await chrome.scripting.executeScript({
    target: { tabId, allFrames: true },
    func: () => {
      const ns = /** @type {any} */ (globalThis).postcheck;
      const root = document.documentElement;
      return window !== window.top && ns?.checkedRoot?.() !== root && ns?.watchedRoot?.() !== root;
    },
  });
  const documentIds = probed.filter((frame) => frame.result === true).map((frame) => frame.documentId);
  if (documentIds.length) await chrome.scripting.executeScript({ target: { tabId, documentIds }, files: FRAME_WATCH_FILES });
}

/**
 * Injects the content script into the document of a frame whose text box
 * was focused (the document, not the frame: it may have navigated since).
 * @param {number} tabId
 * @param {string} documentId
 */
export async function injectIntoDocument(tabId, documentId) {
  await chrome.scripting.executeScript({ target: { tabId, documentIds: [documentId] }, files: contentFiles() });
}

/** Injects into every open tab the manifest's patterns cover. */
export async function reinjectOpenTabs() {
  const patterns = chrome.runtime.getManifest().content_scripts?.[0]?.matches ?? [];
  const tabs = await chrome.tabs.query({ url: patterns });
  await Promise.allSettled(tabs.map((tab) => tab.id === undefined ? null : injectInto(tab.id)));
}

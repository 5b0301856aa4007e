// The service worker owns the engine. Content scripts cannot compile
// WebAssembly on pages whose CSP lacks 'wasm-unsafe-eval'; the worker runs
// under the extension's own CSP, so it works on every site.
//
// The browser stops an idle worker at any time, dropping the engine and
// every cached value: each is re-created lazily by the first message after
// wake-up. Listeners are registered synchronously at the top level, as MV3
// requires for them to wake the worker.

import '../sites.js';
import initEngine, { check, impersonation, postingAccount, prepare, rules } from '../pkg/postcheck.js';
import { DEFAULTS, accountSettings, beforePosting, engineConfig, loadSettings, siteStatus } from '../shared/settings.js';
import { loadStrings } from '../shared/i18n.js';
import { injectInto, injectIntoDocument, reinjectOpenTabs, syncGenericScripts, watchFrames } from './scripts.js';

/** @type {Promise<void> | null} */
let engineReady = null;
/** @type {Promise<import('../shared/settings.js').LoadedSettings> | null} */
let settings = null;
/** @type {Map<string, object> | null} rule id → rule info */
let ruleInfo = null;

// Wake-up is timed by bench/browser.mjs from these marks (each set once per
// worker life): module compiled, instantiated, first findings.
const MARK = { compiled: 'postcheck:compiled', instantiated: 'postcheck:instantiated', firstCheck: 'postcheck:first-check' };

function ensureEngine() {
  engineReady ??= WebAssembly.compileStreaming(fetch(chrome.runtime.getURL('pkg/postcheck_bg.wasm')))
    .then((module) => {
      performance.mark(MARK.compiled);
      return initEngine({ module_or_path: module });
    })
    .then(() => {
      performance.mark(MARK.instantiated);
      ruleInfo = new Map(rules().map((r) => [r.id, r]));
      warmUp();
    })
    .catch((error) => { engineReady = null; throw error; });
  return engineReady;
}

/** A short post that takes a check through the tokenizer, the rules and the model. */
const WARM_UP_TEXT = '明日の授業参観では、三年生が合唱を発表します。詳しくは https://example.ed.jp/ をご覧ください。';

/**
 * Builds what every configuration shares (dictionary, word lists, model)
 * and has V8 compile the code of a check, while the settings may still be
 * on their way: on a wake-up policy can take its 250 ms (`loadSettings`),
 * and the engine's first build and V8's lazy compilation of a check would
 * otherwise wait for them. The engine for the real settings then costs only
 * their own part (or nothing, when they are the defaults).
 */
function warmUp() {
  try {
    check(WARM_UP_TEXT, engineConfig(DEFAULTS));
  } catch {
    // Nothing is lost: the first real check builds the engine and says what failed.
  }
}

/**
 * One engine configuration per loaded settings object: the engine reads a
 * configuration only when it is given a new object, so a check per keystroke
 * does not convert the settings again (crate/src/wasm.rs, `check`).
 * @type {WeakMap<object, object>}
 */
const engineConfigs = new WeakMap();

/** @param {import('../shared/settings.js').Settings} values */
function engineConfigOf(values) {
  let config = engineConfigs.get(values);
  if (!config) {
    config = engineConfig(values);
    engineConfigs.set(values, config);
  }
  return config;
}

function currentSettings() {
  settings ??= loadSettings(onLatePolicy, { rememberPolicy: true });
  return settings;
}

function reloadSettings() {
  settings = null;
  currentSettings().then(({ values }) => syncGenericScripts(values.generic_sites)).catch(console.error);
}

chrome.storage.onChanged.addListener((_changes, area) => {
  if (area === 'sync' || area === 'managed') reloadSettings();
});

/**
 * Policy answered after the settings went on without it: they are loaded
 * again, and the open tabs, which hear of storage changes but not of this,
 * are told to ask for theirs again.
 */
function onLatePolicy() {
  reloadSettings();
  chrome.tabs.query({}).then((tabs) => Promise.allSettled(tabs.map((tab) => (
    tab.id === undefined ? null : chrome.tabs.sendMessage(tab.id, { type: 'settings-changed' })))))
    .catch(console.error);
}

chrome.runtime.onInstalled.addListener(() => {
  currentSettings().then(({ values }) => syncGenericScripts(values.generic_sites)).catch(console.error);
  // After an update the old content scripts are cut off ('Extension context
  // invalidated') and stop quietly; these take over in the open tabs.
  reinjectOpenTabs().catch(console.error);
});

/**
 * Builds the engine for the current settings without waiting for a check.
 * A worker woken by a page that is about to check (a text box focused:
 * `hello`, `warm`) builds it while the user types, so the first check finds
 * it ready instead of paying for its construction (hundreds of ms after a
 * wake-up). A failure here is the first check's to report.
 */
function warmEngine() {
  Promise.all([currentSettings(), ensureEngine()])
    .then(([{ values }]) => prepare(engineConfigOf(values)))
    .catch(() => {});
}

/**
 * Findings for `text`, each with its rule's title and clause wording, so the
 * content script needs no rule knowledge of its own.
 * @param {string} text
 */
async function checkText(text) {
  const [{ values }] = await Promise.all([currentSettings(), ensureEngine()]);
  const findings = check(text, engineConfigOf(values));
  if (performance.getEntriesByName(MARK.firstCheck).length === 0) performance.mark(MARK.firstCheck);
  return findings.map((finding) => {
    const info = ruleInfo?.get(finding.rule);
    return {
      ...finding,
      title: info?.title ?? finding.rule,
      title_en: info?.title_en ?? finding.rule,
      clause_text: info?.clause_text ?? '',
      clause_text_en: info?.clause_text_en ?? '',
    };
  });
}

/**
 * The URL that decides how a page is checked: its own, or for a frame
 * without one of its own (about:blank, srcdoc), its origin — the page that
 * wrote it.
 * @param {string} url what the content script reads from `location`
 * @param {chrome.runtime.MessageSender} sender
 */
function pageUrl(url, sender) {
  return /^https?:/.test(url) || !sender.origin ? url : sender.origin;
}

/**
 * What the content script in a page needs to start: whether to check there,
 * with which site adapter, in which language, with which checks before posting.
 * @param {string} url
 * @param {string} [imitated] the site adapter a local test page imitates
 */
async function hello(url, imitated) {
  const { values } = await currentSettings();
  const { site, enabled } = siteStatus(new URL(url).hostname, values, imitated);
  if (enabled && site !== null) warmEngine();
  return {
    enabled: enabled && site !== null,
    site,
    lang: values.ui_language,
    strings: await loadStrings(values.ui_language),
    beforePosting: beforePosting(values),
  };
}

/**
 * The engine's account functions under the current settings, for the page
 * that asks (its host tells a Mastodon instance).
 * @param {chrome.runtime.MessageSender} sender
 */
async function accountContext(sender) {
  const [{ values }] = await Promise.all([currentSettings(), ensureEngine()]);
  const page = sender.url ?? sender.tab?.url;
  return { settings: accountSettings(values), host: page ? new URL(page).hostname : '' };
}

/** @type {Record<string, (message: any, sender: chrome.runtime.MessageSender) => Promise<unknown>>} */
const handlers = {
  hello: (message, sender) => hello(pageUrl(message.url, sender), message.imitated),
  // A text box was focused again: the worker may have been stopped since the hello.
  warm: async () => {
    warmEngine();
    return {};
  },
  check: async (message) => ({ findings: await checkText(message.text) }),
  // The account a post goes out from (3(3)): {handle, official}, or null when unreadable.
  account: async (message, sender) => {
    const { settings, host } = await accountContext(sender);
    return postingAccount(settings, String(message.site), host, String(message.text));
  },
  // A profile that imitates the organisation (5(1)): its handle, or null.
  impersonation: async (message, sender) => {
    const { settings, host } = await accountContext(sender);
    return impersonation(settings, String(message.site), host, String(message.name), String(message.handle));
  },
  // The popup enabled generic mode on the tab's host: start checking there now.
  inject: async (message) => {
    settings = null; // the popup has just saved the host
    const { values } = await currentSettings();
    await syncGenericScripts(values.generic_sites);
    await injectInto(message.tabId);
    return {};
  },
  // The focus went into a frame, or left one: watch the tab's frames for a text box.
  'watch-frames': async (_message, sender) => {
    if (sender.tab?.id === undefined) throw new Error('no tab');
    await watchFrames(sender.tab.id);
    return {};
  },
  // A text box was focused in a watched frame: check there.
  'check-frame': async (_message, sender) => {
    if (sender.tab?.id === undefined || !sender.documentId) throw new Error('no frame');
    await injectIntoDocument(sender.tab.id, sender.documentId);
    return {};
  },
  explain: async (message) => {
    await chrome.tabs.create({ url: chrome.runtime.getURL(`options/options.html#rule-${encodeURIComponent(message.rule)}`) });
    return {};
  },
};

chrome.runtime.onMessage.addListener((message, sender, sendResponse) => {
  const handler = handlers[message?.type];
  if (!handler) return false;
  handler(message, sender).then(
    (result) => sendResponse({ ok: true, result }),
    (error) => sendResponse({ ok: false, error: String(error?.message ?? error) }),
  );
  return true; // the answer comes asynchronously
});

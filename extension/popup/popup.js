// The toolbar popup: paste a post to check it (the popup loads the wasm
// engine itself, as extension pages may), copy the corrected text, see and
// switch checking on the current site, and see the account the tab posts
// from and whether it is an official one (3(3)).

import init, { check, postingAccount, rules } from '../pkg/postcheck.js';
import { accountSettings, engineConfig, loadSettings, saveSettings, siteStatus } from '../shared/settings.js';
import { format, loadStrings, localizePage } from '../shared/i18n.js';
import { correctedText, renderFinding } from './findings.js';
import { markedText } from '../report/report.js';

const $ = (/** @type {string} */ id) => /** @type {HTMLElement} */ (document.getElementById(id));

const [{ values, locked }] = await Promise.all([loadSettings(), init()]);
const strings = await loadStrings(values.ui_language);
const en = values.ui_language === 'en';
const ruleInfo = new Map(rules().map((r) => [r.id, r]));
document.documentElement.lang = values.ui_language;
localizePage(document, strings);

const textArea = /** @type {HTMLTextAreaElement} */ ($('text'));
const copyButton = /** @type {HTMLButtonElement} */ ($('copy'));
/** @type {any[]} */
let findings = [];
/** the text `findings` are about */
let checkedText = '';
let timer = 0;

function refresh() {
  clearTimeout(timer);
  const text = textArea.value;
  findings = text ? check(text, engineConfig(values)) : [];
  checkedText = text;
  $('preview').replaceChildren(...markedText(text, findings));
  $('summary').textContent = text ? (findings.length ? format(strings, 'popupFindings', findings.length) : strings.popupNoFindings) : '';
  $('findings').replaceChildren(...findings.map((f) => renderFinding(f, ruleInfo.get(f.rule), strings, en)));
  copyButton.disabled = !findings.some((f) => f.suggestion !== null);
  $('copied').hidden = true;
}

textArea.addEventListener('input', () => {
  clearTimeout(timer);
  timer = setTimeout(refresh, 80);
});

copyButton.addEventListener('click', async () => {
  // Pressed before the check of an edit ran: the old findings' offsets would fix the wrong words.
  if (textArea.value !== checkedText) refresh();
  await navigator.clipboard.writeText(correctedText(textArea.value, findings));
  $('copied').hidden = false;
});

// Text pasted while the engine was loading.
if (textArea.value) refresh();

await showSite();

/** The current tab's site: checked or not, and the switch for it. */
async function showSite() {
  const [tab] = await chrome.tabs.query({ active: true, currentWindow: true });
  const url = tab?.url ? new URL(tab.url) : null;
  const status = $('site-status');
  if (!url || !['http:', 'https:'].includes(url.protocol) || tab.id === undefined) {
    status.textContent = strings.popupSiteNone;
    return;
  }
  const host = url.hostname;
  const { site, enabled } = siteStatus(host, values);
  const checking = site !== null && enabled;
  status.textContent = format(strings, checking ? 'popupSiteChecking' : 'popupSiteOff', host);
  if (checking) showAccount(tab.id, host).catch(() => {});
  const toggle = /** @type {HTMLInputElement} */ ($('site-switch'));
  $('site-switch-label').hidden = false;
  toggle.checked = checking;
  toggle.disabled = locked.has('disabled_sites') || (site === null && locked.has('generic_sites'));
  // A greyed switch alone does not say why: the administrator's policy sets it.
  $('site-locked').hidden = !toggle.disabled;
  toggle.addEventListener('change', async () => {
    if (toggle.checked) {
      if (site === null) {
        // Generic mode on a new host needs the user's grant for that host only.
        const granted = await chrome.permissions.request({ origins: [`${url.origin}/*`] });
        if (!granted) {
          toggle.checked = false;
          return;
        }
        values.generic_sites = [...new Set([...values.generic_sites, host])];
      }
      values.disabled_sites = values.disabled_sites.filter((h) => h !== host);
    } else {
      values.disabled_sites = [...new Set([...values.disabled_sites, host])];
    }
    await saveSettings({ generic_sites: values.generic_sites, disabled_sites: values.disabled_sites }, locked);
    // A host just granted has no content script yet; elsewhere the running one follows the setting.
    if (toggle.checked && site === null) await chrome.runtime.sendMessage({ type: 'inject', tabId: tab.id });
    status.textContent = format(strings, toggle.checked ? 'popupSiteChecking' : 'popupSiteOff', host);
  });
}

/**
 * The account the tab posts from, as its content script reads it where the
 * site shows it, and whether it is an official one; a quiet line when it
 * cannot be read (the check before posting then stays silent).
 * @param {number} tabId
 * @param {string} host
 */
async function showAccount(tabId, host) {
  const line = $('account-status');
  /** @type {{site: string | null, text: string | null} | undefined} */
  const read = await chrome.tabs.sendMessage(tabId, { type: 'posting-account' });
  const account = read?.site && read.text !== null ? postingAccount(accountSettings(values), read.site, host, read.text) : null;
  line.hidden = false;
  line.classList.toggle('quiet', !account);
  if (!account) {
    line.textContent = strings.popupAccountUnknown;
    return;
  }
  const listed = values.official_accounts.length > 0;
  if (listed) line.dataset.official = String(account.official);
  line.textContent = format(strings, !listed ? 'popupAccountUnlisted' : account.official ? 'popupAccountOfficial' : 'popupAccountUnofficial', account.handle);
}

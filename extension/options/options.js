// The options page: the organisation's configuration (official domains,
// homepage, official accounts and names, extra terms, severities, disabled
// rules), the UI language,
// import and export as JSON. Everything is validated by the engine's own
// validateConfig before anything is stored, and an error is shown next to
// the field at fault; nothing is saved half-way. Keys deployed by managed
// policy are shown locked, also when the policy answers late or changes
// while the page is open.

import init, { rules, validateConfig } from '../pkg/postcheck.js';
import { DEFAULTS, UI_LANGUAGES, engineConfig, isHostName, loadSettings, saveSettings } from '../shared/settings.js';
import { format, inLanguage, list, loadStrings, localizePage } from '../shared/i18n.js';
import { renderDocs } from './rule-docs.js';
import { BEFORE_POSTING_CONTROLS, beforePostingProblem, fillBeforePosting, localizeBeforePosting, readBeforePosting } from './before-posting.js';
import { ACCOUNT_CONTROLS, accountsProblem, fillAccounts, readAccounts } from './accounts.js';
import { $, lines } from './fields.js';
import { accountForm, mergeRepeats, nameForm, sayMerged, termForm } from './repeats.js';

const SEVERITIES = ['error', 'warning', 'info'];
/** sessionStorage key: the status to show once the page is built again in a new display language */
const SAID_AFTER_RELOAD = 'postcheck-options-status';

/** Whether the page is built: policy that answers late or changes before is applied after. */
let built = false;
let policyWaiting = false;
const onPolicy = () => {
  if (built) reapplyPolicy().catch(console.error);
  else policyWaiting = true;
};
const [{ values, locked }] = await Promise.all([loadSettings(onPolicy), init()]);
/** The language the page is shown in (a new one is taken by building the page again). */
const lang = values.ui_language;
const strings = await loadStrings(lang);
const en = lang === 'en';
document.documentElement.lang = lang;
localizePage(document, strings);
localizeBeforePosting(strings);
const ruleInfos = rules();

/**
 * @typedef {import('../shared/settings.js').Settings} Settings
 * @typedef {{field: string, message: string}} FieldError
 */

function ruleSection(rule) {
  const details = document.createElement('details');
  details.className = 'rule';
  details.id = `rule-${rule.id}`;
  details.dataset.field = `rule.${rule.id}`;
  details.dataset.rule = rule.id;
  details.innerHTML = `
    <summary>
      <input type="checkbox" class="enabled" title="">
      <span class="badge"></span> <strong class="title"></strong> <code class="id"></code>
      <span class="clause"></span>
    </summary>
    <div class="grid">
      <div class="field severity"><label></label><select class="severity"></select></div>
      <div></div>
      <div class="field deny"><label></label><textarea class="deny" rows="3" spellcheck="false"></textarea></div>
      <div class="field allow"><label></label><textarea class="allow" rows="3" spellcheck="false"></textarea></div>
    </div>
    <blockquote class="clause-text clause"></blockquote>
    <div class="docs"></div>`;
  const q = (/** @type {string} */ s) => /** @type {HTMLElement} */ (details.querySelector(s));
  details.dataset.severity = rule.severity;
  const enabled = /** @type {HTMLInputElement} */ (q('input.enabled'));
  const title = en ? rule.title_en : rule.title;
  enabled.title = strings.optionsRuleEnabled;
  // Named by the rule's title, as the page shows it (a screen reader's list of controls has no id to go by).
  enabled.setAttribute('aria-label', `${strings.optionsRuleEnabled}: ${title}`);
  q('.badge').textContent = strings[`severity_${rule.severity}`];
  q('.title').textContent = title;
  q('.id').textContent = rule.id;
  q('summary .clause').textContent = `${strings.cardClauseLabel} ${rule.clause}`;
  q('.field.severity').dataset.field = `severities.${rule.id}`;
  label(q('.field.severity label'), strings.optionsRuleSeverity, `severity-${rule.id}`, title);
  const select = /** @type {HTMLSelectElement} */ (q('select.severity'));
  select.append(new Option(format(strings, 'optionsRuleSeverityDefault', strings[`severity_${rule.severity}`]), ''),
    ...SEVERITIES.map((s) => new Option(strings[`severity_${s}`], s)));
  q('.field.deny').dataset.field = `terms.${rule.id}.deny`;
  label(q('.field.deny label'), strings.optionsRuleDeny, `deny-${rule.id}`, title);
  q('.field.allow').dataset.field = `terms.${rule.id}.allow`;
  label(q('.field.allow label'), strings.optionsRuleAllow, `allow-${rule.id}`, title);
  q('.clause-text').textContent = en ? rule.clause_text_en : rule.clause_text;
  q('.docs').replaceChildren(...renderDocs(en ? rule.docs_en : rule.docs));
  return details;
}

/**
 * A rule's field label, tied to its control: a click on it focuses the
 * control, and a screen reader names the control by the label and the
 * rule's title (every rule has a 重要度 and two term lists).
 * @param {HTMLLabelElement} labelElement followed by its control
 * @param {string} text
 * @param {string} id the control's id
 * @param {string} title the rule's title
 */
function label(labelElement, text, id, title) {
  const control = /** @type {HTMLElement} */ (labelElement.nextElementSibling);
  control.id = id;
  labelElement.htmlFor = id;
  labelElement.textContent = text;
  control.setAttribute('aria-label', `${title}: ${text}`);
}

/** @param {HTMLElement} section @param {string} selector */
const inside = (section, selector) => /** @type {any} */ (section.querySelector(selector));
const ruleSections = () => /** @type {HTMLElement[]} */ ([...document.querySelectorAll('details.rule')]);

/** @param {Settings} settings */
function fill(settings) {
  $('official_domains').value = settings.official_domains.join('\n');
  $('official_homepage').value = settings.official_homepage ?? '';
  $('ui_language').value = settings.ui_language;
  fillBeforePosting(settings);
  fillAccounts(settings);
  for (const section of ruleSections()) {
    const id = section.dataset.rule ?? '';
    inside(section, 'input.enabled').checked = !settings.disabled_rules.includes(id);
    inside(section, 'select.severity').value = settings.severities[id] ?? '';
    inside(section, 'textarea.deny').value = (settings.terms[id]?.deny ?? []).join('\n');
    inside(section, 'textarea.allow').value = (settings.terms[id]?.allow ?? []).join('\n');
  }
}

/** @returns {Settings} the settings as the form shows them */
function readForm() {
  /** @type {Settings} */
  const settings = { ...values, official_domains: lines($('official_domains').value), official_homepage: $('official_homepage').value.trim(),
    ui_language: $('ui_language').value, ...readBeforePosting(), ...readAccounts(), terms: {}, severities: {}, disabled_rules: [] };
  for (const section of ruleSections()) {
    const id = section.dataset.rule ?? '';
    if (!inside(section, 'input.enabled').checked) settings.disabled_rules.push(id);
    const severity = inside(section, 'select.severity').value;
    if (severity) settings.severities[id] = severity;
    const deny = lines(inside(section, 'textarea.deny').value);
    const allow = lines(inside(section, 'textarea.allow').value);
    if (deny.length || allow.length) settings.terms[id] = { deny, allow };
  }
  return settings;
}

/**
 * Keeps each rule's term lists, the official accounts and the
 * organisation's names with every entry once (repeats.js says when two are
 * one), the first as written staying. Changes `settings`; returns what was
 * merged, for the user to be told.
 * @param {Partial<Settings>} settings
 * @returns {import('./repeats.js').Repeat[]}
 */
function mergeRepeatedEntries(settings) {
  const repeats = [];
  for (const [id, lists] of Object.entries(settings.terms ?? {})) {
    const title = document.querySelector(`details.rule[data-rule="${CSS.escape(id)}"] .title`)?.textContent ?? id;
    for (const key of /** @type {const} */ (['deny', 'allow'])) {
      if (!Array.isArray(lists[key])) continue;
      const merged = mergeRepeats(lists[key], termForm, title);
      lists[key] = merged.entries;
      repeats.push(...merged.repeats);
    }
  }
  for (const [key, formOf, label] of /** @type {const} */ ([
    ['official_accounts', accountForm, 'optionsAccountsShort'], ['organisation_names', nameForm, 'optionsNamesShort']])) {
    if (!Array.isArray(settings[key])) continue;
    const merged = mergeRepeats(settings[key], formOf, strings[label]);
    settings[key] = merged.entries;
    repeats.push(...merged.repeats);
  }
  return repeats;
}

/** Says what was done, and which repeated entries were stored once. */
function sayDone(/** @type {string} */ key, /** @type {import('./repeats.js').Repeat[]} */ repeats) {
  say(key);
  if (repeats.length) $('status').textContent = sayMerged(strings, strings[key], repeats);
}

/**
 * The first problem with `settings`, or null, said in the page's language.
 * @param {Record<string, unknown>} settings
 * @returns {FieldError | null}
 */
function problemWith(settings) {
  // Own keys only: `__proto__`, `constructor` or `toString` are `in` every object.
  const unknown = Object.keys(settings).find((key) => !Object.hasOwn(DEFAULTS, key));
  if (unknown) return { field: unknown, message: format(strings, 'optionsUnknownSetting', unknown) };
  if (!UI_LANGUAGES.includes(/** @type {string} */ (settings.ui_language))) {
    return { field: 'ui_language', message: format(strings, 'optionsNotOneOf', String(settings.ui_language), list(strings, UI_LANGUAGES)) };
  }
  for (const key of ['disabled_sites', 'generic_sites']) {
    const hosts = settings[key];
    if (!Array.isArray(hosts)) return { field: key, message: format(strings, 'optionsExpectedHosts') };
    const bad = hosts.findIndex((h) => !isHostName(h));
    if (bad >= 0) return { field: `${key}[${bad}]`, message: format(strings, 'optionsNotAHost', String(hosts[bad])) };
  }
  const beforePosting = beforePostingProblem(settings, strings);
  if (beforePosting) return beforePosting;
  const accounts = accountsProblem(settings, strings, lang);
  if (accounts) return accounts;
  return inLanguage(validateConfig(engineConfig(/** @type {Settings} */ (settings))), lang);
}

/** The field element an error path such as `terms.insult.deny[0]` belongs to. */
function fieldFor(path) {
  const parts = path.replace(/\[\d+\]/g, '').split('.');
  for (let n = parts.length; n > 0; n--) {
    const el = document.querySelector(`[data-field="${CSS.escape(parts.slice(0, n).join('.'))}"]`);
    if (el) return /** @type {HTMLElement} */ (el);
  }
  return null;
}

function clearErrors() {
  for (const el of document.querySelectorAll('.field .error')) el.remove();
  for (const el of document.querySelectorAll('.invalid')) el.classList.remove('invalid');
  $('status').textContent = '';
  $('status').className = '';
}

/**
 * An error as said next to its own field: the setting's key
 * (`official_domains[1]`) is not on the page, so a list says the line at
 * fault instead, counted as the user sees it (blank lines, which are not
 * stored, included), and anything else just the message.
 * @param {FieldError} error
 * @param {HTMLElement} field
 */
function besideField(error, field) {
  const index = /\[(\d+)\]$/.exec(error.field)?.[1];
  const control = field.querySelector('textarea');
  if (index === undefined || !control) return error.message;
  let seen = -1;
  const line = control.value.split('\n').findIndex((text) => text.trim() && ++seen === Number(index));
  return line < 0 ? error.message : format(strings, 'optionsLine', line + 1, error.message);
}

/**
 * Shows an error next to its field (or above the form, for a setting that has none).
 * @param {FieldError} error
 * @param {string} [status] what the status line says was not done
 */
function showError(error, status = 'optionsInvalid') {
  const own = fieldFor(error.field);
  const target = own ?? $('form');
  const message = document.createElement('p');
  message.className = 'error';
  message.setAttribute('role', 'alert');
  message.textContent = own ? besideField(error, own) : error.field ? `${error.field}: ${error.message}` : error.message;
  target.classList.add('invalid');
  target.append(message);
  target.closest('details')?.setAttribute('open', '');
  // The whole field in view, label to error, not only its box (which focus
  // alone would bring in, leaving the error under the save bar).
  target.querySelector('textarea, input, select')?.focus({ preventScroll: true });
  target.scrollIntoView({ block: 'nearest' });
  $('status').textContent = strings[status];
  $('status').className = 'failed';
}

$('form').addEventListener('submit', async (/** @type {Event} */ event) => {
  event.preventDefault();
  clearErrors();
  const settings = readForm();
  const problem = problemWith(settings);
  if (problem) {
    showError(problem);
    return;
  }
  const repeats = mergeRepeatedEntries(settings);
  if (!(await store(settings))) return;
  Object.assign(values, settings);
  if (repeats.length) fill(values);
  sayDone('optionsSaved', repeats);
});

/**
 * The settings a chosen file holds, or what keeps it from holding any,
 * said in the page's language: not text, not JSON (where the parser says,
 * the line and column it stopped at), or JSON that is not a settings object.
 * @param {ArrayBuffer} bytes
 * @returns {{settings: Record<string, unknown>} | {problem: string}}
 */
function readSettingsFile(bytes) {
  let text;
  try {
    // UTF-8 only (a file in another encoding fails rather than importing
    // mangled terms); a leading BOM, as some editors write, is skipped.
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { problem: strings.optionsNotUtf8 };
  }
  if (!text.trim()) return { problem: strings.optionsFileEmpty };
  let settings;
  try {
    settings = JSON.parse(text);
  } catch (error) {
    return { problem: notJson(text, String(/** @type {Error} */ (error).message)) };
  }
  if (!settings || typeof settings !== 'object' || Array.isArray(settings)) return { problem: strings.optionsExpectedObject };
  return { settings };
}

/**
 * Why `text` is not JSON, from the parser's message (V8's, in English:
 * `… in JSON at position 40 (line 2 column 12)`, `Unexpected token 'h', …`,
 * `Unexpected end of JSON input`): the line and column where it says.
 * @param {string} text @param {string} parserMessage
 */
function notJson(text, parserMessage) {
  const position = /at position (\d+)/.exec(parserMessage)?.[1];
  const at = position !== undefined ? Number(position) : /end of JSON input/.test(parserMessage) ? text.trimEnd().length : -1;
  if (at >= 0) {
    const before = text.slice(0, at).split('\n');
    const line = before.length;
    const column = [...before[before.length - 1]].length + 1;
    return format(strings, at >= text.trimEnd().length ? 'optionsJsonEnds' : 'optionsNotJsonAt', line, column);
  }
  const token = /Unexpected token '(.+?)'/.exec(parserMessage)?.[1];
  return token ? format(strings, 'optionsNotJsonToken', token) : strings.optionsNotJson;
}

/** An import refused: said next to the import button, with nothing marked to correct on the form. */
function showImportError(/** @type {string} */ message) {
  const said = document.createElement('p');
  said.className = 'error';
  said.setAttribute('role', 'alert');
  said.textContent = format(strings, 'optionsImportInvalid', message);
  /** @type {HTMLElement} */ (document.querySelector('[data-field="import"]')).append(said);
  $('status').textContent = strings.optionsImportFailed;
  $('status').className = 'failed';
}

$('import').addEventListener('change', async () => {
  clearErrors();
  const file = $('import').files?.[0];
  if (!file) return;
  const read = readSettingsFile(await file.arrayBuffer());
  $('import').value = '';
  if ('problem' in read) {
    showImportError(read.problem);
    return;
  }
  const imported = read.settings;
  const problem = problemWith({ ...values, ...imported });
  if (problem) {
    showImportError(problem.field ? `${problem.field}: ${problem.message}` : problem.message);
    return;
  }
  const repeats = mergeRepeatedEntries(imported);
  if (!(await store(imported))) return;
  Object.assign(values, Object.fromEntries(Object.entries(imported).filter(([key]) => !locked.has(key))));
  fill(values);
  sayDone('optionsImported', repeats);
});

/**
 * Shows what was done; after a change of display language the page is
 * built again in the new one first (every label, the rules' docs and the
 * audit section were written in the old), and says it there.
 * @param {string} key the message
 */
function say(key) {
  if (values.ui_language !== document.documentElement.lang) {
    sessionStorage.setItem(SAID_AFTER_RELOAD, key);
    location.reload();
    return;
  }
  $('status').textContent = strings[key];
}

// What the page shows, edits not yet saved included (the file is what the
// user sees, not what was stored before), checked like a save.
$('export').addEventListener('click', () => {
  clearErrors();
  const settings = readForm();
  const problem = problemWith(settings);
  if (problem) {
    showError(problem, 'optionsExportInvalid');
    return;
  }
  const blob = new Blob([JSON.stringify(settings, null, 2) + '\n'], { type: 'application/json' });
  const link = document.createElement('a');
  link.href = URL.createObjectURL(blob);
  link.download = 'postcheck-settings.json';
  link.click();
  setTimeout(() => URL.revokeObjectURL(link.href), 1000);
});

/**
 * Stores settings in one write; a refusal (such as the sync storage quota)
 * is shown and nothing is stored.
 * @param {Partial<Settings>} settings
 */
async function store(settings) {
  try {
    await saveSettings(settings, locked);
    return true;
  } catch (error) {
    $('status').textContent = format(strings, 'optionsSaveFailed', String(error?.message ?? error));
    $('status').className = 'failed';
    return false;
  }
}

/**
 * Policy answered late or changed: what it sets now is shown and locked,
 * what it no longer sets is the user's again, and the rest of the form
 * stays as the user left it.
 */
async function reapplyPolicy() {
  const next = await loadSettings();
  const shown = readForm();
  for (const key of new Set([...locked, ...next.locked])) {
    values[key] = next.values[key];
    shown[key] = next.values[key];
  }
  locked.clear();
  for (const key of next.locked) locked.add(key);
  fill(shown);
  showLocks();
}

/** Disables what the administrator set, with a note saying so (and nothing else). */
function showLocks() {
  for (const note of document.querySelectorAll('p.locked')) note.remove();
  for (const control of document.querySelectorAll('[data-locked]')) {
    control.removeAttribute('disabled');
    control.removeAttribute('data-locked');
  }
  const lockedControls = {
    official_domains: ['#official_domains'],
    official_homepage: ['#official_homepage'],
    ui_language: ['#ui_language'],
    disabled_rules: ['details.rule input.enabled'],
    severities: ['details.rule select.severity'],
    terms: ['details.rule textarea'],
    ...BEFORE_POSTING_CONTROLS,
    ...ACCOUNT_CONTROLS,
  };
  for (const [key, selectors] of Object.entries(lockedControls)) {
    if (!locked.has(key)) continue;
    for (const control of document.querySelectorAll(selectors.join(','))) {
      control.setAttribute('disabled', '');
      control.setAttribute('data-locked', '');
      const note = document.createElement('p');
      note.className = 'locked';
      note.textContent = strings.optionsLocked;
      // After a box's label, not inside it: between the box and its words it splits them over two lines.
      (control.closest('label') ?? control).after(note);
    }
  }
}

/** options.html#rule-insult (the card's "explain") opens that rule. */
function openLinkedRule() {
  const target = location.hash ? document.getElementById(decodeURIComponent(location.hash.slice(1))) : null;
  if (target instanceof HTMLDetailsElement) {
    target.open = true;
    target.scrollIntoView({ block: 'start' });
  }
}

$('rules').replaceChildren(...ruleInfos.map(ruleSection));
fill(values);
showLocks();
openLinkedRule();
addEventListener('hashchange', openLinkedRule);
const said = sessionStorage.getItem(SAID_AFTER_RELOAD);
if (said) {
  sessionStorage.removeItem(SAID_AFTER_RELOAD);
  $('status').textContent = strings[said];
}
chrome.storage.onChanged.addListener((_changes, area) => {
  if (area === 'managed') onPolicy();
});
built = true;
if (policyWaiting) onPolicy();

// The user's settings: what the options page edits (chrome.storage.sync),
// overridden key by key by what an IT department deploys through enterprise
// policy (chrome.storage.managed, keys in managed_schema.json). Managed keys
// are shown locked in the options page. Policy that answers late or changes
// is applied again: loadSettings' onLatePolicy, and storage.onChanged for
// the 'managed' area.

/** Every setting with its default. The first five are the engine's configuration. */
export const DEFAULTS = Object.freeze({
  official_domains: [],
  official_homepage: '',
  terms: {},
  severities: {},
  disabled_rules: [],
  ui_language: 'ja',
  disabled_sites: [],
  generic_sites: [],
  // Before posting (guideline 3(6), 4(3), 3(4)): which findings ask for a
  // confirmation when Post is pressed ('error', 'warning' = errors and
  // warnings, 'off'), and the organisation's approval checklist (empty
  // items: the three defaults of 3(6) in the UI language).
  confirm_on: 'error',
  approval_checklist_enabled: false,
  approval_checklist_items: [],
  // The organisation's accounts (guideline 3(3), 5(1)): `site:handle`
  // strings (`x:@hokkaido_kyoiku`, `mastodon:@news@example.social`,
  // `facebook:<page name>`), and the names they go by. Empty: no account
  // check, no impostor banner.
  official_accounts: [],
  organisation_names: [],
});

export const CONFIRM_ON = ['error', 'warning', 'off'];

export const UI_LANGUAGES = ['ja', 'en'];

/**
 * Whether `host` is a host name as a site list holds it (`x.com`,
 * `127.0.0.1`): what a URL's host reads back as, lower case, without a
 * scheme, port or path. A site list entry becomes a match pattern
 * (`https://HOST/*`), and one entry Chromium refuses (`https://x.com/home`)
 * would stop the generic mode of every other host.
 * @param {unknown} host
 */
export function isHostName(host) {
  // `*.example.com` is a pattern Chromium takes, but not a host this list matches.
  if (typeof host !== 'string' || host.includes('*')) return false;
  try {
    return new URL(`https://${host}/`).hostname === host;
  } catch {
    return false;
  }
}

/** How long to wait for policy before going on without it (with the policy last read, if any). */
const MANAGED_WAIT_MS = 250;

/** The policy as last read in this context: what a read that gets no answer in time goes on with. */
let knownPolicy = {};

/** Where the service worker keeps the policy's last answer for the browser session (`readManaged`). */
const REMEMBERED_POLICY = 'policy';

/** The policy's last answer this browser session, if the service worker kept one. */
async function rememberedPolicy() {
  try {
    const value = (await chrome.storage.session.get(REMEMBERED_POLICY))[REMEMBERED_POLICY];
    return value && typeof value === 'object' ? value : undefined;
  } catch {
    return undefined;
  }
}

/**
 * @typedef {typeof DEFAULTS} Settings
 * @typedef {{values: Settings, locked: Set<string>}} LoadedSettings
 */

/**
 * The settings, with policy applied.
 * @param {() => void} [onLatePolicy] called when policy answers too late for
 *   these settings and says something else than they assumed: load again.
 * @param {{rememberPolicy?: boolean}} [options] `rememberPolicy` (the
 *   service worker): keep the policy's last answer for the browser session
 *   (`chrome.storage.session`, which pages' scripts cannot read) and go on
 *   with it at once on the next wake-up instead of waiting for policy again.
 * @returns {Promise<LoadedSettings>}
 */
export async function loadSettings(onLatePolicy, { rememberPolicy = false } = {}) {
  const keys = Object.keys(DEFAULTS);
  const [stored, managed] = await Promise.all([
    chrome.storage.sync.get(keys),
    readManaged(keys, onLatePolicy, rememberPolicy),
  ]);
  const values = { ...DEFAULTS, ...stored, ...managed };
  if (!UI_LANGUAGES.includes(values.ui_language)) values.ui_language = DEFAULTS.ui_language;
  if (!CONFIRM_ON.includes(values.confirm_on)) values.confirm_on = DEFAULTS.confirm_on;
  return { values: /** @type {Settings} */ (values), locked: new Set(Object.keys(managed)) };
}

/**
 * Managed storage rejects reads on platforms without policy support, and on
 * some (headless Linux without a policy directory) never answers at all; on
 * others it answers, but late (a browser starting up). A service worker
 * woken for a check would wait for it every time: with `remember`, the last
 * answer of this browser session is assumed at once (a later answer that
 * differs calls `onLatePolicy`, as after the wait). A change of policy while
 * the worker sleeps wakes it (`storage.onChanged`), so the remembered answer
 * is the policy's unless it changed in the instant before a wake-up.
 * @param {string[]} keys
 * @param {() => void} [onLatePolicy]
 * @param {boolean} [remember]
 */
async function readManaged(keys, onLatePolicy, remember = false) {
  const answer = Promise.resolve().then(() => chrome.storage.managed.get(keys)).then((managed) => {
    knownPolicy = Object.fromEntries(Object.entries(managed).filter(([key]) => Object.hasOwn(DEFAULTS, key)));
    if (remember) chrome.storage.session.set({ [REMEMBERED_POLICY]: knownPolicy }).catch(() => {});
    return knownPolicy;
  });
  const remembered = remember ? await rememberedPolicy() : undefined;
  let timer = 0;
  const noAnswer = new Promise((resolve) => { timer = setTimeout(() => resolve(null), remembered ? 0 : MANAGED_WAIT_MS); });
  const inTime = await Promise.race([answer, noAnswer]).catch(() => ({}));
  clearTimeout(timer);
  if (inTime) return inTime;
  const assumed = remembered ?? knownPolicy;
  answer.then((policy) => {
    if (JSON.stringify(policy) !== JSON.stringify(assumed)) onLatePolicy?.();
  }, () => {});
  return assumed;
}

/**
 * Stores `changes`, leaving out keys the administrator has locked.
 * @param {Partial<Settings>} changes
 * @param {Set<string>} locked
 */
export async function saveSettings(changes, locked) {
  const unlocked = Object.fromEntries(Object.entries(changes).filter(([key]) => !locked.has(key)));
  await chrome.storage.sync.set(unlocked);
}

/**
 * The engine's configuration (the CLI's --config format) from the settings.
 * @param {Settings} values
 */
export function engineConfig(values) {
  /** @type {Record<string, unknown>} */
  const config = {
    official_domains: values.official_domains,
    terms: values.terms,
    severities: values.severities,
    disabled_rules: values.disabled_rules,
  };
  // Unset is ''; anything else (an imported number, say) is the engine's to judge.
  if (values.official_homepage !== '') config.official_homepage = values.official_homepage;
  return config;
}

/**
 * What the content script needs for the checks before posting.
 * @param {Settings} values
 */
export function beforePosting(values) {
  return {
    confirm_on: values.confirm_on,
    approval_checklist_enabled: values.approval_checklist_enabled === true,
    approval_checklist_items: (Array.isArray(values.approval_checklist_items) ? values.approval_checklist_items : [])
      .filter((item) => typeof item === 'string' && item.trim()),
    official_homepage: values.official_homepage,
    // Whether to read the posting account at all (3(3)), and profiles (5(1)).
    account_check: values.official_accounts.length > 0,
    impostor_check: values.organisation_names.length > 0,
  };
}

/**
 * The part of the settings the engine's account functions read
 * (postingAccount, impersonation, validateAccounts).
 * @param {Settings} values
 */
export function accountSettings(values) {
  return { official_accounts: values.official_accounts, organisation_names: values.organisation_names };
}

/**
 * How a page's host is checked: by a site adapter, in generic mode (local
 * pages and hosts the user enabled), or not at all. A local page may name
 * the adapter it imitates (`<meta name="postcheck-site" content="x">`), so
 * test pages can prove the real site data.
 * @param {string} host
 * @param {Settings} values
 * @param {string} [imitated] the adapter id a local page asks for
 * @returns {{site: object | null, enabled: boolean, known: boolean}}
 */
export function siteStatus(host, values, imitated) {
  const matches = (/** @type {string} */ pattern) => host === pattern || host.endsWith('.' + pattern);
  const switchedOff = values.disabled_sites.some(matches);
  const adapter = globalThis.postcheckSites.find((site) => site.hosts?.some(matches));
  if (adapter) return { site: adapter, enabled: !switchedOff, known: true };
  const local = globalThis.postcheckLocalHosts.includes(host);
  const imitation = local && imitated ? globalThis.postcheckSites.find((site) => site.id === imitated) : undefined;
  if (imitation) return { site: imitation, enabled: !switchedOff, known: false };
  if (local || values.generic_sites.some(matches)) {
    return { site: globalThis.postcheckGenericSite, enabled: !switchedOff, known: false };
  }
  return { site: null, enabled: false, known: false };
}

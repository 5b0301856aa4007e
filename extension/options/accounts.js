// The options page's "official accounts" section (guideline 3(3), 5(1)):
// the accounts the organisation publishes, as `site:handle` lines, and the
// names they go by. Kept beside options.js, which calls these to fill,
// read, validate and lock the fields; the engine validates the entries
// (validateAccounts), so the page and the checks read them alike.

import { validateAccounts } from '../pkg/postcheck.js';
import { accountSettings } from '../shared/settings.js';
import { format, inLanguage } from '../shared/i18n.js';
import { $, lines } from './fields.js';


/** The controls of each setting, for the administrator's locks. */
export const ACCOUNT_CONTROLS = {
  official_accounts: ['#official_accounts'],
  organisation_names: ['#organisation_names'],
};

/** @param {import('../shared/settings.js').Settings} settings */
export function fillAccounts(settings) {
  $('official_accounts').value = settings.official_accounts.join('\n');
  $('organisation_names').value = settings.organisation_names.join('\n');
}

/** The section's settings as the form shows them. */
export function readAccounts() {
  return { official_accounts: lines($('official_accounts').value), organisation_names: lines($('organisation_names').value) };
}

/**
 * The first problem with the section's settings (also for an import), or
 * null; said in the display language `lang`, whose strings are `strings`.
 * @param {Record<string, unknown>} settings
 * @param {Record<string, string>} strings
 * @param {string} lang
 * @returns {{field: string, message: string} | null}
 */
export function accountsProblem(settings, strings, lang) {
  for (const key of /** @type {const} */ (['official_accounts', 'organisation_names'])) {
    const list = settings[key];
    if (!Array.isArray(list) || list.some((item) => typeof item !== 'string')) return { field: key, message: format(strings, 'optionsExpectedTexts') };
  }
  return inLanguage(validateAccounts(accountSettings(/** @type {any} */ (settings))), lang);
}

// The options page's "before posting" section: which findings ask for a
// confirmation when Post is pressed, and the approval checklist (guideline
// 3(6)). Kept beside options.js, which calls these to fill, read, validate
// and lock the fields.

import { CONFIRM_ON } from '../shared/settings.js';
import { format, list } from '../shared/i18n.js';
import { $, lines } from './fields.js';


/** The controls of each setting, for the administrator's locks. */
export const BEFORE_POSTING_CONTROLS = {
  confirm_on: ['#confirm_on'],
  approval_checklist_enabled: ['#approval_checklist_enabled'],
  approval_checklist_items: ['#approval_checklist_items'],
};

/**
 * Shows the default checklist as the placeholder of the items field.
 * @param {Record<string, string>} strings
 */
export function localizeBeforePosting(strings) {
  $('approval_checklist_items').placeholder = ['checklistApproved', 'checklistAccurate', 'checklistPrivacy'].map((key) => strings[key]).join('\n');
}

/** @param {import('../shared/settings.js').Settings} settings */
export function fillBeforePosting(settings) {
  $('confirm_on').value = settings.confirm_on;
  $('approval_checklist_enabled').checked = settings.approval_checklist_enabled === true;
  $('approval_checklist_items').value = settings.approval_checklist_items.join('\n');
}

/** The section's settings as the form shows them. */
export function readBeforePosting() {
  return {
    confirm_on: $('confirm_on').value,
    approval_checklist_enabled: $('approval_checklist_enabled').checked,
    approval_checklist_items: lines($('approval_checklist_items').value),
  };
}

/**
 * The first problem with the section's settings (also for an import), or
 * null; said in the language of `strings`.
 * @param {Record<string, unknown>} settings
 * @param {Record<string, string>} strings
 * @returns {{field: string, message: string} | null}
 */
export function beforePostingProblem(settings, strings) {
  if (!CONFIRM_ON.includes(/** @type {string} */ (settings.confirm_on))) {
    return { field: 'confirm_on', message: format(strings, 'optionsNotOneOf', String(settings.confirm_on), list(strings, CONFIRM_ON)) };
  }
  if (typeof settings.approval_checklist_enabled !== 'boolean') {
    return { field: 'approval_checklist_enabled', message: format(strings, 'optionsExpectedTrueOrFalse') };
  }
  const items = settings.approval_checklist_items;
  if (!Array.isArray(items) || items.some((item) => typeof item !== 'string')) {
    return { field: 'approval_checklist_items', message: format(strings, 'optionsExpectedTexts') };
  }
  return null;
}

// The UI language is a setting (日本語 by default), not the browser's
// locale, so strings are read from _locales/<lang>/messages.json directly
// rather than through chrome.i18n.

/** @type {Map<string, Promise<Record<string, string>>>} */
const cache = new Map();

/**
 * @param {string} lang 'ja' or 'en'
 * @returns {Promise<Record<string, string>>} message key → text
 */
export function loadStrings(lang) {
  if (!cache.has(lang)) {
    cache.set(lang, fetch(chrome.runtime.getURL(`_locales/${lang}/messages.json`))
      .then((response) => response.json())
      .then((messages) => Object.fromEntries(Object.entries(messages).map(([key, { message }]) => [key, message]))));
  }
  return /** @type {Promise<Record<string, string>>} */ (cache.get(lang));
}

/**
 * `strings[key]` with `$1`, `$2`… replaced by `args`.
 * @param {Record<string, string>} strings
 * @param {string} key
 * @param {...(string | number)} args
 */
export function format(strings, key, ...args) {
  return (strings[key] ?? key).replace(/\$(\d)/g, (_, n) => String(args[Number(n) - 1] ?? ''));
}

/**
 * `items` as a list in the language of `strings` (`ja、en`, `ja, en`).
 * @param {Record<string, string>} strings
 * @param {readonly string[]} items
 */
export const list = (strings, items) => items.join(strings.listSeparator);

/**
 * An error from the engine (`{field, message, message_en}`: Japanese and
 * English, like a finding) as `{field, message}` in `lang`, or null.
 * @param {{field: string, message: string, message_en: string} | null} error
 * @param {string} lang 'ja' or 'en'
 */
export const inLanguage = (error, lang) => error && { field: error.field, message: lang === 'en' ? error.message_en : error.message };

/**
 * Fills every element carrying `data-i18n` (text) or `data-i18n-placeholder`.
 * @param {ParentNode} root
 * @param {Record<string, string>} strings
 */
export function localizePage(root, strings) {
  for (const el of root.querySelectorAll('[data-i18n]')) el.textContent = format(strings, el.getAttribute('data-i18n') ?? '');
  for (const el of root.querySelectorAll('[data-i18n-placeholder]')) {
    el.setAttribute('placeholder', format(strings, el.getAttribute('data-i18n-placeholder') ?? ''));
  }
}

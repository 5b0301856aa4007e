// Building DOM for the extension pages: text always goes in as text.

/**
 * @param {string} tag
 * @param {string} className '' for none
 * @param {string} [text]
 */
export function element(tag, className, text) {
  const el = document.createElement(tag);
  if (className) el.className = className;
  if (text !== undefined) el.textContent = text;
  return el;
}

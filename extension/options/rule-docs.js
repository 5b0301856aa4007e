// A rule's documentation (the Markdown written in the rule's Rust file) as
// DOM nodes: `### ` headings, `- ` list items, paragraphs. Text only — never
// parsed as HTML.

import { element } from '../shared/dom.js';

/** Inline code loses its backticks. */
const plain = (/** @type {string} */ text) => text.replace(/`([^`]*)`/g, '$1');

/**
 * @param {string} markdown
 * @returns {Node[]}
 */
export function renderDocs(markdown) {
  const nodes = [];
  /** @type {HTMLUListElement | null} */
  let list = null;
  for (const raw of markdown.split('\n')) {
    const line = raw.trim();
    if (!line) {
      list = null;
      continue;
    }
    if (line.startsWith('### ')) {
      list = null;
      nodes.push(element('h4', '', plain(line.slice(4))));
    } else if (line.startsWith('- ')) {
      if (!list) nodes.push((list = document.createElement('ul')));
      list.append(element('li', '', plain(line.slice(2))));
    } else {
      list = null;
      nodes.push(element('p', '', plain(line)));
    }
  }
  return nodes;
}

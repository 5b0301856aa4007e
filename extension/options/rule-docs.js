// A rule's documentation (the Markdown written in the rule's Rust file) as
// DOM nodes: `### ` headings, `- ` list items, paragraphs, inline code and
// *emphasis*. Text only — never parsed as HTML.

import { element } from '../shared/dom.js';

/** A character of Japanese script or full-width punctuation: lines of Japanese join without a space. */
const WIDE = /[\u3000-\u30ff\u3400-\u9fff\uf900-\ufaff\uff00-\uffef]/u;

/**
 * A paragraph's or a list item's lines as one text, as Markdown reads them:
 * the Rust doc comments (`///`) wrap English prose at about 80 columns, and
 * each of those lines is not a paragraph of its own.
 * @param {string} text
 * @param {string} line
 */
function joinLine(text, line) {
  if (!text) return line;
  const glue = WIDE.test(text.slice(-1)) && WIDE.test(line[0]) ? '' : ' ';
  return `${text}${glue}${line}`;
}

/**
 * Inline Markdown as nodes: code spans lose their backticks (a span may
 * have been wrapped over two lines), `*emphasis*` outside them is <em>.
 * @param {string} text
 * @returns {Node[]}
 */
function inline(text) {
  const nodes = [];
  text.split(/(`[^`]*`)/).forEach((part, i) => {
    if (i % 2) {
      nodes.push(document.createTextNode(part.slice(1, -1)));
      return;
    }
    part.split(/\*([^*\s](?:[^*]*[^*\s])?)\*/).forEach((piece, j) => {
      if (piece) nodes.push(j % 2 ? element('em', '', piece) : document.createTextNode(piece));
    });
  });
  return nodes;
}

/**
 * @param {string} markdown
 * @returns {Node[]}
 */
export function renderDocs(markdown) {
  /** @type {Node[]} */
  const nodes = [];
  /** @type {HTMLUListElement | null} */
  let list = null;
  /** the block being read: a paragraph or a list item, with its text so far */
  let block = /** @type {{element: HTMLElement, text: string} | null} */ (null);
  const close = () => {
    if (block) block.element.append(...inline(block.text));
    block = null;
  };
  for (const raw of markdown.split('\n')) {
    const line = raw.trim();
    if (!line) {
      close();
      list = null;
    } else if (line.startsWith('### ')) {
      close();
      list = null;
      nodes.push(element('h4', '', line.slice(4).replace(/`/g, '')));
    } else if (line.startsWith('- ')) {
      close();
      if (!list) nodes.push((list = document.createElement('ul')));
      block = { element: element('li', ''), text: line.slice(2) };
      list.append(block.element);
    } else if (block) {
      block.text = joinLine(block.text, line);
    } else {
      list = null;
      block = { element: element('p', ''), text: line };
      nodes.push(block.element);
    }
  }
  close();
  return nodes;
}

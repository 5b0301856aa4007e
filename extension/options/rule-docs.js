// A rule's documentation (the Markdown written in the rule's Rust file) as
// DOM nodes: `### ` headings, `- ` list items, paragraphs. Text only — never
// parsed as HTML.

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
      nodes.push(element('h4', line.slice(4)));
    } else if (line.startsWith('- ')) {
      if (!list) nodes.push((list = document.createElement('ul')));
      list.append(element('li', line.slice(2)));
    } else {
      list = null;
      nodes.push(element('p', line));
    }
  }
  return nodes;
}

function element(tag, text) {
  const el = document.createElement(tag);
  el.textContent = text.replace(/`([^`]*)`/g, '$1');
  return el;
}

// Reads a contenteditable's text the way the DOM renders it — text nodes in
// document order, block boundaries and <br> as "\n" — and keeps the map
// from text offsets (UTF-16, the engine's unit for the page) back to DOM
// positions. The same map places highlights and applies fixes.
{
  const ns = (globalThis.postcheck ??= {});

  const BLOCKS = new Set([
    'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DIV', 'DL', 'DT', 'FIGCAPTION', 'FIGURE', 'FOOTER',
    'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION',
    'TABLE', 'TBODY', 'TD', 'TH', 'THEAD', 'TR', 'UL',
  ]);
  const SKIPPED = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT']);

  /**
   * @typedef {{node: Text, start: number, end: number}} Segment
   * @typedef {{text: string, segments: Segment[]}} TextMap
   */

  /** A <br> that only gives an empty or last line its height renders no text. */
  function isPlaceholderBreak(br, root) {
    let next = br.nextSibling;
    while (next && next.nodeType === Node.TEXT_NODE && next.data === '') next = next.nextSibling;
    const parent = br.parentElement;
    return next === null && parent !== null && (parent === root || BLOCKS.has(parent.tagName));
  }

  /**
   * @param {Element} root the editing host
   * @returns {TextMap}
   */
  ns.readTextMap = (root) => {
    /** @type {string[]} */
    const parts = [];
    /** @type {Segment[]} */
    const segments = [];
    let length = 0;
    // True right after a block boundary's "\n" (nested block starts share one),
    // or at the very start.
    let atBoundary = true;
    let breakPending = false;

    const emit = (/** @type {string} */ s) => { parts.push(s); length += s.length; };
    const startContent = () => {
      if (breakPending && !atBoundary) emit('\n');
      breakPending = false;
      atBoundary = false;
    };

    const walk = (/** @type {Node} */ parent) => {
      for (let node = parent.firstChild; node; node = node.nextSibling) {
        if (node.nodeType === Node.TEXT_NODE) {
          const data = /** @type {Text} */ (node).data;
          if (data === '') continue;
          startContent();
          segments.push({ node: /** @type {Text} */ (node), start: length, end: length + data.length });
          emit(data);
        } else if (node.nodeType === Node.ELEMENT_NODE) {
          const el = /** @type {Element} */ (node);
          if (SKIPPED.has(el.tagName) || el.hasAttribute('hidden')) continue;
          if (el.tagName === 'BR') {
            if (isPlaceholderBreak(el, root)) { atBoundary = false; breakPending = false; continue; }
            startContent();
            emit('\n');
            atBoundary = true;
            continue;
          }
          const block = BLOCKS.has(el.tagName);
          if (block) {
            if (length > 0 && !atBoundary) emit('\n');
            atBoundary = true;
            breakPending = false;
          }
          walk(el);
          if (block) breakPending = true;
        }
      }
    };
    walk(root);
    return { text: parts.join(''), segments };
  };

  /**
   * The DOM position of a text offset. An offset on a synthetic "\n" maps to
   * the end of the text node before it.
   * @param {TextMap} map
   * @param {number} offset
   * @param {Element} root
   * @returns {{node: Node, offset: number}}
   */
  ns.pointAt = (map, offset, root) => {
    const { segments } = map;
    let lo = 0;
    let hi = segments.length - 1;
    let best = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (segments[mid].start <= offset) { best = mid; lo = mid + 1; } else hi = mid - 1;
    }
    if (best === -1) return segments.length ? { node: segments[0].node, offset: 0 } : { node: root, offset: 0 };
    const seg = segments[best];
    return { node: seg.node, offset: Math.min(offset, seg.end) - seg.start };
  };

  /**
   * The text offset of a DOM position (a selection's focus), or -1 when the
   * position is outside the map.
   * @param {TextMap} map
   * @param {Node} node
   * @param {number} offset
   */
  ns.offsetAt = (map, node, offset) => {
    if (node.nodeType === Node.TEXT_NODE) {
      const seg = map.segments.find((s) => s.node === node);
      if (seg) return seg.start + Math.min(offset, seg.end - seg.start);
    }
    // An element position: the first text node at or after it.
    const probe = document.createRange();
    try {
      probe.setStart(node, offset);
    } catch {
      return -1;
    }
    for (const seg of map.segments) {
      if (probe.comparePoint(seg.node, 0) >= 0) return seg.start;
    }
    return map.text.length;
  };

  /**
   * The client rectangles covering [start, end): one Range per text node.
   * @param {TextMap} map
   * @param {number} start
   * @param {number} end
   * @returns {DOMRect[]}
   */
  ns.rangeRects = (map, start, end) => {
    const rects = [];
    const range = document.createRange();
    for (const seg of map.segments) {
      if (seg.end <= start) continue;
      if (seg.start >= end) break;
      range.setStart(seg.node, Math.max(start, seg.start) - seg.start);
      range.setEnd(seg.node, Math.min(end, seg.end) - seg.start);
      for (const rect of range.getClientRects()) if (rect.width > 0 || rect.height > 0) rects.push(rect);
    }
    return rects;
  };
}

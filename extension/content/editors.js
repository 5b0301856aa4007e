// Editor adapters: the one place that knows how a kind of text box stores
// its text. Everything else (sessions, overlay, the last check before
// posting) talks to this interface:
//
//   element               the text box
//   read()                its text now (UTF-16 offsets are the engine's)
//   prepareLayout()       before a redraw's rects(): take the box's layout now
//   rects(start, end)     client rectangles of [start, end) as rendered
//   caret()               the caret's text offset, or -1 when not inside
//   replace(start, end, s) replace through the browser's editing commands,
//                         so the site's editor state follows and Ctrl+Z undoes
//   select(start, end)    focus the box and select [start, end)
//   dispose()
{
  const ns = (globalThis.postcheck ??= {});

  /** Applies a replacement to the current selection like typing would. */
  function insertOverSelection(replacement) {
    if (replacement === '') document.execCommand('delete', false);
    else document.execCommand('insertText', false, replacement);
  }

  /**
   * Focuses a text box without scrolling the page: a box taller than the
   * window would otherwise be scrolled to its top, away from the words the
   * user was fixing.
   * @param {HTMLElement} element
   */
  function focusInPlace(element) {
    element.focus({ preventScroll: true });
  }
  ns.focusInPlace = focusInPlace;

  /**
   * The selection a text box's caret is in: inside a shadow root, the
   * root's own (the document's is retargeted to the host).
   * @param {HTMLElement} element
   * @returns {Selection | null}
   */
  function selectionOf(element) {
    const root = /** @type {ShadowRoot & {getSelection?: () => Selection | null}} */ (element.getRootNode());
    return root instanceof ShadowRoot && root.getSelection ? root.getSelection() : document.getSelection();
  }

  // A <textarea> has no text nodes to measure: a hidden mirror element that
  // copies its computed style, size and scroll position lays the same text
  // out the same way.
  const MIRRORED = [
    'fontFamily', 'fontSize', 'fontWeight', 'fontStyle', 'fontStretch', 'fontVariant', 'fontFeatureSettings',
    'fontKerning', 'lineHeight', 'letterSpacing', 'wordSpacing', 'textIndent', 'textTransform', 'textAlign',
    'tabSize', 'direction', 'writingMode', 'whiteSpace', 'overflowWrap', 'wordBreak', 'lineBreak',
    'paddingTop', 'paddingRight', 'paddingBottom', 'paddingLeft',
    'borderTopWidth', 'borderRightWidth', 'borderBottomWidth', 'borderLeftWidth', 'borderStyle',
  ];

  class TextareaEditor {
    /**
     * @param {HTMLTextAreaElement} element
     * @param {Node} scratch where the mirror may live (the overlay's shadow root)
     */
    constructor(element, scratch) {
      this.element = element;
      this.mirror = document.createElement('div');
      this.mirror.className = 'mirror';
      this.mirrorText = document.createTextNode('');
      this.mirror.append(this.mirrorText);
      scratch.appendChild(this.mirror);
    }

    read() {
      return this.element.value;
    }

    /** Copies the textarea's style, size, position, text and scroll to the mirror. */
    prepareLayout() {
      const { element, mirror } = this;
      const style = getComputedStyle(element);
      for (const property of MIRRORED) mirror.style[property] = style[property];
      mirror.style.borderColor = 'transparent';
      const box = element.getBoundingClientRect();
      const scrollbar = element.offsetWidth - element.clientWidth - parseFloat(style.borderLeftWidth) - parseFloat(style.borderRightWidth);
      mirror.style.paddingRight = `${parseFloat(style.paddingRight) + Math.max(0, scrollbar)}px`;
      mirror.style.left = `${box.left}px`;
      mirror.style.top = `${box.top}px`;
      mirror.style.width = `${element.offsetWidth}px`;
      mirror.style.height = `${element.offsetHeight}px`;
      // A trailing newline only takes a line when something follows it.
      const value = element.value + '\u200b';
      if (this.mirrorText.data !== value) this.mirrorText.data = value;
      mirror.scrollTop = element.scrollTop;
      mirror.scrollLeft = element.scrollLeft;
    }

    rects(start, end) {
      const { length } = this.mirrorText;
      const range = document.createRange();
      range.setStart(this.mirrorText, Math.min(start, length));
      range.setEnd(this.mirrorText, Math.min(end, length));
      return [...range.getClientRects()].filter((r) => r.width > 0 || r.height > 0);
    }

    caret() {
      const { element } = this;
      const root = /** @type {Document | ShadowRoot} */ (element.getRootNode());
      return root.activeElement === element && element.selectionStart === element.selectionEnd ? element.selectionStart : -1;
    }

    select(start, end) {
      focusInPlace(this.element);
      this.element.setSelectionRange(start, end);
    }

    replace(start, end, replacement) {
      this.select(start, end);
      insertOverSelection(replacement);
    }

    dispose() {
      this.mirror.remove();
    }
  }

  class ContentEditableEditor {
    /** @param {HTMLElement} element the editing host */
    constructor(element) {
      this.element = element;
      /** @type {ReturnType<typeof ns.readTextMap> | null} */
      this.map = null;
    }

    read() {
      this.map = ns.readTextMap(this.element);
      return this.map.text;
    }

    prepareLayout() {
      this.currentMap();
    }

    /**
     * The map of the last read, or a fresh one when the DOM moved on: a text
     * node gone, or one whose text changed in place (an editor that wraps a
     * typed URL in a link splits the node, which keeps only the text before).
     */
    currentMap() {
      const { map, element } = this;
      const moved = !map || map.segments.some((s) => !element.contains(s.node) || s.node.data !== map.text.slice(s.start, s.end));
      if (moved) this.read();
      return /** @type {NonNullable<typeof this.map>} */ (this.map);
    }

    rects(start, end) {
      return ns.rangeRects(this.currentMap(), start, end);
    }

    caret() {
      const selection = selectionOf(this.element);
      if (!selection || !selection.isCollapsed || !selection.focusNode || !this.element.contains(selection.focusNode)) return -1;
      return ns.offsetAt(this.currentMap(), selection.focusNode, selection.focusOffset);
    }

    select(start, end) {
      const map = this.currentMap();
      const from = ns.pointAt(map, start, this.element);
      const to = ns.pointAt(map, end, this.element);
      focusInPlace(this.element);
      const range = document.createRange();
      range.setStart(from.node, from.offset);
      range.setEnd(to.node, to.offset);
      const selection = selectionOf(this.element);
      selection?.removeAllRanges();
      selection?.addRange(range);
    }

    replace(start, end, replacement) {
      this.select(start, end);
      insertOverSelection(replacement);
      this.map = null;
    }

    dispose() {}
  }

  /**
   * The adapter for a text box.
   * @param {HTMLElement} element
   * @param {Node} scratch
   */
  ns.editorFor = (element, scratch) =>
    element.tagName === 'TEXTAREA' ? new TextareaEditor(element, scratch) : new ContentEditableEditor(element);
}

// The overlay: one <postcheck-overlay> element on document.documentElement
// with an open shadow root, holding every highlight, counter and card. The
// site's editor DOM is never touched (an element placed beside an editor's
// text changes what the site reads as the post). The host is a zero-size
// fixed box at the viewport's origin, so children are placed in client
// coordinates; only the card takes pointer events, so clicks reach the
// editor through the highlights, and it acts only on trusted input.
//
// Styles go through a constructed stylesheet and the CSSOM, which a strict
// page CSP (no 'unsafe-inline' styles) does not block.
{
  const ns = (globalThis.postcheck ??= {});

  const CSS = `
    :host { all: initial; position: fixed; left: 0; top: 0; width: 0; height: 0; z-index: 2147483647; pointer-events: none; }
    .mirror { position: fixed; visibility: hidden; overflow: hidden; box-sizing: border-box; margin: 0; }
    .field { position: fixed; overflow: hidden; }
    .highlight { position: absolute; }
    .line { position: absolute; box-sizing: border-box; border-bottom: 2px solid var(--mark); background: var(--tint); border-radius: 1px; }
    .line.info { border-bottom-style: dashed; }
    .counter { position: fixed; font: 600 12px/1 system-ui, sans-serif; padding: 3px 6px; border-radius: 10px;
      color: var(--on-colour); background: var(--colour); box-shadow: 0 1px 2px var(--shadow); white-space: nowrap; }
    .card { position: fixed; pointer-events: auto; box-sizing: border-box; width: max-content; max-width: min(380px, 90vw);
      max-height: calc(100vh - 8px); overflow-y: auto;
      font: 13px/1.5 system-ui, "Hiragino Sans", "Noto Sans CJK JP", "Yu Gothic", sans-serif; color: var(--text); background: var(--surface);
      border: 1px solid var(--line); border-top: 4px solid var(--colour); border-radius: 8px; padding: 10px 12px;
      box-shadow: 0 4px 16px var(--shadow); }
    .card .head { display: flex; gap: 8px; align-items: baseline; }
    .card .badge { font-size: 11px; font-weight: 700; color: var(--colour); }
    .card .title { font-weight: 700; }
    .card p { margin: 6px 0; }
    .card .suggestion { font-weight: 600; }
    .card blockquote { margin: 6px 0; padding: 4px 8px; border-left: 3px solid var(--line); color: var(--muted); font-size: 12px; white-space: pre-line; }
    .card .hint { margin: 6px 0 0; font-size: 11px; color: var(--muted); }
    .card .actions { display: flex; gap: 6px; flex-wrap: wrap; margin-top: 8px; }
    .card button { font: inherit; font-size: 12px; padding: 3px 10px; border-radius: 4px; border: 1px solid var(--line); background: var(--button); color: var(--text); cursor: pointer; }
    .card button[data-action="apply"] { background: var(--primary); border-color: var(--primary); color: var(--on-primary); }
    .card button:disabled { display: none; }
    .card button:focus-visible { outline: 2px solid var(--focus); outline-offset: 1px; }
  `;

  /** @typedef {{finding: any, rects: DOMRect[]}} Drawn a finding with its client rectangles */

  /**
   * Of the items whose findings hold one point, the one with the shortest
   * span (the earliest of equals): where a finding lies inside another, the
   * inner one can be reached too, and the outer one still can around it.
   * @template T
   * @param {T[]} items
   * @param {(item: T) => {start: number, end: number}} findingOf
   * @returns {T | undefined}
   */
  ns.innermost = (items, findingOf) => {
    const length = (/** @type {T} */ item) => findingOf(item).end - findingOf(item).start;
    return items.reduce((best, item) => (best === undefined || length(item) < length(best) ? item : best), /** @type {T | undefined} */ (undefined));
  };

  const SEVERITY_ORDER = ['info', 'warning', 'error'];

  /** The highlights and counter of one text box. */
  class Layer {
    /** @param {ShadowRoot} root */
    constructor(root) {
      this.field = document.createElement('div');
      this.field.className = 'field';
      this.counter = document.createElement('div');
      this.counter.className = 'counter';
      this.counter.setAttribute('data-counter', '');
      this.counter.hidden = true;
      root.append(this.field, this.counter);
      /** @type {Drawn[]} */
      this.drawn = [];
    }

    /**
     * Redraws the highlights, clipped to the box's visible client area, and
     * the counter: every finding of the post, scrolled into view or not.
     * @param {DOMRect} clip the text box's padding box, in client coordinates
     * @param {Drawn[]} drawn
     * @param {{severity: string}[]} findings
     */
    draw(clip, drawn, findings) {
      const { field } = this;
      Object.assign(field.style, { left: `${clip.left}px`, top: `${clip.top}px`, width: `${clip.width}px`, height: `${clip.height}px` });
      const highlights = drawn.map(({ finding, rects }) => this.highlight(finding, rects, clip));
      field.replaceChildren(...highlights);
      this.drawn = drawn;

      const shown = findings.filter((finding) => finding.severity !== 'info');
      this.counter.hidden = shown.length === 0;
      if (shown.length) {
        const worst = shown.reduce((a, finding) => Math.max(a, SEVERITY_ORDER.indexOf(finding.severity)), 0);
        this.counter.dataset.severity = SEVERITY_ORDER[worst];
        this.counter.textContent = `⚠ ${shown.length}`;
        this.counter.style.left = `${clip.right - this.counter.offsetWidth - 4}px`;
        this.counter.style.top = `${clip.bottom - this.counter.offsetHeight - 4}px`;
      }
    }

    highlight(finding, rects, clip) {
      const el = document.createElement('div');
      el.className = 'highlight';
      el.dataset.rule = finding.rule;
      el.dataset.severity = finding.severity;
      el.dataset.start = String(finding.start);
      el.dataset.end = String(finding.end);
      if (!rects.length) return el;
      const left = Math.min(...rects.map((r) => r.left));
      const top = Math.min(...rects.map((r) => r.top));
      const right = Math.max(...rects.map((r) => r.right));
      const bottom = Math.max(...rects.map((r) => r.bottom));
      Object.assign(el.style, { left: `${left - clip.left}px`, top: `${top - clip.top}px`, width: `${right - left}px`, height: `${bottom - top}px` });
      for (const rect of rects) {
        const line = document.createElement('div');
        line.className = finding.severity === 'info' ? 'line info' : 'line';
        Object.assign(line.style, { left: `${rect.left - left}px`, top: `${rect.top - top}px`, width: `${rect.width}px`, height: `${rect.height}px` });
        el.append(line);
      }
      return el;
    }

    /** The drawn finding under a client point, if any (the innermost where spans nest). */
    findingAt(x, y) {
      const hits = this.drawn.filter(({ rects }) => rects.some((r) => x >= r.left && x <= r.right && y >= r.top && y <= r.bottom + 2));
      return ns.innermost(hits, (hit) => hit.finding);
    }

    clear() {
      this.field.replaceChildren();
      this.counter.hidden = true;
      this.drawn = [];
    }

    remove() {
      this.field.remove();
      this.counter.remove();
    }
  }

  class Overlay {
    constructor() {
      // Left behind by a previous instance of the extension (before an update).
      for (const stale of document.querySelectorAll('postcheck-overlay')) stale.remove();
      this.host = document.createElement('postcheck-overlay');
      this.root = this.host.attachShadow({ mode: 'open' });
      const sheet = new CSSStyleSheet();
      // The palette after CSS: its color-scheme outlives the host's `all: initial`.
      sheet.replaceSync(CSS + ns.PALETTE);
      this.root.adoptedStyleSheets = [sheet];
      document.documentElement.append(this.host);
    }

    createLayer() {
      this.reattach();
      return new Layer(this.root);
    }

    /** Some sites replace <html>'s children; the overlay goes back. */
    reattach() {
      if (!this.host.isConnected) document.documentElement.append(this.host);
    }

    remove() {
      this.host.remove();
    }
  }

  /**
   * `listener`, called only for the user's own input. The shadow root is
   * open (the test contract needs that), so a page script can reach the
   * card's and the confirmation's buttons and click them or press keys on
   * them; none of that may ignore a finding, let a post out or open tabs.
   * A key the user presses on a focused button still clicks it: the
   * browser's own click is trusted.
   * @template {Event} E
   * @param {(event: E) => void} listener
   * @returns {(event: E) => void}
   */
  ns.trusted = (listener) => (event) => {
    if (event.isTrusted) listener(event);
  };

  /**
   * An element of the overlay's own UI (the card, the confirmation).
   * @param {string} tag @param {string} [className] @param {string} [text]
   */
  ns.element = (tag, className, text) => {
    const el = document.createElement(tag);
    if (className) el.className = className;
    if (text !== undefined) el.textContent = text;
    return el;
  };

  /**
   * A Tab key in a box that holds the user's attention (the card, the
   * confirmation): the focus goes round `controls`, past the last to the
   * first and before the first to the last, never out to the page's end
   * while the box stays open.
   * @param {KeyboardEvent} event
   * @param {HTMLElement[]} controls the enabled ones, in order
   * @param {Element | null} active the focused element of the overlay
   */
  ns.tabRound = (event, controls, active) => {
    const at = controls.indexOf(/** @type {any} */ (active));
    event.preventDefault();
    controls[event.shiftKey ? (at <= 0 ? controls.length - 1 : at - 1) : (at + 1) % controls.length]?.focus();
  };

  /** @type {Overlay | null} */
  let overlay = null;

  /** The page's overlay, created on first use. */
  ns.overlay = () => (overlay ??= new Overlay());

  ns.removeOverlay = () => {
    overlay?.remove();
    overlay = null;
  };
}

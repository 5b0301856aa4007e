// One checked text box: reads its text on input, asks the service worker for
// findings (debounced, one check in flight, through content/checks.js),
// keeps highlights in place, and carries out the card's actions. Nothing is
// checked or redrawn while an IME composition is open; the check follows
// compositionend (no input event with isComposing=false comes after it).
{
  const ns = (globalThis.postcheck ??= {});

  const DEBOUNCE_MS = 100;

  /**
   * @typedef {{rule: string, severity: string, clause: string, start: number, end: number, text: string,
   *   message: string, message_en: string, suggestion: string | null, title: string, title_en: string,
   *   clause_text: string, clause_text_en: string}} Finding
   * @typedef {{onFindings: (session: Session) => void, onGone: () => void}} SessionHooks
   */

  class Session {
    /**
     * @param {HTMLElement} element
     * @param {ReturnType<typeof ns.overlay>} overlay
     * @param {SessionHooks} hooks
     * @param {boolean} composing whether an IME composition is open already
     */
    constructor(element, overlay, hooks, composing) {
      this.element = element;
      this.editor = ns.editorFor(element, overlay.root);
      this.layer = overlay.createLayer();
      this.hooks = hooks;
      this.text = this.editor.read();
      /** @type {Finding[]} every finding of the last answer, shifted across edits since */
      this.findings = [];
      /** @type {Set<string>} findings the user chose to ignore */
      this.ignored = new Set();
      this.composing = composing;
      this.timer = 0;
      this.frame = 0;
      /** @type {Promise<Finding[]> | null} */
      this.inFlight = null;
      this.stale = false;
      this.disposed = false;
      /** @type {string | null} the text the findings are the answer for; null after an edit */
      this.checkedText = null;
      /** when the last edit's event happened (`performance.now()` time), until its highlights are drawn */
      this.editedAt = -1;

      this.listeners = ns.timedListeners(/** @type {[EventTarget, string, EventListener][]} */ ([
        // isComposing too: the box may have been focused mid-composition.
        [element, 'input', (event) => { if (!(/** @type {InputEvent} */ (event)).isComposing) this.onInput(event); }],
        [element, 'compositionstart', () => { this.composing = true; clearTimeout(this.timer); }],
        [element, 'compositionend', (event) => { this.composing = false; this.onInput(event); }],
      ]));
      for (const [target, type, listener] of this.listeners) target.addEventListener(type, listener);
      this.resizeObserver = new ResizeObserver(() => this.scheduleRedraw());
      this.resizeObserver.observe(element);
      if (!composing) this.scheduleCheck(0);
    }

    /** The findings shown: not ignored. */
    visible() {
      return this.findings.filter((f) => !this.ignored.has(ignoreKey(f)));
    }

    /**
     * The visible findings if they are the answer for the text as it is
     * now, else null (an edit since, a check under way, an open IME
     * composition): what the last check before posting can use at once.
     * @returns {Finding[] | null}
     */
    current() {
      const settled = !this.inFlight && !this.composing && this.checkedText !== null && this.checkedText === this.editor.read();
      return settled ? this.visible() : null;
    }

    /** @param {Event} event the input or compositionend that changed the text */
    onInput(event) {
      if (this.composing) return;
      this.editedAt = event.timeStamp;
      const text = this.editor.read();
      this.shiftAcross(text);
      this.scheduleRedraw();
      this.scheduleCheck(DEBOUNCE_MS);
    }

    /**
     * Until the next answer, keeps the old highlights on their words: those
     * after the edit move by its length, those it touched go.
     * @param {string} text the new text
     */
    shiftAcross(text) {
      const old = this.text;
      if (old === text) return;
      this.checkedText = null;
      let prefix = 0;
      const shortest = Math.min(old.length, text.length);
      while (prefix < shortest && old.charCodeAt(prefix) === text.charCodeAt(prefix)) prefix++;
      let suffix = 0;
      while (suffix < shortest - prefix && old.charCodeAt(old.length - 1 - suffix) === text.charCodeAt(text.length - 1 - suffix)) suffix++;
      const editEnd = old.length - suffix;
      const delta = text.length - old.length;
      this.findings = this.findings.flatMap((f) => {
        if (f.end <= prefix) return [f];
        if (f.start >= editEnd) return [{ ...f, start: f.start + delta, end: f.end + delta }];
        return [];
      });
      this.text = text;
    }

    scheduleCheck(delay) {
      clearTimeout(this.timer);
      this.timer = setTimeout(() => { this.check().catch(() => {}); }, delay);
    }

    /**
     * Checks the text now and resolves with the visible findings: what the
     * last check before posting waits for. A call while a check is in flight
     * joins it; the check repeats until its answer matches the text (not
     * when the text is what was checked: a long one costs the worker).
     * @returns {Promise<Finding[]>}
     */
    check() {
      clearTimeout(this.timer);
      if (this.inFlight) {
        this.stale = true;
        return this.inFlight;
      }
      this.inFlight = (async () => {
        try {
          do {
            this.stale = false;
            await this.runCheck();
          } while (this.stale && this.checkedText !== this.editor.read());
        } finally {
          this.inFlight = null;
        }
        return this.visible();
      })();
      return this.inFlight;
    }

    async runCheck() {
      let start = performance.now();
      const text = this.editor.read();
      this.shiftAcross(text);
      // Wanted while the box holds this text: a long text's remaining pieces are dropped after an edit.
      const sent = ns.checkText(text, () => !this.disposed && this.text === text);
      ns.measure('postcheck:check', start);
      const answer = await sent;
      if (answer === ns.DROPPED) {
        this.stale = !this.disposed; // check the newest text
        return;
      }
      start = performance.now();
      try {
        this.takeAnswer(text, answer);
      } finally {
        ns.measure('postcheck:check', start);
      }
    }

    /**
     * @param {string} text the text checked
     * @param {{findings: Finding[]} | null} answer
     */
    takeAnswer(text, answer) {
      if (answer === null) {
        this.hooks.onGone();
        return;
      }
      if (this.composing) return; // compositionend checks again
      if (this.editor.read() !== text) {
        this.stale = true;
        return;
      }
      this.findings = answer.findings;
      this.checkedText = text;
      this.scheduleRedraw();
      this.hooks.onFindings(this);
    }

    scheduleRedraw() {
      if (this.frame) return;
      this.frame = requestAnimationFrame(ns.timed('postcheck:redraw', () => {
        this.frame = 0;
        this.redraw();
      }));
    }

    redraw() {
      if (this.composing) return;
      const { element } = this;
      const box = element.getBoundingClientRect();
      if (!element.isConnected || (box.width === 0 && box.height === 0)) {
        this.layer.clear();
        return;
      }
      // An editable body (a classic blog editor's frame) is edited in the whole window, however short the text.
      const clip = element === document.body
        ? new DOMRect(0, 0, document.documentElement.clientWidth, document.documentElement.clientHeight)
        : new DOMRect(box.left + element.clientLeft, box.top + element.clientTop, element.clientWidth, element.clientHeight);
      this.editor.prepareLayout();
      const findings = this.visible();
      const drawn = findings.map((finding) => ({ finding, rects: this.editor.rects(finding.start, finding.end) }));
      // The counter counts the findings scrolled out of view too: a post is not clean because its problem is out of sight.
      this.layer.draw(clip, drawn.filter(({ rects }) => rects.some((r) => r.bottom > clip.top && r.top < clip.bottom)), findings);
      if (this.editedAt >= 0 && this.checkedText === this.text) {
        ns.measure('postcheck:highlights', this.editedAt);
        this.editedAt = -1;
      }
    }

    /** The finding whose span holds a text offset (the innermost where spans nest), or undefined. */
    findingAtOffset(offset, inclusive) {
      const holding = this.visible().filter((f) => (inclusive ? f.start <= offset && offset <= f.end : f.start < offset && offset < f.end));
      return ns.innermost(holding, (f) => f);
    }

    /** The first client rectangle of a drawn finding. */
    anchorOf(finding) {
      return this.layer.drawn.find((d) => d.finding === finding)?.rects[0] ?? null;
    }

    /**
     * Replaces the finding's span by its suggestion, if the text there is
     * still what was checked.
     * @param {Finding} finding
     */
    apply(finding) {
      if (finding.suggestion === null) return;
      const text = this.editor.read();
      if (text.slice(finding.start, finding.end) !== finding.text) {
        this.scheduleCheck(0);
        return;
      }
      this.editor.replace(finding.start, finding.end, finding.suggestion);
    }

    /** @param {Finding} finding */
    ignore(finding) {
      this.ignored.add(ignoreKey(finding));
      this.scheduleRedraw();
      this.hooks.onFindings(this);
    }

    dispose() {
      this.disposed = true;
      clearTimeout(this.timer);
      cancelAnimationFrame(this.frame);
      for (const [target, type, listener] of this.listeners) target.removeEventListener(type, listener);
      this.resizeObserver.disconnect();
      this.editor.dispose();
      this.layer.remove();
    }
  }

  /** Ignoring a finding ignores the same words for the same rule in this box. */
  const ignoreKey = (/** @type {Finding} */ f) => `${f.rule}\u0000${f.text}`;

  ns.Session = Session;
}

// The finding card: what the guideline says about one highlighted span,
// with the actions apply / ignore / explain. One card at a time, in the
// overlay's shadow root; it opens on hover, when the caret enters a span,
// or from the keyboard (Alt+Enter in the text box), and Escape closes it.
{
  const ns = (globalThis.postcheck ??= {});
  const { element } = ns;

  /**
   * @typedef {{apply: (f: any) => void, ignore: (f: any) => void, explain: (f: any) => void, close: () => void}} CardActions
   * @typedef {{strings: Record<string, string>, lang: string}} UiText
   */

  class Card {
    /** @param {ShadowRoot} root */
    constructor(root) {
      this.root = root;
      /** @type {HTMLElement | null} */
      this.element = null;
      this.finding = null;
      /** how it was opened: 'pointer' | 'caret' | 'keyboard' */
      this.source = '';
      /** the keyboard hint, shown when the caret opened the card */
      this.hint = document.createElement('p');
    }

    /**
     * @param {any} finding
     * @param {DOMRect} anchor the rectangle to place the card under
     * @param {UiText} ui
     * @param {CardActions} actions
     * @param {string} source
     */
    show(finding, anchor, ui, actions, source) {
      if (this.finding === finding && this.element) {
        // Alt+Enter put the focus in the buttons: a caret event still queued
        // from the text box must not bring the keyboard hint back.
        if (!(source === 'caret' && this.source === 'keyboard')) this.setSource(source);
        return;
      }
      this.hide();
      const { strings, lang } = ui;
      const en = lang === 'en';
      const text = (/** @type {string} */ key) => strings[key] ?? key;
      const el = document.createElement('div');
      el.className = 'card';
      el.setAttribute('data-card', '');
      el.setAttribute('role', 'dialog');
      el.dataset.rule = finding.rule;
      el.dataset.severity = finding.severity;

      const head = element('div', 'head');
      head.append(element('span', 'badge', text(`severity_${finding.severity}`)), element('span', 'title', en ? finding.title_en : finding.title));
      el.setAttribute('aria-label', head.textContent ?? '');
      el.append(head, element('p', 'message', en ? finding.message_en : finding.message));
      if (finding.suggestion !== null && finding.suggestion !== undefined) {
        const shown = finding.suggestion === '' ? text('cardRemove') : finding.suggestion;
        el.append(element('p', 'suggestion', `${text('cardSuggestionLabel')} ${shown}`));
      }
      // The wording starts with the clause's number; without it, the number alone.
      const clause = element('blockquote', 'clause');
      clause.append(element('strong', '', text('cardClauseLabel')), document.createElement('br'),
        document.createTextNode((en ? finding.clause_text_en : finding.clause_text) || finding.clause));
      el.append(clause);

      const buttons = element('div', 'actions');
      for (const [action, label] of [['apply', 'cardApply'], ['ignore', 'cardIgnore'], ['explain', 'cardExplain']]) {
        const button = /** @type {HTMLButtonElement} */ (element('button', '', text(label)));
        button.type = 'button';
        button.dataset.action = action;
        if (action === 'apply') button.disabled = finding.suggestion === null || finding.suggestion === undefined;
        // Keep the editor's focus and selection when the pointer presses a button.
        button.addEventListener('mousedown', (event) => event.preventDefault());
        button.addEventListener('click', ns.trusted(() => actions[action](finding)));
        buttons.append(button);
      }
      el.append(buttons);
      el.addEventListener('keydown', ns.trusted((event) => {
        if (event.key === 'Escape') {
          event.stopPropagation();
          actions.close();
        } else if (event.key === 'Tab') {
          // Round the card's buttons: past the last one the focus went to the
          // page's end, away from the text box, with the card still open.
          ns.tabRound(event, [...el.querySelectorAll('button')].filter((button) => !button.disabled), this.root.activeElement);
        }
      }));

      this.hint = element('p', 'hint', text('cardKeyboardHint'));
      this.root.append(el);
      this.element = el;
      this.finding = finding;
      this.setSource(source);
      this.place(el, anchor);
    }

    /**
     * Opened by the caret, the card says how the keyboard reaches its
     * buttons (Tab from the text box goes on through the page instead).
     * @param {string} source
     */
    setSource(source) {
      this.source = source;
      if (source === 'caret') this.element?.append(this.hint);
      else this.hint.remove();
    }

    /**
     * Below the span, or above it when there is no room below; in a window
     * too short for either, inside the window (over the span rather than
     * with its buttons out of reach; the card scrolls when taller than the window).
     */
    place(el, anchor) {
      const gap = 4;
      const { offsetWidth: width, offsetHeight: height } = el;
      const left = Math.max(4, Math.min(anchor.left, innerWidth - width - 4));
      const below = anchor.bottom + gap;
      const above = anchor.top - gap - height;
      const top = below + height <= innerHeight ? below : above >= 0 ? above : Math.max(gap, innerHeight - height - gap);
      el.style.left = `${left}px`;
      el.style.top = `${top}px`;
    }

    focusFirstAction() {
      this.element?.querySelector('button:not(:disabled)')?.focus();
    }

    /** Whether a client point is over the card. */
    contains(x, y) {
      if (!this.element) return false;
      const r = this.element.getBoundingClientRect();
      return x >= r.left && x <= r.right && y >= r.top && y <= r.bottom;
    }

    hide() {
      this.element?.remove();
      this.element = null;
      this.finding = null;
      this.source = '';
    }
  }

  ns.Card = Card;
}

// What the overlay shows around posting: the confirmation before a post goes
// out (an account that is not official, findings, the approval checklist,
// Edit / Post anyway), and notes —
// short lines placed by a text box or a field (the photo reminder, the
// profile warning, "could not check"). Both live in the overlay's shadow
// root with their own stylesheet; the confirmation takes pointer events,
// notes do not (clicks reach the page through them).
{
  const ns = (globalThis.postcheck ??= {});
  const { element } = ns;

  const CSS = `
    .confirm { position: fixed; pointer-events: auto; box-sizing: border-box; width: max-content; max-width: min(420px, 92vw);
      font: 13px/1.5 system-ui, "Hiragino Sans", "Noto Sans CJK JP", "Yu Gothic", sans-serif; color: var(--text); background: var(--surface);
      border: 1px solid var(--line); border-top: 4px solid var(--colour, var(--info)); border-radius: 8px; padding: 10px 12px;
      box-shadow: 0 4px 16px var(--shadow); display: flex; flex-direction: column; max-height: calc(100vh - 8px); }
    /* Taller than the window (many findings, the account, the checklist), the middle scrolls: the title and the buttons stay in view. */
    .confirm .body { overflow-y: auto; min-height: 0; }
    .confirm h2 { font-size: 14px; margin: 0 0 6px; }
    .confirm p { margin: 6px 0; }
    .confirm ul { margin: 6px 0; padding-left: 18px; }
    .confirm li { margin: 2px 0; }
    .confirm .badge { font-size: 11px; font-weight: 700; color: var(--colour); margin-right: 4px; }
    .confirm .quote { font-weight: 600; }
    .confirm .permanent { color: var(--muted); font-size: 12px; }
    .confirm .account { padding: 6px 8px; border-radius: 6px; background: var(--account); }
    .confirm .account strong { font-weight: 700; }
    .confirm fieldset { border: 1px solid var(--line); border-radius: 6px; margin: 8px 0; padding: 4px 10px 6px; }
    .confirm legend { font-weight: 600; padding: 0 4px; }
    .confirm label { display: block; margin: 3px 0; cursor: pointer; }
    .confirm .actions { display: flex; gap: 6px; justify-content: flex-end; margin-top: 8px; }
    .confirm button { font: inherit; font-size: 12px; padding: 4px 12px; border-radius: 4px; border: 1px solid var(--line); background: var(--button); color: var(--text); cursor: pointer; }
    .confirm button[data-action="edit"] { background: var(--primary); border-color: var(--primary); color: var(--on-primary); }
    .confirm button:disabled { opacity: .5; cursor: default; }
    .confirm button:focus-visible, .confirm input:focus-visible { outline: 2px solid var(--focus); outline-offset: 1px; }
    .note { position: fixed; pointer-events: none; box-sizing: border-box; max-width: min(420px, 92vw);
      font: 12px/1.45 system-ui, "Hiragino Sans", "Noto Sans CJK JP", "Yu Gothic", sans-serif; color: var(--text);
      background: var(--surface); border: 1px solid var(--line); border-left: 4px solid var(--colour); border-radius: 6px; padding: 4px 8px;
      box-shadow: 0 1px 4px var(--shadow-soft); }
    .note.quiet { color: var(--muted); border-left-color: var(--quiet); }
  `;

  /** Findings listed in the confirmation; more are counted. */
  const LISTED = 5;

  /** @type {WeakSet<ShadowRoot>} roots that already have the sheet */
  const styled = new WeakSet();

  /** Adds this module's stylesheet to the overlay's shadow root once. */
  function style(/** @type {ShadowRoot} */ root) {
    if (styled.has(root)) return;
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(CSS);
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
    styled.add(root);
  }

  /** Places `el` above the anchor, or below when there is no room above. */
  function placeAbove(el, anchor) {
    const gap = 6;
    const { offsetWidth: width, offsetHeight: height } = el;
    const left = Math.max(4, Math.min(anchor.right - width, innerWidth - width - 4));
    const top = anchor.top - gap - height >= 0 ? anchor.top - gap - height : Math.min(anchor.bottom + gap, innerHeight - height - 4);
    el.style.left = `${left}px`;
    el.style.top = `${Math.max(4, top)}px`;
  }

  /** Places `el` under the anchor, left-aligned with it. */
  function placeBelow(el, anchor) {
    const left = Math.max(4, Math.min(anchor.left, innerWidth - el.offsetWidth - 4));
    el.style.left = `${left}px`;
    el.style.top = `${anchor.bottom + 4}px`;
  }

  /**
   * @typedef {{strings: Record<string, string>, lang: string}} UiText
   * @typedef {{findings: any[], account: string | null, reminder: string | null, checklist: string[], anchor: Element}} ConfirmContent
   *   `account`: the handle of the posting account when it is not an official one
   * @typedef {{edit: () => void, postAnyway: () => void, dismiss: () => void}} ConfirmActions
   */

  /** The confirmation before posting: one at a time, kept by its anchor (the post button) as the page scrolls. */
  class Confirmation {
    /** @param {ShadowRoot} root */
    constructor(root) {
      style(root);
      this.root = root;
      /** @type {HTMLElement | null} */
      this.element = null;
      /** @type {Element | null} */
      this.anchor = null;
      /** @type {ConfirmActions | null} */
      this.actions = null;
      this.frame = 0;
      this.onOutside = ns.trusted((/** @type {Event} */ event) => {
        if (this.element && !event.composedPath().includes(this.element)) this.actions?.dismiss();
      });
      this.onMove = () => {
        this.frame ||= requestAnimationFrame(() => {
          this.frame = 0;
          if (this.element && this.anchor) placeAbove(this.element, this.anchor.getBoundingClientRect());
        });
      };
    }

    /**
     * @param {ConfirmContent} content
     * @param {UiText} ui
     * @param {ConfirmActions} actions
     */
    show({ findings, account, reminder, checklist, anchor }, ui, actions) {
      this.hide();
      const { strings, lang } = ui;
      const en = lang === 'en';
      const text = (/** @type {string} */ key, ...args) => ns.formatText(strings, key, ...args);
      const el = element('div', 'confirm');
      el.setAttribute('data-confirm', '');
      el.setAttribute('role', 'alertdialog');
      el.setAttribute('aria-label', text('confirmTitle'));
      const worst = findings.some((f) => f.severity === 'error') ? 'error' : findings.length || account ? 'warning' : 'info';
      el.dataset.severity = worst;
      el.append(element('h2', '', text('confirmTitle')));
      const body = element('div', 'body');

      if (account) {
        const line = element('p', 'account', `${text('confirmAccountLabel')} `);
        const handle = element('strong', '', account);
        handle.setAttribute('data-account', account);
        line.append(handle, document.createTextNode(` ${text('confirmAccountNotOfficial')}`));
        body.append(line);
      }

      if (findings.length) {
        body.append(element('p', '', text('confirmFindings', findings.length)));
        const list = element('ul', 'findings');
        for (const finding of findings.slice(0, LISTED)) {
          const item = element('li');
          item.dataset.rule = finding.rule;
          item.dataset.severity = finding.severity;
          const about = en ? ` ${finding.title_en} (${finding.clause}): ${finding.message_en}` : ` ${finding.title}（${finding.clause}）：${finding.message}`;
          item.append(element('span', 'badge', text(`severity_${finding.severity}`)), element('span', 'quote', en ? `“${finding.text}”` : `「${finding.text}」`),
            document.createTextNode(about));
          list.append(item);
        }
        if (findings.length > LISTED) list.append(element('li', '', text('confirmMore', findings.length - LISTED)));
        body.append(list);
      }
      if (reminder) body.append(element('p', 'reminder', reminder));

      const postAnyway = /** @type {HTMLButtonElement} */ (element('button', '', text(findings.length || account ? 'confirmPostAnyway' : 'confirmPost')));
      /** @type {HTMLInputElement[]} */
      let boxes = [];
      /** @type {Set<HTMLInputElement>} the boxes the user ticked: a page script can tick boxes and enable buttons too */
      const ticked = new Set();
      const allTicked = () => boxes.every((box) => ticked.has(box));
      if (checklist.length) {
        const fieldset = element('fieldset');
        fieldset.setAttribute('data-checklist', '');
        fieldset.append(element('legend', '', text('checklistTitle')));
        boxes = checklist.map((item) => {
          const label = element('label');
          const box = /** @type {HTMLInputElement} */ (element('input'));
          box.type = 'checkbox';
          box.setAttribute('data-checklist-item', '');
          // A page script's click() is untrusted, but the change it causes is not: the click is what to refuse.
          box.addEventListener('click', (event) => {
            if (!event.isTrusted) event.preventDefault();
          });
          box.addEventListener('change', () => {
            if (box.checked) ticked.add(box);
            else ticked.delete(box);
            postAnyway.disabled = !allTicked();
          });
          label.append(box, document.createTextNode(` ${item}`));
          fieldset.append(label);
          return box;
        });
        postAnyway.disabled = true;
        body.append(fieldset);
      }
      body.append(element('p', 'permanent', text('confirmPermanent')));
      el.append(body);

      const edit = /** @type {HTMLButtonElement} */ (element('button', '', text(findings.length ? 'confirmEdit' : 'confirmBack')));
      const actionsRow = element('div', 'actions');
      const post = () => {
        if (allTicked()) actions.postAnyway();
      };
      for (const [button, action, run] of /** @type {const} */ ([[postAnyway, 'post-anyway', post], [edit, 'edit', actions.edit]])) {
        button.type = 'button';
        button.dataset.action = action;
        button.addEventListener('click', ns.trusted(() => run()));
        actionsRow.append(button);
      }
      el.append(actionsRow);
      el.addEventListener('keydown', ns.trusted((event) => {
        if (event.key === 'Escape') {
          event.stopPropagation();
          actions.edit();
        } else if (event.key === 'Tab') {
          // A question that holds the post keeps the focus until it is
          // answered: Tab past the last control would lose it in the page
          // while the confirmation stays open.
          ns.tabRound(event, [...boxes, postAnyway, edit].filter((control) => !control.disabled), this.root.activeElement);
        }
      }));

      this.root.append(el);
      placeAbove(el, anchor.getBoundingClientRect());
      this.element = el;
      this.anchor = anchor;
      this.actions = actions;
      addEventListener('pointerdown', this.onOutside, true);
      addEventListener('scroll', this.onMove, { capture: true, passive: true });
      addEventListener('resize', this.onMove, { passive: true });
      (checklist.length ? /** @type {HTMLElement} */ (el.querySelector('input')) : edit).focus();
    }

    hide() {
      removeEventListener('pointerdown', this.onOutside, true);
      removeEventListener('scroll', this.onMove, { capture: true });
      removeEventListener('resize', this.onMove);
      cancelAnimationFrame(this.frame);
      this.frame = 0;
      this.element?.remove();
      this.element = null;
      this.anchor = null;
      this.actions = null;
    }
  }

  /** A short note placed by a text box or a field: under it, or above it where under it is the site's own controls. */
  class Note {
    /**
     * @param {ShadowRoot} root
     * @param {string} attribute the data- attribute that names it for tests and styles (`data-reminder`)
     */
    constructor(root, attribute) {
      style(root);
      this.root = root;
      this.attribute = attribute;
      /** @type {HTMLElement | null} */
      this.element = null;
    }

    /**
     * @param {string} message
     * @param {string} severity 'info' | 'warning' | 'quiet'
     * @param {DOMRect} anchor
     * @param {'below' | 'above'} [side]
     */
    show(message, severity, anchor, side = 'below') {
      if (!this.element) {
        this.element = element('div', 'note');
        this.element.setAttribute(this.attribute, '');
        this.element.setAttribute('role', 'status');
        this.root.append(this.element);
      }
      const el = this.element;
      el.className = severity === 'quiet' ? 'note quiet' : 'note';
      el.dataset.severity = severity;
      if (el.textContent !== message) el.textContent = message;
      (side === 'above' ? placeAbove : placeBelow)(el, anchor);
    }

    hide() {
      this.element?.remove();
      this.element = null;
    }
  }

  /**
   * `strings[key]` with `$1`, `$2`… replaced by `args` (the content
   * scripts' twin of shared/i18n.js `format`, which is a module).
   */
  ns.formatText = (/** @type {Record<string, string>} */ strings, /** @type {string} */ key, /** @type {(string | number)[]} */ ...args) =>
    (strings[key] ?? key).replace(/\$(\d)/g, (_, n) => String(args[Number(n) - 1] ?? ''));

  ns.Confirmation = Confirmation;
  ns.Note = Note;
}

// A banner across the top of the page, in the overlay's shadow root: what
// postcheck has to say about the page itself rather than a text box (a
// profile that imitates the organisation, guideline 5(1)). It takes pointer
// events for its own close button only; the page is never covered beyond
// the banner's own box.
{
  const ns = (globalThis.postcheck ??= {});

  const CSS = `
    .banner { position: fixed; top: 8px; left: 50%; transform: translateX(-50%); pointer-events: auto; box-sizing: border-box;
      width: max-content; max-width: min(640px, 94vw); display: flex; gap: 10px; align-items: flex-start;
      font: 13px/1.5 system-ui, "Hiragino Sans", "Noto Sans CJK JP", "Yu Gothic", sans-serif; color: var(--text); background: var(--surface);
      border: 1px solid var(--line); border-left: 6px solid var(--error); border-radius: 8px; padding: 8px 10px;
      box-shadow: 0 4px 16px var(--shadow); }
    .banner p { margin: 0 0 4px; }
    .banner .headline { font-weight: 700; }
    .banner button { font: inherit; font-size: 12px; padding: 2px 10px; border-radius: 4px; border: 1px solid var(--line);
      background: var(--button); color: var(--text); cursor: pointer; flex: none; }
    .banner button:focus-visible { outline: 2px solid var(--focus); outline-offset: 1px; }
  `;

  /** @type {WeakSet<ShadowRoot>} roots that already have the sheet */
  const styled = new WeakSet();

  class Banner {
    /**
     * @param {ShadowRoot} root
     * @param {string} attribute the data- attribute that names it for tests (`data-impersonation`)
     */
    constructor(root, attribute) {
      if (!styled.has(root)) {
        const sheet = new CSSStyleSheet();
        sheet.replaceSync(CSS);
        root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
        styled.add(root);
      }
      this.root = root;
      this.attribute = attribute;
      /** @type {HTMLElement | null} */
      this.element = null;
    }

    /**
     * Shows the banner (replacing what it showed).
     * @param {string} value the attribute's value (the profile's handle)
     * @param {string[]} paragraphs the first is the headline
     * @param {string} closeLabel
     * @param {() => void} onClose after the user closed it
     */
    show(value, paragraphs, closeLabel, onClose) {
      this.hide();
      const el = document.createElement('div');
      el.className = 'banner';
      el.setAttribute(this.attribute, value);
      el.setAttribute('role', 'alert');
      const body = document.createElement('div');
      paragraphs.forEach((paragraph, i) => {
        const p = document.createElement('p');
        if (i === 0) p.className = 'headline';
        p.textContent = paragraph;
        body.append(p);
      });
      const close = document.createElement('button');
      close.type = 'button';
      close.dataset.action = 'close';
      close.textContent = closeLabel;
      close.addEventListener('click', ns.trusted(() => {
        this.hide();
        onClose();
      }));
      el.append(body, close);
      this.root.append(el);
      this.element = el;
    }

    hide() {
      this.element?.remove();
      this.element = null;
    }
  }

  ns.Banner = Banner;
}

// The profile check (guideline 3(4)): an official account's profile must
// give the URL of the board's page that introduces it, so that readers can
// tell it from an impersonation. On a site's profile editor (the adapter's
// `profile`), when neither the bio nor the website field holds the
// organisation's official homepage, a warning sits under the fields; it
// clears as soon as the URL is typed in.
//
// Cost: the fields are looked for when a field is typed into or focused,
// and — only on an edit page's path — when the page's DOM changes (the
// editor often opens as a dialog). No text box need ever be focused on a
// profile editor, so the fields showing up is what wakes the checks; once
// the checks have started without an official homepage to look for, this
// feature rests.
{
  const ns = (globalThis.postcheck ??= {});
  const features = (ns.features ??= new Map());
  features.get('profile')?.dispose();

  /** @type {{site: any, ui: {strings: Record<string, string>, lang: string}, homepage: string} | null} */
  let context = null;
  /** stopped, or started with no profile check to do (no homepage set, no profile editor known) */
  let resting = false;
  /** @type {InstanceType<typeof ns.Note> | null} */
  let note = null;
  const watch = new ns.PageWatch(() => editorsHere().length > 0, (onPage) => (onPage ? scan() : hideNote()));

  const listeners = ns.timedListeners(/** @type {[EventTarget, string, EventListener, AddEventListenerOptions][]} */ ([
    [document, 'input', (event) => onField(ns.composedTarget(event)), { capture: true }],
    [document, 'focusin', (event) => onField(ns.composedTarget(event)), { capture: true }],
    [window, 'scroll', () => { if (note) watch.schedule(); }, { capture: true, passive: true }],
    [window, 'resize', () => { if (note) watch.schedule(); }, { passive: true }],
  ]));

  function onField(target) {
    if (context && target instanceof Element && target.matches(context.site.profile.fields)) watch.schedule();
  }

  /**
   * The site adapters whose profile editor may be on this page's path: the
   * page's own once the checks have started; before, any (the content
   * script does not know its adapter until the worker answers).
   */
  function editorsHere() {
    if (resting) return [];
    const sites = context ? [context.site] : globalThis.postcheckSites.filter((site) => site.profile);
    return sites.filter((site) => new RegExp(site.profile.path).test(location.pathname));
  }

  function hideNote() {
    note?.hide();
    note = null;
  }

  function scan() {
    if (!context) {
      if (editorsHere().some((site) => document.querySelector(site.profile.fields))) ns.greet?.().catch(() => {});
      return;
    }
    const fields = /** @type {HTMLElement[]} */ ([...document.querySelectorAll(context.site.profile.fields)])
      .filter((field) => field.getClientRects().length > 0);
    if (fields.length === 0 || fields.some((field) => namesPage(fieldText(field), context?.homepage ?? ''))) {
      hideNote();
      return;
    }
    note ??= new ns.Note(ns.overlay().root, 'data-profile-warning');
    note.show(ns.formatText(context.ui.strings, 'profileMissing', context.homepage), 'warning', fields[fields.length - 1].getBoundingClientRect());
  }

  function fieldText(/** @type {HTMLElement} */ field) {
    return field instanceof HTMLInputElement || field instanceof HTMLTextAreaElement ? field.value : field.innerText;
  }

  /** A URL's host and path as written in a profile: no scheme, no `www.`, no trailing slash. */
  function bare(url) {
    return url.trim().replace(/^[a-z][\w+.-]*:\/\//i, '').replace(/^www\./i, '').replace(/\/+$/, '');
  }

  /**
   * Whether `text` gives the page at `homepage`: its host and path, with or
   * without scheme and `www.`, standing on their own (not the tail of a
   * longer host, not the head of a longer path).
   * @param {string} text
   * @param {string} homepage
   */
  function namesPage(text, homepage) {
    const wanted = bare(homepage).toLowerCase();
    if (!wanted) return true;
    const haystack = text.toLowerCase();
    for (let at = haystack.indexOf(wanted); at >= 0; at = haystack.indexOf(wanted, at + 1)) {
      const before = haystack.slice(0, at).replace(/(?:[a-z][\w+.-]*:\/\/)?(?:www\.)?$/, '');
      const rest = haystack.slice(at + wanted.length);
      // A sentence's full stop or a trailing slash may follow; a longer host or a deeper path may not.
      if (!/[\w.@-]$/.test(before) && !/^(?:[\w-]|\.[\w-]|\/[^\s?#/])/.test(rest)) return true;
    }
    return false;
  }

  features.set('profile', {
    start(next) {
      this.stop();
      const { site, ui, options } = next;
      resting = !site.profile || !options.official_homepage;
      if (resting) return;
      context = { site, ui, homepage: options.official_homepage };
      for (const [target, type, listener, opts] of listeners) target.addEventListener(type, listener, opts);
      watch.refresh();
    },
    stop() {
      resting = true;
      watch.pause();
      hideNote();
      if (!context) return;
      for (const [target, type, listener, opts] of listeners) target.removeEventListener(type, listener, opts);
      context = null;
    },
    dispose() {
      this.stop();
      watch.dispose();
    },
  });
}

// The photo and video reminder (guideline 4(3), portrait rights): when a
// photo or video comes into a compose box — the site's file input, a paste
// or a drop — a note by the box reminds of consent; it becomes a warning
// while the text also identifies a student or class (a `personal-info`
// finding), since the two together identify a child. Files are only looked
// at for their type; nothing is read, uploaded or analysed.
//
// The reminder lasts while the site shows the attachment (the adapter's
// `preview` selector), or, on sites whose preview we do not know, until
// the compose box is emptied (posted) or removed.
{
  const ns = (globalThis.postcheck ??= {});
  const features = (ns.features ??= new Map());
  features.get('attachments')?.dispose();

  const MEDIA = /^(image|video)\//;

  /**
   * @typedef {{editors: HTMLElement[], scope: Element, note: InstanceType<typeof ns.Note>,
   *   observer: MutationObserver, previewSeen: boolean, hadText: boolean}} Attached
   */

  /** @type {{site: any, ui: {strings: Record<string, string>, lang: string}} | null} */
  let context = null;
  /** @type {Attached[]} compose boxes with a photo or video */
  let attached = [];
  let frame = 0;

  // Files are listened for from the start (until disposed): a photo chosen
  // before any text box was focused wakes the checks.
  const fileListeners = ns.timedListeners(/** @type {[EventTarget, string, EventListener, AddEventListenerOptions][]} */ ([
    [document, 'change', (event) => onFiles(ns.composedTarget(event), /** @type {HTMLInputElement} */ (ns.composedTarget(event)).files), { capture: true }],
    [document, 'paste', (event) => onFiles(ns.composedTarget(event), /** @type {ClipboardEvent} */ (event).clipboardData?.files), { capture: true }],
    [document, 'drop', (event) => onFiles(ns.composedTarget(event), /** @type {DragEvent} */ (event).dataTransfer?.files), { capture: true }],
  ]));
  const layoutListeners = ns.timedListeners(/** @type {[EventTarget, string, EventListener, AddEventListenerOptions][]} */ ([
    [window, 'scroll', () => scheduleRefresh(), { capture: true, passive: true }],
    [window, 'resize', () => scheduleRefresh(), { passive: true }],
  ]));
  for (const [target, type, listener, options] of fileListeners) target.addEventListener(type, listener, options);

  /**
   * @param {EventTarget | null} target
   * @param {FileList | null | undefined} files
   */
  function onFiles(target, files) {
    if (!(target instanceof Element) || !files || ![...files].some((file) => MEDIA.test(file.type))) return;
    // The files are looked at now: sites empty their input once they have read it.
    if (context) attach(target);
    else ns.greet?.().then(() => attach(target), () => {});
  }

  /** Starts the reminder for the compose box a photo or video came into. */
  function attach(/** @type {Element} */ target) {
    const site = context?.site;
    if (!site?.attachments || !target.isConnected) return;
    const fromInput = target instanceof HTMLInputElement && target.type === 'file';
    if (fromInput ? !target.matches(site.attachments.input) : !target.closest(site.editors)) return;
    const { editors, button } = ns.composeOf(target, site);
    if (editors.length === 0 || attached.some((a) => a.editors.includes(editors[0]))) return;
    const scope = commonAncestor([target, ...editors, ...(button ? [button] : [])]);
    /** @type {Attached} */
    const entry = {
      editors, scope, note: new ns.Note(ns.overlay().root, 'data-reminder'),
      observer: new MutationObserver(() => scheduleRefresh()), previewSeen: false, hadText: false,
    };
    entry.observer.observe(scope, { childList: true, subtree: true });
    attached.push(entry);
    refresh(entry);
  }

  function commonAncestor(/** @type {Element[]} */ nodes) {
    let scope = nodes[0];
    while (scope.parentElement && !nodes.every((node) => scope.contains(node))) scope = scope.parentElement;
    return scope;
  }

  function scheduleRefresh() {
    if (frame || attached.length === 0) return;
    frame = requestAnimationFrame(() => {
      frame = 0;
      for (const entry of attached) refresh(entry);
    });
  }

  /** Whether the attachment is still there; shows or drops the note. */
  function refresh(/** @type {Attached} */ entry) {
    if (!context) return;
    const { editors, scope, note } = entry;
    const preview = context.site.attachments.preview;
    const text = editors.map((editor) => ns.sessionFor(editor)?.editor.read() ?? editor.textContent ?? '').join('');
    if (preview && scope.querySelector(preview)) entry.previewSeen = true;
    entry.hadText ||= text.trim() !== '';
    const gone = !editors.some((editor) => editor.isConnected)
      || (preview ? entry.previewSeen && !scope.querySelector(preview) : entry.hadText && text.trim() === '');
    if (gone) {
      drop(entry);
      return;
    }
    const identifies = editors.some((editor) => ns.sessionFor(editor)?.visible().some((f) => f.rule === 'personal-info'));
    const strings = context.ui.strings;
    // Above the box: under it are the site's attachment previews and buttons.
    note.show(ns.formatText(strings, identifies ? 'photoPersonalWarning' : 'photoReminder'), identifies ? 'warning' : 'info',
      editors[0].getBoundingClientRect(), 'above');
  }

  function drop(/** @type {Attached} */ entry) {
    entry.observer.disconnect();
    entry.note.hide();
    attached = attached.filter((a) => a !== entry);
  }

  /** Whether a photo or video is attached to the compose box of a text box. */
  ns.mediaAttached = (/** @type {HTMLElement} */ editor) => attached.some((a) => a.editors.includes(editor));

  features.set('attachments', {
    start(next) {
      if (!context) for (const [target, type, listener, options] of layoutListeners) target.addEventListener(type, listener, options);
      context = next;
    },
    stop() {
      if (!context) return;
      for (const [target, type, listener, options] of layoutListeners) target.removeEventListener(type, listener, options);
      context = null;
      cancelAnimationFrame(frame);
      frame = 0;
      for (const entry of attached) drop(entry);
    },
    dispose() {
      this.stop();
      for (const [target, type, listener, options] of fileListeners) target.removeEventListener(type, listener, options);
    },
    /** New findings may name a student: the reminder becomes a warning. */
    onFindings(session) {
      for (const entry of attached) if (entry.editors.includes(session.element)) refresh(entry);
    },
  });
}

// Entry point of the content script. Nothing happens until the user focuses
// a text box (a page nobody writes on costs one listener and never wakes the
// service worker); then it asks the worker whether this page is checked,
// starts a session for each text box focused, and routes pointer, caret and
// keyboard to the finding card.
//
// The checks around posting (content/precheck.js, attachments.js,
// profile.js) are features in `postcheck.features`: started with the site
// adapter, the UI strings and the before-posting settings, told of new
// findings, stopped when the page is switched off, disposed of with the
// rest. A feature whose moment comes before any text box is focused (a file
// chosen, the profile editor opened) wakes the checks with
// `postcheck.greet()`. `postcheck.sessionFor(element)` and
// `postcheck.openSession(element)` give them a text box's session.
//
// The same script runs in a frame once a text box there is focused
// (content/frames.js); a frame element focused here is handed to the worker
// to watch. A text box inside an open shadow root is found through the
// focus event's composed path.
{
  const ns = (globalThis.postcheck ??= {});

  // Scripts injected again (after an update) replace the earlier instance.
  ns.stop?.();
  ns.unwatchFrame?.();

  // An instance of an extension reloaded or updated lives on in a world of
  // its own (this `ns` is not its), its overlay on screen — an open
  // confirmation included — until something asks the worker. A new
  // instance's start tells it to go now. A page script can send the event
  // too: an instance whose extension is still there ignores it.
  const INSTANCE_STARTED = 'postcheck-instance-started';
  const onInstanceStarted = () => {
    if (!ns.extensionAlive()) stop();
  };

  /** @type {Map<HTMLElement, InstanceType<typeof ns.Session>>} */
  const sessions = new Map();
  /** @type {{strings: Record<string, string>, lang: string}} */
  let ui = { strings: {}, lang: 'ja' };
  /** @type {{editors: string} | null} */
  let site = null;
  /** @type {InstanceType<typeof ns.Card> | null} */
  let card = null;
  /** @type {InstanceType<typeof ns.Session> | null} the session whose finding the card shows */
  let cardSession = null;
  /** @type {{rule: string, start: number, end: number} | null} the finding whose caret card the user closed with Escape */
  let closedAtCaret = null;
  let hideTimer = 0;
  let stopped = false;
  // Tracked from the start: a session created mid-composition (its box was
  // focused before the worker answered) must not check the composing text.
  let composing = false;

  const pageListeners = ns.timedListeners(/** @type {[EventTarget, string, EventListener, AddEventListenerOptions][]} */ ([
    [document, 'focusin', (event) => onFocus(ns.composedTarget(event)), { capture: true }],
    // The focus went into a frame (no focusin here: the window's blur), or left this one.
    [window, 'blur', () => onBlur(), {}],
    // Back in this document: the caret's card, if the caret is in a finding.
    [window, 'focus', () => onCaretMove(), {}],
    // A frame's new document (reloaded, or a frame put in place of another) the focus may enter unheard.
    [document, 'load', (event) => onFrameLoad(ns.composedTarget(event)), { capture: true }],
    [document, 'compositionstart', () => { composing = true; }, { capture: true }],
    [document, 'compositionend', () => { composing = false; }, { capture: true }],
    [document, 'selectionchange', () => onCaretMove(), {}],
    [document, 'mousemove', (event) => onPointer(/** @type {MouseEvent} */ (event)), { passive: true }],
    // The pointer left the window (or went into a frame, which this document
    // hears nothing of): no mousemove will close the card it opened.
    [document, 'mouseout', (event) => { if (!(/** @type {MouseEvent} */ (event)).relatedTarget) hidePointerCardSoon(); }, { passive: true }],
    [document, 'keydown', (event) => onKey(/** @type {KeyboardEvent} */ (event)), { capture: true }],
    [window, 'scroll', () => redrawAll(), { capture: true, passive: true }],
    [window, 'resize', () => redrawAll(), { passive: true }],
    [document.fonts, 'loadingdone', () => redrawAll(), {}],
    [document, INSTANCE_STARTED, onInstanceStarted, {}],
  ]));

  /** @type {Promise<void> | null} the first hello, sent on the first focus of a text box */
  let greeted = null;
  const onStorageChanged = () => {
    if (greeted) hello().catch(() => {});
  };
  /** The worker says the settings changed in a way storage events do not tell (policy that answered late). */
  const onWorkerMessage = (/** @type {any} */ message) => {
    if (message?.type === 'settings-changed') onStorageChanged();
    return false;
  };

  // The document this instance checks: a frame's document written over by
  // document.open() keeps its window (and this namespace) but not the
  // listeners, and is watched again (content/frame-watch.js).
  const checkedRoot = document.documentElement;
  ns.checkedRoot = () => (stopped ? null : checkedRoot);
  // Written over while the focus stays in the frame, nothing would watch it
  // again; an observer is no listener, and document.open() keeps it. This
  // instance goes, and the frames are watched again.
  const writtenOver = new MutationObserver(() => {
    if (document.documentElement === checkedRoot) return;
    stop();
    ns.watchFrames();
  });

  ns.sessionFor = (/** @type {HTMLElement} */ element) => sessions.get(element) ?? null;

  /** The session of a text box, started now if it has none (a box never focused). */
  ns.openSession = (/** @type {HTMLElement} */ element) => {
    adopt(element);
    return sessions.get(element) ?? null;
  };

  // This instance's features: the files loaded just before this one (a
  // re-injected set replaces the map's entries, and must not be disposed of
  // by the instance it replaces).
  const ownFeatures = [...(ns.features?.values() ?? [])];
  const features = () => ownFeatures;

  /** Asks the worker about this page, once: on the first focused text box, or when a feature needs it. */
  ns.greet = () => {
    if (stopped) return Promise.reject(new Error('stopped'));
    greeted ??= hello().catch((error) => {
      greeted = null;
      throw error;
    });
    return greeted;
  };

  /**
   * Stops quietly for good: the extension went away (updated, reloaded,
   * removed), or a newer instance takes over. Callers use this closure, not
   * `ns.stop`, which a re-injected instance replaces.
   */
  function stop() {
    if (stopped) return;
    stopped = true;
    for (const [target, type, listener, options] of pageListeners) target.removeEventListener(type, listener, options);
    writtenOver.disconnect();
    try {
      chrome.storage.onChanged.removeListener(onStorageChanged);
      chrome.runtime.onMessage.removeListener(onWorkerMessage);
    } catch {
      // The extension context is already gone.
    }
    for (const feature of features()) feature.dispose();
    closeSessions();
    ns.removeOverlay();
  }
  ns.stop = stop;

  function closeSessions() {
    hideCard();
    for (const session of sessions.values()) session.dispose();
    sessions.clear();
  }

  async function hello() {
    const imitated = document.querySelector('meta[name="postcheck-site"]')?.getAttribute('content') ?? undefined;
    const answer = await ns.send({ type: 'hello', url: location.href, imitated });
    if (answer === null) return stop();
    ui = { strings: answer.strings, lang: answer.lang };
    const wasOn = site !== null;
    site = answer.enabled ? answer.site : null;
    ns.site = site;
    if (!site) {
      if (wasOn) {
        for (const feature of features()) feature.stop();
        closeSessions();
      }
      return;
    }
    for (const feature of features()) feature.start({ site, ui, options: answer.beforePosting });
    for (const session of sessions.values()) session.scheduleCheck(0);
    if (!wasOn) adopt(ns.deepActiveElement());
  }

  function onFocus(target) {
    if (!ns.isTextBox(target)) return;
    // The first hello wakes the worker and has it build the engine; a later
    // focus asks it to again, as it may have been stopped while idle.
    if (greeted && site) ns.send({ type: 'warm' }).catch(() => {});
    ns.greet().then(() => adopt(target), () => {});
  }

  /**
   * The focus left this document: the card the caret or the keyboard opened
   * goes (the caret is no longer in its finding; a frame's card would cover
   * that frame's text while the user writes in another editor). The focus
   * may have gone into a frame: in a checked page, the frames are watched
   * (content/frames.js).
   */
  function onBlur() {
    if (card?.source === 'caret' || card?.source === 'keyboard') hideCard();
    if (ns.focusMayEnterFrame()) ns.greet().then(() => { if (site) ns.watchFrames(); }, () => {});
  }

  /**
   * A frame loaded a document: one that had the focus (reloaded while
   * written in), or any while the focus is nowhere (the focused frame was
   * removed), is entered with no blur here to tell; in a checked page, the
   * frames are watched now.
   */
  function onFrameLoad(target) {
    if (!greeted || !ns.frameNeedsWatch(target)) return;
    greeted.then(() => { if (site) ns.watchFrames(); }, () => {});
  }

  /** The outermost editable box at or around a focused node, if it is one to check. */
  function editorAt(target) {
    if (!site || !(target instanceof Element)) return null;
    // A document whose whole body is editable is an editor (a classic blog
    // editor's frame), whatever the site's selectors say.
    let editor = target === document.body ? target : target.closest(site.editors);
    while (editor?.parentElement?.closest(site.editors)) editor = editor.parentElement.closest(site.editors);
    if (!(editor instanceof HTMLElement) || !editor.isContentEditable && editor.tagName !== 'TEXTAREA') return null;
    const optedOut = editor.closest('[data-postcheck="off"], [data-enable-grammarly="false"]');
    if (optedOut || /** @type {HTMLTextAreaElement} */ (editor).readOnly || /** @type {HTMLTextAreaElement} */ (editor).disabled) return null;
    return editor;
  }

  function adopt(target) {
    if (stopped) return;
    const editor = editorAt(target);
    if (!editor || sessions.has(editor)) return;
    for (const [element, session] of sessions) {
      if (!element.isConnected) {
        session.dispose();
        sessions.delete(element);
      }
    }
    sessions.set(editor, new ns.Session(editor, ns.overlay(), {
      onFindings: (session) => {
        refreshCard(session);
        for (const feature of features()) feature.onFindings?.(session);
      },
      onGone: stop,
    }, composing));
  }

  function redrawAll() {
    for (const session of sessions.values()) session.scheduleRedraw();
    if (card?.finding) hideCard();
  }

  function cardActions(session) {
    return {
      apply: (finding) => { hideCard(); session.apply(finding); },
      ignore: (finding) => { hideCard(); session.ignore(finding); ns.focusInPlace(session.element); },
      // The rule opens in another tab; back here, the card would still cover the text (and Post) until the pointer moved.
      explain: (finding) => { hideCard(); ns.focusInPlace(session.element); ns.send({ type: 'explain', rule: finding.rule }).catch(() => {}); },
      close: () => { hideCard(); ns.focusInPlace(session.element); },
    };
  }

  function showCard(session, finding, source) {
    const anchor = session.anchorOf(finding);
    if (!anchor) return;
    card ??= new ns.Card(ns.overlay().root);
    clearTimeout(hideTimer);
    card.show(finding, anchor, ui, cardActions(session), source);
    cardSession = session;
  }

  function hideCard() {
    clearTimeout(hideTimer);
    card?.hide();
    cardSession = null;
  }

  /** Whether two findings are one rule's over the same span (answers bring new objects). */
  const sameSpan = (a, b) => a.rule === b.rule && a.start === b.start && a.end === b.end;

  /** After new findings, the card stays with its finding, or closes when that is gone. */
  function refreshCard(session) {
    if (cardSession !== session || !card?.finding) return;
    const shown = card.finding;
    // A new answer brings new finding objects: the card stays open on the
    // same finding (the pointer resting on it must not lose it) and closes
    // when its finding is gone or has changed.
    const same = session.visible().find((f) => f === shown
      || (sameSpan(f, shown) && f.text === shown.text && f.suggestion === shown.suggestion));
    if (same) card.finding = same;
    else hideCard();
  }

  function onPointer(event) {
    if (!card?.finding && sessions.size === 0) return;
    const { clientX: x, clientY: y } = event;
    if (card?.contains(x, y)) {
      clearTimeout(hideTimer);
      return;
    }
    for (const session of sessions.values()) {
      const hit = session.layer.findingAt(x, y);
      if (hit) {
        showCard(session, hit.finding, 'pointer');
        return;
      }
    }
    hidePointerCardSoon();
  }

  /** The card the pointer opened closes unless the pointer comes back to it within 300 ms. */
  function hidePointerCardSoon() {
    if (card?.source !== 'pointer') return;
    clearTimeout(hideTimer);
    hideTimer = setTimeout(hideCard, 300);
  }

  function focusedSession() {
    const active = ns.deepActiveElement();
    for (const session of sessions.values()) {
      if (session.element === active || session.element.contains(active)) return session;
    }
    return null;
  }

  function onCaretMove() {
    const session = focusedSession();
    if (!session || session.composing) return;
    const offset = session.editor.caret();
    const finding = offset >= 0 ? session.findingAtOffset(offset, false) : undefined;
    // Closed with Escape, the card stays closed while the caret stays in that
    // finding: a selectionchange still queued from the user's last arrow key
    // must not bring it back. Leaving the finding forgets the refusal.
    if (finding && closedAtCaret && sameSpan(finding, closedAtCaret)) return;
    closedAtCaret = null;
    if (finding) showCard(session, finding, 'caret');
    else if (card?.source === 'caret') hideCard();
  }

  function onKey(event) {
    if (!event.isTrusted) return; // the card answers the user's keys, not a page script's
    if (event.key === 'Escape' && card?.finding && cardSession?.element.contains(/** @type {Node} */ (ns.composedTarget(event)))) {
      const { rule, start, end } = card.finding;
      closedAtCaret = { rule, start, end };
      hideCard();
      return;
    }
    if (event.key !== 'Enter' || !event.altKey || event.isComposing) return;
    const session = focusedSession();
    const offset = session ? session.editor.caret() : -1;
    const finding = session && offset >= 0 ? session.findingAtOffset(offset, true) : undefined;
    if (!session || !finding) return;
    event.preventDefault();
    event.stopPropagation();
    showCard(session, finding, 'keyboard');
    card?.focusFirstAction();
  }

  try {
    document.dispatchEvent(new Event(INSTANCE_STARTED));
    chrome.storage.onChanged.addListener(onStorageChanged);
    chrome.runtime.onMessage.addListener(onWorkerMessage);
    for (const [target, type, listener, options] of pageListeners) target.addEventListener(type, listener, options);
    if (window !== window.top) writtenOver.observe(document, { childList: true });
    onFocus(ns.deepActiveElement());
    // Injected while the focus is in a frame (after an update): its text box is the frames' to find.
    if (ns.focusInFrame()) onBlur();
  } catch {
    stop();
  }
}

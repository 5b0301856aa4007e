// The last check before a post goes out. When the user presses the site's
// post button (a click, or Enter or Space on it) or its post shortcut
// (Ctrl/Cmd+Enter on X) while the text has
// findings of the severities the organisation chose (errors by default),
// while the organisation's approval checklist (guideline 3(6)) is on, or
// from an account that is not one of the official accounts (3(3);
// content/account.js), the post is held and a confirmation opens by the
// button: the account, the findings, the checklist, Edit (select the first
// finding) and Post anyway (give the focus back where it was and perform
// the user's action once). The text is never touched.
//
// Only the user's own actions are held (`isTrusted`): what the page or this
// script dispatches itself passes, so Post anyway cannot be held again and
// posts exactly once. A long text is waited for while its pieces are being
// answered (content/checks.js), however long that takes; when the findings
// cannot be had (the engine leaves a message unanswered, the extension is
// gone), the post goes out unchecked — a checker must never stand between a
// school and its own account — with a quiet note.
{
  const ns = (globalThis.postcheck ??= {});
  const features = (ns.features ??= new Map());
  features.get('precheck')?.dispose();

  /** How long a held post waits for an answer from the worker before it goes out unchecked. */
  const ANSWER_TIMEOUT_MS = 2500;
  const GATING = /** @type {Record<string, string[]>} */ ({ error: ['error'], warning: ['error', 'warning'], off: [] });

  /**
   * @typedef {{confirm_on: string, approval_checklist_enabled: boolean, approval_checklist_items: string[],
   *   official_homepage: string, account_check: boolean, impostor_check: boolean}} BeforePosting
   * @typedef {{site: any, ui: {strings: Record<string, string>, lang: string}, options: BeforePosting}} FeatureContext
   * @typedef {{editors: HTMLElement[], anchor: Element, replay: () => void, focus: Element | null}} HeldPost what
   *   was held: the compose box's text boxes, where to show the confirmation, how to perform the user's
   *   action once, and where the focus was (it goes back there before the post goes out)
   */

  /** @type {FeatureContext | null} */
  let context = null;
  /** @type {InstanceType<typeof ns.Confirmation> | null} */
  let confirmation = null;
  /** @type {InstanceType<typeof ns.Note> | null} */
  let unavailableNote = null;
  let unavailableTimer = 0;
  /** a held post waiting for its findings */
  let waiting = false;
  /** the key whose press on a post button was held: its release is held too (a page may press on release) */
  let heldKey = '';

  const listeners = ns.timedListeners(/** @type {[EventTarget, string, EventListener][]} */ ([
    [window, 'click', (event) => onPress(event)],
    [window, 'keydown', (event) => onPress(event)],
    [window, 'keydown', (event) => onKeydown(/** @type {KeyboardEvent} */ (event))],
    [window, 'keyup', (event) => onKeyup(/** @type {KeyboardEvent} */ (event))],
  ]));
  // Before any text box was focused the page has not been asked about: a
  // box the site filled itself (a post opened for editing, a restored draft,
  // a share link's text) would go out unchecked on a press of Post.
  const early = ns.timedListeners(/** @type {[EventTarget, string, EventListener][]} */ ([
    [window, 'click', (event) => onEarlyPress(event)],
    [window, 'keydown', (event) => onEarlyPress(event)],
    [window, 'keyup', (event) => onKeyup(/** @type {KeyboardEvent} */ (event))],
  ]));
  for (const [target, type, listener] of early) target.addEventListener(type, listener, true);
  const removeEarly = () => {
    for (const [target, type, listener] of early) target.removeEventListener(type, listener, true);
  };

  /**
   * The post button a user's event presses: a click on it, or Enter or
   * Space on a button drawn as `<div role="button">`, which the page's own
   * key handler presses with no click event (a native button's keys make
   * a click, seen as one).
   * @param {Event} event
   * @param {string | null} selector the site's post button
   * @returns {HTMLElement | null}
   */
  function pressedButton(event, selector) {
    const target = ns.composedTarget(event); // inside a shadow root too
    if (!event.isTrusted || !selector || !(target instanceof Element)) return null;
    if (event instanceof KeyboardEvent) {
      const press = (event.key === 'Enter' || event.key === ' ') && !event.ctrlKey && !event.metaKey && !event.altKey && !event.isComposing;
      if (!press || target instanceof HTMLButtonElement || target instanceof HTMLInputElement) return null;
    }
    const button = /** @type {HTMLElement | null} */ (target.closest(selector));
    return button && !button.matches(':disabled, [aria-disabled="true"]') ? button : null;
  }

  /** @param {Event} event a click, or a key pressed on the post button */
  function onPress(event) {
    const site = context?.site;
    const button = site ? pressedButton(event, site.postButton) : null;
    if (!button) return;
    const { editors } = ns.composeOf(button, site);
    hold(event, { editors, anchor: button, replay: () => button.click(), focus: button });
    if (event instanceof KeyboardEvent && event.defaultPrevented) heldKey = event.key;
  }

  /** The release of a held press of the post button is the page's no more than the press was. */
  function onKeyup(event) {
    if (!heldKey || !event.isTrusted || event.key !== heldKey) return;
    heldKey = '';
    event.preventDefault();
    event.stopImmediatePropagation();
  }

  /**
   * A press of a known site's post button before the page was asked about:
   * held while a compose box around it holds text, until the worker has
   * said how this page is checked; then checked as any press (or let go,
   * when the page is not checked or the worker does not answer in time).
   */
  function onEarlyPress(event) {
    if (context) return;
    const site = globalThis.postcheckSites.find((s) => pressedButton(event, s.postButton));
    const button = site ? pressedButton(event, site.postButton) : null;
    if (!site || !button) return;
    const { editors } = ns.composeOf(button, site);
    const written = editors.some((el) => (el instanceof HTMLTextAreaElement ? el.value : el.innerText).trim() !== '');
    if (!written && !waiting) return;
    event.preventDefault();
    event.stopImmediatePropagation();
    if (event instanceof KeyboardEvent) heldKey = event.key;
    if (waiting) return;
    waiting = true;
    const post = { editors, anchor: button, replay: () => button.click(), focus: button };
    orNullAfter(ns.greet().then(() => true, () => false), ANSWER_TIMEOUT_MS).then((greeted) => {
      waiting = false;
      // Asked once: the page is known now (when it is checked, start() took over).
      if (greeted) removeEarly();
      const checked = greeted && context?.site.postButton && button.matches(context.site.postButton);
      if (checked) holdNow(post);
      else post.replay();
    });
  }

  /** Whether a key event is a shortcut such as 'Mod+Enter' (Mod: Ctrl or Cmd). */
  function isShortcut(event, shortcut) {
    const parts = shortcut.split('+');
    const key = parts.pop();
    const mod = parts.includes('Mod');
    return event.key === key && (event.ctrlKey || event.metaKey) === mod
      && event.shiftKey === parts.includes('Shift') && event.altKey === parts.includes('Alt');
  }

  function onKeydown(event) {
    const site = context?.site;
    if (!event.isTrusted || event.isComposing || !site?.postShortcut || !isShortcut(event, site.postShortcut)) return;
    const target = ns.composedTarget(event); // inside a shadow root too
    if (!(target instanceof Element) || !target.closest(site.editors)) return;
    const { button, editors } = ns.composeOf(target, site);
    const init = {
      key: event.key, code: event.code, ctrlKey: event.ctrlKey, metaKey: event.metaKey, shiftKey: event.shiftKey,
      altKey: event.altKey, bubbles: true, cancelable: true, composed: true,
    };
    // The post button is the same action as the shortcut, and a click is
    // what every site's own handler understands from a script.
    const replay = () => (button ? button.click() : target.dispatchEvent(new KeyboardEvent('keydown', init)));
    hold(event, { editors, anchor: button ?? target, replay, focus: target });
  }

  /** The sessions of the compose box's text boxes (opened for boxes never focused). */
  function sessionsOf(editors) {
    return editors.map((editor) => ns.sessionFor(editor) ?? ns.openSession?.(editor)).filter(Boolean);
  }

  /** The findings that hold a post, in text order, each with its session. */
  function gating(sessions, results) {
    const severities = GATING[context?.options.confirm_on ?? 'error'] ?? GATING.error;
    return sessions.flatMap((session, i) => results[i]
      .filter((finding) => severities.includes(finding.severity))
      .map((finding) => ({ finding, session })));
  }

  /** The posting account when it is not an official one (null: official, not checked, or unreadable). */
  function unofficial(/** @type {{handle: string, official: boolean} | null} */ account) {
    return account && !account.official ? account : null;
  }

  /**
   * Lets the post go at once when the findings and the account are known
   * and nothing holds it; otherwise holds it, waits for them and asks.
   * @param {Event} event
   * @param {HeldPost} post
   */
  function hold(event, post) {
    if (!context) return;
    const checklist = context.options.approval_checklist_enabled;
    const sessions = sessionsOf(post.editors);
    const known = sessions.map((session) => session.current());
    const account = ns.postingAccount ? ns.postingAccount.now() : null;
    const allKnown = known.every(Boolean) && account !== undefined;
    if (!checklist && allKnown && !unofficial(account) && gating(sessions, known).length === 0) return;

    event.preventDefault();
    event.stopImmediatePropagation();
    if (waiting) return;
    if (allKnown) {
      ask(post, gating(sessions, known), unofficial(account));
      return;
    }
    holdNow(post);
  }

  /**
   * Waits for the findings of the compose box's text and the posting
   * account, then asks, or lets the post go when nothing holds it.
   * @param {HeldPost} post
   */
  function holdNow(post) {
    if (!context) return;
    const checklist = context.options.approval_checklist_enabled;
    const sessions = sessionsOf(post.editors);
    waiting = true;
    // The account is asked of the worker too; an account that cannot be read in time is no
    // reason to hold the post (fail open), so it counts as unknown rather than as silence.
    const accountAnswer = ns.postingAccount ? orNullAfter(ns.postingAccount.ask(), ANSWER_TIMEOUT_MS) : null;
    whileAnswered(Promise.all([Promise.all(sessions.map((session) => session.check())), accountAnswer])).then(([results, asked]) => {
      waiting = false;
      if (!context) {
        // Switched off or cut off while waiting: nothing checks this post any more.
        post.replay();
        return;
      }
      const found = gating(sessions, results);
      const wrong = unofficial(asked);
      if (found.length === 0 && !checklist && !wrong) post.replay();
      else ask(post, found, wrong);
    }, () => {
      waiting = false;
      unchecked(post);
    });
  }

  /** `promise`, or a rejection once a check message has gone unanswered for ANSWER_TIMEOUT_MS. */
  function whileAnswered(promise) {
    let timer = 0;
    const silent = new Promise((_, reject) => {
      timer = setInterval(() => {
        if (ns.checkSilence() > ANSWER_TIMEOUT_MS) reject(new Error('no answer'));
      }, 100);
    });
    return Promise.race([promise, silent]).finally(() => clearInterval(timer));
  }

  /**
   * `promise`'s answer, or null when it has not come within `ms`.
   * @template T
   * @param {Promise<T>} promise
   * @param {number} ms
   * @returns {Promise<T | null>}
   */
  function orNullAfter(promise, ms) {
    let timer = 0;
    const late = new Promise((resolve) => { timer = setTimeout(() => resolve(null), ms); });
    return Promise.race([promise, late]).finally(() => clearTimeout(timer));
  }

  /** Fails open: the post goes out, and a quiet note says it was not checked. */
  function unchecked(post) {
    post.replay();
    if (!context) return;
    const root = ns.overlay().root;
    unavailableNote ??= new ns.Note(root, 'data-unavailable');
    unavailableNote.show(ns.formatText(context.ui.strings, 'engineUnavailable'), 'quiet', post.anchor.getBoundingClientRect());
    clearTimeout(unavailableTimer);
    unavailableTimer = setTimeout(() => unavailableNote?.hide(), 6000);
  }

  /**
   * Opens the confirmation for a held post.
   * @param {HeldPost} post
   * @param {{finding: any, session: any}[]} found
   * @param {{handle: string} | null} account the posting account, when it is not an official one
   */
  function ask(post, found, account) {
    if (!context || !post.anchor.isConnected) return;
    const { options, ui } = context;
    const checklist = options.approval_checklist_enabled ? checklistItems(options, ui.strings) : [];
    confirmation ??= new ns.Confirmation(ns.overlay().root);
    const attached = post.editors.some((editor) => ns.mediaAttached?.(editor));
    confirmation.show({
      findings: found.map(({ finding }) => finding),
      account: account?.handle ?? null,
      reminder: attached ? ns.formatText(ui.strings, 'photoReminder') : null,
      checklist,
      anchor: post.anchor,
    }, ui, {
      edit: () => {
        confirmation?.hide();
        const first = found[0];
        if (first) {
          first.session.editor.select(first.finding.start, first.finding.end);
          first.session.element.scrollIntoView({ block: 'nearest' });
        } else {
          post.editors[0]?.focus();
        }
      },
      postAnyway: () => {
        confirmation?.hide();
        // Where the user pressed Post, as without the confirmation: a keyboard user goes on from there, not from the page's top.
        if (post.focus?.isConnected) /** @type {HTMLElement} */ (post.focus).focus({ preventScroll: true });
        post.replay();
      },
      dismiss: () => confirmation?.hide(),
    });
  }

  /** The organisation's checklist, or the three steps of 3(6) in the UI language. */
  function checklistItems(options, strings) {
    if (options.approval_checklist_items.length) return options.approval_checklist_items;
    return ['checklistApproved', 'checklistAccurate', 'checklistPrivacy'].map((key) => ns.formatText(strings, key));
  }

  features.set('precheck', {
    /** @param {FeatureContext} next */
    start(next) {
      removeEarly();
      if (!context) for (const [target, type, listener] of listeners) target.addEventListener(type, listener, true);
      context = next;
    },
    stop() {
      if (!context) return;
      for (const [target, type, listener] of listeners) target.removeEventListener(type, listener, true);
      context = null;
      // The overlay goes with the content script; a restart draws in a new one.
      confirmation?.hide();
      unavailableNote?.hide();
      confirmation = null;
      unavailableNote = null;
      clearTimeout(unavailableTimer);
    },
    dispose() {
      removeEarly();
      this.stop();
    },
  });
}

// Frames and shadow roots. The manifest's content scripts run in the top
// frame only; an editor in a frame (a classic blog editor's about:blank or
// srcdoc frame, an embedded widget) is reached on demand, so that a frame
// no one writes in costs next to nothing:
//
//   1. the focus goes into a frame of a checked page (the page's window
//      blurs with a frame element active: Chrome fires no focus event on
//      the frame element, and tells a content script no frame id for it),
//      or leaves a frame that is watched or checked (it may go to a sibling
//      frame, which no one else hears of), or a frame loads a document
//      while it holds the focus (reloaded) or while the focus is nowhere
//      (the focused frame was removed, a new one may take its place: no
//      blur will tell of the focus going in): the service worker injects
//      content/frame-watch.js, with this file and messaging.js, into every
//      frame of the tab not yet watched or checked. The browser skips each
//      frame whose origin (for about:blank and srcdoc, the origin of the
//      page that made it) the extension has no host permission for: such a
//      frame is left alone;
//   2. frame-watch.js waits there with one focus listener; on a text box's
//      focus it has the worker inject the whole content script into that
//      frame's document, and main.js checks it as any page, with its own
//      overlay in the frame's own coordinates, clipped by the frame.
//
// A frame's document written over by document.open() (TinyMCE, CKEditor 4's
// setData) keeps its window, and this namespace, but loses every listener:
// the watch or the checks see it with an observer (which it keeps) and have
// the frames watched again (each says which document it listens to).
//
// Inside an open shadow root an event's target is retargeted to the host:
// the focused element is the first of the event's composed path, and the
// deepest active element of the shadow roots.
{
  const ns = (globalThis.postcheck ??= {});

  /** The element an event happened on, inside open shadow roots too. */
  ns.composedTarget = (/** @type {Event} */ event) => event.composedPath()[0] ?? event.target;

  /** The focused element, inside open shadow roots too. */
  ns.deepActiveElement = () => {
    let active = document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    return active;
  };

  /** Whether a focused element is a text box this extension can check. */
  ns.isTextBox = (/** @type {EventTarget | null} */ target) =>
    target instanceof HTMLElement && (target.isContentEditable || target.tagName === 'TEXTAREA');

  /** Whether the focus is in a frame inside this document. */
  ns.focusInFrame = () => {
    const active = ns.deepActiveElement();
    return active instanceof HTMLIFrameElement || active instanceof HTMLFrameElement;
  };

  /**
   * Whether this window's blur may have taken the focus into a frame not
   * yet watched (step 1): one inside it, or in a frame, a sibling.
   */
  ns.focusMayEnterFrame = () => window !== window.top || ns.focusInFrame();

  /**
   * Whether a frame that loaded a document may be written in with no blur
   * of this window to say so: it holds the focus (a reload), or the focus
   * is nowhere (the frame that had it was removed, and this one may replace it).
   */
  ns.frameNeedsWatch = (/** @type {EventTarget | null} */ target) =>
    (target instanceof HTMLIFrameElement || target instanceof HTMLFrameElement)
    && (!document.hasFocus() || ns.deepActiveElement() === target);

  /** Has the worker watch the tab's frames not yet watched or checked (step 1). */
  ns.watchFrames = () => {
    ns.send({ type: 'watch-frames' }).catch(() => {});
  };
}

// Step 2 of content/frames.js: alone in a frame (with messaging.js and
// frames.js), waiting for a text box there to be focused.
{
  const ns = (globalThis.postcheck ??= {});

  // Run again (the document was written over, or the extension updated):
  // the earlier watch goes.
  ns.unwatchFrame?.();

  const watchedRoot = document.documentElement;
  let watching = true;

  const onFocused = (/** @type {EventTarget | null} */ target) => {
    if (!ns.isTextBox(target)) return;
    ns.unwatchFrame?.();
    ns.send({ type: 'check-frame' }).catch(() => {});
  };
  const onFocusIn = (/** @type {Event} */ event) => onFocused(ns.composedTarget(event));
  // The focus left: maybe for a frame inside this one, or a sibling.
  const onBlur = () => ns.watchFrames();
  // The document written over (document.open() keeps observers, not listeners): watched again.
  const writtenOver = new MutationObserver(() => {
    if (document.documentElement === watchedRoot) return;
    ns.unwatchFrame?.();
    ns.watchFrames();
  });

  ns.unwatchFrame = () => {
    watching = false;
    document.removeEventListener('focusin', onFocusIn, true);
    window.removeEventListener('blur', onBlur);
    writtenOver.disconnect();
  };
  /** The document this watch listens to, or null. */
  ns.watchedRoot = () => (watching ? watchedRoot : null);

  document.addEventListener('focusin', onFocusIn, true);
  window.addEventListener('blur', onBlur);
  writtenOver.observe(document, { childList: true });
  // The focus that brought the watch here may be in a text box already (an
  // unfocused document's active element is its body, editable or not).
  if (document.hasFocus()) onFocused(ns.deepActiveElement());
}

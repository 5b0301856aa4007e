// How long the content script keeps the page's main thread busy, as User
// Timing measures: `postcheck:<event type>` for each event handler,
// `postcheck:check` and `postcheck:redraw` for the work in between, and
// `postcheck:highlights` from the keystroke to the highlights drawn for the
// text it made (bench/latency.mjs reads them). Each entry is cleared as soon
// as it is made, so a long session piles nothing up; a PerformanceObserver
// still receives it.
{
  const ns = (globalThis.postcheck ??= {});

  /**
   * @param {string} name
   * @param {number} start a `performance.now()` time
   */
  ns.measure = (name, start) => {
    performance.measure(name, { start, end: performance.now() });
    performance.clearMeasures(name);
  };

  /**
   * `fn`, measured under `name` on every call.
   * @template {(...args: any[]) => any} F
   * @param {string} name
   * @param {F} fn
   * @returns {F}
   */
  ns.timed = (name, fn) => /** @type {F} */ ((...args) => {
    const start = performance.now();
    try {
      return fn(...args);
    } finally {
      ns.measure(name, start);
    }
  });

  /**
   * Event listener entries `[target, type, listener, options?]`, each
   * listener measured as `postcheck:<type>`.
   * @template {[EventTarget, string, EventListener, ...any[]]} L
   * @param {L[]} entries
   * @returns {L[]}
   */
  ns.timedListeners = (entries) =>
    entries.map(([target, type, listener, ...rest]) => /** @type {L} */ ([target, type, ns.timed(`postcheck:${type}`, listener), ...rest]));
}

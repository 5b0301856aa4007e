// Content scripts are classic scripts (MV3 cannot declare module content
// scripts). They run in order from the manifest in the extension's isolated
// world and share one namespace, `globalThis.postcheck`, which the page's
// own scripts cannot see. Classic files need no web-accessible resources and
// no import() across the page's CSP, so they load on strict-CSP pages too.
// Each file is wrapped in a block so that injecting the scripts again (after
// an update) cannot collide with top-level declarations.
{
  const ns = (globalThis.postcheck ??= {});

  /** Whether this content script can still reach its extension. */
  ns.extensionAlive = () => {
    try {
      return Boolean(chrome.runtime?.id);
    } catch {
      return false;
    }
  };

  /**
   * Sends `message` to the service worker and resolves with its answer;
   * `null` when the extension is gone (updated, reloaded or removed: the
   * 'Extension context invalidated' case), which callers treat as "stop".
   * A worker that is waking up is given one more try.
   * @param {{type: string} & Record<string, unknown>} message
   * @returns {Promise<any>}
   */
  ns.send = async (message) => {
    for (let attempt = 0; ; attempt++) {
      if (!ns.extensionAlive()) return null;
      try {
        const response = await chrome.runtime.sendMessage(message);
        if (!response?.ok) throw new Error(response?.error ?? 'no answer from the service worker');
        return response.result;
      } catch (error) {
        if (!ns.extensionAlive()) return null;
        if (attempt >= 1) throw error;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    }
  };
}

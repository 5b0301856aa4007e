// The account a post goes out from (guideline 3(3): post from the
// official account). The site adapter's `account` says where the page
// shows it; its text is read here and sent to the service worker, whose
// engine reads the handle out of it and compares it with the official
// accounts. The checks before posting ask `postcheck.postingAccount`; the
// popup asks the tab, over chrome.runtime messaging, which account it
// posts from.
//
// When the account cannot be read (the site is not mapped, its markup
// changed, the worker does not answer), the answer is null: no
// confirmation for this reason — a checker must not stop a school from
// posting because it could not read a page — and the popup says so.
{
  const ns = (globalThis.postcheck ??= {});
  const features = (ns.features ??= new Map());
  features.get('account')?.dispose();

  /**
   * @typedef {{handle: string, official: boolean}} Account the account as the engine read it
   * @typedef {{selector: string, attribute: string | null}} AccountPlace a site adapter's `account`
   */

  /** @type {{site: any} | null} set while the official accounts are to be checked */
  let context = null;
  /** @type {Map<string, Promise<Account | null>>} answers by the text read, asked once */
  const asked = new Map();
  /** @type {Map<string, Account | null>} the answers that have come */
  const answered = new Map();
  /** bumped when the settings change, so that an answer under the old ones is dropped */
  let generation = 0;

  /**
   * The text where `site` shows the posting account, or null when it is not on the page.
   * @param {{account?: AccountPlace | null} | null} site
   */
  function accountText(site) {
    const place = site?.account;
    const el = place ? document.querySelector(place.selector) : null;
    if (!el) return null;
    const text = place?.attribute ? el.getAttribute(place.attribute) : /** @type {HTMLElement} */ (el).innerText;
    return text?.trim() ? text : null;
  }

  /** The engine's reading of `text`, asked once; null when it cannot be had. */
  function answerFor(text) {
    let answer = asked.get(text);
    if (!answer) {
      const asking = generation;
      answer = ns.send({ type: 'account', site: context?.site.id, text }).then((account) => {
        if (asking === generation) answered.set(text, account ?? null);
        return account ?? null;
      }, () => {
        if (asking === generation) asked.delete(text); // asked again next time
        return null;
      });
      asked.set(text, answer);
    }
    return answer;
  }

  ns.postingAccount = {
    /**
     * The account shown now, when its answer is known: null when it is not
     * checked (no official accounts set) or cannot be read; undefined when
     * the engine has not answered yet (then `ask`).
     * @returns {Account | null | undefined}
     */
    now() {
      const text = context ? accountText(context.site) : null;
      if (text === null) return null;
      return answered.has(text) ? answered.get(text) : undefined;
    },
    /** @returns {Promise<Account | null>} */
    ask() {
      const text = context ? accountText(context.site) : null;
      return text === null ? Promise.resolve(null) : answerFor(text);
    },
  };

  // The popup's question: which account does this tab post from?
  const onMessage = (/** @type {any} */ message, /** @type {unknown} */ _sender, /** @type {(answer: unknown) => void} */ sendResponse) => {
    if (message?.type !== 'posting-account') return false;
    ns.greet().then(
      () => sendResponse({ site: ns.site?.id ?? null, text: accountText(ns.site) }),
      () => sendResponse({ site: null, text: null }),
    );
    return true; // answered asynchronously
  };
  chrome.runtime.onMessage.addListener(onMessage);

  features.set('account', {
    /** @param {{site: any, options: {account_check: boolean}}} next */
    start(next) {
      context = next.options.account_check && next.site.account ? { site: next.site } : null;
      generation++;
      asked.clear();
      answered.clear();
      // Read ahead, so that pressing Post need not wait for the answer.
      ns.postingAccount.ask();
    },
    onFindings() {
      ns.postingAccount.ask();
    },
    stop() {
      context = null;
    },
    dispose() {
      this.stop();
      try {
        chrome.runtime.onMessage.removeListener(onMessage);
      } catch {
        // The extension context is already gone.
      }
    },
  });
}

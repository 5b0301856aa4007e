// Which compose box a post button, a file input or a text box belongs to.
// Sites nest them differently; what holds on all of them is that the parts
// of one compose box share the smallest ancestor that holds a text box (on
// X, a thread of several boxes shares one post button).
{
  const ns = (globalThis.postcheck ??= {});

  /** The nearest ancestor of `node` (itself excluded) holding a match of `selector`. */
  function nearestHolding(node, selector) {
    for (let el = node.parentElement; el; el = el.parentElement) {
      if (el.querySelector(selector)) return el;
    }
    return null;
  }

  /**
   * The text boxes matching `selector` in `scope`, outermost only, editable only.
   * @param {ParentNode} scope
   * @param {string} selector
   * @returns {HTMLElement[]}
   */
  function editorsIn(scope, selector) {
    return /** @type {HTMLElement[]} */ ([...scope.querySelectorAll(selector)]).filter((el) =>
      (el.isContentEditable || el.tagName === 'TEXTAREA') && !el.parentElement?.closest(selector));
  }

  /**
   * The compose box around `node`: its text boxes and its post button.
   * @param {Element} node a post button, a file input, a text box or inside one
   * @param {{editors: string, postButton: string | null}} site
   * @returns {{editors: HTMLElement[], button: HTMLElement | null}}
   */
  ns.composeOf = (node, site) => {
    const { postButton } = site;
    let editor = node.closest(site.editors);
    while (editor?.parentElement?.closest(site.editors)) editor = editor.parentElement.closest(site.editors);
    /** @type {HTMLElement | null} */
    let button = postButton ? node.closest(postButton) : null;
    if (!button && postButton) button = nearestHolding(editor ?? node, postButton)?.querySelector(postButton) ?? null;
    const scope = nearestHolding(button ?? node, site.editors);
    const editors = scope ? editorsIn(scope, site.editors) : [];
    if (editor instanceof HTMLElement && !editors.includes(editor)) editors.unshift(editor);
    return { editors, button };
  };
}

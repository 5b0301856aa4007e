// The impostor banner (guideline 5(1): when someone impersonates the
// account, staff must notice and act). On a profile page of a site whose
// adapter maps one (`profilePage`), the display name and handle are read
// and sent to the service worker; when the engine finds that the name
// carries one of the organisation's names while the handle is not an
// official account, a banner says so, with what 5(1) asks: have the
// service remove it, announce it on the homepage, inform the press if
// needed. Nothing on the official profiles, nothing without
// `organisation_names`.
//
// Cost: the page is looked at only on a profile page's path (content/
// page-watch.js), and once the checks have started without organisation
// names, this feature rests.
{
  const ns = (globalThis.postcheck ??= {});
  const features = (ns.features ??= new Map());
  features.get('impostor')?.dispose();

  /** @type {{site: any, ui: {strings: Record<string, string>, lang: string}} | null} */
  let context = null;
  /** stopped, or started with nothing to look for */
  let resting = false;
  /** @type {InstanceType<typeof ns.Banner> | null} */
  let banner = null;
  /** the name and handle text last asked about, so an unchanged page is not asked again */
  let lastAsked = '';
  /** handles whose banner the user closed on this page */
  const closed = new Set();
  const watch = new ns.PageWatch(() => pagesHere().length > 0, (onPage) => (onPage ? look() : leave()));

  /**
   * The site adapters whose profile pages may be at this path: the page's
   * own once the checks have started; before, any.
   */
  function pagesHere() {
    if (resting) return [];
    const sites = context ? [context.site] : globalThis.postcheckSites.filter((site) => site.profilePage);
    return sites.filter((site) => site.profilePage && new RegExp(site.profilePage.path).test(location.pathname));
  }

  function leave() {
    banner?.hide();
    lastAsked = '';
    closed.clear();
  }

  function look() {
    if (!context) {
      if (pagesHere().some((site) => document.querySelector(site.profilePage.name))) ns.greet?.().catch(() => {});
      return;
    }
    const page = context.site.profilePage;
    const nameElement = /** @type {HTMLElement | null} */ (document.querySelector(page.name));
    const handleElement = /** @type {HTMLElement | null} */ (page.handle ? document.querySelector(page.handle) : null);
    if (!nameElement || (page.handle && !handleElement)) {
      leave();
      return;
    }
    const name = nameElement.innerText;
    const handle = handleElement ? handleElement.innerText : decodeURIComponent(location.pathname);
    const asking = `${name}\n${handle}`;
    if (asking === lastAsked) return;
    lastAsked = asking;
    ns.send({ type: 'impersonation', site: context.site.id, name, handle }).then((impostor) => {
      if (!context || lastAsked !== asking) return;
      if (impostor && !closed.has(impostor)) show(impostor);
      else banner?.hide();
    }, () => {});
  }

  function show(/** @type {string} */ handle) {
    if (!context) return;
    const { strings } = context.ui;
    banner ??= new ns.Banner(ns.overlay().root, 'data-impersonation');
    banner.show(handle, [ns.formatText(strings, 'impersonationHeadline', handle), ns.formatText(strings, 'impersonationAdvice')],
      ns.formatText(strings, 'bannerClose'), () => closed.add(handle));
  }

  features.set('impostor', {
    /** @param {{site: any, ui: {strings: Record<string, string>, lang: string}, options: {impostor_check: boolean}}} next */
    start(next) {
      this.stop();
      resting = !next.site.profilePage || !next.options.impostor_check;
      if (resting) return;
      context = { site: next.site, ui: next.ui };
      watch.refresh();
    },
    stop() {
      resting = true;
      watch.pause();
      leave();
      banner = null;
      context = null;
    },
    dispose() {
      this.stop();
      watch.dispose();
    },
  });
}

// Watching a single-page site for the pages a feature works on (a profile
// editor, a profile page). Sites move between pages with
// history.pushState, which only the Navigation API reports, and draw the
// page's parts after the move; so on every move the feature is asked
// whether the new path is one of its pages, and while it is, every DOM
// change schedules a look (once a frame at most). On other pages nothing
// is observed.
{
  const ns = (globalThis.postcheck ??= {});

  class PageWatch {
    /**
     * @param {() => boolean} wanted whether the current path is one of the feature's pages
     * @param {(onPage: boolean) => void} look what the feature does: a look at the page, or, off its pages, clearing up
     */
    constructor(wanted, look) {
      this.wanted = wanted;
      this.look = look;
      this.frame = 0;
      this.observer = new MutationObserver(() => this.schedule());
      /** @type {[EventTarget, string, EventListener][]} */
      this.listeners = [[window, 'popstate', () => this.refresh()]];
      const navigation = /** @type {EventTarget | undefined} */ (/** @type {any} */ (globalThis).navigation);
      if (navigation) this.listeners.push([navigation, 'currententrychange', () => this.refresh()]);
      for (const [target, type, listener] of this.listeners) target.addEventListener(type, listener);
      this.firstLook = setTimeout(() => this.refresh(), 0);
    }

    /** Looks at the path again: starts or stops observing, and looks (or clears up). */
    refresh() {
      this.observer.disconnect();
      if (!this.wanted()) {
        this.look(false);
        return;
      }
      this.observer.observe(document.body ?? document.documentElement, { childList: true, subtree: true });
      this.schedule();
    }

    /** A look at the page in the next frame. */
    schedule() {
      if (this.frame) return;
      this.frame = requestAnimationFrame(() => {
        this.frame = 0;
        this.look(true);
      });
    }

    /** Stops observing until the next refresh. */
    pause() {
      this.observer.disconnect();
      cancelAnimationFrame(this.frame);
      this.frame = 0;
    }

    dispose() {
      this.pause();
      clearTimeout(this.firstLook);
      for (const [target, type, listener] of this.listeners) target.removeEventListener(type, listener);
    }
  }

  ns.PageWatch = PageWatch;
}

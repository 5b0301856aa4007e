// Shared helpers for the end-to-end tests: launch Debian's Chromium with the
// built extension loaded, serve fixture pages on 127.0.0.1, record network
// requests, and wait for conditions (never fixed sleeps alone).

import { before, after } from 'node:test';
import { chromium } from 'playwright-core';
import { createServer } from 'node:http';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
export const EXTENSION_DIR = resolve(here, '../../extension');
const FIXTURES_DIR = resolve(here, '../fixtures');
export const REPO_DIR = resolve(here, '../..');

/**
 * @typedef {{ctx: import('playwright-core').BrowserContext, extensionId: string,
 *   worker: import('playwright-core').Worker, requests: {url: string, from: string}[], close: () => Promise<void>}} Browser
 */

/**
 * One browser and one fixture server for a test file: registers the
 * node:test hooks that start them before its tests and close them after,
 * and returns where to find them.
 * @returns {{browser: Browser, server: {origin: string, close: () => Promise<void>}}}
 */
export function useBrowser() {
  const env = /** @type {{browser: Browser, server: {origin: string, close: () => Promise<void>}}} */ ({});
  before(async () => {
    env.browser = await launch();
    env.server = await serveFixtures();
  });
  after(async () => {
    await env.browser?.close();
    await env.server?.close();
  });
  return env;
}

/**
 * Chromium with the extension loaded, in a fresh profile; headless unless
 * `headed` (`./build.sh try` shows a window).
 * @param {{headed?: boolean}} [options]
 * @returns {Promise<Browser>}
 */
export async function launch({ headed = false } = {}) {
  if (!existsSync(join(EXTENSION_DIR, 'pkg', 'postcheck_bg.wasm'))) {
    throw new Error('extension/pkg is missing: run ./build.sh first');
  }
  const profile = await mkdtemp(join(tmpdir(), 'postcheck-e2e-'));
  const ctx = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    headless: !headed,
    viewport: headed ? null : { width: 1000, height: 700 },
    args: [
      ...(headed ? [] : ['--headless=new']), `--disable-extensions-except=${EXTENSION_DIR}`, `--load-extension=${EXTENSION_DIR}`,
      '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--lang=ja',
    ],
  });
  /** every request, with the context it came from */
  const requests = [];
  ctx.on('request', (request) => {
    // A navigation issued before its frame exists has no frame to ask.
    const from = request.serviceWorker()?.url() ?? safe(() => request.frame().url()) ?? '';
    requests.push({ url: request.url(), from });
  });
  const worker = ctx.serviceWorkers()[0] ?? (await ctx.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  return {
    ctx, extensionId, worker, requests,
    close: async () => {
      await ctx.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}

/**
 * Requests an extension context made to anywhere but the extension itself
 * (the privacy check: post text never leaves the browser).
 * @param {Browser} browser
 */
export function requestsLeavingTheExtension(browser) {
  const fromExtension = browser.requests.filter((r) => r.from.startsWith('chrome-extension://'));
  if (fromExtension.length === 0) throw new Error('no extension request was recorded: is the recording broken?');
  return fromExtension.filter((r) => !/^(chrome-extension|blob:chrome-extension|data):/.test(r.url));
}

function safe(fn) {
  try {
    return fn();
  } catch {
    return undefined;
  }
}

/**
 * Serves `dir` (tests/fixtures/ by default) on `host` (127.0.0.1 by default;
 * 127.0.0.2 is an origin outside the extension's host permissions) at a
 * random port. Pages whose name starts with `strict-` carry
 * `Content-Security-Policy: default-src 'self'`.
 * @param {string} [dir]
 * @param {string} [host]
 * @returns {Promise<{origin: string, close: () => Promise<void>}>}
 */
export async function serveFixtures(dir = FIXTURES_DIR, host = '127.0.0.1') {
  const server = createServer(async (req, res) => {
    const name = new URL(req.url ?? '/', 'http://x').pathname.replace(/^\/+/, '');
    if (!/^[\w.-]+$/.test(name)) {
      res.writeHead(404).end();
      return;
    }
    try {
      const body = await readFile(join(dir, name));
      const headers = { 'content-type': contentType(name), 'cache-control': 'no-store' };
      if (name.startsWith('strict-')) headers['content-security-policy'] = "default-src 'self'";
      res.writeHead(200, headers).end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise((resolveListen) => server.listen(0, host, resolveListen));
  const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
  return {
    origin: `http://${host}:${port}`,
    close: () => new Promise((resolveClose) => server.close(() => resolveClose(undefined))),
  };
}

function contentType(name) {
  if (name.endsWith('.html')) return 'text/html; charset=utf-8';
  if (name.endsWith('.js')) return 'text/javascript; charset=utf-8';
  if (name.endsWith('.css')) return 'text/css; charset=utf-8';
  return 'application/octet-stream';
}

/**
 * Polls `fn` until it returns a truthy value (which is returned) or the
 * timeout passes (then throws with the last value seen).
 * @template T
 * @param {() => Promise<T> | T} fn
 * @param {{timeout?: number, interval?: number, message?: string}} [options]
 * @returns {Promise<T>}
 */
export async function waitFor(fn, { timeout = 5000, interval = 25, message = 'condition' } = {}) {
  const deadline = Date.now() + timeout;
  let last;
  for (;;) {
    last = await fn();
    if (last) return last;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${message}; last value: ${JSON.stringify(last)}`);
    await new Promise((r) => setTimeout(r, interval));
  }
}

/**
 * Opens a fixture page (a path under the fixture server) in a new tab, with
 * the page's uncaught errors collected in `pageErrors`.
 * @param {{browser: Browser, server: {origin: string}}} env
 * @param {string} path
 */
export async function openFixture(env, path) {
  const page = await env.browser.ctx.newPage();
  /** @type {string[]} */
  const pageErrors = [];
  page.on('pageerror', (error) => pageErrors.push(String(error)));
  await page.goto(`${env.server.origin}/${path}`);
  return { page, pageErrors };
}

/**
 * Reloads the extension as an update does, from one of its own pages (from a
 * timer: the page goes away with the extension), and waits until that page
 * has closed. Chromium brings an extension back from one such reload in a
 * browser's session, not from a second: a test that reloads needs a browser
 * of its own (a file of its own, `useBrowser`).
 * @param {Browser} browser
 */
export async function reloadExtension(browser) {
  const extensionPage = await browser.ctx.newPage();
  await extensionPage.goto(`chrome-extension://${browser.extensionId}/popup/popup.html`);
  await extensionPage.evaluate(() => { setTimeout(() => chrome.runtime.reload(), 10); });
  await waitFor(() => extensionPage.isClosed(), { message: 'the extension to reload' });
}

/**
 * The highlights drawn in the page's overlay, as the overlay test contract
 * defines them, with their on-screen box and the rectangles they draw (one
 * per line of text: the highlight's children, or the highlight itself).
 * @param {import('playwright-core').Page} page
 */
export function highlights(page) {
  return page.evaluate(() => {
    const root = document.querySelector('postcheck-overlay')?.shadowRoot;
    if (!root) return [];
    return [...root.querySelectorAll('[data-rule][data-start]')].map((el) => {
      const r = el.getBoundingClientRect();
      const parts = el.children.length ? [...el.children] : [el];
      return {
        rule: el.getAttribute('data-rule'), severity: el.getAttribute('data-severity'),
        start: Number(el.getAttribute('data-start')), end: Number(el.getAttribute('data-end')),
        box: { left: r.left, top: r.top, right: r.right, bottom: r.bottom, width: r.width, height: r.height },
        rects: parts.map((part) => {
          const b = part.getBoundingClientRect();
          return { left: b.left, top: b.top, right: b.right, bottom: b.bottom, width: b.width, height: b.height };
        }),
      };
    });
  });
}

/** The open card's contents, or null. */
export function card(page) {
  return page.evaluate(() => {
    const el = document.querySelector('postcheck-overlay')?.shadowRoot?.querySelector('[data-card]');
    if (!el) return null;
    return {
      rule: el.getAttribute('data-rule'),
      text: el.textContent,
      actions: [...el.querySelectorAll('button[data-action]')].map((b) => ({ action: b.getAttribute('data-action'), disabled: b.disabled })),
    };
  });
}

/** Clicks a card button from the overlay's shadow root. */
export async function clickCardAction(page, action) {
  const button = page.locator('postcheck-overlay').locator(`[data-card] button[data-action="${action}"]`);
  await button.click();
}

/** The UTF-16 offsets of `needle` in `text` (the engine's unit). */
export function spanOf(text, needle) {
  const start = text.indexOf(needle);
  if (start < 0) throw new Error(`${needle} not in ${text}`);
  return { start, end: start + needle.length };
}

/**
 * Stops the extension's service worker, as the browser does when it is idle,
 * and resolves once it has stopped.
 * @param {Browser} browser
 * @param {import('playwright-core').Page} page any page (the CDP session's host)
 */
export async function stopServiceWorker(browser, page) {
  const cdp = await browser.ctx.newCDPSession(page);
  const prefix = `chrome-extension://${browser.extensionId}/`;
  const stopped = new Promise((resolveStopped) => {
    cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
      if (versions.some((v) => v.scriptURL.startsWith(prefix) && v.runningStatus === 'stopped')) resolveStopped(undefined);
    });
  });
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await stopped;
  await cdp.detach();
}

/** The extension's current service worker (a new one after a restart). */
export async function currentWorker(browser) {
  const workers = browser.ctx.serviceWorkers().filter((w) => w.url().startsWith(`chrome-extension://${browser.extensionId}/`));
  return workers.at(-1) ?? browser.ctx.waitForEvent('serviceworker');
}

/**
 * Stores settings as the options page would, and resolves once the service
 * worker has been told (storage.onChanged reached its listeners), so a page
 * opened next gets them. Keys set to undefined are removed.
 * @param {Browser} browser
 * @param {Record<string, unknown>} values
 */
export async function setSettings(browser, values) {
  const worker = await currentWorker(browser);
  await worker.evaluate(async (changes) => {
    const keys = Object.keys(changes);
    const now = await chrome.storage.sync.get(keys);
    const differ = new Set(keys.filter((key) => JSON.stringify(now[key]) !== JSON.stringify(changes[key] ?? undefined)));
    if (differ.size === 0) return;
    const told = new Promise((resolve) => {
      chrome.storage.onChanged.addListener(function heard(changed) {
        for (const key of Object.keys(changed)) differ.delete(key);
        if (differ.size) return;
        chrome.storage.onChanged.removeListener(heard);
        resolve(undefined);
      });
    });
    const removed = keys.filter((key) => changes[key] === undefined || changes[key] === null);
    const kept = Object.fromEntries(Object.entries(changes).filter(([key]) => !removed.includes(key)));
    if (removed.length) await chrome.storage.sync.remove(removed);
    if (Object.keys(kept).length) await chrome.storage.sync.set(kept);
    await told;
  }, values);
}

/** The confirmation before posting, as the overlay test contract defines it, or null. */
export function confirmation(page) {
  return page.evaluate(() => {
    const el = document.querySelector('postcheck-overlay')?.shadowRoot?.querySelector('[data-confirm]');
    if (!el) return null;
    const r = el.getBoundingClientRect();
    return {
      box: { left: r.left, top: r.top, right: r.right, bottom: r.bottom },
      text: el.textContent,
      rules: [...el.querySelectorAll('li[data-rule]')].map((li) => li.getAttribute('data-rule')),
      checklist: [...el.querySelectorAll('[data-checklist] label')].map((label) => label.textContent.trim()),
      actions: [...el.querySelectorAll('button[data-action]')].map((b) => ({ action: b.getAttribute('data-action'), disabled: b.disabled })),
    };
  });
}

/** A note in the overlay (`data-reminder`, `data-profile-warning`, `data-unavailable`): {severity, text}, or null. */
export function note(page, attribute) {
  return page.evaluate((attr) => {
    const el = document.querySelector('postcheck-overlay')?.shadowRoot?.querySelector(`[${attr}]`);
    return el ? { severity: el.getAttribute('data-severity'), text: el.textContent } : null;
  }, attribute);
}

/**
 * The WCAG contrast ratio of an element's text against the background it is
 * drawn on (the first opaque background among it and its ancestors, shadow
 * hosts included; white if none).
 * @param {import('playwright-core').Locator} locator
 * @returns {Promise<number>}
 */
export function textContrast(locator) {
  return locator.evaluate((el) => {
    const rgb = (/** @type {string} */ colour) => (colour.match(/[\d.]+/g) ?? []).map(Number);
    const luminance = ([r, g, b]) => {
      const [lr, lg, lb] = [r, g, b].map((v) => { const c = v / 255; return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4; });
      return 0.2126 * lr + 0.7152 * lg + 0.0722 * lb;
    };
    let background = [255, 255, 255];
    for (let node = /** @type {Element | null} */ (el); node; node = node.parentElement ?? /** @type {any} */ (node.getRootNode()).host ?? null) {
      const [r, g, b, a = 1] = rgb(getComputedStyle(node).backgroundColor);
      if (a === 1) { background = [r, g, b]; break; }
    }
    const [fg, bg] = [luminance(rgb(getComputedStyle(el).color)), luminance(background)];
    return (Math.max(fg, bg) + 0.05) / (Math.min(fg, bg) + 0.05);
  });
}

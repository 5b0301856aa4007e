// What every section of the options page reads its fields with.

/** The element with `id` (the page's own ids; typed loosely, as forms are read). */
export const $ = (/** @type {string} */ id) => /** @type {any} */ (document.getElementById(id));

/** A text box's lines, trimmed, blank ones left out: how every list setting is written. */
export const lines = (/** @type {string} */ text) => text.split('\n').map((l) => l.trim()).filter(Boolean);

// Entries written more than once in a list setting — a rule's terms, the
// official accounts, the organisation's names — are stored once, the first
// as written, and the page says which: the entry kept and what was merged
// into it (a repeat shown trimmed, as it is compared, would read as if the
// kept entry itself had been dropped).
//
// Two entries are one where the engine cannot tell them apart: it folds a
// post's text and the terms alike (crate/src/text/fold.rs: NFKC, lower
// case, katakana as hiragana) and compares handles without case or `@`
// (crate/src/text/names.rs), so ＢＡＫＡ, baka, ﾎﾟﾝｺﾂ and ぽんこつ, or
// x:@Hokkaido_Kyoiku and x:@hokkaido_kyoiku, would each be stored twice
// for one match.

import { format, list } from '../shared/i18n.js';

/** Katakana as hiragana (`カ` → `か`, `ヴ` → `ゔ`; `ー` stays), as the engine folds it. */
const hiragana = (/** @type {string} */ text) =>
  text.replace(/[\u30A1-\u30F6\u30FD\u30FE]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0x60));

/** A term as the engine matches it: width, case, kana and the spaces around it make no difference. */
export const termForm = (/** @type {string} */ term) => hiragana(term.normalize('NFKC').toLowerCase()).trim();

/** An organisation's name as compared: as a term, spaces inside left out too (北海道 教育委員会). */
export const nameForm = (/** @type {string} */ name) => termForm(name).replace(/\s+/g, '');

/** A `site:handle` entry as compared: the site and the handle without case, width or a leading `@`. */
export function accountForm(/** @type {string} */ entry) {
  const at = entry.indexOf(':');
  if (at < 0) return termForm(entry);
  return `${termForm(entry.slice(0, at))}:${termForm(entry.slice(at + 1)).replace(/^@/, '')}`;
}

/**
 * @typedef {{kept: string, merged: string[], label: string}} Repeat
 *   an entry kept and the later ones merged into it, with the name of the list they are in
 */

/**
 * `entries` with each entry once, the first as written, and the repeats
 * merged (each entry's form given by `formOf`).
 * @param {string[]} entries
 * @param {(entry: string) => string} formOf
 * @param {string} label the list's name, for the message
 * @returns {{entries: string[], repeats: Repeat[]}}
 */
export function mergeRepeats(entries, formOf, label) {
  /** @type {Map<string, Repeat>} */
  const first = new Map();
  const kept = [];
  for (const entry of entries) {
    const form = formOf(entry);
    const repeat = first.get(form);
    if (repeat) {
      repeat.merged.push(entry);
    } else {
      first.set(form, { kept: entry, merged: [], label });
      kept.push(entry);
    }
  }
  return { entries: kept, repeats: [...first.values()].filter((r) => r.merged.length) };
}

/**
 * What the status line says after `done` (saved, imported) when repeats
 * were merged: each entry kept, by its list, with how many copies were
 * merged into it and those written otherwise (ﾎﾟﾝｺﾂ into ポンコツ).
 * @param {Record<string, string>} strings
 * @param {string} done
 * @param {Repeat[]} repeats
 */
export function sayMerged(strings, done, repeats) {
  const said = repeats.map(({ kept, merged, label }) => {
    const entry = merged.length === 1
      ? format(strings, 'optionsRepeatOne', kept.trim(), label)
      : format(strings, 'optionsRepeatMany', kept.trim(), label, merged.length);
    const otherwise = [...new Set(merged.map((m) => m.trim()))].filter((m) => m !== kept.trim());
    return otherwise.length
      ? format(strings, 'optionsRepeatIncluding', entry, list(strings, otherwise.map((m) => format(strings, 'optionsQuoted', m))))
      : entry;
  });
  return format(strings, 'optionsRepeatsMerged', done, list(strings, said));
}

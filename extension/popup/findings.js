// Findings as the popup shows them: the list entries and the text with every
// suggestion applied (the marked text is the audit report's markedText).

import { element } from '../shared/dom.js';

/**
 * One entry of the findings list: severity, rule, the words, the message,
 * the suggestion, and the guideline clause with its wording.
 * @param {any} f
 * @param {any} rule the rule's info from the engine's rules()
 * @param {Record<string, string>} strings
 * @param {boolean} en
 */
export function renderFinding(f, rule, strings, en) {
  const li = document.createElement('li');
  li.dataset.rule = f.rule;
  li.dataset.severity = f.severity;
  const head = document.createElement('div');
  head.append(element('span', 'badge', strings[`severity_${f.severity}`]), element('span', 'title', en ? rule.title_en : rule.title), ' ', element('q', '', f.text));
  li.append(head, element('p', 'message', en ? f.message_en : f.message));
  if (f.suggestion !== null) li.append(element('p', 'suggestion', `${strings.cardSuggestionLabel} ${f.suggestion || strings.cardRemove}`));
  // The wording starts with the clause's number; without it, the number alone.
  li.append(element('blockquote', 'clause', `${strings.cardClauseLabel}: ${(en ? rule.clause_text_en : rule.clause_text) || f.clause}`));
  return li;
}

/**
 * The text with every suggestion applied; of findings that overlap, the
 * first in order (the one that starts earlier) is applied and the others
 * left alone. Applied later spans first, so that earlier offsets stay valid.
 * @param {string} text
 * @param {any[]} findings sorted by start
 */
export function correctedText(text, findings) {
  const applied = [];
  let reached = 0;
  for (const f of findings) {
    if (f.suggestion === null || f.start < reached) continue;
    applied.push(f);
    reached = f.end;
  }
  let result = text;
  for (const f of applied.reverse()) result = result.slice(0, f.start) + f.suggestion + result.slice(f.end);
  return result;
}

// The audit report: totals by rule and clause, findings per month, and every
// post with findings (errors first) with its highlights, clause and
// suggestion; filters by rule, severity and year; Japanese or English.
//
// One file for both places that show it: `postcheck audit` inlines it into
// report.html (which opens from disk, offline), and the options page imports
// it to show the report of an export dropped there. Post text is untrusted:
// it only ever reaches the page as text nodes.

/** @typedef {{rule: string, severity: string, clause: string, start: number, end: number, text: string, message: string, message_en: string, suggestion: string|null}} Finding */
/** @typedef {{source: string, account: string, id: string, created_at: string, url: string|null, text: string, kind: string, findings: Finding[]}} Post */
/** @typedef {{version: string, generated_at: string, inputs: {name: string, accounts: string[], posts: number}[], checked: number, shares: number, months: Object<string, number>, rules: {id: string, clause: string, title: string, title_en: string}[], posts: Post[]}} ReportData */

const WORDS = {
  ja: {
    title: '過去の投稿の点検レポート', checked: '点検した投稿', shares: '共有（リポスト・ブースト）：判定せず',
    flagged: '指摘のある投稿', errors: 'エラーのある投稿', inputs: '読み込んだエクスポート', posts: '件',
    byRule: 'ルール・条項ごとの件数', rule: 'ルール', clause: '条項', findings: '指摘', postsWith: '投稿',
    perMonth: '月ごとの指摘', all: 'すべて', severity: '重要度', year: '年', filters: '絞り込み',
    error: 'エラー', warning: '警告', info: '情報', showing: '表示中', of: '／', more: 'さらに表示',
    suggestion: '提案', open: '元の投稿を開く', none: '条件に合う指摘はありません。', generated: '作成',
    kind: { post: '投稿', reply: '返信', share: '共有' }, language: 'English', noDate: '日付なし',
  },
  en: {
    title: 'Audit of past posts', checked: 'Posts checked', shares: 'Shares (reposts, boosts): not judged',
    flagged: 'Posts with findings', errors: 'Posts with errors', inputs: 'Exports read', posts: 'posts',
    byRule: 'Findings by rule and clause', rule: 'Rule', clause: 'Clause', findings: 'Findings', postsWith: 'Posts',
    perMonth: 'Findings per month', all: 'All', severity: 'Severity', year: 'Year', filters: 'Filters',
    error: 'Error', warning: 'Warning', info: 'Info', showing: 'Showing', of: ' of ', more: 'Show more',
    suggestion: 'Suggestion', open: 'Open the post', none: 'No finding matches the filters.', generated: 'Generated',
    kind: { post: 'post', reply: 'reply', share: 'share' }, language: '日本語', noDate: 'no date',
  },
};

const SEVERITIES = ['error', 'warning', 'info'];
const RANK = { error: 3, warning: 2, info: 1 };
const PAGE = 100;
const SVG = 'http://www.w3.org/2000/svg';

/**
 * Element helper: `el('p', {class: 'x', 'data-a': 1}, 'text', child)`; strings become text nodes.
 * @param {string} tag @param {Object<string, any>} [attrs] @param {...(Node|string|null|undefined)} children
 */
function el(tag, attrs = {}, ...children) {
  const node = tag.startsWith('svg:') ? document.createElementNS(SVG, tag.slice(4)) : document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) if (v !== undefined && v !== null && v !== false) node.setAttribute(k, String(v));
  for (const c of children) if (c !== null && c !== undefined) node.append(c);
  return node;
}

/**
 * The text as nodes, each stretch covered by findings in a <mark> that names
 * the most severe of them (all of them in its title), so that a finding
 * inside another is marked too. UTF-16 offsets, as JavaScript slices.
 * Shared with the popup's preview, which takes whatever is pasted: the
 * findings covering a stretch are those begun and not yet ended, kept in
 * one pass, not every finding asked again for every stretch.
 * @param {string} text @param {Finding[]} findings in the engine's order, by start
 * @returns {(Node|string)[]}
 */
export function markedText(text, findings) {
  const cuts = [...new Set([0, text.length, ...findings.flatMap((f) => [f.start, f.end])])].filter((c) => c >= 0 && c <= text.length).sort((a, b) => a - b);
  const byStart = [...findings].sort((a, b) => a.start - b.start);
  let next = 0;
  /** @type {Finding[]} */
  let covering = [];
  const nodes = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const [start, end] = [cuts[i], cuts[i + 1]];
    while (next < byStart.length && byStart[next].start <= start) covering.push(byStart[next++]);
    covering = covering.filter((f) => end <= f.end);
    const piece = text.slice(start, end);
    if (!covering.length) { nodes.push(piece); continue; }
    const top = covering.reduce((a, b) => (RANK[b.severity] > RANK[a.severity] ? b : a));
    nodes.push(el('mark', { 'data-rule': top.rule, 'data-severity': top.severity, 'data-start': start, 'data-end': end, class: `pc-${top.severity}`, title: covering.map((f) => f.rule).join(', ') }, piece));
  }
  return nodes;
}

/** @param {Post} post */
const yearOf = (post) => post.created_at.slice(0, 4);
/** @param {Post} post */
const monthOf = (post) => post.created_at.slice(0, 7);

/**
 * Draws the report of `data` into `root` (emptied first).
 * @param {HTMLElement} root @param {ReportData} data @param {{lang?: 'ja'|'en'}} [options]
 */
export function renderReport(root, data, options = {}) {
  const state = { lang: options.lang ?? (root.closest('[lang]')?.getAttribute('lang') === 'en' ? 'en' : 'ja'), rule: '', severity: '', year: '', shown: PAGE };
  const rules = new Map(data.rules.map((r) => [r.id, r]));
  const ruleTitle = (id) => { const r = rules.get(id); return r ? (state.lang === 'en' ? r.title_en : r.title) : id; };

  const draw = () => {
    const w = WORDS[state.lang];
    root.replaceChildren();
    root.classList.add('pc-report');
    root.setAttribute('lang', state.lang);
    const matches = (f) => (!state.rule || f.rule === state.rule) && (!state.severity || f.severity === state.severity);
    const visible = data.posts
      .filter((p) => !state.year || yearOf(p) === state.year)
      .map((p) => ({ post: p, findings: p.findings.filter(matches) }))
      .filter((v) => v.findings.length > 0);

    const errors = data.posts.filter((p) => p.findings.some((f) => f.severity === 'error')).length;
    root.append(
      el('header', {},
        el('h1', {}, w.title),
        languageButton(w)),
      el('section', { class: 'pc-totals' },
        total(w.checked, data.checked, 'checked'), total(w.flagged, data.posts.length, 'flagged'),
        total(w.errors, errors, 'errors'), total(w.shares, data.shares, 'shares')),
      el('details', { class: 'pc-inputs' },
        el('summary', {}, `${w.inputs}: ${data.inputs.length}`, data.generated_at ? ` · ${w.generated} ${data.generated_at}` : ''),
        el('ul', {}, ...data.inputs.map((i) => el('li', { 'data-input': i.name }, `${i.name} — ${i.accounts.join(', ')} — ${i.posts} ${w.posts}`)))),
      ruleTable(w),
      filters(w),
      el('h2', {}, w.perMonth),
      chart(visible),
      postList(w, visible),
    );
  };

  const languageButton = (w) => {
    const button = el('button', { type: 'button', 'data-action': 'language', class: 'pc-lang' }, w.language);
    button.addEventListener('click', () => { state.lang = state.lang === 'ja' ? 'en' : 'ja'; draw(); });
    return button;
  };

  const total = (label, n, key) => el('div', { class: 'pc-total', 'data-total': key }, el('strong', {}, String(n)), el('span', {}, label));

  const ruleTable = (w) => {
    const counts = new Map();
    for (const p of data.posts) {
      for (const [i, f] of p.findings.entries()) {
        const c = counts.get(f.rule) ?? { rule: f.rule, clause: f.clause, severity: f.severity, findings: 0, posts: 0 };
        c.findings += 1;
        if (p.findings.findIndex((g) => g.rule === f.rule) === i) c.posts += 1;
        if (RANK[f.severity] > RANK[c.severity]) c.severity = f.severity;
        counts.set(f.rule, c);
      }
    }
    const rows = [...counts.values()].sort((a, b) => RANK[b.severity] - RANK[a.severity] || b.findings - a.findings);
    return el('section', {},
      el('h2', {}, w.byRule),
      el('table', { class: 'pc-rules' },
        el('thead', {}, el('tr', {}, el('th', {}, w.rule), el('th', {}, w.clause), el('th', {}, w.severity), el('th', {}, w.findings), el('th', {}, w.postsWith))),
        el('tbody', {}, ...rows.map((r) => el('tr', { 'data-rule-total': r.rule },
          el('td', {}, `${ruleTitle(r.rule)} `, el('code', {}, r.rule)), el('td', {}, r.clause),
          el('td', {}, el('span', { class: `pc-sev pc-${r.severity}` }, w[r.severity])),
          el('td', { 'data-count': 'findings' }, String(r.findings)), el('td', { 'data-count': 'posts' }, String(r.posts)))))));
  };

  const select = (name, label, options) => {
    const s = el('select', { 'data-filter': name, 'aria-label': label },
      el('option', { value: '' }, WORDS[state.lang].all),
      ...options.map(([value, text]) => el('option', { value, selected: state[name] === value }, text)));
    s.addEventListener('change', () => { state[name] = s.value; state.shown = PAGE; draw(); });
    return el('label', {}, `${label} `, s);
  };

  const filters = (w) => {
    const ruleIds = [...new Set(data.posts.flatMap((p) => p.findings.map((f) => f.rule)))].sort();
    const years = [...new Set(data.posts.map(yearOf).filter(Boolean))].sort().reverse();
    return el('section', { class: 'pc-filters', 'aria-label': w.filters },
      select('rule', w.rule, ruleIds.map((id) => [id, ruleTitle(id)])),
      select('severity', w.severity, SEVERITIES.map((s) => [s, w[s]])),
      select('year', w.year, years.map((y) => [y, y])));
  };

  /** Findings per month of the posts shown, as bars over every month of the exports. */
  const chart = (visible) => {
    const perMonth = new Map();
    for (const v of visible) perMonth.set(monthOf(v.post), (perMonth.get(monthOf(v.post)) ?? 0) + v.findings.length);
    const known = [...Object.keys(data.months), ...perMonth.keys()].filter((m) => /^\d{4}-\d{2}$/.test(m)).sort();
    const months = [];
    if (known.length) {
      let [y, m] = known[0].split('-').map(Number);
      const last = known[known.length - 1];
      for (let key = known[0]; key <= last && months.length < 600; key = `${y}-${String(m).padStart(2, '0')}`) {
        months.push(key);
        if (++m > 12) { m = 1; y += 1; }
      }
    }
    const max = Math.max(1, ...perMonth.values());
    // The bars start under the line that says the maximum (a tallest bar at the right ran into it).
    const bar = 14, gap = 4, top = 16, height = 120, width = Math.max(months.length * (bar + gap), 200);
    const svg = el('svg:svg', { 'data-chart': 'months', viewBox: `0 0 ${width} ${top + height + 28}`, width, height: top + height + 28, role: 'img' });
    months.forEach((month, i) => {
      const n = perMonth.get(month) ?? 0;
      const h = Math.round((n / max) * height);
      const rect = el('svg:rect', { x: i * (bar + gap), y: top + height - h, width: bar, height: h, 'data-month': month, 'data-count': n, class: 'pc-bar' },
        el('svg:title', {}, `${month}: ${n}`));
      svg.append(rect);
      // A year's label at its January, and at the first month unless a January follows too closely.
      if (month.endsWith('-01') || (i === 0 && Number(month.slice(5)) <= 9)) svg.append(el('svg:text', { x: i * (bar + gap), y: top + height + 20, class: 'pc-axis' }, month.slice(0, 4)));
    });
    svg.append(el('svg:text', { x: width, y: 10, class: 'pc-axis', 'text-anchor': 'end' }, `max ${max}`));
    return el('div', { class: 'pc-chart' }, svg);
  };

  const postList = (w, visible) => {
    const list = el('section', { class: 'pc-posts', 'data-shown': Math.min(state.shown, visible.length), 'data-matching': visible.length });
    list.append(el('p', {}, visible.length ? `${w.showing} ${Math.min(state.shown, visible.length)}${w.of}${visible.length}` : w.none));
    for (const v of visible.slice(0, state.shown)) list.append(postCard(w, v.post, v.findings));
    if (visible.length > state.shown) {
      const more = el('button', { type: 'button', 'data-action': 'more' }, w.more);
      more.addEventListener('click', () => { state.shown += PAGE; draw(); });
      list.append(more);
    }
    return list;
  };

  /** @param {Post} post @param {Finding[]} findings the findings that pass the filters */
  const postCard = (w, post, findings) => {
    const worst = findings.reduce((s, f) => (RANK[f.severity] > RANK[s] ? f.severity : s), 'info');
    return el('article', { 'data-post': post.id, 'data-source': post.source, class: `pc-post pc-${worst}` },
      el('header', {},
        el('span', { class: 'pc-source' }, post.source), ' ', post.account, ' · ', post.created_at ? post.created_at.slice(0, 10) : w.noDate,
        ' · ', w.kind[post.kind] ?? post.kind,
        post.url ? el('a', { href: post.url, target: '_blank', rel: 'noopener noreferrer' }, w.open) : null),
      el('p', { class: 'pc-text' }, ...markedText(post.text, findings)),
      el('ul', {}, ...findings.map((f) => el('li', { 'data-finding': f.rule },
        el('span', { class: `pc-sev pc-${f.severity}` }, w[f.severity]), ' ',
        el('strong', {}, ruleTitle(f.rule)), ` [${f.clause}] `, el('q', {}, f.text), ' ',
        state.lang === 'en' ? f.message_en : f.message,
        f.suggestion ? el('span', { class: 'pc-suggestion' }, ` ${w.suggestion}: `, el('q', {}, f.suggestion)) : null))));
  };

  draw();
}

// Names each editor box of the demo page, and the sites that run that
// editor: the bundles mount their boxes in the order of their scripts,
// which is the order of `data-editors`.
const SITES = {
  textarea: 'textarea — Mastodon',
  contenteditable: 'contenteditable — YouTube, any page in generic mode',
  'lexical-plain': 'Lexical (plain) — Facebook, Instagram, Threads',
  'lexical-rich': 'Lexical (rich) — Facebook, Instagram, Threads',
  draftjs: 'Draft.js — X',
  prosemirror: 'ProseMirror — note',
  tiptap: 'TipTap — Bluesky',
  quill: 'Quill — LinkedIn',
};
const names = document.documentElement.dataset.editors?.split(',') ?? [];
document.querySelectorAll('#app > section.editor').forEach((section, i) => {
  const heading = document.createElement('h2');
  heading.textContent = SITES[names[i]] ?? names[i] ?? '';
  section.before(heading);
});

// Names each editor box of the demo page: the bundles mount their boxes in
// the order of their scripts, which is the order of `data-editors`.
const names = document.documentElement.dataset.editors?.split(',') ?? [];
document.querySelectorAll('#app > section.editor').forEach((section, i) => {
  const heading = document.createElement('h2');
  heading.textContent = names[i] ?? '';
  section.before(heading);
});

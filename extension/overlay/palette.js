// The overlay's colours, light or dark as the system is: every colour of
// the overlay's stylesheets (overlay.js, confirm.js, banner.js) is one of
// these properties, set on the shadow host and inherited by all it holds.
// The overlay's own boxes (card, confirmation, banner, notes) follow the
// scheme: in the dark their text reads at WCAG AA (4.5:1 or more) on
// their surface and the severities stay red, amber and blue, lighter.
// The highlights sit on the site's page, whose background the scheme does
// not tell (a site may be light under a dark system, or dark under a light
// one): in the dark their marks are mid tones that keep 3:1 against a dark
// page and a white one alike.
{
  const ns = (globalThis.postcheck ??= {});

  ns.PALETTE = `
    :host {
      color-scheme: light dark;
      --text: #202124; --muted: #5f6368; --surface: #fff; --line: #dadce0; --button: #f8f9fa; --quiet: #9aa0a6;
      --error: #d93025; --warning: #b45309; --info: #1a73e8; --on-colour: #fff;
      --primary: #1a73e8; --on-primary: #fff; --focus: #1a73e8; --account: #fef7e0;
      --mark-error: #d93025; --mark-warning: #b45309; --mark-info: #1a73e8;
      --tint-error: rgba(217, 48, 37, .10); --tint-warning: rgba(180, 83, 9, .10);
      --shadow: rgba(0, 0, 0, .25); --shadow-soft: rgba(0, 0, 0, .15);
    }
    @media (prefers-color-scheme: dark) {
      :host {
        --text: #e8eaed; --muted: #b0b5bb; --surface: #292a2d; --line: #5f6368; --button: #3c4043; --quiet: #80868b;
        --error: #f28b82; --warning: #fcad70; --info: #8ab4f8; --on-colour: #202124;
        --primary: #8ab4f8; --on-primary: #202124; --focus: #8ab4f8; --account: #35301f;
        --mark-error: #ea4335; --mark-warning: #e37400; --mark-info: #4285f4;
        --tint-error: rgba(234, 67, 53, .22); --tint-warning: rgba(227, 116, 0, .22);
        --shadow: rgba(0, 0, 0, .6); --shadow-soft: rgba(0, 0, 0, .5);
      }
    }
    [data-severity="error"] { --colour: var(--error); --mark: var(--mark-error); --tint: var(--tint-error); }
    [data-severity="warning"] { --colour: var(--warning); --mark: var(--mark-warning); --tint: var(--tint-warning); }
    [data-severity="info"] { --colour: var(--info); --mark: var(--mark-info); --tint: transparent; }
  `;
}

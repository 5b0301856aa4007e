// Site knowledge as data: one adapter entry per site, read by the content
// script (as a classic script, before the others) and by the popup (with a
// <script> tag). A new site, or a site that changed its markup, is a change
// to this list only.
//
//   hosts       host names served by the adapter (subdomains included)
//   detect      for sites without fixed hosts (Mastodon runs on any
//               instance): a selector that identifies the site once the
//               user has enabled generic mode on its host
//   editors     selector of the compose boxes to check
//   postButton  selector of the button that publishes (for the last check
//               before posting); null when the site has none we know
//   postShortcut the key that publishes from the compose box, such as
//               'Mod+Enter' (Mod: Ctrl, or Cmd on a Mac); null when none
//   attachments where photos and videos come in: `input`, the file inputs
//               of the compose box; `preview`, what the site shows while a
//               photo or video is attached (null: the file input's change
//               is all we know); null when the site has no attachments
//   profile     the profile editor, for the check that the official page is
//               named (guideline 3(4)): `path`, a pattern of the edit page's
//               path; `fields`, the bio and website fields; null when unknown
//   account     where the account the post goes out from shows (guideline
//               3(3)): `selector`, and `attribute`, the attribute holding it
//               (null: the element's text); the engine reads the handle out
//               of it (the last `@handle`, or a profile link's last
//               segment; on Facebook, the Page's name). null when unknown:
//               the account check then stays silent (fails open)
//   profilePage a profile page, for the impostor banner (5(1)): `path`, a
//               pattern of its path; `name`, the element with the display
//               name (it may hold the handle too, after the name);
//               `handle`, the element with the handle, or null when the
//               page's path gives it. null when unknown
//
// Where these come from (sites change their markup; re-check here first
// when the account check or the banner goes quiet on a site):
//   verified   X's account switcher and profile header (data-testid
//              SideNav_AccountSwitcher_Button, UserName: public markup)
//   source     Mastodon (app/javascript/mastodon: the compose panel's
//              navigation bar shows `.display-name__account`, the profile
//              header `.account__header__tabs__name h1` with the handle in
//              `small`); Bluesky (bluesky-social/social-app: the left
//              navigation's Profile link `/profile/<handle>`, the profile's
//              `profileHeaderDisplayName` test id, `/profile/<handle>` paths)
//   guess      Instagram and Threads (the navigation's link to one's own
//              profile); not mapped: Facebook, LinkedIn, YouTube, note, LINE

// A block, so that the helpers below stay out of the scripts' shared scope.
{
  // What an entry leaves out is what most sites have: a plain file input for
  // photos, and nothing known of the post button, the shortcut, the profile
  // editor, the account or the profile page.
  const SITE_DEFAULTS = {
    postButton: null,
    postShortcut: null,
    attachments: { input: 'input[type="file"]', preview: null },
    profile: null,
    account: null,
    profilePage: null,
  };

  const site = (entry) => Object.freeze({ ...SITE_DEFAULTS, ...entry });

  globalThis.postcheckSites = Object.freeze([
    site({
      id: 'x', name: 'X',
      hosts: ['x.com', 'twitter.com'],
      editors: '[data-testid^="tweetTextarea_"][contenteditable="true"]',
      postButton: '[data-testid="tweetButton"], [data-testid="tweetButtonInline"]',
      postShortcut: 'Mod+Enter',
      attachments: { input: 'input[data-testid="fileInput"]', preview: '[data-testid="attachments"] img, [data-testid="attachments"] video' },
      profile: { path: '^/settings/profile', fields: 'textarea[name="description"], input[name="url"]' },
      account: { selector: '[data-testid="SideNav_AccountSwitcher_Button"]', attribute: null },
      profilePage: {
        // A user name, not one of X's own pages.
        path: '^/(?!(?:home|explore|notifications|messages|search|settings|compose|i|bookmarks|lists|jobs)(?:/|$))[A-Za-z0-9_]{1,15}(?:/(?:with_replies|media|likes|highlights|articles|superfollows))?/?$',
        name: '[data-testid="UserName"]', handle: '[data-testid="UserName"]',
      },
    }),
    site({
      id: 'facebook', name: 'Facebook',
      hosts: ['facebook.com'],
      editors: '[role="textbox"][contenteditable="true"]',
      postButton: '[role="button"][aria-label="Post"], [role="button"][aria-label="投稿"]',
    }),
    site({
      id: 'instagram', name: 'Instagram',
      hosts: ['instagram.com'],
      editors: '[role="textbox"][contenteditable="true"], textarea',
      postButton: '[role="button"][aria-label="Share"], [role="button"][aria-label="シェア"]',
      profile: { path: '^/accounts/edit', fields: 'textarea#pepBio, input#pepWebsite, textarea[name="biography"], input[name="external_url"]' },
      account: { selector: 'nav a[href^="/"]:has(img[alt$="profile picture"]), nav a[href^="/"]:has(img[alt$="プロフィール写真"])', attribute: 'href' },
    }),
    site({
      id: 'threads', name: 'Threads',
      hosts: ['threads.com', 'threads.net'],
      editors: '[role="textbox"][contenteditable="true"]',
      postButton: '[role="button"][aria-label="Post"], [role="button"][aria-label="投稿"]',
      account: { selector: 'a[href^="/@"]:has(svg[aria-label="Profile"]), a[href^="/@"]:has(svg[aria-label="プロフィール"])', attribute: 'href' },
    }),
    site({
      id: 'bluesky', name: 'Bluesky',
      hosts: ['bsky.app'],
      editors: '.ProseMirror[contenteditable="true"]',
      postButton: '[data-testid="composerPublishBtn"]',
      postShortcut: 'Mod+Enter',
      profile: { path: '^/profile/', fields: '[data-testid="editProfileDescriptionInput"]' },
      account: { selector: 'nav a[href^="/profile/"][aria-label="Profile"], nav a[href^="/profile/"][aria-label="プロフィール"]', attribute: 'href' },
      profilePage: { path: '^/profile/[^/]+/?$', name: '[data-testid="profileHeaderDisplayName"]', handle: null },
    }),
    site({
      id: 'mastodon', name: 'Mastodon',
      detect: 'form.compose-form, #mastodon',
      editors: 'form.compose-form textarea',
      postButton: 'form.compose-form button[type="submit"]',
      postShortcut: 'Mod+Enter',
      attachments: { input: 'form.compose-form input[type="file"]', preview: 'form.compose-form .compose-form__upload' },
      profile: { path: '^/settings/profile', fields: '#account_note, input[id^="account_fields_attributes_"][id$="_value"]' },
      account: { selector: '.navigation-bar .display-name__account', attribute: null },
      profilePage: { path: '^/@[^/]+/?$', name: '.account__header__tabs__name h1', handle: '.account__header__tabs__name h1 small' },
    }),
    site({
      id: 'linkedin', name: 'LinkedIn',
      hosts: ['linkedin.com'],
      editors: '.ql-editor[contenteditable="true"], [role="textbox"][contenteditable="true"]',
      postButton: 'button.share-actions__primary-action',
    }),
    site({
      id: 'youtube', name: 'YouTube',
      hosts: ['youtube.com', 'studio.youtube.com'],
      editors: '#contenteditable-root[contenteditable="true"], #contenteditable-textarea [contenteditable="true"], textarea#textbox',
      postButton: '#submit-button button, ytd-button-renderer#submit-button',
      attachments: null,
    }),
    site({
      id: 'note', name: 'note',
      hosts: ['note.com', 'editor.note.com'],
      editors: '.ProseMirror[contenteditable="true"], textarea',
    }),
    site({
      id: 'line-oa', name: 'LINE Official Account Manager',
      hosts: ['manager.line.biz'],
      editors: 'textarea, [contenteditable="true"]',
    }),
  ]);

  /** Every visible text box: sites the user enabled, and local test pages. */
  globalThis.postcheckGenericSite = site({
    id: 'generic', name: 'generic',
    editors: 'textarea, [contenteditable="true"], [contenteditable=""], [contenteditable="plaintext-only"]',
    attachments: null,
  });
}

/** Hosts checked in generic mode without asking: local pages, for trying and testing. */
globalThis.postcheckLocalHosts = Object.freeze(['127.0.0.1', 'localhost']);

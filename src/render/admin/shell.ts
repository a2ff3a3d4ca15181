import type { Lang } from '../../domain/locale.js';
import { html } from '../html.js';
import { ADMIN_UI } from './i18n.js';

export interface ShellView {
  lang: Lang;
  /** The hashed bundle's addresses, from the build's manifest. */
  scriptSrc: string;
  styleHref: string;
  csrfToken: string;
  name: string;
  role: keyof (typeof ADMIN_UI)['en']['roles'];
  /** The newsroom's TIME_ZONE: the app shows and takes times in it. */
  timeZone: string;
}

/**
 * The page behind every /admin/ address: it loads the newsroom app. Until the app starts (or if
 * it cannot), it says who is signed in and offers sign-out as plain forms, which work without
 * JavaScript.
 */
export function renderAdminShell(v: ShellView): string {
  const ui = ADMIN_UI[v.lang];
  const form = (action: string, label: string) =>
    html`<form method="post" action="${action}"><input type="hidden" name="_csrf" value="${v.csrfToken}"><button type="submit" class="button-quiet">${label}</button></form>`;
  return html`<!doctype html>
<html lang="${v.lang}" data-time-zone="${v.timeZone}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex, nofollow">
<link rel="icon" href="data:,">
<title>${ui.newsroom}</title>
<link rel="stylesheet" href="${v.styleHref}">
<script type="module" src="${v.scriptSrc}"></script>
</head>
<body class="admin">
<div id="app">
<header class="admin-bar"><p>${ui.signedInAs} <strong>${v.name}</strong> (${ui.roles[v.role]})</p>${form('/admin/logout', ui.signOut)}${form('/admin/logout-everywhere', ui.signOutEverywhere)}</header>
<main class="admin-main" id="main"><h1>${ui.newsroom}</h1><p>${ui.loading}</p><noscript><p>${ui.needsJavaScript}</p></noscript></main>
</div>
</body>
</html>
`.toString();
}

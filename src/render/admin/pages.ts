import { readFileSync } from 'node:fs';
import { LANGUAGE_LABELS, LANGUAGE_NAMES, LANGUAGES, type Lang } from '../../domain/locale.js';
import { html, type SafeHtml } from '../html.js';
import { ADMIN_UI } from './i18n.js';

/** The newsroom's stylesheet, read once. */
export const ADMIN_CSS: string = readFileSync(new URL('../assets/admin.css', import.meta.url), 'utf8');

function document(lang: Lang, title: string, cssHref: string, body: SafeHtml): string {
  return html`<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex, nofollow">
<title>${title} — ${ADMIN_UI[lang].newsroom}</title>
<link rel="stylesheet" href="${cssHref}">
</head>
<body class="admin">
${body}
</body>
</html>
`.toString();
}

function languageLinks(lang: Lang, path: string): SafeHtml {
  return html`<nav class="admin-langs" aria-label="${ADMIN_UI[lang].interfaceLanguage}"><ul>${LANGUAGES.map(
    (l) => html`<li><a href="${path}?lang=${l}" lang="${l}" hreflang="${l}"${l === lang && html` aria-current="page"`}>${LANGUAGE_LABELS[l]}<span class="visually-hidden"> ${LANGUAGE_NAMES[l]}</span></a></li>`,
  )}</ul></nav>`;
}

/**
 * The sign-in form: works without JavaScript, keeps the typed email after an error, and shows
 * the error in the member's language.
 */
export function renderSignIn(v: { lang: Lang; cssHref: string; csrfToken: string; email: string; errorCode?: string }): string {
  const ui = ADMIN_UI[v.lang];
  const error = v.errorCode ? ui.errors[v.errorCode] ?? ui.errors.SIGN_IN_FAILED : undefined;
  return document(
    v.lang,
    ui.signInTitle,
    v.cssHref,
    html`<main class="sign-in">
${languageLinks(v.lang, '/admin/login')}
<h1>${ui.signInTitle}</h1>
${error && html`<p class="form-error" role="alert" id="sign-in-error">${error}</p>`}
<form method="post" action="/admin/login?lang=${v.lang}"${error && html` aria-describedby="sign-in-error"`}>
<input type="hidden" name="_csrf" value="${v.csrfToken}">
<p><label for="email">${ui.email}</label><input id="email" name="email" type="email" autocomplete="username" required value="${v.email}"></p>
<p><label for="password">${ui.password}</label><input id="password" name="password" type="password" autocomplete="current-password" required></p>
<p><button type="submit">${ui.signIn}</button></p>
</form>
<p><a href="/">${ui.backToSite}</a></p>
</main>`,
  );
}

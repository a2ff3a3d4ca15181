import { html } from '../html.js';
import type { UiStrings } from '../i18n.js';
import { renderDocument } from '../layout.js';
import { pageContext } from '../partials/common.js';
import type { ErrorView } from '../view-models.js';

/**
 * 400, 404 and 500 pages: a localized title and a sentence of help, a link to the front page,
 * and the normal top bar and footer so readers can carry on. Never a stack trace, error code
 * or message from the server: those stay in the logs.
 */

const MESSAGES: Record<ErrorView['status'], (ui: UiStrings) => { title: string; text: string }> = {
  400: (ui) => ({ title: ui.badRequestTitle, text: ui.badRequestText }),
  404: (ui) => ({ title: ui.notFoundTitle, text: ui.notFoundText }),
  500: (ui) => ({ title: ui.serverErrorTitle, text: ui.serverErrorText }),
};

/** @example renderError({ chrome, status: 404 }) */
export function renderError(v: ErrorView): string {
  const ctx = pageContext(v.chrome);
  const { ui } = ctx;
  const { title, text } = (MESSAGES[v.status] ?? MESSAGES[500])(ui);
  // The title bar says what happened too, whatever title the caller put in the chrome.
  const chrome = { ...v.chrome, title };
  const main = html`<div class="error-page">
<h1 class="list-title">${title}</h1>
<p class="error-text">${text}</p>
<p><a class="button" href="${v.chrome.homeHref}">${ui.backHome}</a></p>
</div>`;
  return renderDocument({ chrome, ctx, page: 'error', main });
}

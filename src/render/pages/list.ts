import { html, type SafeHtml } from '../html.js';
import type { UiStrings } from '../i18n.js';
import { renderDocument } from '../layout.js';
import { cardGrid } from '../partials/cards.js';
import { pageContext, type PageContext } from '../partials/common.js';
import { image, SIZES } from '../partials/media.js';
import { pagination } from '../partials/nav.js';
import { rail } from '../partials/rail.js';
import type { ListPageView } from '../view-models.js';

/**
 * Section, tag and author pages: the name as the h1 (an author also gets photo, job title and
 * bio), the stories as cards with h2 headlines, Newer/Older pagination, and the stream in the rail.
 */

function kindWord(ui: UiStrings, kind: ListPageView['kind']): string {
  return kind === 'section' ? ui.sectionTitle : kind === 'tag' ? ui.tagTitle : ui.authorTitle;
}

function listHead(ctx: PageContext, v: ListPageView): SafeHtml {
  const a = v.author;
  const pageNote = v.pagination.page > 1 ? html` <span class="muted">· ${ctx.ui.page} ${v.pagination.page}</span>` : '';
  const heading = html`<p class="kicker">${kindWord(ctx.ui, v.kind)}${pageNote}</p><h1 class="list-title">${v.heading}</h1>`;
  if (!a) return html`<div class="list-head">${heading}</div>`;
  // The author's portrait leads the page, so it is not lazy.
  return html`<div class="list-head author-head">${a.photo && image(a.photo, { sizes: SIZES.portrait, eager: true, className: 'author-photo' })}<div>${
    heading}${a.title && html`<p class="author-title">${a.title}</p>`}${a.bio && html`<p class="author-bio">${a.bio}</p>`}</div></div>`;
}

/** @example renderListPage(listFixture('ru', 'author')) */
export function renderListPage(v: ListPageView): string {
  const ctx = pageContext(v.chrome);
  const main = html`${listHead(ctx, v)}
${cardGrid(ctx, v.stories, { level: 2, variant: 'standard' })}
${pagination(ctx, v.pagination)}`;
  return renderDocument({ chrome: v.chrome, ctx, page: `list page-${v.kind}`, main, rail: rail(ctx, v.stream) });
}

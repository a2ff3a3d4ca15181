import { LANGUAGE_TAGS } from '../../domain/locale.js';
import { html, type SafeHtml } from '../html.js';
import type { ArchiveView, Chrome, PaginationView } from '../view-models.js';
import type { PageContext } from './common.js';

/**
 * Navigation that works without JavaScript: the "All sections" disclosure, the language
 * switcher, pagination of list pages and day-to-day links in the archive.
 */

/**
 * UA / RU / EN. Each link names its language in that language for screen readers ("UA
 * Українська": the visible label first, so voice control users can say what they see) and
 * carries lang and hreflang; the current language has aria-current="page". Where a translation is
 * missing the link leads to that edition's front page instead.
 */
export function languageSwitcher(ctx: PageContext, chrome: Chrome): SafeHtml {
  const items = chrome.languages.map((l) => {
    const tag = LANGUAGE_TAGS[l.lang];
    // rel="alternate": this very page in another language, not just that edition's front page.
    const rel = l.sameStory && !l.current ? html` rel="alternate"` : '';
    return html`<li><a href="${l.href}"${rel} hreflang="${tag}" lang="${tag}"${l.current && html` aria-current="page"`}>${l.label}<span class="visually-hidden"> ${l.name}</span></a></li>`;
  });
  return html`<nav class="lang-switch" aria-label="${ctx.ui.languageSwitcher}"><ul>${items}</ul></nav>`;
}

/** "All sections" as a native disclosure: opens and closes with no script at all. */
export function sectionsMenu(ctx: PageContext, chrome: Chrome): SafeHtml {
  return html`<details class="menu"><summary>${ctx.ui.allSections}</summary><nav class="menu-panel" aria-label="${ctx.ui.allSections}"><ul>${
    chrome.sections.map((s) => html`<li><a href="${s.href}">${s.text}</a></li>`)}<li><a href="${chrome.archiveHref}">${ctx.ui.allNews}</a></li></ul></nav></details>`;
}

const ARROW_BACK = html`<span aria-hidden="true">←</span> `;
const ARROW_ON = html` <span aria-hidden="true">→</span>`;

/**
 * Newer / Page N / Older for section, tag and author pages; nothing when there is one page.
 * rel="prev" and rel="next" follow the list's order: newer pages come first.
 */
export function pagination(ctx: PageContext, p: PaginationView): SafeHtml {
  if (!p.newerHref && !p.olderHref) return html``;
  return html`<nav class="pager" aria-label="${ctx.ui.pagination}"><ul>${
    p.newerHref && html`<li><a href="${p.newerHref}" rel="prev">${ARROW_BACK}${ctx.ui.newer}</a></li>`
  }<li class="pager-current" aria-current="page">${ctx.ui.page} ${p.page}</li>${
    p.olderHref && html`<li><a href="${p.olderHref}" rel="next">${ctx.ui.older}${ARROW_ON}</a></li>`}</ul></nav>`;
}

/** Previous day / next day under an archive page; "next" is absent for today. */
export function dayNavigation(ctx: PageContext, v: Pick<ArchiveView, 'previousDayHref' | 'nextDayHref'>): SafeHtml {
  if (!v.previousDayHref && !v.nextDayHref) return html``;
  return html`<nav class="pager" aria-label="${ctx.ui.otherDays}"><ul>${
    v.previousDayHref && html`<li><a href="${v.previousDayHref}" rel="prev">${ARROW_BACK}${ctx.ui.previousDay}</a></li>`}${
    v.nextDayHref && html`<li><a href="${v.nextDayHref}" rel="next">${ctx.ui.nextDay}${ARROW_ON}</a></li>`}</ul></nav>`;
}

import { html, type SafeHtml } from '../html.js';
import { renderDocument } from '../layout.js';
import { dayAndTime, kindLabel, pageContext, type PageContext } from '../partials/common.js';
import { SEARCH_UI, type SearchStrings } from '../search-i18n.js';
import type { MarkedText, SearchChoice, SearchHitView, SearchPageView } from '../view-models.js';

/**
 * The search page: the query in a search box, then one of: an invitation to search (nothing
 * typed), the results (count, sort and language switches, filters, marked headlines and
 * snippets, pagination), or a friendly "nothing found" with what to try next; above either, a
 * "did you mean" link when little was found and a corrected query finds more. Plain links and a
 * GET form, so it all works without JavaScript. Matched words are `<mark>`; every piece of text
 * is escaped like any other.
 */

/** Text with the matched words in `<mark>`. @example marked([{ text: 'Київ', match: true }]) */
export function marked(segments: readonly MarkedText[]): SafeHtml {
  return html`${segments.map((s) => (s.match ? html`<mark>${s.text}</mark>` : s.text))}`;
}

function searchForm(ctx: PageContext, t: SearchStrings, v: SearchPageView): SafeHtml {
  return html`<form class="search" action="${v.action}" method="get"><label class="visually-hidden" for="search-q">${t.queryLabel}</label><input id="search-q" type="search" name="q" value="${v.q}">${
    v.hidden.map((h) => html`<input type="hidden" name="${h.name}" value="${h.value}">`)}<button class="button" type="submit">${ctx.ui.searchButton}</button></form>`;
}

/** A row of choices (sort, language): the current one in bold, the others as links. */
function choices(label: string, list: SearchChoice[]): SafeHtml {
  // No break inside a choice: «за датою» stays on one line.
  const text = (o: SearchChoice) => o.text.replace(/ /g, '\u00a0');
  return html`<p>${label}${list.map((o) => (o.current ? html` <strong aria-current="true">${text(o)}</strong>` : html` <a href="${o.href}">${text(o)}</a>`))}</p>`;
}

function options(t: SearchStrings, v: SearchPageView): SafeHtml {
  const filters = v.filters.length > 0 && html`<p>${t.filters}${v.filters.map((f) => html` <a href="${f.removeHref}">${f.label}: ${f.value} <span aria-hidden="true">✕</span><span class="visually-hidden"> (${t.removeFilter})</span></a>`)}</p>`;
  return html`${v.state === 'results' && choices(t.sortBy, v.sortChoices)}${choices(t.language, v.languageChoices)}${filters}`;
}

function hit(ctx: PageContext, h: SearchHitView): SafeHtml {
  const lang = h.lang ? html` lang="${h.lang}"` : '';
  return html`<li class="card card-compact"><p class="card-kicker">${h.section && html`<a href="${h.section.href}">${h.section.text}</a>`}${
    h.kind !== 'news' && html` <span class="card-kind">${kindLabel(ctx.ui, h.kind)}</span>`}</p><h2 class="card-title"${lang}><a href="${h.href}">${marked(h.headline)}</a></h2>${
    h.snippet.length > 0 && html`<p class="card-summary"${lang}>${marked(h.snippet)}</p>`}<p class="card-meta">${dayAndTime(ctx, h.publishedAt)}</p></li>`;
}

function pager(ctx: PageContext, t: SearchStrings, p: SearchPageView['pagination']): SafeHtml {
  if (!p.previousHref && !p.nextHref) return html``;
  return html`<nav class="pager" aria-label="${ctx.ui.pagination}"><ul>${
    p.previousHref && html`<li><a href="${p.previousHref}" rel="prev"><span aria-hidden="true">←</span> ${t.previous}</a></li>`
  }<li class="pager-current" aria-current="page">${ctx.ui.page} ${p.page}</li>${
    p.nextHref && html`<li><a href="${p.nextHref}" rel="next">${t.next} <span aria-hidden="true">→</span></a></li>`}</ul></nav>`;
}

function nothingFound(ctx: PageContext, t: SearchStrings, v: SearchPageView): SafeHtml {
  const what = v.nothingToSearch ? t.onlyStopWords : t.noResultsFor(v.q);
  return html`<h2 class="label-heading">${t.noResults}</h2>
<p>${what}</p>
<ul><li>${t.checkSpelling}</li><li>${t.fewerWords}</li>${v.allLanguagesHref && html`<li><a href="${v.allLanguagesHref}">${t.tryAllLanguages}</a></li>`}</ul>
<p>${t.browse}</p>
<ul class="tag-list">${v.sections.map((s) => html`<li><a href="${s.href}">${s.text}</a></li>`)}<li><a href="${v.archiveHref}">${ctx.ui.allNews}</a></li></ul>`;
}

function body(ctx: PageContext, t: SearchStrings, v: SearchPageView): SafeHtml {
  if (v.state === 'invite') return html`<p>${t.invite}</p><p class="muted">${t.tips}</p>`;
  const count = new Intl.NumberFormat(ctx.lang).format(v.total);
  const found = v.state === 'none' ? '' : html`<p class="muted">${t.found(count, v.total, v.totalIsExact)}</p>`;
  const note = v.truncated && html`<p class="muted">${t.truncated}</p>`;
  // "Did you mean" first: it is the likeliest next step when little or nothing was found.
  const suggestion = v.suggestion && html`<p>${t.didYouMean} <a href="${v.suggestion.href}"><strong>${v.suggestion.text}</strong></a></p>`;
  const head = html`${suggestion}${found}${note}${options(t, v)}`;
  if (v.state === 'none') return html`${head}${nothingFound(ctx, t, v)}`;
  if (v.state === 'beyond') return html`${head}<p>${t.beyond} <a href="${v.pagination.firstHref}">${t.firstPage}</a></p>`;
  return html`${head}<ol class="results">${v.hits.map((h) => hit(ctx, h))}</ol>${pager(ctx, t, v.pagination)}`;
}

/** @example renderSearchPage(presentSearchPage(ctx, data, params)) */
export function renderSearchPage(v: SearchPageView): string {
  const ctx = pageContext(v.chrome);
  const t = SEARCH_UI[ctx.lang];
  const main = html`<h1 class="list-title">${v.q === '' ? t.title : t.titleFor(v.q)}</h1>
${searchForm(ctx, t, v)}
${body(ctx, t, v)}`;
  return renderDocument({ chrome: v.chrome, ctx, page: 'search', main });
}

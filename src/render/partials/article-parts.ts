import { formatDateTime } from '../../domain/dates.js';
import type { Lang } from '../../domain/locale.js';
import { html, type SafeHtml } from '../html.js';
import type { ArticleView, BylineView, Chrome, Link, LinkedStoryView } from '../view-models.js';
import { link, longDay, timeTag, type PageContext } from './common.js';
import { image, SIZES } from './media.js';

/**
 * The article's furniture around its body: bylines, dateline and update line, the "Source:"
 * line, the "Background:" list, the support call to action and the tags.
 */

const listFormats = new Map<Lang, Intl.ListFormat>();

/** "A and B", "A, B і C", "A, B и C": the language's own way of joining names, with links. */
export function joinNaturally(lang: Lang, items: readonly SafeHtml[]): SafeHtml {
  if (items.length < 2) return html`${items}`;
  let format = listFormats.get(lang);
  if (!format) {
    format = new Intl.ListFormat(lang === 'en' ? 'en-GB' : lang, { type: 'conjunction', style: 'long' });
    listFormats.set(lang, format);
  }
  let i = 0;
  const parts = format.formatToParts(items.map((_, n) => String(n)));
  return html`${parts.map((p) => (p.type === 'element' ? items[i++] : p.value))}`;
}

/** "By Olena Koval and Ihor Melnyk" / "Автори: …", each name linking to the author page. */
export function bylines(ctx: PageContext, authors: readonly BylineView[], withPhotos: boolean): SafeHtml {
  if (authors.length === 0) return html``;
  const names = authors.map((a) => html`<a href="${a.href}" rel="author">${a.name}</a>`);
  const label = authors.length === 1 ? ctx.ui.bylineOne : ctx.ui.bylineMany;
  const photos = withPhotos
    ? authors.map((a) => a.photo && image(a.photo, { sizes: SIZES.portrait, className: 'byline-photo' }))
    : [];
  return html`<p class="byline">${photos}<span class="byline-label">${label}</span> ${joinNaturally(ctx.lang, names)}</p>`;
}

/** Publication time written out, and the update line when the story changed afterwards. */
export function datelines(ctx: PageContext, v: Pick<ArticleView, 'publishedAt' | 'updatedAt' | 'updateNote'>): SafeHtml {
  const published = html`<p class="dateline">${timeTag(ctx, v.publishedAt, formatDateTime(v.publishedAt, ctx.lang, ctx.timeZone))}</p>`;
  if (!v.updatedAt) return published;
  const when = formatDateTime(v.updatedAt, ctx.lang, ctx.timeZone);
  return html`${published}<p class="updated"><span class="badge badge-updated">${ctx.ui.updated}</span> ${timeTag(ctx, v.updatedAt, when)}</p>${
    v.updateNote && html`<p class="update-note"><span class="label">${ctx.ui.updateNote}:</span> ${v.updateNote}</p>`}`;
}

/**
 * "Source: Economic Pravda citing the National Bank", with each link's text linked where the
 * sentence names it; links the sentence does not mention follow it.
 */
export function sourceLine(ctx: PageContext, source: NonNullable<ArticleView['source']>): SafeHtml {
  const out: (SafeHtml | string)[] = [];
  const extra: SafeHtml[] = [];
  let rest = source.text;
  for (const l of source.links) {
    const at = l.text ? rest.indexOf(l.text) : -1;
    if (at < 0) {
      extra.push(link(ctx, l.href, l.text || l.href));
      continue;
    }
    out.push(rest.slice(0, at), link(ctx, l.href, l.text));
    rest = rest.slice(at + l.text.length);
  }
  out.push(rest);
  const tail = extra.length === 0 ? '' : html`${rest || out.length > 1 ? ' ' : ''}${joinNaturally(ctx.lang, extra)}`;
  return html`<p class="source"><span class="label">${ctx.ui.source}:</span> ${out}${tail}</p>`;
}

/** "Background:" with the earlier stories and their days. */
export function backgroundList(ctx: PageContext, stories: readonly LinkedStoryView[]): SafeHtml {
  if (stories.length === 0) return html``;
  const items = stories.map((s) => html`<li><a href="${s.href}">${s.headline}</a> <span class="muted">${
    timeTag(ctx, s.publishedAt, longDay(ctx, s.publishedAt))}</span></li>`);
  return html`<section class="background"><h2 class="label-heading">${ctx.ui.background}:</h2><ul>${items}</ul></section>`;
}

/** The end-of-article call to action (Patreon, card, crypto: whatever the admin set). */
export function supportCallout(chrome: Chrome): SafeHtml {
  const s = chrome.support;
  return html`<section class="support-cta"><h2>${s.title}</h2><p>${s.text}</p><p><a class="button" href="${s.href}">${s.linkText}</a></p></section>`;
}

/** The story's tags as links to their pages. */
export function tagList(ctx: PageContext, tags: readonly Link[]): SafeHtml {
  if (tags.length === 0) return html``;
  return html`<div class="story-tags"><h2 class="label-heading">${ctx.ui.tags}:</h2><ul class="tag-list">${
    tags.map((t) => html`<li><a href="${t.href}" rel="tag">${t.text}</a></li>`)}</ul></div>`;
}

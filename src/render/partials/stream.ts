import { formatWeekdayDay } from '../../domain/dates.js';
import { html, kept, type SafeHtml } from '../html.js';
import type { StreamItemView, StreamView } from '../view-models.js';
import { clockTime, dayKeyOf, markers, type PageContext } from './common.js';

/**
 * The "Recent news" stream: HH:MM (newsroom time) per item, newest first, grouped under a
 * separator for each newsroom-zone day ("Saturday, 1 March"), important items in bold, text
 * badges for updated / video / photos, and a link to the full archive.
 */

/** One line of the stream or the archive. */
export function streamItem(ctx: PageContext, item: StreamItemView): SafeHtml {
  const headline = item.important ? html`<strong>${item.headline}</strong>` : item.headline;
  return html`<li class="stream-item${item.important ? ' is-important' : ''}">${clockTime(ctx, item.publishedAt)} <a href="${item.href}">${headline}</a>${
    markers(ctx.ui, item)}</li>`;
}

interface DayGroup {
  first: Date;
  items: StreamItemView[];
}

/** Splits items (newest first) wherever the newsroom-zone calendar day changes. */
export function groupByDay(ctx: PageContext, items: readonly StreamItemView[]): DayGroup[] {
  const groups: DayGroup[] = [];
  let currentKey = '';
  for (const item of items) {
    const key = dayKeyOf(ctx, item.publishedAt);
    const last = groups[groups.length - 1];
    if (last && key === currentKey) last.items.push(item);
    else groups.push({ first: item.publishedAt, items: [item] });
    currentKey = key;
  }
  return groups;
}

/**
 * The whole stream block for a rail. Day separators are h3 under the block's h2, so screen
 * reader users can jump from day to day.
 */
export function streamBlock(ctx: PageContext, stream: StreamView): SafeHtml {
  // The same view (one per stream, see presentStream) renders the same HTML in its language.
  const done = renderedStreams.get(stream);
  if (done?.lang === ctx.lang && done.timeZone === ctx.timeZone) return done.html;
  const block = kept(renderStreamBlock(ctx, stream));
  renderedStreams.set(stream, { lang: ctx.lang, timeZone: ctx.timeZone, html: block });
  return block;
}

const renderedStreams = new WeakMap<StreamView, { lang: string; timeZone: string; html: SafeHtml }>();

function renderStreamBlock(ctx: PageContext, stream: StreamView): SafeHtml {
  const groups = groupByDay(ctx, stream.items);
  const body = groups.length === 0
    ? html`<p class="empty">${ctx.ui.noStories}</p>`
    : groups.map((g) => html`<h3 class="stream-day">${formatWeekdayDay(g.first, ctx.lang, ctx.timeZone)}</h3><ul class="stream-list">${
      g.items.map((item) => streamItem(ctx, item))}</ul>`);
  return html`<section class="stream"><h2 class="stream-title">${ctx.ui.recentNews}</h2>${body}<p class="stream-more"><a href="${
    stream.archiveHref}">${ctx.ui.allNews}</a></p></section>`;
}

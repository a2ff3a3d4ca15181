import { formatDay } from '../../domain/dates.js';
import { html } from '../html.js';
import { renderDocument } from '../layout.js';
import { pageContext } from '../partials/common.js';
import { dayNavigation } from '../partials/nav.js';
import { streamItem } from '../partials/stream.js';
import type { ArchiveView } from '../view-models.js';

/**
 * The full news archive for one newsroom-zone day: "All news for 1 March 2025", every item with
 * its time, markers and bold for important ones, and links to the previous and next day (none
 * after today). One column: the archive is the stream, so there is no rail.
 */

/** @example renderArchive(archiveFixture('uk')) */
export function renderArchive(v: ArchiveView): string {
  const ctx = pageContext(v.chrome);
  const { ui } = ctx;
  const title = `${ui.archiveTitle} ${formatDay(v.day, ctx.lang, ctx.timeZone)}`;
  const list = v.items.length === 0
    ? html`<p class="empty">${ui.noStories}</p>`
    : html`<ul class="stream-list archive-list">${v.items.map((item) => streamItem(ctx, item))}</ul>`;
  const main = html`<h1 class="list-title">${title}</h1>
${list}
${dayNavigation(ctx, v)}`;
  return renderDocument({ chrome: v.chrome, ctx, page: 'archive', main });
}

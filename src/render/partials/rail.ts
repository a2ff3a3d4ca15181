import { html, type SafeHtml } from '../html.js';
import type { StreamView } from '../view-models.js';
import type { PageContext } from './common.js';
import { streamBlock } from './stream.js';

/**
 * Advertisement slots and the side rail that holds the stream and the rail's slots.
 *
 * An ad slot is an empty, labelled box with a stable id that the ad server fills in the browser:
 * `ad-article-1`, `ad-rail-2`, `ad-front-1`. The page stays complete when nothing fills it, and
 * the visible "Advertisement" label keeps paid content apart from journalism.
 */

export type AdPlacement = 'article' | 'rail' | 'front' | 'list';

/**
 * `<div class="ad-slot" id="ad-article-1">` with a visible "Advertisement" label: not a landmark,
 * so screen-reader users' landmark lists hold only the paper's own regions. Ids must be unique per
 * page: number slots per placement, from 1.
 * @example adSlot(ctx, 'rail', 1) // id="ad-rail-1", container id="ad-rail-1-unit"
 */
export function adSlot(ctx: PageContext, placement: AdPlacement, n: number, extra?: { afterParagraph: number }): SafeHtml {
  const id = `ad-${placement}-${n}`;
  return html`<div class="ad-slot ad-${placement}" id="${id}"${
    extra && html` data-after-paragraph="${extra.afterParagraph}"`}><p class="ad-label">${ctx.ui.advertisement}</p><div class="ad-unit" id="${id}-unit" data-ad-slot="${id}"></div></div>`;
}

/** How many ad slots a rail carries: one after the stream's top, one at its end. */
const RAIL_SLOTS = 2;

/**
 * The right rail (under the main column on phones): an ad, the "Recent news" stream, another ad.
 * Labelled "Recent news": that is what readers come to it for.
 */
export function rail(ctx: PageContext, stream: StreamView): SafeHtml {
  const ads = Array.from({ length: RAIL_SLOTS }, (_, i) => adSlot(ctx, 'rail', i + 1));
  return html`<aside class="rail" aria-label="${ctx.ui.recentNews}">${ads[0]}${streamBlock(ctx, stream)}${ads.slice(1)}</aside>`;
}

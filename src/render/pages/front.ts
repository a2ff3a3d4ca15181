import { html, type SafeHtml } from '../html.js';
import { renderDocument } from '../layout.js';
import { cardBlock, storyCard } from '../partials/cards.js';
import { pageContext, type PageContext } from '../partials/common.js';
import { adSlot, rail } from '../partials/rail.js';
import type { FrontPageView, StoryCardView } from '../view-models.js';

/**
 * The front page: the lead story big with its picture, the other top stories, the latest news,
 * one block per section (its name as an h2 linking to the section page), columns, and the
 * recent-news stream in the rail. The nameplate is the page's h1.
 *
 * Ad slots: `ad-front-1` under the top stories, `ad-front-2` after the second section block,
 * `ad-rail-1` and `ad-rail-2` in the rail.
 */

function topStories(ctx: PageContext, top: readonly StoryCardView[]): SafeHtml {
  const [lead, ...others] = top;
  if (!lead) return html``;
  return html`<section class="block top-stories"><h2 class="block-title">${ctx.ui.topStories}</h2><div class="top-grid">${
    storyCard(ctx, lead, { level: 3, variant: 'lead', eager: true })}${
    others.length > 0 && html`<div class="cards cards-top">${others.map((s) => storyCard(ctx, s, { level: 3, variant: 'top' }))}</div>`
  }</div></section>`;
}

/** @example renderFrontPage(frontFixture('en')) */
export function renderFrontPage(v: FrontPageView): string {
  const ctx = pageContext(v.chrome);
  const { ui } = ctx;
  const sections = v.sections.filter((b) => b.stories.length > 0);
  const sectionBlocks = sections.map((b, i) => html`${cardBlock(ctx, b.section, b.stories, { variant: 'standard', className: 'section-block' })}${
    i === 1 && adSlot(ctx, 'front', 2)}
`);

  const main = html`${topStories(ctx, v.top)}
${adSlot(ctx, 'front', 1)}
${cardBlock(ctx, ui.latestNews, v.latest, { variant: 'compact', className: 'latest-news' })}
${sectionBlocks}${cardBlock(ctx, ui.columns, v.columns, { variant: 'standard', className: 'columns-block' })}`;

  return renderDocument({ chrome: v.chrome, ctx, page: 'front', front: true, main, rail: rail(ctx, v.stream) });
}

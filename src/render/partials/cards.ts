import { html, kept, type SafeHtml } from '../html.js';
import type { StoryCardView } from '../view-models.js';
import { dayAndTime, kindLabel, markers, type PageContext } from './common.js';
import { image, SIZES } from './media.js';

/**
 * Story cards: a picture, the section, the headline linking to the story, the lead on bigger
 * cards, and the time with the updated/video/photos markers. The heading level is the caller's,
 * so cards fit the outline of any page (h3 under a block's h2, h2 under a list page's h1).
 */

export type CardVariant = 'lead' | 'top' | 'standard' | 'compact';

export interface CardOptions {
  level: 2 | 3;
  variant: CardVariant;
  /** Only the front page's lead card: its picture is the page's largest paint. */
  eager?: boolean;
}

const CARD_SIZES: Record<CardVariant, string> = {
  lead: SIZES.lead,
  top: SIZES.topCard,
  standard: SIZES.card,
  compact: SIZES.card,
};

/**
 * Cards rendered, by view and by how they were asked for: the same views (see presentCard) come
 * back page after page, and a view is never changed once made.
 */
const rendered = new WeakMap<StoryCardView, Map<string, SafeHtml>>();

/** One story as a card. @example storyCard(ctx, story, { level: 3, variant: 'standard' }) */
export function storyCard(ctx: PageContext, s: StoryCardView, opts: CardOptions): SafeHtml {
  const how = `${ctx.lang}|${ctx.timeZone}|${ctx.origin}|${opts.level}|${opts.variant}|${opts.eager ? 1 : 0}`;
  let byHow = rendered.get(s);
  if (!byHow) rendered.set(s, (byHow = new Map()));
  let card = byHow.get(how);
  if (!card) byHow.set(how, (card = kept(renderCard(ctx, s, opts))));
  return card;
}

function renderCard(ctx: PageContext, s: StoryCardView, opts: CardOptions): SafeHtml {
  const { ui } = ctx;
  const showImage = s.image !== null && opts.variant !== 'compact';
  const showLead = s.lead !== '' && (opts.variant === 'lead' || opts.variant === 'top' || opts.variant === 'standard');
  const title = html`<a href="${s.href}">${s.headline}</a>`;
  const heading = opts.level === 2
    ? html`<h2 class="card-title">${title}</h2>`
    : html`<h3 class="card-title">${title}</h3>`;
  const classes = `card card-${opts.variant}${s.important ? ' card-important' : ''}${showImage ? ' has-image' : ''}`;
  return html`<article class="${classes}">${
    showImage && s.image && image(s.image, { sizes: CARD_SIZES[opts.variant], eager: opts.eager ?? false, className: 'card-image' })
  }<div class="card-body"><p class="card-kicker"><a href="${s.section.href}">${s.section.text}</a>${
    s.kind !== 'news' && html` <span class="card-kind">${kindLabel(ui, s.kind)}</span>`
  }</p>${heading}${showLead && html`<p class="card-summary">${s.lead}</p>`}<p class="card-meta">${
    dayAndTime(ctx, s.publishedAt)}${markers(ui, s)}</p></div></article>`;
}

/** A grid of cards, or the "nothing here yet" line when there are none. */
export function cardGrid(ctx: PageContext, stories: readonly StoryCardView[], opts: CardOptions): SafeHtml {
  if (stories.length === 0) return html`<p class="empty">${ctx.ui.noStories}</p>`;
  return html`<div class="cards cards-${opts.variant}">${stories.map((s) => storyCard(ctx, s, opts))}</div>`;
}

/**
 * A titled block of cards: "Latest news", a section, a tag. The title links when given a link.
 * Renders nothing for an empty list, so a quiet section leaves no empty heading behind.
 */
export function cardBlock(
  ctx: PageContext,
  title: string | { href: string; text: string },
  stories: readonly StoryCardView[],
  opts: Omit<CardOptions, 'level'> & { className?: string },
): SafeHtml {
  if (stories.length === 0) return html``;
  const heading = typeof title === 'string' ? title : html`<a href="${title.href}">${title.text}</a>`;
  return html`<section class="block${opts.className ? ` ${opts.className}` : ''}"><h2 class="block-title">${heading}</h2>${
    cardGrid(ctx, stories, { ...opts, level: 3 })}</section>`;
}

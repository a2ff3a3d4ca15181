import type { Block } from '../domain/blocks.js';
import type { Lang } from '../domain/locale.js';
import { html, type SafeHtml } from './html.js';
import { UI } from './i18n.js';
import { renderInline } from './partials/blocks.js';
import type { PageContext } from './partials/common.js';
import { creditText, embedQuote, videoCard } from './partials/media.js';

/**
 * A story body as HTML for full-text feeds: the same blocks as the article page, without ad
 * slots, page chrome, `srcset` or lazy loading, every URL absolute (feed readers resolve
 * relative links against the feed, not the article). Videos and social posts stay link-out cards.
 */

/** A picture as a feed shows it: one absolute file. */
export interface SyndicatedImage {
  src: string;
  width: number;
  height: number;
  alt: string;
  caption: string;
  credit: string;
}

export interface SyndicationInput {
  lang: Lang;
  timeZone: string;
  /** The site's origin, "https://example.com": links elsewhere get rel="noopener". */
  origin: string;
  body: readonly Block[];
  /** Shown above the body, as on the article page. */
  leadImage: SyndicatedImage | null;
  /** Pictures that image blocks name, by media id; missing ones are skipped. */
  media: Readonly<Record<number, SyndicatedImage>>;
  /** Stories that "related" blocks name, with absolute hrefs; missing (unpublished) ones are skipped. */
  stories: Readonly<Record<number, { href: string; headline: string }>>;
}

function figure(ctx: PageContext, img: SyndicatedImage): SafeHtml {
  const caption = img.caption || img.credit
    ? html`<figcaption>${img.caption}${img.caption && img.credit && ' — '}${img.credit && creditText(ctx.ui, img.credit)}</figcaption>`
    : '';
  return html`<figure><img src="${img.src}" width="${img.width}" height="${img.height}" alt="${img.alt}">${caption}</figure>`;
}

function block(ctx: PageContext, b: Block, input: SyndicationInput, headingLevel: 2 | 3): SafeHtml | '' {
  switch (b.type) {
    case 'paragraph':
      return html`<p>${renderInline(ctx, b.content)}</p>`;
    case 'heading':
      return headingLevel === 2 ? html`<h2>${b.text}</h2>` : html`<h3>${b.text}</h3>`;
    case 'quote': {
      const quote = html`<blockquote><p>${renderInline(ctx, b.content)}</p></blockquote>`;
      return b.cite ? html`<figure>${quote}<figcaption>— ${b.cite}</figcaption></figure>` : quote;
    }
    case 'list': {
      const items = b.items.map((item) => html`<li>${renderInline(ctx, item)}</li>`);
      return b.ordered ? html`<ol>${items}</ol>` : html`<ul>${items}</ul>`;
    }
    case 'image': {
      const media = input.media[b.mediaId];
      if (!media) return '';
      return figure(ctx, { ...media, alt: b.alt ?? media.alt, caption: b.caption ?? media.caption, credit: b.credit ?? media.credit });
    }
    case 'video':
      return videoCard(ctx, b);
    case 'embed':
      return embedQuote(ctx, b);
    case 'related': {
      const story = input.stories[b.storyId];
      return story ? html`<p>${ctx.ui.readAlso}: <a href="${story.href}">${story.headline}</a></p>` : '';
    }
  }
}

/**
 * The body as feed HTML. As on the article page, an h3 before the first h2 is written as h2.
 *
 * @example renderSyndicationBody({ lang: 'en', timeZone, origin, body, leadImage: null, media: {}, stories: {} })
 */
export function renderSyndicationBody(input: SyndicationInput): string {
  const ctx: PageContext = { lang: input.lang, timeZone: input.timeZone, ui: UI[input.lang], origin: input.origin };
  let seenH2 = false;
  const out = input.body.map((b) => {
    let level: 2 | 3 = 2;
    if (b.type === 'heading') {
      level = b.level === 3 && seenH2 ? 3 : 2;
      if (level === 2) seenH2 = true;
    }
    return block(ctx, b, input, level);
  });
  return html`${input.leadImage && figure(ctx, input.leadImage)}${out}`.value;
}

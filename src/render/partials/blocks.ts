import type { Block, Inline } from '../../domain/blocks.js';
import { html, type SafeHtml } from '../html.js';
import type { ImageView, LinkedStoryView } from '../view-models.js';
import { link, type PageContext } from './common.js';
import { embedQuote, figure, SIZES, videoCard } from './media.js';
import { adSlot } from './rail.js';

/**
 * The article body: structured blocks to HTML. Blocks were validated on save (safe link schemes,
 * known providers), so nothing is sanitized here; every text is still escaped by `html`.
 */

export interface BodyInput {
  body: readonly Block[];
  bodyMedia: Readonly<Record<number, ImageView>>;
  bodyStories: Readonly<Record<number, LinkedStoryView>>;
  /** 1-based paragraph numbers to put an ad slot after. */
  adsAfterParagraphs: readonly number[];
}

/** Text runs with bold, italic and links. */
export function renderInline(ctx: PageContext, content: readonly Inline[]): SafeHtml {
  return html`${content.map((run) => {
    if (run.type === 'link') return link(ctx, run.href, run.text);
    let out: SafeHtml | string = run.text;
    if (run.italic) out = html`<em>${out}</em>`;
    if (run.bold) out = html`<strong>${out}</strong>`;
    return out;
  })}`;
}

function renderBlock(ctx: PageContext, block: Block, input: BodyInput, headingLevel: 2 | 3): SafeHtml | '' {
  switch (block.type) {
    case 'paragraph':
      return html`<p>${renderInline(ctx, block.content)}</p>`;
    case 'heading':
      return headingLevel === 2 ? html`<h2>${block.text}</h2>` : html`<h3>${block.text}</h3>`;
    case 'quote': {
      const quote = html`<blockquote><p>${renderInline(ctx, block.content)}</p></blockquote>`;
      // The HTML spec puts attribution outside the quotation: figure > blockquote + figcaption.
      return block.cite
        ? html`<figure class="quote">${quote}<figcaption>— ${block.cite}</figcaption></figure>`
        : html`<figure class="quote">${quote}</figure>`;
    }
    case 'list': {
      const items = block.items.map((item) => html`<li>${renderInline(ctx, item)}</li>`);
      return block.ordered ? html`<ol>${items}</ol>` : html`<ul>${items}</ul>`;
    }
    case 'image': {
      const media = input.bodyMedia[block.mediaId];
      if (!media) return '';
      const img: ImageView = {
        ...media,
        alt: block.alt ?? media.alt,
        caption: block.caption ?? media.caption,
        credit: block.credit ?? media.credit,
      };
      return figure(ctx.ui, img, { sizes: SIZES.lead });
    }
    case 'video':
      return videoCard(ctx, block);
    case 'embed':
      return embedQuote(ctx, block);
    case 'related': {
      const story = input.bodyStories[block.storyId];
      if (!story) return '';
      return html`<p class="read-also"><span class="read-also-label">${ctx.ui.readAlso}:</span> <a href="${story.href}">${story.headline}</a></p>`;
    }
  }
}

/**
 * The body with ad slots after the listed paragraphs (only those that exist; each paragraph
 * number once), numbered `ad-article-1`, `ad-article-2`… in reading order.
 *
 * The h1 is the headline, so an h3 before the body's first h2 is shown as h2: the outline
 * never skips a level.
 */
export function renderBody(ctx: PageContext, input: BodyInput): SafeHtml {
  const adAfter = new Set(input.adsAfterParagraphs);
  const out: (SafeHtml | '')[] = [];
  let paragraphs = 0;
  let ads = 0;
  let seenH2 = false;
  for (const block of input.body) {
    let level: 2 | 3 = 2;
    if (block.type === 'heading') {
      level = block.level === 3 && seenH2 ? 3 : 2;
      if (level === 2) seenH2 = true;
    }
    out.push(renderBlock(ctx, block, input, level));
    if (block.type === 'paragraph') {
      paragraphs++;
      if (adAfter.has(paragraphs)) out.push(adSlot(ctx, 'article', ++ads, { afterParagraph: paragraphs }));
    }
  }
  return html`${out}`;
}

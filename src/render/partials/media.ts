import type { Block } from '../../domain/blocks.js';
import { html, type SafeHtml } from '../html.js';
import type { UiStrings } from '../i18n.js';
import type { ImageView } from '../view-models.js';
import { link, type PageContext } from './common.js';

/**
 * Pictures and media from elsewhere. Images always carry width and height (no layout shift) and
 * load lazily, except the one picture a page leads with. Videos and social posts are link-out
 * cards: readable without JavaScript and without third-party requests.
 */

/** `sizes` hints: what share of the viewport each kind of picture takes. */
export const SIZES = {
  lead: '(min-width: 1000px) 760px, 100vw',
  card: '(min-width: 1000px) 300px, (min-width: 600px) 45vw, 100vw',
  topCard: '(min-width: 1000px) 560px, 100vw',
  portrait: '160px',
} as const;

export interface ImageOptions {
  sizes: string;
  /** The page's main picture: fetched at once and first, never lazily. */
  eager?: boolean;
  className?: string;
}

/** `<img>` with srcset, sizes, width and height; the alt text comes from the media library. */
export function image(img: ImageView, opts: ImageOptions): SafeHtml {
  const loading = opts.eager ? html` fetchpriority="high"` : html` loading="lazy"`;
  const tag = html`<img${opts.className && html` class="${opts.className}"`} src="${img.src}"${
    img.srcset && html` srcset="${img.srcset}" sizes="${opts.sizes}"`} width="${img.width}" height="${img.height}" alt="${img.alt}"${loading} decoding="async">`;
  // Browsers take the first source whose format they support, and fall back to the JPEG <img>.
  if (!img.sources?.length) return tag;
  return html`<picture>${img.sources.map((s) => html`<source type="${s.type}" srcset="${s.srcset}" sizes="${opts.sizes}">`)}${tag}</picture>`;
}

/**
 * "Stock photo: Getty Images" is shown as written; a bare "Reuters" becomes "Photo: Reuters".
 * Editors type the credit's own prefix when it is not a plain photo.
 */
export function creditText(ui: UiStrings, credit: string): string {
  return credit.includes(':') ? credit : `${ui.photoCredit}: ${credit}`;
}

/** A picture with its caption and credit, the credit in its own element. */
export function figure(ui: UiStrings, img: ImageView, opts: ImageOptions): SafeHtml {
  const caption = img.caption || img.credit
    ? html`<figcaption>${img.caption}${img.caption && img.credit && ' '}${
      img.credit && html`<span class="credit">${creditText(ui, img.credit)}</span>`}</figcaption>`
    : '';
  return html`<figure class="figure${opts.eager ? ' figure-lead' : ''}">${image(img, opts)}${caption}</figure>`;
}

type VideoBlock = Extract<Block, { type: 'video' }>;
type EmbedBlock = Extract<Block, { type: 'embed' }>;

const VIDEO_HOSTS: Record<VideoBlock['provider'], { name: string; url: (id: string) => string }> = {
  youtube: { name: 'YouTube', url: (id) => `https://www.youtube.com/watch?v=${encodeURIComponent(id)}` },
  vimeo: { name: 'Vimeo', url: (id) => `https://vimeo.com/${encodeURIComponent(id)}` },
};

const EMBED_NAMES: Record<EmbedBlock['provider'], string> = {
  x: 'X',
  telegram: 'Telegram',
  facebook: 'Facebook',
  instagram: 'Instagram',
};

/** A video as a card linking to the video's page: title, "video" badge, "Watch on YouTube". */
export function videoCard(ctx: PageContext, block: VideoBlock): SafeHtml {
  const host = VIDEO_HOSTS[block.provider];
  const inner = html`<span class="badge">${ctx.ui.video}</span> <span class="media-card-title">${block.title}</span> <span class="media-card-cta">${ctx.ui.watchOn} ${host.name}</span>`;
  return html`<div class="media-card">${link(ctx, host.url(block.videoId), inner)}</div>`;
}

/** A social post as a quotation of its text with a link to the post. */
export function embedQuote(ctx: PageContext, block: EmbedBlock): SafeHtml {
  return html`<blockquote class="embed" cite="${block.url}">${block.text && html`<p>${block.text}</p>`}<p class="embed-link">${
    link(ctx, block.url, `${ctx.ui.viewPostOn} ${EMBED_NAMES[block.provider]}`)}</p></blockquote>`;
}

import { widthVariants } from '../../domain/crops.js';
import { LANGUAGES, LANGUAGE_LABELS, LANGUAGE_NAMES, LANGUAGE_TAGS, type Lang } from '../../domain/locale.js';
import type { StoryCard } from '../../domain/story.js';
import type { Media } from '../../domain/taxonomy.js';
import type { Paths } from '../../domain/urls.js';
import { UI } from '../../render/i18n.js';
import type { Chrome, FeedLink, ImageView, LanguageLink, StoryCardView, StreamItemView, StreamView } from '../../render/view-models.js';
import { sectionOf, type PageFrame } from '../../services/reader/reader-context.js';
import { feedLinks } from './present-feed.js';
import { openSearchPath, openSearchTitle, searchPath } from './search-params.js';

/** What presenters need besides page data: URL building and the public origin. */
export interface PresentContext {
  paths: Paths;
  baseUrl: string;
  timeZone: string;
  cssHref: string;
}

/** Per language: the path of "this page" in that language, or undefined when it has none. */
export type Equivalents = Partial<Record<Lang, string>>;

/**
 * The page frame: head, top bar, switcher, footer. `equivalents` lists this page in each language;
 * the switcher falls back to that edition's front page, and hreflang lists only real equivalents.
 */
export function presentChrome(
  ctx: PresentContext,
  frame: PageFrame,
  page: { title: string; description?: string; path: string; equivalents: Equivalents; robots?: string; feeds?: FeedLink[] },
): Chrome {
  const { lang } = frame;
  const ui = UI[lang];
  const languages: LanguageLink[] = LANGUAGES.map((l) => ({
    lang: l,
    label: LANGUAGE_LABELS[l],
    name: LANGUAGE_NAMES[l],
    href: page.equivalents[l] ?? ctx.paths.home(l),
    current: l === lang,
    sameStory: page.equivalents[l] !== undefined,
  }));
  const alternates = LANGUAGES.flatMap((l) => {
    const path = page.equivalents[l];
    return path ? [{ hreflang: LANGUAGE_TAGS[l], href: ctx.baseUrl + path }] : [];
  });
  const xDefault = page.equivalents[ctx.paths.defaultLang] ?? alternates[0]?.href.slice(ctx.baseUrl.length);
  if (xDefault !== undefined && alternates.length > 0) alternates.push({ hreflang: 'x-default', href: ctx.baseUrl + xDefault });
  const support = frame.settings.support[lang];
  return {
    lang,
    timeZone: ctx.timeZone,
    siteName: frame.settings.siteName[lang],
    title: page.title,
    description: page.description ?? ui.tagline,
    canonical: ctx.baseUrl + page.path,
    alternates,
    languages,
    sections: frame.sections.flatMap((s) => {
      const mine = s.byLang[lang];
      return mine ? [{ href: ctx.paths.section(lang, mine.slug), text: mine.name }] : [];
    }),
    homeHref: ctx.paths.home(lang),
    archiveHref: ctx.paths.archive(lang),
    searchHref: searchPath(ctx.paths, lang),
    openSearch: { title: openSearchTitle(frame.settings.siteName[lang], lang), href: ctx.baseUrl + openSearchPath(ctx.paths, lang) },
    support: { title: support.title, text: support.text, linkText: support.linkText, href: support.href },
    cssHref: ctx.cssHref,
    // Autodiscovery: pages with a feed of their own pass it; every other page offers the edition's RSS.
    feeds: page.feeds ?? feedLinks(ctx, lang, frame.settings.siteName[lang], null, ['rss']),
    robots: page.robots ?? INDEXABLE,
  };
}

/**
 * Robots meta of every page search engines may index: large image previews and full snippets
 * in results (Google's `max-image-preview:large` for Discover and Top stories).
 */
export const INDEXABLE = 'index, follow, max-image-preview:large, max-snippet:-1, max-video-preview:-1';

/** Formats offered before the JPEG, best compression first. */
const MODERN_FORMATS = ['image/avif', 'image/webp'];

/** A stored image as the templates need it: default file, srcset of its variants, caption, credit. */
export function presentImage(ctx: PresentContext, media: Media | undefined): ImageView | null {
  if (!media) return null;
  // One format per srcset: the browser picks by width only. Other formats become <picture> sources.
  // Crops (16:9, 4:3, 1:1 for search engines) frame the picture differently: never in a srcset.
  const byWidth = (mime: string) => widthVariants(media.variants).filter((v) => v.mime === mime).sort((a, b) => a.width - b.width);
  const variants = byWidth(media.mime).filter((v) => v.width < media.width);
  const sources = MODERN_FORMATS.flatMap((type) => {
    const list = byWidth(type);
    return list.length > 0 ? [{ type, srcset: list.map((v) => `${ctx.paths.media(v.path)} ${v.width}w`).join(', ') }] : [];
  });
  return {
    src: ctx.paths.media(media.path),
    ...(sources.length > 0 ? { sources } : {}),
    srcset: [...variants.map((v) => `${ctx.paths.media(v.path)} ${v.width}w`), `${ctx.paths.media(media.path)} ${media.width}w`].join(', '),
    width: media.width,
    height: media.height,
    alt: media.alt,
    caption: media.caption,
    credit: media.credit,
  };
}

export function storyHref(ctx: PresentContext, card: Pick<StoryCard, 'lang' | 'kind' | 'publishedAt' | 'storyId'>): string {
  return ctx.paths.story(card.lang, card.kind, card.publishedAt, card.storyId);
}

/**
 * Card views, made once per card: cards of the stream and of tag lists come from the reader memo,
 * the same objects page after page, as do their sections and photos. A view is kept while all
 * three are the ones it was made from; views are never changed once made.
 */
interface KeptCard {
  ctx: PresentContext;
  sections: PageFrame['sections'];
  media: Media | undefined;
  view: StoryCardView;
}
const cardViews = new WeakMap<StoryCard, KeptCard>();

export function presentCard(ctx: PresentContext, frame: PageFrame, card: StoryCard): StoryCardView {
  const media = card.leadMediaId ? frame.media.get(card.leadMediaId) : undefined;
  const kept = cardViews.get(card);
  if (kept && kept.ctx === ctx && kept.sections === frame.sections && kept.media === media) return kept.view;
  const view = makeCardView(ctx, frame, card, media);
  cardViews.set(card, { ctx, sections: frame.sections, media, view });
  return view;
}

function makeCardView(ctx: PresentContext, frame: PageFrame, card: StoryCard, media: Media | undefined): StoryCardView {
  const section = sectionOf(frame, card.sectionId);
  return {
    storyId: card.storyId,
    href: storyHref(ctx, card),
    headline: card.headline,
    lead: card.lead,
    kind: card.kind,
    publishedAt: card.publishedAt,
    updated: card.updatedAt !== null,
    important: card.importance > 0,
    hasVideo: card.hasVideo,
    hasPhotos: card.hasPhotos,
    section: section ? { href: ctx.paths.section(frame.lang, section.slug), text: section.name } : { href: ctx.paths.home(frame.lang), text: '' },
    image: card.leadMediaId ? presentImage(ctx, media) : null,
  };
}

export function presentStreamItem(ctx: PresentContext, card: StoryCard): StreamItemView {
  return {
    href: storyHref(ctx, card),
    headline: card.headline,
    publishedAt: card.publishedAt,
    updated: card.updatedAt !== null,
    important: card.importance > 0,
    hasVideo: card.hasVideo,
    hasPhotos: card.hasPhotos,
    kind: card.kind,
  };
}

/**
 * The stream's view, made once per stream: the reader memo hands every page of an edition the
 * same list until a change replaces it, and the renderer remembers its HTML by this view.
 */
const streamViews = new WeakMap<PresentContext, WeakMap<readonly StoryCard[], StreamView>>();

export function presentStream(ctx: PresentContext, frame: PageFrame): StreamView {
  let views = streamViews.get(ctx);
  if (!views) streamViews.set(ctx, (views = new WeakMap()));
  let view = views.get(frame.stream);
  if (!view) {
    view = { items: frame.stream.map((c) => presentStreamItem(ctx, c)), archiveHref: ctx.paths.archive(frame.lang) };
    views.set(frame.stream, view);
  }
  return view;
}

/** Front pages of every edition: the equivalents of any page that exists in all languages. */
export function homes(ctx: PresentContext): Equivalents {
  return Object.fromEntries(LANGUAGES.map((l) => [l, ctx.paths.home(l)]));
}

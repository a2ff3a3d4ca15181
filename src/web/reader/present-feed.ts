import { LANGUAGE_TAGS, type Lang } from '../../domain/locale.js';
import type { StoryCard } from '../../domain/story.js';
import type { Media } from '../../domain/taxonomy.js';
import type { FeedFormat, FeedSubject } from '../../domain/urls.js';
import type { FeedEntryView, FeedImageView, FeedView } from '../../render/feeds.js';
import { UI } from '../../render/i18n.js';
import { renderSyndicationBody, type SyndicatedImage } from '../../render/syndication-body.js';
import type { FeedLink } from '../../render/view-models.js';
import { pageSizedFile } from '../../domain/crops.js';
import type { FeedData } from '../../services/reader/compose-feed.js';
import { sectionOf } from '../../services/reader/reader-context.js';
import type { PresentContext } from './present-common.js';

/**
 * Feed view data and autodiscovery links. Ids are `tag:` URIs (RFC 4151) minted from the site's
 * host and a fixed year, so they never change when a story is edited, re-sectioned or re-dated:
 * `tag:news.example.com,2025:story/7501234/en`. Feeds name their subject by id, not slug.
 */

/** The year in the `tag:` URIs of stories and feeds. Never change it: readers would see every story again. */
const TAG_YEAR = '2025';

const FULL_TEXT: Record<Lang, string> = { uk: 'повні тексти', ru: 'полные тексты', en: 'full text' };
const FORMAT_NAMES: Record<FeedFormat, string> = { rss: 'RSS', atom: 'Atom', json: 'JSON Feed' };
export const FEED_TYPES: Record<FeedFormat, string> = { rss: 'application/rss+xml', atom: 'application/atom+xml', json: 'application/feed+json' };

function tagAuthority(ctx: PresentContext): string {
  return `tag:${new URL(ctx.baseUrl).hostname},${TAG_YEAR}:`;
}

/** "Masthead — Politics", "Masthead — Politics (full text)". */
export function feedTitle(siteName: string, subjectName: string | null, lang: Lang, full = false): string {
  const base = subjectName ? `${siteName} — ${subjectName}` : siteName;
  return full ? `${base} (${FULL_TEXT[lang]})` : base;
}

/**
 * `<link rel="alternate">` entries for a page: the subject's RSS, Atom and JSON Feed, then (on
 * section, tag and author pages) the edition's RSS.
 */
export function feedLinks(
  ctx: PresentContext,
  lang: Lang,
  siteName: string,
  subject: (FeedSubject & { name: string }) | null,
  formats: readonly FeedFormat[] = ['rss', 'atom', 'json'],
): FeedLink[] {
  const links = formats.map((format) => ({
    type: FEED_TYPES[format],
    title: `${feedTitle(siteName, subject?.name ?? null, lang)} (${FORMAT_NAMES[format]})`,
    href: ctx.baseUrl + ctx.paths.feed(lang, subject, format),
  }));
  return subject ? [...links, ...feedLinks(ctx, lang, siteName, null, ['rss'])] : links;
}

// Not storyHref from present-common: that module imports this one (autodiscovery links).
const storyPath = (ctx: PresentContext, c: StoryCard) => ctx.paths.story(c.lang, c.kind, c.publishedAt, c.storyId);

function syndicatedImage(ctx: PresentContext, media: Media): SyndicatedImage {
  const file = pageSizedFile(media);
  return { src: ctx.baseUrl + ctx.paths.media(file.path), width: file.width, height: file.height, alt: media.alt, caption: media.caption, credit: media.credit };
}

function feedImage(ctx: PresentContext, data: FeedData, media: Media): FeedImageView {
  const file = pageSizedFile(media);
  return {
    url: ctx.baseUrl + ctx.paths.media(file.path),
    type: file.mime,
    length: data.fileSizes.get(file.path) ?? null,
    width: file.width,
    height: file.height,
    caption: media.caption,
    credit: media.credit,
  };
}

export function presentFeed(ctx: PresentContext, data: FeedData): FeedView {
  const { lang, subject } = data;
  const ui = UI[lang];
  const abs = (path: string) => ctx.baseUrl + path;
  const mine = subject ? subject.named.byLang[lang]! : null;
  const subjectRef = subject && mine ? { kind: subject.kind, slug: mine.slug } : null;
  const siteName = data.settings.siteName[lang];
  const origin = new URL(ctx.baseUrl).origin;
  const tag = tagAuthority(ctx);
  const home = abs(ctx.paths.home(lang));
  const description = !subject || !mine
    ? ui.tagline
    : subject.kind === 'section' ? `${ui.sectionTitle}: ${mine.name}`
    : subject.kind === 'tag' ? `${ui.tagTitle}: ${mine.name}`
    : (subject.named.byLang[lang]!.bio || `${ui.authorTitle}: ${mine.name}`);
  const bodyMedia = Object.fromEntries([...data.media].map(([id, m]) => [id, syndicatedImage(ctx, m)]));
  const stories = Object.fromEntries([...data.linkedStories].map(([id, c]) => [id, { href: abs(storyPath(ctx, c)), headline: c.headline }]));

  const entries: FeedEntryView[] = data.entries.map(({ card, authors, tags, body }) => {
    const section = sectionOf(data, card.sectionId);
    const lead = card.leadMediaId ? data.media.get(card.leadMediaId) : undefined;
    return {
      id: `${tag}story/${card.storyId}/${lang}`,
      url: abs(storyPath(ctx, card)),
      title: card.headline,
      summary: card.lead,
      contentHtml: body === null
        ? null
        : renderSyndicationBody({ lang, timeZone: ctx.timeZone, origin, body, leadImage: lead ? syndicatedImage(ctx, lead) : null, media: bodyMedia, stories }),
      publishedAt: card.publishedAt,
      updatedAt: card.updatedAt && card.updatedAt > card.publishedAt ? card.updatedAt : card.publishedAt,
      authors: authors.map((a) => ({ name: a.name, url: abs(ctx.paths.author(lang, a.slug)) })),
      categories: [
        ...(section ? [{ term: section.slug, label: section.name, scheme: `${home}sections/` }] : []),
        ...tags.map((t) => ({ term: t.slug, label: t.name, scheme: `${home}tags/` })),
      ],
      image: lead ? feedImage(ctx, data, lead) : null,
    };
  });

  const feedUrl = (format: FeedFormat) => abs(ctx.paths.feed(lang, subjectRef, format, data.full));
  return {
    language: LANGUAGE_TAGS[lang],
    timeZone: ctx.timeZone,
    id: `${tag}feed/${lang}${subject ? `/${subject.kind}/${subject.named.id}` : ''}${data.full ? '/full' : ''}`,
    title: feedTitle(siteName, mine?.name ?? null, lang, data.full),
    description,
    homeUrl: subjectRef ? abs(ctx.paths[subjectRef.kind](lang, subjectRef.slug)) : home,
    feedUrls: { rss: feedUrl('rss'), atom: feedUrl('atom'), json: feedUrl('json') },
    updated: data.lastModified,
    publisher: { name: siteName, url: home },
    entries,
  };
}

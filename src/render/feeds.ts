import { isoWithOffset, rfc822WithOffset } from '../domain/dates.js';
import type { FeedFormat } from '../domain/urls.js';
import { escapeHtml } from './html.js';
import { el, xmlDocument } from './xml.js';

/**
 * RSS 2.0, Atom 1.0 (RFC 4287) and JSON Feed 1.1 from one view. Pure functions of view data in
 * which every URL is already absolute. Dates carry the newsroom's offset: RFC 822 in RSS
 * ("Sat, 01 Mar 2025 18:22:00 +0200"), RFC 3339 in Atom and JSON Feed ("2025-03-01T18:22:00+02:00").
 *
 * Written by hand rather than with a feed library: the libraries at hand write JSON Feed 1.0
 * with one author per item, guess enclosure types from file extensions ("image/jpg"), force UTC
 * and cannot declare the Media RSS namespace.
 */

export const FEED_CONTENT_TYPES: Record<FeedFormat, string> = {
  rss: 'application/rss+xml; charset=utf-8',
  atom: 'application/atom+xml; charset=utf-8',
  json: 'application/feed+json; charset=utf-8',
};

export interface FeedPersonView {
  name: string;
  /** Absolute URL of the author page. */
  url: string;
}

export interface FeedCategoryView {
  /** Stable identifier: the slug. */
  term: string;
  /** What readers see: the name. */
  label: string;
  /** Absolute URL naming the taxonomy: ".../sections/" or ".../tags/". */
  scheme: string;
}

export interface FeedImageView {
  url: string;
  /** MIME type of the file. */
  type: string;
  /** Bytes, when known. */
  length: number | null;
  width: number;
  height: number;
  caption: string;
  credit: string;
}

export interface FeedEntryView {
  /** Never changes for a story version: `tag:` URI. */
  id: string;
  url: string;
  title: string;
  /** Plain text: the lead. */
  summary: string;
  /** The full text as HTML, in full-text feeds. */
  contentHtml: string | null;
  publishedAt: Date;
  /** Last update, or the publication time when never updated. */
  updatedAt: Date;
  authors: FeedPersonView[];
  categories: FeedCategoryView[];
  image: FeedImageView | null;
}

export interface FeedView {
  /** BCP 47: uk, ru, en. */
  language: string;
  timeZone: string;
  /** `tag:` URI of this feed. */
  id: string;
  title: string;
  description: string;
  /** Absolute URL of the page the feed follows. */
  homeUrl: string;
  /** Absolute URL of this feed in each format. */
  feedUrls: Record<FeedFormat, string>;
  /** The newest change among the entries; null for an empty feed. */
  updated: Date | null;
  /** The site, named as the feed's author (Atom asks for one where an entry has none). */
  publisher: FeedPersonView;
  entries: FeedEntryView[];
}

/** For an empty feed's required "updated": a fixed moment, so the body (and its ETag) stays stable. */
const EPOCH = new Date(0);
const GENERATOR = 'Masthead';

const NS = {
  atom: 'http://www.w3.org/2005/Atom',
  content: 'http://purl.org/rss/1.0/modules/content/',
  dc: 'http://purl.org/dc/elements/1.1/',
  media: 'http://search.yahoo.com/mrss/',
};

/** RSS 2.0 (https://www.rssboard.org/rss-specification), with Atom self link, Dublin Core creators and Media RSS. */
export function renderRss(view: FeedView): string {
  const date = (d: Date) => rfc822WithOffset(d, view.timeZone);
  const items = view.entries.map((e) =>
    el('item', {},
      el('title', {}, e.title),
      el('link', {}, e.url),
      // RSS descriptions are HTML: the plain-text lead is escaped once for HTML, then for XML.
      el('description', {}, escapeHtml(e.summary)),
      e.contentHtml !== null && el('content:encoded', {}, e.contentHtml),
      el('guid', { isPermaLink: 'false' }, e.id),
      el('pubDate', {}, date(e.publishedAt)),
      // <author> must be an e-mail address; names go in dc:creator.
      e.authors.map((a) => el('dc:creator', {}, a.name)),
      e.categories.map((c) => el('category', { domain: c.scheme }, c.label)),
      e.image && [
        el('enclosure', { url: e.image.url, length: e.image.length ?? 0, type: e.image.type }),
        el('media:content', { url: e.image.url, type: e.image.type, medium: 'image', width: e.image.width, height: e.image.height, fileSize: e.image.length },
          e.image.caption && el('media:description', { type: 'plain' }, e.image.caption),
          e.image.credit && el('media:credit', {}, e.image.credit)),
      ],
    ),
  );
  const channel = el('channel', {},
    el('title', {}, view.title),
    el('link', {}, view.homeUrl),
    el('description', {}, view.description),
    el('language', {}, view.language),
    view.updated && el('lastBuildDate', {}, date(view.updated)),
    el('docs', {}, 'https://www.rssboard.org/rss-specification'),
    el('generator', {}, GENERATOR),
    el('atom:link', { href: view.feedUrls.rss, rel: 'self', type: 'application/rss+xml' }),
    items,
  );
  return xmlDocument(el('rss', { version: '2.0', 'xmlns:atom': NS.atom, 'xmlns:content': NS.content, 'xmlns:dc': NS.dc, 'xmlns:media': NS.media }, channel));
}

/** Atom 1.0 (RFC 4287). */
export function renderAtom(view: FeedView): string {
  const date = (d: Date) => isoWithOffset(d, view.timeZone);
  const person = (tag: string, p: FeedPersonView) => el(tag, {}, el('name', {}, p.name), el('uri', {}, p.url));
  const entries = view.entries.map((e) =>
    el('entry', {},
      el('id', {}, e.id),
      el('title', { type: 'text' }, e.title),
      el('link', { rel: 'alternate', type: 'text/html', href: e.url }),
      el('published', {}, date(e.publishedAt)),
      el('updated', {}, date(e.updatedAt)),
      e.authors.map((a) => person('author', a)),
      e.categories.map((c) => el('category', { term: c.term, scheme: c.scheme, label: c.label })),
      e.image && el('link', { rel: 'enclosure', type: e.image.type, length: e.image.length, href: e.image.url }),
      el('summary', { type: 'text' }, e.summary),
      e.contentHtml !== null && el('content', { type: 'html' }, e.contentHtml),
    ),
  );
  const feed = el('feed', { xmlns: NS.atom, 'xml:lang': view.language },
    el('id', {}, view.id),
    el('title', { type: 'text' }, view.title),
    el('subtitle', { type: 'text' }, view.description),
    el('updated', {}, date(view.updated ?? EPOCH)),
    el('link', { rel: 'alternate', type: 'text/html', href: view.homeUrl }),
    el('link', { rel: 'self', type: 'application/atom+xml', href: view.feedUrls.atom }),
    person('author', view.publisher),
    el('generator', {}, GENERATOR),
    entries,
  );
  return xmlDocument(feed);
}

/** JSON Feed 1.1 (https://www.jsonfeed.org/version/1.1/). */
export function renderJsonFeed(view: FeedView): string {
  const date = (d: Date) => isoWithOffset(d, view.timeZone);
  const feed = {
    version: 'https://jsonfeed.org/version/1.1',
    title: view.title,
    home_page_url: view.homeUrl,
    feed_url: view.feedUrls.json,
    description: view.description,
    language: view.language,
    authors: [view.publisher],
    items: view.entries.map((e) => ({
      id: e.id,
      url: e.url,
      title: e.title,
      ...(e.contentHtml !== null ? { content_html: e.contentHtml } : { content_text: e.summary }),
      summary: e.summary,
      ...(e.image ? { image: e.image.url } : {}),
      date_published: date(e.publishedAt),
      date_modified: date(e.updatedAt),
      ...(e.authors.length > 0 ? { authors: e.authors } : {}),
      ...(e.categories.length > 0 ? { tags: e.categories.map((c) => c.label) } : {}),
      language: view.language,
    })),
  };
  return `${JSON.stringify(feed, null, 1)}\n`;
}

/** The renderer of each format. */
export const FEED_RENDERERS: Record<FeedFormat, (view: FeedView) => string> = { rss: renderRss, atom: renderAtom, json: renderJsonFeed };

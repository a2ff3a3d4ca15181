import { isoWithOffset } from '../domain/dates.js';
import { LANGUAGE_TAGS, type Lang } from '../domain/locale.js';
import { xmlAttr as escapeXml } from './xml.js';

/**
 * Sitemap XML (sitemaps.org 0.9, Google News 0.9, hreflang as xhtml:link), written by hand:
 * the grammar is tiny. Every value is escaped; dates are W3C datetimes with the newsroom's
 * offset. Element order follows the XSDs: loc, lastmod, then extension elements.
 */

export interface XmlContext {
  /** Public origin without a trailing slash: every loc is absolute. */
  baseUrl: string;
  timeZone: string;
}

export interface SitemapRefView {
  path: string;
  lastModified: Date | null;
}

export interface UrlView {
  path: string;
  lastModified: Date | null;
  alternates: { hreflang: string; path: string }[];
}

export interface NewsUrlView {
  path: string;
  lang: Lang;
  title: string;
  publishedAt: Date;
  lastModified: Date;
}

const SITEMAP_NS = 'http://www.sitemaps.org/schemas/sitemap/0.9';
const XHTML_NS = 'http://www.w3.org/1999/xhtml';
const NEWS_NS = 'http://www.google.com/schemas/sitemap-news/0.9';
const PROLOG = '<?xml version="1.0" encoding="UTF-8"?>\n';

const loc = (ctx: XmlContext, path: string) => escapeXml(ctx.baseUrl + path);
const lastmod = (ctx: XmlContext, date: Date | null) => (date ? `<lastmod>${isoWithOffset(date, ctx.timeZone)}</lastmod>` : '');

/** A sitemap index: `<sitemapindex>` of `<sitemap>` entries. */
export function renderSitemapIndex(ctx: XmlContext, refs: SitemapRefView[]): string {
  const entries = refs.map((r) => `<sitemap><loc>${loc(ctx, r.path)}</loc>${lastmod(ctx, r.lastModified)}</sitemap>`);
  return `${PROLOG}<sitemapindex xmlns="${SITEMAP_NS}">\n${entries.join('\n')}\n</sitemapindex>\n`;
}

/** A URL set with hreflang alternates (stories in several languages) as `xhtml:link`. */
export function renderUrlSet(ctx: XmlContext, urls: UrlView[]): string {
  const entries = urls.map((u) => {
    const links = u.alternates.map((a) => `<xhtml:link rel="alternate" hreflang="${escapeXml(a.hreflang)}" href="${loc(ctx, a.path)}"/>`);
    return `<url><loc>${loc(ctx, u.path)}</loc>${lastmod(ctx, u.lastModified)}${links.join('')}</url>`;
  });
  return `${PROLOG}<urlset xmlns="${SITEMAP_NS}" xmlns:xhtml="${XHTML_NS}">\n${entries.join('\n')}\n</urlset>\n`;
}

/** A Google News sitemap: each URL with its publication (site name and language), date and title. */
export function renderNewsSitemap(ctx: XmlContext, siteName: (lang: Lang) => string, urls: NewsUrlView[]): string {
  const entries = urls.map(
    (u) =>
      `<url><loc>${loc(ctx, u.path)}</loc>${lastmod(ctx, u.lastModified)}<news:news>` +
      `<news:publication><news:name>${escapeXml(siteName(u.lang))}</news:name><news:language>${LANGUAGE_TAGS[u.lang]}</news:language></news:publication>` +
      `<news:publication_date>${isoWithOffset(u.publishedAt, ctx.timeZone)}</news:publication_date>` +
      `<news:title>${escapeXml(u.title)}</news:title></news:news></url>`,
  );
  return `${PROLOG}<urlset xmlns="${SITEMAP_NS}" xmlns:news="${NEWS_NS}">\n${entries.join('\n')}${entries.length ? '\n' : ''}</urlset>\n`;
}

/** robots.txt: everything but the newsroom and private previews; where the sitemaps are. */
export function renderRobotsTxt(baseUrl: string, sitemapPaths: string[]): string {
  const lines = ['User-agent: *', 'Disallow: /admin/', 'Disallow: /preview/', 'Allow: /', '', ...sitemapPaths.map((p) => `Sitemap: ${baseUrl}${p}`)];
  return `${lines.join('\n')}\n`;
}

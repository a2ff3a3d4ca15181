import type * as cheerio from 'cheerio';
import type { Lang } from '../../src/domain/locale.js';
import { archiveFixture, articleFixture, errorFixture, frontFixture, imageFixture, listFixture } from './render-fixtures.js';
import { renderArchive, renderArticle, renderError, renderFrontPage, renderListPage } from '../../src/render/index.js';

/**
 * Helpers for render.test.ts: every page kind rendered from fixtures, the text a reader meets on
 * a page, and WCAG contrast arithmetic for the stylesheet's colours.
 */

/** Every page kind in one language, with the number of hreflang alternates its head should list. */
export function pages(lang: Lang): Record<string, { html: string; alternates: number }> {
  const out: Record<string, { html: string; alternates: number }> = {};
  const add = (name: string, html: string, alternates: number) => (out[name] = { html, alternates });
  const front = frontFixture(lang);
  add('front', renderFrontPage(front), front.chrome.alternates.length);
  const article = articleFixture(lang);
  add('article', renderArticle(article), article.chrome.alternates.length);
  const columnists = article.bylines.map((b) => ({ ...b, photo: { ...imageFixture(lang, 'portrait', b.name), width: 320, height: 320 } }));
  add('column', renderArticle(articleFixture(lang, { kind: 'column', bylines: columnists, updatedAt: null, source: null })), article.chrome.alternates.length);
  for (const kind of ['section', 'tag', 'author'] as const) add(kind, renderListPage(listFixture(lang, kind)), 4);
  add('archive', renderArchive(archiveFixture(lang)), 4);
  for (const status of [400, 404, 500] as const) add(`error-${status}`, renderError(errorFixture(lang, status)), 4);
  return out;
}

/**
 * Visible text plus the attributes people hear or see (labels, alt, title, description), with
 * every text node kept apart: "Реклама" + "Що кажуть" must not fuse into one word.
 */
export function readerText($: cheerio.CheerioAPI): string {
  const texts: string[] = [$('title').text()];
  $('body').find('*').contents().each((_, node) => {
    if (node.type === 'text') texts.push($(node).text());
  });
  $('[aria-label], [alt], [title], meta[name=description]').each((_, el) => {
    for (const a of ['aria-label', 'alt', 'title', 'content']) texts.push($(el).attr(a) ?? '');
  });
  return texts.join(' ');
}

export const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** `--name: #hex` custom properties of a stylesheet, as six-digit hex. */
export function cssColours(css: string): Record<string, string> {
  const long = (hex: string) => (hex.length === 4 ? `#${[...hex.slice(1)].map((c) => c + c).join('')}` : hex);
  return Object.fromEntries([...css.matchAll(/--([a-z0-9-]+):\s*(#[0-9a-f]{6}|#[0-9a-f]{3})\b/g)].map((m) => [m[1]!, long(m[2]!)]));
}

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5]
    .map((i) => parseInt(hex.slice(i, i + 2), 16) / 255)
    .map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

/** WCAG 2 contrast ratio of two "#rrggbb" colours: 1 to 21. */
export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

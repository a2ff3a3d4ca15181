import { cropsOf } from '../../domain/crops.js';
import { isoWithOffset } from '../../domain/dates.js';
import { LANGUAGES, LANGUAGE_TAGS, type Lang, type Localized } from '../../domain/locale.js';
import type { Media } from '../../domain/taxonomy.js';
import type { Chrome, MetaTag } from '../../render/view-models.js';
import type { ArticlePageData } from '../../services/reader/compose-article-page.js';
import type { ListPageData } from '../../services/reader/compose-list-page.js';
import { sectionOf, type PageFrame } from '../../services/reader/reader-context.js';
import { logoAsset } from './logo.js';
import type { PresentContext } from './present-common.js';
import { searchPath } from './search-params.js';

/**
 * What search engines and social networks read in <head>: schema.org JSON-LD (NewsArticle,
 * BreadcrumbList, ProfilePage, WebSite, NewsMediaOrganization) and OpenGraph / Twitter card tags.
 * Built from the page data and the chrome already presented, so titles, descriptions and the
 * canonical URL are the ones the page shows. Google's guidance:
 * https://developers.google.com/search/docs/appearance/structured-data/article
 */

export type HeadExtras = Pick<Chrome, 'meta' | 'structuredData'>;

/** The chrome with a page's head extras added. @example chrome: withHead(presentChrome(…), (c) => articleHead(ctx, data, c)) */
export function withHead(chrome: Chrome, extras: (chrome: Chrome) => HeadExtras): Chrome {
  return { ...chrome, ...extras(chrome) };
}

/**
 * OpenGraph locales (language_TERRITORY). The newsroom is Ukrainian, so Ukrainian and Russian
 * are marked as written in Ukraine; the English edition follows British usage (its dates read
 * "1 March 2025"). Facebook's own locale list has ru_RU but not ru_UA; an unknown locale only
 * stops Facebook from localizing its own interface text around the card.
 */
export const OG_LOCALES: Localized<string> = { uk: 'uk_UA', ru: 'ru_UA', en: 'en_GB' };

const CONTEXT = 'https://schema.org';

/** Descriptions of section, tag and author pages, per language. */
const LIST_DESCRIPTIONS: Localized<Record<'section' | 'tag' | 'author', (name: string, site: string) => string>> = {
  uk: {
    section: (n, s) => `Новини та статті розділу «${n}» — ${s}`,
    tag: (n, s) => `Новини на тему «${n}» — ${s}`,
    author: (n, s) => `Усі матеріали автора: ${n} — ${s}`,
  },
  ru: {
    section: (n, s) => `Новости и статьи раздела «${n}» — ${s}`,
    tag: (n, s) => `Новости по теме «${n}» — ${s}`,
    author: (n, s) => `Все материалы автора: ${n} — ${s}`,
  },
  en: {
    section: (n, s) => `News and analysis: ${n} — ${s}`,
    tag: (n, s) => `News on ${n} — ${s}`,
    author: (n, s) => `All stories by ${n} — ${s}`,
  },
};

/** The meta description of a section, tag or author page: an author's bio when there is one. */
export function listDescription(data: ListPageData): string {
  const named = data.subject.named.byLang[data.lang]!;
  const bio = data.subject.kind === 'author' ? data.subject.named.byLang[data.lang]!.bio.trim() : '';
  return bio || LIST_DESCRIPTIONS[data.lang][data.subject.kind](named.name, data.settings.siteName[data.lang]);
}

const absolute = (ctx: PresentContext, path: string) => ctx.baseUrl + path;
const mediaUrl = (ctx: PresentContext, path: string) => absolute(ctx, ctx.paths.media(path));

/** The publisher, once per page language: name per language, the edition's front page, the logo. */
function organization(ctx: PresentContext, frame: PageFrame, kind: 'wide' | 'square') {
  const name = frame.settings.siteName[frame.lang];
  const logo = logoAsset(kind, name);
  return {
    '@type': 'NewsMediaOrganization',
    '@id': `${ctx.baseUrl}/#organization`,
    name,
    url: absolute(ctx, ctx.paths.home(frame.lang)),
    logo: { '@type': 'ImageObject', url: absolute(ctx, logo.path), width: logo.width, height: logo.height },
  };
}

function breadcrumbs(ctx: PresentContext, frame: PageFrame, trail: { name: string; path: string }[]) {
  const home = { name: frame.settings.siteName[frame.lang], path: ctx.paths.home(frame.lang) };
  return {
    '@context': CONTEXT,
    '@type': 'BreadcrumbList',
    itemListElement: [home, ...trail].map((t, i) => ({ '@type': 'ListItem', position: i + 1, name: t.name, item: absolute(ctx, t.path) })),
  };
}

/** The other languages this page exists in (its hreflang alternates). */
function otherLanguages(chrome: Chrome): Lang[] {
  return LANGUAGES.filter((l) => l !== chrome.lang && chrome.alternates.some((a) => a.hreflang === LANGUAGE_TAGS[l]));
}

interface CardImage {
  url: string;
  width: number;
  height: number;
  alt: string;
}

/**
 * og:* and twitter:* tags every indexable page shares; `extra` goes after the og:image tags.
 * The title is the page's own (a headline, a section name), without the site name.
 */
function socialTags(chrome: Chrome, type: string, image: CardImage, large: boolean, extra: MetaTag[] = [], title = chrome.title): MetaTag[] {
  const og = (key: string, content: string): MetaTag => ({ attr: 'property', key, content });
  const tw = (key: string, content: string): MetaTag => ({ attr: 'name', key, content });
  return [
    og('og:site_name', chrome.siteName),
    og('og:type', type),
    og('og:title', title),
    og('og:description', chrome.description),
    og('og:url', chrome.canonical),
    og('og:locale', OG_LOCALES[chrome.lang]),
    ...otherLanguages(chrome).map((l) => og('og:locale:alternate', OG_LOCALES[l])),
    og('og:image', image.url),
    og('og:image:width', String(image.width)),
    og('og:image:height', String(image.height)),
    ...(image.alt ? [og('og:image:alt', image.alt)] : []),
    ...extra,
    tw('twitter:card', large ? 'summary_large_image' : 'summary'),
    tw('twitter:title', title),
    tw('twitter:description', chrome.description),
    tw('twitter:image', image.url),
    ...(image.alt ? [tw('twitter:image:alt', image.alt)] : []),
  ];
}

/** The square logo, for cards of pages without a photo of their own. */
function logoImage(ctx: PresentContext, chrome: Chrome): CardImage {
  const logo = logoAsset('square', chrome.siteName);
  return { url: absolute(ctx, logo.path), width: logo.width, height: logo.height, alt: chrome.siteName };
}

/** The photo for a large card: its 16:9 crop, else the original. */
function photoImage(ctx: PresentContext, media: Media): CardImage {
  const wide = cropsOf(media.variants).find((v) => v.crop === '16x9');
  const file = wide ?? media;
  return { url: mediaUrl(ctx, file.path), width: file.width, height: file.height, alt: media.alt };
}

/**
 * The language versions of a story as schema.org translation links. The earliest published
 * version is the original (ties go to the default language); it lists the others in
 * `workTranslation`, and each of them names it in `translationOfWork`.
 */
function translationLinks(ctx: PresentContext, data: ArticlePageData): Record<string, unknown> {
  const { story } = data;
  const versions = data.published.some((v) => v.lang === data.lang)
    ? data.published
    : [...data.published, { lang: data.lang, status: story.status, publishedAt: story.publishedAt }];
  const dated = versions.filter((v) => v.publishedAt !== null);
  if (dated.length < 2) return {};
  const rank = (l: Lang) => (l === ctx.paths.defaultLang ? 0 : 1 + LANGUAGES.indexOf(l));
  const [original] = [...dated].sort((a, b) => a.publishedAt!.getTime() - b.publishedAt!.getTime() || rank(a.lang) - rank(b.lang));
  const ref = (v: (typeof dated)[number]) => {
    const url = absolute(ctx, ctx.paths.story(v.lang, story.kind, v.publishedAt!, story.id));
    return { '@type': story.kind === 'column' ? 'OpinionNewsArticle' : 'NewsArticle', '@id': `${url}#article`, url, inLanguage: LANGUAGE_TAGS[v.lang] };
  };
  return original!.lang === data.lang
    ? { workTranslation: dated.filter((v) => v.lang !== data.lang).map(ref) }
    : { translationOfWork: ref(original!) };
}

/** Article pages: NewsArticle (OpinionNewsArticle for columns), breadcrumbs, article card tags. */
export function articleHead(ctx: PresentContext, data: ArticlePageData, chrome: Chrome): HeadExtras {
  const { story, lang } = data;
  const section = sectionOf(data, story.sectionId);
  const lead = story.leadMediaId ? data.media.get(story.leadMediaId) : undefined;
  const crops = lead ? cropsOf(lead.variants) : [];
  const images = lead ? (crops.length > 0 ? crops : [lead]).map((v) => mediaUrl(ctx, v.path)) : [];
  const published = isoWithOffset(story.publishedAt!, ctx.timeZone);
  const modified = isoWithOffset(story.updatedAt ?? story.publishedAt!, ctx.timeZone);
  const authorUrl = (slug: string) => absolute(ctx, ctx.paths.author(lang, slug));
  // Google shows at most 110 characters of a headline; the full one is kept, as the page shows it.
  const article = {
    '@context': CONTEXT,
    '@type': story.kind === 'column' ? 'OpinionNewsArticle' : 'NewsArticle',
    '@id': `${chrome.canonical}#article`,
    url: chrome.canonical,
    mainEntityOfPage: { '@type': 'WebPage', '@id': chrome.canonical },
    headline: story.headline,
    description: story.lead,
    ...(images.length > 0 ? { image: images } : {}),
    datePublished: published,
    dateModified: modified,
    author: data.authors.map((a) => ({ '@type': 'Person', '@id': `${authorUrl(a.slug)}#person`, name: a.name, url: authorUrl(a.slug) })),
    publisher: organization(ctx, data, 'wide'),
    inLanguage: LANGUAGE_TAGS[lang],
    ...(section ? { articleSection: section.name } : {}),
    ...(data.tags.length > 0 ? { keywords: data.tags.map((t) => t.name) } : {}),
    isAccessibleForFree: true,
    ...translationLinks(ctx, data),
  };
  const trail = [
    ...(section ? [{ name: section.name, path: ctx.paths.section(lang, section.slug) }] : []),
    { name: story.headline, path: chrome.canonical.slice(ctx.baseUrl.length) },
  ];
  const prop = (key: string, content: string): MetaTag => ({ attr: 'property', key, content });
  const articleTags = [
    prop('article:published_time', published),
    prop('article:modified_time', modified),
    ...(section ? [prop('article:section', section.name)] : []),
    ...data.tags.map((t) => prop('article:tag', t.name)),
    ...data.authors.map((a) => prop('article:author', authorUrl(a.slug))),
  ];
  return {
    meta: socialTags(chrome, 'article', lead ? photoImage(ctx, lead) : logoImage(ctx, chrome), lead !== undefined, articleTags),
    structuredData: [article, breadcrumbs(ctx, data, trail)],
  };
}

/** The front page: the site (WebSite) and its publisher (NewsMediaOrganization). */
export function frontHead(ctx: PresentContext, frame: PageFrame, chrome: Chrome): HeadExtras {
  const home = absolute(ctx, ctx.paths.home(frame.lang));
  const org = organization(ctx, frame, 'square');
  const website = {
    '@context': CONTEXT,
    '@type': 'WebSite',
    '@id': `${home}#website`,
    name: chrome.siteName,
    url: home,
    inLanguage: LANGUAGE_TAGS[frame.lang],
    publisher: { '@id': org['@id'] },
    // The sitelinks search box: https://developers.google.com/search/docs/appearance/structured-data/sitelinks-searchbox
    potentialAction: {
      '@type': 'SearchAction',
      target: `${absolute(ctx, searchPath(ctx.paths, frame.lang))}?q={search_term_string}`,
      'query-input': 'required name=search_term_string',
    },
  };
  const meta = socialTags(chrome, 'website', logoImage(ctx, chrome), false, [], chrome.siteName);
  return { meta, structuredData: [website, { '@context': CONTEXT, ...org }] };
}

/** Section, tag and author pages: breadcrumbs; author pages also a ProfilePage with the Person. */
export function listHead(ctx: PresentContext, data: ListPageData, chrome: Chrome): HeadExtras {
  const { lang, subject } = data;
  const named = subject.named.byLang[lang]!;
  const firstPage =
    subject.kind === 'section' ? ctx.paths.section(lang, named.slug) : subject.kind === 'tag' ? ctx.paths.tag(lang, named.slug) : ctx.paths.author(lang, named.slug);
  const trail = breadcrumbs(ctx, data, [{ name: named.name, path: firstPage }]);
  if (subject.kind !== 'author') return { meta: socialTags(chrome, 'website', logoImage(ctx, chrome), false), structuredData: [trail] };
  const author = subject.named.byLang[lang]!;
  const photo = author.photoMediaId ? data.media.get(author.photoMediaId) : undefined;
  const url = absolute(ctx, firstPage);
  const profile = {
    '@context': CONTEXT,
    '@type': 'ProfilePage',
    url: chrome.canonical,
    inLanguage: LANGUAGE_TAGS[lang],
    mainEntity: {
      '@type': 'Person',
      '@id': `${url}#person`,
      name: author.name,
      url,
      ...(author.title ? { jobTitle: author.title } : {}),
      ...(author.bio ? { description: author.bio } : {}),
      ...(photo ? { image: mediaUrl(ctx, photo.path) } : {}),
    },
  };
  const image = photo ? { ...photoImage(ctx, photo), alt: photo.alt || author.name } : logoImage(ctx, chrome);
  return { meta: socialTags(chrome, 'profile', image, false), structuredData: [profile, trail] };
}

/** Other indexable pages (archive, support): the basic card tags. */
export function basicHead(ctx: PresentContext, chrome: Chrome): HeadExtras {
  return { meta: socialTags(chrome, 'website', logoImage(ctx, chrome), false) };
}

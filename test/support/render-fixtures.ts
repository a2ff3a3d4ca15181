import { dayKey, dayOf, formatDay } from '../../src/domain/dates.js';
import { LANGUAGE_LABELS, LANGUAGE_NAMES, LANGUAGES, type Lang } from '../../src/domain/locale.js';
import type { Kind } from '../../src/domain/story.js';
import {
  ARTICLE_TEXT, AUTHORS, articleBody, PHOTO, SECTIONS, SITE_NAME, STORIES, SUPPORT, TAG,
} from './render-fixture-texts.js';
import { UI } from '../../src/render/i18n.js';
import type {
  ArchiveView, ArticleView, Chrome, ErrorView, FrontPageView, ImageView, Link, ListPageView,
  StoryCardView, StreamItemView, StreamView,
} from '../../src/render/view-models.js';

/**
 * Small builders of realistic view data in each language, for tests and previews. Each takes
 * overrides for the one thing a test cares about.
 *
 * @example renderArticle(articleFixture('uk', { headline: '<script>alert(1)</script>' }))
 */

export const BASE_URL = 'https://masthead.example';
const TIME_ZONE = 'Europe/Kyiv';
/** The article's publication: Thursday 6 March 2025, 14:05 in Kyiv. */
export const PUBLISHED_AT = new Date('2025-03-06T12:05:00Z');

const home = (lang: Lang) => (lang === 'uk' ? '/' : `/${lang}/`);
const minutesBefore = (date: Date, minutes: number) => new Date(date.getTime() - minutes * 60_000);
const storyPath = (lang: Lang, id: number, at: Date, kind: Kind = 'news') =>
  `${home(lang)}${kind === 'news' ? 'news' : kind === 'column' ? 'columns' : 'articles'}/${dayKey(dayOf(at, TIME_ZONE)).replaceAll('-', '/')}/${id}/`;

export function sectionLink(lang: Lang, index: number): Link {
  const s = SECTIONS[index % SECTIONS.length]!;
  return { href: `${home(lang)}sections/${s.slug}/`, text: s.name[lang] };
}

export function imageFixture(lang: Lang, name = 'nbu', alt: string = PHOTO.alt[lang]): ImageView {
  const base = `/media/2025/03/${name}`;
  return {
    src: `${base}-1200.jpg`,
    srcset: `${base}-640.jpg 640w, ${base}-1200.jpg 1200w`,
    width: 1200,
    height: 675,
    alt,
    caption: PHOTO.caption[lang],
    credit: PHOTO.credit[lang],
  };
}

/** Head, top bar and footer data; `path` is the page's path under the language's home. */
export function chromeFixture(lang: Lang, over: Partial<Chrome> = {}, storyPathFor?: (l: Lang) => string): Chrome {
  const href = (l: Lang) => storyPathFor?.(l) ?? home(l);
  return {
    lang,
    timeZone: TIME_ZONE,
    siteName: SITE_NAME[lang],
    title: '',
    description: UI[lang].tagline,
    canonical: BASE_URL + href(lang),
    alternates: [
      ...LANGUAGES.map((l) => ({ hreflang: l, href: BASE_URL + href(l) })),
      { hreflang: 'x-default', href: BASE_URL + href('uk') },
    ],
    languages: LANGUAGES.map((l) => ({
      lang: l, label: LANGUAGE_LABELS[l], name: LANGUAGE_NAMES[l], href: href(l), current: l === lang, sameStory: storyPathFor !== undefined,
    })),
    sections: SECTIONS.map((_, i) => sectionLink(lang, i)),
    homeHref: home(lang),
    archiveHref: `${home(lang)}archive/`,
    searchHref: `${home(lang)}search/`,
    openSearch: { title: 'Masthead', href: `${BASE_URL}${home(lang)}opensearch.xml` },
    support: { title: SUPPORT.title[lang], text: SUPPORT.text[lang], linkText: SUPPORT.linkText[lang], href: 'https://patreon.example.com/masthead' },
    cssHref: '/assets/site.css',
    ...over,
  };
}

/** Card `i` of the example stories (wrapping around), `i * 47` minutes before the article. */
export function cardFixture(lang: Lang, i: number, over: Partial<StoryCardView> = {}): StoryCardView {
  const s = STORIES[i % STORIES.length]!;
  const kind: Kind = s.id === 7501235 ? 'column' : i % 4 === 2 ? 'article' : 'news';
  const publishedAt = minutesBefore(PUBLISHED_AT, i * 47);
  return {
    storyId: s.id + i * 100, href: storyPath(lang, s.id + i * 100, publishedAt, kind), headline: s.headline[lang], lead: s.lead[lang],
    kind, publishedAt, updated: i % 3 === 1, important: i % 4 === 0, hasVideo: i % 5 === 1, hasPhotos: i % 3 === 2,
    section: sectionLink(lang, s.section), image: i % 2 === 0 ? imageFixture(lang, `story-${i}`) : null,
    ...over,
  };
}

const cards = (lang: Lang, from: number, n: number) => Array.from({ length: n }, (_, k) => cardFixture(lang, from + k));

/**
 * The stream: items every 35 minutes back from the article, across Kyiv's midnight, so one item
 * at 00:10 Kyiv (still the previous day in UTC) sits under the new day's separator.
 */
export function streamFixture(lang: Lang, count = 30): StreamView {
  const items: StreamItemView[] = Array.from({ length: count }, (_, i) => {
    const c = cardFixture(lang, i, { publishedAt: minutesBefore(PUBLISHED_AT, i * 35) });
    return { href: c.href, headline: c.headline, publishedAt: c.publishedAt, updated: c.updated, important: c.important,
      hasVideo: c.hasVideo, hasPhotos: c.hasPhotos, kind: c.kind };
  });
  return { items, archiveHref: `${home(lang)}archive/` };
}

export function frontFixture(lang: Lang, over: Partial<FrontPageView> = {}): FrontPageView {
  return {
    chrome: chromeFixture(lang, { title: '' }),
    top: cards(lang, 0, 4),
    latest: cards(lang, 4, 6),
    sections: SECTIONS.map((_, i) => ({ section: sectionLink(lang, i), stories: cards(lang, 10 + i * 3, 3) })),
    columns: [cardFixture(lang, 5), cardFixture(lang, 11)],
    stream: streamFixture(lang),
    ...over,
  };
}

export function articleFixture(lang: Lang, over: Partial<ArticleView> = {}): ArticleView {
  const s = STORIES[0]!;
  const path = (l: Lang) => storyPath(l, s.id, PUBLISHED_AT);
  const author = (i: number) => {
    const a = AUTHORS[i]!;
    return { name: a.name[lang], href: `${home(lang)}authors/${a.slug}/`, title: a.title[lang], photo: null };
  };
  const tag = { href: `${home(lang)}tags/${TAG.slug}/`, text: TAG.name[lang] };
  return {
    chrome: chromeFixture(lang, { title: s.headline[lang], description: s.lead[lang] }, path),
    storyId: s.id, kind: 'news', headline: s.headline[lang], lead: s.lead[lang],
    bylines: [author(0), author(1)],
    publishedAt: PUBLISHED_AT,
    updatedAt: new Date(PUBLISHED_AT.getTime() + 95 * 60_000),
    updateNote: ARTICLE_TEXT.updateNote[lang],
    section: sectionLink(lang, s.section),
    leadImage: imageFixture(lang),
    source: { text: ARTICLE_TEXT.source[lang], links: ARTICLE_TEXT.sourceLinks.map((x) => ({ text: x.text[lang], href: x.href })) },
    body: articleBody(lang),
    bodyMedia: { 501: imageFixture(lang, 'hryvnia', PHOTO.caption[lang]) },
    bodyStories: { 7501200: { href: storyPath(lang, 7501200, new Date('2025-01-30T12:00:00Z')), headline: STORIES[2]!.headline[lang], publishedAt: new Date('2025-01-30T12:00:00Z') } },
    adsAfterParagraphs: [2, 5, 12],
    background: [1, 2, 3].map((i) => {
      const at = new Date(Date.UTC(2025, 0, 30 - i * 9, 10));
      return { href: storyPath(lang, 7501100 + i, at), headline: STORIES[i]!.headline[lang], publishedAt: at };
    }),
    tags: [tag, { href: `${home(lang)}tags/inflation/`, text: { uk: 'Інфляція', ru: 'Инфляция', en: 'Inflation' }[lang] }],
    hasVideo: true, hasPhotos: false, important: true,
    moreNews: cards(lang, 1, 4),
    tagBlock: { tag, stories: cards(lang, 7, 3) },
    stream: streamFixture(lang),
    ...over,
  };
}

export function listFixture(lang: Lang, kind: ListPageView['kind'] = 'section', over: Partial<ListPageView> = {}): ListPageView {
  const a = AUTHORS[0]!;
  const heading = kind === 'author' ? a.name[lang] : kind === 'tag' ? TAG.name[lang] : SECTIONS[1]!.name[lang];
  const base = kind === 'author' ? `authors/${a.slug}/` : kind === 'tag' ? `tags/${TAG.slug}/` : `sections/${SECTIONS[1]!.slug}/`;
  return {
    chrome: chromeFixture(lang, { title: heading, canonical: `${BASE_URL}${home(lang)}${base}?page=2` }),
    kind, heading,
    author: kind === 'author'
      ? { title: a.title[lang], bio: a.bio[lang], photo: { ...imageFixture(lang, 'olena-koval', a.name[lang]), width: 320, height: 320, caption: '', credit: '' } }
      : null,
    stories: cards(lang, 0, 8),
    pagination: { page: 2, newerHref: `${home(lang)}${base}`, olderHref: `${home(lang)}${base}?page=3` },
    stream: streamFixture(lang, 12),
    ...over,
  };
}

export function archiveFixture(lang: Lang, over: Partial<ArchiveView> = {}): ArchiveView {
  const day = new Date('2025-03-05T22:00:00Z'); // 6 March, 00:00 in Kyiv
  return {
    chrome: chromeFixture(lang, { title: `${UI[lang].archiveTitle} ${formatDay(day, lang, TIME_ZONE)}` }),
    day,
    items: streamFixture(lang, 20).items.filter((i) => i.publishedAt >= day),
    previousDayHref: `${home(lang)}archive/2025/03/05/`,
    nextDayHref: `${home(lang)}archive/2025/03/07/`,
    ...over,
  };
}

export function errorFixture(lang: Lang, status: ErrorView['status'] = 404): ErrorView {
  return { chrome: chromeFixture(lang, { robots: 'noindex', title: UI[lang].notFoundTitle }), status };
}

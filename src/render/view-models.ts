import type { Block } from '../domain/blocks.js';
import type { Lang } from '../domain/locale.js';
import type { Kind } from '../domain/story.js';

/**
 * View data: everything a page shows, already looked up and with every href built.
 * Templates are pure functions of these; they never query and never build story URLs.
 */

export interface Link {
  href: string;
  text: string;
}

export interface ImageView {
  /** The default (largest) file. */
  src: string;
  /** "… 640w, … 1200w" */
  srcset: string;
  /** The same picture in smaller formats, best first (AVIF, WebP): `<picture>` sources. */
  sources?: { type: string; srcset: string }[];
  width: number;
  height: number;
  alt: string;
  caption: string;
  credit: string;
}

export interface LanguageLink {
  lang: Lang;
  /** UA / RU / EN */
  label: string;
  /** The language's name in itself, for screen readers. */
  name: string;
  href: string;
  current: boolean;
  /** True when the link leads to the same story in that language (not just its front page). */
  sameStory: boolean;
}

/** Everything around the page content: head, top bar, footer. */
export interface Chrome {
  lang: Lang;
  timeZone: string;
  siteName: string;
  /** The page's <title> text (without the site name). */
  title: string;
  description: string;
  /** Absolute URL. */
  canonical: string;
  /** Absolute URLs: one per published language version, plus `x-default`. */
  alternates: { hreflang: string; href: string }[];
  languages: LanguageLink[];
  sections: Link[];
  homeHref: string;
  archiveHref: string;
  /** The edition's search page: the header's search form submits `q` to it. */
  searchHref: string;
  /** The edition's OpenSearch description (absolute URL), so browsers can offer the site's search. */
  openSearch: { title: string; href: string };
  /** "Support us" link and the banner under the top bar. */
  support: { title: string; text: string; linkText: string; href: string };
  cssHref: string;
  /** Robots meta, e.g. "noindex" on error pages. */
  robots?: string;
  /** Feeds of this page's subject (edition, section, tag, author): `<link rel="alternate">` autodiscovery. */
  feeds?: FeedLink[];
  /** OpenGraph / Twitter card `<meta>` tags as name (or property) and content pairs, in order. */
  meta?: MetaTag[];
  /** Schema.org objects, each written as one `<script type="application/ld+json">`. */
  structuredData?: object[];
}

export interface FeedLink {
  /** application/rss+xml, application/atom+xml or application/feed+json */
  type: string;
  title: string;
  /** Absolute URL. */
  href: string;
}

/** `property` for OpenGraph (og:*, article:*), `name` for Twitter cards and the rest. */
export interface MetaTag {
  attr: 'property' | 'name';
  key: string;
  content: string;
}

export interface StoryCardView {
  storyId: number;
  href: string;
  headline: string;
  lead: string;
  kind: Kind;
  publishedAt: Date;
  updated: boolean;
  important: boolean;
  hasVideo: boolean;
  hasPhotos: boolean;
  section: Link;
  image: ImageView | null;
}

export interface StreamItemView {
  href: string;
  headline: string;
  publishedAt: Date;
  updated: boolean;
  important: boolean;
  hasVideo: boolean;
  hasPhotos: boolean;
  kind: Kind;
}

/** The "Recent news" stream: items newest first; the template adds day separators. */
export interface StreamView {
  items: StreamItemView[];
  archiveHref: string;
}

export interface SectionBlockView {
  section: Link;
  stories: StoryCardView[];
}

export interface FrontPageView {
  chrome: Chrome;
  /** The lead story first, then the other top stories. */
  top: StoryCardView[];
  latest: StoryCardView[];
  sections: SectionBlockView[];
  columns: StoryCardView[];
  stream: StreamView;
}

export interface BylineView {
  name: string;
  href: string;
  title: string;
  photo: ImageView | null;
}

/** A story linked from the body ("related" block) or the Background list. */
export interface LinkedStoryView {
  href: string;
  headline: string;
  publishedAt: Date;
}

export interface ArticleView {
  chrome: Chrome;
  storyId: number;
  kind: Kind;
  headline: string;
  lead: string;
  bylines: BylineView[];
  publishedAt: Date;
  /** Set when the story changed after publication. */
  updatedAt: Date | null;
  updateNote: string | null;
  section: Link;
  leadImage: ImageView | null;
  source: { text: string; links: Link[] } | null;
  body: Block[];
  /** Images and related stories that body blocks refer to by id; missing ones are skipped. */
  bodyMedia: Record<number, ImageView>;
  bodyStories: Record<number, LinkedStoryView>;
  /** Ad slots go after these paragraph numbers (1-based), when the body has that many. */
  adsAfterParagraphs: number[];
  background: LinkedStoryView[];
  tags: Link[];
  hasVideo: boolean;
  hasPhotos: boolean;
  important: boolean;
  moreNews: StoryCardView[];
  /** One of the story's tags with its latest stories. */
  tagBlock: { tag: Link; stories: StoryCardView[] } | null;
  stream: StreamView;
}

export interface PaginationView {
  page: number;
  newerHref: string | null;
  olderHref: string | null;
}

export interface ListPageView {
  chrome: Chrome;
  kind: 'section' | 'tag' | 'author';
  heading: string;
  author: { title: string; bio: string; photo: ImageView | null } | null;
  stories: StoryCardView[];
  pagination: PaginationView;
  stream: StreamView;
}

export interface ArchiveView {
  chrome: Chrome;
  /** The day shown, as a Date at its start in the newsroom's zone. */
  day: Date;
  items: StreamItemView[];
  previousDayHref: string | null;
  nextDayHref: string | null;
}

export interface ErrorView {
  chrome: Chrome;
  status: 400 | 404 | 500;
}

export interface SupportView {
  chrome: Chrome;
  /** Ways to give: card, bank transfer, membership platforms. */
  ways: Link[];
}

/** A piece of a search result's headline or snippet; `match` pieces are the words searched for. */
export interface MarkedText {
  text: string;
  match: boolean;
}

export interface SearchHitView {
  href: string;
  headline: MarkedText[];
  snippet: MarkedText[];
  publishedAt: Date;
  kind: Kind;
  /** Set for results in another language than the page (the "all languages" search). */
  lang: Lang | null;
  section: Link | null;
}

export interface SearchChoice {
  text: string;
  href: string;
  current: boolean;
}

/** A filter in use, with the address of the same search without it. */
export interface SearchFilterView {
  label: string;
  value: string;
  removeHref: string;
}

export interface SearchPageView {
  chrome: Chrome;
  /** What the reader typed, shown back in the search box. */
  q: string;
  /** The form on the page submits here, keeping these choices (sort, language, filters). */
  action: string;
  hidden: { name: string; value: string }[];
  /** invite: nothing typed; results; none: nothing found; beyond: a page past the last result. */
  state: 'invite' | 'results' | 'none' | 'beyond';
  /** The query had nothing to search for (only punctuation or short common words). */
  nothingToSearch: boolean;
  /** Part of a long query was ignored. */
  truncated: boolean;
  total: number;
  totalIsExact: boolean;
  hits: SearchHitView[];
  /** Relevance or date; this language or all. The current choice is marked, the other links. */
  sortChoices: SearchChoice[];
  languageChoices: SearchChoice[];
  /** The same search in all languages, when it is not one already (a suggestion when nothing is found). */
  allLanguagesHref: string | null;
  /** "Did you mean": the corrected query and its search, keeping the other parameters. */
  suggestion: { text: string; href: string } | null;
  filters: SearchFilterView[];
  pagination: { page: number; previousHref: string | null; nextHref: string | null; firstHref: string | null };
  /** Where to go from a page with no results. */
  sections: Link[];
  archiveHref: string;
}

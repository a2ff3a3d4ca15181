import { formatDay } from '../../domain/dates.js';
import { LANGUAGES, type Lang } from '../../domain/locale.js';
import { adPositions } from '../../domain/settings.js';
import type { StoryCard } from '../../domain/story.js';
import { UI } from '../../render/i18n.js';
import type {
  ArchiveView, ArticleView, Chrome, ErrorView, FrontPageView, ImageView, LinkedStoryView, ListPageView, SupportView,
} from '../../render/view-models.js';
import type { ArchivePageData } from '../../services/reader/compose-archive-page.js';
import type { ArticlePageData } from '../../services/reader/compose-article-page.js';
import type { FrontPageData } from '../../services/reader/compose-front-page.js';
import type { ListPageData } from '../../services/reader/compose-list-page.js';
import { sectionOf, type PageFrame } from '../../services/reader/reader-context.js';
import {
  homes, presentCard, presentChrome, presentImage, presentStream, presentStreamItem, storyHref,
  type Equivalents, type PresentContext,
} from './present-common.js';
import { feedLinks } from './present-feed.js';
import { articleHead, basicHead, frontHead, listDescription, listHead, withHead } from './present-meta.js';

export function presentFrontPage(ctx: PresentContext, data: FrontPageData): FrontPageView {
  const card = (c: StoryCard) => presentCard(ctx, data, c);
  return {
    chrome: withHead(presentChrome(ctx, data, {
      title: UI[data.lang].tagline, path: ctx.paths.home(data.lang), equivalents: homes(ctx),
      feeds: feedLinks(ctx, data.lang, data.settings.siteName[data.lang], null),
    }), (c) => frontHead(ctx, data, c)),
    top: data.top.map(card),
    latest: data.latest.map(card),
    sections: data.sectionBlocks.flatMap((b) => {
      const s = sectionOf(data, b.sectionId);
      return s ? [{ section: { href: ctx.paths.section(data.lang, s.slug), text: s.name }, stories: b.stories.map(card) }] : [];
    }),
    columns: data.columns.map(card),
    stream: presentStream(ctx, data),
  };
}

/** The canonical path of the story version a page shows. */
export function articlePath(ctx: PresentContext, data: ArticlePageData): string {
  return ctx.paths.story(data.lang, data.story.kind, data.story.publishedAt!, data.story.id);
}

export function presentArticle(ctx: PresentContext, data: ArticlePageData): ArticleView {
  const { story, lang } = data;
  const linked = (c: StoryCard): LinkedStoryView => ({ href: storyHref(ctx, c), headline: c.headline, publishedAt: c.publishedAt });
  const equivalents: Equivalents = Object.fromEntries(
    data.published.map((v) => [v.lang, ctx.paths.story(v.lang, story.kind, v.publishedAt!, story.id)]),
  );
  const section = sectionOf(data, story.sectionId);
  const bodyMedia: Record<number, ImageView> = {};
  for (const b of story.body) {
    const image = b.type === 'image' ? presentImage(ctx, data.media.get(b.mediaId)) : null;
    if (b.type === 'image' && image) bodyMedia[b.mediaId] = image;
  }
  return {
    chrome: withHead(presentChrome(ctx, data, { title: story.headline, description: story.lead, path: articlePath(ctx, data), equivalents }), (c) => articleHead(ctx, data, c)),
    storyId: story.id,
    kind: story.kind,
    headline: story.headline,
    lead: story.lead,
    bylines: data.authors.map((a) => ({
      name: a.name,
      href: ctx.paths.author(lang, a.slug),
      title: a.title,
      photo: a.photoMediaId ? presentImage(ctx, data.media.get(a.photoMediaId)) : null,
    })),
    publishedAt: story.publishedAt!,
    updatedAt: story.updatedAt,
    updateNote: story.updateNote,
    section: section ? { href: ctx.paths.section(lang, section.slug), text: section.name } : { href: ctx.paths.home(lang), text: '' },
    leadImage: story.leadMediaId ? presentImage(ctx, data.media.get(story.leadMediaId)) : null,
    source: story.source ? { text: story.source.text, links: story.source.links.map((l) => ({ href: l.url, text: l.text })) } : null,
    body: story.body,
    bodyMedia,
    bodyStories: Object.fromEntries(data.bodyStories.map((c) => [c.storyId, linked(c)])),
    adsAfterParagraphs: adPositions(data.settings.adRules, story.kind, story.sectionId),
    background: data.background.map(linked),
    tags: data.tags.map((t) => ({ href: ctx.paths.tag(lang, t.slug), text: t.name })),
    hasVideo: story.hasVideo,
    hasPhotos: story.hasPhotos,
    important: story.importance > 0,
    moreNews: data.moreNews.map((c) => presentCard(ctx, data, c)),
    tagBlock: data.tagBlock
      ? {
          tag: { href: ctx.paths.tag(lang, data.tagBlock.tag.slug), text: data.tagBlock.tag.name },
          stories: data.tagBlock.stories.map((c) => presentCard(ctx, data, c)),
        }
      : null,
    stream: presentStream(ctx, data),
  };
}

export function presentListPage(ctx: PresentContext, data: ListPageData): ListPageView {
  const { lang, subject, page } = data;
  const ui = UI[lang];
  const pathIn = (l: Lang, p: number): string | undefined => {
    const named = subject.named.byLang[l];
    if (!named) return undefined;
    return subject.kind === 'section' ? ctx.paths.section(l, named.slug, p) : subject.kind === 'tag' ? ctx.paths.tag(l, named.slug, p) : ctx.paths.author(l, named.slug, p);
  };
  const mine = subject.named.byLang[lang]!;
  const equivalents: Equivalents = Object.fromEntries(LANGUAGES.flatMap((l) => (pathIn(l, 1) ? [[l, pathIn(l, 1)!]] : [])));
  const author = subject.kind === 'author' ? subject.named.byLang[lang]! : undefined;
  const title = page > 1 ? `${mine.name} — ${ui.page} ${page}` : mine.name;
  return {
    chrome: withHead(presentChrome(ctx, data, {
      title,
      description: listDescription(data),
      path: pathIn(lang, page)!,
      // Only the first page has equivalents: page N of another language lists different stories.
      equivalents: page === 1 ? equivalents : { [lang]: pathIn(lang, page)! },
      feeds: feedLinks(ctx, lang, data.settings.siteName[lang], { kind: subject.kind, slug: mine.slug, name: mine.name }),
    }), (c) => listHead(ctx, data, c)),
    kind: subject.kind,
    heading: mine.name,
    author: author
      ? { title: author.title, bio: author.bio, photo: author.photoMediaId ? presentImage(ctx, data.media.get(author.photoMediaId)) : null }
      : null,
    stories: data.stories.map((c) => presentCard(ctx, data, c)),
    pagination: {
      page,
      newerHref: page > 1 ? pathIn(lang, page - 1)! : null,
      olderHref: data.hasOlder ? pathIn(lang, page + 1)! : null,
    },
    stream: presentStream(ctx, data),
  };
}

export function presentArchive(ctx: PresentContext, data: ArchivePageData, explicitDay: boolean): ArchiveView {
  const { lang, day } = data;
  const path = explicitDay ? ctx.paths.archive(lang, day) : ctx.paths.archive(lang);
  const equivalents: Equivalents = Object.fromEntries(LANGUAGES.map((l) => [l, explicitDay ? ctx.paths.archive(l, day) : ctx.paths.archive(l)]));
  return {
    chrome: withHead(presentChrome(ctx, data, {
      title: `${UI[lang].archiveTitle} ${formatDay(data.start, lang, ctx.timeZone)}`,
      path,
      equivalents,
    }), (c) => basicHead(ctx, c)),
    day: data.start,
    items: data.items.map((c) => presentStreamItem(ctx, c)),
    previousDayHref: ctx.paths.archive(lang, data.previousDay),
    nextDayHref: data.nextDay ? ctx.paths.archive(lang, data.nextDay) : null,
  };
}

/** Error pages: localized, noindex, with the edition's front pages as equivalents. */
export function presentError(ctx: PresentContext, frame: PageFrame, status: 400 | 404 | 500, path: string): ErrorView {
  const ui = UI[frame.lang];
  const title = status === 404 ? ui.notFoundTitle : status === 400 ? ui.badRequestTitle : ui.serverErrorTitle;
  const chrome: Chrome = presentChrome(ctx, frame, { title, path, equivalents: {}, robots: 'noindex' });
  return { chrome: { ...chrome, canonical: ctx.baseUrl + path, alternates: [] }, status };
}

/** The support page: the call to action and the ways to give, per edition. */
export function presentSupportPage(ctx: PresentContext, frame: PageFrame): SupportView {
  const support = frame.settings.support[frame.lang];
  const equivalents: Equivalents = Object.fromEntries(LANGUAGES.map((l) => [l, `${ctx.paths.home(l)}support/`]));
  return {
    chrome: withHead(
      presentChrome(ctx, frame, { title: support.title, description: support.text, path: `${ctx.paths.home(frame.lang)}support/`, equivalents }),
      (c) => basicHead(ctx, c),
    ),
    ways: support.ways.map((w) => ({ href: w.href, text: w.text })),
  };
}

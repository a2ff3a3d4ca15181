import type { Lang } from '../../domain/locale.js';
import { cleanLine, isSlug } from '../../domain/text.js';
import type { StoryCard } from '../../domain/story.js';
import type { Author, Media, Section, Tag } from '../../domain/taxonomy.js';
import type { PublishedVersion, ReadApiRepository } from '../../storage/read-api-repository.js';
import type { Named } from '../../storage/taxonomy-repository.js';
import type { ReaderDeps } from './reader-context.js';

/** What the public read API reads: the reader repositories, its own batch queries and the clock. */
export interface ReadApiDeps extends ReaderDeps {
  api: ReadApiRepository;
}

/** Slugs a story list may be narrowed by, each in the list's language. */
export interface StoryFilters {
  section?: string;
  tag?: string;
  author?: string;
}

export interface ResolvedFilters {
  sectionId?: number;
  tagId?: number;
  authorId?: number;
}

/** Ids for the slugs asked for, or which filter named nothing. */
export async function resolveFilters(
  deps: ReadApiDeps,
  lang: Lang,
  sections: Named<Section>[],
  f: StoryFilters,
): Promise<ResolvedFilters | { unknown: 'section' | 'tag' | 'author'; slug: string }> {
  const out: ResolvedFilters = {};
  // What is not a slug names nothing, and is never looked up: PostgreSQL refuses a NUL in text.
  for (const what of ['section', 'tag', 'author'] as const) {
    const slug = f[what];
    if (slug !== undefined && !isSlug(slug)) return { unknown: what, slug: cleanLine(slug) };
  }
  if (f.section !== undefined) {
    const found = sections.find((s) => s.byLang[lang]?.slug === f.section);
    if (!found) return { unknown: 'section', slug: f.section };
    out.sectionId = found.id;
  }
  const [tag, author] = await Promise.all([
    f.tag === undefined ? undefined : deps.repos.taxonomy.findTagBySlug(lang, f.tag),
    f.author === undefined ? undefined : deps.repos.taxonomy.findAuthorBySlug(lang, f.author),
  ]);
  if (f.tag !== undefined) {
    if (!tag) return { unknown: 'tag', slug: f.tag };
    out.tagId = tag.id;
  }
  if (f.author !== undefined) {
    if (!author) return { unknown: 'author', slug: f.author };
    out.authorId = author.id;
  }
  return out;
}

export interface StoryPageQuery extends ResolvedFilters {
  lang: Lang;
  limit: number;
  from?: Date;
  to?: Date;
  before?: { publishedAt: Date; storyId: number };
}

/** One page of a story list with what its summaries show. */
export interface StoryPage {
  cards: StoryCard[];
  /** True when older stories follow this page. */
  more: boolean;
  tags: Map<number, Tag[]>;
  authors: Map<number, Author[]>;
  media: Map<number, Media>;
}

/**
 * Published versions in one language, newest first, one keyset page: one indexed list query
 * (asking one more than `limit` to learn whether more follow), then tags, bylines and lead
 * photos of the page in one query each.
 */
export async function listStoryPage(deps: ReadApiDeps, q: StoryPageQuery): Promise<StoryPage> {
  const rows = await deps.repos.stories.listPublished({
    lang: q.lang, now: deps.now(), limit: q.limit + 1,
    ...(q.sectionId !== undefined ? { sectionId: q.sectionId } : {}),
    ...(q.tagId !== undefined ? { tagId: q.tagId } : {}),
    ...(q.authorId !== undefined ? { authorId: q.authorId } : {}),
    ...(q.from ? { from: q.from } : {}),
    ...(q.to ? { to: q.to } : {}),
    ...(q.before ? { before: q.before } : {}),
  });
  const cards = rows.slice(0, q.limit);
  return { cards, more: rows.length > q.limit, ...(await loadSummaryParts(deps, q.lang, cards)) };
}

/** What summaries show besides the card: tags, bylines and lead photos, in one language. */
export interface SummaryParts {
  tags: Map<number, Tag[]>;
  authors: Map<number, Author[]>;
  media: Map<number, Media>;
}

/** Tags, bylines and lead photos of `cards` in `lang`: one query each, whatever the page size. */
export async function loadSummaryParts(deps: ReaderDeps, lang: Lang, cards: readonly StoryCard[]): Promise<SummaryParts> {
  const ids = cards.map((c) => c.storyId);
  const [tags, authors, media] = await Promise.all([
    deps.repos.taxonomy.tagsOfStories(lang, ids),
    deps.repos.taxonomy.authorsOfStories(lang, ids),
    deps.repos.media.byIds(lang, cards.flatMap((c) => (c.leadMediaId ? [c.leadMediaId] : []))),
  ]);
  return { tags, authors, media };
}

/** A published language version with its bylines, tags and photos (lead and body) in its language. */
export interface VersionDetail {
  version: PublishedVersion;
  authors: Author[];
  tags: Tag[];
  media: Map<number, Media>;
  /** Published stories that "related" blocks of the body name, in the version's language. */
  related: Map<number, StoryCard>;
}

/**
 * Every version of a story readers can see now, in the languages' usual order, or undefined when
 * there is none (drafts, scheduled, unpublished and unknown stories look the same).
 */
export async function loadPublishedStory(deps: ReadApiDeps, storyId: number, order: readonly Lang[]): Promise<VersionDetail[] | undefined> {
  const versions = await deps.api.publishedVersions(storyId, deps.now());
  if (versions.length === 0) return undefined;
  versions.sort((a, b) => order.indexOf(a.lang) - order.indexOf(b.lang));
  return Promise.all(
    versions.map(async (version) => {
      const mediaIds = [...(version.leadMediaId ? [version.leadMediaId] : []), ...version.body.flatMap((b) => (b.type === 'image' ? [b.mediaId] : []))];
      const relatedIds = [...new Set(version.body.flatMap((b) => (b.type === 'related' ? [b.storyId] : [])))];
      const [authors, tags, media, related] = await Promise.all([
        deps.repos.taxonomy.authorsOfStory(version.lang, storyId),
        deps.repos.taxonomy.tagsOfStories(version.lang, [storyId]),
        deps.repos.media.byIds(version.lang, mediaIds),
        deps.repos.stories.cardsByIds(version.lang, deps.now(), relatedIds),
      ]);
      return { version, authors, tags: tags.get(storyId) ?? [], media, related: new Map(related.map((c) => [c.storyId, c])) };
    }),
  );
}

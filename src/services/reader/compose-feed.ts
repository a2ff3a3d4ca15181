import type { Block } from '../../domain/blocks.js';
import type { Lang } from '../../domain/locale.js';
import type { StoryCard } from '../../domain/story.js';
import { pageSizedFile } from '../../domain/crops.js';
import type { Author, Tag } from '../../domain/taxonomy.js';
import type { MediaFileSizes } from '../../storage/media-files.js';
import { findSubject, type ListSubject } from './compose-list-page.js';
import { loadFrame, type PageFrame, type ReaderDeps } from './reader-context.js';

/** What feed services need besides the reader's: file sizes for enclosures. */
export interface FeedDeps extends ReaderDeps {
  fileSizes: MediaFileSizes;
}

/** How many stories a feed lists: enough for a reader who looks in once a day. */
export const FEED_SIZE = 50;

export interface FeedEntry {
  card: StoryCard;
  authors: Author[];
  tags: Tag[];
  /** The body, in the full-text variant only. */
  body: Block[] | null;
}

export interface FeedData extends PageFrame {
  /** null: the whole edition. */
  subject: ListSubject | null;
  full: boolean;
  /** Newest first, at most {@link FEED_SIZE}. */
  entries: FeedEntry[];
  /** Stories that body "related" blocks name (full text only), published ones only. */
  linkedStories: Map<number, StoryCard>;
  /** Bytes of each picture file offered as an enclosure, by path; absent when unknown. */
  fileSizes: Map<string, number>;
  /**
   * The newest publication or update among the entries, or the latest change (an unpublication)
   * in the months they span when that is newer; null for an empty feed of an empty site.
   */
  lastModified: Date | null;
}

/**
 * The latest published stories of an edition, section, tag or author, with what a feed shows:
 * bylines, tags, lead pictures and (full text) bodies. A bounded number of queries whatever
 * the feed's size: frame (2), subject (0–1), list (1), authors, tags and bodies (3), media and
 * linked stories (2), last change (1). Undefined when the section, tag or author does not exist.
 *
 * @example const data = await composeFeed(deps, 'en', { kind: 'tag', slug: 'energy' }, true)
 */
export async function composeFeed(
  deps: FeedDeps,
  lang: Lang,
  subjectRef: { kind: ListSubject['kind']; slug: string } | null,
  full: boolean,
): Promise<FeedData | undefined> {
  const frame = await loadFrame(deps, lang, { stream: false });
  let subject: ListSubject | null = null;
  if (subjectRef) {
    subject = (await findSubject(deps, frame, subjectRef.kind, subjectRef.slug)) ?? null;
    if (!subject) return undefined;
  }
  const filter = !subject
    ? {}
    : subject.kind === 'section' ? { sectionId: subject.named.id } : subject.kind === 'tag' ? { tagId: subject.named.id } : { authorId: subject.named.id };
  const cards = await deps.repos.stories.listPublished({ lang, now: frame.now, limit: FEED_SIZE, ...filter });
  const ids = cards.map((c) => c.storyId);
  const [authors, tags, bodies] = await Promise.all([
    deps.repos.taxonomy.authorsOfStories(lang, ids),
    deps.repos.taxonomy.tagsOfStories(lang, ids),
    full ? deps.repos.stories.bodiesByIds(lang, ids) : Promise.resolve(new Map<number, Block[]>()),
  ]);
  const bodyBlocks = [...bodies.values()].flat();
  const mediaIds = [
    ...cards.flatMap((c) => (c.leadMediaId ? [c.leadMediaId] : [])),
    ...bodyBlocks.flatMap((b) => (b.type === 'image' ? [b.mediaId] : [])),
  ];
  const relatedIds = [...new Set(bodyBlocks.flatMap((b) => (b.type === 'related' ? [b.storyId] : [])))];
  const [media, linked] = await Promise.all([
    deps.repos.media.byIds(lang, mediaIds),
    deps.repos.stories.cardsByIds(lang, frame.now, relatedIds),
  ]);
  const leadFiles = cards.flatMap((c) => {
    const m = c.leadMediaId ? media.get(c.leadMediaId) : undefined;
    return m ? [pageSizedFile(m).path] : [];
  });
  const fileSizes = await deps.fileSizes.sizesOf(leadFiles);
  const newestEntry = cards.reduce<Date | null>((newest, c) => {
    const t = c.updatedAt && c.updatedAt > c.publishedAt ? c.updatedAt : c.publishedAt;
    return newest && newest >= t ? newest : t;
  }, null);
  // Unpublishing the newest story makes the newest entry older: the feed changed all the same.
  // The months summary records every change (unpublishing too) by the month of the version, so
  // the latest change in the months the feed spans dates the feed without ever going backwards.
  // A day earlier than the oldest entry covers the gap between UTC and the newsroom's months.
  const oldest = cards.at(-1)?.publishedAt;
  const since = oldest ? new Date(oldest.getTime() - 86_400_000) : new Date(0);
  const lastChange = await deps.repos.sitemaps.newestMonthChange({ year: since.getUTCFullYear(), month: since.getUTCMonth() + 1 }, frame.now);
  const lastModified = lastChange && (!newestEntry || lastChange > newestEntry) ? lastChange : newestEntry;
  return {
    ...frame,
    media,
    subject,
    full,
    entries: cards.map((card) => ({
      card,
      authors: authors.get(card.storyId) ?? [],
      tags: tags.get(card.storyId) ?? [],
      body: full ? (bodies.get(card.storyId) ?? []) : null,
    })),
    linkedStories: new Map(linked.map((c) => [c.storyId, c])),
    fileSizes,
    lastModified,
  };
}

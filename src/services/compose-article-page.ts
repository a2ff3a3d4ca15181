import type { Lang } from '../domain/locale.js';
import { isVisibleToReaders, type Story, type StoryCard, type Version } from '../domain/story.js';
import type { Author, Tag } from '../domain/taxonomy.js';
import type { VersionStatus } from '../storage/story-repository.js';
import { loadFrame, withMedia, type PageFrame, type ReaderDeps } from './reader-context.js';

export interface ArticlePageData extends PageFrame {
  story: Version & Story;
  /** Language versions readers can see now, including this one. */
  published: VersionStatus[];
  authors: Author[];
  tags: Tag[];
  background: StoryCard[];
  /** Stories the body links to with "related" blocks. */
  bodyStories: StoryCard[];
  moreNews: StoryCard[];
  tagBlock: { tag: Tag; stories: StoryCard[] } | null;
}

const MORE_NEWS = 6;
/** How many of the "More news" cards are related by tag. */
const RELATED = 2;
const TAG_BLOCK = 5;
const BACKGROUND = 5;

/**
 * Everything the article page shows, or undefined when readers may not see this version.
 * Thirteen queries (twelve for a story without tags): version, frame (3), versions, authors, tags,
 * background ids, linked stories, latest, tag block, related by tag, media. Counted in
 * test/query-counts.test.ts.
 */
export async function composeArticlePage(
  deps: ReaderDeps,
  lang: Lang,
  storyId: number,
  options: { preview?: boolean } = {},
): Promise<ArticlePageData | undefined> {
  const now = deps.now();
  const found = await deps.repos.stories.findVersion(storyId, lang);
  if (!found || (!options.preview && !isVisibleToReaders(found, now))) return undefined;
  // A preview of a version not yet published shows it as if it went out now.
  const story = found.publishedAt ? found : { ...found, publishedAt: now };
  const { stories, taxonomy } = deps.repos;
  const [frame, statuses, authors, tagMap, backgroundIds] = await Promise.all([
    loadFrame(deps, lang),
    stories.versionStatuses(storyId),
    taxonomy.authorsOfStory(lang, storyId),
    taxonomy.tagsOfStories(lang, [storyId]),
    stories.backgroundIds(storyId),
  ]);
  const tags = tagMap.get(storyId) ?? [];
  const relatedIds = story.body.flatMap((b) => (b.type === 'related' ? [b.storyId] : []));
  const blockTag = tags[0];
  // "More news" mixes the latest stories with a few on the story's other tag (or, with one tag,
  // the ones the tag block has no room for).
  const relatedTag = tags[1] ?? tags[0];
  const [linked, latest, tagStories, byTag] = await Promise.all([
    stories.cardsByIds(lang, now, [...new Set([...backgroundIds.slice(0, BACKGROUND), ...relatedIds])]),
    stories.listPublished({ lang, now, limit: MORE_NEWS + TAG_BLOCK, excludeStoryIds: [storyId] }),
    blockTag
      ? stories.listPublished({ lang, now, tagId: blockTag.id, limit: TAG_BLOCK, excludeStoryIds: [storyId] })
      : Promise.resolve([]),
    relatedTag
      ? stories.listPublished({ lang, now, tagId: relatedTag.id, limit: TAG_BLOCK + RELATED, excludeStoryIds: [storyId] })
      : Promise.resolve([]),
  ]);
  const inTagBlock = new Set(tagStories.map((c) => c.storyId));
  const related = byTag.filter((c) => !inTagBlock.has(c.storyId)).slice(0, RELATED);
  const relatedIdSet = new Set(related.map((c) => c.storyId));
  // Cards of the tag block are not repeated, unless that would leave "More news" nearly empty.
  const unseen = latest.filter((c) => !relatedIdSet.has(c.storyId) && !inTagBlock.has(c.storyId));
  const fresh = unseen.length + related.length >= 3 ? unseen : latest.filter((c) => !relatedIdSet.has(c.storyId));
  const moreNews = [...fresh.slice(0, MORE_NEWS - related.length), ...related];
  const byId = new Map(linked.map((c) => [c.storyId, c]));
  const pick = (ids: number[]) => ids.flatMap((id) => byId.get(id) ?? []);
  const bodyMediaIds = story.body.flatMap((b) => (b.type === 'image' ? [b.mediaId] : []));
  const extraMedia = [
    ...(story.leadMediaId ? [story.leadMediaId] : []),
    ...bodyMediaIds,
    ...authors.flatMap((a) => (a.photoMediaId ? [a.photoMediaId] : [])),
  ];
  const data: ArticlePageData = {
    ...frame,
    story,
    published: statuses.filter((v) => isVisibleToReaders(v, now)),
    authors,
    tags,
    background: pick(backgroundIds.slice(0, BACKGROUND)),
    bodyStories: pick(relatedIds),
    moreNews,
    tagBlock: blockTag && tagStories.length > 0 ? { tag: blockTag, stories: tagStories } : null,
  };
  return withMedia(deps, data, [...moreNews, ...tagStories], extraMedia);
}

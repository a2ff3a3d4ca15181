import type { Lang } from '../../domain/locale.js';
import { isVisibleToReaders, type Story, type StoryCard, type Version } from '../../domain/story.js';
import type { Author, Tag } from '../../domain/taxonomy.js';
import type { VersionStatus } from '../../storage/story-repository.js';
import { cardKeys, loadFrame, shared, withMedia, type PageFrame, type ReaderDeps } from './reader-context.js';
import { CacheKey } from '../../domain/cache-keys.js';

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
 * Up to three queries of its own: the story (this version in full, with every version's status,
 * its authors, tags and background cards), the stories its body links to (if any), media; and,
 * unless the memo has them, the frame (3) and the newest on its one or two tags.
 * "More news" takes the newest from the stream. Counted in test/query-counts.test.ts.
 */
export async function composeArticlePage(
  deps: ReaderDeps,
  lang: Lang,
  storyId: number,
  options: { preview?: boolean } = {},
): Promise<ArticlePageData | undefined> {
  const now = deps.now();
  const { stories } = deps.repos;
  const [{ version: found, statuses, authors, tags, backgroundIds, backgroundCards }, frame] = await Promise.all([
    stories.findArticle(storyId, lang, now),
    loadFrame(deps, lang),
  ]);
  if (!found || (!options.preview && !isVisibleToReaders(found, now))) return undefined;
  // A preview of a version not yet published shows it as if it went out now.
  const story = found.publishedAt ? found : { ...found, publishedAt: now };
  const relatedIds = story.body.flatMap((b) => (b.type === 'related' ? [b.storyId] : []));
  const blockTag = tags[0];
  // "More news" mixes the latest stories with a few on the story's other tag (or, with one tag,
  // the ones the tag block has no room for).
  const relatedTag = tags[1] ?? tags[0];
  // The newest stories come from the stream; the tags' newest from lists every article on the
  // tag shares (one more than shown, so that this story can be left out).
  const tagList = (tagId: number) =>
    shared(
      deps,
      `tag:${lang}:${tagId}`,
      () => stories.listPublished({ lang, now, tagId, limit: TAG_BLOCK + RELATED + 1 }),
      (cards) => cardKeys(CacheKey.tag(tagId, lang), cards),
    ).then((cards) => cards.filter((c) => c.storyId !== storyId));
  const [linked, tagStories, byTag] = await Promise.all([
    // Stories the body links to that are not under "Background:" (whose cards came with the story).
    stories.cardsByIds(lang, now, [...new Set(relatedIds.filter((id) => !backgroundIds.includes(id)))]),
    blockTag ? tagList(blockTag.id).then((cards) => cards.slice(0, TAG_BLOCK)) : Promise.resolve([]),
    relatedTag ? tagList(relatedTag.id) : Promise.resolve([]),
  ]);
  const latest = frame.stream.filter((c) => c.storyId !== storyId).slice(0, MORE_NEWS + TAG_BLOCK);
  const inTagBlock = new Set(tagStories.map((c) => c.storyId));
  const related = byTag.filter((c) => !inTagBlock.has(c.storyId)).slice(0, RELATED);
  const relatedIdSet = new Set(related.map((c) => c.storyId));
  // Cards of the tag block are not repeated, unless that would leave "More news" nearly empty.
  const unseen = latest.filter((c) => !relatedIdSet.has(c.storyId) && !inTagBlock.has(c.storyId));
  const fresh = unseen.length + related.length >= 3 ? unseen : latest.filter((c) => !relatedIdSet.has(c.storyId));
  const moreNews = [...fresh.slice(0, MORE_NEWS - related.length), ...related];
  const byId = new Map([...backgroundCards, ...linked].map((c) => [c.storyId, c]));
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

import type { Lang } from '../../domain/locale.js';
import type { StoryCard } from '../../domain/story.js';
import { loadFrame, withMedia, type PageFrame, type ReaderDeps } from './reader-context.js';

export interface FrontPageData extends PageFrame {
  top: StoryCard[];
  latest: StoryCard[];
  sectionBlocks: { sectionId: number; stories: StoryCard[] }[];
  columns: StoryCard[];
}

const TOP = 5;
const LATEST = 8;
const PER_SECTION = 4;
const COLUMNS = 4;

/**
 * The front page of one edition: top stories (the newest top story leads, then important ones),
 * latest news, a block per section, columns and the stream. Editors' pinned stories come first.
 * Seven queries whatever the content (eight with pins): frame (3), [pins], top, section blocks
 * (one UNION ALL), columns, media.
 */
export async function composeFrontPage(deps: ReaderDeps, lang: Lang): Promise<FrontPageData> {
  const frame = await loadFrame(deps, lang);
  const { now } = frame;
  const [pinned, important, sectionCards, columns] = await Promise.all([
    // Editors' pins lead, in their order; one more query only when there are any.
    frame.pinned.length > 0 ? deps.repos.stories.cardsByIds(lang, now, frame.pinned) : Promise.resolve([]),
    // Top stories come from the last 3 days of important news; older ones give way to the latest.
    deps.repos.stories.listPublished({ lang, now, minImportance: 1, limit: 20, from: new Date(now.getTime() - 3 * 86_400_000) }),
    deps.repos.stories.latestPerSection(lang, now, frame.sections.map((s) => s.id), PER_SECTION + 2),
    deps.repos.stories.listPublished({ lang, now, kind: 'column', limit: COLUMNS }),
  ]);
  const lead = important.find((c) => c.importance === 2) ?? important[0] ?? frame.stream[0];
  const automatic = lead ? [lead, ...important.filter((c) => c !== lead)] : [];
  const pinnedIds = new Set(pinned.map((c) => c.storyId));
  const top = [...pinned, ...automatic.filter((c) => !pinnedIds.has(c.storyId))].slice(0, Math.max(TOP, pinned.length));
  const shown = new Set(top.map((c) => c.storyId));
  const latest = frame.stream.filter((c) => !shown.has(c.storyId)).slice(0, LATEST);
  latest.forEach((c) => shown.add(c.storyId));
  const sectionBlocks = frame.sections
    .map((s) => ({
      sectionId: s.id,
      stories: sectionCards.filter((c) => c.sectionId === s.id && !shown.has(c.storyId)).slice(0, PER_SECTION),
    }))
    .filter((b) => b.stories.length > 0);
  const data = { ...frame, top, latest, sectionBlocks, columns };
  return withMedia(deps, data, [...top, ...latest, ...sectionBlocks.flatMap((b) => b.stories), ...columns]);
}

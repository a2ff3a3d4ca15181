import { addDays, dayOf, dayRange, type Day } from '../../domain/dates.js';
import type { Lang } from '../../domain/locale.js';
import type { StoryCard } from '../../domain/story.js';
import { loadFrame, type PageFrame, type ReaderDeps } from './reader-context.js';

export interface ArchivePageData extends PageFrame {
  day: Day;
  start: Date;
  items: StoryCard[];
  previousDay: Day;
  /** Undefined when the day is today: the archive does not look into the future. */
  nextDay: Day | undefined;
}

/** A day holds about 80 stories per language; this bound keeps a freak day from loading thousands. */
const MAX_PER_DAY = 1000;

/**
 * "All news" for one day in the newsroom's zone (today when no day is given).
 * Undefined for days in the future. Three queries: sections, settings, the day.
 */
export async function composeArchivePage(deps: ReaderDeps, lang: Lang, timeZone: string, day?: Day): Promise<ArchivePageData | undefined> {
  const frame = await loadFrame(deps, lang, { stream: false });
  const today = dayOf(frame.now, timeZone);
  const shown = day ?? today;
  const { start, end } = dayRange(shown, timeZone);
  if (start > frame.now) return undefined;
  const items = await deps.repos.stories.listPublished({ lang, now: frame.now, from: start, to: end, limit: MAX_PER_DAY });
  const isToday = shown.year === today.year && shown.month === today.month && shown.day === today.day;
  return { ...frame, day: shown, start, items, previousDay: addDays(shown, -1), nextDay: isToday ? undefined : addDays(shown, 1) };
}

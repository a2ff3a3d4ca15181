import type { Kysely } from 'kysely';
import { isSafeHref, validateBody } from '../../domain/blocks.js';
import { isLang, type Lang } from '../../domain/locale.js';
import { KINDS } from '../../domain/story.js';
import type { AuditRepository } from '../../storage/audit-repository.js';
import type { EditorialRepository, StoryMeta, VersionFields } from '../../storage/editorial-repository.js';
import type { Database } from '../../storage/schema.js';
import type { ChangeEvent, ChangeEvents } from '../events/change-events.js';
import { InvalidStory, type StoryProblem } from './editorial-errors.js';

/** What every editorial use case needs; the clock is passed in so tests can fix it. */
export interface EditorialDeps {
  db: Kysely<Database>;
  audit: AuditRepository;
  events: ChangeEvents;
  now: () => Date;
  /** The newsroom's zone (TIME_ZONE): publication days in searches and lists. */
  timeZone: string;
}

export type { StoryMeta, VersionFields };

export const HEADLINE_MAX = 300;
export const LEAD_MAX = 1000;
export const NOTE_MAX = 1000;
const SOURCE_TEXT_MAX = 500;

/** The audit subject of a language version, e.g. `story:7501234/en`. */
export const versionSubject = (storyId: number, lang: Lang) => `story:${storyId}/${lang}`;

const isId = (v: unknown): v is number => Number.isSafeInteger(v) && (v as number) > 0;
/** `under('story', 'kind')` → `story.kind`; `under('', 'kind')` → `kind`. */
const under = (prefix: string, path: string) => (prefix ? `${prefix}.${path}` : path);

/** Where problems are reported in the caller's input, e.g. `{ version: 'version', meta: '' }`. */
export interface ProblemPaths {
  version: string;
  meta: string;
}

/**
 * Problems with a version's own fields that need no database. Input may come straight from JSON,
 * so every field is checked for its type too.
 *
 * @example checkVersionFields({ lang: 'en', headline: '', lead: '', body: [], source: null, leadMediaId: null })
 * // [{ path: 'headline', message: 'must be non-empty text' }]
 */
export function checkVersionFields(v: VersionFields & { lang: unknown }): StoryProblem[] {
  const problems: StoryProblem[] = [];
  if (!isLang(v.lang)) problems.push({ path: 'lang', message: 'must be uk, ru or en' });
  if (typeof v.headline !== 'string' || v.headline.trim() === '') problems.push({ path: 'headline', message: 'must be non-empty text' });
  else if (v.headline.length > HEADLINE_MAX) problems.push({ path: 'headline', message: `must be at most ${HEADLINE_MAX} characters` });
  if (typeof v.lead !== 'string') problems.push({ path: 'lead', message: 'must be text' });
  else if (v.lead.length > LEAD_MAX) problems.push({ path: 'lead', message: `must be at most ${LEAD_MAX} characters` });
  problems.push(...validateBody(v.body));
  if (v.source !== null && v.source !== undefined) {
    const s = v.source as unknown as { text?: unknown; links?: unknown };
    if (typeof s.text !== 'string' || s.text.length > SOURCE_TEXT_MAX)
      problems.push({ path: 'source.text', message: `must be text of at most ${SOURCE_TEXT_MAX} characters` });
    if (!Array.isArray(s.links)) problems.push({ path: 'source.links', message: 'must be a list of links' });
    else
      s.links.forEach((link: any, i: number) => {
        if (typeof link?.text !== 'string' || link.text === '') problems.push({ path: `source.links[${i}].text`, message: 'must be non-empty text' });
        if (typeof link?.url !== 'string' || !isSafeHref(link.url)) problems.push({ path: `source.links[${i}].url`, message: 'must be an http(s) or mailto URL' });
      });
  }
  if (v.leadMediaId !== null && !isId(v.leadMediaId)) problems.push({ path: 'leadMediaId', message: 'must be a media id or null' });
  return problems;
}

/** Problems with a story's shared fields that need no database. */
export function checkStoryMeta(m: StoryMeta, prefix = 'story'): StoryProblem[] {
  const path = (key: string) => under(prefix, key);
  const problems: StoryProblem[] = [];
  if (!(KINDS as readonly unknown[]).includes(m.kind)) problems.push({ path: path('kind'), message: `must be one of ${KINDS.join(', ')}` });
  if (!isId(m.sectionId)) problems.push({ path: path('sectionId'), message: 'must be a section id' });
  if (m.importance !== 0 && m.importance !== 1 && m.importance !== 2) problems.push({ path: path('importance'), message: 'must be 0, 1 or 2' });
  if (typeof m.hasVideo !== 'boolean') problems.push({ path: path('hasVideo'), message: 'must be true or false' });
  if (typeof m.hasPhotos !== 'boolean') problems.push({ path: path('hasPhotos'), message: 'must be true or false' });
  for (const key of ['tagIds', 'authorIds'] as const) {
    const ids: unknown = m[key];
    if (!Array.isArray(ids)) problems.push({ path: path(key), message: 'must be a list of ids' });
    else {
      ids.forEach((id, i) => {
        if (!isId(id)) problems.push({ path: `${path(key)}[${i}]`, message: 'must be an id' });
        else if (ids.indexOf(id) !== i) problems.push({ path: `${path(key)}[${i}]`, message: 'is listed twice' });
      });
    }
  }
  return problems;
}

/**
 * Checks fields and meta, then that every id they name exists (section, tags, authors, media,
 * related stories). Throws {@link InvalidStory} listing every problem, with paths into the
 * caller's input; run it inside the transaction that writes, so nothing is stored when it throws.
 *
 * @example await assertValidStory(repo, input, input.story, { version: '', meta: 'story' })
 */
export async function assertValidStory(
  repo: EditorialRepository,
  version: VersionFields & { lang: unknown },
  meta: StoryMeta | undefined,
  paths: ProblemPaths,
): Promise<void> {
  const v = (path: string) => under(paths.version, path);
  const m = (path: string) => under(paths.meta, path);
  const problems = [
    ...checkVersionFields(version).map((p) => ({ ...p, path: v(p.path) })),
    ...(meta ? checkStoryMeta(meta, paths.meta) : []),
  ];
  if (problems.length) throw new InvalidStory(problems);
  const unknown = async (table: Parameters<EditorialRepository['missingIds']>[0], ids: readonly number[], path: (i: number) => string) => {
    for (const id of await repo.missingIds(table, ids.filter((id) => id > 0))) problems.push({ path: path(ids.indexOf(id)), message: 'does not exist' });
  };
  if (meta) {
    await unknown('sections', [meta.sectionId], () => m('sectionId'));
    await unknown('tags', meta.tagIds, (i) => m(`tagIds[${i}]`));
    await unknown('authors', meta.authorIds, (i) => m(`authorIds[${i}]`));
  }
  if (version.leadMediaId !== null) await unknown('media', [version.leadMediaId], () => v('leadMediaId'));
  // One entry per block (0 for other types), so a missing id points at the block naming it.
  const images = version.body.map((b) => (b.type === 'image' ? b.mediaId : 0));
  await unknown('media', images, (i) => v(`body[${i}].mediaId`));
  const related = version.body.map((b) => (b.type === 'related' ? b.storyId : 0));
  await unknown('stories', related, (i) => v(`body[${i}].storyId`));
  if (problems.length) throw new InvalidStory(problems);
}

/** True when two metas would store the same rows (byline and tag order count). */
export function sameMeta(a: StoryMeta, b: StoryMeta): boolean {
  return (
    a.kind === b.kind && a.sectionId === b.sectionId && a.importance === b.importance && a.hasVideo === b.hasVideo &&
    a.hasPhotos === b.hasPhotos && a.tagIds.join(',') === b.tagIds.join(',') && a.authorIds.join(',') === b.authorIds.join(',')
  );
}

/**
 * The change events for published versions of a story. When the meta changed, pages of the old
 * section, tags and authors must be purged too: tags and authors are merged into one event and
 * a moved story gets a second event naming its old section.
 */
export function storyEvents(
  type: 'story-published' | 'story-updated' | 'story-unpublished',
  storyId: number,
  langs: Lang[],
  meta: StoryMeta,
  before?: StoryMeta,
): ChangeEvent[] {
  const tagIds = [...new Set([...meta.tagIds, ...(before?.tagIds ?? [])])];
  const authorIds = [...new Set([...meta.authorIds, ...(before?.authorIds ?? [])])];
  const sections = before && before.sectionId !== meta.sectionId ? [meta.sectionId, before.sectionId] : [meta.sectionId];
  return langs.flatMap((lang) => sections.map((sectionId) => ({ type, storyId, lang, sectionId, tagIds, authorIds })));
}

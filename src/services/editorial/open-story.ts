import { can, canEditStory, canPublishStory, type Actor } from '../../domain/access.js';
import { LANGUAGES, type Lang } from '../../domain/locale.js';
import { EditorialRepository, type EditableStory, type EditableVersion } from '../../storage/editorial-repository.js';
import { listForNewsroom, type NewsroomFilter, type NewsroomItem } from '../../storage/newsroom-list.js';
import type { EditorialDeps } from './editorial-deps.js';
import { NotAllowed, StoryNotFound } from './editorial-errors.js';

export interface OpenedStory {
  story: EditableStory;
  versions: Partial<Record<Lang, EditableVersion & { updatedAt: Date | null; updateNote: string | null }>>;
  /** What the member may do with it, so the editor shows only the buttons that work. */
  may: { edit: boolean; publish: boolean };
}

/** Members below editor see, open and find only the stories they started. */
export function seesAll(actor: Actor): boolean {
  return can(actor.role, 'story.edit-any');
}

/**
 * A story with every language version, for the editor.
 *
 * @example const { story, versions } = await openStory(deps, editor, 7); versions.en?.lockVersion
 */
export async function openStory(deps: EditorialDeps, actor: Actor, storyId: number): Promise<OpenedStory> {
  const repo = new EditorialRepository(deps.db);
  const story = await repo.findStory(storyId);
  if (!story) throw new StoryNotFound(storyId);
  if (!seesAll(actor) && story.createdBy !== actor.id) throw new NotAllowed('open this story');
  const versions: OpenedStory['versions'] = {};
  const extras = await deps.db
    .selectFrom('story_versions')
    .select(['lang', 'updated_at', 'update_note'])
    .where('story_id', '=', storyId)
    .execute();
  for (const lang of LANGUAGES) {
    const v = await repo.findVersion(storyId, lang);
    const extra = extras.find((e) => e.lang === lang);
    if (v) versions[lang] = { ...v, updatedAt: extra?.updated_at ? new Date(extra.updated_at) : null, updateNote: extra?.update_note ?? null };
  }
  const anyStatus = Object.values(versions).find((v) => v?.status === 'published')?.status ?? Object.values(versions)[0]?.status ?? null;
  return { story, versions, may: { edit: canEditStory(actor, { createdBy: story.createdBy, status: anyStatus }), publish: canPublishStory(actor, story) } };
}

/** The newsroom's story list; members below editor see their own stories only. */
export async function listNewsroomStories(deps: EditorialDeps, actor: Actor, filter: NewsroomFilter): Promise<NewsroomItem[]> {
  const items = await listForNewsroom(deps.db, seesAll(actor) ? filter : { ...filter, createdBy: actor.id });
  return items;
}

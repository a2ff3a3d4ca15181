import { canEditStory, type Actor } from '../../domain/access.js';
import { EditorialRepository } from '../../storage/editorial-repository.js';
import { storyEvents, type EditorialDeps } from './editorial-deps.js';
import { InvalidStory, NotAllowed, StoryNotFound } from './editorial-errors.js';
import { inWriteTransaction } from './write-transaction.js';

/** A "Background:" list longer than this stops being background. */
export const MAX_BACKGROUND = 10;

/**
 * Sets the earlier stories listed under "Background:" (shared by every language version; each
 * edition shows those published in its language). Checked, written and audited in one
 * transaction; published versions announce `story-updated` after commit.
 *
 * @example await setStoryBackground(deps, editor, 7, [3, 5])
 */
export async function setStoryBackground(deps: EditorialDeps, actor: Actor, storyId: number, targetIds: number[]): Promise<{ storyIds: number[] }> {
  await inWriteTransaction(deps, async ({ trx, afterCommit }) => {
    const repo = new EditorialRepository(trx);
    const story = await repo.findStory(storyId);
    if (!story) throw new StoryNotFound(storyId);
    const statuses = await repo.versionStatuses(storyId);
    if (!statuses.every((v) => canEditStory(actor, { createdBy: story.createdBy, status: v.status }))) throw new NotAllowed('change the background of this story');
    const problems = targetIds.flatMap((id, i) =>
      id === storyId ? [{ path: `storyIds[${i}]`, message: 'is this story itself' }] : targetIds.indexOf(id) !== i ? [{ path: `storyIds[${i}]`, message: 'is listed twice' }] : [],
    );
    if (targetIds.length > MAX_BACKGROUND) problems.push({ path: 'storyIds', message: `must list at most ${MAX_BACKGROUND} stories` });
    for (const id of await repo.missingIds('stories', targetIds)) problems.push({ path: `storyIds[${targetIds.indexOf(id)}]`, message: 'does not exist' });
    if (problems.length) throw new InvalidStory(problems);
    await trx.deleteFrom('story_background').where('story_id', '=', storyId).execute();
    if (targetIds.length) await trx.insertInto('story_background').values(targetIds.map((target_story_id, position) => ({ story_id: storyId, position, target_story_id }))).execute();
    await repo.touchStory(storyId, deps.now());
    await deps.audit.record({ userId: actor.id, action: 'story.background', subject: `story:${storyId}`, details: { storyIds: targetIds }, at: deps.now() }, trx);
    // Background links derive nothing: no listing, sitemap or search document names them.
    afterCommit(...storyEvents('story-updated', storyId, statuses.filter((v) => v.status === 'published').map((v) => v.lang), story.meta));
  });
  return { storyIds: targetIds };
}

/** The background story ids of a story, in order. */
export async function storyBackground(deps: EditorialDeps, storyId: number): Promise<number[]> {
  const rows = await deps.db.selectFrom('story_background').select('target_story_id').where('story_id', '=', storyId).orderBy('position').execute();
  return rows.map((r) => r.target_story_id);
}

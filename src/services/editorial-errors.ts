import type { BlockProblem } from '../domain/blocks.js';
import type { Lang } from '../domain/locale.js';

/**
 * Expected failures of the newsroom's editorial use cases, each with a stable code (listed in
 * docs/errors.md) and the HTTP status the admin API answers with. Services throw them inside a
 * transaction, so a refused request leaves nothing half-written.
 *
 * @example
 * try { await saveVersion(deps, actor, input) }
 * catch (e) { if (e instanceof EditorialError) reply.code(e.statusCode).send({ error: { code: e.code, message: e.message } }) }
 */
export class EditorialError extends Error {
  constructor(
    readonly statusCode: 403 | 404 | 409 | 422,
    readonly code: string,
    message: string,
    options?: ErrorOptions,
  ) {
    super(message, options);
    this.name = new.target.name;
  }
}

/** One thing wrong with a story or version, e.g. `{ path: 'body[3].content[0].href', message: '…' }`. */
export type StoryProblem = BlockProblem;

/** The story, or the language version asked for, does not exist. */
export class StoryNotFound extends EditorialError {
  constructor(storyId: number, lang?: Lang) {
    super(404, 'STORY_NOT_FOUND', lang ? `story ${storyId} has no ${lang} version` : `story ${storyId} does not exist`);
  }
}

/** The actor's role does not allow this action on this story (a role acting above itself). */
export class NotAllowed extends EditorialError {
  constructor(what: string) {
    super(403, 'NOT_PERMITTED', `your role does not allow you to ${what}`);
  }
}

/** Who changed a version last, so the editor can see whose work they would overwrite. */
export interface CurrentVersion {
  lockVersion: number;
  savedBy: { id: number; name: string } | null;
  savedAt: Date | null;
}

/** Someone saved the version after the editor loaded it: reload, merge, save again. */
export class VersionConflict extends EditorialError {
  constructor(readonly current: CurrentVersion) {
    const who = current.savedBy ? ` by ${current.savedBy.name}` : '';
    super(409, 'VERSION_CONFLICT', `the version was changed${who} since you opened it; reload it to see the changes`);
  }
}

/** The story or version breaks the content rules; `problems` says where and what. */
export class InvalidStory extends EditorialError {
  constructor(readonly problems: StoryProblem[]) {
    super(422, 'INVALID_STORY', `the story has ${problems.length} problem(s): ${problems.map((p) => `${p.path} ${p.message}`).join('; ')}`);
  }
}

/** The workflow does not allow this step from the version's current status. */
export class TransitionNotAllowed extends EditorialError {
  constructor(message: string) {
    super(409, 'TRANSITION_NOT_ALLOWED', message);
  }
}

/** A version can only be scheduled for a moment still to come. */
export class ScheduleInPast extends EditorialError {
  constructor(message = 'the scheduled time must be in the future') {
    super(422, 'SCHEDULE_IN_PAST', message);
  }
}

/** No such revision, or not one of the story asked about. */
export class RevisionNotFound extends EditorialError {
  constructor(revisionId: number) {
    super(404, 'REVISION_NOT_FOUND', `revision ${revisionId} does not exist`);
  }
}

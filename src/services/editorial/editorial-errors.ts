import type { BlockProblem } from '../../domain/blocks.js';
import { MastheadError } from '../../domain/errors.js';
import type { Lang } from '../../domain/locale.js';

/** One thing wrong with a story or version, e.g. `{ path: 'body[3].content[0].href', message: '…' }`. */
export type StoryProblem = BlockProblem;

/** The story, or the language version asked for, does not exist. */
export class StoryNotFound extends MastheadError {
  constructor(storyId: number, lang?: Lang) {
    super('STORY_NOT_FOUND', lang ? `story ${storyId} has no ${lang} version` : `story ${storyId} does not exist`);
  }
}

/** The actor's role does not allow this action on this story (a role acting above itself). */
export class NotAllowed extends MastheadError {
  constructor(what: string) {
    super('NOT_PERMITTED', `your role does not allow you to ${what}`);
  }
}

/** Who changed a version last, so the editor can see whose work they would overwrite. */
export interface CurrentVersion {
  lockVersion: number;
  savedBy: { id: number; name: string } | null;
  savedAt: Date | null;
}

/** Someone saved the version after the editor loaded it: reload, merge, save again. */
export class VersionConflict extends MastheadError {
  constructor(readonly current: CurrentVersion) {
    const who = current.savedBy ? ` by ${current.savedBy.name}` : '';
    super('VERSION_CONFLICT', `the version was changed${who} since you opened it; reload it to see the changes`, { details: { current } });
  }
}

/** The story or version breaks the content rules; `problems` says where and what. */
export class InvalidStory extends MastheadError {
  constructor(readonly problems: StoryProblem[]) {
    super('INVALID_STORY', `the story has ${problems.length} problem(s): ${problems.map((p) => `${p.path} ${p.message}`).join('; ')}`, { details: { problems } });
  }
}

/** The workflow does not allow this step from the version's current status. */
export class TransitionNotAllowed extends MastheadError {
  constructor(message: string) {
    super('TRANSITION_NOT_ALLOWED', message);
  }
}

/** A version can only be scheduled for a moment still to come. */
export class ScheduleInPast extends MastheadError {
  constructor(message = 'the scheduled time must be in the future') {
    super('SCHEDULE_IN_PAST', message);
  }
}

/** No such revision, or not one of the story asked about. */
export class RevisionNotFound extends MastheadError {
  constructor(revisionId: number) {
    super('REVISION_NOT_FOUND', `revision ${revisionId} does not exist`);
  }
}

import { canEditStory, canPublishStory, type Actor } from '../../domain/access.js';
import type { Lang } from '../../domain/locale.js';
import type { Status } from '../../domain/story.js';
import { transition, type WorkflowAction } from '../../domain/workflow.js';
import { EditorialRepository, type EditableStory, type EditableVersion } from '../../storage/editorial-repository.js';
import { JobRepository } from '../../storage/job-repository.js';
import { storyEvents, versionSubject, type EditorialDeps } from './editorial-deps.js';
import { NotAllowed, ScheduleInPast, StoryNotFound, TransitionNotAllowed, VersionConflict } from './editorial-errors.js';
import { conflict } from './save-version.js';
import { inWriteTransaction } from './write-transaction.js';

/** The job that publishes a scheduled version; its payload is {@link publishJobPayload}. */
export const PUBLISH_VERSION_JOB = 'publish-version';

/** Built in one place so the payload text of a job can be matched when cancelling it. */
export const publishJobPayload = (storyId: number, lang: Lang) => ({ storyId, lang });

export interface ChangeStatusInput {
  storyId: number;
  lang: Lang;
  action: WorkflowAction;
  /** When to publish, for `schedule`. */
  at?: Date;
  lockVersion: number;
}

export interface StatusChanged {
  status: Status;
  publishedAt: Date | null;
  lockVersion: number;
}

interface Request {
  storyId: number;
  lang: Lang;
  action: WorkflowAction;
  at?: Date;
  userId: number | null;
  auditAction: string;
  /** The lock_version the editor loaded; the job, which acts on what it reads, names none. */
  expectedLock?: number;
  /** Throws to refuse, returns false to skip quietly; runs before anything is written. */
  check(story: EditableStory, version: EditableVersion, now: Date): boolean;
  /** The job publishes at the scheduled time; an editor publishing early publishes now. */
  keepScheduledTime: boolean;
}

/**
 * Moves a language version through the workflow (submit, return, schedule, unschedule, publish,
 * unpublish). Writes the status and publication time, projects its derived rows (listings, sitemap, search),
 * queues or cancels the scheduled-publishing job, audits, and after commit announces
 * `story-published` / `story-unpublished`.
 *
 * @example await changeVersionStatus(deps, editor, { storyId: 7, lang: 'en', action: 'schedule', at: tomorrow, lockVersion: 3 })
 */
export async function changeVersionStatus(deps: EditorialDeps, actor: Actor, input: ChangeStatusInput): Promise<StatusChanged> {
  const publishing = input.action !== 'submit' && input.action !== 'return';
  const result = await apply(deps, {
    ...input,
    userId: actor.id,
    auditAction: `story.${input.action}`,
    keepScheduledTime: false,
    expectedLock: input.lockVersion,
    check(story, version) {
      const allowed = publishing ? canPublishStory(actor, story) : canEditStory(actor, { createdBy: story.createdBy, status: version.status });
      if (!allowed) throw new NotAllowed(`${input.action} this story`);
      return true;
    },
  });
  return result!;
}

/**
 * Publishes a version whose scheduled time has come, as the system (audit user null). Skips it,
 * returning false, when it is no longer scheduled or was moved to a later time.
 *
 * @example if (await publishScheduledVersion(deps, { storyId: 7, lang: 'en' })) console.log('published')
 */
export async function publishScheduledVersion(deps: EditorialDeps, target: { storyId: number; lang: Lang }): Promise<boolean> {
  const request: Request = {
    ...target,
    action: 'publish',
    userId: null,
    auditAction: 'story.publish.scheduled',
    keepScheduledTime: true,
    check: (_story, version, now) => version.status === 'scheduled' && version.publishedAt !== null && version.publishedAt <= now,
  };
  // An editor's save may slip in between reading and writing; read again rather than fail the job.
  for (let attempt = 1; ; attempt++) {
    try {
      return (await apply(deps, request)) !== undefined;
    } catch (e) {
      if (!(e instanceof VersionConflict) || attempt === 3) throw e;
    }
  }
}

async function apply(deps: EditorialDeps, req: Request): Promise<StatusChanged | undefined> {
  const { storyId, lang } = req;
  return inWriteTransaction(deps, async ({ trx, afterCommit, project }) => {
    const repo = new EditorialRepository(trx);
    const now = deps.now();
    const story = await repo.findStory(storyId);
    const version = story && (await repo.findVersion(storyId, lang));
    if (!story || !version) throw new StoryNotFound(storyId, lang);
    if (!req.check(story, version, now)) return undefined;
    if (req.expectedLock !== undefined && req.expectedLock !== version.lockVersion) throw await conflict(repo, storyId, lang);

    // A scheduled version's published_at is its planned time, not a past publication: publishing
    // it early or taking it down must not carry that future time along.
    const previous = version.status === 'scheduled' && !req.keepScheduledTime ? null : version.publishedAt;
    const next = transition(version.status, req.action, { now, at: req.at, previouslyPublishedAt: previous });
    if (!next.ok) throw next.code === 'SCHEDULE_IN_PAST' ? new ScheduleInPast(next.message) : new TransitionNotAllowed(next.message);
    if (!(await repo.updateVersion(storyId, lang, version.lockVersion, { status: next.status, publishedAt: next.publishedAt }, now)))
      throw await conflict(repo, storyId, lang);
    await project({ storyIds: [storyId], langs: [lang], changedAt: now });

    const jobs = new JobRepository(trx);
    if (version.status === 'scheduled') await jobs.cancel(PUBLISH_VERSION_JOB, publishJobPayload(storyId, lang), now, trx);
    if (next.status === 'scheduled') {
      await jobs.enqueue({ kind: PUBLISH_VERSION_JOB, payload: publishJobPayload(storyId, lang), runAt: next.publishedAt! }, trx);
    }
    const lockVersion = version.lockVersion + 1;
    await deps.audit.record(
      {
        userId: req.userId,
        action: req.auditAction,
        subject: versionSubject(storyId, lang),
        details: { from: version.status, to: next.status, publishedAt: next.publishedAt?.toISOString() ?? null, lockVersion },
        at: now,
      },
      trx,
    );
    if (next.status === 'published') afterCommit(...storyEvents('story-published', storyId, [lang], story.meta));
    // Only what readers could see needs purging: taking down a scheduled version changes no page.
    if (version.status === 'published') afterCommit(...storyEvents('story-unpublished', storyId, [lang], story.meta));
    return { status: next.status, publishedAt: next.publishedAt, lockVersion };
  });
}

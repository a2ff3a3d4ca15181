import { isLang } from '../domain/locale.js';
import { PUBLISH_VERSION_JOB, publishScheduledVersion } from '../services/editorial/change-version-status.js';
import type { EditorialDeps } from '../services/editorial/editorial-deps.js';
import { StoryNotFound } from '../services/editorial/editorial-errors.js';
import { JobRepository, type Job } from '../storage/job-repository.js';

/** What one poll did: jobs finished (published or skipped) and jobs that failed and will retry. */
export interface JobRunSummary {
  done: number;
  failed: number;
}

export interface SchedulerOptions {
  /** Time between polls (ms). A version goes live at most this long after its time, plus the work. */
  intervalMs?: number;
  /** Told when a poll itself fails (database unreachable, say); polling carries on. */
  onError?: (error: unknown) => void;
  /** Handlers for other job kinds (AVIF variants, say), beside scheduled publishing. */
  handlers?: Record<string, JobHandler>;
}

/** Runs one job; throwing records a failure and the job is retried later. */
export type JobHandler = (deps: EditorialDeps, job: Job) => Promise<void>;

const HANDLERS: Record<string, JobHandler> = {
  // Idempotent, as the queue requires: a version no longer scheduled is left alone.
  [PUBLISH_VERSION_JOB]: async (deps, job) => {
    const { storyId, lang } = (job.payload ?? {}) as { storyId?: unknown; lang?: unknown };
    if (!Number.isSafeInteger(storyId) || !isLang(lang)) throw new Error(`bad payload ${JSON.stringify(job.payload)}`);
    try {
      await publishScheduledVersion(deps, { storyId: storyId as number, lang });
    } catch (error) {
      // A story deleted since it was scheduled: there is nothing left to publish, so no retry.
      if (!(error instanceof StoryNotFound)) throw error;
    }
  },
};

/**
 * Runs the jobs that are due now, once: claims them (safe with several processes polling), runs
 * each, marks it done or records the failure for a later retry. The poller calls it on a timer;
 * tests call it directly with a fixed clock.
 *
 * @example const { done } = await runDueJobs(deps)
 */
export async function runDueJobs(deps: EditorialDeps, extra: Record<string, JobHandler> = {}): Promise<JobRunSummary> {
  const jobs = new JobRepository(deps.db);
  const summary: JobRunSummary = { done: 0, failed: 0 };
  for (const job of await jobs.claimDue(deps.now())) {
    try {
      const handler = extra[job.kind] ?? HANDLERS[job.kind];
      if (!handler) throw new Error(`no handler for job kind "${job.kind}"`);
      await handler(deps, job);
      await jobs.markDone(job.id, deps.now());
      summary.done++;
    } catch (error) {
      await jobs.recordFailure(job, error instanceof Error ? `${error.name}: ${error.message}` : String(error), deps.now());
      summary.failed++;
    }
  }
  return summary;
}

/**
 * Polls the job queue every `intervalMs` (2 s by default) in this process. The first poll runs
 * at once, so versions whose time passed while the server was down go live on start-up. Jobs
 * live in the database: a restart loses none. `stop()` waits for a poll in progress.
 *
 * @example
 * const scheduler = startScheduledPublishing(deps);
 * process.on('SIGTERM', () => scheduler.stop());
 */
export function startScheduledPublishing(deps: EditorialDeps, options: SchedulerOptions = {}): { stop(): Promise<void> } {
  const intervalMs = options.intervalMs ?? 2000;
  const onError = options.onError ?? ((error: unknown) => console.error('scheduled publishing: poll failed', error));
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> = Promise.resolve();

  const poll = () => {
    running = runDueJobs(deps, options.handlers)
      .then(
        () => undefined,
        (error: unknown) => onError(error),
      )
      .finally(() => {
        if (!stopped) timer = setTimeout(poll, intervalMs);
      });
  };
  timer = setTimeout(poll, 0);

  return {
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await running;
    },
  };
}

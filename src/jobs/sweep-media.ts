import type { ChangeEvents } from '../services/events/change-events.js';
import { JobRepository, type Job } from '../storage/job-repository.js';
import { sweepMediaFolder, type SweepResult } from '../storage/media-files.js';
import type { MediaRepository } from '../storage/media-repository.js';
import type { Database } from '../storage/schema.js';
import type { Kysely } from 'kysely';

/** The job kind of the media sweep; it runs at start-up and then every hour. */
export const SWEEP_MEDIA_JOB = 'media-sweep';

/** Time between sweeps (ms). */
const EVERY_MS = 60 * 60 * 1000;
/**
 * Files written less than this long ago are left alone (ms): the largest upload takes well under a
 * minute from its first file to its rename, in whichever process it runs.
 */
export const LEFTOVER_AFTER_MS = 15 * 60 * 1000;
/** Uploads live here; the demo seed's pictures (`demo/`) and files put in by hand are not swept. */
const SWEPT_FOLDER = 'uploads';

export interface SweepOptions {
  /** Age after which an unnamed or unreferenced file is a leftover (ms). */
  leftoverAfterMs?: number;
  /** Told what each sweep removed and finished. */
  onSweep?: (result: SweepResult) => void;
}

/**
 * Tidies the uploads folder after processes that died mid-upload or mid-AVIF: finishes the
 * renames of photos whose row was stored, removes temporary files of uploads that never were, and
 * removes files that no media row names (the newsroom has no photo delete yet: a row removed by
 * hand loses its files here). Schedules the next sweep first, so a failing sweep keeps its
 * successor.
 *
 * @example handlers[SWEEP_MEDIA_JOB] = sweepMediaHandler(config.mediaDir, repos.media)
 */
export function sweepMediaHandler(mediaDir: string, media: MediaRepository, options: SweepOptions = {}) {
  return async (deps: { db: Kysely<Database>; events: ChangeEvents; now: () => Date }, _job: Job): Promise<void> => {
    const now = deps.now();
    // One job per hour slot, whichever process adds it: the payload names the slot.
    const slot = Math.floor(now.getTime() / EVERY_MS) + 1;
    await new JobRepository(deps.db).enqueueUnlessPending({ kind: SWEEP_MEDIA_JOB, payload: { slot }, runAt: new Date(slot * EVERY_MS) });
    const olderThan = new Date(now.getTime() - (options.leftoverAfterMs ?? LEFTOVER_AFTER_MS));
    const result = await sweepMediaFolder(mediaDir, SWEPT_FOLDER, (folder) => media.pathsUnder(folder), olderThan);
    options.onSweep?.(result);
  };
}

/**
 * Asks for a sweep now, at start-up (once, however many processes start together): leftovers of
 * a crash go without waiting for the hour.
 *
 * @example await scheduleMediaSweep(database.db, new Date())
 */
export async function scheduleMediaSweep(db: Kysely<Database>, now: Date): Promise<void> {
  await new JobRepository(db).enqueueUnlessPending({ kind: SWEEP_MEDIA_JOB, payload: { start: true }, runAt: now });
}

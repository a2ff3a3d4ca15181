import { sql, type Kysely } from 'kysely';
import { isPostgres, toDate } from './dialect.js';
import type { Database } from './schema.js';

/** A unit of background work, e.g. `{ kind: 'publish-version', payload: { storyId, lang } }`. */
export interface Job {
  id: number;
  kind: string;
  payload: unknown;
  runAt: Date;
  attempts: number;
}

export interface ClaimOptions {
  /** At most this many jobs per claim. */
  limit?: number;
  /** How long a claimed job is hidden from other pollers (ms): if its runner dies, it runs again after. */
  leaseMs?: number;
}

/** After this many failed attempts a job is given up (done, with its last error kept). */
export const MAX_ATTEMPTS = 10;
const DEFAULT_LEASE_MS = 60_000;
/** First retry after 2 s, doubling up to an hour. */
const retryDelayMs = (attempts: number) => Math.min(2_000 * 2 ** Math.max(0, attempts - 1), 3_600_000);

/**
 * A durable job queue in the `jobs` table, shared by every process. A job is claimed with a lease:
 * claiming moves its `run_at` past now, so other pollers skip it; a runner that dies leaves the
 * job to be claimed again when the lease ends. Handlers must therefore be idempotent.
 */
export class JobRepository {
  constructor(private readonly db: Kysely<Database>) {}

  /**
   * Adds a job; pass the caller's transaction as `db` so the job commits with the change that needs it.
   *
   * @example await jobs.enqueue({ kind: 'publish-version', payload: { storyId: 7, lang: 'en' }, runAt }, trx)
   */
  async enqueue(job: { kind: string; payload: unknown; runAt: Date }, db: Kysely<Database> = this.db): Promise<number> {
    const { id } = await db
      .insertInto('jobs')
      .values({ kind: job.kind, payload: JSON.stringify(job.payload), run_at: job.runAt.toISOString(), done_at: null, last_error: null })
      .returning('id')
      .executeTakeFirstOrThrow();
    return id;
  }

  /**
   * Adds a job unless one of the same kind and payload is waiting already: for recurring work
   * that every process schedules (one statement, so two SQLite processes cannot both add it; two
   * PostgreSQL transactions at the same instant may, which an idempotent job tolerates).
   * Returns whether it was added.
   *
   * @example await jobs.enqueueUnlessPending({ kind: 'media-sweep', payload: { start: true }, runAt: now })
   */
  async enqueueUnlessPending(job: { kind: string; payload: unknown; runAt: Date }): Promise<boolean> {
    const payload = JSON.stringify(job.payload);
    const iso = job.runAt.toISOString();
    const runAt = isPostgres(this.db) ? sql`cast(${iso} as timestamptz)` : sql`${iso}`;
    const result = await sql`
      insert into jobs (kind, payload, run_at)
      select ${job.kind}, ${payload}, ${runAt}
      where not exists (select 1 from jobs where kind = ${job.kind} and payload = ${payload} and done_at is null)`.execute(this.db);
    return Number(result.numAffectedRows ?? 0) > 0;
  }

  /** Marks pending jobs with this kind and payload done without running them. Returns how many. */
  async cancel(kind: string, payload: unknown, now: Date, db: Kysely<Database> = this.db): Promise<number> {
    const result = await db
      .updateTable('jobs')
      .set({ done_at: now.toISOString(), last_error: 'cancelled' })
      .where('kind', '=', kind)
      .where('payload', '=', JSON.stringify(payload))
      .where('done_at', 'is', null)
      .executeTakeFirst();
    return Number(result.numUpdatedRows);
  }

  /**
   * Takes due jobs (run_at <= now, not done) for this runner and counts the attempt.
   *
   * @example for (const job of await jobs.claimDue(now)) { … await jobs.markDone(job.id, now) }
   */
  async claimDue(now: Date, options: ClaimOptions = {}): Promise<Job[]> {
    const limit = options.limit ?? 20;
    const leaseUntil = new Date(now.getTime() + (options.leaseMs ?? DEFAULT_LEASE_MS)).toISOString();
    const due = (db: Kysely<Database>) =>
      db.selectFrom('jobs').selectAll().where('done_at', 'is', null).where('run_at', '<=', now.toISOString()).orderBy('run_at').orderBy('id').limit(limit);

    if (isPostgres(this.db)) {
      // Rows another poller is claiming right now are skipped rather than waited for.
      return this.db.transaction().execute(async (trx) => {
        const rows = await due(trx).forUpdate().skipLocked().execute();
        if (rows.length === 0) return [];
        await trx
          .updateTable('jobs')
          .set((eb) => ({ run_at: leaseUntil, attempts: eb('attempts', '+', 1) }))
          .where('id', 'in', rows.map((r) => r.id))
          .execute();
        return rows.map((r) => toJob(r, r.attempts + 1));
      });
    }
    // SQLite serializes writers: a conditional UPDATE per job is the claim, and only one
    // process's UPDATE can match a row still due.
    const claimed: Job[] = [];
    for (const row of await due(this.db).execute()) {
      const result = await this.db
        .updateTable('jobs')
        .set((eb) => ({ run_at: leaseUntil, attempts: eb('attempts', '+', 1) }))
        .where('id', '=', row.id)
        .where('done_at', 'is', null)
        .where('run_at', '<=', now.toISOString())
        .executeTakeFirst();
      if (Number(result.numUpdatedRows) === 1) claimed.push(toJob(row, row.attempts + 1));
    }
    return claimed;
  }

  async markDone(id: number, now: Date): Promise<void> {
    await this.db.updateTable('jobs').set({ done_at: now.toISOString(), last_error: null }).where('id', '=', id).execute();
  }

  /** Keeps the error and retries later with a growing delay; gives up after {@link MAX_ATTEMPTS}. */
  async recordFailure(job: Pick<Job, 'id' | 'attempts'>, error: string, now: Date): Promise<void> {
    const giveUp = job.attempts >= MAX_ATTEMPTS;
    await this.db
      .updateTable('jobs')
      .set({
        last_error: error.slice(0, 2000),
        run_at: new Date(now.getTime() + retryDelayMs(job.attempts)).toISOString(),
        done_at: giveUp ? now.toISOString() : null,
      })
      .where('id', '=', job.id)
      .execute();
  }

  /** Jobs not done yet, soonest first (admin views and tests). */
  async pending(kind?: string): Promise<Job[]> {
    let q = this.db.selectFrom('jobs').selectAll().where('done_at', 'is', null).orderBy('run_at').orderBy('id');
    if (kind !== undefined) q = q.where('kind', '=', kind);
    return (await q.execute()).map((r) => toJob(r, r.attempts));
  }
}

function toJob(row: { id: number; kind: string; payload: string; run_at: Date | string }, attempts: number): Job {
  return { id: row.id, kind: row.kind, payload: JSON.parse(row.payload) as unknown, runAt: toDate(row.run_at), attempts };
}

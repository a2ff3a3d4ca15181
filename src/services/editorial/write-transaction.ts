import type { Kysely } from 'kysely';
import { StoryProjection, type ProjectionScope } from '../../storage/projection.js';
import type { Database } from '../../storage/schema.js';
import type { ChangeEvent, ChangeEvents } from '../events/change-events.js';

/** What a writing use case needs to open its transaction and announce its changes. */
export interface WriteDeps {
  db: Kysely<Database>;
  events: ChangeEvents;
}

/** The transaction a use case writes in, with the two things every content write does in it. */
export interface WriteScope {
  trx: Kysely<Database>;
  /** Queues events to emit once the transaction has committed; a rollback drops them. */
  afterCommit(...events: ChangeEvent[]): void;
  /** Brings the derived tables of stories in step with what this transaction wrote. */
  project(scope: ProjectionScope): Promise<void>;
}

/**
 * Runs a use case in one transaction: its change, its derived rows and its audit entry commit
 * together or not at all (docs/decisions/0018). Events queued with `afterCommit` leave after the
 * commit, so no cache drops a page for a change that was rolled back, and none renders the old
 * page again from a read that ran before the commit.
 *
 * @example
 * await inWriteTransaction(deps, async ({ trx, afterCommit }) => {
 *   await new SettingsRepository(trx).save(settings);
 *   await deps.audit.record({ userId, action: 'settings.save', subject: 'settings:site', at: now }, trx);
 *   afterCommit({ type: 'settings-changed' });
 * });
 */
export async function inWriteTransaction<T>(deps: WriteDeps, work: (scope: WriteScope) => Promise<T>): Promise<T> {
  const pending: ChangeEvent[] = [];
  const result = await deps.db.transaction().execute((trx) => {
    const projection = new StoryProjection(trx);
    return work({ trx, afterCommit: (...events) => pending.push(...events), project: (scope) => projection.project(scope) });
  });
  for (const event of pending) deps.events.emit(event);
  return result;
}

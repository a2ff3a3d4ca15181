import type { Kysely } from 'kysely';
import { toDate } from './dialect.js';
import type { Database } from './schema.js';

export interface AuditEntry {
  id: number;
  at: Date;
  userId: number | null;
  userName: string | null;
  action: string;
  subject: string;
  details: Record<string, unknown>;
}

export interface AuditInput {
  userId: number | null;
  /** e.g. `sign-in`, `story.publish`, `settings.save` */
  action: string;
  /** e.g. `story:123/en`, `user:7` */
  subject: string;
  details?: Record<string, unknown>;
  at: Date;
}

/**
 * Who did what, when: every sign-in and every content and settings change. Writers pass the
 * transaction they change things in, so the record and the change commit together.
 */
export class AuditRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async record(entry: AuditInput, db: Kysely<Database> = this.db): Promise<void> {
    await db
      .insertInto('audit_log')
      .values({
        at: entry.at.toISOString(),
        user_id: entry.userId,
        action: entry.action,
        subject: entry.subject,
        details: JSON.stringify(entry.details ?? {}),
      })
      .execute();
  }

  /** Newest first, `limit` at most; `before` pages back by id. */
  async list(options: { limit: number; beforeId?: number; action?: string; userId?: number }): Promise<AuditEntry[]> {
    let q = this.db
      .selectFrom('audit_log as a')
      .leftJoin('users as u', 'u.id', 'a.user_id')
      .select(['a.id', 'a.at', 'a.user_id', 'u.name', 'a.action', 'a.subject', 'a.details'])
      .orderBy('a.id', 'desc')
      .limit(options.limit);
    if (options.beforeId !== undefined) q = q.where('a.id', '<', options.beforeId);
    if (options.action !== undefined) q = q.where('a.action', '=', options.action);
    if (options.userId !== undefined) q = q.where('a.user_id', '=', options.userId);
    const rows = await q.execute();
    return rows.map((r) => ({
      id: r.id,
      at: toDate(r.at),
      userId: r.user_id,
      userName: r.name,
      action: r.action,
      subject: r.subject,
      details: JSON.parse(r.details) as Record<string, unknown>,
    }));
  }
}

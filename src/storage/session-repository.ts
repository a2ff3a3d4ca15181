import type { Kysely } from 'kysely';
import { toDate } from './dialect.js';
import type { Database } from './schema.js';

export interface StoredSession {
  tokenHash: string;
  userId: number;
  csrfToken: string;
  createdAt: Date;
  expiresAt: Date;
}

/** Server-side sessions, in the database so that every process sees the same ones. */
export class SessionRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async create(s: StoredSession & { userAgent: string }): Promise<void> {
    await this.db
      .insertInto('sessions')
      .values({
        token_hash: s.tokenHash, user_id: s.userId, csrf_token: s.csrfToken,
        created_at: s.createdAt.toISOString(), expires_at: s.expiresAt.toISOString(), user_agent: s.userAgent.slice(0, 300),
      })
      .execute();
  }

  /** A session that has not expired, or undefined. */
  async findValid(tokenHash: string, now: Date): Promise<StoredSession | undefined> {
    const row = await this.db
      .selectFrom('sessions')
      .select(['token_hash', 'user_id', 'csrf_token', 'created_at', 'expires_at'])
      .where('token_hash', '=', tokenHash)
      .where('expires_at', '>', now.toISOString())
      .executeTakeFirst();
    return row && {
      tokenHash: row.token_hash, userId: row.user_id, csrfToken: row.csrf_token,
      createdAt: toDate(row.created_at), expiresAt: toDate(row.expires_at),
    };
  }

  async delete(tokenHash: string): Promise<void> {
    await this.db.deleteFrom('sessions').where('token_hash', '=', tokenHash).execute();
  }

  /** Signs a user out everywhere. Returns how many sessions ended. */
  async deleteAllFor(userId: number): Promise<number> {
    const res = await this.db.deleteFrom('sessions').where('user_id', '=', userId).executeTakeFirst();
    return Number(res.numDeletedRows);
  }

  async deleteExpired(now: Date): Promise<void> {
    await this.db.deleteFrom('sessions').where('expires_at', '<=', now.toISOString()).execute();
  }
}

import type { Kysely } from 'kysely';
import { toDate, toDateOrNull } from './dialect.js';
import type { Database } from './schema.js';

export type { ApiKey } from '../domain/api-key.js';
import type { ApiKey } from '../domain/api-key.js';

const COLUMNS = ['id', 'name', 'key_prefix', 'created_by', 'created_at', 'revoked_at', 'last_used_at', 'requests_per_minute'] as const;

type ApiKeyRow = {
  id: number; name: string; key_prefix: string; created_by: number | null; created_at: Date | string;
  revoked_at: Date | string | null; last_used_at: Date | string | null; requests_per_minute: number;
};

function rowToKey(r: ApiKeyRow): ApiKey {
  return {
    id: r.id, name: r.name, prefix: r.key_prefix, createdBy: r.created_by, createdAt: toDate(r.created_at),
    revokedAt: toDateOrNull(r.revoked_at), lastUsedAt: toDateOrNull(r.last_used_at), requestsPerMinute: r.requests_per_minute,
  };
}

export class ApiKeyRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async create(input: { name: string; prefix: string; hash: string; createdBy: number | null; requestsPerMinute: number; now: Date }, db: Kysely<Database> = this.db): Promise<ApiKey> {
    const row = await db
      .insertInto('api_keys')
      .values({
        name: input.name, key_prefix: input.prefix, key_hash: input.hash, created_by: input.createdBy,
        created_at: input.now.toISOString(), revoked_at: null, last_used_at: null, requests_per_minute: input.requestsPerMinute,
      })
      .returning(COLUMNS)
      .executeTakeFirstOrThrow();
    return rowToKey(row);
  }

  /** Every key, revoked ones included, newest first. */
  async list(): Promise<ApiKey[]> {
    const rows = await this.db.selectFrom('api_keys').select(COLUMNS).orderBy('id', 'desc').execute();
    return rows.map(rowToKey);
  }

  async find(id: number, db: Kysely<Database> = this.db): Promise<ApiKey | undefined> {
    const row = await db.selectFrom('api_keys').select(COLUMNS).where('id', '=', id).executeTakeFirst();
    return row && rowToKey(row);
  }

  /** The key whose secret has this SHA-256 (hex), revoked or not: one unique-index read. */
  async findByHash(hash: string): Promise<ApiKey | undefined> {
    const row = await this.db.selectFrom('api_keys').select(COLUMNS).where('key_hash', '=', hash).executeTakeFirst();
    return row && rowToKey(row);
  }

  /** Marks a key revoked (once: a second revocation keeps the first moment). False for an unknown id. */
  async revoke(id: number, now: Date, db: Kysely<Database> = this.db): Promise<boolean> {
    const found = await db.selectFrom('api_keys').select('id').where('id', '=', id).executeTakeFirst();
    if (!found) return false;
    await db.updateTable('api_keys').set({ revoked_at: now.toISOString() }).where('id', '=', id).where('revoked_at', 'is', null).execute();
    return true;
  }

  async touch(id: number, now: Date): Promise<void> {
    await this.db.updateTable('api_keys').set({ last_used_at: now.toISOString() }).where('id', '=', id).execute();
  }
}

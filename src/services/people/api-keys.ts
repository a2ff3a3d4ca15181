import { createHash, randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import { cleanLine } from '../../domain/text.js';
import type { ApiKey, ApiKeyRepository } from '../../storage/api-key-repository.js';
import type { AuditRepository } from '../../storage/audit-repository.js';
import type { Database } from '../../storage/schema.js';
import { MastheadError } from '../../domain/errors.js';

/** Requests per minute a new key may make unless its creator says otherwise. */
export const DEFAULT_REQUESTS_PER_MINUTE = 600;
export const MAX_REQUESTS_PER_MINUTE = 100_000;

/**
 * How long a process trusts a key it has looked up (milliseconds). Revoking through the admin API
 * or this process takes effect at once (the entry is dropped); a revocation made elsewhere (the
 * command line, another process) within this time.
 */
export const KEY_CACHE_MS = 10_000;
/** `last_used_at` is written at most this often per key and process, not on every request. */
const TOUCH_EVERY_MS = 60_000;
const CACHE_LIMIT = 10_000;

/** `mh_` and 32 random bytes in base64url: 46 characters. */
const SECRET_PATTERN = /^mh_[A-Za-z0-9_-]{43}$/;
const PREFIX_LENGTH = 10;

export class ApiKeyNotFound extends MastheadError {
  constructor(id: number) {
    super('API_KEY_NOT_FOUND', `no API key with id ${id}`);
  }
}

export interface ApiKeyDeps {
  db: Kysely<Database>;
  keys: ApiKeyRepository;
  audit: AuditRepository;
  now: () => Date;
}

export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}

/**
 * Keys for the public read API: issued by admins (admin API or command line), shown once,
 * stored as a SHA-256 hash, revoked but never deleted.
 *
 * @example const { key, secret } = await apiKeys.create(adminId, { name: 'Partner app' });
 */
export class ApiKeys {
  /** Looked-up keys by secret hash, with the monotonic time they stop being trusted. */
  private readonly cache = new Map<string, { key: ApiKey; until: number }>();
  private readonly touched = new Map<number, number>();

  constructor(private readonly deps: ApiKeyDeps) {}

  async create(actorId: number | null, input: { name: string; requestsPerMinute?: number }): Promise<{ key: ApiKey; secret: string }> {
    const secret = `mh_${randomBytes(32).toString('base64url')}`;
    const now = this.deps.now();
    const key = await this.deps.db.transaction().execute(async (trx) => {
      const created = await this.deps.keys.create(
        { name: cleanLine(input.name).trim(), prefix: secret.slice(0, PREFIX_LENGTH), hash: hashSecret(secret), createdBy: actorId, requestsPerMinute: input.requestsPerMinute ?? DEFAULT_REQUESTS_PER_MINUTE, now },
        trx,
      );
      await this.deps.audit.record({ userId: actorId, action: 'api-key.create', subject: `api-key:${created.id}`, details: { name: created.name, requestsPerMinute: created.requestsPerMinute }, at: now }, trx);
      return created;
    });
    return { key, secret };
  }

  list(): Promise<ApiKey[]> {
    return this.deps.keys.list();
  }

  /** Revokes a key; this process stops accepting it at once. Revoking a revoked key changes nothing. */
  async revoke(actorId: number | null, id: number): Promise<ApiKey> {
    const now = this.deps.now();
    const key = await this.deps.db.transaction().execute(async (trx) => {
      const before = await this.deps.keys.find(id, trx);
      if (!before) throw new ApiKeyNotFound(id);
      if (before.revokedAt) return before;
      await this.deps.keys.revoke(id, now, trx);
      await this.deps.audit.record({ userId: actorId, action: 'api-key.revoke', subject: `api-key:${id}`, details: { name: before.name }, at: now }, trx);
      return { ...before, revokedAt: now };
    });
    for (const [hash, entry] of this.cache) if (entry.key.id === id) this.cache.delete(hash);
    return key;
  }

  /**
   * The active key with this secret, or undefined (malformed, unknown or revoked). One
   * unique-index read, then trusted for {@link KEY_CACHE_MS}. Unknown secrets are not
   * remembered, so a key created elsewhere works at once.
   */
  async authenticate(secret: string): Promise<ApiKey | undefined> {
    if (!SECRET_PATTERN.test(secret)) return undefined;
    const hash = hashSecret(secret);
    const clock = performance.now();
    const cached = this.cache.get(hash);
    let key = cached && cached.until > clock ? cached.key : undefined;
    if (!key) {
      key = await this.deps.keys.findByHash(hash);
      if (!key) return undefined;
      if (this.cache.size >= CACHE_LIMIT) this.cache.clear();
      this.cache.set(hash, { key, until: clock + KEY_CACHE_MS });
    }
    if (key.revokedAt) return undefined;
    const last = this.touched.get(key.id);
    if (last === undefined || clock - last >= TOUCH_EVERY_MS) {
      this.touched.set(key.id, clock);
      await this.deps.keys.touch(key.id, this.deps.now());
    }
    return key;
  }
}

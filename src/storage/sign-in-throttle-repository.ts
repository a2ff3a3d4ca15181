import { sql, type Kysely, type RawBuilder } from 'kysely';
import { delaySteps, FORGET_AFTER_MS, KNOWN_PAIR_MS, THROTTLE_RULES, type ThrottleScope } from '../domain/sign-in-throttle.js';
import { isPostgres, toDate, toDateOrNull } from './dialect.js';
import type { Database } from './schema.js';

/** One throttle row's key. */
interface ThrottleKey {
  scope: ThrottleScope;
  email: string;
  ip: string;
}

/** What a sign-in attempt holds once it is let through: the throttles it counts on. */
export interface SignInReservation {
  keys: ThrottleKey[];
}

export type ReserveResult = { reserved: SignInReservation } | { blockedUntil: Date };

/** Thrown inside the reservation's transaction to roll back the throttles already counted. */
class Blocked extends Error {}

/**
 * The sign-in throttles (docs/decisions/0019). An attempt is counted as a failure before its
 * password is checked, in one atomic upsert per throttle, so that of many concurrent guesses
 * only as many as the throttle allows are let through; a successful one gives its count back.
 */
export class SignInThrottleRepository {
  constructor(private readonly db: Kysely<Database>) {}

  /**
   * Counts an attempt on the pair, address and (unless the pair signed in lately) account
   * throttles, or, when one of them is waiting, counts nothing and says until when.
   * `email` is normalized by the caller.
   */
  async reserve(email: string, ip: string, now: Date): Promise<ReserveResult> {
    const pair: ThrottleKey = { scope: 'pair', email, ip };
    const address: ThrottleKey = { scope: 'address', email: '', ip };
    const account: ThrottleKey = { scope: 'account', email, ip: '' };
    try {
      // One transaction, so a refusal by a later throttle takes back the earlier counts. Rows are
      // always taken in the order pair, account, address, so two attempts never wait on each other
      // in a circle on PostgreSQL.
      const keys = await this.db.transaction().execute(async (trx) => {
        const counted = await countFailure(trx, pair, now);
        if (!counted) throw new Blocked();
        const known = counted.lastSuccessAt !== null && now.getTime() - counted.lastSuccessAt.getTime() < KNOWN_PAIR_MS;
        if (!known && !(await countFailure(trx, account, now))) throw new Blocked();
        if (!(await countFailure(trx, address, now))) throw new Blocked();
        return known ? [pair, address] : [pair, account, address];
      });
      return { reserved: { keys } };
    } catch (error) {
      if (!(error instanceof Blocked)) throw error;
      return { blockedUntil: await this.blockedUntil([pair, address, account], now) };
    }
  }

  /** A successful sign-in: the pair starts afresh and is known; the others get their count back. */
  async release(reservation: SignInReservation, now: Date): Promise<void> {
    for (const key of reservation.keys) {
      const row = this.db.updateTable('sign_in_throttles').where('scope', '=', key.scope).where('email', '=', key.email).where('ip', '=', key.ip);
      if (key.scope === 'pair') await row.set({ failures: 0, blocked_until: null, last_success_at: now.toISOString() }).execute();
      else await row.set({ failures: sql`case when failures > 0 then failures - 1 else 0 end` }).execute();
    }
  }

  /** Clears every throttle of an account (its pairs and the account-wide one); returns how many. */
  async unlockAccount(email: string): Promise<number> {
    const res = await this.db.deleteFrom('sign_in_throttles').where('email', '=', email).where('scope', 'in', ['pair', 'account']).executeTakeFirst();
    return Number(res.numDeletedRows);
  }

  /** The latest moment any of the keys waits until (a refused attempt's real wait). */
  private async blockedUntil(keys: ThrottleKey[], now: Date): Promise<Date> {
    const rows = await this.db
      .selectFrom('sign_in_throttles')
      .select(['scope', 'email', 'ip', 'blocked_until'])
      .where((eb) => eb.or(keys.map((k) => eb.and([eb('scope', '=', k.scope), eb('email', '=', k.email), eb('ip', '=', k.ip)]))))
      .execute();
    const waits = rows.map((r) => toDateOrNull(r.blocked_until)?.getTime() ?? 0);
    // A throttle that opened again between the refusal and this read still refused this attempt.
    return new Date(Math.max(now.getTime() + 1000, ...waits));
  }
}

/**
 * Counts one failure on a throttle and sets the wait that failure earns, in one statement,
 * unless the throttle is waiting now: then nothing changes and the answer is undefined.
 */
async function countFailure(db: Kysely<Database>, key: ThrottleKey, now: Date): Promise<{ failures: number; lastSuccessAt: Date | null } | undefined> {
  const rule = THROTTLE_RULES[key.scope];
  const moment = (d: Date | null): RawBuilder<unknown> => (d === null ? sql`null` : isPostgres(db) ? sql`cast(${d.toISOString()} as timestamptz)` : sql`${d.toISOString()}`);
  const at = moment(now);
  // The count this failure makes: a throttle quiet for a day starts again from one.
  const next = sql`case when sign_in_throttles.last_failure_at < ${moment(new Date(now.getTime() - FORGET_AFTER_MS))} then 1 else sign_in_throttles.failures + 1 end`;
  const steps = delaySteps(rule);
  const waitAfter = sql`case ${sql.join(
    steps.map((s) => sql`when ${next} >= ${s.from} then ${moment(new Date(now.getTime() + s.delayMs))}`),
    sql` `,
  )} else null end`;
  const first = steps.find((s) => 1 >= s.from);
  const row = await sql<{ failures: number; last_success_at: Date | string | null }>`
    insert into sign_in_throttles (scope, email, ip, failures, blocked_until, last_failure_at, last_success_at)
    values (${key.scope}, ${key.email}, ${key.ip}, 1, ${moment(first ? new Date(now.getTime() + first.delayMs) : null)}, ${at}, null)
    on conflict (scope, email, ip) do update set
      failures = ${next},
      blocked_until = ${waitAfter},
      last_failure_at = ${at}
    where sign_in_throttles.blocked_until is null or sign_in_throttles.blocked_until <= ${at}
    returning failures, last_success_at`.execute(db);
  const r = row.rows[0];
  return r && { failures: Number(r.failures), lastSuccessAt: toDateOrNull(r.last_success_at) };
}

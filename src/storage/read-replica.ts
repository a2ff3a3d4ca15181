import type pg from 'pg';

/**
 * Reader traffic on a PostgreSQL streaming replica (`DATABASE_READ_URL`), without ever showing,
 * or caching, a page older than a change readers were told of (docs/decisions/0014-read-replica.md).
 *
 * Reads go to the replica while it has replayed everything the primary had written when the last
 * change event arrived. A change event (from this process or another) sends reads to the primary
 * at once; the primary's current WAL position is then read, and the replica's replay position
 * polled, until the replica has it. Between changes nothing is polled. A replica that cannot be
 * reached sends reads to the primary until it answers again.
 */

/** A WAL position ("16/B374D848") as a number that compares. */
export function parseLsn(text: string): bigint {
  const match = /^([0-9A-Fa-f]{1,8})\/([0-9A-Fa-f]{1,8})$/.exec(text);
  if (!match) throw new Error(`not a WAL position: "${text}"`);
  return (BigInt(`0x${match[1]}`) << 32n) + BigInt(`0x${match[2]}`);
}

/**
 * How far the replica has replayed, or null when the server is not replaying WAL (it is a primary:
 * a read URL that names the primary itself, or a pooler in front of it, is always current).
 */
export type ReplayPosition = (replica: pg.Pool) => Promise<bigint | null>;

const replayPosition: ReplayPosition = async (replica) => {
  const { rows } = await replica.query<{ lsn: string | null }>('select pg_last_wal_replay_lsn()::text as lsn');
  const lsn = rows[0]?.lsn;
  return lsn ? parseLsn(lsn) : null;
};

export interface ReadReplicaOptions {
  /** How often the replica's position is read while it is behind (ms). */
  pollMs?: number;
  /** How long an unreachable replica is left alone before it is tried again (ms). */
  retryMs?: number;
  /** How long the replica may stay behind before it is logged (ms). */
  lagWarnMs?: number;
  /** Told when the replica stops or starts answering. */
  log?: (message: string) => void;
  /** Reads the replica's replay position; the tests simulate a lagging standby with it. */
  replayed?: ReplayPosition;
}

/** The part of pg.Pool that Kysely's PostgreSQL dialect uses. */
export interface QueryPool {
  connect(): Promise<pg.PoolClient>;
  query: pg.Pool['query'];
  end(): Promise<void>;
}

export class ReadReplica {
  /** Changes whose primary position is still being read. */
  private pending = 0;
  /** The primary's position after the latest change: the replica must have replayed it. */
  private target = 0n;
  private caughtUp = true;
  private reachable = true;
  private polling: Promise<void> | undefined;
  private retry: NodeJS.Timeout | undefined;
  private closed = false;
  private readonly pollMs: number;
  private readonly retryMs: number;
  private readonly lagWarnMs: number;
  private readonly replayed: ReplayPosition;
  /** Where reader queries go: the replica when it is current, else the primary. */
  readonly pool: QueryPool;

  constructor(
    private readonly primary: pg.Pool,
    private readonly replica: pg.Pool,
    private readonly options: ReadReplicaOptions = {},
  ) {
    this.pollMs = options.pollMs ?? 10;
    this.retryMs = options.retryMs ?? 1000;
    this.lagWarnMs = options.lagWarnMs ?? 10_000;
    this.replayed = options.replayed ?? replayPosition;
    this.pool = {
      connect: () =>
        this.current ? this.onReplica(() => this.replica.connect().then((client) => this.falling(client)), () => this.primary.connect()) : this.primary.connect(),
      query: ((...args: unknown[]) => {
        const run = (pool: pg.Pool) => (pool.query as (...a: unknown[]) => Promise<unknown>)(...args);
        return this.current ? this.onReplica(() => run(this.replica), () => run(this.primary)) : run(this.primary);
      }) as pg.Pool['query'],
      end: async () => {},
    };
    // An idle connection the replica drops (a restart, a failover) tells that it went away.
    replica.on('error', (error) => this.unreachable(error));
    // Changes made before this process listened may not have reached the replica yet.
    this.changed();
  }

  /** True while reads go to the replica. */
  get current(): boolean {
    return this.caughtUp && this.reachable && !this.closed;
  }

  /**
   * A change was committed (here or in another process): reads go to the primary until the
   * replica has replayed it. Called from the change-event listener, before any cache drops a page.
   */
  changed(): void {
    if (this.closed) return;
    this.caughtUp = false;
    this.pending++;
    this.primary
      .query<{ lsn: string }>('select pg_current_wal_lsn()::text as lsn')
      .then(
        ({ rows }) => {
          const lsn = parseLsn(rows[0]!.lsn);
          if (lsn > this.target) this.target = lsn;
        },
        // The primary did not answer: stay on it (its own reads fail or succeed as it does) and
        // let the next change try again.
        () => {},
      )
      .finally(() => {
        this.pending--;
        this.poll();
      });
  }

  async close(): Promise<void> {
    this.closed = true;
    clearTimeout(this.retry);
    await this.polling;
    await this.replica.end();
  }

  /**
   * Runs a read on the replica; the primary answers it instead when the standby cancelled it for
   * a conflict with the changes it replays (40001), or could not be reached (and then the next
   * ones too). A query refused for its content (a syntax error, say) would fail on the primary too.
   */
  private onReplica<T>(run: () => Promise<T>, onPrimary: () => Promise<T>): Promise<T> {
    return run().catch((error: Error & { code?: string }) => {
      if (error.code === RECOVERY_CONFLICT) return onPrimary();
      if (!isConnectionError(error)) throw error;
      this.unreachable(error);
      return onPrimary();
    });
  }

  /** A replica connection whose queries fall back to the primary as {@link onReplica} says. */
  private falling(client: pg.PoolClient): pg.PoolClient {
    // Kysely's driver uses a client's query and release only.
    const query = client.query.bind(client) as (...args: unknown[]) => Promise<unknown>;
    return {
      query: (...args: unknown[]) => this.onReplica(() => query(...args), () => (this.primary.query as (...a: unknown[]) => Promise<unknown>)(...args)),
      release: (error?: Error | boolean) => client.release(error),
    } as unknown as pg.PoolClient;
  }

  /** Reads the replica's position until it has the target (one loop at a time). */
  private poll(): void {
    if (this.polling || this.closed || !this.reachable) return;
    this.polling = (async () => {
      const since = Date.now();
      let warned = false;
      while (!this.closed && this.reachable && !this.caughtUp) {
        try {
          const position = await this.replayed(this.replica);
          if (this.pending === 0 && (position === null || position >= this.target)) this.caughtUp = true;
        } catch (error) {
          this.unreachable(error as Error);
          break;
        }
        // A replica that answers but does not replay (replication broken, or far behind) would
        // otherwise leave every read on the primary without a word.
        if (!this.caughtUp && !warned && Date.now() - since >= this.lagWarnMs) {
          warned = true;
          this.options.log?.(`the read replica is more than ${seconds(this.lagWarnMs)} behind the primary: reading from the primary until it catches up`);
        }
        if (!this.caughtUp) await new Promise((resolve) => setTimeout(resolve, this.pollMs));
      }
      if (warned && this.caughtUp) this.options.log?.(`the read replica caught up after ${seconds(Date.now() - since)}`);
    })().finally(() => {
      this.polling = undefined;
    });
  }

  private unreachable(error: Error): void {
    if (!this.reachable || this.closed) return;
    this.reachable = false;
    this.caughtUp = false;
    this.options.log?.(`the read replica does not answer (${error.message}): reading from the primary`);
    const probe = () => {
      this.retry = undefined;
      if (this.closed) return;
      this.replayed(this.replica).then(
        () => {
          this.reachable = true;
          this.options.log?.('the read replica answers again');
          // Whatever changed meanwhile, it must have replayed the primary's position of now.
          this.changed();
        },
        () => {
          this.retry = setTimeout(probe, this.retryMs);
          this.retry.unref();
        },
      );
    };
    this.retry = setTimeout(probe, this.retryMs);
    this.retry.unref();
  }
}

/** SQLSTATE of a query a hot standby cancelled because it conflicted with replay. */
const RECOVERY_CONFLICT = '40001';

const seconds = (ms: number) => `${(ms / 1000).toFixed(ms < 10_000 ? 1 : 0)} s`;

/** Errors that say the server could not be reached, not that the query was wrong. */
function isConnectionError(error: Error & { code?: string }): boolean {
  const code = error.code ?? '';
  // Node's socket errors, and PostgreSQL's class 08 (connection exception) and 57P (shutdown).
  return /^E[A-Z]+$/.test(code) || code.startsWith('08') || code.startsWith('57P') || /Connection terminated|timeout/i.test(error.message);
}

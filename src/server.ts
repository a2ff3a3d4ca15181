/**
 * Starts Masthead: read config, open and migrate the database, seed the demo newsroom into an
 * empty one, listen, and drain on SIGINT/SIGTERM. Any start-up problem is one clear line and exit 1.
 *
 * `npm start -- --workers N` (or WORKERS=N) runs N processes on one port with node:cluster: the
 * primary prepares the database once, forks the workers, passes change events between them
 * (unless Redis does that), restarts a worker that dies, and stops them all on a signal.
 */
import cluster, { type Worker } from 'node:cluster';
import { parseArgs } from 'node:util';
import { ConfigError, loadConfig, type Config } from './config/config.js';
import type { ChangeRelay } from './services/events/change-events.js';
import { ClusterRelay, relayChangesBetweenWorkers } from './services/events/cluster-relay.js';
import type { DatabaseHandle, OpenOptions } from './storage/database.js';
import type { Repositories } from './storage/repositories.js';

/**
 * The storage layer (Kysely, the SQLite driver, the migrations) is imported when first needed,
 * not with this module: the cluster's primary forks its first worker before loading it.
 */
const storage = () => import('./storage/database.js');

// The app, the jobs and the demo seed are imported where they are used: a cluster's primary
// never serves, and only an empty database is seeded, so neither pays for loading them.

/** A worker that dies is forked again at most this often (ms), per slot: no restart storm. */
const RESTART_INTERVAL_MS = 1000;
/** How long after listening a process compiles the route schemas no request has needed yet (ms). */
const SCHEMAS_AFTER_MS = 1000;
/** How long the primary waits on shutdown for workers to finish their requests (ms). */
const SHUTDOWN_GRACE_MS = 15_000;

/** Messages between the primary and its workers (change events are in cluster-relay.ts). */
type ControlMessage =
  | { masthead: 'start-failed'; line: string }
  /** A worker asks whether the database is migrated; the primary answers 'database-ready' once it is. */
  | { masthead: 'database-ready?' }
  | { masthead: 'database-ready' };

/** Config from the environment; `--workers N` overrides WORKERS. */
function readConfig(): Readonly<Config> {
  let workers: string | undefined;
  try {
    ({ workers } = parseArgs({ options: { workers: { type: 'string' } } }).values);
  } catch (error) {
    throw new ConfigError(`${(error as Error).message}; usage: npm start -- [--workers N]`);
  }
  const config = loadConfig(workers === undefined ? process.env : { ...process.env, WORKERS: workers });
  // Every worker of a cluster must listen on the same, known port.
  if (config.workers > 1 && config.port === 0) throw new ConfigError('PORT must be a fixed port number when running several workers');
  return config;
}

/** Opens the database, brings its schema up to date and seeds an empty one if asked to. */
async function prepareDatabase(config: Readonly<Config>, serving: boolean): Promise<DatabaseHandle> {
  const [{ openDatabase, migrateToLatest }, { createRepositories }] = await Promise.all([storage(), import('./storage/repositories.js')]);
  const database = await openDatabase(config.databaseUrl, openOptions(config, serving));
  await migrateToLatest(database.db);
  if (config.seedDemo) await seedIfEmpty(config, createRepositories(database.db));
  return database;
}

/**
 * Seeds the demo only into a database without any content: sections, tags, authors or photos
 * without stories (a newsroom setting up, or what an earlier version's killed seed left) are never
 * seeded over, and the server starts on them as they are. The seed commits its first stories with
 * the taxonomy, so a start killed while seeding leaves an empty database and the next one seeds.
 */
async function seedIfEmpty(config: Readonly<Config>, repos: Repositories): Promise<void> {
  const { demoState, describeState } = await import('./seed/demo-state.js');
  const state = await demoState(repos);
  if (state.kind === 'interrupted') console.warn(`masthead: the database has ${describeState(state)}; \`npm run seed\` completes it`);
  if (state.kind === 'content') console.warn(`masthead: the database has ${describeState(state)}: not creating the demo over them (\`npm run seed -- --reset\` replaces them with it)`);
  if (state.kind !== 'empty') return;
  console.log('masthead: empty database, creating the demo newsroom…');
  const started = Date.now();
  const [{ seedDemo }, { progressPrinter }] = await Promise.all([import('./seed/seed-demo.js'), import('./cli/progress.js')]);
  await seedDemo(repos, { stories: 320, mediaDir: config.mediaDir, now: new Date(), onProgress: progressPrinter('seed', started) });
}

/** How a process opens the database; one that serves reads from the replica, if there is one. */
function openOptions(config: Readonly<Config>, serving: boolean): OpenOptions {
  const warn = (message: string) => console.warn(`masthead: ${message}`);
  return {
    onPoolError: (error) => warn(`a database connection failed and will be replaced: ${error.message}`),
    ...(serving && config.databaseReadUrl ? { readUrl: config.databaseReadUrl, replica: { log: warn } } : {}),
  };
}

/** The database (and its read replica) as the start-up line names them, without passwords. */
async function sourceOf(config: Readonly<Config>): Promise<string> {
  const { redact } = await storage();
  return redact(config.databaseUrl) + (config.databaseReadUrl ? `, reader traffic on ${redact(config.databaseReadUrl)}` : '');
}

/** The modules a serving process needs, loaded while its database is being prepared. */
function loadServing() {
  const loading = Promise.all([
    import('./app.js'),
    import('./services/events/change-events.js'),
    import('./jobs/make-avif.js'),
    import('./jobs/sweep-media.js'),
    import('./jobs/publish-scheduled.js'),
    import('./storage/audit-repository.js'),
    import('./storage/media-repository.js'),
  ]);
  // Awaited later, by serve(); a failure meanwhile is not an unhandled rejection.
  loading.catch(() => {});
  return loading;
}

/**
 * One serving process: the app on the port, connected to the other processes' change events,
 * and the scheduled-publishing runner. Returns its stop function.
 */
async function serve(config: Readonly<Config>, database: DatabaseHandle, modules: ReturnType<typeof loadServing>): Promise<() => Promise<void>> {
  const [{ buildApp }, { ChangeEvents }, { makeAvifHandler, MAKE_AVIF_JOB }, { sweepMediaHandler, scheduleMediaSweep, SWEEP_MEDIA_JOB }, { startScheduledPublishing }, { AuditRepository }, { MediaRepository }] = await modules;
  const events = new ChangeEvents();
  const app = await buildApp(config, { database, events, logger: { level: config.logLevel } });
  // Before listening: from its first request, this process hears the others' changes.
  const relay: ChangeRelay | undefined = config.redisUrl
    ? new (await import('./services/events/redis-relay.js')).RedisRelay(config.redisUrl)
    : cluster.isWorker
      ? new ClusterRelay()
      : undefined;
  if (relay) await events.useRelay(relay);
  await app.listen({ port: config.port, host: config.host });
  // The routes' schemas compile a second after the start, between requests (the first pages
  // go first); one that does not compile stops the process, as it stopped the start before.
  setTimeout(() => {
    app.compileSchemas().catch((error: Error) => {
      app.log.fatal({ err: error }, 'route schemas do not compile');
      console.error(`masthead: ${error.message}`);
      process.exit(1);
    });
  }, SCHEMAS_AFTER_MS).unref();
  // Leftovers of a process that died mid-upload are swept at start-up, then every hour.
  await scheduleMediaSweep(database.db, new Date());
  const media = new MediaRepository(database.db);
  // Scheduled publishing runs in every process; the job queue hands each job to one of them.
  const scheduler = startScheduledPublishing(
    { db: database.db, audit: new AuditRepository(database.db), events, now: () => new Date(), timeZone: config.timeZone },
    {
      onError: (error) => app.log.error({ err: error }, 'background jobs failed'),
      handlers: {
        [MAKE_AVIF_JOB]: makeAvifHandler(config.mediaDir, media),
        [SWEEP_MEDIA_JOB]: sweepMediaHandler(config.mediaDir, media, {
          leftoverAfterMs: config.mediaLeftoverMs,
          onSweep: ({ removed, completed }) => {
            if (removed.length || completed.length) app.log.info({ removed: removed.length, completed: completed.length }, 'media sweep tidied the uploads folder');
          },
        }),
      },
    },
  );
  return async () => {
    await scheduler.stop();
    await app.close();
    await events.close();
    await database.close();
  };
}

/** Runs the stop function once, on the first SIGINT or SIGTERM, then exits. */
function stopOnSignal(stop: () => Promise<void>, announce: boolean): void {
  let stopping = false;
  const onSignal = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    if (announce) console.log(`masthead: ${signal}, finishing requests…`);
    stop().then(
      () => process.exit(0),
      (error) => {
        console.error('masthead: stopping failed:', error);
        process.exit(1);
      },
    );
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
}

async function runSingle(config: Readonly<Config>): Promise<void> {
  const modules = loadServing();
  const database = await prepareDatabase(config, true);
  const stop = await serve(config, database, modules);
  const relay = config.redisUrl ? ', change events over Redis' : '';
  console.log(`masthead: serving ${config.baseUrl} from ${await sourceOf(config)}${relay}`);
  stopOnSignal(stop, true);
}

async function runWorker(config: Readonly<Config>): Promise<void> {
  // The app loads while the primary migrates (and seeds); the database is opened once it has.
  const modules = loadServing();
  const [{ openDatabase }] = await Promise.all([storage(), databasePrepared()]);
  const database = await openDatabase(config.databaseUrl, openOptions(config, true));
  const stop = await serve(config, database, modules);
  console.log(`masthead: worker ${cluster.worker!.id} (pid ${process.pid}) serving`);
  // The primary sends SIGTERM to stop a worker; Ctrl-C in a terminal reaches every process.
  stopOnSignal(stop, false);
}

/** Resolves when the primary says the database is migrated: asked, so that no answer is missed. */
function databasePrepared(): Promise<void> {
  return new Promise((resolve) => {
    const onMessage = (message: unknown) => {
      if ((message as Partial<ControlMessage> | null)?.masthead !== 'database-ready') return;
      process.off('message', onMessage);
      resolve();
    };
    process.on('message', onMessage);
    const ask: ControlMessage = { masthead: 'database-ready?' };
    process.send!(ask);
  });
}

async function runPrimary(config: Readonly<Config>): Promise<void> {
  const stopRelaying = config.redisUrl ? () => {} : relayChangesBetweenWorkers(cluster);
  const slotOf = new Map<Worker, number>();
  const forkedAt: number[] = [];
  const restartTimers = new Set<NodeJS.Timeout>();
  let serving = false;
  let shuttingDown = false;
  let failedToStart = false;

  cluster.setupPrimary({ execArgv: [...process.execArgv, ...workerHeapFlags(process.execArgv, config)] });
  const fork = (slot: number) => {
    forkedAt[slot] = Date.now();
    // glibc gives every thread (compression runs in the thread pool) its own malloc arena, which
    // fragments memory that cached pages free: two arenas keep a worker's memory near its caches' size.
    slotOf.set(cluster.fork({ MALLOC_ARENA_MAX: process.env.MALLOC_ARENA_MAX ?? '2' }), slot);
  };

  // Stops every worker (each finishes its requests), then the primary.
  const shutDown = (code: number) => {
    if (shuttingDown) return;
    shuttingDown = true;
    for (const timer of restartTimers) clearTimeout(timer);
    stopRelaying();
    const alive = [...slotOf.keys()].filter((w) => !w.isDead());
    if (alive.length === 0) process.exit(code);
    for (const worker of alive) worker.process.kill('SIGTERM');
    cluster.on('exit', () => {
      if ([...slotOf.keys()].every((w) => w.isDead())) process.exit(code);
    });
    setTimeout(() => {
      for (const worker of slotOf.keys()) if (!worker.isDead()) worker.process.kill('SIGKILL');
      process.exit(code);
    }, SHUTDOWN_GRACE_MS).unref();
  };

  let startFailure: string | undefined;
  // Workers asking whether the database is ready, answered once it is.
  let prepared = false;
  /** The database as logs show it (no password). */
  let source = '';
  const asking = new Set<Worker>();
  cluster.on('message', (worker: Worker, message: unknown) => {
    const m = message as Partial<ControlMessage> | null;
    if (m?.masthead === 'database-ready?') {
      if (prepared) worker.send({ masthead: 'database-ready' } satisfies ControlMessage);
      else asking.add(worker);
      return;
    }
    if (m?.masthead !== 'start-failed' || typeof m.line !== 'string') return;
    if (serving) console.error(`masthead: worker ${worker.id} could not start: ${m.line.replace(/^masthead: /, '')}`);
    else startFailure ??= m.line;
  });

  // The first worker starts alone and the others once it listens: on a machine with few cores,
  // workers starting together share them, and the site answers only when they all have started.
  let listening = 0;
  cluster.on('listening', () => {
    if (listening === 0 && !serving) for (let slot = 1; slot < config.workers; slot++) fork(slot);
    if (serving || ++listening < config.workers) return;
    serving = true;
    const relay = config.redisUrl ? 'over Redis' : 'through the primary';
    console.log(`masthead: serving ${config.baseUrl} from ${source} with ${config.workers} workers (pid ${process.pid}, change events ${relay})`);
  });

  cluster.on('exit', (worker, code, signal) => {
    const slot = slotOf.get(worker);
    if (shuttingDown || failedToStart || slot === undefined) return;
    slotOf.delete(worker);
    if (!serving) {
      // A worker that cannot start (port taken, database gone) would fail again: stop with its
      // reason. Its message may still be in the IPC pipe when its exit is seen: wait a moment.
      failedToStart = true;
      setTimeout(() => {
        console.error(startFailure ?? `masthead: worker ${worker.id} exited while starting (${signal ?? `exit code ${code}`})`);
        shutDown(1);
      }, 100);
      return;
    }
    const wait = Math.max(0, forkedAt[slot]! + RESTART_INTERVAL_MS - Date.now());
    console.error(`masthead: worker ${worker.id} (pid ${worker.process.pid}) died (${signal ?? `exit code ${code}`}); starting another${wait > 0 ? ` in ${wait} ms` : ''}`);
    const timer = setTimeout(() => {
      restartTimers.delete(timer);
      if (!shuttingDown) fork(slot);
    }, wait);
    restartTimers.add(timer);
  });

  process.once('SIGINT', () => {
    console.log('masthead: SIGINT, finishing requests…');
    shutDown(0);
  });
  process.once('SIGTERM', () => {
    console.log('masthead: SIGTERM, finishing requests…');
    shutDown(0);
  });

  // The first worker loads the app while the database is migrated here.
  fork(0);
  try {
    const database = await prepareDatabase(config, false);
    await database.close();
    source = await sourceOf(config);
  } catch (error) {
    // The worker only waits for the database: it goes without a word, and the reason is printed once.
    shuttingDown = true;
    for (const worker of slotOf.keys()) worker.process.kill('SIGKILL');
    throw error;
  }
  prepared = true;
  for (const worker of asking) if (!worker.isDead()) worker.send({ masthead: 'database-ready' } satisfies ControlMessage);
  asking.clear();
}

/**
 * V8 flags for the workers' heaps, each unless the operator set it (decision 0011):
 * - a young generation that shares about 64 MB with the page cache: 2 × 8 MB with the default
 *   64 MB cache (most requests are then answered from it and make little garbage), up to 2 × 32 MB
 *   without one. When every request renders a page, the requests made together (web/turns.ts)
 *   keep a few megabytes alive at a time; in a small young generation each collection then
 *   copies them and promotes them to the old one. Without page cache, 2 × 32 MB cost 500 µs of a
 *   core per uncached article against 540 for 2 × 8 MB (decision 0012);
 * - an old generation capped at 256 MB plus twice the page cache, and at least 384 MB (the
 *   cache's index lives there, its bodies outside). On a machine with much memory V8 otherwise
 *   lets the heap grow to four times what is live before collecting; the smaller the cap, the
 *   smaller that factor (at most 2 below 2 GB), which keeps a worker under a page-cache churn
 *   about 50–100 MB smaller.
 */
function workerHeapFlags(execArgv: readonly string[], config: Pick<Config, 'pageCacheBytes'>): string[] {
  const given = (flag: string) => execArgv.some((arg) => arg.startsWith(flag)) || (process.env.NODE_OPTIONS ?? '').includes(flag);
  const flags: string[] = [];
  const cacheMb = Math.ceil(config.pageCacheBytes / 2 ** 20);
  if (!given('--max-semi-space-size')) flags.push(`--max-semi-space-size=${Math.max(8, 32 - Math.ceil(cacheMb / 2))}`);
  if (!given('--max-old-space-size')) flags.push(`--max-old-space-size=${Math.max(384, 256 + 2 * cacheMb)}`);
  return flags;
}

/** The one line a start-up failure prints. */
function startFailureLine(error: unknown): string {
  if (error instanceof ConfigError || (error as { code?: unknown })?.code === 'DATABASE_UNAVAILABLE') return `masthead: ${(error as Error).message}`;
  if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') return `masthead: port already in use (${(error as Error).message}); set PORT to another port`;
  return `masthead: failed to start: ${(error as Error)?.stack ?? String(error)}`;
}

async function main(): Promise<void> {
  if (cluster.isWorker) return runWorker(readConfig());
  const config = readConfig();
  return config.workers > 1 ? runPrimary(config) : runSingle(config);
}

main().catch((error) => {
  const line = startFailureLine(error);
  if (cluster.isWorker && process.send) {
    // The primary prints it, once for all workers.
    const message: ControlMessage = { masthead: 'start-failed', line };
    process.send(message, undefined, undefined, () => process.exit(1));
    return;
  }
  console.error(line);
  process.exit(1);
});

/**
 * Starts Masthead: read config, open and migrate the database, seed the demo newsroom into an
 * empty one, listen, and drain on SIGINT/SIGTERM. Any start-up problem is one clear line and exit 1.
 */
import { buildApp } from './app.js';
import { progressPrinter } from './cli/progress.js';
import { makeAvifHandler, MAKE_AVIF_JOB } from './jobs/make-avif.js';
import { startScheduledPublishing } from './jobs/publish-scheduled.js';
import { MediaRepository } from './storage/media-repository.js';
import { AuditRepository } from './storage/audit-repository.js';
import { ConfigError, loadConfig } from './config/config.js';
import { seedDemo } from './seed/seed-demo.js';
import { DatabaseUnavailable, migrateToLatest, openDatabase, redact } from './storage/database.js';
import { createRepositories } from './storage/repositories.js';

async function main(): Promise<void> {
  const config = loadConfig();
  const database = await openDatabase(config.databaseUrl, {
    onPoolError: (error) => console.warn(`masthead: a database connection failed and will be replaced: ${error.message}`),
  });
  await migrateToLatest(database.db);
  if (config.seedDemo && (await createRepositories(database.db).stories.countStories()) === 0) {
    console.log('masthead: empty database, creating the demo newsroom…');
    const started = Date.now();
    await seedDemo(createRepositories(database.db), { stories: 320, mediaDir: config.mediaDir, now: new Date(), onProgress: progressPrinter('seed', started) });
  }
  const app = await buildApp(config, {
    database,
    logger: { level: config.logLevel },
  });
  await app.listen({ port: config.port, host: config.host });
  // Scheduled publishing runs in every process; the job queue hands each job to one of them.
  const scheduler = startScheduledPublishing(
    { db: database.db, audit: new AuditRepository(database.db), events: app.changeEvents, now: () => new Date() },
    {
      onError: (error) => app.log.error({ err: error }, 'background jobs failed'),
      handlers: { [MAKE_AVIF_JOB]: makeAvifHandler(config.mediaDir, new MediaRepository(database.db)) },
    },
  );
  console.log(`masthead: serving ${config.baseUrl} from ${redact(config.databaseUrl)}`);

  const stop = async (signal: string) => {
    console.log(`masthead: ${signal}, finishing requests…`);
    await scheduler.stop();
    await app.close();
    await database.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop('SIGINT'));
  process.once('SIGTERM', () => void stop('SIGTERM'));
}

main().catch((error) => {
  if (error instanceof ConfigError || error instanceof DatabaseUnavailable) {
    console.error(`masthead: ${error.message}`);
  } else if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') {
    console.error(`masthead: port already in use (${(error as Error).message}); set PORT to another port`);
  } else {
    console.error('masthead: failed to start:', error);
  }
  process.exit(1);
});

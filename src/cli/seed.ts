/**
 * `npm run seed [-- --stories N] [--reset]`: fills the database named by DATABASE_URL with the
 * demo newsroom. Refuses to touch a database that already has stories unless --reset is given.
 */
import { parseArgs } from 'node:util';
import { analyzeAfterBulkLoad, redact } from '../storage/database.js';
import { runCommand, withDatabase } from './command.js';
import { createRepositories } from '../storage/repositories.js';
import { seedDemo, wipeContent } from '../seed/seed-demo.js';
import { progressPrinter } from './progress.js';

const USAGE = 'usage: npm run seed -- [--stories N] [--reset]';

async function main(): Promise<number> {
  let values: { stories?: string; reset?: boolean; help?: boolean };
  try {
    ({ values } = parseArgs({
      options: { stories: { type: 'string' }, reset: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
      strict: true,
    }));
  } catch (e) {
    console.error(`seed: ${(e as Error).message}\n${USAGE}`);
    return 2;
  }
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const stories = values.stories === undefined ? 320 : Number(values.stories.replace(/_/g, ''));
  if (!Number.isInteger(stories) || stories < 1 || stories > 10_000_000) {
    console.error(`seed: --stories must be a whole number from 1 to 10000000\n${USAGE}`);
    return 2;
  }
  return withDatabase(async (handle, config) => {
    const repos = createRepositories(handle.db);
    const existing = await repos.stories.countStories();
    if (existing > 0 && !values.reset) {
      console.log(`seed: ${redact(config.databaseUrl)} already has ${existing} stories; nothing changed (use --reset to replace them).`);
      return 0;
    }
    if (existing > 0) {
      console.log(`seed: removing ${existing} stories…`);
      await wipeContent(handle.db);
    }
    const started = Date.now();
    await seedDemo(repos, { stories, mediaDir: config.mediaDir, now: new Date(), onProgress: progressPrinter('seed', started) });
    await analyzeAfterBulkLoad(handle);
    console.log(`seed: ${stories} stories in ${((Date.now() - started) / 1000).toFixed(1)} s into ${redact(config.databaseUrl)}`);
    return 0;
  });
}

runCommand('seed', main);

/**
 * `npm run seed [-- --stories N] [--reset]`: fills the database named by DATABASE_URL with the
 * demo newsroom. A demo seed that was stopped part-way is continued where it stopped. Refuses to
 * touch a database that already has content unless --reset is given, which first removes all of
 * it, whatever state it is in.
 */
import { parseArgs } from 'node:util';
import type { Config } from '../config/config.js';
import type { ChangeEvent } from '../domain/change-event.js';
import { RedisRelay } from '../services/events/redis-relay.js';
import { analyzeAfterBulkLoad, redact, type DatabaseHandle } from '../storage/database.js';
import type { Repositories } from '../storage/repositories.js';
import { runCommand, withDatabase } from './command.js';
import { createRepositories } from '../storage/repositories.js';
import { demoState, describeState } from '../seed/demo-state.js';
import { continueDemo, seedDemo, wipeContent } from '../seed/seed-demo.js';
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
    // Servers on this database hear the seed's changes over Redis, as they hear each other's.
    const relay = config.redisUrl ? await seedRelay(config.redisUrl) : undefined;
    try {
      return await seed(handle, config, repos, relay, { stories, reset: values.reset === true });
    } finally {
      await relay?.close();
    }
  });
}

/**
 * A Redis publisher for the seed's `content-replaced` events. Without REDIS_URL nothing is told:
 * a running server keeps its cached pages until its own next change or restart (README, decision 0018).
 */
async function seedRelay(url: string): Promise<RedisRelay> {
  const relay = new RedisRelay(url, { logger: { warn: (m) => console.warn(m), info: () => {} } });
  await relay.start(() => {}, () => {});
  return relay;
}

async function seed(handle: DatabaseHandle, config: Config, repos: Repositories, relay: RedisRelay | undefined, args: { stories: number; reset: boolean }): Promise<number> {
  const announce = relay ? (event: ChangeEvent) => relay.publish(event) : undefined;
  const { stories } = args;
  const target = redact(config.databaseUrl);
  const started = Date.now();
  const onProgress = progressPrinter('seed', started);
  const state = await demoState(repos);
  if (args.reset) {
    // Whatever a crash or a newsroom left (a partial seed, content without stories), all of it goes.
    if (state.kind !== 'empty') console.log(`seed: removing all content (${describeState(state)})…`);
    await wipeContent(repos, config.mediaDir, announce);
  } else if (state.kind === 'interrupted') {
    console.log(`seed: ${target} has ${describeState(state)}; continuing it…`);
    const { total } = await continueDemo(repos, { onProgress, announce });
    await analyzeAfterBulkLoad(handle);
    console.log(`seed: the demo's ${total} stories are complete, in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    return 0;
  } else if (state.kind === 'stories') {
    console.log(`seed: ${target} already has ${state.stories} stories; nothing changed (use --reset to replace them).`);
    return 0;
  } else if (state.kind === 'content') {
    console.error(`seed: ${target} has ${describeState(state)}; nothing changed (use --reset to replace them with the demo).`);
    return 1;
  }
  await seedDemo(repos, { stories, mediaDir: config.mediaDir, now: new Date(), onProgress, announce });
  await analyzeAfterBulkLoad(handle);
  console.log(`seed: ${stories} stories in ${((Date.now() - started) / 1000).toFixed(1)} s into ${target}`);
  return 0;
}

runCommand('seed', main);

/**
 * `npm run reindex`: rebuilds the search index of the database named by DATABASE_URL from the
 * stories themselves, in batches, with a progress display. Needed after upgrading to the version
 * that adds search (the migration only creates the empty index) and whenever text analysis
 * changes (docs/decisions/0008). Safe while the site runs: searches keep working throughout.
 */
import { parseArgs } from 'node:util';
import { redact } from '../storage/database.js';
import { runCommand, withDatabase } from './command.js';
import { REINDEX_BATCH, SearchIndexRepository } from '../storage/search/search-index-repository.js';
import { progressPrinter } from './progress.js';

const USAGE = 'usage: npm run reindex -- [--batch N]';

async function main(): Promise<number> {
  let values: { batch?: string; help?: boolean };
  try {
    ({ values } = parseArgs({ options: { batch: { type: 'string' }, help: { type: 'boolean', short: 'h' } }, strict: true }));
  } catch (e) {
    console.error(`reindex: ${(e as Error).message}\n${USAGE}`);
    return 2;
  }
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const batch = values.batch === undefined ? REINDEX_BATCH : Number(values.batch.replace(/_/g, ''));
  if (!Number.isInteger(batch) || batch < 1 || batch > 100_000) {
    console.error(`reindex: --batch must be a whole number from 1 to 100000\n${USAGE}`);
    return 2;
  }
  return withDatabase(async (handle, config) => {
    const started = Date.now();
    const { versions } = await new SearchIndexRepository(handle.db).rebuild({ batch, onProgress: progressPrinter('reindex', started) });
    console.log(`reindex: ${versions} versions in ${((Date.now() - started) / 1000).toFixed(1)} s in ${redact(config.databaseUrl)}`);
    return 0;
  });
}

runCommand('reindex', main);

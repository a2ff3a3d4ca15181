import { ConfigError, loadConfig, type Config } from '../config/config.js';
import { DatabaseUnavailable, migrateToLatest, openDatabase, type DatabaseHandle } from '../storage/database.js';

/**
 * The frame of a one-shot command (`npm run seed`, `npm run reindex`): read the configuration,
 * open and migrate the database, run, close, and exit with the body's code. A bad configuration
 * or an unreachable database is one line naming the command, not a stack trace.
 *
 * @example withDatabase('reindex', async (handle, config) => { …; return 0; })
 */
export async function withDatabase(body: (handle: DatabaseHandle, config: Config) => Promise<number>): Promise<number> {
  const config = loadConfig();
  const handle = await openDatabase(config.databaseUrl);
  try {
    await migrateToLatest(handle.db);
    return await body(handle, config);
  } finally {
    await handle.close();
  }
}

/** Runs `main` and exits with its code; expected failures print one line prefixed with `name`. */
export function runCommand(name: string, main: () => Promise<number>): void {
  main().then(
    (code) => process.exit(code),
    (error) => {
      if (error instanceof ConfigError || error instanceof DatabaseUnavailable) console.error(`${name}: ${error.message}`);
      else console.error(`${name}: failed:`, error);
      process.exit(1);
    },
  );
}

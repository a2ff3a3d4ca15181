import { createConnection } from 'node:net';

/**
 * Tests of change events across machines need Redis: TEST_REDIS_URL, by default the CI server
 * at redis://127.0.0.1:6379. As with PostgreSQL, outside CI a missing Redis skips those tests
 * and says so; in CI it fails them.
 */
export const TEST_REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

let probe: Promise<string | undefined> | undefined;

/** Why Redis tests cannot run here, or undefined when they can. Throws in CI. */
export async function redisUnavailable(): Promise<string | undefined> {
  probe ??= new Promise((resolve) => {
    const url = new URL(TEST_REDIS_URL);
    const socket = createConnection({ host: url.hostname, port: Number(url.port || 6379) });
    const done = (reason: string | undefined) => {
      socket.destroy();
      resolve(reason);
    };
    socket.setTimeout(5000, () => done(`Redis not reachable at ${TEST_REDIS_URL}: timed out`));
    socket.once('error', (e) => done(`Redis not reachable at ${TEST_REDIS_URL}: ${e.message}`));
    socket.once('connect', () => socket.write('PING\r\n'));
    socket.once('data', (d) => done(d.toString().startsWith('+PONG') ? undefined : `Redis at ${TEST_REDIS_URL} answered ${d.toString().trim()}`));
  });
  const reason = await probe;
  if (reason && process.env.CI) throw new Error(`${reason} (required in CI)`);
  return reason;
}

/** node:test options that skip a Redis test outside CI when there is no server. */
export async function redisSkip(): Promise<{ skip?: string }> {
  const reason = await redisUnavailable();
  if (reason) console.warn(`skipping Redis tests: ${reason}`);
  return reason ? { skip: reason } : {};
}

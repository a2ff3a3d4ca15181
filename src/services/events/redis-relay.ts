import { randomBytes } from 'node:crypto';
import { Redis, type RedisOptions } from 'ioredis';
import { decodeChangeEvent, encodeChangeEvent } from './change-event-codec.js';
import type { ChangeEvent, ChangeRelay, RelayState } from './change-events.js';

/** The pub/sub channel every Masthead process of one site shares. */
export const CHANGES_CHANNEL = 'masthead:changes';

export interface RedisRelayOptions {
  /** The pub/sub channel; CHANGES_CHANNEL unless tests need one of their own. */
  channel?: string;
  /** Longest wait in `start()` for the first connection before serving without it (ms). */
  startTimeoutMs?: number;
  /** Where warnings (connection lost, publish failed) and recoveries go. */
  logger?: { warn(message: string): void; info(message: string): void };
}

/**
 * Change events between processes on any number of machines over Redis pub/sub (REDIS_URL).
 * Each message is `<origin> <event JSON>`; the origin is random per process, so a process skips
 * its own messages. Two connections: a subscribed one cannot publish.
 *
 * Pub/sub keeps nothing for a process that is not listening: while the subscriber is
 * disconnected, events are lost, so the relay reports 'down' and, once subscribed again, 'up'
 * (the page cache empties itself then). Redis being unreachable never stops the site: start()
 * gives up waiting after `startTimeoutMs` and the connections keep retrying in the background.
 *
 * @example await events.useRelay(new RedisRelay(config.redisUrl));
 */
export class RedisRelay implements ChangeRelay {
  readonly origin = randomBytes(8).toString('hex');
  private readonly channel: string;
  private readonly startTimeoutMs: number;
  private readonly logger: NonNullable<RedisRelayOptions['logger']>;
  private publisher: Redis | undefined;
  private subscriber: Redis | undefined;
  private state: RelayState = 'down';
  private warnedMalformed = false;
  /** A publish failed: the other processes may keep pages this one changed. */
  private missedPublish = false;

  constructor(
    private readonly url: string,
    options: RedisRelayOptions = {},
  ) {
    this.channel = options.channel ?? CHANGES_CHANNEL;
    this.startTimeoutMs = options.startTimeoutMs ?? 1000;
    this.logger = options.logger ?? { warn: (m) => console.warn(m), info: (m) => console.log(m) };
  }

  publish(event: ChangeEvent): void {
    const publisher = this.publisher;
    if (!publisher) return;
    // Without an offline queue a command fails at once when the connection is down, instead of
    // piling up and arriving long after the pages it names were rendered again.
    publisher.publish(this.channel, `${this.origin} ${encodeChangeEvent(event)}`).catch((error: Error) => {
      this.missedPublish = true;
      this.logger.warn(`masthead: a ${event.type} event did not reach the other processes over Redis: ${error.message}; they will drop all cached pages once it is back`);
    });
  }

  /**
   * After publishes failed, tells every other process to drop everything it keeps: it cannot
   * know which of its pages those changes touched.
   */
  private resync(publisher: Redis): void {
    if (!this.missedPublish) return;
    this.missedPublish = false;
    this.publish({ type: 'settings-changed' });
  }

  async start(deliver: (event: ChangeEvent) => void, report: (state: RelayState) => void): Promise<void> {
    const common: RedisOptions = {
      // Keep retrying for as long as the process runs, at most every 2 s.
      retryStrategy: (times) => Math.min(times * 100, 2000),
      connectTimeout: 2000,
      maxRetriesPerRequest: 1,
      // Subscribed again by hand on 'ready', so 'up' means "subscribed", not just "connected".
      autoResubscribe: false,
      autoResendUnfulfilledCommands: false,
    };
    const publisher = new Redis(this.url, { ...common, enableOfflineQueue: false, commandTimeout: 2000, connectionName: 'masthead-publisher' });
    const subscriber = new Redis(this.url, { ...common, enableOfflineQueue: false, connectionName: 'masthead-subscriber' });
    this.publisher = publisher;
    this.subscriber = subscriber;
    // Failures show as 'close' (subscriber) or a failed publish; without a listener ioredis
    // would print every failed reconnection attempt.
    publisher.on('error', () => {});
    subscriber.on('error', () => {});
    publisher.on('ready', () => this.resync(publisher));

    subscriber.on('message', (channel: string, message: string) => {
      if (channel !== this.channel) return;
      const space = message.indexOf(' ');
      if (space < 0 || message.slice(0, space) === this.origin) return;
      const event = decodeChangeEvent(message.slice(space + 1));
      if (event) return deliver(event);
      if (!this.warnedMalformed) {
        this.warnedMalformed = true;
        this.logger.warn(`masthead: ignoring a malformed message on Redis channel ${this.channel} (further ones are ignored silently)`);
      }
    });

    let wasUp = false;
    const setState = (state: RelayState, message: string) => {
      if (state === this.state) return;
      this.state = state;
      report(state);
      if (state === 'down') this.logger.warn(message);
      // The first connection is the normal case, not news.
      else if (wasUp) this.logger.info(message);
      if (state === 'up') wasUp = true;
    };

    // Each connection gets a number, so a subscription confirmed after its connection closed
    // does not report 'up'.
    let connection = 0;
    let firstAttempt: (() => void) | undefined;
    const firstAttemptDone = new Promise<void>((resolve) => (firstAttempt = resolve));
    subscriber.on('ready', () => {
      const current = ++connection;
      subscriber.subscribe(this.channel).then(
        () => {
          if (current === connection && subscriber.status === 'ready') setState('up', 'masthead: change events over Redis flowing again');
          firstAttempt?.();
        },
        () => firstAttempt?.(),
      );
    });
    subscriber.on('close', () => {
      connection++;
      setState('down', `masthead: lost Redis at ${redactRedis(this.url)}; other processes' changes may be missed until it is back, retrying`);
      firstAttempt?.();
    });

    // Redis down, unreachable or slow: the site starts anyway, without other processes' events.
    const timeout = new Promise<void>((resolve) => setTimeout(resolve, this.startTimeoutMs).unref());
    await Promise.race([firstAttemptDone, timeout]);
    firstAttempt = undefined;
    if (this.state === 'down') {
      report('down');
      this.logger.warn(`masthead: cannot reach Redis at ${redactRedis(this.url)}; serving without other processes' change events, retrying in the background`);
    }
  }

  async close(): Promise<void> {
    const connections = [this.publisher, this.subscriber];
    this.publisher = undefined;
    this.subscriber = undefined;
    await Promise.all(
      connections.map(async (redis) => {
        if (!redis) return;
        redis.removeAllListeners('close');
        if (redis.status === 'ready') await redis.quit().catch(() => redis.disconnect());
        else redis.disconnect();
      }),
    );
  }
}

/** A Redis URL fit for logs: no password. */
function redactRedis(url: string): string {
  return url.replace(/(\/\/[^@/]*?):[^@/]*@/, '$1:***@');
}

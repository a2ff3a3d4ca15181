import type { Cluster, Worker } from 'node:cluster';
import { toChangeEvent } from './change-event-codec.js';
import type { ChangeEvent, ChangeRelay, RelayState } from './change-events.js';

/**
 * Change events between the workers of one node:cluster, through the primary: a worker sends
 * each of its events to the primary over IPC, and the primary passes it on to every other
 * live worker. Used when REDIS_URL is not set; with Redis every process talks to Redis instead.
 */

/** What travels over the IPC channel, both ways. */
export interface ChangeMessage {
  masthead: 'change';
  event: ChangeEvent;
}

/** The part of `process` a worker's relay uses: a test passes a stand-in. */
export interface IpcChannel {
  readonly connected: boolean;
  send?(message: unknown, sendHandle: undefined, options: undefined, callback: (error: Error | null) => void): boolean;
  on(event: 'message', listener: (message: unknown) => void): unknown;
  off(event: 'message', listener: (message: unknown) => void): unknown;
}

/** The event a message carries when it is a well-formed change message, else undefined. */
function changeIn(message: unknown): ChangeEvent | undefined {
  if (typeof message !== 'object' || message === null || (message as { masthead?: unknown }).masthead !== 'change') return undefined;
  return toChangeEvent((message as { event?: unknown }).event);
}

/**
 * A worker's side: publishes to the primary, receives the other workers' events from it.
 *
 * @example await events.useRelay(new ClusterRelay());
 */
export class ClusterRelay implements ChangeRelay {
  private listener: ((message: unknown) => void) | undefined;

  constructor(
    private readonly channel: IpcChannel = process as IpcChannel,
    private readonly logger: Pick<Console, 'warn'> = console,
  ) {}

  publish(event: ChangeEvent): void {
    // Disconnected: the primary is gone and this worker is about to exit with it.
    if (!this.channel.connected || !this.channel.send) return;
    const message: ChangeMessage = { masthead: 'change', event };
    try {
      this.channel.send(message, undefined, undefined, (error) => {
        if (error) this.logger.warn(`masthead: a ${event.type} event did not reach the other workers: ${error.message}`);
      });
    } catch (error) {
      this.logger.warn(`masthead: a ${event.type} event did not reach the other workers: ${(error as Error).message}`);
    }
  }

  async start(deliver: (event: ChangeEvent) => void, state: (state: RelayState) => void): Promise<void> {
    this.listener = (message) => {
      const event = changeIn(message);
      if (event) deliver(event);
    };
    this.channel.on('message', this.listener);
    // The channel exists from the worker's first line and lasts as long as the worker.
    state('up');
  }

  async close(): Promise<void> {
    if (this.listener) this.channel.off('message', this.listener);
    this.listener = undefined;
  }
}

/**
 * The primary's side: passes every change message from a worker on to every other live worker.
 * Malformed messages are dropped here already. Returns a function that stops relaying.
 *
 * @example const stopRelaying = relayChangesBetweenWorkers(cluster);
 */
export function relayChangesBetweenWorkers(cluster: Pick<Cluster, 'on' | 'off' | 'workers'>, logger: Pick<Console, 'warn'> = console): () => void {
  const onMessage = (from: Worker, message: unknown) => {
    const event = changeIn(message);
    if (!event) return;
    const forward: ChangeMessage = { masthead: 'change', event };
    for (const worker of Object.values(cluster.workers ?? {})) {
      if (!worker || worker === from || !worker.isConnected()) continue;
      try {
        worker.send(forward, undefined, (error: Error | null) => {
          if (error) logger.warn(`masthead: a ${event.type} event did not reach worker ${worker.id}: ${error.message}`);
        });
      } catch (error) {
        // The worker disconnected between the check and the send: it is exiting.
        logger.warn(`masthead: a ${event.type} event did not reach worker ${worker.id}: ${(error as Error).message}`);
      }
    }
  };
  cluster.on('message', onMessage);
  return () => void cluster.off('message', onMessage);
}

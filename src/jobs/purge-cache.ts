import { keysOfChange } from '../domain/cache-keys.js';
import type { ChangeEvents } from '../services/events/change-events.js';

export interface CachePurgeOptions {
  events: ChangeEvents;
  /** Where purges go: a CDN's purge API or a Varnish that bans by `Surrogate-Key` (README, "Running in production"). */
  url: string;
  log: (message: string) => void;
  /** Changes this close together go in one purge. */
  batchMs?: number;
}

/** A purge that has not been answered in this time is given up, and retried once. */
const TIMEOUT_MS = 5_000;
const RETRY_AFTER_MS = 1_000;

/**
 * Tells a CDN or Varnish in front of us which surrogate keys a change touched, so it drops exactly
 * the pages our own cache drops. Only the process where the change happened sends it (events
 * relayed from other processes were purged there). One POST per batch of changes:
 * `Surrogate-Key: k1 k2 …` and the same keys as JSON `{ "keys": [...] }`. A failed purge is
 * retried once and logged; pages in the CDN then age out by their `s-maxage`.
 *
 * @returns a function that stops listening.
 */
export function startCachePurge(options: CachePurgeOptions): () => void {
  const pending = new Set<string>();
  let timer: NodeJS.Timeout | undefined;

  const send = async (keys: string[], attempt: number): Promise<void> => {
    try {
      const res = await fetch(options.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'surrogate-key': keys.join(' ') },
        body: JSON.stringify({ keys }),
        signal: AbortSignal.timeout(TIMEOUT_MS),
      });
      await res.body?.cancel();
      if (!res.ok) throw new Error(`answered ${res.status}`);
    } catch (error) {
      if (attempt === 1) {
        setTimeout(() => void send(keys, 2), RETRY_AFTER_MS).unref();
        return;
      }
      options.log(`cache purge of ${keys.length} keys failed: ${(error as Error).message}`);
    }
  };

  const off = options.events.on((event, origin) => {
    if (origin !== 'local') return;
    for (const key of keysOfChange(event)) pending.add(key);
    timer ??= setTimeout(() => {
      timer = undefined;
      const keys = [...pending];
      pending.clear();
      void send(keys, 1);
    }, options.batchMs ?? 50);
  });
  return () => {
    off();
    if (timer) clearTimeout(timer);
  };
}

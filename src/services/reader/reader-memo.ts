import { CacheKey, keysOfChange } from '../../domain/cache-keys.js';
import type { ChangeEvents } from '../events/change-events.js';

interface Memo {
  value: Promise<unknown>;
  keys: readonly string[];
}

/** Distinct lists kept: an edition's frame and newest, and a list per tag in use. */
const MAX_ENTRIES = 5_000;

/**
 * What many reader pages read alike — the sections, an edition's settings and newest stories,
 * the newest stories on a tag — kept in memory between requests and dropped by the same change
 * events and surrogate keys as the page cache (src/domain/cache-keys.ts). An article page that
 * is not in the page cache then reads only what is its own.
 *
 * A load that was running when a change came in is handed to its callers but not kept.
 */
export class ReaderMemo {
  private readonly entries = new Map<string, Memo>();
  private readonly byKey = new Map<string, Set<string>>();
  private generation = 0;
  /** False while changes from other processes may be missed: nothing is kept then. */
  private keeping = true;

  /** The value under `name`, loading it once (concurrent callers share the load). */
  get<T>(name: string, load: () => Promise<T>, keysOf: (value: T) => Iterable<string>): Promise<T> {
    if (!this.keeping) return load();
    const kept = this.entries.get(name);
    if (kept) {
      this.entries.delete(name);
      this.entries.set(name, kept);
      return kept.value as Promise<T>;
    }
    const since = this.generation;
    const value = load();
    const memo: Memo = { value, keys: [] };
    this.entries.set(name, memo);
    value.then(
      (loaded) => {
        if (this.entries.get(name) !== memo) return;
        if (since !== this.generation) {
          this.entries.delete(name);
          return;
        }
        memo.keys = [CacheKey.site, ...keysOf(loaded)];
        for (const key of memo.keys) {
          let names = this.byKey.get(key);
          if (!names) this.byKey.set(key, (names = new Set()));
          names.add(name);
        }
        if (this.entries.size > MAX_ENTRIES) this.drop(this.entries.keys().next().value!);
      },
      () => {
        if (this.entries.get(name) === memo) this.entries.delete(name);
      },
    );
    return value;
  }

  invalidate(keys: Iterable<string>): void {
    this.generation++;
    for (const key of keys) {
      if (key === CacheKey.site) {
        this.entries.clear();
        this.byKey.clear();
        return;
      }
      for (const name of [...(this.byKey.get(key) ?? [])]) this.drop(name);
    }
    // Loads in flight were started before this change: their callers get them, nobody else.
    for (const [name, memo] of this.entries) if (memo.keys.length === 0) this.entries.delete(name);
  }

  /** Follows change events (here and from other processes) and clears itself if some may be missed. */
  listen(events: ChangeEvents): () => void {
    const offChange = events.on((event) => this.invalidate(keysOfChange(event)));
    const offRelay = events.onRelayState((state) => {
      this.keeping = state === 'up';
      this.invalidate([CacheKey.site]);
    });
    return () => {
      offChange();
      offRelay();
    };
  }

  private drop(name: string): void {
    const memo = this.entries.get(name);
    if (!memo) return;
    this.entries.delete(name);
    for (const key of memo.keys) {
      const names = this.byKey.get(key);
      names?.delete(name);
      if (names?.size === 0) this.byKey.delete(key);
    }
  }
}

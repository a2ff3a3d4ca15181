/**
 * The in-memory store behind the page cache: rendered responses, bounded by bytes, least recently
 * used first out (approximately: see {@link PageStore.oldest}), each filed under the surrogate
 * keys it depends on so that a change evicts exactly the pages that show it. No HTTP here: see
 * page-cache.ts for how it is filled and served.
 *
 * Entries come in three classes, each with its own share of the budget, so that what a client
 * can vary at will (search queries, page numbers, unknown paths) never pushes out the pages
 * everyone reads:
 * - `page`: a reader page, feed or sitemap at its canonical address;
 * - `query`: the same with query parameters (search results, `?page=N`);
 * - `error`: a 404 page, kept briefly.
 *
 * Once a class is full, a new page gets in only if its path has been asked for more often,
 * lately, than the page it would push out (the TinyLFU admission of Caffeine and Ristretto): a
 * crawler walking the archive, or any spread of one-off reads, then leaves the pages everyone
 * reads where they are instead of churning the whole cache (and its memory) for nothing.
 */

export type EntryClass = 'page' | 'query' | 'error';

/** One cached response: the bytes in each encoding, made once, and what it depends on. */
export interface CachedResponse {
  status: number;
  /** Lower-case header names and values, sent as they are (no content-length, no content-encoding). */
  headers: Readonly<Record<string, string>>;
  etag: string;
  lastModified: number | null;
  /** The plain body, kept only when it is too small to compress (else inflated on demand). */
  identity: Buffer | null;
  identityLength: number;
  /**
   * The compressed bodies. Each is made once, the first time a client asks for it; until then
   * it is null (one of the two is always there when the plain body is not).
   */
  gzip: Buffer | null;
  br: Buffer | null;
  /**
   * The surrogate keys it is filed under, space-separated: the very string sent as
   * `Surrogate-Key`, so that an entry holds one string for its keys, not one per key.
   */
  keys: string;
  /** Epoch ms after which the entry is not served (Infinity: only a change removes it). */
  expiresAt: number;
  /** Header lists for a hit, made by the page cache on first use in each form and kept here. */
  hitHeaders?: Partial<Record<string, string[]>>;
  /** The same as raw HTTP/1.1 heads (status line and header lines), for the hit lane. */
  rawHeads?: Partial<Record<string, Buffer | null>>;
}

interface Slot {
  readonly path: string;
  readonly variant: string;
  readonly cls: EntryClass;
  bytes: number;
  readonly response: CachedResponse;
  /** Read since eviction last passed it: it then gets a second chance (see {@link PageStore.oldest}). */
  read: boolean;
}

/**
 * The entries of one path. Most paths read no query parameter and have one entry, kept in a
 * field: a hit then looks up one map, not two.
 */
interface PathRecord {
  /** The query parameters the route reads, sorted; every other parameter is ignored in the key. */
  params: readonly string[];
  /** The entry of a path whose route reads no parameter. */
  plain: Slot | undefined;
  /** The entries of a path whose route reads some, by {@link variantOf}. */
  variants: Map<string, Slot> | undefined;
}

/** Share of the byte budget per class. */
const SHARES: Record<EntryClass, number> = { page: 0.8, query: 0.15, error: 0.05 };
/**
 * Memory per entry besides its bodies, counted against the budget (measured with V8's heap
 * statistics on article pages): its slot, path record, response and header objects and the
 * header lists prepared for a hit, then each surrogate key's place in the key index, and the
 * header strings (as filed; most are shared with every other entry).
 */
const OVERHEAD = 2048;
const PER_KEY = 48;
/** Distinct query variants kept per path: `?page=1…N` and the like stay few. */
const MAX_VARIANTS = 64;

export interface PageStoreStats {
  entries: number;
  bytes: number;
  hits: number;
  misses: number;
  evictions: number;
}

/**
 * How often each path was asked for lately: a count-min sketch of two rows of 4-bit counters,
 * halved every {@link AGE_AFTER} requests so that old popularity fades. 128 kB, whatever the traffic.
 */
const SKETCH_BITS = 16;
const AGE_AFTER = 10 << SKETCH_BITS;

class FrequencySketch {
  private readonly rows = [new Uint8Array(1 << SKETCH_BITS), new Uint8Array(1 << SKETCH_BITS)];
  private added = 0;

  add(path: string): void {
    const h = hash(path);
    const [a, b] = this.rows as [Uint8Array, Uint8Array];
    const i = h & 0xffff;
    const j = h >>> 16;
    if (a[i]! < 15) a[i]!++;
    if (b[j]! < 15) b[j]!++;
    if (++this.added >= AGE_AFTER) {
      this.added = 0;
      for (const row of this.rows) for (let k = 0; k < row.length; k++) row[k]! >>= 1;
    }
  }

  estimate(path: string): number {
    const h = hash(path);
    return Math.min(this.rows[0]![h & 0xffff]!, this.rows[1]![h >>> 16]!);
  }
}

/** FNV-1a, 32 bits. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

export class PageStore {
  private readonly sketch = new FrequencySketch();
  private readonly paths = new Map<string, PathRecord>();
  /**
   * Entries per class in the order they were filed or last given a second chance (a Map keeps
   * insertion order): eviction looks from the front. A hit only marks its slot as read, so that
   * it writes no shared structure (the CLOCK approximation of least-recently-used).
   */
  private readonly order: Record<EntryClass, Map<Slot, true>> = { page: new Map(), query: new Map(), error: new Map() };
  private readonly used: Record<EntryClass, number> = { page: 0, query: 0, error: 0 };
  /** The slots filed under each key: one slot alone (most keys name one story's pages) or a set. */
  private readonly byKey = new Map<string, Slot | Set<Slot>>();
  /** Where each kept response is filed, for {@link grow}. */
  private readonly slots = new WeakMap<CachedResponse, Slot>();
  private readonly budget: Record<EntryClass, number>;
  private counters = { hits: 0, misses: 0, evictions: 0 };
  private generation = 0;

  constructor(
    readonly maxBytes: number,
    private readonly now: () => number = Date.now,
  ) {
    this.budget = { page: maxBytes * SHARES.page, query: maxBytes * SHARES.query, error: maxBytes * SHARES.error };
  }

  /**
   * Bumped by every invalidation. A response rendered while it changed may show what the change
   * replaced, so {@link put} refuses it.
   */
  get version(): number {
    return this.generation;
  }

  /**
   * The entry for a request path and its raw query string (without "?"), if any and still fresh.
   * A `probe` that finds nothing is not counted: the request is asked for again on the way that
   * renders it.
   */
  get(path: string, query: string, probe = false): CachedResponse | undefined {
    const record = this.paths.get(path);
    const slot = record === undefined ? undefined : record.params.length === 0 ? record.plain : record.variants!.get(variantOf(query, record.params));
    // Most entries wait for a change, not a time: the clock is read only for those that expire.
    if (slot !== undefined && slot.response.expiresAt !== Infinity && slot.response.expiresAt <= this.now()) this.remove(slot);
    else if (slot !== undefined) {
      this.sketch.add(path);
      slot.read = true;
      this.counters.hits++;
      return slot.response;
    }
    if (!probe) {
      this.sketch.add(path);
      this.counters.misses++;
    }
    return undefined;
  }

  /**
   * Whether a response of about `bytes` for `path` would be kept: always while its class has room;
   * once it is full, only when the path has been asked for more often lately than the page
   * eviction would take next (finding it may give read pages their second chance, as eviction
   * would). Asked before the work of filing (compression) is done.
   */
  admits(path: string, cls: EntryClass, bytes: number): boolean {
    if (this.maxBytes <= 0 || bytes + OVERHEAD > this.budget[cls]) return false;
    if (this.used[cls] + bytes + OVERHEAD <= this.budget[cls]) return true;
    const victim = this.oldest(cls);
    return victim === undefined || this.sketch.estimate(path) > this.sketch.estimate(victim.path);
  }

  /**
   * Files a response rendered from data read at {@link version} `since`. Refused (false) when a
   * change came in meanwhile, when the store is off, or when the entry alone exceeds its class's budget.
   */
  put(path: string, query: string, params: readonly string[], cls: EntryClass, response: CachedResponse, since: number): boolean {
    if (since !== this.generation || this.maxBytes <= 0) return false;
    const keys = keysOf(response);
    const bytes =
      OVERHEAD +
      path.length * 2 +
      keys.length * PER_KEY +
      Object.values(response.headers).reduce((n, v) => n + v.length, 0) +
      (response.identity?.length ?? 0) +
      (response.gzip?.length ?? 0) +
      (response.br?.length ?? 0);
    if (bytes > this.budget[cls]) return false;

    let record = this.paths.get(path);
    if (!record || !sameParams(record.params, params)) {
      if (record) for (const slot of slotsOf(record)) this.remove(slot);
      const sorted = [...params].sort();
      record = { params: sorted, plain: undefined, variants: sorted.length === 0 ? undefined : new Map() };
      this.paths.set(path, record);
    }
    const variant = record.params.length === 0 ? '' : variantOf(query, record.params);
    const old = record.variants ? record.variants.get(variant) : record.plain;
    if (old) this.remove(old);
    else if (record.variants && record.variants.size >= MAX_VARIANTS) this.remove(record.variants.values().next().value!);
    // remove() may have dropped an emptied record: file it again.
    if (!this.paths.has(path)) this.paths.set(path, record);

    const slot: Slot = { path, variant, cls, bytes, response, read: false };
    if (record.variants) record.variants.set(variant, slot);
    else record.plain = slot;
    this.order[cls].set(slot, true);
    this.slots.set(response, slot);
    this.used[cls] += bytes;
    for (const key of keys) {
      const filed = this.byKey.get(key);
      if (filed === undefined) this.byKey.set(key, slot);
      else if (filed instanceof Set) filed.add(slot);
      else if (filed !== slot) this.byKey.set(key, new Set([filed, slot]));
    }
    this.evictOverBudget(cls);
    return true;
  }

  /**
   * Counts `bytes` more for a kept response (a compressed copy made after it was filed), evicting
   * others if its class is then over its budget. A response no longer kept is left as it is.
   */
  grow(response: CachedResponse, bytes: number): void {
    const slot = this.slots.get(response);
    if (!slot || !this.order[slot.cls].has(slot)) return;
    slot.bytes += bytes;
    this.used[slot.cls] += bytes;
    this.evictOverBudget(slot.cls);
  }

  private evictOverBudget(cls: EntryClass): void {
    while (this.used[cls] > this.budget[cls]) {
      const oldest = this.oldest(cls);
      if (!oldest) break;
      this.remove(oldest);
      this.counters.evictions++;
    }
  }

  /** Drops every entry filed under any of the keys; returns how many were dropped. */
  invalidate(keys: Iterable<string>): number {
    this.generation++;
    let dropped = 0;
    for (const key of keys) {
      const filed = this.byKey.get(key);
      if (filed === undefined) continue;
      for (const slot of filed instanceof Set ? [...filed] : [filed]) {
        this.remove(slot);
        dropped++;
      }
    }
    return dropped;
  }

  /** Drops everything. */
  clear(): void {
    this.generation++;
    this.paths.clear();
    this.byKey.clear();
    for (const cls of Object.keys(this.order) as EntryClass[]) {
      this.order[cls].clear();
      this.used[cls] = 0;
    }
  }

  /** Caps every entry's life from now on, e.g. while changes from other processes may be missed. */
  expireWithin(ms: number): void {
    const limit = this.now() + ms;
    for (const record of this.paths.values()) {
      for (const slot of slotsOf(record)) slot.response.expiresAt = Math.min(slot.response.expiresAt, limit);
    }
  }

  stats(): PageStoreStats {
    let entries = 0;
    for (const cls of Object.keys(this.order) as EntryClass[]) entries += this.order[cls].size;
    return { entries, bytes: this.used.page + this.used.query + this.used.error, ...this.counters };
  }

  /**
   * The entry of a class to evict next: the first in filing order not read since eviction last
   * passed it. Those read are moved to the back, unmarked (a second chance), so a page read
   * again and again stays while pages read once go in the order they came.
   */
  private oldest(cls: EntryClass): Slot | undefined {
    const order = this.order[cls];
    for (;;) {
      const slot: Slot | undefined = order.keys().next().value;
      if (slot === undefined || !slot.read) return slot;
      slot.read = false;
      order.delete(slot);
      order.set(slot, true);
    }
  }

  private remove(slot: Slot): void {
    const record = this.paths.get(slot.path);
    if (record?.variants?.get(slot.variant) === slot) {
      record.variants.delete(slot.variant);
      if (record.variants.size === 0) this.paths.delete(slot.path);
    } else if (record?.plain === slot) {
      record.plain = undefined;
      this.paths.delete(slot.path);
    }
    if (this.order[slot.cls].delete(slot)) this.used[slot.cls] -= slot.bytes;
    for (const key of keysOf(slot.response)) {
      const filed = this.byKey.get(key);
      if (filed === slot) this.byKey.delete(key);
      else if (filed instanceof Set) {
        filed.delete(slot);
        if (filed.size === 1) this.byKey.set(key, filed.values().next().value!);
      }
    }
  }
}

function slotsOf(record: PathRecord): Slot[] {
  return record.variants ? [...record.variants.values()] : record.plain ? [record.plain] : [];
}

function keysOf(response: CachedResponse): string[] {
  return response.keys === '' ? [] : response.keys.split(' ');
}

function sameParams(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  const sorted = [...b].sort();
  return a.every((p, i) => p === sorted[i]);
}

/**
 * The part of a query string a route reads, in a fixed order: `?utm_source=x&page=2` and
 * `?page=2` are one entry when the route reads only `page`.
 */
export function variantOf(query: string, params: readonly string[]): string {
  if (query === '') return '';
  const search = new URLSearchParams(query);
  let out = '';
  for (const name of params) {
    for (const value of search.getAll(name)) out += `&${name}=${encodeURIComponent(value)}`;
  }
  return out;
}

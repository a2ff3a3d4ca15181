import type { ContentCounts } from '../storage/content-writer.js';
import type { Repositories } from '../storage/repositories.js';

// Apart from the demo's corpus and images: the start-up reads the state on every start and loads
// the seed itself only for an empty database.

/** The ids of the demo's sections, tags, authors (by corpus key) and lead photos. */
export interface DemoIds {
  sections: Record<string, number>;
  tags: Record<string, number>;
  authors: Record<string, number>;
  photos: number[];
}

/**
 * What the seed records in the transaction of every batch: enough to make the same remaining
 * stories again after a crash (the content is a function of `seed`, `now` and the batch size).
 */
export interface SeedProgress {
  total: number;
  done: number;
  seed: number;
  now: string;
  batchSize: number;
  firstId: number;
  ids: DemoIds;
}

/** Where the database stands for the demo: what the start-up and `npm run seed` decide on. */
export type DemoState =
  /** No content at all: the demo may be seeded. */
  | { kind: 'empty' }
  /** A demo seed stopped part-way; `continueDemo` finishes it. */
  | { kind: 'interrupted'; done: number; total: number }
  /** Stories: a finished demo, or the newsroom's own. */
  | { kind: 'stories'; stories: number }
  /** Sections, tags, authors or media but no stories and no demo under way: never seeded over. */
  | { kind: 'content'; counts: ContentCounts };

/** Tells what the database holds, for the demo seed's decision. */
export async function demoState(repos: Repositories): Promise<DemoState> {
  const counts = await repos.writer.countContent();
  const progress = parseProgress(await repos.writer.seedProgress());
  if (progress && progress.done < progress.total && counts.stories > 0) return { kind: 'interrupted', done: progress.done, total: progress.total };
  if (counts.stories > 0) return { kind: 'stories', stories: counts.stories };
  if (counts.sections + counts.tags + counts.authors + counts.media > 0) return { kind: 'content', counts };
  return { kind: 'empty' };
}

/** One line for a state, for messages. */
export function describeState(state: DemoState): string {
  switch (state.kind) {
    case 'empty':
      return 'no content';
    case 'interrupted':
      return `a demo seed stopped after ${state.done} of ${state.total} stories`;
    case 'stories':
      return `${state.stories} stories`;
    case 'content': {
      const c = state.counts;
      return `no stories but ${c.sections} sections, ${c.tags} tags, ${c.authors} authors and ${c.media} photos`;
    }
  }
}

/** The seed's progress record, if the settings hold one it can read. */
export function parseProgress(value: unknown): SeedProgress | undefined {
  const p = value as Partial<SeedProgress> | undefined;
  return p && typeof p.done === 'number' && typeof p.total === 'number' && p.ids ? (p as SeedProgress) : undefined;
}

import type { SourceAttribution, Status } from '../domain/story.js';
import type { CurrentVersion, StoryMeta, VersionData, VersionFields } from './api.js';
import { blocksToDoc, docToBlocks } from './blocks-convert.js';

// What the version editor keeps track of besides the text: pure types and helpers.

/** Empty source lines are no source; empty link rows are left out. */
export function cleanSource(source: SourceAttribution | null): SourceAttribution | null {
  if (!source) return null;
  const links = source.links.filter((l) => l.text.trim() || l.url.trim());
  return source.text.trim() || links.length ? { text: source.text, links } : null;
}

/** Where the version stands on the server, as far as this editor knows. */
export interface Base {
  exists: boolean;
  lockVersion: number;
  status: Status;
  publishedAt: string | null;
  updatedAt: string | null;
  updateNote: string | null;
}

export type SaveState = { kind: 'idle' } | { kind: 'saving' } | { kind: 'saved'; at: Date } | { kind: 'failed'; message: string } | { kind: 'conflict' };

export interface Conflict {
  current: CurrentVersion;
  theirs?: VersionData;
}

export interface Snapshot {
  fields: VersionFields;
  meta: StoryMeta;
}

export const fieldsOf = (v: VersionFields): VersionFields => ({
  headline: v.headline,
  lead: v.lead,
  // The body as the editor will give it back, so opening a story is never a change by itself.
  body: docToBlocks(blocksToDoc(v.body)),
  source: v.source,
  leadMediaId: v.leadMediaId,
});
export const baseOf = (v: VersionData | undefined): Base =>
  v
    ? { exists: true, lockVersion: v.lockVersion, status: v.status, publishedAt: v.publishedAt, updatedAt: v.updatedAt, updateNote: v.updateNote }
    : { exists: false, lockVersion: 0, status: 'draft', publishedAt: null, updatedAt: null, updateNote: null };
/** Compares what is on screen with what was saved: equal keys, nothing to save. */
export const key = (s: Snapshot) => JSON.stringify([s.fields.headline, s.fields.lead, s.fields.body, cleanSource(s.fields.source), s.fields.leadMediaId, s.meta]);
export const sameMeta = (a: StoryMeta, b: StoryMeta) => JSON.stringify(a) === JSON.stringify(b);


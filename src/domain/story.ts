import { cleanBody, type Block } from './blocks.js';
import type { Lang } from './locale.js';
import { cleanLine, cleanMultiline } from './text.js';

/** News is short and frequent; articles are long reads; columns are opinion with the columnist. */
export const KINDS = ['news', 'article', 'column'] as const;
export type Kind = (typeof KINDS)[number];

/** Where a version is in the newsroom's workflow; readers only ever see `published`. */
export const STATUSES = ['draft', 'review', 'scheduled', 'published', 'unpublished'] as const;
export type Status = (typeof STATUSES)[number];

/** 0 ordinary, 1 important (bold in the news stream), 2 top story (front page lead). */
export type Importance = 0 | 1 | 2;

/** A link in a source line: whom a story cites, often a sister site. */
export interface SourceLink {
  text: string;
  url: string;
}

/**
 * "Source:" under the lead: who reported it and whom they cite.
 * @example { reportedBy: 'Ukrainska Pravda', links: [{ text: 'Ukrainska Pravda', url: 'https://…' }] }
 */
export interface SourceAttribution {
  /** The sentence readers see, e.g. "Economic Pravda citing the National Bank". */
  text: string;
  links: SourceLink[];
}

/** One piece of journalism: a numeric id that all its language versions share. */
export interface Story {
  id: number;
  kind: Kind;
  sectionId: number;
  importance: Importance;
  hasVideo: boolean;
  hasPhotos: boolean;
  createdAt: Date;
}

/** A story in one language: written, reviewed and published on its own. */
export interface Version {
  storyId: number;
  lang: Lang;
  status: Status;
  headline: string;
  lead: string;
  body: Block[];
  source: SourceAttribution | null;
  leadMediaId: number | null;
  publishedAt: Date | null;
  /** Set when a published version changes: readers see "updated" and the note. */
  updatedAt: Date | null;
  updateNote: string | null;
  modifiedAt: Date;
}

/** What readers see of a version in lists and streams. */
export interface StoryCard {
  storyId: number;
  lang: Lang;
  kind: Kind;
  sectionId: number;
  importance: Importance;
  hasVideo: boolean;
  hasPhotos: boolean;
  headline: string;
  lead: string;
  leadMediaId: number | null;
  publishedAt: Date;
  updatedAt: Date | null;
}

/** True when readers may see this version now. */
export function isVisibleToReaders(version: Pick<Version, 'status' | 'publishedAt'>, now: Date): boolean {
  return version.status === 'published' && version.publishedAt !== null && version.publishedAt <= now;
}

/** What a story shares across its language versions: the editor's story details. */
export interface StoryMeta {
  kind: Kind;
  sectionId: number;
  tagIds: number[];
  authorIds: number[];
  importance: Importance;
  hasVideo: boolean;
  hasPhotos: boolean;
}

/** What an editor writes in one language version. */
export interface VersionFields {
  headline: string;
  lead: string;
  body: Block[];
  source: SourceAttribution | null;
  leadMediaId: number | null;
}

const cleanIfText = (value: unknown, clean: (s: string) => string) => (typeof value === 'string' ? clean(value) : value);

/**
 * A version's fields as they may be stored (see domain/text.ts): the headline, source line and
 * link texts single-line, the lead and body text with their line breaks. Links are kept as sent,
 * for validation to refuse; values of the wrong type are kept too, for validation to name.
 * Other properties of `fields` (a revision's `story`, a `lang`) pass through.
 *
 * @example cleanVersionFields({ headline: 'Kyiv\u0000', lead: '', body: [], source: null, leadMediaId: null }).headline // 'Kyiv'
 */
export function cleanVersionFields<T extends VersionFields>(fields: T): T {
  const source = fields.source as unknown as { text?: unknown; links?: unknown } | null | undefined;
  return {
    ...fields,
    headline: cleanIfText(fields.headline, cleanLine),
    lead: cleanIfText(fields.lead, cleanMultiline),
    body: cleanBody(fields.body),
    source:
      source !== null && typeof source === 'object'
        ? {
            ...source,
            text: cleanIfText(source.text, cleanLine),
            links: Array.isArray(source.links)
              ? source.links.map((l: unknown) => (l !== null && typeof l === 'object' ? { ...l, text: cleanIfText((l as { text?: unknown }).text, cleanLine) } : l))
              : source.links,
          }
        : fields.source,
  };
}

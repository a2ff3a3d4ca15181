import type { Block } from '../../domain/blocks.js';
import type { Lang, Localized } from '../../domain/locale.js';
import type { Importance, Kind } from '../../domain/story.js';

/**
 * The demo newsroom's material: written for Masthead's demo, in Ukrainian, Russian and English.
 * The seed command turns these drafts into rows; nothing here touches the database.
 */

export interface CorpusSection {
  key: string;
  name: Localized<string>;
  /** Latin slugs per language, e.g. { uk: 'polityka', ru: 'politika', en: 'politics' }. */
  slug: Localized<string>;
}

export interface CorpusTag {
  key: string;
  /** The section the tag mostly belongs to (for picking plausible tags). */
  section: string;
  name: Localized<string>;
  slug: Localized<string>;
}

export interface CorpusAuthor {
  key: string;
  name: Localized<string>;
  slug: Localized<string>;
  /** Job title: "Political correspondent". */
  title: Localized<string>;
  bio: Localized<string>;
  /** True for columnists, who sign columns. */
  columnist: boolean;
}

/** A sister site or partner outlet that stories cite. All fictional, on example domains. */
export interface CorpusOutlet {
  key: string;
  name: Localized<string>;
  /** e.g. "https://economic.example.com" */
  url: string;
}

export interface DraftText {
  headline: string;
  lead: string;
  body: Block[];
  /** "Source:" sentence in this language, e.g. "Economic Pravda citing the National Bank". */
  sourceText: string;
  /** Filled when the story was updated after publication. */
  updateNote?: string;
}

/** One generated story before it is stored. */
export interface StoryDraft {
  kind: Kind;
  section: string;
  tags: string[];
  /** One or more author keys; co-authored stories have two. */
  authors: string[];
  importance: Importance;
  hasVideo: boolean;
  hasPhotos: boolean;
  /** Only the languages this story exists in (one, two or all three). */
  texts: Partial<Record<Lang, DraftText>>;
  /** Outlets linked from the source line, in order. */
  sourceOutlets: string[];
  /** Index into the photo pool for the lead photo. */
  photo: number;
  updated: boolean;
}

/** A lead-photo subject: the seed renders an image for it and stores caption and credit. */
export interface CorpusPhoto {
  /** Drawn as an abstract picture in these colours (CSS hex), so each photo looks different. */
  palette: [string, string, string];
  caption: Localized<string>;
  credit: Localized<string>;
  alt: Localized<string>;
}

/** Deterministic random numbers, so the same seed makes the same newspaper. */
export interface Rng {
  /** A float in [0, 1). */
  next(): number;
  int(maxExclusive: number): number;
  pick<T>(items: readonly T[]): T;
}

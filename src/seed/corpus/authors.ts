import type { Localized } from '../../domain/locale.js';
import type { CorpusAuthor } from './types.js';
import TEXTS from './data/authors.json' with { type: 'json' };

/** The demo newsroom: fictional journalists. English names follow the official Ukrainian transliteration. */

type Person = [name: string, slug: string, title: string, bio: string];

interface Staffer extends CorpusAuthor {
  /** Sections the author writes for, most often first. */
  beats: string[];
}

function author(key: string, beats: string[], columnist: boolean, uk: Person, ru: Person, en: Person): Staffer {
  const of = (i: 0 | 1 | 2 | 3): Localized<string> => ({ uk: uk[i], ru: ru[i], en: en[i] });
  return { key, name: of(0), slug: of(1), title: of(2), bio: of(3), columnist, beats };
}

const STAFF: Staffer[] = (TEXTS.STAFF as unknown as Parameters<typeof author>[]).map((a) => author(...a));

export const AUTHORS: CorpusAuthor[] = STAFF.map(({ beats: _beats, ...a }) => a);

/** Which sections each author writes for: the generator picks bylines that fit the story. */
export const AUTHOR_BEATS: Readonly<Record<string, readonly string[]>> = Object.fromEntries(
  STAFF.map((a) => [a.key, a.beats]),
);

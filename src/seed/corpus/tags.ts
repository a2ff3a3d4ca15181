import type { CorpusTag } from './types.js';
import TEXTS from './data/tags.json' with { type: 'json' };

type NameAndSlug = [name: string, slug: string];

function tag(key: string, section: string, uk: NameAndSlug, ru: NameAndSlug, en: NameAndSlug): CorpusTag {
  return { key, section, name: { uk: uk[0], ru: ru[0], en: en[0] }, slug: { uk: uk[1], ru: ru[1], en: en[1] } };
}

/**
 * Topics and places, each filed under the section it mostly belongs to.
 * City tags share their key with the city in `places.ts`, so a story set in Lviv can carry the Lviv tag.
 */
export const TAGS: CorpusTag[] = (TEXTS.TAGS as unknown as Parameters<typeof tag>[]).map((a) => tag(...a));

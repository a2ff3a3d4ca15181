import type { CorpusSection } from './types.js';
import TEXTS from './data/sections.json' with { type: 'json' };

/**
 * The demo paper's sections, in the order the top menu shows them.
 * Ukrainian slugs follow the official transliteration (Cabinet resolution No. 55 of 2010).
 */
export const SECTIONS: CorpusSection[] = (TEXTS.SECTIONS as unknown as Parameters<typeof section>[]).map((a) => section(...a));

type NameAndSlug = [name: string, slug: string];

function section(key: string, uk: NameAndSlug, ru: NameAndSlug, en: NameAndSlug): CorpusSection {
  return { key, name: { uk: uk[0], ru: ru[0], en: en[0] }, slug: { uk: uk[1], ru: ru[1], en: en[1] } };
}

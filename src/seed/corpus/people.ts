import type { Localized } from '../../domain/locale.js';
import TEXTS from './data/people.json' with { type: 'json' };

/**
 * Fictional officials, doctors and coaches whom stories quote. Only their names and jobs appear, in a
 * quote's attribution, so the text never has to agree with their gender except the Ukrainian job title.
 */
export interface Speaker {
  name: Localized<string>;
  female: boolean;
}

const speaker = (female: boolean, uk: string, ru: string, en: string): Speaker => ({ female, name: { uk, ru, en } });

export const SPEAKERS: Speaker[] = (TEXTS.SPEAKERS as unknown as Parameters<typeof speaker>[]).map((a) => speaker(...a));

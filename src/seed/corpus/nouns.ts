import { noun } from './kit.js';
import TEXTS from './data/nouns.json' with { type: 'json' };

/**
 * Counted nouns: Ukrainian and Russian as "one|few|many|genitive singular", English as "one|many".
 * Animate nouns are left out on purpose: their accusative after 2–4 differs, and digits hide it.
 */
export const W = Object.fromEntries(
  Object.entries(TEXTS.W).map(([key, forms]) => [key, noun(...(forms as unknown as Parameters<typeof noun>))]),
) as Record<keyof typeof TEXTS.W, ReturnType<typeof noun>>;

import type { Lang } from '../domain/locale.js';

/** A language version of a story, as lists and search results name them. */
export interface VersionKey {
  storyId: number;
  lang: Lang;
}

/**
 * The rows of `rows` (read with `story_id in …` and `lang in …`, which may bring extra pairs) in
 * the order of `refs`; a ref without a row is left out.
 *
 * @example inRefOrder([{ storyId: 7, lang: 'en' }], rows) // [the row of 7/en] or []
 */
export function inRefOrder<R extends { story_id: number; lang: string }>(refs: readonly VersionKey[], rows: readonly R[]): R[] {
  const byKey = new Map(rows.map((r) => [`${r.story_id}/${r.lang}`, r]));
  return refs.flatMap(({ storyId, lang }) => {
    const row = byKey.get(`${storyId}/${lang}`);
    return row ? [row] : [];
  });
}

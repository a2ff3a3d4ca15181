import { LANGUAGES, isLang, type Lang } from '../../domain/locale.js';
import { VocabularyBuilder, suggestQuery, type Vocabulary } from '../../domain/search/search-suggest.js';
import type { VocabularyText } from '../../storage/search/search-vocabulary-repository.js';
import type { SearchRequest, SearchResults } from './search-types.js';

/**
 * "Did you mean": when a reader's search finds nothing (or next to nothing), a corrected query
 * (a typo fixed, or the query read as typed on the other keyboard layout) that does find
 * stories. The words come from an in-memory vocabulary per edition, built on the first search
 * that needs it from the newest published headlines and leads and the names of sections, tags
 * and authors, and rebuilt when it is older than VOCABULARY_MAX_AGE_MS. Publishing writes nothing
 * for it.
 */

/** The search engine with its deps bound (services/search/search.ts). */
export type SearchEngine = (request: SearchRequest) => Promise<SearchResults>;
/** A suggestion for a search already answered, or null. */
export type SuggestFn = (request: SearchRequest, results: SearchResults) => Promise<string | null>;

/** A search with fewer results than this may get a suggestion. */
export const FEW_RESULTS = 3;
/** Newest published versions per edition whose headlines and leads make the vocabulary. */
export const VOCABULARY_VERSIONS = 20_000;
/** A vocabulary older than this is rebuilt (in the background; the old one serves meanwhile). */
export const VOCABULARY_MAX_AGE_MS = 10 * 60_000;
/** Versions read and counted per turn of the event loop (a few milliseconds of work each). */
const CHUNK = 200;
/** Section, tag and author names count as this many occurrences: they are the archive's own words. */
const NAME_WEIGHT = 5;

/** Where the vocabulary's words come from (storage/search/search-vocabulary-repository.ts). */
export interface VocabularySource {
  publishedTexts(lang: Lang, now: Date, offset: number, limit: number): Promise<VocabularyText[]>;
  names(lang: Lang): Promise<string[]>;
}

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * The editions' vocabularies, built lazily, one build at a time per edition, never blocking the
 * event loop for more than one chunk of CHUNK versions.
 */
export class SearchVocabularies {
  private readonly built = new Map<Lang, { vocabulary: Vocabulary; at: number }>();
  private readonly building = new Map<Lang, Promise<Vocabulary>>();

  constructor(
    private readonly source: VocabularySource,
    private readonly now: () => Date,
    private readonly options: { versions?: number; maxAgeMs?: number } = {},
  ) {}

  /** The edition's vocabulary: built now if there is none, the current one while a newer one is built. */
  async get(lang: Lang): Promise<Vocabulary> {
    const current = this.built.get(lang);
    const age = current ? this.now().getTime() - current.at : Number.POSITIVE_INFINITY;
    if (current && age >= 0 && age < (this.options.maxAgeMs ?? VOCABULARY_MAX_AGE_MS)) return current.vocabulary;
    const rebuild = this.rebuild(lang);
    return current ? current.vocabulary : rebuild;
  }

  /** Resolves when no vocabulary is being built (for shutdown and tests); never rejects. */
  async settled(): Promise<void> {
    await Promise.allSettled([...this.building.values()]);
  }

  private rebuild(lang: Lang): Promise<Vocabulary> {
    let pending = this.building.get(lang);
    if (!pending) {
      pending = this.build(lang).finally(() => this.building.delete(lang));
      // A failed background rebuild keeps the old vocabulary; the next search tries again.
      pending.catch(() => undefined);
      this.building.set(lang, pending);
    }
    return pending;
  }

  private async build(lang: Lang): Promise<Vocabulary> {
    const now = this.now();
    const builder = new VocabularyBuilder(lang);
    for (const name of await this.source.names(lang)) builder.add(name, NAME_WEIGHT);
    const total = this.options.versions ?? VOCABULARY_VERSIONS;
    for (let offset = 0; offset < total; offset += CHUNK) {
      const rows = await this.source.publishedTexts(lang, now, offset, Math.min(CHUNK, total - offset));
      for (const row of rows) {
        builder.add(row.headline);
        builder.add(row.lead);
      }
      if (rows.length < CHUNK) break;
      await nextTurn();
    }
    await nextTurn();
    const vocabulary = builder.build();
    this.built.set(lang, { vocabulary, at: now.getTime() });
    return vocabulary;
  }
}

export interface SuggestDeps {
  vocabularies: SearchVocabularies;
  /** Runs the corrected query: a suggestion is made only when it finds something. */
  search: SearchEngine;
}

/**
 * A corrected query for a search that found nothing or fewer than FEW_RESULTS stories, when the
 * correction finds more; else null. Never throws: a suggestion must not cost the reader the page.
 *
 * @example await suggest(deps, { q: 'rbsd', lang: 'uk', … }, results) // 'київ'
 */
export async function suggest(deps: SuggestDeps, request: SearchRequest, results: SearchResults): Promise<string | null> {
  if (results.empty || results.total >= FEW_RESULTS || typeof request.q !== 'string') return null;
  try {
    const filterLang: Lang = isLang(request.filterLang) ? request.filterLang : 'uk';
    const langs: readonly Lang[] = request.lang === 'all' ? LANGUAGES : [isLang(request.lang) ? request.lang : filterLang];
    const vocabularies = await Promise.all(langs.map((l) => deps.vocabularies.get(l)));
    const corrected = suggestQuery(request.q, vocabularies);
    if (corrected === undefined) return null;
    const check = await deps.search({ ...request, q: corrected, page: 1, perPage: 1 });
    return !check.empty && check.total > results.total ? corrected : null;
  } catch {
    return null;
  }
}

import { useEffect, useRef, useState } from 'preact/hooks';
import { LANGUAGE_LABELS, LANGUAGES, isLang } from '../domain/locale.js';
import { STATUSES } from '../domain/story.js';
import { ApiError, query, type ListItem } from './api.js';
import { Link } from './link.js';
import { nameOf, useApp } from './context.js';
import { newsroomDateTime, newsroomDayStart, nextDay } from './newsroom-time.js';
import { storyUrl } from './router.js';
import { MAX_SEARCH_PAGE, Marked, searchStories, type FoundItem, type FoundPage } from './story-search.js';

/**
 * The list's filters, as they stand in the address (so reload, back and shared links keep them).
 * With words in `q` the list is a search: ranked results from the search engine, with `sort` and
 * numbered pages, and the days are publication days; without, every version by its last change.
 */
interface Filters {
  lang: string;
  status: string;
  sectionId: string;
  authorId: string;
  q: string;
  from: string;
  to: string;
  /** '' (best match) or 'date'. */
  sort: string;
  /** '' (the first) or a page number of the search. */
  page: string;
}

const KEYS: (keyof Filters)[] = ['lang', 'status', 'sectionId', 'authorId', 'q', 'from', 'to', 'sort', 'page'];
/** Filters a member sets (the order and page of a search are not counted as filters). */
const FILTER_KEYS: (keyof Filters)[] = ['lang', 'status', 'sectionId', 'authorId', 'q', 'from', 'to'];
const NONE: Filters = { lang: '', status: '', sectionId: '', authorId: '', q: '', from: '', to: '', sort: '', page: '' };
const DAY = /^\d{4}-\d{2}-\d{2}$/;
/** As much of the search box as the API reads. */
const MAX_Q = 1000;
const PER_PAGE = 20;

function readFilters(q: URLSearchParams): Filters {
  const get = (k: string) => q.get(k) ?? '';
  return {
    lang: isLang(get('lang')) ? get('lang') : '',
    status: (STATUSES as readonly string[]).includes(get('status')) ? get('status') : '',
    sectionId: /^\d+$/.test(get('sectionId')) ? get('sectionId') : '',
    authorId: /^\d+$/.test(get('authorId')) ? get('authorId') : '',
    q: get('q').slice(0, MAX_Q),
    from: DAY.test(get('from')) ? get('from') : '',
    to: DAY.test(get('to')) ? get('to') : '',
    sort: get('sort') === 'date' ? 'date' : '',
    page: /^\d{1,3}$/.test(get('page')) && Number(get('page')) > 1 && Number(get('page')) <= MAX_SEARCH_PAGE ? String(Number(get('page'))) : '',
  };
}

const isSearch = (f: Filters) => f.q.trim() !== '';

function filtersUrl(f: Filters): string {
  const q = new URLSearchParams();
  for (const k of KEYS) if (f[k]) q.set(k, f[k]);
  const s = q.toString();
  return `/admin/${s ? `?${s}` : ''}`;
}

/** The list's API query for the filters: dates are whole days in the newsroom's zone, "until" includes its day. */
function apiQuery(f: Filters, cursor?: string): string {
  return query({
    limit: 30,
    lang: f.lang,
    status: f.status,
    sectionId: f.sectionId,
    authorId: f.authorId,
    from: f.from ? newsroomDayStart(f.from)?.toISOString() : undefined,
    to: f.to ? newsroomDayStart(nextDay(f.to))?.toISOString() : undefined,
    cursor,
  });
}

/** Every story version in the newsroom, newest change first, with filters and "show more"; or the versions found by words, best first. */
export function StoryList({ query: search }: { query: URLSearchParams }) {
  const { t, lang, api, taxonomy, navigate, describeError } = useApp();
  const [filters, setFilters] = useState<Filters>(() => readFilters(search));
  const [items, setItems] = useState<(ListItem | FoundItem)[]>([]);
  const [next, setNext] = useState<string | null>(null);
  const [found, setFound] = useState<Omit<FoundPage, 'items'> | null>(null);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<string | null>(null);
  const request = useRef(0);
  const applied = readFilters(search);
  const appliedKey = filtersUrl(applied);

  useEffect(() => {
    document.title = `${t.stories} — ${t.newsroom}`;
  }, [t]);

  // The address is the truth: load whenever it changes.
  useEffect(() => {
    setFilters(applied);
    void load(applied);
  }, [appliedKey]);

  async function load(f: Filters, cursor?: string) {
    const id = ++request.current;
    setLoading(true);
    setError(null);
    if (!isSearch(f)) setFound(null);
    try {
      if (isSearch(f)) {
        const { items: hits, ...about } = await searchStories(api, {
          q: f.q.trim(),
          ...(isLang(f.lang) ? { lang: f.lang } : {}),
          ...(f.status ? { status: f.status as FoundItem['status'] } : {}),
          sectionId: f.sectionId,
          authorId: f.authorId,
          from: f.from,
          to: f.to,
          sort: f.sort === 'date' ? 'date' : 'relevance',
          page: Number(f.page) || 1,
          limit: PER_PAGE,
        });
        if (id !== request.current) return; // a newer search has started
        setItems(hits);
        setFound(about);
        setNext(null);
        return;
      }
      const page = await api.call<{ items: ListItem[]; next: string | null }>('GET', `/stories${apiQuery(f, cursor)}`);
      if (id !== request.current) return; // a newer search has started
      setItems((old) => (cursor ? [...old, ...page.items] : page.items));
      setNext(page.next);
      setFound(null);
    } catch (e) {
      if (id === request.current) setError(describeError(e as ApiError));
    } finally {
      if (id === request.current) setLoading(false);
    }
  }

  const apply = (f: Filters) => void navigate(filtersUrl(f), { replace: true });
  const change = (key: keyof Filters, value: string, now = true) => {
    // Another filter or order starts again at the first page.
    const f = { ...filters, [key]: value, ...(key === 'page' ? {} : { page: '' }) };
    setFilters(f);
    if (now) apply(f);
  };

  // Searching as one types, a moment after the typing stops.
  useEffect(() => {
    if (filters.q === applied.q) return;
    const timer = setTimeout(() => apply(filters), 400);
    return () => clearTimeout(timer);
  }, [filters.q]);

  const sectionName = (id: number) => nameOf(taxonomy.sections.find((s) => s.id === id), lang);
  const anyFilter = FILTER_KEYS.some((k) => applied[k]);
  const activeFilters = FILTER_KEYS.filter((k) => k !== 'q' && applied[k]).length;
  const searching = isSearch(applied);
  const pages = found ? Math.min(MAX_SEARCH_PAGE, Math.max(1, Math.ceil(found.total / found.perPage))) : 1;
  const currentPage = found?.page ?? 1;
  const goToPage = (page: number) => {
    change('page', page > 1 ? String(page) : '');
    requestAnimationFrame(() => document.getElementById('list-count')?.focus());
  };
  const count = () => {
    if (loading && (items.length === 0 || searching)) return t.loading;
    if (error) return '';
    if (found) {
      if (found.empty) return t.tooCommonWords;
      if (found.total === 0) return t.nothingFound;
      return t.found(found.total, found.totalIsExact);
    }
    return items.length ? t.shown(items.length) : t.noStories;
  };
  // On a phone the filters fold away under the search; on a wider screen they start open.
  const [wide] = useState(() => window.matchMedia('(min-width: 760px)').matches || activeFilters > 0);

  return (
    <section class="story-list" aria-labelledby="list-title">
      <h1 id="list-title">{t.stories}</h1>
      <form
        class="filters"
        role="search"
        aria-label={t.filters}
        onSubmit={(e) => {
          e.preventDefault();
          apply(filters);
        }}
      >
        <div class="field field-search">
          <label for="f-q">{t.search}</label>
          <input id="f-q" type="search" value={filters.q} maxLength={MAX_Q} aria-describedby="f-q-hint" onInput={(e) => change('q', e.currentTarget.value, false)} />
          <p class="hint" id="f-q-hint">
            {t.searchHint}
          </p>
        </div>
        <details class="filter-more" open={wide}>
          <summary>
            {t.filters}
            {activeFilters > 0 && <span class="badge status-scheduled">{activeFilters}</span>}
          </summary>
          <div class="filter-grid">
        {isSearch(filters) && (
          <div class="field">
            <label for="f-sort">{t.sortLabel}</label>
            <select id="f-sort" value={filters.sort} onChange={(e) => change('sort', e.currentTarget.value)}>
              <option value="">{t.sortRelevance}</option>
              <option value="date">{t.sortDate}</option>
            </select>
          </div>
        )}
        <div class="field">
          <label for="f-lang">{t.filterLanguage}</label>
          <select id="f-lang" value={filters.lang} onChange={(e) => change('lang', e.currentTarget.value)}>
            <option value="">{t.anyLanguage}</option>
            {LANGUAGES.map((l) => (
              <option value={l} key={l}>
                {t.langNames[l]}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for="f-status">{t.filterStatus}</label>
          <select id="f-status" value={filters.status} onChange={(e) => change('status', e.currentTarget.value)}>
            <option value="">{t.anyStatus}</option>
            {STATUSES.map((s) => (
              <option value={s} key={s}>
                {t.statuses[s]}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for="f-section">{t.filterSection}</label>
          <select id="f-section" value={filters.sectionId} onChange={(e) => change('sectionId', e.currentTarget.value)}>
            <option value="">{t.anySection}</option>
            {taxonomy.sections.map((s) => (
              <option value={String(s.id)} key={s.id}>
                {nameOf(s, lang)}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for="f-author">{t.filterAuthor}</label>
          <select id="f-author" value={filters.authorId} onChange={(e) => change('authorId', e.currentTarget.value)}>
            <option value="">{t.anyAuthor}</option>
            {[...taxonomy.authors]
              .sort((a, b) => nameOf(a, lang).localeCompare(nameOf(b, lang), lang))
              .map((a) => (
                <option value={String(a.id)} key={a.id}>
                  {nameOf(a, lang)}
                </option>
              ))}
          </select>
        </div>
        <div class="field">
          <label for="f-from">{isSearch(filters) ? t.publishedFrom : t.changedFrom}</label>
          <input id="f-from" type="date" value={filters.from} onChange={(e) => change('from', e.currentTarget.value)} />
        </div>
        <div class="field">
          <label for="f-to">{isSearch(filters) ? t.publishedTo : t.changedTo}</label>
          <input id="f-to" type="date" value={filters.to} onChange={(e) => change('to', e.currentTarget.value)} />
        </div>
          </div>
        </details>
        <div class="filter-actions">
          <button type="submit">{t.applyFilters}</button>
          {anyFilter && (
            <button type="button" class="button-secondary" onClick={() => apply(NONE)}>
              {t.clearFilters}
            </button>
          )}
        </div>
      </form>

      <p class="list-count" id="list-count" role="status" tabIndex={-1}>
        {count()}
      </p>
      {error && (
        <div class="notice notice-error" role="alert">
          <p>
            {t.loadFailed} {error}
          </p>
          <button type="button" onClick={() => void load(applied)}>
            {t.retry}
          </button>
        </div>
      )}
      {items.length > 0 && (
        <table class="stories">
          <thead>
            <tr>
              <th scope="col">{t.colHeadline}</th>
              <th scope="col">{t.colLanguage}</th>
              <th scope="col">{t.colStatus}</th>
              <th scope="col">{t.colSection}</th>
              <th scope="col">{t.colChanged}</th>
              <th scope="col">{t.colPublished}</th>
            </tr>
          </thead>
          <tbody>
            {items.map((item) => (
              <tr key={`${item.storyId}/${item.lang}`}>
                <td class="c-headline">
                  <Link href={storyUrl(item.storyId, item.lang)} lang={item.lang}>
                    {'headlineMarks' in item && item.headline ? <Marked parts={item.headlineMarks} /> : item.headline || t.untitled}
                  </Link>
                  {'snippet' in item && item.snippet.length > 0 && (
                    <p class="snippet" lang={item.lang}>
                      <Marked parts={item.snippet} />
                    </p>
                  )}
                </td>
                <td class="c-lang" data-label={t.colLanguage}>
                  <abbr title={t.langNames[item.lang]}>{LANGUAGE_LABELS[item.lang]}</abbr>
                </td>
                <td class="c-status" data-label={t.colStatus}>
                  <span class={`badge status-${item.status}`}>{t.statuses[item.status]}</span>
                </td>
                <td class="c-section" data-label={t.colSection}>
                  {sectionName(item.sectionId)}
                </td>
                <td class="c-time" data-label={t.colChanged}>
                  <time dateTime={item.modifiedAt}>{newsroomDateTime(new Date(item.modifiedAt), lang)}</time>
                </td>
                <td class="c-time" data-label={t.colPublished}>
                  {item.publishedAt ? <time dateTime={item.publishedAt}>{newsroomDateTime(new Date(item.publishedAt), lang)}</time> : '—'}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {found && pages > 1 && (
        <nav class="pager" aria-label={t.resultPages}>
          <button type="button" class="button-secondary" disabled={loading || currentPage <= 1} onClick={() => goToPage(currentPage - 1)}>
            {t.previousPage}
          </button>
          <span>{t.pageOf(currentPage, pages, found.totalIsExact)}</span>
          <button type="button" class="button-secondary" disabled={loading || currentPage >= pages} onClick={() => goToPage(currentPage + 1)}>
            {t.nextPage}
          </button>
        </nav>
      )}
      {next && (
        <p class="more">
          <button type="button" class="button-secondary" disabled={loading} onClick={() => void load(applied, next)}>
            {loading ? t.loading : t.loadMore}
          </button>
        </p>
      )}
    </section>
  );
}

import { useEffect, useRef, useState } from 'preact/hooks';
import { LANGUAGE_LABELS, LANGUAGES, isLang } from '../domain/locale.js';
import { STATUSES } from '../domain/story.js';
import { ApiError, query, type ListItem } from './api.js';
import { Link } from './app.js';
import { nameOf, useApp } from './context.js';
import { kyivDateTime, kyivDayStart, nextDay } from './kyiv-time.js';
import { storyUrl } from './router.js';

/** The list's filters, as they stand in the address (so reload, back and shared links keep them). */
interface Filters {
  lang: string;
  status: string;
  sectionId: string;
  authorId: string;
  q: string;
  from: string;
  to: string;
}

const KEYS: (keyof Filters)[] = ['lang', 'status', 'sectionId', 'authorId', 'q', 'from', 'to'];
const DAY = /^\d{4}-\d{2}-\d{2}$/;

function readFilters(q: URLSearchParams): Filters {
  const get = (k: string) => q.get(k) ?? '';
  return {
    lang: isLang(get('lang')) ? get('lang') : '',
    status: (STATUSES as readonly string[]).includes(get('status')) ? get('status') : '',
    sectionId: /^\d+$/.test(get('sectionId')) ? get('sectionId') : '',
    authorId: /^\d+$/.test(get('authorId')) ? get('authorId') : '',
    q: get('q').slice(0, 200),
    from: DAY.test(get('from')) ? get('from') : '',
    to: DAY.test(get('to')) ? get('to') : '',
  };
}

function filtersUrl(f: Filters): string {
  const q = new URLSearchParams();
  for (const k of KEYS) if (f[k]) q.set(k, f[k]);
  const s = q.toString();
  return `/admin/${s ? `?${s}` : ''}`;
}

/** The API query for the filters: dates are whole Kyiv days, "until" includes its day. */
function apiQuery(f: Filters, cursor?: string): string {
  return query({
    limit: 30,
    lang: f.lang,
    status: f.status,
    sectionId: f.sectionId,
    authorId: f.authorId,
    q: f.q.trim(),
    from: f.from ? kyivDayStart(f.from)?.toISOString() : undefined,
    to: f.to ? kyivDayStart(nextDay(f.to))?.toISOString() : undefined,
    cursor,
  });
}

/** Every story version in the newsroom, newest change first, with filters, search and "show more". */
export function StoryList({ query: search }: { query: URLSearchParams }) {
  const { t, lang, api, taxonomy, navigate, describeError } = useApp();
  const [filters, setFilters] = useState<Filters>(() => readFilters(search));
  const [items, setItems] = useState<ListItem[]>([]);
  const [next, setNext] = useState<string | null>(null);
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
    try {
      const page = await api.call<{ items: ListItem[]; next: string | null }>('GET', `/stories${apiQuery(f, cursor)}`);
      if (id !== request.current) return; // a newer search has started
      setItems((old) => (cursor ? [...old, ...page.items] : page.items));
      setNext(page.next);
    } catch (e) {
      if (id === request.current) setError(describeError(e as ApiError));
    } finally {
      if (id === request.current) setLoading(false);
    }
  }

  const apply = (f: Filters) => void navigate(filtersUrl(f), { replace: true });
  const change = (key: keyof Filters, value: string, now = true) => {
    const f = { ...filters, [key]: value };
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
  const anyFilter = KEYS.some((k) => applied[k]);
  const activeFilters = KEYS.filter((k) => k !== 'q' && applied[k]).length;
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
          <input id="f-q" type="search" value={filters.q} maxLength={200} onInput={(e) => change('q', e.currentTarget.value, false)} />
        </div>
        <details class="filter-more" open={wide}>
          <summary>
            {t.filters}
            {activeFilters > 0 && <span class="badge status-scheduled">{activeFilters}</span>}
          </summary>
          <div class="filter-grid">
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
          <label for="f-from">{t.changedFrom}</label>
          <input id="f-from" type="date" value={filters.from} onChange={(e) => change('from', e.currentTarget.value)} />
        </div>
        <div class="field">
          <label for="f-to">{t.changedTo}</label>
          <input id="f-to" type="date" value={filters.to} onChange={(e) => change('to', e.currentTarget.value)} />
        </div>
          </div>
        </details>
        <div class="filter-actions">
          <button type="submit">{t.applyFilters}</button>
          {anyFilter && (
            <button type="button" class="button-secondary" onClick={() => apply({ lang: '', status: '', sectionId: '', authorId: '', q: '', from: '', to: '' })}>
              {t.clearFilters}
            </button>
          )}
        </div>
      </form>

      <p class="list-count" role="status">
        {loading && items.length === 0 ? t.loading : error ? '' : items.length ? t.shown(items.length) : t.noStories}
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
                    {item.headline || t.untitled}
                  </Link>
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
                  <time dateTime={item.modifiedAt}>{kyivDateTime(new Date(item.modifiedAt), lang)}</time>
                </td>
                <td class="c-time" data-label={t.colPublished}>
                  {item.publishedAt ? <time dateTime={item.publishedAt}>{kyivDateTime(new Date(item.publishedAt), lang)}</time> : '—'}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
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

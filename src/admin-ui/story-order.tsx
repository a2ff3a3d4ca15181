import { useEffect, useRef, useState } from 'preact/hooks';
import { LANGUAGE_LABELS, LANGUAGES, type Lang } from '../domain/locale.js';
import type { OpenedStory } from './api.js';
import { useApp } from './context.js';
import { Marked, searchStories, type FoundItem } from './story-search.js';

/** Headlines of stories by id, per language, fetched once. */
const headlines = new Map<string, string>();

/** A story's headline in `lang`, else in any language it has; the story number if it cannot be read. */
export async function headlineOf(api: ReturnType<typeof useApp>['api'], id: number, lang: Lang): Promise<string | undefined> {
  const cached = headlines.get(`${id}:${lang}`);
  if (cached) return cached;
  try {
    const opened = await api.call<OpenedStory>('GET', `/stories/${id}`);
    const v = opened.versions[lang] ?? LANGUAGES.map((l) => opened.versions[l]).find((x) => x?.headline);
    if (v?.headline) headlines.set(`${id}:${lang}`, v.headline);
    return v?.headline;
  } catch {
    return undefined;
  }
}

export function rememberHeadline(id: number, lang: Lang, headline: string) {
  if (headline) headlines.set(`${id}:${lang}`, headline);
}

export interface StoryOrderProps {
  idPrefix: string;
  /** Stories in order. */
  ids: number[];
  onChange: (ids: number[]) => void;
  /** Search stories in this language only (else any, this one's versions first). */
  lang: Lang;
  onlyLang: boolean;
  /**
   * Offer stories in any status, each shown with its status and language (the background list:
   * readers see only the published ones); else published versions only (the front page).
   */
  anyStatus?: boolean;
  /** The story being edited, never offered. */
  exclude?: number;
  max: number;
  emptyText: string;
  listLabel: string;
  /** Said when the list is full; the front page's limit unless told. */
  fullText?: string;
  /** Extra words after a story's headline (e.g. "not published in this edition"). */
  note?: (id: number) => string | undefined;
}

/**
 * An ordered list of stories: move up or down, remove, and add by typing words of a story (the
 * newsroom's search engine finds them in any form, in the headline or the text). Focus stays on
 * the moved item's button, and every change is announced.
 */
export function StoryOrder(p: StoryOrderProps) {
  const { t, api, announce } = useApp();
  const [names, setNames] = useState<Record<number, string>>({});
  const [q, setQ] = useState('');
  const [results, setResults] = useState<FoundItem[] | null>(null);
  const [searching, setSearching] = useState(false);
  const listRef = useRef<HTMLOListElement>(null);
  const searchRef = useRef<HTMLInputElement>(null);

  // Headlines for the ids, read as they appear.
  useEffect(() => {
    let live = true;
    for (const id of p.ids) {
      if (names[id]) continue;
      void headlineOf(api, id, p.lang).then((h) => {
        if (live && h) setNames((n) => ({ ...n, [id]: h }));
      });
    }
    return () => {
      live = false;
    };
  }, [p.ids.join(','), p.lang]);

  // Type to find: a moment after typing stops, the best matching stories.
  useEffect(() => {
    const text = q.trim();
    if (!text) {
      setResults(null);
      return;
    }
    let live = true;
    const timer = setTimeout(async () => {
      setSearching(true);
      try {
        const res = await searchStories(api, {
          q: text,
          lang: p.onlyLang ? p.lang : 'all',
          ...(p.anyStatus ? {} : { status: 'published' as const }),
          limit: 20,
        });
        if (!live) return;
        setResults(onePerStory(res.items, p.lang));
      } catch {
        if (live) setResults([]);
      } finally {
        if (live) setSearching(false);
      }
    }, 300);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [q, p.lang, p.onlyLang, p.anyStatus]);

  const name = (id: number) => names[id] ?? t.storyTitle(id);
  const focusLater = (selector: string) => requestAnimationFrame(() => listRef.current?.querySelector<HTMLElement>(selector)?.focus());

  const move = (i: number, by: -1 | 1) => {
    const ids = [...p.ids];
    const [id] = ids.splice(i, 1);
    ids.splice(i + by, 0, id!);
    p.onChange(ids);
    announce(t.moved(name(id!), i + by + 1));
    // Focus stays on the same button of the moved story, or its other one once at the list's end.
    const at = i + by;
    const edge = by < 0 ? at === 0 : at === ids.length - 1;
    const dir = by < 0 ? (edge ? 'down' : 'up') : edge ? 'up' : 'down';
    focusLater(`li:nth-child(${at + 1}) [data-move="${dir}"]`);
  };

  const remove = (i: number) => {
    const id = p.ids[i]!;
    p.onChange(p.ids.filter((_, j) => j !== i));
    announce(t.removedItem(name(id)));
    if (p.ids.length > 1) focusLater(`li:nth-child(${Math.min(i, p.ids.length - 2) + 1}) [data-remove]`);
    else requestAnimationFrame(() => searchRef.current?.focus());
  };

  const add = (item: FoundItem) => {
    rememberHeadline(item.storyId, item.lang, item.headline);
    setNames((n) => ({ ...n, [item.storyId]: item.headline }));
    p.onChange([...p.ids, item.storyId]);
    announce(t.addedItem(item.headline));
  };

  const offered = (results ?? []).filter((r) => !p.ids.includes(r.storyId) && r.storyId !== p.exclude);
  return (
    <div class="story-order">
      {p.ids.length === 0 ? (
        <p class="hint">{p.emptyText}</p>
      ) : (
        <ol class="ordered-stories" ref={listRef} aria-label={p.listLabel}>
          {p.ids.map((id, i) => (
            <li key={id}>
              <span class="ordered-headline">
                {name(id)}
                {p.note?.(id) && <span class="hint"> ({p.note(id)})</span>}
              </span>
              <span class="ordered-buttons">
                <button type="button" class="button-secondary button-small" data-move="up" disabled={i === 0} aria-label={t.moveUp(name(id))} onClick={() => move(i, -1)}>
                  ↑
                </button>
                <button
                  type="button"
                  class="button-secondary button-small"
                  data-move="down"
                  disabled={i === p.ids.length - 1}
                  aria-label={t.moveDown(name(id))}
                  onClick={() => move(i, 1)}
                >
                  ↓
                </button>
                <button type="button" class="button-danger button-small" data-remove aria-label={t.removeItem(name(id))} onClick={() => remove(i)}>
                  ✕
                </button>
              </span>
            </li>
          ))}
        </ol>
      )}
      {p.ids.length < p.max ? (
        <div class="field story-search">
          <label for={`${p.idPrefix}-search`}>{p.anyStatus ? t.findStory : t.findPublished}</label>
          <input
            ref={searchRef}
            id={`${p.idPrefix}-search`}
            type="search"
            value={q}
            autoComplete="off"
            maxLength={1000}
            aria-describedby={`${p.idPrefix}-search-hint ${p.idPrefix}-search-status`}
            onInput={(e) => setQ(e.currentTarget.value)}
          />
          <p class="hint" id={`${p.idPrefix}-search-hint`}>
            {p.anyStatus ? t.findStoryHint : t.findPublishedHint}
          </p>
          <p class="hint" id={`${p.idPrefix}-search-status`} role="status">
            {searching ? t.searching : results ? (offered.length ? t.storyMatches(offered.length) : p.anyStatus ? t.noStoryMatchesAny : t.noStoryMatches) : ''}
          </p>
          {offered.length > 0 && (
            <ul class="search-results">
              {offered.map((r) => (
                <li key={r.storyId}>
                  <span class="found-story">
                    <span lang={r.lang}>{r.headline ? <Marked parts={r.headlineMarks} /> : t.untitled}</span>
                    {p.anyStatus && (
                      <span class="found-about">
                        {' '}
                        <abbr title={t.langNames[r.lang]}>{LANGUAGE_LABELS[r.lang]}</abbr>{' '}
                        <span class={`badge status-${r.status}`}>{t.statuses[r.status]}</span>
                      </span>
                    )}
                  </span>
                  <button type="button" class="button-secondary button-small" aria-label={t.addItem(r.headline)} onClick={() => add(r)}>
                    +
                  </button>
                </li>
              ))}
            </ul>
          )}
        </div>
      ) : (
        <p class="hint">{p.fullText ?? t.tooManyPinned}</p>
      )}
    </div>
  );
}

/**
 * One result per story (the list holds stories, not language versions), in the order of each
 * story's best match, showing its version in `lang` where it has one.
 */
function onePerStory(items: FoundItem[], lang: Lang): FoundItem[] {
  const chosen = new Map<number, FoundItem>();
  for (const item of items) {
    const had = chosen.get(item.storyId);
    if (!had || (had.lang !== lang && item.lang === lang)) chosen.set(item.storyId, item);
  }
  return [...chosen.values()];
}

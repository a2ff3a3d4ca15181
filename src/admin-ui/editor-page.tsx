import { useEffect, useState } from 'preact/hooks';
import { LANGUAGE_LABELS, LANGUAGES, type Lang } from '../domain/locale.js';
import type { ApiError, OpenedStory } from './api.js';
import { Link } from './link.js';
import { useApp } from './context.js';
import { storyUrl } from './router.js';
import { VersionEditor } from './version-editor.js';

/** The version to open when the address names none: the member's interface language, else the first there is. */
function defaultLang(opened: OpenedStory, preferred: Lang): Lang | undefined {
  if (opened.versions[preferred]) return preferred;
  return LANGUAGES.find((l) => opened.versions[l]);
}

/**
 * A story: its language versions as tabs (with "add" for the missing ones), one version in the
 * editor and, if chosen, another beside it read-only, to translate from or compare with.
 */
export function EditorPage(props: { id: number; lang: Lang | undefined; from: Lang | undefined }) {
  const { t, lang: uiLang, api, describeError } = useApp();
  const [opened, setOpened] = useState<OpenedStory | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [beside, setBeside] = useState<Lang | undefined>(props.from);

  const load = async (): Promise<OpenedStory | undefined> => {
    try {
      const story = await api.call<OpenedStory>('GET', `/stories/${props.id}`);
      setOpened(story);
      setError(null);
      return story;
    } catch (e) {
      setError(describeError(e as ApiError));
      return undefined;
    }
  };

  useEffect(() => {
    void load();
  }, [props.id]);

  useEffect(() => setBeside(props.from), [props.lang, props.from]);

  const lang = opened ? props.lang ?? defaultLang(opened, uiLang) : undefined;
  const version = opened && lang ? opened.versions[lang] : undefined;
  // A new translation starts from the version named in the address, else from the first there is.
  const besideLang = beside ?? (opened && lang && !version ? LANGUAGES.find((l) => l !== lang && opened.versions[l]) : undefined);

  // The address always names the version on screen, so a reload or a shared link opens it.
  useEffect(() => {
    if (!opened || !lang) return;
    const url = storyUrl(props.id, lang, besideLang);
    if (location.pathname + location.search !== url) history.replaceState(null, '', url);
  }, [opened !== null, lang, besideLang]);

  // A translation not yet saved is still the same story: name it by a version it has.
  const named = version?.headline ? version : opened ? LANGUAGES.map((l) => opened.versions[l]).find((v) => v?.headline) : undefined;
  const headline = named?.headline || t.storyTitle(props.id);
  useEffect(() => {
    document.title = `${headline} — ${t.newsroom}`;
  }, [headline, t]);

  if (error && !opened) {
    return (
      <section>
        <h1>{t.storyTitle(props.id)}</h1>
        <div class="notice notice-error" role="alert">
          <p>{error}</p>
          <button type="button" onClick={() => void load()}>
            {t.retry}
          </button>
        </div>
        <p>
          <Link href="/admin/">{t.allStories}</Link>
        </p>
      </section>
    );
  }
  if (!opened || !lang) return <p role="status">{t.loading}</p>;

  const others = LANGUAGES.filter((l) => l !== lang && opened.versions[l]);
  return (
    <section class="editor-page" aria-labelledby="story-title">
      <div class="editor-head">
        <p class="crumbs">
          <Link href="/admin/">← {t.allStories}</Link>
          <span>
            {' '}
            · {t.storyTitle(opened.story.id)} · {t.kinds[opened.story.meta.kind]}
          </span>
        </p>
        <h1 id="story-title" lang={named?.lang ?? uiLang}>
          {headline}
        </h1>
        <nav class="version-tabs" aria-label={t.versions}>
          <ul>
            {LANGUAGES.map((l) => {
              const v = opened.versions[l];
              if (v || l === lang) {
                return (
                  <li key={l}>
                    <Link href={storyUrl(opened.story.id, l, l === lang ? besideLang : lang)} aria-current={l === lang ? 'page' : undefined} class="tab">
                      <span class="tab-lang">
                        <abbr title={t.langNames[l]}>{LANGUAGE_LABELS[l]}</abbr>
                      </span>
                      <span class={`badge status-${v ? v.status : 'new'}`}>{v ? t.statuses[v.status] : t.newVersion}</span>
                    </Link>
                  </li>
                );
              }
              return opened.may.edit ? (
                <li key={l}>
                  <Link href={storyUrl(opened.story.id, l, lang)} class="tab tab-add">
                    + {t.addTranslation(t.langNames[l])}
                  </Link>
                </li>
              ) : null;
            })}
          </ul>
        </nav>
        {others.length > 0 && (
          <div class="beside-picker">
            <label for="beside">{version ? t.showBeside : t.translateFrom}</label>
            <select
              id="beside"
              value={besideLang ?? ''}
              onChange={(e) => {
                const value = e.currentTarget.value;
                setBeside(value ? (value as Lang) : undefined);
              }}
            >
              {version && <option value="">{t.nothingBeside}</option>}
              {others.map((l) => (
                <option value={l} key={l}>
                  {t.langNames[l]}
                </option>
              ))}
            </select>
          </div>
        )}
      </div>
      <VersionEditor key={`${lang}`} opened={opened} lang={lang} beside={besideLang} refresh={load} />
    </section>
  );
}

import { useEffect, useState } from 'preact/hooks';
import { can } from '../domain/access.js';
import { LANGUAGE_LABELS, LANGUAGES, type Lang } from '../domain/locale.js';
import type { ApiError } from './api.js';
import { Link } from './link.js';
import { useApp } from './context.js';
import { frontPageUrl } from './router.js';
import { rememberHeadline, StoryOrder } from './story-order.js';

interface FrontPageData {
  storyIds: number[];
  published: { storyId: number; headline: string; publishedAt: string }[];
}

/** The top bar's link to the front-page screen, for editors and administrators. */
export function FrontPageLink() {
  const { t, me, lang } = useApp();
  if (!can(me.role, 'frontpage.curate')) return null;
  return (
    <Link class="nav-front-page" href={frontPageUrl(lang)}>
      {t.frontPage}
    </Link>
  );
}

/** Front-page curation per edition: the pinned stories in order, saved on a button. */
export function FrontPageScreen(p: { lang: Lang }) {
  const { t, me, api, describeError } = useApp();
  const [data, setData] = useState<FrontPageData | null>(null);
  const [ids, setIds] = useState<number[]>([]);
  const [saved, setSaved] = useState('');
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState('');
  const [error, setError] = useState<string | null>(null);
  const edition = t.langNames[p.lang];
  const allowed = can(me.role, 'frontpage.curate');

  useEffect(() => {
    document.title = `${t.frontPageTitle} — ${t.newsroom}`;
  }, [t]);

  const take = (res: FrontPageData) => {
    for (const c of res.published) rememberHeadline(c.storyId, p.lang, c.headline);
    setData(res);
    setIds(res.storyIds);
    setSaved(res.storyIds.join(','));
  };

  useEffect(() => {
    if (!allowed) return;
    setData(null);
    setStatus('');
    setError(null);
    api
      .call<FrontPageData>('GET', `/front-pages/${p.lang}`)
      .then(take)
      .catch((e) => setError(describeError(e as ApiError)));
  }, [p.lang]);

  const save = async () => {
    setBusy(true);
    setError(null);
    setStatus('');
    try {
      take(await api.call<FrontPageData>('PUT', `/front-pages/${p.lang}`, { storyIds: ids }));
      setStatus(t.frontPageSaved(edition));
    } catch (e) {
      setError(describeError(e as ApiError));
    } finally {
      setBusy(false);
    }
  };

  const dirty = ids.join(',') !== saved;
  const published = new Set(data?.published.map((c) => c.storyId) ?? []);
  return (
    <section class="front-page-screen" aria-labelledby="front-title">
      <h1 id="front-title">{t.frontPageTitle}</h1>
      {!allowed ? (
        <p class="notice notice-error">{t.forbidden}</p>
      ) : (
        <>
          <p class="hint">{t.frontPageHint}</p>
          <nav class="version-tabs" aria-label={t.editions}>
            <ul>
              {LANGUAGES.map((l) => (
                <li key={l}>
                  <Link href={frontPageUrl(l)} class="tab" aria-current={l === p.lang ? 'page' : undefined}>
                    <span class="tab-lang">
                      <abbr title={t.langNames[l]}>{LANGUAGE_LABELS[l]}</abbr>
                    </span>
                    <span>{t.langNames[l]}</span>
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
          <div class="panel">
            <h2>{t.editionName(edition)}</h2>
            {!data && !error && <p role="status">{t.loading}</p>}
            {data && (
              <>
                <StoryOrder
                  key={p.lang}
                  idPrefix={`front-${p.lang}`}
                  ids={ids}
                  onChange={(next) => {
                    setIds(next);
                    setStatus('');
                  }}
                  lang={p.lang}
                  onlyLang
                  max={10}
                  emptyText={t.noPinned}
                  listLabel={t.editionName(edition)}
                  note={(id) => (published.has(id) || !saved.split(',').includes(String(id)) ? undefined : t.notPublishedHere)}
                />
                <div class="actions">
                  <button type="button" class="button-primary" disabled={busy || !dirty} aria-busy={busy} onClick={() => void save()}>
                    {t.saveFrontPage}
                  </button>
                </div>
              </>
            )}
            <div class="front-status" aria-live="polite" role="status">
              {status ? <p class="notice notice-ok">{status}</p> : dirty ? <p class="hint">{t.unsavedChanges}</p> : null}
            </div>
            <div aria-live="assertive">
              {error && <p class="notice notice-error">{error}</p>}
            </div>
          </div>
        </>
      )}
    </section>
  );
}

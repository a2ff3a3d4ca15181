import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { LANGUAGE_NAMES, LANGUAGES, type Lang } from '../domain/locale.js';
import { AdminLinks, AdminScreen } from './admin-screens.js';
import { AdminApi, ApiError, type Me, type Taxonomy } from './api.js';
import { AppCtx, useApp, type AppContext } from './context.js';
import { useConfirm } from './dialog.js';
import { EditorPage } from './editor-page.js';
import { FrontPageLink, FrontPageScreen } from './front-page.js';
import { Link } from './link.js';
import { STRINGS } from './i18n.js';
import { NewStoryPage } from './new-story.js';
import { parseRoute, type Route } from './router.js';
import { StoryList } from './story-list.js';

const api = new AdminApi();

function currentRoute(): Route {
  return parseRoute(location.pathname, location.search);
}

/** The admin single-page app: who is signed in, the top bar, and the screen for the address. */
export function App() {
  const [me, setMe] = useState<Me | null>(null);
  const [taxonomy, setTaxonomy] = useState<Taxonomy | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [route, setRoute] = useState<Route>(currentRoute);
  const [message, setMessage] = useState('');
  const guard = useRef<(() => Promise<boolean>) | null>(null);
  const lastUrl = useRef(location.pathname + location.search);
  const lang: Lang = me?.uiLang ?? ((document.documentElement.lang as Lang) in STRINGS ? (document.documentElement.lang as Lang) : 'uk');
  const t = STRINGS[lang];

  const start = useCallback(async () => {
    setFailure(null);
    try {
      const session = await api.start();
      const tax = await api.call<Taxonomy>('GET', '/taxonomy');
      setMe(session.user);
      setTaxonomy(tax);
    } catch (e) {
      if (e instanceof ApiError && e.status === 401) {
        location.assign('/admin/login');
        return;
      }
      setFailure(e instanceof ApiError && e.code === 'NETWORK' ? STRINGS[lang].networkError : STRINGS[lang].serverError);
    }
  }, []);
  useEffect(() => void start(), [start]);

  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);

  /** A new screen takes focus to its start, so keyboard and screen-reader users begin there too. */
  const arrive = (previousPath: string) => {
    if (location.pathname === previousPath) return;
    window.scrollTo(0, 0);
    requestAnimationFrame(() => document.getElementById('main')?.focus());
  };

  const navigate = useCallback(async (url: string, options: { replace?: boolean } = {}) => {
    if (guard.current && !(await guard.current())) return;
    const previousPath = location.pathname;
    if (options.replace) history.replaceState(null, '', url);
    else history.pushState(null, '', url);
    lastUrl.current = location.pathname + location.search;
    setRoute(currentRoute());
    arrive(previousPath);
  }, []);

  useEffect(() => {
    const onPop = async () => {
      const target = location.pathname + location.search;
      if (guard.current && !(await guard.current())) {
        // Stay: put the address of the open screen back.
        history.pushState(null, '', lastUrl.current);
        return;
      }
      const previousPath = new URL(lastUrl.current, location.origin).pathname;
      lastUrl.current = target;
      setRoute(currentRoute());
      arrive(previousPath);
    };
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, []);

  const announceTimer = useRef<number | undefined>(undefined);
  const announce = useCallback((text: string) => {
    setMessage(text);
    clearTimeout(announceTimer.current);
    announceTimer.current = window.setTimeout(() => setMessage(''), 6000);
  }, []);

  const ctx = useMemo<AppContext | null>(() => {
    if (!me || !taxonomy) return null;
    return {
      t,
      lang,
      api,
      me,
      taxonomy,
      navigate,
      announce,
      setLeaveGuard: (g) => {
        guard.current = g;
      },
      describeError: (e) => {
        if (e.code === 'NETWORK') return t.networkError;
        if (e.status === 401) return t.sessionEnded;
        if (e.status === 403) return t.forbidden;
        if (e.status === 404) return t.notFoundStory;
        if (e.code === 'TRANSITION_NOT_ALLOWED') return t.transitionRefused;
        if (e.code === 'SCHEDULE_IN_PAST') return t.scheduleInPast;
        if (e.status >= 500) return t.serverError;
        return e.message;
      },
    };
  }, [me, taxonomy, t, lang, navigate, announce]);

  if (!ctx) {
    return (
      <main id="main" class="admin-main">
        {failure ? (
          <div class="notice notice-error" role="alert">
            <p>{failure}</p>
            <button type="button" onClick={() => void start()}>
              {t.retry}
            </button>
          </div>
        ) : (
          <p role="status">{t.loading}</p>
        )}
      </main>
    );
  }

  return (
    <AppCtx.Provider value={ctx}>
      <a class="skip-link" href="#main">
        {t.skipToContent}
      </a>
      <TopBar onLanguage={(uiLang) => setMe({ ...ctx.me, uiLang })} />
      <main id="main" class="admin-main" tabIndex={-1}>
        <Screen route={route} />
      </main>
      <div class="toast" role="status" aria-live="polite" aria-atomic="true">
        {message && <p>{message}</p>}
      </div>
    </AppCtx.Provider>
  );
}

function Screen({ route }: { route: Route }) {
  const { t } = useApp();
  switch (route.name) {
    case 'list':
      return <StoryList query={route.query} />;
    case 'new':
      return <NewStoryPage />;
    case 'admin':
      return <AdminScreen key={route.screen} screen={route.screen} />;
    case 'front-page':
      return <FrontPageScreen key={route.lang} lang={route.lang} />;
    case 'story':
      return <EditorPage key={route.id} id={route.id} lang={route.lang} from={route.from} />;
    default:
      return (
        <section>
          <h1>{t.notFound}</h1>
          <p>
            <Link href="/admin/">{t.allStories}</Link>
          </p>
        </section>
      );
  }
}

function TopBar({ onLanguage }: { onLanguage: (lang: Lang) => void }) {
  const { t, me, api: client, lang, describeError } = useApp();
  const [error, setError] = useState<string | null>(null);
  const account = useRef<HTMLDetailsElement>(null);
  const [confirmDialog, ask] = useConfirm();

  // The account menu closes on a click elsewhere or Escape, like any menu.
  useEffect(() => {
    const close = (e: Event) => {
      const menu = account.current;
      if (!menu?.open) return;
      if (e instanceof KeyboardEvent) {
        if (e.key !== 'Escape') return;
        menu.open = false;
        menu.querySelector('summary')?.focus();
      } else if (!menu.contains(e.target as Node)) menu.open = false;
    };
    document.addEventListener('click', close);
    document.addEventListener('keydown', close);
    return () => {
      document.removeEventListener('click', close);
      document.removeEventListener('keydown', close);
    };
  }, []);

  const signOut = async (everywhere: boolean) => {
    if (everywhere && !(await ask(t.signOutEverywhereConfirm, t.signOutEverywhere, true))) return;
    try {
      await client.call('DELETE', everywhere ? '/sessions' : '/session');
    } catch (e) {
      // Already signed out elsewhere: the sign-in page is where they were going anyway.
      if (!(e instanceof ApiError && e.status === 401)) {
        setError(describeError(e as ApiError));
        return;
      }
    }
    location.assign(`/admin/login?lang=${lang}`);
  };

  const changeLanguage = async (uiLang: Lang) => {
    setError(null);
    try {
      await client.call('PATCH', `/users/${me.id}`, { uiLang });
      onLanguage(uiLang);
    } catch (e) {
      setError(describeError(e as ApiError));
    }
  };

  return (
    <>
      <header class="admin-bar">
        <nav class="admin-nav" aria-label={t.mainNav}>
          <Link class="brand" href="/admin/">
            {t.newsroom}
          </Link>
          <Link class="nav-stories" href="/admin/">
            {t.stories}
          </Link>
          <Link class="button button-primary" href="/admin/stories/new">
            {t.newStory}
          </Link>
          <FrontPageLink />
          <AdminLinks />
        </nav>
        <div class="admin-user">
          <details class="account" ref={account}>
            <summary>
              <strong>{me.name}</strong> <span class="role">({t.roles[me.role]})</span>
            </summary>
            <div class="account-menu">
              <button type="button" class="button-quiet" onClick={() => void signOut(false)}>
                {t.signOut}
              </button>
              <button type="button" class="button-quiet" onClick={() => void signOut(true)}>
                {t.signOutEverywhere}
              </button>
            </div>
          </details>
          <label class="ui-lang">
            <span class="visually-hidden">{t.interfaceLanguage}</span>
            <select value={lang} onChange={(e) => void changeLanguage((e.currentTarget as HTMLSelectElement).value as Lang)}>
              {LANGUAGES.map((l) => (
                <option value={l} lang={l} key={l}>
                  {LANGUAGE_NAMES[l]}
                </option>
              ))}
            </select>
          </label>
        </div>
        {error && (
          <p class="bar-error" role="alert">
            {error}
          </p>
        )}
      </header>
      {/* Outside the dark bar, so the dialog keeps the page's colours. */}
      {confirmDialog}
    </>
  );
}

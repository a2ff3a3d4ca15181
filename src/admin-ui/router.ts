import { isLang, type Lang } from '../domain/locale.js';

/**
 * The admin's addresses. The server answers every one of them with the same page, so a reload or
 * a shared link opens the same screen:
 *   /admin/                          the story list (filters in the query: ?status=review&lang=en)
 *   /admin/stories/new               a new story
 *   /admin/stories/123?lang=en&from=uk   story 123, its English version, the Ukrainian one beside it
 */
export type Route =
  | { name: 'list'; query: URLSearchParams }
  | { name: 'new' }
  | { name: 'story'; id: number; lang: Lang | undefined; from: Lang | undefined }
  | { name: 'admin'; screen: AdminScreenName }
  | { name: 'front-page'; lang: Lang }
  | { name: 'missing' };

/** The admin-only screens, at /admin/?screen=people|audit|settings|api-keys (the server serves /admin/ to members). */
export type AdminScreenName = 'people' | 'audit' | 'settings' | 'api-keys';
const ADMIN_SCREENS: readonly string[] = ['people', 'audit', 'settings', 'api-keys'];

export function parseRoute(pathname: string, search: string): Route {
  const query = new URLSearchParams(search);
  if ((pathname === '/admin/' || pathname === '/admin') && query.get('screen') === 'front-page') {
    const edition = query.get('edition');
    return { name: 'front-page', lang: isLang(edition) ? edition : 'uk' };
  }
  if ((pathname === '/admin/' || pathname === '/admin') && ADMIN_SCREENS.includes(query.get('screen') ?? '')) return { name: 'admin', screen: query.get('screen') as AdminScreenName };
  if (pathname === '/admin/' || pathname === '/admin') return { name: 'list', query };
  if (pathname === '/admin/stories/new') return { name: 'new' };
  const m = /^\/admin\/stories\/(\d{1,10})\/?$/.exec(pathname);
  if (m) {
    const lang = query.get('lang');
    const from = query.get('from');
    return { name: 'story', id: Number(m[1]), lang: isLang(lang) ? lang : undefined, from: isLang(from) ? from : undefined };
  }
  return { name: 'missing' };
}

/** The editor's address for a story, a language and the version shown beside it. */
export function storyUrl(id: number, lang?: Lang, from?: Lang): string {
  const q = new URLSearchParams();
  if (lang) q.set('lang', lang);
  if (from) q.set('from', from);
  const s = q.toString();
  return `/admin/stories/${id}${s ? `?${s}` : ''}`;
}

/** The front-page screen for an edition (editors): a query on /admin/, which the server answers with the app. */
export function frontPageUrl(lang: Lang): string {
  return `/admin/?screen=front-page&edition=${lang}`;
}

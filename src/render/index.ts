import { readFileSync } from 'node:fs';

/**
 * The reader site's HTML: pure functions from view data (./view-models.ts) to complete HTML5
 * documents, plus the one stylesheet they link to. Nothing here queries or builds story URLs.
 *
 * @example
 * reply.type('text/html; charset=utf-8').send(renderArticle(view));
 * // and serve SITE_CSS at view.chrome.cssHref
 */
export { renderArchive } from './pages/archive.js';
export { renderArticle } from './pages/article.js';
export { renderError } from './pages/error.js';
export { renderFrontPage } from './pages/front.js';
export { renderListPage } from './pages/list.js';
export { renderSearchPage } from './pages/search.js';
export { renderSupportPage } from './pages/support.js';

/** The site's stylesheet, read once when the module loads. */
export const SITE_CSS: string = readFileSync(new URL('./assets/site.css', import.meta.url), 'utf8');

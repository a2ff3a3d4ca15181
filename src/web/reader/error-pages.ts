import type { FastifyReply, FastifyRequest } from 'fastify';
import { isLang, type Lang } from '../../domain/locale.js';
import { DEFAULT_SETTINGS } from '../../domain/settings.js';
import { renderError } from '../../render/index.js';
import { loadFrame, type PageFrame, type ReaderDeps } from '../../services/reader/reader-context.js';
import type { PresentContext } from './present-common.js';
import { presentError } from './present-pages.js';
import { cacheAs } from '../cache/page-cache.js';
import { notFoundCache } from './page-keys.js';

/** The edition a URL belongs to: its first path segment when that is a language, else the default. */
export function langOfPath(url: string, defaultLang: Lang): Lang {
  const first = url.split('?')[0]!.split('/')[1];
  return isLang(first) ? first : defaultLang;
}

/** Addresses whose 404 may turn into something without a change event: a photo being made, the newsroom. */
const UNCACHED_404 = /^\/(media|admin|api|preview|assets)(\/|$)/;

/** A page frame from default settings, without the section menu: no query, nothing to fail. */
function frameWithoutDatabase(deps: Pick<ReaderDeps, 'now'>, lang: Lang): PageFrame {
  return { lang, now: deps.now(), sections: [], settings: DEFAULT_SETTINGS, pinned: [], stream: [], media: new Map() };
}

/**
 * The page readers get when Node's HTTP parser refuses their request (src/web/client-errors.ts):
 * the localized 400 page of the edition the raw target names, else of the default edition, sent
 * with whatever status the refusal has (400, 408, 431). Made without the database: such requests
 * cost next to nothing, however many come.
 */
export function renderRejectionPage(deps: Pick<ReaderDeps, 'now'>, ctx: PresentContext, target: string | undefined): string {
  const lang = target === undefined ? ctx.paths.defaultLang : langOfPath(target, ctx.paths.defaultLang);
  return renderError(presentError(ctx, frameWithoutDatabase(deps, lang), 400, ctx.paths.home(lang)));
}

/**
 * Sends a localized error page. When the database itself is the problem the page still renders,
 * from default settings and without the section menu.
 */
export async function sendErrorPage(
  deps: ReaderDeps,
  ctx: PresentContext,
  req: FastifyRequest,
  reply: FastifyReply,
  status: 400 | 404 | 500,
): Promise<FastifyReply> {
  const lang = langOfPath(req.url, ctx.paths.defaultLang);
  let frame: PageFrame;
  try {
    frame = await loadFrame(deps, lang, { stream: false });
  } catch {
    frame = frameWithoutDatabase(deps, lang);
  }
  const path = req.url.split('?')[0]!;
  const body = renderError(presentError(ctx, frame, status, path.length > 300 ? ctx.paths.home(lang) : path));
  if (status === 404 && !UNCACHED_404.test(path)) cacheAs(reply, notFoundCache(lang));
  return reply
    .code(status)
    .type('text/html; charset=utf-8')
    .header('cache-control', status === 500 ? 'no-store' : 'public, max-age=30')
    .send(body);
}

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import type { Lang } from '../../domain/locale.js';
import { renderAdminShell } from '../../render/admin/shell.js';
import { adminLang } from './member.js';
import { MastheadError } from '../../domain/errors.js';
import { sendJsonError } from '../error-answers.js';

/** Where scripts/build-admin.mjs puts the newsroom app. */
export const ADMIN_BUNDLE_DIR = fileURLToPath(new URL('../../../public/admin/', import.meta.url));

interface Asset {
  type: string;
  identity: Buffer;
  br: Buffer;
  gzip: Buffer;
}

/** The built newsroom app, held in memory: two files and their precompressed copies. */
export interface AdminBundle {
  scriptSrc: string;
  styleHref: string;
  assets: Map<string, Asset>;
}

/** The app was not built: say how to build it instead of serving a blank page. */
export class AdminBundleMissing extends Error {
  constructor(dir: string, options?: ErrorOptions) {
    super(`the newsroom app is not built (no ${join(dir, 'manifest.json')}): run \`npm run build:admin\` (\`npm start\` and \`npm test\` run it first)`, options);
    this.name = 'AdminBundleMissing';
  }
}

const TYPES: Record<string, string> = { js: 'text/javascript; charset=utf-8', css: 'text/css; charset=utf-8' };

/**
 * Reads the build's manifest and the files it names, once, at start-up.
 *
 * @example const bundle = loadAdminBundle(); bundle.scriptSrc // '/admin/assets/main.O6QOUIFZ.js'
 */
export function loadAdminBundle(dir = ADMIN_BUNDLE_DIR): AdminBundle {
  let manifest: { script: string; style: string; files: string[] };
  try {
    manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
  } catch (cause) {
    throw new AdminBundleMissing(dir, { cause });
  }
  const assets = new Map<string, Asset>();
  for (const file of manifest.files) {
    const type = TYPES[file.slice(file.lastIndexOf('.') + 1)];
    if (!type || !/^[\w.-]+$/.test(file)) continue;
    const path = join(dir, 'assets', file);
    try {
      assets.set(file, { type, identity: readFileSync(path), br: readFileSync(`${path}.br`), gzip: readFileSync(`${path}.gz`) });
    } catch (cause) {
      throw new AdminBundleMissing(dir, { cause });
    }
  }
  return { scriptSrc: manifest.script, styleHref: manifest.style, assets };
}

/** The best encoding the browser accepts of those we have ready. */
function encodingFor(req: FastifyRequest): 'br' | 'gzip' | 'identity' {
  const weights = new Map<string, number>();
  for (const part of String(req.headers['accept-encoding'] ?? '').toLowerCase().split(',')) {
    const [name, ...params] = part.split(';').map((p) => p.trim());
    if (!name) continue;
    const q = params.find((p) => p.startsWith('q='));
    weights.set(name, q ? Number(q.slice(2)) || 0 : 1);
  }
  const accepts = (name: string) => (weights.get(name) ?? weights.get('*') ?? 0) > 0;
  return accepts('br') ? 'br' : accepts('gzip') ? 'gzip' : 'identity';
}

/**
 * The newsroom app's page and files. Every client-side address (/admin/, /admin/stories/123…)
 * gets the same page, so reloads and shared links work; without a session it is the sign-in page.
 */
export const shellRoutes: FastifyPluginAsync<{ bundle: AdminBundle; defaultLang: Lang; timeZone: string }> = async (app, { bundle, defaultLang, timeZone }) => {
  app.get<{ Params: { file: string } }>('/assets/:file', async (req, reply) => {
    const asset = bundle.assets.get(req.params.file);
    if (!asset) return sendJsonError(reply, new MastheadError('NOT_FOUND', 'no such newsroom file'));
    const encoding = encodingFor(req);
    reply
      .type(asset.type)
      .header('cache-control', 'public, max-age=31536000, immutable')
      .header('vary', 'accept-encoding');
    if (encoding !== 'identity') reply.header('content-encoding', encoding);
    return reply.send(encoding === 'br' ? asset.br : encoding === 'gzip' ? asset.gzip : asset.identity);
  });

  const shell = async (req: FastifyRequest, reply: FastifyReply) => {
    if (!req.member) return reply.redirect('/admin/login', 303);
    const { user, csrfToken } = req.member;
    return reply.type('text/html; charset=utf-8').send(
      renderAdminShell({ lang: adminLang(req, defaultLang), scriptSrc: bundle.scriptSrc, styleHref: bundle.styleHref, csrfToken, name: user.name, role: user.role, timeZone }),
    );
  };
  app.get('/', shell);
  app.get('/stories/*', shell);
};

import { createHash } from 'node:crypto';
import type { FastifyPluginAsync } from 'fastify';
import { loadSharp } from '../../services/media/sharp.js';
import { LANGUAGES } from '../../domain/locale.js';
import { xmlAttr as escapeXml } from '../../render/xml.js';
import type { SiteSettings } from '../../domain/settings.js';

/**
 * Raster logos for structured data and social cards, drawn from the site name an editor set (per
 * language), so renaming the site needs no new artwork:
 *  - `wide`: the name as a wordmark on white, 600×60, the publisher logo of a `NewsArticle`
 *    (Google's AMP logo guidance: fits 600×60, exactly 60 high or 600 wide);
 *  - `square`: the name's initial on the accent colour, 512×512, the `NewsMediaOrganization`
 *    logo (Google: at least 112×112) and the social card picture of pages without a photo.
 * URLs carry a hash of the kind and name (`/assets/logo/wide.3f2a9c1b0d4e.png`): a rename gives
 * new URLs, so the files are cached for a year.
 */

export type LogoKind = 'wide' | 'square';

export const LOGO_SIZES: Record<LogoKind, { width: number; height: number }> = {
  wide: { width: 600, height: 60 },
  square: { width: 512, height: 512 },
};

/** Bumped when the drawing changes, so caches fetch the new files. */
const DRAWING = 1;
const INK = '#1b1b1b';
const ACCENT = '#a3001b';
const SERIF = "Georgia, 'Noto Serif', 'DejaVu Serif', 'Liberation Serif', serif";

/** Hashes by kind and name: every article's structured data names the logo, so each is hashed once. */
const hashes = new Map<string, string>();
/** Site names held; a name is edited rarely, so this bound is never reached in practice. */
const HASHES_KEPT = 64;

function logoHash(kind: LogoKind, siteName: string): string {
  const input = `${DRAWING}\n${kind}\n${siteName}`;
  let hash = hashes.get(input);
  if (hash === undefined) {
    hash = createHash('sha256').update(input).digest('hex').slice(0, 12);
    if (hashes.size >= HASHES_KEPT) hashes.clear();
    hashes.set(input, hash);
  }
  return hash;
}

/** The logo's path and size. @example logoAsset('wide', 'Masthead') // { path: '/assets/logo/wide.….png', width: 600, height: 60 } */
export function logoAsset(kind: LogoKind, siteName: string): { path: string; width: number; height: number } {
  return { path: `/assets/logo/${kind}.${logoHash(kind, siteName)}.png`, ...LOGO_SIZES[kind] };
}

/** Draws a logo as PNG bytes. */
export async function drawLogo(kind: LogoKind, siteName: string): Promise<Buffer> {
  const { width, height } = LOGO_SIZES[kind];
  const sharp = await loadSharp();
  if (kind === 'square') {
    const initial = escapeXml([...siteName.trim()][0]?.toLocaleUpperCase() ?? 'M');
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">
<rect width="${width}" height="${height}" fill="${ACCENT}"/>
<text x="50%" y="50%" dy="0.35em" text-anchor="middle" font-family="${SERIF}" font-weight="700" font-size="340" fill="#fff">${initial}</text></svg>`;
    return sharp(Buffer.from(svg)).png({ compressionLevel: 9 }).toBuffer();
  }
  // Drawn large, trimmed to the letters, then fitted into 600×60 with a white margin.
  const size = 200;
  const canvas = Math.ceil(size * (siteName.length + 2) * 0.9);
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${canvas}" height="${size * 1.6}">
<rect width="100%" height="100%" fill="#fff"/>
<text x="${size / 2}" y="${size * 1.15}" font-family="${SERIF}" font-weight="700" font-size="${size}" fill="${INK}">${escapeXml(siteName)}</text></svg>`;
  const letters = await sharp(Buffer.from(svg)).trim({ background: '#fff' }).png().toBuffer();
  const fitted = await sharp(letters).resize(width - 20, height - 12, { fit: 'inside' }).png().toBuffer();
  return sharp(fitted)
    .resize(width, height, { fit: 'contain', background: '#fff' })
    .flatten({ background: '#fff' })
    .png({ compressionLevel: 9 })
    .toBuffer();
}

const LOGO_FILE = /^(wide|square)\.([0-9a-f]{12})\.png$/;
/** Drawn logos kept in memory: two kinds for each of a handful of site names. */
const CACHE_LIMIT = 16;

/** What the logo routes read: the site's settings (only the name per language is used). */
export interface LogoSettings {
  load(): Promise<Pick<SiteSettings, 'siteName'>>;
}

/**
 * Serves the logos of the current site names. Only hashes of a current name are drawn (anything
 * else is a 404), so the route cannot be made to render arbitrary text.
 */
export const logoRoutes: FastifyPluginAsync<{ settings: LogoSettings; notFound: () => Error }> = async (app, { settings, notFound }) => {
  const drawn = new Map<string, Buffer>();
  app.get<{ Params: { file: string } }>('/assets/logo/:file', async (req, reply) => {
    const match = LOGO_FILE.exec(req.params.file);
    if (!match) throw notFound();
    const kind = match[1] as LogoKind;
    let png = drawn.get(req.params.file);
    if (!png) {
      const names = (await settings.load()).siteName;
      const name = LANGUAGES.map((l) => names[l]).find((n) => logoHash(kind, n) === match[2]);
      if (name === undefined) throw notFound();
      png = await drawLogo(kind, name);
      if (drawn.size >= CACHE_LIMIT) drawn.delete(drawn.keys().next().value!);
      drawn.set(req.params.file, png);
    }
    return reply.type('image/png').header('cache-control', 'public, max-age=31536000, immutable').send(png);
  });
};

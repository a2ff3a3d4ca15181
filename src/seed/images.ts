import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import sharp from 'sharp';
import type { MediaVariant } from '../domain/taxonomy.js';
import { writeCrops } from '../services/media/photo-crops.js';

/** Widths the seed writes besides the original, for `srcset`. */
const VARIANT_WIDTHS = [400, 800, 1200];

export interface GeneratedImage {
  path: string;
  width: number;
  height: number;
  mime: string;
  variants: MediaVariant[];
}

function rand(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** An abstract "photograph": a sky gradient, a horizon and shapes in the subject's palette. */
function landscapeSvg(width: number, height: number, palette: [string, string, string], seed: number): string {
  const r = rand(seed);
  const [a, b, c] = palette;
  const horizon = Math.round(height * (0.45 + r() * 0.25));
  const shapes: string[] = [];
  for (let i = 0; i < 9; i++) {
    const w = Math.round(width * (0.05 + r() * 0.18));
    const h = Math.round(height * (0.1 + r() * 0.4));
    const x = Math.round(r() * (width - w));
    shapes.push(`<rect x="${x}" y="${horizon - h}" width="${w}" height="${h}" fill="${i % 2 ? b : c}" opacity="${(0.55 + r() * 0.4).toFixed(2)}"/>`);
  }
  const sun = `<circle cx="${Math.round(width * (0.15 + r() * 0.7))}" cy="${Math.round(horizon * (0.3 + r() * 0.4))}" r="${Math.round(height * 0.08)}" fill="#fff5d6" opacity="0.8"/>`;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">
<defs><linearGradient id="sky" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="${a}"/><stop offset="1" stop-color="#f2efe8"/></linearGradient></defs>
<rect width="${width}" height="${height}" fill="url(#sky)"/>${sun}${shapes.join('')}
<rect y="${horizon}" width="${width}" height="${height - horizon}" fill="${b}"/>
<rect y="${horizon}" width="${width}" height="${Math.round((height - horizon) / 3)}" fill="${c}" opacity="0.5"/></svg>`;
}

/** A portrait silhouette for author pages. */
function portraitSvg(size: number, palette: [string, string, string]): string {
  const [a, b, c] = palette;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}">
<rect width="${size}" height="${size}" fill="${a}"/>
<circle cx="${size / 2}" cy="${size * 0.4}" r="${size * 0.2}" fill="${c}"/>
<ellipse cx="${size / 2}" cy="${size * 1.02}" rx="${size * 0.38}" ry="${size * 0.4}" fill="${b}"/></svg>`;
}

async function writeJpegSet(svg: string, dir: string, name: string, width: number, height: number, crops: boolean): Promise<GeneratedImage> {
  await mkdir(dir, { recursive: true });
  // The SVG is rasterized once, at the size it was drawn, and enlarged to the photo's size by
  // nearest neighbour (the cheapest; the shapes are flat). The original, its variants and crops
  // are all cut from those pixels side by side (sharp runs on libuv's thread pool). Crops are
  // baseline JPEG: progressive encoding costs about four times as much, and crawlers fetch them.
  const { data, info } = await sharp(Buffer.from(svg)).resize(width, height, { kernel: 'nearest' }).removeAlpha().raw().toBuffer({ resolveWithObject: true });
  const pixels = () => sharp(data, { raw: { width: info.width, height: info.height, channels: info.channels } });
  const file = `${name}-${width}.jpg`;
  const sized = VARIANT_WIDTHS.filter((v) => v < width).map(async (w): Promise<MediaVariant> => {
    const h = Math.round((height * w) / width);
    const vfile = `${name}-${w}.jpg`;
    await pixels().resize(w, h).jpeg({ quality: 75, progressive: true }).toFile(join(dir, vfile));
    return { width: w, height: h, path: `demo/${vfile}`, mime: 'image/jpeg' };
  });
  const save = async (cropFile: string, bytes: Buffer) => {
    await writeFile(join(dir, cropFile), bytes);
    return `demo/${cropFile}`;
  };
  const [, variants, cropped] = await Promise.all([
    pixels().jpeg({ quality: 78, progressive: true }).toFile(join(dir, file)),
    Promise.all(sized),
    crops ? writeCrops(pixels, { width, height }, name, save, { position: 'centre', quality: 75, mozjpeg: false }) : [],
  ]);
  return { path: `demo/${file}`, width, height, mime: 'image/jpeg', variants: [...variants, ...cropped] };
}

/**
 * Writes an 1800×1200 (3:2) lead photo, its 400/800/1200 px variants and its 16:9, 4:3 and 1:1
 * crops, all 1200 px wide, under `<mediaDir>/demo/`.
 */
export function generatePhoto(mediaDir: string, index: number, palette: [string, string, string]): Promise<GeneratedImage> {
  // Drawn at half size and enlarged: rasterizing SVG costs by the pixel, and flat shapes lose nothing.
  return writeJpegSet(landscapeSvg(900, 600, palette, index + 1), join(mediaDir, 'demo'), `photo-${index + 1}`, 1800, 1200, true);
}

/** Writes a 400×400 author portrait (already square: no crops). */
export function generatePortrait(mediaDir: string, index: number, palette: [string, string, string]): Promise<GeneratedImage> {
  return writeJpegSet(portraitSvg(400, palette), join(mediaDir, 'demo'), `author-${index + 1}`, 400, 400, false);
}

import type { Kysely } from 'kysely';
import type { Metadata } from 'sharp';
import { loadSharp } from './sharp.js';
import { can, type Actor } from '../../domain/access.js';
import { LANGUAGES, type Localized } from '../../domain/locale.js';
import { cleanLine } from '../../domain/text.js';
import type { MediaVariant } from '../../domain/taxonomy.js';
import type { AuditRepository } from '../../storage/audit-repository.js';
import type { ContentWriter } from '../../storage/content-writer.js';
import type { JobRepository } from '../../storage/job-repository.js';
import { MastheadError } from '../../domain/errors.js';
import { StagedFiles } from '../../storage/media-files.js';
import type { Database } from '../../storage/schema.js';
import { NotAllowed } from '../editorial/editorial-errors.js';
import { writeCrops } from './photo-crops.js';

export interface PhotoDeps {
  /** The row, its AVIF job and its audit entry are written in one transaction. */
  db: Kysely<Database>;
  writer: ContentWriter;
  jobs: JobRepository;
  audit: AuditRepository;
  mediaDir: string;
  now: () => Date;
  /** How long an upload may send nothing before it is given up (ms); 30 s unless a test says. */
  uploadIdleMs?: number;
}

/** The job kind an upload enqueues: AVIF takes seconds per picture, too long for the request. */
export const MAKE_AVIF_JOB = 'media-avif';

/** The largest upload accepted, in bytes: a full-resolution news photo with room to spare. */
export const MAX_PHOTO_BYTES = 20 * 1024 * 1024;
/** Widths made for `srcset`, where the original is wider. */
const WIDTHS = [400, 800, 1200, 1600];
const ACCEPTED = new Set(['jpeg', 'png', 'webp', 'avif', 'heif', 'tiff', 'gif']);

export class UnsupportedImage extends MastheadError {
  constructor(why: string, options?: ErrorOptions) {
    super('UNSUPPORTED_IMAGE', `this file is not a photo we can use: ${why}`, options ?? {});
  }
}

export interface PhotoTexts {
  caption: Localized<string>;
  credit: Localized<string>;
  alt: Localized<string>;
}

/**
 * Stores an uploaded photo: the type is read from the content (never the file name), the picture
 * is turned upright and every bit of metadata (EXIF location, camera serials) is dropped, then an
 * original, WebP and JPEG variants for `srcset`, and 16:9, 4:3 and 1:1 crops for search engines
 * and social cards are written. Files get their real names only after the row is committed, so
 * a failure at any point (a damaged picture, a full disk, a killed process) leaves no file that
 * readers could reach without a row. Returns the new media id.
 *
 * @example const id = await uploadPhoto(deps, editor, buffer, { caption, credit, alt })
 */
export async function uploadPhoto(deps: PhotoDeps, actor: Actor, input: Buffer, texts: PhotoTexts): Promise<number> {
  if (!can(actor.role, 'story.write')) throw new NotAllowed('upload photos');
  const sharp = await loadSharp();
  // Any stage of libvips can find the file damaged, not only the header read: a JPEG cut short
  // has a good header and fails while decoding. Every sharp call goes through `image()`.
  const image = async <T>(work: Promise<T>): Promise<T> => {
    try {
      return await work;
    } catch (error) {
      throw new UnsupportedImage('it is not an image, or it is damaged', { cause: error });
    }
  };
  const meta: Metadata = await image(sharp(input, { limitInputPixels: 80_000_000 }).metadata());
  if (!meta.format || !ACCEPTED.has(meta.format)) throw new UnsupportedImage(`${meta.format ?? 'unknown'} images are not accepted`);
  // .rotate() applies the EXIF orientation before the metadata is dropped.
  const upright = sharp(input, { limitInputPixels: 80_000_000 }).rotate();
  const { data: original, info } = await image(upright.clone().jpeg({ quality: 88, mozjpeg: true }).toBuffer({ resolveWithObject: true }));
  if (info.width < 200 || info.height < 100) throw new UnsupportedImage('it is smaller than 200 × 100 pixels');

  const now = deps.now();
  const folder = `uploads/${now.getUTCFullYear()}/${String(now.getUTCMonth() + 1).padStart(2, '0')}`;
  const stem = `${now.getTime().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
  // Written under temporary names, renamed after the commit (see StagedFiles).
  const files = new StagedFiles(deps.mediaDir);
  const write = async (name: string, data: Buffer) => {
    await files.write(`${folder}/${name}`, data);
    return `${folder}/${name}`;
  };
  let stored = false;
  try {
    const path = await write(`${stem}-${info.width}.jpg`, original);
    const variants: MediaVariant[] = [];
    for (const width of WIDTHS.filter((w) => w < info.width)) {
      const height = Math.round((info.height * width) / info.width);
      const resized = sharp(original).resize(width, height);
      variants.push({ width, height, mime: 'image/jpeg', path: await write(`${stem}-${width}.jpg`, await image(resized.clone().jpeg({ quality: 80, mozjpeg: true }).toBuffer())) });
      variants.push({ width, height, mime: 'image/webp', path: await write(`${stem}-${width}.webp`, await image(resized.clone().webp({ quality: 78 }).toBuffer())) });
    }
    variants.push({ width: info.width, height: info.height, mime: 'image/webp', path: await write(`${stem}-${info.width}.webp`, await image(sharp(original).webp({ quality: 80 }).toBuffer())) });
    // 16:9, 4:3 and 1:1 crops for search engines and social cards (JPEG only: they are not in
    // srcsets). Made in memory first, so a disk failure is not taken for a damaged picture.
    const cropped: [string, Buffer][] = [];
    const crops = await image(writeCrops(() => sharp(original), info, stem, async (name, data) => (cropped.push([name, data]), `${folder}/${name}`), { position: 'attention' }));
    for (const [name, data] of cropped) await write(name, data);
    variants.push(...crops);
    const clean = (t: Localized<string>) => Object.fromEntries(LANGUAGES.map((l) => [l, cleanLine(t[l] ?? '').trim().slice(0, 500)])) as Localized<string>;
    // The row, its AVIF job and its audit entry commit together, or none of them does.
    const id = await deps.db.transaction().execute(async (trx) => {
      const id = await deps.writer.createMedia(
        { path, width: info.width, height: info.height, mime: 'image/jpeg', variants, caption: clean(texts.caption), credit: clean(texts.credit), alt: clean(texts.alt) },
        now,
        trx,
      );
      // AVIF takes seconds per picture: made in the background by whichever process polls first.
      await deps.jobs.enqueue({ kind: MAKE_AVIF_JOB, payload: { mediaId: id }, runAt: now }, trx);
      await deps.audit.record({ userId: actor.id, action: 'media.upload', subject: `media:${id}`, details: { width: info.width, height: info.height, bytes: input.length }, at: now }, trx);
      return id;
    });
    stored = true;
    // A process that dies from here on leaves temporary files of a stored row: the media sweep
    // gives them their names.
    await files.moveIntoPlace();
    return id;
  } catch (error) {
    // Nothing half-stored: files written before a failure are removed. Once the row is stored
    // its files are kept, under whichever name they have: the media sweep finishes the move.
    if (!stored) await files.discard();
    throw error;
  }
}

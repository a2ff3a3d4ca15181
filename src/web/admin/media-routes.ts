import multipart from '@fastify/multipart';
import type { FastifyPluginAsync } from 'fastify';
import { LANGUAGES, type Lang, type Localized } from '../../domain/locale.js';
import { cleanLine } from '../../domain/text.js';
import { MAX_PHOTO_BYTES, uploadPhoto, type PhotoDeps } from '../../services/upload-photo.js';
import type { MediaRepository } from '../../storage/media-repository.js';
import { requireMember } from './member.js';
import type { ChangeEvents } from '../../services/change-events.js';
import { MastheadError } from '../../domain/errors.js';
import { sendJsonError } from '../error-answers.js';

export interface MediaRouteOptions {
  photos: PhotoDeps;
  media: MediaRepository;
  /** Pages showing a photo are dropped from caches when its texts change. */
  events: ChangeEvents;
}

const textsSchema = {
  type: 'object',
  additionalProperties: false,
  properties: Object.fromEntries(
    LANGUAGES.map((l) => [
      l,
      {
        type: 'object',
        required: ['caption', 'credit', 'alt'],
        additionalProperties: false,
        properties: { caption: { type: 'string', maxLength: 500 }, credit: { type: 'string', maxLength: 200 }, alt: { type: 'string', maxLength: 500 } },
      },
    ]),
  ),
} as const;

class PhotoTooLarge extends MastheadError {
  constructor() {
    super('PHOTO_TOO_LARGE', `photos may be at most ${MAX_PHOTO_BYTES / 1024 / 1024} MB`);
  }
}

class PhotoMissing extends MastheadError {
  constructor() {
    super('PHOTO_MISSING', 'send the photo as a multipart field named "file"');
  }
}

/**
 * Photos: upload (multipart, field `file`, with `caption_uk`, `credit_en`, `alt_ru`… fields), the
 * media library, and caption/credit/alt edits per language.
 */
export const mediaRoutes: FastifyPluginAsync<MediaRouteOptions> = async (app, { photos, media, events }) => {
  await app.register(multipart, { limits: { fileSize: MAX_PHOTO_BYTES, files: 1, fields: 20, fieldSize: 2000 } });

  app.post('/media', { config: { permission: 'story.write' }, schema: { tags: ['media'], summary: 'Upload a photo (multipart: file, caption_<lang>, credit_<lang>, alt_<lang>)', consumes: ['multipart/form-data'] } }, async (req, reply) => {
    const { user } = requireMember(req);
    if (!req.isMultipart()) throw new PhotoMissing();
    const fields: Record<string, string> = {};
    let file: Buffer | undefined;
    for await (const part of req.parts()) {
      if (part.type === 'file') {
        if (part.fieldname !== 'file') {
          part.file.resume();
          continue;
        }
        file = await part.toBuffer().catch((error: { code?: string }) => {
          throw error.code === 'FST_REQ_FILE_TOO_LARGE' ? new PhotoTooLarge() : error;
        });
      } else if (typeof part.value === 'string') fields[part.fieldname] = part.value;
    }
    if (!file || file.length === 0) throw new PhotoMissing();
    const per = (prefix: string) => Object.fromEntries(LANGUAGES.map((l) => [l, fields[`${prefix}_${l}`] ?? ''])) as Localized<string>;
    const id = await uploadPhoto(photos, { id: user.id, role: user.role }, file, { caption: per('caption'), credit: per('credit'), alt: per('alt') });
    const [item] = await media.library(1, id + 1);
    return reply.code(201).send({ media: item });
  });

  app.get<{ Querystring: { limit?: number; before?: number } }>(
    '/media',
    {
      config: { permission: 'member' },
      schema: {
        tags: ['media'],
        summary: 'The media library, newest first',
        querystring: { type: 'object', additionalProperties: false, properties: { limit: { type: 'integer', minimum: 1, maximum: 100 }, before: { type: 'integer', minimum: 1 } } },
      },
    },
    async (req) => {
      const limit = req.query.limit ?? 40;
      const items = await media.library(limit + 1, req.query.before);
      return { items: items.slice(0, limit), next: items.length > limit ? items[limit - 1]!.id : null };
    },
  );

  app.patch<{ Params: { id: number }; Body: Partial<Record<Lang, { caption: string; credit: string; alt: string }>> }>(
    '/media/:id',
    { config: { permission: 'story.edit-any' }, schema: { tags: ['media'], summary: 'Change caption, credit and alt text per language (editors)', params: { type: 'object', required: ['id'], properties: { id: { type: 'integer', minimum: 1, maximum: 2147483647 } } }, body: textsSchema } },
    async (req, reply) => {
      const member = requireMember(req);
      // Control characters are taken out here, as in every text the newsroom sends (domain/text.ts).
      const texts = Object.fromEntries(
        Object.entries(req.body).map(([lang, t]) => [lang, { caption: cleanLine(t.caption), credit: cleanLine(t.credit), alt: cleanLine(t.alt) }]),
      );
      if (!(await media.updateTexts(req.params.id, texts))) return sendJsonError(reply, new MastheadError('MEDIA_NOT_FOUND', 'no such photo'));
      await photos.audit.record({ userId: member.user.id, action: 'media.update', subject: `media:${req.params.id}`, at: photos.now() });
      events.emit({ type: 'media-changed', mediaId: req.params.id });
      const [item] = await media.library(1, req.params.id + 1);
      return { media: item };
    },
  );
};

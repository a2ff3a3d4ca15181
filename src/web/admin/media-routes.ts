import multipart from '@fastify/multipart';
import type { FastifyPluginAsync } from 'fastify';
import { LANGUAGES, type Lang, type Localized } from '../../domain/locale.js';
import { MAX_PHOTO_BYTES, uploadPhoto, type PhotoDeps } from '../../services/upload-photo.js';
import { changePhotoTexts, type PhotoTextDeps } from '../../services/photo-texts.js';
import type { MediaRepository } from '../../storage/media-repository.js';
import { checkCsrf, requireMember, requireRole } from './member.js';

export interface MediaRouteOptions {
  photos: PhotoDeps;
  media: MediaRepository;
  /** Caption, credit and alt text changes (pages showing the photo are dropped from caches). */
  texts: PhotoTextDeps;
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

class PhotoTooLarge extends Error {
  readonly statusCode = 413;
  readonly code = 'PHOTO_TOO_LARGE';
  constructor() {
    super(`photos may be at most ${MAX_PHOTO_BYTES / 1024 / 1024} MB`);
  }
}

class PhotoMissing extends Error {
  readonly statusCode = 400;
  readonly code = 'PHOTO_MISSING';
  constructor() {
    super('send the photo as a multipart field named "file"');
  }
}

/**
 * Photos: upload (multipart, field `file`, with `caption_uk`, `credit_en`, `alt_ru`… fields), the
 * media library, and caption/credit/alt edits per language.
 */
export const mediaRoutes: FastifyPluginAsync<MediaRouteOptions> = async (app, { photos, media, texts }) => {
  await app.register(multipart, { limits: { fileSize: MAX_PHOTO_BYTES, files: 1, fields: 20, fieldSize: 2000 } });
  app.addHook('preHandler', checkCsrf);

  app.post('/media', { schema: { tags: ['media'], summary: 'Upload a photo (multipart: file, caption_<lang>, credit_<lang>, alt_<lang>)', consumes: ['multipart/form-data'] } }, async (req, reply) => {
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
      schema: {
        tags: ['media'],
        summary: 'The media library, newest first',
        querystring: { type: 'object', additionalProperties: false, properties: { limit: { type: 'integer', minimum: 1, maximum: 100 }, before: { type: 'integer', minimum: 1 } } },
      },
    },
    async (req) => {
      requireMember(req);
      const limit = req.query.limit ?? 40;
      const items = await media.library(limit + 1, req.query.before);
      return { items: items.slice(0, limit), next: items.length > limit ? items[limit - 1]!.id : null };
    },
  );

  app.patch<{ Params: { id: number }; Body: Partial<Record<Lang, { caption: string; credit: string; alt: string }>> }>(
    '/media/:id',
    { schema: { tags: ['media'], summary: 'Change caption, credit and alt text per language (editors)', params: { type: 'object', required: ['id'], properties: { id: { type: 'integer', minimum: 1, maximum: 2147483647 } } }, body: textsSchema } },
    async (req, reply) => {
      const member = requireRole(req, 'story.edit-any', 'change photo captions');
      const changed = await changePhotoTexts(texts, member.user.id, req.params.id, req.body);
      if (!changed) return reply.code(404).send({ error: { code: 'MEDIA_NOT_FOUND', message: 'no such photo' } });
      const [item] = await media.library(1, req.params.id + 1);
      return { media: item };
    },
  );
};

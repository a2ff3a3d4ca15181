import multipart from '@fastify/multipart';
import type { IncomingMessage } from 'node:http';
import type { FastifyPluginAsync } from 'fastify';
import { LANGUAGES, type Lang, type Localized } from '../../domain/locale.js';
import { MAX_PHOTO_BYTES, uploadPhoto, type PhotoDeps } from '../../services/media/upload-photo.js';
import { changePhotoTexts, type PhotoTextDeps } from '../../services/media/photo-texts.js';
import type { MediaLibrary } from '../../services/editorial/newsroom-reads.js';
import { requireMember } from './member.js';
import { cleanLine } from '../../domain/text.js';
import { MastheadError } from '../../domain/errors.js';
import { sendJsonError } from '../error-answers.js';

export interface MediaRouteOptions {
  photos: PhotoDeps;
  media: MediaLibrary;
  /** Caption, credit and alt text changes (pages showing the photo are dropped from caches). */
  texts: PhotoTextDeps;
}

/** An upload that sends nothing for this long is given up (ms): a slow phone line still sends. */
export const UPLOAD_IDLE_MS = 30_000;

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

class MalformedUpload extends MastheadError {
  constructor(why: string, options?: ErrorOptions) {
    super('MALFORMED_UPLOAD', `the upload is not a well-formed multipart form: ${why}`, options ?? {});
  }
}

class UploadStalled extends MastheadError {
  constructor(seconds: number) {
    super('UPLOAD_STALLED', `no part of the upload arrived for ${seconds} seconds`);
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
export const mediaRoutes: FastifyPluginAsync<MediaRouteOptions> = async (app, { photos, media, texts }) => {
  await app.register(multipart, { limits: { fileSize: MAX_PHOTO_BYTES, files: 1, fields: 20, fieldSize: 2000 } });

  app.post('/media', { config: { permission: 'story.write' }, schema: { tags: ['media'], summary: 'Upload a photo (multipart: file, caption_<lang>, credit_<lang>, alt_<lang>)', consumes: ['multipart/form-data'] } }, async (req, reply) => {
    const { user } = requireMember(req);
    if (!req.isMultipart()) throw new PhotoMissing();
    // Without a boundary the parser cannot find a single part (and an empty one reads as an empty form).
    if (!/;\s*boundary=(?:"[^"]+"|[^\s;"]+)/i.test(req.headers['content-type'] ?? '')) throw new MalformedUpload('its Content-Type names no boundary');
    const fields: Record<string, string> = {};
    let file: Buffer | undefined;
    // A client that stops sending (a Content-Length larger than what it sends, a dropped network)
    // would hold the connection open for good: after 30 s without a byte it gets 408.
    const stall = watchForStall(req.raw, photos.uploadIdleMs ?? UPLOAD_IDLE_MS);
    try {
      // The parser throws plain errors for what the client got wrong (no boundary, a boundary
      // the body does not use, a body cut short): those are the client's 400, not our 500.
      const reading = (async () => {
        for await (const part of req.parts()) {
          if (part.type === 'file') {
            if (part.fieldname !== 'file') {
              part.file.resume();
              continue;
            }
            file = await part.toBuffer();
          } else if (typeof part.value === 'string') fields[part.fieldname] = part.value;
        }
      })();
      // After a stall the parser still ends, with an error, once the connection closes.
      reading.catch(() => {});
      await Promise.race([stall.stalled, reading]);
    } catch (error) {
      if (error instanceof UploadStalled) {
        // The rest of the body may still come: the connection cannot carry another request.
        reply.header('connection', 'close');
        throw error;
      }
      throw uploadError(error);
    } finally {
      stall.stop();
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
      const cleaned = Object.fromEntries(
        Object.entries(req.body).map(([lang, t]) => [lang, { caption: cleanLine(t.caption), credit: cleanLine(t.credit), alt: cleanLine(t.alt) }]),
      );
      const changed = await changePhotoTexts(texts, member.user.id, req.params.id, cleaned);
      if (!changed) return sendJsonError(reply, new MastheadError('MEDIA_NOT_FOUND', 'no such photo'));
      const [item] = await media.library(1, req.params.id + 1);
      return { media: item };
    },
  );
};

/** The client's fault in a multipart body, as the error the newsroom API answers with. */
function uploadError(error: unknown): Error {
  const code = (error as { code?: unknown } | null)?.code;
  if (code === 'FST_REQ_FILE_TOO_LARGE') return new PhotoTooLarge();
  if (code === 'FST_FILES_LIMIT') return new MalformedUpload('it holds more than one file', { cause: error });
  if (code === 'FST_FIELDS_LIMIT' || code === 'FST_PARTS_LIMIT') return new MalformedUpload('it holds too many fields', { cause: error });
  if (code === 'FST_PROTO_VIOLATION') return new MalformedUpload('a field has a reserved name', { cause: error });
  // Everything else the parser throws is about the body it was given: no or another boundary,
  // a body that ends inside a part, a client that went away (FST_MP_PREMATURE_CLOSE).
  return new MalformedUpload('its boundary is missing or does not match, or it ends too soon', { cause: error });
}

/** Rejects with UploadStalled once the request has sent nothing for `ms`; `stop()` ends the watch. */
function watchForStall(raw: IncomingMessage, ms: number): { stalled: Promise<never>; stop(): void } {
  let timer: NodeJS.Timeout | undefined;
  let fail: (error: Error) => void = () => {};
  const stalled = new Promise<never>((_resolve, reject) => (fail = reject));
  // Nobody may be waiting on it any more when the body is complete.
  stalled.catch(() => {});
  const arm = () => {
    clearTimeout(timer);
    timer = setTimeout(() => fail(new UploadStalled(Math.round(ms / 1000))), ms);
  };
  // A listener added beside the parser's pipe sees the same chunks, and does not change the flow.
  raw.on('data', arm);
  arm();
  return {
    stalled,
    stop() {
      clearTimeout(timer);
      raw.off('data', arm);
    },
  };
}

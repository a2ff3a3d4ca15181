import { KINDS, STATUSES } from '../../domain/story.js';
import { LANGUAGES } from '../../domain/locale.js';

/**
 * Request shapes of the editorial API. The body is checked here only for its outline; the block
 * rules (safe links, allowed embeds, known block types) live in domain/blocks.ts, which answers
 * with INVALID_STORY and the path of every problem.
 */
const id = { type: 'integer', minimum: 1, maximum: 2147483647 } as const;
export const langParam = { type: 'string', enum: [...LANGUAGES] } as const;

export const storyMetaSchema = {
  type: 'object',
  required: ['kind', 'sectionId', 'tagIds', 'authorIds', 'importance', 'hasVideo', 'hasPhotos'],
  additionalProperties: false,
  properties: {
    kind: { type: 'string', enum: [...KINDS] },
    sectionId: id,
    tagIds: { type: 'array', maxItems: 20, uniqueItems: true, items: id },
    authorIds: { type: 'array', maxItems: 10, uniqueItems: true, items: id },
    importance: { type: 'integer', enum: [0, 1, 2] },
    hasVideo: { type: 'boolean' },
    hasPhotos: { type: 'boolean' },
  },
} as const;

const sourceSchema = {
  type: ['object', 'null'],
  required: ['text', 'links'],
  additionalProperties: false,
  properties: {
    text: { type: 'string', maxLength: 500 },
    links: {
      type: 'array',
      maxItems: 10,
      items: { type: 'object', required: ['text', 'url'], additionalProperties: false, properties: { text: { type: 'string', maxLength: 200 }, url: { type: 'string', maxLength: 2000 } } },
    },
  },
} as const;

const versionFields = {
  headline: { type: 'string', maxLength: 1000 },
  lead: { type: 'string', maxLength: 5000 },
  body: { type: 'array', maxItems: 1000, items: { type: 'object', required: ['type'], properties: { type: { type: 'string' } } } },
  source: sourceSchema,
  leadMediaId: { anyOf: [id, { type: 'null' }] },
} as const;

export const createStoryBody = {
  type: 'object',
  required: [...storyMetaSchema.required, 'version'],
  additionalProperties: false,
  properties: {
    ...storyMetaSchema.properties,
    version: {
      type: 'object',
      required: ['lang', 'headline', 'lead', 'body', 'source', 'leadMediaId'],
      additionalProperties: false,
      properties: { lang: langParam, ...versionFields },
    },
  },
} as const;

export const saveVersionBody = {
  type: 'object',
  required: ['lockVersion', 'headline', 'lead', 'body', 'source', 'leadMediaId'],
  additionalProperties: false,
  properties: {
    lockVersion: { type: 'integer', minimum: 0 },
    ...versionFields,
    story: storyMetaSchema,
    /** With a note, saving a published version marks it "updated" for readers. */
    note: { type: 'string', minLength: 1, maxLength: 1000 },
  },
} as const;

export const statusBody = {
  type: 'object',
  required: ['action', 'lockVersion'],
  additionalProperties: false,
  properties: {
    action: { type: 'string', enum: ['submit', 'return', 'schedule', 'unschedule', 'publish', 'unpublish'] },
    at: { type: 'string', format: 'date-time' },
    lockVersion: { type: 'integer', minimum: 1 },
  },
} as const;

export const listQuery = {
  type: 'object',
  additionalProperties: false,
  properties: {
    lang: langParam,
    status: { type: 'string', enum: [...STATUSES] },
    sectionId: id,
    authorId: id,
    q: { type: 'string', maxLength: 200 },
    from: { type: 'string', format: 'date-time' },
    to: { type: 'string', format: 'date-time' },
    limit: { type: 'integer', minimum: 1, maximum: 100 },
    cursor: { type: 'string', maxLength: 200 },
  },
} as const;

export const storyParams = { type: 'object', required: ['id'], properties: { id } } as const;
export const versionParams = { type: 'object', required: ['id', 'lang'], properties: { id, lang: langParam } } as const;
export const revisionParams = { type: 'object', required: ['id'], properties: { id } } as const;

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
    from: { type: 'string', format: 'date-time' },
    to: { type: 'string', format: 'date-time' },
    limit: { type: 'integer', minimum: 1, maximum: 100 },
    cursor: { type: 'string', maxLength: 200 },
  },
} as const;

/** A day in the newsroom's time zone, "2025-03-01". */
const day = { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$' } as const;

export const searchQuery = {
  type: 'object',
  additionalProperties: false,
  required: ['q'],
  properties: {
    q: {
      type: 'string',
      maxLength: 1000,
      description: 'Words in any inflected form, "quoted phrases", -excluded words; anything else is plain text. Blank or only stop words answers empty true.',
    },
    lang: { type: 'string', enum: [...LANGUAGES, 'all'], default: 'all', description: 'The language versions to search, or all.' },
    status: { type: 'string', enum: [...STATUSES], description: 'Only versions in this workflow status.' },
    sectionId: id,
    tagId: id,
    authorId: id,
    from: { ...day, description: 'Published on or after this day in the newsroom time zone (TIME_ZONE); versions never published are left out.' },
    to: { ...day, description: 'Published on or before this day in the newsroom time zone (TIME_ZONE); versions never published are left out.' },
    sort: { type: 'string', enum: ['relevance', 'date'], default: 'relevance', description: 'Relevance weighed with recency, or newest first (never published first).' },
    page: { type: 'integer', minimum: 1, maximum: 100, default: 1 },
    limit: { type: 'integer', minimum: 1, maximum: 50, default: 20, description: 'Results per page.' },
  },
} as const;

const text = { type: 'string' } as const;
const moment = { type: 'string', format: 'date-time' } as const;
const segments = (description: string) =>
  ({
    type: 'array',
    description,
    items: { type: 'object', additionalProperties: false, required: ['text', 'match'], properties: { text, match: { type: 'boolean' } } },
  }) as const;

const searchItem = {
  type: 'object',
  additionalProperties: false,
  required: ['storyId', 'lang', 'kind', 'status', 'sectionId', 'headline', 'headlineMarks', 'snippet', 'publishedAt', 'modifiedAt', 'lockVersion', 'createdBy'],
  properties: {
    storyId: id,
    lang: langParam,
    kind: { type: 'string', enum: [...KINDS] },
    status: { type: 'string', enum: [...STATUSES] },
    sectionId: id,
    headline: text,
    headlineMarks: segments('The headline in pieces; pieces with match true are the words found.'),
    snippet: segments('The stretch of the lead and text that best shows the match, in pieces; "…" marks cut text.'),
    publishedAt: { ...moment, nullable: true, description: 'Null for a version never published.' },
    modifiedAt: moment,
    lockVersion: { type: 'integer', minimum: 1 },
    createdBy: { ...id, nullable: true, description: 'The member who started the story; null for imported stories.' },
  },
} as const;

export const searchResponse = {
  type: 'object',
  additionalProperties: false,
  required: ['items', 'total', 'totalIsExact', 'page', 'perPage', 'empty', 'truncated'],
  properties: {
    items: { type: 'array', items: searchItem },
    total: { type: 'integer', minimum: 0, description: 'Matching versions, counted up to 1,000 per language; see totalIsExact.' },
    totalIsExact: { type: 'boolean', description: 'False when total is a lower bound ("more than").' },
    page: { type: 'integer', minimum: 1 },
    perPage: { type: 'integer', minimum: 1 },
    empty: { type: 'boolean', description: 'True when q has nothing to search for (blank or only stop words): items is empty.' },
    truncated: { type: 'boolean', description: 'Part of q was ignored (too many words).' },
  },
} as const;

export const storyParams = { type: 'object', required: ['id'], properties: { id } } as const;
export const versionParams = { type: 'object', required: ['id', 'lang'], properties: { id, lang: langParam } } as const;
export const revisionParams = { type: 'object', required: ['id'], properties: { id } } as const;

import { LANGUAGES } from '../../domain/locale.js';
import { KINDS } from '../../domain/story.js';

/**
 * Request and response shapes of the read API. They validate requests, document the API in
 * /api/v1/openapi.json, and make Fastify serialize only the fields declared here.
 */

const str = { type: 'string' } as const;
const int = { type: 'integer' } as const;
const url = { type: 'string', format: 'uri' } as const;
const moment = { type: 'string', format: 'date-time', description: 'RFC 3339 with the newsroom\'s UTC offset, e.g. 2025-03-01T18:22:00+02:00' } as const;
const nullable = <T extends object>(schema: T) => ({ ...schema, type: [(schema as { type: string }).type, 'null'] });
const obj = (properties: Record<string, object>, description?: string) =>
  ({ type: 'object', additionalProperties: false, required: Object.keys(properties), properties, ...(description ? { description } : {}) }) as const;

export const errorSchema = obj({ error: obj({ code: str, message: str }) }, 'Every failure: a stable code (see the API docs) and a human message.');

const variant = {
  type: 'object',
  additionalProperties: false,
  required: ['url', 'width', 'height', 'mime'],
  properties: {
    url, width: int, height: int, mime: str,
    crop: { type: 'string', enum: ['16x9', '4x3', '1x1'], description: 'Set on copies cropped to that aspect ratio; others keep the original frame.' },
  },
} as const;

/** A stored image: the original and its resized, re-encoded and cropped copies. */
export const imageFileSchema = obj({ url, width: int, height: int, mime: str, variants: { type: 'array', items: variant } });

/** A photo as used in a story: the files plus alt text, caption and credit in the story's language. */
export const imageSchema = obj({ id: int, ...imageFileSchema.properties, alt: str, caption: str, credit: str });

const ref = obj({ id: int, slug: str, name: str, url });
const authorRef = obj({ id: int, slug: str, name: str, title: str, url });

const storyFields = {
  id: { ...int, description: 'The story id, shared by all its language versions.' },
  lang: { type: 'string', enum: [...LANGUAGES] },
  kind: { type: 'string', enum: [...KINDS] },
  url: { ...url, description: 'The canonical reader URL of this language version.' },
  headline: str,
  lead: str,
  section: nullable(ref),
  tags: { type: 'array', items: ref },
  authors: { type: 'array', items: authorRef },
  importance: { type: 'integer', enum: [0, 1, 2], description: '0 ordinary, 1 important, 2 top story' },
  has_video: { type: 'boolean' },
  has_photos: { type: 'boolean' },
  published_at: moment,
  updated_at: { ...nullable(moment), description: 'When a published version was last changed for readers ("updated"), else null.' },
  lead_image: nullable(imageSchema),
};

export const storySummarySchema = obj(storyFields, 'A published language version as lists show it.');

const inline = {
  type: 'object',
  additionalProperties: false,
  required: ['type', 'text'],
  properties: { type: { type: 'string', enum: ['text', 'link'] }, text: str, bold: { type: 'boolean' }, italic: { type: 'boolean' }, href: str },
} as const;
const block = (type: string, properties: Record<string, object>, optional: string[] = []) => ({
  type: 'object',
  additionalProperties: false,
  required: ['type', ...Object.keys(properties).filter((k) => !optional.includes(k))],
  properties: { type: { type: 'string', enum: [type] }, ...properties },
});

/** The body as stored: structured blocks, validated on save. Images name a photo in `body_images`. */
export const blockSchema = {
  anyOf: [
    block('paragraph', { content: { type: 'array', items: inline } }),
    block('heading', { level: { type: 'integer', enum: [2, 3] }, text: str }),
    block('quote', { content: { type: 'array', items: inline }, cite: str }, ['cite']),
    block('list', { ordered: { type: 'boolean' }, items: { type: 'array', items: { type: 'array', items: inline } } }),
    block('image', { mediaId: int, caption: str, credit: str, alt: str }, ['caption', 'credit', 'alt']),
    block('video', { provider: { type: 'string', enum: ['youtube', 'vimeo'] }, videoId: str, title: str }),
    block('embed', { provider: { type: 'string', enum: ['x', 'telegram', 'facebook', 'instagram'] }, url: str, text: str }, ['text']),
    block('related', { storyId: int }),
  ],
} as const;

const source = {
  ...obj({ text: str, links: { type: 'array', items: obj({ text: str, url: str }) } }),
  type: ['object', 'null'],
  description: 'The "Source:" line: who reported it and whom the story cites.',
} as const;

export const storyVersionSchema = obj({
  ...storyFields,
  body: { type: 'array', items: blockSchema },
  body_html: {
    type: 'string',
    description: 'The body rendered as HTML, as the full-text feeds carry it: no ads or page chrome, absolute URLs, photos as <figure>, videos and social posts as link cards. The lead photo is in lead_image.',
  },
  body_images: { type: 'array', items: imageSchema, description: 'Photos that image blocks of the body name by mediaId.' },
  source,
  update_note: { ...nullable(str), description: 'What changed, when editors said so.' },
});

export const storySchema = obj({
  id: int,
  kind: { type: 'string', enum: [...KINDS] },
  versions: { type: 'array', items: storyVersionSchema, description: 'Every published language version, in the order uk, ru, en.' },
});

/** Per language: the name and slug (and reader URL) in that language, for the languages it has. */
const perLanguage = (entry: object) => ({
  type: 'object',
  additionalProperties: false,
  properties: Object.fromEntries(LANGUAGES.map((l) => [l, entry])),
});

export const sectionSchema = obj({ id: int, position: int, translations: perLanguage(obj({ name: str, slug: str, url })) });
export const tagSchema = obj({ id: int, translations: perLanguage(obj({ name: str, slug: str, url })) });
export const authorSchema = obj({
  id: int,
  photo: nullable(imageFileSchema),
  translations: perLanguage(obj({ name: str, slug: str, title: str, bio: str, url })),
});

export const nextCursor = { type: ['string', 'null'], description: 'Pass as `cursor` for the next page; null on the last page.' } as const;

const langParam = { type: 'string', enum: [...LANGUAGES] } as const;
/** "2025-03-01" (a day in the newsroom's time zone) or an RFC 3339 moment with Z or an offset. */
const dateParam = { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}(T\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,9})?)?(Z|[+-]\\d{2}:\\d{2}))?$' } as const;
const limitParam = (max: number, fallback: number) => ({ type: 'integer', minimum: 1, maximum: max, default: fallback, description: `Page size, 1 to ${max}.` }) as const;

export const storyListQuery = {
  type: 'object',
  additionalProperties: false,
  properties: {
    lang: { ...langParam, description: 'The edition; the newsroom\'s default language when left out.' },
    section: { ...str, maxLength: 200, description: 'A section slug in that language.' },
    tag: { ...str, maxLength: 200, description: 'A tag slug in that language.' },
    author: { ...str, maxLength: 200, description: 'An author slug in that language.' },
    from: { ...dateParam, description: 'Published at or after: a day (its start in the newsroom\'s time zone) or a moment.' },
    to: { ...dateParam, description: 'Published before: a day (to its end, in the newsroom\'s time zone) or a moment (exclusive).' },
    limit: limitParam(100, 20),
    cursor: { ...str, description: 'next_cursor of the previous page.' },
  },
} as const;

/** A piece of headline or snippet text; `match` marks the words the query found. */
const segments = (description: string) => ({ type: 'array', items: obj({ text: str, match: { type: 'boolean' } }), description }) as const;

/** A search result: the summary plus the headline and a snippet with the matched words marked. */
export const searchHitSchema = obj(
  {
    ...storyFields,
    headline_highlighted: segments('The headline in pieces; join the texts for the headline, mark the pieces with match true.'),
    snippet: segments('The stretch of the lead and body that best shows the match, in pieces; "…" marks cut text.'),
  },
  'A published language version found by a search.',
);

export const searchResponseSchema = obj({
  data: { type: 'array', items: searchHitSchema },
  total: { ...int, description: 'Matching versions, counted up to a cap; see total_is_exact.' },
  total_is_exact: { type: 'boolean', description: 'False when total is a lower bound ("more than").' },
  page: int,
  per_page: int,
  empty: { type: 'boolean', description: 'True when q has nothing to search for (blank or only stop words): data is empty.' },
  truncated: { type: 'boolean', description: 'Part of q was ignored (too long, too many words).' },
  suggestion: { type: ['string', 'null'], description: '"Did you mean": a corrected q that finds more stories, when this one found fewer than 3; else null.' },
});

/** A day in the newsroom's time zone, "2025-03-01". */
const dayParam = { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$' } as const;

export const searchQuery = {
  type: 'object',
  additionalProperties: false,
  required: ['q'],
  properties: {
    q: { ...str, maxLength: 1000, description: 'What to search for, as a reader would type it: words in any form, "quoted phrases", -excluded words; anything else is plain text. Longer input is cut and says so in truncated.' },
    lang: { type: 'string', enum: [...LANGUAGES, 'all'], description: 'The edition to search, or all; the newsroom\'s default language when left out.' },
    section: { ...str, maxLength: 200, description: 'A section slug in lang (in the default language when lang is all).' },
    tag: { ...str, maxLength: 200, description: 'A tag slug in lang (in the default language when lang is all).' },
    author: { ...str, maxLength: 200, description: 'An author slug in lang (in the default language when lang is all).' },
    from: { ...dayParam, description: 'Published on or after this day (in the newsroom\'s time zone).' },
    to: { ...dayParam, description: 'Published on or before this day (in the newsroom\'s time zone).' },
    sort: { type: 'string', enum: ['relevance', 'date'], default: 'relevance', description: 'Relevance weighed with recency, or newest first.' },
    page: { type: 'integer', minimum: 1, maximum: 100, default: 1, description: 'The page of results, 1 to 100.' },
    limit: limitParam(50, 20),
  },
} as const;

export const tagListQuery = {
  type: 'object',
  additionalProperties: false,
  properties: { limit: limitParam(100, 100), cursor: { ...str, description: 'next_cursor of the previous page.' } },
} as const;

export const storyIdParams = {
  type: 'object',
  required: ['id'],
  additionalProperties: false,
  properties: { id: { type: 'integer', minimum: 1, maximum: 2147483647 } },
} as const;

/** Failures every keyed route may answer with. */
export const commonErrors = { 400: errorSchema, 401: errorSchema, 406: errorSchema, 429: errorSchema } as const;

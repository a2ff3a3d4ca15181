import type { FastifyPluginAsync } from 'fastify';
import { dayRange } from '../../domain/dates.js';
import { dayParam } from '../day-params.js';
import { LANGUAGES, type Lang } from '../../domain/locale.js';
import { listStoryPage, loadPublishedStory, resolveFilters } from '../../services/reader/read-api.js';
import { BadRequest } from '../errors.js';
import { decodeStoryCursor, storyCursor } from './cursor.js';
import { ApiStoryNotFound, UnknownFilter } from './errors.js';
import type { ApiRouteOptions } from './plugin.js';
import { presentStory, presentSummary } from './present.js';
import { commonErrors, errorSchema, nextCursor, storyIdParams, storyListQuery, storySchema, storySummarySchema } from './schemas.js';
import { sendJson } from './send.js';

interface ListQuery {
  lang?: Lang;
  section?: string;
  tag?: string;
  author?: string;
  from?: string;
  to?: string;
  limit: number;
  cursor?: string;
}

/**
 * `from`/`to` as a UTC instant. A bare day is a day in the newsroom's zone, as in the reader
 * archive: `from` is its first moment, `to` the first moment of the next day (so the day counts).
 */
function parseBound(value: string, which: 'from' | 'to', timeZone: string): Date {
  if (value.length === 10) {
    const range = dayRange(dayParam(value, which), timeZone);
    return which === 'from' ? range.start : range.end;
  }
  const time = Date.parse(value);
  if (Number.isNaN(time)) throw new BadRequest(`${which} is not a real moment`);
  return new Date(time);
}

/** Story lists (keyset pages, newest first) and one story with all its published versions. */
export const storyRoutes: FastifyPluginAsync<ApiRouteOptions> = async (app, { deps, ctx, defaultLang }) => {
  app.get<{ Querystring: ListQuery }>(
    '/stories',
    {
      schema: {
        tags: ['stories'],
        summary: 'Published stories in one language, newest first',
        description:
          'Only versions that readers can see now: never drafts, scheduled or unpublished ones. Filters combine. ' +
          'Pages are keyset-paginated on (published_at, id): pass next_cursor back as cursor until it is null. ' +
          'An unknown section, tag or author slug answers 400 UNKNOWN_FILTER.',
        querystring: storyListQuery,
        response: {
          200: { type: 'object', additionalProperties: false, required: ['data', 'next_cursor'], properties: { data: { type: 'array', items: storySummarySchema }, next_cursor: nextCursor } },
          ...commonErrors,
        },
      },
    },
    async (req, reply) => {
      const q = req.query;
      const lang = q.lang ?? defaultLang;
      const before = q.cursor !== undefined ? decodeStoryCursor(q.cursor) : undefined;
      const from = q.from !== undefined ? parseBound(q.from, 'from', ctx.timeZone) : undefined;
      const to = q.to !== undefined ? parseBound(q.to, 'to', ctx.timeZone) : undefined;
      if (from && to && from >= to) throw new BadRequest('from must be earlier than to');
      const sections = await deps.repos.taxonomy.listSections();
      const filters = await resolveFilters(deps, lang, sections, { section: q.section, tag: q.tag, author: q.author });
      if ('unknown' in filters) throw new UnknownFilter(filters.unknown, filters.slug, lang);
      const page = await listStoryPage(deps, { lang, limit: q.limit, ...filters, ...(from ? { from } : {}), ...(to ? { to } : {}), ...(before ? { before } : {}) });
      const last = page.cards.at(-1);
      return sendJson(req, reply, {
        data: page.cards.map((c) => presentSummary(ctx, sections, c, page.tags.get(c.storyId) ?? [], page.authors.get(c.storyId) ?? [], page.media)),
        next_cursor: page.more && last ? storyCursor(last.publishedAt, last.storyId) : null,
      });
    },
  );

  app.get<{ Params: { id: number } }>(
    '/stories/:id',
    {
      schema: {
        tags: ['stories'],
        summary: 'One story with every language version readers can see',
        description: 'Each version carries its body as structured blocks. A story with no published version answers 404 STORY_NOT_FOUND.',
        params: storyIdParams,
        response: { 200: { type: 'object', additionalProperties: false, required: ['data'], properties: { data: storySchema } }, ...commonErrors, 404: errorSchema },
      },
    },
    async (req, reply) => {
      const versions = await loadPublishedStory(deps, req.params.id, LANGUAGES);
      if (!versions) throw new ApiStoryNotFound(req.params.id);
      const sections = await deps.repos.taxonomy.listSections();
      return sendJson(req, reply, { data: presentStory(ctx, sections, versions) });
    },
  );
};

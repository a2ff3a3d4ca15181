import type { FastifyPluginAsync } from 'fastify';
import { decodeTagCursor, tagCursor } from './cursor.js';
import type { ApiRouteOptions } from './plugin.js';
import { presentAuthor, presentSection, presentTag } from './present.js';
import { authorSchema, commonErrors, nextCursor, sectionSchema, tagListQuery, tagSchema } from './schemas.js';
import { sendJson } from './send.js';

const list = (items: object, paged = false) => ({
  type: 'object',
  additionalProperties: false,
  required: paged ? ['data', 'next_cursor'] : ['data'],
  properties: { data: { type: 'array', items }, ...(paged ? { next_cursor: nextCursor } : {}) },
});

/** Sections, authors and tags with names, slugs and reader URLs in every language they have. */
export const taxonomyRoutes: FastifyPluginAsync<ApiRouteOptions> = async (app, { deps, ctx, defaultLang }) => {
  app.get('/sections', { schema: { tags: ['taxonomy'], summary: 'Every section, in menu order', response: { 200: list(sectionSchema), ...commonErrors } } }, async (req, reply) => {
    const sections = await deps.repos.taxonomy.listSections();
    return sendJson(req, reply, { data: sections.map((s) => presentSection(ctx, s)) });
  });

  app.get('/authors', { schema: { tags: ['taxonomy'], summary: 'Every author, by id', response: { 200: list(authorSchema), ...commonErrors } } }, async (req, reply) => {
    const authors = await deps.repos.taxonomy.listAuthors();
    const photoIds = authors.flatMap((a) => Object.values(a.byLang).flatMap((t) => (t.photoMediaId ? [t.photoMediaId] : [])));
    const photos = await deps.repos.media.byIds(defaultLang, photoIds);
    return sendJson(req, reply, { data: authors.map((a) => presentAuthor(ctx, a, photos)) });
  });

  app.get<{ Querystring: { limit: number; cursor?: string } }>(
    '/tags',
    { schema: { tags: ['taxonomy'], summary: 'Tags by id, in pages', description: 'Pass next_cursor back as cursor until it is null.', querystring: tagListQuery, response: { 200: list(tagSchema, true), ...commonErrors } } },
    async (req, reply) => {
      const afterId = req.query.cursor !== undefined ? decodeTagCursor(req.query.cursor) : 0;
      const page = await deps.api.tagsPage(req.query.limit, afterId);
      const last = page.tags.at(-1);
      return sendJson(req, reply, { data: page.tags.map((t) => presentTag(ctx, t)), next_cursor: page.more && last ? tagCursor(last.id) : null });
    },
  );
};

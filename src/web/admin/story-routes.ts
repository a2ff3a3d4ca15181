import type { FastifyPluginAsync, FastifyRequest } from 'fastify';
import type { Actor } from '../../domain/access.js';
import { dayRangeParams } from '../day-params.js';
import { isLang, type Lang } from '../../domain/locale.js';
import type { WorkflowAction } from '../../domain/workflow.js';
import { changeVersionStatus } from '../../services/editorial/change-version-status.js';
import { createStory, type CreateStoryInput } from '../../services/editorial/create-story.js';
import type { EditorialDeps, StoryMeta } from '../../services/editorial/editorial-deps.js';
import { searchNewsroomStories, type NewsroomSearchRequest } from '../../services/search/newsroom-search.js';
import { listNewsroomStories, openStory } from '../../services/editorial/open-story.js';
import { diffRevisions, listRevisions, restoreRevision } from '../../services/editorial/revisions.js';
import { saveVersion, type SaveVersionInput } from '../../services/editorial/save-version.js';
import type { SourceAttribution } from '../../domain/story.js';
import type { Block } from '../../domain/blocks.js';
import { BadRequest } from '../errors.js';
import { createPreviewLink } from '../../services/editorial/preview-link.js';
import { setStoryBackground, storyBackground } from '../../services/editorial/set-story-background.js';
import type { PreviewSettings } from '../../services/editorial/newsroom-reads.js';
import { requireMember } from './member.js';
import { createStoryBody, listQuery, revisionParams, saveVersionBody, searchQuery, searchResponse, statusBody, storyParams, versionParams } from './story-schemas.js';

export interface StoryRouteOptions {
  editorial: EditorialDeps;
  settings: PreviewSettings;
  baseUrl: string;
}

function actorOf(req: FastifyRequest): Actor {
  const { user } = requireMember(req);
  return { id: user.id, role: user.role };
}

/** Keyset cursors are opaque to clients: base64url JSON of the last item's sort key. */
function encodeCursor(item: { modifiedAt: Date; storyId: number; lang: Lang }): string {
  return Buffer.from(JSON.stringify([item.modifiedAt.toISOString(), item.storyId, item.lang])).toString('base64url');
}

function decodeCursor(cursor: string): { modifiedAt: Date; storyId: number; lang: Lang } {
  try {
    const [at, storyId, lang] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown[];
    const modifiedAt = new Date(String(at));
    if (Number.isNaN(modifiedAt.getTime()) || !Number.isSafeInteger(storyId) || !isLang(lang)) throw new Error();
    return { modifiedAt, storyId: storyId as number, lang };
  } catch {
    throw new BadRequest('the cursor is not one this API gave out');
  }
}

/** The search request as the query string carries it: days as text, the page size as `limit`. */
type SearchQuerystring = Omit<NewsroomSearchRequest, 'from' | 'to' | 'perPage'> & { from?: string; to?: string; limit: number };

interface VersionBody {
  lockVersion: number;
  headline: string;
  lead: string;
  body: Block[];
  source: SourceAttribution | null;
  leadMediaId: number | null;
  story?: StoryMeta;
  note?: string;
}

/** The editorial API: the story list, the editor's reads and saves, workflow steps, revisions. */
export const storyRoutes: FastifyPluginAsync<StoryRouteOptions> = async (app, { editorial, settings, baseUrl }) => {
  const tags = ['stories'];
  // Every member may write; whose story and which status are checked with the story loaded.
  const config = { permission: 'story.write' } as const;

  app.get<{ Querystring: { lang?: Lang; status?: string; sectionId?: number; authorId?: number; from?: string; to?: string; limit?: number; cursor?: string } }>(
    '/stories',
    {
      config,
      schema: {
        tags,
        summary: 'The newsroom story list: every version, most recently changed first',
        description: 'Members below editor see the stories they started. To find stories by their words, use /stories/search.',
        querystring: listQuery,
      },
    },
    async (req) => {
      const q = req.query;
      const limit = q.limit ?? 30;
      const items = await listNewsroomStories(editorial, actorOf(req), {
        limit: limit + 1,
        ...(q.lang ? { lang: q.lang } : {}),
        ...(q.status ? { status: q.status as never } : {}),
        ...(q.sectionId ? { sectionId: q.sectionId } : {}),
        ...(q.authorId ? { authorId: q.authorId } : {}),
        ...(q.from ? { from: new Date(q.from) } : {}),
        ...(q.to ? { to: new Date(q.to) } : {}),
        ...(q.cursor ? { after: decodeCursor(q.cursor) } : {}),
      });
      const page = items.slice(0, limit);
      return { items: page, next: items.length > limit ? encodeCursor(page[page.length - 1]!) : null };
    },
  );

  app.get<{ Querystring: SearchQuerystring }>(
    '/stories/search',
    {
      config,
      schema: {
        tags,
        summary: 'Find story versions by their words, in any status: the story list\'s search and the background picker',
        description:
          'The readers\' search engine over every version in any status: words match in any inflected form («переговорів» finds ' +
          '«Переговори»), "quoted phrases" and -excluded words work, anything else is plain text. Relevance is weighed with recency; ' +
          'it ranks the newest 1,000 matches per language, and total beyond them is a lower bound (totalIsExact false). ' +
          'Members below editor find only the stories they started. from after to answers 400 BAD_REQUEST.',
        querystring: searchQuery,
        response: { 200: searchResponse },
      },
    },
    async (req) => {
      const q = req.query;
      const found = await searchNewsroomStories(editorial, actorOf(req), {
        q: q.q,
        lang: q.lang,
        sort: q.sort,
        page: q.page,
        perPage: q.limit,
        ...(q.status ? { status: q.status } : {}),
        ...(q.sectionId ? { sectionId: q.sectionId } : {}),
        ...(q.tagId ? { tagId: q.tagId } : {}),
        ...(q.authorId ? { authorId: q.authorId } : {}),
        ...dayRangeParams(q),
      });
      return {
        ...found,
        items: found.items.map((i) => ({ ...i, publishedAt: i.publishedAt?.toISOString() ?? null, modifiedAt: i.modifiedAt.toISOString() })),
      };
    },
  );

  app.post<{ Body: CreateStoryInput }>('/stories', { config, schema: { tags, summary: 'Start a story with its first language version (a draft)', body: createStoryBody } }, async (req, reply) => {
    const created = await createStory(editorial, actorOf(req), req.body);
    return reply.code(201).send(created);
  });

  app.get<{ Params: { id: number } }>('/stories/:id', { config, schema: { tags, summary: 'A story with all its language versions and its background list', params: storyParams } }, async (req) => {
    const opened = await openStory(editorial, actorOf(req), req.params.id);
    return { ...opened, background: await storyBackground(editorial, req.params.id) };
  });

  app.put<{ Params: { id: number; lang: Lang }; Body: VersionBody }>(
    '/stories/:id/versions/:lang',
    { config, schema: { tags, summary: 'Save a language version (lockVersion 0 adds a translation); with a note, mark a published version updated', params: versionParams, body: saveVersionBody } },
    async (req) => {
      const { note, ...fields } = req.body;
      const input: SaveVersionInput = { ...fields, storyId: req.params.id, lang: req.params.lang };
      return saveVersion(editorial, actorOf(req), input, note ? { note } : {});
    },
  );

  app.post<{ Params: { id: number; lang: Lang }; Body: { action: WorkflowAction; at?: string; lockVersion: number } }>(
    '/stories/:id/versions/:lang/status',
    { config, schema: { tags, summary: 'A workflow step: submit, return, schedule (with at), unschedule, publish, unpublish', params: versionParams, body: statusBody } },
    async (req) => {
      const { action, at, lockVersion } = req.body;
      return changeVersionStatus(editorial, actorOf(req), { storyId: req.params.id, lang: req.params.lang, action, lockVersion, ...(at ? { at: new Date(at) } : {}) });
    },
  );

  app.put<{ Params: { id: number }; Body: { storyIds: number[] } }>(
    '/stories/:id/background',
    {
      config,
      schema: {
        tags,
        summary: 'Set the earlier stories listed under "Background:" (all languages share the list)',
        params: storyParams,
        body: { type: 'object', required: ['storyIds'], additionalProperties: false, properties: { storyIds: { type: 'array', maxItems: 50, items: storyParams.properties.id } } },
      },
    },
    async (req) => setStoryBackground(editorial, actorOf(req), req.params.id, req.body.storyIds),
  );

  app.post<{ Params: { id: number; lang: Lang } }>(
    '/stories/:id/versions/:lang/preview',
    { config, schema: { tags, summary: 'A private link showing the version exactly as readers will see it (valid 7 days)', params: versionParams } },
    async (req) => {
      const link = await createPreviewLink(editorial, settings, actorOf(req), req.params.id, req.params.lang);
      return { url: baseUrl + link.path, path: link.path, expiresAt: link.expiresAt.toISOString() };
    },
  );

  app.get<{ Params: { id: number; lang: Lang } }>(
    '/stories/:id/versions/:lang/revisions',
    { config, schema: { tags, summary: 'Every saved state of a version, newest first', params: versionParams } },
    async (req) => ({ revisions: await listRevisions(editorial, actorOf(req), req.params.id, req.params.lang) }),
  );

  app.get<{ Querystring: { from: number; to: number } }>(
    '/revisions/diff',
    {
      config,
      schema: {
        tags,
        summary: 'A word-by-word diff of two revisions of one story',
        querystring: { type: 'object', required: ['from', 'to'], additionalProperties: false, properties: { from: revisionParams.properties.id, to: revisionParams.properties.id } },
      },
    },
    async (req) => ({ fields: await diffRevisions(editorial, actorOf(req), req.query.from, req.query.to) }),
  );

  app.post<{ Params: { id: number }; Body: { lockVersion: number } }>(
    '/revisions/:id/restore',
    {
      config,
      schema: {
        tags,
        summary: 'Restore a revision as a new save',
        params: revisionParams,
        body: { type: 'object', required: ['lockVersion'], additionalProperties: false, properties: { lockVersion: { type: 'integer', minimum: 1 } } },
      },
    },
    async (req) => restoreRevision(editorial, actorOf(req), { revisionId: req.params.id, lockVersion: req.body.lockVersion }),
  );
};

import type { FastifyPluginAsync } from 'fastify';
import type { TaxonomyReads } from '../../services/editorial/newsroom-reads.js';

/** Sections, tags and authors in every language, for the editor's pickers and autocomplete. */
export const taxonomyRoutes: FastifyPluginAsync<{ taxonomy: TaxonomyReads }> = async (app, { taxonomy }) => {
  app.get('/taxonomy', { config: { permission: 'member' }, schema: { tags: ['stories'], summary: 'Sections, tags and authors in all languages' } }, async (req) => {
    const [sections, tags, authors] = await Promise.all([taxonomy.listSections(), taxonomy.listTags(), taxonomy.listAuthors()]);
    return { sections, tags, authors };
  });
};

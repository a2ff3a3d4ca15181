import type { FastifyPluginAsync } from 'fastify';
import type { TaxonomyRepository } from '../../storage/taxonomy-repository.js';
import { requireMember } from './member.js';

/** Sections, tags and authors in every language, for the editor's pickers and autocomplete. */
export const taxonomyRoutes: FastifyPluginAsync<{ taxonomy: TaxonomyRepository }> = async (app, { taxonomy }) => {
  app.get('/taxonomy', { schema: { tags: ['stories'], summary: 'Sections, tags and authors in all languages' } }, async (req) => {
    requireMember(req);
    const [sections, tags, authors] = await Promise.all([taxonomy.listSections(), taxonomy.listTags(), taxonomy.listAuthors()]);
    return { sections, tags, authors };
  });
};

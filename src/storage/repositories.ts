import type { Kysely } from 'kysely';
import { ContentWriter } from './content-writer.js';
import { MediaRepository } from './media-repository.js';
import type { Database } from './schema.js';
import { SearchRepository } from './search/search-repository.js';
import { SettingsRepository } from './settings-repository.js';
import { SitemapRepository } from './sitemap-repository.js';
import { StoryRepository } from './story-repository.js';
import { TaxonomyRepository } from './taxonomy-repository.js';

/** One repository per aggregate, built once at boot and passed to services. */
export interface Repositories {
  stories: StoryRepository;
  taxonomy: TaxonomyRepository;
  media: MediaRepository;
  settings: SettingsRepository;
  writer: ContentWriter;
  sitemaps: SitemapRepository;
  search: SearchRepository;
}

export function createRepositories(db: Kysely<Database>): Repositories {
  return {
    stories: new StoryRepository(db),
    taxonomy: new TaxonomyRepository(db),
    media: new MediaRepository(db),
    settings: new SettingsRepository(db),
    writer: new ContentWriter(db),
    sitemaps: new SitemapRepository(db),
    search: new SearchRepository(db),
  };
}

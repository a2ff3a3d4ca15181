import type { MediaRepository } from '../../storage/media-repository.js';
import type { SettingsRepository } from '../../storage/settings-repository.js';
import type { TaxonomyRepository } from '../../storage/taxonomy-repository.js';

/**
 * What the newsroom's routes read without a use case of their own: the lists and lookups behind
 * pickers and the photo library. Narrowed to reads, so no route can write through them (every
 * write goes through a service: docs/decisions/0018).
 */
export type TaxonomyReads = Pick<TaxonomyRepository, 'listSections' | 'listTags' | 'listAuthors'>;

/** The photo library, newest first. */
export type MediaLibrary = Pick<MediaRepository, 'library'>;

/** The site settings a preview link is signed with. */
export type PreviewSettings = Pick<SettingsRepository, 'previewSecret'>;

import type { Lang } from '../../domain/locale.js';
import type { SiteSettings } from '../../domain/settings.js';
import type { AuditRepository } from '../../storage/audit-repository.js';
import { SettingsRepository } from '../../storage/settings-repository.js';
import type { StoryRepository } from '../../storage/story-repository.js';
import { inWriteTransaction, type WriteDeps } from './write-transaction.js';

/** What the site's settings and front-page curation need; built once at boot. */
export interface SiteDeps extends WriteDeps {
  settings: SettingsRepository;
  stories: StoryRepository;
  audit: AuditRepository;
  now: () => Date;
}

/** An edition's pinned stories, and those of them readers see now (published in that language). */
export interface PinnedStories {
  storyIds: number[];
  published: { storyId: number; headline: string; publishedAt: string }[];
}

/** The site settings editors change (name, support call to action, ad slots). */
export async function siteSettings(deps: SiteDeps): Promise<SiteSettings> {
  return deps.settings.load();
}

/**
 * Replaces the site settings, audited in the same transaction; `settings-changed` (every cached
 * page shows them) leaves after the commit.
 *
 * @example await saveSiteSettings(deps, admin.id, parseSiteSettings(body))
 */
export async function saveSiteSettings(deps: SiteDeps, actorId: number, settings: SiteSettings): Promise<SiteSettings> {
  await inWriteTransaction(deps, async ({ trx, afterCommit }) => {
    await new SettingsRepository(trx).save(settings);
    await deps.audit.record({ userId: actorId, action: 'settings.save', subject: 'settings:site', at: deps.now() }, trx);
    afterCommit({ type: 'settings-changed' });
  });
  return settings;
}

/** The stories pinned to the top of an edition's front page, in order. */
export async function pinnedStories(deps: SiteDeps, lang: Lang): Promise<PinnedStories> {
  const { pinned } = await deps.settings.loadForEdition(lang);
  const visible = await deps.stories.cardsByIds(lang, deps.now(), pinned);
  return { storyIds: pinned, published: visible.map((c) => ({ storyId: c.storyId, headline: c.headline, publishedAt: c.publishedAt.toISOString() })) };
}

/**
 * Pins and orders an edition's top stories (unpublished ones show once published), audited in
 * the same transaction; `front-page-changed` leaves after the commit.
 *
 * @example await pinFrontPage(deps, editor.id, 'en', [7501234, 7501230])
 */
export async function pinFrontPage(deps: SiteDeps, actorId: number, lang: Lang, storyIds: number[]): Promise<PinnedStories> {
  await inWriteTransaction(deps, async ({ trx, afterCommit }) => {
    await new SettingsRepository(trx).savePinned(lang, storyIds);
    await deps.audit.record({ userId: actorId, action: 'frontpage.pin', subject: `front:${lang}`, details: { storyIds }, at: deps.now() }, trx);
    afterCommit({ type: 'front-page-changed', lang });
  });
  return pinnedStories(deps, lang);
}

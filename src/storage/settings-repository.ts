import { randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Lang } from '../domain/locale.js';
import { DEFAULT_SETTINGS, parseSiteSettings, type SiteSettings } from '../domain/settings.js';
import type { Database } from './schema.js';

const KEY = 'site';
const frontKey = (lang: Lang) => `front:${lang}`;
const PREVIEW_SECRET = 'preview-secret';

function parsePinned(value: unknown): number[] {
  const list = (value as { pinned?: unknown })?.pinned;
  return Array.isArray(list) ? list.filter((n): n is number => Number.isSafeInteger(n) && n > 0).slice(0, 20) : [];
}

/** Site settings editors change: name, support call to action, ad slots. */
export class SettingsRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async load(): Promise<SiteSettings> {
    const row = await this.db.selectFrom('settings').select('value').where('key', '=', KEY).executeTakeFirst();
    return row ? parseSiteSettings(JSON.parse(row.value)) : DEFAULT_SETTINGS;
  }

  /**
   * Site settings and one edition's pinned front-page stories, in one query: every reader page
   * needs the first, the front page the second.
   */
  async loadForEdition(lang: Lang): Promise<{ site: SiteSettings; pinned: number[] }> {
    const rows = await this.db.selectFrom('settings').select(['key', 'value']).where('key', 'in', [KEY, frontKey(lang)]).execute();
    const site = rows.find((r) => r.key === KEY);
    const front = rows.find((r) => r.key === frontKey(lang));
    return { site: site ? parseSiteSettings(JSON.parse(site.value)) : DEFAULT_SETTINGS, pinned: front ? parsePinned(JSON.parse(front.value)) : [] };
  }

  async save(settings: SiteSettings): Promise<void> {
    await this.put(KEY, JSON.stringify(settings));
  }

  /** The stories editors pinned to the top of an edition's front page, in order. */
  async savePinned(lang: Lang, storyIds: number[]): Promise<void> {
    await this.put(frontKey(lang), JSON.stringify({ pinned: storyIds }));
  }

  /** The key that signs private preview links: made once, shared by every process. */
  async previewSecret(): Promise<string> {
    await this.db
      .insertInto('settings')
      .values({ key: PREVIEW_SECRET, value: JSON.stringify(randomBytes(32).toString('hex')) })
      .onConflict((oc) => oc.column('key').doNothing())
      .execute();
    const row = await this.db.selectFrom('settings').select('value').where('key', '=', PREVIEW_SECRET).executeTakeFirstOrThrow();
    return JSON.parse(row.value) as string;
  }

  private async put(key: string, value: string): Promise<void> {
    await this.db
      .insertInto('settings')
      .values({ key, value })
      .onConflict((oc) => oc.column('key').doUpdateSet({ value }))
      .execute();
  }
}

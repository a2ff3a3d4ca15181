import type { Kysely } from 'kysely';
import { DEFAULT_SETTINGS, parseSiteSettings, type SiteSettings } from '../domain/settings.js';
import type { Database } from './schema.js';

const KEY = 'site';

/** Site settings editors change: name, support call to action, ad slots. */
export class SettingsRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async load(): Promise<SiteSettings> {
    const row = await this.db.selectFrom('settings').select('value').where('key', '=', KEY).executeTakeFirst();
    return row ? parseSiteSettings(JSON.parse(row.value)) : DEFAULT_SETTINGS;
  }

  async save(settings: SiteSettings): Promise<void> {
    const value = JSON.stringify(settings);
    await this.db
      .insertInto('settings')
      .values({ key: KEY, value })
      .onConflict((oc) => oc.column('key').doUpdateSet({ value }))
      .execute();
  }
}

import { sql, type Kysely } from 'kysely';
import { monthKey, monthOf, monthRange, nextMonth } from '../../domain/sitemap.js';
import { isPostgres } from '../dialect.js';

/** The zone the backfill buckets months in: the default TIME_ZONE. Boot re-buckets if it differs. */
const DEFAULT_ZONE = 'Europe/Kyiv';

/**
 * Sitemaps at archive scale: one small row per language and newsroom-zone month that has
 * published versions, with how many there are and when that month's sitemap last changed. The
 * sitemap index reads this table (hundreds of rows) instead of grouping millions of versions.
 * Writers keep it in step (see SitemapRepository.refreshMonths). The zone the months are counted
 * in is kept in settings under `sitemap-time-zone`.
 *
 * The backfill walks each language month by month, one indexed range read each.
 */
export async function up(db: Kysely<any>): Promise<void> {
  const moment = isPostgres(db) ? 'timestamptz' : 'text';
  await db.schema
    .createTable('sitemap_months')
    .ifNotExists()
    .addColumn('lang', 'varchar(2)', (c) => c.notNull())
    // "2025-03", in the zone of the settings row `sitemap-time-zone`.
    .addColumn('month', 'varchar(7)', (c) => c.notNull())
    .addColumn('url_count', 'integer', (c) => c.notNull())
    // The newest publication time in the month: when it is in the future (imports may carry
    // such versions), readers count the month up to now instead of trusting url_count.
    .addColumn('newest_published', moment, (c) => c.notNull())
    .addColumn('last_modified', moment, (c) => c.notNull())
    .addPrimaryKeyConstraint('sitemap_months_pk', ['lang', 'month'])
    .execute();

  const done = await db.selectFrom('settings').select('key').where('key', '=', 'sitemap-time-zone').executeTakeFirst();
  if (done) return;
  const published = sql.lit('published');
  for (const lang of ['uk', 'ru', 'en']) {
    const span = await db
      .selectFrom('story_versions')
      .select((eb) => [eb.fn.min('published_at').as('first'), eb.fn.max('published_at').as('last')])
      .where('lang', '=', lang)
      .where('status', '=', published)
      .executeTakeFirst();
    if (!span?.first || !span.last) continue;
    const last = monthKey(monthOf(new Date(span.last), DEFAULT_ZONE));
    for (let m = monthOf(new Date(span.first), DEFAULT_ZONE); monthKey(m) <= last; m = nextMonth(m)) {
      const { start, end } = monthRange(m, DEFAULT_ZONE);
      const row = await db
        .selectFrom('story_versions')
        .select((eb) => [eb.fn.countAll().as('n'), eb.fn.max('published_at').as('newest'), eb.fn.max('modified_at').as('modified')])
        .where('lang', '=', lang)
        .where('status', '=', published)
        .where('published_at', '>=', start.toISOString())
        .where('published_at', '<', end.toISOString())
        .executeTakeFirstOrThrow();
      if (Number(row.n) === 0) continue;
      const iso = (v: Date | string) => new Date(v).toISOString();
      await db
        .insertInto('sitemap_months')
        .values({ lang, month: monthKey(m), url_count: Number(row.n), newest_published: iso(row.newest), last_modified: iso(row.modified) })
        .onConflict((oc: any) => oc.columns(['lang', 'month']).doNothing())
        .execute();
    }
  }
  await db.insertInto('settings').values({ key: 'sitemap-time-zone', value: JSON.stringify(DEFAULT_ZONE) }).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('sitemap_months').ifExists().execute();
  await db.deleteFrom('settings').where('key', '=', 'sitemap-time-zone').execute();
}

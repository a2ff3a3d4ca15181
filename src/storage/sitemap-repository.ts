import { sql, type Kysely } from 'kysely';
import type { Lang } from '../domain/locale.js';
import { monthKey, monthOf, monthRange, nextMonth, parseMonthKey, type Month } from '../domain/sitemap.js';
import type { Kind } from '../domain/story.js';
import { toDate } from './dialect.js';
import type { Database } from './schema.js';

/** The settings row naming the zone sitemap_months counts months in. */
const ZONE_KEY = 'sitemap-time-zone';
const DEFAULT_ZONE = 'Europe/Kyiv';
/** A literal, so the planners use the partial indexes on published versions. */
const PUBLISHED = sql.lit('published');

/** A change that touches the month a version was or is published in. */
export interface MonthChange {
  lang: Lang;
  publishedAt: Date;
  /** When the month's sitemap changed: the write's time, or the version's modification time. */
  changedAt: Date;
}

export interface SitemapMonthRow {
  lang: Lang;
  month: Month;
  urlCount: number;
  newestPublished: Date;
  lastModified: Date;
}

/** One published version as a sitemap lists it, with every published language version of its story. */
export interface SitemapVersion {
  storyId: number;
  lang: Lang;
  kind: Kind;
  publishedAt: Date;
  modifiedAt: Date;
  /** Published versions of the story in every language, this one included. */
  versions: { lang: Lang; kind: Kind; publishedAt: Date }[];
}

export interface NewsVersion {
  storyId: number;
  lang: Lang;
  kind: Kind;
  headline: string;
  publishedAt: Date;
  modifiedAt: Date;
}

/** A section, tag or author page as a sitemap lists it: newest publication, when there is one. */
export interface ListEntry {
  slug: string;
  newest: Date | null;
}

const maybeDate = (v: Date | string | null | undefined) => (v === null || v === undefined ? null : toDate(v));

/**
 * What sitemaps read, and the per-month summary (sitemap_months) that writers keep in step.
 * Every read is an indexed range or key lookup: no scan of story_versions, no GROUP BY over the
 * archive. {@link refreshMonths} is called by the projection step (projection.ts) inside the
 * writing transaction; no writer calls it directly.
 */
export class SitemapRepository {
  constructor(private readonly db: Kysely<Database>) {}

  /** The zone sitemap_months counts months in (settings `sitemap-time-zone`). */
  async timeZone(): Promise<string> {
    return (await this.storedTimeZone()) ?? DEFAULT_ZONE;
  }

  private async storedTimeZone(): Promise<string | undefined> {
    const row = await this.db.selectFrom('settings').select('value').where('key', '=', ZONE_KEY).executeTakeFirst();
    return row ? (JSON.parse(row.value) as string) : undefined;
  }

  /**
   * Makes sitemap_months count months in `zone` (TIME_ZONE): at boot, a no-op unless the zone
   * changed since the rows were counted; then every row is counted again, month by month.
   */
  async useTimeZone(zone: string): Promise<void> {
    if ((await this.storedTimeZone()) === zone) return;
    await this.db.transaction().execute(async (trx) => {
      const repo = new SitemapRepository(trx);
      await trx.deleteFrom('sitemap_months').execute();
      await trx
        .insertInto('settings')
        .values({ key: ZONE_KEY, value: JSON.stringify(zone) })
        .onConflict((oc) => oc.column('key').doUpdateSet({ value: JSON.stringify(zone) }))
        .execute();
      for (const lang of ['uk', 'ru', 'en'] as const) {
        const span = await trx
          .selectFrom('story_versions')
          .select((eb) => [eb.fn.min('published_at').as('first'), eb.fn.max('published_at').as('last')])
          .where('lang', '=', lang)
          .where('status', '=', PUBLISHED)
          .executeTakeFirst();
        if (!span?.first || !span.last) continue;
        const last = monthKey(monthOf(toDate(span.last), zone));
        for (let m = monthOf(toDate(span.first), zone); monthKey(m) <= last; m = nextMonth(m)) {
          await repo.refreshMonth(lang, m, zone, null);
        }
      }
    });
  }

  /**
   * Counts again the (language, month) rows that the changes touch, in a stable order. The
   * projection calls it inside the writing transaction, for the month a version left and the one
   * it entered.
   */
  async refreshMonths(changes: MonthChange[]): Promise<void> {
    if (changes.length === 0) return;
    const zone = await this.timeZone();
    const touched = new Map<string, { lang: Lang; month: Month; changedAt: Date }>();
    for (const c of changes) {
      const month = monthOf(c.publishedAt, zone);
      const key = `${c.lang}|${monthKey(month)}`;
      const seen = touched.get(key);
      if (!seen || seen.changedAt < c.changedAt) touched.set(key, { lang: c.lang, month, changedAt: c.changedAt });
    }
    // Sorted keys: two transactions lock shared rows in the same order and cannot deadlock.
    for (const key of [...touched.keys()].sort()) {
      const t = touched.get(key)!;
      await this.refreshMonth(t.lang, t.month, zone, t.changedAt);
    }
  }

  /**
   * One month of one language: count (an index-only range read of story_versions_latest_idx)
   * and record. `changedAt` null takes the newest modification time of the month's versions.
   */
  private async refreshMonth(lang: Lang, month: Month, zone: string, changedAt: Date | null): Promise<void> {
    const key = monthKey(month);
    const { start, end } = monthRange(month, zone);
    const placeholder = (changedAt ?? start).toISOString();
    // Take the row's lock before counting: on PostgreSQL a concurrent publication in the same
    // month waits here, and the count below then sees its committed version.
    await this.db
      .insertInto('sitemap_months')
      .values({ lang, month: key, url_count: 0, newest_published: placeholder, last_modified: placeholder })
      .onConflict((oc) => oc.columns(['lang', 'month']).doUpdateSet({ url_count: sql<number>`sitemap_months.url_count` }))
      .execute();
    const before = await this.db.selectFrom('sitemap_months').select('last_modified').where('lang', '=', lang).where('month', '=', key).executeTakeFirstOrThrow();
    const inMonth = this.db
      .selectFrom('story_versions')
      .where('lang', '=', lang)
      .where('status', '=', PUBLISHED)
      .where('published_at', '>=', start.toISOString())
      .where('published_at', '<', end.toISOString());
    const stats = await inMonth.select((eb) => [eb.fn.countAll().as('n'), eb.fn.max('published_at').as('newest')]).executeTakeFirstOrThrow();
    const count = Number(stats.n);
    if (count === 0 || !stats.newest) {
      if (!changedAt) {
        await this.db.deleteFrom('sitemap_months').where('lang', '=', lang).where('month', '=', key).execute();
        return;
      }
      // The month's last version went: no sitemap file any more, but the row keeps the time of
      // the change, so feeds listing that month date themselves by it and never go back.
      const previous = toDate(before.last_modified);
      await this.db
        .updateTable('sitemap_months')
        .set({ url_count: 0, last_modified: (previous > changedAt ? previous : changedAt).toISOString() })
        .where('lang', '=', lang)
        .where('month', '=', key)
        .execute();
      return;
    }
    let lastModified: Date;
    if (changedAt) {
      // Removing a URL changes the file too: the month's time never goes back.
      const previous = toDate(before.last_modified);
      lastModified = previous > changedAt ? previous : changedAt;
    } else {
      const newest = await inMonth.select((eb) => eb.fn.max('modified_at').as('m')).executeTakeFirstOrThrow();
      lastModified = toDate(newest.m!);
    }
    await this.db
      .updateTable('sitemap_months')
      .set({ url_count: count, newest_published: toDate(stats.newest).toISOString(), last_modified: lastModified.toISOString() })
      .where('lang', '=', lang)
      .where('month', '=', key)
      .execute();
  }

  /** Every (language, month) with published versions: a few hundred rows for decades of news. */
  async listMonths(): Promise<SitemapMonthRow[]> {
    const rows = await this.db.selectFrom('sitemap_months').selectAll().where('url_count', '>', 0).orderBy('lang').orderBy('month', 'desc').execute();
    return rows.map((r) => ({
      lang: r.lang as Lang,
      month: parseMonthKey(r.month),
      urlCount: r.url_count,
      newestPublished: toDate(r.newest_published),
      lastModified: toDate(r.last_modified),
    }));
  }

  async findMonth(lang: Lang, month: Month): Promise<SitemapMonthRow | undefined> {
    const r = await this.db.selectFrom('sitemap_months').selectAll().where('lang', '=', lang).where('month', '=', monthKey(month)).executeTakeFirst();
    if (!r) return undefined;
    return { lang, month, urlCount: r.url_count, newestPublished: toDate(r.newest_published), lastModified: toDate(r.last_modified) };
  }

  /** Versions published in [start, end) and by `now`: an index-only count of one range. */
  async countPublished(lang: Lang, start: Date, end: Date, now: Date): Promise<number> {
    const row = await this.publishedBetween(lang, start, end, now).select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow();
    return Number(row.n);
  }

  /**
   * One slice of a month's published versions, newest first, each with every published language
   * version of its story: one range read of the latest-versions index, then primary-key lookups.
   */
  async monthVersions(lang: Lang, start: Date, end: Date, now: Date, offset: number, limit: number): Promise<SitemapVersion[]> {
    const ids = this.publishedBetween(lang, start, end, now)
      .select('story_id')
      .orderBy('published_at', 'desc')
      .orderBy('story_id', 'desc')
      .limit(limit)
      .offset(offset);
    // A join from the page's ids (at most `limit`) rather than `in (…)`: each id is one
    // primary-key lookup, whatever the planner guesses about the rest of the table.
    const rows = await this.db
      .selectFrom(ids.as('m'))
      .innerJoin('story_versions as a', 'a.story_id', 'm.story_id')
      .select(['a.story_id', 'a.lang', 'a.kind', 'a.published_at', 'a.modified_at'])
      .where('a.status', '=', PUBLISHED)
      .where('a.published_at', '<=', now.toISOString())
      .execute();
    const byStory = new Map<number, SitemapVersion['versions']>();
    const own: SitemapVersion[] = [];
    for (const r of rows) {
      const v = { lang: r.lang as Lang, kind: r.kind as Kind, publishedAt: toDate(r.published_at!) };
      const list = byStory.get(r.story_id) ?? [];
      list.push(v);
      byStory.set(r.story_id, list);
      if (r.lang === lang) own.push({ storyId: r.story_id, ...v, modifiedAt: toDate(r.modified_at), versions: list });
    }
    return own.sort((a, b) => b.publishedAt.getTime() - a.publishedAt.getTime() || b.storyId - a.storyId);
  }

  /**
   * Versions of every language published in (since, now], newest first: one range read of the
   * latest-versions index per language. Bounded by `cap` all the same.
   */
  async recentNews(since: Date, now: Date, cap: number): Promise<NewsVersion[]> {
    const perLang = (lang: Lang) =>
      this.db
        .selectFrom('story_versions')
        .select(['story_id', 'lang', 'kind', 'headline', 'published_at', 'modified_at'])
        .where('lang', '=', lang)
        .where('status', '=', PUBLISHED)
        .where('published_at', '>', since.toISOString())
        .where('published_at', '<=', now.toISOString())
        .orderBy('published_at', 'desc')
        .limit(cap)
        .execute();
    const rows = (await Promise.all((['uk', 'ru', 'en'] as const).map(perLang))).flat();
    return rows
      .map((r) => ({
        storyId: r.story_id, lang: r.lang as Lang, kind: r.kind as Kind, headline: r.headline,
        publishedAt: toDate(r.published_at!), modifiedAt: toDate(r.modified_at),
      }))
      .sort((a, b) => b.publishedAt.getTime() - a.publishedAt.getTime() || b.storyId - a.storyId || a.lang.localeCompare(b.lang))
      .slice(0, cap);
  }

  /**
   * The newest publication at or before `moment` in any language (three index seeks): when the
   * news window last let a story go. With {@link newestMonthChange}, what dates the news sitemap.
   */
  async newestPublishedUpTo(moment: Date): Promise<Date | null> {
    const dates = await Promise.all((['uk', 'ru', 'en'] as const).map((lang) => this.newestInEdition(lang, moment)));
    return dates.reduce<Date | null>((a, b) => (b && (!a || b > a) ? b : a), null);
  }

  /**
   * The latest change recorded for months from `month` on, any language (publishing, unpublishing,
   * saving); with `upTo`, only changes made by then (a version dated ahead can date its month ahead).
   */
  async newestMonthChange(month: Month, upTo?: Date): Promise<Date | null> {
    let query = this.db.selectFrom('sitemap_months').select((eb) => eb.fn.max('last_modified').as('m')).where('month', '>=', monthKey(month));
    if (upTo) query = query.where('last_modified', '<=', upTo.toISOString());
    const row = await query.executeTakeFirst();
    return maybeDate(row?.m);
  }

  /** The newest publication in an edition (its front page and archive), by `now`. */
  async newestInEdition(lang: Lang, now: Date): Promise<Date | null> {
    const row = await this.db
      .selectFrom('story_versions')
      .select((eb) => eb.fn.max('published_at').as('m'))
      .where('lang', '=', lang)
      .where('status', '=', PUBLISHED)
      .where('published_at', '<=', now.toISOString())
      .executeTakeFirst();
    return maybeDate(row?.m);
  }

  /** Sections in menu order with their newest publication: one index seek per section. */
  async sections(lang: Lang, now: Date): Promise<ListEntry[]> {
    const rows = await this.db
      .selectFrom('section_translations as t')
      .innerJoin('sections as s', 's.id', 't.section_id')
      .select((eb) => [
        't.slug',
        eb
          .selectFrom('story_versions as v')
          .select((e) => e.fn.max('v.published_at').as('m'))
          .where('v.lang', '=', lang)
          .whereRef('v.section_id', '=', 't.section_id')
          .where('v.status', '=', PUBLISHED)
          .where('v.published_at', '<=', now.toISOString())
          .as('newest'),
      ])
      .where('t.lang', '=', lang)
      .orderBy('s.position')
      .orderBy('s.id')
      .execute();
    return rows.map((r) => ({ slug: r.slug, newest: maybeDate(r.newest as Date | string | null) }));
  }

  /**
   * Tags (or authors) that have a published version in the language, by slug, each with its newest
   * publication: a walk of the (lang, slug) index and one listing-table seek per key.
   */
  async listings(kind: 'tag' | 'author', lang: Lang, now: Date): Promise<ListEntry[]> {
    const db = this.db as Kysely<any>;
    const [names, listing, column] =
      kind === 'tag' ? ['tag_translations', 'tag_listings', 'tag_id'] : ['author_translations', 'author_listings', 'author_id'];
    const rows = (await db
      .selectFrom(`${names} as t`)
      .select((eb: any) => [
        't.slug',
        eb
          .selectFrom(`${listing} as l`)
          .select((e: any) => e.fn.max('l.published_at').as('m'))
          .whereRef(`l.${column}`, '=', `t.${column}`)
          .where('l.lang', '=', lang)
          .where('l.published_at', '<=', now.toISOString())
          .as('newest'),
      ])
      .where('t.lang', '=', lang)
      .orderBy('t.slug')
      .execute()) as { slug: string; newest: Date | string | null }[];
    return rows.flatMap((r) => (r.newest === null ? [] : [{ slug: r.slug, newest: toDate(r.newest) }]));
  }

  private publishedBetween(lang: Lang, start: Date, end: Date, now: Date) {
    return this.db
      .selectFrom('story_versions')
      .where('lang', '=', lang)
      .where('status', '=', PUBLISHED)
      .where('published_at', '>=', start.toISOString())
      .where('published_at', '<', end.toISOString())
      .where('published_at', '<=', now.toISOString());
  }
}

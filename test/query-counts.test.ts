import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { CompiledQuery, sql } from 'kysely';
import { DIALECTS, dialectSkip } from './support/databases.js';
import { buildTestApp, type TestApp } from './support/app.js';
import { NOW } from './support/newsroom.js';

/**
 * Queries per page type, whatever the amount of content: no N+1. The counts are stated here;
 * a change that adds a query per page must change this table on purpose. "Cold": the first page
 * after a change emptied the reader memo (src/services/reader/reader-memo.ts); "warm": the same page
 * again, when the memo holds the shared lists and every photo the page shows.
 */
const EXPECTED: Record<string, { cold: number; warm: number }> = {
  // cold: sections, settings, stream, media + warm: top stories, section blocks (one UNION ALL), columns
  front: { cold: 7, warm: 3 },
  // cold: sections, settings, stream, the tag's newest, media + warm: the story (this version in full with every
  // version's status, its authors, tags, background cards); one more when the body links to other stories
  article: { cold: 6, warm: 1 },
  // cold: sections, settings, stream, media + warm: stories
  section: { cold: 5, warm: 1 },
  tag: { cold: 6, warm: 2 }, // + the tag
  author: { cold: 6, warm: 2 }, // + the author
  // cold: sections, settings + warm: the day
  archive: { cold: 3, warm: 1 },
};

async function addStories(t: TestApp, count: number, offsetHours: number): Promise<number[]> {
  const ids: number[] = [];
  for (let i = 0; i < count; i++) {
    const at = new Date(NOW.getTime() - (offsetHours + i) * 60_000);
    ids.push(
      await t.newsroom.story({
        tags: ['energy'],
        authors: ['olena', 'taras'],
        importance: i % 5 === 0 ? 1 : 0,
        kind: i % 7 === 0 ? 'column' : 'news',
        background: ids.slice(-3),
        versions: { en: { publishedAt: at }, uk: { publishedAt: at } },
      }),
    );
  }
  return ids;
}

for (const dialect of DIALECTS) {
  describe(`queries per page on ${dialect}`, await dialectSkip(dialect), () => {
    let t: TestApp;
    let ids: number[];
    before(async () => {
      t = await buildTestApp(dialect);
      ids = await addStories(t, 10, 10);
    });
    after(() => t?.destroy());

    const pages = (id: number): Record<string, string> => ({
      front: '/en/',
      article: `/en/news/2025/03/01/${id}/`,
      section: '/en/sections/politics/',
      tag: '/en/tags/energy/',
      author: '/en/authors/olena-koval/',
      archive: '/en/archive/2025/03/01/',
    });

    async function count(url: string): Promise<{ cold: number; warm: number }> {
      // A settings change empties the memo: the next page reads everything it shows.
      t.app.changeEvents.emit({ type: 'settings-changed' });
      const counts = [];
      for (const _ of ['cold', 'warm']) {
        t.db.queries.length = 0;
        const res = await t.app.inject(url);
        assert.equal(res.statusCode, 200, url);
        counts.push(t.db.queries.length);
      }
      return { cold: counts[0]!, warm: counts[1]! };
    }

    test('each page type runs a fixed number of queries, however much content there is', async () => {
      const id = ids[ids.length - 1]!;
      for (const [page, url] of Object.entries(pages(id))) assert.deepEqual(await count(url), EXPECTED[page], page);
      await addStories(t, 40, 30);
      for (const [page, url] of Object.entries(pages(id))) assert.deepEqual(await count(url), EXPECTED[page], `${page} after more content`);
    });

    test('no page query scans a content table', async () => {
      const id = ids[ids.length - 1]!;
      for (const url of Object.values(pages(id))) {
        t.db.queries.length = 0;
        await t.app.inject(url);
        for (const e of [...t.db.queries]) assert.deepEqual(await contentScans(e.query.sql, e.query.parameters), [], `${url}: ${e.query.sql}`);
      }
    });

    /** The plan's full reads of a content table, on either database. */
    async function contentScans(query: string, parameters: readonly unknown[]): Promise<string[]> {
      if (dialect === 'sqlite') {
        const plan = await t.db.db.executeQuery<{ detail: string }>(CompiledQuery.raw(`explain query plan ${query}`, [...parameters]));
        return plan.rows.map((r) => r.detail).filter((d) => /^SCAN (story_versions|stories|story_tags|story_authors|story_background)\b(?! USING)/.test(d));
      }
      const plan = await t.db.db.transaction().execute(async (trx) => {
        // Tiny test tables make any plan cheap: forbid sequential scans to see which index serves.
        await sql`set local enable_seqscan = off`.execute(trx);
        return trx.executeQuery<{ 'QUERY PLAN': string }>(CompiledQuery.raw(`explain ${query}`, [...parameters]));
      });
      return plan.rows.map((r) => r['QUERY PLAN']).filter((line) => /Seq Scan on (story_versions|stories|story_tags|story_authors|story_background)\b/.test(line));
    }
  });
}

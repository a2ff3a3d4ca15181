import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'kysely';
import { analyzeAfterBulkLoad, migrateToLatest } from '../src/storage/database.js';
import { DIALECTS, createTestDatabase, dialectSkip, type TestDatabase } from './support/databases.js';
import { NOW, buildNewsroom, type SmallNewsroom } from './support/newsroom.js';

const hoursAgo = (h: number) => new Date(NOW.getTime() - h * 3_600_000);

for (const dialect of DIALECTS) {
  describe(`storage on ${dialect}`, await dialectSkip(dialect), () => {
    let db: TestDatabase;
    let n: SmallNewsroom;
    before(async () => {
      db = await createTestDatabase(dialect);
      n = await buildNewsroom(db);
    });
    after(() => db?.destroy());

    test('migrations are safe to run twice', async () => {
      await migrateToLatest(db.db);
      await migrateToLatest(db.db);
      const tables = await db.db.introspection.getTables();
      assert.ok(tables.some((t) => t.name === 'story_versions'));
    });

    test('after a bulk load the planner has statistics for the reader\'s tables', async () => {
      await analyzeAfterBulkLoad(db);
      if (dialect === 'sqlite') {
        const rows = await sql<{ tbl: string }>`select distinct tbl from sqlite_stat1`.execute(db.db);
        const tables = rows.rows.map((r) => r.tbl);
        for (const table of ['story_versions', 'sections', 'authors']) assert.ok(tables.includes(table), `${table} in ${tables}`);
      } else {
        const rows = await sql<{ relname: string; reltuples: number }>`
          select relname, reltuples from pg_class where relname in ('story_versions', 'sections', 'authors')`.execute(db.db);
        assert.equal(rows.rows.length, 3);
        // -1 means never analyzed.
        for (const row of rows.rows) assert.ok(Number(row.reltuples) >= 0, `${row.relname}: ${row.reltuples}`);
      }
    });

    test('language versions share one story id and keep their own status and time', async () => {
      const id = await n.story({ versions: { uk: { publishedAt: hoursAgo(3) }, en: { status: 'draft' } } });
      const uk = await n.repos.stories.findVersion(id, 'uk');
      const en = await n.repos.stories.findVersion(id, 'en');
      assert.equal(uk?.status, 'published');
      assert.equal(uk?.publishedAt?.toISOString(), hoursAgo(3).toISOString());
      assert.equal(en?.status, 'draft');
      assert.equal(en?.publishedAt, null);
      assert.equal(await n.repos.stories.findVersion(id, 'ru'), undefined);
      const statuses = await n.repos.stories.versionStatuses(id);
      assert.deepEqual(statuses.map((s) => s.lang).sort(), ['en', 'uk']);
      // The article page reads both in one query.
      const both = await n.repos.stories.findArticle(id, 'uk', NOW);
      assert.deepEqual(both.version, uk);
      assert.deepEqual([...both.statuses].sort((a, b) => a.lang.localeCompare(b.lang)), [...statuses].sort((a, b) => a.lang.localeCompare(b.lang)));
      assert.equal((await n.repos.stories.findArticle(id, 'ru', NOW)).version, undefined);
    });

    test('a reader\'s read while an editor\'s transaction is open never sees its uncommitted writes', async () => {
      const id = await n.story({ versions: { uk: { publishedAt: hoursAgo(2), headline: 'Як було' } } });
      // Once so that the read is a kept one (on SQLite it then runs on the connection directly).
      assert.equal((await n.repos.stories.findVersion(id, 'uk'))?.headline, 'Як було');
      let reading: Promise<string | undefined> | undefined;
      const rolledBack = new Error('rolled back');
      await assert.rejects(
        db.db.transaction().execute(async (trx) => {
          await trx.updateTable('story_versions').set({ headline: 'Не збережено' }).where('story_id', '=', id).execute();
          reading = n.repos.stories.findVersion(id, 'uk').then((v) => v?.headline);
          // Give the read every chance to run before the rollback.
          await new Promise((resolve) => setTimeout(resolve, 20));
          throw rolledBack;
        }),
        rolledBack,
      );
      // On SQLite (one connection) the read waited for the transaction's end; on PostgreSQL it
      // ran on another connection. Neither saw the write that was never committed.
      assert.equal(await reading, 'Як було');
    });

    test('the reader\'s kept queries go on answering after a migration adds a column under them', async () => {
      const id = await n.story({ versions: { uk: { publishedAt: hoursAgo(2), headline: 'Перед міграцією' } } });
      // Twice: on PostgreSQL the second runs the statement the first prepared.
      assert.equal((await n.repos.stories.findVersion(id, 'uk'))?.headline, 'Перед міграцією');
      assert.equal((await n.repos.stories.findVersion(id, 'uk'))?.headline, 'Перед міграцією');
      await sql`alter table story_versions add column later_field text`.execute(db.db);
      try {
        for (let i = 0; i < 3; i++) assert.equal((await n.repos.stories.findVersion(id, 'uk'))?.headline, 'Перед міграцією');
      } finally {
        await sql`alter table story_versions drop column later_field`.execute(db.db);
      }
      assert.equal((await n.repos.stories.findVersion(id, 'uk'))?.headline, 'Перед міграцією');
    });

    test('reader lists hold published versions only, newest first, nothing from the future', async () => {
      const older = await n.story({ section: 'economy', versions: { ru: { publishedAt: hoursAgo(5) } } });
      const newer = await n.story({ section: 'economy', versions: { ru: { publishedAt: hoursAgo(1) } } });
      await n.story({ section: 'economy', versions: { ru: { status: 'review' } } });
      await n.story({ section: 'economy', versions: { ru: { status: 'scheduled', publishedAt: new Date(NOW.getTime() + 3_600_000) } } });
      const cards = await n.repos.stories.listPublished({ lang: 'ru', now: NOW, limit: 10, sectionId: n.sections.economy });
      assert.deepEqual(cards.map((c) => c.storyId), [newer, older]);
      assert.equal(cards[0]?.lang, 'ru');
      assert.equal(cards[0]?.sectionId, n.sections.economy);
    });

    test('tag, author, kind, importance and day filters', async () => {
      const tagged = await n.story({ tags: ['energy'], authors: ['taras', 'olena'], importance: 2, kind: 'article', versions: { en: { publishedAt: hoursAgo(2) } } });
      await n.story({ tags: ['kyiv'], versions: { en: { publishedAt: hoursAgo(30) } } });
      const byTag = await n.repos.stories.listPublished({ lang: 'en', now: NOW, limit: 10, tagId: n.tags.energy });
      assert.deepEqual(byTag.map((c) => c.storyId), [tagged]);
      const byAuthor = await n.repos.stories.listPublished({ lang: 'en', now: NOW, limit: 10, authorId: n.authors.taras });
      assert.deepEqual(byAuthor.map((c) => c.storyId), [tagged]);
      const top = await n.repos.stories.listPublished({ lang: 'en', now: NOW, limit: 10, minImportance: 2 });
      assert.deepEqual(top.map((c) => c.storyId), [tagged]);
      const articles = await n.repos.stories.listPublished({ lang: 'en', now: NOW, limit: 10, kind: 'article' });
      assert.deepEqual(articles.map((c) => c.storyId), [tagged]);
      const today = await n.repos.stories.listPublished({ lang: 'en', now: NOW, limit: 10, from: hoursAgo(10), to: NOW });
      assert.ok(today.every((c) => c.publishedAt >= hoursAgo(10)));
      const authors = await n.repos.taxonomy.authorsOfStory('uk', tagged);
      assert.deepEqual(authors.map((a) => a.name), ['Тарас Мельник', 'Олена Коваль']);
    });

    test('an article\'s story in one query: its version, the others\' status, byline, tags and background cards in order', async () => {
      const earlier = await n.story({ versions: { uk: { publishedAt: hoursAgo(9) } } });
      const earliest = await n.story({ versions: { uk: { publishedAt: hoursAgo(10) } } });
      const unseen = await n.story({ versions: { uk: { status: 'draft' } } });
      const id = await n.story({
        tags: ['kyiv', 'energy'],
        authors: ['taras', 'olena'],
        background: [earlier, unseen, earliest],
        versions: { uk: { publishedAt: hoursAgo(1) }, en: { publishedAt: hoursAgo(1) }, ru: { status: 'draft' } },
      });
      db.queries.length = 0;
      const read = await n.repos.stories.findArticle(id, 'uk', NOW);
      assert.equal(db.queries.length, 1);
      assert.equal(read.version?.id, id);
      assert.deepEqual(read.statuses.map((s) => `${s.lang}:${s.status}`).sort(), ['en:published', 'ru:draft', 'uk:published']);
      assert.deepEqual(read.authors, await n.repos.taxonomy.authorsOfStory('uk', id));
      assert.deepEqual(read.authors.map((a) => a.name), ['Тарас Мельник', 'Олена Коваль']);
      assert.deepEqual(read.tags, (await n.repos.taxonomy.tagsOfStories('uk', [id])).get(id));
      assert.equal(read.tags.length, 2);
      assert.deepEqual(read.backgroundIds, [earlier, unseen, earliest]);
      // Cards of those readers can see, as the reader's own card query makes them.
      assert.deepEqual(read.backgroundCards, await n.repos.stories.cardsByIds('uk', NOW, [earlier, unseen, earliest]));
      assert.deepEqual(read.backgroundCards.map((c) => c.storyId), [earlier, earliest]);
      assert.deepEqual((await n.repos.stories.findArticle(id, 'uk', hoursAgo(9.5))).backgroundCards.map((c) => c.storyId), [earliest]);
      // Another language: its own names, the same order.
      const en = await n.repos.stories.findArticle(id, 'en', NOW);
      assert.deepEqual(en.authors, await n.repos.taxonomy.authorsOfStory('en', id));
      assert.deepEqual(en.tags, (await n.repos.taxonomy.tagsOfStories('en', [id])).get(id));
    });

    test('latest per section in one query', async () => {
      for (let i = 0; i < 3; i++) await n.story({ section: 'politics', versions: { uk: { publishedAt: hoursAgo(i + 1) } } });
      db.queries.length = 0;
      const cards = await n.repos.stories.latestPerSection('uk', NOW, [n.sections.politics, n.sections.economy], 2);
      assert.equal(db.queries.length, 1);
      assert.equal(cards.filter((c) => c.sectionId === n.sections.politics).length, 2);
    });

    test('cards by id keep the order asked and skip what readers may not see', async () => {
      const a = await n.story({ versions: { uk: {} } });
      const b = await n.story({ versions: { uk: {} } });
      const hidden = await n.story({ versions: { uk: { status: 'draft' } } });
      const cards = await n.repos.stories.cardsByIds('uk', NOW, [b, hidden, a]);
      assert.deepEqual(cards.map((c) => c.storyId), [b, a]);
    });

    test('taxonomy by slug carries every language; media carries caption and credit per language', async () => {
      const tag = await n.repos.taxonomy.findTagBySlug('ru', 'kiev');
      assert.equal(tag?.byLang.uk?.name, 'Київ');
      assert.equal(tag?.byLang.en?.slug, 'kyiv');
      assert.equal(await n.repos.taxonomy.findTagBySlug('ru', 'kyiv'), undefined);
      const sections = await n.repos.taxonomy.listSections();
      assert.deepEqual(sections.map((s) => s.byLang.en?.slug), ['politics', 'economy']);
      const media = await n.repos.media.byIds('uk', [n.photo]);
      assert.equal(media.get(n.photo)?.credit, 'Фото: Агенція');
      assert.equal(media.get(n.photo)?.variants[0]?.width, 400);
    });

    test('a failing batch stores nothing', async () => {
      const before = await n.repos.stories.countStories();
      await assert.rejects(
        n.repos.writer.insertStories([
          { kind: 'news', sectionId: n.sections.politics, importance: 0, hasVideo: false, hasPhotos: false, createdAt: NOW, authorIds: [], tagIds: [], backgroundStoryIds: [], versions: [] },
          { kind: 'news', sectionId: 999_999, importance: 0, hasVideo: false, hasPhotos: false, createdAt: NOW, authorIds: [], tagIds: [], backgroundStoryIds: [], versions: [] },
        ]),
      );
      assert.equal(await n.repos.stories.countStories(), before);
    });
  });
}

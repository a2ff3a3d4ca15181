import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { sql } from 'kysely';
import sharp from 'sharp';
import { buildApp } from '../src/app.js';
import { loadConfig } from '../src/config/config.js';
import { demoState } from '../src/seed/demo-state.js';
import { continueDemo, seedDemo, wipeContent } from '../src/seed/seed-demo.js';
import { createRepositories } from '../src/storage/repositories.js';
import { DIALECTS, createTestDatabase, dialectSkip, type TestDatabase } from './support/databases.js';

/** Thrown by a test where a real crash would stop the seed. */
class InjectedCrash extends Error {}

/** The counts that must agree after any seed: every derived table in step with the stories. */
async function consistency(db: TestDatabase['db']) {
  const n = async (q: { executeTakeFirstOrThrow(): Promise<{ n: unknown }> }) => Number((await q.executeTakeFirstOrThrow()).n);
  const published = db.selectFrom('story_versions').where('status', '=', 'published');
  return {
    stories: await n(db.selectFrom('stories').select((eb) => eb.fn.countAll().as('n'))),
    versions: await n(db.selectFrom('story_versions').select((eb) => eb.fn.countAll().as('n'))),
    searchDocuments: await n(db.selectFrom('search_documents').select((eb) => eb.fn.countAll().as('n'))),
    sitemapUrls: Number((await db.selectFrom('sitemap_months').select((eb) => eb.fn.sum<string>('url_count').as('n')).executeTakeFirstOrThrow()).n ?? 0),
    published: await n(published.select((eb) => eb.fn.countAll().as('n'))),
    tagListings: await n(db.selectFrom('tag_listings').select((eb) => eb.fn.countAll().as('n'))),
    publishedTags: await n(published.innerJoin('story_tags', 'story_tags.story_id', 'story_versions.story_id').select((eb) => eb.fn.countAll().as('n'))),
  };
}

const NOW = new Date('2026-11-28T09:00:00Z');

for (const dialect of DIALECTS) {
  describe(`demo newsroom on ${dialect}`, await dialectSkip(dialect), () => {
    let db: TestDatabase;
    let mediaDir: string;
    before(async () => {
      db = await createTestDatabase(dialect);
      mediaDir = mkdtempSync(join(tmpdir(), 'masthead-seed-'));
      await seedDemo(createRepositories(db.db), { stories: 320, mediaDir, now: NOW });
    });
    after(async () => {
      await db?.destroy();
      rmSync(mediaDir, { recursive: true, force: true });
    });

    const count = async (table: 'sections' | 'tags' | 'authors' | 'stories' | 'media') =>
      Number((await db.db.selectFrom(table).select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);

    test('a believable newsroom: sections, tags, authors, stories', async () => {
      assert.ok((await count('sections')) >= 8);
      assert.ok((await count('tags')) >= 40);
      assert.ok((await count('authors')) >= 6);
      assert.equal(await count('stories'), 320);
    });

    test('stories cover the last 30 days, in one, two or three languages, none in the future', async () => {
      const rows = await db.db.selectFrom('story_versions').select(['story_id', 'lang', 'status', 'published_at', 'update_note', 'has_video', 'importance', 'kind']).execute();
      const langsPerStory = new Map<number, number>();
      for (const r of rows) langsPerStory.set(r.story_id, (langsPerStory.get(r.story_id) ?? 0) + 1);
      const counts = [...langsPerStory.values()];
      for (const n of [1, 2, 3]) assert.ok(counts.filter((c) => c === n).length >= 10, `${n}-language stories`);
      const published = rows.filter((r) => r.status === 'published').map((r) => new Date(r.published_at!).getTime());
      assert.ok(Math.max(...published) <= NOW.getTime());
      assert.ok(Math.min(...published) <= NOW.getTime() - 29 * 86_400_000);
      assert.ok(rows.some((r) => r.status !== 'published'), 'some translations are still drafts');
      assert.ok(rows.filter((r) => r.update_note).length >= 5, 'updated stories with notes');
      assert.ok(rows.filter((r) => r.has_video).length >= 5, 'video markers');
      assert.ok(rows.filter((r) => r.importance > 0).length >= 10, 'important stories');
      for (const kind of ['news', 'article', 'column']) assert.ok(rows.some((r) => r.kind === kind), kind);
    });

    test('co-authored stories, background links and source lines', async () => {
      const coAuthored = await db.db
        .selectFrom('story_authors')
        .select('story_id')
        .groupBy('story_id')
        .having((eb) => eb.fn.countAll(), '>', 1)
        .execute();
      assert.ok(coAuthored.length >= 5);
      const background = await db.db.selectFrom('story_background').select(['story_id', 'target_story_id']).execute();
      assert.ok(background.length >= 50);
      assert.ok(background.every((b) => b.target_story_id < b.story_id), 'background points to earlier stories');
      const version = await db.db.selectFrom('story_versions').select('source').where('lang', '=', 'uk').executeTakeFirstOrThrow();
      const source = JSON.parse(version.source!);
      assert.ok(source.text.length > 0 && source.links.length > 0);
    });

    test('lead photos and portraits are real image files with captions and credits per language', async () => {
      const media = await db.db.selectFrom('media').select(['id', 'path', 'width', 'variants']).execute();
      assert.ok(media.length >= 20);
      for (const m of media.slice(0, 5)) {
        const file = join(mediaDir, m.path);
        assert.ok(existsSync(file), file);
        const meta = await sharp(file).metadata();
        assert.equal(meta.width, m.width);
        for (const v of JSON.parse(m.variants)) assert.ok(existsSync(join(mediaDir, v.path)));
      }
      const captions = await db.db.selectFrom('media_translations').select(['lang', 'caption', 'credit']).where('caption', '!=', '').execute();
      assert.deepEqual([...new Set(captions.map((c) => c.lang))].sort(), ['en', 'ru', 'uk']);
      assert.ok(captions.every((c) => c.credit.length > 0));
    });
  });
}

/**
 * Stories in the demos of the stop-and-continue tests: enough for three batches of 20 and every
 * derived table; the full 320-story demo is checked above.
 */
const SMALL = 60;

for (const dialect of DIALECTS) {
  describe(`a demo seed that stops part-way on ${dialect}`, await dialectSkip(dialect), () => {
    let reference: TestDatabase;
    let mediaDir: string;
    before(async () => {
      reference = await createTestDatabase(dialect);
      mediaDir = mkdtempSync(join(tmpdir(), 'masthead-seed-'));
      await seedDemo(createRepositories(reference.db), { stories: SMALL, mediaDir, now: NOW });
    });
    after(async () => {
      await reference?.destroy();
      rmSync(mediaDir, { recursive: true, force: true });
    });

    /** What readers would read: every version's headline and time, and the background links. */
    const newspaper = async (db: TestDatabase['db']) => ({
      versions: await db.selectFrom('story_versions').select(['story_id', 'lang', 'status', 'headline', 'published_at']).orderBy('story_id').orderBy('lang').execute(),
      background: await db.selectFrom('story_background').select(['story_id', 'position', 'target_story_id']).orderBy('story_id').orderBy('position').execute(),
    });

    /** The app starts on the database and serves the English front page. */
    const serves = async (db: TestDatabase) => {
      const app = await buildApp(loadConfig({ NODE_ENV: 'test', MEDIA_DIR: mediaDir }), { database: db, now: () => NOW });
      try {
        return (await app.inject({ method: 'GET', url: '/en/' })).statusCode;
      } finally {
        await app.close();
      }
    };

    test('a failure inside the first batch leaves no rows; the app starts and seeding again makes the whole demo', async () => {
      const db = await createTestDatabase(dialect);
      try {
        const repos = createRepositories(db.db);
        const crash = () => {
          throw new InjectedCrash();
        };
        await assert.rejects(seedDemo(repos, { stories: SMALL, mediaDir, now: NOW, beforeCommit: crash }), InjectedCrash);
        assert.deepEqual(await repos.writer.countContent(), { stories: 0, sections: 0, tags: 0, authors: 0, media: 0 });
        assert.equal((await demoState(repos)).kind, 'empty');
        assert.equal(await serves(db), 200);
        await seedDemo(repos, { stories: SMALL, mediaDir, now: NOW });
        assert.deepEqual(await newspaper(db.db), await newspaper(reference.db));
      } finally {
        await db.destroy();
      }
    });

    test('a seed stopped between batches serves what it wrote and is continued to the same newspaper', async () => {
      const db = await createTestDatabase(dialect);
      try {
        const repos = createRepositories(db.db);
        // Batches of 20: the third one fails before it commits, the first two stay.
        const crash = (done: number) => {
          if (done > 40) throw new InjectedCrash();
        };
        await assert.rejects(seedDemo(repos, { stories: SMALL, mediaDir, now: NOW, batchSize: 20, beforeCommit: crash }), InjectedCrash);
        assert.deepEqual(await demoState(repos), { kind: 'interrupted', done: 40, total: SMALL });
        assert.equal(await serves(db), 200);
        // A fresh seed refuses to write over it; continuing completes it.
        await assert.rejects(seedDemo(repos, { stories: SMALL, mediaDir, now: NOW }));
        assert.deepEqual(await continueDemo(repos), { done: 40, total: SMALL });
        assert.deepEqual(await demoState(repos), { kind: 'stories', stories: SMALL });
        assert.deepEqual(await newspaper(db.db), await newspaper(reference.db));
        assert.deepEqual(await consistency(db.db), await consistency(reference.db));
      } finally {
        await db.destroy();
      }
    });

    test("content without stories (an earlier version's killed seed) is never seeded over, and removing it makes room for the demo", async () => {
      const db = await createTestDatabase(dialect);
      const files = mkdtempSync(join(tmpdir(), 'masthead-seed-'));
      try {
        const repos = createRepositories(db.db);
        // What the old seed left when killed before its first batch: the demo's first sections.
        const names = { name: { uk: 'Політика', ru: 'Политика', en: 'Politics' }, slug: { uk: 'polityka', ru: 'politika', en: 'politics' } };
        await repos.writer.createSection(1, names, NOW);
        assert.equal((await demoState(repos)).kind, 'content');
        await assert.rejects(seedDemo(repos, { stories: SMALL, mediaDir: files, now: NOW }));
        assert.deepEqual(await repos.writer.countContent(), { stories: 0, sections: 1, tags: 0, authors: 0, media: 0 });
        await wipeContent(repos, files);
        await seedDemo(repos, { stories: SMALL, mediaDir: files, now: NOW });
        assert.deepEqual(await consistency(db.db), await consistency(reference.db));
      } finally {
        await db.destroy();
        rmSync(files, { recursive: true, force: true });
      }
    });

    test('removing all content leaves no content or derived rows, keeps people and site settings, and deletes the media files', async () => {
      const db = await createTestDatabase(dialect);
      const files = mkdtempSync(join(tmpdir(), 'masthead-seed-'));
      try {
        const repos = createRepositories(db.db);
        await seedDemo(repos, { stories: SMALL, mediaDir: files, now: NOW });
        // What a newsroom adds beside the demo: a pinned story, a redirect, a pending job, a member linked to an author.
        await repos.settings.savePinned('en', [5, 6]);
        await db.db.insertInto('redirects').values({ from_path: '/old/', to_path: '/en/news/2026/11/01/5/' }).execute();
        await db.db.insertInto('jobs').values({ kind: 'publish-version', payload: JSON.stringify({ storyId: 5, lang: 'en' }), run_at: NOW.toISOString() }).execute();
        const author = await db.db.selectFrom('authors').select('id').executeTakeFirstOrThrow();
        await db.db.insertInto('users').values({ email: 'e@example.com', name: 'E', role: 'editor', password_hash: 'x', author_id: author.id, created_at: NOW.toISOString() }).execute();
        const photo = await db.db.selectFrom('media').select('path').executeTakeFirstOrThrow();
        assert.ok(existsSync(join(files, photo.path)));

        const removed = await wipeContent(repos, files);
        assert.equal(removed.stories, SMALL);
        for (const table of ['stories', 'story_versions', 'story_authors', 'story_tags', 'story_background', 'tag_listings', 'author_listings', 'sitemap_months', 'search_documents', 'revisions', 'redirects', 'jobs', 'sections', 'tags', 'authors', 'media', 'media_translations'] as const) {
          const row = await db.db.selectFrom(table).select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow();
          assert.equal(Number(row.n), 0, table);
        }
        assert.equal((await db.db.selectFrom('settings').select('key').where('key', 'in', ['front:en', 'demo-seed']).execute()).length, 0);
        assert.equal((await db.db.selectFrom('settings').select('key').where('key', '=', 'sitemap-time-zone').execute()).length, 1);
        const user = await db.db.selectFrom('users').select('author_id').where('email', '=', 'e@example.com').executeTakeFirstOrThrow();
        assert.equal(user.author_id, null);
        assert.ok(!existsSync(join(files, photo.path)));
        if (dialect === 'sqlite') {
          const fts = await sql<{ n: number }>`select count(*) as n from search_fts`.execute(db.db);
          assert.equal(Number(fts.rows[0]!.n), 0);
        }
        await seedDemo(repos, { stories: SMALL, mediaDir: files, now: NOW });
        assert.deepEqual(await consistency(db.db), await consistency(reference.db));
      } finally {
        await db.destroy();
        rmSync(files, { recursive: true, force: true });
      }
    });
  });
}

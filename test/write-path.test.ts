import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import * as cheerio from 'cheerio';
import { sql, type Kysely } from 'kysely';
import type { ChangeEvent } from '../src/domain/change-event.js';
import { ChangeEvents } from '../src/services/events/change-events.js';
import { changeVersionStatus } from '../src/services/editorial/change-version-status.js';
import { createStory } from '../src/services/editorial/create-story.js';
import type { EditorialDeps } from '../src/services/editorial/editorial-deps.js';
import { RedisRelay } from '../src/services/events/redis-relay.js';
import { saveVersion } from '../src/services/editorial/save-version.js';
import { seedDemo, wipeContent } from '../src/seed/seed-demo.js';
import { AuditRepository } from '../src/storage/audit-repository.js';
import { isPostgres } from '../src/storage/dialect.js';
import { createRepositories } from '../src/storage/repositories.js';
import type { Database } from '../src/storage/schema.js';
import { buildTestApp, getPage, type TestApp } from './support/app.js';
import { DIALECTS, createTestDatabase, dialectSkip, type TestDatabase } from './support/databases.js';
import { createMembers, signedIn } from './support/members.js';
import { NOW, buildNewsroom, paragraph, type SmallNewsroom } from './support/newsroom.js';
import { waitFor } from './support/ports.js';
import { listenLocally } from './support/browser.js';
import { fetchFresh } from './support/servers.js';
import { TEST_REDIS_URL, redisUnavailable } from './support/redis.js';

/**
 * Makes the database refuse audit entries of the given actions, as a full disk or a lost
 * connection would refuse the last statement of a write: what came before it must roll back.
 */
async function refuseAudit(db: Kysely<Database>, actions: string[]): Promise<() => Promise<void>> {
  const list = sql.join(actions.map((a) => sql.lit(a)));
  if (isPostgres(db)) {
    await sql`create function refuse_audit() returns trigger language plpgsql as $$ begin raise exception 'audit refused'; end $$`.execute(db);
    await sql`create trigger refuse_audit before insert on audit_log for each row when (new.action in (${list})) execute function refuse_audit()`.execute(db);
    return async () => {
      await sql`drop trigger refuse_audit on audit_log`.execute(db);
      await sql`drop function refuse_audit()`.execute(db);
    };
  }
  await sql`create trigger refuse_audit before insert on audit_log when new.action in (${list}) begin select raise(abort, 'audit refused'); end`.execute(db);
  return async () => {
    await sql`drop trigger refuse_audit`.execute(db);
  };
}

/** Every derived table, in a stable order, with moments as ISO text (pg reads Dates). */
async function derivedRows(db: Kysely<Database>) {
  const iso = (v: unknown) => (v instanceof Date ? v.toISOString() : v === null ? null : new Date(String(v)).toISOString());
  const tags = await db.selectFrom('tag_listings').selectAll().orderBy('tag_id').orderBy('lang').orderBy('story_id').execute();
  const authors = await db.selectFrom('author_listings').selectAll().orderBy('author_id').orderBy('lang').orderBy('story_id').execute();
  const months = await db.selectFrom('sitemap_months').selectAll().orderBy('lang').orderBy('month').execute();
  const documents = await db
    .selectFrom('search_documents')
    .select(['story_id', 'lang', 'doc_id', 'status', 'kind', 'section_id', 'published_at'])
    .orderBy('doc_id')
    .execute();
  // The terms themselves: the tsvector on PostgreSQL, the FTS5 token counts per column on SQLite.
  const terms = isPostgres(db)
    ? (await sql<{ doc_id: string; terms: string }>`select doc_id::text as doc_id, terms::text as terms from search_documents order by doc_id`.execute(db)).rows
    : (await sql<{ id: number; sz: Uint8Array }>`select id, sz from search_fts_docsize order by id`.execute(db)).rows.map((r) => ({ id: r.id, sz: Buffer.from(r.sz).toString('hex') }));
  return {
    tags: tags.map((r) => ({ ...r, published_at: iso(r.published_at) })),
    authors: authors.map((r) => ({ ...r, published_at: iso(r.published_at) })),
    months: months.map((r) => ({ ...r, url_count: Number(r.url_count), newest_published: iso(r.newest_published), last_modified: iso(r.last_modified) })),
    documents: documents.map((r) => ({ ...r, doc_id: Number(r.doc_id), published_at: iso(r.published_at) })),
    terms,
  };
}

function editorialDeps(db: TestDatabase, events: ChangeEvents, now: () => Date): EditorialDeps {
  return { db: db.db, audit: new AuditRepository(db.db), events, now, timeZone: 'Europe/Kyiv' };
}

const FIELDS = {
  uk: { headline: 'Уряд ухвалив бюджет енергетики', lead: 'Кабмін схвалив кошторис.', body: [paragraph('Перший абзац.'), paragraph('Другий абзац.')] },
  en: { headline: 'Government adopts the energy budget', lead: 'The cabinet approved the estimate.', body: [paragraph('First paragraph.'), paragraph('Second paragraph.')] },
};

for (const dialect of DIALECTS) {
  describe(`one write path on ${dialect}`, await dialectSkip(dialect), () => {
    test('a rolled-back publication emits no event and leaves no derived rows', async () => {
      const db = await createTestDatabase(dialect);
      try {
        const newsroom = await buildNewsroom(db);
        const members = await createMembers(db);
        const events = new ChangeEvents();
        const heard: ChangeEvent[] = [];
        events.on((e) => heard.push(e));
        const deps = editorialDeps(db, events, () => NOW);
        const editor = { id: members.editor, role: 'editor' as const };
        const { storyId, lockVersion } = await createStory(deps, editor, {
          kind: 'news', sectionId: newsroom.sections.politics, tagIds: [newsroom.tags.energy], authorIds: [newsroom.authors.olena],
          importance: 0, hasVideo: false, hasPhotos: false, version: { lang: 'en', ...FIELDS.en, source: null, leadMediaId: null },
        });
        const before = await derivedRows(db.db);
        const allow = await refuseAudit(db.db, ['story.publish']);
        await assert.rejects(changeVersionStatus(deps, editor, { storyId, lang: 'en', action: 'publish', lockVersion }));
        await allow();
        assert.equal(heard.length, 0);
        assert.deepEqual(await derivedRows(db.db), before);
        const version = await db.db.selectFrom('story_versions').select(['status', 'lock_version']).where('story_id', '=', storyId).executeTakeFirstOrThrow();
        assert.deepEqual(version, { status: 'draft', lock_version: lockVersion });
        // Allowed again, the same publication lists, counts and indexes the story, and says so after the commit.
        await changeVersionStatus(deps, editor, { storyId, lang: 'en', action: 'publish', lockVersion });
        assert.deepEqual(heard.map((e) => e.type), ['story-published']);
        const after = await derivedRows(db.db);
        assert.equal(after.tags.filter((r) => r.story_id === storyId).length, 1);
        assert.equal(after.documents.find((d) => d.story_id === storyId)?.status, 'published');
      } finally {
        await db.destroy();
      }
    });

    test('a story written by a fixture and the same story written by the newsroom derive identical rows', async () => {
      const published = new Date(NOW.getTime() - 3_600_000);
      const story = async (build: (n: SmallNewsroom, db: TestDatabase) => Promise<void>) => {
        const db = await createTestDatabase(dialect);
        try {
          const newsroom = await buildNewsroom(db);
          await build(newsroom, db);
          return await derivedRows(db.db);
        } finally {
          await db.destroy();
        }
      };
      const fixture = await story(async (n) => {
        await n.story({
          tags: ['energy', 'kyiv'],
          authors: ['olena', 'taras'],
          versions: {
            uk: { ...FIELDS.uk, source: null, leadMediaId: n.photo, publishedAt: published },
            en: { ...FIELDS.en, source: null, leadMediaId: n.photo, publishedAt: published },
          },
        });
      });
      const newsroom = await story(async (n, db) => {
        const members = await createMembers(db);
        const deps = editorialDeps(db, new ChangeEvents(), () => published);
        const editor = { id: members.editor, role: 'editor' as const };
        const meta = {
          kind: 'news' as const, sectionId: n.sections.politics, tagIds: [n.tags.energy, n.tags.kyiv], authorIds: [n.authors.olena, n.authors.taras],
          importance: 0 as const, hasVideo: false, hasPhotos: false,
        };
        const { storyId } = await createStory(deps, editor, { ...meta, version: { lang: 'uk', ...FIELDS.uk, source: null, leadMediaId: n.photo } });
        await saveVersion(deps, editor, { storyId, lang: 'en', lockVersion: 0, ...FIELDS.en, source: null, leadMediaId: n.photo });
        await changeVersionStatus(deps, editor, { storyId, lang: 'uk', action: 'publish', lockVersion: 1 });
        await changeVersionStatus(deps, editor, { storyId, lang: 'en', action: 'publish', lockVersion: 1 });
      });
      assert.equal(fixture.tags.length, 4);
      assert.equal(fixture.documents.length, 2);
      assert.deepEqual(newsroom, fixture);
    });
  });

  describe(`a failed newsroom change on ${dialect} leaves nothing`, await dialectSkip(dialect), () => {
    let t: TestApp;
    let heard: ChangeEvent[];
    before(async () => {
      t = await buildTestApp(dialect);
      await createMembers(t.db);
      heard = [];
      t.app.changeEvents.on((e) => heard.push(e));
    });
    after(() => t?.destroy());

    test('a front-page choice whose audit entry fails is not stored and announced', async () => {
      const id = await t.newsroom.story({ versions: { en: {} } });
      const editor = await signedIn(t.app, 'editor@example.com');
      const allow = await refuseAudit(t.db.db, ['frontpage.pin']);
      try {
        assert.equal((await editor('PUT', '/admin/api/front-pages/en', { storyIds: [id] })).statusCode, 500);
      } finally {
        await allow();
      }
      assert.deepEqual((await editor('GET', '/admin/api/front-pages/en')).json().storyIds, []);
      assert.equal(await t.db.db.selectFrom('settings').select('key').where('key', '=', 'front:en').executeTakeFirst(), undefined);
      assert.deepEqual(heard.filter((e) => e.type === 'front-page-changed'), []);
    });

    test('a settings change whose audit entry fails is not stored and announced', async () => {
      const admin = await signedIn(t.app, 'admin@example.com');
      const current = (await admin('GET', '/admin/api/settings')).json();
      const changed = structuredClone(current);
      changed.siteName.en = 'The Kyiv Ledger';
      const allow = await refuseAudit(t.db.db, ['settings.save']);
      try {
        assert.equal((await admin('PUT', '/admin/api/settings', changed)).statusCode, 500);
      } finally {
        await allow();
      }
      assert.deepEqual((await admin('GET', '/admin/api/settings')).json(), current);
      assert.doesNotMatch((await getPage(t.app, '/en/')).$('title').text(), /Kyiv Ledger/);
      assert.deepEqual(heard.filter((e) => e.type === 'settings-changed'), []);
    });

    test("a photo caption change whose audit entry fails is not stored and announced", async () => {
      const editor = await signedIn(t.app, 'editor@example.com');
      const before = await t.db.db.selectFrom('media_translations').selectAll().where('media_id', '=', t.newsroom.photo).orderBy('lang').execute();
      const allow = await refuseAudit(t.db.db, ['media.update']);
      try {
        const res = await editor('PATCH', `/admin/api/media/${t.newsroom.photo}`, { en: { caption: 'A new caption', credit: 'Photo: Someone', alt: 'Something' } });
        assert.equal(res.statusCode, 500);
      } finally {
        await allow();
      }
      assert.deepEqual(await t.db.db.selectFrom('media_translations').selectAll().where('media_id', '=', t.newsroom.photo).orderBy('lang').execute(), before);
      assert.deepEqual(heard.filter((e) => e.type === 'media-changed'), []);
    });
  });

  const redisReason = await redisUnavailable();
  describe(`a seed into a running app's ${dialect} database`, redisReason ? { skip: redisReason } : await dialectSkip(dialect), () => {
    let t: TestApp;
    let mediaDir: string;
    let origin: string;
    const channel = `masthead:test-seed:${process.pid}:${dialect}`;
    before(async () => {
      t = await buildTestApp(dialect, { pageCacheMb: 8 });
      await t.app.changeEvents.useRelay(new RedisRelay(TEST_REDIS_URL, { channel }));
      mediaDir = mkdtempSync(join(tmpdir(), 'masthead-seed-'));
      // Real HTTP: the page cache answers before the router, which app.inject() does not reach.
      origin = await listenLocally(t.app);
    });
    after(async () => {
      // The app leaves the relay to its owner (the server): its connections would keep the test running.
      await t?.app.changeEvents.close();
      await t?.destroy();
      rmSync(mediaDir, { recursive: true, force: true });
    });

    test('is visible on the next request: the app hears the seed over Redis and drops its cached pages', async () => {
      await t.newsroom.story({ versions: { en: { headline: 'A story from before the seed' } } });
      const headlines = async () => {
        const res = await fetchFresh(`${origin}/en/`);
        assert.equal(res.status, 200);
        return { cache: res.headers['x-cache'], text: cheerio.load(res.body)('main').text() };
      };
      assert.match((await headlines()).text, /A story from before the seed/);
      assert.equal((await headlines()).cache, 'hit');
      // Another process (the seed command) on the same database, with a relay of its own.
      const seedRelay = new RedisRelay(TEST_REDIS_URL, { channel });
      await seedRelay.start(() => {}, () => {});
      try {
        const repos = createRepositories(t.db.db);
        const announce = (event: ChangeEvent) => seedRelay.publish(event);
        await wipeContent(repos, mediaDir, announce);
        await seedDemo(repos, { stories: 12, batchSize: 6, mediaDir, now: NOW, announce });
      } finally {
        await seedRelay.close();
      }
      const seeded = await t.db.db.selectFrom('story_versions').select('headline').where('lang', '=', 'en').where('status', '=', 'published').orderBy('published_at', 'desc').executeTakeFirstOrThrow();
      await waitFor(async () => (await headlines()).text.includes(seeded.headline), 'the front page to show the seeded stories');
      assert.doesNotMatch((await headlines()).text, /A story from before the seed/);
    });
  });
}

import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Actor } from '../src/domain/access.js';
import { runDueJobs, startScheduledPublishing } from '../src/jobs/publish-scheduled.js';
import { ChangeEvents, type ChangeEvent } from '../src/services/events/change-events.js';
import { changeVersionStatus } from '../src/services/editorial/change-version-status.js';
import { createStory } from '../src/services/editorial/create-story.js';
import type { EditorialDeps } from '../src/services/editorial/editorial-deps.js';
import { AuditRepository } from '../src/storage/audit-repository.js';
import { JobRepository } from '../src/storage/job-repository.js';
import { DIALECTS, createTestDatabase, dialectSkip, type TestDatabase } from './support/databases.js';
import { NOW, buildNewsroom, paragraph, type SmallNewsroom } from './support/newsroom.js';

for (const dialect of DIALECTS) {
  describe(`scheduled publishing on ${dialect}`, await dialectSkip(dialect), () => {
    let db: TestDatabase;
    let n: SmallNewsroom;
    let editor: Actor;
    let clock = NOW;
    const events: ChangeEvent[] = [];

    /** A process's wiring: a restart is a fresh set sharing only the database. */
    const boot = (): EditorialDeps => {
      const bus = new ChangeEvents();
      bus.on((e) => events.push(e));
      return { db: db.db, audit: new AuditRepository(db.db), events: bus, now: () => clock, timeZone: 'Europe/Kyiv' };
    };
    const draft = async (deps: EditorialDeps) =>
      (
        await createStory(deps, editor, {
          kind: 'news', sectionId: n.sections.politics, tagIds: [n.tags.kyiv], authorIds: [n.authors.taras], importance: 0, hasVideo: false, hasPhotos: false,
          version: { lang: 'en', headline: 'Metro opens at dawn', lead: '', body: [paragraph('Trains run.')], source: null, leadMediaId: null },
        })
      ).storyId;
    const schedule = (deps: EditorialDeps, storyId: number, at: Date) =>
      changeVersionStatus(deps, editor, { storyId, lang: 'en', action: 'schedule', at, lockVersion: 1 });
    const status = async (storyId: number) => (await n.repos.stories.findVersion(storyId, 'en'))?.status;

    before(async () => {
      db = await createTestDatabase(dialect);
      n = await buildNewsroom(db);
      const row = await db.db
        .insertInto('users')
        .values({ email: 'eva@example.org', name: 'Eva Editor', role: 'editor', password_hash: 'x', author_id: null, created_at: NOW.toISOString() })
        .returning('id')
        .executeTakeFirstOrThrow();
      editor = { id: row.id, role: 'editor' };
    });
    after(() => db?.destroy());

    test('a version scheduled a second ahead is published by the first poll after its time', async () => {
      clock = NOW;
      const deps = boot();
      const storyId = await draft(deps);
      const at = new Date(NOW.getTime() + 1000);
      await schedule(deps, storyId, at);
      assert.equal(await status(storyId), 'scheduled');
      assert.deepEqual(await runDueJobs(deps), { done: 0, failed: 0 });

      clock = new Date(NOW.getTime() + 1500);
      events.length = 0;
      assert.deepEqual(await runDueJobs(deps), { done: 1, failed: 0 });
      const version = await n.repos.stories.findVersion(storyId, 'en');
      assert.equal(version?.status, 'published');
      assert.equal(version?.publishedAt?.toISOString(), at.toISOString());
      const listed = await n.repos.stories.listPublished({ lang: 'en', now: clock, limit: 10, tagId: n.tags.kyiv });
      assert.ok(listed.some((c) => c.storyId === storyId));
      assert.deepEqual(events.map((e) => e.type), ['story-published']);
      const audit = await db.db.selectFrom('audit_log').select(['action', 'user_id']).where('subject', '=', `story:${storyId}/en`).orderBy('id', 'desc').executeTakeFirstOrThrow();
      assert.deepEqual(audit, { action: 'story.publish.scheduled', user_id: null });
      assert.deepEqual(await runDueJobs(deps), { done: 0, failed: 0 });
    });

    test('a job queued before a restart is run by the new process', async () => {
      clock = NOW;
      const storyId = await draft(boot());
      await schedule(boot(), storyId, new Date(NOW.getTime() + 60_000));
      clock = new Date(NOW.getTime() + 61_000);
      const restarted = boot();
      assert.deepEqual(await runDueJobs(restarted), { done: 1, failed: 0 });
      assert.equal(await status(storyId), 'published');
    });

    test('a version unscheduled meanwhile is left alone, even by a stray job', async () => {
      clock = NOW;
      const deps = boot();
      const storyId = await draft(deps);
      await schedule(deps, storyId, new Date(NOW.getTime() + 1000));
      await changeVersionStatus(deps, editor, { storyId, lang: 'en', action: 'unschedule', lockVersion: 2 });
      const jobs = new JobRepository(db.db);
      assert.equal((await jobs.pending('publish-version')).length, 0);
      // A job the cancel could not reach (queued by hand, or by an older release) must still skip.
      await jobs.enqueue({ kind: 'publish-version', payload: { storyId, lang: 'en' }, runAt: new Date(NOW.getTime() + 1000) });
      clock = new Date(NOW.getTime() + 5000);
      assert.deepEqual(await runDueJobs(deps), { done: 1, failed: 0 });
      assert.equal(await status(storyId), 'draft');
    });

    test('two pollers at once publish a version once', async () => {
      clock = NOW;
      const storyId = await draft(boot());
      await schedule(boot(), storyId, new Date(NOW.getTime() + 1000));
      clock = new Date(NOW.getTime() + 2000);
      const [a, b] = await Promise.all([runDueJobs(boot()), runDueJobs(boot())]);
      assert.equal(a.done + b.done, 1);
      const publishes = await db.db.selectFrom('audit_log').select('id').where('subject', '=', `story:${storyId}/en`).where('action', '=', 'story.publish.scheduled').execute();
      assert.equal(publishes.length, 1);
    });

    test('a failing job keeps its error and is retried later', async () => {
      clock = NOW;
      const jobs = new JobRepository(db.db);
      const id = await jobs.enqueue({ kind: 'no-such-kind', payload: {}, runAt: NOW });
      assert.deepEqual(await runDueJobs(boot()), { done: 0, failed: 1 });
      const row = await db.db.selectFrom('jobs').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
      assert.equal(row.attempts, 1);
      assert.match(row.last_error ?? '', /no handler/);
      assert.equal(row.done_at, null);
      assert.ok(new Date(row.run_at).getTime() > NOW.getTime());
      await db.db.updateTable('jobs').set({ done_at: NOW.toISOString() }).where('id', '=', id).execute();
    });

    test('the poller publishes on its own and stops cleanly', async () => {
      clock = NOW;
      const deps = boot();
      const storyId = await draft(deps);
      await schedule(deps, storyId, new Date(NOW.getTime() + 1000));
      clock = new Date(NOW.getTime() + 2000);
      const publishedEvent = new Promise<ChangeEvent>((resolve) => {
        const off = deps.events.on((e) => {
          if (e.type === 'story-published' && e.storyId === storyId) {
            off();
            resolve(e);
          }
        });
      });
      const poller = startScheduledPublishing(deps, { intervalMs: 20 });
      try {
        assert.equal((await publishedEvent).type, 'story-published');
      } finally {
        await poller.stop();
      }
      assert.equal(await status(storyId), 'published');
    });
  });
}

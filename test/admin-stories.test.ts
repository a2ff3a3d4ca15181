import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { runDueJobs } from '../src/jobs/publish-scheduled.js';
import { AuditRepository } from '../src/storage/audit-repository.js';
import { DIALECTS, dialectSkip } from './support/databases.js';
import { buildTestApp, getPage, type TestApp } from './support/app.js';
import { createMembers, signedIn, type ApiCall } from './support/members.js';
import { NOW, paragraph } from './support/newsroom.js';

for (const dialect of DIALECTS) {
  describe(`the editorial API on ${dialect}`, await dialectSkip(dialect), () => {
    let t: TestApp;
    let clock = NOW;
    let contributor: ApiCall;
    let editor: ApiCall;
    let meta: Record<string, unknown>;
    before(async () => {
      t = await buildTestApp(dialect, { now: () => clock });
      await createMembers(t.db, () => clock);
      contributor = await signedIn(t.app, 'contributor@example.com');
      editor = await signedIn(t.app, 'editor@example.com');
      const n = t.newsroom;
      meta = { kind: 'news', sectionId: n.sections.politics, tagIds: [n.tags.energy], authorIds: [n.authors.olena], importance: 1, hasVideo: false, hasPhotos: false };
    });
    after(() => t?.destroy());

    const version = (headline: string) => ({ headline, lead: 'Лід.', body: [paragraph('Перший абзац.'), paragraph('Другий абзац.')], source: null, leadMediaId: null });

    test('a contributor writes and submits; an editor translates and publishes both; readers see them', async () => {
      const created = await contributor('POST', '/admin/api/stories', { ...meta, version: { lang: 'uk', ...version('Уряд ухвалив програму') } });
      assert.equal(created.statusCode, 201, created.body);
      const { storyId } = created.json();
      const submitted = await contributor('POST', `/admin/api/stories/${storyId}/versions/uk/status`, { action: 'submit', lockVersion: 1 });
      assert.equal(submitted.json().status, 'review');
      assert.equal((await contributor('POST', `/admin/api/stories/${storyId}/versions/uk/status`, { action: 'publish', lockVersion: submitted.json().lockVersion })).statusCode, 403);

      const opened = (await editor('GET', `/admin/api/stories/${storyId}`)).json();
      assert.equal(opened.versions.uk.status, 'review');
      assert.equal(opened.may.publish, true);
      const translated = await editor('PUT', `/admin/api/stories/${storyId}/versions/en`, { lockVersion: 0, ...version('Government adopts a plan') });
      assert.equal(translated.statusCode, 200, translated.body);
      for (const [lang, lockVersion] of [['uk', opened.versions.uk.lockVersion], ['en', translated.json().lockVersion]] as const) {
        const res = await editor('POST', `/admin/api/stories/${storyId}/versions/${lang}/status`, { action: 'publish', lockVersion });
        assert.equal(res.json().status, 'published', res.body);
      }
      const front = await getPage(t.app, '/en/');
      assert.ok(front.$(`.stream a[href="/en/news/2025/03/01/${storyId}/"]`).length > 0, 'in the recent-news stream');
      const article = await getPage(t.app, `/news/2025/03/01/${storyId}/`);
      assert.equal(article.res.statusCode, 200);
      assert.equal(article.$('h1').text(), 'Уряд ухвалив програму');

      // An update with a note: readers see the marker.
      const current = (await editor('GET', `/admin/api/stories/${storyId}`)).json().versions.en;
      const updated = await editor('PUT', `/admin/api/stories/${storyId}/versions/en`, { lockVersion: current.lockVersion, ...version('Government adopts a three-year plan'), note: 'Adds the plan’s length.' });
      assert.equal(updated.statusCode, 200, updated.body);
      const reread = await getPage(t.app, `/en/news/2025/03/01/${storyId}/`);
      assert.match(reread.$('article .update-note').text(), /Adds the plan’s length/);
    });

    test('two editors on one version: the second save is refused with who saved first, nothing lost', async () => {
      const { storyId, lockVersion } = (await editor('POST', '/admin/api/stories', { ...meta, version: { lang: 'en', ...version('First draft') } })).json();
      const admin = await signedIn(t.app, 'admin@example.com');
      assert.equal((await admin('PUT', `/admin/api/stories/${storyId}/versions/en`, { lockVersion, ...version('Admin edit') })).statusCode, 200);
      const late = await editor('PUT', `/admin/api/stories/${storyId}/versions/en`, { lockVersion, ...version('Editor edit') });
      assert.equal(late.statusCode, 409);
      assert.equal(late.json().error.code, 'VERSION_CONFLICT');
      assert.equal(late.json().error.current.savedBy.name, 'Admin Member');
      assert.equal((await editor('GET', `/admin/api/stories/${storyId}`)).json().versions.en.headline, 'Admin edit');
    });

    test('unsafe bodies and bad requests are refused with where the problem is; nothing is stored', async () => {
      const before = (await editor('GET', '/admin/api/stories?limit=100')).json().items.length;
      const unsafe = await editor('POST', '/admin/api/stories', {
        ...meta,
        version: { lang: 'uk', ...version('Небезпечне'), body: [{ type: 'paragraph', content: [{ type: 'link', text: 'x', href: 'javascript:alert(1)' }] }, { type: 'script' }] },
      });
      assert.equal(unsafe.statusCode, 422);
      assert.equal(unsafe.json().error.code, 'INVALID_STORY');
      assert.deepEqual(unsafe.json().error.problems.map((p: { path: string }) => p.path).sort(), ['version.body[0].content[0].href', 'version.body[1]'].sort());
      const schema = await editor('POST', '/admin/api/stories', { ...meta, kind: 'gossip', version: { lang: 'uk', ...version('x') } });
      assert.equal(schema.statusCode, 400);
      assert.equal(schema.json().error.code, 'INVALID_REQUEST');
      assert.equal((await editor('GET', '/admin/api/stories?cursor=not-a-cursor')).json().error.code, 'BAD_REQUEST');
      assert.equal((await editor('GET', '/admin/api/stories/99999999')).statusCode, 404);
      assert.equal((await editor('GET', '/admin/api/stories?limit=100')).json().items.length, before);
    });

    test('scheduling: a time in the past is refused; a due job publishes, even after a restart', async () => {
      const { storyId, lockVersion } = (await editor('POST', '/admin/api/stories', { ...meta, version: { lang: 'uk', ...version('Заплановане') } })).json();
      const past = await editor('POST', `/admin/api/stories/${storyId}/versions/uk/status`, { action: 'schedule', at: new Date(NOW.getTime() - 60_000).toISOString(), lockVersion });
      assert.equal(past.statusCode, 422);
      assert.equal(past.json().error.code, 'SCHEDULE_IN_PAST');
      const at = new Date(NOW.getTime() + 5 * 60_000);
      const scheduled = await editor('POST', `/admin/api/stories/${storyId}/versions/uk/status`, { action: 'schedule', at: at.toISOString(), lockVersion });
      assert.equal(scheduled.json().status, 'scheduled');
      assert.equal((await t.app.inject(`/news/2025/03/01/${storyId}/`)).statusCode, 404);
      // A "restarted" runner: nothing but the database carries the job.
      clock = new Date(at.getTime() + 1000);
      const ran = await runDueJobs({ db: t.db.db, audit: new AuditRepository(t.db.db), events: t.app.changeEvents, now: () => clock, timeZone: 'Europe/Kyiv' });
      assert.equal(ran.done, 1);
      assert.equal((await t.app.inject(`/news/2025/03/01/${storyId}/`)).statusCode, 200);
      clock = NOW;
    });

    test('revisions: listed with who saved, diffed word by word, restored as a new save', async () => {
      const created = (await editor('POST', '/admin/api/stories', { ...meta, version: { lang: 'uk', ...version('Київ оголосив тендер') } })).json();
      const saved = (await editor('PUT', `/admin/api/stories/${created.storyId}/versions/uk`, { lockVersion: created.lockVersion, ...version('Київ скасував тендер') })).json();
      const revisions = (await editor('GET', `/admin/api/stories/${created.storyId}/versions/uk/revisions`)).json().revisions;
      assert.equal(revisions.length, 2);
      assert.equal(revisions[0].userName, 'Editor Member');
      const diff = (await editor('GET', `/admin/api/revisions/diff?from=${revisions[1].id}&to=${revisions[0].id}`)).json().fields;
      const headline = diff.find((f: { field: string }) => f.field === 'headline');
      assert.ok(headline.parts.some((p: { value: string; removed?: boolean }) => p.removed && p.value.includes('оголосив')));
      assert.ok(headline.parts.some((p: { value: string; added?: boolean }) => p.added && p.value.includes('скасував')));
      const restored = await editor('POST', `/admin/api/revisions/${revisions[1].id}/restore`, { lockVersion: saved.lockVersion });
      assert.equal(restored.statusCode, 200, restored.body);
      assert.equal((await editor('GET', `/admin/api/stories/${created.storyId}`)).json().versions.uk.headline, 'Київ оголосив тендер');
      assert.equal((await editor('GET', `/admin/api/stories/${created.storyId}/versions/uk/revisions`)).json().revisions.length, 3);
    });

    test('the story list filters, searches Cyrillic in any case and pages with a cursor', async () => {
      const hits = (await editor('GET', `/admin/api/stories/search?q=${encodeURIComponent('КИЇВ')}`)).json().items;
      assert.ok(hits.length >= 1);
      assert.ok(hits.every((i: { headline: string }) => i.headline.toLowerCase().includes('київ')));
      const page1 = (await editor('GET', '/admin/api/stories?limit=2')).json();
      assert.equal(page1.items.length, 2);
      const page2 = (await editor('GET', `/admin/api/stories?limit=2&cursor=${page1.next}`)).json();
      const keys = (items: { storyId: number; lang: string }[]) => items.map((i) => `${i.storyId}/${i.lang}`);
      assert.equal(keys(page2.items).filter((k) => keys(page1.items).includes(k)).length, 0);
      const drafts = (await editor('GET', '/admin/api/stories?status=draft&lang=uk')).json().items;
      assert.ok(drafts.every((i: { status: string; lang: string }) => i.status === 'draft' && i.lang === 'uk'));
      // A contributor sees only their own stories.
      const own = (await contributor('GET', '/admin/api/stories?limit=100')).json().items;
      assert.ok(own.length >= 1 && own.every((i: { createdBy: number }) => i.createdBy === own[0].createdBy));
      const taxonomy = (await contributor('GET', '/admin/api/taxonomy')).json();
      assert.equal(taxonomy.sections[0].byLang.en.name, 'Politics');
      assert.ok(taxonomy.tags.length >= 2 && taxonomy.authors.length >= 2);
    });
  });
}

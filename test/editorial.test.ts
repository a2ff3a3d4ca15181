import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Actor, Role } from '../src/domain/access.js';
import type { Block } from '../src/domain/blocks.js';
import { AuditRepository } from '../src/storage/audit-repository.js';
import { ChangeEvents, type ChangeEvent } from '../src/services/events/change-events.js';
import { changeVersionStatus } from '../src/services/editorial/change-version-status.js';
import { createStory, type CreateStoryInput } from '../src/services/editorial/create-story.js';
import type { EditorialDeps } from '../src/services/editorial/editorial-deps.js';
import { InvalidStory, VersionConflict } from '../src/services/editorial/editorial-errors.js';
import { diffRevisions, listRevisions, restoreRevision } from '../src/services/editorial/revisions.js';
import { saveVersion, updatePublished, type SaveVersionInput } from '../src/services/editorial/save-version.js';
import { DIALECTS, createTestDatabase, dialectSkip, type TestDatabase } from './support/databases.js';
import { NOW, buildNewsroom, paragraph, type SmallNewsroom } from './support/newsroom.js';

/** Asserts a promise rejects with this code, and returns the error for closer looks. */
async function refused(promise: Promise<unknown>, code: string): Promise<any> {
  let caught: any;
  await assert.rejects(promise, (e: any) => {
    caught = e;
    return e?.code === code;
  });
  return caught;
}

for (const dialect of DIALECTS) {
  describe(`editorial use cases on ${dialect}`, await dialectSkip(dialect), () => {
    let db: TestDatabase;
    let n: SmallNewsroom;
    let deps: EditorialDeps;
    let clock = NOW;
    const events: ChangeEvent[] = [];
    const people = {} as Record<'contributor' | 'other' | 'author' | 'editor', Actor>;

    const input = (over: Partial<CreateStoryInput['version']> = {}): CreateStoryInput => ({
      kind: 'news', sectionId: n.sections.politics, tagIds: [n.tags.energy], authorIds: [n.authors.olena],
      importance: 0, hasVideo: false, hasPhotos: false,
      version: { lang: 'uk', headline: 'Уряд ухвалив бюджет', lead: 'Коротко', body: [paragraph('Перший абзац.')], source: null, leadMediaId: n.photo, ...over },
    });
    const fields = (headline: string, body: Block[] = [paragraph('Перший абзац.')]) =>
      ({ headline, lead: 'Коротко', body, source: null, leadMediaId: n.photo }) satisfies Partial<SaveVersionInput>;
    const version = (storyId: number, lang: 'uk' | 'ru' | 'en' = 'uk') => n.repos.stories.findVersion(storyId, lang);
    const auditCount = async () => Number((await db.db.selectFrom('audit_log').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
    const published = (tagId?: number) =>
      n.repos.stories.listPublished({ lang: 'uk', now: clock, limit: 50, ...(tagId !== undefined ? { tagId } : {}) }).then((cards) => cards.map((c) => c.storyId));

    before(async () => {
      db = await createTestDatabase(dialect);
      n = await buildNewsroom(db);
      const user = async (role: Role, name: string) => {
        const row = await db.db
          .insertInto('users')
          .values({ email: `${name.toLowerCase().replace(/\s/g, '.')}@example.org`, name, role, password_hash: 'x', author_id: null, created_at: NOW.toISOString() })
          .returning('id')
          .executeTakeFirstOrThrow();
        return { id: row.id, role };
      };
      people.contributor = await user('contributor', 'Ira Contributor');
      people.other = await user('contributor', 'Oleh Contributor');
      people.author = await user('author', 'Anna Author');
      people.editor = await user('editor', 'Eva Editor');
      const bus = new ChangeEvents();
      bus.on((e) => events.push(e));
      deps = { db: db.db, audit: new AuditRepository(db.db), events: bus, now: () => clock, timeZone: 'Europe/Kyiv' };
    });
    after(() => db?.destroy());

    test('create, save, and a stale save is refused without changing anything', async () => {
      const created = await createStory(deps, people.contributor, input());
      assert.equal(created.lockVersion, 1);
      const saved = await saveVersion(deps, people.contributor, { storyId: created.storyId, lang: 'uk', lockVersion: 1, ...fields('Уряд ухвалив новий бюджет') });
      assert.equal(saved.lockVersion, 2);
      const e = await refused(saveVersion(deps, people.editor, { storyId: created.storyId, lang: 'uk', lockVersion: 1, ...fields('Чужа правка') }), 'VERSION_CONFLICT');
      assert.ok(e instanceof VersionConflict);
      assert.equal(e.statusCode, 409);
      assert.equal(e.current.lockVersion, 2);
      assert.equal(e.current.savedBy?.name, 'Ira Contributor');
      const v = await version(created.storyId);
      assert.equal(v?.headline, 'Уряд ухвалив новий бюджет');
      assert.equal(v?.status, 'draft');
      assert.equal((await listRevisions(deps, people.editor, created.storyId, 'uk')).length, 2);
    });

    test('a translation is added with lockVersion 0, once', async () => {
      const { storyId } = await createStory(deps, people.contributor, input());
      const en = await saveVersion(deps, people.contributor, { storyId, lang: 'en', lockVersion: 0, ...fields('Budget passed') });
      assert.equal(en.lockVersion, 1);
      assert.equal((await version(storyId, 'en'))?.status, 'draft');
      assert.equal((await version(storyId, 'en'))?.sectionId, n.sections.politics);
      await refused(saveVersion(deps, people.editor, { storyId, lang: 'en', lockVersion: 0, ...fields('Someone else') }), 'VERSION_CONFLICT');
      await refused(saveVersion(deps, people.editor, { storyId, lang: 'ru', lockVersion: 3, ...fields('Нет такой') }), 'VERSION_CONFLICT');
      assert.equal((await version(storyId, 'en'))?.headline, 'Budget passed');
      assert.equal(await version(storyId, 'ru'), undefined);
    });

    test('contributors cannot publish nor edit others’ stories; authors publish their own; editors any', async () => {
      const mine = await createStory(deps, people.contributor, input());
      const e = await refused(changeVersionStatus(deps, people.contributor, { storyId: mine.storyId, lang: 'uk', action: 'publish', lockVersion: 1 }), 'NOT_PERMITTED');
      assert.equal(e.statusCode, 403);
      await refused(saveVersion(deps, people.other, { storyId: mine.storyId, lang: 'uk', lockVersion: 1, ...fields('Не моє') }), 'NOT_PERMITTED');
      const submitted = await changeVersionStatus(deps, people.contributor, { storyId: mine.storyId, lang: 'uk', action: 'submit', lockVersion: 1 });
      assert.equal(submitted.status, 'review');
      await refused(changeVersionStatus(deps, people.author, { storyId: mine.storyId, lang: 'uk', action: 'publish', lockVersion: 2 }), 'NOT_PERMITTED');
      const byEditor = await changeVersionStatus(deps, people.editor, { storyId: mine.storyId, lang: 'uk', action: 'publish', lockVersion: 2 });
      assert.equal(byEditor.status, 'published');
      // Published now: the contributor may no longer change it.
      await refused(saveVersion(deps, people.contributor, { storyId: mine.storyId, lang: 'uk', lockVersion: 3, ...fields('Пізно') }), 'NOT_PERMITTED');

      const own = await createStory(deps, people.author, input());
      const byAuthor = await changeVersionStatus(deps, people.author, { storyId: own.storyId, lang: 'uk', action: 'publish', lockVersion: 1 });
      assert.equal(byAuthor.status, 'published');
      assert.equal(byAuthor.publishedAt?.toISOString(), clock.toISOString());
    });

    test('refused workflow steps change nothing', async () => {
      const { storyId } = await createStory(deps, people.editor, input());
      await changeVersionStatus(deps, people.editor, { storyId, lang: 'uk', action: 'publish', lockVersion: 1 });
      const audits = await auditCount();
      const e = await refused(changeVersionStatus(deps, people.editor, { storyId, lang: 'uk', action: 'publish', lockVersion: 2 }), 'TRANSITION_NOT_ALLOWED');
      assert.equal(e.statusCode, 409);
      const draft = await createStory(deps, people.editor, input());
      const past = await refused(
        changeVersionStatus(deps, people.editor, { storyId: draft.storyId, lang: 'uk', action: 'schedule', at: new Date(clock.getTime() - 60_000), lockVersion: 1 }),
        'SCHEDULE_IN_PAST',
      );
      assert.equal(past.statusCode, 422);
      await refused(changeVersionStatus(deps, people.editor, { storyId: draft.storyId, lang: 'uk', action: 'submit', lockVersion: 7 }), 'VERSION_CONFLICT');
      await refused(changeVersionStatus(deps, people.editor, { storyId: draft.storyId, lang: 'en', action: 'submit', lockVersion: 1 }), 'STORY_NOT_FOUND');
      assert.equal(await auditCount(), audits + 1); // only the second story's creation
      assert.equal((await version(draft.storyId))?.status, 'draft');
      assert.equal((await version(storyId))?.status, 'published');
      const jobs = await db.db.selectFrom('jobs').selectAll().execute();
      assert.equal(jobs.length, 0);
    });

    test('publishing lists the version for readers and on tag pages; unpublishing removes it; republishing keeps its time', async () => {
      const { storyId } = await createStory(deps, people.editor, input());
      events.length = 0;
      const first = await changeVersionStatus(deps, people.editor, { storyId, lang: 'uk', action: 'publish', lockVersion: 1 });
      assert.ok((await published()).includes(storyId));
      assert.ok((await published(n.tags.energy)).includes(storyId));
      const byAuthor = await n.repos.stories.listPublished({ lang: 'uk', now: clock, limit: 50, authorId: n.authors.olena });
      assert.ok(byAuthor.some((c) => c.storyId === storyId));
      assert.deepEqual(events.map((e) => e.type), ['story-published']);
      assert.deepEqual(events[0], { type: 'story-published', storyId, lang: 'uk', sectionId: n.sections.politics, tagIds: [n.tags.energy], authorIds: [n.authors.olena] });

      await changeVersionStatus(deps, people.editor, { storyId, lang: 'uk', action: 'unpublish', lockVersion: 2 });
      assert.ok(!(await published()).includes(storyId));
      assert.ok(!(await published(n.tags.energy)).includes(storyId));
      assert.equal(events.at(-1)?.type, 'story-unpublished');

      clock = new Date(NOW.getTime() + 3_600_000);
      try {
        const again = await changeVersionStatus(deps, people.editor, { storyId, lang: 'uk', action: 'publish', lockVersion: 3 });
        assert.equal(again.publishedAt?.toISOString(), first.publishedAt?.toISOString());
        assert.ok((await published(n.tags.energy)).includes(storyId));
      } finally {
        clock = NOW;
      }
    });

    test('changing tags and section of a published story rewrites copies and listings', async () => {
      const { storyId } = await createStory(deps, people.editor, input());
      await saveVersion(deps, people.editor, { storyId, lang: 'en', lockVersion: 0, ...fields('Budget') });
      await changeVersionStatus(deps, people.editor, { storyId, lang: 'uk', action: 'publish', lockVersion: 1 });
      events.length = 0;
      const story = { kind: 'article' as const, sectionId: n.sections.economy, tagIds: [n.tags.kyiv], authorIds: [n.authors.taras], importance: 1 as const, hasVideo: true, hasPhotos: false };
      await saveVersion(deps, people.editor, { storyId, lang: 'en', lockVersion: 1, ...fields('Budget'), story });
      assert.equal((await version(storyId, 'uk'))?.sectionId, n.sections.economy);
      assert.equal((await version(storyId, 'uk'))?.kind, 'article');
      assert.equal((await version(storyId, 'en'))?.hasVideo, true);
      assert.ok(!(await published(n.tags.energy)).includes(storyId));
      assert.ok((await published(n.tags.kyiv)).includes(storyId));
      assert.deepEqual(await n.repos.stories.authorIds(storyId), [n.authors.taras]);
      // The published uk version changed for readers: purge its new and old pages.
      assert.deepEqual(events.map((e) => [e.type, 'lang' in e && e.lang, 'sectionId' in e && e.sectionId]), [
        ['story-updated', 'uk', n.sections.economy],
        ['story-updated', 'uk', n.sections.politics],
      ]);
    });

    test('an update note marks a published version updated; only publishers may write one', async () => {
      const { storyId } = await createStory(deps, people.author, input());
      await refused(updatePublished(deps, people.author, { storyId, lang: 'uk', lockVersion: 1, ...fields('Чернетка'), note: 'Ні' }), 'TRANSITION_NOT_ALLOWED');
      await changeVersionStatus(deps, people.author, { storyId, lang: 'uk', action: 'publish', lockVersion: 1 });
      clock = new Date(NOW.getTime() + 600_000);
      try {
        events.length = 0;
        await updatePublished(deps, people.author, { storyId, lang: 'uk', lockVersion: 2, ...fields('Уряд ухвалив бюджет: реакція'), note: 'Додано реакцію міністра.' });
        const v = await version(storyId);
        assert.equal(v?.updatedAt?.toISOString(), clock.toISOString());
        assert.equal(v?.updateNote, 'Додано реакцію міністра.');
        assert.equal(v?.headline, 'Уряд ухвалив бюджет: реакція');
        assert.equal(events[0]?.type, 'story-updated');
        const card = (await n.repos.stories.listPublished({ lang: 'uk', now: clock, limit: 50 })).find((c) => c.storyId === storyId);
        assert.equal(card?.updatedAt?.toISOString(), clock.toISOString());
      } finally {
        clock = NOW;
      }
    });

    test('revisions: listed with names, diffed word by word, restored as a new revision', async () => {
      const { storyId } = await createStory(deps, people.contributor, input({ headline: 'Рада ухвалила бюджет' }));
      await saveVersion(deps, people.editor, { storyId, lang: 'uk', lockVersion: 1, ...fields('Рада швидко ухвалила бюджет', [paragraph('Другий абзац.')]) });
      const list = await listRevisions(deps, people.contributor, storyId, 'uk');
      assert.deepEqual(list.map((r) => [r.lockVersion, r.userName]), [[2, 'Eva Editor'], [1, 'Ira Contributor']]);
      await refused(listRevisions(deps, people.other, storyId, 'uk'), 'NOT_PERMITTED');
      const diff = await diffRevisions(deps, people.editor, list[1]!.id, list[0]!.id);
      const headline = diff.find((d) => d.field === 'headline')!;
      assert.deepEqual(headline.parts.filter((p) => p.added).map((p) => p.value.trim()), ['швидко']);
      const body = diff.find((d) => d.field === 'body')!;
      // Whole Cyrillic words, not letters.
      assert.deepEqual(body.parts.filter((p) => p.removed || p.added), [{ value: 'Перший', removed: true }, { value: 'Другий', added: true }]);
      assert.deepEqual(diff.find((d) => d.field === 'lead')!.parts, [{ value: 'Коротко' }]);

      await refused(restoreRevision(deps, people.editor, { revisionId: list[1]!.id, lockVersion: 1 }), 'VERSION_CONFLICT');
      const restored = await restoreRevision(deps, people.editor, { revisionId: list[1]!.id, lockVersion: 2 });
      assert.equal(restored.lockVersion, 3);
      assert.equal((await version(storyId))?.headline, 'Рада ухвалила бюджет');
      assert.equal((await listRevisions(deps, people.editor, storyId, 'uk')).length, 3);
      await refused(restoreRevision(deps, people.editor, { revisionId: 999_999, lockVersion: 3 }), 'REVISION_NOT_FOUND');
    });

    test('invalid stories are refused with paths, and nothing is stored', async () => {
      const before = await n.repos.stories.countStories();
      const audits = await auditCount();
      const bad = [
        { type: 'paragraph', content: [{ type: 'link', text: 'click', href: 'javascript:alert(1)' }] },
        { type: 'script', code: 'alert(1)' },
      ] as unknown as Block[];
      const e = await refused(createStory(deps, people.editor, input({ body: bad })), 'INVALID_STORY');
      assert.ok(e instanceof InvalidStory);
      assert.equal(e.statusCode, 422);
      assert.deepEqual(e.problems.map((p: { path: string }) => p.path), ['version.body[0].content[0].href', 'version.body[1]']);
      const unknownIds = await refused(createStory(deps, people.editor, { ...input(), tagIds: [n.tags.kyiv, 999_999], sectionId: 888_888 }), 'INVALID_STORY');
      assert.deepEqual(unknownIds.problems.map((p: { path: string }) => p.path).sort(), ['sectionId', 'tagIds[1]']);
      const media = await refused(
        createStory(deps, people.editor, input({ leadMediaId: 2 ** 40, body: [paragraph('Так.'), { type: 'image', mediaId: 777_777 }] })),
        'INVALID_STORY',
      );
      assert.deepEqual(media.problems.map((p: { path: string }) => p.path), ['version.leadMediaId', 'version.body[1].mediaId']);
      await refused(createStory(deps, people.editor, input({ headline: ' ', lead: 'x'.repeat(1001) })), 'INVALID_STORY');
      await refused(
        createStory(deps, people.editor, input({ source: { text: 'Агенція', links: [{ text: 'Агенція', url: 'javascript:void(0)' }] } })),
        'INVALID_STORY',
      );
      assert.equal(await n.repos.stories.countStories(), before);

      const { storyId } = await createStory(deps, people.editor, input());
      const onSave = await refused(saveVersion(deps, people.editor, { storyId, lang: 'uk', lockVersion: 1, ...fields('Так', bad) }), 'INVALID_STORY');
      assert.equal(onSave.problems[0].path, 'body[0].content[0].href');
      const v = await version(storyId);
      assert.equal(v?.headline, 'Уряд ухвалив бюджет');
      assert.equal(await auditCount(), audits + 1);
    });

    test('every action leaves an audit entry with who did it', async () => {
      const { storyId } = await createStory(deps, people.author, input());
      await saveVersion(deps, people.author, { storyId, lang: 'uk', lockVersion: 1, ...fields('Друга версія') });
      await changeVersionStatus(deps, people.author, { storyId, lang: 'uk', action: 'submit', lockVersion: 2 });
      await changeVersionStatus(deps, people.author, { storyId, lang: 'uk', action: 'schedule', at: new Date(clock.getTime() + 3_600_000), lockVersion: 3 });
      await changeVersionStatus(deps, people.author, { storyId, lang: 'uk', action: 'unschedule', lockVersion: 4 });
      await changeVersionStatus(deps, people.author, { storyId, lang: 'uk', action: 'publish', lockVersion: 5 });
      await changeVersionStatus(deps, people.editor, { storyId, lang: 'uk', action: 'unpublish', lockVersion: 6 });
      const rows = await db.db
        .selectFrom('audit_log')
        .select(['action', 'user_id'])
        .where('subject', '=', `story:${storyId}/uk`)
        .orderBy('id')
        .execute();
      assert.deepEqual(rows.map((r) => r.action), ['story.create', 'story.save', 'story.submit', 'story.schedule', 'story.unschedule', 'story.publish', 'story.unpublish']);
      assert.deepEqual(rows.map((r) => r.user_id), [...Array(6).fill(people.author.id), people.editor.id]);
      const jobs = await db.db.selectFrom('jobs').select(['done_at', 'last_error']).where('payload', '=', JSON.stringify({ storyId, lang: 'uk' })).execute();
      assert.equal(jobs.length, 1);
      assert.notEqual(jobs[0]?.done_at, null);
      assert.equal(jobs[0]?.last_error, 'cancelled');
    });
  });
}

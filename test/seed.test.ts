import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import sharp from 'sharp';
import { seedDemo } from '../src/seed/seed-demo.js';
import { createRepositories } from '../src/storage/repositories.js';
import { DIALECTS, createTestDatabase, dialectSkip, type TestDatabase } from './support/databases.js';

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

import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'kysely';
import { up } from '../src/storage/migrations/2026-12-08-clean-control-characters.js';
import { DIALECTS, createTestDatabase, dialectSkip, type TestDatabase } from './support/databases.js';
import { createMembers } from './support/members.js';
import { buildNewsroom, type SmallNewsroom } from './support/newsroom.js';

/** What no stored newsroom text may hold once the migration has run. */
const UNSAFE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFDD0-\uFDEF\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
/** PostgreSQL refuses NUL in text and both drivers turn lone surrogates into U+FFFD: raw text can hold the rest. */
const RAW = '\u0007\u001b\u0085\ufffe\uffff';
/** JSON columns can hold all of them, as escapes. */
const ESCAPED = '\\u0000\\u0007\\u001b\\ud800\ufffe\uffff';

for (const dialect of DIALECTS) {
  describe(`cleaning stored control characters on ${dialect}`, await dialectSkip(dialect), () => {
    let db: TestDatabase;
    let n: SmallNewsroom;
    let storyId: number;
    before(async () => {
      db = await createTestDatabase(dialect);
      n = await buildNewsroom(db);
      await createMembers(db);
      storyId = await n.story({ versions: { en: {} } });
      const d = db.db;
      // Dirty rows as they could be stored before validation cleaned text: written with raw SQL.
      await sql`update section_translations set name = ${`Poli${RAW}tics`}, slug = ${`poli${RAW}tics`} where section_id = ${n.sections.politics} and lang = 'en'`.execute(d);
      await sql`update tag_translations set name = ${`Ener${RAW}gy`} where tag_id = ${n.tags.energy}`.execute(d);
      await sql`update author_translations set name = ${`Ol${RAW}ena`}, bio = ${`line one\r\nline${RAW} two`} where author_id = ${n.authors.olena}`.execute(d);
      await sql`update media_translations set caption = ${`Cap${RAW}tion`}, credit = ${`Cre${RAW}dit`} where media_id = ${n.photo}`.execute(d);
      const body = `[{"type":"paragraph","content":[{"type":"text","text":"Bo${ESCAPED}dy"},{"type":"link","text":"l","href":"https://example.com/${ESCAPED}"}]}]`;
      const source = `{"text":"Sou${ESCAPED}rce","links":[{"text":"Li${ESCAPED}nk","url":"https://example.com/"}]}`;
      await sql`update story_versions set headline = ${`Head${RAW}line`}, lead = ${`Le${RAW}ad`}, body = ${body}, source = ${source}, update_note = ${`No${RAW}te`} where story_id = ${storyId}`.execute(d);
      await sql`update revisions set data = ${`{"headline":"Head${ESCAPED}line","lead":"x","body":${body},"source":null,"leadMediaId":null}`} where story_id = ${storyId}`.execute(d);
      await sql`update users set name = ${`Na${RAW}me`}`.execute(d);
      await sql`insert into settings (key, value) values ('site', ${`{"siteName":{"uk":"Si${ESCAPED}te","ru":"S","en":"S"}}`})`.execute(d);
    });
    after(() => db?.destroy());

    test('every newsroom text column is clean after the migration, and a second run changes nothing', async () => {
      await up(db.db);
      const snapshot = async () => ({
        sections: await db.db.selectFrom('section_translations').selectAll().orderBy('section_id').orderBy('lang').execute(),
        tags: await db.db.selectFrom('tag_translations').selectAll().orderBy('tag_id').orderBy('lang').execute(),
        authors: await db.db.selectFrom('author_translations').selectAll().orderBy('author_id').orderBy('lang').execute(),
        media: await db.db.selectFrom('media_translations').selectAll().orderBy('media_id').orderBy('lang').execute(),
        versions: await db.db.selectFrom('story_versions').select(['story_id', 'lang', 'headline', 'lead', 'body', 'source', 'update_note']).orderBy('story_id').orderBy('lang').execute(),
        revisions: await db.db.selectFrom('revisions').select(['id', 'data']).orderBy('id').execute(),
        users: await db.db.selectFrom('users').select(['id', 'name']).orderBy('id').execute(),
        settings: await db.db.selectFrom('settings').select(['key', 'value']).where('key', '=', 'site').execute(),
      });
      const once = await snapshot();
      // JSON columns are checked parsed: their escapes are what the application reads.
      const texts = JSON.stringify(once, (_k, v) => (typeof v === 'string' && /^[[{]/.test(v) ? JSON.parse(v) : v));
      assert.doesNotMatch(texts, /\\u00[01][0-9a-f]|\\ud[89a-f]/i);
      assert.doesNotMatch(texts, UNSAFE);

      const version = once.versions.find((v) => v.story_id === storyId)!;
      assert.equal(version.headline, 'Headline');
      assert.equal(version.lead, 'Lead');
      assert.equal(version.update_note, 'Note');
      assert.deepEqual(JSON.parse(version.body), [
        { type: 'paragraph', content: [{ type: 'text', text: 'Bo\ufffddy' }, { type: 'link', text: 'l', href: 'https://example.com/\ufffd' }] },
      ]);
      assert.equal(JSON.parse(version.source!).text, 'Sou\ufffdrce');
      const politics = once.sections.find((s) => s.section_id === n.sections.politics && s.lang === 'en')!;
      assert.equal(politics.name, 'Politics');
      assert.match(politics.slug, /^[\p{Ll}\p{N}-]+$/u);
      assert.equal(once.authors.find((a) => a.author_id === n.authors.olena && a.lang === 'en')!.bio, 'line one\nline two');
      assert.equal(once.media.find((m) => m.lang === 'en')!.caption, 'Caption');
      assert.equal(JSON.parse(once.settings[0]!.value).siteName.uk, 'Si\ufffdte');

      await up(db.db);
      assert.deepEqual(await snapshot(), once);
    });
  });
}

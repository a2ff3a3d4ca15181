import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { sql } from 'kysely';
import type { Actor } from '../src/domain/access.js';
import type { Lang } from '../src/domain/locale.js';
import { AuditRepository } from '../src/storage/audit-repository.js';
import { SearchIndexRepository } from '../src/storage/search/search-index-repository.js';
import { ChangeEvents } from '../src/services/events/change-events.js';
import { changeVersionStatus } from '../src/services/editorial/change-version-status.js';
import { createStory } from '../src/services/editorial/create-story.js';
import type { EditorialDeps } from '../src/services/editorial/editorial-deps.js';
import { saveVersion } from '../src/services/editorial/save-version.js';
import { SearchRepository } from '../src/storage/search/search-repository.js';
import { search, type SearchDeps } from '../src/services/search/search.js';
import type { SearchRequest, SearchResults } from '../src/services/search/search-types.js';
import { DIALECTS, createTestDatabase, dialectSkip, type TestDatabase } from './support/databases.js';
import { NOW, buildNewsroom, paragraph, type SmallNewsroom } from './support/newsroom.js';

const HOUR = 3_600_000;

/**
 * The fixed corpus: every story is named by a key in its headline's first word-free marker, so
 * results are compared as lists of keys, the same on both databases.
 */
interface Entry {
  key: string;
  lang: Lang;
  headline: string;
  lead?: string;
  body?: string;
  status?: 'draft' | 'review' | 'scheduled' | 'published' | 'unpublished';
  publishedAt?: Date | null;
  section?: 'politics' | 'economy';
  tags?: ('energy' | 'kyiv')[];
  authors?: ('olena' | 'taras')[];
}

const CORPUS: Entry[] = [
  { key: 'uk-talks', lang: 'uk', headline: 'Переговори у Стамбулі тривали до ночі', body: 'Делегації обговорили обмін полоненими.', tags: ['kyiv'] },
  { key: 'uk-zelensky', lang: 'uk', headline: 'Зеленський прибув до Києва', lead: 'Президент зустрівся з міністрами.', section: 'economy', authors: ['taras'], tags: ['energy'] },
  { key: 'uk-party', lang: 'uk', headline: 'З’їзд партії', body: 'Делегати партії Слуга народу обрали голову.' },
  { key: 'uk-reversed', lang: 'uk', headline: 'Голосування у раді', body: 'Народу слуга не потрібен, сказав депутат.' },
  { key: 'uk-old', lang: 'uk', headline: 'Переговорів про газ не буде', publishedAt: new Date('2025-02-10T10:00:00Z'), section: 'economy' },
  { key: 'uk-draft', lang: 'uk', headline: 'Переговорами займеться уряд', status: 'draft', publishedAt: null },
  { key: 'uk-scheduled', lang: 'uk', headline: 'Переговорах поставлено крапку', status: 'scheduled', publishedAt: new Date(NOW.getTime() + 2 * HOUR) },
  { key: 'uk-future', lang: 'uk', headline: 'Переговори відкладено', publishedAt: new Date(NOW.getTime() + 24 * HOUR) },
  { key: 'uk-unpublished', lang: 'uk', headline: 'Переговори зірвано', status: 'unpublished', publishedAt: new Date(NOW.getTime() - 5 * HOUR) },
  { key: 'uk-nato', lang: 'uk', headline: 'Саміт НАТО', body: 'Союзники NATO обговорили допомогу.' },
  { key: 'ru-talks', lang: 'ru', headline: 'Переговоры в Стамбуле', body: 'Зеленского встретили в аэропорту.' },
  { key: 'ru-nato', lang: 'ru', headline: 'Саммит альянса', body: 'Страны NATO договорились.' },
  { key: 'en-talks', lang: 'en', headline: 'Ceasefire negotiated in Istanbul', body: 'The negotiators met for hours.' },
  { key: 'en-nato', lang: 'en', headline: 'NATO summit opens', lead: 'Allies meet.', authors: ['taras'] },
];

/** The fixed query set, with the stories readers must find (as sorted keys). */
const EXPECTED: { q: string; lang?: Lang | 'all'; extra?: Partial<SearchRequest>; keys: string[] }[] = [
  { q: 'переговори', keys: ['uk-old', 'uk-talks'] },
  { q: 'переговорів', keys: ['uk-old', 'uk-talks'] },
  { q: 'Зеленського', keys: ['uk-zelensky'] },
  { q: 'Києві', keys: ['uk-talks', 'uk-zelensky'] },
  { q: 'negotiations', lang: 'en', keys: ['en-talks'] },
  { q: 'переговоров', lang: 'ru', keys: ['ru-talks'] },
  { q: 'Зеленский', lang: 'ru', keys: ['ru-talks'] },
  { q: '"слуга народу"', keys: ['uk-party'] },
  { q: 'слуга народу', keys: ['uk-party', 'uk-reversed'] },
  { q: 'переговори -Стамбул', keys: ['uk-old'] },
  { q: 'переговори -"у Стамбулі"', keys: ['uk-old'] },
  { q: 'Зеленсько', keys: ['uk-zelensky'] },
  { q: 'negotiat', lang: 'en', keys: ['en-talks'] },
  { q: 'NATO', lang: 'all', keys: ['en-nato', 'ru-nato', 'uk-nato'] },
  { q: 'переговори', extra: { section: 'polityka' }, keys: ['uk-talks'] },
  { q: 'переговори', extra: { section: 'ekonomika' }, keys: ['uk-old'] },
  { q: 'переговори', extra: { tag: 'kyiv' }, keys: ['uk-talks'] },
  { q: 'Зеленський', extra: { author: 'taras-melnyk' }, keys: ['uk-zelensky'] },
  { q: 'Тарас Мельник', keys: ['uk-zelensky'] },
  { q: 'переговори', extra: { from: { year: 2025, month: 2, day: 1 }, to: { year: 2025, month: 2, day: 28 } }, keys: ['uk-old'] },
  { q: 'переговори', extra: { from: { year: 2025, month: 3, day: 1 } }, keys: ['uk-talks'] },
  { q: 'переговори', extra: { section: 'no-such-section' }, keys: [] },
  { q: 'NATO', lang: 'en', extra: { filterLang: 'en', author: 'taras-melnyk' }, keys: ['en-nato'] },
];

const HOSTILE = [
  '', '   ', '* " ( ) : ^ NEAR AND OR', 'NEAR(a b)', '"', '"unbalanced', '«Київ', 'a OR b NOT c', 'headline:Київ^2', '-', '--', '-"', '-переговори',
  "'; drop table stories; --", "1' or '1'='1", 'x'.repeat(10_000), 'Київ '.repeat(2_000), '\u0000\u0001', '🙂🙂', '\\', '{body}: x', "переговор'*",
  'the and or not', 'у і в', 'ZZZ*', '^переговори', 'переговори*', '(переговори', 'a'.repeat(64) + '*',
];

for (const dialect of DIALECTS) {
  describe(`search engine on ${dialect}`, await dialectSkip(dialect), () => {
    let db: TestDatabase;
    let n: SmallNewsroom;
    let deps: SearchDeps;
    let editorial: EditorialDeps;
    const editor: Actor = { id: 0, role: 'editor' };
    const keyOf = new Map<string, string>();

    const ask = (q: string, over: Partial<SearchRequest> = {}): Promise<SearchResults> =>
      search(deps, { q, lang: 'uk', filterLang: 'uk', sort: 'relevance', page: 1, perPage: 50, audience: 'readers', ...over });
    const keys = async (q: string, over: Partial<SearchRequest> = {}) =>
      (await ask(q, over)).hits.map((h) => keyOf.get(`${h.card.storyId}/${h.card.lang}`) ?? `${h.card.storyId}/${h.card.lang}`).sort();

    before(async () => {
      db = await createTestDatabase(dialect);
      n = await buildNewsroom(db);
      for (const e of CORPUS) {
        const id = await n.story({
          section: e.section ?? 'politics',
          tags: e.tags ?? [],
          authors: e.authors ?? ['olena'],
          versions: {
            [e.lang]: {
              headline: e.headline,
              lead: e.lead ?? '',
              body: e.body ? [paragraph(e.body)] : [],
              status: e.status ?? 'published',
              ...(e.publishedAt !== undefined ? { publishedAt: e.publishedAt } : {}),
            },
          },
        });
        keyOf.set(`${id}/${e.lang}`, e.key);
      }
      const row = await db.db
        .insertInto('users')
        .values({ email: 'eva@example.org', name: 'Eva Editor', role: 'editor', password_hash: 'x', author_id: null, created_at: NOW.toISOString() })
        .returning('id')
        .executeTakeFirstOrThrow();
      editor.id = row.id;
      editorial = { db: db.db, audit: new AuditRepository(db.db), events: new ChangeEvents(), now: () => NOW, timeZone: 'Europe/Kyiv' };
      deps = { repos: n.repos, now: () => NOW, timeZone: 'Europe/Kyiv' };
    });
    after(() => db?.destroy());

    for (const { q, lang, extra, keys: expected } of EXPECTED) {
      test(`readers searching ${JSON.stringify(q)} in ${lang ?? 'uk'}${extra ? ` with ${JSON.stringify(extra)}` : ''} find ${expected.join(', ') || 'nothing'}`, async () => {
        assert.deepEqual(await keys(q, { lang: lang ?? 'uk', ...extra }), expected);
      });
    }

    test('a walk bounded to the newest versions, then the older ones, finds the same in the same order', async () => {
      // PostgreSQL bounds its walk to the newest versions of a language and collects older matches
      // separately; with a bound of two versions, every query here takes both steps.
      const bounded: SearchDeps = { repos: { search: new SearchRepository(db.db, { recentVersions: 2 }) }, now: () => NOW, timeZone: 'Europe/Kyiv' };
      for (const { q, lang, extra } of EXPECTED) {
        for (const sort of ['relevance', 'date'] as const) {
          const request: SearchRequest = { q, lang: lang ?? 'uk', filterLang: 'uk', sort, page: 1, perPage: 50, audience: 'readers', ...extra };
          const ids = (r: SearchResults) => r.hits.map((h) => `${h.card.storyId}/${h.card.lang}`);
          assert.deepEqual(ids(await search(bounded, request)), ids(await search(deps, request)), `${q} ${sort}`);
        }
      }
    });

    test('readers never see drafts, scheduled, unpublished or future versions; the newsroom sees every version', async () => {
      assert.deepEqual(await keys('переговори'), ['uk-old', 'uk-talks']);
      assert.deepEqual(await keys('переговори', { audience: 'newsroom' }), [
        'uk-draft', 'uk-future', 'uk-old', 'uk-scheduled', 'uk-talks', 'uk-unpublished',
      ]);
      const statuses = (await ask('переговори', { audience: 'newsroom' })).hits.map((h) => h.status).sort();
      assert.deepEqual(statuses, ['draft', 'published', 'published', 'published', 'scheduled', 'unpublished']);
    });

    test('hits carry highlighted headlines and snippets; sort by date is newest first', async () => {
      const results = await ask('Стамбул');
      assert.equal(results.hits.length, 1);
      const hit = results.hits[0]!;
      assert.deepEqual(hit.headline.filter((s) => s.match).map((s) => s.text), ['Стамбулі']);
      assert.equal(hit.status, 'published');
      assert.ok(hit.snippet.some((s) => s.text.includes('полоненими')));
      const byDate = await ask('переговори', { sort: 'date', audience: 'newsroom' });
      const times = byDate.hits.filter((h) => h.status !== 'draft').map((h) => h.card.publishedAt.getTime());
      assert.deepEqual(times, [...times].sort((a, b) => b - a));
      assert.equal(byDate.total, 6);
      assert.equal(byDate.totalIsExact, true);
    });

    test('pagination: pages split the results; a page past the end, or absurd, is empty', async () => {
      const all = (await ask('переговори', { audience: 'newsroom', perPage: 50 })).hits.map((h) => h.card.storyId);
      const first = await ask('переговори', { audience: 'newsroom', perPage: 4 });
      const second = await ask('переговори', { audience: 'newsroom', perPage: 4, page: 2 });
      assert.deepEqual([...first.hits, ...second.hits].map((h) => h.card.storyId), all);
      assert.equal(second.total, 6);
      for (const page of [3, 1e9, Number.MAX_SAFE_INTEGER, -1, 0, 1.5, Number.NaN]) {
        const r = await ask('переговори', { audience: 'newsroom', perPage: 4, page });
        assert.ok(r.hits.length === 0 || r.page === 1, `page ${page}`);
      }
      const huge = await ask('переговори', { perPage: 1e6 });
      assert.ok(huge.perPage <= 50);
    });

    test('empty queries do no database work', async () => {
      for (const q of ['', '   ', 'у і в', '-переговори', '***']) {
        db.queries.length = 0;
        const r = await ask(q);
        assert.equal(r.empty, true, q);
        assert.equal(r.hits.length, 0);
        assert.equal(db.queries.length, 0);
      }
    });

    test('hostile queries never throw and never break the query syntax', async () => {
      for (const q of HOSTILE) {
        for (const lang of ['uk', 'ru', 'en', 'all'] as const) {
          const r = await ask(q, { lang, audience: 'newsroom' });
          assert.ok(Array.isArray(r.hits), q);
        }
      }
      const odd = await search(deps, {
        q: 42 as unknown as string, lang: 'xx' as Lang, filterLang: 'zz' as Lang, sort: 'weird' as 'date', page: 'x' as unknown as number,
        perPage: -5, audience: 'readers', section: 'x'.repeat(5000), from: { year: 2025, month: 2, day: 31 }, to: 'yesterday' as never,
      });
      assert.equal(odd.empty, true);
    });

    test('publishing makes a story findable at once, an edit re-indexes it, unpublishing removes it at once', async () => {
      const created = await createStory(editorial, editor, {
        kind: 'news', sectionId: n.sections.politics, tagIds: [], authorIds: [n.authors.olena], importance: 0, hasVideo: false, hasPhotos: false,
        version: { lang: 'uk', headline: 'Жирафа втекла із зоопарку', lead: '', body: [paragraph('Її шукають рятувальники.')], source: null, leadMediaId: null },
      });
      const found = async (q: string, audience: 'readers' | 'newsroom' = 'readers') =>
        (await ask(q, { audience })).hits.some((h) => h.card.storyId === created.storyId);
      assert.equal(await found('жирафи'), false);
      assert.equal(await found('жирафи', 'newsroom'), true);

      const published = await changeVersionStatus(editorial, editor, { storyId: created.storyId, lang: 'uk', action: 'publish', lockVersion: 1 });
      assert.equal(await found('жирафу'), true);
      assert.equal(await found('рятувальників'), true);

      const saved = await saveVersion(editorial, editor, {
        storyId: created.storyId, lang: 'uk', lockVersion: published.lockVersion,
        headline: 'Слона знайшли біля річки', lead: '', body: [paragraph('Її шукають рятувальники.')], source: null, leadMediaId: null,
      });
      assert.equal(await found('слон'), true);
      assert.equal(await found('жирафа'), false);

      // New story details: the section, tags and authors are searched too.
      await saveVersion(editorial, editor, {
        storyId: created.storyId, lang: 'uk', lockVersion: saved.lockVersion,
        headline: 'Слона знайшли біля річки', lead: '', body: [paragraph('Її шукають рятувальники.')], source: null, leadMediaId: null,
        story: { kind: 'news', sectionId: n.sections.economy, tagIds: [n.tags.energy], authorIds: [n.authors.taras], importance: 0, hasVideo: false, hasPhotos: false },
      });
      assert.equal((await ask('слон енергетика')).hits.length, 1);
      assert.equal((await ask('слон', { section: 'ekonomika' })).hits.length, 1);

      const current = await n.repos.stories.findVersion(created.storyId, 'uk');
      const lock = (await db.db.selectFrom('story_versions').select('lock_version').where('story_id', '=', created.storyId).executeTakeFirstOrThrow()).lock_version;
      assert.ok(current);
      await changeVersionStatus(editorial, editor, { storyId: created.storyId, lang: 'uk', action: 'unpublish', lockVersion: lock });
      assert.equal(await found('слон'), false);
      assert.equal(await found('слон', 'newsroom'), true);
    });

    test('the reindex command rebuilds an index identical to the maintained one', async () => {
      const index = new SearchIndexRepository(db.db);
      if (dialect === 'sqlite') await sql`insert into search_fts(search_fts) values ('optimize')`.execute(db.db);
      const maintained = await snapshot(db, dialect);
      assert.ok(maintained.documents.length > CORPUS.length);
      await index.clear();
      assert.equal((await ask('переговори')).hits.length, 0);
      const { versions } = await index.rebuild({ batch: 4 });
      assert.equal(versions, maintained.documents.length);
      assert.deepEqual(await snapshot(db, dialect), maintained);
      assert.deepEqual(await keys('переговори'), ['uk-old', 'uk-talks']);
    });
  });
}

/** Everything the index holds, in a comparable form. */
async function snapshot(db: TestDatabase, dialect: string) {
  const documents = await db.db
    .selectFrom('search_documents')
    .select(['story_id', 'lang', 'status', 'kind', 'section_id', 'published_at'])
    .orderBy('story_id')
    .orderBy('lang')
    .execute();
  let terms: unknown[];
  if (dialect === 'sqlite') {
    await sql`create virtual table if not exists temp.search_vocab using fts5vocab(main, search_fts, instance)`.execute(db.db);
    terms = (await sql`select term, doc, col, offset from temp.search_vocab order by doc, col, offset`.execute(db.db)).rows;
  } else {
    terms = (await sql`select doc_id, terms::text as terms from search_documents order by doc_id`.execute(db.db)).rows;
  }
  return { documents: documents.map((d) => ({ ...d, published_at: d.published_at === null ? null : new Date(d.published_at).toISOString() })), terms };
}

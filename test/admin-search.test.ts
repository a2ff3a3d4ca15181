import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { Ajv } from 'ajv';
import addFormats from 'ajv-formats';
import type { LightMyRequestResponse } from 'fastify';
import { search } from '../src/services/search/search.js';
import { searchResponse } from '../src/web/admin/story-schemas.js';
import { DIALECTS, dialectSkip } from './support/databases.js';
import { buildTestApp, getPage, type TestApp } from './support/app.js';
import { createMembers, signedIn, type ApiCall } from './support/members.js';
import { NOW, paragraph } from './support/newsroom.js';

/**
 * The newsroom's story search (GET /admin/api/stories/search): the readers' search engine over
 * every version in any status, for the story list and the background picker.
 */

const HOUR = 3_600_000;
const ajv = new Ajv({ allErrors: true });
(addFormats as unknown as (a: Ajv) => void)(ajv);
const validResponse = ajv.compile(searchResponse);

interface Item {
  storyId: number;
  lang: string;
  kind: string;
  status: string;
  sectionId: number;
  headline: string;
  headlineMarks: { text: string; match: boolean }[];
  snippet: { text: string; match: boolean }[];
  publishedAt: string | null;
  modifiedAt: string;
  lockVersion: number;
  createdBy: number | null;
}
interface Found {
  items: Item[];
  total: number;
  totalIsExact: boolean;
  page: number;
  perPage: number;
  empty: boolean;
  truncated: boolean;
}

for (const dialect of DIALECTS) {
  describe(`the newsroom's story search on ${dialect}`, await dialectSkip(dialect), () => {
    let t: TestApp;
    let editor: ApiCall;
    let contributor: ApiCall;
    let members: Awaited<ReturnType<typeof createMembers>>;
    /** Story ids by a short name. */
    const ids: Record<string, number> = {};

    /** GET …/stories/search with these parameters as `who`: the parsed answer, checked against the route's schema. */
    async function find(who: ApiCall, params: Record<string, string | number>): Promise<Found> {
      const res = await who('GET', `/admin/api/stories/search?${new URLSearchParams(Object.entries(params).map(([k, v]) => [k, String(v)]))}`);
      assert.equal(res.statusCode, 200, res.body);
      const body = res.json() as Found;
      assert.ok(validResponse(body), JSON.stringify(validResponse.errors));
      return body;
    }
    const named = (found: Found) =>
      found.items.map((i) => Object.keys(ids).find((k) => ids[k] === i.storyId) ?? `#${i.storyId}`).sort();

    before(async () => {
      t = await buildTestApp(dialect);
      members = await createMembers(t.db);
      editor = await signedIn(t.app, 'editor@example.com');
      contributor = await signedIn(t.app, 'contributor@example.com');
      const n = t.newsroom;
      ids.talks = await n.story({ tags: ['kyiv'], versions: { uk: { headline: 'Переговори у Стамбулі тривали до ночі', body: [paragraph('Делегації обговорили обмін полоненими.')] } } });
      ids.draft = await n.story({ versions: { uk: { headline: 'Переговорами займеться уряд', status: 'draft' } } });
      ids.pulled = await n.story({ versions: { uk: { headline: 'Переговори зірвано', status: 'unpublished', publishedAt: new Date(NOW.getTime() - 5 * HOUR) } } });
      ids.gas = await n.story({
        section: 'economy', authors: ['taras'], tags: ['energy'],
        versions: { uk: { headline: 'Переговорів про газ не буде', publishedAt: new Date('2025-02-10T10:00:00Z') } },
      });
      // 00:30 on 1 March in Kyiv, still 28 February in UTC: the days are Kyiv's.
      ids.midnight = await n.story({ versions: { uk: { headline: 'Переговори після опівночі', publishedAt: new Date('2025-02-28T22:30:00Z') } } });
      ids.nato = await n.story({
        versions: {
          uk: { headline: 'Саміт альянсу', body: [paragraph('Союзники NATO обговорили допомогу.')] },
          ru: { headline: 'Саммит альянса', body: [paragraph('Страны NATO договорились.')] },
          en: { headline: 'Allies meet', body: [paragraph('NATO leaders met in Brussels.')] },
        },
      });
      ids.ceasefire = await n.story({ versions: { en: { headline: 'Ceasefire negotiated in Istanbul', body: [paragraph('The negotiators met for hours.')] } } });
      // The same word in one headline and in another's text: the headline ranks first, the newer comes first by date.
      ids.tenderHeadline = await n.story({ versions: { uk: { headline: 'Тендер на ремонт мосту', publishedAt: new Date(NOW.getTime() - 3 * HOUR) } } });
      ids.tenderBody = await n.story({
        versions: { uk: { headline: 'Міська рада засідала', lead: '', body: [paragraph('Депутати обговорили тендер.')], publishedAt: new Date(NOW.getTime() - 2 * HOUR) } },
      });
      const created = await contributor('POST', '/admin/api/stories', {
        kind: 'news', sectionId: n.sections.politics, tagIds: [], authorIds: [n.authors.olena], importance: 0, hasVideo: false, hasPhotos: false,
        version: { lang: 'uk', headline: 'Переговори з профспілкою', lead: 'Лід.', body: [paragraph('Текст.')], source: null, leadMediaId: null },
      });
      assert.equal(created.statusCode, 201, created.body);
      ids.own = created.json().storyId;
    });
    after(() => t?.destroy());

    test('an inflected word finds every form, with the matched words marked in the headline and snippet', async () => {
      const found = await find(editor, { q: 'переговорів', lang: 'uk' });
      assert.deepEqual(named(found), ['draft', 'gas', 'midnight', 'own', 'pulled', 'talks']);
      assert.equal(found.total, 6);
      assert.equal(found.totalIsExact, true);
      assert.equal(found.empty, false);
      const talks = found.items.find((i) => i.storyId === ids.talks)!;
      assert.equal(talks.headline, 'Переговори у Стамбулі тривали до ночі');
      assert.equal(talks.headlineMarks.map((s) => s.text).join(''), talks.headline);
      assert.deepEqual(talks.headlineMarks.filter((s) => s.match).map((s) => s.text), ['Переговори']);
      assert.ok(talks.snippet.some((s) => !s.match && s.text.includes('полоненими')));
      assert.equal(talks.createdBy, null);
      assert.equal(talks.lockVersion, 1);
      assert.equal(talks.publishedAt, new Date(NOW.getTime() - HOUR).toISOString());
      // A word only in the text is marked in the snippet.
      const body = await find(editor, { q: 'тендером', lang: 'uk' });
      const inText = body.items.find((i) => i.storyId === ids.tenderBody)!;
      assert.deepEqual(inText.headlineMarks, [{ text: 'Міська рада засідала', match: false }]);
      assert.deepEqual(inText.snippet.filter((s) => s.match).map((s) => s.text), ['тендер']);
    });

    test('editors find drafts and unpublished versions, which never published show no publication time', async () => {
      const found = await find(editor, { q: 'переговори', lang: 'uk' });
      const status = (key: string) => found.items.find((i) => i.storyId === ids[key])?.status;
      assert.equal(status('draft'), 'draft');
      assert.equal(status('pulled'), 'unpublished');
      assert.equal(status('talks'), 'published');
      assert.equal(found.items.find((i) => i.storyId === ids.draft)!.publishedAt, null);
      // Readers' search, through the same engine, sees none of them.
      const readers = await search({ repos: t.newsroom.repos, now: () => NOW, timeZone: 'Europe/Kyiv' }, { q: 'переговори', lang: 'uk', filterLang: 'uk', sort: 'relevance', page: 1, perPage: 50, audience: 'readers' });
      assert.deepEqual(readers.hits.map((h) => h.status), readers.hits.map(() => 'published'));
      assert.ok(!readers.hits.some((h) => [ids.draft, ids.pulled, ids.own].includes(h.card.storyId)));
    });

    test('readers\' searches ignore the newsroom-only status and creator filters', async () => {
      const base = { q: 'переговори', lang: 'uk' as const, filterLang: 'uk' as const, sort: 'date' as const, page: 1, perPage: 50, audience: 'readers' as const };
      const plain = await search({ repos: t.newsroom.repos, now: () => NOW, timeZone: 'Europe/Kyiv' }, base);
      const narrowed = await search({ repos: t.newsroom.repos, now: () => NOW, timeZone: 'Europe/Kyiv' }, { ...base, status: 'draft', createdBy: members.contributor });
      assert.ok(plain.hits.length >= 3);
      assert.deepEqual(narrowed.hits.map((h) => h.card.storyId), plain.hits.map((h) => h.card.storyId));
    });

    test('members below editor find only the stories they started', async () => {
      const own = await find(contributor, { q: 'переговори' });
      assert.deepEqual(named(own), ['own']);
      assert.ok(own.items.every((i) => i.createdBy === members.contributor));
      assert.equal(own.items[0]!.status, 'draft');
      assert.deepEqual((await find(contributor, { q: 'NATO' })).items, []);
      const author = await signedIn(t.app, 'author@example.com');
      assert.deepEqual((await find(author, { q: 'переговори' })).items, []);
      // Editors find everyone's, the contributor's too.
      assert.ok(named(await find(editor, { q: 'профспілкою' })).includes('own'));
    });

    test('filters: status, section, tag, author, language and Kyiv publication days', async () => {
      const n = t.newsroom;
      const all = await find(editor, { q: 'переговори', status: 'published' });
      assert.deepEqual(named(all), ['gas', 'midnight', 'talks']);
      assert.deepEqual(named(await find(editor, { q: 'переговори', status: 'draft' })), ['draft', 'own']);
      assert.deepEqual(named(await find(editor, { q: 'переговори', sectionId: n.sections.economy })), ['gas']);
      assert.deepEqual(named(await find(editor, { q: 'переговори', tagId: n.tags.kyiv })), ['talks']);
      assert.deepEqual(named(await find(editor, { q: 'переговори', authorId: n.authors.taras })), ['gas']);
      assert.deepEqual(named(await find(editor, { q: 'переговори', sectionId: 99999 })), []);
      // One story in three languages: lang=all finds each version, a language only its own.
      const everywhere = await find(editor, { q: 'NATO', lang: 'all' });
      assert.deepEqual(everywhere.items.map((i) => i.lang).sort(), ['en', 'ru', 'uk']);
      assert.ok(everywhere.items.every((i) => i.storyId === ids.nato));
      assert.deepEqual((await find(editor, { q: 'NATO', lang: 'en' })).items.map((i) => i.lang), ['en']);
      assert.deepEqual(named(await find(editor, { q: 'negotiations', lang: 'en' })), ['ceasefire']);
      // Days are Kyiv's: 22:30 UTC on 28 February is 1 March.
      assert.deepEqual(named(await find(editor, { q: 'переговори', from: '2025-02-01', to: '2025-02-28' })), ['gas']);
      assert.deepEqual(named(await find(editor, { q: 'переговори', from: '2025-03-01', to: '2025-03-01' })), ['midnight', 'pulled', 'talks']);
      assert.deepEqual(named(await find(editor, { q: 'переговори', from: '2025-03-01', status: 'published' })), ['midnight', 'talks']);
    });

    test('sort: relevance puts a headline match first, date the newest (never published first)', async () => {
      const relevance = await find(editor, { q: 'тендер', lang: 'uk' });
      assert.deepEqual(relevance.items.map((i) => i.storyId), [ids.tenderHeadline, ids.tenderBody]);
      const byDate = await find(editor, { q: 'тендер', lang: 'uk', sort: 'date' });
      assert.deepEqual(byDate.items.map((i) => i.storyId), [ids.tenderBody, ids.tenderHeadline]);
      const talks = await find(editor, { q: 'переговори', lang: 'uk', sort: 'date' });
      const stamps = talks.items.map((i) => (i.publishedAt === null ? Number.POSITIVE_INFINITY : Date.parse(i.publishedAt)));
      assert.deepEqual(stamps, [...stamps].sort((a, b) => b - a));
      assert.equal(talks.items[0]!.publishedAt, null);
    });

    test('pages: disjoint, together everything, the same total; past the last page nothing', async () => {
      const whole = await find(editor, { q: 'переговори', lang: 'uk', sort: 'date', limit: 50 });
      const seen: string[] = [];
      for (const page of [1, 2, 3]) {
        const part = await find(editor, { q: 'переговори', lang: 'uk', sort: 'date', limit: 2, page });
        assert.equal(part.total, whole.total);
        assert.equal(part.page, page);
        assert.equal(part.perPage, 2);
        assert.equal(part.items.length, 2);
        seen.push(...part.items.map((i) => `${i.storyId}/${i.lang}`));
      }
      assert.deepEqual(seen, whole.items.map((i) => `${i.storyId}/${i.lang}`));
      const beyond = await find(editor, { q: 'переговори', lang: 'uk', limit: 2, page: 4 });
      assert.deepEqual(beyond.items, []);
      assert.equal(beyond.total, 6);
    });

    test('a query of nothing but stop words or blanks answers empty, searching nothing', async () => {
      for (const q of ['', '   ', 'і та на', '*', '"" ()']) {
        const found = await find(editor, { q, lang: 'uk' });
        assert.equal(found.empty, true, JSON.stringify(q));
        assert.deepEqual(found.items, []);
      }
    });

    test('search operators of the databases are plain text, never an error', async () => {
      for (const q of ['*', '"', '(', ')', ':', '^', 'NEAR', 'AND', 'OR', 'NOT', 'переговори AND (газ OR "мир") NEAR/3 ^x:y* -', '"unclosed переговори', '\\\'; drop table stories; --']) {
        const found = await find(editor, { q });
        assert.ok(Array.isArray(found.items), q);
      }
      assert.deepEqual(named(await find(editor, { q: '(переговори)* ^газ:' })), ['gas']);
    });

    test('bad requests answer 400 with a code, and search nothing', async () => {
      const bad = async (query: string, code: string) => {
        const res: LightMyRequestResponse = await editor('GET', `/admin/api/stories/search?${query}`);
        assert.equal(res.statusCode, 400, `${query.slice(0, 80)} → ${res.statusCode}`);
        assert.equal(res.json().error.code, code, query.slice(0, 80));
        assert.equal(typeof res.json().error.message, 'string');
      };
      await bad(`q=${'я'.repeat(10_000)}`, 'INVALID_REQUEST');
      await bad(`q=${'a'.repeat(1001)}`, 'INVALID_REQUEST');
      await bad('lang=uk', 'INVALID_REQUEST');
      await bad('q=x&page=0', 'INVALID_REQUEST');
      await bad('q=x&page=101', 'INVALID_REQUEST');
      await bad('q=x&page=abc', 'INVALID_REQUEST');
      await bad('q=x&limit=0', 'INVALID_REQUEST');
      await bad('q=x&limit=51', 'INVALID_REQUEST');
      await bad('q=x&lang=de', 'INVALID_REQUEST');
      await bad('q=x&status=deleted', 'INVALID_REQUEST');
      await bad('q=x&sort=popular', 'INVALID_REQUEST');
      await bad('q=x&sectionId=0', 'INVALID_REQUEST');
      await bad('q=x&from=1%20March', 'INVALID_REQUEST');
      await bad('q=x&from=2025-02-30', 'BAD_REQUEST');
      await bad('q=x&from=2025-03-02&to=2025-03-01', 'BAD_REQUEST');
      assert.equal((await t.app.inject('/admin/api/stories/search?q=x')).statusCode, 401);
      // At the limit is fine.
      await find(editor, { q: 'я'.repeat(1000), page: 100, limit: 50 });
    });

    test('the OpenAPI document describes the search with its parameters and answer', async () => {
      const doc = (await t.app.inject('/admin/api/openapi.json')).json();
      const op = doc.paths['/stories/search'].get;
      const params = op.parameters.map((p: { name: string }) => p.name).sort();
      assert.deepEqual(params, ['authorId', 'from', 'lang', 'limit', 'page', 'q', 'sectionId', 'sort', 'status', 'tagId', 'to']);
      assert.equal(op.parameters.find((p: { name: string }) => p.name === 'q').required, true);
      const item = op.responses['200'].content['application/json'].schema.properties.items.items;
      assert.deepEqual(item.properties.snippet.items.required, ['text', 'match']);
      // The list no longer searches words itself: one engine for the newsroom's text search.
      assert.ok(!doc.paths['/stories'].get.parameters.some((p: { name: string }) => p.name === 'q'));
    });

    test('background picked from any status: readers see only the published ones', async () => {
      const res = await editor('PUT', `/admin/api/stories/${ids.talks}/background`, { storyIds: [ids.draft, ids.gas, ids.pulled] });
      assert.equal(res.statusCode, 200, res.body);
      const { $ } = await getPage(t.app, `/news/2025/03/01/${ids.talks}/`);
      const links = $('article .background a').map((_, a) => $(a).attr('href')).get();
      assert.deepEqual(links, [`/news/2025/02/10/${ids.gas}/`]);
    });
  });
}

import assert from 'node:assert/strict';
import * as cheerio from 'cheerio';
import { after, before, describe, test } from 'node:test';
import { Ajv, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';
import type { LightMyRequestResponse } from 'fastify';
import type { Lang } from '../src/domain/locale.js';
import { DIALECTS, dialectSkip } from './support/databases.js';
import { BASE_URL, buildTestApp, type TestApp } from './support/app.js';
import { createMembers, signedIn, type ApiCall } from './support/members.js';
import { NOW, paragraph } from './support/newsroom.js';

// ajv-formats is CommonJS: its default export arrives wrapped under ESM.
const addFormats = ((addFormatsModule as unknown as { default?: typeof addFormatsModule }).default ?? addFormatsModule) as unknown as (ajv: Ajv) => Ajv;

const minutesAgo = (m: number) => new Date(NOW.getTime() - m * 60_000);
const b64 = (s: string) => Buffer.from(s).toString('base64url');

interface Summary {
  id: number;
  lang: Lang;
  url: string;
  published_at: string;
  section: { slug: string } | null;
  tags: { slug: string }[];
  authors: { slug: string }[];
}

/**
 * The public read API on both databases: every endpoint and filter, keyset pages, keys, CORS,
 * conditional GET, the rate limit, clean 4xx answers, and that the served OpenAPI document
 * describes every real answer.
 */
for (const dialect of DIALECTS) {
  describe(`read API /api/v1, on ${dialect}`, await dialectSkip(dialect), () => {
    let t: TestApp;
    let admin: ApiCall;
    let secret: string;
    /** Stories readers must never see through the API. */
    const hidden: number[] = [];
    let translated: number;
    let withImage: number;
    let sameMoment: number[];
    /** Operations of the OpenAPI document that some test exercised, e.g. "GET /stories/{id}". */
    const exercised = new Set<string>();
    let doc: { paths: Record<string, Record<string, { responses: Record<string, { content?: Record<string, { schema: object }> }> }>> };
    const validators = new Map<string, ValidateFunction>();
    const ajv = addFormats(new Ajv({ strict: false, allErrors: true }));

    /** Finds the documented operation for a URL and checks the answer against its schema. */
    function checkAgainstDoc(method: string, url: string, res: LightMyRequestResponse): void {
      const path = new URL(url, BASE_URL).pathname.replace(/^\/api\/v1/, '');
      const entry = Object.entries(doc.paths).find(([template]) => new RegExp(`^${template.replace(/\{[^}]+\}/g, '[^/]+')}$`).test(path));
      if (!entry || res.statusCode === 304 || res.statusCode === 405) return;
      const [template, ops] = entry;
      const op = ops[method.toLowerCase()];
      assert.ok(op, `${method} ${template} is documented`);
      const schema = op.responses[String(res.statusCode)]?.content?.['application/json']?.schema;
      assert.ok(schema, `${method} ${template} documents a ${res.statusCode} answer`);
      const id = `${method} ${template} ${res.statusCode}`;
      let validate = validators.get(id);
      if (!validate) {
        validate = ajv.compile(schema);
        validators.set(id, validate);
      }
      assert.ok(validate(res.json()), `${id}: ${ajv.errorsText(validate.errors)}`);
      if (res.statusCode === 200) exercised.add(`${method} ${template}`);
    }

    /** A keyed GET whose answer is checked against the OpenAPI document. */
    async function api(url: string, headers: Record<string, string> = {}, key: string | null = secret): Promise<LightMyRequestResponse> {
      const res = await t.app.inject({ method: 'GET', url, headers: { ...(key ? { authorization: `Bearer ${key}` } : {}), ...headers } });
      checkAgainstDoc('GET', url, res);
      return res;
    }

    function assertError(res: LightMyRequestResponse, status: number, code: string): void {
      assert.equal(res.statusCode, status, res.body);
      assert.match(String(res.headers['content-type']), /^application\/json/);
      assert.equal(res.json().error.code, code);
      assert.equal(typeof res.json().error.message, 'string');
    }

    /** Every page of a list, following next_cursor. */
    async function walk(url: string): Promise<Summary[]> {
      const out: Summary[] = [];
      let cursor: string | null = null;
      for (let pages = 0; pages < 100; pages++) {
        const res = await api(cursor ? `${url}&cursor=${cursor}` : url);
        assert.equal(res.statusCode, 200, res.body);
        const body = res.json() as { data: Summary[]; next_cursor: string | null };
        out.push(...body.data);
        cursor = body.next_cursor;
        if (!cursor) return out;
      }
      throw new Error('more than 100 pages');
    }

    before(async () => {
      t = await buildTestApp(dialect);
      await createMembers(t.db);
      admin = await signedIn(t.app, 'admin@example.com');
      const created = await admin('POST', '/admin/api/api-keys', { name: 'Partner app' });
      assert.equal(created.statusCode, 201, created.body);
      secret = created.json().secret;
      doc = (await t.app.inject('/api/v1/openapi.json')).json();

      const n = t.newsroom;
      // 30 Ukrainian stories 10 minutes apart; every third in Economy, every fourth tagged Energy,
      // every fifth by Taras.
      for (let i = 0; i < 30; i++) {
        await n.story({
          section: i % 3 === 0 ? 'economy' : 'politics',
          tags: i % 4 === 0 ? ['energy'] : ['kyiv'],
          authors: i % 5 === 0 ? ['taras', 'olena'] : ['olena'],
          versions: { uk: { publishedAt: minutesAgo(60 + i * 10), headline: `Новина ${i}` } },
        });
      }
      // Three stories published at the same moment: pages must split them by id, without loss.
      sameMoment = [];
      for (let i = 0; i < 3; i++) sameMoment.push(await n.story({ tags: ['energy'], versions: { uk: { publishedAt: minutesAgo(125) } } }));
      // One story in two languages, its Russian version still a draft.
      translated = await n.story({ tags: ['energy'], versions: { uk: { publishedAt: minutesAgo(5) }, en: { publishedAt: minutesAgo(4) }, ru: { status: 'draft' } } });
      withImage = await n.story({
        versions: { en: { publishedAt: minutesAgo(3), body: [paragraph('Text.'), { type: 'image', mediaId: n.photo, caption: 'Own caption' }], source: { text: 'Agency', links: [{ text: 'Agency', url: 'https://agency.example/' }] } } },
      });
      // Never visible: a draft, one in review, a scheduled one, an unpublished one, and one
      // marked published with a moment still to come.
      hidden.push(await n.story({ tags: ['energy'], versions: { uk: { status: 'draft' } } }));
      hidden.push(await n.story({ versions: { uk: { status: 'review' } } }));
      hidden.push(await n.story({ tags: ['energy'], authors: ['taras'], versions: { uk: { status: 'scheduled', publishedAt: new Date(NOW.getTime() + 3_600_000) } } }));
      hidden.push(await n.story({ tags: ['energy'], versions: { uk: { status: 'unpublished', publishedAt: minutesAgo(30) }, en: { status: 'unpublished', publishedAt: minutesAgo(30) } } }));
      hidden.push(await n.story({ versions: { uk: { publishedAt: new Date(NOW.getTime() + 60_000) } } }));
    });
    after(() => t?.destroy());

    test('stories: the default edition, newest first, only what readers see', async () => {
      const res = await api('/api/v1/stories?limit=100');
      assert.equal(res.statusCode, 200);
      const { data, next_cursor } = res.json() as { data: Summary[]; next_cursor: string | null };
      assert.equal(next_cursor, null);
      assert.equal(data.length, 30 + 3 + 1);
      assert.ok(data.every((s) => s.lang === 'uk'));
      const times = data.map((s) => Date.parse(s.published_at));
      assert.deepEqual(times, [...times].sort((a, b) => b - a));
      assert.equal(data[0]!.id, translated);
      assert.ok(data[0]!.url.startsWith(`${BASE_URL}/news/`), data[0]!.url);
      assert.match(data[0]!.published_at, /\+02:00$/);
      for (const id of hidden) assert.ok(!data.some((s) => s.id === id), `story ${id} is not public`);
      assert.equal(res.headers['cache-control'], 'private, max-age=60');
      assert.match(String(res.headers.vary), /Authorization/);
      assert.match(String(res.headers.vary), /X-Api-Key/);
    });

    test('stories: lang picks the edition', async () => {
      const en = (await api('/api/v1/stories?lang=en')).json().data as Summary[];
      assert.deepEqual(en.map((s) => s.id), [withImage, translated]);
      assert.ok(en[1]!.url.startsWith(`${BASE_URL}/en/news/`));
      const ru = (await api('/api/v1/stories?lang=ru')).json();
      assert.deepEqual(ru, { data: [], next_cursor: null });
    });

    test('stories: section, tag, author filters and their combination', async () => {
      const economy = await walk('/api/v1/stories?section=ekonomika&limit=5');
      assert.equal(economy.length, 10);
      assert.ok(economy.every((s) => s.section?.slug === 'ekonomika'));

      const energy = await walk('/api/v1/stories?tag=enerhetyka&limit=4');
      assert.equal(energy.length, 8 + 3 + 1);
      assert.ok(energy.every((s) => s.tags.some((x) => x.slug === 'enerhetyka')));
      assert.ok(!energy.some((s) => hidden.includes(s.id)));

      const taras = await walk('/api/v1/stories?author=taras-melnyk&limit=4');
      assert.equal(taras.length, 6);
      assert.ok(taras.every((s) => s.authors.some((a) => a.slug === 'taras-melnyk')));

      // Energy (i % 4 == 0) and Taras (i % 5 == 0): i = 0 and 20.
      const both = await walk('/api/v1/stories?tag=enerhetyka&author=taras-melnyk&limit=1');
      assert.equal(both.length, 2);
      const sectionAndTag = await walk('/api/v1/stories?tag=enerhetyka&section=ekonomika&limit=2');
      // i % 12 == 0 → 0, 12, 24
      assert.equal(sectionAndTag.length, 3);
    });

    test('stories: date range by day and by moment', async () => {
      const all = await walk('/api/v1/stories?limit=100');
      // Stories published from 2 to 4 hours before NOW: [from, to).
      const from = minutesAgo(240).toISOString();
      const to = minutesAgo(120).toISOString();
      const ranged = await walk(`/api/v1/stories?from=${from}&to=${to}&limit=3`);
      const expected = all.filter((s) => Date.parse(s.published_at) >= Date.parse(from) && Date.parse(s.published_at) < Date.parse(to));
      assert.deepEqual(ranged.map((s) => s.id), expected.map((s) => s.id));
      assert.ok(ranged.length > 5);
      // With an offset instead of Z.
      const offset = await api(`/api/v1/stories?from=${encodeURIComponent('2025-03-01T14:22:00+02:00')}&limit=100`);
      assert.ok((offset.json().data as Summary[]).every((s) => Date.parse(s.published_at) >= Date.parse('2025-03-01T12:22:00Z')));
      // A day in Kyiv: 1 March 2025 is 28 Feb 22:00Z to 1 Mar 22:00Z; the whole newsroom is in it.
      assert.equal((await walk('/api/v1/stories?from=2025-03-01&to=2025-03-01&limit=100')).length, all.length);
      assert.equal((await walk('/api/v1/stories?to=2025-02-28&limit=100')).length, 0);
      assert.equal((await walk('/api/v1/stories?from=2025-03-02&limit=100')).length, 0);
    });

    test('keyset pages walk every story once, without gaps, in every list', async () => {
      for (const [filter, pageSize] of [['', 7], ['&tag=enerhetyka', 2], ['&author=olena-koval', 5], ['&section=polityka', 1]] as const) {
        const full = (await api(`/api/v1/stories?limit=100${filter}`)).json().data as Summary[];
        const paged = await walk(`/api/v1/stories?limit=${pageSize}${filter}`);
        assert.deepEqual(paged.map((s) => s.id), full.map((s) => s.id), `pages of "${filter}"`);
        assert.equal(new Set(paged.map((s) => s.id)).size, paged.length);
      }
      // The three stories of one moment come out by id, descending, even split across pages.
      const energy = await walk('/api/v1/stories?tag=enerhetyka&limit=1');
      const order = energy.map((s) => s.id).filter((id) => sameMoment.includes(id));
      assert.deepEqual(order, [...sameMoment].sort((a, b) => b - a));
    });

    test('stories: bad queries are clean 400s', async () => {
      for (const q of ['limit=0', 'limit=101', 'limit=100000', 'limit=abc', 'lang=xx', 'from=yesterday', 'to=2025-3-1', 'from=2025-02-30', 'from=2025-13-01T00:00:00Z', 'from=2025-03-01&to=2025-02-01']) {
        assertError(await api(`/api/v1/stories?${q}`), 400, 'BAD_REQUEST');
      }
      for (const q of ['section=nope', 'tag=nope', 'author=nope', 'section=politics' /* the English slug, asked in Ukrainian */]) {
        assertError(await api(`/api/v1/stories?${q}`), 400, 'UNKNOWN_FILTER');
      }
      assertError(await api('/api/v1/stories?lang=en&section=politika'), 400, 'UNKNOWN_FILTER');
    });

    test('malformed cursors answer 400 INVALID_CURSOR', async () => {
      const cursors = [
        'abc!',
        'x'.repeat(500),
        b64('not json'),
        b64('[]'),
        b64('null'),
        b64('{}'),
        b64(JSON.stringify({ p: '2025-03-01T10:00:00.000Z' })),
        b64(JSON.stringify({ p: '2025-03-01T10:00:00.000Z', i: -1 })),
        b64(JSON.stringify({ p: '2025-03-01T10:00:00.000Z', i: 1.5 })),
        b64(JSON.stringify({ p: '2025-03-01T10:00:00.000Z', i: '5' })),
        b64(JSON.stringify({ p: 'yesterday', i: 5 })),
        b64(JSON.stringify({ p: '2025-03-01', i: 5 })),
        b64(JSON.stringify({ p: '2025-03-01T10:00:00.000Z', i: 5, x: 1 })),
        b64(JSON.stringify({ t: 3 })),
      ];
      for (const c of cursors) assertError(await api(`/api/v1/stories?cursor=${encodeURIComponent(c)}`), 400, 'INVALID_CURSOR');
      for (const c of ['abc!', b64('{"t":0}'), b64(JSON.stringify({ p: '2025-03-01T10:00:00.000Z', i: 5 }))]) {
        assertError(await api(`/api/v1/tags?cursor=${encodeURIComponent(c)}`), 400, 'INVALID_CURSOR');
      }
    });

    test('formats other than JSON and unknown parameters get a clear 4xx', async () => {
      for (const accept of ['application/xml', 'text/html', 'application/rss+xml, text/xml;q=0.9', 'application/json;q=0']) {
        assertError(await api('/api/v1/stories', { accept }), 406, 'NOT_ACCEPTABLE');
      }
      for (const accept of ['application/json', 'text/html, application/json;q=0.9', '*/*', 'application/*']) {
        assert.equal((await api('/api/v1/stories', { accept })).statusCode, 200, accept);
      }
      const format = await api('/api/v1/stories?lang=en&format=xml');
      assertError(format, 400, 'UNKNOWN_PARAMETER');
      assert.match(format.json().error.message, /"format".*lang/);
      assertError(await api('/api/v1/stories?sectoin=politics'), 400, 'UNKNOWN_PARAMETER');
      assertError(await api('/api/v1/sections?page=2'), 400, 'UNKNOWN_PARAMETER');
    });

    test('one story: every published version, never drafts', async () => {
      const res = await api(`/api/v1/stories/${translated}`);
      assert.equal(res.statusCode, 200);
      const story = res.json().data;
      assert.equal(story.id, translated);
      assert.deepEqual(story.versions.map((v: { lang: string }) => v.lang), ['uk', 'en']);
      const [uk, en] = story.versions;
      assert.equal(uk.url, `${BASE_URL}/news/2025/03/01/${translated}/`);
      assert.equal(en.url, `${BASE_URL}/en/news/2025/03/01/${translated}/`);
      assert.equal(en.section.name, 'Politics');
      assert.equal(en.tags[0].url, `${BASE_URL}/en/tags/energy/`);
      assert.equal(en.authors[0].url, `${BASE_URL}/en/authors/olena-koval/`);
      assert.deepEqual(uk.body, [paragraph('Один.'), paragraph('Два.'), paragraph('Три.')]);
      // The same body as HTML, parsed: the paragraphs, nothing of the page around them.
      const $ = cheerio.load(uk.body_html);
      assert.deepEqual($('p').map((_, p) => $(p).text()).get(), ['Один.', 'Два.', 'Три.']);
      assert.equal($('script, aside, nav, .ad-slot').length, 0);
      assert.equal(uk.lead_image.url, `${BASE_URL}/media/demo/photo-1-1200.jpg`);
      assert.equal(uk.lead_image.variants[0].url, `${BASE_URL}/media/demo/photo-1-400.jpg`);
      assert.equal(uk.lead_image.credit, 'Фото: Агенція');
      assert.equal(uk.update_note, null);

      const pictured = (await api(`/api/v1/stories/${withImage}`)).json().data.versions[0];
      assert.equal(pictured.body[1].type, 'image');
      assert.equal(pictured.body_images[0].id, pictured.body[1].mediaId);
      assert.equal(pictured.body_images[0].url, `${BASE_URL}/media/demo/photo-1-1200.jpg`);
      assert.equal(pictured.source.links[0].url, 'https://agency.example/');

      for (const id of [...hidden, 999_999]) assertError(await api(`/api/v1/stories/${id}`), 404, 'STORY_NOT_FOUND');
      for (const id of ['abc', '0', '-1', '1.5', '99999999999999999999']) assertError(await api(`/api/v1/stories/${id}`), 400, 'BAD_REQUEST');
    });

    test('sections, authors and tags, named in every language', async () => {
      const sections = (await api('/api/v1/sections')).json().data;
      assert.deepEqual(sections.map((s: { id: number }) => s.id), [t.newsroom.sections.politics, t.newsroom.sections.economy]);
      assert.deepEqual(sections[0].translations.en, { name: 'Politics', slug: 'politics', url: `${BASE_URL}/en/sections/politics/` });
      assert.equal(sections[0].translations.uk.url, `${BASE_URL}/sections/polityka/`);

      const authors = (await api('/api/v1/authors')).json().data;
      assert.equal(authors.length, 2);
      assert.equal(authors[0].translations.ru.name, 'Елена Коваль');
      assert.equal(authors[0].translations.en.url, `${BASE_URL}/en/authors/olena-koval/`);
      assert.equal(authors[0].photo, null);

      const first = (await api('/api/v1/tags?limit=1')).json();
      assert.equal(first.data.length, 1);
      assert.equal(first.data[0].translations.en.slug, 'energy');
      assert.equal(first.data[0].translations.uk.url, `${BASE_URL}/tags/enerhetyka/`);
      const second = (await api(`/api/v1/tags?limit=1&cursor=${first.next_cursor}`)).json();
      assert.equal(second.data[0].translations.en.slug, 'kyiv');
      assert.equal(second.next_cursor, null);
      assert.equal((await api('/api/v1/tags')).json().data.length, 2);
      assertError(await api('/api/v1/tags?limit=101'), 400, 'BAD_REQUEST');
    });

    test('keys: missing, unknown, malformed and revoked keys get 401; both headers work', async () => {
      assertError(await api('/api/v1/stories', {}, null), 401, 'API_KEY_REQUIRED');
      assert.match(String((await api('/api/v1/stories', {}, null)).headers['www-authenticate']), /^Bearer/);
      assertError(await api('/api/v1/stories', { authorization: 'Basic dXNlcjpwYXNz' }, null), 401, 'API_KEY_REQUIRED');
      assertError(await api('/api/v1/stories?key=' + secret, {}, null), 401, 'API_KEY_REQUIRED');
      assertError(await api('/api/v1/stories', {}, `mh_${'A'.repeat(43)}`), 401, 'API_KEY_INVALID');
      assertError(await api('/api/v1/stories', {}, 'nonsense'), 401, 'API_KEY_INVALID');
      assertError(await api('/api/v1/stories', { 'x-api-key': 'nonsense' }, null), 401, 'API_KEY_INVALID');
      assert.equal((await api('/api/v1/stories', { 'x-api-key': secret }, null)).statusCode, 200);

      const other = (await admin('POST', '/admin/api/api-keys', { name: 'Soon revoked' })).json();
      assert.equal((await api('/api/v1/sections', {}, other.secret)).statusCode, 200);
      assert.equal((await admin('DELETE', `/admin/api/api-keys/${other.key.id}`)).statusCode, 200);
      // Revoked through this process: refused at once, although the key was just looked up.
      assertError(await api('/api/v1/sections', {}, other.secret), 401, 'API_KEY_INVALID');
      // The key in use is recorded as used.
      const used = (await admin('GET', '/admin/api/api-keys')).json().keys.find((k: { name: string }) => k.name === 'Partner app');
      assert.equal(used.lastUsedAt, NOW.toISOString());
    });

    test('conditional GET: the ETag comes back as 304 without a body', async () => {
      for (const url of ['/api/v1/stories', `/api/v1/stories/${translated}`, '/api/v1/sections', '/api/v1/authors', '/api/v1/tags']) {
        const first = await api(url);
        const etag = String(first.headers.etag);
        assert.match(etag, /^"[^"]+"$/);
        const again = await api(url, { 'if-none-match': etag });
        assert.equal(again.statusCode, 304, url);
        assert.equal(again.body, '');
        assert.equal((await api(url, { 'if-none-match': '"other"' })).statusCode, 200);
      }
    });

    test('CORS: any origin, preflight answered without a key', async () => {
      const pre = await t.app.inject({
        method: 'OPTIONS',
        url: '/api/v1/stories?lang=en',
        headers: { origin: 'https://partner.example', 'access-control-request-method': 'GET', 'access-control-request-headers': 'authorization, x-api-key, if-none-match' },
      });
      assert.ok(pre.statusCode === 204 || pre.statusCode === 200, String(pre.statusCode));
      assert.equal(pre.headers['access-control-allow-origin'], '*');
      assert.equal(pre.headers['access-control-allow-credentials'], undefined);
      assert.match(String(pre.headers['access-control-allow-methods']), /GET/);
      const allowed = String(pre.headers['access-control-allow-headers']).toLowerCase();
      for (const h of ['authorization', 'x-api-key', 'if-none-match']) assert.ok(allowed.includes(h), h);

      const get = await api('/api/v1/sections', { origin: 'https://partner.example' });
      assert.equal(get.headers['access-control-allow-origin'], '*');
      const exposed = String(get.headers['access-control-expose-headers']).toLowerCase();
      for (const h of ['etag', 'ratelimit-limit', 'ratelimit-remaining', 'retry-after']) assert.ok(exposed.includes(h), h);
      // Errors carry CORS headers too, so browsers can read them.
      assert.equal((await api('/api/v1/sections', { origin: 'https://partner.example' }, null)).headers['access-control-allow-origin'], '*');
    });

    test('rate limit per key: 429 RATE_LIMITED with Retry-After once the minute is used up', async () => {
      const tiny = (await admin('POST', '/admin/api/api-keys', { name: 'Tiny', requestsPerMinute: 2 })).json();
      const first = await api('/api/v1/sections', {}, tiny.secret);
      assert.equal(first.statusCode, 200);
      assert.equal(first.headers['ratelimit-limit'], '2');
      assert.equal(first.headers['ratelimit-remaining'], '1');
      assert.equal((await api('/api/v1/sections', {}, tiny.secret)).statusCode, 200);
      const limited = await api('/api/v1/sections', {}, tiny.secret);
      assertError(limited, 429, 'RATE_LIMITED');
      assert.ok(Number(limited.headers['retry-after']) > 0);
      assert.equal(limited.headers['ratelimit-remaining'], '0');
      // Other keys are not affected.
      assert.equal((await api('/api/v1/sections')).statusCode, 200);
    });

    test('unknown addresses and methods under /api/v1 answer JSON', async () => {
      assertError(await api('/api/v1/nope'), 404, 'NOT_FOUND');
      assertError(await api('/api/v1/stories/1/comments'), 404, 'NOT_FOUND');
      assertError(await api('/api/v1/nope', {}, null), 404, 'NOT_FOUND');
      assertError(await api('/api/v1'), 404, 'NOT_FOUND');
      // Malformed URLs fail before routing; they still answer the API's JSON.
      assertError(await api('/api/v1/%zz'), 400, 'BAD_REQUEST');
      assertError(await api(`/api/v1/stories/${'9'.repeat(300)}`), 404, 'NOT_FOUND');
      for (const method of ['POST', 'PUT', 'DELETE', 'PATCH'] as const) {
        const res = await t.app.inject({ method, url: '/api/v1/stories', headers: { authorization: `Bearer ${secret}` }, payload: {} });
        assertError(res, 405, 'METHOD_NOT_ALLOWED');
        assert.match(String(res.headers.allow), /GET/);
      }
    });

    test('admin key routes: admins create, list and revoke; the secret is shown once', async () => {
      const created = await admin('POST', '/admin/api/api-keys', { name: '  Mobile app ', requestsPerMinute: 120 });
      assert.equal(created.statusCode, 201);
      const { key, secret: s } = created.json();
      assert.match(s, /^mh_[A-Za-z0-9_-]{43}$/);
      assert.equal(key.name, 'Mobile app');
      assert.equal(key.requestsPerMinute, 120);
      assert.ok(s.startsWith(key.prefix));
      const listed = await admin('GET', '/admin/api/api-keys');
      assert.ok(!listed.body.includes(s), 'the list never shows a secret');
      assert.ok(listed.json().keys.some((k: { id: number }) => k.id === key.id));
      const stored = await t.db.db.selectFrom('api_keys').selectAll().where('id', '=', key.id).executeTakeFirstOrThrow();
      assert.notEqual(stored.key_hash, s);
      assert.equal(stored.key_hash.length, 64);

      const revoked = await admin('DELETE', `/admin/api/api-keys/${key.id}`);
      assert.equal(revoked.statusCode, 200);
      assert.equal(revoked.json().key.revokedAt, NOW.toISOString());
      assertError(await admin('DELETE', '/admin/api/api-keys/999999'), 404, 'API_KEY_NOT_FOUND');
      assert.equal((await admin('POST', '/admin/api/api-keys', { name: '' })).statusCode, 400);
      assert.equal((await admin('POST', '/admin/api/api-keys', { name: 'x', requestsPerMinute: 0 })).statusCode, 400);

      const audit = await t.db.db.selectFrom('audit_log').select(['action', 'subject']).where('subject', '=', `api-key:${key.id}`).orderBy('id').execute();
      assert.deepEqual(audit.map((a) => a.action), ['api-key.create', 'api-key.revoke']);

      const editor = await signedIn(t.app, 'editor@example.com');
      assertError(await editor('GET', '/admin/api/api-keys'), 403, 'NOT_PERMITTED');
      assertError(await editor('POST', '/admin/api/api-keys', { name: 'Sneaky' }), 403, 'NOT_PERMITTED');
      assertError(await editor('DELETE', `/admin/api/api-keys/${key.id}`), 403, 'NOT_PERMITTED');
      // Without the CSRF token an admin change is refused too.
      const cookie = (await t.app.inject({ method: 'POST', url: '/admin/api/session', payload: { email: 'admin@example.com', password: 'correct horse battery staple' } })).cookies.find((c) => c.name === 'mh_session')!.value;
      const noCsrf = await t.app.inject({ method: 'POST', url: '/admin/api/api-keys', cookies: { mh_session: cookie }, payload: { name: 'No token' } });
      assertError(noCsrf, 403, 'CSRF_REJECTED');
      const docPaths = Object.keys((await t.app.inject('/admin/api/openapi.json')).json().paths);
      assert.ok(docPaths.includes('/api-keys') && docPaths.includes('/api-keys/{id}'));
    });

    test('search: inflected words find published stories only, with summaries and marked matches', async () => {
      // Added here, after the list tests, so their counts stay as they are.
      const n = t.newsroom;
      const found = await n.story({
        tags: ['energy'],
        authors: ['taras'],
        versions: {
          uk: { publishedAt: minutesAgo(2), headline: 'Переговори у Києві тривали до ночі', body: [paragraph('Делегації домовилися про обмін полоненими.')] },
          en: { publishedAt: minutesAgo(2), headline: 'Negotiations in Kyiv lasted until late at night', body: [paragraph('The delegations agreed on a prisoner exchange.')] },
          ru: { status: 'draft', headline: 'Переговоры в Киеве', body: [paragraph('Делегации договорились.')] },
        },
      });
      const older = await n.story({ section: 'economy', versions: { uk: { publishedAt: minutesAgo(600), headline: 'Переговори про газ відклали', body: [paragraph('Нових переговорів цього тижня не буде.')] } } });
      const draft = await n.story({ versions: { uk: { status: 'draft', headline: 'Переговори, яких ще не було' } } });
      const scheduled = await n.story({ versions: { uk: { status: 'scheduled', publishedAt: new Date(NOW.getTime() + 3_600_000), headline: 'Переговори завтра' } } });
      type Hit = Summary & { headline: string; headline_highlighted: { text: string; match: boolean }[]; snippet: { text: string; match: boolean }[] };

      const res = await api(`/api/v1/search?q=${encodeURIComponent('переговорів')}`);
      assert.equal(res.statusCode, 200, res.body);
      const body = res.json() as { data: Hit[]; total: number; total_is_exact: boolean; page: number; per_page: number; empty: boolean; truncated: boolean };
      assert.deepEqual(body.data.map((h) => h.id).sort(), [found, older].sort());
      assert.deepEqual({ ...body, data: undefined }, { data: undefined, total: 2, total_is_exact: true, page: 1, per_page: 20, empty: false, truncated: false, suggestion: null });
      assert.ok(body.data.every((h) => h.lang === 'uk'));
      const hit = body.data.find((h) => h.id === found)!;
      assert.equal(hit.headline_highlighted.map((p) => p.text).join(''), hit.headline);
      assert.deepEqual(hit.headline_highlighted.filter((p) => p.match).map((p) => p.text), ['Переговори']);
      assert.ok(hit.snippet.some((p) => p.text.includes('Делегації')));
      assert.deepEqual(hit.tags.map((x) => x.slug), ['enerhetyka']);
      assert.deepEqual(hit.authors.map((a) => a.slug), ['taras-melnyk']);
      assert.equal(hit.section?.slug, 'polityka');
      assert.ok(hit.url.startsWith(`${BASE_URL}/news/`));
      for (const id of [draft, scheduled, ...hidden]) assert.ok(!body.data.some((h) => h.id === id), `story ${id} is not public`);

      // Newest first; the English edition; every language (the Russian draft never).
      assert.deepEqual((await api(`/api/v1/search?q=${encodeURIComponent('переговори')}&sort=date`)).json().data.map((h: Hit) => h.id), [found, older]);
      const en = (await api('/api/v1/search?q=negotiated&lang=en')).json().data as Hit[];
      assert.deepEqual(en.map((h) => [h.id, h.lang]), [[found, 'en']]);
      assert.ok(en[0]!.url.startsWith(`${BASE_URL}/en/news/`));
      assert.deepEqual((await api(`/api/v1/search?q=${encodeURIComponent('переговоры')}&lang=ru`)).json().data, []);
      const all = (await api(`/api/v1/search?q=${encodeURIComponent('переговорів')}&lang=all`)).json().data as Hit[];
      assert.deepEqual(all.map((h) => h.id).sort(), [found, older].sort());
      assert.ok(!all.some((h) => h.lang === 'ru'));

      // Filters (slugs in the edition; across all languages, in the default one), days and pages.
      assert.deepEqual((await api(`/api/v1/search?q=${encodeURIComponent('переговори')}&tag=enerhetyka`)).json().data.map((h: Hit) => h.id), [found]);
      assert.deepEqual((await api(`/api/v1/search?q=${encodeURIComponent('переговори')}&section=ekonomika&lang=all`)).json().data.map((h: Hit) => h.id), [older]);
      assert.equal((await api(`/api/v1/search?q=${encodeURIComponent('переговори')}&from=2025-03-01&to=2025-03-01`)).json().total, 2);
      assert.equal((await api(`/api/v1/search?q=${encodeURIComponent('переговори')}&to=2025-02-28`)).json().total, 0);
      const paged = (await api(`/api/v1/search?q=${encodeURIComponent('переговори')}&sort=date&limit=1&page=2`)).json();
      assert.deepEqual([paged.data.map((h: Hit) => h.id), paged.total, paged.page, paged.per_page], [[older], 2, 2, 1]);

      // Nothing to search for: an empty answer, not an error. Hostile input is just text.
      for (const q of ['', '%20%20']) {
        const empty = await api(`/api/v1/search?q=${q}`);
        assert.equal(empty.statusCode, 200, empty.body);
        assert.deepEqual({ data: empty.json().data, empty: empty.json().empty, total: empty.json().total }, { data: [], empty: true, total: 0 });
      }
      const hostile = await api(`/api/v1/search?q=${encodeURIComponent('"*(NEAR AND OR'.repeat(100).slice(0, 1000))}&lang=all`);
      assert.equal(hostile.statusCode, 200, hostile.body);
      assert.equal(hostile.json().truncated, true);

      // Conditional GET, as everywhere.
      const url = `/api/v1/search?q=${encodeURIComponent('переговори')}`;
      assert.equal((await api(url, { 'if-none-match': String((await api(url)).headers.etag) })).statusCode, 304);

      // Bad requests are 400s, unknown slugs UNKNOWN_FILTER as on /stories.
      for (const q of ['', 'q=x&limit=500', 'q=x&limit=0', 'q=x&page=101', 'q=x&page=0', 'q=x&sort=views', 'q=x&lang=xx', 'q=x&from=2025-02-30', 'q=x&from=2025-03-01T00:00:00Z', 'q=x&from=2025-03-02&to=2025-03-01', `q=${'x'.repeat(1001)}`]) {
        assertError(await api(`/api/v1/search?${q}`), 400, 'BAD_REQUEST');
      }
      for (const q of ['q=x&section=nope', 'q=x&tag=energy' /* the English slug, asked in Ukrainian */, 'q=x&author=nope&lang=all', 'q=x&lang=en&section=polityka']) {
        assertError(await api(`/api/v1/search?${q}`), 400, 'UNKNOWN_FILTER');
      }
      assertError(await api('/api/v1/search?q=x&cursor=abc'), 400, 'UNKNOWN_PARAMETER');
    });

    test('the OpenAPI document is served without a key and describes every route it lists', async () => {
      const res = await t.app.inject('/api/v1/openapi.json');
      assert.equal(res.statusCode, 200);
      assert.match(String(res.headers['content-type']), /^application\/json/);
      assert.ok(res.headers.etag);
      const served = res.json();
      assert.equal(served.openapi, '3.0.3');
      assert.equal(served.servers[0].url, `${BASE_URL}/api/v1`);
      // Every operation has a full response schema, checked against real answers by the tests
      // above (each answer passes through checkAgainstDoc) …
      for (const [path, ops] of Object.entries(doc.paths)) {
        for (const [method, op] of Object.entries(ops)) {
          assert.ok(op.responses['200']?.content?.['application/json']?.schema, `${method} ${path} has a 200 schema`);
          for (const status of ['400', '401', '429']) assert.ok(op.responses[status], `${method} ${path} documents ${status}`);
        }
      }
      // … and every documented operation was exercised with a 200 answer.
      const documented = Object.entries(doc.paths).flatMap(([path, ops]) => Object.keys(ops).map((m) => `${m.toUpperCase()} ${path}`));
      assert.deepEqual([...exercised].sort(), documented.sort());
      assert.deepEqual(documented.sort(), ['GET /authors', 'GET /search', 'GET /sections', 'GET /stories', 'GET /stories/{id}', 'GET /tags']);
    });
  });
}

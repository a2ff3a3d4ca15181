import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { XMLParser } from 'fast-xml-parser';
import type { FastifyInstance } from 'fastify';
import { CompiledQuery, sql } from 'kysely';
import { validateXML } from 'xmllint-wasm';
import { buildApp } from '../src/app.js';
import { loadConfig } from '../src/config/config.js';
import { DEFAULT_SETTINGS } from '../src/domain/settings.js';
import type { SitemapLimits } from '../src/domain/sitemap.js';
import { ChangeEvents } from '../src/services/events/change-events.js';
import { changeVersionStatus } from '../src/services/editorial/change-version-status.js';
import { saveVersion } from '../src/services/editorial/save-version.js';
import type { EditorialDeps } from '../src/services/editorial/editorial-deps.js';
import { AuditRepository } from '../src/storage/audit-repository.js';
import { EditorialRepository } from '../src/storage/editorial-repository.js';
import { StoryProjection } from '../src/storage/projection.js';
import { BASE_URL } from './support/app.js';
import { DIALECTS, createTestDatabase, dialectSkip, type TestDatabase } from './support/databases.js';
import { NOW, buildNewsroom, type SmallNewsroom } from './support/newsroom.js';
import { cacheControl } from '../src/web/cache/page-cache.js';

const XSD = (name: string) => ({ fileName: name, contents: readFileSync(new URL(`./fixtures/xsd/${name}`, import.meta.url), 'utf8') });
const SCHEMAS = {
  index: { schema: XSD('siteindex.xsd'), preload: [] },
  urlset: { schema: XSD('urlset.xsd'), preload: [XSD('sitemap.xsd'), XSD('xhtml-link.xsd'), XSD('sitemap-news.xsd')] },
};

/** Validates against the sitemaps.org / Google News XSDs (libxml2 compiled to wasm: offline). */
async function assertValid(xml: string, kind: keyof typeof SCHEMAS): Promise<void> {
  const result = await validateXML({ xml: { fileName: 'sitemap.xml', contents: xml }, ...SCHEMAS[kind] });
  assert.ok(result.valid, `${kind} invalid: ${result.errors.map((e) => e.rawMessage).join('\n')}\n${xml.slice(0, 2000)}`);
}

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@_', isArray: (name) => ['url', 'sitemap', 'xhtml:link'].includes(name) });

interface ParsedUrl {
  loc: string;
  lastmod?: string;
  'xhtml:link'?: { '@_rel': string; '@_hreflang': string; '@_href': string }[];
  'news:news'?: any;
}

const HOUR = 3_600_000;
const at = (iso: string) => new Date(iso);

for (const dialect of DIALECTS) {
  describe(`sitemaps on ${dialect}`, await dialectSkip(dialect), () => {
    let db: TestDatabase;
    let n: SmallNewsroom;
    let app: FastifyInstance;
    let small: FastifyInstance;
    let mediaDir: string;
    let clock = NOW;
    let editorial: EditorialDeps;
    let editor: { id: number; role: 'editor' };
    const ids = {} as Record<'multi' | 'midnight' | 'february' | 'old' | 'january' | 'draft' | 'scheduled' | 'ahead' | 'unpublished' | 'april', number>;

    const get = (url: string, headers: Record<string, string> = {}, on = app) => on.inject({ method: 'GET', url, headers });
    async function xml(url: string, kind: keyof typeof SCHEMAS, on = app): Promise<any> {
      const res = await get(url, {}, on);
      assert.equal(res.statusCode, 200, `${url}: ${res.statusCode}`);
      assert.equal(res.headers['content-type'], 'application/xml; charset=utf-8');
      assert.equal(res.headers['cache-control'], cacheControl('page', false));
      await assertValid(res.body, kind);
      return parser.parse(res.body);
    }
    const indexLocs = async (on = app) => ((await xml('/sitemap.xml', 'index', on)).sitemapindex.sitemap as { loc: string; lastmod?: string }[]);
    const urls = async (url: string, on = app): Promise<ParsedUrl[]> => (await xml(url, 'urlset', on)).urlset.url ?? [];
    const monthRow = (lang: string, month: string) =>
      db.db.selectFrom('sitemap_months').selectAll().where('lang', '=', lang).where('month', '=', month).executeTakeFirst();

    before(async () => {
      db = await createTestDatabase(dialect);
      n = await buildNewsroom(db);
      await n.repos.settings.save({ ...DEFAULT_SETTINGS, siteName: { uk: 'Щоденник', ru: 'Ежедневник', en: 'The Daily & Co' } });
      const pub = (publishedAt: Date) => ({ status: 'published' as const, publishedAt });
      const hourAgo = pub(new Date(NOW.getTime() - HOUR));
      ids.multi = await n.story({
        tags: ['energy'],
        versions: { uk: hourAgo, ru: hourAgo, en: { ...hourAgo, headline: 'Budget <passed> & "signed"' } },
      });
      // 00:30 on 1 March in Kyiv, still 28 February in UTC: a March story.
      ids.midnight = await n.story({ versions: { uk: pub(at('2025-02-28T22:30:00Z')) } });
      // 23:30 on 28 February in Kyiv.
      ids.february = await n.story({ versions: { uk: pub(at('2025-02-28T21:30:00Z')) } });
      ids.old = await n.story({ versions: { ru: pub(new Date(NOW.getTime() - 49 * HOUR)) } });
      ids.january = await n.story({ authors: ['taras'], versions: { en: pub(at('2025-01-15T09:00:00Z')), uk: { status: 'draft' } } });
      ids.draft = await n.story({ versions: { uk: { status: 'draft' } } });
      ids.scheduled = await n.story({ versions: { uk: { status: 'scheduled', publishedAt: new Date(NOW.getTime() + 2 * HOUR) } } });
      // Imports may carry a published version dated ahead: it stays out until its time.
      ids.ahead = await n.story({ tags: ['kyiv'], versions: { uk: pub(new Date(NOW.getTime() + 3 * HOUR)) } });
      ids.unpublished = await n.story({ tags: ['kyiv'], versions: { en: { status: 'unpublished', publishedAt: at('2025-02-10T10:00:00Z') } } });
      ids.april = await n.story({ versions: { ru: pub(at('2025-04-02T10:00:00Z')) } });

      mediaDir = mkdtempSync(join(tmpdir(), 'masthead-sitemaps-'));
      const config = loadConfig({ NODE_ENV: 'test', BASE_URL, MEDIA_DIR: mediaDir });
      const events = new ChangeEvents();
      app = await buildApp(config, { database: db, now: () => clock, events });
      const limits: SitemapLimits = { urlsPerFile: 1, newsPerFile: 2 };
      small = await buildApp(config, { database: db, now: () => clock, events, sitemapLimits: limits });
      const user = await db.db
        .insertInto('users')
        .values({ email: 'eva@example.org', name: 'Eva Editor', role: 'editor', password_hash: 'x', author_id: null, created_at: NOW.toISOString() })
        .returning('id')
        .executeTakeFirstOrThrow();
      editor = { id: user.id, role: 'editor' };
      editorial = { db: db.db, audit: new AuditRepository(db.db), events, now: () => clock, timeZone: 'Europe/Kyiv' };
    });
    after(async () => {
      await app?.close();
      await small?.close();
      await db?.destroy();
      if (mediaDir) rmSync(mediaDir, { recursive: true, force: true });
    });

    test('robots.txt allows all but the newsroom and previews, and names both sitemaps', async () => {
      const res = await get('/robots.txt');
      assert.equal(res.statusCode, 200);
      assert.equal(res.headers['content-type'], 'text/plain; charset=utf-8');
      const lines = res.body.split('\n');
      assert.ok(lines.includes('User-agent: *'));
      assert.ok(lines.includes('Disallow: /admin/'));
      assert.ok(lines.includes('Disallow: /preview/'));
      assert.ok(lines.includes(`Sitemap: ${BASE_URL}/sitemap.xml`));
      assert.ok(lines.includes(`Sitemap: ${BASE_URL}/sitemap-news.xml`));
    });

    test('the index lists every month with published stories, each language, lists and news, with lastmod', async () => {
      const entries = await indexLocs();
      const locs = entries.map((e) => e.loc);
      const expected = [
        '/sitemap-uk-2025-03.xml', '/sitemap-uk-2025-02.xml', '/sitemap-ru-2025-03.xml', '/sitemap-ru-2025-02.xml',
        '/sitemap-en-2025-03.xml', '/sitemap-en-2025-01.xml', '/sitemap-news-1.xml',
        ...['uk', 'ru', 'en'].map((l) => `/sitemap-${l}-sections.xml`),
        ...['uk', 'ru', 'en'].map((l) => `/sitemap-${l}-tags.xml`),
        ...['uk', 'ru', 'en'].map((l) => `/sitemap-${l}-authors.xml`),
      ].map((p) => BASE_URL + p);
      assert.deepEqual([...locs].sort(), [...expected].sort());
      // The version published an hour ago, in Kyiv time with its offset.
      assert.equal(entries.find((e) => e.loc.endsWith('/sitemap-en-2025-03.xml'))?.lastmod, '2025-03-01T17:22:00+02:00');
      assert.equal(entries.find((e) => e.loc.endsWith('/sitemap-en-2025-01.xml'))?.lastmod, '2025-01-15T11:00:00+02:00');
      for (const e of entries.filter((x) => !x.loc.includes('-tags') && !x.loc.includes('-authors'))) assert.match(e.lastmod ?? '', /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$/);
      // No month ahead of now, though a version is stored for April.
      assert.ok(!locs.some((l) => l.includes('2025-04')));
    });

    test('a monthly sitemap lists its month (newsroom zone) newest first, with canonical loc and lastmod', async () => {
      const march = await urls('/sitemap-uk-2025-03.xml');
      assert.deepEqual(march.map((u) => u.loc), [
        `${BASE_URL}/news/2025/03/01/${ids.multi}/`,
        `${BASE_URL}/news/2025/03/01/${ids.midnight}/`,
      ]);
      assert.equal(march[0]!.lastmod, '2025-03-01T17:22:00+02:00');
      assert.equal(march[1]!.lastmod, '2025-03-01T00:30:00+02:00');
      const february = await urls('/sitemap-uk-2025-02.xml');
      assert.deepEqual(february.map((u) => u.loc), [`${BASE_URL}/news/2025/02/28/${ids.february}/`]);
      const en = await urls('/sitemap-en-2025-03.xml');
      assert.deepEqual(en.map((u) => u.loc), [`${BASE_URL}/en/news/2025/03/01/${ids.multi}/`]);
    });

    test('hreflang alternates: every language version, x-default, and reciprocal', async () => {
      const all = new Map<string, ParsedUrl>();
      for (const { loc } of await indexLocs()) {
        if (!/-\d{4}-\d{2}(-\d+)?\.xml$/.test(loc)) continue;
        for (const u of await urls(loc.slice(BASE_URL.length))) all.set(u.loc, u);
      }
      const multi = all.get(`${BASE_URL}/news/2025/03/01/${ids.multi}/`)!;
      const links = (u: ParsedUrl) => (u['xhtml:link'] ?? []).map((l) => `${l['@_rel']} ${l['@_hreflang']} ${l['@_href']}`).sort();
      assert.deepEqual(links(multi), [
        `alternate en ${BASE_URL}/en/news/2025/03/01/${ids.multi}/`,
        `alternate ru ${BASE_URL}/ru/news/2025/03/01/${ids.multi}/`,
        `alternate uk ${BASE_URL}/news/2025/03/01/${ids.multi}/`,
        `alternate x-default ${BASE_URL}/news/2025/03/01/${ids.multi}/`,
      ]);
      // Single-language stories carry none; the January story's Ukrainian draft is not an alternate.
      assert.equal(all.get(`${BASE_URL}/en/news/2025/01/15/${ids.january}/`)?.['xhtml:link'], undefined);
      for (const u of all.values()) {
        for (const l of u['xhtml:link'] ?? []) {
          if (l['@_hreflang'] === 'x-default') continue;
          const other = all.get(l['@_href']);
          assert.ok(other, `${l['@_href']} is listed in its own sitemap`);
          assert.deepEqual(links(other), links(u), `${u.loc} and ${other.loc} list the same alternates`);
        }
      }
    });

    test('section, tag and author sitemaps list pages with published stories in that language', async () => {
      const sections = await urls('/sitemap-en-sections.xml');
      assert.deepEqual(sections.map((u) => u.loc), [
        `${BASE_URL}/en/`, `${BASE_URL}/en/archive/`, `${BASE_URL}/en/sections/politics/`, `${BASE_URL}/en/sections/economy/`,
      ]);
      assert.equal(sections[0]!.lastmod, '2025-03-01T17:22:00+02:00');
      assert.equal(sections[3]!.lastmod, undefined);
      // "kyiv" has only a version dated ahead and an unpublished one: no tag page in the sitemap.
      assert.deepEqual((await urls('/sitemap-uk-tags.xml')).map((u) => [u.loc, u.lastmod]), [[`${BASE_URL}/tags/enerhetyka/`, '2025-03-01T17:22:00+02:00']]);
      assert.deepEqual((await urls('/sitemap-en-authors.xml')).map((u) => u.loc).sort(), [`${BASE_URL}/en/authors/olena-koval/`, `${BASE_URL}/en/authors/taras-melnyk/`]);
      assert.deepEqual((await urls('/sitemap-ru-authors.xml')).map((u) => u.loc), [`${BASE_URL}/ru/authors/olena-koval/`]);
    });

    test('the news sitemap: an index of parts with the last 48 hours in every language', async () => {
      const index = await xml('/sitemap-news.xml', 'index');
      assert.deepEqual(index.sitemapindex.sitemap.map((s: any) => s.loc), [`${BASE_URL}/sitemap-news-1.xml`]);
      const news = await urls('/sitemap-news-1.xml');
      const byLoc = new Map(news.map((u) => [u.loc, u['news:news']]));
      assert.deepEqual([...byLoc.keys()].sort(), [
        `${BASE_URL}/en/news/2025/03/01/${ids.multi}/`,
        `${BASE_URL}/news/2025/02/28/${ids.february}/`,
        `${BASE_URL}/news/2025/03/01/${ids.midnight}/`,
        `${BASE_URL}/news/2025/03/01/${ids.multi}/`,
        `${BASE_URL}/ru/news/2025/03/01/${ids.multi}/`,
      ].sort());
      const en = byLoc.get(`${BASE_URL}/en/news/2025/03/01/${ids.multi}/`);
      assert.deepEqual(en['news:publication'], { 'news:name': 'The Daily & Co', 'news:language': 'en' });
      assert.equal(en['news:publication_date'], '2025-03-01T17:22:00+02:00');
      assert.equal(en['news:title'], 'Budget <passed> & "signed"');
      assert.deepEqual(byLoc.get(`${BASE_URL}/ru/news/2025/03/01/${ids.multi}/`)['news:publication'], { 'news:name': 'Ежедневник', 'news:language': 'ru' });
      assert.deepEqual(byLoc.get(`${BASE_URL}/news/2025/03/01/${ids.midnight}/`)['news:publication'], { 'news:name': 'Щоденник', 'news:language': 'uk' });
      // Published 49 hours ago: in its monthly sitemap, not in the news.
      assert.ok(!news.some((u) => u.loc.includes(`/${ids.old}/`)));
      assert.ok((await urls('/sitemap-ru-2025-02.xml')).some((u) => u.loc.includes(`/${ids.old}/`)));
    });

    test('drafts, scheduled, future-dated and unpublished versions appear nowhere', async () => {
      const hidden = [ids.draft, ids.scheduled, ids.ahead, ids.unpublished, ids.april].map((id) => `/${id}/`);
      const files = ['/sitemap-news-1.xml', ...(await indexLocs()).map((e) => e.loc.slice(BASE_URL.length)).filter((p) => p !== '/sitemap-news-1.xml')];
      for (const file of files) {
        const body = (await get(file)).body;
        for (const h of hidden) assert.ok(!body.includes(h), `${file} does not list ${h}`);
      }
      // The January story's Ukrainian draft is no page: no January sitemap in Ukrainian.
      assert.equal((await get('/sitemap-uk-2025-01.xml')).statusCode, 404);
      assert.equal((await get('/sitemap-en-2025-02.xml')).statusCode, 404);
    });

    test('large months, lists and the news split into parts at the limits', async () => {
      const locs = (await indexLocs(small)).map((e) => e.loc.slice(BASE_URL.length));
      assert.ok(locs.includes('/sitemap-uk-2025-03.xml') && locs.includes('/sitemap-uk-2025-03-2.xml'));
      assert.ok(!locs.includes('/sitemap-uk-2025-03-3.xml'));
      assert.ok(['/sitemap-en-sections.xml', '/sitemap-en-sections-2.xml', '/sitemap-en-sections-3.xml', '/sitemap-en-sections-4.xml'].every((p) => locs.includes(p)));
      assert.deepEqual(locs.filter((p) => p.startsWith('/sitemap-news')), ['/sitemap-news-1.xml', '/sitemap-news-2.xml', '/sitemap-news-3.xml']);
      const first = await urls('/sitemap-uk-2025-03.xml', small);
      const second = await urls('/sitemap-uk-2025-03-2.xml', small);
      assert.deepEqual([...first, ...second].map((u) => u.loc), [`${BASE_URL}/news/2025/03/01/${ids.multi}/`, `${BASE_URL}/news/2025/03/01/${ids.midnight}/`]);
      assert.equal((await get('/sitemap-uk-2025-03-3.xml', {}, small)).statusCode, 404);
      const newsIndex = await xml('/sitemap-news.xml', 'index', small);
      assert.equal(newsIndex.sitemapindex.sitemap.length, 3);
      const parts = [await urls('/sitemap-news-1.xml', small), await urls('/sitemap-news-2.xml', small), await urls('/sitemap-news-3.xml', small)];
      assert.deepEqual(parts.map((p) => p.length), [2, 2, 1]);
      assert.equal((await get('/sitemap-news-4.xml', {}, small)).statusCode, 404);
    });

    test('conditional GET: 304 for a matching ETag or Last-Modified', async () => {
      for (const url of ['/sitemap.xml', '/sitemap-uk-2025-03.xml', '/sitemap-news.xml', '/sitemap-news-1.xml', '/sitemap-uk-tags.xml']) {
        const first = await get(url);
        assert.equal(first.statusCode, 200);
        assert.ok(first.headers['last-modified'], `${url} has Last-Modified`);
        assert.equal((await get(url, { 'if-none-match': String(first.headers.etag) })).statusCode, 304);
        assert.equal((await get(url, { 'if-modified-since': String(first.headers['last-modified']) })).statusCode, 304);
      }
    });

    test('malformed and out-of-range names get the 404 page', async () => {
      for (const url of [
        '/sitemap-uk-2025-13.xml', '/sitemap-uk-2025-00.xml', '/sitemap-uk-1800-01.xml', '/sitemap-xx-2025-03.xml', '/sitemap-uk-2025-3.xml',
        '/sitemap-uk-2025-03-0.xml', '/sitemap-uk-2025-03-1.xml', '/sitemap-uk-2025-03-2.xml', '/sitemap-uk-2025-03-99999999999.xml',
        '/sitemap-ru-2025-04.xml', '/sitemap-uk-2024-12.xml', '/sitemap-uk-9999-12.xml', '/sitemap-uk-2025-03.xml.gz', '/sitemap-uk-tags-2.xml',
        '/sitemap-uk-tags-1.xml', '/sitemap-xx-tags.xml', '/sitemap-news-0.xml', '/sitemap-news-2.xml', '/sitemap-news-01.xml', '/sitemap-foo.xml',
        '/sitemap-', `/sitemap-${'9'.repeat(150)}.xml`,
      ]) {
        const res = await get(url);
        assert.equal(res.statusCode, 404, url);
        assert.match(String(res.headers['content-type']), /^text\/html/, url);
      }
    });

    test('publishing and unpublishing show at once, in sitemap_months too', async () => {
      clock = new Date(NOW.getTime() + 10 * 60_000);
      const version = await new EditorialRepository(db.db).findVersion(ids.multi, 'en');
      await changeVersionStatus(editorial, editor, { storyId: ids.multi, lang: 'en', action: 'unpublish', lockVersion: (await lockOf(ids.multi, 'en')) });
      // No file any more; the row stays, empty, with the time of the change (feeds date by it).
      assert.equal((await monthRow('en', '2025-03'))?.url_count, 0);
      assert.ok(!(await indexLocs()).some((e) => e.loc.endsWith('/sitemap-en-2025-03.xml')));
      assert.equal((await get('/sitemap-en-2025-03.xml')).statusCode, 404);
      const uk = (await urls('/sitemap-uk-2025-03.xml'))[0]!;
      assert.deepEqual((uk['xhtml:link'] ?? []).map((l) => l['@_hreflang']), ['uk', 'ru', 'x-default']);
      assert.ok(!(await get('/sitemap-news-1.xml')).body.includes(`/en/news/2025/03/01/${ids.multi}/`));

      clock = new Date(NOW.getTime() + 20 * 60_000);
      await changeVersionStatus(editorial, editor, { storyId: ids.multi, lang: 'en', action: 'publish', lockVersion: await lockOf(ids.multi, 'en') });
      const row = await monthRow('en', '2025-03');
      assert.equal(row?.url_count, 1);
      assert.equal(new Date(row!.last_modified).toISOString(), clock.toISOString());
      // Republished with its first publication time: the same URL, a new lastmod.
      assert.equal(version?.publishedAt?.toISOString(), new Date(NOW.getTime() - HOUR).toISOString());
      const en = await urls('/sitemap-en-2025-03.xml');
      assert.deepEqual(en.map((u) => [u.loc, u.lastmod]), [[`${BASE_URL}/en/news/2025/03/01/${ids.multi}/`, '2025-03-01T18:42:00+02:00']]);
      const index = await indexLocs();
      assert.equal(index.find((e) => e.loc.endsWith('/sitemap-en-2025-03.xml'))?.lastmod, '2025-03-01T18:42:00+02:00');
      assert.ok((await get('/sitemap-news-1.xml')).body.includes(`/en/news/2025/03/01/${ids.multi}/`));

      // Unpublishing one of two: the month stays, its count drops and its time moves on.
      clock = new Date(NOW.getTime() + 30 * 60_000);
      await changeVersionStatus(editorial, editor, { storyId: ids.midnight, lang: 'uk', action: 'unpublish', lockVersion: await lockOf(ids.midnight, 'uk') });
      const march = await monthRow('uk', '2025-03');
      assert.equal(march?.url_count, 2); // the multi-language story and the one dated ahead
      assert.ok(new Date(march!.last_modified) >= clock);
      // The row may hold the time of the version dated ahead; the index shows no time past now.
      assert.equal((await indexLocs()).find((e) => e.loc.endsWith('/sitemap-uk-2025-03.xml'))?.lastmod, '2025-03-01T18:52:00+02:00');
      assert.ok(!(await get('/sitemap-uk-2025-03.xml')).body.includes(`/${ids.midnight}/`));
      clock = NOW;
    });

    test('unpublishing the newest story moves a feed\'s Last-Modified on, never back', async () => {
      const before = await get('/en/rss.xml');
      const lastModified = String(before.headers['last-modified']);
      const newest = /story\/(\d+)\/en</.exec(before.body)?.[1];
      assert.ok(newest, 'the feed has a newest story');
      clock = new Date(NOW.getTime() + 40 * 60_000);
      await changeVersionStatus(editorial, editor, { storyId: Number(newest), lang: 'en', action: 'unpublish', lockVersion: await lockOf(Number(newest), 'en') });
      // A client that sends only If-Modified-Since gets the changed feed, not a stale 304.
      const res = await app.inject({ method: 'GET', url: '/en/rss.xml', headers: { 'if-modified-since': lastModified } });
      assert.equal(res.statusCode, 200);
      assert.ok(!res.body.includes(`story/${newest}/en<`));
      assert.equal(res.headers['last-modified'], clock.toUTCString());
      assert.ok(Date.parse(String(res.headers['last-modified'])) > Date.parse(lastModified));
      await changeVersionStatus(editorial, editor, { storyId: Number(newest), lang: 'en', action: 'publish', lockVersion: await lockOf(Number(newest), 'en') });
      clock = NOW;
    });

    test('an update to a published story shows at once in its feed entry, sitemap lastmod and the index', async () => {
      const url = `${BASE_URL}/en/news/2025/03/01/${ids.multi}/`;
      const atomBefore = await get('/en/atom.xml');
      clock = new Date(NOW.getTime() + 50 * 60_000);
      const current = (await new EditorialRepository(db.db).findVersion(ids.multi, 'en'))!;
      await saveVersion(editorial, editor, {
        storyId: ids.multi, lang: 'en', lockVersion: current.lockVersion,
        headline: 'Budget signed into law', lead: current.lead, body: current.body, source: current.source, leadMediaId: current.leadMediaId,
      }, { note: 'The president signed the law.' });
      const stamp = '2025-03-01T19:12:00+02:00';
      // The feed: a new ETag, the new headline, `updated` at the time of the update.
      const atom = await get('/en/atom.xml', { 'if-none-match': String(atomBefore.headers.etag) });
      assert.equal(atom.statusCode, 200);
      const entry = ([] as any[]).concat(parser.parse(atom.body).feed.entry).find((e) => e.id === `tag:news.example.com,2025:story/${ids.multi}/en`);
      assert.equal(entry.title['#text'] ?? entry.title, 'Budget signed into law');
      assert.equal(entry.updated, stamp);
      assert.equal(atom.headers['last-modified'], clock.toUTCString());
      // The month's sitemap and the index carry the new modification time; the news sitemap the new title.
      assert.equal((await urls('/sitemap-en-2025-03.xml')).find((u) => u.loc === url)?.lastmod, stamp);
      assert.equal((await indexLocs()).find((e) => e.loc.endsWith('/sitemap-en-2025-03.xml'))?.lastmod, stamp);
      assert.ok((await get('/sitemap-news-1.xml')).body.includes('<news:title>Budget signed into law</news:title>'));
      clock = NOW;
    });

    test('a version that moves to another month is counted out of the old one and into the new', async () => {
      const repo = new EditorialRepository(db.db);
      const lock = await lockOf(ids.february, 'uk');
      const before = (await monthRow('uk', '2025-03'))!.url_count;
      // The repository writes the version; the projection, as every service runs it, the months.
      const project = () => new StoryProjection(db.db).project({ storyIds: [ids.february], langs: ['uk'], changedAt: NOW });
      assert.ok(await repo.updateVersion(ids.february, 'uk', lock, { publishedAt: at('2025-03-01T08:00:00Z') }, NOW));
      await project();
      assert.equal((await monthRow('uk', '2025-02'))?.url_count, 0);
      assert.equal((await monthRow('uk', '2025-03'))!.url_count, before + 1);
      assert.ok(await repo.updateVersion(ids.february, 'uk', lock + 1, { publishedAt: at('2025-02-28T21:30:00Z') }, NOW));
      await project();
      assert.equal((await monthRow('uk', '2025-02'))!.url_count, 1);
      assert.equal((await monthRow('uk', '2025-03'))!.url_count, before);
    });

    test('sitemap queries read indexes: no scan of story_versions or the listing tables', async () => {
      db.queries.length = 0;
      for (const url of ['/sitemap.xml', '/sitemap-uk-2025-03.xml', '/sitemap-news-1.xml', '/sitemap-uk-sections.xml', '/sitemap-uk-tags.xml', '/sitemap-en-authors.xml']) {
        assert.equal((await get(url)).statusCode, 200, url);
      }
      // The writer's recount as well.
      const lock = await lockOf(ids.february, 'uk');
      await new EditorialRepository(db.db).updateVersion(ids.february, 'uk', lock, {}, NOW);
      const selects = db.queries
        .map((e) => e.query)
        .filter((q) => /^select/i.test(q.sql) && /story_versions|_listings/.test(q.sql));
      assert.ok(selects.length >= 8);
      for (const q of selects) {
        if (dialect === 'sqlite') {
          const plan = await db.db.executeQuery<{ detail: string }>(CompiledQuery.raw(`explain query plan ${q.sql}`, [...q.parameters]));
          const scans = plan.rows.map((r) => r.detail).filter((d) => /^SCAN (story_versions|v|l|a)\b/.test(d));
          assert.deepEqual(scans, [], `${q.sql}\n${plan.rows.map((r) => r.detail).join('\n')}`);
        } else {
          const plan = await db.db.transaction().execute(async (trx) => {
            // Tiny test tables make any plan cheap: forbid sequential scans to see which index serves.
            await sql`set local enable_seqscan = off`.execute(trx);
            return trx.executeQuery<{ 'QUERY PLAN': string }>(CompiledQuery.raw(`explain ${q.sql}`, [...q.parameters]));
          });
          const text = plan.rows.map((r) => r['QUERY PLAN']).join('\n');
          assert.doesNotMatch(text, /Seq Scan on (story_versions|tag_listings|author_listings)/, `${q.sql}\n${text}`);
        }
      }
    });

    async function lockOf(storyId: number, lang: 'uk' | 'ru' | 'en'): Promise<number> {
      const row = await db.db.selectFrom('story_versions').select('lock_version').where('story_id', '=', storyId).where('lang', '=', lang).executeTakeFirstOrThrow();
      return row.lock_version;
    }
  });
}

import assert from 'node:assert/strict';
import { createServer, request, type IncomingHttpHeaders, type Server } from 'node:http';
import { after, before, describe, test } from 'node:test';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as cheerio from 'cheerio';
import { buildApp } from '../src/app.js';
import { loadConfig } from '../src/config/config.js';
import { startCachePurge } from '../src/jobs/purge-cache.js';
import { createTestDatabase, DIALECTS, dialectSkip } from './support/databases.js';
import { listenLocally } from './support/browser.js';
import { BASE_URL, buildTestApp, type TestApp } from './support/app.js';
import { createMembers, signedIn, type ApiCall } from './support/members.js';
import { buildNewsroom, NOW, paragraph } from './support/newsroom.js';
import { waitFor } from './support/ports.js';

interface Got {
  status: number;
  headers: IncomingHttpHeaders;
  raw: Buffer;
  /** The body decoded from whatever encoding it came in. */
  text: string;
}

/** One request on a fresh connection, without the decoding fetch() would do, so encodings show. */
function get(origin: string, path: string, headers: Record<string, string> = {}, method = 'GET'): Promise<Got> {
  return new Promise((resolve, reject) => {
    const req = request(`${origin}${path}`, { method, headers: { connection: 'close', ...headers } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        const raw = Buffer.concat(chunks);
        const encoding = res.headers['content-encoding'];
        const decoded = encoding === 'br' ? brotliDecompressSync(raw) : encoding === 'gzip' ? gunzipSync(raw) : raw;
        resolve({ status: res.statusCode!, headers: res.headers, raw, text: decoded.toString('utf8') });
      });
    });
    req.on('error', reject);
    req.end();
  });
}

const headline = (got: Got) => cheerio.load(got.text)('h1').first().text();
const streamHeadlines = (got: Got) => cheerio.load(got.text)('.stream a').map((_, a) => cheerio.load(a).text()).get().join('\n');

for (const dialect of DIALECTS) {
  describe(`page cache (${dialect})`, async () => {
    const skip = await dialectSkip(dialect);
    let t: TestApp;
    let origin: string;
    let editor: ApiCall;
    let stories: { politics: number; economy: number; energy: number };
    const article = (id: number) => `/news/2025/03/01/${id}/`;

    before(async () => {
      if (skip.skip) return;
      t = await buildTestApp(dialect);
      const n = t.newsroom;
      const at = new Date(NOW.getTime() - 3_600_000);
      stories = {
        politics: await n.story({ section: 'politics', tags: ['energy'], versions: { uk: { headline: 'Рада ухвалила бюджет', publishedAt: at }, en: { headline: 'Parliament passes the budget', publishedAt: at } } }),
        economy: await n.story({ section: 'economy', versions: { uk: { headline: 'Гривня зміцнилася', publishedAt: new Date(at.getTime() - 60_000) } } }),
        energy: await n.story({ section: 'economy', tags: ['energy'], versions: { uk: { headline: 'Енергетики відновили живлення', publishedAt: new Date(at.getTime() - 120_000) } } }),
      };
      await createMembers(t.db);
      editor = await signedIn(t.app, 'editor@example.com');
      origin = await listenLocally(t.app);
    });
    after(() => t?.destroy());

    /** Saves a new headline into the published uk version: readers see it at once. */
    async function retitle(storyId: number, text: string, lang: 'uk' | 'en' = 'uk') {
      const current = (await editor('GET', `/admin/api/stories/${storyId}`)).json().versions[lang];
      const res = await editor('PUT', `/admin/api/stories/${storyId}/versions/${lang}`, {
        lockVersion: current.lockVersion, headline: text, lead: current.lead, body: [paragraph('Абзац.')], source: null, leadMediaId: null,
      });
      assert.equal(res.statusCode, 200, res.body);
    }

    test('a page is rendered once, then served from memory with the same bytes, ETag and keys', skip, async () => {
      const first = await get(origin, article(stories.politics));
      assert.equal(first.status, 200);
      assert.equal(first.headers['x-cache'], 'miss');
      const second = await get(origin, article(stories.politics));
      assert.equal(second.headers['x-cache'], 'hit');
      assert.equal(second.text, first.text);
      assert.equal(second.headers.etag, first.headers.etag);
      assert.match(String(second.headers.etag), /^"[\w-]{32}"$/);
      assert.equal(second.headers['content-type'], 'text/html; charset=utf-8');
      // What every reader page carries, also when served from memory.
      assert.ok(second.headers['content-security-policy']);
      assert.equal(second.headers['x-content-type-options'], 'nosniff');
      const keys = String(second.headers['surrogate-key']).split(' ');
      for (const key of ['site', `s${stories.politics}`, 'latest-uk', `tag${t.newsroom.tags.energy}-uk`]) assert.ok(keys.includes(key), `${key} in ${keys}`);
      const cc = String(second.headers['cache-control']);
      assert.match(cc, /s-maxage=\d+/);
      assert.match(cc, /stale-while-revalidate=\d+/);
      assert.match(cc, /stale-if-error=\d+/);
      assert.match(String(second.headers.vary), /accept-encoding/i);
    });

    test('compressed once: brotli and gzip bodies decode to the same page; a matching ETag gets 304', skip, async () => {
      const path = article(stories.economy);
      const plain = await get(origin, path);
      const br = await get(origin, path, { 'accept-encoding': 'gzip, deflate, br' });
      const gz = await get(origin, path, { 'accept-encoding': 'gzip' });
      const refused = await get(origin, path, { 'accept-encoding': 'br;q=0, gzip;q=0' });
      assert.equal(br.headers['content-encoding'], 'br');
      assert.equal(gz.headers['content-encoding'], 'gzip');
      assert.equal(refused.headers['content-encoding'], undefined);
      assert.ok(br.raw.length < plain.raw.length / 2, 'brotli shrinks the page');
      for (const got of [br, gz, refused]) assert.equal(got.text, plain.text);
      assert.equal(Number(br.headers['content-length']), br.raw.length);

      const revalidated = await get(origin, path, { 'if-none-match': String(plain.headers.etag) });
      assert.equal(revalidated.status, 304);
      assert.equal(revalidated.raw.length, 0);
      assert.equal(revalidated.headers.etag, plain.headers.etag);
      const other = await get(origin, path, { 'if-none-match': '"something-else"' });
      assert.equal(other.status, 200);
      const head = await get(origin, path, {}, 'HEAD');
      assert.equal(head.status, 200);
      assert.equal(head.raw.length, 0);
      assert.equal(Number(head.headers['content-length']), plain.raw.length);
    });

    test('a page is compressed in the encoding a client asks for, and in another when first asked for it', skip, async () => {
      const path = article(stories.energy);
      const first = await get(origin, path, { 'accept-encoding': 'gzip' });
      assert.equal(first.headers['x-cache'], 'miss');
      assert.equal(first.headers['content-encoding'], 'gzip');
      const filed = t.app.pageCache.store.stats().bytes;
      // Several browsers at once: brotli is made for them from the kept copy, then kept too.
      const browsers = await Promise.all([1, 2, 3].map(() => get(origin, path, { 'accept-encoding': 'gzip, deflate, br' })));
      for (const got of browsers) {
        assert.equal(got.headers['x-cache'], 'hit');
        assert.equal(got.headers['content-encoding'], 'br');
        assert.equal(Number(got.headers['content-length']), got.raw.length);
        assert.equal(got.text, first.text);
      }
      const grown = t.app.pageCache.store.stats().bytes;
      assert.ok(grown > filed, `the brotli copy is counted in the cache's size (${filed} → ${grown})`);
      assert.ok(grown - filed < browsers[0]!.raw.length * 2, 'made once, not once per client');
      const plain = await get(origin, path, { 'accept-encoding': 'identity' });
      assert.equal(plain.headers['content-encoding'], undefined);
      assert.equal(plain.text, first.text);
      // The plain body is not kept (only the head of that form, for the hit lane).
      const after = t.app.pageCache.store.stats().bytes;
      assert.ok(after - grown < 2048 && plain.raw.length > 4096, `${grown} → ${after} for a body of ${plain.raw.length}`);
    });

    test('an update evicts exactly the pages that show the story: its article, lists and feeds, not the rest', skip, async () => {
      const politicsSection = '/sections/polityka/';
      const pages = [article(stories.economy), '/', '/rss.xml', '/sections/ekonomika/', politicsSection, `/en${article(stories.politics)}`];
      for (const path of pages) await get(origin, path);
      for (const path of pages) assert.equal((await get(origin, path)).headers['x-cache'], 'hit', path);

      await retitle(stories.economy, 'Гривня помітно зміцнилася');

      const updated = await get(origin, article(stories.economy));
      assert.equal(updated.headers['x-cache'], 'miss');
      assert.equal(headline(updated), 'Гривня помітно зміцнилася');
      const front = await get(origin, '/');
      assert.equal(front.headers['x-cache'], 'miss');
      assert.match(front.text, /Гривня помітно зміцнилася/);
      assert.match((await get(origin, '/rss.xml')).text, /Гривня помітно зміцнилася/);
      assert.match((await get(origin, '/sections/ekonomika/')).text, /Гривня помітно зміцнилася/);
      // The English article of another story shows no Ukrainian cards: it stays cached.
      assert.equal((await get(origin, `/en${article(stories.politics)}`)).headers['x-cache'], 'hit');
    });

    test('publishing a new story evicts the stream and every page that shows it, in that edition', skip, async () => {
      const uk = article(stories.politics);
      await get(origin, uk);
      await get(origin, '/en/');
      assert.equal((await get(origin, uk)).headers['x-cache'], 'hit');

      const created = await editor('POST', '/admin/api/stories', {
        kind: 'news', sectionId: t.newsroom.sections.politics, importance: 0, hasVideo: false, hasPhotos: false, tagIds: [], authorIds: [t.newsroom.authors.olena],
        version: { lang: 'uk', headline: 'Щойно: нова заява уряду', lead: 'Лід.', body: [paragraph('Абзац.')], source: null, leadMediaId: null },
      });
      assert.equal(created.statusCode, 201, created.body);
      const { storyId } = created.json();
      // Before it is published its address is a 404, which is kept briefly…
      const missing = await get(origin, `/news/2025/03/01/${storyId}/`);
      assert.equal(missing.status, 404);
      assert.equal((await get(origin, `/news/2025/03/01/${storyId}/`)).headers['x-cache'], 'hit');
      const published = await editor('POST', `/admin/api/stories/${storyId}/versions/uk/status`, { action: 'publish', lockVersion: 1 });
      assert.equal(published.json().status, 'published', published.body);

      // …and publishing replaces it, and puts the story into every Ukrainian page's stream.
      const page = await get(origin, `/news/2025/03/01/${storyId}/`);
      assert.equal(page.status, 200);
      assert.equal(headline(page), 'Щойно: нова заява уряду');
      const other = await get(origin, uk);
      assert.equal(other.headers['x-cache'], 'miss');
      assert.match(streamHeadlines(other), /Щойно: нова заява уряду/);
      // The English edition's stream has no Ukrainian story in it.
      assert.equal((await get(origin, '/en/')).headers['x-cache'], 'hit');
    });

    test('query strings: ignored unless the page reads them; search results keyed by their parameters', skip, async () => {
      await get(origin, '/sections/polityka/');
      const tracked = await get(origin, '/sections/polityka/?utm_source=social&fbclid=x');
      assert.equal(tracked.headers['x-cache'], 'hit');
      const page2 = await get(origin, '/sections/polityka/?page=2');
      assert.notEqual(page2.headers['x-cache'], 'hit');
      const q = '/search/?q=%D0%B1%D1%8E%D0%B4%D0%B6%D0%B5%D1%82';
      assert.equal((await get(origin, q)).headers['x-cache'], 'miss');
      assert.equal((await get(origin, `${q}&utm_campaign=a`)).headers['x-cache'], 'hit');
      assert.notEqual((await get(origin, `${q}&sort=date`)).headers['x-cache'], 'hit');
    });

    test('a photo’s new caption reaches the pages that show it', skip, async () => {
      const id = await t.newsroom.story({ versions: { uk: { headline: 'З фото', leadMediaId: t.newsroom.photo } } });
      const path = article(id);
      await get(origin, path);
      assert.equal((await get(origin, path)).headers['x-cache'], 'hit');
      const texts = { caption: 'Новий підпис до фото', credit: 'Фото: редакція', alt: 'Опис фото' };
      const res = await editor('PATCH', `/admin/api/media/${t.newsroom.photo}`, { uk: texts, ru: texts, en: texts });
      assert.equal(res.statusCode, 200, res.body);
      const page = await get(origin, path);
      assert.equal(page.headers['x-cache'], 'miss');
      assert.match(page.text, /Новий підпис до фото/);
    });

    test('a settings change empties the cache', skip, async () => {
      await get(origin, '/support/');
      assert.equal((await get(origin, '/support/')).headers['x-cache'], 'hit');
      t.app.changeEvents.emit({ type: 'settings-changed' });
      assert.equal((await get(origin, '/support/')).headers['x-cache'], 'miss');
    });
  });
}

describe('page cache under bad input', () => {
  test('thousands of invented addresses and queries stay within the budget and keep real pages cached', async () => {
    const t = await buildTestApp('sqlite', { pageCacheMb: 2 });
    try {
      const id = await t.newsroom.story({ versions: { uk: { headline: 'Стійка сторінка' } } });
      const origin = await listenLocally(t.app);
      const path = `/news/2025/03/01/${id}/`;
      await get(origin, path);
      for (let i = 0; i < 1500; i++) {
        const res = await get(origin, i % 2 ? `/no-such-page-${i}/` : `/search/?q=запит${i}`);
        assert.ok(res.status === 404 || res.status === 200, `${res.status}`);
      }
      const stats = t.app.pageCache.store.stats();
      assert.ok(stats.bytes <= 2 * 1024 * 1024, `${stats.bytes} bytes kept`);
      assert.equal((await get(origin, path)).headers['x-cache'], 'hit', 'the article outlived the flood');
    } finally {
      await t.destroy();
    }
  });

  test('with the cache off, pages still carry ETag, Cache-Control and Surrogate-Key for a CDN', async () => {
    const t = await buildTestApp('sqlite', { pageCacheMb: 0 });
    try {
      const id = await t.newsroom.story({ versions: { uk: { headline: 'Без кешу' } } });
      const origin = await listenLocally(t.app);
      for (const _ of [1, 2]) {
        const got = await get(origin, `/news/2025/03/01/${id}/`);
        assert.equal(got.headers['x-cache'], undefined);
        assert.ok(got.headers.etag);
        assert.match(String(got.headers['surrogate-key']), new RegExp(`\\bs${id}\\b`));
      }
    } finally {
      await t.destroy();
    }
  });
});

for (const dialect of DIALECTS) {
  describe(`pages compressed for one client, the cache off (${dialect})`, async () => {
    const skip = await dialectSkip(dialect);
    test('browsers get brotli, a client taking only gzip gets gzip, one refusing both the plain page', skip, async () => {
      const t = await buildTestApp(dialect, { pageCacheMb: 0 });
      try {
        const id = await t.newsroom.story({ versions: { uk: { headline: 'Стиснено для одного', body: [paragraph('Абзац про енергетику. '.repeat(80))] } } });
        const origin = await listenLocally(t.app);
        const path = `/news/2025/03/01/${id}/`;
        const plain = await get(origin, path);
        assert.equal(plain.status, 200);
        assert.equal(plain.headers['content-encoding'], undefined);
        assert.equal(headline(plain), 'Стиснено для одного');
        const cases: [string, string | undefined][] = [
          ['gzip, deflate, br, zstd', 'br'],
          ['gzip, br;q=0', 'gzip'],
          ['gzip', 'gzip'],
          ['br', 'br'],
          ['br;q=0, gzip;q=0', undefined],
          ['identity', undefined],
        ];
        for (const [accept, expected] of cases) {
          const got = await get(origin, path, { 'accept-encoding': accept });
          assert.equal(got.headers['content-encoding'], expected, accept);
          assert.equal(Number(got.headers['content-length']), got.raw.length, accept);
          assert.equal(got.text, plain.text, accept);
          assert.equal(got.headers.etag, plain.headers.etag, accept);
          if (expected) assert.ok(got.raw.length < plain.raw.length / 2, `${accept}: ${got.raw.length} of ${plain.raw.length} bytes`);
        }
      } finally {
        await t.destroy();
      }
    });
  });
}

describe('page cache with slow renders', () => {
  test('a client that leaves while waiting for an identical render does not block the address for others', async () => {
    let release!: () => void;
    let gate = new Promise<void>((resolve) => (release = resolve));
    let calls = 0;
    const db = await createTestDatabase('sqlite');
    await buildNewsroom(db);
    const mediaDir = mkdtempSync(join(tmpdir(), 'masthead-media-'));
    const app = await buildApp(loadConfig({ NODE_ENV: 'test', BASE_URL, MEDIA_DIR: mediaDir }), {
      database: db,
      now: () => NOW,
      search: async (r) => {
        calls++;
        await gate;
        return { empty: false, words: [r.q], truncated: false, hits: [], total: 0, totalIsExact: true, page: r.page, perPage: r.perPage };
      },
    });
    try {
      const origin = await listenLocally(app);
      const path = '/search/?q=%D0%BA%D0%B8%D1%97%D0%B2';
      const first = get(origin, path);
      await waitFor(() => calls > 0, 'the first render to begin');
      // The second client waits for the first render, then hangs up.
      const waiting = request(`${origin}${path}`, { headers: { connection: 'close' } });
      waiting.on('error', () => {});
      waiting.end();
      // No event tells that the second request is waiting inside the server: this gives it time to
      // arrive. The test holds either way (the address must still answer below).
      await new Promise((r) => setTimeout(r, 100));
      waiting.destroy();
      await new Promise((r) => setTimeout(r, 50));
      // A change during the render: its page is sent but not kept.
      app.changeEvents.emit({ type: 'settings-changed' });
      gate = Promise.resolve();
      release();
      assert.equal((await first).status, 200);
      const third = await Promise.race([get(origin, path), new Promise<'stuck'>((r) => setTimeout(() => r('stuck'), 3000))]);
      assert.notEqual(third, 'stuck', 'the address still answers');
      assert.equal((third as Got).status, 200);
    } finally {
      await app.close();
      await db.destroy();
      rmSync(mediaDir, { recursive: true, force: true });
    }
  });
});

describe('purge hook', () => {
  test('every change sends its keys to the purge URL once, from the process where it happened', async () => {
    const received: { method: string; keys: string; body: unknown }[] = [];
    const purger: Server = createServer((req, res) => {
      let body = '';
      req.on('data', (c) => (body += c));
      req.on('end', () => {
        received.push({ method: req.method!, keys: String(req.headers['surrogate-key']), body: JSON.parse(body) });
        res.end('ok');
      });
    });
    await new Promise<void>((resolve) => purger.listen(0, '127.0.0.1', resolve));
    const address = purger.address();
    const purgeUrl = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/purge`;
    const t = await buildTestApp('sqlite');
    const stop = startCachePurge({ events: t.app.changeEvents, url: purgeUrl, log: () => {} });
    try {
      t.app.changeEvents.emit({ type: 'front-page-changed', lang: 'en' });
      t.app.changeEvents.emit({ type: 'story-updated', storyId: 5, lang: 'uk', sectionId: 1, tagIds: [2], authorIds: [3] });
      await waitFor(() => received.length > 0, 'a purge');
      assert.equal(received[0]!.method, 'POST');
      // Changes close together go in one purge: the first carries both changes' keys.
      const keys = received[0]!.keys.split(' ');
      for (const key of ['front-en', 's5', 'section1-uk', 'tag2-uk', 'author3-uk', 'sitemaps', 'search']) assert.ok(keys.includes(key), key);
      assert.deepEqual((received[0]!.body as { keys: string[] }).keys.sort(), [...keys].sort());
    } finally {
      stop();
      await t.destroy();
      purger.close();
    }
  });
});

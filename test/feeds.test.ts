import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { validateXML } from 'xmllint-wasm';
import { LANGUAGES, type Lang } from '../src/domain/locale.js';
import type { Block } from '../src/domain/blocks.js';
import { DIALECTS, dialectSkip } from './support/databases.js';
import { BASE_URL, buildTestApp, getPage, type TestApp } from './support/app.js';
import { NOW } from './support/newsroom.js';
import { cacheControl } from '../src/web/cache/page-cache.js';

/**
 * Feeds: RSS 2.0, Atom 1.0 and JSON Feed 1.1 of every edition, section, tag and author, parsed
 * with a real XML parser (and Atom validated against the RFC 4287 RELAX NG grammar).
 */

const ATOM_RNG = readFileSync(new URL('./fixtures/atom/atom.rng', import.meta.url), 'utf8');
const hoursAgo = (h: number) => new Date(NOW.getTime() - h * 3_600_000);
const home: Record<Lang, string> = { uk: '/', ru: '/ru/', en: '/en/' };
const SLUGS: Record<Lang, { section: string; tag: string; author: string }> = {
  uk: { section: 'polityka', tag: 'enerhetyka', author: 'olena-koval' },
  ru: { section: 'politika', tag: 'energetika', author: 'olena-koval' },
  en: { section: 'politics', tag: 'energy', author: 'olena-koval' },
};
const FILES = ['rss.xml', 'atom.xml', 'feed.json', 'rss-full.xml', 'atom-full.xml', 'feed-full.json'] as const;
const typeOf = (file: string) =>
  file.startsWith('rss') ? 'application/rss+xml; charset=utf-8' : file.startsWith('atom') ? 'application/atom+xml; charset=utf-8' : 'application/feed+json; charset=utf-8';
/** Headlines of versions that must never be public. */
const HIDDEN = /DRAFT-MARK|SCHEDULED-MARK|UNPUBLISHED-MARK/;
const RFC822 = /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}:\d{2} [+-]\d{4}$/;
const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?[+-]\d{2}:\d{2}$/;

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  parseTagValue: false,
  parseAttributeValue: false,
  isArray: (name, jpath) =>
    ['item', 'entry', 'category', 'author', 'dc:creator', 'enclosure', 'media:content', 'atom:link'].includes(name) ||
    (name === 'link' && String(jpath).startsWith('feed.')),
});

function parseXml(body: string): any {
  assert.equal(XMLValidator.validate(body), true, 'well-formed XML');
  return parser.parse(body);
}

async function assertAtomValid(body: string, url: string): Promise<void> {
  const r = await validateXML({ xml: { fileName: 'feed.xml', contents: body }, schema: { fileName: 'atom.rng', contents: ATOM_RNG }, extension: 'relaxng' });
  assert.deepEqual(r.errors.map((e) => e.message), [], `${url} against RFC 4287`);
}

const absolute = (href: string) => assert.ok(href.startsWith(`${BASE_URL}/`), `absolute link: ${href}`);
const relativeOf = (href: string) => href.slice(BASE_URL.length);

/** What all three formats say about one item, for comparing them. */
interface ItemSummary {
  id: string;
  url: string;
  title: string;
  published: number;
}

function checkRss(doc: any, url: string, lang: Lang, full: boolean): ItemSummary[] {
  assert.equal(doc.rss['@version'], '2.0');
  const ch = doc.rss.channel;
  // RSS 2.0 required channel elements: title, link, description.
  assert.ok(ch.title, 'channel title');
  absolute(ch.link);
  assert.ok(typeof ch.description === 'string' && ch.description.length > 0, 'channel description');
  assert.equal(ch.language, lang);
  assert.match(ch.lastBuildDate, RFC822);
  const self = ch['atom:link'].find((l: any) => l['@rel'] === 'self');
  assert.equal(self['@href'], BASE_URL + url);
  assert.equal(self['@type'], 'application/rss+xml');
  const items: any[] = ch.item ?? [];
  return items.map((item) => {
    // RSS 2.0: an item has at least a title or a description.
    assert.ok(item.title || item.description);
    absolute(item.link);
    assert.equal(item.guid['@isPermaLink'], 'false');
    assert.match(item.guid['#text'], /^tag:news\.example\.com,2025:story\/\d+\/(uk|ru|en)$/);
    assert.match(item.pubDate, RFC822);
    assert.ok(!Number.isNaN(Date.parse(item.pubDate)));
    assert.equal('content:encoded' in item, full, 'full text only in the full variant');
    for (const e of item.enclosure ?? []) {
      absolute(e['@url']);
      // RSS 2.0: url, length (bytes) and type are all required.
      assert.match(e['@length'], /^\d+$/);
      assert.match(e['@type'], /^image\//);
    }
    return { id: item.guid['#text'], url: item.link, title: item.title, published: Date.parse(item.pubDate) };
  });
}

function checkAtom(doc: any, url: string, lang: Lang, full: boolean): ItemSummary[] {
  const feed = doc.feed;
  assert.equal(feed['@xmlns'], 'http://www.w3.org/2005/Atom');
  assert.equal(feed['@xml:lang'], lang);
  assert.match(feed.id, /^tag:news\.example\.com,2025:feed\//);
  assert.match(feed.updated, RFC3339);
  assert.equal(feed.link.find((l: any) => l['@rel'] === 'self')['@href'], BASE_URL + url);
  absolute(feed.link.find((l: any) => l['@rel'] === 'alternate')['@href']);
  const entries: any[] = feed.entry ?? [];
  return entries.map((e) => {
    // RFC 4287's Schematron rules: an author (here the feed has one too) and an alternate link.
    assert.ok(feed.author?.length || e.author?.length);
    const alternate = e.link.find((l: any) => l['@rel'] === 'alternate');
    absolute(alternate['@href']);
    assert.match(e.published, RFC3339);
    assert.match(e.updated, RFC3339);
    assert.ok(Date.parse(e.updated) >= Date.parse(e.published));
    assert.equal(e.content !== undefined, full);
    const title = typeof e.title === 'string' ? e.title : e.title['#text'];
    return { id: e.id, url: alternate['@href'], title, published: Date.parse(e.published) };
  });
}

function checkJson(doc: any, url: string, lang: Lang, full: boolean): ItemSummary[] {
  assert.equal(doc.version, 'https://jsonfeed.org/version/1.1');
  assert.equal(doc.feed_url, BASE_URL + url);
  absolute(doc.home_page_url);
  assert.equal(doc.language, lang);
  return doc.items.map((item: any) => {
    absolute(item.url);
    assert.match(item.date_published, RFC3339);
    assert.match(item.date_modified, RFC3339);
    assert.equal(typeof item.summary, 'string');
    assert.equal(typeof (full ? item.content_html : item.content_text), 'string');
    for (const a of item.authors ?? []) absolute(a.url);
    return { id: item.id, url: item.url, title: item.title, published: Date.parse(item.date_published) };
  });
}

for (const dialect of DIALECTS) {
  describe(`feeds on ${dialect}`, await dialectSkip(dialect), () => {
    let t: TestApp;
    let main: number;
    let earlier: number;
    const PHOTO_BYTES = 1234;

    before(async () => {
      t = await buildTestApp(dialect);
      const n = t.newsroom;
      // The test photo's file, so enclosures can state its real size.
      mkdirSync(join(t.mediaDir, 'demo'), { recursive: true });
      writeFileSync(join(t.mediaDir, 'demo/photo-1-1200.jpg'), Buffer.alloc(PHOTO_BYTES));
      earlier = await n.story({ section: 'politics', versions: { uk: { publishedAt: hoursAgo(30) }, ru: { publishedAt: hoursAgo(30) }, en: { publishedAt: hoursAgo(30), headline: 'An earlier story' } } });
      const body: Block[] = [
        { type: 'heading', level: 2, text: 'Context' },
        { type: 'paragraph', content: [{ type: 'text', text: 'Body text & more ' }, { type: 'link', text: 'a source', href: 'https://source.example.org/x?a=1&b=2' }] },
        { type: 'image', mediaId: n.photo },
        { type: 'video', provider: 'youtube', videoId: 'abc123', title: 'The video' },
        { type: 'embed', provider: 'x', url: 'https://x.com/someone/status/1', text: 'A post' },
        { type: 'related', storyId: earlier },
        { type: 'quote', content: [{ type: 'text', text: 'Quoted' }], cite: 'Someone' },
        { type: 'list', ordered: false, items: [[{ type: 'text', text: 'One' }]] },
      ];
      main = await n.story({
        section: 'politics',
        tags: ['energy', 'kyiv'],
        authors: ['olena', 'taras'],
        versions: Object.fromEntries(LANGUAGES.map((l) => [l, {
          headline: `Main story ${l} <b>&</b>`,
          lead: `Lead ${l}: A & B <i>not markup</i>`,
          body,
          publishedAt: hoursAgo(1),
          updatedAt: hoursAgo(0.5),
        }])),
      });
      // More than 50 in the uk edition and the economy section.
      for (let i = 0; i < 55; i++) {
        await n.story({ section: 'economy', versions: { uk: { publishedAt: hoursAgo(2 + i), headline: `Filler ${i}` } } });
      }
      const hidden = { section: 'politics' as const, tags: ['energy' as const], authors: ['olena' as const] };
      await n.story({ ...hidden, versions: Object.fromEntries(LANGUAGES.map((l) => [l, { status: 'draft' as const, headline: 'DRAFT-MARK' }])) });
      await n.story({ ...hidden, versions: Object.fromEntries(LANGUAGES.map((l) => [l, { status: 'scheduled' as const, publishedAt: new Date(NOW.getTime() + 3_600_000), headline: 'SCHEDULED-MARK' }])) });
      await n.story({ ...hidden, versions: Object.fromEntries(LANGUAGES.map((l) => [l, { status: 'unpublished' as const, publishedAt: hoursAgo(3), headline: 'UNPUBLISHED-MARK' }])) });
    });
    after(() => t?.destroy());

    const feedUrls = (lang: Lang) => {
      const s = SLUGS[lang];
      const bases = [home[lang], `${home[lang]}sections/${s.section}/`, `${home[lang]}tags/${s.tag}/`, `${home[lang]}authors/${s.author}/`];
      return bases.flatMap((b) => FILES.map((f) => `${b}${f}`));
    };

    for (const lang of LANGUAGES) {
      test(`${lang}: every feed parses, is valid, agrees across formats and shows only published stories`, async () => {
        const byBase = new Map<string, ItemSummary[]>();
        for (const url of feedUrls(lang)) {
          const res = await t.app.inject({ method: 'GET', url });
          assert.equal(res.statusCode, 200, url);
          const file = url.slice(url.lastIndexOf('/') + 1);
          assert.equal(res.headers['content-type'], typeOf(file), url);
          assert.equal(res.headers['cache-control'], cacheControl('page', false));
          assert.ok(res.headers.etag && res.headers['last-modified'], url);
          assert.doesNotMatch(res.body, HIDDEN, url);
          const full = file.includes('-full');
          let items: ItemSummary[];
          if (file.startsWith('rss')) items = checkRss(parseXml(res.body), url, lang, full);
          else if (file.startsWith('atom')) {
            await assertAtomValid(res.body, url);
            items = checkAtom(parseXml(res.body), url, lang, full);
          } else items = checkJson(JSON.parse(res.body), url, lang, full);
          assert.ok(items.length > 0, url);
          assert.ok(items.length <= 50, url);
          assert.equal(new Set(items.map((i) => i.id)).size, items.length, `unique ids in ${url}`);
          for (let i = 1; i < items.length; i++) assert.ok(items[i - 1]!.published >= items[i]!.published, `newest first in ${url}`);
          for (const i of items) assert.ok(i.id.endsWith(`/${lang}`) && i.url.startsWith(BASE_URL + home[lang]), url);
          // The same stories, ids and links in every format and variant of one subject.
          const base = url.slice(0, url.lastIndexOf('/') + 1);
          const seen = byBase.get(base);
          if (seen) assert.deepEqual(items.map((i) => [i.id, i.url]), seen.map((i) => [i.id, i.url]), url);
          else byBase.set(base, items);
        }
        // Stable ids: story id and language only.
        assert.equal(byBase.get(home[lang])![0]!.id, `tag:news.example.com,2025:story/${main}/${lang}`);
      });
    }

    test('an edition feed lists the latest 50, newest first', async () => {
      const doc = parseXml((await t.app.inject({ method: 'GET', url: '/rss.xml' })).body);
      const items = doc.rss.channel.item;
      assert.equal(items.length, 50);
      assert.match(items[0].title, /^Main story uk/);
      assert.equal(items[1].title, 'Filler 0');
      const section = parseXml((await t.app.inject({ method: 'GET', url: '/sections/ekonomika/atom.xml' })).body);
      assert.equal(section.feed.entry.length, 50);
    });

    test('channel and item fields: titles, authors, categories, enclosure, dates with offsets', async () => {
      const rss = parseXml((await t.app.inject({ method: 'GET', url: '/en/sections/politics/rss.xml' })).body).rss.channel;
      assert.equal(rss.title, 'Masthead — Politics');
      assert.equal(rss.link, `${BASE_URL}/en/sections/politics/`);
      const item = rss.item[0];
      assert.equal(item.title, 'Main story en <b>&</b>');
      assert.equal(item.link, `${BASE_URL}/en/news/2025/03/01/${main}/`);
      // The description is HTML: the plain-text lead arrives escaped for HTML.
      assert.equal(item.description, 'Lead en: A &amp; B &lt;i&gt;not markup&lt;/i&gt;');
      assert.equal(item.pubDate, 'Sat, 01 Mar 2025 17:22:00 +0200');
      assert.deepEqual(item['dc:creator'], ['Olena Koval', 'Taras Melnyk']);
      assert.deepEqual(item.category.map((c: any) => [c['#text'], c['@domain']]), [
        ['Politics', `${BASE_URL}/en/sections/`], ['Energy', `${BASE_URL}/en/tags/`], ['Kyiv', `${BASE_URL}/en/tags/`],
      ]);
      assert.deepEqual(item.enclosure[0], { '@url': `${BASE_URL}/media/demo/photo-1-1200.jpg`, '@length': String(PHOTO_BYTES), '@type': 'image/jpeg' });
      assert.equal(item['media:content'][0]['@medium'], 'image');
      assert.equal(rss.lastBuildDate, 'Sat, 01 Mar 2025 17:52:00 +0200');

      const atom = parseXml((await t.app.inject({ method: 'GET', url: '/en/tags/energy/atom.xml' })).body).feed;
      assert.equal(atom.title['#text'], 'Masthead — Energy');
      const entry = atom.entry[0];
      assert.equal(entry.published, '2025-03-01T17:22:00+02:00');
      assert.equal(entry.updated, '2025-03-01T17:52:00+02:00');
      assert.deepEqual(entry.author.map((a: any) => [a.name, a.uri]), [
        ['Olena Koval', `${BASE_URL}/en/authors/olena-koval/`], ['Taras Melnyk', `${BASE_URL}/en/authors/taras-melnyk/`],
      ]);
      assert.deepEqual(entry.category.map((c: any) => c['@label']), ['Politics', 'Energy', 'Kyiv']);
      const enclosure = entry.link.find((l: any) => l['@rel'] === 'enclosure');
      assert.equal(enclosure['@href'], `${BASE_URL}/media/demo/photo-1-1200.jpg`);
      assert.equal(enclosure['@length'], String(PHOTO_BYTES));

      const json = JSON.parse((await t.app.inject({ method: 'GET', url: '/ru/authors/olena-koval/feed.json' })).body);
      assert.equal(json.title, 'Masthead — Елена Коваль');
      const first = json.items[0];
      assert.equal(first.image, `${BASE_URL}/media/demo/photo-1-1200.jpg`);
      assert.deepEqual(first.authors.map((a: any) => a.name), ['Елена Коваль', 'Тарас Мельник']);
      assert.deepEqual(first.tags, ['Политика', 'Энергетика', 'Киев']);
      assert.equal(first.date_published, '2025-03-01T17:22:00+02:00');
    });

    test('full-text variants carry the body as HTML with absolute URLs and no ads', async () => {
      const rss = parseXml((await t.app.inject({ method: 'GET', url: '/en/rss-full.xml' })).body).rss.channel;
      assert.match(rss.title, /full text/);
      const html: string = rss.item[0]['content:encoded'];
      assert.match(html, /<h2>Context<\/h2>/);
      assert.match(html, /<p>Body text &amp; more <a href="https:\/\/source\.example\.org\/x\?a=1&amp;b=2" rel="noopener">a source<\/a><\/p>/);
      assert.match(html, new RegExp(`<img src="${BASE_URL}/media/demo/photo-1-1200\\.jpg"`));
      assert.match(html, /https:\/\/www\.youtube\.com\/watch\?v=abc123/);
      assert.match(html, /https:\/\/x\.com\/someone\/status\/1/);
      assert.match(html, new RegExp(`<a href="${BASE_URL}/en/news/2025/02/28/${earlier}/">An earlier story</a>`));
      assert.doesNotMatch(html, /ad-slot|src="\/|href="\//);
      const atom = parseXml((await t.app.inject({ method: 'GET', url: '/en/atom-full.xml' })).body).feed;
      assert.equal(atom.entry[0].content['@type'], 'html');
      assert.equal(atom.entry[0].content['#text'], html);
      const json = JSON.parse((await t.app.inject({ method: 'GET', url: '/en/feed-full.json' })).body);
      assert.equal(json.items[0].content_html, html);
    });

    test('conditional GET: 304 for a matching ETag or a fresh If-Modified-Since', async () => {
      const first = await t.app.inject({ method: 'GET', url: '/ru/atom.xml' });
      const etag = first.headers.etag as string;
      const lastModified = first.headers['last-modified'] as string;
      assert.equal(lastModified, new Date(hoursAgo(0.5)).toUTCString());
      const byEtag = await t.app.inject({ method: 'GET', url: '/ru/atom.xml', headers: { 'if-none-match': etag } });
      assert.equal(byEtag.statusCode, 304);
      assert.equal(byEtag.body, '');
      const byDate = await t.app.inject({ method: 'GET', url: '/ru/atom.xml', headers: { 'if-modified-since': lastModified } });
      assert.equal(byDate.statusCode, 304);
      const older = await t.app.inject({ method: 'GET', url: '/ru/atom.xml', headers: { 'if-modified-since': new Date(hoursAgo(2)).toUTCString() } });
      assert.equal(older.statusCode, 200);
      const otherEtag = await t.app.inject({ method: 'GET', url: '/ru/atom.xml', headers: { 'if-none-match': '"nope"' } });
      assert.equal(otherEtag.statusCode, 200);
    });

    test('unknown sections, tags and authors get the localized 404 page; query strings are ignored', async () => {
      for (const url of ['/sections/nope/rss.xml', '/en/tags/nope/atom.xml', '/ru/authors/nope/feed.json', '/en/sections/NOPE!/rss-full.xml', '/en/sections/polityka/rss.xml']) {
        const { res, $ } = await getPage(t.app, url);
        assert.equal(res.statusCode, 404, url);
        assert.match(res.headers['content-type'] as string, /^text\/html/);
        assert.equal($('html').attr('lang'), url.startsWith('/en/') ? 'en' : url.startsWith('/ru/') ? 'ru' : 'uk');
      }
      const plain = await t.app.inject({ method: 'GET', url: '/en/rss.xml' });
      const query = await t.app.inject({ method: 'GET', url: '/en/rss.xml?page=abc&x=<y>' });
      assert.equal(query.statusCode, 200);
      assert.equal(query.body, plain.body);
    });

    test('autodiscovery links on pages point to feeds that answer 200', async () => {
      const article = `/en/news/2025/03/01/${main}/`;
      const expectations: [string, string[]][] = [
        ['/', ['/rss.xml', '/atom.xml', '/feed.json']],
        ['/ru/', ['/ru/rss.xml', '/ru/atom.xml', '/ru/feed.json']],
        ['/en/sections/politics/', ['/en/sections/politics/rss.xml', '/en/sections/politics/atom.xml', '/en/sections/politics/feed.json', '/en/rss.xml']],
        ['/tags/enerhetyka/', ['/tags/enerhetyka/rss.xml', '/tags/enerhetyka/atom.xml', '/tags/enerhetyka/feed.json', '/rss.xml']],
        ['/ru/authors/olena-koval/', ['/ru/authors/olena-koval/rss.xml', '/ru/authors/olena-koval/atom.xml', '/ru/authors/olena-koval/feed.json', '/ru/rss.xml']],
        [article, ['/en/rss.xml']],
        ['/en/archive/', ['/en/rss.xml']],
      ];
      for (const [page, feeds] of expectations) {
        const { res, $ } = await getPage(t.app, page);
        assert.equal(res.statusCode, 200, page);
        const links = $('head link[rel=alternate][type]').map((_, l) => ({ type: $(l).attr('type')!, title: $(l).attr('title')!, href: $(l).attr('href')! })).get();
        assert.deepEqual(links.map((l) => relativeOf(l.href)), feeds, page);
        for (const l of links) {
          absolute(l.href);
          assert.ok(l.title.length > 0);
          const feed = await t.app.inject({ method: 'GET', url: relativeOf(l.href) });
          assert.equal(feed.statusCode, 200, l.href);
          assert.equal(feed.headers['content-type'], `${l.type}; charset=utf-8`, l.href);
        }
      }
    });

    test('a feed of 50 stories takes a fixed number of queries (no query per story)', async () => {
      const count = async (url: string) => {
        // Counted cold: a settings change empties the reader memo, which keeps sections and settings.
        t.app.changeEvents.emit({ type: 'settings-changed' });
        t.db.queries.length = 0;
        assert.equal((await t.app.inject({ method: 'GET', url })).statusCode, 200);
        return t.db.queries.length;
      };
      // sections, settings, stories, authors, tags, media, the latest change in the months listed
      assert.equal(await count('/atom.xml'), 7);
      // + bodies, + stories named by "related" blocks
      assert.equal(await count('/rss-full.xml'), 9);
      // + the tag
      assert.equal(await count('/tags/enerhetyka/feed-full.json'), 10);
    });

    // Last: it adds a story.
    test('a story published now shows at once, with a new ETag', async () => {
      const before = await t.app.inject({ method: 'GET', url: '/en/rss.xml' });
      const fresh = await t.newsroom.story({ section: 'economy', versions: { en: { publishedAt: NOW, headline: 'Just published' } } });
      const afterRes = await t.app.inject({ method: 'GET', url: '/en/rss.xml', headers: { 'if-none-match': before.headers.etag as string } });
      assert.equal(afterRes.statusCode, 200);
      assert.notEqual(afterRes.headers.etag, before.headers.etag);
      const first = parseXml(afterRes.body).rss.channel.item[0];
      assert.equal(first.title, 'Just published');
      assert.equal(first.guid['#text'], `tag:news.example.com,2025:story/${fresh}/en`);
      assert.equal(afterRes.headers['last-modified'], NOW.toUTCString());
      // Unpublished again: gone from the next response, and the old ETag no longer matches.
      await t.db.db.updateTable('story_versions').set({ status: 'unpublished' }).where('story_id', '=', fresh).execute();
      const gone = await t.app.inject({ method: 'GET', url: '/en/rss.xml', headers: { 'if-none-match': afterRes.headers.etag as string } });
      assert.equal(gone.statusCode, 200);
      assert.doesNotMatch(gone.body, /Just published/);
    });
  });
}

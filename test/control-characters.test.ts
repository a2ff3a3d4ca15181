import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { DIALECTS, dialectSkip } from './support/databases.js';
import { buildTestApp, getPage, type TestApp } from './support/app.js';
import { createMembers, signedIn, type ApiCall } from './support/members.js';

/** What a client can send in JSON: NUL, BEL, ESC, two noncharacters and a lone surrogate. */
const DIRTY = '\u0000\u0007\u001b\ufffe\uffff\ud800';
const UNSAFE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFDD0-\uFDEF\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
/** A dirty value, as the field holds it once cleaned (the lone surrogate is marked by U+FFFD). */
const dirty = (word: string) => `${word.slice(0, 2)}${DIRTY}${word.slice(2)}`;
const cleaned = (word: string) => `${word.slice(0, 2)}\ufffd${word.slice(2)}`;

/** Every string anywhere in a parsed JSON answer that holds a character it must not. */
function unsafeStrings(value: unknown, path = '$', out: string[] = []): string[] {
  if (typeof value === 'string') {
    if (value.match(UNSAFE)) out.push(path);
  } else if (Array.isArray(value)) value.forEach((v, i) => unsafeStrings(v, `${path}[${i}]`, out));
  else if (value !== null && typeof value === 'object') for (const [k, v] of Object.entries(value)) unsafeStrings(v, `${path}.${k}`, out);
  return out;
}
const count = (text: string) => (text.match(UNSAFE) ?? []).length;

for (const dialect of DIALECTS) {
  describe(`control characters in newsroom text on ${dialect}`, await dialectSkip(dialect), () => {
    let t: TestApp;
    let admin: ApiCall;
    let meta: Record<string, unknown>;
    before(async () => {
      t = await buildTestApp(dialect);
      await createMembers(t.db);
      admin = await signedIn(t.app, 'admin@example.com');
      const n = t.newsroom;
      meta = { kind: 'news', sectionId: n.sections.politics, tagIds: [n.tags.energy], authorIds: [n.authors.olena], importance: 0, hasVideo: false, hasPhotos: false };
    });
    after(() => t?.destroy());

    const run = (word: string) => ({ type: 'text', text: dirty(word) });
    const version = () => ({
      headline: dirty('Headline'),
      lead: dirty('Lead'),
      body: [
        { type: 'paragraph', content: [run('Paragraph'), { type: 'link', text: dirty('Link'), href: 'https://example.com/a' }] },
        { type: 'heading', level: 2, text: dirty('Heading') },
        { type: 'quote', content: [run('Quote')], cite: dirty('Cite') },
        { type: 'list', ordered: false, items: [[run('Item')]] },
        { type: 'image', mediaId: t.newsroom.photo, caption: dirty('Caption'), credit: dirty('Credit'), alt: dirty('Alt') },
        { type: 'video', provider: 'youtube', videoId: 'abc', title: dirty('Video') },
        { type: 'embed', provider: 'x', url: 'https://x.com/a/status/1', text: dirty('Embed') },
      ],
      source: { text: dirty('Source'), links: [{ text: dirty('Outlet'), url: 'https://example.com/' }] },
      leadMediaId: null,
    });

    test('every text of a story version is stored, shown and syndicated without them', async () => {
      const created = await admin('POST', '/admin/api/stories', { ...meta, version: { lang: 'en', ...version() } });
      assert.equal(created.statusCode, 201, created.body);
      const { storyId, lockVersion } = created.json();
      const published = await admin('POST', `/admin/api/stories/${storyId}/versions/en/status`, { action: 'publish', lockVersion });
      assert.equal(published.statusCode, 200, published.body);
      const noted = await admin('PUT', `/admin/api/stories/${storyId}/versions/en`, { lockVersion: published.json().lockVersion, ...version(), note: dirty('Note') });
      assert.equal(noted.statusCode, 200, noted.body);

      const opened = await admin('GET', `/admin/api/stories/${storyId}`);
      const en = opened.json().versions.en;
      assert.deepEqual(unsafeStrings(opened.json()), []);
      assert.equal(en.headline, cleaned('Headline'));
      assert.equal(en.lead, cleaned('Lead'));
      assert.equal(en.updateNote, cleaned('Note'));
      assert.equal(en.source.text, cleaned('Source'));
      assert.equal(en.body[4].caption, cleaned('Caption'));
      const revisions = await admin('GET', `/admin/api/stories/${storyId}/versions/en/revisions`);
      assert.deepEqual(unsafeStrings(revisions.json()), []);

      const article = await getPage(t.app, `/en/news/2025/03/01/${storyId}/`);
      assert.equal(article.res.statusCode, 200);
      assert.equal(count(article.res.body), 0);
      assert.equal(article.$('h1').text().trim(), cleaned('Headline'));
      for (const feed of ['rss-full.xml', 'atom-full.xml', 'feed-full.json']) {
        const res = await t.app.inject({ method: 'GET', url: `/en/${feed}` });
        assert.equal(res.statusCode, 200, feed);
        assert.ok(res.body.includes(cleaned('Paragraph')), `${feed} has the story`);
        assert.equal(count(res.body), 0, feed);
      }
    });

    test('a headline of control characters alone is empty, and a link holding one is refused; nothing is stored', async () => {
      const before = (await admin('GET', '/admin/api/stories')).json().items.length;
      const empty = await admin('POST', '/admin/api/stories', { ...meta, version: { lang: 'en', ...version(), headline: DIRTY.slice(0, 5) } });
      assert.equal(empty.statusCode, 422);
      assert.equal(empty.json().error.code, 'INVALID_STORY');
      const body = [{ type: 'paragraph', content: [{ type: 'link', text: 'l', href: 'https://example.com/\u0000' }] }];
      const link = await admin('POST', '/admin/api/stories', { ...meta, version: { lang: 'en', ...version(), body } });
      assert.equal(link.statusCode, 422);
      assert.deepEqual(link.json().error.problems?.map((p: { path: string }) => p.path) ?? link.json().error.code, ['version.body[0].content[0].href']);
      const source = { text: 's', links: [{ text: 'l', url: 'https://example.com/\u0007' }] };
      const bad = await admin('POST', '/admin/api/stories', { ...meta, version: { lang: 'en', ...version(), source } });
      assert.equal(bad.statusCode, 422);
      assert.equal((await admin('GET', '/admin/api/stories')).json().items.length, before);
    });

    test('photo captions, credits and alt texts', async () => {
      const res = await admin('PATCH', `/admin/api/media/${t.newsroom.photo}`, { en: { caption: dirty('Caption'), credit: dirty('Credit'), alt: dirty('Alt') } });
      assert.equal(res.statusCode, 200, res.body);
      assert.deepEqual(unsafeStrings(res.json()), []);
      const library = await admin('GET', '/admin/api/media');
      assert.deepEqual(unsafeStrings(library.json()), []);
    });

    test('site settings: texts are cleaned, a link holding one is refused', async () => {
      const settings = (await admin('GET', '/admin/api/settings')).json();
      settings.siteName.en = dirty('Daily');
      settings.support.en.title = dirty('Support');
      settings.support.en.text = dirty('Text');
      const saved = await admin('PUT', '/admin/api/settings', settings);
      assert.equal(saved.statusCode, 200, saved.body);
      assert.deepEqual(unsafeStrings((await admin('GET', '/admin/api/settings')).json()), []);
      assert.equal((await admin('GET', '/admin/api/settings')).json().siteName.en, cleaned('Daily'));
      const front = await getPage(t.app, '/en/');
      assert.equal(count(front.res.body), 0);
      const refused = await admin('PUT', '/admin/api/settings', { ...settings, support: { ...settings.support, en: { ...settings.support.en, href: '/en/support/\u0000' } } });
      assert.equal(refused.statusCode, 400);
      assert.equal(refused.json().error.code, 'INVALID_REQUEST');
      assert.equal((await admin('GET', '/admin/api/settings')).json().support.en.href, settings.support.en.href);
    });

    test('people’s names and API key names', async () => {
      const made = await admin('POST', '/admin/api/users', { email: 'new@example.com', name: dirty('Olena'), role: 'author', password: 'a long enough password' });
      assert.equal(made.statusCode, 201, made.body);
      assert.equal(made.json().user.name, cleaned('Olena'));
      const renamed = await admin('PATCH', `/admin/api/users/${made.json().user.id}`, { name: dirty('Taras') });
      assert.equal(renamed.statusCode, 200, renamed.body);
      assert.equal(renamed.json().user.name, cleaned('Taras'));
      const blank = await admin('PATCH', `/admin/api/users/${made.json().user.id}`, { name: '\u0000\u0007' });
      assert.equal(blank.statusCode, 400);
      assert.equal(blank.json().error.code, 'INVALID_REQUEST');
      const key = await admin('POST', '/admin/api/api-keys', { name: dirty('Partner') });
      assert.equal(key.statusCode, 201, key.body);
      assert.equal(key.json().key.name, cleaned('Partner'));
      assert.deepEqual(unsafeStrings((await admin('GET', '/admin/api/users')).json()), []);
      assert.deepEqual(unsafeStrings((await admin('GET', '/admin/api/api-keys')).json()), []);
    });

    test('searches and filters holding them answer, never 500', async () => {
      // A lone surrogate cannot be percent-encoded: its UTF-8-shaped bytes stand in for it.
      const q = `${encodeURIComponent(`energy${DIRTY.slice(0, 5)}`)}%ED%A0%80`;
      const reader = await getPage(t.app, `/en/search/?q=${q}`);
      assert.equal(reader.res.statusCode, 200);
      assert.equal(count(reader.res.body), 0);
      const newsroom = await admin('GET', `/admin/api/stories/search?q=${q}`);
      assert.equal(newsroom.statusCode, 200, newsroom.body);
      const secret = (await admin('POST', '/admin/api/api-keys', { name: 'search' })).json().secret as string;
      const api = (url: string) => t.app.inject({ method: 'GET', url, headers: { 'x-api-key': secret } });
      const found = await api(`/api/v1/search?q=${q}`);
      assert.equal(found.statusCode, 200, found.body);
      assert.deepEqual(unsafeStrings(found.json()), []);
      for (const filter of ['tag', 'section', 'author']) {
        for (const url of [`/api/v1/stories?${filter}=a%00`, `/api/v1/search?q=energy&${filter}=a%00`]) {
          const res = await api(url);
          assert.equal(res.statusCode, 400, `${url}: ${res.body}`);
          assert.equal(res.json().error.code, 'UNKNOWN_FILTER');
        }
      }
    });
  });
}

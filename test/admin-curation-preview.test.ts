import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { DIALECTS, dialectSkip } from './support/databases.js';
import { buildTestApp, getPage, type TestApp } from './support/app.js';
import { createMembers, signedIn, type ApiCall } from './support/members.js';
import { NOW, paragraph } from './support/newsroom.js';

for (const dialect of DIALECTS) {
  describe(`front-page curation and previews on ${dialect}`, await dialectSkip(dialect), () => {
    let t: TestApp;
    let clock = NOW;
    let editor: ApiCall;
    let older: number;
    let newer: number;
    before(async () => {
      t = await buildTestApp(dialect, { now: () => clock });
      await createMembers(t.db, () => clock);
      editor = await signedIn(t.app, 'editor@example.com');
      older = await t.newsroom.story({ versions: { en: { publishedAt: new Date(NOW.getTime() - 20 * 3_600_000), headline: 'An older story worth pinning' } } });
      newer = await t.newsroom.story({ importance: 2, versions: { en: { publishedAt: new Date(NOW.getTime() - 3_600_000), headline: 'Todays top story' } } });
    });
    after(() => t?.destroy());

    const firstStoryLink = async () => (await getPage(t.app, '/en/')).$('main a[href*="/news/"]').first().attr('href');

    test('editors pin and order top stories per edition; pins lead the front page', async () => {
      assert.match((await firstStoryLink())!, new RegExp(`/${newer}/$`));
      const pinned = await editor('PUT', '/admin/api/front-pages/en', { storyIds: [older, newer] });
      assert.equal(pinned.statusCode, 200, pinned.body);
      assert.deepEqual(pinned.json().storyIds, [older, newer]);
      assert.match((await firstStoryLink())!, new RegExp(`/${older}/$`));
      // Other editions are untouched.
      assert.deepEqual((await editor('GET', '/admin/api/front-pages/uk')).json().storyIds, []);
      const author = await signedIn(t.app, 'author@example.com');
      assert.equal((await author('PUT', '/admin/api/front-pages/en', { storyIds: [] })).statusCode, 403);
      assert.equal((await editor('PUT', '/admin/api/front-pages/en', { storyIds: [1, 1] })).statusCode, 400);
      await editor('PUT', '/admin/api/front-pages/en', { storyIds: [] });
      assert.match((await firstStoryLink())!, new RegExp(`/${newer}/$`));
    });

    test('background links: set by editors, shown to readers in each edition, bad lists refused whole', async () => {
      const res = await editor('PUT', `/admin/api/stories/${newer}/background`, { storyIds: [older] });
      assert.equal(res.statusCode, 200, res.body);
      assert.deepEqual((await editor('GET', `/admin/api/stories/${newer}`)).json().background, [older]);
      const page = await getPage(t.app, `/en/news/2025/03/01/${newer}/`);
      assert.ok(page.$(`article .background a[href$="/${older}/"]`).length === 1);
      const bad = await editor('PUT', `/admin/api/stories/${newer}/background`, { storyIds: [newer, 99999999, older, older] });
      assert.equal(bad.statusCode, 422);
      assert.deepEqual(bad.json().error.problems.map((p: { path: string }) => p.path).sort(), ['storyIds[0]', 'storyIds[1]', 'storyIds[3]']);
      assert.deepEqual((await editor('GET', `/admin/api/stories/${newer}`)).json().background, [older]);
    });

    test('a private preview shows a draft as readers will see it; the public URL stays a 404', async () => {
      const meta = { kind: 'news', sectionId: t.newsroom.sections.politics, tagIds: [], authorIds: [t.newsroom.authors.olena], importance: 0, hasVideo: false, hasPhotos: false };
      const { storyId } = (await editor('POST', '/admin/api/stories', { ...meta, version: { lang: 'ru', headline: 'Черновик для предпросмотра', lead: 'Лид.', body: [paragraph('Текст.')], source: null, leadMediaId: null } })).json();
      const link = await editor('POST', `/admin/api/stories/${storyId}/versions/ru/preview`);
      assert.equal(link.statusCode, 200, link.body);
      const { path, url } = link.json();
      assert.ok(url.endsWith(path));
      const preview = await getPage(t.app, path);
      assert.equal(preview.res.statusCode, 200);
      assert.equal(preview.$('h1').text(), 'Черновик для предпросмотра');
      assert.equal(preview.$('html').attr('lang'), 'ru');
      assert.equal(preview.$('meta[name=robots]').attr('content'), 'noindex, nofollow');
      assert.match(String(preview.res.headers['cache-control']), /no-store/);
      assert.equal((await t.app.inject(`/ru/news/2025/03/01/${storyId}/`)).statusCode, 404);
      // A tampered token, and the same token a week later, show nothing.
      const [payload, signature] = path.split('/')[2].split('.');
      const forged = Buffer.from(JSON.stringify([older, 'en', Date.now() + 1e9])).toString('base64url');
      assert.equal((await t.app.inject(`/preview/${forged}.${signature}/`)).statusCode, 404);
      assert.equal((await t.app.inject(`/preview/${payload}.x${signature}/`)).statusCode, 404);
      clock = new Date(NOW.getTime() + 8 * 86_400_000);
      assert.equal((await t.app.inject(path)).statusCode, 404);
      clock = NOW;
      const contributor = await signedIn(t.app, 'contributor@example.com');
      assert.equal((await contributor('POST', `/admin/api/stories/${storyId}/versions/ru/preview`)).statusCode, 403);
    });
  });
}

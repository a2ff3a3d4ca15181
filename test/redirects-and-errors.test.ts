import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { DIALECTS, dialectSkip } from './support/databases.js';
import { buildTestApp, getPage, type TestApp } from './support/app.js';

for (const dialect of DIALECTS) {
  describe(`redirects, 404s and bad input on ${dialect}`, await dialectSkip(dialect), () => {
    let t: TestApp;
    let id: number;
    before(async () => {
      t = await buildTestApp(dialect);
      // Published 1 March 2025, 17:22 Kyiv.
      id = await t.newsroom.story({ versions: { uk: {}, en: {}, ru: { status: 'draft' } } });
    });
    after(() => t?.destroy());

    test('the canonical article URL answers 200', async () => {
      const res = await t.app.inject(`/en/news/2025/03/01/${id}/`);
      assert.equal(res.statusCode, 200);
      assert.equal((await t.app.inject(`/news/2025/03/01/${id}/`)).statusCode, 200);
    });

    test('wrong date, wrong kind and a missing slash redirect permanently to the canonical URL', async () => {
      for (const url of [`/en/news/2024/12/31/${id}/`, `/en/articles/2025/03/01/${id}/`, `/en/columns/2025/03/02/${id}/`]) {
        const res = await t.app.inject(url);
        assert.equal(res.statusCode, 301, url);
        assert.equal(res.headers.location, `/en/news/2025/03/01/${id}/`);
      }
      const slashless = await t.app.inject(`/en/news/2025/03/01/${id}`);
      assert.equal(slashless.statusCode, 301);
      assert.equal(slashless.headers.location, `/en/news/2025/03/01/${id}/`);
      const prefixed = await t.app.inject(`/uk/news/2025/03/01/${id}/`);
      assert.equal(prefixed.statusCode, 301);
      assert.equal(prefixed.headers.location, `/news/2025/03/01/${id}/`);
    });

    test('an unpublished version and a missing language are 404 pages in that language', async () => {
      const { res, $ } = await getPage(t.app, `/ru/news/2025/03/01/${id}/`);
      assert.equal(res.statusCode, 404);
      assert.equal($('html').attr('lang'), 'ru');
      assert.match(res.headers['content-type'] as string, /text\/html/);
      assert.equal($('meta[name=robots]').attr('content'), 'noindex');
    });

    test('bad input gets a clean 4xx page, never a 500 or a stack trace', async () => {
      const cases: [string, number[]][] = [
        ['/de/', [404]],
        ['/xx/news/2025/03/01/1/', [404]],
        ['/en/news/2025/03/01/abc/', [404]],
        ['/en/news/2025/03/01/99999999999999999999/', [404]],
        ['/en/news/2025/02/30/1/', [404]],
        ['/en/news/2025/3/1/1/', [404]],
        ['/en/sections/politics/?page=abc', [400]],
        ['/en/sections/politics/?page=0', [400]],
        ['/en/sections/politics/?page=-1', [400]],
        ['/en/sections/politics/?page=99999', [404]],
        ['/en/sections/politics/?page=1e3', [400]],
        ['/en/sections/politics/?page=2&page=3', [400]],
        ['/en/sections/nope/', [404]],
        ['/en/tags/%00/', [404]],
        [`/en/tags/${'x'.repeat(5000)}/`, [404]],
        [`/en/news/2025/03/01/${'9'.repeat(300)}/`, [404]],
        ['/en/sections/%E0%A4%A/', [400, 404]],
        ['/en/authors/%E0%A4%A/', [400, 404]],
        [`/en/?q=${'я'.repeat(3000)}`, [200]],
        ['/en/archive/2999/01/01/', [404]],
        ['/en/archive/2025/13/01/', [404]],
        ["/en/sections/politics'--/", [404]],
        ['/en/news/2025/03/01/1/..%2f..%2fetc%2fpasswd', [301, 404]],
        ['/media/../package.json', [404]],
      ];
      for (const [url, statuses] of cases) {
        const res = await t.app.inject(url);
        const shortUrl = url.slice(0, 60);
        assert.ok(statuses.includes(res.statusCode), `${shortUrl} → ${res.statusCode}`);
        if (res.statusCode !== 301) assert.match(String(res.headers['content-type']), /^text\/html/, shortUrl);
        assert.doesNotMatch(res.body, /at .*\.(ts|js):\d+|Error:|stack|FST_/i, shortUrl);
      }
    });

    test('a 404 page is localized per edition', async () => {
      const titles = new Set<string>();
      for (const prefix of ['', '/ru', '/en']) {
        const { res, $ } = await getPage(t.app, `${prefix}/no-such-page/`);
        assert.equal(res.statusCode, 404);
        assert.equal($('html').attr('lang'), prefix ? prefix.slice(1) : 'uk');
        titles.add($('h1').text());
      }
      assert.equal(titles.size, 3);
    });

    test('a database failure is a localized 500 page that leaks nothing', async () => {
      const broken = await buildTestApp(dialect);
      await broken.db.close();
      try {
        const { res, $ } = await getPage(broken.app, '/en/');
        assert.equal(res.statusCode, 500);
        assert.equal($('html').attr('lang'), 'en');
        assert.doesNotMatch(res.body, /sqlite|postgres|select |destroyed|Error:/i);
      } finally {
        await broken.destroy();
      }
    });
  });
}

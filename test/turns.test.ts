import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import * as cheerio from 'cheerio';
import { endOfTurn } from '../src/web/turns.js';
import { buildTestApp, type TestApp } from './support/app.js';
import { listenLocally } from './support/browser.js';
import { DIALECTS, dialectSkip } from './support/databases.js';
import { NOW } from './support/newsroom.js';

describe('requests handled together at the end of a turn', () => {
  test('every request waiting in a turn goes on, in the order it came; one that comes meanwhile waits for the next turn', async () => {
    const order: string[] = [];
    const first = endOfTurn().then(() => {
      order.push('a');
      // Comes while the turn's requests are let go.
      return endOfTurn().then(() => order.push('c'));
    });
    const second = endOfTurn().then(() => order.push('b'));
    // I/O and timers of this turn run before the waiting requests go on.
    setImmediate(() => order.push('immediate of this turn'));
    assert.deepEqual(order, []);
    await Promise.all([first, second]);
    assert.deepEqual(order, ['a', 'b', 'immediate of this turn', 'c']);
  });
});

for (const dialect of DIALECTS) {
  describe(`reader pages made together (${dialect})`, async () => {
    const skip = await dialectSkip(dialect);
    let t: TestApp;
    let origin: string;
    const stories: { id: number; lang: 'uk' | 'en'; headline: string }[] = [];

    before(async () => {
      if (skip.skip) return;
      // No page cache: every request is made from the database.
      t = await buildTestApp(dialect, { pageCacheMb: 0 });
      for (let i = 0; i < 12; i++) {
        const at = new Date(NOW.getTime() - (i + 1) * 3_600_000);
        const uk = `Новина номер ${i}: «${'ї'.repeat(i)}»`;
        const en = `Story number ${i}`;
        const id = await t.newsroom.story({ section: i % 2 ? 'politics' : 'economy', tags: i % 3 ? ['energy'] : ['kyiv'], versions: { uk: { headline: uk, publishedAt: at }, en: { headline: en, publishedAt: at } } });
        stories.push({ id, lang: 'uk', headline: uk }, { id, lang: 'en', headline: en });
      }
      origin = await listenLocally(t.app);
    });
    after(() => t?.destroy());

    test('24 articles asked for at once in two languages: each answer is its own page', skip, async () => {
      const answers = await Promise.all(
        stories.map(async (s) => {
          const res = await fetch(`${origin}${s.lang === 'en' ? '/en' : ''}/news/2025/03/01/${s.id}/`, { redirect: 'manual', headers: { 'accept-encoding': 'gzip' } });
          // A wrong date in the path is answered with a redirect to the story's own address.
          const target = res.status === 301 ? await fetch(new URL(res.headers.get('location')!, origin)) : res;
          return { status: target.status, $: cheerio.load(await target.text()) };
        }),
      );
      answers.forEach(({ status, $ }, i) => {
        const s = stories[i]!;
        assert.equal(status, 200, `${s.lang} ${s.id}`);
        assert.equal($('h1').first().text(), s.headline);
        assert.equal($('html').attr('lang'), s.lang);
        assert.match($('link[rel=canonical]').attr('href')!, new RegExp(`/${s.id}/$`));
      });
    });
  });
}

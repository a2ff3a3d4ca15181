import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import * as cheerio from 'cheerio';
import { DIALECTS, dialectSkip } from './support/databases.js';
import { buildTestApp, type TestApp } from './support/app.js';
import { createMembers, signedIn, type ApiCall } from './support/members.js';
import { paragraph } from './support/newsroom.js';

// TIME_ZONE holds in the newsroom too: its app shows and takes times in that zone, and its
// story search counts publication days there.
for (const dialect of DIALECTS) {
  describe(`the newsroom in another time zone (${dialect})`, async () => {
    const skip = await dialectSkip(dialect);
    let t: TestApp;
    let api: ApiCall;
    let storyId: number;
    before(async () => {
      if (skip.skip) return;
      t = await buildTestApp(dialect, { timeZone: 'America/New_York' });
      await createMembers(t.db);
      api = await signedIn(t.app, 'editor@example.com');
      // 03:00 UTC on 1 March: still 28 February in New York (22:00), already 1 March in Kyiv.
      storyId = await t.newsroom.story({
        versions: { uk: { headline: 'Тайфун над узбережжям', body: [paragraph('Тайфун вийшов на берег.')], publishedAt: new Date('2025-03-01T03:00:00Z') } },
      });
    });
    after(async () => t?.destroy());

    test('the app page names the zone', skip, async () => {
      const page = await api('GET', '/admin/');
      assert.equal(page.statusCode, 200);
      assert.equal(cheerio.load(page.body)('html').attr('data-time-zone'), 'America/New_York');
    });

    test('story search days are the newsroom zone\'s days', skip, async () => {
      const found = async (day: string) => {
        const res = await api('GET', `/admin/api/stories/search?q=${encodeURIComponent('тайфун')}&from=${day}&to=${day}`);
        assert.equal(res.statusCode, 200, res.body);
        return (res.json().items as { storyId: number }[]).map((i) => i.storyId);
      };
      assert.deepEqual(await found('2025-02-28'), [storyId]);
      assert.deepEqual(await found('2025-03-01'), []);
    });
  });
}

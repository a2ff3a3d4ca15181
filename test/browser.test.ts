import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser } from 'playwright-core';
import { generatePhoto } from '../src/seed/images.js';
import { BROWSER_DIALECTS, dialectSkip } from './support/databases.js';
import { launchBrowser, listenLocally, noBrowser } from './support/browser.js';
import { buildTestApp, type TestApp } from './support/app.js';
import { paragraph } from './support/newsroom.js';


for (const dialect of BROWSER_DIALECTS) {
  describe(`in a real browser on ${dialect}`, noBrowser ? { skip: noBrowser } : await dialectSkip(dialect), () => {
    let t: TestApp;
    let browser: Browser;
    let origin: string;
    let article: string;
    before(async () => {
      t = await buildTestApp(dialect);
      // The small newsroom's photo is demo/photo-1-1200.jpg: make it a real file.
      await generatePhoto(t.mediaDir, 0, ['#5b7fa3', '#3d5a40', '#c9b37e']);
      const long = 'Надзвичайнодовгеслово'.repeat(8);
      const id = await t.newsroom.story({
        tags: ['energy', 'kyiv'],
        authors: ['olena', 'taras'],
        importance: 1,
        versions: {
          uk: {
            headline: 'Уряд ухвалив програму відновлення енергосистеми на наступні три роки',
            body: [paragraph('Перший абзац.'), paragraph(`Другий абзац із дуже довгим словом ${long}.`), paragraph('Третій.'), paragraph('Четвертий.'), paragraph('П’ятий.'), paragraph('Шостий.')],
            source: { text: 'Економічний вісник', links: [{ text: 'Економічний вісник', url: `https://economy.example.com/${long}` }] },
            updatedAt: new Date('2025-03-01T16:00:00Z'),
            updateNote: 'Додано коментар міністерства.',
          },
          en: {},
        },
      });
      origin = await listenLocally(t.app);
      article = `/news/2025/03/01/${id}/`;
      browser = await launchBrowser();
    });
    after(async () => {
      await browser?.close();
      await t?.destroy();
    });

    for (const width of [360, 375, 1280]) {
      test(`the article fits a ${width} px wide screen`, async () => {
        const page = await browser.newPage({ viewport: { width, height: 900 } });
        const res = await page.goto(origin + article);
        assert.equal(res?.status(), 200);
        const { scrollWidth, innerWidth } = await page.evaluate(() => ({
          scrollWidth: document.documentElement.scrollWidth,
          innerWidth: window.innerWidth,
        }));
        assert.ok(scrollWidth <= innerWidth, `page is ${scrollWidth}px wide in a ${innerWidth}px window`);
        assert.equal(await page.locator('h1').count(), 1);
        await page.close();
      });
    }

    test('pages pass axe accessibility checks (WCAG 2.2 AA)', async () => {
      for (const path of ['/', article, '/en/', '/ru/archive/2025/03/01/', '/sections/polityka/', '/en/no-such-page/']) {
        const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
        const page = await context.newPage();
        await page.goto(origin + path);
        const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
        const summary = results.violations.map((v) => `${v.id}: ${v.nodes.length} × ${v.nodes[0]?.target.join(' ')}`);
        await context.close();
        assert.deepEqual(summary, [], path);
      }
    });

    test('the skip link is the first thing keyboard users reach, and focus is visible', async () => {
      const page = await browser.newPage({ viewport: { width: 375, height: 800 } });
      await page.goto(origin + article);
      await page.keyboard.press('Tab');
      const focused = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement;
        const style = getComputedStyle(el);
        return { href: el.getAttribute('href'), outline: style.outlineStyle, width: parseFloat(style.outlineWidth) };
      });
      assert.equal(focused.href, '#content');
      assert.ok(focused.outline !== 'none' && focused.width >= 2, JSON.stringify(focused));
      await page.close();
    });
  });
}

import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { BROWSER_DIALECTS, dialectSkip } from './support/databases.js';
import { noBrowser } from './support/browser.js';
import { signedIn } from './support/members.js';
import { useNewsroomBrowser } from './support/newsroom-browser.js';
import { paragraph } from './support/newsroom.js';

/**
 * The newsroom's story search in headless Chromium: the story list's search box finds inflected
 * forms and marks them, orders and pages the results; the background picker offers stories in any
 * status with their status and language; the front-page picker stays published-only.
 */
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

for (const dialect of BROWSER_DIALECTS) {
  describe(`the newsroom's story search in a real browser on ${dialect}`, noBrowser ? { skip: noBrowser } : await dialectSkip(dialect), () => {
    const nb = useNewsroomBrowser(dialect);
    const { member, scriptErrors } = nb;
    let talks = 0;
    let draft = 0;
    let english = 0;

    async function axeClean(page: Page, what: string) {
      const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
      assert.deepEqual(results.violations.map((v) => `${v.id}: ${v.nodes.length} × ${v.nodes[0]?.target.join(' ')}`), [], what);
    }

    before(async () => {
      const n = nb.t.newsroom;
      talks = await n.story({ versions: { uk: { headline: 'Переговори у Стамбулі тривали до ночі', body: [paragraph('Делегації обговорили обмін полоненими.')] } } });
      english = await n.story({ versions: { en: { headline: 'Talks with the government resume', body: [paragraph('The government said so.')] } } });
      const editor = await signedIn(nb.t.app, 'editor@example.com');
      const created = await editor('POST', '/admin/api/stories', {
        kind: 'news', sectionId: n.sections.politics, tagIds: [], authorIds: [n.authors.olena], importance: 0, hasVideo: false, hasPhotos: false,
        version: { lang: 'uk', headline: 'Переговорами займеться уряд', lead: 'Уряд призначить делегацію.', body: [paragraph('Текст.')], source: null, leadMediaId: null },
      });
      assert.equal(created.statusCode, 201, created.body);
      draft = created.json().storyId;
      // More than a page of results for one word.
      for (let i = 1; i <= 21; i++) await n.story({ versions: { uk: { headline: `Тендер номер ${i}`, publishedAt: new Date(Date.UTC(2025, 1, i, 10)) } } });
    });

    test('the story list finds an inflected word in drafts and published stories and marks it', async () => {
      const page = await member('editor@example.com');
      await page.getByLabel('Search stories').fill('переговорів');
      await page.waitForURL(/[?&]q=/);
      const rows = page.locator('table.stories tbody tr');
      await page.locator('table.stories mark', { hasText: 'Переговорами' }).waitFor();
      await page.getByRole('status').filter({ hasText: '2 story versions found' }).waitFor();
      assert.equal(await rows.count(), 2);
      const marks = await page.locator('table.stories .c-headline a mark').allTextContents();
      assert.deepEqual(marks.sort(), ['Переговорами', 'Переговори']);
      // Each row says its status; the snippet shows the text around the words.
      const talksRow = rows.filter({ has: page.locator(`a[href="/admin/stories/${talks}?lang=uk"]`) });
      assert.equal(await talksRow.locator('.c-status').textContent(), 'Published');
      assert.match((await talksRow.locator('.snippet').textContent()) ?? '', /полоненими/);
      const draftRow = rows.filter({ has: page.locator(`a[href="/admin/stories/${draft}?lang=uk"]`) });
      assert.equal(await draftRow.locator('.c-status').textContent(), 'Draft');
      // The days of a search are publication days.
      await page.getByLabel('Published from').waitFor();
      await axeClean(page, 'search results');

      // Newest first: the draft (never published) leads.
      await page.locator('#f-sort').selectOption('date');
      await page.waitForURL(/sort=date/);
      await page.waitForFunction((id) => document.querySelector('table.stories tbody tr a')?.getAttribute('href') === `/admin/stories/${id}?lang=uk`, draft);

      // Another filter still applies.
      await page.locator('#f-status').selectOption('published');
      await page.getByRole('status').filter({ hasText: '1 story version found' }).waitFor();
      assert.equal(await rows.count(), 1);
      assert.equal(await rows.first().locator('mark').first().textContent(), 'Переговори');
    });

    test('results come in pages; clearing the search brings back the list by last change', async () => {
      const page = await member('editor@example.com');
      await page.goto(`${nb.origin}/admin/?q=${encodeURIComponent('тендери')}&sort=date`);
      await page.getByRole('status').filter({ hasText: '21 story versions found' }).waitFor();
      const rows = page.locator('table.stories tbody tr');
      assert.equal(await rows.count(), 20);
      assert.equal(await rows.first().locator('.c-headline a').textContent(), 'Тендер номер 21');
      const pager = page.getByRole('navigation', { name: 'Pages of results' });
      await pager.getByText('Page 1 of 2').waitFor();
      await pager.getByRole('button', { name: 'Next page' }).click();
      await page.waitForURL(/page=2/);
      await pager.getByText('Page 2 of 2').waitFor();
      await page.waitForFunction(() => document.querySelectorAll('table.stories tbody tr').length === 1);
      assert.equal(await rows.first().locator('.c-headline a').textContent(), 'Тендер номер 1');
      assert.equal(await pager.getByRole('button', { name: 'Next page' }).isDisabled(), true);
      // At 375 px the results, their snippets and the pager fit the screen.
      await page.setViewportSize({ width: 375, height: 800 });
      await page.goto(`${nb.origin}/admin/?q=${encodeURIComponent('переговори')}`);
      await page.locator('table.stories mark').first().waitFor();
      const { scrollWidth, innerWidth } = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth }));
      assert.ok(scrollWidth <= innerWidth, `the search results are ${scrollWidth}px wide in a ${innerWidth}px window`);
      await page.setViewportSize({ width: 1280, height: 900 });
      await page.goto(`${nb.origin}/admin/?q=${encodeURIComponent('тендери')}&sort=date&page=2`);
      await pager.getByText('Page 2 of 2').waitFor();

      await page.getByRole('button', { name: 'Clear filters' }).click();
      await page.getByRole('status').filter({ hasText: /story versions? shown/ }).waitFor();
      // The list by last change is back once its own date filter is; only then are the rows its own.
      await page.getByLabel('Changed from').waitFor();
      await page.waitForFunction(() => !document.querySelector('table.stories .snippet'));
      assert.equal(await page.locator('table.stories mark').count(), 0);
    });

    test('the background picker offers stories in any status and language; the chosen draft is saved', async () => {
      const page = await member('editor@example.com');
      await page.goto(`${nb.origin}/admin/stories/${talks}?lang=uk`);
      const panel = page.locator('.background-panel');
      await panel.getByLabel('Find a story').fill('уряду');
      const results = panel.locator('.search-results li');
      await results.first().waitFor();
      const draftResult = results.filter({ hasText: 'Переговорами займеться уряд' });
      assert.equal(await draftResult.locator('.badge').textContent(), 'Draft');
      assert.equal(await draftResult.locator('abbr').textContent(), 'UA');
      assert.equal(await draftResult.locator('mark').first().textContent(), 'уряд');
      await axeClean(page, 'the background picker with results');
      await panel.getByRole('button', { name: 'Add “Переговорами займеться уряд”' }).click();
      await panel.getByRole('list', { name: 'Background' }).getByText('Переговорами займеться уряд').waitFor();

      // An English story too, found by its English words.
      await panel.getByLabel('Find a story').fill('government');
      const englishResult = results.filter({ hasText: 'Talks with the government resume' });
      await englishResult.waitFor();
      assert.equal(await englishResult.locator('abbr').textContent(), 'EN');
      assert.equal(await englishResult.locator('.badge').textContent(), 'Published');
      await panel.getByRole('button', { name: 'Add “Talks with the government resume”' }).click();

      await panel.getByRole('button', { name: 'Save background' }).click();
      await panel.getByText('The background list is saved.').waitFor();
      const editor = await signedIn(nb.t.app, 'editor@example.com');
      assert.deepEqual((await editor('GET', `/admin/api/stories/${talks}`)).json().background, [draft, english]);
    });

    test('the front-page picker offers published stories of its edition only', async () => {
      const page = await member('editor@example.com');
      await page.goto(`${nb.origin}/admin/?screen=front-page&edition=uk`);
      await page.getByRole('heading', { name: 'Ukrainian edition' }).waitFor();
      await page.getByLabel('Find a published story').fill('переговори');
      await page.getByRole('button', { name: 'Add “Переговори у Стамбулі тривали до ночі”' }).waitFor();
      const offered = await page.locator('.search-results li').allTextContents();
      assert.equal(offered.length, 1, offered.join(' | '));
      assert.equal(await page.locator('.search-results .badge').count(), 0);
      await page.getByLabel('Find a published story').fill('government');
      await page.getByText('No published story matches.').waitFor();
    });

    test('no page had a script error', () => {
      assert.deepEqual(scriptErrors, []);
    });
  });
}

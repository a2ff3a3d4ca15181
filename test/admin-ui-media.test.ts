import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import sharp from 'sharp';
import { BROWSER_DIALECTS, dialectSkip } from './support/databases.js';
import { noBrowser } from './support/browser.js';
import { signedIn } from './support/members.js';
import { useNewsroomBrowser } from './support/newsroom-browser.js';
import { paragraph } from './support/newsroom.js';

/**
 * The newsroom app's photo, preview, background and front-page tools end to end in headless
 * Chromium: a contributor uploads a lead photo with a caption, an editor publishes and readers see
 * the figure; a private preview of a draft; the media library dialog; background links; pinning a
 * story on the English front page. axe (WCAG 2.2 AA) checks the library dialog and the front-page screen.
 */

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

for (const dialect of BROWSER_DIALECTS) {
  describe(`the newsroom app's photos, previews and front pages in a real browser on ${dialect}`, noBrowser ? { skip: noBrowser } : await dialectSkip(dialect), () => {
    const nb = useNewsroomBrowser(dialect);
    const { member, scriptErrors } = nb;
    let storyId = 0;
    let photoPath = '';
    let notAPhoto = '';
    let tmp = '';
    const caption = 'Енергетики лагодять підстанцію під Києвом';

    before(async () => {
      tmp = mkdtempSync(join(tmpdir(), 'masthead-photo-'));
      photoPath = join(tmp, 'substation.jpg');
      writeFileSync(photoPath, await sharp({ create: { width: 1200, height: 800, channels: 3, background: '#446688' } }).jpeg().toBuffer());
      notAPhoto = join(tmp, 'notes.jpg');
      writeFileSync(notAPhoto, 'these are notes, not a photo');
    });
    after(async () => {
      if (tmp) rmSync(tmp, { recursive: true, force: true });
    });

    async function workflowStatus(page: Page, status: string) {
      await page.locator('.workflow .status-line .badge', { hasText: status }).waitFor();
    }

    async function axeClean(page: Page, what: string) {
      const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
      assert.deepEqual(results.violations.map((v) => `${v.id}: ${v.nodes.length} × ${v.nodes[0]?.target.join(' ')}`), [], what);
    }

    /** A published story made through the API, returning its id. */
    async function published(lang: 'uk' | 'en', headline: string): Promise<number> {
      const editor = await signedIn(nb.t.app, 'editor@example.com');
      const { storyId: id } = (
        await editor('POST', '/admin/api/stories', {
          kind: 'news', sectionId: nb.t.newsroom.sections.economy, tagIds: [], authorIds: [], importance: 0, hasVideo: false, hasPhotos: false,
          version: { lang, headline, lead: 'Lead.', body: [paragraph('Text.')], source: null, leadMediaId: null },
        })
      ).json();
      const { lockVersion } = (await editor('GET', `/admin/api/stories/${id}`)).json().versions[lang];
      const res = await editor('POST', `/admin/api/stories/${id}/versions/${lang}/status`, { action: 'publish', lockVersion });
      assert.equal(res.statusCode, 200, res.body);
      return id;
    }

    test('a contributor writes a story, uploads a lead photo with its caption, and submits it', async () => {
      const page = await member('contributor@example.com');
      assert.equal(await page.getByRole('link', { name: 'Front page' }).count(), 0, 'no front-page link for contributors');
      await page.getByRole('link', { name: 'New story' }).click();
      await page.selectOption('#new-lang', 'uk');
      await page.fill('#new-headline', 'Енергетики відновили живлення в передмісті');
      await page.fill('#new-lead', 'Світло повернулося до ранку.');
      await page.locator('.body-editor .ProseMirror').click();
      await page.keyboard.type('Перший абзац.');
      await page.fill('#new-meta-sectionId', 'Pol');
      await page.keyboard.press('Enter');

      // A file that is not a photo: said next to the field, and the form keeps its text.
      await page.setInputFiles('#new-photo-file', notAPhoto);
      await page.locator('.lead-photo .field-error', { hasText: 'This file is not a photo we can use' }).waitFor();
      assert.equal(await page.inputValue('#new-headline'), 'Енергетики відновили живлення в передмісті');

      await page.getByLabel('Caption', { exact: true }).first().fill(caption);
      await page.getByLabel('Credit', { exact: true }).first().fill('Олена Коваль');
      await page.getByLabel('Alt text (what the photo shows)', { exact: true }).first().fill('Двоє енергетиків на підстанції');
      await page.setInputFiles('#new-photo-file', photoPath);
      await page.locator('.lead-photo-current figcaption', { hasText: caption }).waitFor();
      assert.equal(await page.locator('.lead-photo .field-error').count(), 0);
      assert.match((await page.locator('.lead-photo-current img').getAttribute('src')) ?? '', /^\/media\/uploads\/.+\.jpg$/);

      await page.getByRole('button', { name: 'Create story' }).click();
      await page.waitForURL(/\/admin\/stories\/\d+\?lang=uk$/);
      storyId = Number(/stories\/(\d+)/.exec(page.url())![1]);
      await workflowStatus(page, 'Draft');
      await page.locator('.lead-photo-current figcaption', { hasText: caption }).waitFor();
      await page.getByRole('button', { name: 'Submit for review' }).click();
      await workflowStatus(page, 'In review');

      const editor = await signedIn(nb.t.app, 'editor@example.com');
      const uk = (await editor('GET', `/admin/api/stories/${storyId}`)).json().versions.uk;
      assert.equal(typeof uk.leadMediaId, 'number');
    });

    test('an editor publishes it; the reader sees the figure with its caption and a srcset of variants', async () => {
      const page = await member('editor@example.com');
      await page.goto(`${nb.origin}/admin/stories/${storyId}?lang=uk`);
      await workflowStatus(page, 'In review');
      await page.getByRole('button', { name: 'Publish now' }).click();
      await workflowStatus(page, 'Published');

      const reader = await nb.browser.newPage();
      await reader.goto(`${nb.origin}/`);
      const href = await reader.locator(`a[href$="/${storyId}/"]`).first().getAttribute('href');
      assert.ok(href);
      await reader.goto(nb.origin + href);
      const figure = reader.locator('article figure', { hasText: caption }).first();
      assert.match((await figure.locator('figcaption').textContent()) ?? '', new RegExp(caption));
      const srcset = (await figure.locator('img').getAttribute('srcset')) ?? '';
      assert.ok(srcset.split(',').length >= 2, srcset);
      assert.match(srcset, /\/media\/uploads\/\S+ \d+w/);
      await reader.close();
    });

    test('the editor gets a private preview link for a draft; opening it shows the draft', async () => {
      const editorApi = await signedIn(nb.t.app, 'editor@example.com');
      const { storyId: id } = (
        await editorApi('POST', '/admin/api/stories', {
          kind: 'news', sectionId: nb.t.newsroom.sections.economy, tagIds: [], authorIds: [], importance: 0, hasVideo: false, hasPhotos: false,
          version: { lang: 'en', headline: 'A draft only the newsroom has seen', lead: 'Not yet.', body: [paragraph('Draft text.')], source: null, leadMediaId: null },
        })
      ).json();
      const page = await member('editor@example.com');
      await page.goto(`${nb.origin}/admin/stories/${id}?lang=en`);
      await workflowStatus(page, 'Draft');
      await page.getByRole('button', { name: 'Preview', exact: true }).click();
      const link = page.getByLabel('Preview link');
      await link.waitFor();
      const url = new URL(await link.inputValue());
      assert.match(url.pathname, /^\/preview\//);
      assert.equal(await page.getByRole('link', { name: 'Open preview in a new tab' }).getAttribute('target'), '_blank');
      const preview = await nb.browser.newPage();
      await preview.goto(nb.origin + url.pathname + url.search);
      assert.equal((await preview.locator('h1').textContent())?.trim(), 'A draft only the newsroom has seen');
      await preview.close();
    });

    test('the media library dialog lists photos, passes axe, and choosing one sets the lead photo', async () => {
      const editorApi = await signedIn(nb.t.app, 'editor@example.com');
      const { storyId: id } = (
        await editorApi('POST', '/admin/api/stories', {
          kind: 'news', sectionId: nb.t.newsroom.sections.economy, tagIds: [], authorIds: [], importance: 0, hasVideo: false, hasPhotos: false,
          version: { lang: 'uk', headline: 'Матеріал із фото з бібліотеки', lead: '', body: [paragraph('Текст.')], source: null, leadMediaId: null },
        })
      ).json();
      const page = await member('editor@example.com');
      await page.goto(`${nb.origin}/admin/stories/${id}?lang=uk`);
      await workflowStatus(page, 'Draft');
      await page.getByRole('button', { name: 'Choose from library' }).click();
      const dialog = page.getByRole('dialog', { name: 'Media library' });
      const choice = dialog.getByRole('button', { name: `Choose: ${caption}` });
      await choice.waitFor();
      await axeClean(page, 'the media library dialog');
      await choice.click();
      await dialog.waitFor({ state: 'hidden' });
      await page.locator('.lead-photo-current figcaption', { hasText: caption }).waitFor();
      await page.locator('.save-status', { hasText: /^Saved \d\d:\d\d$/ }).waitFor();
      const uk = (await editorApi('GET', `/admin/api/stories/${id}`)).json().versions.uk;
      const original = (await editorApi('GET', `/admin/api/stories/${storyId}`)).json().versions.uk;
      assert.equal(uk.leadMediaId, original.leadMediaId);

      // Background: find a story by its headline, add it, save.
      await page.getByLabel('Find a story').fill('Енергетики');
      await page.getByRole('button', { name: 'Add “Енергетики відновили живлення в передмісті”' }).click();
      await page.getByRole('button', { name: 'Save background' }).click();
      await page.locator('.background-panel', { hasText: 'The background list is saved.' }).waitFor();
      assert.deepEqual((await editorApi('GET', `/admin/api/stories/${id}`)).json().background, [storyId]);
    });

    test('an editor pins a story on the English front page; readers see it first', async () => {
      const older = await published('en', 'Older English story worth pinning');
      await published('en', 'Newer English story');
      const page = await member('editor@example.com');
      await page.getByRole('link', { name: 'Front page' }).click();
      await page.getByRole('heading', { name: 'Front page', level: 1 }).waitFor();
      await page.getByRole('navigation', { name: 'Editions' }).getByRole('link', { name: /English/ }).click();
      await page.waitForURL(/screen=front-page&edition=en$/);
      await page.getByRole('heading', { name: 'English edition' }).waitFor();
      await page.getByLabel('Find a published story').fill('worth pinning');
      await page.getByRole('button', { name: 'Add “Older English story worth pinning”' }).click();
      await page.getByRole('list', { name: 'English edition' }).getByText('Older English story worth pinning').waitFor();
      await page.getByRole('button', { name: 'Save front page' }).click();
      await page.getByRole('status').filter({ hasText: 'The English front page is saved.' }).waitFor();
      await axeClean(page, 'the front-page screen');

      const editorApi = await signedIn(nb.t.app, 'editor@example.com');
      assert.deepEqual((await editorApi('GET', '/admin/api/front-pages/en')).json().storyIds, [older]);

      const reader = await nb.browser.newPage();
      await reader.goto(`${nb.origin}/en/`);
      const first = await reader.locator('main a[href*="/news/"]').first().getAttribute('href');
      assert.match(first ?? '', new RegExp(`/${older}/$`));
      await reader.close();

      // At 375 px the screen fits.
      await page.setViewportSize({ width: 375, height: 800 });
      const { scrollWidth, innerWidth } = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth }));
      assert.ok(scrollWidth <= innerWidth, `the front-page screen is ${scrollWidth}px wide in a ${innerWidth}px window`);
    });

    test('no page had a script error', () => {
      assert.deepEqual(scriptErrors, []);
    });
  });
}

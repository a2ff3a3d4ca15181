import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import { AxeBuilder } from '@axe-core/playwright';
import * as cheerio from 'cheerio';
import { HtmlValidate } from 'html-validate';
import type { Page } from 'playwright-core';
import { HTML_VALIDATE_CONFIG } from './support/html-validate-config.js';
import { loadAdminBundle } from '../src/web/admin/shell-routes.js';
import { BROWSER_DIALECTS, DIALECTS, dialectSkip } from './support/databases.js';
import { noBrowser } from './support/browser.js';
import { buildTestApp, type TestApp } from './support/app.js';
import { createMembers, signedIn } from './support/members.js';
import { useNewsroomBrowser } from './support/newsroom-browser.js';
import { paragraph } from './support/newsroom.js';

/**
 * The newsroom app end to end in headless Chromium: a contributor writes and submits, an editor
 * translates side by side and publishes, a reader sees it; an update with a note; a conflicting
 * save; accessibility (axe, WCAG 2.2 AA) and the 375 px layout. Set ADMIN_UI_SCREENSHOTS to a
 * folder to keep screenshots of each screen at 1280 and 375 px.
 */
const SHOTS = process.env.ADMIN_UI_SCREENSHOTS;
if (SHOTS) mkdirSync(SHOTS, { recursive: true });

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

for (const dialect of DIALECTS) {
  describe(`the newsroom app's page and files on ${dialect}`, await dialectSkip(dialect), () => {
    let t: TestApp;
    before(async () => {
      t = await buildTestApp(dialect);
      await createMembers(t.db);
    });
    after(() => t?.destroy());

    test('every app address is the same page for a member, and the sign-in page for anyone else', async () => {
      for (const url of ['/admin/', '/admin', '/admin/stories/new', '/admin/stories/12?lang=en&from=uk']) {
        const res = await t.app.inject(url);
        assert.equal(res.statusCode, 303, url);
        assert.equal(res.headers.location, '/admin/login');
      }
      const editor = await signedIn(t.app, 'editor@example.com');
      const bundle = loadAdminBundle();
      for (const url of ['/admin/', '/admin/stories/new', '/admin/stories/12?lang=en']) {
        const res = await editor('GET', url);
        assert.equal(res.statusCode, 200, url);
        assert.match(String(res.headers['content-type']), /^text\/html/);
        const $ = cheerio.load(res.body);
        assert.equal($('script[type=module]').attr('src'), bundle.scriptSrc);
        assert.equal($('link[rel=stylesheet]').attr('href'), bundle.styleHref);
        assert.match($('.admin-bar').text(), /Editor Member/);
        assert.equal($('html').attr('lang'), 'en');
      }
      const report = await new HtmlValidate(HTML_VALIDATE_CONFIG).validateString((await editor('GET', '/admin/')).body);
      assert.deepEqual(report.results.flatMap((r) => r.messages.map((m) => m.message)), []);
    });

    test('the app may run its own script; reader pages still run none', async () => {
      const editor = await signedIn(t.app, 'editor@example.com');
      const admin = String((await editor('GET', '/admin/')).headers['content-security-policy']);
      assert.match(admin, /(^|; )script-src 'self'(;|$)/);
      assert.match(admin, /(^|; )connect-src 'self'(;|$)/);
      assert.match(admin, /(^|; )style-src 'self' 'unsafe-inline'(;|$)/);
      assert.match(admin, /(^|; )img-src 'self' data: blob: https:(;|$)/);
      assert.match(admin, /(^|; )default-src 'none'(;|$)/);
      assert.equal(String((await t.app.inject('/admin/login')).headers['content-security-policy']), admin);
      for (const url of ['/', '/en/', '/en/no-such-page/']) {
        const reader = (await t.app.inject(url)).headers['content-security-policy'];
        assert.equal(reader, "default-src 'none'; style-src 'self'; img-src 'self' data: https:; font-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'", url);
      }
    });

    test('the bundle is served compressed, cached for good, and nothing else is', async () => {
      const { scriptSrc, styleHref } = loadAdminBundle();
      for (const [src, type] of [[scriptSrc, /^text\/javascript/], [styleHref, /^text\/css/]] as const) {
        const br = await t.app.inject({ url: src, headers: { 'accept-encoding': 'gzip, deflate, br' } });
        assert.equal(br.statusCode, 200);
        assert.equal(br.headers['content-encoding'], 'br');
        assert.match(String(br.headers['content-type']), type);
        assert.equal(br.headers['cache-control'], 'public, max-age=31536000, immutable');
        const gzip = await t.app.inject({ url: src, headers: { 'accept-encoding': 'gzip;q=1, br;q=0' } });
        assert.equal(gzip.headers['content-encoding'], 'gzip');
        const plain = await t.app.inject({ url: src, headers: { 'accept-encoding': 'identity' } });
        assert.equal(plain.headers['content-encoding'], undefined);
        assert.ok(plain.rawPayload.length > br.rawPayload.length);
      }
      assert.equal((await t.app.inject('/admin/assets/main.NOPE.js')).statusCode, 404);
      assert.equal((await t.app.inject('/admin/assets/..%2Fmanifest.json')).statusCode, 404);
    });

    test('the bundle is the same for everyone: fetching it with a session cookie reads nothing from the database', async () => {
      const { scriptSrc, styleHref } = loadAdminBundle();
      t.db.queries.length = 0;
      for (const url of [scriptSrc, styleHref]) {
        const res = await t.app.inject({ url, cookies: { mh_session: 'some-session-token' } });
        assert.equal(res.statusCode, 200, url);
      }
      assert.deepEqual(t.db.queries, []);
    });
  });
}

for (const dialect of BROWSER_DIALECTS) {
  describe(`the newsroom app in a real browser on ${dialect}`, noBrowser ? { skip: noBrowser } : await dialectSkip(dialect), () => {
    const nb = useNewsroomBrowser(dialect);
    const { member, scriptErrors } = nb;
    let storyId = 0;
    let articleUrl = '';

    async function shot(page: Page, name: string) {
      if (SHOTS) await page.screenshot({ path: `${SHOTS}/${dialect}-${name}.png`, fullPage: true });
    }

    async function savedStatus(page: Page) {
      await page.locator('.save-status', { hasText: /^Saved \d\d:\d\d$/ }).waitFor();
    }

    async function workflowStatus(page: Page, status: string) {
      await page.locator('.workflow .status-line .badge', { hasText: status }).waitFor();
    }

    test('a contributor writes a story with a bold word and submits it for review', async () => {
      const page = await member('contributor@example.com');
      await page.getByRole('link', { name: 'New story' }).click();
      await page.selectOption('#new-lang', 'uk');
      await page.fill('#new-headline', 'Уряд ухвалив план відновлення енергосистеми');
      await page.fill('#new-lead', 'План розраховано на три роки.');
      await page.locator('.body-editor .ProseMirror').click();
      await page.keyboard.type('Перший абзац.');
      await page.keyboard.press('Enter');
      await page.keyboard.type('Другий абзац, у ньому ');
      await page.keyboard.press('Control+b');
      await page.keyboard.type('важливе');
      await page.keyboard.press('Control+b');
      await page.keyboard.type(' слово.');
      // The section picker: type part of a name, choose with Enter.
      await page.fill('#new-meta-sectionId', 'Pol');
      await page.keyboard.press('Enter');
      // Tags: names in any language find the tag; arrow keys and Enter pick it.
      await page.fill('#new-meta-tagIds', 'Киї');
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('Enter');
      await page.getByRole('button', { name: 'Remove Kyiv' }).waitFor();
      await shot(page, 'new-story-1280');
      await page.getByRole('button', { name: 'Create story' }).click();
      await page.waitForURL(/\/admin\/stories\/\d+\?lang=uk$/);
      storyId = Number(/stories\/(\d+)/.exec(page.url())![1]);
      await workflowStatus(page, 'Draft');
      await page.getByRole('button', { name: 'Submit for review' }).click();
      await workflowStatus(page, 'In review');

      const editor = await signedIn(nb.t.app, 'editor@example.com');
      const opened = (await editor('GET', `/admin/api/stories/${storyId}`)).json();
      assert.equal(opened.versions.uk.status, 'review');
      assert.equal(opened.story.meta.sectionId, nb.t.newsroom.sections.politics);
      assert.deepEqual(opened.story.meta.tagIds, [nb.t.newsroom.tags.kyiv]);
      assert.deepEqual(opened.versions.uk.body, [
        paragraph('Перший абзац.'),
        { type: 'paragraph', content: [{ type: 'text', text: 'Другий абзац, у ньому ' }, { type: 'text', text: 'важливе', bold: true }, { type: 'text', text: ' слово.' }] },
      ]);
    });

    test('an editor translates it into English side by side and publishes both languages', async () => {
      const page = await member('editor@example.com');
      await page.getByLabel('Status').selectOption('review');
      await page.getByRole('link', { name: 'Уряд ухвалив план відновлення енергосистеми' }).click();
      await page.getByRole('link', { name: '+ Add English' }).click();
      await page.waitForURL(new RegExp(`/admin/stories/${storyId}\\?lang=en&from=uk$`));
      // The Ukrainian version stays beside the English one, read only.
      const source = page.getByRole('region', { name: 'Ukrainian version, read only' });
      await source.getByText('Уряд ухвалив план відновлення енергосистеми').waitFor();
      assert.equal(await page.inputValue('#v-en-headline'), 'Уряд ухвалив план відновлення енергосистеми', 'prefilled from the source');

      await page.fill('#v-en-headline', 'Government adopts a plan to rebuild the power grid');
      await page.fill('#v-en-lead', 'The plan runs for three years.');
      await page.locator('.version-main .ProseMirror').click();
      await page.keyboard.press('Control+a');
      await page.keyboard.type('The first paragraph.');
      await page.keyboard.press('Enter');
      await page.keyboard.type('The second one has an ');
      await page.keyboard.press('Control+b');
      await page.keyboard.type('important');
      await page.keyboard.press('Control+b');
      await page.keyboard.type(' word.');
      await shot(page, 'translate-1280');
      await page.getByRole('button', { name: 'Save', exact: true }).click();
      await savedStatus(page);
      await page.getByRole('button', { name: 'Publish now' }).click();
      await workflowStatus(page, 'Published');

      await page.getByRole('navigation', { name: 'Language versions' }).getByRole('link', { name: /UA/ }).click();
      await page.waitForURL(new RegExp(`/admin/stories/${storyId}\\?lang=uk`));
      await workflowStatus(page, 'In review');
      await page.getByRole('button', { name: 'Publish now' }).click();
      await workflowStatus(page, 'Published');
    });

    test('a reader sees the English story in the front page stream and at its address, the bold word bold', async () => {
      const page = await nb.browser.newPage();
      await page.goto(`${nb.origin}/en/`);
      const link = page.locator(`.stream a[href$="/${storyId}/"]`).first();
      assert.equal((await link.textContent())?.trim(), 'Government adopts a plan to rebuild the power grid');
      articleUrl = (await link.getAttribute('href'))!;
      assert.match(articleUrl, new RegExp(`^/en/news/\\d{4}/\\d{2}/\\d{2}/${storyId}/$`));
      await page.goto(nb.origin + articleUrl);
      assert.equal(await page.locator('h1').textContent(), 'Government adopts a plan to rebuild the power grid');
      assert.equal(await page.locator('article p strong', { hasText: 'important' }).count(), 1);
      await page.goto(`${nb.origin}${articleUrl.replace(/^\/en/, '')}`);
      assert.equal(await page.locator('article p strong', { hasText: 'важливе' }).count(), 1);
      await page.close();
    });

    test('the editor publishes an update with a note; readers see it marked updated', async () => {
      const page = await member('editor@example.com');
      await page.goto(`${nb.origin}/admin/stories/${storyId}?lang=en`);
      await workflowStatus(page, 'Published');
      await page.locator('.version-main .ProseMirror p').last().click();
      await page.keyboard.press('End');
      await page.keyboard.type(' The ministry confirmed it.');
      await page.getByLabel('Update note for readers').fill('Adds the ministry’s confirmation.');
      await page.getByRole('button', { name: 'Publish update' }).click();
      await page.locator('.workflow', { hasText: 'Adds the ministry’s confirmation.' }).waitFor();

      const reader = await nb.browser.newPage();
      await reader.goto(nb.origin + articleUrl);
      assert.match((await reader.locator('article .update-note').textContent()) ?? '', /Adds the ministry’s confirmation\./);
      assert.equal(await reader.locator('article .badge-updated').count(), 1);
      assert.match((await reader.locator('article').textContent()) ?? '', /The ministry confirmed it\./);
      await reader.close();
    });

    test('a stale save is refused with who saved first, and the typed text stays in the editor', async () => {
      const editorApi = await signedIn(nb.t.app, 'editor@example.com');
      const created = await editorApi('POST', '/admin/api/stories', {
        kind: 'news', sectionId: nb.t.newsroom.sections.economy, tagIds: [], authorIds: [], importance: 0, hasVideo: false, hasPhotos: false,
        version: { lang: 'en', headline: 'Two people, one draft', lead: '', body: [paragraph('Shared text.')], source: null, leadMediaId: null },
      });
      const { storyId: id } = created.json();
      const first = await member('editor@example.com');
      const second = await member('admin@example.com');
      for (const page of [first, second]) {
        await page.goto(`${nb.origin}/admin/stories/${id}?lang=en`);
        await workflowStatus(page, 'Draft');
      }
      await first.fill('#v-en-headline', 'Two people, one draft: the editor’s headline');
      await savedStatus(first);

      await second.locator('.version-main .ProseMirror').click();
      await second.keyboard.press('Control+End');
      await second.keyboard.type(' Words the admin typed.');
      const alert = second.getByRole('alert').filter({ hasText: 'Someone else saved this version' });
      await alert.waitFor();
      assert.match((await alert.textContent()) ?? '', /Editor Member saved it at \d/);
      assert.match((await second.locator('.version-main .ProseMirror').textContent()) ?? '', /Words the admin typed\./);
      await shot(second, 'conflict-1280');
      const axe = await new AxeBuilder({ page: second }).withTags(AXE_TAGS).analyze();
      assert.deepEqual(axe.violations.map((v) => `${v.id}: ${v.nodes[0]?.target.join(' ')}`), [], 'the conflict message');

      // Their version beside mine; then mine wins, knowingly.
      await alert.getByRole('button', { name: 'Show their version' }).click();
      await second.getByRole('region', { name: /Their version \(saved by Editor Member\)/ }).getByText('Two people, one draft: the editor’s headline').waitFor();
      await second.getByRole('button', { name: 'Overwrite with mine' }).first().click();
      await savedStatus(second);
      const stored = (await editorApi('GET', `/admin/api/stories/${id}`)).json().versions.en;
      assert.equal(stored.headline, 'Two people, one draft');
      assert.deepEqual(stored.body, [paragraph('Shared text. Words the admin typed.')]);
    });

    test('problems the server finds are shown at their field; a Kyiv time schedules the right instant', async () => {
      const editorApi = await signedIn(nb.t.app, 'editor@example.com');
      const { storyId: id } = (
        await editorApi('POST', '/admin/api/stories', {
          kind: 'news', sectionId: nb.t.newsroom.sections.economy, tagIds: [], authorIds: [], importance: 0, hasVideo: false, hasPhotos: false,
          version: { lang: 'uk', headline: 'Заплановане', lead: '', body: [paragraph('Текст.')], source: null, leadMediaId: null },
        })
      ).json();
      const page = await member('editor@example.com');
      await page.goto(`${nb.origin}/admin/stories/${id}?lang=uk`);
      await workflowStatus(page, 'Draft');
      await page.getByRole('button', { name: 'Add a source link' }).click();
      await page.fill('#v-uk-source-link-0-text', 'Джерело');
      await page.fill('#v-uk-source-link-0-url', 'ftp://files.example.com/');
      await page.getByRole('button', { name: 'Save', exact: true }).click();
      const problem = page.locator('.source-fields .field-error');
      await problem.waitFor();
      assert.match((await problem.textContent()) ?? '', /Source link 1: must be a full https:\/\/, http:\/\/ or mailto: address/);
      await page.fill('#v-uk-source-link-0-url', 'https://economy.example.com/');
      await savedStatus(page);

      // 09:30 on 1 July in Kyiv is 06:30 UTC (summer time), wherever the browser is.
      const year = new Date().getUTCFullYear() + 1;
      await page.getByRole('button', { name: 'Schedule…' }).click();
      await page.getByLabel('Publish at (Kyiv time)').fill(`${year}-07-01T09:30`);
      await page.getByRole('button', { name: 'Schedule', exact: true }).click();
      await workflowStatus(page, 'Scheduled');
      const scheduled = (await editorApi('GET', `/admin/api/stories/${id}`)).json().versions.uk;
      assert.equal(scheduled.status, 'scheduled');
      assert.equal(scheduled.publishedAt, `${year}-07-01T06:30:00.000Z`);
      assert.deepEqual(scheduled.source, { text: '', links: [{ text: 'Джерело', url: 'https://economy.example.com/' }] });
      await page.getByRole('button', { name: 'Cancel schedule' }).click();
      await workflowStatus(page, 'Draft');
    });

    test('the story list, the editor and the new-story form pass axe (WCAG 2.2 AA)', async () => {
      const page = await member('editor@example.com');
      const check = async (what: string) => {
        const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
        const summary = results.violations.map((v) => `${v.id}: ${v.nodes.length} × ${v.nodes[0]?.target.join(' ')}`);
        assert.deepEqual(summary, [], what);
      };
      await page.locator('table.stories').waitFor();
      await check('story list');
      // The first Tab reaches the skip link, and focus is visible.
      await page.keyboard.press('Tab');
      const focused = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement;
        const style = getComputedStyle(el);
        return { href: el.getAttribute('href'), outline: style.outlineStyle, width: parseFloat(style.outlineWidth) };
      });
      assert.equal(focused.href, '#main');
      assert.ok(focused.outline !== 'none' && focused.width >= 2, JSON.stringify(focused));
      await page.goto(`${nb.origin}/admin/stories/${storyId}?lang=en&from=uk`);
      await page.locator('.pane-source').waitFor();
      await check('editor with a version beside it');
      await page.locator('.revisions summary').click();
      await page.locator('.revision-list li').first().waitFor();
      await page.fill('#m-en-tagIds', 'e');
      await check('editor with the history and a picker open');
      await page.goto(`${nb.origin}/admin/stories/new`);
      await page.getByRole('button', { name: 'Create story' }).click();
      await page.locator('.field-error').first().waitFor();
      await check('new story with problems shown');
    });

    test('history: two saves compared word by word, and an earlier one restored', async () => {
      const page = await member('editor@example.com');
      await page.goto(`${nb.origin}/admin/stories/${storyId}?lang=en`);
      await page.locator('.revisions summary').click();
      const items = page.locator('.revision-list li');
      await items.nth(1).waitFor();
      await items.first().getByRole('checkbox').check();
      await items.last().getByRole('checkbox').check();
      await page.getByRole('button', { name: 'Compare' }).click();
      const diff = page.getByRole('dialog');
      await diff.locator('ins', { hasText: 'ministry' }).first().waitFor();
      await diff.getByRole('button', { name: 'Close' }).click();
      // Restoring the first save is a new save, after a confirmation; the editor shows it.
      await items.last().getByRole('button', { name: /^Restore/ }).click();
      await page.getByRole('dialog').getByRole('button', { name: 'Restore' }).click();
      await page.waitForFunction(() => !document.querySelector('.version-main .ProseMirror')?.textContent?.includes('ministry'));
      const editor = await signedIn(nb.t.app, 'editor@example.com');
      const en = (await editor('GET', `/admin/api/stories/${storyId}`)).json().versions.en;
      assert.doesNotMatch(JSON.stringify(en.body), /ministry/);
      assert.match(JSON.stringify(en.body), /important/);
    });

    test('at 375 px the list and the editor fit the screen; the interface speaks Ukrainian on request', async () => {
      const page = await member('author@example.com', { width: 375 });
      const fits = async (what: string) => {
        const { scrollWidth, innerWidth } = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth }));
        assert.ok(scrollWidth <= innerWidth, `${what} is ${scrollWidth}px wide in a ${innerWidth}px window`);
      };
      await page.getByLabel('Interface language').selectOption('uk');
      await page.getByRole('heading', { name: 'Матеріали' }).waitFor();
      // The document's language follows the interface once the choice is saved.
      await page.waitForFunction(() => document.documentElement.lang === 'uk', undefined, { timeout: 5000 }).catch(() => {});
      assert.equal(await page.getAttribute('html', 'lang'), 'uk');
      await fits('the story list');
      await shot(page, 'list-375');
      await page.getByRole('link', { name: 'Новий матеріал' }).click();
      await page.locator('.ProseMirror').waitFor();
      await fits('the new-story form');
      await shot(page, 'new-story-375');
      const author = await signedIn(nb.t.app, 'author@example.com');
      const { storyId: own } = (
        await author('POST', '/admin/api/stories', {
          kind: 'news', sectionId: nb.t.newsroom.sections.politics, tagIds: [nb.t.newsroom.tags.kyiv], authorIds: [nb.t.newsroom.authors.taras], importance: 1, hasVideo: false, hasPhotos: true,
          version: { lang: 'uk', headline: 'Дуже довгий заголовок, що має переноситися на вузькому екрані телефона без горизонтальної прокрутки', lead: 'Лід.', body: [paragraph('Текст.')], source: null, leadMediaId: null },
        })
      ).json();
      await page.goto(`${nb.origin}/admin/stories/${own}`);
      await page.locator('.ProseMirror').waitFor();
      await fits('the editor');
      await shot(page, 'editor-375');
      await page.setViewportSize({ width: 1280, height: 900 });
      await shot(page, 'editor-1280');

      // Signing out everywhere asks first, then ends this session too.
      await page.locator('.account summary').click();
      await page.getByRole('button', { name: 'Вийти на всіх пристроях' }).click();
      await page.getByRole('dialog').getByRole('button', { name: 'Вийти на всіх пристроях' }).click();
      await page.waitForURL(/\/admin\/login\?lang=uk$/);
      await page.goto(`${nb.origin}/admin/`);
      assert.match(page.url(), /\/admin\/login$/);
    });

    test('no page had a script error', () => {
      assert.deepEqual(scriptErrors, []);
    });
  });
}

import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import sharp from 'sharp';
import { BROWSER_DIALECTS, dialectSkip } from './support/databases.js';
import { noBrowser } from './support/browser.js';
import { PASSWORD, signedIn } from './support/members.js';
import { useNewsroomBrowser } from './support/newsroom-browser.js';
import { paragraph } from './support/newsroom.js';

/**
 * The body editor's Photo, Video and Post tools end to end in headless Chromium: an editor inserts
 * a photo from the library, a YouTube video and a Telegram post into a new story's body, saves and
 * publishes; the API has the blocks and readers see the figure, the video card and the post link.
 * A link that is not a video is refused in words; axe (WCAG 2.2 AA) checks the photo dialog.
 */

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

function multipart(fields: Record<string, string>, file: Buffer) {
  const boundary = `----masthead${Date.now()}`;
  const parts: Buffer[] = [];
  for (const [name, value] of Object.entries(fields)) parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`));
  parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="grid.jpg"\r\nContent-Type: image/jpeg\r\n\r\n`), file, Buffer.from('\r\n'));
  parts.push(Buffer.from(`--${boundary}--\r\n`));
  return { payload: Buffer.concat(parts), headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

for (const dialect of BROWSER_DIALECTS) {
  describe(`the body editor's photo, video and post tools in a real browser on ${dialect}`, noBrowser ? { skip: noBrowser } : await dialectSkip(dialect), () => {
    const nb = useNewsroomBrowser(dialect);
    const { member, scriptErrors } = nb;
    let mediaId = 0;
    let storyId = 0;
    const libraryCaption = 'Нова лінія електропередачі під Житомиром';
    const override = 'Монтажники на опорі';

    before(async () => {
      // A real photo in the library, uploaded through the API.
      const session = await nb.t.app.inject({ method: 'POST', url: '/admin/api/session', payload: { email: 'editor@example.com', password: PASSWORD } });
      const cookie = session.cookies.find((c) => c.name === 'mh_session')!.value;
      const jpeg = await sharp({ create: { width: 1200, height: 800, channels: 3, background: '#668844' } }).jpeg().toBuffer();
      const body = multipart({ caption_uk: libraryCaption, credit_uk: 'Іван Бойко', alt_uk: 'Опора лінії' }, jpeg);
      const res = await nb.t.app.inject({ method: 'POST', url: '/admin/api/media', payload: body.payload, headers: { ...body.headers, 'x-csrf-token': session.json().csrfToken }, cookies: { mh_session: cookie } });
      assert.equal(res.statusCode, 201, res.body);
      mediaId = res.json().media.id;
    });

    async function axeClean(page: Page, what: string) {
      const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
      assert.deepEqual(results.violations.map((v) => `${v.id}: ${v.nodes.length} × ${v.nodes[0]?.target.join(' ')}`), [], what);
    }

    test('an editor inserts a photo, a YouTube video and a Telegram post, saves and publishes', async () => {
      const editorApi = await signedIn(nb.t.app, 'editor@example.com');
      ({ storyId } = (
        await editorApi('POST', '/admin/api/stories', {
          kind: 'news', sectionId: nb.t.newsroom.sections.economy, tagIds: [], authorIds: [], importance: 0, hasVideo: false, hasPhotos: false,
          version: { lang: 'uk', headline: 'Енергетики добудували лінію', lead: 'Лінія запрацює взимку.', body: [paragraph('Перший абзац.')], source: null, leadMediaId: null },
        })
      ).json());
      const page = await member('editor@example.com');
      await page.goto(`${nb.origin}/admin/stories/${storyId}?lang=uk`);
      await page.locator('.workflow .status-line .badge', { hasText: 'Draft' }).waitFor();
      await page.locator('.body-editor .ProseMirror p', { hasText: 'Перший абзац.' }).click();
      await page.keyboard.press('End');

      // The photo: the dialog passes axe, the library offers the uploaded photo, a caption override.
      const toolbar = page.getByRole('toolbar', { name: 'Text formatting' });
      await toolbar.getByRole('button', { name: 'Photo', exact: true }).click();
      const dialog = page.getByRole('dialog', { name: 'Insert a photo' });
      await dialog.waitFor();
      await axeClean(page, 'the insert-photo dialog');
      await dialog.getByRole('button', { name: 'Choose from library' }).click();
      const library = page.getByRole('dialog', { name: 'Media library' });
      await library.getByRole('button', { name: `Choose: ${libraryCaption}` }).click();
      await library.waitFor({ state: 'hidden' });
      await dialog.getByRole('img', { name: `Chosen photo: ${libraryCaption}` }).waitFor();
      await dialog.getByLabel('Caption in this story (optional)').fill(override);
      await axeClean(page, 'the insert-photo dialog with a photo chosen');
      await dialog.getByRole('button', { name: 'Insert', exact: true }).click();
      await dialog.waitFor({ state: 'hidden' });
      const photoAtom = page.locator('.body-editor .preserved-image');
      await photoAtom.waitFor();
      assert.match((await photoAtom.textContent()) ?? '', new RegExp(override));
      assert.match((await photoAtom.locator('img').getAttribute('src')) ?? '', /^\/media\//);

      // A link that is not a video is refused in words; a YouTube link is taken.
      await toolbar.getByRole('button', { name: 'Video', exact: true }).click();
      const video = page.getByRole('dialog', { name: 'Insert a video' });
      await video.getByLabel('YouTube or Vimeo link').fill('https://example.com/watch?v=dQw4w9WgXcQ');
      await video.getByLabel('Video title').fill('Пресконференція Укренерго');
      await video.getByRole('button', { name: 'Insert', exact: true }).click();
      await video.getByRole('alert').filter({ hasText: 'This is not a YouTube or Vimeo video link' }).waitFor();
      assert.equal(await video.getByLabel('YouTube or Vimeo link').getAttribute('aria-invalid'), 'true');
      await video.getByLabel('YouTube or Vimeo link').fill('https://youtu.be/dQw4w9WgXcQ');
      await video.getByRole('button', { name: 'Insert', exact: true }).click();
      await video.waitFor({ state: 'hidden' });
      await page.locator('.body-editor .preserved-video', { hasText: 'Пресконференція Укренерго' }).waitFor();

      // A post on a host not allowed is refused; a Telegram post is taken.
      await toolbar.getByRole('button', { name: 'Social media post', exact: true }).click();
      const embed = page.getByRole('dialog', { name: 'Insert a social media post' });
      await embed.getByLabel('Link to the post').fill('https://example.com/post/1');
      await embed.getByLabel('Link to the post').press('Enter');
      await embed.getByRole('alert').filter({ hasText: 'Only posts on x.com' }).waitFor();
      await embed.getByLabel('Link to the post').fill('https://t.me/ukrenergo/4242');
      await embed.getByRole('button', { name: 'Insert', exact: true }).click();
      await embed.waitFor({ state: 'hidden' });
      await page.locator('.body-editor .preserved-embed', { hasText: 't.me/ukrenergo/4242' }).waitFor();

      // A fourth block removed with its button, another inserted and removed with Backspace.
      await toolbar.getByRole('button', { name: 'Social media post', exact: true }).click();
      await embed.getByLabel('Link to the post').fill('https://x.com/ukrenergo/status/1');
      await embed.getByRole('button', { name: 'Insert', exact: true }).click();
      const extra = page.locator('.body-editor .preserved-embed', { hasText: 'x.com/ukrenergo' });
      await extra.waitFor();
      await extra.getByRole('button', { name: /^Remove: / }).click();
      await extra.waitFor({ state: 'detached' });
      await toolbar.getByRole('button', { name: 'Social media post', exact: true }).click();
      await embed.getByLabel('Link to the post').fill('https://www.instagram.com/p/Cxyz/');
      await embed.getByRole('button', { name: 'Insert', exact: true }).click();
      const extra2 = page.locator('.body-editor .preserved-embed', { hasText: 'instagram.com' });
      await extra2.waitFor();
      await extra2.locator('.preserved-label').click();
      await page.locator('.body-editor .preserved-embed.ProseMirror-selectednode', { hasText: 'instagram.com' }).waitFor();
      await page.keyboard.press('Backspace');
      await extra2.waitFor({ state: 'detached' });

      await page.locator('.save-status', { hasText: /^Saved \d\d:\d\d$/ }).waitFor();
      const uk = (await editorApi('GET', `/admin/api/stories/${storyId}`)).json().versions.uk;
      assert.deepEqual(uk.body.slice(1), [
        { type: 'image', mediaId, caption: override },
        { type: 'video', provider: 'youtube', videoId: 'dQw4w9WgXcQ', title: 'Пресконференція Укренерго' },
        { type: 'embed', provider: 'telegram', url: 'https://t.me/ukrenergo/4242' },
      ]);
      assert.deepEqual(uk.body[0], paragraph('Перший абзац.'));

      await page.getByRole('button', { name: 'Publish now' }).click();
      await page.locator('.workflow .status-line .badge', { hasText: 'Published' }).waitFor();

      // At 375 px the toolbar wraps instead of widening the page.
      await page.setViewportSize({ width: 375, height: 800 });
      const { scrollWidth, innerWidth } = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth }));
      assert.ok(scrollWidth <= innerWidth, `the editor is ${scrollWidth}px wide in a ${innerWidth}px window`);
    });

    test('readers see the figure, the video card and the link to the post', async () => {
      const reader = await nb.browser.newPage();
      await reader.goto(`${nb.origin}/`);
      const href = await reader.locator(`a[href$="/${storyId}/"]`).first().getAttribute('href');
      assert.ok(href);
      await reader.goto(nb.origin + href);
      await reader.locator('article figure figcaption', { hasText: override }).first().waitFor();
      assert.equal(await reader.locator('article .media-card a[href="https://www.youtube.com/watch?v=dQw4w9WgXcQ"]').count(), 1);
      assert.equal(await reader.locator('article blockquote.embed a[href="https://t.me/ukrenergo/4242"]').count(), 1);
      await reader.close();
    });

    test('no page had a script error', () => {
      assert.deepEqual(scriptErrors, []);
    });
  });
}

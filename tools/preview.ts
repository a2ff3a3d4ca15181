/**
 * Renders every fixture page in every language to /tmp/masthead-preview/ (CSS beside them) and,
 * with --shots, screenshots them in Chromium at 375px and 1280px, reports any page wider than
 * the screen, and runs axe-core on each (WCAG 2.2 AA and best practices).
 *
 * @example npm run preview -- --shots
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { LANGUAGES } from '../src/domain/locale.js';
import {
  archiveFixture, articleFixture, errorFixture, frontFixture, imageFixture, listFixture,
} from '../test/support/render-fixtures.js';
import { renderArchive, renderArticle, renderError, renderFrontPage, renderListPage, SITE_CSS } from '../src/render/index.js';
import type { Chrome } from '../src/render/view-models.js';

const OUT = '/tmp/masthead-preview';
const CHROMIUM = '/usr/bin/chromium';
const CHROMIUM_ARGS = ['--no-sandbox', '--headless', '--disable-gpu', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--no-first-run'];

/** Link the stylesheet beside the files, so pages open straight from disk. */
const local = <T extends { chrome: Chrome }>(v: T): T => ({ ...v, chrome: { ...v.chrome, cssHref: 'site.css' } });

const MEDIA = /\/media\/2025\/03\/([a-z0-9-]+?)-(\d+)\.jpg/g;
const PALETTE = ['#3d5a80', '#98c1d9', '#ee6c4d', '#293241', '#6a994e', '#bc4749', '#f2cc8f'];

/** The fixtures point at /media/…jpg that only a real site has: draw a stand-in per picture. */
function withPlaceholderImages(page: string): string {
  mkdirSync(join(OUT, 'media'), { recursive: true });
  return page.replace(MEDIA, (_, name: string) => {
    const hue = PALETTE[[...name].reduce((a, c) => a + c.charCodeAt(0), 0) % PALETTE.length]!;
    writeFileSync(join(OUT, 'media', `${name}.svg`), `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="675">`
      + `<rect width="1200" height="675" fill="${hue}"/><circle cx="900" cy="200" r="140" fill="#fff" opacity=".35"/>`
      + `<text x="60" y="620" font-size="64" font-family="sans-serif" fill="#fff">${name}</text></svg>`);
    return `media/${name}.svg`;
  });
}

function renderPreviews(): string[] {
  mkdirSync(OUT, { recursive: true });
  writeFileSync(join(OUT, 'site.css'), SITE_CSS);
  const files: string[] = [];
  for (const lang of LANGUAGES) {
    const portraits = articleFixture(lang).bylines.map((b) => ({ ...b, photo: { ...imageFixture(lang, 'portrait', b.name), width: 320, height: 320 } }));
    const pages: Record<string, string> = {
      front: renderFrontPage(local(frontFixture(lang))),
      article: renderArticle(local(articleFixture(lang))),
      column: renderArticle(local(articleFixture(lang, { kind: 'column', bylines: portraits, updatedAt: null, updateNote: null }))),
      section: renderListPage(local(listFixture(lang, 'section'))),
      author: renderListPage(local(listFixture(lang, 'author'))),
      archive: renderArchive(local(archiveFixture(lang))),
      error: renderError(local(errorFixture(lang, 404))),
    };
    for (const [name, page] of Object.entries(pages)) {
      const file = join(OUT, `${name}-${lang}.html`);
      writeFileSync(file, withPlaceholderImages(page));
      files.push(file);
    }
  }
  return files;
}

async function screenshots(files: string[]): Promise<void> {
  const { chromium } = await import('playwright-core');
  const { AxeBuilder } = await import('@axe-core/playwright');
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  try {
    for (const width of [375, 1280]) {
      const context = await browser.newContext({ viewport: { width, height: 900 } });
      const page = await context.newPage();
      for (const file of files) {
        await page.goto(`file://${file}`);
        // Load every lazy picture so full-page shots show them. (Strings: tsconfig has no DOM lib.)
        await page.evaluate(`Promise.all([...document.images].map((img) => { img.loading = 'eager'; return img.decode().catch(() => 0); }))`);
        const [scroll, inner] = await page.evaluate<[number, number]>('[document.documentElement.scrollWidth, window.innerWidth]');
        if (scroll > inner) console.log(`OVERFLOW ${file} at ${width}px: ${scroll} > ${inner}`);
        await page.screenshot({ path: file.replace(/\.html$/, `-${width}.png`), fullPage: true });
        const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze();
        for (const v of axe.violations) console.log(`AXE ${file} at ${width}px: ${v.id} (${v.nodes.length}) ${v.help}`);
      }
      await context.close();
    }
  } finally {
    await browser.close();
  }
}

const files = renderPreviews();
console.log(`wrote ${files.length} pages to ${OUT}`);
if (process.argv.includes('--shots')) await screenshots(files);

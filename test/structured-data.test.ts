import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { CheerioAPI } from 'cheerio';
import sharp from 'sharp';
import type { MediaVariant } from '../src/domain/taxonomy.js';
import { generatePhoto } from '../src/seed/images.js';
import { uploadPhoto } from '../src/services/media/upload-photo.js';
import { AuditRepository } from '../src/storage/audit-repository.js';
import { JobRepository } from '../src/storage/job-repository.js';
import { MediaRepository } from '../src/storage/media-repository.js';
import { makeAvifHandler } from '../src/jobs/make-avif.js';
import type { Job } from '../src/storage/job-repository.js';
import { INDEXABLE } from '../src/web/reader/present-common.js';
import { DIALECTS, dialectSkip } from './support/databases.js';
import { BASE_URL, buildTestApp, getPage, type TestApp } from './support/app.js';
import { createMembers } from './support/members.js';
import { NOW } from './support/newsroom.js';

type Json = Record<string, any>;
const hoursAgo = (h: number) => new Date(NOW.getTime() - h * 3_600_000);
const ATTACK = 'Тест </script><script>alert(1)</script> <!-- & \u2028';

/** Every JSON-LD block of a page, parsed. */
function jsonLd($: CheerioAPI): Json[] {
  return $('script[type="application/ld+json"]').map((_, s) => JSON.parse($(s).html()!) as Json).get();
}
const ofType = ($: CheerioAPI, type: string) => jsonLd($).filter((d) => d['@type'] === type);
const one = ($: CheerioAPI, type: string) => {
  const found = ofType($, type);
  assert.equal(found.length, 1, `one ${type}`);
  return found[0]!;
};
/** OpenGraph (property) and Twitter (name) tags: key → every content, in order. */
function metaTags($: CheerioAPI): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  $('meta[property], meta[name]').each((_, m) => {
    const key = $(m).attr('property') ?? $(m).attr('name')!;
    (out[key] ??= []).push($(m).attr('content')!);
  });
  return out;
}
const OFFSET = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d$/;

for (const dialect of DIALECTS) {
  describe(`structured data and social tags on ${dialect}`, await dialectSkip(dialect), () => {
    let t: TestApp;
    let cropped: number;
    let news: number;
    let column: number;
    let attack: number;
    let bare: number;
    before(async () => {
      t = await buildTestApp(dialect);
      const image = await generatePhoto(t.mediaDir, 0, ['#5b7fa3', '#3d5a40', '#c9b37e']);
      const texts = { uk: 'Опис', ru: 'Описание', en: 'A street at dusk' };
      cropped = await t.newsroom.repos.writer.createMedia({ ...image, caption: texts, credit: texts, alt: texts }, NOW);
      news = await t.newsroom.story({
        tags: ['energy', 'kyiv'],
        authors: ['olena', 'taras'],
        versions: {
          uk: { leadMediaId: cropped, publishedAt: hoursAgo(3), updatedAt: hoursAgo(0.5), updateNote: 'Оновлено' },
          en: { leadMediaId: cropped, headline: 'Grid repairs finished', lead: 'Power is back.', publishedAt: hoursAgo(1) },
          ru: { leadMediaId: cropped, status: 'draft' },
        },
      });
      // Published at the same moment: the default language (uk) counts as the original.
      column = await t.newsroom.story({ kind: 'column', section: 'economy', versions: { ru: { publishedAt: hoursAgo(2) }, uk: { publishedAt: hoursAgo(2) } } });
      attack = await t.newsroom.story({ versions: { uk: { headline: ATTACK } } });
      bare = await t.newsroom.story({ versions: { en: { leadMediaId: null } } });
    });
    after(() => t?.destroy());

    const newsUrl = (prefix: string) => `${prefix}/news/${NOW.getUTCFullYear()}/03/01/${news}/`;

    test('a news article is a NewsArticle with every field Google lists', async () => {
      const { res, $ } = await getPage(t.app, newsUrl(''));
      assert.equal(res.statusCode, 200);
      const a = one($, 'NewsArticle');
      const canonical = `${BASE_URL}${newsUrl('')}`;
      assert.equal(a['@context'], 'https://schema.org');
      assert.equal(a.headline, 'Заголовок новини');
      assert.equal(a.description, 'Заголовок новини: lead');
      assert.deepEqual(a.mainEntityOfPage, { '@type': 'WebPage', '@id': canonical });
      assert.equal(a.url, canonical);
      assert.equal(a.datePublished, '2025-03-01T15:22:00+02:00');
      assert.equal(a.dateModified, '2025-03-01T17:52:00+02:00');
      assert.deepEqual(a.author, [
        { '@type': 'Person', '@id': `${BASE_URL}/authors/olena-koval/#person`, name: 'Олена Коваль', url: `${BASE_URL}/authors/olena-koval/` },
        { '@type': 'Person', '@id': `${BASE_URL}/authors/taras-melnyk/#person`, name: 'Тарас Мельник', url: `${BASE_URL}/authors/taras-melnyk/` },
      ]);
      assert.equal(a.publisher['@type'], 'NewsMediaOrganization');
      assert.equal(a.publisher.name, 'Masthead');
      assert.equal(a.publisher.url, `${BASE_URL}/`);
      assert.equal(a.publisher.logo['@type'], 'ImageObject');
      assert.equal(a.inLanguage, 'uk');
      assert.equal(a.articleSection, 'Політика');
      assert.deepEqual(a.keywords, ['Енергетика', 'Київ']);
      assert.equal(a.isAccessibleForFree, true);
      assert.equal(a.translationOfWork, undefined);

      // The logo is a real PNG of the declared size.
      const logo = await t.app.inject(a.publisher.logo.url.slice(BASE_URL.length));
      assert.equal(logo.statusCode, 200);
      assert.equal(logo.headers['content-type'], 'image/png');
      const meta = await sharp(logo.rawPayload).metadata();
      assert.deepEqual([meta.format, meta.width, meta.height], ['png', a.publisher.logo.width, a.publisher.logo.height]);
      assert.ok(meta.width! <= 600 && meta.height! <= 60);
    });

    test('article images are absolute 16:9, 4:3 and 1:1 crops, 1200 wide, on disk and in the media row, never in srcsets', async () => {
      const { $ } = await getPage(t.app, newsUrl(''));
      const { image } = one($, 'NewsArticle');
      assert.equal(image.length, 3);
      const ratios = [16 / 9, 4 / 3, 1];
      for (const [i, url] of (image as string[]).entries()) {
        assert.ok(url.startsWith(`${BASE_URL}/media/`), url);
        const file = join(t.mediaDir, url.slice(`${BASE_URL}/media/`.length));
        assert.ok(existsSync(file), file);
        const m = await sharp(file).metadata();
        assert.equal(m.width, 1200);
        assert.ok(Math.abs(m.width! / m.height! - ratios[i]!) < 0.01, url);
        const served = await t.app.inject(url.slice(BASE_URL.length));
        assert.equal(served.statusCode, 200);
      }
      const row = await new MediaRepository(t.db.db).findFiles(cropped);
      const crops = row!.variants.filter((v) => v.crop);
      assert.deepEqual(crops.map((v) => [v.crop, v.width, v.height]), [['16x9', 1200, 675], ['4x3', 1200, 900], ['1x1', 1200, 1200]]);
      const srcsets = $('img[srcset], source[srcset]').map((_, el) => $(el).attr('srcset')).get().join(' ');
      assert.match(srcsets, /photo-1-800\.jpg 800w/);
      assert.doesNotMatch(srcsets, /16x9|4x3|1x1/);
    });

    test('language versions link as translations: the earliest is the original, only published versions, reciprocal', async () => {
      const uk = one((await getPage(t.app, newsUrl(''))).$, 'NewsArticle');
      const en = one((await getPage(t.app, newsUrl('/en'))).$, 'NewsArticle');
      assert.equal(en.inLanguage, 'en');
      assert.equal(en.headline, 'Grid repairs finished');
      assert.deepEqual(uk.workTranslation, [{ '@type': 'NewsArticle', '@id': en['@id'], url: en.url, inLanguage: 'en' }]);
      assert.deepEqual(en.translationOfWork, { '@type': 'NewsArticle', '@id': uk['@id'], url: uk.url, inLanguage: 'uk' });
      assert.equal(en.workTranslation, undefined);
      // The Russian draft is nowhere: no page, no link.
      assert.equal((await t.app.inject(newsUrl('/ru'))).statusCode, 404);
      assert.doesNotMatch(JSON.stringify([uk, en]), /\/ru\//);
    });

    test('a column is an OpinionNewsArticle; a tie goes to the default language; no crops falls back to the original', async () => {
      const url = (p: string) => `${p}/columns/2025/03/01/${column}/`;
      const uk = one((await getPage(t.app, url(''))).$, 'OpinionNewsArticle');
      const ru = one((await getPage(t.app, url('/ru'))).$, 'OpinionNewsArticle');
      assert.deepEqual(uk.workTranslation, [{ '@type': 'OpinionNewsArticle', '@id': ru['@id'], url: ru.url, inLanguage: 'ru' }]);
      assert.deepEqual(ru.translationOfWork, { '@type': 'OpinionNewsArticle', '@id': uk['@id'], url: uk.url, inLanguage: 'uk' });
      assert.deepEqual(uk.image, [`${BASE_URL}/media/demo/photo-1-1200.jpg`]);
      assert.equal(uk.articleSection, 'Економіка');
      assert.match(uk.datePublished, OFFSET);
      assert.equal(uk.dateModified, uk.datePublished);
      assert.equal(uk.keywords, undefined);
    });

    test('</script> in a headline cannot break out of the JSON-LD', async () => {
      const { res, $ } = await getPage(t.app, `/news/2025/03/01/${attack}/`);
      assert.equal(res.statusCode, 200);
      assert.doesNotMatch(res.body, /<script>alert/);
      // The only scripts on the page are the two JSON-LD blocks, and they parse.
      assert.equal($('script').length, 2);
      assert.equal(one($, 'NewsArticle').headline, ATTACK);
      assert.equal(one($, 'BreadcrumbList').itemListElement[2].name, ATTACK);
      assert.equal($('meta[property="og:title"]').attr('content'), ATTACK);
    });

    test('breadcrumbs: edition home, section, article; home and section, tag or author on list pages', async () => {
      const crumbs = ($: CheerioAPI) => one($, 'BreadcrumbList').itemListElement.map((i: Json) => [i['@type'], i.position, i.name, i.item]);
      assert.deepEqual(crumbs((await getPage(t.app, newsUrl('/en'))).$), [
        ['ListItem', 1, 'Masthead', `${BASE_URL}/en/`],
        ['ListItem', 2, 'Politics', `${BASE_URL}/en/sections/politics/`],
        ['ListItem', 3, 'Grid repairs finished', `${BASE_URL}${newsUrl('/en')}`],
      ]);
      assert.deepEqual(crumbs((await getPage(t.app, '/sections/polityka/')).$), [
        ['ListItem', 1, 'Masthead', `${BASE_URL}/`],
        ['ListItem', 2, 'Політика', `${BASE_URL}/sections/polityka/`],
      ]);
      assert.deepEqual(crumbs((await getPage(t.app, '/ru/tags/kiev/')).$)[1], ['ListItem', 2, 'Киев', `${BASE_URL}/ru/tags/kiev/`]);
      assert.deepEqual(crumbs((await getPage(t.app, '/en/authors/olena-koval/')).$)[1], ['ListItem', 2, 'Olena Koval', `${BASE_URL}/en/authors/olena-koval/`]);
    });

    test('author pages are a ProfilePage about a Person', async () => {
      const { $ } = await getPage(t.app, '/en/authors/olena-koval/');
      const p = one($, 'ProfilePage');
      assert.equal(p.url, `${BASE_URL}/en/authors/olena-koval/`);
      assert.deepEqual(p.mainEntity, {
        '@type': 'Person',
        '@id': `${BASE_URL}/en/authors/olena-koval/#person`,
        name: 'Olena Koval',
        url: `${BASE_URL}/en/authors/olena-koval/`,
        jobTitle: 'Correspondent',
        description: 'Bio',
      });
      const tags = metaTags($);
      assert.deepEqual(tags['og:type'], ['profile']);
      assert.deepEqual(tags['og:title'], ['Olena Koval']);
      assert.deepEqual(tags['description'], ['Bio']);
    });

    test('the front page names the site and its publisher, with a square logo', async () => {
      const { $ } = await getPage(t.app, '/ru/');
      const site = one($, 'WebSite');
      assert.deepEqual([site.name, site.url, site.inLanguage], ['Masthead', `${BASE_URL}/ru/`, 'ru']);
      // The sitelinks search box leads to the edition's search page.
      assert.deepEqual(site.potentialAction, {
        '@type': 'SearchAction',
        target: `${BASE_URL}/ru/search/?q={search_term_string}`,
        'query-input': 'required name=search_term_string',
      });
      const org = one($, 'NewsMediaOrganization');
      assert.deepEqual([org.name, org.url, org['@id']], ['Masthead', `${BASE_URL}/ru/`, site.publisher['@id']]);
      assert.ok(org.logo.width >= 112 && org.logo.width === org.logo.height);
      const logo = await t.app.inject(org.logo.url.slice(BASE_URL.length));
      const meta = await sharp(logo.rawPayload).metadata();
      assert.deepEqual([logo.statusCode, meta.width, meta.height], [200, org.logo.width, org.logo.height]);
      assert.equal(logo.headers['cache-control'], 'public, max-age=31536000, immutable');
      // Only logos of current site names are drawn.
      assert.equal((await t.app.inject('/assets/logo/wide.0123456789ab.png')).statusCode, 404);
      assert.equal((await t.app.inject('/assets/logo/other.png')).statusCode, 404);
      const tags = metaTags($);
      assert.deepEqual(tags['og:type'], ['website']);
      assert.deepEqual(tags['og:locale'], ['ru_UA']);
      assert.deepEqual(tags['og:locale:alternate'], ['uk_UA', 'en_GB']);
      assert.deepEqual(tags['twitter:card'], ['summary']);
    });

    test('OpenGraph and Twitter card tags of an article', async () => {
      const { $ } = await getPage(t.app, newsUrl(''));
      const tags = metaTags($);
      const canonical = `${BASE_URL}${newsUrl('')}`;
      const wide = `${BASE_URL}/media/demo/photo-1-16x9-1200.jpg`;
      assert.equal($('link[rel=canonical]').attr('href'), canonical);
      const expected: Record<string, string[]> = {
        'og:site_name': ['Masthead'],
        'og:type': ['article'],
        'og:title': ['Заголовок новини'],
        'og:description': ['Заголовок новини: lead'],
        'og:url': [canonical],
        'og:locale': ['uk_UA'],
        'og:locale:alternate': ['en_GB'],
        'og:image': [wide],
        'og:image:width': ['1200'],
        'og:image:height': ['675'],
        'og:image:alt': ['Опис'],
        'article:published_time': ['2025-03-01T15:22:00+02:00'],
        'article:modified_time': ['2025-03-01T17:52:00+02:00'],
        'article:section': ['Політика'],
        'article:tag': ['Енергетика', 'Київ'],
        'article:author': [`${BASE_URL}/authors/olena-koval/`, `${BASE_URL}/authors/taras-melnyk/`],
        'twitter:card': ['summary_large_image'],
        'twitter:title': ['Заголовок новини'],
        'twitter:description': ['Заголовок новини: lead'],
        'twitter:image': [wide],
        'twitter:image:alt': ['Опис'],
        robots: [INDEXABLE],
      };
      for (const [key, value] of Object.entries(expected)) assert.deepEqual(tags[key], value, key);
      assert.match(INDEXABLE, /max-image-preview:large/);
    });

    test('a story without a photo gets a small card with the logo', async () => {
      const { $ } = await getPage(t.app, `/en/news/2025/03/01/${bare}/`);
      const tags = metaTags($);
      assert.deepEqual(tags['twitter:card'], ['summary']);
      assert.match(tags['og:image']![0]!, /^https:\/\/news\.example\.com\/assets\/logo\/square\.[0-9a-f]{12}\.png$/);
      assert.equal(one($, 'NewsArticle').image, undefined);
    });

    test('robots: indexable pages allow large previews; error pages stay noindex', async () => {
      for (const url of ['/', '/en/', '/sections/polityka/', '/tags/kyiv/', '/authors/olena-koval/', '/archive/', '/support/']) {
        const { res, $ } = await getPage(t.app, url);
        assert.equal(res.statusCode, 200, url);
        assert.equal($('meta[name=robots]').attr('content'), INDEXABLE, url);
        assert.ok($('meta[property="og:title"]').attr('content'), url);
      }
      const missing = await getPage(t.app, '/sections/no-such-section/');
      assert.equal(missing.res.statusCode, 404);
      assert.equal(missing.$('meta[name=robots]').attr('content'), 'noindex');
      assert.equal(missing.$('meta[property^="og:"]').length, 0);
      assert.equal(missing.$('script').length, 0);
    });

    test('section and tag pages have a description in their language', async () => {
      const description = async (url: string) => (await getPage(t.app, url)).$('meta[name=description]').attr('content');
      assert.equal(await description('/sections/polityka/'), 'Новини та статті розділу «Політика» — Masthead');
      assert.equal(await description('/ru/sections/politika/'), 'Новости и статьи раздела «Политика» — Masthead');
      assert.equal(await description('/en/tags/energy/'), 'News on Energy — Masthead');
      assert.equal(await description('/tags/kyiv/'), 'Новини на тему «Київ» — Masthead');
    });

    test('uploads get 16:9, 4:3 and 1:1 crops, 1200 wide when the original allows, and no AVIF for them', async () => {
      const members = await createMembers(t.db);
      const deps = { db: t.db.db, writer: t.newsroom.repos.writer, jobs: new JobRepository(t.db.db), audit: new AuditRepository(t.db.db), mediaDir: t.mediaDir, now: () => NOW };
      const texts = { caption: { uk: '', ru: '', en: '' }, credit: { uk: '', ru: '', en: '' }, alt: { uk: '', ru: '', en: '' } };
      const sizes: [number, number, [number, number][]][] = [
        [2400, 1600, [[1200, 675], [1200, 900], [1200, 1200]]],
        [1000, 600, [[1000, 563], [800, 600], [600, 600]]],
      ];
      for (const [width, height, expected] of sizes) {
        const photo = await sharp({ create: { width, height, channels: 3, background: '#446688' } }).jpeg().toBuffer();
        const id = await uploadPhoto(deps, { id: members.author, role: 'author' }, photo, texts);
        const repo = new MediaRepository(t.db.db);
        await makeAvifHandler(t.mediaDir, repo)({ events: t.app.changeEvents }, { payload: { mediaId: id } } as Job);
        const stored = (await repo.findFiles(id))!;
        const crops = stored.variants.filter((v: MediaVariant) => v.crop);
        const avif = stored.variants.filter((v) => v.mime === 'image/avif').map((v) => v.width);
        const jpegWidths = stored.variants.filter((v) => v.mime === 'image/jpeg' && !v.crop).map((v) => v.width);
        assert.deepEqual(avif.sort((a, b) => a - b), [...jpegWidths, width].sort((a, b) => a - b));
        assert.deepEqual(crops.map((v) => [v.width, v.height]), expected);
        for (const v of crops) {
          assert.equal(v.mime, 'image/jpeg');
          const m = await sharp(join(t.mediaDir, v.path)).metadata();
          assert.deepEqual([m.format, m.width, m.height], ['jpeg', v.width, v.height]);
        }
      }
    });
  });
}

import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { CheerioAPI } from 'cheerio';
import { AxeBuilder } from '@axe-core/playwright';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import type { FastifyInstance } from 'fastify';
import type { Browser } from 'playwright-core';
import { HtmlValidate } from 'html-validate';
import { buildApp } from '../src/app.js';
import { loadConfig } from '../src/config/config.js';
import { LANGUAGES, type Lang } from '../src/domain/locale.js';
import { HTML_VALIDATE_CONFIG } from './support/html-validate-config.js';
import { UI } from '../src/render/i18n.js';
import { SEARCH_UI } from '../src/render/search-i18n.js';
import type { SearchFn } from '../src/services/search/compose-search-page.js';
import type { SearchHit, SearchRequest, SearchResults } from '../src/services/search/search-types.js';
import { BASE_URL, buildTestApp, getPage, type TestApp } from './support/app.js';
import { launchBrowser, listenLocally, noBrowser } from './support/browser.js';
import { createTestDatabase, DIALECTS, dialectSkip, type TestDatabase } from './support/databases.js';
import { buildNewsroom, NOW, paragraph, type SmallNewsroom } from './support/newsroom.js';
import { cacheControl } from '../src/web/cache/page-cache.js';

/**
 * The reader's search pages: the header form on every page, /search/ in each edition (results,
 * nothing found, an invitation to search), opensearch.xml and the front page's SearchAction.
 * Page markup is checked against a stand-in engine with known answers; the last suite runs the
 * real engine over a small newsroom, including hostile queries.
 */

const validator = new HtmlValidate(HTML_VALIDATE_CONFIG);
const home: Record<Lang, string> = { uk: '/', ru: '/ru/', en: '/en/' };
const HOSTILE = [
  'x'.repeat(10_000),
  'Київ '.repeat(2_000),
  '"',
  '"unbalanced quote',
  '<',
  '<script>alert(1)</script>',
  '*',
  '* " ( ) : ^ NEAR AND OR',
  "'; DROP TABLE stories; --",
  '1 OR 1=1',
  'title:Київ^2',
  '-',
  '\u0000\u0007\u001b',
  '«»',
  '%',
];

async function assertValid(html: string, what: string): Promise<void> {
  const report = await validator.validateString(html);
  assert.deepEqual(report.results.flatMap((r) => r.messages.map((m) => `${m.ruleId}: ${m.message}`)), [], what);
}

const query = (href: string) => new URL(href, BASE_URL).searchParams;

/** The stand-in engine: 45 results (about 45 when the query has "many"), none for "nothing". */
function standIn(sectionId: number): { search: SearchFn; calls: SearchRequest[] } {
  const calls: SearchRequest[] = [];
  const search: SearchFn = async (r) => {
    calls.push(r);
    const base = { words: r.q.toLowerCase().split(' ').filter(Boolean), truncated: r.q.length > 200, page: r.page, perPage: r.perPage };
    if (r.q === 'the of') return { ...base, empty: true, words: [], hits: [], total: 0, totalIsExact: true };
    if (r.q.includes('nothing')) return { ...base, empty: false, hits: [], total: 0, totalIsExact: true };
    const total = 45;
    const start = (r.page - 1) * r.perPage;
    const count = Math.max(0, Math.min(r.perPage, total - start));
    const hits = Array.from({ length: count }, (_, i): SearchHit => ({
      card: {
        storyId: 100 + start + i,
        // In an all-languages search the second result is English.
        lang: r.lang === 'all' && i === 1 ? 'en' : r.filterLang,
        kind: i === 2 ? 'article' : 'news',
        sectionId,
        importance: 0,
        hasVideo: false,
        hasPhotos: false,
        headline: `<script>alert(1)</script> Київ ${start + i}`,
        lead: 'Лід',
        leadMediaId: null,
        publishedAt: new Date(NOW.getTime() - (start + i + 1) * 3_600_000),
        updatedAt: null,
      },
      status: 'published',
      kind: 'news',
      headline: [{ text: '<script>alert(1)</script> ', match: false }, { text: 'Київ', match: true }, { text: ` ${start + i}`, match: false }],
      snippet: [{ text: 'Переговори у ', match: false }, { text: 'Києві', match: true }, { text: ' & <b>тривали</b> до ночі', match: false }],
    }));
    return { ...base, empty: false, hits, total, totalIsExact: !r.q.includes('many') } satisfies SearchResults;
  };
  return { search, calls };
}

/** An app with the small newsroom whose search is the stand-in. */
async function buildStandInApp(dialect: (typeof DIALECTS)[number]) {
  const db: TestDatabase = await createTestDatabase(dialect);
  const newsroom: SmallNewsroom = await buildNewsroom(db);
  const mediaDir = mkdtempSync(join(tmpdir(), 'masthead-media-'));
  const engine = standIn(newsroom.sections.politics);
  const config = loadConfig({ NODE_ENV: 'test', BASE_URL, MEDIA_DIR: mediaDir });
  const app: FastifyInstance = await buildApp(config, { database: db, now: () => NOW, search: engine.search });
  return {
    app, newsroom, calls: engine.calls,
    destroy: async () => {
      await app.close();
      await db.destroy();
      rmSync(mediaDir, { recursive: true, force: true });
    },
  };
}

function searchUrl(lang: Lang, params: Record<string, string>): string {
  return `${home[lang]}search/?${new URLSearchParams(params)}`;
}

function checkHeaderForm($: CheerioAPI, lang: Lang, where: string): void {
  const form = $('header form[role=search]');
  assert.equal(form.length, 1, where);
  assert.equal(form.attr('action'), `${home[lang]}search/`, where);
  assert.equal(form.attr('method'), 'get', where);
  assert.equal(form.attr('aria-label'), UI[lang].searchSite, where);
  const input = form.find('input[name=q]');
  assert.equal(input.attr('type'), 'search', where);
  assert.equal($(`label[for="${input.attr('id')}"]`).text(), UI[lang].searchSite, where);
  assert.equal(form.find('button[type=submit]').text(), UI[lang].searchButton, where);
  const link = $('link[rel=search]');
  assert.equal(link.attr('type'), 'application/opensearchdescription+xml', where);
  assert.equal(link.attr('href'), `${BASE_URL}${home[lang]}opensearch.xml`, where);
  assert.ok(link.attr('title'), where);
}

for (const dialect of DIALECTS) {
  describe(`search pages with a stand-in engine on ${dialect}`, await dialectSkip(dialect), () => {
    let t: Awaited<ReturnType<typeof buildStandInApp>>;
    let story: number;
    before(async () => {
      t = await buildStandInApp(dialect);
      story = await t.newsroom.story({ section: 'politics', tags: ['kyiv'], authors: ['olena'], versions: { uk: {}, ru: {}, en: {} } });
    });
    after(() => t?.destroy());

    for (const lang of LANGUAGES) {
      const ui = SEARCH_UI[lang];

      test(`${lang}: every kind of page has the search form in its header and the OpenSearch link`, async () => {
        const pages = [
          home[lang],
          `${home[lang]}news/2025/03/01/${story}/`,
          `${home[lang]}sections/${lang === 'uk' ? 'polityka' : lang === 'ru' ? 'politika' : 'politics'}/`,
          `${home[lang]}archive/`,
          `${home[lang]}support/`,
          `${home[lang]}no-such-page/`,
          searchUrl(lang, { q: 'Київ' }),
          `${home[lang]}search/`,
        ];
        for (const url of pages) {
          const { res, $ } = await getPage(t.app, url);
          assert.ok([200, 404].includes(res.statusCode), url);
          checkHeaderForm($, lang, url);
        }
      });

      test(`${lang}: results mark the matched words, escape everything and link to the stories`, async () => {
        const q = 'Київ "><script>alert(2)</script>';
        const { res, $ } = await getPage(t.app, searchUrl(lang, { q }));
        assert.equal(res.statusCode, 200);
        assert.equal(res.headers['cache-control'], cacheControl('search', false));
        assert.equal(res.headers['x-robots-tag'], 'noindex');
        assert.equal($('meta[name=robots]').attr('content'), 'noindex');
        assert.equal($('title').text(), `${ui.titleFor(q)} — Masthead`);
        assert.equal($('h1').text(), ui.titleFor(q));
        assert.equal($('main input[name=q]').val(), q);
        // The language switcher leads to the same search in the other editions.
        for (const other of LANGUAGES) {
          const href = $(`nav.lang-switch a[hreflang=${other}]`).attr('href')!;
          assert.ok(href.startsWith(`${home[other]}search/?`), href);
          assert.equal(query(href).get('q'), q);
        }
        assert.equal($('script:not([type="application/ld+json"])').length, 0, 'no script from the query or a headline');
        assert.doesNotMatch(res.body, /<script>alert/);
        const items = $('ol.results > li');
        assert.equal(items.length, 20);
        const first = items.first();
        assert.equal(first.find('h2 a').text(), '<script>alert(1)</script> Київ 0');
        assert.deepEqual(first.find('mark').map((_, m) => $(m).text()).get(), ['Київ', 'Києві']);
        assert.equal(first.find('.card-summary').text(), 'Переговори у Києві & <b>тривали</b> до ночі');
        assert.equal(first.find('.card-summary b').length, 0);
        assert.match(first.find('h2 a').attr('href')!, new RegExp(`^${home[lang]}news/2025/03/01/100/$`));
        assert.ok(first.find('time[datetime]').length === 1);
        assert.equal(first.find('.card-kicker a').text(), lang === 'uk' ? 'Політика' : lang === 'ru' ? 'Политика' : 'Politics');
        assert.match($('main').text(), new RegExp(ui.found('45', 45, true).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
        // The engine was asked for this edition's language, by readers, one page of 20.
        const asked = t.calls.at(-1)!;
        assert.deepEqual(
          { q: asked.q, lang: asked.lang, filterLang: asked.filterLang, sort: asked.sort, page: asked.page, perPage: asked.perPage, audience: asked.audience },
          { q, lang, filterLang: lang, sort: 'relevance', page: 1, perPage: 20, audience: 'readers' },
        );
        await assertValid(res.body, `results in ${lang}`);
      });

      test(`${lang}: pagination, sort and language switches keep the rest of the search`, async () => {
        const { $ } = await getPage(t.app, searchUrl(lang, { q: 'Київ many', page: '2', sort: 'date' }));
        assert.equal($('main').text().includes(ui.found('45', 45, false)), true, 'an inexact count says "about"');
        const prev = query($('a[rel=prev]').attr('href')!);
        const next = query($('a[rel=next]').attr('href')!);
        assert.deepEqual([...prev.entries()], [['q', 'Київ many'], ['sort', 'date']]);
        assert.deepEqual([...next.entries()], [['q', 'Київ many'], ['sort', 'date'], ['page', '3']]);
        assert.equal($('.pager [aria-current=page]').text(), `${UI[lang].page} 2`);
        // The current sort is marked, the other is a link back to page 1.
        assert.equal($('main strong[aria-current=true]').first().text(), ui.sortDate.replace(/ /g, '\u00a0'));
        const relevance = $('main a').filter((_, a) => $(a).text() === ui.sortRelevance.replace(/ /g, '\u00a0'));
        assert.deepEqual([...query(relevance.attr('href')!).entries()], [['q', 'Київ many']]);
        const all = $('main a').filter((_, a) => $(a).text() === ui.allLanguages.replace(/ /g, '\u00a0'));
        assert.deepEqual([...query(all.attr('href')!).entries()], [['q', 'Київ many'], ['sort', 'date'], ['lang', 'all']]);
        // The last page has no "next"; the page's form keeps the sort.
        const last = await getPage(t.app, searchUrl(lang, { q: 'Київ many', page: '3', sort: 'date' }));
        assert.equal(last.$('ol.results > li').length, 5);
        assert.equal(last.$('a[rel=next]').length, 0);
        assert.equal(last.$('main form input[type=hidden][name=sort]').val(), 'date');
      });

      test(`${lang}: all languages marks results in other languages and asks the engine for all`, async () => {
        const { $ } = await getPage(t.app, searchUrl(lang, { q: 'Київ', lang: 'all' }));
        assert.equal(t.calls.at(-1)!.lang, 'all');
        const other = $('ol.results > li').eq(1);
        assert.equal(other.find('h2').attr('lang'), lang === 'en' ? undefined : 'en');
        assert.match(other.find('h2 a').attr('href')!, lang === 'en' ? /^\/en\// : /^\/en\/news\//);
        assert.equal($('main strong[aria-current=true]').last().text(), ui.allLanguages.replace(/ /g, '\u00a0'));
      });

      test(`${lang}: filters are summed up, each with a link that drops it`, async () => {
        const slug = lang === 'uk' ? 'polityka' : lang === 'ru' ? 'politika' : 'politics';
        const { res, $ } = await getPage(t.app, searchUrl(lang, { q: 'Київ', section: slug, tag: 'kyiv', from: '2025-02-28', to: '2025-02-01' }));
        assert.equal(res.statusCode, 200);
        const asked = t.calls.at(-1)!;
        assert.deepEqual([asked.section, asked.tag, asked.author], [slug, 'kyiv', undefined]);
        // A backwards range is read as the days between.
        assert.deepEqual([asked.from, asked.to], [{ year: 2025, month: 2, day: 1 }, { year: 2025, month: 2, day: 28 }]);
        const drops = $('main a').filter((_, a) => $(a).find('span[aria-hidden]').text() === '✕');
        assert.equal(drops.length, 4);
        const sectionDrop = drops.filter((_, a) => $(a).text().startsWith(`${ui.section}:`));
        assert.match(sectionDrop.text(), lang === 'uk' ? /Політика/ : lang === 'ru' ? /Политика/ : /Politics/);
        const left = query(sectionDrop.attr('href')!);
        assert.equal(left.get('section'), null);
        assert.equal(left.get('tag'), 'kyiv');
        assert.equal(left.get('from'), '2025-02-01');
        await assertValid(res.body, `filtered results in ${lang}`);
      });

      test(`${lang}: an empty search box invites a search and asks the engine nothing`, async () => {
        const before = t.calls.length;
        for (const url of [`${home[lang]}search/`, searchUrl(lang, { q: '   ' })]) {
          const { res, $ } = await getPage(t.app, url);
          assert.equal(res.statusCode, 200);
          assert.equal($('ol.results').length, 0);
          assert.equal($('h1').text(), ui.title);
          assert.ok($('main').text().includes(ui.invite));
          assert.equal($('main input[name=q]').val(), '');
          assert.equal($('meta[name=robots]').attr('content'), 'noindex');
          await assertValid(res.body, `invitation in ${lang}`);
        }
        assert.equal(t.calls.length, before);
      });

      test(`${lang}: nothing found repeats the words and suggests what to try`, async () => {
        const q = 'nothing <here>';
        const { res, $ } = await getPage(t.app, searchUrl(lang, { q }));
        assert.equal(res.statusCode, 200);
        assert.equal($('ol.results').length, 0);
        const text = $('main').text();
        for (const s of [ui.noResults, ui.noResultsFor(q), ui.checkSpelling, ui.fewerWords, ui.browse]) assert.ok(text.includes(s), s);
        const all = $('main a').filter((_, a) => $(a).text() === ui.tryAllLanguages);
        assert.equal(query(all.attr('href')!).get('lang'), 'all');
        assert.ok($(`main a[href="${home[lang]}archive/"]`).length === 1);
        assert.ok($(`main a[href^="${home[lang]}sections/"]`).length >= 2);
        await assertValid(res.body, `nothing found in ${lang}`);
        // Only short common words: said so, with the same suggestions.
        const stop = await getPage(t.app, searchUrl(lang, { q: 'the of' }));
        assert.ok(stop.$('main').text().includes(ui.onlyStopWords));
      });

      test(`${lang}: a page past the last result says so and links to the first`, async () => {
        for (const page of ['4', '999999999']) {
          const { res, $ } = await getPage(t.app, searchUrl(lang, { q: 'Київ', page }));
          assert.equal(res.statusCode, 200, page);
          assert.ok($('main').text().includes(ui.beyond));
          assert.deepEqual([...query($('main a').filter((_, a) => $(a).text() === ui.firstPage).attr('href')!).entries()], [['q', 'Київ']]);
          await assertValid(res.body, `beyond the last page in ${lang}`);
        }
        assert.equal(t.calls.at(-1)!.page, 100, 'deep pages are clamped');
      });

      test(`${lang}: malformed parameters other than q are a bad request page`, async () => {
        const malformed: Record<string, string>[] = [{ page: 'abc' }, { page: '0' }, { page: '-1' }, { sort: 'best' }, { lang: 'de' }, { section: 'Not A Slug' }, { from: '2025-02-30' }, { to: '01.03.2025' }];
        for (const params of malformed) {
          const { res, $ } = await getPage(t.app, searchUrl(lang, { q: 'Київ', ...params }));
          assert.equal(res.statusCode, 400, JSON.stringify(params));
          assert.equal($('h1').text(), UI[lang].badRequestTitle);
        }
      });

      test(`${lang}: hostile queries give a normal page`, async () => {
        for (const q of HOSTILE) {
          const { res, $ } = await getPage(t.app, searchUrl(lang, { q }));
          assert.equal(res.statusCode, 200, q.slice(0, 40));
          assert.equal($('h1').length, 1);
          assert.ok(($('main input[name=q]').val() as string).length <= 400);
        }
        const repeated = await t.app.inject(`${home[lang]}search/?q=a&q=b`);
        assert.equal(repeated.statusCode, 200);
      });

      test(`${lang}: opensearch.xml describes the edition's search`, async () => {
        const res = await t.app.inject(`${home[lang]}opensearch.xml`);
        assert.equal(res.statusCode, 200);
        assert.match(res.headers['content-type'] as string, /^application\/opensearchdescription\+xml/);
        assert.equal(XMLValidator.validate(res.body), true);
        const doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@' }).parse(res.body).OpenSearchDescription;
        assert.equal(doc['@xmlns'], 'http://a9.com/-/spec/opensearch/1.1/');
        assert.ok(doc.ShortName.length <= 16 && doc.ShortName.startsWith('Masthead'));
        assert.equal(doc.InputEncoding, 'UTF-8');
        assert.equal(doc.Language, lang);
        assert.ok(doc.Description);
        const html = (doc.Url as { '@type': string; '@template': string }[]).find((u) => u['@type'] === 'text/html')!;
        assert.equal(html['@template'], `${BASE_URL}${home[lang]}search/?q={searchTerms}`);
        // The page's link names the same engine.
        const { $ } = await getPage(t.app, home[lang]);
        assert.equal($('link[rel=search]').attr('title'), doc.ShortName);
      });

      test(`${lang}: the front page offers a SearchAction`, async () => {
        const { $ } = await getPage(t.app, home[lang]);
        const site = $('script[type="application/ld+json"]').map((_, s) => JSON.parse($(s).text())).get().find((d) => d['@type'] === 'WebSite');
        assert.deepEqual(site.potentialAction, {
          '@type': 'SearchAction',
          target: `${BASE_URL}${home[lang]}search/?q={search_term_string}`,
          'query-input': 'required name=search_term_string',
        });
      });

      if (lang !== 'en') {
        test(`${lang}: no English words on search pages`, async () => {
          const pages = await Promise.all(
            ([{ q: 'Київ', section: 'x', tag: 'y', from: '2025-01-01' }, { q: 'nothing' }, {}, { q: 'Київ', page: '9' }] as Record<string, string>[]).map((p) => getPage(t.app, searchUrl(lang, p))),
          );
          // "English" is the language's own name, as in the language switcher.
          const words = Object.entries(SEARCH_UI.en).flatMap(([k, v]) => (typeof v === 'string' && v.length > 3 && k !== 'thisLanguage' ? [v] : []));
          for (const { $ } of pages) {
            const text = `${$('title').text()} ${$('body').text()}`;
            for (const w of words) assert.ok(!text.includes(w), `"${w}"`);
          }
        });
      }
    }

    test('/search without the slash is redirected with its query', async () => {
      const res = await t.app.inject('/en/search?q=Kyiv');
      assert.equal(res.statusCode, 301);
      assert.equal(res.headers.location, '/en/search/?q=Kyiv');
    });
  });

  describe(`search pages with the search engine on ${dialect}`, await dialectSkip(dialect), () => {
    let t: TestApp;
    before(async () => {
      t = await buildTestApp(dialect);
      await t.newsroom.story({
        section: 'politics',
        versions: {
          uk: { headline: 'Переговори у Києві тривали до ночі', body: [paragraph('Делегації домовилися про обмін полоненими.')] },
          en: { headline: 'Negotiations in Kyiv lasted until late at night', body: [paragraph('The delegations agreed on a prisoner exchange.')] },
          ru: { status: 'draft', headline: 'Переговоры в Киеве' },
        },
      });
    });
    after(() => t?.destroy());

    test('an inflected word finds the story, marked, in each edition', async () => {
      for (const [lang, q, word] of [['uk', 'переговорів', 'Переговори'], ['en', 'negotiated', 'Negotiations']] as const) {
        const { res, $ } = await getPage(t.app, searchUrl(lang, { q }));
        assert.equal(res.statusCode, 200);
        assert.equal($('ol.results > li').length, 1, lang);
        assert.equal($('ol.results h2 mark').first().text(), word);
        await assertValid(res.body, `real results in ${lang}`);
      }
      // A draft is never found; the Russian edition has nothing, but may look in all languages.
      const ru = await getPage(t.app, searchUrl('ru', { q: 'переговоры' }));
      assert.equal(ru.$('ol.results').length, 0);
      const all = await getPage(t.app, searchUrl('ru', { q: 'Київ', lang: 'all' }));
      assert.equal(all.$('ol.results > li').length, 1);
      assert.equal(all.$('ol.results h2').attr('lang'), 'uk');
    });

    test('unknown filters and hostile queries give a normal page', async () => {
      const unknown = await getPage(t.app, searchUrl('uk', { q: 'переговори', section: 'no-such-section' }));
      assert.equal(unknown.res.statusCode, 200);
      assert.equal(unknown.$('ol.results').length, 0);
      for (const lang of LANGUAGES) {
        for (const q of HOSTILE) {
          const { res, $ } = await getPage(t.app, searchUrl(lang, { q, page: '7' }));
          assert.equal(res.statusCode, 200, `${lang}: ${q.slice(0, 40)}`);
          assert.equal($('h1').length, 1);
        }
      }
    });
  });

  describe(`search pages in a real browser on ${dialect}`, noBrowser ? { skip: noBrowser } : await dialectSkip(dialect), () => {
    let t: TestApp;
    let browser: Browser;
    let origin: string;
    before(async () => {
      t = await buildTestApp(dialect);
      for (let i = 0; i < 25; i++) {
        await t.newsroom.story({ section: 'economy', versions: { uk: { headline: `Переговори про ціни на газ, раунд ${i}`, body: [paragraph('Сторони обмінялися пропозиціями.')] } } });
      }
      origin = await listenLocally(t.app);
      browser = await launchBrowser();
    });
    after(async () => {
      await browser?.close();
      await t?.destroy();
    });

    test('the header form searches without JavaScript', async () => {
      const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 375, height: 800 } });
      const page = await context.newPage();
      await page.goto(`${origin}/`);
      await page.getByRole('search').getByRole('searchbox', { name: UI.uk.searchSite }).fill('переговорів');
      await page.keyboard.press('Enter');
      await page.waitForURL(/\/search\/\?q=/);
      assert.equal(await page.locator('ol.results > li').count(), 20);
      await page.getByRole('link', { name: SEARCH_UI.uk.next }).click();
      assert.equal(await page.locator('ol.results > li').count(), 5);
      await context.close();
    });

    test('search pages fit narrow screens and pass axe (WCAG 2.2 AA)', async () => {
      const paths = ['/search/?q=переговори', '/search/?q=переговори&sort=date&section=ekonomika&page=2', '/ru/search/?q=nothing', '/en/search/'];
      for (const width of [360, 1280]) {
        for (const path of paths) {
          const context = await browser.newContext({ viewport: { width, height: 900 } });
          const page = await context.newPage();
          assert.equal((await page.goto(origin + encodeURI(path)))?.status(), 200);
          const { scrollWidth, innerWidth } = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth }));
          assert.ok(scrollWidth <= innerWidth, `${path}: ${scrollWidth}px wide in a ${innerWidth}px window`);
          const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
          await context.close();
          assert.deepEqual(results.violations.map((v) => `${v.id}: ${v.nodes.length} × ${v.nodes[0]?.target.join(' ')}`), [], `${path} at ${width}`);
        }
      }
    });
  });
}

import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { CheerioAPI } from 'cheerio';
import { HtmlValidate } from 'html-validate';
import { LANGUAGES, type Lang } from '../src/domain/locale.js';
import { HTML_VALIDATE_CONFIG } from './support/html-validate-config.js';
import { UI } from '../src/render/i18n.js';
import { DIALECTS, dialectSkip } from './support/databases.js';
import { BASE_URL, buildTestApp, getPage, type TestApp } from './support/app.js';
import { NOW, paragraph } from './support/newsroom.js';

const validator = new HtmlValidate(HTML_VALIDATE_CONFIG);
const hoursAgo = (h: number) => new Date(NOW.getTime() - h * 3_600_000);
const home: Record<Lang, string> = { uk: '/', ru: '/ru/', en: '/en/' };

async function assertValid(html: string, url: string): Promise<void> {
  const report = await validator.validateString(html);
  const problems = report.results.flatMap((r) => r.messages.map((m) => `${m.ruleId}: ${m.message}`));
  assert.deepEqual(problems, [], url);
}

/** hreflang alternates of a page, as { hreflang: absolute URL }. */
function alternates($: CheerioAPI): Record<string, string> {
  return Object.fromEntries($('link[rel=alternate][hreflang]').map((_, l) => [[$(l).attr('hreflang')!, $(l).attr('href')!]]).get());
}

function switcher($: CheerioAPI): Record<string, string> {
  return Object.fromEntries($('nav.lang-switch a[hreflang]').map((_, a) => [[$(a).attr('hreflang')!, $(a).attr('href')!]]).get());
}

/** English UI words that must not appear on uk/ru pages (the brand name aside). */
function englishLeftovers($: CheerioAPI): string[] {
  const text = $('body').text();
  return Object.entries(UI.en)
    .filter(([key, value]) => key !== 'siteName' && value.length > 3 && !Object.values(UI.uk).includes(value))
    .map(([, value]) => value)
    .filter((value) => text.includes(value));
}

for (const dialect of DIALECTS) {
  describe(`reader pages on ${dialect}`, await dialectSkip(dialect), () => {
    let t: TestApp;
    let main: number;
    let earlier: number;
    let column: number;
    before(async () => {
      t = await buildTestApp(dialect);
      const n = t.newsroom;
      earlier = await n.story({ section: 'politics', tags: ['energy'], versions: { uk: { publishedAt: hoursAgo(30), headline: 'Раніша історія' }, ru: { publishedAt: hoursAgo(30) }, en: { publishedAt: hoursAgo(30), headline: 'An earlier story' } } });
      main = await n.story({
        section: 'politics',
        importance: 2,
        hasVideo: true,
        tags: ['energy', 'kyiv'],
        authors: ['olena', 'taras'],
        background: [earlier],
        versions: {
          uk: {
            headline: 'Уряд ухвалив програму відновлення енергосистеми',
            lead: 'Програма розрахована на три роки.',
            body: [1, 2, 3, 4, 5, 6].map((i) => paragraph(`Абзац ${i}.`)),
            source: { text: 'Економічний вісник з посиланням на міністерство', links: [{ text: 'Економічний вісник', url: 'https://economy.example.com/a' }] },
            updatedAt: hoursAgo(0.5),
            updateNote: 'Додано коментар міністерства.',
          },
          en: { headline: 'Government adopts a plan to rebuild the power grid', body: [1, 2, 3].map((i) => paragraph(`Paragraph ${i}.`)) },
          ru: { status: 'draft' },
        },
      });
      column = await n.story({ kind: 'column', section: 'economy', versions: { ru: { headline: 'Колонка о ценах' } } });
      for (let i = 0; i < 25; i++) await n.story({ section: 'economy', tags: ['kyiv'], versions: { en: { publishedAt: hoursAgo(40 + i), headline: `Economy story ${i}` } } });
    });
    after(() => t?.destroy());

    const articleUrl = (lang: Lang, id: number, kind = 'news', day = '2025/03/01') => `${home[lang]}${kind}/${day}/${id}/`;

    test('the article page has the whole anatomy', async () => {
      const url = articleUrl('uk', main);
      const { res, $ } = await getPage(t.app, url);
      assert.equal(res.statusCode, 200);
      await assertValid(res.body, url);
      assert.equal($('html').attr('lang'), 'uk');
      assert.equal($('h1').length, 1);
      assert.equal($('h1').text(), 'Уряд ухвалив програму відновлення енергосистеми');
      assert.deepEqual($('article .byline a').map((_, a) => $(a).attr('href')).get(), ['/authors/olena-koval/', '/authors/taras-melnyk/']);
      const published = $('article .dateline time');
      assert.equal(published.attr('datetime'), '2025-03-01T17:22:00+02:00');
      assert.equal(published.text(), 'Субота, 1 березня 2025, 17:22');
      assert.match($('article .updated').text(), /оновлено/);
      assert.match($('article .update-note').text(), /Додано коментар міністерства/);
      const figure = $('article figure').first();
      assert.ok(figure.find('img').attr('srcset')?.includes('400w'));
      assert.match(figure.find('figcaption').text(), /Фото: Агенція/);
      assert.equal($('article .story-lead').text(), 'Програма розрахована на три роки.');
      assert.equal($('article .source a').attr('href'), 'https://economy.example.com/a');
      assert.match($('article .source').text(), /^Джерело:/);
      // Ads after paragraphs 2 and 5 (the default rule for news), labelled in the page language.
      const ads = $('article .ad-slot');
      assert.deepEqual(ads.map((_, a) => $(a).attr('data-after-paragraph')).get(), ['2', '5']);
      assert.ok(ads.first().prev().text().includes('Абзац 2'));
      assert.equal(ads.first().find('.ad-label').text(), 'Реклама');
      assert.deepEqual($('article .background a').map((_, a) => $(a).attr('href')).get(), [articleUrl('uk', earlier, 'news', '2025/02/28')]);
      assert.deepEqual($('article .story-tags a').map((_, a) => $(a).text()).get(), ['Енергетика', 'Київ']);
      assert.equal($('article .support-cta a').length, 1);
      assert.ok($('.more-news a').length > 0);
      assert.ok($('.tag-block a').length > 0);
      assert.ok($('.rail .stream .stream-item').length > 0);
      assert.deepEqual(englishLeftovers($), []);
    });

    test('"Read also" links in the body: to a background story, to another, none to a draft', async () => {
      const n = t.newsroom;
      const other = await n.story({ versions: { uk: { publishedAt: hoursAgo(20), headline: 'Інша історія' } } });
      const draft = await n.story({ versions: { uk: { status: 'draft', headline: 'Чернетка' } } });
      const id = await n.story({
        background: [earlier],
        versions: {
          uk: {
            body: [paragraph('Перший абзац.'), { type: 'related', storyId: earlier }, { type: 'related', storyId: other }, { type: 'related', storyId: draft }],
          },
        },
      });
      const { res, $ } = await getPage(t.app, articleUrl('uk', id));
      assert.equal(res.statusCode, 200);
      assert.deepEqual($('article .read-also a').map((_, a) => $(a).text()).get(), ['Раніша історія', 'Інша історія']);
      assert.deepEqual($('article .background a').map((_, a) => $(a).attr('href')).get(), [articleUrl('uk', earlier, 'news', '2025/02/28')]);
    });

    test('language switcher and hreflang: same story where published, else the edition front page', async () => {
      const uk = await getPage(t.app, articleUrl('uk', main));
      const en = await getPage(t.app, articleUrl('en', main));
      assert.deepEqual(switcher(uk.$), { uk: articleUrl('uk', main), ru: '/ru/', en: articleUrl('en', main) });
      assert.equal(uk.$('nav.lang-switch a[aria-current=page]').attr('hreflang'), 'uk');
      const expected = { uk: BASE_URL + articleUrl('uk', main), en: BASE_URL + articleUrl('en', main), 'x-default': BASE_URL + articleUrl('uk', main) };
      // Reciprocal: each version lists every published version, itself included.
      assert.deepEqual(alternates(uk.$), expected);
      assert.deepEqual(alternates(en.$), expected);
      assert.equal(uk.$('link[rel=canonical]').attr('href'), BASE_URL + articleUrl('uk', main));
      const onlyRu = await getPage(t.app, articleUrl('ru', column, 'columns'));
      assert.equal(onlyRu.res.statusCode, 200);
      assert.deepEqual(alternates(onlyRu.$), { ru: BASE_URL + articleUrl('ru', column, 'columns'), 'x-default': BASE_URL + articleUrl('ru', column, 'columns') });
      assert.deepEqual(switcher(onlyRu.$), { uk: '/', ru: articleUrl('ru', column, 'columns'), en: '/en/' });
    });

    for (const lang of LANGUAGES) {
      test(`${lang}: every page type renders, is valid and speaks the language`, async () => {
        const pages = [home[lang], `${home[lang]}archive/`, `${home[lang]}archive/2025/02/28/`, `${home[lang]}support/`];
        const slugs = { uk: ['polityka', 'enerhetyka'], ru: ['politika', 'energetika'], en: ['politics', 'energy'] }[lang];
        pages.push(`${home[lang]}sections/${slugs[0]}/`, `${home[lang]}tags/${slugs[1]}/`, `${home[lang]}authors/olena-koval/`);
        for (const url of pages) {
          const { res, $ } = await getPage(t.app, url);
          assert.equal(res.statusCode, 200, url);
          await assertValid(res.body, url);
          assert.equal($('html').attr('lang'), lang, url);
          assert.equal($('h1').length, 1, url);
          assert.equal(Object.keys(switcher($)).length, 3, url);
          assert.ok($('a.skip-link[href="#content"]').length === 1, url);
          const alt = alternates($);
          assert.equal(alt[lang], BASE_URL + url, `${url} lists itself in hreflang`);
          assert.ok(alt['x-default'], url);
          if (lang !== 'en') assert.deepEqual(englishLeftovers($), [], url);
        }
      });
    }

    test('front page: top story first, latest news, section blocks, stream with markers', async () => {
      const { $ } = await getPage(t.app, '/');
      const first = $('main a[href*="/news/"]').first().attr('href');
      assert.equal(first, articleUrl('uk', main));
      assert.ok($('main a[href="/sections/polityka/"]').length > 0);
      const item = $('.stream .stream-item').filter((_, li) => $(li).find(`a[href="${articleUrl('uk', main)}"]`).length > 0);
      assert.equal(item.length, 1);
      assert.ok(item.hasClass('is-important'));
      assert.equal(item.find('strong').length > 0 || item.find('b').length > 0, true);
      assert.match(item.text(), /17:22/);
      assert.match(item.text(), /оновлено/);
      assert.match(item.text(), /відео/);
      assert.ok($('.stream a[href="/archive/"]').length > 0);
    });

    test('section, tag and author pages paginate', async () => {
      const first = await getPage(t.app, '/en/sections/economy/');
      assert.equal(first.$('main article, main .card').length > 0, true);
      const next = first.$('a[rel=next]').attr('href');
      assert.equal(next, '/en/sections/economy/?page=2');
      const second = await getPage(t.app, next!);
      assert.equal(second.res.statusCode, 200);
      assert.equal(second.$('a[rel=prev]').attr('href'), '/en/sections/economy/');
      assert.equal(second.$('a[rel=next]').length, 0);
      assert.equal((await t.app.inject('/en/sections/economy/?page=3')).statusCode, 404);
      const author = await getPage(t.app, '/en/authors/olena-koval/');
      assert.equal(author.$('h1').text(), 'Olena Koval');
      assert.match(author.$('main').text(), /Correspondent/);
      const tag = await getPage(t.app, '/ru/tags/kiev/');
      assert.equal(tag.$('h1').text(), 'Киев');
      assert.deepEqual(switcher(tag.$), { uk: '/tags/kyiv/', ru: '/ru/tags/kiev/', en: '/en/tags/kyiv/' });
    });

    test('the archive lists a Kyiv day with times and links to the days around it', async () => {
      const { $ } = await getPage(t.app, '/en/archive/2025/03/01/');
      assert.match($('h1').text(), /1 March 2025/);
      assert.ok($('main a[href="' + articleUrl('en', main) + '"]').length === 1);
      assert.ok($('a[href="/en/archive/2025/02/28/"]').length > 0);
      assert.equal($('a[href="/en/archive/2025/03/02/"]').length, 0, 'no link into the future');
      assert.equal((await t.app.inject('/en/archive/2025/03/02/')).statusCode, 404);
      const earlierDay = await getPage(t.app, '/en/archive/2025/02/27/');
      assert.ok(earlierDay.$('a[href="/en/archive/2025/02/28/"]').length > 0);
    });

    test('drafts never reach readers', async () => {
      for (const url of ['/ru/', '/ru/archive/', '/ru/sections/politika/', '/ru/tags/energetika/', '/ru/authors/olena-koval/']) {
        const { $ } = await getPage(t.app, url);
        assert.equal($(`a[href*="/${main}/"]`).length, 0, url);
      }
    });
  });
}

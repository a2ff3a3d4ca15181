import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import * as cheerio from 'cheerio';
import { HtmlValidate } from 'html-validate';
import { formatDay, isoWithOffset } from '../domain/dates.js';
import { LANGUAGES } from '../domain/locale.js';
import { archiveFixture, articleFixture, errorFixture, frontFixture, listFixture, PUBLISHED_AT } from '../../test/support/render-fixtures.js';
import { HTML_VALIDATE_CONFIG } from '../../test/support/html-validate-config.js';
import { UI } from './i18n.js';
import { renderArchive, renderArticle, renderError, renderFrontPage, renderListPage, SITE_CSS } from './index.js';
import { contrastRatio, cssColours, escapeRegExp, pages, readerText } from '../../test/support/render-pages.js';

const validator = new HtmlValidate(HTML_VALIDATE_CONFIG);

for (const lang of LANGUAGES) {
  describe(`every page in ${lang}`, () => {
    for (const [name, { html, alternates }] of Object.entries(pages(lang))) {
      it(`${name}: document shell, landmarks, headings`, () => {
        assert.ok(html.startsWith('<!doctype html>'));
        const $ = cheerio.load(html);
        assert.equal($('html').attr('lang'), lang);
        assert.equal($('h1').length, 1, 'one h1');
        assert.equal($('link[rel=alternate][hreflang]').length, alternates);
        assert.equal($('link[rel=canonical]').length, 1);
        assert.match($('meta[name=viewport]').attr('content') ?? '', /width=device-width/);
        const switcher = $('nav.lang-switch a');
        assert.equal(switcher.length, 3);
        switcher.each((_, a) => assert.equal($(a).attr('lang'), $(a).attr('hreflang')));
        assert.equal(switcher.filter('[aria-current=page]').attr('lang'), lang);
        assert.ok($('a, summary, button').first().is('.skip-link'), 'skip link comes first');
        assert.equal($('main#content').length, 1);
        // Headings never skip a level.
        let previous = 0;
        $('h1, h2, h3, h4, h5, h6').each((_, h) => {
          const level = Number(h.tagName[1]);
          assert.ok(level <= previous + 1, `${h.tagName} after h${previous}: ${$(h).text()}`);
          previous = level;
        });
        // Landmarks have unique names (html-validate checks this too).
        const names = $('nav, aside, [role=region]').map((_, el) => `${el.tagName}:${$(el).attr('aria-label')}`).get();
        assert.equal(new Set(names).size, names.length, `landmark names: ${names.join(', ')}`);
        const ids = $('[id]').map((_, el) => $(el).attr('id')).get();
        assert.equal(new Set(ids).size, ids.length, 'unique ids');
        $('img').each((_, img) => assert.ok($(img).attr('alt') !== undefined && $(img).attr('width') && $(img).attr('height')));
      });

      it(`${name}: valid HTML (html-validate recommended)`, async () => {
        const report = await validator.validateString(html);
        const problems = report.results.flatMap((r) => r.messages.map((m) => `${m.ruleId} ${m.line}:${m.column} ${m.message}`));
        assert.deepEqual(problems, []);
      });

      if (lang !== 'en') {
        it(`${name}: no English UI strings`, () => {
          const text = readerText(cheerio.load(html));
          for (const [key, value] of Object.entries(UI.en)) {
            if (key === 'siteName' || value === UI[lang][key as keyof typeof UI.en]) continue;
            const word = new RegExp(`(?<!\\p{L})${escapeRegExp(value)}(?!\\p{L})`, 'u');
            assert.doesNotMatch(text, word, `"${value}" (${key})`);
          }
        });
      }
    }
  });

  describe(`article anatomy in ${lang}`, () => {
    const view = articleFixture(lang);
    const $ = cheerio.load(renderArticle(view));
    const ui = UI[lang];

    it('headline, bylines and dateline', () => {
      assert.equal($('h1').text(), view.headline);
      assert.equal($('title').text(), `${view.headline} — ${view.chrome.siteName}`);
      const authors = $('.byline a[rel=author]');
      assert.deepEqual(authors.map((_, a) => $(a).attr('href')).get(), view.bylines.map((b) => b.href));
      assert.match($('.byline').text(), new RegExp(`${escapeRegExp(ui.bylineMany)} .+ (і|и|and) `));
      assert.equal($('.dateline time').attr('datetime'), isoWithOffset(PUBLISHED_AT, 'Europe/Kyiv'));
      assert.equal($('.dateline time').attr('datetime'), '2025-03-06T14:05:00+02:00');
      assert.equal($('.updated .badge').text(), ui.updated);
      assert.equal($('nav.lang-switch a[rel=alternate]').length, 2, 'translations of this story');
      assert.ok($('.update-note').text().includes(view.updateNote!));
    });

    it('lead photo, lead, source and details', () => {
      const lead = $('figure.figure-lead');
      assert.equal(lead.find('img').attr('alt'), view.leadImage!.alt);
      assert.equal(lead.find('img').attr('loading'), undefined, 'the lead photo is not lazy');
      assert.ok(lead.find('img').attr('srcset') && lead.find('img').attr('sizes'));
      assert.ok(lead.find('figcaption').text().includes(view.leadImage!.caption));
      assert.equal(lead.find('figcaption .credit').text(), view.leadImage!.credit);
      assert.equal($('.story-lead').text(), view.lead);
      const sources = $('p.source a');
      assert.equal(sources.length, 2);
      sources.each((_, a) => assert.equal($(a).attr('rel'), 'noopener'));
      assert.equal($('p.source').text(), `${ui.source}: ${view.source!.text}`);
      assert.equal($('.details-label').text(), `${ui.details}:`);
      assert.equal($('.story-body img').attr('loading'), 'lazy');
    });

    it('body blocks', () => {
      const body = $('.story-body');
      assert.equal(body.children('p:not([class])').length, 7);
      assert.equal(body.find('p strong').first().text().length > 0, true);
      assert.equal(body.find('h2').length, 1);
      assert.equal(body.find('h3').length, 1);
      assert.ok(body.find('figure.quote blockquote').length === 1 && body.find('figure.quote figcaption').text().startsWith('—'));
      assert.equal(body.find('ul li').length, 3);
      assert.equal(body.find('.media-card a').attr('href'), 'https://www.youtube.com/watch?v=dQw4w9WgXcQ');
      assert.equal(body.find('blockquote.embed a').attr('href'), 'https://t.me/example_channel/1234');
      assert.equal(body.find('.read-also a').attr('href'), view.bodyStories[7501200]!.href);
      assert.equal($('iframe, script').length, 0);
    });

    it('ad slots after paragraphs 2 and 5 only, labelled, unique', () => {
      const slots = $('.story-body .ad-slot');
      assert.deepEqual(slots.map((_, s) => $(s).attr('id')).get(), ['ad-article-1', 'ad-article-2']);
      const paragraphs = $('.story-body > p:not([class])');
      assert.ok(paragraphs.eq(1).next().is('#ad-article-1'));
      assert.ok(paragraphs.eq(4).next().is('#ad-article-2'));
      slots.each((_, s) => {
        assert.equal($(s).find('.ad-label').text(), ui.advertisement);
        assert.equal($(s).find('div[id]').text(), '');
      });
      assert.deepEqual($('.rail .ad-slot').map((_, s) => $(s).attr('id')).get(), ['ad-rail-1', 'ad-rail-2']);
    });

    it('background, support call, tags, more news, tag block', () => {
      assert.equal($('.background h2').text(), `${ui.background}:`);
      assert.equal($('.background li a').length, 3);
      assert.equal($('.background li time').first().text(), formatDay(view.background[0]!.publishedAt, lang, 'Europe/Kyiv'));
      assert.equal($('article .support-cta a').attr('href'), view.chrome.support.href);
      assert.deepEqual($('.story-tags a').map((_, a) => $(a).attr('href')).get(), view.tags.map((t) => t.href));
      assert.equal($('.more-news h2').text(), ui.moreNews);
      assert.equal($('.more-news .card').length, view.moreNews.length);
      assert.equal($('.tag-block h2 a').attr('href'), view.tagBlock!.tag.href);
    });

    it('recent-news stream: day separators in Kyiv time, bold important items, markers', () => {
      const rail = $('aside.rail');
      assert.equal(rail.attr('aria-label'), ui.recentNews);
      assert.equal(rail.find('h2').text(), ui.recentNews);
      const days = rail.find('h3.stream-day');
      assert.equal(days.length, 2);
      // 00:05 in Kyiv on 6 March is still 5 March in UTC: it belongs under the 6 March separator.
      const firstDay = days.eq(0).next('ul').find('time').last();
      assert.equal(firstDay.text(), '00:05');
      assert.equal(firstDay.attr('datetime'), '2025-03-06T00:05:00+02:00');
      assert.equal(days.eq(1).next('ul').find('time').first().text(), '23:30');
      const items = rail.find('.stream-item');
      assert.equal(items.length, view.stream.items.length);
      view.stream.items.forEach((item, i) => {
        const li = items.eq(i);
        assert.equal(li.find('a strong').length, item.important ? 1 : 0);
        assert.equal(li.find('.badge-updated').text(), item.updated ? ui.updated : '');
        assert.equal(li.find('.badge').text().includes(ui.video), item.hasVideo);
      });
      assert.equal(rail.find('.stream-more a').attr('href'), view.stream.archiveHref);
    });

    it('escapes what it interpolates', () => {
      const html = renderArticle(articleFixture(lang, { headline: '<script>alert("x")</script> & co' }));
      assert.ok(!html.includes('<script>'));
      assert.equal(cheerio.load(html)('h1').text(), '<script>alert("x")</script> & co');
      assert.ok(html.includes('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; co'));
    });
  });

  describe(`other pages in ${lang}`, () => {
    const ui = UI[lang];

    it('front page: nameplate h1, lead story, sections, columns, stream', () => {
      const view = frontFixture(lang);
      const $ = cheerio.load(renderFrontPage(view));
      assert.equal($('h1').text(), view.chrome.siteName);
      assert.equal($('title').text(), `${view.chrome.siteName} — ${ui.tagline}`);
      assert.equal($('.card-lead img').attr('fetchpriority'), 'high');
      assert.equal($('.section-block h2 a').length, view.sections.length);
      assert.equal($('.section-block h2 a').first().attr('href'), view.sections[0]!.section.href);
      assert.equal($('.columns-block .card').length, view.columns.length);
      assert.equal($('#ad-front-1').length + $('#ad-rail-1').length, 2);
      assert.equal($('.rail .stream-item').length, view.stream.items.length);
    });

    it('author page: photo, title, bio, pagination', () => {
      const view = listFixture(lang, 'author');
      const $ = cheerio.load(renderListPage(view));
      assert.equal($('h1').text(), view.heading);
      assert.equal($('.author-photo').attr('alt'), view.author!.photo!.alt);
      assert.equal($('.author-bio').text(), view.author!.bio);
      assert.equal($('.card h2').length, view.stories.length);
      assert.equal($('nav.pager a[rel=prev]').attr('href'), view.pagination.newerHref);
      assert.equal($('nav.pager a[rel=next]').attr('href'), view.pagination.olderHref);
    });

    it('archive: localized day title, items, no next day for today', () => {
      const view = archiveFixture(lang, { nextDayHref: null });
      const $ = cheerio.load(renderArchive(view));
      assert.equal($('h1').text(), `${ui.archiveTitle} ${formatDay(view.day, lang, 'Europe/Kyiv')}`);
      assert.equal($('.archive-list li').length, view.items.length);
      assert.equal($('a[rel=prev]').attr('href'), view.previousDayHref);
      assert.equal($('a[rel=next]').length, 0);
    });

    it('error pages: localized, noindex, link home, no details', () => {
      for (const [status, title] of [[400, ui.badRequestTitle], [404, ui.notFoundTitle], [500, ui.serverErrorTitle]] as const) {
        const $ = cheerio.load(renderError(errorFixture(lang, status)));
        assert.equal($('h1').text(), title);
        assert.equal($('meta[name=robots]').attr('content'), 'noindex');
        assert.equal($('main a.button').attr('href'), errorFixture(lang).chrome.homeHref);
        assert.doesNotMatch($('main').text(), /\b(40\d|500|Error|stack)\b/);
      }
    });
  });
}

describe('strings, stylesheet, speed', () => {
  it('every UI string exists in every language', () => {
    for (const key of Object.keys(UI.en) as (keyof typeof UI.en)[]) {
      for (const lang of LANGUAGES) assert.ok(UI[lang][key], `${lang}.${key}`);
    }
  });

  it('the stylesheet is lean and its text colours meet WCAG AA', () => {
    assert.ok(Buffer.byteLength(SITE_CSS) < 12 * 1024, `${Buffer.byteLength(SITE_CSS)} bytes`);
    const vars = cssColours(SITE_CSS);
    const v = (name: string) => vars[name] ?? assert.fail(`--${name}`);
    const pairs: [string, string][] = [
      [v('ink'), v('paper')], [v('muted'), v('paper')], [v('accent'), v('paper')], [v('link'), v('paper')],
      [v('ink'), v('paper-2')], [v('muted'), v('paper-2')], [v('link'), v('paper-2')], [v('accent'), v('paper-2')],
      [v('muted'), '#f3f3f3'], ['#ffffff', v('dark')], ['#c7c7c7', v('dark')], ['#ffffff', v('accent')],
    ];
    for (const [fg, bg] of pairs) assert.ok(contrastRatio(fg, bg) >= 4.5, `${fg} on ${bg}: ${contrastRatio(fg, bg).toFixed(2)}`);
  });
});

import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { Ajv } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { HtmlValidate } from 'html-validate';
import type { Lang } from '../src/domain/locale.js';
import { HTML_VALIDATE_CONFIG } from './support/html-validate-config.js';
import { SEARCH_UI } from '../src/render/search-i18n.js';
import { SearchVocabularies, VOCABULARY_MAX_AGE_MS, suggest, type VocabularySource } from '../src/services/search/search-suggest.js';
import type { SearchRequest, SearchResults } from '../src/services/search/search-types.js';
import { BASE_URL, buildTestApp, getPage, type TestApp } from './support/app.js';
import { DIALECTS, dialectSkip } from './support/databases.js';
import { createMembers, signedIn } from './support/members.js';
import { NOW, paragraph } from './support/newsroom.js';

/**
 * "Did you mean" on the reader's search page and in the read API, with the real engine on both
 * databases: typos and queries typed on the wrong keyboard layout get a corrected query that
 * finds stories; a search that found enough, or a query with nothing close, gets none; hostile
 * input never fails. Then the vocabulary cache on its own: lazy, shared, rebuilt when old.
 */

// ajv-formats is CommonJS: its default export arrives wrapped under ESM.
const addFormats = ((addFormatsModule as unknown as { default?: typeof addFormatsModule }).default ?? addFormatsModule) as unknown as (ajv: Ajv) => Ajv;

const home: Record<Lang, string> = { uk: '/', ru: '/ru/', en: '/en/' };
const searchUrl = (lang: Lang, params: Record<string, string>) => `${home[lang]}search/?${new URLSearchParams(params)}`;

const HOSTILE = [
  'x'.repeat(10_000), 'ghtpbltyn '.repeat(1_000), '* " ( ) : ^ NEAR AND OR', '"unbalanced', "'; DROP TABLE stories; --",
  '<script>alert(1)</script>', '\u0000\u0007\u001b', '«»', '-', '%', '[];\',.`', 'зеленьский '.repeat(500),
];

for (const dialect of DIALECTS) {
  describe(`search suggestions on ${dialect}`, await dialectSkip(dialect), () => {
    let t: TestApp;
    let secret: string;

    before(async () => {
      t = await buildTestApp(dialect);
      const n = t.newsroom;
      await n.story({ versions: {
        uk: { headline: 'Президент Зеленський провів переговори у Києві', body: [paragraph('Переговори тривали до ночі.')] },
        en: { headline: 'President Zelensky holds negotiations in Kyiv', body: [paragraph('The talks lasted until night.')] },
      } });
      await n.story({ versions: { uk: { headline: 'Київ готується до опалювального сезону' }, en: { headline: 'Kyiv prepares for winter' } } });
      await n.story({ versions: { uk: { headline: 'У Києві відкрили новий міст' }, en: { headline: 'Kyiv opens a new bridge' } } });
      await createMembers(t.db);
      const admin = await signedIn(t.app, 'admin@example.com');
      secret = (await admin('POST', '/admin/api/api-keys', { name: 'Suggestions' })).json().secret;
    });
    after(() => t?.destroy());

    /** The "did you mean" paragraph of a search page: its link's text and query, or null. */
    async function suggestionOn(lang: Lang, params: Record<string, string>) {
      const { res, $ } = await getPage(t.app, searchUrl(lang, params));
      assert.equal(res.statusCode, 200, JSON.stringify(params).slice(0, 60));
      const p = $('main p').filter((_, el) => $(el).text().startsWith(SEARCH_UI[lang].didYouMean));
      if (p.length === 0) return null;
      assert.equal(p.length, 1);
      const a = p.find('a');
      return { text: a.text(), params: new URL(a.attr('href')!, BASE_URL).searchParams, pathname: new URL(a.attr('href')!, BASE_URL).pathname };
    }

    test('a typo gets the closest word of the archive, and the link finds stories', async () => {
      const s = await suggestionOn('uk', { q: 'зеленьский', sort: 'date' });
      assert.ok(s, 'a suggestion is shown');
      assert.equal(s.text, 'зеленський');
      assert.equal(s.pathname, '/search/');
      // The link keeps the other parameters and starts again on page 1.
      assert.deepEqual([...s.params.entries()], [['q', 'зеленський'], ['sort', 'date']]);
      const followed = await getPage(t.app, `/search/?${s.params}`);
      assert.ok(followed.$('ol.results > li').length >= 1);
      const page = await t.app.inject(searchUrl('uk', { q: 'зеленьский', sort: 'date' }));
      const report = await new HtmlValidate(HTML_VALIDATE_CONFIG).validateString(page.body);
      assert.deepEqual(report.results.flatMap((r) => r.messages.map((m) => `${m.ruleId}: ${m.message}`)), []);

      assert.equal((await suggestionOn('uk', { q: 'переговри' }))?.text, 'переговори');
      assert.equal((await suggestionOn('en', { q: 'Kyjv' }))?.text, 'kyiv');
      // As the last word, «negotations» is also a prefix (negot*) that finds the story: no suggestion
      // is needed; before another word it is a whole word that finds nothing.
      assert.equal(await suggestionOn('en', { q: 'negotations' }), null);
      assert.equal((await suggestionOn('en', { q: 'negotations Kyiv' }))?.text, 'negotiations kyiv');
    });

    test('a query typed on the wrong keyboard layout gets what was meant', async () => {
      // Ukrainian ЙЦУКЕН typed on QWERTY: «rbsd» reads «киів», one letter from «київ».
      assert.equal((await suggestionOn('uk', { q: 'rbsd' }))?.text, 'київ');
      assert.equal((await suggestionOn('uk', { q: 'ghtpbltyn' }))?.text, 'президент');
      // English typed on a Cyrillic layout.
      assert.equal((await suggestionOn('en', { q: 'тупщешфешщті' }))?.text, 'negotiations');
      // All languages: every edition's words are tried.
      assert.equal((await suggestionOn('ru', { q: 'ghtpbltyn', lang: 'all' }))?.text, 'президент');
    });

    test('no suggestion when the query found results, or when nothing close exists', async () => {
      assert.equal(await suggestionOn('uk', { q: 'Київ' }), null);
      assert.equal(await suggestionOn('en', { q: 'Kyiv' }), null);
      const nothing = await getPage(t.app, searchUrl('uk', { q: 'щзхюжґ' }));
      assert.ok(nothing.$('main').text().includes(SEARCH_UI.uk.noResults));
      assert.equal(await suggestionOn('uk', { q: 'щзхюжґ' }), null);
      assert.equal(await suggestionOn('uk', { q: 'xyzzyq' }), null);
      // A correction that finds nothing either is not offered (the Russian edition has no stories).
      assert.equal(await suggestionOn('ru', { q: 'ghtpbltyn' }), null);
    });

    test('hostile queries never fail the page or the API', async () => {
      for (const lang of ['uk', 'en'] as const) {
        for (const q of HOSTILE) {
          const { res, $ } = await getPage(t.app, searchUrl(lang, { q }));
          assert.equal(res.statusCode, 200, `${lang}: ${q.slice(0, 30)}`);
          assert.equal($('h1').length, 1);
        }
      }
      for (const q of HOSTILE) {
        const res = await t.app.inject({ url: `/api/v1/search?q=${encodeURIComponent(q.slice(0, 1000))}&lang=all`, headers: { authorization: `Bearer ${secret}` } });
        assert.equal(res.statusCode, 200, q.slice(0, 30));
      }
    });

    test('the read API answers the suggestion, as its OpenAPI document describes', async () => {
      const doc = (await t.app.inject('/api/v1/openapi.json')).json();
      const schema = doc.paths['/search'].get.responses['200'].content['application/json'].schema;
      const validate = addFormats(new Ajv({ strict: false, allErrors: true })).compile(schema);
      const get = async (q: string, lang = 'uk') => {
        const res = await t.app.inject({ url: `/api/v1/search?q=${encodeURIComponent(q)}&lang=${lang}`, headers: { authorization: `Bearer ${secret}` } });
        assert.equal(res.statusCode, 200);
        assert.ok(validate(res.json()), JSON.stringify(validate.errors));
        return res.json() as { suggestion: string | null; total: number };
      };
      assert.deepEqual(await get('зеленьский'), { ...(await get('зеленьский')), total: 0, suggestion: 'зеленський' });
      assert.equal((await get('rbsd')).suggestion, 'київ');
      assert.equal((await get('negotations in Kyiv', 'en')).suggestion, 'negotiations in kyiv');
      assert.equal((await get('Київ')).suggestion, null);
      assert.equal((await get('xyzzyq')).suggestion, null);
      assert.equal((await get('і та')).suggestion, null);
    });
  });
}

describe('the vocabulary cache', () => {
  /** A source of `versions` headlines that counts how it is read. */
  function countingSource(headlines: string[]) {
    const reads = { texts: 0, names: 0, rows: 0 };
    const source: VocabularySource = {
      async publishedTexts(_lang, _now, offset, limit) {
        reads.texts++;
        const rows = headlines.slice(offset, offset + limit).map((headline) => ({ headline, lead: '' }));
        reads.rows += rows.length;
        return rows;
      },
      async names() {
        reads.names++;
        return ['Політика'];
      },
    };
    return { source, reads };
  }

  test('built lazily once, shared by concurrent searches, rebuilt when old, bounded', async () => {
    let now = NOW;
    const headlines = Array.from({ length: 1_200 }, (_, i) => (i === 0 ? 'Переговори у Києві' : `Новина номер ${i}`));
    const { source, reads } = countingSource(headlines);
    const cache = new SearchVocabularies(source, () => now, { versions: 1_000 });
    assert.equal(reads.texts, 0, 'nothing is read before a search needs it');
    const [a, b] = await Promise.all([cache.get('uk'), cache.get('uk')]);
    assert.equal(a, b);
    assert.equal(reads.names, 1);
    assert.equal(reads.rows, 1_000, 'only the newest `versions` are read');
    assert.ok(reads.texts >= 2, 'read in chunks');
    assert.equal(a.counts.get('переговори'), 1);
    assert.equal(a.counts.get('політика'), 5, 'names weigh more');
    assert.equal(await cache.get('uk'), a);
    assert.equal(reads.names, 1);

    // Older than the limit: the old vocabulary answers while a new one is built.
    now = new Date(NOW.getTime() + VOCABULARY_MAX_AGE_MS + 1);
    assert.equal(await cache.get('uk'), a);
    await cache.settled();
    assert.equal(reads.names, 2);
    const b2 = await cache.get('uk');
    assert.notEqual(b2, a);
    assert.equal(b2.counts.get('переговори'), 1);
    assert.equal(reads.names, 2, 'the new vocabulary serves without another build');
  });

  test('a failing source costs the suggestion, never the search', async () => {
    const broken: VocabularySource = {
      publishedTexts: async () => Promise.reject(new Error('database away')),
      names: async () => Promise.reject(new Error('database away')),
    };
    const request: SearchRequest = { q: 'rbsd', lang: 'uk', filterLang: 'uk', sort: 'relevance', page: 1, perPage: 10, audience: 'readers' };
    const none: SearchResults = { empty: false, words: ['rbsd'], truncated: false, hits: [], total: 0, totalIsExact: true, page: 1, perPage: 10 };
    const search = async () => ({ ...none, total: 5 });
    assert.equal(await suggest({ vocabularies: new SearchVocabularies(broken, () => NOW), search }, request, none), null);
    // And a search that found enough is never second-guessed, whatever the source.
    const { source, reads } = countingSource(['Київ']);
    assert.equal(await suggest({ vocabularies: new SearchVocabularies(source, () => NOW), search }, request, { ...none, total: 3 }), null);
    assert.equal(reads.texts, 0);
    assert.equal(await suggest({ vocabularies: new SearchVocabularies(source, () => NOW), search }, request, none), 'київ');
  });
});

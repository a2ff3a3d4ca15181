import { el, xmlDocument } from './xml.js';

/**
 * The OpenSearch description of an edition (https://github.com/dewitt/opensearch), linked from
 * every page's head with `<link rel="search">`, so browsers can add the site as a search engine
 * and send the address bar's words to the edition's search page.
 */

export interface OpenSearchView {
  /** At most 16 characters: "Masthead UA". */
  shortName: string;
  description: string;
  /** "uk" */
  language: string;
  /** Absolute URL of the search page, without a query. */
  searchUrl: string;
  /** Absolute URL of this description (rel="self"). */
  selfUrl: string;
  /** An icon: absolute URL, pixel size and type. */
  image?: { url: string; width: number; height: number; type: string };
}

export const OPENSEARCH_CONTENT_TYPE = 'application/opensearchdescription+xml; charset=utf-8';

/** @example renderOpenSearch({ shortName: 'Masthead UA', description: '…', language: 'uk', searchUrl: 'https://x/search/', selfUrl: 'https://x/opensearch.xml' }) */
export function renderOpenSearch(v: OpenSearchView): string {
  return xmlDocument(
    el(
      'OpenSearchDescription',
      { xmlns: 'http://a9.com/-/spec/opensearch/1.1/' },
      el('ShortName', {}, v.shortName),
      el('Description', {}, v.description),
      el('InputEncoding', {}, 'UTF-8'),
      el('Language', {}, v.language),
      v.image && el('Image', { width: v.image.width, height: v.image.height, type: v.image.type }, v.image.url),
      el('Url', { type: 'text/html', method: 'get', template: `${v.searchUrl}?q={searchTerms}` }),
      el('Url', { type: 'application/opensearchdescription+xml', rel: 'self', template: v.selfUrl }),
    ),
  );
}

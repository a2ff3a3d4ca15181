import { inlineText, type Block } from '../blocks.js';
import { LANGUAGES, type Lang } from '../locale.js';
import { analyze } from './search-text.js';

/**
 * What a story version is indexed under: its fields analyzed for its language
 * (docs/decisions/0008). Both databases receive exactly these terms.
 */

/** The four weighted fields of a search document, each a list of terms in text order. */
export interface SearchDocumentTerms {
  headline: string[];
  lead: string[];
  /** Section, tag and author names in the version's language. */
  meta: string[];
  body: string[];
}

/** What a version says, as the index reads it. */
export interface IndexedText {
  headline: string;
  lead: string;
  body: Block[];
  sectionName: string;
  tagNames: readonly string[];
  authorNames: readonly string[];
}

/**
 * The readable text of a body, block by block: paragraphs, headings, quotes and their sources,
 * list items, photo captions, video titles and embedded posts' text. Search indexes it and cuts
 * snippets from it.
 *
 * @example bodyText([{ type: 'heading', level: 2, text: 'Київ' }]) // 'Київ'
 */
export function bodyText(body: readonly Block[]): string {
  const parts: string[] = [];
  for (const block of body) {
    switch (block.type) {
      case 'paragraph':
        parts.push(inlineText(block.content));
        break;
      case 'heading':
        parts.push(block.text);
        break;
      case 'quote':
        parts.push(inlineText(block.content));
        if (block.cite) parts.push(block.cite);
        break;
      case 'list':
        for (const item of block.items) parts.push(inlineText(item));
        break;
      case 'image':
        if (block.caption) parts.push(block.caption);
        break;
      case 'video':
        parts.push(block.title);
        break;
      case 'embed':
        if (block.text) parts.push(block.text);
        break;
      case 'related':
        break;
    }
  }
  // A blank line between blocks: a sentence never runs on into the next block.
  return parts.join('\n\n');
}

/**
 * The terms of one version.
 *
 * @example documentTerms({ headline: 'Переговори у Києві', lead: '', body: [], sectionName: 'Політика', tagNames: [], authorNames: [] }, 'uk')
 * // { headline: ['переговор', 'києв'], lead: [], meta: ['політик'], body: [] }
 */
export function documentTerms(text: IndexedText, lang: Lang): SearchDocumentTerms {
  return {
    headline: analyze(text.headline, lang),
    lead: analyze(text.lead, lang),
    meta: analyze([text.sectionName, ...text.tagNames, ...text.authorNames].join('\n'), lang),
    body: analyze(bodyText(text.body), lang),
  };
}

/**
 * The index key of a version: grows with the story id, and a story's languages sit side by side.
 *
 * @example documentId(7, 'en') // 30
 */
export function documentId(storyId: number, lang: Lang): number {
  return storyId * 4 + LANGUAGES.indexOf(lang);
}

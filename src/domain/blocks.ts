/**
 * Story bodies are structured blocks, not free HTML: they are validated on save, so rendering never
 * sanitizes, ad slots can go "after paragraph N", and one body renders to HTML, feeds and text.
 *
 * Inline text uses a tiny, closed set of marks ({@link Inline}); anything else is rejected.
 */
import { cleanText, hasInvisibleCharacters } from './text.js';

/** A run of inline content: plain text, emphasis or a link. */
export type Inline =
  | { type: 'text'; text: string; bold?: boolean; italic?: boolean }
  | { type: 'link'; text: string; href: string };

export type Block =
  | { type: 'paragraph'; content: Inline[] }
  | { type: 'heading'; level: 2 | 3; text: string }
  | { type: 'quote'; content: Inline[]; cite?: string }
  | { type: 'list'; ordered: boolean; items: Inline[][] }
  | { type: 'image'; mediaId: number; caption?: string; credit?: string; alt?: string }
  | { type: 'video'; provider: 'youtube' | 'vimeo'; videoId: string; title: string }
  | { type: 'embed'; provider: 'x' | 'telegram' | 'facebook' | 'instagram'; url: string; text?: string }
  | { type: 'related'; storyId: number };

export type BlockType = Block['type'];

export interface BlockProblem {
  /** Where the problem is, e.g. `body[3].content[0].href`. */
  path: string;
  message: string;
}

const MAX_BLOCKS = 500;
const MAX_TEXT = 20_000;
const SAFE_SCHEMES = new Set(['http:', 'https:', 'mailto:']);
const EMBED_HOSTS: Record<string, string[]> = {
  x: ['x.com', 'twitter.com'],
  telegram: ['t.me'],
  facebook: ['www.facebook.com', 'facebook.com'],
  instagram: ['www.instagram.com', 'instagram.com'],
};

/** True for an absolute http(s) or mailto URL: the only links a body may hold. */
export function isSafeHref(href: string): boolean {
  // A control character in a link is not removed but refused: the link would point elsewhere.
  if (hasInvisibleCharacters(href)) return false;
  try {
    return SAFE_SCHEMES.has(new URL(href).protocol);
  } catch {
    return false;
  }
}

function checkText(value: unknown, path: string, problems: BlockProblem[], max = MAX_TEXT): void {
  if (typeof value !== 'string' || value.length === 0) problems.push({ path, message: 'must be non-empty text' });
  else if (value.length > max) problems.push({ path, message: `must be at most ${max} characters` });
}

function checkInline(content: unknown, path: string, problems: BlockProblem[]): void {
  if (!Array.isArray(content) || content.length === 0) {
    problems.push({ path, message: 'must be a non-empty list of text runs' });
    return;
  }
  content.forEach((run: any, i) => {
    const at = `${path}[${i}]`;
    if (run?.type === 'text') checkText(run.text, `${at}.text`, problems);
    else if (run?.type === 'link') {
      checkText(run.text, `${at}.text`, problems);
      if (typeof run.href !== 'string' || !isSafeHref(run.href))
        problems.push({ path: `${at}.href`, message: 'must be an http(s) or mailto URL' });
    } else problems.push({ path: at, message: 'must be a text or link run' });
  });
}

/**
 * Checks a body against the block schema and returns every problem found (empty when valid).
 *
 * @example validateBody([{ type: 'paragraph', content: [{ type: 'text', text: 'Hi' }] }]) // []
 */
export function validateBody(body: unknown): BlockProblem[] {
  const problems: BlockProblem[] = [];
  if (!Array.isArray(body)) return [{ path: 'body', message: 'must be a list of blocks' }];
  if (body.length > MAX_BLOCKS) problems.push({ path: 'body', message: `must have at most ${MAX_BLOCKS} blocks` });
  body.forEach((block: any, i) => {
    const at = `body[${i}]`;
    switch (block?.type) {
      case 'paragraph':
        checkInline(block.content, `${at}.content`, problems);
        break;
      case 'heading':
        if (block.level !== 2 && block.level !== 3) problems.push({ path: `${at}.level`, message: 'must be 2 or 3' });
        checkText(block.text, `${at}.text`, problems, 300);
        break;
      case 'quote':
        checkInline(block.content, `${at}.content`, problems);
        if (block.cite !== undefined) checkText(block.cite, `${at}.cite`, problems, 300);
        break;
      case 'list':
        if (!Array.isArray(block.items) || block.items.length === 0)
          problems.push({ path: `${at}.items`, message: 'must be a non-empty list' });
        else block.items.forEach((item: unknown, j: number) => checkInline(item, `${at}.items[${j}]`, problems));
        break;
      case 'image':
        if (!Number.isSafeInteger(block.mediaId) || block.mediaId <= 0)
          problems.push({ path: `${at}.mediaId`, message: 'must be a media id' });
        break;
      case 'video':
        if (block.provider !== 'youtube' && block.provider !== 'vimeo')
          problems.push({ path: `${at}.provider`, message: 'must be youtube or vimeo' });
        if (typeof block.videoId !== 'string' || !/^[A-Za-z0-9_-]{1,64}$/.test(block.videoId))
          problems.push({ path: `${at}.videoId`, message: 'must be a video id' });
        checkText(block.title, `${at}.title`, problems, 300);
        break;
      case 'embed': {
        const hosts = EMBED_HOSTS[block.provider as string];
        if (!hosts) problems.push({ path: `${at}.provider`, message: 'is not an allowed embed provider' });
        else if (typeof block.url !== 'string' || !isSafeHref(block.url) || !hosts.includes(new URL(block.url).hostname))
          problems.push({ path: `${at}.url`, message: `must be a link to ${hosts[0]}` });
        break;
      }
      case 'related':
        if (!Number.isSafeInteger(block.storyId) || block.storyId <= 0)
          problems.push({ path: `${at}.storyId`, message: 'must be a story id' });
        break;
      default:
        problems.push({ path: at, message: 'is not a known block type' });
    }
  });
  return problems;
}

/** Links are checked by {@link isSafeHref}, never cleaned: removing a character changes where they go. */
const LINK_KEYS = new Set(['href', 'url']);

function cleanValue(value: unknown, multiline: boolean): unknown {
  if (typeof value === 'string') return cleanText(value, { multiline });
  if (Array.isArray(value)) return value.map((v) => cleanValue(v, multiline));
  if (value !== null && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [cleanText(k), LINK_KEYS.has(k) ? v : cleanValue(v, multiline)]));
  return value;
}

/**
 * A body with control characters, noncharacters and lone surrogates taken out of every text and
 * attribute (see domain/text.ts): run text keeps its line breaks, the other attributes (heading,
 * cite, caption, credit, alt, titles) are single-line. Links are left for {@link validateBody} to
 * refuse. Anything that is not a list of blocks comes back as it is, for validateBody to name.
 *
 * @example cleanBody([{ type: 'heading', level: 2, text: 'A\u0000B' }]) // [{ type: 'heading', level: 2, text: 'AB' }]
 */
export function cleanBody(body: unknown): unknown {
  if (!Array.isArray(body)) return body;
  return body.map((block) =>
    block !== null && typeof block === 'object' && !Array.isArray(block)
      ? Object.fromEntries(
          Object.entries(block).map(([k, v]) => [cleanText(k), LINK_KEYS.has(k) ? v : cleanValue(v, k === 'content' || k === 'items')]),
        )
      : block,
  );
}

/** The plain text of inline runs, for feeds, search and descriptions. */
export function inlineText(content: Inline[]): string {
  return content.map((run) => run.text).join('');
}

/** How many paragraph blocks a body has: ad slots are placed after paragraph N. */
export function countParagraphs(body: Block[]): number {
  return body.filter((b) => b.type === 'paragraph').length;
}

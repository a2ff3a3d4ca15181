import type { Block, Inline } from '../domain/blocks.js';

/**
 * Converts between a story body (our {@link Block}s) and the editor's document (Tiptap/ProseMirror
 * JSON), in both directions. Pure: no editor, no DOM, so it is unit-tested on its own.
 *
 * The editor can show more than a body can hold (nested lists, several paragraphs in a quote,
 * marks on headings); converting back keeps every word and drops only the structure we cannot
 * store. Blocks the editor has no tool for yet (image, video, embed, related) travel through it
 * untouched as `preservedBlock` atoms, so saving never loses them.
 */

/** The part of Tiptap's JSONContent we read and write. */
export interface PmMark {
  type: string;
  attrs?: Record<string, unknown>;
}
export interface PmNode {
  type: string;
  attrs?: Record<string, unknown>;
  content?: PmNode[];
  marks?: PmMark[];
  text?: string;
}

/** The editor node that carries a block the editor cannot edit yet. */
export const PRESERVED_BLOCK = 'preservedBlock';

/**
 * A quote's attribution is the quote's last paragraph when it starts with an em dash and a space,
 * as readers see it ("— Minister of Energy").
 */
export const CITE_PREFIX = '— ';

const text = (value: string, marks: PmMark[] = []): PmNode => (marks.length ? { type: 'text', text: value, marks } : { type: 'text', text: value });

function inlineToPm(content: readonly Inline[]): PmNode[] {
  return content
    .filter((run) => run.text.length > 0)
    .map((run) => {
      if (run.type === 'link') return text(run.text, [{ type: 'link', attrs: { href: run.href } }]);
      const marks: PmMark[] = [];
      if (run.bold) marks.push({ type: 'bold' });
      if (run.italic) marks.push({ type: 'italic' });
      return text(run.text, marks);
    });
}

const paragraph = (content: readonly Inline[]): PmNode => {
  const inline = inlineToPm(content);
  return inline.length ? { type: 'paragraph', content: inline } : { type: 'paragraph' };
};

/**
 * A story body as an editor document.
 *
 * @example blocksToDoc([{ type: 'heading', level: 2, text: 'Details' }])
 * // { type: 'doc', content: [{ type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Details' }] }] }
 */
export function blocksToDoc(blocks: readonly Block[]): PmNode {
  const content = blocks.map((block): PmNode => {
    switch (block.type) {
      case 'paragraph':
        return paragraph(block.content);
      case 'heading':
        return { type: 'heading', attrs: { level: block.level }, ...(block.text ? { content: [text(block.text)] } : {}) };
      case 'quote':
        return {
          type: 'blockquote',
          content: [paragraph(block.content), ...(block.cite ? [{ type: 'paragraph', content: [text(CITE_PREFIX + block.cite)] }] : [])],
        };
      case 'list':
        return {
          type: block.ordered ? 'orderedList' : 'bulletList',
          ...(block.ordered ? { attrs: { start: 1 } } : {}),
          content: block.items.map((item) => ({ type: 'listItem', content: [paragraph(item)] })),
        };
      default:
        return { type: PRESERVED_BLOCK, attrs: { block } };
    }
  });
  // ProseMirror needs at least one block to put the cursor in.
  return { type: 'doc', content: content.length ? content : [{ type: 'paragraph' }] };
}

/** Inline runs of a text block: marks to flags, adjacent runs that look the same merged. */
function pmToInline(nodes: readonly PmNode[] | undefined): Inline[] {
  const runs: Inline[] = [];
  for (const node of nodes ?? []) {
    // A line break inside a paragraph has no place in a body: it becomes a space.
    const value = node.type === 'hardBreak' ? ' ' : node.type === 'text' ? node.text ?? '' : '';
    if (!value) continue;
    const marks = node.marks ?? [];
    const href = marks.find((m) => m.type === 'link')?.attrs?.href;
    let run: Inline;
    if (typeof href === 'string' && href.trim()) run = { type: 'link', text: value, href: href.trim() };
    else {
      run = { type: 'text', text: value };
      if (marks.some((m) => m.type === 'bold')) run.bold = true;
      if (marks.some((m) => m.type === 'italic')) run.italic = true;
    }
    const last = runs[runs.length - 1];
    // ProseMirror splits a link where bold starts inside it; the body's link has no bold, so glue it back.
    if (last && last.type === 'link' && run.type === 'link' && last.href === run.href) last.text += run.text;
    else if (last && last.type === 'text' && run.type === 'text' && !!last.bold === !!run.bold && !!last.italic === !!run.italic) last.text += run.text;
    else runs.push(run);
  }
  return runs;
}

const plain = (nodes: readonly PmNode[] | undefined) => pmToInline(nodes).map((r) => r.text).join('');
const hasText = (content: readonly Inline[]) => content.some((r) => r.text.trim().length > 0);

/** Every text block (paragraph or heading) and kept block inside a node, in document order. */
function leaves(node: PmNode): PmNode[] {
  if (node.type === 'paragraph' || node.type === 'heading' || node.type === PRESERVED_BLOCK) return [node];
  // Any other node holding text directly (a code block from a paste) counts as a paragraph.
  if (node.content?.some((c) => c.type === 'text')) return [{ ...node, type: 'paragraph' }];
  return (node.content ?? []).flatMap(leaves);
}

function preserved(node: PmNode): Block[] {
  const block = node.attrs?.block as Block | undefined;
  return block && typeof block === 'object' ? [block] : [];
}

function quoteBlocks(node: PmNode): Block[] {
  const parts: (Inline[] | Block)[] = leaves(node)
    .map((leaf) => (leaf.type === PRESERVED_BLOCK ? preserved(leaf)[0] : pmToInline(leaf.content)))
    .filter((part): part is Inline[] | Block => part !== undefined && (!Array.isArray(part) || hasText(part)));
  let cite: string | undefined;
  const last = parts[parts.length - 1];
  const texts = parts.filter(Array.isArray);
  if (texts.length > 1 && Array.isArray(last) && last.every((r) => r.type === 'text')) {
    const line = last.map((r) => r.text).join('');
    if (line.startsWith(CITE_PREFIX) && line.slice(CITE_PREFIX.length).trim()) {
      cite = line.slice(CITE_PREFIX.length).trim();
      parts.pop();
    }
  }
  // A body's quote is one paragraph: several paragraphs become several quotes, the attribution on the last.
  const lastText = parts.findLastIndex(Array.isArray);
  return parts.map((part, i): Block => {
    if (!Array.isArray(part)) return part;
    return cite !== undefined && i === lastText ? { type: 'quote', content: part, cite } : { type: 'quote', content: part };
  });
}

function listBlocks(node: PmNode): Block[] {
  // Nested lists and extra paragraphs in an item become items of their own: flat, but no word lost.
  const out: Block[] = [];
  let items: Inline[][] = [];
  const flush = () => {
    if (items.length) out.push({ type: 'list', ordered: node.type === 'orderedList', items });
    items = [];
  };
  for (const leaf of leaves(node)) {
    if (leaf.type === PRESERVED_BLOCK) {
      flush();
      out.push(...preserved(leaf));
    } else {
      const item = pmToInline(leaf.content);
      if (hasText(item)) items.push(item);
    }
  }
  flush();
  return out;
}

function nodeToBlocks(node: PmNode): Block[] {
  switch (node.type) {
    case 'paragraph': {
      const content = pmToInline(node.content);
      return hasText(content) ? [{ type: 'paragraph', content }] : [];
    }
    case 'heading': {
      const value = plain(node.content).trim();
      const level = Number(node.attrs?.level) <= 2 ? 2 : 3;
      return value ? [{ type: 'heading', level, text: value }] : [];
    }
    case 'blockquote':
      return quoteBlocks(node);
    case 'bulletList':
    case 'orderedList':
      return listBlocks(node);
    case PRESERVED_BLOCK:
      return preserved(node);
    default:
      // Anything else a paste might bring in: keep its text as paragraphs.
      return leaves(node).flatMap((leaf) => nodeToBlocks(leaf.type === PRESERVED_BLOCK ? leaf : { ...leaf, type: 'paragraph' }));
  }
}

/**
 * An editor document as a story body. Empty paragraphs, headings, quotes and lists are left out
 * (a body may not hold them); every word that was typed is kept.
 *
 * @example docToBlocks({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Hi', marks: [{ type: 'bold' }] }] }] })
 * // [{ type: 'paragraph', content: [{ type: 'text', text: 'Hi', bold: true }] }]
 */
export function docToBlocks(doc: PmNode): Block[] {
  return (doc.content ?? []).flatMap(nodeToBlocks);
}

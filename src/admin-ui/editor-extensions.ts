import { Node, type AnyExtension } from '@tiptap/core';
import StarterKit from '@tiptap/starter-kit';
import type { Block } from '../domain/blocks.js';
import { PRESERVED_BLOCK } from './blocks-convert.js';

/**
 * The editor's schema: exactly what a story body can hold (paragraphs, h2/h3, quotes, lists,
 * bold, italic, links) plus an atom that carries blocks without a tool yet. Kept apart from the
 * editor component so the converter's tests can check documents against the real schema in Node.
 */

/** A block the editor shows as a labelled box and saves unchanged (image, video, embed, related). */
export const PreservedBlock = Node.create<{ describe: (block: Block) => string }>({
  name: PRESERVED_BLOCK,
  group: 'block',
  atom: true,
  selectable: true,
  draggable: true,
  addOptions() {
    return { describe: (block: Block) => `[${block.type}]` };
  },
  addAttributes() {
    return {
      block: {
        default: null,
        parseHTML: (el: HTMLElement) => {
          try {
            return JSON.parse(el.getAttribute('data-preserved-block') ?? 'null');
          } catch {
            return null;
          }
        },
        renderHTML: (attrs: { block: unknown }) => ({ 'data-preserved-block': JSON.stringify(attrs.block) }),
      },
    };
  },
  parseHTML() {
    return [{ tag: 'div[data-preserved-block]' }];
  },
  renderHTML({ node, HTMLAttributes }) {
    return ['div', { ...HTMLAttributes, class: 'preserved-block', contenteditable: 'false' }, this.options.describe(node.attrs.block as Block)];
  },
});

/** Only links a body accepts: absolute http(s) and mailto. */
export function isBodyHref(href: string): boolean {
  try {
    return ['http:', 'https:', 'mailto:'].includes(new URL(href).protocol);
  } catch {
    return false;
  }
}

/**
 * The extensions of the body editor.
 *
 * @example new Editor({ element, extensions: bodyExtensions((b) => `Image ${b.type}`) })
 */
export function bodyExtensions(describe?: (block: Block) => string): AnyExtension[] {
  return [
    StarterKit.configure({
      heading: { levels: [2, 3] },
      code: false,
      codeBlock: false,
      horizontalRule: false,
      strike: false,
      underline: false,
      link: {
        openOnClick: false,
        autolink: true,
        linkOnPaste: true,
        defaultProtocol: 'https',
        protocols: ['http', 'https', 'mailto'],
        isAllowedUri: (url) => isBodyHref(url),
        HTMLAttributes: { rel: 'noopener noreferrer nofollow', target: null },
      },
    }),
    describe ? PreservedBlock.configure({ describe }) : PreservedBlock,
  ];
}

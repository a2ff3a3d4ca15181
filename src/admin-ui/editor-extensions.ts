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
export interface PreservedBlockOptions {
  describe: (block: Block) => string;
  /** The accessible name of the atom's remove button. */
  removeLabel: (description: string) => string;
}

/** Thumbnails of photos the editor has seen (chosen or uploaded), by media id, for image atoms. */
export const knownThumbnails = new Map<number, string>();

export const PreservedBlock = Node.create<PreservedBlockOptions>({
  name: PRESERVED_BLOCK,
  group: 'block',
  atom: true,
  selectable: true,
  draggable: true,
  addOptions() {
    return { describe: (block: Block) => `[${block.type}]`, removeLabel: (d: string) => `Remove ${d}` };
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
  // In the editor: a labelled box with the photo's thumbnail (when known) and a remove button.
  addNodeView() {
    return ({ node, getPos, editor }) => {
      const block = node.attrs.block as Block;
      const description = this.options.describe(block);
      const dom = document.createElement('div');
      dom.className = `preserved-block preserved-${block?.type ?? 'unknown'}`;
      dom.contentEditable = 'false';
      dom.setAttribute('role', 'group');
      dom.setAttribute('aria-label', description);
      dom.setAttribute('data-preserved-block', JSON.stringify(block));
      const thumb = block?.type === 'image' ? knownThumbnails.get(block.mediaId) : undefined;
      if (thumb) {
        const img = document.createElement('img');
        img.src = thumb;
        img.alt = '';
        img.className = 'preserved-thumb';
        dom.append(img);
      }
      const label = document.createElement('span');
      label.className = 'preserved-label';
      label.textContent = description;
      dom.append(label);
      const remove = document.createElement('button');
      remove.type = 'button';
      remove.className = 'button-quiet preserved-remove';
      remove.textContent = '×';
      remove.setAttribute('aria-label', this.options.removeLabel(description));
      remove.title = this.options.removeLabel(description);
      remove.addEventListener('click', (e) => {
        e.preventDefault();
        const pos = typeof getPos === 'function' ? getPos() : undefined;
        if (typeof pos !== 'number' || !editor.isEditable) return;
        editor.chain().focus().deleteRange({ from: pos, to: pos + node.nodeSize }).run();
      });
      dom.append(remove);
      return {
        dom,
        // The button's own events are its own, not the editor's.
        stopEvent: (event: Event) => event.target === remove,
        update: (updated) => updated.type === node.type && updated.attrs.block === node.attrs.block,
      };
    };
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
export function bodyExtensions(describe?: (block: Block) => string, removeLabel?: (description: string) => string): AnyExtension[] {
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
    describe ? PreservedBlock.configure({ describe, ...(removeLabel ? { removeLabel } : {}) }) : PreservedBlock,
  ];
}

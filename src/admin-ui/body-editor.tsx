import { Editor, type JSONContent } from '@tiptap/core';
import { NodeSelection, TextSelection } from '@tiptap/pm/state';
import type { JSX } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Block } from '../domain/blocks.js';
import type { Lang } from '../domain/locale.js';
import { blocksToDoc, docToBlocks, PRESERVED_BLOCK, type PmNode } from './blocks-convert.js';
import { BodyMediaDialog, type MediaTool } from './body-media.js';
import { useApp } from './context.js';
import { Modal } from './dialog.js';
import { bodyExtensions, isBodyHref } from './editor-extensions.js';

export interface BodyEditorProps {
  /** The body to start from; read again only when `resetKey` changes. */
  value: Block[];
  resetKey: number;
  onChange: (body: Block[]) => void;
  editable: boolean;
  /** The language the text is written in, for spelling and screen readers. */
  lang: Lang;
  labelId: string;
  describedBy: string;
  invalid: boolean;
}

interface Tool {
  key: string;
  label: string;
  icon: JSX.Element;
  /** For tools that toggle a format; insert tools have none. */
  active?: (e: Editor) => boolean;
  run: (e: Editor) => void;
}

const svg = (d: string) => (
  <svg viewBox="0 0 24 24" width="18" height="18" aria-hidden="true" focusable="false">
    <path d={d} fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round" />
  </svg>
);
const ICONS = {
  link: svg('M10 14a4 4 0 0 0 5.7 0l3-3a4 4 0 0 0-5.7-5.7l-1 1M14 10a4 4 0 0 0-5.7 0l-3 3a4 4 0 0 0 5.7 5.7l1-1'),
  quote: svg('M7 7h4v4H8v3a2 2 0 0 1-2 2M15 7h4v4h-3v3a2 2 0 0 1-2 2'),
  bullet: svg('M9 6h11M9 12h11M9 18h11M4.5 6h.01M4.5 12h.01M4.5 18h.01'),
  image: svg('M4 5h16v14H4zM4 16l5-5 4 4 2-2 5 5M15.5 9.5h.01'),
  video: svg('M4 6h11v12H4zM15 10l5-3v10l-5-3'),
  embed: svg('M5 5h14v10H9l-4 4zM9 9h6M9 12h4'),
  ordered: svg('M10 6h10M10 12h10M10 18h10M4 5l1-1v5M3.5 14.5a1.2 1.2 0 0 1 2 1L3.5 19h2.5'),
};

/** Someone typing "example.com/page" means https://example.com/page. */
function normalizeHref(raw: string): string {
  const href = raw.trim();
  if (/^[a-z][a-z0-9+.-]*:/i.test(href)) return href;
  if (/^[^\s@/]+@[^\s@/]+\.[^\s@/]+$/.test(href)) return `mailto:${href}`;
  return `https://${href.replace(/^\/+/, '')}`;
}

/**
 * The story body in Tiptap, with a toolbar for what a body can hold. It speaks Block[] to the
 * outside (through the converter), so the rest of the admin never sees editor JSON.
 */
export function BodyEditor(props: BodyEditorProps) {
  const { t, announce } = useApp();
  const [mediaTool, setMediaTool] = useState<MediaTool | null>(null);
  const host = useRef<HTMLDivElement>(null);
  const editorRef = useRef<Editor | null>(null);
  const onChange = useRef(props.onChange);
  onChange.current = props.onChange;
  const [, rerender] = useState(0);
  const [linkOpen, setLinkOpen] = useState(false);
  const [href, setHref] = useState('');
  const [hrefError, setHrefError] = useState<string | null>(null);
  const [focusIndex, setFocusIndex] = useState(0);
  const firstReset = useRef(true);

  const attributes = (): Record<string, string> => ({
    class: 'body-editor-content',
    role: 'textbox',
    'aria-multiline': 'true',
    'aria-labelledby': props.labelId,
    'aria-describedby': props.describedBy,
    'aria-invalid': props.invalid ? 'true' : 'false',
    ...(props.editable ? {} : { 'aria-readonly': 'true' }),
    lang: props.lang,
    spellcheck: 'true',
  });

  useEffect(() => {
    const editor = new Editor({
      element: host.current!,
      extensions: bodyExtensions((block) => t.describeBlock(block), (d) => t.removeBlock(d)),
      content: blocksToDoc(props.value) as JSONContent,
      editable: props.editable,
      injectCSS: false,
      editorProps: { attributes: attributes() },
      onUpdate: ({ editor: e }) => onChange.current(docToBlocks(e.getJSON() as PmNode)),
      onTransaction: () => rerender((n) => n + 1),
    });
    editorRef.current = editor;
    return () => {
      editor.destroy();
      editorRef.current = null;
    };
  }, []);

  // A body from elsewhere (a restored revision, their version): replace, without calling it a change.
  useEffect(() => {
    if (firstReset.current) {
      firstReset.current = false;
      return;
    }
    editorRef.current?.commands.setContent(blocksToDoc(props.value) as JSONContent, { emitUpdate: false });
  }, [props.resetKey]);

  useEffect(() => {
    const editor = editorRef.current;
    if (!editor) return;
    editor.setEditable(props.editable, false);
    editor.setOptions({ editorProps: { attributes: attributes() } });
  }, [props.editable, props.invalid, props.describedBy, props.lang]);

  const openLink = () => {
    const editor = editorRef.current;
    if (!editor || !props.editable) return;
    setHref((editor.getAttributes('link').href as string | undefined) ?? '');
    setHrefError(null);
    setLinkOpen(true);
  };

  const applyLink = (e: Event) => {
    e.preventDefault();
    const editor = editorRef.current;
    if (!editor) return;
    const value = normalizeHref(href);
    if (!href.trim() || !isBodyHref(value)) {
      setHrefError(t.linkInvalid);
      return;
    }
    setLinkOpen(false);
    if (editor.state.selection.empty && !editor.isActive('link')) {
      editor.chain().focus().insertContent({ type: 'text', text: value, marks: [{ type: 'link', attrs: { href: value } }] }).run();
    } else {
      editor.chain().focus().extendMarkRange('link').setLink({ href: value }).run();
    }
  };

  const removeLink = () => {
    setLinkOpen(false);
    editorRef.current?.chain().focus().extendMarkRange('link').unsetLink().run();
  };

  const openMedia = (tool: MediaTool) => {
    if (props.editable) setMediaTool(tool);
  };

  const insertBlock = (block: Block) => {
    setMediaTool(null);
    const editor = editorRef.current;
    if (!editor) return;
    editor
      .chain()
      .focus()
      .insertContent({ type: PRESERVED_BLOCK, attrs: { block } })
      // The cursor goes after the new block (into a new paragraph at the end), so the next insert follows it.
      .command(({ tr }) => {
        const after = tr.selection instanceof NodeSelection ? tr.selection.to : tr.selection.from;
        if (tr.selection instanceof NodeSelection && after >= tr.doc.content.size) tr.insert(after, editor.schema.nodes.paragraph!.create());
        tr.setSelection(TextSelection.near(tr.doc.resolve(Math.min(after + (tr.selection instanceof NodeSelection ? 1 : 0), tr.doc.content.size)), 1));
        return true;
      })
      .run();
    announce(t.blockInserted);
  };

  const tools: Tool[] = [
    { key: 'bold', label: t.bold, icon: <b aria-hidden="true">B</b>, active: (e) => e.isActive('bold'), run: (e) => e.chain().focus().toggleBold().run() },
    { key: 'italic', label: t.italic, icon: <i aria-hidden="true">I</i>, active: (e) => e.isActive('italic'), run: (e) => e.chain().focus().toggleItalic().run() },
    { key: 'link', label: t.link, icon: ICONS.link, active: (e) => e.isActive('link'), run: openLink },
    { key: 'h2', label: t.heading2, icon: <span aria-hidden="true">H2</span>, active: (e) => e.isActive('heading', { level: 2 }), run: (e) => e.chain().focus().toggleHeading({ level: 2 }).run() },
    { key: 'h3', label: t.heading3, icon: <span aria-hidden="true">H3</span>, active: (e) => e.isActive('heading', { level: 3 }), run: (e) => e.chain().focus().toggleHeading({ level: 3 }).run() },
    { key: 'quote', label: t.quote, icon: ICONS.quote, active: (e) => e.isActive('blockquote'), run: (e) => e.chain().focus().toggleBlockquote().run() },
    { key: 'bullet', label: t.bulletList, icon: ICONS.bullet, active: (e) => e.isActive('bulletList'), run: (e) => e.chain().focus().toggleBulletList().run() },
    { key: 'ordered', label: t.orderedList, icon: ICONS.ordered, active: (e) => e.isActive('orderedList'), run: (e) => e.chain().focus().toggleOrderedList().run() },
    { key: 'image', label: t.insertImage, icon: ICONS.image, run: () => openMedia('image') },
    { key: 'video', label: t.insertVideo, icon: ICONS.video, run: () => openMedia('video') },
    { key: 'embed', label: t.insertEmbed, icon: ICONS.embed, run: () => openMedia('embed') },
  ];

  // A toolbar is one stop for Tab; the arrow keys move between its buttons (WAI-ARIA toolbar pattern).
  const toolbarKeys = (e: KeyboardEvent) => {
    const step = e.key === 'ArrowRight' ? 1 : e.key === 'ArrowLeft' ? -1 : 0;
    const to = e.key === 'Home' ? 0 : e.key === 'End' ? tools.length - 1 : step ? (focusIndex + step + tools.length) % tools.length : -1;
    if (to < 0) return;
    e.preventDefault();
    setFocusIndex(to);
    ((e.currentTarget as HTMLElement).querySelectorAll('button')[to] as HTMLButtonElement | undefined)?.focus();
  };

  const editor = editorRef.current;
  return (
    <div class={`body-editor${props.invalid ? ' is-invalid' : ''}${props.editable ? '' : ' is-readonly'}`}>
      {props.editable && (
        <div class="toolbar" role="toolbar" aria-label={t.toolbar} aria-controls={`${props.labelId}-area`} onKeyDown={toolbarKeys}>
          {tools.map((tool, i) => (
            <button
              type="button"
              key={tool.key}
              class="tool"
              tabIndex={i === focusIndex ? 0 : -1}
              aria-label={tool.label}
              title={tool.label}
              aria-pressed={tool.active ? (editor ? tool.active(editor) : false) : undefined}
              onMouseDown={(e) => e.preventDefault()}
              onFocus={() => setFocusIndex(i)}
              onClick={() => editor && tool.run(editor)}
            >
              {tool.icon}
            </button>
          ))}
        </div>
      )}
      <div
        id={`${props.labelId}-area`}
        ref={host}
        class="body-editor-host"
        onKeyDown={(e) => {
          if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 'k') {
            e.preventDefault();
            openLink();
          }
        }}
      />
      <BodyMediaDialog open={mediaTool} idPrefix={props.labelId} lang={props.lang} onClose={() => setMediaTool(null)} onInsert={insertBlock} />
      <Modal open={linkOpen} title={t.linkTitle} onClose={() => setLinkOpen(false)}>
        {/* Not a <form>: the editor sits inside the story's form, and forms do not nest. */}
        <div
          class="link-form"
          onKeyDown={(e) => {
            if (e.key === 'Enter') applyLink(e);
          }}
        >
          <div class="field">
            <label for={`${props.labelId}-href`}>{t.linkUrl}</label>
            <input
              id={`${props.labelId}-href`}
              type="url"
              inputMode="url"
              value={href}
              data-autofocus
              aria-invalid={hrefError ? 'true' : 'false'}
              aria-describedby={hrefError ? `${props.labelId}-href-error` : undefined}
              onInput={(e) => setHref(e.currentTarget.value)}
            />
            {hrefError && (
              <p id={`${props.labelId}-href-error`} class="field-error">
                {hrefError}
              </p>
            )}
          </div>
          <div class="actions">
            <button type="button" onClick={applyLink}>
              {t.linkApply}
            </button>
            {editor?.isActive('link') && (
              <button type="button" class="button-secondary" onClick={removeLink}>
                {t.linkRemove}
              </button>
            )}
            <button type="button" class="button-secondary" onClick={() => setLinkOpen(false)}>
              {t.cancel}
            </button>
          </div>
        </div>
      </Modal>
    </div>
  );
}

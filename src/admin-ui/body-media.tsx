import { useEffect, useRef, useState } from 'preact/hooks';
import type { Block } from '../domain/blocks.js';
import type { Lang } from '../domain/locale.js';
import { thumbnailOf, type ApiError, type MediaItem } from './api.js';
import { useApp } from './context.js';
import { Modal } from './dialog.js';
import { knownThumbnails } from './editor-extensions.js';
import { MediaLibrary, uploadErrorText, uploadMedia } from './lead-photo.js';
import { parseEmbedUrl, parseVideoUrl } from './media-urls.js';

export type MediaTool = 'image' | 'video' | 'embed';

export interface BodyMediaDialogProps {
  /** Which dialog is open, if any. */
  open: MediaTool | null;
  idPrefix: string;
  /** The language of the text: the library shows captions in it. */
  lang: Lang;
  onClose: () => void;
  onInsert: (block: Block) => void;
}

/** The dialogs behind the body toolbar's Photo, Video and Post tools; each ends in one inserted block. */
export function BodyMediaDialog(p: BodyMediaDialogProps) {
  return (
    <>
      <ImageDialog {...p} />
      <VideoDialog {...p} />
      <EmbedDialog {...p} />
    </>
  );
}

function ImageDialog(p: BodyMediaDialogProps) {
  const { t, api, announce, describeError } = useApp();
  const id = (name: string) => `${p.idPrefix}-image-${name}`;
  const [item, setItem] = useState<MediaItem | null>(null);
  const [caption, setCaption] = useState('');
  const [credit, setCredit] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [libraryOpen, setLibraryOpen] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);
  const open = p.open === 'image';

  useEffect(() => {
    if (!open) return;
    setItem(null);
    setCaption('');
    setCredit('');
    setError(null);
  }, [open]);

  const choose = (m: MediaItem) => {
    knownThumbnails.set(m.id, thumbnailOf(m));
    setItem(m);
    setError(null);
  };

  const upload = async (file: File | undefined) => {
    if (!file || busy) return;
    setError(null);
    if (file.size > 20 * 1024 * 1024) {
      setError(t.photoTooLarge);
      return;
    }
    setBusy(true);
    try {
      choose(await uploadMedia(api, file));
      announce(t.imageUploaded);
    } catch (e) {
      setError(uploadErrorText(t, describeError, e as ApiError));
    } finally {
      setBusy(false);
      if (fileInput.current) fileInput.current.value = '';
    }
  };

  const insert = () => {
    if (!item) {
      setError(t.imageMissing);
      return;
    }
    const block: Block = { type: 'image', mediaId: item.id };
    if (caption.trim()) block.caption = caption.trim();
    if (credit.trim()) block.credit = credit.trim();
    p.onInsert(block);
  };

  const text = item ? item.texts[p.lang] ?? Object.values(item.texts).find((x) => x?.caption) : undefined;
  return (
    <>
      <Modal open={open} title={t.imageDialogTitle} onClose={p.onClose}>
        <div class="insert-form" aria-busy={busy ? 'true' : 'false'}>
          <p class="hint" id={id('hint')}>
            {t.imageDialogHint}
          </p>
          {item ? (
            <figure class="insert-preview">
              <img src={thumbnailOf(item)} alt={t.imageChosenAlt(text?.caption || t.photoN(item.id))} width={item.width} height={item.height} />
              <figcaption>{caption.trim() || text?.caption || t.noCaption}</figcaption>
            </figure>
          ) : (
            <p class="hint">{t.imageNoneChosen}</p>
          )}
          <div class="actions">
            <button type="button" class="button-secondary" data-autofocus onClick={() => setLibraryOpen(true)}>
              {t.chooseFromLibrary}
            </button>
          </div>
          <div class="field insert-upload">
            <label for={id('file')}>{t.uploadPhoto}</label>
            <input
              ref={fileInput}
              id={id('file')}
              type="file"
              accept="image/*"
              disabled={busy}
              aria-describedby={error ? id('error') : undefined}
              onChange={(e) => void upload(e.currentTarget.files?.[0])}
            />
          </div>
          <p class="photo-status" role="status">
            {busy ? t.uploading : ''}
          </p>
          <div class="field">
            <label for={id('caption')}>{t.imageCaptionOverride}</label>
            <input id={id('caption')} type="text" lang={p.lang} maxLength={500} value={caption} onInput={(e) => setCaption(e.currentTarget.value)} />
          </div>
          <div class="field">
            <label for={id('credit')}>{t.imageCreditOverride}</label>
            <input id={id('credit')} type="text" lang={p.lang} maxLength={200} value={credit} onInput={(e) => setCredit(e.currentTarget.value)} />
          </div>
          {error && (
            <p class="field-error" id={id('error')} role="alert">
              {error}
            </p>
          )}
          <div class="actions">
            <button type="button" onClick={insert} disabled={busy}>
              {t.insertButton}
            </button>
            <button type="button" class="button-secondary" onClick={p.onClose}>
              {t.cancel}
            </button>
          </div>
        </div>
      </Modal>
      <MediaLibrary
        open={open && libraryOpen}
        lang={p.lang}
        onClose={() => setLibraryOpen(false)}
        onChoose={(m) => {
          choose(m);
          setLibraryOpen(false);
          announce(t.photoChosen);
        }}
      />
    </>
  );
}

/** One URL field (and for videos a title), checked on Insert; Enter inserts too. */
function LinkDialog(props: {
  open: boolean;
  idPrefix: string;
  title: string;
  urlLabel: string;
  urlHint: string;
  withTitle: boolean;
  onClose: () => void;
  /** The block for these values, or the message saying what is wrong. */
  build: (url: string, title: string) => Block | { error: string; field: 'url' | 'title' };
  onInsert: (block: Block) => void;
}) {
  const { t } = useApp();
  const id = (name: string) => `${props.idPrefix}-${name}`;
  const [url, setUrl] = useState('');
  const [title, setTitle] = useState('');
  const [error, setError] = useState<{ error: string; field: 'url' | 'title' } | null>(null);

  useEffect(() => {
    if (!props.open) return;
    setUrl('');
    setTitle('');
    setError(null);
  }, [props.open]);

  const insert = (e: Event) => {
    e.preventDefault();
    const result = props.build(url, title);
    if ('error' in result) setError(result);
    else props.onInsert(result);
  };

  const describedBy = (field: 'url' | 'title', hint?: string) => [hint, error?.field === field ? id('error') : ''].filter(Boolean).join(' ') || undefined;
  return (
    <Modal open={props.open} title={props.title} onClose={props.onClose}>
      {/* Not a <form>: the editor sits inside the story's form, and forms do not nest. */}
      <div
        class="insert-form"
        onKeyDown={(e) => {
          if (e.key === 'Enter') insert(e);
        }}
      >
        <div class="field">
          <label for={id('url')}>{props.urlLabel}</label>
          <input
            id={id('url')}
            type="url"
            inputMode="url"
            value={url}
            data-autofocus
            aria-invalid={error?.field === 'url' ? 'true' : 'false'}
            aria-describedby={describedBy('url', id('url-hint'))}
            onInput={(e) => setUrl(e.currentTarget.value)}
          />
          <p class="hint" id={id('url-hint')}>
            {props.urlHint}
          </p>
        </div>
        {props.withTitle && (
          <div class="field">
            <label for={id('title')}>{t.videoTitle}</label>
            <input
              id={id('title')}
              type="text"
              maxLength={300}
              value={title}
              aria-invalid={error?.field === 'title' ? 'true' : 'false'}
              aria-describedby={describedBy('title')}
              onInput={(e) => setTitle(e.currentTarget.value)}
            />
          </div>
        )}
        {error && (
          <p class="field-error" id={id('error')} role="alert">
            {error.error}
          </p>
        )}
        <div class="actions">
          <button type="button" onClick={insert}>
            {t.insertButton}
          </button>
          <button type="button" class="button-secondary" onClick={props.onClose}>
            {t.cancel}
          </button>
        </div>
      </div>
    </Modal>
  );
}

function VideoDialog(p: BodyMediaDialogProps) {
  const { t } = useApp();
  return (
    <LinkDialog
      open={p.open === 'video'}
      idPrefix={`${p.idPrefix}-video`}
      title={t.videoDialogTitle}
      urlLabel={t.videoUrl}
      urlHint={t.videoUrlHint}
      withTitle
      onClose={p.onClose}
      onInsert={p.onInsert}
      build={(url, title) => {
        const video = parseVideoUrl(url);
        if (!video) return { error: t.videoUrlInvalid, field: 'url' };
        if (!title.trim()) return { error: t.videoTitleMissing, field: 'title' };
        return { type: 'video', ...video, title: title.trim() };
      }}
    />
  );
}

function EmbedDialog(p: BodyMediaDialogProps) {
  const { t } = useApp();
  return (
    <LinkDialog
      open={p.open === 'embed'}
      idPrefix={`${p.idPrefix}-embed`}
      title={t.embedDialogTitle}
      urlLabel={t.embedUrl}
      urlHint={t.embedUrlHint}
      withTitle={false}
      onClose={p.onClose}
      onInsert={p.onInsert}
      build={(url) => {
        const embed = parseEmbedUrl(url);
        return embed ? { type: 'embed', ...embed } : { error: t.embedUrlInvalid, field: 'url' };
      }}
    />
  );
}

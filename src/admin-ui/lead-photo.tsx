import { useEffect, useRef, useState } from 'preact/hooks';
import { LANGUAGES, type Lang } from '../domain/locale.js';
import { ApiError, query, thumbnailOf, type MediaItem } from './api.js';
import { useApp, type AppContext } from './context.js';
import type { Strings } from './i18n.js';
import { Modal } from './dialog.js';

type Texts = Record<Lang, { caption: string; credit: string; alt: string }>;
const emptyTexts = (): Texts => ({ uk: { caption: '', credit: '', alt: '' }, ru: { caption: '', credit: '', alt: '' }, en: { caption: '', credit: '', alt: '' } });

/**
 * Uploads a photo to the media library with its texts (empty when not given) and returns it.
 *
 * @example const media = await uploadMedia(api, file)
 */
export async function uploadMedia(api: AppContext['api'], file: File, texts: Texts = emptyTexts()): Promise<MediaItem> {
  const form = new FormData();
  for (const l of LANGUAGES) {
    form.append(`caption_${l}`, texts[l].caption);
    form.append(`credit_${l}`, texts[l].credit);
    form.append(`alt_${l}`, texts[l].alt);
  }
  // The file goes last: the server reads the text fields as they arrive.
  form.append('file', file, file.name);
  const res = await api.call<{ media: MediaItem }>('POST', '/media', form);
  return res.media;
}

/** What went wrong with an upload, in the member's words. */
export function uploadErrorText(t: Strings, describeError: AppContext['describeError'], err: ApiError): string {
  return err.code === 'UNSUPPORTED_IMAGE' ? t.unsupportedImage
    : err.code === 'PHOTO_TOO_LARGE' || err.status === 413 ? t.photoTooLarge
    : err.code === 'PHOTO_MISSING' ? t.photoMissing
    : describeError(err);
}

/** Photos already seen, so the field does not ask for the same one twice. */
const known = new Map<number, MediaItem>();

export interface LeadPhotoFieldProps {
  idPrefix: string;
  /** The language the version is written in: its caption and credit are shown, and asked for first. */
  lang: Lang;
  value: number | null;
  onChange: (leadMediaId: number | null) => void;
  editable: boolean;
}

/**
 * A version's lead photo: the current one with its caption and credit, a new one uploaded (file
 * input or drag and drop) with its texts, one chosen from the library, or none.
 */
export function LeadPhotoField(p: LeadPhotoFieldProps) {
  const { t, api, announce, describeError } = useApp();
  const id = (name: string) => `${p.idPrefix}-photo-${name}`;
  const [item, setItem] = useState<MediaItem | null>(p.value ? known.get(p.value) ?? null : null);
  const [texts, setTexts] = useState<Texts>(emptyTexts);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [dragging, setDragging] = useState(false);
  const [libraryOpen, setLibraryOpen] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);

  // The photo for the id the version has: from memory, else the library entry with that id.
  useEffect(() => {
    if (!p.value) {
      setItem(null);
      return;
    }
    const cached = known.get(p.value);
    if (cached) {
      setItem(cached);
      return;
    }
    let live = true;
    const wanted = p.value;
    api
      .call<{ items: MediaItem[] }>('GET', `/media${query({ limit: 1, before: wanted + 1 })}`)
      .then((res) => {
        const found = res.items.find((m) => m.id === wanted);
        if (found) known.set(found.id, found);
        if (live) setItem(found ?? null);
      })
      .catch(() => {});
    return () => {
      live = false;
    };
  }, [p.value]);

  const upload = async (file: File | undefined) => {
    if (!file || busy) return;
    setError(null);
    if (file.size > 20 * 1024 * 1024) {
      setError(t.photoTooLarge);
      return;
    }
    setBusy(true);
    try {
      const media = await uploadMedia(api, file, texts);
      known.set(media.id, media);
      setItem(media);
      setTexts(emptyTexts());
      p.onChange(media.id);
      announce(t.photoUploaded);
    } catch (e) {
      setError(uploadErrorText(t, describeError, e as ApiError));
    } finally {
      setBusy(false);
      if (fileInput.current) fileInput.current.value = '';
    }
  };

  const text = (l: Lang, field: 'caption' | 'credit' | 'alt', label: string) => (
    <div class="field">
      <label for={id(`${field}-${l}`)}>{label}</label>
      <input
        id={id(`${field}-${l}`)}
        type="text"
        lang={l}
        value={texts[l][field]}
        maxLength={field === 'credit' ? 200 : 500}
        onInput={(e) => {
          const value = e.currentTarget.value;
          setTexts((all) => ({ ...all, [l]: { ...all[l], [field]: value } }));
        }}
      />
    </div>
  );

  const own = item?.texts[p.lang];
  const caption = own?.caption || Object.values(item?.texts ?? {}).find((x) => x?.caption)?.caption || '';
  const credit = own?.credit || '';
  return (
    <fieldset class={`lead-photo${error ? ' has-error' : ''}`} aria-busy={busy ? 'true' : 'false'}>
      <legend>{t.leadPhoto}</legend>
      {p.value && item ? (
        <figure class="lead-photo-current">
          <img src={thumbnailOf(item)} alt={t.leadPhotoAlt(own?.alt ?? '')} width={item.width} height={item.height} loading="lazy" />
          <figcaption lang={p.lang}>
            {caption || t.noCaption}
            {credit && <span class="photo-credit"> {t.photoBy(credit)}</span>}
          </figcaption>
        </figure>
      ) : p.value ? (
        <p class="hint">{t.loading}</p>
      ) : (
        <p class="hint">{t.noLeadPhoto}</p>
      )}
      {p.editable && (
        <>
          <div class="actions">
            <button type="button" class="button-secondary" onClick={() => setLibraryOpen(true)}>
              {t.chooseFromLibrary}
            </button>
            {p.value && (
              <button
                type="button"
                class="button-quiet"
                onClick={() => {
                  p.onChange(null);
                  announce(t.photoRemoved);
                }}
              >
                {t.removePhoto}
              </button>
            )}
          </div>
          <div
            class={`photo-drop${dragging ? ' is-dragging' : ''}`}
            onDragOver={(e) => {
              e.preventDefault();
              if (e.dataTransfer) e.dataTransfer.dropEffect = 'copy';
              setDragging(true);
            }}
            onDragLeave={(e) => {
              // Moving over the area's own fields is not leaving it.
              if (!e.currentTarget.contains(e.relatedTarget as Node | null)) setDragging(false);
            }}
            onDrop={(e) => {
              e.preventDefault();
              setDragging(false);
              void upload(e.dataTransfer?.files[0]);
            }}
          >
            <h3 class="photo-drop-title">{t.newPhoto}</h3>
            <p class="hint" id={id('hint')}>
              {t.newPhotoHint}
            </p>
            <div class="photo-texts" role="group" aria-label={t.photoTextsIn(t.langNames[p.lang])}>
              {text(p.lang, 'caption', t.photoCaption)}
              {text(p.lang, 'credit', t.photoCredit)}
              {text(p.lang, 'alt', t.photoAltText)}
            </div>
            <details class="photo-other-langs">
              <summary>{t.photoTextsOther}</summary>
              {LANGUAGES.filter((l) => l !== p.lang).map((l) => (
                <div class="photo-texts" role="group" aria-label={t.photoTextsIn(t.langNames[l])} key={l}>
                  <p class="photo-texts-lang">{t.langNames[l]}</p>
                  {text(l, 'caption', t.photoCaption)}
                  {text(l, 'credit', t.photoCredit)}
                  {text(l, 'alt', t.photoAltText)}
                </div>
              ))}
            </details>
            <div class="field">
              <label for={id('file')}>{t.uploadPhoto}</label>
              <input
                ref={fileInput}
                id={id('file')}
                type="file"
                accept="image/*"
                disabled={busy}
                aria-describedby={[id('hint'), error ? id('error') : ''].filter(Boolean).join(' ')}
                aria-invalid={error ? 'true' : 'false'}
                onChange={(e) => void upload(e.currentTarget.files?.[0])}
              />
            </div>
            {dragging && <p class="drop-cue">{t.dropHere}</p>}
            <p class="photo-status" role="status">
              {busy ? t.uploading : ''}
            </p>
            {error && (
              <p class="field-error" id={id('error')} role="alert">
                {error}
              </p>
            )}
          </div>
          <MediaLibrary
            open={libraryOpen}
            lang={p.lang}
            onClose={() => setLibraryOpen(false)}
            onChoose={(m) => {
              known.set(m.id, m);
              setItem(m);
              setLibraryOpen(false);
              p.onChange(m.id);
              announce(t.photoChosen);
            }}
          />
        </>
      )}
    </fieldset>
  );
}

/** The media library in a dialog, newest first, a page at a time. */
export function MediaLibrary(p: { open: boolean; lang: Lang; onClose: () => void; onChoose: (item: MediaItem) => void }) {
  const { t, api, lang: uiLang } = useApp();
  const [items, setItems] = useState<MediaItem[]>([]);
  const [next, setNext] = useState<number | null>(null);
  const [loading, setLoading] = useState(false);
  const [failed, setFailed] = useState(false);
  const [loaded, setLoaded] = useState(false);
  const list = useRef<HTMLUListElement>(null);

  const load = async (before?: number) => {
    setLoading(true);
    setFailed(false);
    try {
      const res = await api.call<{ items: MediaItem[]; next: number | null }>('GET', `/media${query({ limit: 24, before })}`);
      const count = before ? items.length : 0;
      setItems((old) => (before ? [...old, ...res.items] : res.items));
      setNext(res.next);
      setLoaded(true);
      // After "Load more", focus moves to the first new photo, so keyboard users carry on from there.
      if (before) requestAnimationFrame(() => list.current?.querySelectorAll<HTMLButtonElement>('button')[count]?.focus());
    } catch {
      setFailed(true);
    } finally {
      setLoading(false);
    }
  };

  useEffect(() => {
    if (p.open) void load();
  }, [p.open]);

  const textOf = (m: MediaItem) => m.texts[p.lang] ?? m.texts[uiLang] ?? Object.values(m.texts).find((x) => x?.caption);
  return (
    <Modal open={p.open} title={t.mediaLibrary} onClose={p.onClose} wide>
      <p class="library-status" role="status">
        {loading ? t.loading : loaded && items.length === 0 ? t.libraryEmpty : ''}
      </p>
      {failed && (
        <div class="notice notice-error" role="alert">
          <p>{t.libraryFailed}</p>
          <button type="button" onClick={() => void load(items.length ? next ?? undefined : undefined)}>
            {t.retry}
          </button>
        </div>
      )}
      <ul class="library" ref={list}>
        {items.map((m) => {
          const x = textOf(m);
          const name = x?.caption || t.photoN(m.id);
          return (
            <li key={m.id}>
              <button type="button" class="library-item" onClick={() => p.onChoose(m)} aria-label={t.choosePhoto(name)}>
                <img src={thumbnailOf(m, 240)} alt="" width={m.width} height={m.height} loading="lazy" />
              </button>
              <p class="library-caption">{x?.caption || t.noCaption}</p>
              {x?.credit && <p class="library-credit">{t.photoBy(x.credit)}</p>}
            </li>
          );
        })}
      </ul>
      {next !== null && (
        <div class="actions">
          <button type="button" class="button-secondary" disabled={loading} onClick={() => void load(next)}>
            {t.loadMore}
          </button>
        </div>
      )}
    </Modal>
  );
}

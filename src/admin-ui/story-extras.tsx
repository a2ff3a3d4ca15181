import { useRef, useState } from 'preact/hooks';
import type { Lang } from '../domain/locale.js';
import type { ApiError } from './api.js';
import { useApp } from './context.js';
import { StoryOrder } from './story-order.js';

/** "Preview": a private link to the version as readers will see it, to open or copy. */
export function PreviewPanel(p: { storyId: number; lang: Lang; exists: boolean; beforePreview: () => Promise<boolean> }) {
  const { t, api, describeError, announce } = useApp();
  const [link, setLink] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const id = `preview-${p.lang}`;

  const make = async () => {
    setError(null);
    setBusy(true);
    try {
      if (!(await p.beforePreview())) return;
      const res = await api.call<{ url: string; path: string; expiresAt: string }>('POST', `/stories/${p.storyId}/versions/${p.lang}/preview`);
      setLink(res.url);
      requestAnimationFrame(() => input.current?.focus());
    } catch (e) {
      setError(describeError(e as ApiError));
    } finally {
      setBusy(false);
    }
  };

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(link ?? '');
      announce(t.linkCopied);
    } catch {
      input.current?.select();
      announce(t.copyFailed);
    }
  };

  if (!p.exists) return null;
  return (
    <section class="panel preview-panel" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t.preview}</h2>
      <p class="hint">{t.previewHint}</p>
      <button type="button" class="button-secondary" disabled={busy} aria-busy={busy} onClick={() => void make()}>
        {t.preview}
      </button>
      {link && (
        <div class="preview-link">
          <div class="field">
            <label for={`${id}-url`}>{t.previewLink}</label>
            <input ref={input} id={`${id}-url`} type="url" readOnly value={link} onFocus={(e) => e.currentTarget.select()} />
          </div>
          <div class="actions">
            <a class="button button-secondary" href={link} target="_blank" rel="noopener noreferrer">
              {t.openPreview}
            </a>
            <button type="button" class="button-quiet" onClick={() => void copy()}>
              {t.copyLink}
            </button>
          </div>
        </div>
      )}
      {error && (
        <p class="field-error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}

/** As many background stories as the API takes. */
const MAX_BACKGROUND = 10;

/**
 * The earlier stories listed under "Background:" in every language, in order; saved on a button.
 * Editors may choose a story not yet published: readers see its link once it is published in
 * their language.
 */
export function BackgroundPanel(p: { storyId: number; lang: Lang; initial: number[] }) {
  const { t, api, describeError } = useApp();
  const [ids, setIds] = useState(p.initial);
  const [saved, setSaved] = useState(p.initial.join(','));
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState('');
  const [error, setError] = useState<string | null>(null);
  const dirty = ids.join(',') !== saved;
  const id = `background-${p.lang}`;

  const save = async () => {
    setBusy(true);
    setError(null);
    setStatus('');
    try {
      await api.call('PUT', `/stories/${p.storyId}/background`, { storyIds: ids });
      setSaved(ids.join(','));
      setStatus(t.backgroundSaved);
    } catch (e) {
      setError(describeError(e as ApiError));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section class="panel background-panel" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t.backgroundTitle}</h2>
      <p class="hint">{t.backgroundHint}</p>
      <StoryOrder
        idPrefix={id}
        ids={ids}
        onChange={(next) => {
          setIds(next);
          setStatus('');
        }}
        lang={p.lang}
        onlyLang={false}
        anyStatus
        exclude={p.storyId}
        max={MAX_BACKGROUND}
        emptyText={t.noBackground}
        listLabel={t.backgroundTitle}
        fullText={t.tooManyBackground(MAX_BACKGROUND)}
      />
      <div class="actions">
        <button type="button" disabled={busy || !dirty} aria-busy={busy} onClick={() => void save()}>
          {t.saveBackground}
        </button>
      </div>
      <p class="hint" role="status" aria-live="polite">
        {status || (dirty ? t.unsavedChanges : '')}
      </p>
      {error && (
        <p class="field-error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}

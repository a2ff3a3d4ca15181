import { useState } from 'preact/hooks';
import type { Lang } from '../domain/locale.js';
import type { Status } from '../domain/story.js';
import type { WorkflowAction } from '../domain/workflow.js';
import { useApp } from './context.js';
import { useConfirm } from './dialog.js';
import { describedBy } from './fields.js';
import { instantToNewsroomLocal, newsroomDateTime, newsroomLocalToInstant, newsroomOffset, newsroomZone } from './newsroom-time.js';

export interface WorkflowPanelProps {
  lang: Lang;
  exists: boolean;
  status: Status;
  publishedAt: string | null;
  updatedAt: string | null;
  updateNote: string | null;
  canEdit: boolean;
  canPublish: boolean;
  /** The action under way, if any: its button says so and the others wait. */
  busy: string | null;
  error: string | null;
  onStep: (action: WorkflowAction, at?: string) => Promise<void>;
  onPublishUpdate: (note: string) => Promise<boolean>;
}

/** A suggestion for the schedule input: the next full quarter hour at least an hour away, in the newsroom's time zone. */
function suggestedTime(): string {
  const quarter = 15 * 60_000;
  return instantToNewsroomLocal(new Date(Math.ceil((Date.now() + 3_600_000) / quarter) * quarter));
}

function offsetLabel(at: Date): string {
  const hours = newsroomOffset(at) / 3_600_000;
  return `UTC${hours >= 0 ? '+' : '−'}${Math.abs(hours)}`;
}

/**
 * The steps a version can take from where it is, shown only to those allowed to take them:
 * submit, return, schedule (in the newsroom's time zone), publish, unpublish, and an update note for a published one.
 */
export function WorkflowPanel(p: WorkflowPanelProps) {
  const { t, lang } = useApp();
  const [scheduling, setScheduling] = useState(false);
  const [when, setWhen] = useState(suggestedTime);
  const [whenError, setWhenError] = useState<string | null>(null);
  const [note, setNote] = useState('');
  const [confirmDialog, ask] = useConfirm();
  const id = (name: string) => `wf-${p.lang}-${name}`;

  const button = (action: WorkflowAction, label: string, kind = '') => (
    <button type="button" class={kind} disabled={p.busy !== null} aria-busy={p.busy === action} onClick={() => void p.onStep(action)}>
      {label}
    </button>
  );

  const schedule = async (e: Event) => {
    e.preventDefault();
    const at = newsroomLocalToInstant(when);
    if (!at) return setWhenError(t.scheduleMissing);
    if (at.getTime() <= Date.now()) return setWhenError(t.scheduleInPast);
    setWhenError(null);
    await p.onStep('schedule', at.toISOString());
    setScheduling(false);
  };

  const unpublish = async () => {
    if (await ask(t.unpublishConfirm, t.unpublish, true)) await p.onStep('unpublish');
  };

  const publishUpdate = async (e: Event) => {
    e.preventDefault();
    if (await p.onPublishUpdate(note.trim())) setNote('');
  };

  const at = newsroomLocalToInstant(when);
  const s = p.status;
  const steps = p.exists && (p.canEdit || p.canPublish);

  return (
    <section class="panel workflow" aria-labelledby={id('title')}>
      <h2 id={id('title')}>{t.workflowTitle}</h2>
      <p class="status-line">
        <span class={`badge status-${p.exists ? s : 'new'}`}>{p.exists ? t.statuses[s] : t.newVersion}</span>
        {s === 'scheduled' && p.publishedAt && <span> {t.scheduledFor(newsroomDateTime(new Date(p.publishedAt), lang), newsroomZone())}</span>}
        {(s === 'published' || s === 'unpublished') && p.publishedAt && <span> {t.publishedOn(newsroomDateTime(new Date(p.publishedAt), lang))}</span>}
      </p>
      {p.updatedAt && (
        <p class="hint">
          {t.updatedOn(newsroomDateTime(new Date(p.updatedAt), lang))}
          {p.updateNote && `: ${p.updateNote}`}
        </p>
      )}
      {p.error && (
        <p class="field-error" role="alert">
          {p.error}
        </p>
      )}
      {steps && (
        <div class="actions">
          {s === 'draft' && p.canEdit && button('submit', t.submit)}
          {s === 'review' && p.canEdit && button('return', t.returnToDraft, 'button-secondary')}
          {p.canPublish && (s === 'draft' || s === 'review' || s === 'unpublished') && (
            <button type="button" class="button-secondary" aria-expanded={scheduling} aria-controls={id('schedule')} disabled={p.busy !== null} onClick={() => setScheduling(!scheduling)}>
              {t.schedule}
            </button>
          )}
          {p.canPublish && s === 'scheduled' && button('unschedule', t.unschedule, 'button-secondary')}
          {p.canPublish && (s === 'draft' || s === 'review' || s === 'scheduled') && button('publish', t.publish, 'button-primary')}
          {p.canPublish && s === 'unpublished' && button('publish', t.publishAgain, 'button-primary')}
          {p.canPublish && s === 'published' && (
            <button type="button" class="button-danger" disabled={p.busy !== null} onClick={() => void unpublish()}>
              {t.unpublish}
            </button>
          )}
        </div>
      )}
      {scheduling && (
        <form id={id('schedule')} class="schedule-form" onSubmit={(e) => void schedule(e)} noValidate>
          <div class={`field${whenError ? ' has-error' : ''}`}>
            <label for={id('when')}>{t.scheduleAt(newsroomZone())}</label>
            <input
              id={id('when')}
              type="datetime-local"
              value={when}
              step={60}
              aria-invalid={whenError ? 'true' : 'false'}
              aria-describedby={describedBy(id('when'), true, whenError ?? undefined)}
              onInput={(e) => setWhen(e.currentTarget.value)}
            />
            <p class="hint" id={`${id('when')}-hint`}>
              {t.scheduleHint(newsroomZone(), offsetLabel(at ?? new Date()))}
            </p>
            {whenError && (
              <p class="field-error" id={`${id('when')}-error`}>
                {whenError}
              </p>
            )}
          </div>
          <div class="actions">
            <button type="submit" disabled={p.busy !== null}>
              {t.scheduleConfirm}
            </button>
            <button type="button" class="button-secondary" onClick={() => setScheduling(false)}>
              {t.cancel}
            </button>
          </div>
        </form>
      )}
      {p.exists && s === 'published' && p.canEdit && (
        <form class="update-form" onSubmit={(e) => void publishUpdate(e)}>
          {p.canPublish && (
            <div class="field">
              <label for={id('note')}>{t.updateNote}</label>
              <textarea id={id('note')} rows={2} maxLength={1000} value={note} aria-describedby={`${id('note')}-hint`} onInput={(e) => setNote(e.currentTarget.value)} />
              <p class="hint" id={`${id('note')}-hint`}>
                {t.updateNoteHelp}
              </p>
            </div>
          )}
          <button type="submit" class="button-primary" disabled={p.busy !== null}>
            {note.trim() ? t.publishUpdate : t.saveUpdate}
          </button>
        </form>
      )}
      {confirmDialog}
    </section>
  );
}

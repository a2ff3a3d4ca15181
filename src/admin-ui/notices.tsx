import { useApp } from './context.js';
import { newsroomDateTime } from './newsroom-time.js';
import type { FieldProblem } from './problems.js';

/** Text left unsaved on this device earlier: bring it back or let it go. */
export function BackupNotice(props: { at: string; onBringBack: () => void; onDiscard: () => void }) {
  const { t, lang } = useApp();
  return (
    <div class="notice notice-warning" role="alert">
      <p>{t.backupFound(newsroomDateTime(new Date(props.at), lang))}</p>
      <div class="actions">
        <button type="button" onClick={props.onBringBack}>
          {t.restoreBackup}
        </button>
        <button type="button" class="button-secondary" onClick={props.onDiscard}>
          {t.discardBackup}
        </button>
      </div>
    </div>
  );
}

/** Someone saved first: who and when, and the member's choices. Their text is untouched. */
export function ConflictNotice(props: { who: string; savedAt: string | null; showingTheirs: boolean; onShowTheirs: () => void; onOverwrite: () => void }) {
  const { t, lang } = useApp();
  return (
    <div class="notice notice-error conflict" role="alert">
      <h2>{t.conflictTitle}</h2>
      <p>{t.conflictText(props.who, props.savedAt ? newsroomDateTime(new Date(props.savedAt), lang) : '—')}</p>
      <div class="actions">
        {!props.showingTheirs && (
          <button type="button" class="button-secondary" onClick={props.onShowTheirs}>
            {t.showTheirs}
          </button>
        )}
        <button type="button" onClick={props.onOverwrite}>
          {t.overwriteMine}
        </button>
      </div>
    </div>
  );
}

/**
 * A save that did not happen: why, every problem by field, and a way on (retry, or sign in again
 * in another tab). Always says the text is still here.
 */
export function SaveFailedNotice(props: { message: string; problems: FieldProblem[]; onRetry?: () => void }) {
  const { t } = useApp();
  return (
    <div class="notice notice-error" role="alert">
      <p>
        <strong>{props.message}</strong> {t.textKept}
      </p>
      {props.problems.length > 0 && (
        <ul>
          {props.problems.map((p, i) => (
            <li key={i}>
              {t.fieldNames[p.field] ?? p.field}: {p.text}
            </li>
          ))}
        </ul>
      )}
      {props.message === t.sessionEnded && (
        <p>
          <a href="/admin/login" target="_blank" rel="noopener">
            {t.signInAgain}
          </a>
        </p>
      )}
      {props.problems.length === 0 && props.onRetry && (
        <button type="button" onClick={props.onRetry}>
          {t.retry}
        </button>
      )}
    </div>
  );
}

import { useEffect, useState } from 'preact/hooks';
import type { Lang } from '../domain/locale.js';
import type { ApiError, FieldDiff, RevisionSummary } from './api.js';
import { useApp } from './context.js';
import { Modal, useConfirm } from './dialog.js';
import { newsroomDateTime } from './newsroom-time.js';

export interface RevisionsPanelProps {
  storyId: number;
  lang: Lang;
  /** Changes whenever the version is saved, so an open list stays current. */
  refreshKey: number;
  canRestore: boolean;
  onRestore: (revisionId: number) => Promise<boolean>;
}

/** The history of a version: who saved when; a word diff of any two saves; restoring one. */
export function RevisionsPanel(props: RevisionsPanelProps) {
  const { t, lang, api, describeError } = useApp();
  const [open, setOpen] = useState(false);
  const [revisions, setRevisions] = useState<RevisionSummary[] | null>(null);
  const [picked, setPicked] = useState<number[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [diff, setDiff] = useState<{ title: string; fields: FieldDiff[] } | null>(null);
  const [confirmDialog, ask] = useConfirm();

  useEffect(() => {
    if (!open) return;
    let live = true;
    api
      .call<{ revisions: RevisionSummary[] }>('GET', `/stories/${props.storyId}/versions/${props.lang}/revisions`)
      .then((r) => {
        if (!live) return;
        setRevisions(r.revisions);
        setPicked((p) => p.filter((id) => r.revisions.some((x) => x.id === id)));
        setError(null);
      })
      .catch((e: ApiError) => live && setError(describeError(e)));
    return () => {
      live = false;
    };
  }, [open, props.refreshKey, props.storyId, props.lang]);

  const label = (r: RevisionSummary) => t.revisionLabel(r.lockVersion, r.userName ?? t.unknownPerson, newsroomDateTime(new Date(r.at), lang));

  const compare = async () => {
    const chosen = (revisions ?? []).filter((r) => picked.includes(r.id)).sort((a, b) => a.lockVersion - b.lockVersion);
    const [from, to] = chosen;
    if (!from || !to) return;
    try {
      const res = await api.call<{ fields: FieldDiff[] }>('GET', `/revisions/diff?from=${from.id}&to=${to.id}`);
      setDiff({ title: `${t.diffTitle}: ${from.lockVersion} → ${to.lockVersion}`, fields: res.fields });
    } catch (e) {
      setError(describeError(e as ApiError));
    }
  };

  const restore = async (r: RevisionSummary) => {
    if (!(await ask(t.restoreConfirm(label(r)), t.restore))) return;
    await props.onRestore(r.id);
  };

  const toggle = (id: number, on: boolean) => setPicked((p) => (on ? [...p.filter((x) => x !== id), id].slice(-2) : p.filter((x) => x !== id)));

  return (
    <details class="panel revisions" onToggle={(e) => setOpen((e.currentTarget as HTMLDetailsElement).open)}>
      <summary>
        <h2>{t.history}</h2>
      </summary>
      {error && (
        <p class="field-error" role="alert">
          {error}
        </p>
      )}
      {revisions === null ? (
        !error && <p>{t.loading}</p>
      ) : revisions.length === 0 ? (
        <p>{t.historyEmpty}</p>
      ) : (
        <>
          <p class="hint" id={`rev-hint-${props.lang}`}>
            {t.compareHint}
          </p>
          <ol class="revision-list" aria-describedby={`rev-hint-${props.lang}`}>
            {revisions.map((r, i) => (
              <li key={r.id}>
                <label class="check">
                  <input type="checkbox" checked={picked.includes(r.id)} onChange={(e) => toggle(r.id, e.currentTarget.checked)} />
                  <span>
                    {label(r)}
                    {i === 0 && <em class="current"> ({t.currentSave})</em>}
                  </span>
                </label>
                {props.canRestore && i > 0 && (
                  <button type="button" class="button-quiet" aria-label={`${t.restore}: ${label(r)}`} onClick={() => void restore(r)}>
                    {t.restore}
                  </button>
                )}
              </li>
            ))}
          </ol>
          <button type="button" class="button-secondary" disabled={picked.length !== 2} onClick={() => void compare()}>
            {t.compare}
          </button>
        </>
      )}
      <Modal open={diff !== null} title={diff?.title ?? ''} onClose={() => setDiff(null)} wide>
        {diff && <DiffView fields={diff.fields} />}
      </Modal>
      {confirmDialog}
    </details>
  );
}

/** A word diff: removed words struck through in red, added ones underlined in green, and said so to screen readers. */
export function DiffView({ fields }: { fields: FieldDiff[] }) {
  const { t } = useApp();
  return (
    <div class="diff">
      {fields.map((f) => {
        const changed = f.parts.some((p) => p.added || p.removed);
        return (
          <section key={f.field} class="diff-field">
            <h3>{t.fieldNames[f.field]}</h3>
            {changed ? (
              <p class="diff-text">
                {f.parts.map((p, i) =>
                  p.added ? (
                    <ins key={i}>
                      <span class="visually-hidden">[{t.added}: </span>
                      {p.value}
                      <span class="visually-hidden">]</span>
                    </ins>
                  ) : p.removed ? (
                    <del key={i}>
                      <span class="visually-hidden">[{t.removed}: </span>
                      {p.value}
                      <span class="visually-hidden">]</span>
                    </del>
                  ) : (
                    <span key={i}>{p.value}</span>
                  ),
                )}
              </p>
            ) : (
              <p class="hint">{t.noChanges}</p>
            )}
          </section>
        );
      })}
    </div>
  );
}

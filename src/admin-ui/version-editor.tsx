import { useEffect, useRef, useState } from 'preact/hooks';
import { canEditStory } from '../domain/access.js';
import type { Lang } from '../domain/locale.js';
import type { Status } from '../domain/story.js';
import type { WorkflowAction } from '../domain/workflow.js';
import type { ApiError, OpenedStory, StoryMeta, VersionData, VersionFields } from './api.js';
import { dropBackup, readBackup, writeBackup, type Backup } from './backup.js';
import { useApp } from './context.js';
import { useConfirm } from './dialog.js';
import { MetaForm, VersionForm } from './fields.js';
import { newsroomTime } from './newsroom-time.js';
import { BackupNotice, ConflictNotice, SaveFailedNotice } from './notices.js';
import { describeProblems, type FieldProblem } from './problems.js';
import { RevisionsPanel } from './revisions-panel.js';
import { BackgroundPanel, PreviewPanel } from './story-extras.js';
import { baseOf, cleanSource, fieldsOf, key, sameMeta, type Base, type Conflict, type SaveState, type Snapshot } from './version-state.js';
import { VersionView } from './version-view.js';
import { WorkflowPanel } from './workflow-panel.js';

export interface VersionEditorProps {
  opened: OpenedStory;
  lang: Lang;
  /** The version shown read-only beside this one (and, for a new translation, the one it starts from). */
  beside: Lang | undefined;
  /** Reads the story again (tabs and statuses); the editor keeps its own text. */
  refresh: () => Promise<OpenedStory | undefined>;
}

/**
 * One language version in the editor: its text and the story's shared details, autosaved while a
 * draft or in review, saved explicitly once scheduled or published. A save that comes second is
 * refused by the server; the editor then keeps the member's text and lets them compare, take the
 * other version or overwrite it. Nothing typed is lost: every change is also kept on the device
 * until the server has it.
 */
export function VersionEditor({ opened, lang, beside, refresh }: VersionEditorProps) {
  const { t, lang: uiLang, api, me, announce, setLeaveGuard, describeError } = useApp();
  const storyId = opened.story.id;
  const backupKey = `${me.id}:${storyId}:${lang}`;
  const source = beside ? opened.versions[beside] : undefined;

  const [initial] = useState<Snapshot>(() => {
    const own = opened.versions[lang];
    const from = own ?? source ?? Object.values(opened.versions)[0];
    return { fields: from ? fieldsOf(from) : { headline: '', lead: '', body: [], source: null, leadMediaId: null }, meta: opened.story.meta };
  });
  const [fields, setFieldsState] = useState(initial.fields);
  const [meta, setMetaState] = useState(initial.meta);
  const [base, setBaseState] = useState<Base>(() => baseOf(opened.versions[lang]));
  const [bodyKey, setBodyKey] = useState(0);
  const [save, setSave] = useState<SaveState>({ kind: 'idle' });
  const [problems, setProblems] = useState<FieldProblem[]>([]);
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [actionError, setActionError] = useState<string | null>(null);
  const [backup, setBackup] = useState<Backup<Snapshot> | undefined>(undefined);
  const [confirmDialog, ask] = useConfirm();

  // Async work reads these, not the render's closures.
  const now = useRef({ fields, meta, base });
  now.current.fields = fields;
  now.current.meta = meta;
  const savedKey = useRef(key(initial));
  const serverMeta = useRef(opened.story.meta);
  const failedKey = useRef<string | null>(null);
  const inFlight = useRef<Promise<boolean> | null>(null);

  const setFields = (patch: Partial<VersionFields>) => {
    now.current.fields = { ...now.current.fields, ...patch };
    setFieldsState(now.current.fields);
  };
  const setMeta = (patch: Partial<StoryMeta>) => {
    now.current.meta = { ...now.current.meta, ...patch };
    setMetaState(now.current.meta);
  };
  const setBase = (patch: Partial<Base>) => {
    now.current.base = { ...now.current.base, ...patch };
    setBaseState(now.current.base);
  };
  /** Puts a version from the server into the editor, replacing what is there. */
  const load = (v: VersionData, storyMeta: StoryMeta) => {
    const snapshot = { fields: fieldsOf(v), meta: storyMeta };
    setFields(snapshot.fields);
    setMeta(snapshot.meta);
    setBase(baseOf(v));
    serverMeta.current = storyMeta;
    savedKey.current = key(snapshot);
    setBodyKey((k) => k + 1);
    setProblems([]);
    dropBackup(backupKey);
  };

  const actor = { id: me.id, role: me.role };
  const createdBy = opened.story.createdBy;
  const canEdit = canEditStory(actor, { createdBy, status: base.exists ? base.status : null });
  const canPublish = opened.may.publish;
  // The shared details belong to every language: changing them is editing all of them.
  const canEditMeta = canEdit && Object.values(opened.versions).every((v) => !v || v.lang === lang || canEditStory(actor, { createdBy, status: v.status }));
  const autosave = canEdit && (!base.exists || base.status === 'draft' || base.status === 'review') && !conflict;
  const currentKey = key({ fields, meta });
  const dirty = currentKey !== savedKey.current;

  async function doSave(note?: string): Promise<boolean> {
    const snap = { fields: now.current.fields, meta: now.current.meta };
    const sentKey = key(snap);
    const b = now.current.base;
    if (b.exists && !note && sentKey === savedKey.current) return true;
    setSave({ kind: 'saving' });
    const f = snap.fields;
    const payload = {
      lockVersion: b.exists ? b.lockVersion : 0,
      headline: f.headline,
      lead: f.lead,
      body: f.body,
      source: cleanSource(f.source),
      leadMediaId: f.leadMediaId,
      ...(sameMeta(snap.meta, serverMeta.current) ? {} : { story: snap.meta }),
      ...(note ? { note } : {}),
    };
    try {
      const res = await api.call<{ lockVersion: number }>('PUT', `/stories/${storyId}/versions/${lang}`, payload);
      savedKey.current = sentKey;
      serverMeta.current = snap.meta;
      failedKey.current = null;
      setBase({ exists: true, lockVersion: res.lockVersion, ...(note ? { updatedAt: new Date().toISOString(), updateNote: note } : {}) });
      setProblems([]);
      setSave({ kind: 'saved', at: new Date() });
      if (key({ fields: now.current.fields, meta: now.current.meta }) === sentKey) dropBackup(backupKey);
      if (!b.exists || note) void refresh();
      return true;
    } catch (e) {
      const error = e as ApiError;
      failedKey.current = sentKey;
      if (error.code === 'VERSION_CONFLICT' && error.current) {
        setConflict({ current: error.current });
        setSave({ kind: 'conflict' });
      } else if (error.status === 422 && error.problems.length) {
        setProblems(describeProblems(t, error.problems));
        setSave({ kind: 'failed', message: t.problemsTitle });
      } else {
        setSave({ kind: 'failed', message: describeError(error) });
      }
      return false;
    }
  }

  /** Saves now; a save already under way finishes first, then this one sends what is newer. */
  async function saveNow(note?: string): Promise<boolean> {
    while (inFlight.current) await inFlight.current;
    const run = doSave(note);
    inFlight.current = run;
    try {
      return await run;
    } finally {
      inFlight.current = null;
    }
  }

  // Autosave: two seconds after typing stops, drafts and versions in review only; never the same failure twice.
  useEffect(() => {
    if (!autosave || !dirty || failedKey.current === currentKey) return;
    const timer = setTimeout(() => void saveNow(), 2000);
    return () => clearTimeout(timer);
  }, [currentKey, autosave]);

  // A copy on this device while the server does not have the text yet.
  useEffect(() => {
    if (!dirty) return;
    const timer = setTimeout(() => writeBackup(backupKey, { fields, meta }, now.current.base.lockVersion), 400);
    return () => clearTimeout(timer);
  }, [currentKey]);

  // Text left unsaved on this device last time: offer it back.
  useEffect(() => {
    const found = readBackup<Snapshot>(backupKey);
    if (found && key(found.data) !== savedKey.current) setBackup(found);
    else if (found) dropBackup(backupKey);
  }, []);

  const dirtyRef = useRef(dirty);
  dirtyRef.current = dirty;
  const autosaveRef = useRef(autosave);
  autosaveRef.current = autosave;
  useEffect(() => {
    setLeaveGuard(async () => {
      if (!dirtyRef.current) return true;
      if (autosaveRef.current && (await saveNow())) return true;
      return ask(t.leaveConfirm, t.leaveAnyway, true);
    });
    const onUnload = (e: BeforeUnloadEvent) => {
      if (!dirtyRef.current) return;
      e.preventDefault();
      e.returnValue = '';
    };
    window.addEventListener('beforeunload', onUnload);
    return () => {
      setLeaveGuard(null);
      window.removeEventListener('beforeunload', onUnload);
    };
  }, [t]);

  async function step(action: WorkflowAction, at?: string) {
    setActionError(null);
    // What is on screen is what gets submitted or published; a published version's edits wait for "update".
    if ((dirty || !now.current.base.exists) && now.current.base.status !== 'published' && !(await saveNow())) return;
    setBusy(action);
    try {
      const res = await api.call<{ status: Status; publishedAt: string | null; lockVersion: number }>('POST', `/stories/${storyId}/versions/${lang}/status`, {
        action,
        lockVersion: now.current.base.lockVersion,
        ...(at ? { at } : {}),
      });
      setBase({ status: res.status, publishedAt: res.publishedAt, lockVersion: res.lockVersion });
      announce(t.nowStatus(t.statuses[res.status]));
      void refresh();
    } catch (e) {
      const error = e as ApiError;
      if (error.code === 'VERSION_CONFLICT' && error.current) setConflict({ current: error.current });
      else setActionError(describeError(error));
    } finally {
      setBusy(null);
    }
  }

  async function showTheirs() {
    const fresh = await refresh();
    const theirs = fresh?.versions[lang];
    if (theirs && conflict) setConflict({ ...conflict, theirs });
  }

  async function overwriteMine() {
    const fresh = await refresh();
    if (!fresh) return;
    const theirs = fresh.versions[lang];
    // Their shared details stay unless this member changed them too.
    if (sameMeta(now.current.meta, serverMeta.current)) setMeta(fresh.story.meta);
    serverMeta.current = fresh.story.meta;
    setBase(theirs ? baseOf(theirs) : baseOf(undefined));
    setConflict(null);
    failedKey.current = null;
    savedKey.current = '';
    await saveNow();
  }

  async function useTheirs() {
    if (!conflict?.theirs || !(await ask(t.useTheirsConfirm, t.useTheirs, true))) return;
    const fresh = await refresh();
    const theirs = fresh?.versions[lang] ?? conflict.theirs;
    load(theirs, fresh?.story.meta ?? serverMeta.current);
    setConflict(null);
    setSave({ kind: 'idle' });
  }

  async function restore(revisionId: number): Promise<boolean> {
    if (dirty && !(await saveNow())) return false;
    try {
      await api.call('POST', `/revisions/${revisionId}/restore`, { lockVersion: now.current.base.lockVersion });
      const fresh = await refresh();
      const v = fresh?.versions[lang];
      if (fresh && v) load(v, fresh.story.meta);
      setSave({ kind: 'saved', at: new Date() });
      announce(t.restored);
      return true;
    } catch (e) {
      const error = e as ApiError;
      if (error.code === 'VERSION_CONFLICT' && error.current) setConflict({ current: error.current });
      else setActionError(describeError(error));
      return false;
    }
  }

  const bringBack = () => {
    if (!backup) return;
    setFields(backup.data.fields);
    setMeta(backup.data.meta);
    // Based on an older save? Then saving it is a conflict to resolve, not a silent overwrite.
    if (base.exists) setBase({ lockVersion: backup.base });
    setBodyKey((k) => k + 1);
    setBackup(undefined);
  };

  const statusText =
    save.kind === 'saving' ? t.saving
    : conflict ? t.notSaved
    : dirty ? (save.kind === 'failed' ? `${t.notSaved}. ${t.textKept}` : t.unsaved)
    : save.kind === 'saved' ? t.savedAt(newsroomTime(save.at, uiLang))
    : '';
  const titleId = `beside-${lang}`;
  const showPane = conflict?.theirs ? 'theirs' : source && beside !== lang ? 'source' : null;
  const who = conflict?.current.savedBy?.name ?? t.conflictSomeone;

  return (
    <div class={`workspace${showPane ? ' has-pane' : ''}`}>
      {showPane === 'theirs' && conflict?.theirs && (
        <aside class="pane pane-theirs">
          <VersionView title={t.theirVersion(who)} titleId={titleId} lang={lang} fields={conflict.theirs} status={conflict.theirs.status}>
            <div class="actions">
              <button type="button" class="button-secondary" onClick={() => void useTheirs()}>
                {t.useTheirs}
              </button>
              <button type="button" onClick={() => void overwriteMine()}>
                {t.overwriteMine}
              </button>
            </div>
          </VersionView>
        </aside>
      )}
      {showPane === 'source' && source && (
        <aside class="pane pane-source">
          <VersionView title={t.sourceVersion(t.langNames[source.lang])} titleId={titleId} lang={source.lang} fields={source} status={source.status} />
        </aside>
      )}
      <form
        class="version-main"
        onSubmit={(e) => {
          e.preventDefault();
          void saveNow();
        }}
        onKeyDown={(e) => {
          if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 's') {
            e.preventDefault();
            if (canEdit && base.status !== 'published') void saveNow();
          }
        }}
      >
        <div class="save-bar">
          <p class="save-status" role="status" aria-live="polite">
            {statusText}
          </p>
          {!statusText && canEdit && <p class="hint save-hint">{autosave ? t.autosaveHint : base.status === 'published' ? t.publishedSaveHint : t.explicitSaveHint}</p>}
          {canEdit && base.status !== 'published' && (
            <button type="submit" disabled={save.kind === 'saving' || !!conflict}>
              {t.save}
            </button>
          )}
        </div>
        {!canEdit && <p class="notice">{t.readOnly}</p>}
        {backup && (
          <BackupNotice
            at={backup.at}
            onBringBack={bringBack}
            onDiscard={() => {
              dropBackup(backupKey);
              setBackup(undefined);
            }}
          />
        )}
        {conflict && (
          <ConflictNotice who={who} savedAt={conflict.current.savedAt} showingTheirs={!!conflict.theirs} onShowTheirs={() => void showTheirs()} onOverwrite={() => void overwriteMine()} />
        )}
        {save.kind === 'failed' && !conflict && <SaveFailedNotice message={save.message} problems={problems} onRetry={() => void saveNow()} />}
        {!base.exists && source && <p class="notice">{t.prefilledFrom(t.langNames[source.lang])}</p>}
        <VersionForm idPrefix={`v-${lang}`} value={fields} onChange={setFields} bodyResetKey={bodyKey} editable={canEdit} lang={lang} problems={problems} />
      </form>
      <div class="sidebar">
        <WorkflowPanel
          lang={lang}
          exists={base.exists}
          status={base.status}
          publishedAt={base.publishedAt}
          updatedAt={base.updatedAt}
          updateNote={base.updateNote}
          canEdit={canEdit}
          canPublish={canPublish}
          busy={busy ?? (conflict ? 'conflict' : save.kind === 'saving' ? 'save' : null)}
          error={actionError}
          onStep={step}
          onPublishUpdate={(note) => saveNow(note || undefined)}
        />
        <PreviewPanel
          storyId={storyId}
          lang={lang}
          exists={base.exists}
          beforePreview={async () => (dirty && canEdit && now.current.base.status !== 'published' ? saveNow() : true)}
        />
        <MetaForm idPrefix={`m-${lang}`} value={meta} onChange={setMeta} editable={canEditMeta} problems={problems} />
        {opened.may.edit && opened.background && <BackgroundPanel storyId={storyId} lang={lang} initial={opened.background} />}
        {base.exists && <RevisionsPanel storyId={storyId} lang={lang} refreshKey={base.lockVersion} canRestore={canEdit} onRestore={restore} />}
      </div>
      {confirmDialog}
    </div>
  );
}

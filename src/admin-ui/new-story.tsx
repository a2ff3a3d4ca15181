import { useEffect, useRef, useState } from 'preact/hooks';
import { LANGUAGES, type Lang } from '../domain/locale.js';
import { ApiError, type StoryMeta, type VersionFields } from './api.js';
import { dropBackup, readBackup, writeBackup, type Backup } from './backup.js';
import { Link } from './link.js';
import { useApp } from './context.js';
import { useConfirm } from './dialog.js';
import { Field, MetaForm, VersionForm } from './fields.js';
import { BackupNotice, SaveFailedNotice } from './notices.js';
import { describeProblems, type FieldProblem } from './problems.js';
import { storyUrl } from './router.js';
import { cleanSource } from './version-state.js';

interface NewStory {
  lang: Lang;
  fields: VersionFields;
  meta: StoryMeta;
}

/**
 * A new story: its language, shared details and first version, created as a draft in one request.
 * What is typed is kept on the device until the server has it.
 */
export function NewStoryPage() {
  const { t, lang: uiLang, api, me, navigate, announce, setLeaveGuard, describeError } = useApp();
  const backupKey = `${me.id}:new`;
  const [story, setStory] = useState<NewStory>(() => ({
    lang: uiLang,
    fields: { headline: '', lead: '', body: [], source: null, leadMediaId: null },
    meta: { kind: 'news', sectionId: 0, tagIds: [], authorIds: me.authorId ? [me.authorId] : [], importance: 0, hasVideo: false, hasPhotos: false },
  }));
  const [bodyKey, setBodyKey] = useState(0);
  const [problems, setProblems] = useState<FieldProblem[]>([]);
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [backup, setBackup] = useState<Backup<NewStory> | undefined>(() => readBackup<NewStory>(backupKey));
  const summary = useRef<HTMLDivElement>(null);
  const [confirmDialog, ask] = useConfirm();
  const typed = story.fields.headline.trim() !== '' || story.fields.lead.trim() !== '' || story.fields.body.length > 0;
  const typedRef = useRef(typed);
  typedRef.current = typed;

  useEffect(() => {
    document.title = `${t.newStoryTitle} — ${t.newsroom}`;
  }, [t]);

  useEffect(() => {
    if (!typed) return;
    const timer = setTimeout(() => writeBackup(backupKey, story, 0), 400);
    return () => clearTimeout(timer);
  }, [story]);

  useEffect(() => {
    // The copy on this device stays until the story is created or the member discards it.
    setLeaveGuard(async () => !typedRef.current || ask(t.leaveConfirm, t.leaveAnyway, true));
    return () => setLeaveGuard(null);
  }, [t]);

  const create = async (e: Event) => {
    e.preventDefault();
    // What the API would refuse anyway, said next to the field before asking it.
    const local: FieldProblem[] = [];
    if (!story.fields.headline.trim()) local.push({ field: 'headline', text: t.required });
    if (!story.meta.sectionId) local.push({ field: 'sectionId', text: t.chooseSectionFirst });
    if (local.length) {
      setProblems(local);
      setFailure(t.problemsTitle);
      summary.current?.focus();
      return;
    }
    setBusy(true);
    try {
      const created = await api.call<{ storyId: number; lang: Lang }>('POST', '/stories', {
        ...story.meta,
        version: { lang: story.lang, ...story.fields, source: cleanSource(story.fields.source) },
      });
      dropBackup(backupKey);
      typedRef.current = false;
      announce(t.created);
      await navigate(storyUrl(created.storyId, created.lang), { replace: true });
    } catch (error) {
      const err = error as ApiError;
      if (err.status === 422 && err.problems.length) {
        setProblems(describeProblems(t, err.problems));
        setFailure(t.problemsTitle);
      } else {
        setProblems([]);
        setFailure(describeError(err));
      }
      summary.current?.focus();
    } finally {
      setBusy(false);
    }
  };

  return (
    <section class="editor-page new-story" aria-labelledby="new-title">
      <div class="editor-head">
        <p class="crumbs">
          <Link href="/admin/">← {t.allStories}</Link>
        </p>
        <h1 id="new-title">{t.newStoryTitle}</h1>
      </div>
      {backup && (
        <BackupNotice
          at={backup.at}
          onBringBack={() => {
            setStory(backup.data);
            setBodyKey((k) => k + 1);
            setBackup(undefined);
          }}
          onDiscard={() => {
            dropBackup(backupKey);
            setBackup(undefined);
          }}
        />
      )}
      <form class="workspace" onSubmit={(e) => void create(e)} noValidate>
        <div class="version-main">
          <div ref={summary} tabIndex={-1}>
            {failure && <SaveFailedNotice message={failure} problems={problems} />}
          </div>
          <Field id="new-lang" label={t.language}>
            <select id="new-lang" value={story.lang} onChange={(e) => setStory({ ...story, lang: e.currentTarget.value as Lang })}>
              {LANGUAGES.map((l) => (
                <option value={l} key={l}>
                  {t.langNames[l]}
                </option>
              ))}
            </select>
          </Field>
          <VersionForm
            idPrefix="new"
            value={story.fields}
            onChange={(patch) => setStory((s) => ({ ...s, fields: { ...s.fields, ...patch } }))}
            bodyResetKey={bodyKey}
            editable
            lang={story.lang}
            problems={problems}
          />
        </div>
        <div class="sidebar">
          <MetaForm idPrefix="new-meta" value={story.meta} onChange={(patch) => setStory((s) => ({ ...s, meta: { ...s.meta, ...patch } }))} editable problems={problems} />
          <div class="panel">
            <button type="submit" class="button-primary" disabled={busy} aria-busy={busy}>
              {t.createStory}
            </button>
          </div>
        </div>
      </form>
      {confirmDialog}
    </section>
  );
}

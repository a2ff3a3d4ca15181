import { canEditStory, canPublishStory, type Actor } from '../../domain/access.js';
import type { Lang } from '../../domain/locale.js';
import { cleanVersionFields } from '../../domain/story.js';
import { cleanMultiline } from '../../domain/text.js';
import { EditorialRepository } from '../../storage/editorial-repository.js';
import {
  NOTE_MAX, assertValidStory, sameMeta, storyEvents, versionSubject,
  type EditorialDeps, type StoryMeta, type VersionFields,
} from './editorial-deps.js';
import { InvalidStory, NotAllowed, StoryNotFound, TransitionNotAllowed, VersionConflict } from './editorial-errors.js';
import { inWriteTransaction } from './write-transaction.js';

/** One save of a language version; `story` also changes what all languages share. */
export interface SaveVersionInput extends VersionFields {
  storyId: number;
  lang: Lang;
  /** The lock_version the editor loaded; 0 to add a language the story does not have yet. */
  lockVersion: number;
  story?: StoryMeta;
}

export interface SaveOptions {
  /** Saving a published version with a note marks it "updated" for readers (editors only). */
  note?: string;
  /** Set by restoreRevision, for the audit log. */
  restoredFrom?: number;
}

/**
 * Saves a version: adds it when the language is new (a translation, `lockVersion: 0`), else
 * updates it only if nobody saved since `lockVersion` (then {@link VersionConflict}, nothing
 * changed). Records a revision and an audit entry; a published version announces `story-updated`
 * after commit.
 *
 * @example
 * const { lockVersion } = await saveVersion(deps, actor, { storyId: 7, lang: 'en', lockVersion: 1,
 *   headline: 'Kyiv', lead: '', body: [], source: null, leadMediaId: null });
 */
export async function saveVersion(deps: EditorialDeps, actor: Actor, input: SaveVersionInput, options: SaveOptions = {}): Promise<{ lockVersion: number }> {
  const { storyId, lang } = input;
  // Cleaned before validation (domain/text.ts): storage never holds control characters.
  const fields: VersionFields = cleanVersionFields({ headline: input.headline, lead: input.lead, body: input.body, source: input.source, leadMediaId: input.leadMediaId });
  if (typeof options.note === 'string') options = { ...options, note: cleanMultiline(options.note) };
  return inWriteTransaction(deps, async ({ trx, afterCommit, project }) => {
    const repo = new EditorialRepository(trx);
    const now = deps.now();
    const story = await repo.findStory(storyId);
    if (!story) throw new StoryNotFound(storyId);
    const version = await repo.findVersion(storyId, lang);
    const status = version?.status ?? null;
    if (!canEditStory(actor, { createdBy: story.createdBy, status })) throw new NotAllowed(`edit this ${lang} version`);
    if (options.note !== undefined) {
      if (!canPublishStory(actor, story)) throw new NotAllowed('mark this story updated');
      if (status !== 'published') throw new TransitionNotAllowed('only a published version can carry an update note');
      if (options.note.trim() === '' || options.note.length > NOTE_MAX)
        throw new InvalidStory([{ path: 'note', message: `must be non-empty text of at most ${NOTE_MAX} characters` }]);
    }
    const metaChanged = input.story !== undefined && !sameMeta(story.meta, input.story);
    const statuses = await repo.versionStatuses(storyId);
    // The meta is shared by every language, so changing it is editing all of them.
    if (metaChanged && !statuses.every((v) => canEditStory(actor, { createdBy: story.createdBy, status: v.status })))
      throw new NotAllowed('change what all languages of this story share');
    await assertValidStory(repo, { ...fields, lang }, input.story, { version: '', meta: 'story' });
    const meta = input.story ?? story.meta;

    // The version row is written first: a refused compare-and-swap leaves nothing to undo.
    const written = version
      ? input.lockVersion === version.lockVersion &&
        (await repo.updateVersion(storyId, lang, version.lockVersion, options.note !== undefined ? { fields, updatedAt: now, updateNote: options.note } : { fields }, now))
      : input.lockVersion === 0 && (await repo.insertVersion(storyId, lang, meta, fields, now));
    if (!written) throw await conflict(repo, storyId, lang);
    const lockVersion = version ? version.lockVersion + 1 : 1;

    if (metaChanged) await repo.updateStoryMeta(storyId, meta, now);
    else await repo.touchStory(storyId, now);
    // The meta is in every version's listings, sitemap URL and search document.
    await project({ storyIds: [storyId], langs: metaChanged ? undefined : [lang], changedAt: now });
    await repo.addRevision({ storyId, lang, lockVersion, userId: actor.id, at: now, data: { ...fields, story: meta } });
    await deps.audit.record(
      {
        userId: actor.id,
        action: 'story.save',
        subject: versionSubject(storyId, lang),
        details: {
          lockVersion,
          ...(version ? {} : { translation: true }),
          ...(metaChanged ? { meta: true } : {}),
          ...(options.note !== undefined ? { note: options.note } : {}),
          ...(options.restoredFrom !== undefined ? { restoredFrom: options.restoredFrom } : {}),
        },
        at: now,
      },
      trx,
    );
    // Readers see a change only in published versions: this one, or every one when the meta moved.
    const published = statuses.filter((v) => v.status === 'published' && (metaChanged || v.lang === lang)).map((v) => v.lang);
    afterCommit(...storyEvents('story-updated', storyId, published, meta, metaChanged ? story.meta : undefined));
    return { lockVersion };
  });
}

/**
 * Saves a published version as a visible update: readers see "updated" and the note
 * (a correction, new details). Needs the right to publish the story.
 *
 * @example await updatePublished(deps, editor, { ...fields, storyId: 7, lang: 'en', lockVersion: 4, note: 'Adds the minister’s comment.' })
 */
export async function updatePublished(
  deps: EditorialDeps,
  actor: Actor,
  input: SaveVersionInput & { note: string },
): Promise<{ lockVersion: number }> {
  const { note, ...save } = input;
  return saveVersion(deps, actor, save, { note });
}

/** The refusal for a stale save, naming who changed the version last and when. */
export async function conflict(repo: EditorialRepository, storyId: number, lang: Lang): Promise<VersionConflict> {
  const current = await repo.findVersion(storyId, lang);
  const last = current ? await repo.lastChange(versionSubject(storyId, lang)) : undefined;
  return new VersionConflict({
    lockVersion: current?.lockVersion ?? 0,
    savedBy: last?.userId != null ? { id: last.userId, name: last.userName ?? '' } : null,
    savedAt: last?.at ?? null,
  });
}

import { can, type Actor } from '../../domain/access.js';
import type { Lang } from '../../domain/locale.js';
import { cleanVersionFields } from '../../domain/story.js';
import { EditorialRepository } from '../../storage/editorial-repository.js';
import { assertValidStory, versionSubject, type EditorialDeps, type StoryMeta, type VersionFields } from './editorial-deps.js';
import { NotAllowed } from './editorial-errors.js';
import { inWriteTransaction } from './write-transaction.js';

/** A new story: its shared fields and its first language version. */
export interface CreateStoryInput extends StoryMeta {
  version: VersionFields & { lang: Lang };
}

export interface CreatedStory {
  storyId: number;
  lang: Lang;
  /** Name this in the next save of the version. */
  lockVersion: number;
}

/**
 * Starts a story: the story row, its tags and authors, and a first version as a draft, with a
 * first revision and an audit entry, all in one transaction. Nothing is published, so no
 * change event is emitted.
 *
 * @example
 * const { storyId, lockVersion } = await createStory(deps, { id: 3, role: 'contributor' }, {
 *   kind: 'news', sectionId: 1, tagIds: [], authorIds: [2], importance: 0, hasVideo: false, hasPhotos: false,
 *   version: { lang: 'uk', headline: 'Заголовок', lead: '', body: [], source: null, leadMediaId: null },
 * });
 */
export async function createStory(deps: EditorialDeps, actor: Actor, input: CreateStoryInput): Promise<CreatedStory> {
  if (!can(actor.role, 'story.write')) throw new NotAllowed('write stories');
  const meta: StoryMeta = {
    kind: input.kind,
    sectionId: input.sectionId,
    tagIds: input.tagIds,
    authorIds: input.authorIds,
    importance: input.importance,
    hasVideo: input.hasVideo,
    hasPhotos: input.hasPhotos,
  };
  // Cleaned before validation, so a headline of nothing but control characters is refused as empty.
  const version = cleanVersionFields(input.version);
  const { lang, ...fields } = version;
  return inWriteTransaction(deps, async ({ trx, project }) => {
    const repo = new EditorialRepository(trx);
    const now = deps.now();
    // Paths follow this input's shape: meta at the top level, the version under `version`.
    await assertValidStory(repo, version, meta, { version: 'version', meta: '' });
    const storyId = await repo.insertStory(meta, actor.id, now);
    await repo.insertVersion(storyId, lang, meta, fields, now);
    // A draft is in no listing or sitemap, but the newsroom's search finds it.
    await project({ storyIds: [storyId], langs: [lang], changedAt: now });
    await repo.addRevision({ storyId, lang, lockVersion: 1, userId: actor.id, at: now, data: { ...fields, story: meta } });
    await deps.audit.record(
      { userId: actor.id, action: 'story.create', subject: versionSubject(storyId, lang), details: { kind: meta.kind, headline: fields.headline }, at: now },
      trx,
    );
    return { storyId, lang, lockVersion: 1 };
  });
}

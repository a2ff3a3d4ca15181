import { can, type Actor } from '../../domain/access.js';
import { inlineText, type Block } from '../../domain/blocks.js';
import type { Lang } from '../../domain/locale.js';
import { EditorialRepository, type EditableStory, type Revision } from '../../storage/editorial-repository.js';
import type { EditorialDeps } from './editorial-deps.js';
import { NotAllowed, RevisionNotFound, StoryNotFound } from './editorial-errors.js';
import { saveVersion } from './save-version.js';

/** One saved state of a version in the history list. */
export interface RevisionSummary {
  id: number;
  lockVersion: number;
  at: Date;
  userId: number | null;
  userName: string | null;
}

/** A run of text in a word diff: unchanged, or added/removed between the two revisions. */
export interface DiffPart {
  value: string;
  added?: true;
  removed?: true;
}

export interface FieldDiff {
  field: 'headline' | 'lead' | 'body';
  parts: DiffPart[];
}

/** History is shown to whoever may work on the story: editors, and the people who wrote it. */
function assertMayRead(actor: Actor, story: EditableStory | undefined, storyId: number): asserts story is EditableStory {
  if (!story) throw new StoryNotFound(storyId);
  if (!can(actor.role, 'story.edit-any') && story.createdBy !== actor.id) throw new NotAllowed('see the history of this story');
}

/**
 * Every saved state of a version, newest first, with who saved it.
 *
 * @example const [latest] = await listRevisions(deps, editor, 7, 'en') // { id, lockVersion, at, userId, userName }
 */
export async function listRevisions(deps: EditorialDeps, actor: Actor, storyId: number, lang: Lang): Promise<RevisionSummary[]> {
  const repo = new EditorialRepository(deps.db);
  assertMayRead(actor, await repo.findStory(storyId), storyId);
  const revisions = await repo.listRevisions(storyId, lang);
  return revisions.map((r) => ({ id: r.id, lockVersion: r.lockVersion, at: r.at, userId: r.userId, userName: r.userName }));
}

/**
 * What changed between two revisions of a story, word by word, for headline, lead and body text.
 *
 * @example await diffRevisions(deps, editor, 12, 15)
 * // [{ field: 'headline', parts: [{ value: 'Kyiv ' }, { value: 'says', removed: true }, { value: 'confirms', added: true }] }, …]
 */
export async function diffRevisions(deps: EditorialDeps, actor: Actor, fromId: number, toId: number): Promise<FieldDiff[]> {
  const repo = new EditorialRepository(deps.db);
  const from = await repo.findRevision(fromId);
  if (!from) throw new RevisionNotFound(fromId);
  const to = await repo.findRevision(toId);
  // Comparing across stories means nothing, and would show one story's text to someone allowed only the other.
  if (!to || to.storyId !== from.storyId) throw new RevisionNotFound(toId);
  assertMayRead(actor, await repo.findStory(from.storyId), from.storyId);
  const texts = (r: Revision) => ({ headline: r.data.headline, lead: r.data.lead, body: bodyText(r.data.body) });
  const a = texts(from);
  const b = texts(to);
  // jsdiff's own tokenizer knows only Latin letters and splits Cyrillic words into characters;
  // Intl's word segmenter knows where Ukrainian and Russian words end.
  const intlSegmenter = new Intl.Segmenter(to.lang, { granularity: 'word' });
  // Loaded when an editor first compares revisions, not at every start.
  const { diffWords } = await import('diff');
  return (['headline', 'lead', 'body'] as const).map((field) => ({
    field,
    parts: diffWords(a[field], b[field], { intlSegmenter }).map((c) => ({ value: c.value, ...(c.added ? { added: true as const } : {}), ...(c.removed ? { removed: true as const } : {}) })),
  }));
}

/**
 * Saves an earlier revision's text as the version's new state; the restore is a save like any
 * other (a new revision, the same conflict and permission rules). Only the version's own fields
 * come back: the story's meta is shared by every language and stays as it is now.
 *
 * @example const { lockVersion } = await restoreRevision(deps, editor, { revisionId: 12, lockVersion: 5 })
 */
export async function restoreRevision(
  deps: EditorialDeps,
  actor: Actor,
  input: { revisionId: number; lockVersion: number },
): Promise<{ lockVersion: number }> {
  const revision = await new EditorialRepository(deps.db).findRevision(input.revisionId);
  if (!revision) throw new RevisionNotFound(input.revisionId);
  const { headline, lead, body, source, leadMediaId } = revision.data;
  return saveVersion(
    deps,
    actor,
    { storyId: revision.storyId, lang: revision.lang, lockVersion: input.lockVersion, headline, lead, body, source, leadMediaId },
    { restoredFrom: revision.id },
  );
}

/** A body as readable text: one paragraph per block, media by their caption or title. */
export function bodyText(body: Block[]): string {
  return body
    .map((block) => {
      switch (block.type) {
        case 'paragraph':
          return inlineText(block.content);
        case 'heading':
          return block.text;
        case 'quote':
          return inlineText(block.content) + (block.cite ? ` — ${block.cite}` : '');
        case 'list':
          return block.items.map((item) => `• ${inlineText(item)}`).join('\n');
        case 'image':
          return `[image ${block.mediaId}${block.caption ? `: ${block.caption}` : ''}]`;
        case 'video':
          return `[video: ${block.title}]`;
        case 'embed':
          return `[${block.provider}: ${block.text ?? block.url}]`;
        case 'related':
          return `[related story ${block.storyId}]`;
      }
    })
    .join('\n\n');
}

import type { Lang } from '../../domain/locale.js';
import { cleanLine } from '../../domain/text.js';
import type { AuditRepository } from '../../storage/audit-repository.js';
import { MediaRepository } from '../../storage/media-repository.js';
import { inWriteTransaction, type WriteDeps } from '../editorial/write-transaction.js';

/** What changing a photo's texts needs; built once at boot. */
export interface PhotoTextDeps extends WriteDeps {
  audit: AuditRepository;
  now: () => Date;
}

export type PhotoTexts = Partial<Record<Lang, { caption: string; credit: string; alt: string }>>;

/**
 * Replaces a photo's caption, credit and alt text in the languages given, audited in the same
 * transaction; `media-changed` (every page showing it) leaves after the commit. False for an
 * unknown photo, and then nothing changed.
 *
 * @example await changePhotoTexts(deps, editor.id, 45, { en: { caption: 'Kyiv at dawn', credit: 'Photo: Agency', alt: 'The city' } })
 */
export async function changePhotoTexts(deps: PhotoTextDeps, actorId: number, mediaId: number, texts: PhotoTexts): Promise<boolean> {
  // Control characters are taken out here, as in every text the newsroom sends (domain/text.ts).
  const clean = Object.fromEntries(
    Object.entries(texts).map(([lang, t]) => [lang, { caption: cleanLine(t.caption), credit: cleanLine(t.credit), alt: cleanLine(t.alt) }]),
  ) as PhotoTexts;
  return inWriteTransaction(deps, async ({ trx, afterCommit }) => {
    if (!(await new MediaRepository(trx).updateTexts(mediaId, clean))) return false;
    await deps.audit.record({ userId: actorId, action: 'media.update', subject: `media:${mediaId}`, at: deps.now() }, trx);
    afterCommit({ type: 'media-changed', mediaId });
    return true;
  });
}

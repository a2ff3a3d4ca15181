import { join } from 'node:path';
import { loadSharp } from '../services/media/sharp.js';
import { widthVariants } from '../domain/crops.js';
import type { MediaVariant } from '../domain/taxonomy.js';
import { StagedFiles } from '../storage/media-files.js';
import type { MediaRepository } from '../storage/media-repository.js';
import type { Job } from '../storage/job-repository.js';
import { MAKE_AVIF_JOB } from '../services/media/upload-photo.js';
import type { ChangeEvents } from '../services/events/change-events.js';

export { MAKE_AVIF_JOB };

/**
 * Makes AVIF copies of an uploaded photo at the widths its JPEG variants have, plus full size,
 * and adds them to its variants, so readers' browsers that take AVIF download about half the
 * bytes of WebP. Idempotent: widths already done are skipped.
 *
 * @example handlers[MAKE_AVIF_JOB] = makeAvifHandler(config.mediaDir, repos.media)
 */
export function makeAvifHandler(mediaDir: string, media: MediaRepository) {
  return async (deps: { events: ChangeEvents }, job: Job): Promise<void> => {
    const id = (job.payload as { mediaId?: unknown } | null)?.mediaId;
    if (!Number.isSafeInteger(id)) throw new Error(`bad payload ${JSON.stringify(job.payload)}`);
    const stored = await media.findFiles(id as number);
    if (!stored) return; // deleted since: nothing to do
    // Crops (16:9, 4:3, 1:1 for search engines) are never in a srcset, so they need no AVIF copy.
    const sized = widthVariants(stored.variants);
    const done = new Set(sized.filter((v) => v.mime === 'image/avif').map((v) => v.width));
    const widths = [...new Set([...sized.filter((v) => v.mime === 'image/jpeg').map((v) => v.width), stored.width])].filter((w) => !done.has(w));
    const added: MediaVariant[] = [];
    const sharp = await loadSharp();
    // Temporary names until every copy is made: a run cut short leaves nothing under a real name
    // (the media sweep removes the rest, and the job runs again).
    const files = new StagedFiles(mediaDir);
    try {
      for (const width of widths) {
        const height = Math.round((stored.height * width) / stored.width);
        const path = stored.path.replace(/-\d+\.jpg$/, `-${width}.avif`);
        if (path === stored.path) throw new Error(`unexpected original name ${stored.path}`);
        await files.write(path, await sharp(join(mediaDir, stored.path)).resize(width, height).avif({ quality: 50, effort: 4 }).toBuffer());
        added.push({ width, height, path, mime: 'image/avif' });
      }
    } catch (error) {
      await files.discard();
      throw error;
    }
    if (added.length) {
      // Named before they are listed, so a page never offers a copy that is not there yet.
      await files.moveIntoPlace();
      await media.addVariants(id as number, added);
      // Pages showing the photo now offer the AVIF copies too.
      deps.events.emit({ type: 'media-changed', mediaId: id as number });
    }
  };
}

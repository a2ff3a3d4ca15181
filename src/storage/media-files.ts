import { stat } from 'node:fs/promises';
import { join, resolve, sep } from 'node:path';

/**
 * Sizes of stored media files in bytes, for RSS `<enclosure length>` and Atom `link/@length`.
 * Stored files never change once written (every upload gets a new name), so a size is looked up
 * once per process and remembered. The memory is emptied when it passes its limit.
 */
export class MediaFileSizes {
  private readonly root: string;
  private readonly known = new Map<string, number | undefined>();

  constructor(
    mediaDir: string,
    private readonly limit = 10_000,
  ) {
    this.root = resolve(mediaDir);
  }

  /** Sizes by media path (as stored, e.g. "uploads/2025/03/x-1200.jpg"); absent files are left out. */
  async sizesOf(paths: string[]): Promise<Map<string, number>> {
    const out = new Map<string, number>();
    await Promise.all(
      [...new Set(paths)].map(async (path) => {
        const size = await this.sizeOf(path);
        if (size !== undefined) out.set(path, size);
      }),
    );
    return out;
  }

  private async sizeOf(path: string): Promise<number | undefined> {
    if (this.known.has(path)) return this.known.get(path);
    const file = join(this.root, path);
    // Paths come from the database, but never look outside the media folder.
    if (!file.startsWith(this.root + sep)) return undefined;
    let size: number | undefined;
    try {
      const s = await stat(file);
      size = s.isFile() ? s.size : undefined;
    } catch {
      // A missing file is not remembered: it may be copied in later (restores, seeding).
      return undefined;
    }
    if (this.known.size >= this.limit) this.known.clear();
    this.known.set(path, size);
    return size;
  }
}

import { randomBytes } from 'node:crypto';
import { mkdir, readdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, join, resolve, sep } from 'node:path';

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

/** Files still being written end in `.<random>.tmp` after the name they will get. */
const STAGED = /\.[0-9a-f]{8}\.tmp$/;

/**
 * An upload's files, written under temporary names and moved into place only once the database
 * holds their row: a process killed in between leaves temporary files, never files under real
 * names that no row knows (the media sweep removes or finishes what it left).
 *
 * @example
 * const files = new StagedFiles(mediaDir);
 * await files.write('uploads/2025/03/x-1200.jpg', bytes);
 * await db.transaction().execute(…); await files.moveIntoPlace();
 */
export class StagedFiles {
  private readonly root: string;
  private readonly staged: { temporary: string; final: string }[] = [];

  constructor(mediaDir: string) {
    this.root = resolve(mediaDir);
  }

  /** Writes one file under a temporary name beside where it goes (`path` as stored in rows). */
  async write(path: string, data: Buffer): Promise<void> {
    const final = join(this.root, path);
    const temporary = `${final}.${randomBytes(4).toString('hex')}.tmp`;
    await mkdir(dirname(final), { recursive: true });
    // Listed before the write, so a half-written file is removed too.
    this.staged.push({ temporary, final });
    await writeFile(temporary, data);
  }

  /** Gives every file its real name (a rename in the same folder: each appears whole or not at all). */
  async moveIntoPlace(): Promise<void> {
    for (const { temporary, final } of this.staged) await rename(temporary, final);
    this.staged.length = 0;
  }

  /** Removes the files written so far (nothing is stored when an upload fails). */
  async discard(): Promise<void> {
    await Promise.all(this.staged.map(({ temporary }) => rm(temporary, { force: true })));
    this.staged.length = 0;
  }
}

/** What a sweep of the media folder did. */
export interface SweepResult {
  /** Files removed: abandoned temporary files, and files no media row names. */
  removed: string[];
  /** Temporary files of a stored row, moved into place (the process died after the commit). */
  completed: string[];
}

/**
 * Tidies `<mediaDir>/<under>/…` folder by folder: a temporary file whose row exists is moved into
 * place, other temporary files and files that no row names are removed. Only files last written
 * before `olderThan` are touched, so uploads in progress in any process are left alone.
 * `referenced(folder)` gives the media paths stored for one folder ("uploads/2025/03/").
 *
 * @example await sweepMediaFolder(mediaDir, 'uploads', (f) => media.pathsUnder(f), new Date(Date.now() - 900_000))
 */
export async function sweepMediaFolder(
  mediaDir: string,
  under: string,
  referenced: (folder: string) => Promise<Set<string>>,
  olderThan: Date,
): Promise<SweepResult> {
  const root = resolve(mediaDir);
  const result: SweepResult = { removed: [], completed: [] };
  const visit = async (folder: string): Promise<void> => {
    let entries;
    try {
      entries = await readdir(join(root, folder), { withFileTypes: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return; // nothing uploaded yet
      throw error;
    }
    const files = entries.filter((e) => e.isFile()).map((e) => e.name);
    if (files.length > 0) {
      const known = await referenced(`${folder}/`);
      for (const name of files) {
        const path = `${folder}/${name}`;
        const file = join(root, path);
        const stats = await stat(file).catch(() => undefined);
        // Gone meanwhile (another process sweeping), or too young to judge.
        if (!stats || stats.mtime >= olderThan) continue;
        const final = STAGED.test(path) ? path.replace(STAGED, '') : undefined;
        if (final !== undefined && known.has(final) && !(await exists(join(root, final)))) {
          await rename(file, join(root, final)).then(() => result.completed.push(final), ignoreMissing);
        } else if (final !== undefined || !known.has(path)) {
          await rm(file, { force: true });
          result.removed.push(path);
        }
      }
    }
    for (const e of entries) if (e.isDirectory()) await visit(`${folder}/${e.name}`);
  };
  await visit(under);
  return result;
}

async function exists(file: string): Promise<boolean> {
  return stat(file).then(
    () => true,
    () => false,
  );
}

function ignoreMissing(error: NodeJS.ErrnoException): void {
  if (error.code !== 'ENOENT') throw error;
}

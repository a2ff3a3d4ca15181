/**
 * A copy of unsaved text on this device, so a crash, a closed tab or a lost connection loses
 * nothing a member typed. Written while they type, dropped once the server has it. Storage may
 * be full or switched off: then there is simply no copy.
 */
export interface Backup<T> {
  at: string;
  /** The lock_version the text was based on: bringing it back after someone else saved is a conflict, not an overwrite. */
  base: number;
  data: T;
}

const PREFIX = 'masthead:unsaved:';

export function writeBackup<T>(key: string, data: T, base: number): void {
  try {
    localStorage.setItem(PREFIX + key, JSON.stringify({ at: new Date().toISOString(), base, data } satisfies Backup<T>));
  } catch {
    // No storage: nothing to do.
  }
}

export function readBackup<T>(key: string): Backup<T> | undefined {
  try {
    const raw = localStorage.getItem(PREFIX + key);
    return raw ? (JSON.parse(raw) as Backup<T>) : undefined;
  } catch {
    return undefined;
  }
}

export function dropBackup(key: string): void {
  try {
    localStorage.removeItem(PREFIX + key);
  } catch {
    // No storage: nothing to drop.
  }
}

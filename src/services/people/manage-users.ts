import type { Role } from '../../domain/access.js';
import type { Lang } from '../../domain/locale.js';
import { cleanLine } from '../../domain/text.js';
import type { User } from '../../storage/user-repository.js';

import type { AuthDeps } from './auth.js';
import { MastheadError } from '../../domain/errors.js';

/** Demoting or disabling the only active admin would lock the newsroom out of its settings. */
export class LastAdmin extends MastheadError {
  constructor() {
    super('LAST_ADMIN', 'the newsroom needs at least one active administrator');
  }
}

export class UserNotFound extends MastheadError {
  constructor() {
    super('USER_NOT_FOUND', 'no such member');
  }
}

/**
 * Changes a member's name, role, interface language or access. Disabling someone ends all their
 * sessions at once. Recorded in the audit log with what changed.
 *
 * @example await updateUser(deps, admin.id, 7, { role: 'editor' })
 */
export async function updateUser(
  deps: AuthDeps,
  actorId: number,
  userId: number,
  changes: { name?: string; role?: Role; uiLang?: Lang; disabled?: boolean },
): Promise<User> {
  if (changes.name !== undefined) changes = { ...changes, name: cleanLine(changes.name).trim() };
  const before = await deps.users.findById(userId);
  if (!before) throw new UserNotFound();
  const losesAdmin = before.role === 'admin' && !before.disabled && ((changes.role && changes.role !== 'admin') || changes.disabled === true);
  if (losesAdmin && (await deps.users.countAdmins()) <= 1) throw new LastAdmin();
  const after = (await deps.users.update(userId, changes))!;
  if (changes.disabled === true) await deps.sessions.deleteAllFor(userId);
  const changed = Object.fromEntries(
    (Object.keys(changes) as (keyof typeof changes)[]).filter((k) => before[k] !== after[k]).map((k) => [k, { from: before[k], to: after[k] }]),
  );
  await deps.audit.record({ userId: actorId, action: 'user.update', subject: `user:${userId}`, details: changed, at: deps.now() });
  return after;
}

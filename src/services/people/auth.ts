import { createHash, randomBytes } from 'node:crypto';
import type { Role } from '../../domain/access.js';
import { cleanLine } from '../../domain/text.js';
import type { Lang } from '../../domain/locale.js';
import type { AuditRepository } from '../../storage/audit-repository.js';
import type { SessionRepository } from '../../storage/session-repository.js';
import { normalizeEmail, type User, type UserRepository } from '../../storage/user-repository.js';
import { EmailTaken, SignInFailed, SignInThrottled, WeakPassword } from './auth-errors.js';

export interface AuthDeps {
  users: UserRepository;
  sessions: SessionRepository;
  audit: AuditRepository;
  now: () => Date;
}

/** Sessions last two weeks from sign-in; "sign out everywhere" ends them all at once. */
export const SESSION_TTL_MS = 14 * 86_400_000;
const MIN_PASSWORD = 12;

/** argon2id with the library's defaults (19 MiB, 2 passes: OWASP's recommendation). */
const ARGON2ID = 2;

/** The hashing library, loaded at the first sign-in or password change rather than at every start. */
const argon2 = () => import('@node-rs/argon2');

export async function hashPassword(password: string): Promise<string> {
  return (await argon2()).hash(password, { algorithm: ARGON2ID });
}

/** A hash that matches nothing, checked when the email is unknown so both paths take as long. */
let decoy: Promise<string> | undefined;

/** The value stored for a session cookie: its SHA-256, so a copy of the database grants nothing. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export interface SignedIn {
  user: User;
  /** The cookie value; only its hash is stored. */
  token: string;
  csrfToken: string;
  expiresAt: Date;
}

/**
 * Checks the password and opens a session. Throttled per account and address, per address and
 * per account (docs/decisions/0019): the attempt is counted as a failure before the password is
 * checked, so concurrent guesses cannot slip past the count, and a success gives it back. Every
 * attempt is recorded, and a successful one goes into the audit log.
 *
 * @example const { token } = await signIn(deps, { email, password, ip: req.ip, userAgent });
 */
export async function signIn(
  deps: AuthDeps,
  input: { email: string; password: string; ip: string; userAgent: string },
): Promise<SignedIn> {
  const now = deps.now();
  // Cleaned, so that a NUL never reaches the database and added controls do not dodge the throttle.
  input = { ...input, email: cleanLine(input.email) };
  const attempt = await deps.users.throttles.reserve(normalizeEmail(input.email), input.ip, now);
  if ('blockedUntil' in attempt) throw new SignInThrottled(Math.ceil((attempt.blockedUntil.getTime() - now.getTime()) / 1000));
  const found = await deps.users.findCredentials(input.email);
  decoy ??= hashPassword(randomBytes(16).toString('hex'));
  const { verify } = await argon2();
  const ok = await verify(found?.passwordHash ?? (await decoy), input.password).catch(() => false);
  if (!found || !ok || found.user.disabled) {
    await deps.users.recordAttempt(input.email, input.ip, false, now);
    throw new SignInFailed();
  }
  await deps.users.throttles.release(attempt.reserved, now);
  await deps.users.recordAttempt(input.email, input.ip, true, now);
  const token = randomBytes(32).toString('base64url');
  const csrfToken = randomBytes(24).toString('base64url');
  const expiresAt = new Date(now.getTime() + SESSION_TTL_MS);
  await deps.sessions.create({ tokenHash: hashToken(token), userId: found.user.id, csrfToken, createdAt: now, expiresAt, userAgent: input.userAgent });
  await deps.audit.record({ userId: found.user.id, action: 'sign-in', subject: `user:${found.user.id}`, details: { ip: input.ip }, at: now });
  return { user: found.user, token, csrfToken, expiresAt };
}

/** The user behind a session cookie, or undefined when it is unknown, expired or the account is disabled. */
export async function authenticate(deps: AuthDeps, token: string | undefined): Promise<{ user: User; csrfToken: string; tokenHash: string } | undefined> {
  if (!token || token.length > 200) return undefined;
  const tokenHash = hashToken(token);
  const session = await deps.sessions.findValid(tokenHash, deps.now());
  if (!session) return undefined;
  const user = await deps.users.findById(session.userId);
  if (!user || user.disabled) return undefined;
  return { user, csrfToken: session.csrfToken, tokenHash };
}

export async function signOut(deps: AuthDeps, user: User, tokenHash: string): Promise<void> {
  await deps.sessions.delete(tokenHash);
  await deps.audit.record({ userId: user.id, action: 'sign-out', subject: `user:${user.id}`, at: deps.now() });
}

/** Ends every session of a user: a lost laptop, a leaked password. */
export async function signOutEverywhere(deps: AuthDeps, user: User): Promise<number> {
  const ended = await deps.sessions.deleteAllFor(user.id);
  await deps.audit.record({ userId: user.id, action: 'sign-out-everywhere', subject: `user:${user.id}`, details: { sessions: ended }, at: deps.now() });
  return ended;
}

/** Adds a newsroom member. `actorId` is null when the command line does it. */
export async function createUser(
  deps: AuthDeps,
  actorId: number | null,
  input: { email: string; name: string; role: Role; password: string; uiLang: Lang },
): Promise<User> {
  if (input.password.length < MIN_PASSWORD) throw new WeakPassword();
  input = { ...input, name: cleanLine(input.name).trim() };
  if (await deps.users.findCredentials(input.email)) throw new EmailTaken();
  const user = await deps.users.create({ ...input, passwordHash: await hashPassword(input.password), now: deps.now() });
  await deps.audit.record({ userId: actorId, action: 'user.create', subject: `user:${user.id}`, details: { role: user.role }, at: deps.now() });
  return user;
}

/** Sets a new password and ends every session of that user. */
export async function resetPassword(deps: AuthDeps, actorId: number | null, email: string, password: string): Promise<User> {
  if (password.length < MIN_PASSWORD) throw new WeakPassword();
  const found = await deps.users.findCredentials(email);
  if (!found) throw new SignInFailed();
  await deps.users.setPassword(found.user.id, await hashPassword(password));
  await deps.sessions.deleteAllFor(found.user.id);
  await deps.audit.record({ userId: actorId, action: 'user.reset-password', subject: `user:${found.user.id}`, at: deps.now() });
  return found.user;
}

/**
 * Lets an account sign in again at once: clears its throttles (every address's and the
 * account-wide one) and writes it to the audit log. `actorId` is null from the command line.
 *
 * @example await unlockSignIn(deps, null, 'olena@example.com') // 3 throttles cleared
 */
export async function unlockSignIn(deps: AuthDeps, actorId: number | null, email: string): Promise<{ user: User; cleared: number }> {
  const found = await deps.users.findCredentials(email);
  if (!found) throw new SignInFailed();
  const cleared = await deps.users.throttles.unlockAccount(found.user.email);
  await deps.audit.record({ userId: actorId, action: 'user.unlock', subject: `user:${found.user.id}`, details: { cleared }, at: deps.now() });
  return { user: found.user, cleared };
}

import assert from 'node:assert/strict';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import type { Role } from '../../src/domain/access.js';
import { createUser, type AuthDeps } from '../../src/services/people/auth.js';
import { AuditRepository } from '../../src/storage/audit-repository.js';
import type { DatabaseHandle } from '../../src/storage/database.js';
import { SessionRepository } from '../../src/storage/session-repository.js';
import { UserRepository } from '../../src/storage/user-repository.js';
import { NOW } from './newsroom.js';

export const PASSWORD = 'correct horse battery staple';

/** One member of each role: `${role}@example.com`. */
export async function createMembers(db: DatabaseHandle, now: () => Date = () => NOW): Promise<Record<Role, number>> {
  const deps: AuthDeps = { users: new UserRepository(db.db), sessions: new SessionRepository(db.db), audit: new AuditRepository(db.db), now };
  const ids = {} as Record<Role, number>;
  for (const role of ['contributor', 'author', 'editor', 'admin'] as const) {
    ids[role] = (await createUser(deps, null, { email: `${role}@example.com`, name: `${role[0]!.toUpperCase()}${role.slice(1)} Member`, role, password: PASSWORD, uiLang: 'en' })).id;
  }
  return ids;
}

export type ApiCall = (method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE', url: string, payload?: unknown) => Promise<LightMyRequestResponse>;

/** A signed-in API client: session cookie and CSRF token on every call. */
export async function signedIn(app: FastifyInstance, email: string): Promise<ApiCall> {
  const res = await app.inject({ method: 'POST', url: '/admin/api/session', payload: { email, password: PASSWORD } });
  assert.equal(res.statusCode, 200, res.body);
  const cookie = res.cookies.find((c) => c.name === 'mh_session')!.value;
  const csrf = res.json().csrfToken as string;
  return (method, url, payload) =>
    app.inject({ method, url, cookies: { mh_session: cookie }, headers: { 'x-csrf-token': csrf }, ...(payload !== undefined ? { payload: payload as object } : {}) });
}

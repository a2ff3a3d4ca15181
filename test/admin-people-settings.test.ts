import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { createUser, type AuthDeps } from '../src/services/people/auth.js';
import type { ChangeEvent } from '../src/services/events/change-events.js';
import { AuditRepository } from '../src/storage/audit-repository.js';
import { SessionRepository } from '../src/storage/session-repository.js';
import { UserRepository } from '../src/storage/user-repository.js';
import { DIALECTS, dialectSkip } from './support/databases.js';
import { buildTestApp, getPage, type TestApp } from './support/app.js';
import { NOW } from './support/newsroom.js';

const PASSWORD = 'correct horse battery staple';

/** A signed-in API client: cookie and CSRF token on every call. */
async function client(app: FastifyInstance, email: string) {
  const res = await app.inject({ method: 'POST', url: '/admin/api/session', payload: { email, password: PASSWORD } });
  assert.equal(res.statusCode, 200, res.body);
  const cookie = res.cookies.find((c) => c.name === 'mh_session')!.value;
  const csrf = res.json().csrfToken as string;
  return (method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE', url: string, payload?: object) =>
    app.inject({ method, url, cookies: { mh_session: cookie }, headers: { 'x-csrf-token': csrf }, ...(payload ? { payload } : {}) });
}

for (const dialect of DIALECTS) {
  describe(`people and settings on ${dialect}`, await dialectSkip(dialect), () => {
    let t: TestApp;
    let events: ChangeEvent[];
    before(async () => {
      t = await buildTestApp(dialect);
      const deps: AuthDeps = { users: new UserRepository(t.db.db), sessions: new SessionRepository(t.db.db), audit: new AuditRepository(t.db.db), now: () => NOW };
      await createUser(deps, null, { email: 'admin@example.com', name: 'Admin', role: 'admin', password: PASSWORD, uiLang: 'uk' });
      await createUser(deps, null, { email: 'editor@example.com', name: 'Editor', role: 'editor', password: PASSWORD, uiLang: 'en' });
      events = [];
    });
    after(() => t?.destroy());

    test('admins add members; the password policy and unique emails hold', async () => {
      const admin = await client(t.app, 'admin@example.com');
      const created = await admin('POST', '/admin/api/users', { email: 'reporter@example.com', name: 'Марія Репортерка', role: 'contributor', password: PASSWORD, uiLang: 'uk' });
      assert.equal(created.statusCode, 201);
      assert.equal(created.json().user.role, 'contributor');
      assert.equal(created.json().user.password, undefined);
      assert.equal((await admin('POST', '/admin/api/users', { email: 'x@example.com', name: 'X', role: 'author', password: 'short' })).json().error.code, 'WEAK_PASSWORD');
      assert.equal((await admin('POST', '/admin/api/users', { email: 'REPORTER@example.com', name: 'Y', role: 'author', password: PASSWORD })).json().error.code, 'EMAIL_TAKEN');
      const invalid = await admin('POST', '/admin/api/users', { email: 'not an email', name: 'Z', role: 'overlord', password: PASSWORD });
      assert.equal(invalid.statusCode, 400);
      assert.equal(invalid.json().error.code, 'INVALID_REQUEST');
      const list = await admin('GET', '/admin/api/users');
      assert.equal(list.json().users.length, 3);
    });

    test('an editor cannot manage people but may change their own interface language', async () => {
      const editor = await client(t.app, 'editor@example.com');
      assert.equal((await editor('GET', '/admin/api/users')).statusCode, 403);
      const me = (await editor('GET', '/admin/api/session')).json().user;
      assert.equal((await editor('PATCH', `/admin/api/users/${me.id}`, { role: 'admin' })).statusCode, 403);
      const lang = await editor('PATCH', `/admin/api/users/${me.id}`, { uiLang: 'ru' });
      assert.equal(lang.statusCode, 200);
      assert.equal(lang.json().user.uiLang, 'ru');
    });

    test('disabling a member ends their sessions; the last admin cannot be demoted', async () => {
      const admin = await client(t.app, 'admin@example.com');
      const editor = await client(t.app, 'editor@example.com');
      const users = (await admin('GET', '/admin/api/users')).json().users as { id: number; email: string }[];
      const editorId = users.find((u) => u.email === 'editor@example.com')!.id;
      const adminId = users.find((u) => u.email === 'admin@example.com')!.id;
      assert.equal((await admin('PATCH', `/admin/api/users/${editorId}`, { disabled: true })).statusCode, 200);
      assert.equal((await editor('GET', '/admin/api/session')).statusCode, 401);
      const demote = await admin('PATCH', `/admin/api/users/${adminId}`, { role: 'editor' });
      assert.equal(demote.statusCode, 409);
      assert.equal(demote.json().error.code, 'LAST_ADMIN');
      assert.equal((await admin('PATCH', '/admin/api/users/999999', { name: 'Nobody' })).statusCode, 404);
      const audit = (await admin('GET', '/admin/api/audit?limit=200')).json().entries as { action: string; details: Record<string, unknown> }[];
      const disable = audit.find((e) => e.action === 'user.update');
      assert.deepEqual(disable?.details.disabled, { from: false, to: true });
    });

    test('site settings: admins change them, readers see them, malformed ones are refused whole', async () => {
      const admin = await client(t.app, 'admin@example.com');
      const current = (await admin('GET', '/admin/api/settings')).json();
      const unsubscribe = t.app.changeEvents.on((e: ChangeEvent) => events.push(e));
      const changed = structuredClone(current);
      changed.siteName.en = 'The Kyiv Ledger';
      changed.support.en.title = 'Keep the Ledger free';
      const saved = await admin('PUT', '/admin/api/settings', changed);
      assert.equal(saved.statusCode, 200);
      assert.deepEqual(events, [{ type: 'settings-changed' }]);
      const page = await getPage(t.app, '/en/');
      assert.match(page.$('title').text(), /The Kyiv Ledger/);
      assert.match(page.$('body').text(), /Keep the Ledger free/);
      const bad = structuredClone(changed);
      bad.support.en.href = 'javascript:alert(1)';
      bad.siteName.uk = 'Змінено';
      const refused = await admin('PUT', '/admin/api/settings', bad);
      assert.equal(refused.statusCode, 400);
      assert.equal((await admin('GET', '/admin/api/settings')).json().siteName.uk, current.siteName.uk);
      unsubscribe();
      const csrfless = await t.app.inject({ method: 'PUT', url: '/admin/api/settings', payload: changed });
      assert.equal(csrfless.statusCode, 401);
    });

    test('the OpenAPI document describes the admin API', async () => {
      const res = await t.app.inject('/admin/api/openapi.json');
      assert.equal(res.statusCode, 200);
      const doc = res.json();
      assert.equal(doc.openapi, '3.0.3');
      for (const path of ['/session', '/sessions', '/users', '/users/{id}', '/settings', '/audit']) assert.ok(doc.paths[path], path);
    });
  });
}

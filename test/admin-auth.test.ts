import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import * as cheerio from 'cheerio';
import type { FastifyInstance } from 'fastify';
import { HtmlValidate } from 'html-validate';
import { HTML_VALIDATE_CONFIG } from './support/html-validate-config.js';
import { createUser, type AuthDeps } from '../src/services/people/auth.js';
import { AuditRepository } from '../src/storage/audit-repository.js';
import { SessionRepository } from '../src/storage/session-repository.js';
import { UserRepository } from '../src/storage/user-repository.js';
import { DIALECTS, dialectSkip } from './support/databases.js';
import { buildTestApp, type TestApp } from './support/app.js';
import { NOW } from './support/newsroom.js';

const PASSWORD = 'correct horse battery staple';

function cookieFrom(res: { cookies: { name: string; value: string }[] }, name: string): string | undefined {
  return res.cookies.find((c) => c.name === name)?.value;
}

/** Opens the sign-in form like a browser: its CSRF cookie and hidden field. */
async function openForm(app: FastifyInstance, query = '') {
  const res = await app.inject(`/admin/login${query}`);
  const $ = cheerio.load(res.body);
  return { res, $, field: $('input[name=_csrf]').attr('value')!, cookie: cookieFrom(res, 'mh_login_csrf')! };
}

async function postForm(app: FastifyInstance, fields: Record<string, string>, cookies: Record<string, string>) {
  return app.inject({ method: 'POST', url: '/admin/login', payload: new URLSearchParams(fields).toString(), headers: { 'content-type': 'application/x-www-form-urlencoded' }, cookies });
}

async function apiSignIn(app: FastifyInstance, email: string, password = PASSWORD, ip = '203.0.113.9') {
  const res = await app.inject({ method: 'POST', url: '/admin/api/session', payload: { email, password }, remoteAddress: ip });
  return { res, token: cookieFrom(res, 'mh_session'), csrf: res.json()?.csrfToken as string | undefined };
}

for (const dialect of DIALECTS) {
  describe(`signing in on ${dialect}`, await dialectSkip(dialect), () => {
    let t: TestApp;
    let clock = NOW;
    let deps: AuthDeps;
    before(async () => {
      t = await buildTestApp(dialect, { now: () => clock });
      deps = { users: new UserRepository(t.db.db), sessions: new SessionRepository(t.db.db), audit: new AuditRepository(t.db.db), now: () => clock };
      await createUser(deps, null, { email: 'admin@example.com', name: 'Олена Адмін', role: 'admin', password: PASSWORD, uiLang: 'uk' });
      await createUser(deps, null, { email: 'editor@example.com', name: 'Taras Editor', role: 'editor', password: PASSWORD, uiLang: 'en' });
      await createUser(deps, null, { email: 'throttled@example.com', name: 'T', role: 'author', password: PASSWORD, uiLang: 'ru' });
    });
    after(() => t?.destroy());

    test('passwords are stored as argon2id hashes', async () => {
      const row = await t.db.db.selectFrom('users').select('password_hash').where('email', '=', 'admin@example.com').executeTakeFirstOrThrow();
      assert.match(row.password_hash, /^\$argon2id\$/);
    });

    test('the sign-in page is valid, localized and works without JavaScript', async () => {
      const validator = new HtmlValidate(HTML_VALIDATE_CONFIG);
      for (const [query, lang, heading] of [['?lang=en', 'en', 'Sign in to the newsroom'], ['?lang=ru', 'ru', 'Вход в редакцию'], ['', 'uk', 'Вхід до редакції']] as const) {
        const { res, $ } = await openForm(t.app, query);
        assert.equal(res.statusCode, 200);
        assert.equal($('html').attr('lang'), lang);
        assert.equal($('h1').text(), heading);
        assert.equal($('form[method=post] input[type=password]').length, 1);
        const report = await validator.validateString(res.body);
        assert.deepEqual(report.results.flatMap((r) => r.messages.map((m) => m.message)), []);
      }
      const browser = await t.app.inject({ url: '/admin/login', headers: { 'accept-language': 'ru-RU,ru;q=0.9,en;q=0.8' } });
      assert.equal(cheerio.load(browser.body)('html').attr('lang'), 'ru');
    });

    test('a form sign-in sets a session cookie: HttpOnly, SameSite=Lax, only for /admin', async () => {
      const form = await openForm(t.app);
      const res = await postForm(t.app, { _csrf: form.field, email: 'Admin@Example.com ', password: PASSWORD }, { mh_login_csrf: form.cookie });
      assert.equal(res.statusCode, 303);
      assert.equal(res.headers.location, '/admin/');
      const cookie = res.cookies.find((c) => c.name === 'mh_session')!;
      assert.equal(cookie.httpOnly, true);
      assert.equal(cookie.sameSite, 'Lax');
      assert.equal(cookie.path, '/admin');
      const home = await t.app.inject({ url: '/admin/', cookies: { mh_session: cookie.value } });
      assert.equal(home.statusCode, 200);
      assert.match(cheerio.load(home.body)('.admin-bar').text(), /Олена Адмін/);
    });

    test('a wrong password or a missing form token is refused, keeps the email, sets no session', async () => {
      const form = await openForm(t.app, '?lang=en');
      const wrong = await postForm(t.app, { _csrf: form.field, email: 'editor@example.com', password: 'nope' }, { mh_login_csrf: form.cookie });
      assert.equal(wrong.statusCode, 401);
      assert.equal(cookieFrom(wrong, 'mh_session'), undefined);
      const $ = cheerio.load(wrong.body);
      assert.equal($('input[name=email]').attr('value'), 'editor@example.com');
      assert.equal($('[role=alert]').length, 1);
      const forged = await postForm(t.app, { email: 'editor@example.com', password: PASSWORD }, {});
      assert.equal(forged.statusCode, 403);
      assert.equal(cookieFrom(forged, 'mh_session'), undefined);
    });

    test('sign-in is throttled after repeated failures, with a clear message', async () => {
      for (let i = 0; i < 5; i++) assert.equal((await apiSignIn(t.app, 'throttled@example.com', 'wrong password')).res.statusCode, 401);
      const blocked = await apiSignIn(t.app, 'throttled@example.com');
      assert.equal(blocked.res.statusCode, 429);
      assert.equal(blocked.res.json().error.code, 'SIGN_IN_THROTTLED');
      assert.ok(Number(blocked.res.headers['retry-after']) > 0);
      assert.equal(blocked.token, undefined);
      clock = new Date(NOW.getTime() + 16 * 60_000);
      assert.equal((await apiSignIn(t.app, 'throttled@example.com')).res.statusCode, 200);
      clock = NOW;
    });

    test('API: state changes need the CSRF token; sign-out ends the session', async () => {
      const { token, csrf } = await apiSignIn(t.app, 'editor@example.com');
      assert.ok(token && csrf);
      const me = await t.app.inject({ url: '/admin/api/session', cookies: { mh_session: token! } });
      assert.equal(me.json().user.email, 'editor@example.com');
      assert.equal(me.json().user.password_hash, undefined);
      const forged = await t.app.inject({ method: 'DELETE', url: '/admin/api/session', cookies: { mh_session: token! } });
      assert.equal(forged.statusCode, 403);
      assert.equal(forged.json().error.code, 'CSRF_REJECTED');
      assert.equal((await t.app.inject({ url: '/admin/api/session', cookies: { mh_session: token! } })).statusCode, 200);
      const out = await t.app.inject({ method: 'DELETE', url: '/admin/api/session', cookies: { mh_session: token! }, headers: { 'x-csrf-token': csrf! } });
      assert.equal(out.statusCode, 204);
      const after = await t.app.inject({ url: '/admin/api/session', cookies: { mh_session: token! } });
      assert.equal(after.statusCode, 401);
      assert.equal(after.json().error.code, 'SESSION_REQUIRED');
    });

    test('sign out everywhere ends every session of that person only', async () => {
      const a = await apiSignIn(t.app, 'editor@example.com');
      const b = await apiSignIn(t.app, 'editor@example.com');
      const other = await apiSignIn(t.app, 'admin@example.com');
      const res = await t.app.inject({ method: 'DELETE', url: '/admin/api/sessions', cookies: { mh_session: a.token! }, headers: { 'x-csrf-token': a.csrf! } });
      assert.equal(res.json().ended, 2);
      for (const s of [a, b]) assert.equal((await t.app.inject({ url: '/admin/api/session', cookies: { mh_session: s.token! } })).statusCode, 401);
      assert.equal((await t.app.inject({ url: '/admin/api/session', cookies: { mh_session: other.token! } })).statusCode, 200);
    });

    test('sessions expire; a made-up cookie is nobody', async () => {
      const { token } = await apiSignIn(t.app, 'editor@example.com');
      clock = new Date(NOW.getTime() + 15 * 86_400_000);
      assert.equal((await t.app.inject({ url: '/admin/api/session', cookies: { mh_session: token! } })).statusCode, 401);
      clock = NOW;
      assert.equal((await t.app.inject({ url: '/admin/api/session', cookies: { mh_session: 'x'.repeat(43) } })).statusCode, 401);
      const page = await t.app.inject({ url: '/admin/', cookies: { mh_session: 'forged' } });
      assert.equal(page.statusCode, 303);
      assert.equal(page.headers.location, '/admin/login');
    });

    test('the audit log records sign-ins and is for admins only', async () => {
      const admin = await apiSignIn(t.app, 'admin@example.com');
      const editor = await apiSignIn(t.app, 'editor@example.com');
      const log = await t.app.inject({ url: '/admin/api/audit?limit=100', cookies: { mh_session: admin.token! } });
      assert.equal(log.statusCode, 200);
      const actions = log.json().entries.map((e: { action: string }) => e.action);
      assert.ok(actions.includes('sign-in') && actions.includes('sign-out-everywhere') && actions.includes('user.create'));
      const denied = await t.app.inject({ url: '/admin/api/audit', cookies: { mh_session: editor.token! } });
      assert.equal(denied.statusCode, 403);
      assert.equal(denied.json().error.code, 'NOT_PERMITTED');
      assert.equal((await t.app.inject('/admin/api/audit')).statusCode, 401);
      const bad = await t.app.inject({ url: '/admin/api/audit?limit=100000', cookies: { mh_session: admin.token! } });
      assert.equal(bad.statusCode, 400);
      assert.equal(bad.json().error.code, 'INVALID_REQUEST');
    });

    test('API errors are JSON, never pages; reader pages set no cookies', async () => {
      const missing = await t.app.inject('/admin/api/no-such-thing');
      assert.equal(missing.statusCode, 404);
      assert.equal(missing.json().error.code, 'NOT_FOUND');
      const malformed = await t.app.inject({ method: 'POST', url: '/admin/api/session', payload: '{"email":', headers: { 'content-type': 'application/json' } });
      assert.equal(malformed.statusCode, 400);
      assert.ok(malformed.json().error.code);
      const reader = await t.app.inject('/en/');
      assert.equal(reader.headers['set-cookie'], undefined);
    });
  });
}

describe('cookies behind HTTPS', () => {
  test('the session cookie is Secure when the site is served over HTTPS', async () => {
    const t = await buildTestApp('sqlite', { baseUrl: 'https://news.example.com' });
    try {
      const deps: AuthDeps = { users: new UserRepository(t.db.db), sessions: new SessionRepository(t.db.db), audit: new AuditRepository(t.db.db), now: () => NOW };
      await createUser(deps, null, { email: 'a@example.com', name: 'A', role: 'author', password: PASSWORD, uiLang: 'en' });
      const { res } = await apiSignIn(t.app, 'a@example.com');
      assert.equal(res.cookies.find((c) => c.name === 'mh_session')?.secure, true);
    } finally {
      await t.destroy();
    }
  });
});

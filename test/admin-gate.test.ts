import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import Fastify, { type FastifyInstance } from 'fastify';
import { requireDeclaredAccess } from '../src/web/admin/member.js';
import { buildTestApp, type TestApp } from './support/app.js';
import { DIALECTS, dialectSkip } from './support/databases.js';
import { createMembers, PASSWORD } from './support/members.js';

/**
 * Every registered route under /admin/api/, read from Fastify's own route tree: one line per
 * path part, indented four columns per level, with its methods in brackets.
 */
function adminApiRoutes(app: FastifyInstance): { method: string; path: string }[] {
  const routes: { method: string; path: string }[] = [];
  const parts: string[] = [];
  for (const line of app.printRoutes({ commonPrefix: false }).split('\n')) {
    const m = /^([│ ]*)[├└]── (.*?)(?: \(([A-Z, ]+)\))?$/.exec(line);
    if (!m) continue;
    const depth = m[1]!.length / 4;
    parts.length = depth;
    parts.push(m[2]!);
    const path = parts.join('');
    if (m[3] && path.startsWith('/admin/api/')) for (const method of m[3].split(', ')) routes.push({ method, path });
  }
  return routes;
}

/** Who may call what, by the least role; a route missing here fails the walk. */
const PUBLIC = new Set(['POST /admin/api/session', 'GET /admin/api/openapi.json', 'HEAD /admin/api/openapi.json']);
const ADMIN_ONLY = new Set([
  'GET /admin/api/settings', 'HEAD /admin/api/settings', 'PUT /admin/api/settings', 'GET /admin/api/audit', 'HEAD /admin/api/audit',
  'GET /admin/api/users', 'HEAD /admin/api/users', 'POST /admin/api/users',
  'GET /admin/api/api-keys', 'HEAD /admin/api/api-keys', 'POST /admin/api/api-keys', 'DELETE /admin/api/api-keys/:id',
]);
const EDITOR_ONLY = new Set(['GET /admin/api/front-pages/:lang', 'HEAD /admin/api/front-pages/:lang', 'PUT /admin/api/front-pages/:lang', 'PATCH /admin/api/media/:id']);
const MEMBER_PATHS = /^\/admin\/api\/(session|sessions|stories.*|revisions\/.*|taxonomy|media|users\/:id)$/;

/** A request the route's schema would refuse: bad path parts, an unknown query field, a wrong body. */
function malformed(route: { method: string; path: string }) {
  const url = route.path.replace(':id', 'not-a-number').replace(':lang', 'xx') + '?limit=lots&unknown=1';
  const hasBody = !['GET', 'HEAD', 'DELETE'].includes(route.method);
  return { method: route.method as 'GET', url, ...(hasBody ? { payload: '{"unexpected": true', headers: { 'content-type': 'application/json' } } : {}) };
}

test('an admin API route that declares no permission stops the start', async () => {
  const app = Fastify();
  app.addHook('onRoute', requireDeclaredAccess);
  app.get('/declared', { config: { permission: 'member' } }, async () => 'ok');
  app.post('/public', { config: { public: true } }, async () => 'ok');
  assert.throws(() => app.put('/forgotten', async () => 'oops'), /declares neither/);
  await app.close();
});

for (const dialect of DIALECTS) {
  describe(`the admin API gate on ${dialect}`, await dialectSkip(dialect), () => {
    let t: TestApp;
    let routes: { method: string; path: string }[];
    const sessions: Record<string, { cookie: string; csrf: string }> = {};
    before(async () => {
      t = await buildTestApp(dialect);
      await createMembers(t.db);
      routes = adminApiRoutes(t.app);
      for (const role of ['contributor', 'author', 'editor']) {
        const res = await t.app.inject({ method: 'POST', url: '/admin/api/session', payload: { email: `${role}@example.com`, password: PASSWORD } });
        assert.equal(res.statusCode, 200);
        sessions[role] = { cookie: res.cookies.find((c) => c.name === 'mh_session')!.value, csrf: res.json().csrfToken };
      }
    });
    after(() => t?.destroy());

    const as = (role: string, route: { method: string; path: string }, csrf = true) => {
      const request = malformed(route);
      const s = sessions[role]!;
      return t.app.inject({ ...request, cookies: { mh_session: s.cookie }, headers: { ...request.headers, ...(csrf ? { 'x-csrf-token': s.csrf } : {}) } });
    };

    test('the walk finds every admin API route, and each is in the table', () => {
      assert.ok(routes.length >= 40, `${routes.length} routes`);
      for (const r of routes) {
        const key = `${r.method} ${r.path}`;
        assert.ok(PUBLIC.has(key) || ADMIN_ONLY.has(key) || EDITOR_ONLY.has(key) || MEMBER_PATHS.test(r.path), `${key} is in no group`);
      }
    });

    test('a stranger with a malformed request gets 401 SESSION_REQUIRED everywhere but sign-in', async () => {
      for (const route of routes.filter((r) => !PUBLIC.has(`${r.method} ${r.path}`))) {
        const res = await t.app.inject(malformed(route));
        assert.equal(res.statusCode, 401, `${route.method} ${route.path}: ${res.body}`);
        if (route.method !== 'HEAD') assert.equal(res.json().error.code, 'SESSION_REQUIRED', `${route.method} ${route.path}`);
      }
    });

    test('a member without the CSRF header gets 403 CSRF_REJECTED before the body is read', async () => {
      for (const route of routes.filter((r) => !['GET', 'HEAD'].includes(r.method) && !PUBLIC.has(`${r.method} ${r.path}`))) {
        const res = await as('editor', route, false);
        assert.equal(res.statusCode, 403, `${route.method} ${route.path}: ${res.body}`);
        assert.equal(res.json().error.code, 'CSRF_REJECTED', `${route.method} ${route.path}`);
      }
    });

    test('a contributor gets 403 NOT_PERMITTED before 400 on editor and admin routes; an editor on admin routes', async () => {
      const refused = [
        ...routes.filter((r) => ADMIN_ONLY.has(`${r.method} ${r.path}`) || EDITOR_ONLY.has(`${r.method} ${r.path}`)).map((r) => ['contributor', r] as const),
        ...routes.filter((r) => ADMIN_ONLY.has(`${r.method} ${r.path}`)).map((r) => ['editor', r] as const),
      ];
      assert.ok(refused.length >= 20);
      for (const [role, route] of refused) {
        const res = await as(role, route);
        assert.equal(res.statusCode, 403, `${role} ${route.method} ${route.path}: ${res.body}`);
        if (route.method !== 'HEAD') assert.equal(res.json().error.code, 'NOT_PERMITTED', `${role} ${route.method} ${route.path}`);
      }
    });
  });
}

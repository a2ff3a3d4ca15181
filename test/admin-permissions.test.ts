import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { ROLES, type Role } from '../src/domain/access.js';
import { DIALECTS, dialectSkip } from './support/databases.js';
import { buildTestApp, type TestApp } from './support/app.js';
import { createMembers, signedIn } from './support/members.js';
import { paragraph } from './support/newsroom.js';

/**
 * Every admin API route, and the least role that may use it on a story someone else (an editor)
 * started. "member" means any signed-in member. The test fails when a route is added to the API
 * without a row here.
 */
type Row = { method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE'; path: string; least: Role | 'member'; url: (ids: Ids) => string; body?: (ids: Ids) => unknown };
interface Ids {
  storyId: number;
  revisionId: number;
  otherUserId: number;
  mediaId: number;
  settings: unknown;
  meta: Record<string, unknown>;
  apiKeyId: number;
}

const version = { headline: 'Матриця прав', lead: '', body: [paragraph('Абзац.')], source: null, leadMediaId: null };

const MATRIX: Row[] = [
  { method: 'GET', path: '/session', least: 'member', url: () => '/admin/api/session' },
  { method: 'DELETE', path: '/session', least: 'member', url: () => '/admin/api/session' },
  { method: 'DELETE', path: '/sessions', least: 'member', url: () => '/admin/api/sessions' },
  { method: 'GET', path: '/audit', least: 'admin', url: () => '/admin/api/audit' },
  { method: 'GET', path: '/users', least: 'admin', url: () => '/admin/api/users' },
  { method: 'POST', path: '/users', least: 'admin', url: () => '/admin/api/users', body: () => ({ email: `new${Math.random().toString(36).slice(2)}@example.com`, name: 'New', role: 'contributor', password: 'a long enough password' }) },
  { method: 'PATCH', path: '/users/{id}', least: 'admin', url: (i) => `/admin/api/users/${i.otherUserId}`, body: () => ({ name: 'Renamed' }) },
  { method: 'GET', path: '/settings', least: 'admin', url: () => '/admin/api/settings' },
  { method: 'PUT', path: '/settings', least: 'admin', url: () => '/admin/api/settings', body: (i) => i.settings },
  { method: 'GET', path: '/taxonomy', least: 'member', url: () => '/admin/api/taxonomy' },
  { method: 'POST', path: '/media', least: 'member', url: () => '/admin/api/media', body: () => ({}) },
  { method: 'GET', path: '/media', least: 'member', url: () => '/admin/api/media' },
  { method: 'PATCH', path: '/media/{id}', least: 'editor', url: (i) => `/admin/api/media/${i.mediaId}`, body: () => ({ en: { caption: 'Caption', credit: 'Photo: Agency', alt: 'Alt' } }) },
  { method: 'GET', path: '/stories', least: 'member', url: () => '/admin/api/stories' },
  { method: 'GET', path: '/stories/search', least: 'member', url: () => '/admin/api/stories/search?q=%D0%BF%D1%80%D0%B0%D0%B2' },
  { method: 'POST', path: '/stories', least: 'member', url: () => '/admin/api/stories', body: (i) => ({ ...i.meta, version: { lang: 'uk', ...version } }) },
  { method: 'GET', path: '/stories/{id}', least: 'editor', url: (i) => `/admin/api/stories/${i.storyId}` },
  { method: 'PUT', path: '/stories/{id}/versions/{lang}', least: 'editor', url: (i) => `/admin/api/stories/${i.storyId}/versions/uk`, body: () => ({ lockVersion: 1, ...version }) },
  { method: 'POST', path: '/stories/{id}/versions/{lang}/status', least: 'editor', url: (i) => `/admin/api/stories/${i.storyId}/versions/uk/status`, body: () => ({ action: 'submit', lockVersion: 1 }) },
  { method: 'POST', path: '/stories/{id}/versions/{lang}/preview', least: 'editor', url: (i) => `/admin/api/stories/${i.storyId}/versions/uk/preview` },
  { method: 'PUT', path: '/stories/{id}/background', least: 'editor', url: (i) => `/admin/api/stories/${i.storyId}/background`, body: () => ({ storyIds: [] }) },
  { method: 'GET', path: '/front-pages/{lang}', least: 'editor', url: () => '/admin/api/front-pages/en' },
  { method: 'PUT', path: '/front-pages/{lang}', least: 'editor', url: () => '/admin/api/front-pages/en', body: () => ({ storyIds: [] }) },
  { method: 'GET', path: '/stories/{id}/versions/{lang}/revisions', least: 'editor', url: (i) => `/admin/api/stories/${i.storyId}/versions/uk/revisions` },
  { method: 'GET', path: '/revisions/diff', least: 'editor', url: (i) => `/admin/api/revisions/diff?from=${i.revisionId}&to=${i.revisionId}` },
  { method: 'POST', path: '/revisions/{id}/restore', least: 'editor', url: (i) => `/admin/api/revisions/${i.revisionId}/restore`, body: () => ({ lockVersion: 1 }) },
  { method: 'GET', path: '/api-keys', least: 'admin', url: () => '/admin/api/api-keys' },
  { method: 'POST', path: '/api-keys', least: 'admin', url: () => '/admin/api/api-keys', body: () => ({ name: 'Matrix key' }) },
  { method: 'DELETE', path: '/api-keys/{id}', least: 'admin', url: (i) => `/admin/api/api-keys/${i.apiKeyId}` },
];

const rank = (r: Role | 'member') => (r === 'member' ? 0 : ROLES.indexOf(r));

for (const dialect of DIALECTS) {
  describe(`who may use each admin route, on ${dialect}`, await dialectSkip(dialect), () => {
    let t: TestApp;
    let ids: Ids;
    before(async () => {
      t = await buildTestApp(dialect);
      const members = await createMembers(t.db);
      const editor = await signedIn(t.app, 'editor@example.com');
      const admin = await signedIn(t.app, 'admin@example.com');
      const n = t.newsroom;
      const meta = { kind: 'news', sectionId: n.sections.politics, tagIds: [], authorIds: [n.authors.olena], importance: 0, hasVideo: false, hasPhotos: false };
      const created = (await editor('POST', '/admin/api/stories', { ...meta, version: { lang: 'uk', ...version } })).json();
      const revisions = (await editor('GET', `/admin/api/stories/${created.storyId}/versions/uk/revisions`)).json().revisions;
      const apiKeyId = (await admin('POST', '/admin/api/api-keys', { name: 'Key to revoke' })).json().key.id;
      ids = { storyId: created.storyId, revisionId: revisions[0].id, otherUserId: members.contributor, mediaId: n.photo, settings: (await admin('GET', '/admin/api/settings')).json(), meta, apiKeyId };
    });
    after(() => t?.destroy());

    test('the matrix lists every route of the API', async () => {
      const doc = (await t.app.inject('/admin/api/openapi.json')).json();
      const documented = Object.entries(doc.paths as Record<string, Record<string, unknown>>).flatMap(([path, ops]) => Object.keys(ops).map((m) => `${m.toUpperCase()} ${path}`));
      const listed = [...MATRIX.map((r) => `${r.method} ${r.path}`), 'POST /session'];
      assert.deepEqual([...new Set(documented)].sort(), [...new Set(listed)].sort());
    });

    test('without a session every route answers 401', async () => {
      for (const row of MATRIX) {
        const res = await t.app.inject({ method: row.method, url: row.url(ids), ...(row.body ? { payload: row.body(ids) as object } : {}) });
        assert.equal(res.statusCode, 401, `${row.method} ${row.path}`);
        assert.equal(res.json().error.code, 'SESSION_REQUIRED');
      }
    });

    for (const role of ROLES) {
      test(`${role}: allowed routes work, the rest answer 403 and change nothing`, async () => {
        for (const row of MATRIX) {
          // A fresh session per call: sign-out routes end the one they use.
          const call = await signedIn(t.app, `${role}@example.com`);
          const before = await t.db.db.selectFrom('audit_log').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow();
          const res = await call(row.method, row.url(ids), row.body?.(ids));
          const allowed = rank(role) >= rank(row.least);
          // Allowed means past the access checks: the call may still be refused for what it sent.
          if (allowed) assert.ok(res.statusCode !== 401 && res.statusCode !== 403, `${role} ${row.method} ${row.path} → ${res.statusCode} ${res.body.slice(0, 200)}`);
          else {
            assert.equal(res.statusCode, 403, `${role} ${row.method} ${row.path} → ${res.statusCode}`);
            assert.equal(res.json().error.code, 'NOT_PERMITTED');
            const after = await t.db.db.selectFrom('audit_log').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow();
            assert.equal(Number(after.n), Number(before.n), `${role} ${row.method} ${row.path} wrote to the audit log`);
          }
        }
      });
    }
  });
}

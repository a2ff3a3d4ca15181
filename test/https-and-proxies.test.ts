import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { DIALECTS, dialectSkip } from './support/databases.js';
import { listenLocally } from './support/browser.js';
import { buildTestApp, type TestApp } from './support/app.js';
import { createMembers, PASSWORD } from './support/members.js';

/**
 * HTTPS hygiene over real HTTP: Strict-Transport-Security on every kind of response when the site
 * is served over HTTPS (pages made now, pages from the page cache by Node's way and by the hit
 * lane, the newsroom, both APIs, static files, redirects, 404s) and never over plain HTTP; Secure
 * cookies; and X-Forwarded-For believed only from the proxies TRUST_PROXY lists.
 */

/** Addresses that cover each way a response leaves the app; `/en/` twice, so the second is a hit. */
const ADDRESSES = ['/en/', '/en/', '/ru/no-such-page/', '/en', '/admin/login', '/admin/api/session', '/api/v1/stories', '/robots.txt', '/media/hsts/photo.jpg', '/media/none.jpg'];

async function startApp(dialect: (typeof DIALECTS)[number], options: Parameters<typeof buildTestApp>[1]) {
  const t = await buildTestApp(dialect, options);
  mkdirSync(join(t.mediaDir, 'hsts'), { recursive: true });
  writeFileSync(join(t.mediaDir, 'hsts', 'photo.jpg'), Buffer.from([0xff, 0xd8, 0xff, 0xd9]));
  // What Fastify makes of the request's client, as sign-in throttling sees it.
  t.app.get('/test-only/client', async (req) => ({ ip: req.ip, protocol: req.protocol }));
  return { t, origin: await listenLocally(t.app) };
}

for (const dialect of DIALECTS) {
  describe(`HTTPS hygiene (${dialect})`, async () => {
    const skip = await dialectSkip(dialect);
    const apps: TestApp[] = [];
    after(async () => Promise.all(apps.map((t) => t.destroy())));

    test('an https site sends HSTS on every response, cached ones included, and Secure cookies', skip, async () => {
      const { t, origin } = await startApp(dialect, {});
      apps.push(t);
      const seen: string[] = [];
      for (const path of ADDRESSES) {
        const res = await fetch(origin + path, { redirect: 'manual', headers: { 'accept-encoding': 'gzip' } });
        await res.arrayBuffer();
        seen.push(`${path} ${res.status} ${res.headers.get('x-cache') ?? ''}`);
        const hsts = res.headers.get('strict-transport-security') ?? '';
        assert.match(hsts, /^max-age=(\d+); includeSubDomains$/, `${path}: ${hsts}`);
        assert.ok(Number(/max-age=(\d+)/.exec(hsts)![1]) >= 31_536_000, path);
      }
      // The second /en/ came from the cache (answered by the hit lane on this connection's way).
      assert.ok(seen.some((s) => s.startsWith('/en/ 200 hit')), seen.join('\n'));
      assert.ok(t.app.hitLane && t.app.hitLane.answered >= 1, 'the hit lane answered a cached page');

      const login = await fetch(`${origin}/admin/login`);
      const cookies = login.headers.getSetCookie();
      assert.ok(cookies.length > 0);
      for (const cookie of cookies) assert.match(cookie, /;\s*Secure(;|$)/i, cookie);
    });

    test('an http site sends no HSTS and no Secure cookies', skip, async () => {
      const { t, origin } = await startApp(dialect, { baseUrl: 'http://news.example.com' });
      apps.push(t);
      for (const path of ADDRESSES) {
        const res = await fetch(origin + path, { redirect: 'manual' });
        await res.arrayBuffer();
        assert.equal(res.headers.get('strict-transport-security'), null, path);
      }
      const login = await fetch(`${origin}/admin/login`);
      for (const cookie of login.headers.getSetCookie()) assert.doesNotMatch(cookie, /;\s*Secure/i, cookie);
    });

    test('HSTS_PRELOAD adds preload', skip, async () => {
      const { t, origin } = await startApp(dialect, { env: { HSTS_PRELOAD: 'true' } });
      apps.push(t);
      const res = await fetch(`${origin}/en/`);
      await res.arrayBuffer();
      assert.equal(res.headers.get('strict-transport-security'), 'max-age=31536000; includeSubDomains; preload');
    });

    test('without TRUST_PROXY a spoofed X-Forwarded-For is ignored; with it, a listed proxy’s is believed', skip, async () => {
      const spoofed = { 'x-forwarded-for': '203.0.113.7', 'x-forwarded-proto': 'https' };
      const signIn = (origin: string, email: string) =>
        fetch(`${origin}/admin/api/session`, { method: 'POST', headers: { ...spoofed, 'content-type': 'application/json' }, body: JSON.stringify({ email, password: `${PASSWORD}!` }) });
      const attempts = async (t: TestApp, email: string) =>
        (await t.db.db.selectFrom('login_attempts').select('ip').where('email', '=', email).execute()).map((r) => r.ip);

      const direct = await startApp(dialect, {});
      apps.push(direct.t);
      await createMembers(direct.t.db);
      assert.deepEqual(await (await fetch(`${direct.origin}/test-only/client`, { headers: spoofed })).json(), { ip: '127.0.0.1', protocol: 'http' });
      assert.equal((await signIn(direct.origin, 'editor@example.com')).status, 401);
      assert.deepEqual(await attempts(direct.t, 'editor@example.com'), ['127.0.0.1']);

      const proxied = await startApp(dialect, { env: { TRUST_PROXY: '127.0.0.1' } });
      apps.push(proxied.t);
      await createMembers(proxied.t.db);
      assert.deepEqual(await (await fetch(`${proxied.origin}/test-only/client`, { headers: spoofed })).json(), { ip: '203.0.113.7', protocol: 'https' });
      assert.equal((await signIn(proxied.origin, 'editor@example.com')).status, 401);
      assert.deepEqual(await attempts(proxied.t, 'editor@example.com'), ['203.0.113.7']);

      // A proxy not in the list is not believed.
      const elsewhere = await startApp(dialect, { env: { TRUST_PROXY: '10.0.0.0/8' } });
      apps.push(elsewhere.t);
      assert.deepEqual(await (await fetch(`${elsewhere.origin}/test-only/client`, { headers: spoofed })).json(), { ip: '127.0.0.1', protocol: 'http' });
    });
  });
}

import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import * as cheerio from 'cheerio';
import type { FastifyInstance } from 'fastify';
import { createUser, unlockSignIn, type AuthDeps } from '../src/services/people/auth.js';
import { AuditRepository } from '../src/storage/audit-repository.js';
import { SessionRepository } from '../src/storage/session-repository.js';
import { UserRepository } from '../src/storage/user-repository.js';
import { buildTestApp, type TestApp } from './support/app.js';
import { DIALECTS, dialectSkip } from './support/databases.js';
import { NOW } from './support/newsroom.js';

const PASSWORD = 'correct horse battery staple';

function attempt(app: FastifyInstance, email: string, password: string, ip: string) {
  return app.inject({ method: 'POST', url: '/admin/api/session', payload: { email, password }, remoteAddress: ip });
}

function tally(statuses: number[]): Record<number, number> {
  const counts: Record<number, number> = {};
  for (const s of statuses) counts[s] = (counts[s] ?? 0) + 1;
  return counts;
}

for (const dialect of DIALECTS) {
  describe(`the sign-in throttle on ${dialect}`, await dialectSkip(dialect), () => {
    let t: TestApp;
    let clock = NOW;
    let deps: AuthDeps;
    const later = (ms: number) => {
      clock = new Date(clock.getTime() + ms);
    };
    before(async () => {
      t = await buildTestApp(dialect, { now: () => clock });
      deps = { users: new UserRepository(t.db.db), sessions: new SessionRepository(t.db.db), audit: new AuditRepository(t.db.db), now: () => clock };
      for (const name of ['burst', 'right-last', 'locked', 'backoff', 'unlock', 'spread', 'form']) {
        await createUser(deps, null, { email: `${name}@example.com`, name, role: 'admin', password: PASSWORD, uiLang: 'en' });
      }
    });
    after(() => t?.destroy());

    test('150 concurrent wrong guesses: only the free ones are checked, the rest get 429', async () => {
      const answers = await Promise.all(Array.from({ length: 150 }, (_, i) => attempt(t.app, 'burst@example.com', `wrong guess ${i}`, '198.51.100.1')));
      const counts = tally(answers.map((r) => r.statusCode));
      assert.deepEqual(counts, { 401: 4 + 1, 429: 145 });
      for (const r of answers.filter((a) => a.statusCode === 429)) {
        assert.equal(r.json().error.code, 'SIGN_IN_THROTTLED');
        assert.equal(r.headers['retry-after'], '30');
      }
    });

    test('a 60-guess burst whose last has the right password opens no session', async () => {
      const answers = await Promise.all(
        Array.from({ length: 60 }, (_, i) => attempt(t.app, 'right-last@example.com', i === 59 ? PASSWORD : `wrong guess ${i}`, '198.51.100.2')),
      );
      const counts = tally(answers.map((r) => r.statusCode));
      // At most five passwords were checked, whatever order the requests arrived in.
      assert.ok((counts[401] ?? 0) + (counts[200] ?? 0) <= 5, JSON.stringify(counts));
      assert.equal(counts[429], 55);
      assert.equal(answers[59]!.statusCode, 429);
      const sessions = await t.db.db.selectFrom('sessions').innerJoin('users', 'users.id', 'sessions.user_id').select('token_hash').where('users.email', '=', 'right-last@example.com').execute();
      assert.equal(sessions.length, 0);
    });

    test('five wrong passwords from one address do not lock the person out from another', async () => {
      for (let i = 0; i < 5; i++) assert.equal((await attempt(t.app, 'locked@example.com', `wrong ${i}`, '203.0.113.66')).statusCode, 401);
      const stranger = await attempt(t.app, 'locked@example.com', PASSWORD, '203.0.113.66');
      assert.equal(stranger.statusCode, 429);
      assert.equal((await attempt(t.app, 'locked@example.com', PASSWORD, '192.0.2.10')).statusCode, 200);
    });

    test('each further failure doubles the wait, and Retry-After says the real one', async () => {
      const ip = '198.51.100.3';
      for (let i = 0; i < 4; i++) assert.equal((await attempt(t.app, 'backoff@example.com', 'wrong', ip)).statusCode, 401);
      for (const wait of [30, 60, 120, 240]) {
        assert.equal((await attempt(t.app, 'backoff@example.com', 'wrong', ip)).statusCode, 401);
        const refused = await attempt(t.app, 'backoff@example.com', PASSWORD, ip);
        assert.equal(refused.statusCode, 429);
        assert.equal(refused.headers['retry-after'], String(wait));
        later(10_000);
        assert.equal((await attempt(t.app, 'backoff@example.com', PASSWORD, ip)).headers['retry-after'], String(wait - 10));
        later((wait - 10) * 1000);
      }
      // Once the wait is over the right password works, and the pair starts afresh.
      assert.equal((await attempt(t.app, 'backoff@example.com', PASSWORD, ip)).statusCode, 200);
      for (let i = 0; i < 4; i++) assert.equal((await attempt(t.app, 'backoff@example.com', 'wrong', ip)).statusCode, 401);
      assert.equal((await attempt(t.app, 'backoff@example.com', PASSWORD, ip)).statusCode, 200);
    });

    test('a guesser spread over many addresses is slowed account-wide, but not where the person signed in before', async () => {
      assert.equal((await attempt(t.app, 'spread@example.com', PASSWORD, '192.0.2.77')).statusCode, 200);
      const guesses = await Promise.all(Array.from({ length: 80 }, (_, i) => attempt(t.app, 'spread@example.com', 'wrong', `10.0.${Math.floor(i / 4)}.${i % 4}`)));
      const counts = tally(guesses.map((r) => r.statusCode));
      assert.deepEqual(counts, { 401: 49 + 1, 429: 30 });
      assert.equal((await attempt(t.app, 'spread@example.com', PASSWORD, '10.9.9.9')).statusCode, 429);
      // The address the person signed in from before is still let through.
      assert.equal((await attempt(t.app, 'spread@example.com', PASSWORD, '192.0.2.77')).statusCode, 200);
    });

    test('the sign-in form says the same wait', async () => {
      const ip = '198.51.100.5';
      for (let i = 0; i < 5; i++) await attempt(t.app, 'form@example.com', 'wrong', ip);
      const form = await t.app.inject({ url: '/admin/login?lang=en', remoteAddress: ip });
      const field = cheerio.load(form.body)('input[name=_csrf]').attr('value')!;
      const cookie = form.cookies.find((c) => c.name === 'mh_login_csrf')!.value;
      const res = await t.app.inject({
        method: 'POST', url: '/admin/login', remoteAddress: ip, cookies: { mh_login_csrf: cookie },
        headers: { 'content-type': 'application/x-www-form-urlencoded' }, payload: new URLSearchParams({ _csrf: field, email: 'form@example.com', password: PASSWORD }).toString(),
      });
      assert.equal(res.statusCode, 429);
      assert.equal(res.headers['retry-after'], '30');
      assert.equal(cheerio.load(res.body)('[role=alert]').length, 1);
    });

    test('unlocking an account clears its throttles and is in the audit log', async () => {
      const ip = '198.51.100.4';
      for (let i = 0; i < 5; i++) await attempt(t.app, 'unlock@example.com', 'wrong', ip);
      assert.equal((await attempt(t.app, 'unlock@example.com', PASSWORD, ip)).statusCode, 429);
      const { user, cleared } = await unlockSignIn(deps, null, 'Unlock@Example.com');
      assert.ok(cleared >= 1);
      const logged = await t.db.db.selectFrom('audit_log').select(['action', 'user_id']).where('subject', '=', `user:${user.id}`).where('action', '=', 'user.unlock').execute();
      assert.deepEqual(logged, [{ action: 'user.unlock', user_id: null }]);
      assert.equal((await attempt(t.app, 'unlock@example.com', PASSWORD, ip)).statusCode, 200);
    });
  });
}

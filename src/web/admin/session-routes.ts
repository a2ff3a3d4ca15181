import type { FastifyPluginAsync } from 'fastify';
import { signIn, signOut, signOutEverywhere } from '../../services/people/auth.js';
import type { User } from '../../domain/user.js';
import { clearSessionCookie, setSessionCookie } from './cookies.js';
import { requireMember } from './member.js';
import type { AdminOptions } from './plugin.js';
import { MastheadError } from '../../domain/errors.js';
import { sendJsonError } from '../error-answers.js';

/** What the API tells about a member: never the password hash. */
export function publicUser(u: User) {
  return { id: u.id, email: u.email, name: u.name, role: u.role, uiLang: u.uiLang, authorId: u.authorId, disabled: u.disabled };
}

const signInBody = {
  type: 'object',
  required: ['email', 'password'],
  additionalProperties: false,
  properties: { email: { type: 'string', minLength: 3, maxLength: 254 }, password: { type: 'string', minLength: 1, maxLength: 1024 } },
} as const;

/** The admin API's session endpoints: sign in, who am I, sign out, sign out everywhere; the audit log. */
export const sessionRoutes: FastifyPluginAsync<AdminOptions> = async (app, options) => {
  app.post<{ Body: { email: string; password: string } }>('/session', { schema: { body: signInBody }, config: { public: true } }, async (req, reply) => {
    // JSON only: a cross-site form cannot send it without a CORS preflight, which we never grant.
    if (!String(req.headers['content-type'] ?? '').startsWith('application/json')) {
      return sendJsonError(reply, new MastheadError('UNSUPPORTED_MEDIA_TYPE', 'send JSON'));
    }
    const session = await signIn(options.auth, { ...req.body, ip: req.ip, userAgent: String(req.headers['user-agent'] ?? '') });
    setSessionCookie(reply, session.token, session.expiresAt, options.secureCookies);
    return { user: publicUser(session.user), csrfToken: session.csrfToken, expiresAt: session.expiresAt.toISOString() };
  });

  app.get('/session', { config: { permission: 'member' } }, async (req) => {
    const member = requireMember(req);
    return { user: publicUser(member.user), csrfToken: member.csrfToken };
  });

  app.delete('/session', { config: { permission: 'member' } }, async (req, reply) => {
    const member = requireMember(req);
    await signOut(options.auth, member.user, member.tokenHash);
    clearSessionCookie(reply, options.secureCookies);
    return reply.code(204).send();
  });

  app.delete('/sessions', { config: { permission: 'member' } }, async (req, reply) => {
    const member = requireMember(req);
    const ended = await signOutEverywhere(options.auth, member.user);
    clearSessionCookie(reply, options.secureCookies);
    return { ended };
  });

  app.get<{ Querystring: { limit?: number; before?: number } }>(
    '/audit',
    {
      config: { permission: 'audit.view' },
      schema: {
        querystring: {
          type: 'object',
          additionalProperties: false,
          properties: { limit: { type: 'integer', minimum: 1, maximum: 200 }, before: { type: 'integer', minimum: 1 } },
        },
      },
    },
    async (req) => {
      const entries = await options.auth.audit.list({ limit: req.query.limit ?? 50, ...(req.query.before ? { beforeId: req.query.before } : {}) });
      return { entries: entries.map((e) => ({ ...e, at: e.at.toISOString() })) };
    },
  );
};

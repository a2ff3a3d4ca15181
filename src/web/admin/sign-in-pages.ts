import type { FastifyPluginAsync } from 'fastify';
import { renderSignIn } from '../../render/admin/pages.js';
import { signIn, signOut, signOutEverywhere } from '../../services/people/auth.js';
import { MastheadError } from '../../domain/errors.js';
import { ADMIN_CSS_HREF, clearSessionCookie, newLoginToken, setLoginCsrfCookie, setSessionCookie } from './cookies.js';
import { adminLang, checkCsrf, LOGIN_CSRF_COOKIE, requireMember, sameToken } from './member.js';
import type { AdminOptions } from './plugin.js';

/**
 * Sign-in and sign-out as plain HTML forms: they work without JavaScript, and every error keeps
 * what the person typed (the password aside).
 */
export const signInPages: FastifyPluginAsync<AdminOptions> = async (app, options) => {
  const html = 'text/html; charset=utf-8';

  app.get('/login', async (req, reply) => {
    const lang = adminLang(req, options.defaultLang);
    if (req.member) return reply.redirect('/admin/', 303);
    const token = newLoginToken();
    setLoginCsrfCookie(reply, token, options.secureCookies);
    return reply.type(html).send(renderSignIn({ lang, cssHref: ADMIN_CSS_HREF, csrfToken: token, email: '' }));
  });

  app.post<{ Body: Record<string, unknown> }>('/login', async (req, reply) => {
    const lang = adminLang(req, options.defaultLang);
    const body = req.body && typeof req.body === 'object' ? req.body : {};
    const email = typeof body.email === 'string' ? body.email.slice(0, 254) : '';
    const password = typeof body.password === 'string' ? body.password.slice(0, 1024) : '';
    const again = (status: number, errorCode: string, headers: Readonly<Record<string, string>> = {}) => {
      reply.headers(headers);
      const token = newLoginToken();
      setLoginCsrfCookie(reply, token, options.secureCookies);
      return reply.code(status).type(html).send(renderSignIn({ lang, cssHref: ADMIN_CSS_HREF, csrfToken: token, email, errorCode }));
    };
    if (!sameToken(typeof body._csrf === 'string' ? body._csrf : undefined, req.cookies[LOGIN_CSRF_COOKIE])) return again(403, 'CSRF_REJECTED');
    if (!email || !password) return again(400, 'BAD_REQUEST');
    try {
      const session = await signIn(options.auth, { email, password, ip: req.ip, userAgent: String(req.headers['user-agent'] ?? '') });
      setSessionCookie(reply, session.token, session.expiresAt, options.secureCookies);
      return reply.redirect('/admin/', 303);
    } catch (error) {
      if (error instanceof MastheadError && error.status !== null && error.status < 500) return again(error.status, error.code, error.headers);
      throw error;
    }
  });

  app.post('/logout', { preHandler: checkCsrf }, async (req, reply) => {
    const member = requireMember(req);
    await signOut(options.auth, member.user, member.tokenHash);
    clearSessionCookie(reply, options.secureCookies);
    return reply.redirect(`/admin/login?lang=${member.user.uiLang}`, 303);
  });

  app.post('/logout-everywhere', { preHandler: checkCsrf }, async (req, reply) => {
    const member = requireMember(req);
    await signOutEverywhere(options.auth, member.user);
    clearSessionCookie(reply, options.secureCookies);
    return reply.redirect(`/admin/login?lang=${member.user.uiLang}`, 303);
  });
};

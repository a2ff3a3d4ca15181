import { createHash, randomBytes } from 'node:crypto';
import type { FastifyReply } from 'fastify';
import { ADMIN_CSS } from '../../render/admin/pages.js';
import { LOGIN_CSRF_COOKIE, SESSION_COOKIE } from './member.js';

/** The session cookie: HttpOnly, SameSite=Lax, Secure behind HTTPS, only sent to /admin. */
export function setSessionCookie(reply: FastifyReply, token: string, expiresAt: Date, secure: boolean): void {
  reply.setCookie(SESSION_COOKIE, token, { path: '/admin', httpOnly: true, sameSite: 'lax', secure, expires: expiresAt });
}

export function clearSessionCookie(reply: FastifyReply, secure: boolean): void {
  reply.clearCookie(SESSION_COOKIE, { path: '/admin', httpOnly: true, sameSite: 'lax', secure });
}

export function setLoginCsrfCookie(reply: FastifyReply, token: string, secure: boolean): void {
  reply.setCookie(LOGIN_CSRF_COOKIE, token, { path: '/admin', httpOnly: true, sameSite: 'strict', secure, maxAge: 3600 });
}

/** A fresh random token for the sign-in form's double-submit cookie. */
export function newLoginToken(): string {
  return randomBytes(24).toString('base64url');
}

/** The newsroom stylesheet's address, with a content hash so it can be cached forever. */
export const ADMIN_CSS_HREF = `/admin/assets/admin.${createHash('sha256').update(ADMIN_CSS).digest('hex').slice(0, 12)}.css`;

import type { FastifyReply, FastifyRequest } from 'fastify';
import { can, type Action } from '../../domain/access.js';
import { isLang, LANGUAGES, type Lang } from '../../domain/locale.js';
import { CsrfRejected, NotPermitted, SessionRequired } from '../../services/people/auth-errors.js';
import { sameToken } from '../../services/people/same-token.js';
import type { User } from '../../domain/user.js';

/** The signed-in newsroom member behind a request, set by the session hook. */
export interface Member {
  user: User;
  csrfToken: string;
  tokenHash: string;
}

/** What an admin API route needs: any signed-in member, or a role allowed an action. */
export type Permission = 'member' | Action;

declare module 'fastify' {
  interface FastifyRequest {
    member: Member | undefined;
  }
  interface FastifyContextConfig {
    /** Admin API: who may call the route, checked before its body is read (see `checkAccess`). */
    permission?: Permission;
  }
}

/** What the refusal says a role may not do, per action. */
const REFUSED: Record<Action, string> = {
  'story.write': 'write stories',
  'story.publish-own': 'publish stories',
  'story.edit-any': "edit other members' stories",
  'story.publish-any': "publish other members' stories",
  'frontpage.curate': 'curate the front page',
  'users.manage': 'manage people',
  'settings.manage': 'change site settings',
  'audit.view': 'read the audit log',
};

export const SESSION_COOKIE = 'mh_session';
/** Before sign-in there is no session: the sign-in form is protected by a double-submit cookie. */
export const LOGIN_CSRF_COOKIE = 'mh_login_csrf';

/** The member, or a 401 for API callers. */
export function requireMember(req: FastifyRequest): Member {
  if (!req.member) throw new SessionRequired();
  return req.member;
}

/** The member, if their role allows the action; else 403. */
export function requireRole(req: FastifyRequest, action: Action, what: string): Member {
  const member = requireMember(req);
  if (!can(member.user.role, action)) throw new NotPermitted(what);
  return member;
}

export { sameToken };

/**
 * Every state-changing request carries the session's CSRF token, in the `x-csrf-token` header
 * (API) or a `_csrf` form field. Runs as a preHandler, when the body is parsed.
 */
export async function checkCsrf(req: FastifyRequest, _reply: FastifyReply): Promise<void> {
  if (req.method === 'GET' || req.method === 'HEAD' || req.method === 'OPTIONS') return;
  const member = requireMember(req);
  const header = req.headers['x-csrf-token'];
  const field = (req.body as Record<string, unknown> | undefined)?._csrf;
  const sent = typeof header === 'string' ? header : typeof field === 'string' ? field : undefined;
  if (!sameToken(sent, member.csrfToken)) throw new CsrfRejected();
}

/**
 * The admin API's gate, an `onRequest` hook: session, then the CSRF header for changes, then the
 * role the route declares, all before the body is read or validated, so a stranger learns
 * nothing about a route's input and costs no parsing. Routes declare `config.permission` (or
 * `config.public` for signing in); checks that need the loaded story or member stay in handlers.
 * The API takes the CSRF token from the `x-csrf-token` header only: the body is not parsed yet.
 */
export async function checkAccess(req: FastifyRequest): Promise<void> {
  const config = req.routeOptions.config;
  if (config.public) return;
  const member = requireMember(req);
  if (req.method !== 'GET' && req.method !== 'HEAD' && req.method !== 'OPTIONS') {
    const header = req.headers['x-csrf-token'];
    if (!sameToken(typeof header === 'string' ? header : undefined, member.csrfToken)) throw new CsrfRejected();
  }
  const permission = config.permission;
  if (permission === undefined) throw new NotPermitted('use this address');
  if (permission !== 'member' && !can(member.user.role, permission)) throw new NotPermitted(REFUSED[permission]);
}

/**
 * An `onRoute` hook: an admin API route that says neither who may call it nor that it is public
 * stops the start, so no route can forget its gate.
 */
export function requireDeclaredAccess(route: { method: string | string[]; url: string; config?: { permission?: Permission; public?: boolean } }): void {
  if (route.config?.public || route.config?.permission) return;
  throw new Error(`admin API route ${String(route.method)} ${route.url} declares neither config.permission nor config.public`);
}

/** The interface language: `?lang=`, else the member's choice, else the browser's, else the default. */
export function adminLang(req: FastifyRequest, fallback: Lang): Lang {
  const asked = (req.query as Record<string, unknown> | undefined)?.lang;
  if (isLang(asked)) return asked;
  if (req.member) return req.member.user.uiLang;
  const accept = String(req.headers['accept-language'] ?? '').toLowerCase();
  const preferred = accept
    .split(',')
    .map((part) => part.trim().slice(0, 2))
    .find((code) => (LANGUAGES as readonly string[]).includes(code));
  return isLang(preferred) ? preferred : fallback;
}

import type { FastifyReply, FastifyRequest } from 'fastify';

/**
 * Reader pages run no script and load only our own styles and images: the policy says so, and
 * browsers refuse anything injected. Embeds link out rather than frame third parties.
 */
const CSP = [
  "default-src 'none'",
  "style-src 'self'",
  "img-src 'self' data: https:",
  "font-src 'self'",
  "form-action 'self'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
].join('; ');

/**
 * The newsroom app (docs/decisions/0005-admin-ui.md) runs our own bundled script and talks only to
 * our own API. Style attributes are allowed because ProseMirror positions and marks its editor
 * with them; scripts still come from our origin alone.
 */
const ADMIN_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "connect-src 'self'",
  "img-src 'self' data: blob: https:",
  "style-src 'self' 'unsafe-inline'",
  "font-src 'self'",
  "form-action 'self'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** True for the newsroom's addresses: /admin, /admin/…, /admin?… (not /administrators/). */
function isAdminUrl(url: string): boolean {
  return url === '/admin' || url.startsWith('/admin/') || url.startsWith('/admin?');
}

export async function securityHeaders(req: FastifyRequest, reply: FastifyReply, payload: unknown): Promise<unknown> {
  reply.header('x-content-type-options', 'nosniff');
  reply.header('referrer-policy', 'strict-origin-when-cross-origin');
  const type = String(reply.getHeader('content-type') ?? '');
  if (type.startsWith('text/html')) {
    reply.header('content-security-policy', isAdminUrl(req.url) ? ADMIN_CSP : CSP);
    reply.header('x-frame-options', 'DENY');
  }
  return payload;
}

import type { FastifyReply, FastifyRequest } from 'fastify';

/**
 * Reader pages run no script and load only our own styles and images: the policy says so, and
 * browsers refuse anything injected. Embeds link out rather than frame third parties.
 */
const READER_CSP = [
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

/**
 * Strict-Transport-Security for a site served over HTTPS: a year (browsers' preload lists ask for
 * at least that), every subdomain, and `preload` only when the operator asks for it (HSTS_PRELOAD):
 * once on a preload list, a domain cannot go back to plain HTTP for months.
 */
export function hstsHeader(options: { https: boolean; preload: boolean }): string | undefined {
  if (!options.https) return undefined;
  return `max-age=31536000; includeSubDomains${options.preload ? '; preload' : ''}`;
}

/**
 * The security headers of a response to `url` of this content type: the same for every way a
 * response leaves the app (the onSend hook, Fastify's framework errors, which skip hooks, and
 * answers to requests Node's parser refused).
 */
export function securityHeadersFor(url: string, contentType: string, hsts: string | undefined): Record<string, string> {
  const headers: Record<string, string> = { 'x-content-type-options': 'nosniff', 'referrer-policy': 'strict-origin-when-cross-origin' };
  if (hsts !== undefined) headers['strict-transport-security'] = hsts;
  if (contentType.startsWith('text/html')) {
    headers['content-security-policy'] = isAdminUrl(url) ? ADMIN_CSP : READER_CSP;
    headers['x-frame-options'] = 'DENY';
  }
  return headers;
}

/**
 * The onSend hook that adds the security headers to every response the app makes. It runs before
 * the page cache files a response, so cached pages (served by Node's way or by the hit lane) carry
 * the same headers; HSTS is sent only with an https BASE_URL.
 */
export function securityHeaders(hsts: string | undefined) {
  return async function addSecurityHeaders(req: FastifyRequest, reply: FastifyReply, payload: unknown): Promise<unknown> {
    reply.headers(securityHeadersFor(req.url, String(reply.getHeader('content-type') ?? ''), hsts));
    return payload;
  };
}

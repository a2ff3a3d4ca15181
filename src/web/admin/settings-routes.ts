import type { FastifyPluginAsync } from 'fastify';
import { LANGUAGES } from '../../domain/locale.js';
import { parseSiteSettings, type SiteSettings } from '../../domain/settings.js';
import { KINDS } from '../../domain/story.js';
import { hasInvisibleCharacters } from '../../domain/text.js';
import { saveSiteSettings, siteSettings, type SiteDeps } from '../../services/editorial/site-settings.js';
import { requireMember } from './member.js';
import { MastheadError } from '../../domain/errors.js';
import { sendJsonError } from '../error-answers.js';

export interface SettingsRouteOptions {
  site: SiteDeps;
}

const perLanguage = (schema: object) => ({
  type: 'object',
  required: [...LANGUAGES],
  additionalProperties: false,
  properties: Object.fromEntries(LANGUAGES.map((l) => [l, schema])),
});
const link = { type: 'string', minLength: 1, maxLength: 500, pattern: '^(https?://|/)' };
const settingsSchema = {
  type: 'object',
  required: ['siteName', 'support', 'adRules'],
  additionalProperties: false,
  properties: {
    siteName: perLanguage({ type: 'string', minLength: 1, maxLength: 100 }),
    support: perLanguage({
      type: 'object',
      required: ['title', 'text', 'linkText', 'href', 'ways'],
      additionalProperties: false,
      properties: {
        title: { type: 'string', minLength: 1, maxLength: 200 },
        text: { type: 'string', maxLength: 1000 },
        linkText: { type: 'string', minLength: 1, maxLength: 100 },
        href: link,
        ways: {
          type: 'array',
          maxItems: 10,
          items: { type: 'object', required: ['text', 'href'], additionalProperties: false, properties: { text: { type: 'string', minLength: 1, maxLength: 100 }, href: link } },
        },
      },
    }),
    adRules: {
      type: 'array',
      maxItems: 100,
      items: {
        type: 'object',
        required: ['afterParagraphs'],
        additionalProperties: false,
        properties: {
          kind: { type: 'string', enum: [...KINDS] },
          sectionId: { type: 'integer', minimum: 1 },
          afterParagraphs: { type: 'array', maxItems: 20, uniqueItems: true, items: { type: 'integer', minimum: 1, maximum: 200 } },
        },
      },
    },
  },
} as const;

/** Site settings editors change (name, support call to action, ad slots): admins only. */
export const settingsRoutes: FastifyPluginAsync<SettingsRouteOptions> = async (app, options) => {
  app.get('/settings', { config: { permission: 'settings.manage' }, schema: { tags: ['settings'], summary: 'Site settings (admins)', response: { 200: settingsSchema } } }, async () => {
    return siteSettings(options.site);
  });

  app.put<{ Body: SiteSettings }>(
    '/settings',
    { config: { permission: 'settings.manage' }, schema: { tags: ['settings'], summary: 'Replace site settings (admins)', body: settingsSchema, response: { 200: settingsSchema } } },
    async (req, reply) => {
      const member = requireMember(req);
      // A control character in a link is refused, not removed: the link would point elsewhere.
      const links = Object.values(req.body.support).flatMap((s) => [s.href, ...s.ways.map((w) => w.href)]);
      if (links.some(hasInvisibleCharacters)) return sendJsonError(reply, new MastheadError('INVALID_REQUEST', 'links must not hold control characters'));
      return saveSiteSettings(options.site, member.user.id, parseSiteSettings(req.body));
    },
  );
};

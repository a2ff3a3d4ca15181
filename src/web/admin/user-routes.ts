import type { FastifyPluginAsync } from 'fastify';
import { ROLES } from '../../domain/access.js';
import { LANGUAGES } from '../../domain/locale.js';
import { createUser } from '../../services/people/auth.js';
import { updateUser } from '../../services/people/manage-users.js';
import { cleanLine } from '../../domain/text.js';
import { requireMember, requireRole } from './member.js';
import type { AdminOptions } from './plugin.js';
import { publicUser } from './session-routes.js';
import { MastheadError } from '../../domain/errors.js';
import { sendJsonError } from '../error-answers.js';

const userSchema = {
  type: 'object',
  properties: {
    id: { type: 'integer' }, email: { type: 'string' }, name: { type: 'string' }, role: { type: 'string', enum: [...ROLES] },
    uiLang: { type: 'string', enum: [...LANGUAGES] }, authorId: { type: ['integer', 'null'] }, disabled: { type: 'boolean' },
  },
} as const;
const errorSchema = { type: 'object', properties: { error: { type: 'object', properties: { code: { type: 'string' }, message: { type: 'string' } } } } } as const;
/** A name of nothing but spaces and control characters is no name: refused before anything is written. */
const blankName = (name: string | undefined) => name !== undefined && cleanLine(name).trim() === '';
const blankNameError = () => new MastheadError('INVALID_REQUEST', 'name must not be blank');

const idParams = { type: 'object', required: ['id'], properties: { id: { type: 'integer', minimum: 1 } } } as const;

/** People and roles: admins manage everyone; every member may pick their interface language. */
export const userRoutes: FastifyPluginAsync<AdminOptions> = async (app, options) => {
  app.get('/users', { config: { permission: 'users.manage' }, schema: { tags: ['people'], summary: 'List newsroom members (admins)', response: { 200: { type: 'object', properties: { users: { type: 'array', items: userSchema } } }, 403: errorSchema } } }, async (req) => {
    return { users: (await options.auth.users.list()).map(publicUser) };
  });

  app.post<{ Body: { email: string; name: string; role: (typeof ROLES)[number]; password: string; uiLang?: (typeof LANGUAGES)[number] } }>(
    '/users',
    {
      config: { permission: 'users.manage' },
      schema: {
        tags: ['people'],
        summary: 'Add a newsroom member (admins)',
        body: {
          type: 'object',
          required: ['email', 'name', 'role', 'password'],
          additionalProperties: false,
          properties: {
            email: { type: 'string', format: 'email', maxLength: 254 }, name: { type: 'string', minLength: 1, maxLength: 200 },
            role: { type: 'string', enum: [...ROLES] }, password: { type: 'string', minLength: 1, maxLength: 1024 }, uiLang: { type: 'string', enum: [...LANGUAGES] },
          },
        },
        response: { 201: { type: 'object', properties: { user: userSchema } }, 400: errorSchema, 409: errorSchema, 422: errorSchema },
      },
    },
    async (req, reply) => {
      const member = requireMember(req);
      if (blankName(req.body.name)) return sendJsonError(reply, blankNameError());
      const user = await createUser(options.auth, member.user.id, { ...req.body, name: req.body.name.trim(), uiLang: req.body.uiLang ?? options.defaultLang });
      return reply.code(201).send({ user: publicUser(user) });
    },
  );

  app.patch<{ Params: { id: number }; Body: { name?: string; role?: (typeof ROLES)[number]; uiLang?: (typeof LANGUAGES)[number]; disabled?: boolean } }>(
    '/users/:id',
    {
      // Any member may change their own language; anything else needs users.manage, checked below.
      config: { permission: 'member' },
      schema: {
        tags: ['people'],
        summary: "Change a member's name, role, language or access; members may change their own language",
        params: idParams,
        body: {
          type: 'object',
          additionalProperties: false,
          minProperties: 1,
          properties: {
            name: { type: 'string', minLength: 1, maxLength: 200 }, role: { type: 'string', enum: [...ROLES] },
            uiLang: { type: 'string', enum: [...LANGUAGES] }, disabled: { type: 'boolean' },
          },
        },
        response: { 200: { type: 'object', properties: { user: userSchema } }, 400: errorSchema, 403: errorSchema, 404: errorSchema, 409: errorSchema },
      },
    },
    async (req, reply) => {
      const member = requireMember(req);
      if (blankName(req.body.name)) return sendJsonError(reply, blankNameError());
      const onlyOwnLanguage = req.params.id === member.user.id && Object.keys(req.body).every((k) => k === 'uiLang');
      if (!onlyOwnLanguage) requireRole(req, 'users.manage', 'manage people');
      return { user: publicUser(await updateUser(options.auth, member.user.id, req.params.id, req.body)) };
    },
  );
};

/**
 * `npm run masthead -- <command>`: the newsroom's command line.
 *
 *   user create --email E --name N --role admin|editor|author|contributor [--lang uk|ru|en]
 *   user reset-password --email E      (ends every session of that user)
 *   user unlock --email E              (lets a throttled account sign in again at once)
 *   user list
 *   api-key create --name "Partner app" [--requests-per-minute N]   (prints the secret once)
 *   api-key list
 *   api-key revoke --id N
 *
 * Passwords are read from a hidden prompt, or from the first line of piped standard input.
 */
import { parseArgs } from 'node:util';
import { ConfigError, loadConfig } from '../config/config.js';
import { isRole } from '../domain/access.js';
import { isLang } from '../domain/locale.js';
import { MastheadError } from '../domain/errors.js';
import { createUser, resetPassword, unlockSignIn, type AuthDeps } from '../services/people/auth.js';
import { AuditRepository } from '../storage/audit-repository.js';
import { DatabaseUnavailable, migrateToLatest, openDatabase } from '../storage/database.js';
import { SessionRepository } from '../storage/session-repository.js';
import { UserRepository } from '../storage/user-repository.js';
import { readPassword } from './read-password.js';
import { ApiKeyNotFound, ApiKeys, DEFAULT_REQUESTS_PER_MINUTE, MAX_REQUESTS_PER_MINUTE } from '../services/people/api-keys.js';
import { ApiKeyRepository } from '../storage/api-key-repository.js';
import type { DatabaseHandle } from '../storage/database.js';

const USAGE = `usage:
  npm run masthead -- user create --email EMAIL --name NAME --role admin|editor|author|contributor [--lang uk|ru|en]
  npm run masthead -- user reset-password --email EMAIL
  npm run masthead -- user unlock --email EMAIL
  npm run masthead -- user list
  npm run masthead -- api-key create --name NAME [--requests-per-minute N]
  npm run masthead -- api-key list
  npm run masthead -- api-key revoke --id ID`;

class UsageError extends Error {}

async function main(argv: string[]): Promise<number> {
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: {
      email: { type: 'string' }, name: { type: 'string' }, role: { type: 'string' }, lang: { type: 'string' }, help: { type: 'boolean', short: 'h' },
      id: { type: 'string' }, 'requests-per-minute': { type: 'string' },
    },
  });
  if (values.help || positionals.length === 0) {
    console.log(USAGE);
    return values.help ? 0 : 2;
  }
  const [area, command] = positionals;
  if (area === 'api-key') return apiKeyCommand(command, values);
  if (area !== 'user' || !['create', 'reset-password', 'unlock', 'list'].includes(command ?? '')) throw new UsageError(`unknown command: ${positionals.join(' ')}`);

  const config = loadConfig();
  const handle = await openDatabase(config.databaseUrl);
  try {
    await migrateToLatest(handle.db);
    const deps: AuthDeps = {
      users: new UserRepository(handle.db),
      sessions: new SessionRepository(handle.db),
      audit: new AuditRepository(handle.db),
      now: () => new Date(),
    };
    if (command === 'list') {
      for (const u of await deps.users.list()) console.log(`${u.id}\t${u.role}\t${u.email}\t${u.name}${u.disabled ? '\t(disabled)' : ''}`);
      return 0;
    }
    if (!values.email) throw new UsageError('--email is required');
    if (command === 'create') {
      if (!values.name?.trim()) throw new UsageError('--name is required');
      if (!isRole(values.role)) throw new UsageError('--role must be admin, editor, author or contributor');
      const lang = values.lang ?? config.defaultLanguage;
      if (!isLang(lang)) throw new UsageError('--lang must be uk, ru or en');
      const password = await readPassword('Password (at least 12 characters): ');
      const user = await createUser(deps, null, { email: values.email, name: values.name.trim(), role: values.role, password, uiLang: lang });
      console.log(`created ${user.role} ${user.email} (id ${user.id}); sign in at ${config.baseUrl}/admin/login`);
      return 0;
    }
    if (command === 'unlock') {
      const { user, cleared } = await unlockSignIn(deps, null, values.email);
      console.log(`sign-in unlocked for ${user.email} (${cleared} throttle${cleared === 1 ? '' : 's'} cleared); the unlock is in the audit log`);
      return 0;
    }
    const password = await readPassword('New password (at least 12 characters): ');
    const user = await resetPassword(deps, null, values.email, password);
    console.log(`password reset for ${user.email}; all of their sessions have ended`);
    return 0;
  } finally {
    await handle.close();
  }
}

/** Read-API keys: issued and revoked as the admin API does, recorded in the audit log without a user. */
async function apiKeyCommand(command: string | undefined, values: { name?: string; id?: string; 'requests-per-minute'?: string }): Promise<number> {
  if (!['create', 'list', 'revoke'].includes(command ?? '')) throw new UsageError(`unknown command: api-key ${command ?? ''}`);
  const rpm = values['requests-per-minute'] === undefined ? DEFAULT_REQUESTS_PER_MINUTE : Number(values['requests-per-minute']);
  if (!Number.isInteger(rpm) || rpm < 1 || rpm > MAX_REQUESTS_PER_MINUTE) throw new UsageError(`--requests-per-minute must be a whole number from 1 to ${MAX_REQUESTS_PER_MINUTE}`);
  const id = values.id === undefined ? undefined : Number(values.id);
  if (command === 'create' && !values.name?.trim()) throw new UsageError('--name is required');
  if (command === 'revoke' && (id === undefined || !Number.isSafeInteger(id) || id < 1)) throw new UsageError('--id must be a key id (see api-key list)');
  const config = loadConfig();
  const handle: DatabaseHandle = await openDatabase(config.databaseUrl);
  try {
    await migrateToLatest(handle.db);
    const keys = new ApiKeys({ db: handle.db, keys: new ApiKeyRepository(handle.db), audit: new AuditRepository(handle.db), now: () => new Date() });
    if (command === 'list') {
      for (const k of await keys.list()) {
        const state = k.revokedAt ? `revoked ${k.revokedAt.toISOString()}` : `active, last used ${k.lastUsedAt?.toISOString() ?? 'never'}`;
        console.log(`${k.id}\t${k.prefix}…\t${k.requestsPerMinute}/min\t${state}\t${k.name}`);
      }
      return 0;
    }
    if (command === 'create') {
      const { key, secret } = await keys.create(null, { name: values.name!.trim(), requestsPerMinute: rpm });
      console.log(`created API key ${key.id} "${key.name}" (${key.requestsPerMinute} requests per minute). The key, shown only now:\n${secret}`);
      return 0;
    }
    const key = await keys.revoke(null, id!);
    console.log(`revoked API key ${key.id} "${key.name}"; running servers stop accepting it within ten seconds`);
    return 0;
  } finally {
    await handle.close();
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error) => {
    if (error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      console.error(`masthead: ${(error as Error).message}\n${USAGE}`);
      process.exit(2);
    }
    if (error instanceof ApiKeyNotFound) console.error(`masthead: ${error.message}`);
    else if (error instanceof MastheadError && error.code === 'SIGN_IN_FAILED') console.error('masthead: no user with that email');
    else if (error instanceof MastheadError || error instanceof ConfigError || error instanceof DatabaseUnavailable) console.error(`masthead: ${error.message}`);
    else console.error('masthead: failed:', error);
    process.exit(1);
  },
);

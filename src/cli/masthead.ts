/**
 * `npm run masthead -- <command>`: the newsroom's command line.
 *
 *   user create --email E --name N --role admin|editor|author|contributor [--lang uk|ru|en]
 *   user reset-password --email E      (ends every session of that user)
 *   user list
 *
 * Passwords are read from a hidden prompt, or from the first line of piped standard input.
 */
import { parseArgs } from 'node:util';
import { ConfigError, loadConfig } from '../config/config.js';
import { isRole } from '../domain/access.js';
import { isLang } from '../domain/locale.js';
import { AuthError } from '../services/auth-errors.js';
import { createUser, resetPassword, type AuthDeps } from '../services/auth.js';
import { AuditRepository } from '../storage/audit-repository.js';
import { DatabaseUnavailable, migrateToLatest, openDatabase } from '../storage/database.js';
import { SessionRepository } from '../storage/session-repository.js';
import { UserRepository } from '../storage/user-repository.js';
import { readPassword } from './read-password.js';

const USAGE = `usage:
  npm run masthead -- user create --email EMAIL --name NAME --role admin|editor|author|contributor [--lang uk|ru|en]
  npm run masthead -- user reset-password --email EMAIL
  npm run masthead -- user list`;

class UsageError extends Error {}

async function main(argv: string[]): Promise<number> {
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: { email: { type: 'string' }, name: { type: 'string' }, role: { type: 'string' }, lang: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
  });
  if (values.help || positionals.length === 0) {
    console.log(USAGE);
    return values.help ? 0 : 2;
  }
  const [area, command] = positionals;
  if (area !== 'user' || !['create', 'reset-password', 'list'].includes(command ?? '')) throw new UsageError(`unknown command: ${positionals.join(' ')}`);

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
    const password = await readPassword('New password (at least 12 characters): ');
    const user = await resetPassword(deps, null, values.email, password);
    console.log(`password reset for ${user.email}; all of their sessions have ended`);
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
    if (error instanceof AuthError && error.code === 'SIGN_IN_FAILED') console.error('masthead: no user with that email');
    else if (error instanceof AuthError || error instanceof ConfigError || error instanceof DatabaseUnavailable) console.error(`masthead: ${error.message}`);
    else console.error('masthead: failed:', error);
    process.exit(1);
  },
);

import type { Kysely } from 'kysely';
import type { Role } from '../domain/access.js';
import type { Lang } from '../domain/locale.js';
import { toDate } from './dialect.js';
import type { Database } from './schema.js';
import { SignInThrottleRepository } from './sign-in-throttle-repository.js';

export type { User } from '../domain/user.js';
import type { User } from '../domain/user.js';

type UserRow = {
  id: number; email: string; name: string; role: string; ui_lang: string; author_id: number | null; disabled: number; created_at: Date | string;
};

const COLUMNS = ['id', 'email', 'name', 'role', 'ui_lang', 'author_id', 'disabled', 'created_at'] as const;

function rowToUser(r: UserRow): User {
  return {
    id: r.id, email: r.email, name: r.name, role: r.role as Role, uiLang: r.ui_lang as Lang,
    authorId: r.author_id, disabled: r.disabled === 1, createdAt: toDate(r.created_at),
  };
}

/** Emails are compared case-insensitively and stored trimmed and lower-cased. */
export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

export class UserRepository {
  /** The sign-in throttles, kept beside the accounts they protect. */
  readonly throttles: SignInThrottleRepository;

  constructor(private readonly db: Kysely<Database>) {
    this.throttles = new SignInThrottleRepository(db);
  }

  async create(input: { email: string; name: string; role: Role; passwordHash: string; uiLang: Lang; now: Date }): Promise<User> {
    const row = await this.db
      .insertInto('users')
      .values({
        email: normalizeEmail(input.email), name: input.name, role: input.role, password_hash: input.passwordHash,
        ui_lang: input.uiLang, author_id: null, created_at: input.now.toISOString(),
      })
      .returning(COLUMNS)
      .executeTakeFirstOrThrow();
    return rowToUser(row);
  }

  async findById(id: number): Promise<User | undefined> {
    const row = await this.db.selectFrom('users').select(COLUMNS).where('id', '=', id).executeTakeFirst();
    return row && rowToUser(row);
  }

  /** The user and their password hash, for signing in only. */
  async findCredentials(email: string): Promise<{ user: User; passwordHash: string } | undefined> {
    const row = await this.db
      .selectFrom('users')
      .select([...COLUMNS, 'password_hash'])
      .where('email', '=', normalizeEmail(email))
      .executeTakeFirst();
    return row && { user: rowToUser(row), passwordHash: row.password_hash };
  }

  async list(): Promise<User[]> {
    const rows = await this.db.selectFrom('users').select(COLUMNS).orderBy('name').execute();
    return rows.map(rowToUser);
  }

  async countAdmins(): Promise<number> {
    const row = await this.db
      .selectFrom('users')
      .select((eb) => eb.fn.countAll().as('n'))
      .where('role', '=', 'admin')
      .where('disabled', '=', 0)
      .executeTakeFirstOrThrow();
    return Number(row.n);
  }

  async setPassword(id: number, passwordHash: string): Promise<boolean> {
    const res = await this.db.updateTable('users').set({ password_hash: passwordHash }).where('id', '=', id).executeTakeFirst();
    return Number(res.numUpdatedRows) === 1;
  }

  async update(id: number, changes: Partial<Pick<User, 'name' | 'role' | 'uiLang' | 'disabled' | 'authorId'>>): Promise<User | undefined> {
    const set: Record<string, unknown> = {};
    if (changes.name !== undefined) set.name = changes.name;
    if (changes.role !== undefined) set.role = changes.role;
    if (changes.uiLang !== undefined) set.ui_lang = changes.uiLang;
    if (changes.disabled !== undefined) set.disabled = changes.disabled ? 1 : 0;
    if (changes.authorId !== undefined) set.author_id = changes.authorId;
    if (Object.keys(set).length > 0) await this.db.updateTable('users').set(set).where('id', '=', id).execute();
    return this.findById(id);
  }

  /** Remembers a sign-in attempt, for the audit trail (the throttles count on their own). */
  async recordAttempt(email: string, ip: string, succeeded: boolean, at: Date): Promise<void> {
    await this.db
      .insertInto('login_attempts')
      .values({ email: normalizeEmail(email), ip, at: at.toISOString(), succeeded: succeeded ? 1 : 0 })
      .execute();
  }
}

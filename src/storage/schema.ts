import type { ColumnType, Generated } from 'kysely';

/**
 * What the tables hold (snake_case). Repositories turn rows into domain objects (camelCase).
 *
 * Portable column choices, so one query code serves SQLite and PostgreSQL:
 * - moments are `timestamptz` on PostgreSQL and ISO-8601 UTC text on SQLite; both sort and compare
 *   correctly when written as `Date#toISOString()`, and read back as Date (pg) or string (SQLite);
 * - flags are integers 0/1 (better-sqlite3 cannot bind booleans);
 * - JSON (bodies, source lines, variants) is text, parsed by the repository.
 */

export type Moment = ColumnType<Date | string, string, string>;
export type NullableMoment = ColumnType<Date | string | null, string | null, string | null>;

export interface SectionTable {
  id: Generated<number>;
  position: number;
  created_at: Moment;
}

export interface SectionTranslationTable {
  section_id: number;
  lang: string;
  name: string;
  slug: string;
}

export interface TagTable {
  id: Generated<number>;
  created_at: Moment;
}

export interface TagTranslationTable {
  tag_id: number;
  lang: string;
  name: string;
  slug: string;
}

export interface AuthorTable {
  id: Generated<number>;
  photo_media_id: number | null;
  created_at: Moment;
}

export interface AuthorTranslationTable {
  author_id: number;
  lang: string;
  name: string;
  slug: string;
  title: string;
  bio: string;
}

export interface MediaTable {
  id: Generated<number>;
  path: string;
  width: number;
  height: number;
  mime: string;
  /** JSON: MediaVariant[] */
  variants: string;
  created_at: Moment;
}

export interface MediaTranslationTable {
  media_id: number;
  lang: string;
  caption: string;
  credit: string;
  alt: string;
}

export interface StoryTable {
  id: Generated<number>;
  created_by: ColumnType<number | null, number | null | undefined, number | null>;
  kind: string;
  section_id: number;
  importance: number;
  has_video: number;
  has_photos: number;
  created_at: Moment;
  modified_at: Moment;
}

export interface StoryVersionTable {
  story_id: number;
  lang: string;
  status: string;
  /** Copies of the story's kind, section and flags, kept in step by the repository, so that
   * every reader list is one indexed read of this table. */
  kind: string;
  section_id: number;
  importance: number;
  has_video: number;
  has_photos: number;
  headline: string;
  lead: string;
  /** JSON: Block[] */
  body: string;
  /** JSON: SourceAttribution | null */
  source: string | null;
  lead_media_id: number | null;
  published_at: NullableMoment;
  updated_at: NullableMoment;
  update_note: string | null;
  modified_at: Moment;
  /** Optimistic locking: raised by every save; a save naming an older value is refused. */
  lock_version: Generated<number>;
}

export interface StoryAuthorTable {
  story_id: number;
  author_id: number;
  position: number;
}

export interface StoryTagTable {
  story_id: number;
  tag_id: number;
  position: number;
}

/** One row per published version per tag (and per author): tag and author pages read these. */
export interface TagListingTable {
  tag_id: number;
  lang: string;
  published_at: Moment;
  story_id: number;
}

export interface AuthorListingTable {
  author_id: number;
  lang: string;
  published_at: Moment;
  story_id: number;
}

export interface StoryBackgroundTable {
  story_id: number;
  position: number;
  target_story_id: number;
}

export interface SettingTable {
  key: string;
  /** JSON */
  value: string;
}

export interface RedirectTable {
  from_path: string;
  to_path: string;
}

export interface UserTable {
  id: Generated<number>;
  email: string;
  name: string;
  role: string;
  password_hash: string;
  ui_lang: Generated<string>;
  author_id: number | null;
  disabled: Generated<number>;
  created_at: Moment;
}

export interface SessionTable {
  token_hash: string;
  user_id: number;
  csrf_token: string;
  created_at: Moment;
  expires_at: Moment;
  user_agent: string;
}

export interface LoginAttemptTable {
  id: Generated<number>;
  email: string;
  ip: string;
  at: Moment;
  succeeded: number;
}

/** One sign-in throttle: an account and address pair, an address, or an account (docs/decisions/0019). */
export interface SignInThrottleTable {
  scope: 'pair' | 'address' | 'account';
  email: string;
  ip: string;
  failures: number;
  blocked_until: NullableMoment;
  last_failure_at: Moment;
  last_success_at: NullableMoment;
}

export interface AuditLogTable {
  id: Generated<number>;
  at: Moment;
  user_id: number | null;
  action: string;
  subject: string;
  /** JSON */
  details: string;
}

export interface RevisionTable {
  id: Generated<number>;
  story_id: number;
  lang: string;
  lock_version: number;
  user_id: number | null;
  at: Moment;
  /** JSON: the version's editable fields as saved */
  data: string;
}

export interface JobTable {
  id: Generated<number>;
  kind: string;
  /** JSON */
  payload: string;
  run_at: Moment;
  done_at: NullableMoment;
  attempts: Generated<number>;
  last_error: string | null;
}

/** A key for the public read API; only the SHA-256 of its secret is kept. */
export interface ApiKeyTable {
  id: Generated<number>;
  name: string;
  /** The secret's first characters, to tell keys apart in lists ("mh_Ab12Cd"). */
  key_prefix: string;
  key_hash: string;
  created_by: number | null;
  created_at: Moment;
  revoked_at: NullableMoment;
  last_used_at: NullableMoment;
  requests_per_minute: number;
}

/** Published versions per language and newsroom-zone month: what the sitemap index lists. */
export interface SitemapMonthTable {
  lang: string;
  /** "2025-03" */
  month: string;
  url_count: number;
  newest_published: Moment;
  last_modified: Moment;
}

/**
 * One row per story version in the search index (any status). On PostgreSQL `terms` holds the
 * weighted tsvector; on SQLite the terms live in the FTS5 table `search_fts` (rowid = doc_id),
 * which queries reach through raw SQL.
 */
export interface SearchDocumentTable {
  story_id: number;
  lang: string;
  /** story_id * 4 + language index (uk 0, ru 1, en 2). */
  doc_id: ColumnType<number | string, number, number>;
  status: string;
  kind: string;
  section_id: number;
  published_at: NullableMoment;
  /** PostgreSQL only. */
  terms?: ColumnType<string, string, string>;
}

export interface Database {
  sections: SectionTable;
  section_translations: SectionTranslationTable;
  tags: TagTable;
  tag_translations: TagTranslationTable;
  authors: AuthorTable;
  author_translations: AuthorTranslationTable;
  media: MediaTable;
  media_translations: MediaTranslationTable;
  stories: StoryTable;
  story_versions: StoryVersionTable;
  story_authors: StoryAuthorTable;
  story_tags: StoryTagTable;
  story_background: StoryBackgroundTable;
  tag_listings: TagListingTable;
  author_listings: AuthorListingTable;
  settings: SettingTable;
  redirects: RedirectTable;
  users: UserTable;
  sessions: SessionTable;
  login_attempts: LoginAttemptTable;
  sign_in_throttles: SignInThrottleTable;
  audit_log: AuditLogTable;
  revisions: RevisionTable;
  jobs: JobTable;
  api_keys: ApiKeyTable;
  sitemap_months: SitemapMonthTable;
  search_documents: SearchDocumentTable;
}

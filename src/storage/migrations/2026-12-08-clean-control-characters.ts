import type { Kysely } from 'kysely';
import { cleanBody } from '../../domain/blocks.js';
import { cleanVersionFields, type VersionFields } from '../../domain/story.js';
import { cleanLine, cleanMultiline, cleanText } from '../../domain/text.js';

/**
 * Takes control characters, noncharacters and lone surrogates out of newsroom text stored before
 * validation cleaned it (docs/decisions/0016): names, captions, headlines, leads, bodies, source
 * lines, update notes, revisions, site settings, people's and keys' names, audit details. JSON
 * columns are parsed, cleaned and written back only when something changed, so a second run
 * writes nothing. Rows are read in ranges of ids, so a large archive is never held in memory.
 *
 * The search index holds terms made from this text: run `npm run reindex` once after upgrading
 * a database that held such characters (the terms of a word split by a control character change).
 */
export async function up(db: Kysely<any>): Promise<void> {
  const line = (v: unknown) => (typeof v === 'string' ? cleanLine(v) : v);
  const multi = (v: unknown) => (typeof v === 'string' ? cleanMultiline(v) : v);
  const json = (clean: (value: any) => unknown) => (v: unknown) => (typeof v === 'string' ? JSON.stringify(clean(JSON.parse(v))) : v);

  for (const [table, id] of [['section_translations', 'section_id'], ['tag_translations', 'tag_id']] as const)
    await cleanTable(db, table, [id, 'lang'], { name: line, slug: line }, slugKeeper(db, table));
  await cleanTable(db, 'author_translations', ['author_id', 'lang'], { name: line, slug: line, title: line, bio: multi }, slugKeeper(db, 'author_translations'));
  await cleanTable(db, 'media_translations', ['media_id', 'lang'], { caption: line, credit: line, alt: line });
  await cleanTable(db, 'story_versions', ['story_id', 'lang'], {
    headline: line,
    lead: multi,
    body: json((b) => cleanLinks(cleanBody(b))),
    source: json((s) => (s === null ? null : cleanLinks(cleanVersionFields({ headline: '', lead: '', body: [], source: s, leadMediaId: null }).source))),
    update_note: multi,
  });
  await cleanTable(db, 'revisions', ['id'], { data: json((d: VersionFields) => cleanLinks(cleanVersionFields(d))) });
  await cleanTable(db, 'users', ['id'], { name: line });
  await cleanTable(db, 'api_keys', ['id'], { name: line });
  await cleanTable(db, 'audit_log', ['id'], { details: json(cleanDeep) });
  const site = await db.selectFrom('settings').select('value').where('key', '=', 'site').executeTakeFirst();
  if (site) {
    const value = JSON.stringify(cleanDeep(JSON.parse(site.value)));
    if (value !== site.value) await db.updateTable('settings').set({ value }).where('key', '=', 'site').execute();
  }
}

export async function down(): Promise<void> {
  // Nothing to undo: the characters taken out meant nothing to readers.
}

const RANGE = 1000;
type Cleaner = (value: unknown) => unknown;
/** Given a row's key and its cleaned slug, the slug to store (one free in that language). */
type SlugKeeper = (key: Record<string, unknown>, slug: string) => Promise<string>;

/** Cleans `columns` of every row, `RANGE` ids of the first key column at a time. */
async function cleanTable(db: Kysely<any>, table: string, keys: string[], columns: Record<string, Cleaner>, keepSlug?: SlugKeeper): Promise<void> {
  const first = keys[0]!;
  const bounds = await db.selectFrom(table).select((eb) => [eb.fn.min(first).as('lo'), eb.fn.max(first).as('hi')]).executeTakeFirst();
  if (bounds?.lo === null || bounds?.lo === undefined) return;
  for (let lo = Number(bounds.lo); lo <= Number(bounds.hi); lo += RANGE) {
    const rows = await db
      .selectFrom(table)
      .select([...keys, ...Object.keys(columns)])
      .where(first, '>=', lo)
      .where(first, '<', lo + RANGE)
      .execute();
    for (const row of rows) {
      const set: Record<string, unknown> = {};
      for (const [column, clean] of Object.entries(columns)) {
        const value = row[column];
        const cleaned = clean(value);
        if (cleaned !== value) set[column] = cleaned;
      }
      if (typeof set.slug === 'string' && keepSlug) set.slug = await keepSlug(row, set.slug);
      if (Object.keys(set).length === 0) continue;
      let update = db.updateTable(table).set(set);
      for (const key of keys) update = update.where(key, '=', row[key]);
      await update.execute();
    }
  }
}

/**
 * A slug is unique per language: a cleaned one that is empty, not URL-shaped or taken becomes
 * `<cleaned>-<id>`, so the row stays reachable and no other page changes address.
 */
function slugKeeper(db: Kysely<any>, table: string): SlugKeeper {
  return async (key, slug) => {
    const id = Object.entries(key).find(([k]) => k.endsWith('_id'))![1];
    const base = slug.trim().toLowerCase().replace(/\s+/g, '-');
    const taken = async (s: string) => (await db.selectFrom(table).select('slug').where('lang', '=', key.lang).where('slug', '=', s).executeTakeFirst()) !== undefined;
    return base !== '' && /^[\p{Ll}\p{N}-]+$/u.test(base) && !(await taken(base)) ? base : `${base.replace(/[^\p{Ll}\p{N}-]/gu, '') || 'x'}-${id}`;
  };
}

/**
 * Links are refused at validation now, but stored ones cannot be: their control characters are
 * taken out (a link that held one did not work anyway).
 */
function cleanLinks(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(cleanLinks);
  if (value !== null && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, (k === 'href' || k === 'url') && typeof v === 'string' ? cleanLine(v) : cleanLinks(v)]));
  return value;
}

/** Every string in a JSON value cleaned, line breaks kept; keys too. */
function cleanDeep(value: unknown): unknown {
  if (typeof value === 'string') return cleanText(value, { multiline: true });
  if (Array.isArray(value)) return value.map(cleanDeep);
  if (value !== null && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [cleanText(k), cleanDeep(v)]));
  return value;
}

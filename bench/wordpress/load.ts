/**
 * The benchmark's archive as SQL for WordPress's tables, for a side-by-side run on the same
 * stories (bench/wordpress/README.md): every published Ukrainian version becomes a post with the
 * same id, date (Europe/Kyiv), headline, lead (the excerpt) and body (as our full-text feeds
 * write it), its section a category, its tags tags, its first author the post's author.
 *
 *   npx tsx bench/wordpress/load.ts [--stories N] [--paths FILE] | mysql wpbench
 *
 * Reads bench/data/search-<N>.db (made by `npm run bench`); writes to standard output, and with
 * `--paths` the posts' addresses (`/YYYY/MM/DD/<id>/`, one per line, for wrk) to FILE. The SQL
 * empties WordPress's posts, terms and users first (other than term 1 and user 1, the ones its
 * installer makes).
 */
import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import Database from 'better-sqlite3';
import type { Block } from '../../src/domain/blocks.js';
import { renderSyndicationBody } from '../../src/render/syndication-body.js';
import { DATA } from '../dataset.js';

const TIME_ZONE = 'Europe/Kyiv';
/** Ids of our authors, sections and tags are offset so as not to meet WordPress's own rows. */
const USER_BASE = 100;
const SECTION_BASE = 1_000;
const TAG_BASE = 2_000;
const BATCH = 500;

const { values } = parseArgs({ options: { stories: { type: 'string', default: '100000' }, paths: { type: 'string' } } });
const file = path.join(DATA, `search-${Number(values.stories)}.db`);
if (!existsSync(file)) {
  console.error(`no data set at ${file}: run \`npm run bench -- --stories ${values.stories}\` first`);
  process.exit(1);
}
const db = new Database(file, { readonly: true });
const out = (line: string) => process.stdout.write(line + '\n');

/** A MySQL string literal. */
function q(value: string): string {
  return `'${value.replace(/[\\'\0\n\r\x1a]/g, (c) => ({ '\\': '\\\\', "'": "\\'", '\0': '\\0', '\n': '\\n', '\r': '\\r', '\x1a': '\\Z' })[c]!)}'`;
}

const local = new Intl.DateTimeFormat('sv-SE', { timeZone: TIME_ZONE, dateStyle: 'short', timeStyle: 'medium' });
/** WordPress keeps each date twice, in the site's zone and in UTC, as "YYYY-MM-DD HH:MM:SS". */
function wpDates(iso: string): [string, string] {
  const at = new Date(iso);
  return [local.format(at), at.toISOString().slice(0, 19).replace('T', ' ')];
}

out('SET autocommit = 0; SET unique_checks = 0; SET foreign_key_checks = 0;');
out('DELETE FROM wp_posts; DELETE FROM wp_postmeta; DELETE FROM wp_comments; DELETE FROM wp_term_relationships;');
out('DELETE FROM wp_terms WHERE term_id > 1; DELETE FROM wp_term_taxonomy WHERE term_taxonomy_id > 1; DELETE FROM wp_users WHERE ID > 1;');

const authors = db.prepare(`select author_id as id, name, slug from author_translations where lang = 'uk'`).all() as { id: number; name: string; slug: string }[];
for (const a of authors) {
  out(
    'INSERT INTO wp_users (ID, user_login, user_pass, user_nicename, user_email, user_url, user_registered, user_activation_key, user_status, display_name) ' +
      `VALUES (${USER_BASE + a.id}, ${q(a.slug)}, '', ${q(a.slug)}, ${q(`${a.slug}@example.com`)}, '', '2024-01-01 00:00:00', '', 0, ${q(a.name)});`,
  );
}
const terms = [
  ...(db.prepare(`select section_id as id, name, slug from section_translations where lang = 'uk'`).all() as { id: number; name: string; slug: string }[]).map((t) => ({
    id: SECTION_BASE + t.id,
    name: t.name,
    slug: t.slug,
    taxonomy: 'category',
  })),
  ...(db.prepare(`select tag_id as id, name, slug from tag_translations where lang = 'uk'`).all() as { id: number; name: string; slug: string }[]).map((t) => ({
    id: TAG_BASE + t.id,
    name: t.name,
    slug: `tag-${t.slug}`,
    taxonomy: 'post_tag',
  })),
];
for (const t of terms) {
  out(`INSERT INTO wp_terms (term_id, name, slug, term_group) VALUES (${t.id}, ${q(t.name)}, ${q(t.slug)}, 0);`);
  out(`INSERT INTO wp_term_taxonomy (term_taxonomy_id, term_id, taxonomy, description, parent, count) VALUES (${t.id}, ${t.id}, '${t.taxonomy}', '', 0, 0);`);
}

const firstAuthor = new Map(
  (db.prepare('select story_id, author_id from story_authors where position = 0').all() as { story_id: number; author_id: number }[]).map((r) => [r.story_id, r.author_id]),
);
const versions = db.prepare(
  `select story_id, headline, lead, body, section_id, published_at, coalesce(updated_at, published_at) as modified
   from story_versions where lang = 'uk' and status = 'published' order by story_id`,
);
const origin = 'http://127.0.0.1';
let rows: string[] = [];
let posts = 0;
const addresses: string[] = [];
const flush = () => {
  if (rows.length === 0) return;
  out(
    'INSERT INTO wp_posts (ID, post_author, post_date, post_date_gmt, post_content, post_title, post_excerpt, post_status, comment_status, ping_status, ' +
      'post_password, post_name, to_ping, pinged, post_modified, post_modified_gmt, post_content_filtered, post_parent, guid, menu_order, post_type, post_mime_type, comment_count) VALUES\n' +
      rows.join(',\n') +
      ';',
  );
  rows = [];
};
for (const v of versions.iterate() as Iterable<{ story_id: number; headline: string; lead: string; body: string; section_id: number; published_at: string; modified: string }>) {
  const [date, dateGmt] = wpDates(v.published_at);
  const [modified, modifiedGmt] = wpDates(v.modified);
  const content = renderSyndicationBody({ lang: 'uk', timeZone: TIME_ZONE, origin, body: JSON.parse(v.body) as Block[], leadImage: null, media: {}, stories: {} });
  rows.push(
    `(${v.story_id}, ${USER_BASE + (firstAuthor.get(v.story_id) ?? 0)}, '${date}', '${dateGmt}', ${q(content)}, ${q(v.headline)}, ${q(v.lead)}, 'publish', 'closed', 'closed', ` +
      `'', '${v.story_id}', '', '', '${modified}', '${modifiedGmt}', '', 0, '${origin}/?p=${v.story_id}', 0, 'post', '', 0)`,
  );
  posts++;
  addresses.push(`/${date.slice(0, 10).replaceAll('-', '/')}/${v.story_id}/`);
  if (rows.length === BATCH) flush();
}
flush();

const relationships = [
  ...(db.prepare(`select story_id as post, section_id as term from story_versions where lang = 'uk' and status = 'published'`).all() as { post: number; term: number }[]).map(
    (r) => [r.post, SECTION_BASE + r.term],
  ),
  ...(
    db
      .prepare(
        `select st.story_id as post, st.tag_id as term from story_tags st
         join story_versions v on v.story_id = st.story_id and v.lang = 'uk' and v.status = 'published'`,
      )
      .all() as { post: number; term: number }[]
  ).map((r) => [r.post, TAG_BASE + r.term]),
];
for (let i = 0; i < relationships.length; i += 2_000) {
  out(`INSERT INTO wp_term_relationships (object_id, term_taxonomy_id, term_order) VALUES ${relationships.slice(i, i + 2_000).map(([p, t]) => `(${p}, ${t}, 0)`).join(', ')};`);
}
out('UPDATE wp_term_taxonomy tt SET count = (SELECT COUNT(*) FROM wp_term_relationships r WHERE r.term_taxonomy_id = tt.term_taxonomy_id);');
out('COMMIT;');
if (values.paths) writeFileSync(values.paths, addresses.join('\n') + '\n');
console.error(`${posts.toLocaleString('en')} posts, ${relationships.length.toLocaleString('en')} category and tag links, ${authors.length} authors`);

import type { Block, Inline } from '../../domain/blocks.js';
import type { Lang } from '../../domain/locale.js';
import type { Importance, Kind } from '../../domain/story.js';
import { AUTHOR_BEATS, AUTHORS } from './authors.js';
import { Ctx, t, toBlock, type L, type LBlock, type Template, type Written } from './kit.js';
import { INSTITUTIONS, OUTLET_MENTIONS, OUTLETS } from './outlets.js';
import { PHOTO_INDEX, PHOTOS_BY_SECTION } from './photos.js';
import { TAGS } from './tags.js';
import { COLUMN_TEMPLATES, NEWS_TEMPLATES } from './templates/index.js';
import type { DraftText, Rng, StoryDraft } from './types.js';

/**
 * A small, fast deterministic PRNG (mulberry32): the same seed gives the same newspaper.
 *
 * @example const rng = createRng(42); rng.int(6) // 0…5, the same every run
 */
export function createRng(seed: number): Rng {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let r = Math.imul(state ^ (state >>> 15), 1 | state);
    r = (r + Math.imul(r ^ (r >>> 7), 61 | r)) ^ r;
    return ((r ^ (r >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (maxExclusive) => Math.floor(next() * maxExclusive),
    pick<T>(items: readonly T[]): T {
      if (items.length === 0) throw new RangeError('cannot pick from an empty list');
      return items[Math.floor(next() * items.length)] as T;
    },
  };
}

// Lookups built once, so each call does no searching.
const OUTLET_NAMES = new Map(OUTLETS.map((o) => [o.key, o.name]));
const OUTLET_URLS = new Map(OUTLETS.map((o) => [o.key, o.url]));
const TAG_KEYS = new Set(TAGS.map((tag) => tag.key));
const STAFF = AUTHORS.filter((a) => !a.columnist).map((a) => a.key);
const COLUMNISTS = AUTHORS.filter((a) => a.columnist).map((a) => a.key);

function onBeat(pool: readonly string[], section: string): string[] {
  const fit = pool.filter((key) => AUTHOR_BEATS[key]?.includes(section));
  return fit.length > 0 ? fit : [...pool];
}

const SECTION_KEYS = new Set([...NEWS_TEMPLATES, ...COLUMN_TEMPLATES].map((tpl) => tpl.section));
const STAFF_BY_SECTION = new Map([...SECTION_KEYS].map((s) => [s, onBeat(STAFF, s)]));
const COLUMNISTS_BY_SECTION = new Map([...SECTION_KEYS].map((s) => [s, onBeat(COLUMNISTS, s)]));

/** Which languages a story exists in: half in all three, most of the rest in Ukrainian and Russian. */
const LANGUAGE_SETS: Array<[upTo: number, langs: Lang[]]> = [
  [0.49, ['uk', 'ru', 'en']],
  [0.74, ['uk', 'ru']],
  [0.84, ['uk', 'en']],
  [0.98, ['uk']],
  [0.99, ['ru']],
  [1, ['en']],
];

const ARTICLE_HEADINGS: L[] = [
  t('Контекст', 'Контекст', 'Background'),
  t('Подробиці', 'Подробности', 'The details'),
  t('Що варто знати', 'Что стоит знать', 'What you need to know'),
  t('Як до цього дійшло', 'Как к этому пришли', 'How we got here'),
];

const VIDEO_LABEL = t('Відео', 'Видео', 'Video');

const UPDATE_NOTES: L[] = [
  t('Додано коментар пресслужби.', 'Добавлен комментарий пресс-службы.', 'Adds a comment from the press office.'),
  t('Уточнено цифри в третьому абзаці.', 'Уточнены цифры в третьем абзаце.', 'Corrects figures in the third paragraph.'),
  t('Додано подробиці з офіційного повідомлення.', 'Добавлены подробности из официального сообщения.', 'Adds details from the official statement.'),
  t('Виправлено назву установи.', 'Исправлено название учреждения.', 'Corrects the name of the institution.'),
  t('Оновлено заголовок і лід.', 'Обновлены заголовок и лид.', 'Updates the headline and summary.'),
];
const VIDEO_NOTE = t('Додано відео.', 'Добавлено видео.', 'Adds video.');

const CONJUNCTION = t(' та ', ' и ', ' and ');
const VIDEO_ID_CHARS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

function pickKind(rng: Rng): Kind {
  const r = rng.next();
  return r < 0.75 ? 'news' : r < 0.9 ? 'article' : 'column';
}

function pickImportance(rng: Rng, kind: Kind): Importance {
  const r = rng.next();
  if (kind !== 'column' && r < 0.05) return 2;
  return r < 0.2 ? 1 : 0;
}

function pickLanguages(rng: Rng): Lang[] {
  const r = rng.next();
  for (const [upTo, langs] of LANGUAGE_SETS) if (r < upTo) return langs;
  return ['uk'];
}

/** The template's first tag, up to two more of its tags, and sometimes the city the story is set in. */
function pickTags(rng: Rng, template: Template, x: Ctx): string[] {
  const [first, ...rest] = template.tags;
  const tags = first === undefined ? [] : [first];
  const extra = rng.int(3);
  for (let i = 0; i < extra && rest.length > 0; i++) {
    const tag = rest.splice(rng.int(rest.length), 1)[0];
    if (tag !== undefined) tags.push(tag);
  }
  const place = x.places[0];
  if (place && TAG_KEYS.has(place.key) && tags.length < 4 && rng.next() < 0.7) tags.push(place.key);
  if (tags.length === 0) tags.push(template.section === 'regions' ? 'roads' : 'reforms');
  return tags;
}

/** Where each Rng is in its rotation of column templates. */
interface ColumnRotation {
  order: Template[];
  next: number;
}

const COLUMN_ROTATIONS = new WeakMap<Rng, ColumnRotation>();

/**
 * Columns are dealt out, not drawn: a few dozen columns on a handful of author pages would repeat
 * within a run if drawn at random. On its first column an Rng shuffles the column templates and starts
 * at the story's index; each later column takes the next template in that order, so the first
 * COLUMN_TEMPLATES.length columns of a run are all different. The rotation belongs to the Rng, so the
 * same seed and the same calls give the same columns, and a fresh Rng starts a fresh rotation.
 */
function nextColumn(rng: Rng, index: number): Template {
  let rotation = COLUMN_ROTATIONS.get(rng);
  if (!rotation) {
    const order = [...COLUMN_TEMPLATES];
    for (let i = order.length - 1; i > 0; i--) {
      const j = rng.int(i + 1);
      [order[i], order[j]] = [order[j] as Template, order[i] as Template];
    }
    rotation = { order, next: Number.isSafeInteger(index) && index > 0 ? index % order.length : 0 };
    COLUMN_ROTATIONS.set(rng, rotation);
  }
  const template = rotation.order[rotation.next] as Template;
  rotation.next = (rotation.next + 1) % rotation.order.length;
  return template;
}

function pickAuthors(rng: Rng, kind: Kind, section: string): string[] {
  if (kind === 'column') return [rng.pick(COLUMNISTS_BY_SECTION.get(section) ?? COLUMNISTS)];
  const pool = STAFF_BY_SECTION.get(section) ?? STAFF;
  const first = rng.pick(pool);
  if (rng.next() >= 0.15) return [first];
  const others = STAFF.filter((key) => key !== first);
  const beat = pool.filter((key) => key !== first);
  return [first, rng.pick(beat.length > 0 ? beat : others)];
}

function pickOutlets(rng: Rng, template: Template): string[] {
  const first = rng.pick(template.outlets);
  const others = template.outlets.filter((key) => key !== first);
  return others.length > 0 && rng.next() < 0.25 ? [first, rng.pick(others)] : [first];
}

function videoId(rng: Rng): string {
  let id = '';
  for (let i = 0; i < 11; i++) id += VIDEO_ID_CHARS[rng.int(VIDEO_ID_CHARS.length)];
  return id;
}

/** "Economic Herald and Regional News, citing the National Bank" in one language. */
function sourceText(lang: Lang, outlets: string[], citing: L | undefined): string {
  const names = outlets.map((key) => OUTLET_NAMES.get(key)?.[lang] ?? key).join(CONJUNCTION[lang]);
  if (!citing) return names;
  return lang === 'en' ? `${names}, ${citing.en}` : `${names} ${citing[lang]}`;
}

/** A paragraph that links the first source outlet: "Докладніше — у матеріалі видання «…»." */
function linkParagraph(lang: Lang, outlet: string): Block | undefined {
  const mention = OUTLET_MENTIONS[outlet];
  const href = OUTLET_URLS.get(outlet);
  if (!mention || !href) return undefined;
  const [before, text, after] = mention[lang];
  const content: Inline[] = [{ type: 'text', text: before }, { type: 'link', text, href }];
  if (after) content.push({ type: 'text', text: after });
  return { type: 'paragraph', content };
}

interface Layout {
  kind: Kind;
  heading: L | undefined;
  link: boolean;
  video: string | undefined;
}

function writeBody(lang: Lang, written: Written, layout: Layout, headline: string, outlet: string): Block[] {
  const blocks: LBlock[] = [...written.body];
  if (layout.kind === 'article') {
    if (layout.heading) blocks.push({ type: 'heading', text: layout.heading });
    blocks.push(...written.more);
  }
  const body = blocks.map((b) => toBlock(b, lang));
  if (layout.link) {
    const link = linkParagraph(lang, outlet);
    if (link) body.push(link);
  }
  if (layout.video) {
    const at = body.findIndex((b) => b.type === 'paragraph') + 1;
    body.splice(at, 0, { type: 'video', provider: 'youtube', videoId: layout.video, title: `${VIDEO_LABEL[lang]}: ${headline}` });
  }
  return body;
}

/**
 * Writes one demo story in the languages it exists in. Deterministic: the same seed and the same
 * sequence of calls give the same drafts (a column also depends on the columns this Rng has already
 * written). Cheap enough to call a million times in a few seconds.
 *
 * @example generateStory(createRng(7), 0).texts.uk?.headline
 */
export function generateStory(rng: Rng, index: number): StoryDraft {
  const kind = pickKind(rng);
  // Mixing in the index means a caller that seeds a fresh Rng per story still gets varied templates.
  const template =
    kind === 'column'
      ? nextColumn(rng, index)
      : (NEWS_TEMPLATES[(rng.int(NEWS_TEMPLATES.length) + index) % NEWS_TEMPLATES.length] as Template);
  const x = new Ctx(rng);
  const written = template.write(x);

  const section = template.section;
  const tags = pickTags(rng, template, x);
  const authors = pickAuthors(rng, kind, section);
  const importance = pickImportance(rng, kind);
  const hasVideo = rng.next() < 0.1;
  const hasPhotos = rng.next() < 0.1;
  const updated = rng.next() < 0.1;
  const langs = pickLanguages(rng);
  const sourceOutlets = pickOutlets(rng, template);
  const cites = template.citing && !sourceOutlets.some((key) => INSTITUTIONS.has(key)) && rng.next() < 0.8;
  const citing = cites && template.citing ? rng.pick(template.citing) : undefined;
  const photoKeys = template.photos ?? [];
  const photo =
    photoKeys.length > 0 ? (PHOTO_INDEX[rng.pick(photoKeys)] ?? 0) : rng.pick(PHOTOS_BY_SECTION[section] ?? [0]);
  // An article is body, heading, background, link and video: at most ten blocks, so the link may go.
  const articleBlocks = written.body.length + 1 + written.more.length + (hasVideo ? 1 : 0);
  const layout: Layout = {
    kind,
    heading: kind === 'article' ? rng.pick(ARTICLE_HEADINGS) : undefined,
    // Columns are opinion, not reports: they never end with "read the full report".
    link: kind === 'article' ? articleBlocks < 10 : kind === 'news' && rng.next() < 0.4,
    video: hasVideo ? videoId(rng) : undefined,
  };
  const note = updated ? (hasVideo && rng.next() < 0.3 ? VIDEO_NOTE : rng.pick(UPDATE_NOTES)) : undefined;

  const texts: StoryDraft['texts'] = {};
  for (const lang of langs) {
    const headline = written.headline[lang];
    const text: DraftText = {
      headline,
      lead: written.lead[lang],
      body: writeBody(lang, written, layout, headline, sourceOutlets[0] as string),
      sourceText: sourceText(lang, sourceOutlets, citing),
    };
    if (note) text.updateNote = note[lang];
    texts[lang] = text;
  }

  return { kind, section, tags, authors, importance, hasVideo, hasPhotos, texts, sourceOutlets, photo, updated };
}

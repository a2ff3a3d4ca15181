import { pageSizedFile } from '../../domain/crops.js';
import { isoWithOffset } from '../../domain/dates.js';
import type { Lang } from '../../domain/locale.js';
import type { StoryCard } from '../../domain/story.js';
import type { Author, Media, MediaVariant, Named, Section, Tag } from '../../domain/taxonomy.js';
import type { Paths } from '../../domain/urls.js';
import type { VersionDetail } from '../../services/reader/read-api.js';
import { renderSyndicationBody, type SyndicatedImage } from '../../render/syndication-body.js';

/**
 * Domain objects to the read API's JSON: snake_case fields, absolute URLs, moments with the
 * newsroom's UTC offset. Response schemas (schemas.ts) describe exactly these shapes.
 */
export interface ApiContext {
  paths: Paths;
  /** Public origin, without a trailing slash. */
  baseUrl: string;
  timeZone: string;
}

const abs = (ctx: ApiContext, path: string) => ctx.baseUrl + path;

function presentVariant(ctx: ApiContext, v: MediaVariant) {
  const crop = (v as { crop?: string }).crop;
  return { url: abs(ctx, ctx.paths.media(v.path)), width: v.width, height: v.height, mime: v.mime, ...(crop ? { crop } : {}) };
}

export function presentImageFile(ctx: ApiContext, m: Pick<Media, 'path' | 'width' | 'height' | 'mime' | 'variants'>) {
  return { url: abs(ctx, ctx.paths.media(m.path)), width: m.width, height: m.height, mime: m.mime, variants: m.variants.map((v) => presentVariant(ctx, v)) };
}

export function presentImage(ctx: ApiContext, m: Media) {
  return { id: m.id, ...presentImageFile(ctx, m), alt: m.alt, caption: m.caption, credit: m.credit };
}

function sectionRef(ctx: ApiContext, lang: Lang, sections: Named<Section>[], sectionId: number) {
  const s = sections.find((x) => x.id === sectionId)?.byLang[lang];
  return s ? { id: s.id, slug: s.slug, name: s.name, url: abs(ctx, ctx.paths.section(lang, s.slug)) } : null;
}

const tagRef = (ctx: ApiContext, lang: Lang, t: Tag) => ({ id: t.id, slug: t.slug, name: t.name, url: abs(ctx, ctx.paths.tag(lang, t.slug)) });
const authorRef = (ctx: ApiContext, lang: Lang, a: Author) => ({ id: a.id, slug: a.slug, name: a.name, title: a.title, url: abs(ctx, ctx.paths.author(lang, a.slug)) });

type SummaryInput = Pick<StoryCard, 'storyId' | 'lang' | 'kind' | 'sectionId' | 'importance' | 'hasVideo' | 'hasPhotos' | 'headline' | 'lead' | 'leadMediaId' | 'publishedAt' | 'updatedAt'>;

/** A language version as lists show it. */
export function presentSummary(ctx: ApiContext, sections: Named<Section>[], card: SummaryInput, tags: Tag[], authors: Author[], media: Map<number, Media>) {
  const image = card.leadMediaId ? media.get(card.leadMediaId) : undefined;
  return {
    id: card.storyId,
    lang: card.lang,
    kind: card.kind,
    url: abs(ctx, ctx.paths.story(card.lang, card.kind, card.publishedAt, card.storyId)),
    headline: card.headline,
    lead: card.lead,
    section: sectionRef(ctx, card.lang, sections, card.sectionId),
    tags: tags.map((t) => tagRef(ctx, card.lang, t)),
    authors: authors.map((a) => authorRef(ctx, card.lang, a)),
    importance: card.importance,
    has_video: card.hasVideo,
    has_photos: card.hasPhotos,
    published_at: isoWithOffset(card.publishedAt, ctx.timeZone),
    updated_at: card.updatedAt ? isoWithOffset(card.updatedAt, ctx.timeZone) : null,
    lead_image: image ? presentImage(ctx, image) : null,
  };
}

/** One story with every published language version. */
export function presentStory(ctx: ApiContext, sections: Named<Section>[], versions: VersionDetail[]) {
  const first = versions[0]!.version;
  return {
    id: first.storyId,
    kind: first.kind,
    versions: versions.map(({ version: v, authors, tags, media, related }) => {
      const bodyImageIds = [...new Set(v.body.flatMap((b) => (b.type === 'image' ? [b.mediaId] : [])))];
      return {
        ...presentSummary(ctx, sections, v, tags, authors, media),
        body: v.body,
        body_html: bodyHtml(ctx, v, media, related),
        body_images: bodyImageIds.flatMap((id) => {
          const m = media.get(id);
          return m ? [presentImage(ctx, m)] : [];
        }),
        source: v.source,
        update_note: v.updateNote,
      };
    }),
  };
}

/**
 * The body as HTML for front ends that do not render blocks themselves: the full-text feeds'
 * rendering (no ads or page chrome, absolute URLs, the lead photo left to `lead_image`).
 */
function bodyHtml(ctx: ApiContext, v: VersionDetail['version'], media: Map<number, Media>, related: VersionDetail['related']): string {
  const image = (m: Media): SyndicatedImage => {
    const file = pageSizedFile(m);
    return { src: abs(ctx, ctx.paths.media(file.path)), width: file.width, height: file.height, alt: m.alt, caption: m.caption, credit: m.credit };
  };
  return renderSyndicationBody({
    lang: v.lang,
    timeZone: ctx.timeZone,
    origin: ctx.baseUrl,
    body: v.body,
    leadImage: null,
    media: Object.fromEntries([...media].map(([id, m]) => [id, image(m)])),
    stories: Object.fromEntries([...related].map(([id, c]) => [id, { href: abs(ctx, ctx.paths.story(c.lang, c.kind, c.publishedAt, c.storyId)), headline: c.headline }])),
  });
}

/** Names, slugs and reader URLs of a section, tag or author in each language it has. */
function translations<T extends { slug: string }, R>(named: Named<T>, build: (lang: Lang, t: T) => R): Partial<Record<Lang, R>> {
  return Object.fromEntries((Object.entries(named.byLang) as [Lang, T][]).map(([lang, t]) => [lang, build(lang, t)]));
}

export function presentSection(ctx: ApiContext, s: Named<Section>) {
  const position = Object.values(s.byLang)[0]?.position ?? 0;
  return { id: s.id, position, translations: translations(s, (lang, t) => ({ name: t.name, slug: t.slug, url: abs(ctx, ctx.paths.section(lang, t.slug)) })) };
}

export function presentTag(ctx: ApiContext, t: Named<Tag>) {
  return { id: t.id, translations: translations(t, (lang, x) => ({ name: x.name, slug: x.slug, url: abs(ctx, ctx.paths.tag(lang, x.slug)) })) };
}

export function presentAuthor(ctx: ApiContext, a: Named<Author>, photos: Map<number, Media>) {
  const photoId = Object.values(a.byLang)[0]?.photoMediaId;
  const photo = photoId ? photos.get(photoId) : undefined;
  return {
    id: a.id,
    photo: photo ? presentImageFile(ctx, photo) : null,
    translations: translations(a, (lang, x) => ({ name: x.name, slug: x.slug, title: x.title, bio: x.bio, url: abs(ctx, ctx.paths.author(lang, x.slug)) })),
  };
}

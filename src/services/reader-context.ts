import type { Lang } from '../domain/locale.js';
import type { SiteSettings } from '../domain/settings.js';
import type { StoryCard } from '../domain/story.js';
import type { Media, Section } from '../domain/taxonomy.js';
import type { Repositories } from '../storage/repositories.js';
import type { Named } from '../storage/taxonomy-repository.js';

/** What reader-page services need: repositories and a clock (tests pass a fixed one). */
export interface ReaderDeps {
  repos: Repositories;
  now: () => Date;
}

/** What every reader page shows around its content. */
export interface PageFrame {
  lang: Lang;
  now: Date;
  sections: Named<Section>[];
  settings: SiteSettings;
  /** Stories editors pinned to the top of this edition's front page, in order. */
  pinned: number[];
  /** The recent-news stream, newest first. */
  stream: StoryCard[];
  /** Lead photos of every card on the page, loaded in one query by {@link withMedia}. */
  media: Map<number, Media>;
}

/** How many items the recent-news stream shows. */
export const STREAM_SIZE = 30;

/** Loads the frame shared by all reader pages: three queries (sections, settings, stream). */
export async function loadFrame(deps: ReaderDeps, lang: Lang, options: { stream?: boolean } = {}): Promise<PageFrame> {
  const now = deps.now();
  const [sections, { site: settings, pinned }, stream] = await Promise.all([
    deps.repos.taxonomy.listSections(),
    deps.repos.settings.loadForEdition(lang),
    options.stream === false ? Promise.resolve([]) : deps.repos.stories.listPublished({ lang, now, limit: STREAM_SIZE }),
  ]);
  return { lang, now, sections, settings, pinned, stream, media: new Map() };
}

/** Loads the lead photos (and any extra media ids) of all cards, in one query. */
export async function withMedia<F extends PageFrame>(deps: ReaderDeps, frame: F, cards: StoryCard[], extraIds: number[] = []): Promise<F> {
  const ids = [...cards.flatMap((c) => (c.leadMediaId ? [c.leadMediaId] : [])), ...extraIds];
  frame.media = await deps.repos.media.byIds(frame.lang, ids);
  return frame;
}

/** The section a story belongs to, in the page language. */
export function sectionOf(frame: PageFrame, sectionId: number): Section | undefined {
  return frame.sections.find((s) => s.id === sectionId)?.byLang[frame.lang];
}

import type { Lang } from '../../domain/locale.js';
import type { StoryCard } from '../../domain/story.js';
import type { Author, Section, Tag } from '../../domain/taxonomy.js';
import type { Named } from '../../storage/taxonomy-repository.js';
import { loadFrame, withMedia, type PageFrame, type ReaderDeps } from './reader-context.js';

/** Stories per page on section, tag and author pages. */
export const PAGE_SIZE = 20;
/** Deeper pages are refused: the day archive serves the long tail without deep OFFSET scans. */
export const MAX_PAGE = 500;

export type ListSubject =
  | { kind: 'section'; named: Named<Section> }
  | { kind: 'tag'; named: Named<Tag> }
  | { kind: 'author'; named: Named<Author> };

export interface ListPageData extends PageFrame {
  subject: ListSubject;
  page: number;
  stories: StoryCard[];
  hasOlder: boolean;
}

/** A section, tag or author page by slug; undefined when the slug is unknown or the page is empty. */
export async function composeListPage(
  deps: ReaderDeps,
  lang: Lang,
  kind: ListSubject['kind'],
  slug: string,
  page: number,
): Promise<ListPageData | undefined> {
  if (page < 1 || page > MAX_PAGE) return undefined;
  const frame = await loadFrame(deps, lang);
  const subject = await findSubject(deps, frame, kind, slug);
  if (!subject) return undefined;
  const filter =
    subject.kind === 'section' ? { sectionId: subject.named.id } : subject.kind === 'tag' ? { tagId: subject.named.id } : { authorId: subject.named.id };
  const rows = await deps.repos.stories.listPublished({ lang, now: frame.now, limit: PAGE_SIZE + 1, offset: (page - 1) * PAGE_SIZE, ...filter });
  if (rows.length === 0 && page > 1) return undefined;
  const stories = rows.slice(0, PAGE_SIZE);
  const photo = subject.kind === 'author' ? subject.named.byLang[lang]?.photoMediaId : undefined;
  return withMedia(deps, { ...frame, subject, page, stories, hasOlder: rows.length > PAGE_SIZE }, stories, photo ? [photo] : []);
}

export async function findSubject(deps: ReaderDeps, frame: PageFrame, kind: ListSubject['kind'], slug: string): Promise<ListSubject | undefined> {
  const { lang } = frame;
  if (kind === 'section') {
    const named = frame.sections.find((s) => s.byLang[lang]?.slug === slug);
    return named && { kind, named };
  }
  if (kind === 'tag') {
    const named = await deps.repos.taxonomy.findTagBySlug(lang, slug);
    return named && { kind, named };
  }
  const named = await deps.repos.taxonomy.findAuthorBySlug(lang, slug);
  return named && { kind, named };
}

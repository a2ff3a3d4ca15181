import type { Lang } from './locale.js';

/** A section of the paper (Politics, Economy…): name and slug per language. */
export interface Section {
  id: number;
  position: number;
  name: string;
  slug: string;
  lang: Lang;
}

export interface Tag {
  id: number;
  name: string;
  slug: string;
  lang: Lang;
}

export interface Author {
  id: number;
  name: string;
  slug: string;
  lang: Lang;
  /** Job title as shown on the author page: "Political correspondent". */
  title: string;
  bio: string;
  photoMediaId: number | null;
}

/**
 * A section, tag or author with its entry in each language that has one, e.g.
 * `{ id: 3, byLang: { uk: { slug: 'polityka', … }, en: { slug: 'politics', … } } }`.
 * storage/taxonomy-repository.ts returns values of this shape (it declares the same interface).
 */
export interface Named<T> {
  id: number;
  byLang: Partial<Record<Lang, T>>;
}

/** A stored image with its resized variants, and caption and credit in one language. */
export interface Media {
  id: number;
  path: string;
  width: number;
  height: number;
  mime: string;
  variants: MediaVariant[];
  caption: string;
  credit: string;
  alt: string;
}

export interface MediaVariant {
  width: number;
  height: number;
  path: string;
  mime: string;
  /**
   * Set on a cropped copy (16:9, 4:3 or 1:1) made for search engines and social cards
   * (see `domain/crops.ts`). Crops show a different frame, so they never join a `srcset`.
   */
  crop?: CropRatio;
}

/** The aspect ratios Google asks for in article images. */
export type CropRatio = '16x9' | '4x3' | '1x1';

/** A section, tag or author in every language it is named in (language switcher, hreflang). */
export interface Named<T> {
  id: number;
  byLang: Partial<Record<Lang, T>>;
}

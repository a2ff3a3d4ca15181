import type { CropRatio, Media, MediaVariant } from './taxonomy.js';

/**
 * Crops of a photo for search engines and social cards. Google asks for article images in 16:9,
 * 4:3 and 1:1, each at least 1200 px wide when the original allows
 * (https://developers.google.com/search/docs/appearance/structured-data/article#article-types).
 * Crops are extra files beside the width variants: never offered in a page's `srcset`.
 */

export const CROP_RATIOS: readonly CropRatio[] = ['16x9', '4x3', '1x1'];

/** The width we aim for: Google's minimum for large previews. */
export const CROP_WIDTH = 1200;

const RATIO: Record<CropRatio, [number, number]> = { '16x9': [16, 9], '4x3': [4, 3], '1x1': [1, 1] };

/**
 * The size of a crop: 1200 px wide when the original is wide and tall enough, else the largest
 * frame of that ratio the original holds (never upscaled).
 *
 * @example cropSize(1800, 1200, '16x9') // { width: 1200, height: 675 }
 * @example cropSize(1000, 800, '1x1') // { width: 800, height: 800 }
 */
export function cropSize(width: number, height: number, ratio: CropRatio): { width: number; height: number } {
  const [rw, rh] = RATIO[ratio];
  // The largest frame of the ratio inside the original, then scaled down to 1200 wide at most.
  const fitWidth = Math.min(width, Math.floor((height * rw) / rh));
  const w = Math.min(CROP_WIDTH, fitWidth);
  return { width: w, height: Math.round((w * rh) / rw) };
}

/** The width variants of an image, without crops: what `srcset`, thumbnails and AVIF copies use. */
export function widthVariants<V extends Pick<MediaVariant, 'crop'>>(variants: readonly V[]): V[] {
  return variants.filter((v) => !v.crop);
}

/** An image's crops, in the order Google lists them (16:9, 4:3, 1:1); missing ones are skipped. */
export function cropsOf<V extends Pick<MediaVariant, 'crop'>>(variants: readonly V[]): V[] {
  return CROP_RATIOS.flatMap((r) => variants.find((v) => v.crop === r) ?? []);
}

/**
 * The file to hand to feed readers and partner apps for a picture: the widest copy in the
 * original's format and frame that is at most 1200 px wide (the narrowest when all are wider).
 */
export function pageSizedFile(media: Pick<Media, 'path' | 'width' | 'height' | 'mime' | 'variants'>): MediaVariant {
  const original: MediaVariant = { width: media.width, height: media.height, path: media.path, mime: media.mime };
  // Crops frame the picture differently; this is the picture as the article shows it.
  const copies = [original, ...media.variants.filter((v) => v.mime === media.mime && v.crop === undefined)].sort((a, b) => a.width - b.width);
  return copies.filter((v) => v.width <= CROP_WIDTH).pop() ?? copies[0]!;
}

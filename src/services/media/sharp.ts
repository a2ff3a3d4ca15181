import type sharpModule from 'sharp';

let loading: Promise<typeof sharpModule> | undefined;

/**
 * The image library, loaded on first use: reader processes that never draw a logo or take a
 * photo upload do not map libvips and its memory (several megabytes per worker).
 *
 * @example const sharp = await loadSharp(); await sharp(bytes).metadata();
 */
export function loadSharp(): Promise<typeof sharpModule> {
  loading ??= import('sharp').then((m) => m.default);
  return loading;
}

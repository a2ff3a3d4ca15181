import type { Sharp } from 'sharp';
import { loadSharp } from './sharp.js';
import { CROP_RATIOS, cropSize } from '../../domain/crops.js';
import type { MediaVariant } from '../../domain/taxonomy.js';

/**
 * Writes the 16:9, 4:3 and 1:1 crops of a photo (JPEG, 1200 px wide where the original allows)
 * and returns them as variants marked with `crop`. `save` stores one file under the given name
 * and returns its media path, so uploads and the demo seed keep their own folders and clean-up.
 *
 * `attention` centres each crop on the busiest, most colourful part of the picture (faces,
 * bright detail) rather than its geometric middle; `centre` is cheaper, for generated pictures.
 * mozjpeg (on by default: smaller, progressive files) costs about three times the CPU of the
 * plain baseline encoder.
 *
 * @example const crops = await writeCrops(() => sharp(original), info, stem, write)
 */
export async function writeCrops(
  /** A fresh pipeline on the original picture for each crop, e.g. `() => sharp(jpegBytes)`. */
  original: () => Sharp,
  size: { width: number; height: number },
  stem: string,
  save: (name: string, data: Buffer) => Promise<string>,
  options: { position?: 'attention' | 'centre'; quality?: number; mozjpeg?: boolean } = {},
): Promise<MediaVariant[]> {
  const position = options.position === 'centre' ? 'centre' : (await loadSharp()).strategy.attention;
  // Three crops at once: sharp works on libuv's thread pool, so they share the cores.
  return Promise.all(
    CROP_RATIOS.map(async (crop): Promise<MediaVariant> => {
      const { width, height } = cropSize(size.width, size.height, crop);
      const data = await original()
        .resize(width, height, { fit: 'cover', position })
        .jpeg({ quality: options.quality ?? 80, ...(options.mozjpeg === false ? {} : { mozjpeg: true }) })
        .toBuffer();
      return { width, height, mime: 'image/jpeg', crop, path: await save(`${stem}-${crop}-${width}.jpg`, data) };
    }),
  );
}

/**
 * The bench's photographs: a few distinct small JPEGs (960×640: two widths each, so the
 * bench's own run stays short; grain so encoders do real work), written once per generated archive under `bench-images/` and
 * shared by every article with a lead image. Images are processed once per distinct file
 * (their cache key is their content), so the first build's image time is this many images'
 * worth, whatever the archive's size; the second build's is the cache lookups.
 */
import { mkdir } from "node:fs/promises";
import path from "node:path";
import sharp from "sharp";

export const BENCH_IMAGE_COUNT = 4;
export const BENCH_IMAGE_FOLDER = "bench-images";

export function benchImageSrc(index: number): string {
  return `/${BENCH_IMAGE_FOLDER}/lead-${index % BENCH_IMAGE_COUNT}.jpg`;
}

export async function writeBenchImages(articlesDir: string): Promise<number> {
  const folder = path.join(articlesDir, BENCH_IMAGE_FOLDER);
  await mkdir(folder, { recursive: true });
  const width = 960;
  const height = 640;
  for (let n = 0; n < BENCH_IMAGE_COUNT; n++) {
    const pixels = Buffer.alloc(width * height * 3);
    // A gradient with deterministic grain: distinct per image, compressible like a photo, not like noise.
    for (let i = 0; i < pixels.length; i++) pixels[i] = ((i % (width * 3)) / 12 + ((i * (2654435761 + n)) >>> 27) + n * 40) & 255;
    await sharp(pixels, { raw: { width, height, channels: 3 } }).jpeg({ quality: 82 }).toFile(path.join(folder, `lead-${n}.jpg`));
  }
  return BENCH_IMAGE_COUNT;
}

/**
 * Turns one image file into what the site publishes, with @11ty/eleventy-img: AVIF, WebP
 * and a fallback (JPEG, or PNG when the image has transparency) at a few widths, never
 * wider than the original, plus one fallback-format copy about 1200 px wide for link
 * previews (og:image, feeds, JSON-LD).
 *
 * Processed files live in a cache folder outside the output (IMAGE_CACHE_DIR, default
 * `.cache/images/`), with a manifest per source keyed by the SHA-256 of its bytes and the
 * recipe below: a build that finds the manifest and its files does no image work at all,
 * and each build links (or copies) the files into its fresh output folder (publish.ts).
 */
import { createHash } from "node:crypto";
import { mkdir, readFile, rename, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import sharp from "sharp";

/** Widths of the responsive set, in CSS pixels of a 1x to 2x screen for a 38rem column. */
export const WIDTHS = [480, 960, 1600] as const;
/** Link previews want about 1200 px (Open Graph's large card). */
export const SHARE_WIDTH = 1200;

/** Bump when the recipe changes, so cached results of the old one are not reused. */
const RECIPE = JSON.stringify({ v: 3, widths: WIDTHS, share: SHARE_WIDTH, formats: ["avif", "webp", "fallback"] });

export type ImageFormat = "avif" | "webp" | "jpeg" | "png";

export interface ImageVariant {
  format: ImageFormat;
  width: number;
  height: number;
  /** File name under the cache's `files/` and the output's `/img/`. */
  filename: string;
  bytes: number;
}

export interface ProcessedImage {
  key: string;
  /** Dimensions of the largest variant: what `width`/`height` on <img> say. */
  width: number;
  height: number;
  fallback: "jpeg" | "png";
  /** Every variant of the responsive set, smallest first within each format. */
  variants: ImageVariant[];
  share: ImageVariant;
}

export type ProcessResult = { ok: true; image: ProcessedImage; fromCache: boolean } | { ok: false; message: string };

export function imageCacheDirectory(env: NodeJS.ProcessEnv = process.env): string {
  return path.resolve(env.IMAGE_CACHE_DIR ?? ".cache/images");
}

export function filesFolder(cacheDir: string): string {
  return path.join(cacheDir, "files");
}

interface EleventyImageStat {
  format: string;
  width: number;
  height: number;
  filename: string;
  size: number;
}

type EleventyImage = (src: string, options: Record<string, unknown>) => Promise<Record<string, EleventyImageStat[]>>;

// A computed specifier: the package ships no type declarations; the one call is typed above.
const specifier = "@11ty/eleventy-img";
let eleventyImage: EleventyImage | undefined;
async function loadEleventyImage(): Promise<EleventyImage> {
  eleventyImage ??= ((await import(specifier)) as { default: EleventyImage }).default;
  return eleventyImage;
}

/**
 * Formats sharp can read that a browser's <img> can show once converted. An SVG (a chart, a
 * diagram) is drawn into the same raster sizes: a published SVG could carry script, which runs
 * on the site's origin when the file is opened on its own.
 */
const READABLE = new Set(["jpeg", "png", "webp", "avif", "heif", "gif", "tiff", "svg"]);

/** The dev server hashes a file again only when its time or size changed. */
const keys = new Map<string, { mtimeMs: number; size: number; key: string }>();

async function keyOf(file: string): Promise<string> {
  const info = await stat(file);
  const known = keys.get(file);
  if (known && known.mtimeMs === info.mtimeMs && known.size === info.size) return known.key;
  const key = createHash("sha256").update(RECIPE).update(await readFile(file)).digest("hex").slice(0, 32);
  keys.set(file, { mtimeMs: info.mtimeMs, size: info.size, key });
  return key;
}

async function exists(file: string): Promise<boolean> {
  return stat(file).then(
    () => true,
    () => false,
  );
}

async function cached(cacheDir: string, key: string): Promise<ProcessedImage | undefined> {
  let image: ProcessedImage;
  try {
    image = JSON.parse(await readFile(path.join(cacheDir, "manifest", `${key}.json`), "utf8")) as ProcessedImage;
  } catch {
    return undefined;
  }
  const files = [...image.variants, image.share].map((v) => path.join(filesFolder(cacheDir), v.filename));
  for (const file of files) if (!(await exists(file))) return undefined;
  return image;
}

function variantsOf(stats: Record<string, EleventyImageStat[]>): ImageVariant[] {
  return Object.values(stats)
    .flat()
    .map((s) => ({ format: s.format as ImageFormat, width: s.width, height: s.height, filename: s.filename, bytes: s.size }));
}

/**
 * eleventy-img computes a variant's height by rounding down, sharp writes it rounded to
 * nearest (1800×1200 at 1600 wide: 1066 said, 1067 written): `height` on <img> says what
 * the file holds, read from its header.
 */
async function measured(folder: string, variants: ImageVariant[]): Promise<ImageVariant[]> {
  return Promise.all(
    variants.map(async (variant) => {
      const { width, height } = await sharp(path.join(folder, variant.filename)).metadata();
      return { ...variant, width: width ?? variant.width, height: height ?? variant.height };
    }),
  );
}

function firstLine(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split("\n")[0]!.replace(/^Input (file|buffer) /, "");
}

/** Processes one file, or finds it processed in the cache; a file that is not a readable image is a message, not a throw. */
export async function processImage(file: string, cacheDir: string): Promise<ProcessResult> {
  let key: string;
  try {
    key = await keyOf(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return { ok: false, message: code === "ENOENT" ? "does not exist" : code === "EISDIR" ? "is a folder, not an image" : `cannot be read (${code ?? firstLine(error)})` };
  }
  const hit = await cached(cacheDir, key);
  if (hit) return { ok: true, image: hit, fromCache: true };
  // Two files with the same bytes (a photo copied beside two articles) are one conversion.
  const pending = inFlight.get(key);
  if (pending) return pending.then((result) => (result.ok ? { ...result, fromCache: true } : result));
  const conversion = convert(file, key, cacheDir).finally(() => inFlight.delete(key));
  inFlight.set(key, conversion);
  return conversion;
}

const inFlight = new Map<string, Promise<ProcessResult>>();

async function convert(file: string, key: string, cacheDir: string): Promise<ProcessResult> {
  let hasAlpha: boolean;
  try {
    const metadata = await sharp(file).metadata();
    if (!metadata.format || !READABLE.has(metadata.format)) {
      return { ok: false, message: `is not a photo or picture the site can publish (${metadata.format ?? "unknown"}); use JPEG, PNG, WebP or AVIF` };
    }
    hasAlpha = Boolean(metadata.hasAlpha);
  } catch (error) {
    return { ok: false, message: `is not an image (${firstLine(error)})` };
  }
  const fallback = hasAlpha ? "png" : "jpeg";
  const outputDir = filesFolder(cacheDir);
  // AVIF at effort 2, not sharp's 4: measured on a 1600 px photo, 3× faster (4.1 s against 12.8 s
  // on a busy machine) for a file 8% larger; a first build of a photo archive is mostly AVIF.
  // An SVG is drawn at its own size, as a photo is never enlarged: the page shows it as large as its author made it.
  const common = { outputDir, urlPath: "/img/", fixOrientation: true, formatFiltering: [], svgAllowUpscale: false, sharpOptions: { failOn: "error" }, sharpAvifOptions: { effort: 2 } };
  try {
    const image = await loadEleventyImage();
    const responsive = await measured(outputDir, variantsOf(await image(file, { ...common, widths: [...WIDTHS], formats: ["avif", "webp", fallback] })));
    const [share] = await measured(outputDir, variantsOf(await image(file, { ...common, widths: [SHARE_WIDTH], formats: [fallback] })));
    const largest = responsive.filter((v) => v.format === fallback).at(-1);
    if (!share || !largest) return { ok: false, message: "produced no image" };
    const processed: ProcessedImage = { key, width: largest.width, height: largest.height, fallback, variants: responsive, share };
    // Written last and renamed into place: a manifest only ever describes files that exist.
    const manifest = path.join(cacheDir, "manifest", `${key}.json`);
    await mkdir(path.dirname(manifest), { recursive: true });
    await writeFile(`${manifest}.${process.pid}`, JSON.stringify(processed));
    await rename(`${manifest}.${process.pid}`, manifest);
    return { ok: true, image: processed, fromCache: false };
  } catch (error) {
    return { ok: false, message: `could not be converted, the file may be damaged (${firstLine(error)})` };
  }
}

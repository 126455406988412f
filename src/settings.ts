/**
 * The build's settings from the environment, read once into one frozen object: SITE_URL
 * (docs/CONTRACT.md, "Environment"), ARTICLES_DIR, and the knobs tests and the bench turn.
 * The commands and page templates take what they need from it and pass it on as
 * parameters; nothing else reads `process.env`.
 */
import path from "node:path";
import { siteSettings, type SiteSettings } from "./_data/site.ts";

export interface Settings {
  site: SiteSettings;
  /** Where articles are read from: `articles/`, or ARTICLES_DIR (fixture archives in tests, the bench). */
  articlesDir: string;
  /** Articles per search bundle (SEARCH_SHARD_SIZE; tests use tiny shards to exercise merging). */
  searchShardSize: number;
  /**
   * Pages per Eleventy run (BUILD_PAGES_PER_PASS). Eleventy holds every page it renders until
   * its run ends (about twice the bytes written, as UTF-16 strings), so an archive of 100,000
   * articles in one run would need more than 8 GiB; in runs of 30,000 pages each stays near
   * 1.5 GiB. Tests use tiny passes to prove the output is the same.
   */
  pagesPerPass: number;
  /**
   * Bytes of output past which `npm run build` warns (SITE_SIZE_WARNING_BYTES): GitHub Pages
   * publishes sites of at most 1 GB. Tests set it tiny to see the warning.
   */
  siteSizeWarningBytes: number;
}

export const DEFAULT_SHARD_SIZE = 5_000;
export const PAGES_PER_PASS = 30_000;
/** GitHub Pages' limit on a published site: 1 GB, as GitHub counts it (10^9 bytes). */
export const GITHUB_PAGES_LIMIT = 1_000_000_000;

function positiveWhole(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const written = env[name];
  if (!written) return fallback;
  const value = Number(written);
  if (!Number.isInteger(value) || value < 1) throw new Error(`${name}: "${written}" is not a positive whole number`);
  return value;
}

export function readSettings(env: NodeJS.ProcessEnv): Settings {
  return Object.freeze({
    site: siteSettings(env),
    articlesDir: path.resolve(env.ARTICLES_DIR ?? "articles"),
    searchShardSize: positiveWhole(env, "SEARCH_SHARD_SIZE", DEFAULT_SHARD_SIZE),
    pagesPerPass: positiveWhole(env, "BUILD_PAGES_PER_PASS", PAGES_PER_PASS),
    siteSizeWarningBytes: positiveWhole(env, "SITE_SIZE_WARNING_BYTES", GITHUB_PAGES_LIMIT),
  });
}

/** Made once per process, when first imported. */
export const settings: Settings = readSettings(process.env);

import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { parse as parseToml } from "smol-toml";
import { parse as parseYaml } from "yaml";
import { isoDay, pad2, type PublicationDate } from "../_data/dates.ts";
import { toSlug } from "../model/slug.ts";

/**
 * Which generator a Markdown post comes from, and its old URL: learnt from the site's
 * configuration (Jekyll `_config.yml` `permalink:`, Hugo `[permalinks]`, Zola's `base_url`,
 * Eleventy's input folder) found above the post, or given as an `--old-url` pattern.
 */
export type Generator = "jekyll" | "hugo" | "zola" | "eleventy";

export interface SiteInfo {
  generator: Generator;
  root: string;
  config: Record<string, unknown>;
  /** Jekyll's `timezone:`, for times written without an offset. */
  timeZone?: string;
  /** The permalink pattern for posts, by section for Hugo ("" = any). */
  permalinks: Record<string, string>;
  /** Eleventy's input folder, which URLs are relative to. */
  inputDir: string;
}

const cache = new Map<string, SiteInfo | undefined>();

function readConfig(file: string): Record<string, unknown> {
  try {
    const text = readFileSync(file, "utf8");
    const data: unknown = file.endsWith(".toml") ? parseToml(text) : file.endsWith(".json") ? JSON.parse(text) : parseYaml(text);
    return data && typeof data === "object" ? (data as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

const JEKYLL_STYLES: Record<string, string> = {
  date: "/:categories/:year/:month/:day/:title:output_ext",
  pretty: "/:categories/:year/:month/:day/:title/",
  ordinal: "/:categories/:year/:y_day/:title:output_ext",
  none: "/:categories/:title:output_ext",
};

function siteAt(dir: string): SiteInfo | undefined {
  const jekyll = path.join(dir, "_config.yml");
  if (existsSync(jekyll) || existsSync(path.join(dir, "_config.yaml"))) {
    const config = readConfig(existsSync(jekyll) ? jekyll : path.join(dir, "_config.yaml"));
    const collections = config.collections as Record<string, { permalink?: unknown }> | undefined;
    const written = (typeof collections?.posts?.permalink === "string" && collections.posts.permalink) || (typeof config.permalink === "string" && config.permalink) || "date";
    const info: SiteInfo = { generator: "jekyll", root: dir, config, permalinks: { "": JEKYLL_STYLES[written] ?? written }, inputDir: dir };
    if (typeof config.timezone === "string") info.timeZone = config.timezone;
    return info;
  }
  for (const name of ["hugo.toml", "hugo.yaml", "hugo.json", "zola.toml", "config.toml", "config.yaml"]) {
    const file = path.join(dir, name);
    if (!existsSync(file) || (name.startsWith("config") && !existsSync(path.join(dir, "content")))) continue;
    const config = readConfig(file);
    // Zola's config.toml: `base_url` where Hugo writes `baseURL`; posts' URLs are their sections and slugs, or `path`.
    if ((name === "zola.toml" || name === "config.toml") && typeof config.base_url === "string") return { generator: "zola", root: dir, config, permalinks: {}, inputDir: path.join(dir, "content") };
    const permalinks: Record<string, string> = {};
    const table = config.permalinks;
    if (table && typeof table === "object") {
      for (const [section, pattern] of Object.entries(table as Record<string, unknown>)) {
        if (typeof pattern === "string") permalinks[section] = pattern;
        else if (pattern && typeof pattern === "object" && typeof (pattern as Record<string, unknown>).page === "object") {
          for (const [s, p] of Object.entries((pattern as Record<string, Record<string, unknown>>).page!)) if (typeof p === "string") permalinks[s] = p;
        }
      }
    }
    return { generator: "hugo", root: dir, config, permalinks, inputDir: path.join(dir, "content") };
  }
  for (const name of ["eleventy.config.js", "eleventy.config.mjs", "eleventy.config.cjs", "eleventy.config.ts", ".eleventy.js"]) {
    const file = path.join(dir, name);
    if (!existsSync(file)) continue;
    // The input folder as configured (`input: "content"`), else the site's folder.
    const input = /\binput\s*:\s*["'`]([^"'`]+)["'`]/.exec(readFileSync(file, "utf8"))?.[1];
    return { generator: "eleventy", root: dir, config: {}, permalinks: {}, inputDir: input ? path.join(dir, input) : dir };
  }
  return undefined;
}

/** The site a post belongs to: the nearest folder above it with a generator's configuration. */
export function siteOf(file: string): SiteInfo | undefined {
  let dir = path.dirname(path.resolve(file));
  const seen: string[] = [];
  for (;;) {
    if (cache.has(dir)) {
      const found = cache.get(dir);
      for (const d of seen) cache.set(d, found);
      return found;
    }
    seen.push(dir);
    const found = siteAt(dir);
    if (found) {
      for (const d of seen) cache.set(d, found);
      return found;
    }
    const parent = path.dirname(dir);
    if (parent === dir) {
      for (const d of seen) cache.set(d, undefined);
      return undefined;
    }
    dir = parent;
  }
}

/**
 * Where the old site was served, without a trailing "/": Jekyll's `url` and `baseurl`, Hugo's
 * `baseURL` ("https://gazette.example/blog"); the paths of its permalinks follow it.
 */
export function oldSiteAddress(site: SiteInfo | undefined): string | undefined {
  const config = site?.config ?? {};
  const text = (value: unknown) => (typeof value === "string" ? value.trim().replace(/\/+$/, "") : "");
  const address =
    site?.generator === "jekyll" ? text(config.url) + text(config.baseurl) : site?.generator === "hugo" ? text(config.baseURL ?? config.baseurl) : site?.generator === "zola" ? text(config.base_url) : "";
  return /^https?:\/\/[^/]/i.test(address) ? address : undefined;
}

export interface UrlParts {
  date: PublicationDate;
  /** Jekyll's :title, Hugo's :filename: the file's name without date and extension. */
  fileSlug: string;
  title: string;
  slug?: string;
  categories: string[];
  section: string;
}

/**
 * Expands a permalink pattern with Jekyll's and Hugo's placeholders. Unknown placeholders
 * make no URL (undefined), so a wrong guess is never written as an alias.
 */
export function expandPermalink(pattern: string, parts: UrlParts): string | undefined {
  const { date } = parts;
  const slug = parts.slug ? toSlug(parts.slug) || parts.slug : parts.fileSlug;
  const values: Record<string, string> = {
    year: String(date.year),
    short_year: String(date.year).slice(2),
    month: pad2(date.month),
    i_month: String(date.month),
    day: pad2(date.day),
    i_day: String(date.day),
    y_day: String(date.dateTime.ordinal).padStart(3, "0"),
    hour: pad2(date.dateTime.hour),
    minute: pad2(date.dateTime.minute),
    second: pad2(date.dateTime.second),
    title: parts.slug ? slug : parts.fileSlug,
    slug,
    slugorfilename: slug,
    filename: parts.fileSlug,
    contentbasename: parts.fileSlug,
    categories: parts.categories.map((c) => encodeURIComponent(c.toLowerCase().replace(/\s+/g, "-"))).join("/"),
    section: parts.section,
    sections: parts.section,
    output_ext: ".html",
  };
  let unknown = false;
  const url = pattern.replace(/:([a-z_]+)/g, (whole, name: string) => {
    const value = values[name];
    if (value === undefined) unknown = true;
    return value ?? whole;
  });
  if (unknown) return undefined;
  return `/${url.replace(/\/{2,}/g, "/").replace(/^\//, "")}`;
}

/** "2016-10-06-title.md" → "title", as Jekyll names posts. */
export function fileSlugOf(file: string): string {
  const base = path.basename(file, path.extname(file));
  return (base === "index" || base === "_index" ? path.basename(path.dirname(file)) : base).replace(/^\d{4}-\d{2}-\d{2}-/, "");
}

export function dateInFileName(file: string): string | undefined {
  return /^(\d{4}-\d{2}-\d{2})-/.exec(path.basename(file))?.[1];
}

export { isoDay };

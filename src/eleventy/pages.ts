/**
 * The edge between Eleventy's untyped API and this project's typed code: the subset of
 * the configuration API the config modules use, and `definePage`, which turns a typed
 * list of items into an Eleventy JavaScript template that writes one file per item.
 */
import type { SafeHtml } from "../render/html.ts";

export interface EleventyDirectories {
  input: string;
  output: string;
}

export interface EleventyEventArguments {
  /** The folders this run really uses (Eleventy 3), the output folder included. */
  directories: EleventyDirectories;
  runMode: "build" | "watch" | "serve";
}

export interface EleventyConfig {
  addPlugin(plugin: (config: EleventyConfig) => void | Promise<void>): void;
  addExtension(
    extensions: string | string[],
    options: { key: string } | { outputFileExtension: string; compile(source: string, inputPath: string): () => Promise<string> },
  ): void;
  addTemplateFormats(formats: string | string[]): void;
  addPassthroughCopy(copy: string | Record<string, string>): void;
  addWatchTarget(target: string): void;
  on(event: "eleventy.before" | "eleventy.after", listener: (event: EleventyEventArguments) => unknown): void;
  /** Before a watch-mode rebuild: the files whose change triggered it. */
  on(event: "eleventy.beforeWatch", listener: (changedFiles: string[]) => unknown): void;
  addGlobalData(name: string, value: unknown): void;
  ignores: { add(glob: string): void };
}

export type EleventyPlugin = (config: EleventyConfig) => void | Promise<void>;

export interface PageDefinition<Item> {
  /** One output file per item. */
  items(): readonly Item[] | Promise<readonly Item[]>;
  /** Root-relative output path: "/2026/02/26/slug/" writes …/index.html, "/feed.xml" writes that file. */
  url(item: Item): string;
  render(item: Item): string | SafeHtml | Promise<string | SafeHtml>;
  /**
   * Everything the page shows, as a cheap string. When given, the dev server's rebuilds
   * (see `enableIncrementalPages`) render and write only the items whose fingerprint
   * changed since the last build: the rest are already in the output folder.
   */
  fingerprint?(item: Item): string;
}

let incremental = false;
/**
 * URL → fingerprint of what was last written there, in this process. Module state, not per
 * template: Eleventy re-imports a template module on rebuilds, this module stays.
 */
const written = new Map<string, string>();
/** Fingerprints rendered by the current run: they count as written only once the run succeeds. */
const rendered = new Map<string, string>();
/** Every URL the templates of the current run would write, whether rendered again or skipped. */
let produced = new Set<string>();
/** The same, for the last run that succeeded: a URL in it and not in the next is a page to delete. */
let lastProduced: Set<string> | undefined;

/**
 * For `npm start` only: after the first build, pages with a `fingerprint` are rebuilt only
 * when it changed, so editing one article re-renders a handful of pages, not the archive.
 * One-shot builds always render everything.
 */
export function enableIncrementalPages(): void {
  incremental = true;
}

/** A template, layout or setting changed: every page may look different, so render them all again. */
export function forgetWrittenPages(): void {
  written.clear();
}

/** A dev-server run starts: what an earlier, failed run rendered was never confirmed. */
export function beginIncrementalRun(): void {
  rendered.clear();
  produced = new Set();
}

/**
 * A dev-server run succeeded: its pages count as written, and the URLs the previous good
 * run wrote that no template writes any more (a deleted or renamed article, a tag no
 * article has) are returned, for their files to be removed.
 */
export function finishIncrementalRun(): string[] {
  for (const [url, fingerprint] of rendered) written.set(url, fingerprint);
  rendered.clear();
  const gone = lastProduced ? [...lastProduced].filter((url) => !produced.has(url)) : [];
  for (const url of gone) written.delete(url);
  lastProduced = produced;
  return gone;
}

/**
 * One Eleventy run of a build that is split into several (see src/cli/build.ts). Eleventy
 * renders every page of a run before writing any, and keeps each page's HTML until the run
 * ends, so a run's memory grows with the bytes it writes: a large archive is written in
 * passes, each rendering every `count`-th item of every template, into the same folder.
 */
export interface BuildPass {
  index: number;
  count: number;
}

/** The global data key under which each Eleventy run is handed its pass (src/eleventy/runner.ts). */
export const BUILD_PASS_DATA = "buildPass";

function inPass<Item>(items: readonly Item[], pass: BuildPass | undefined): readonly Item[] {
  if (!pass || pass.count <= 1) return items;
  return items.filter((_, position) => position % pass.count === pass.index);
}

interface PaginatedData<Item> {
  item: Item;
}

/** What Eleventy instantiates for a `.11ty.ts` template. */
export interface EleventyTemplateClass {
  new (): { data(): Promise<Record<string, unknown>>; render(data: unknown): Promise<string> };
}

export function definePage<Item>(definition: PageDefinition<Item>): EleventyTemplateClass {
  const fingerprint = definition.fingerprint;
  return class {
    async data(): Promise<Record<string, unknown>> {
      let items = await definition.items();
      // The dev server is one run, never split into passes: every item is produced by it.
      if (incremental) for (const item of items) produced.add(definition.url(item));
      if (incremental && fingerprint) items = items.filter((item) => written.get(definition.url(item)) !== fingerprint(item));
      return {
        pageItems: items,
        pagination: {
          data: "pageItems",
          size: 1,
          alias: "item",
          before: (paged: readonly Item[], data: Record<string, unknown>) => inPass(paged, data[BUILD_PASS_DATA] as BuildPass | undefined),
        },
        permalink: (data: PaginatedData<Item>) => definition.url(data.item),
        eleventyExcludeFromCollections: true,
      };
    }

    async render(data: unknown): Promise<string> {
      const item = (data as PaginatedData<Item>).item;
      const output = String(await definition.render(item));
      if (incremental && fingerprint) rendered.set(definition.url(item), fingerprint(item));
      return output;
    }
  };
}

/**
 * The edge between Eleventy's untyped API and this project's typed code: the subset of
 * the configuration API the config modules use, and `definePage`, which turns a typed
 * list of items into an Eleventy JavaScript template that writes one file per item.
 */
import type { SafeHtml } from "./html.ts";

export interface EleventyDirectories {
  input: string;
  output: string;
}

export interface EleventyEventArguments {
  dir: EleventyDirectories;
  runMode: "build" | "watch" | "serve";
  outputMode: string;
}

export interface EleventyConfig {
  addPlugin(plugin: (config: EleventyConfig) => void | Promise<void>): void;
  addExtension(extensions: string | string[], options: { key: string }): void;
  addDataExtension(extensions: string, options: { parser: (contents: string, filePath: string) => unknown; read?: boolean }): void;
  addTemplateFormats(formats: string | string[]): void;
  addPassthroughCopy(copy: string | Record<string, string>): void;
  addWatchTarget(target: string): void;
  on(event: "eleventy.before" | "eleventy.after", listener: (event: EleventyEventArguments) => unknown): void;
  setServerOptions(options: Record<string, unknown>): void;
  setQuietMode(quiet: boolean): void;
  setWatchThrottleWaitTime(milliseconds: number): void;
  ignores: { add(glob: string): void };
}

export type EleventyPlugin = (config: EleventyConfig) => void | Promise<void>;

export interface PageDefinition<Item> {
  /** One output file per item. */
  items(): readonly Item[] | Promise<readonly Item[]>;
  /** Root-relative output path: "/2026/02/26/slug/" writes …/index.html, "/feed.xml" writes that file. */
  url(item: Item): string;
  render(item: Item): string | SafeHtml | Promise<string | SafeHtml>;
}

interface PaginatedData<Item> {
  item: Item;
}

/** What Eleventy instantiates for a `.11ty.ts` template. */
export interface EleventyTemplateClass {
  new (): { data(): Promise<Record<string, unknown>>; render(data: unknown): Promise<string> };
}

export function definePage<Item>(definition: PageDefinition<Item>): EleventyTemplateClass {
  return class {
    async data(): Promise<Record<string, unknown>> {
      return {
        pageItems: await definition.items(),
        pagination: { data: "pageItems", size: 1, alias: "item" },
        permalink: (data: PaginatedData<Item>) => definition.url(data.item),
        eleventyExcludeFromCollections: true,
      };
    }

    async render(data: unknown): Promise<string> {
      return String(await definition.render((data as PaginatedData<Item>).item));
    }
  };
}

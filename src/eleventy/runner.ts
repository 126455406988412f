/**
 * Runs Eleventy from code (the build command, the dev server, the bench). Eleventy ships
 * no type declarations, so its class is described here once.
 */
import path from "node:path";
import { BUILD_PASS_DATA, type BuildPass, type EleventyConfig } from "./pages.ts";

interface EleventyInstance {
  /** Reads the configuration; `write` does it itself, `watch` and `serve` need it done first. */
  init(): Promise<unknown>;
  write(): Promise<unknown>;
  watch(): Promise<unknown>;
  serve(port?: number): Promise<unknown>;
}

type EleventyClass = new (
  input: string,
  output: string,
  options: {
    configPath: string;
    quietMode?: boolean;
    runMode?: "build" | "serve" | "watch";
    /** Runs with the configuration, beside eleventy.config.ts: how a caller hands a run its parameters. */
    config?: (eleventyConfig: EleventyConfig) => void;
  },
) => EleventyInstance;

export const PROJECT_ROOT = path.resolve(import.meta.dirname, "../..");
export const CONFIG_PATH = path.join(PROJECT_ROOT, "eleventy.config.ts");
export const INPUT_DIR = path.join(PROJECT_ROOT, "src");

/** A run of the configured site; `pass` splits a large build into several runs (src/cli/build.ts). */
export async function createEleventy(output: string, runMode: "build" | "serve" | "watch" = "build", quietMode = true, pass?: BuildPass): Promise<EleventyInstance> {
  // A computed specifier: the package has no declarations, and this file describes it instead.
  const specifier = "@11ty/eleventy";
  const module = (await import(specifier)) as { default: EleventyClass };
  const eleventy = new module.default(path.relative(process.cwd(), INPUT_DIR) || ".", output, {
    configPath: CONFIG_PATH,
    quietMode,
    runMode,
    config: (eleventyConfig) => eleventyConfig.addGlobalData(BUILD_PASS_DATA, pass ?? { index: 0, count: 1 }),
  });
  silenceErrors(eleventy);
  return eleventy;
}

const SILENT_LOGGER = { isVerbose: false, message() {}, log() {}, warn() {}, error() {}, info() {}, forceLog() {}, logWithOptions() {} };

/**
 * Eleventy prints every failure itself, stack trace included, before throwing it; each
 * caller (build, dev server, bench) reports what it catches, once, so Eleventy's copy is
 * dropped. Its error handler is internal: this is the one place that reaches into it.
 */
function silenceErrors(eleventy: EleventyInstance): void {
  (eleventy as unknown as { errorHandler: { logger: unknown } }).errorHandler.logger = SILENT_LOGGER;
}

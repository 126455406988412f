import path from "node:path";
import { defineConfig } from "vitest/config";

export default defineConfig({
  root: path.resolve(import.meta.dirname, ".."),
  test: {
    include: ["tests/**/*.test.ts"],
    // Build and browser tests run real Eleventy builds and Chromium: give them time, and
    // keep to the machine's two cores.
    testTimeout: 180_000,
    hookTimeout: 300_000,
    pool: "forks",
    maxWorkers: 2,
    reporters: process.env.CI ? ["default", ["json", { outputFile: "tests/.output/results.json" }]] : ["default"],
  },
});

/**
 * The publishing workflow (.github/workflows/pages.yml): least privilege per job, actions
 * pinned to commits, no credentials left in the checkout, a time limit on every job, an
 * hourly run, and tests skipped only when nothing but articles changed.
 */
import { readFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { ROOT } from "../helpers/build.ts";

interface Step {
  uses?: string;
  with?: Record<string, unknown>;
}
interface Job {
  needs?: string | string[];
  if?: string;
  permissions?: Record<string, string>;
  "timeout-minutes"?: number;
  steps: Step[];
}
interface Workflow {
  on: Record<string, unknown>;
  permissions?: Record<string, string>;
  jobs: Record<string, Job>;
}

const text = await readFile(path.join(ROOT, ".github/workflows/pages.yml"), "utf8");
const workflow = parse(text) as Workflow;
const jobs = Object.entries(workflow.jobs);

describe("publishing workflow", () => {
  it("grants nothing by default and Pages' write and id-token rights to the deploy job only", () => {
    expect(workflow.permissions ?? {}).toEqual({});
    for (const [name, job] of jobs) {
      const permissions = job.permissions ?? {};
      const writes = Object.entries(permissions).filter(([, level]) => level === "write").map(([scope]) => scope);
      expect(writes.sort(), name).toEqual(name === "deploy" ? ["id-token", "pages"] : []);
    }
  });

  it("pins every action to a commit, with its version in a comment", () => {
    const uses = [...text.matchAll(/uses:\s*(\S+)(.*)$/gm)];
    expect(uses.length).toBeGreaterThan(0);
    for (const [, action, rest] of uses) {
      expect(action, action).toMatch(/^[\w.-]+\/[\w.-]+@[0-9a-f]{40}$/);
      expect(rest, action).toMatch(/#\s*v\d+(\.\d+)*/);
    }
  });

  it("checks out without keeping credentials, and limits every job's time", () => {
    for (const [name, job] of jobs) {
      expect(job["timeout-minutes"], name).toBeGreaterThan(0);
      for (const step of job.steps.filter((s) => s.uses?.startsWith("actions/checkout@"))) {
        expect(step.with?.["persist-credentials"], name).toBe(false);
      }
    }
  });

  it("runs every hour, and tests before building unless only articles changed", () => {
    expect(workflow.on.schedule).toEqual([{ cron: expect.stringMatching(/^\d+ \* \* \* \*$/) }]);
    const test = workflow.jobs.test!;
    expect(test.steps.some((s) => (s as { run?: string }).run === "npm test")).toBe(true);
    expect(test.if).toMatch(/needs\.changes\.outputs\.code == 'true'/);
    const build = workflow.jobs.build!;
    expect(build.needs).toEqual(["changes", "test"]);
    expect(build.if).toMatch(/needs\.test\.result == 'success' \|\| needs\.test\.result == 'skipped'/);
    expect(text).toMatch(/select\(startswith\("articles\/"\) \| not\)/);
  });
});

import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { canHold, scriptsOf } from "../../src/search/scripts.ts";
import { lanePins, parseCpuList } from "../../src/search/cpus.ts";

describe("the scripts of a text's letters", () => {
  it("names the script of every letter, and ignores digits, punctuation and marks", () => {
    expect([...scriptsOf("Talks in Geneva, 2026 — “ژنو” Москва 北京 東京で")].sort()).toEqual(["Arabic", "Cyrillic", "Han", "Hiragana", "Latin"]);
    expect([...scriptsOf("2026-02-26 — 12:00 !?")]).toEqual([]);
    expect([...scriptsOf("café naïve Øresund")]).toEqual(["Latin"]);
  });

  it("lets a bundle hold a query only when it has letters of every script in every word", () => {
    expect(canHold(["Latin"], ["talks", "geneva"])).toBe(true);
    expect(canHold(["Arabic"], ["talks"])).toBe(false);
    expect(canHold(["Arabic", "Latin"], ["ژنو", "Reuters"])).toBe(true);
    expect(canHold(["Latin"], ["ژنو talks"])).toBe(false);
    expect(canHold([], ["2026"])).toBe(true);
    expect(canHold(["Latin"], [])).toBe(true);
  });
});

describe("holding each indexing lane's Pagefind to a CPU", () => {
  it("reads the kernel's list of allowed CPUs", () => {
    expect(parseCpuList("0-1")).toEqual([0, 1]);
    expect(parseCpuList("2,4-6\n")).toEqual([2, 4, 5, 6]);
    expect(parseCpuList("")).toEqual([]);
    expect(parseCpuList("x")).toEqual([]);
  });

  it("gives each lane its own allowed CPU when there are no more CPUs than lanes and taskset is installed", () => {
    const env = { PATH: "/usr/bin:/bin" };
    // This machine's own CPUs, two of them as on the bench machine: taskset is tried on each.
    const [first, second = first] = parseCpuList(/^Cpus_allowed_list:\s*(.*)$/m.exec(readFileSync("/proc/self/status", "utf8"))?.[1] ?? "");
    const pins = lanePins(2, [first!, second!], env);
    if (!pins[0]) return expect.fail("taskset is not on /usr/bin or /bin here, or cannot hold a process to a CPU");
    expect(pins.map((pin) => pin?.cpu)).toEqual([first, second]);
    expect(pins[0].taskset).toMatch(/\/taskset$/);
  });

  it("leaves the processes to the system on larger machines, on one CPU, without taskset, and where taskset cannot hold a process to the CPU", () => {
    expect(lanePins(2, [0, 1, 2, 3], { PATH: "/usr/bin:/bin" })).toEqual([undefined, undefined]);
    expect(lanePins(2, [0], { PATH: "/usr/bin:/bin" })).toEqual([undefined, undefined]);
    expect(lanePins(2, [0, 1], { PATH: "/nowhere" })).toEqual([undefined, undefined]);
    expect(lanePins(2, [0, 4095], { PATH: "/usr/bin:/bin" })).toEqual([undefined, undefined]);
  });
});

import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { BundleLetters, canHold, scriptsOf } from "../../src/search/scripts.ts";
import { lanePins, parseCpuList } from "../../src/search/cpus.ts";

describe("the scripts of a text's letters", () => {
  it("names the script of every letter, and ignores digits, punctuation and marks", () => {
    expect([...scriptsOf("Talks in Geneva, 2026 — “ژنو” Москва 北京 東京で")].sort()).toEqual(["Arabic", "Cyrillic", "Han", "Hiragana", "Latin"]);
    expect([...scriptsOf("2026-02-26 — 12:00 !?")]).toEqual([]);
    expect([...scriptsOf("café naïve Øresund")]).toEqual(["Latin"]);
  });

  it("lets a bundle hold a query only when it has letters of every script in every word", () => {
    expect(canHold({ scripts: ["Latin"] }, ["talks", "geneva"])).toBe(true);
    expect(canHold({ scripts: ["Arabic"] }, ["talks"])).toBe(false);
    expect(canHold({ scripts: ["Arabic", "Latin"] }, ["ژنو", "Reuters"])).toBe(true);
    expect(canHold({ scripts: ["Latin"] }, ["ژنو talks"])).toBe(false);
    expect(canHold({ scripts: [] }, ["2026"])).toBe(true);
    expect(canHold({ scripts: ["Latin"] }, [])).toBe(true);
  });

  it("lets a bundle that lists its words in a script hold only the words starting one of them", () => {
    const persian = { scripts: ["Arabic", "Latin"], words: { Latin: ["farid", "geneve", "reuters"] } };
    expect(canHold(persian, ["Reuters"])).toBe(true);
    expect(canHold(persian, ["Genève"])).toBe(true);
    expect(canHold(persian, ["reut"])).toBe(true);
    expect(canHold(persian, ["talks"])).toBe(false);
    expect(canHold(persian, ["ژنو talks"])).toBe(false);
    // Words it does not list (its own script here) are never ruled out, nor digits.
    expect(canHold(persian, ["هرچیزی", "2026"])).toBe(true);
    const english = { scripts: ["Han", "Latin"], words: { Han: ["外交部长在北京举行会谈"] } };
    expect(canHold(english, ["北京"])).toBe(true);
    expect(canHold(english, ["上海"])).toBe(false);
  });
});

describe("the words a bundle lists", () => {
  const listed = (own: string | undefined, texts: string[], limit = 200) => {
    const letters = new BundleLetters(own, limit);
    for (const text of texts) letters.add(text);
    return letters.result().words;
  };

  it("names the scripts of every letter, listed or not", () => {
    const letters = new BundleLetters("Latin", 200);
    letters.add("Talks in Genève — ژنو, Москва 2026");
    expect(letters.result().scripts).toEqual(["Arabic", "Cyrillic", "Latin"]);
  });

  it("lists every script but its own, folded, each word once", () => {
    expect(listed("Arabic", ["گزارش میانجیگری از ژنو — Reuters, Genève", "REUTERS «Москва»"])).toEqual({ Cyrillic: ["москва"], Latin: ["geneve", "reuters"] });
    expect(listed("Latin", ["Talks in Genève: «Москва» and 北京举行, iPhone12"])).toEqual({ Cyrillic: ["москва"], Han: ["北京举行"] });
  });

  it("lists every script, its own too, for a bundle kept as written", () => {
    expect(listed(undefined, ["گفت‌وگو Reuters"])).toEqual({ Arabic: ["وگو", "گفت"], Latin: ["reuters"] });
  });

  it("finds a word of another script even inside a run of its own, and drops a script past the limit", () => {
    expect(listed("Latin", ["é—Москва"])).toEqual({ Cyrillic: ["москва"] });
    expect(listed("Arabic", ["one two three", "four"], 3)).toBeUndefined();
    expect(listed("Arabic", ["one two three"], 3)).toEqual({ Latin: ["one", "three", "two"] });
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

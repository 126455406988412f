import { describe, expect, it } from "vitest";
import { forEachConcurrently } from "../../src/util/concurrency.ts";

const tick = () => new Promise((resolve) => setTimeout(resolve, 1));

describe("forEachConcurrently", () => {
  it("does every item once, never more than the limit at a time", async () => {
    let running = 0;
    let peak = 0;
    const seen: number[] = [];
    await forEachConcurrently([...Array(20).keys()], 3, async (item, index) => {
      expect(item).toBe(index);
      running++;
      peak = Math.max(peak, running);
      await tick();
      seen.push(item);
      running--;
    });
    expect(seen.sort((a, b) => a - b)).toEqual([...Array(20).keys()]);
    expect(peak).toBe(3);
  });

  it("starts nothing new after a failure and rejects only once every worker has stopped", async () => {
    let running = 0;
    const started: number[] = [];
    const attempt = forEachConcurrently([...Array(10).keys()], 2, async (item) => {
      started.push(item);
      running++;
      await tick();
      running--;
      if (item === 1) throw new Error("item 1 failed");
      await tick();
    });
    await expect(attempt).rejects.toThrow("item 1 failed");
    expect(running).toBe(0);
    expect(started.length).toBeLessThan(10);
  });

  it("numbers the workers, so each can keep its own resources", async () => {
    const workers = new Set<number>();
    await forEachConcurrently(["a", "b", "c", "d"], 2, async (_item, _index, worker) => {
      workers.add(worker);
      await tick();
    });
    expect([...workers].sort()).toEqual([0, 1]);
  });
});

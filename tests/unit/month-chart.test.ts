import { describe, expect, it } from "vitest";
import { DEFAULT_CHART_LAYOUT, monthChart } from "../../src/listings/month-chart.ts";

const empty = () => Array.from({ length: 12 }, () => 0);

describe("month chart geometry", () => {
  it("draws a bar only for months with articles, in month order", () => {
    const counts = empty();
    counts[1] = 2;
    counts[11] = 1;
    const chart = monthChart(counts, 2);
    expect(chart.bars.map((b) => [b.month, b.count])).toEqual([
      [2, 2],
      [12, 1],
    ]);
  });

  it("scales bars to the archive's largest month, standing on the baseline", () => {
    const counts = empty();
    counts[0] = 10;
    counts[1] = 5;
    const { plotHeight } = DEFAULT_CHART_LAYOUT;
    const chart = monthChart(counts, 20);
    const [january, february] = chart.bars;
    expect(january!.height).toBe(plotHeight / 2);
    expect(february!.height).toBe(plotHeight / 4);
    for (const bar of chart.bars) expect(bar.y + bar.height).toBe(chart.baseline);
  });

  it("never lets the tallest bar leave the plot, even when scaleMax is too small", () => {
    const counts = empty();
    counts[3] = 40;
    const chart = monthChart(counts, 10);
    expect(chart.bars[0]!.height).toBe(DEFAULT_CHART_LAYOUT.plotHeight);
    expect(chart.bars[0]!.y).toBe(0);
  });

  it("keeps a one-article month visible and clickable next to a month of thousands", () => {
    const counts = empty();
    counts[0] = 1;
    counts[1] = 5000;
    const chart = monthChart(counts, 5000);
    expect(chart.bars[0]!.height).toBe(DEFAULT_CHART_LAYOUT.minBarHeight);
    expect(chart.bars[1]!.height).toBe(DEFAULT_CHART_LAYOUT.plotHeight);
  });

  it("puts twelve slots side by side without overlap, in whole units", () => {
    const counts = Array.from({ length: 12 }, (_, i) => i + 1);
    const chart = monthChart(counts, 12);
    expect(chart.width).toBe(DEFAULT_CHART_LAYOUT.slot * 12);
    expect(chart.labelXs).toHaveLength(12);
    chart.bars.forEach((bar, i) => {
      expect(Number.isInteger(bar.height)).toBe(true);
      expect(bar.x).toBeGreaterThanOrEqual(i * DEFAULT_CHART_LAYOUT.slot);
      expect(bar.x + bar.width).toBeLessThanOrEqual((i + 1) * DEFAULT_CHART_LAYOUT.slot);
      expect(chart.labelXs[i]).toBeGreaterThan(bar.x);
      expect(chart.labelXs[i]).toBeLessThan(bar.x + bar.width);
    });
    expect(chart.labelY).toBeGreaterThan(chart.baseline);
    expect(chart.labelY).toBeLessThanOrEqual(chart.height);
  });

  it("refuses anything but twelve months", () => {
    expect(() => monthChart([1, 2, 3], 3)).toThrow(/12 monthly counts/);
  });
});

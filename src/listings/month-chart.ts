/**
 * Geometry of the archive page's bar chart of articles per month: pure numbers, no markup,
 * so it can be tested without a build. One chart per year, twelve slots, drawn in SVG user
 * units; the page scales it with CSS.
 */

export interface ChartLayout {
  /** Width of one month's slot; the bar fills it minus `gap`. */
  slot: number;
  gap: number;
  /** Height available to the tallest bar. */
  plotHeight: number;
  /** Room under the bars for the month initials. */
  labelHeight: number;
  /** A month with one article still gets a bar this tall, so it can be seen and clicked. */
  minBarHeight: number;
}

export const DEFAULT_CHART_LAYOUT: ChartLayout = { slot: 20, gap: 4, plotHeight: 48, labelHeight: 14, minBarHeight: 3 };

export interface MonthBar {
  /** 1–12. */
  month: number;
  count: number;
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface MonthChartGeometry {
  width: number;
  height: number;
  /** Bottom of the bars, where the axis line is drawn. */
  baseline: number;
  /** Y of the labels' baseline. */
  labelY: number;
  /** Only months with articles: an empty month has no bar and no link. */
  bars: MonthBar[];
  /** The centre of every month's slot, January first, for its initial under the axis. */
  labelXs: number[];
}

/**
 * Lays out twelve monthly counts. `scaleMax` is the largest month of the whole archive, so
 * bars compare across years; heights are whole units (the SVG stays short) and never zero
 * for a month that has articles.
 */
export function monthChart(counts: readonly number[], scaleMax: number, layout: ChartLayout = DEFAULT_CHART_LAYOUT): MonthChartGeometry {
  if (counts.length !== 12) throw new RangeError(`monthChart needs 12 monthly counts, got ${counts.length}`);
  const max = Math.max(scaleMax, ...counts, 1);
  const baseline = layout.plotHeight;
  const bars: MonthBar[] = [];
  counts.forEach((count, index) => {
    if (!(count > 0)) return;
    const height = Math.min(layout.plotHeight, Math.max(layout.minBarHeight, Math.round((count / max) * layout.plotHeight)));
    bars.push({
      month: index + 1,
      count,
      x: index * layout.slot + layout.gap / 2,
      y: baseline - height,
      width: layout.slot - layout.gap,
      height,
    });
  });
  return {
    width: layout.slot * 12,
    height: layout.plotHeight + layout.labelHeight,
    baseline,
    labelY: layout.plotHeight + layout.labelHeight - 2,
    bars,
    labelXs: Array.from({ length: 12 }, (_, index) => index * layout.slot + layout.slot / 2),
  };
}

// The arithmetic of the observatory's charts, kept apart from the SVG so that it is unit-tested:
// a "nice" top of the axis, its ticks, and the geometry of bars and of a line over time. Counts
// only (never negative); an all-zero series still gets an axis from 0 to 1.

/** The smallest 1, 2, 2.5 or 5 × 10^k that is ≥ max (1 for an empty or all-zero series). */
export function niceMax(max: number): number {
  if (!Number.isFinite(max) || max <= 0) return 1;
  const power = 10 ** Math.floor(Math.log10(max));
  for (const step of [1, 2, 2.5, 5, 10]) {
    const candidate = step * power;
    // Rounding: 0.3 × 10 must not become 3.0000000000000004 and skip a step.
    if (candidate >= max - 1e-9 * power) return Number(candidate.toPrecision(12));
  }
  return 10 * power;
}

/**
 * Evenly spaced ticks from 0, at most about `count` intervals, the last one at or just above max.
 * The step is a "nice" number (1, 2, 2.5, 5 × 10^k) and a whole one: the charts count things, and
 * "2,5 diagnostics" would mean nothing. The top is the first multiple of the step ≥ max, so the
 * longest bar fills most of the axis (10 438 → 0, 5 000, 10 000, 15 000).
 */
export function countTicks(max: number, count = 4): number[] {
  const safeMax = Number.isFinite(max) && max > 0 ? max : 0;
  const step = Math.max(1, Math.ceil(niceMax(safeMax / count)));
  const top = Math.max(step, Math.ceil(safeMax / step) * step);
  const ticks: number[] = [];
  for (let value = 0; value <= top; value += step) ticks.push(value);
  return ticks;
}

/** value → length on an axis of `length` units whose top is `top`; clamped to the axis. */
export function scaleLength(value: number, top: number, length: number): number {
  if (top <= 0 || value <= 0) return 0;
  return (Math.min(value, top) / top) * length;
}

export interface BarBox {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * Horizontal bars, one row per category and one bar per series inside the row, left-aligned at
 * `x0`. `rowHeight` includes the gap between rows; the bars of a row share 80 % of it.
 */
export function horizontalBars(
  rows: readonly (readonly number[])[],
  options: { x0: number; width: number; top: number; rowHeight: number; y0?: number },
): BarBox[][] {
  const y0 = options.y0 ?? 0;
  return rows.map((values, rowIndex) => {
    const band = options.rowHeight * 0.8;
    const barHeight = values.length > 0 ? band / values.length : band;
    const rowTop = y0 + rowIndex * options.rowHeight + (options.rowHeight - band) / 2;
    return values.map((value, seriesIndex) => ({
      x: options.x0,
      y: rowTop + seriesIndex * barHeight,
      width: scaleLength(value, options.top, options.width),
      height: barHeight,
    }));
  });
}

export interface Point {
  x: number;
  y: number;
}

/**
 * Columns and points of a series over time: column i is centred on the i-th of `values.length`
 * equal slots between x0 and x0 + width; y grows downwards from the baseline at y0 + height.
 */
export function timeColumns(
  values: readonly number[],
  options: { x0: number; y0: number; width: number; height: number; top: number },
): { columns: BarBox[]; points: Point[] } {
  const slot = values.length > 0 ? options.width / values.length : options.width;
  const columnWidth = slot * 0.7;
  const baseline = options.y0 + options.height;
  const columns: BarBox[] = [];
  const points: Point[] = [];
  values.forEach((value, index) => {
    const height = scaleLength(value, options.top, options.height);
    const centre = options.x0 + slot * index + slot / 2;
    columns.push({ x: centre - columnWidth / 2, y: baseline - height, width: columnWidth, height });
    points.push({ x: centre, y: baseline - height });
  });
  return { columns, points };
}

/** Shows every label when they fit, otherwise one in `n` (the last always shown). */
export function labelEvery(count: number, maxLabels: number): (index: number) => boolean {
  if (count <= maxLabels || maxLabels <= 1) return () => true;
  const step = Math.ceil(count / maxLabels);
  // A label too close to the last one is dropped rather than drawn over it.
  return (index) => index === count - 1 || (index % step === 0 && count - 1 - index >= step);
}

/** An SVG number with at most two decimals, so that the markup stays short and stable. */
export function round2(value: number): number {
  return Math.round(value * 100) / 100;
}

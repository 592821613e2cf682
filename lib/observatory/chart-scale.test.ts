import { describe, expect, it } from "vitest";
import { countTicks, horizontalBars, labelEvery, niceMax, scaleLength, timeColumns } from "./chart-scale";

describe("niceMax", () => {
  it.each([
    [0, 1],
    [-3, 1],
    [Number.NaN, 1],
    [1, 1],
    [3, 5],
    [7, 10],
    [12, 20],
    [21, 25],
    [26, 50],
    [100, 100],
    [101, 200],
    [0.3, 0.5],
    [2400, 2500],
  ])("%s → %s", (max, expected) => {
    expect(niceMax(max)).toBe(expected);
  });
});

describe("countTicks", () => {
  it("goes from 0 to the first nice multiple at or above the maximum, in whole steps", () => {
    expect(countTicks(7)).toEqual([0, 2, 4, 6, 8]);
    expect(countTicks(100)).toEqual([0, 25, 50, 75, 100]);
    expect(countTicks(12)).toEqual([0, 5, 10, 15]);
    expect(countTicks(10438)).toEqual([0, 5000, 10000, 15000]);
    expect(countTicks(3)).toEqual([0, 1, 2, 3]);
  });

  it("still draws an axis for an all-zero series", () => {
    expect(countTicks(0)).toEqual([0, 1]);
  });

  it("never has fractional ticks", () => {
    for (const max of [1, 2, 3, 5, 9, 13, 250, 999, 12345]) {
      const ticks = countTicks(max);
      expect(ticks.every(Number.isInteger)).toBe(true);
      expect(ticks[ticks.length - 1]).toBeGreaterThanOrEqual(max);
      // The longest bar never uses less than half of the axis.
      expect(max / ticks[ticks.length - 1]).toBeGreaterThan(0.5);
      expect(ticks.length).toBeLessThanOrEqual(6);
    }
  });
});

describe("scaleLength", () => {
  it("is proportional and clamped to the axis", () => {
    expect(scaleLength(5, 10, 300)).toBe(150);
    expect(scaleLength(20, 10, 300)).toBe(300);
    expect(scaleLength(-1, 10, 300)).toBe(0);
    expect(scaleLength(3, 0, 300)).toBe(0);
  });
});

describe("horizontalBars", () => {
  it("puts one row per category and splits a row between the series", () => {
    const boxes = horizontalBars(
      [
        [10, 5],
        [0, 20],
      ],
      { x0: 100, width: 200, top: 20, rowHeight: 30 },
    );
    expect(boxes).toHaveLength(2);
    expect(boxes[0].map((box) => box.width)).toEqual([100, 50]);
    expect(boxes[1].map((box) => box.width)).toEqual([0, 200]);
    expect(boxes[0][0]).toMatchObject({ x: 100, y: 3, height: 12 });
    expect(boxes[0][1].y).toBe(15);
    expect(boxes[1][0].y).toBe(33);
  });
});

describe("timeColumns", () => {
  it("centres each value in its slot, from the baseline up", () => {
    const { columns, points } = timeColumns([0, 5, 10], { x0: 0, y0: 10, width: 300, height: 100, top: 10 });
    expect(points.map((point) => point.x)).toEqual([50, 150, 250]);
    expect(points.map((point) => point.y)).toEqual([110, 60, 10]);
    expect(columns[2]).toMatchObject({ height: 100, y: 10, width: 70, x: 215 });
    expect(columns[0].height).toBe(0);
  });
});

describe("labelEvery", () => {
  it("shows all labels when they fit", () => {
    const show = labelEvery(6, 12);
    expect([0, 1, 2, 3, 4, 5].every(show)).toBe(true);
  });

  it("thins out 24 months to about 8 labels, always keeping the last one", () => {
    const show = labelEvery(24, 8); // step 3
    const shown = Array.from({ length: 24 }, (_, index) => index).filter(show);
    expect(shown).toContain(0);
    expect(shown).toContain(23);
    expect(shown.length).toBeLessThanOrEqual(12);
    // Never two labels closer than the step (they would be drawn over each other).
    for (let i = 1; i < shown.length; i++) expect(shown[i] - shown[i - 1]).toBeGreaterThanOrEqual(3);
  });
});

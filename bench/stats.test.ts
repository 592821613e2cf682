import { describe, expect, it } from "vitest";
import { formatRatio, percentile, ratio, summarise } from "./stats";

describe("percentile (nearest rank)", () => {
  const hundred = Array.from({ length: 100 }, (_, i) => i + 1);
  it("reads the rank ceil(p × n)", () => {
    expect(percentile(hundred, 50)).toBe(50);
    expect(percentile(hundred, 95)).toBe(95);
    expect(percentile(hundred, 99)).toBe(99);
    expect(percentile(hundred, 100)).toBe(100);
    expect(percentile([7], 95)).toBe(7);
    expect(percentile([1, 2, 3], 0)).toBe(1);
  });
  it("is NaN without values", () => {
    expect(percentile([], 50)).toBeNaN();
  });
});

describe("summarise", () => {
  it("sorts before reading percentiles", () => {
    const summary = summarise([30, 10, 20, 40]);
    expect(summary).toMatchObject({ count: 4, p50: 20, p95: 40, p99: 40, mean: 25 });
  });
});

describe("ratio", () => {
  it("divides, or says it cannot", () => {
    expect(ratio(40, 100)).toBe(0.4);
    expect(ratio(1, 0)).toBeNull();
    expect(ratio(null, 3)).toBeNull();
    expect(ratio(3, undefined)).toBeNull();
    expect(formatRatio(ratio(1, 3))).toBe("0.33");
    expect(formatRatio(null)).toBe("—");
  });
});

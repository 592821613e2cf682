import { describe, expect, it } from "vitest";
import { createRandom, createWeightedPicker } from "./prng";

describe("createRandom", () => {
  it("gives the same sequence for the same seed, another for another seed", () => {
    const a = createRandom(17);
    const b = createRandom(17);
    const c = createRandom(18);
    const seqA = Array.from({ length: 5 }, () => a.next());
    expect(Array.from({ length: 5 }, () => b.next())).toEqual(seqA);
    expect(Array.from({ length: 5 }, () => c.next())).not.toEqual(seqA);
    expect(seqA.every((value) => value >= 0 && value < 1)).toBe(true);
  });

  it("draws integers within bounds, both ends reachable", () => {
    const random = createRandom(1);
    const seen = new Set(Array.from({ length: 500 }, () => random.int(2, 6)));
    expect([...seen].sort()).toEqual([2, 3, 4, 5, 6]);
  });

  it("samples distinct items, at most the list's length", () => {
    const random = createRandom(3);
    for (let i = 0; i < 50; i += 1) {
      const picked = random.sample(["a", "b", "c", "d", "e"], 3);
      expect(new Set(picked).size).toBe(3);
    }
    expect(random.sample([1, 2], 5).sort()).toEqual([1, 2]);
  });
});

describe("createWeightedPicker", () => {
  it("draws in proportion to the weights and never a zero weight", () => {
    const pick = createWeightedPicker([1, 0, 3]);
    const random = createRandom(5);
    const counts = [0, 0, 0];
    for (let i = 0; i < 4000; i += 1) counts[pick(random)] += 1;
    expect(counts[1]).toBe(0);
    expect(counts[2] / counts[0]).toBeGreaterThan(2.5);
    expect(counts[2] / counts[0]).toBeLessThan(3.5);
  });

  it("refuses all-zero weights", () => {
    expect(() => createWeightedPicker([0, 0])).toThrow();
  });
});

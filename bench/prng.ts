// A small deterministic pseudo-random generator (mulberry32): the bench dataset must be the same
// on every machine for a given seed, so that runs compare. Not for anything secret.

export interface Random {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [min, max], both included. */
  int(min: number, max: number): number;
  pick<T>(items: readonly T[]): T;
  /** `count` distinct items (fewer when the list is shorter), in random order. */
  sample<T>(items: readonly T[], count: number): T[];
  chance(probability: number): boolean;
}

export function createRandom(seed: number): Random {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  return {
    next,
    int,
    pick: (items) => items[Math.floor(next() * items.length)],
    sample(items, count) {
      // Partial Fisher–Yates on a copy of the indexes that are drawn: O(count) for small counts.
      const taken = new Map<number, number>();
      const result = [];
      const n = Math.min(count, items.length);
      for (let i = 0; i < n; i += 1) {
        const j = int(i, items.length - 1);
        const atJ = taken.get(j) ?? j;
        taken.set(j, taken.get(i) ?? i);
        result.push(items[atJ]);
      }
      return result;
    },
    chance: (probability) => next() < probability,
  };
}

/**
 * Picks indexes in proportion to their weights (e.g. communes by population): a cumulative table
 * built once, then a binary search per draw.
 */
export function createWeightedPicker(weights: readonly number[]): (random: Random) => number {
  const cumulative = new Float64Array(weights.length);
  let total = 0;
  weights.forEach((weight, index) => {
    total += Math.max(0, weight);
    cumulative[index] = total;
  });
  if (total <= 0) throw new Error("createWeightedPicker: every weight is zero");
  return (random) => {
    const target = random.next() * total;
    let low = 0;
    let high = cumulative.length - 1;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (cumulative[middle] > target) high = middle;
      else low = middle + 1;
    }
    return low;
  };
}

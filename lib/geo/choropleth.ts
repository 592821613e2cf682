// The colour classes of the map: up to five classes of counts, cut at quantiles of the non-zero
// counts (a few big cities would otherwise push every other département into the first class).

export const CLASS_COLOURS = ["#d6e4ef", "#a9c5dc", "#6f9cc0", "#3b6f98", "#19486a"] as const;
export const EMPTY_COLOUR = "#e4e8ec";

export interface CountClass {
  from: number;
  to: number;
  colour: string;
}

export function buildClasses(counts: number[], steps = CLASS_COLOURS.length): CountClass[] {
  const values = counts.filter((count) => count > 0).sort((a, b) => a - b);
  if (values.length === 0) return [];
  const uppers: number[] = [];
  for (let step = 1; step <= steps; step++) {
    const upper = values[Math.min(values.length - 1, Math.ceil((values.length * step) / steps) - 1)];
    if (uppers.length === 0 || upper > uppers[uppers.length - 1]) uppers.push(upper);
  }
  // The darkest colour always goes to the largest counts.
  const offset = CLASS_COLOURS.length - uppers.length;
  return uppers.map((to, index) => ({ from: index === 0 ? values[0] : uppers[index - 1] + 1, to, colour: CLASS_COLOURS[offset + index] }));
}

export function colourFor(count: number, classes: CountClass[]): string {
  if (count <= 0) return EMPTY_COLOUR;
  return classes.find((item) => count <= item.to)?.colour ?? classes[classes.length - 1]?.colour ?? EMPTY_COLOUR;
}

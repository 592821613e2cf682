// Pure helpers for the SDGs: readable text on the official colours (WCAG 2.1 contrast), and the
// grouping of the SDG 17 targets. Unit-tested beside.

const WHITE = "#ffffff";
/** The site's ink colour. */
const DARK = "#1e1e1e";

/** WCAG 2.1 relative luminance of a "#rrggbb" colour. */
export function relativeLuminance(hex: string): number {
  const value = /^#?([0-9a-f]{6})$/i.exec(hex.trim())?.[1];
  if (!value) throw new Error(`Not a #rrggbb colour: ${hex}`);
  const [r, g, b] = [0, 2, 4].map((start) => {
    const channel = parseInt(value.slice(start, start + 2), 16) / 255;
    return channel <= 0.04045 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
}

/**
 * White or dark text on an SDG colour, whichever contrasts more. Several official colours
 * (7 yellow, 6 and 14 blues, 11 orange) fail AA with white, which the UN's own icons use.
 */
export function readableTextColour(background: string): string {
  return contrastRatio(background, WHITE) >= contrastRatio(background, DARK) ? WHITE : DARK;
}

/** The colour to use when the database holds something that is not "#rrggbb". */
export const FALLBACK_SDG_COLOUR = "#19486a";

export function safeColour(colour: string): string {
  return /^#[0-9a-f]{6}$/i.test(colour.trim()) ? colour.trim() : FALLBACK_SDG_COLOUR;
}

export interface GroupedTarget<T> {
  group: string | null;
  subgroups: { subgroup: string | null; targets: T[] }[];
}

/**
 * Targets in their official order, grouped by group then subgroup: consecutive runs, so that the
 * order of the official list is kept even if a group came back later.
 */
export function groupTargets<T extends { group: string | null; subgroup: string | null }>(targets: T[]): GroupedTarget<T>[] {
  const groups: GroupedTarget<T>[] = [];
  for (const target of targets) {
    let group = groups.at(-1);
    if (!group || group.group !== target.group) {
      group = { group: target.group, subgroups: [] };
      groups.push(group);
    }
    let subgroup = group.subgroups.at(-1);
    if (!subgroup || subgroup.subgroup !== target.subgroup) {
      subgroup = { subgroup: target.subgroup, targets: [] };
      group.subgroups.push(subgroup);
    }
    subgroup.targets.push(target);
  }
  return groups;
}

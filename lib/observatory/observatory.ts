// Pure logic of the back-office observatory: its URL state (measure and scale of the map, région,
// period), the months of the time chart, and the tallies made in TypeScript after the SQL
// group-bys (ratings, maturity levels named from the templates, most recommended kits).
// No database here, so every function is unit-tested directly.
import { MAP_SCALES, type MapScale } from "@/lib/directory/directory";
import { rankKits, type KitCandidate, type KitWishes } from "@/lib/diagnostics/recommendations";
import { compareFrench } from "@/lib/text/sort";

export const OBSERVATORY_MEASURES = ["acteurs", "alliances", "diagnostics"] as const;
export type ObservatoryMeasure = (typeof OBSERVATORY_MEASURES)[number];

/** "12" and "24" months back from the current month, or everything ("tout"). */
export const OBSERVATORY_PERIODS = ["12", "24", "tout"] as const;
export type ObservatoryPeriod = (typeof OBSERVATORY_PERIODS)[number];

export interface ObservatoryParams {
  measure: ObservatoryMeasure;
  scale: MapScale;
  /** Région code (INSEE, "84"), or null for the whole country. Checked against the database later. */
  region: string | null;
  period: ObservatoryPeriod;
}

export const DEFAULT_OBSERVATORY_PARAMS: ObservatoryParams = { measure: "acteurs", scale: "region", region: null, period: "12" };

const REGION_CODE = /^\d{2}$/;

function first(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

function oneOf<T extends string>(values: readonly T[], value: string | undefined, fallback: T): T {
  return values.includes(value as T) ? (value as T) : fallback;
}

/** The URL search params of the page; anything unknown falls back to the default, never an error. */
export function parseObservatoryParams(raw: Record<string, string | string[] | undefined>): ObservatoryParams {
  const region = first(raw.region)?.trim() ?? "";
  return {
    measure: oneOf(OBSERVATORY_MEASURES, first(raw.mesure), DEFAULT_OBSERVATORY_PARAMS.measure),
    scale: oneOf(MAP_SCALES, first(raw.echelle), DEFAULT_OBSERVATORY_PARAMS.scale),
    region: REGION_CODE.test(region) ? region : null,
    period: oneOf(OBSERVATORY_PERIODS, first(raw.periode), DEFAULT_OBSERVATORY_PARAMS.period),
  };
}

/** The params as a query, defaults left out so that the plain page has a plain URL. */
export function observatoryQuery(params: ObservatoryParams): Record<string, string | undefined> {
  const d = DEFAULT_OBSERVATORY_PARAMS;
  return {
    mesure: params.measure === d.measure ? undefined : params.measure,
    echelle: params.scale === d.scale ? undefined : params.scale,
    region: params.region ?? undefined,
    periode: params.period === d.period ? undefined : params.period,
  };
}

// ───────────── Time ─────────────

/** The months the time chart shows: the period's, or 24 when the period is "everything". */
export function chartMonthCount(period: ObservatoryPeriod): number {
  return period === "12" ? 12 : 24;
}

/** First day of the earliest month counted (UTC), or null for no limit. */
export function periodStart(period: ObservatoryPeriod, now: Date): Date | null {
  if (period === "tout") return null;
  return monthStart(now, Number(period) - 1);
}

/** The first day (UTC) of the month `back` months before the one of `now`. */
export function monthStart(now: Date, back: number): Date {
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - back, 1));
}

/** "2026-03" keys of the `count` months ending with the month of `now`, oldest first. */
export function monthKeys(now: Date, count: number): string[] {
  return Array.from({ length: count }, (_, index) =>
    monthStart(now, count - 1 - index)
      .toISOString()
      .slice(0, 7),
  );
}

/** One value per month key, zero for months with no row. */
export function fillMonths(keys: readonly string[], rows: readonly { month: string; count: number }[]): { month: string; count: number }[] {
  const byMonth = new Map(rows.map((row) => [row.month, row.count]));
  return keys.map((month) => ({ month, count: byMonth.get(month) ?? 0 }));
}

// ───────────── Ratings ─────────────

export interface RatingSummary {
  /** Number of ratings of 1, 2, 3, 4 and 5, in that order. */
  counts: [number, number, number, number, number];
  total: number;
  /** Mean rating, one decimal; null when nobody rated. */
  average: number | null;
}

/** Ratings grouped by value → counts of 1 to 5 and the mean; values outside 1–5 are ignored. */
export function summariseRatings(rows: readonly { rating: number; count: number }[]): RatingSummary {
  const counts: RatingSummary["counts"] = [0, 0, 0, 0, 0];
  for (const row of rows) {
    if (Number.isInteger(row.rating) && row.rating >= 1 && row.rating <= 5) counts[row.rating - 1] += row.count;
  }
  const total = counts.reduce((sum, count) => sum + count, 0);
  const points = counts.reduce((sum, count, index) => sum + count * (index + 1), 0);
  return { counts, total, average: total === 0 ? null : Math.round((points / total) * 10) / 10 };
}

// ───────────── Maturity levels ─────────────

export interface TemplateLevels {
  active: boolean;
  version: number;
  levels: { level: number; name: string }[];
}

/** The levels of a stored template's content, read defensively (a malformed entry is skipped). */
export function readTemplateLevels(content: unknown): { level: number; name: string }[] {
  const levels = (content as { levels?: unknown } | null)?.levels;
  if (!Array.isArray(levels)) return [];
  return levels.flatMap((item) => {
    const { level, name } = (item ?? {}) as { level?: unknown; name?: unknown };
    return typeof level === "number" && typeof name === "string" && name.trim() ? [{ level, name }] : [];
  });
}

/**
 * Completed diagnostics per maturity level, named as the templates name them (never in code).
 * Versions of the questionnaire may rename a level: the active template's name wins, then the
 * newest version's that has the level; levels that no template names are shown as their number
 * (the caller's `fallbackName`). Every level of the active template is listed, even at zero.
 */
export function levelDistribution(
  rows: readonly { level: number; count: number }[],
  templates: readonly TemplateLevels[],
  fallbackName: (level: number) => string,
): { level: number; name: string; count: number }[] {
  const ordered = [...templates].sort((a, b) => Number(b.active) - Number(a.active) || b.version - a.version);
  const nameOf = (level: number) => {
    for (const template of ordered) {
      const found = template.levels.find((item) => item.level === level);
      if (found) return found.name;
    }
    return fallbackName(level);
  };
  const counts = new Map<number, number>();
  for (const row of rows) counts.set(row.level, (counts.get(row.level) ?? 0) + row.count);
  for (const item of ordered.find((template) => template.active)?.levels ?? []) if (!counts.has(item.level)) counts.set(item.level, 0);
  return [...counts.entries()].sort(([a], [b]) => a - b).map(([level, count]) => ({ level, name: nameOf(level), count }));
}

// ───────────── Most recommended kits ─────────────

/** What the kit ranking reads from a completed diagnostic, with how many diagnostics share it. */
export interface WishesGroup {
  level: number;
  priorities: readonly string[];
  audience: string | null;
  modes: readonly string[];
  count: number;
}

/**
 * How many completed diagnostics have each kit among the first `perDiagnostic` of their
 * recommendations, most recommended first (ties by title). The ranking is the report's own
 * (rankKits), run once per distinct group of wishes rather than once per diagnostic: thousands
 * of diagnostics share a few hundred combinations of level, priorities, audience and modes.
 */
export function tallyRecommendedKits<K extends KitCandidate>(
  groups: readonly WishesGroup[],
  kits: readonly K[],
  perDiagnostic: number,
): { kit: K; count: number }[] {
  const tally = new Map<string, { kit: K; count: number }>();
  for (const group of groups) {
    const wishes = {
      level: { level: group.level, name: "", description: "" },
      priorities: group.priorities,
      audience: group.audience,
      modes: group.modes,
    } as unknown as KitWishes;
    for (const { kit } of rankKits(kits, wishes).slice(0, perDiagnostic)) {
      const entry = tally.get(kit.id) ?? { kit, count: 0 };
      entry.count += group.count;
      tally.set(kit.id, entry);
    }
  }
  return [...tally.values()].sort((a, b) => b.count - a.count || compareFrench(a.kit.title, b.kit.title));
}

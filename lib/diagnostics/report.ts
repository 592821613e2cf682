// Pure pieces of the diagnostic report, shared by the page and the PDF: how stored scores are
// read back, the comparison with similar territories (with its anonymity threshold), and the
// geometry of the radar chart.
import { countOrganisations, meetsAnonymityThreshold } from "./anonymity";
import type { DiagnosticResult } from "./scoring";
import type { DiagnosticTemplate } from "./template.schema";

// ───────────── Stored scores ─────────────

/** The scores column as written by completeDiagnostic, or null for a draft or an odd row. */
export function readStoredResult(value: unknown): DiagnosticResult | null {
  if (typeof value !== "object" || value === null) return null;
  const result = value as Partial<DiagnosticResult>;
  if (typeof result.overall !== "number" || typeof result.axes !== "object" || result.axes === null || !result.level) return null;
  return {
    axes: result.axes,
    overall: result.overall,
    level: result.level,
    priorities: result.priorities ?? [],
    modes: result.modes ?? [],
    partnerKinds: result.partnerKinds ?? [],
    audience: result.audience ?? null,
    objectives: result.objectives ?? [],
  };
}

export interface AxisScore {
  id: string;
  label: string;
  score: number;
}

/** The scored axes in the template's order (axes no question can score are left out). */
export function axisScores(template: DiagnosticTemplate, result: Pick<DiagnosticResult, "axes">): AxisScore[] {
  return template.axes.filter((axis) => Object.hasOwn(result.axes, axis.id)).map((axis) => ({ id: axis.id, label: axis.label, score: result.axes[axis.id] }));
}

// ───────────── Comparison with similar territories ─────────────

/** "Similar" population: between half and twice the diagnosed territory's. */
export function similarPopulationRange(population: number): { min: number; max: number } {
  return { min: Math.ceil(population / 2), max: population * 2 };
}

export type Comparison = { status: "available"; count: number; average: number } | { status: "too-few"; count: number } | { status: "no-population" };

/** What the comparison needs of the comparable diagnostics: how many, from how many organisations, their overall scores' sum. */
export interface ComparisonAggregate {
  count: number;
  organisations: number;
  sum: number;
}

/**
 * The average overall score of comparable completed diagnostics, only when they meet the
 * anonymity threshold (./anonymity.ts: three diagnostics of one team would otherwise reveal that
 * team's scores). The database computes the aggregate (compareTerritory).
 */
export function compareAggregate(aggregate: ComparisonAggregate): Exclude<Comparison, { status: "no-population" }> {
  if (!meetsAnonymityThreshold(aggregate)) {
    return { status: "too-few", count: aggregate.count };
  }
  return { status: "available", count: aggregate.count, average: Math.round(aggregate.sum / aggregate.count) };
}

/** compareAggregate over rows already read: the reference the SQL aggregate is tested against. */
export function compareWithSimilar(rows: readonly { actorId: string; overall: number }[]): Exclude<Comparison, { status: "no-population" }> {
  return compareAggregate({
    count: rows.length,
    organisations: countOrganisations(rows),
    sum: rows.reduce((total, row) => total + row.overall, 0),
  });
}

// ───────────── Radar chart ─────────────

export interface Point {
  x: number;
  y: number;
}

export interface RadarGeometry {
  /** One spoke per axis, from the centre to the 100 mark, clockwise from the top. */
  spokes: Point[];
  /** The polygons of the 25, 50, 75 and 100 rings. */
  rings: Point[][];
  /** The scores' polygon. */
  shape: Point[];
  /** Where each axis label goes, just outside the 100 mark. */
  labels: (Point & { anchor: "start" | "middle" | "end" })[];
}

const RINGS = [25, 50, 75, 100];

function round(value: number): number {
  return Math.round(value * 100) / 100;
}

/**
 * Coordinates for a radar of `scores` (0–100) centred on (cx, cy) with the 100 mark at `radius`,
 * y growing downwards as in SVG (the PDF flips it). Fewer than three axes still draw, as a line.
 */
export function radarGeometry(scores: readonly number[], center: Point, radius: number): RadarGeometry {
  const count = Math.max(scores.length, 1);
  const at = (index: number, value: number): Point => {
    const angle = -Math.PI / 2 + (2 * Math.PI * index) / count;
    const r = (radius * Math.min(100, Math.max(0, value))) / 100;
    return { x: round(center.x + r * Math.cos(angle)), y: round(center.y + r * Math.sin(angle)) };
  };
  const indexes = scores.map((_, index) => index);
  return {
    spokes: indexes.map((index) => at(index, 100)),
    rings: RINGS.map((ring) => indexes.map((index) => at(index, ring))),
    shape: scores.map((score, index) => at(index, score)),
    labels: indexes.map((index) => {
      const point = at(index, 118);
      const dx = point.x - center.x;
      const anchor = Math.abs(dx) < radius * 0.1 ? "middle" : dx > 0 ? "start" : "end";
      return { ...point, anchor };
    }),
  };
}

export function toSvgPoints(points: readonly Point[]): string {
  return points.map((point) => `${point.x},${point.y}`).join(" ");
}

// ───────────── Published summaries (territory page) ─────────────

export interface PublishedSummary {
  count: number;
  averageOverall: number;
  /** The most frequent maturity level (the higher one on a tie). */
  level: { level: number; name: string };
  /** The most cited priorities, most cited first (first-ranked wins a tie). */
  priorities: string[];
}

/**
 * Figures across diagnostics, never which organisation answered what. Callers go through
 * summariseAnonymously, which decides first whether figures may be shown at all.
 */
export function summarisePublished(
  rows: readonly { level: { level: number; name: string }; overall: number; priorities: readonly string[] }[],
  topPriorities = 3,
): PublishedSummary | null {
  if (rows.length === 0) return null;
  const levels = new Map<number, { name: string; count: number }>();
  const priorities = new Map<string, { count: number; rankSum: number }>();
  for (const row of rows) {
    const level = levels.get(row.level.level) ?? { name: row.level.name, count: 0 };
    levels.set(row.level.level, { ...level, count: level.count + 1 });
    row.priorities.forEach((priority, rank) => {
      const current = priorities.get(priority) ?? { count: 0, rankSum: 0 };
      priorities.set(priority, { count: current.count + 1, rankSum: current.rankSum + rank });
    });
  }
  const [levelNumber, level] = [...levels.entries()].sort((a, b) => b[1].count - a[1].count || b[0] - a[0])[0];
  return {
    count: rows.length,
    averageOverall: Math.round(rows.reduce((total, row) => total + row.overall, 0) / rows.length),
    level: { level: levelNumber, name: level.name },
    priorities: [...priorities.entries()]
      .sort((a, b) => b[1].count - a[1].count || a[1].rankSum - b[1].rankSum || (a[0] < b[0] ? -1 : 1))
      .slice(0, topPriorities)
      .map(([priority]) => priority),
  };
}

export type SummaryRow = { actorId: string; level: { level: number; name: string }; overall: number; priorities: readonly string[] };

/** What a public page or the open data may show of some organisations' diagnostics. */
export type AnonymousSummary =
  | { status: "none"; organisations: 0; count: 0 }
  | { status: "too-few"; organisations: number; count: number }
  | ({ status: "available"; organisations: number } & PublishedSummary);

const NONE = { status: "none", organisations: 0, count: 0 } as const;

/**
 * The figures of summarisePublished only when the rows meet the anonymity threshold; otherwise
 * only how many organisations (and diagnostics) there are. The one gate every territory figure
 * drawn from diagnostics goes through.
 */
export function summariseAnonymously(rows: readonly SummaryRow[], topPriorities = 3): AnonymousSummary {
  const organisations = countOrganisations(rows);
  if (rows.length === 0) return NONE;
  if (!meetsAnonymityThreshold({ organisations, count: rows.length })) return { status: "too-few", organisations, count: rows.length };
  const summary = summarisePublished(rows, topPriorities);
  return summary ? { status: "available", organisations, ...summary } : NONE;
}

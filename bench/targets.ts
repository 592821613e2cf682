// The targets, checked against one run's results. Pure.
import type { LoadResult } from "./load.ts";
import type { SeqScanFinding } from "./plans.ts";
import { ratio } from "./stats.ts";
import type { ScenarioGroup } from "./scenarios.ts";

export const TARGETS = {
  searchP95Ms: 50,
  searchP95OverSql: 3,
  pageRpsOverBare: 0.4,
  territoryImportMs: 10_000,
  datasetMs: 180_000,
  firstLoadGzipBytes: 120_000,
};

export interface ScenarioResult {
  name: string;
  group: ScenarioGroup;
  path: string;
  skipped: string | null;
  http: LoadResult | null;
  sql: LoadResult | null;
  mainQuery: string | null;
  seqScans: (SeqScanFinding & { query: string })[];
  /** Page requests/s over the bare route's. */
  rpsRatio: number | null;
  /** Page p95 over its main query's p95 through pg. */
  p95Ratio: number | null;
  /** The baseline only: requests/s of each of its runs (at the start and at the end). */
  runsRps?: number[];
}

export interface TargetCheck {
  target: string;
  value: string;
  ok: boolean | null;
}

/**
 * The bare route is run first and again last: a machine still busy at the start (or slowed later)
 * would lower it, and every page's ratio over it would look better than it is. The higher of the
 * two runs is the ceiling.
 */
export function higherCeiling(first: ScenarioResult, last: ScenarioResult): ScenarioResult {
  const runsRps = [first, last].flatMap((result) => (result.http ? [result.http.rps] : []));
  const best = (last.http?.rps ?? -1) > (first.http?.rps ?? -1) ? last : first;
  return { ...best, runsRps };
}

export function withRatios(results: ScenarioResult[]): ScenarioResult[] {
  const bare = results.find((result) => result.group === "baseline")?.http?.rps;
  return results.map((result) => ({
    ...result,
    rpsRatio: result.group === "baseline" ? null : ratio(result.http?.rps, bare),
    p95Ratio: ratio(result.http?.latency.p95, result.sql?.latency.p95),
  }));
}

export function checkTargets(input: {
  scenarios: ScenarioResult[];
  territoriesMs: number | null;
  datasetMs: number | null;
  firstLoad: { route: string; gzipBytes: number; public: boolean }[];
  /** First-load JS of an empty Next.js page (bench/empty-page.ts), the floor; null if unmeasured. */
  emptyPageGzipBytes?: number | null;
}): TargetCheck[] {
  const checks: TargetCheck[] = [];
  const measured = input.scenarios.filter((result) => result.http && !result.skipped);
  for (const result of measured.filter((r) => r.group === "search")) {
    if (result.http!.requests === 0) {
      // Not one answer within the run: every target of the scenario is missed.
      checks.push({ target: `${result.name}: p95 ≤ ${TARGETS.searchP95Ms} ms`, value: "no request completed", ok: false });
      continue;
    }
    const p95 = result.http!.latency.p95;
    checks.push({ target: `${result.name}: p95 ≤ ${TARGETS.searchP95Ms} ms`, value: `${p95.toFixed(1)} ms`, ok: p95 <= TARGETS.searchP95Ms });
    checks.push({
      target: `${result.name}: p95 ≤ ${TARGETS.searchP95OverSql} × raw SQL p95`,
      value: result.p95Ratio === null ? "—" : `${result.p95Ratio.toFixed(2)} ×`,
      ok: result.p95Ratio === null ? null : result.p95Ratio <= TARGETS.searchP95OverSql,
    });
    checks.push({ target: `${result.name}: 0 errors`, value: String(result.http!.errors), ok: result.http!.errors === 0 });
  }
  for (const result of measured.filter((r) => r.group === "public" || r.group === "search")) {
    checks.push({
      target: `${result.name}: RPS ≥ ${TARGETS.pageRpsOverBare * 100} % of the bare route`,
      value: result.rpsRatio === null ? "—" : `${(result.rpsRatio * 100).toFixed(1)} %`,
      ok: result.rpsRatio === null ? null : result.rpsRatio >= TARGETS.pageRpsOverBare,
    });
  }
  if (input.territoriesMs !== null) {
    checks.push({
      target: "territory reference import ≤ 10 s",
      value: `${(input.territoriesMs / 1000).toFixed(1)} s`,
      ok: input.territoriesMs <= TARGETS.territoryImportMs,
    });
  }
  if (input.datasetMs !== null) {
    checks.push({ target: "full bench dataset ≤ 3 min", value: `${(input.datasetMs / 1000).toFixed(1)} s`, ok: input.datasetMs <= TARGETS.datasetMs });
  }
  const scans = input.scenarios.flatMap((result) => result.seqScans.map((scan) => `${result.name}: ${scan.table}`));
  checks.push({
    target: "no sequential scan on a table > 10,000 rows",
    value: scans.length === 0 ? "none" : [...new Set(scans)].join(", "),
    ok: scans.length === 0,
  });
  const heavy = input.firstLoad.filter((page) => page.public && page.gzipBytes > TARGETS.firstLoadGzipBytes);
  const publicPages = input.firstLoad.filter((page) => page.public);
  if (publicPages.length > 0) {
    const largest = Math.max(...publicPages.map((page) => page.gzipBytes));
    const floor = input.emptyPageGzipBytes ?? null;
    const value = heavy.length === 0 ? `largest ${kb(largest)} kB` : heavy.map((page) => `${page.route} ${kb(page.gzipBytes)} kB`).join(", ");
    checks.push({
      target: "public pages ≤ 120 kB gzipped first-load JS",
      // The floor says whether a miss is the pages' own code or the framework's.
      value: floor === null ? value : `${value} (an empty Next.js page: ${kb(floor)} kB)`,
      ok: heavy.length === 0,
    });
  }
  return checks;
}

const kb = (bytes: number) => (bytes / 1000).toFixed(1);

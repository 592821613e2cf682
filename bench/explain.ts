// The EXPLAIN check over the SQL each page really runs (captured by capture.ts): every SELECT is
// run once under EXPLAIN (ANALYZE, FORMAT JSON); sequential scans on tables of more than 10,000
// rows are listed, and the slowest query of the page becomes its raw-SQL baseline.
import type pg from "pg";
import type { CapturedQuery } from "./capture.ts";
import { findSeqScans, rootPlan, type SeqScanFinding } from "./plans.ts";

export const LARGE_TABLE_ROWS = 10_000;

export interface ExplainedQuery extends CapturedQuery {
  milliseconds: number;
  seqScans: SeqScanFinding[];
}

export interface ScenarioPlans {
  queries: number;
  /** The slowest SELECT: the page's floor in the database. */
  main: ExplainedQuery | null;
  seqScans: (SeqScanFinding & { query: string })[];
}

export function isReadQuery(query: string): boolean {
  return /^\s*(SELECT|WITH)\b/i.test(query);
}

export async function tableRowCounts(pool: pg.Pool): Promise<Map<string, number>> {
  const { rows } = await pool.query<{ name: string; rows: string }>(
    `SELECT c.relname AS name, greatest(c.reltuples, 0)::bigint AS rows FROM pg_class c
     JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'm')`,
  );
  return new Map(rows.map((row) => [row.name, Number(row.rows)]));
}

/** A one-line excerpt of a query for the report. */
export function excerpt(query: string, length = 160): string {
  const flat = query.replace(/\s+/g, " ").trim();
  return flat.length <= length ? flat : `${flat.slice(0, length - 1)}…`;
}

export async function explainScenario(pool: pg.Pool, captured: readonly CapturedQuery[], tableRows: ReadonlyMap<string, number>): Promise<ScenarioPlans> {
  const explained: ExplainedQuery[] = [];
  for (const query of captured.filter((q) => isReadQuery(q.query))) {
    const { rows } = await pool.query<{ "QUERY PLAN": unknown }>(`EXPLAIN (ANALYZE, FORMAT JSON) ${query.query}`, query.params);
    const output = rows[0]["QUERY PLAN"] as [{ "Execution Time": number }];
    explained.push({ ...query, milliseconds: output[0]["Execution Time"], seqScans: findSeqScans(rootPlan(output), tableRows, LARGE_TABLE_ROWS) });
  }
  const main = explained.reduce<ExplainedQuery | null>((slowest, query) => (!slowest || query.milliseconds > slowest.milliseconds ? query : slowest), null);
  return {
    queries: captured.length,
    main,
    seqScans: explained.flatMap((query) => query.seqScans.map((scan) => ({ ...scan, query: excerpt(query.query) }))),
  };
}

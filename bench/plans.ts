// The EXPLAIN check: walks PostgreSQL's EXPLAIN (FORMAT JSON) output and lists every sequential
// scan on a table holding more rows than a threshold (10,000 in the issue). Pure.

export interface PlanNode {
  "Node Type": string;
  "Relation Name"?: string;
  Alias?: string;
  "Plan Rows"?: number;
  Plans?: PlanNode[];
}

export interface SeqScanFinding {
  table: string;
  alias: string | null;
  rows: number;
}

/** EXPLAIN (FORMAT JSON) returns `[{ "Plan": {...} }]`; accept that or a bare plan node. */
export function rootPlan(explain: unknown): PlanNode {
  const first = Array.isArray(explain) ? explain[0] : explain;
  if (first && typeof first === "object" && "Plan" in first) return (first as { Plan: PlanNode }).Plan;
  return first as PlanNode;
}

export function findSeqScans(plan: PlanNode, tableRows: ReadonlyMap<string, number>, threshold = 10_000): SeqScanFinding[] {
  const findings: SeqScanFinding[] = [];
  const walk = (node: PlanNode) => {
    // Parallel Seq Scan reads the whole table too.
    if (node["Node Type"] === "Seq Scan" || node["Node Type"] === "Parallel Seq Scan") {
      const table = node["Relation Name"] ?? "";
      const rows = tableRows.get(table) ?? 0;
      if (rows > threshold) findings.push({ table, alias: node.Alias ?? null, rows });
    }
    for (const child of node.Plans ?? []) walk(child);
  };
  walk(plan);
  return findings;
}

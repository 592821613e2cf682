// `npm run bench:explain`: the EXPLAIN check alone, on the bench database as it is (no build, no
// load): every SQL query each page runs, its execution time and its sequential scans on large
// tables. For before/after comparisons of an index or a query change. BENCH_SCENARIOS filters;
// BENCH_VERBOSE=1 prints the plans of the queries that scan.
import pg from "pg";
import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { openBenchDatabase, prepareDataset } from "./database.ts";
import { DEFAULT_SEED } from "./dataset.ts";
import { excerpt, isReadQuery, tableRowCounts, LARGE_TABLE_ROWS } from "./explain.ts";
import { findSeqScans, rootPlan } from "./plans.ts";
import { loadContext, selectScenarios } from "./scenarios.ts";

async function main() {
  const database = await openBenchDatabase();
  const pool = new pg.Pool({ connectionString: database.url, max: 2 });
  pool.on("error", () => {});
  try {
    await prepareDataset(database.url, { scale: Number(process.env.BENCH_SCALE ?? 1), seed: Number(process.env.BENCH_SEED ?? DEFAULT_SEED), log: console.log });
    const context = await loadContext(pool);
    const dir = path.join(os.tmpdir(), `odd17-explain-${process.pid}`);
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, "context.json"), JSON.stringify(context));
    const result = spawnSync(
      process.execPath,
      ["--conditions=react-server", "--import", "tsx", "bench/capture.ts", database.url, path.join(dir, "context.json"), path.join(dir, "out.json")],
      {
        stdio: "inherit",
        env: { ...process.env, DATABASE_URL: database.url, DIRECTORY_FACETS_TTL_SECONDS: "0" },
      },
    );
    if (result.status !== 0) throw new Error("capture failed");
    const captured = JSON.parse(readFileSync(path.join(dir, "out.json"), "utf8")) as Record<string, { query: string; params: unknown[] }[]>;
    const tableRows = await tableRowCounts(pool);
    const wanted = new Set(selectScenarios(process.env.BENCH_SCENARIOS).map((scenario) => scenario.name));
    for (const [name, queries] of Object.entries(captured)) {
      if (!wanted.has(name)) continue;
      console.log(`\n== ${name}`);
      for (const query of queries.filter((q) => isReadQuery(q.query))) {
        const { rows } = await pool.query(`EXPLAIN (ANALYZE, FORMAT JSON) ${query.query}`, query.params);
        const output = rows[0]["QUERY PLAN"];
        const scans = findSeqScans(rootPlan(output), tableRows, LARGE_TABLE_ROWS);
        console.log(
          `${output[0]["Execution Time"].toFixed(1).padStart(8)} ms  ${scans.map((scan) => `SEQ ${scan.table}`).join(" ") || "-"}  ${excerpt(query.query, 120)}`,
        );
        if (process.env.BENCH_VERBOSE === "1" && scans.length > 0) {
          const text = await pool.query(`EXPLAIN ${query.query}`, query.params);
          console.log(text.rows.map((row) => `      ${row["QUERY PLAN"]}`).join("\n"));
        }
      }
    }
  } finally {
    await pool.end();
    await database.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});

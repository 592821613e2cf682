// The bench database: BENCH_DATABASE_URL (a disposable database: it is emptied when its dataset
// does not match), or a throwaway embedded PostgreSQL in .data/bench. Migrated, loaded with the
// reference data (territories, SDGs, diagnostic template, resource-centre content), then with the
// generated dataset. A marker row remembers scale and seed, so a second run reuses the data.
import { spawnSync } from "node:child_process";
import path from "node:path";
import pg from "pg";
import { hashPassword } from "../lib/auth/password.ts";
import { createPrismaClient } from "../lib/db.ts";
import { startEmbeddedDatabase } from "../lib/db/embedded.ts";
import { seedLearningPath } from "../lib/kits/learning-path.seed.ts";
import { seedTargetSheets } from "../lib/kits/target-sheets.ts";
import { importTerritories } from "../lib/territories/territories.import.ts";
import { seedSdgs } from "../prisma/seed-sdgs.ts";
import { seedDiagnosticTemplate } from "../prisma/seed-template.ts";
import { DEFAULT_SEED, generateDataset, type DatasetReport } from "./dataset.ts";

export const BENCH_PASSWORD = "banc-essai-odd17-2026";
const MARKER = "bench-dataset";

export interface BenchDatabase {
  url: string;
  description: string;
  stop(): Promise<void>;
}

export async function openBenchDatabase(options: { rootDir?: string; port?: number } = {}): Promise<BenchDatabase> {
  const external = process.env.BENCH_DATABASE_URL;
  if (external) return { url: external, description: "BENCH_DATABASE_URL", stop: async () => {} };
  const rootDir = options.rootDir ?? path.resolve(".data", "bench");
  const database = await startEmbeddedDatabase({ rootDir, port: options.port ?? 55499 });
  return { url: database.url, description: `embedded PostgreSQL (${rootDir})`, stop: () => database.stop() };
}

export function migrate(url: string) {
  const result = spawnSync(path.resolve("node_modules", ".bin", "tsx"), ["scripts/migrate.ts"], {
    env: { ...process.env, DATABASE_URL: url },
    encoding: "utf8",
  });
  if (result.status !== 0) throw new Error(`scripts/migrate.ts failed:\n${result.stdout}\n${result.stderr}`);
}

export interface PreparedDataset {
  reused: boolean;
  referenceMilliseconds: number | null;
  territoriesMilliseconds: number | null;
  dataset: DatasetReport | null;
  totalMilliseconds: number;
}

async function emptyDatabase(pool: pg.Pool) {
  const { rows } = await pool.query<{ name: string }>(
    `SELECT tablename AS name FROM pg_tables WHERE schemaname = current_schema() AND tablename <> '_prisma_migrations'`,
  );
  if (rows.length > 0) await pool.query(`TRUNCATE ${rows.map((row) => `"${row.name}"`).join(", ")} RESTART IDENTITY CASCADE`);
}

/** Ensures the database holds the reference and the dataset of this scale and seed. */
export async function prepareDataset(url: string, options: { scale: number; seed?: number; log?: (line: string) => void }): Promise<PreparedDataset> {
  const log = options.log ?? (() => {});
  const started = Date.now();
  const wanted = JSON.stringify({ scale: options.scale, seed: options.seed ?? DEFAULT_SEED, version: 1 });
  migrate(url);
  const pool = new pg.Pool({ connectionString: url, max: 2 });
  // An idle connection closed by the server while the pool ends (database stopped or dropped
  // right after) is not a failure of the dataset.
  pool.on("error", () => {});
  try {
    const marker = await pool.query<{ detail: string }>(`SELECT detail FROM "SeedRun" WHERE step = $1`, [MARKER]);
    if (marker.rows[0]?.detail === wanted) {
      log("dataset already in place (same scale and seed): reused");
      return { reused: true, referenceMilliseconds: null, territoriesMilliseconds: null, dataset: null, totalMilliseconds: Date.now() - started };
    }
    await emptyDatabase(pool);
    const db = createPrismaClient(url);
    const referenceStarted = Date.now();
    let territoriesMilliseconds: number;
    try {
      const territories = await importTerritories(db);
      territoriesMilliseconds = territories.milliseconds;
      log(`territory reference: ${territories.communes} communes, ${territories.epcis} EPCI in ${(territoriesMilliseconds / 1000).toFixed(1)} s`);
      await seedSdgs(db);
      await seedDiagnosticTemplate(db);
      await seedTargetSheets(db);
      await seedLearningPath(db);
    } finally {
      await db.$disconnect();
    }
    const referenceMilliseconds = Date.now() - referenceStarted;
    const dataset = await generateDataset(pool, { scale: options.scale, seed: options.seed, passwordHash: await hashPassword(BENCH_PASSWORD) });
    log(
      `dataset: ${Object.entries(dataset.rows)
        .map(([table, count]) => `${count} ${table}`)
        .join(", ")} in ${(dataset.milliseconds / 1000).toFixed(1)} s`,
    );
    // The directories' stored counts (materialized view) start fresh: the bench measures reads.
    await pool.query(`DELETE FROM "DirectoryCountChange"`);
    await pool.query(`REFRESH MATERIALIZED VIEW "DirectoryCount"`);
    await pool.query(`INSERT INTO "SeedRun" (step, detail) VALUES ($1, $2), ('complete', 'bench') ON CONFLICT (step) DO UPDATE SET detail = EXCLUDED.detail`, [
      MARKER,
      wanted,
    ]);
    return { reused: false, referenceMilliseconds, territoriesMilliseconds, dataset, totalMilliseconds: Date.now() - started };
  } finally {
    await pool.end();
  }
}

// The checks of GET /api/ready. They ask PostgreSQL through their own connection, like the
// proxy's health probe (lib/db/health-probe.ts): a pool busy with slow pages is a server under
// load, not one to take out of the load balancer (which would only pile the load on the others).
import path from "node:path";
import pg from "pg";
import { workerStatus } from "@/lib/jobs/in-process";
import { checkStorage } from "@/lib/storage/storage";
import { migrationGaps, migrationsOnDisk, type AppliedMigration } from "./migrations";
import type { CheckResult, ReadinessCheck } from "./readiness";

type Options = {
  /** Read at each check: the launcher may set DATABASE_URL after this module loads. */
  databaseUrl?: () => string | undefined;
  migrationsDir?: string;
};

const pools = new Map<string, pg.Pool>();

function poolFor(url: string): pg.Pool {
  let pool = pools.get(url);
  if (!pool) {
    pool = new pg.Pool({ connectionString: url, max: 1, connectionTimeoutMillis: 1000, idleTimeoutMillis: 60_000, allowExitOnIdle: true });
    // A connection dropped by a restart must not crash the server: the next check reconnects.
    pool.on("error", () => {});
    pools.set(url, pool);
  }
  return pool;
}

async function query<R extends pg.QueryResultRow>(url: string | undefined, sql: string): Promise<R[] | null> {
  if (!url) return null;
  try {
    return (await poolFor(url).query<R>(sql)).rows;
  } catch {
    // The driver's message may name the host or the user: the answer only says "unreachable".
    return null;
  }
}

const UNREACHABLE: CheckResult = { ok: false, problem: "base de données injoignable" };

export function readinessChecks(options: Options = {}): ReadinessCheck[] {
  const url = options.databaseUrl ?? (() => process.env.DATABASE_URL);
  const dir = options.migrationsDir ?? path.join(process.cwd(), "prisma", "migrations");
  return [
    {
      name: "database",
      run: async () => ((await query(url(), "SELECT 1")) ? { ok: true } : UNREACHABLE),
    },
    {
      name: "migrations",
      run: async () => {
        const rows = await query<{ name: string; finished: boolean; rolled_back: boolean }>(
          url(),
          "SELECT migration_name AS name, finished_at IS NOT NULL AS finished, rolled_back_at IS NOT NULL AS rolled_back FROM _prisma_migrations",
        );
        if (!rows) return { ok: false, problem: "table des migrations illisible (base injoignable ou jamais migrée)" };
        const applied: AppliedMigration[] = rows.map((row) => ({ name: row.name, finished: row.finished, rolledBack: row.rolled_back }));
        const { missing, failed } = migrationGaps(migrationsOnDisk(dir), applied);
        if (failed.length > 0) return { ok: false, problem: `migration en échec : ${failed.join(", ")}` };
        if (missing.length > 0) return { ok: false, problem: `migration non appliquée : ${missing.join(", ")} (npm run db:migrate)` };
        return { ok: true };
      },
    },
    {
      // The job queue's own tables (lib/jobs/queue-schema.ts): without them no e-mail can be queued.
      name: "jobQueue",
      run: async () =>
        (await query(url(), "SELECT count(*) FROM graphile_worker.migrations"))
          ? { ok: true }
          : { ok: false, problem: "file des tâches de fond non migrée (npm run db:migrate)" },
    },
    {
      // This server's own worker, unless it runs none (WORKER=off): dedicated workers are not its to check.
      name: "worker",
      run: async () => {
        const status = workerStatus();
        if (status === "running" || status === "off") return { ok: true };
        if (status === "starting") return { ok: false, problem: "travailleur des tâches de fond en cours de démarrage" };
        return { ok: false, problem: status === "failed" ? "travailleur des tâches de fond arrêté sur une erreur" : "travailleur des tâches de fond arrêté" };
      },
    },
    {
      // The bucket of STORAGE_URL answers and accepts the keys (on the local disk, nothing to ask):
      // a missing bucket would otherwise show only at the first upload.
      name: "storage",
      run: async () => {
        try {
          await checkStorage();
          return { ok: true };
        } catch {
          // The SDK's message may name the endpoint or the key: the answer only says what to check.
          return { ok: false, problem: "stockage des fichiers injoignable (bucket absent ou clés refusées)" };
        }
      },
    },
  ];
}

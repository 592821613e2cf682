// The job queue's own tables (graphile-worker's schema, `graphile_worker`), next to Prisma's. The
// queue manages them with its own migrations, idempotent: every place that runs
// `prisma migrate deploy` runs this right after (scripts/migrate.ts, the launcher, test set-ups),
// since a web server that never runs a worker still adds jobs in its transactions.
// Not "server-only": the launcher and the test set-ups call it outside Next.
import { runMigrations } from "graphile-worker";
import { jobLogger } from "./job-logger";

export const JOB_QUEUE_SCHEMA = "graphile_worker";

export async function migrateJobQueue(connectionString: string): Promise<void> {
  await runMigrations({ connectionString, schema: JOB_QUEUE_SCHEMA, logger: jobLogger });
}

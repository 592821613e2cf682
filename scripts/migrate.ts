// Brings a database up to date: Prisma's migrations, then the job queue's (lib/jobs/queue-schema.ts).
//   npm run db:migrate      (through the launcher: the embedded database, or DATABASE_URL)
// Both are idempotent; run it on every deployment, before the new servers start.
import { spawnSync } from "node:child_process";
import path from "node:path";
import { migrateJobQueue } from "../lib/jobs/queue-schema.ts";

const url = process.env.DATABASE_URL;
if (!url) {
  console.error("DATABASE_URL manquant. / DATABASE_URL is not set.");
  process.exit(1);
}
const prisma = spawnSync(path.join("node_modules", ".bin", "prisma"), ["migrate", "deploy"], { stdio: "inherit" });
if (prisma.status !== 0) process.exit(prisma.status ?? 1);
migrateJobQueue(url).then(
  () => console.log("File des tâches de fond : à jour."),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);

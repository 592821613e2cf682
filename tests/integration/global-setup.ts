// One throwaway PostgreSQL for the whole integration run: the embedded server in a temporary
// folder, or a fresh database on the server named by TEST_DATABASE_URL (CI: Debian's PostgreSQL
// 15). Migrated with `prisma migrate deploy` and the job queue's migrations, and loaded with the territory reference and SDGs.
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import type { TestProject } from "vitest/node";
import { createPrismaClient } from "../../lib/db.ts";
import { startEmbeddedDatabase } from "../../lib/db/embedded.ts";
import { migrateJobQueue } from "../../lib/jobs/queue-schema.ts";
import { importTerritories } from "../../lib/territories/territories.import.ts";
import { seedSdgs } from "../../prisma/seed-sdgs.ts";

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
    importMilliseconds: number;
  }
}

async function createThrowawayDatabase(serverUrl: string) {
  const name = `odd17_test_${process.pid}_${Date.now()}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const client = new pg.Client({ connectionString: serverUrl });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await client.end();
    },
  };
}

export default async function setup(project: TestProject) {
  let url: string;
  let teardown: () => Promise<void>;
  if (process.env.TEST_DATABASE_URL) {
    const database = await createThrowawayDatabase(process.env.TEST_DATABASE_URL);
    url = database.url;
    teardown = database.drop;
  } else {
    const rootDir = mkdtempSync(path.join(tmpdir(), "odd17-it-"));
    const database = await startEmbeddedDatabase({ rootDir, port: 55432 });
    url = database.url;
    teardown = async () => {
      await database.stop();
      rmSync(rootDir, { recursive: true, force: true });
    };
  }
  try {
    execFileSync(path.join("node_modules", ".bin", "prisma"), ["migrate", "deploy"], { env: { ...process.env, DATABASE_URL: url }, stdio: "pipe" });
    await migrateJobQueue(url);
    const db = createPrismaClient(url);
    const report = await importTerritories(db);
    await seedSdgs(db);
    await db.$disconnect();
    project.provide("databaseUrl", url);
    project.provide("importMilliseconds", report.milliseconds);
  } catch (error) {
    await teardown();
    throw error;
  }
  return teardown;
}

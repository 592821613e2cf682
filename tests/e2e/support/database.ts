// The database the e2e web server runs on (the fresh embedded one of this run, or
// E2E_DATABASE_URL), for fixtures that must reach what no page creates (e.g. a failed job).
import { readFileSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { EMBEDDED_DATABASE, EMBEDDED_PASSWORD, EMBEDDED_USER } from "../../../lib/db/embedded";

export function e2eDatabaseUrl(): string {
  if (process.env.E2E_DATABASE_URL) return process.env.E2E_DATABASE_URL;
  const dataDir = process.env.E2E_DATA_DIR;
  if (!dataDir) throw new Error("E2E_DATA_DIR is not set: run the specs through playwright.config.ts.");
  // postmaster.pid, line 4: the port the embedded PostgreSQL listens on.
  const port = readFileSync(path.join(dataDir, "pgdata", "postmaster.pid"), "utf8")
    .split("\n")[3]
    ?.trim();
  return `postgresql://${EMBEDDED_USER}:${EMBEDDED_PASSWORD}@127.0.0.1:${port}/${EMBEDDED_DATABASE}`;
}

/** Runs `run` with a client on that database, closed afterwards. */
export async function withDatabase<T>(run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: e2eDatabaseUrl() });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

// Test data lookups for the organisations specs: the ids of demo organisations, read from the
// database the web server runs on (the fresh embedded one, or E2E_DATABASE_URL).
import { readFileSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { EMBEDDED_DATABASE, EMBEDDED_PASSWORD, EMBEDDED_USER } from "../../../lib/db/embedded";

export const demo = {
  associationAdmin: "association@demo.odd17.fr",
  member: "membre@demo.odd17.fr",
  user: "utilisateur@demo.odd17.fr",
  furan: { slug: "les-liens-du-furan-demo", name: "Les Liens du Furan (démo)" },
  forez: { slug: "forez-numerique-demo", name: "Forez Numérique (démo)" },
} as const;

function databaseUrl(): string {
  if (process.env.E2E_DATABASE_URL) return process.env.E2E_DATABASE_URL;
  const dataDir = process.env.E2E_DATA_DIR;
  if (!dataDir) throw new Error("E2E_DATA_DIR is not set: run the specs through playwright.config.ts.");
  // postmaster.pid, line 4: the port the embedded PostgreSQL listens on.
  const port = readFileSync(path.join(dataDir, "pgdata", "postmaster.pid"), "utf8")
    .split("\n")[3]
    ?.trim();
  return `postgresql://${EMBEDDED_USER}:${EMBEDDED_PASSWORD}@127.0.0.1:${port}/${EMBEDDED_DATABASE}`;
}

export async function organisationIdBySlug(slug: string): Promise<string> {
  const client = new pg.Client({ connectionString: databaseUrl() });
  await client.connect();
  try {
    const { rows } = await client.query<{ id: string }>(`SELECT "id" FROM "Actor" WHERE "slug" = $1`, [slug]);
    if (!rows[0]) throw new Error(`No organisation with slug ${slug}`);
    return rows[0].id;
  } finally {
    await client.end();
  }
}

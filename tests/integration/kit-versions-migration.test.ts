// The backfill of 20261207100000_kit_whole_versions on data shaped the old way: a database of its
// own, migrated up to the one before, filled, then migrated. A published kit keeps its public face
// (the published text on the Kit row, its facets in its version, its files in both), its unsaved
// working copy becomes its draft; a never-published kit gets its draft.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";

const MIGRATION = "20261207100000_kit_whole_versions";
const migrations = path.join(process.cwd(), "prisma", "migrations");
const name = `odd17_kvmig_${process.pid}_${Date.now()}`;
const server = new URL(inject("databaseUrl"));
let client: pg.Client;

async function admin(sql: string) {
  const url = new URL(server);
  url.pathname = "/postgres";
  const connection = new pg.Client({ connectionString: url.toString() });
  await connection.connect();
  await connection.query(sql);
  await connection.end();
}

const apply = (folder: string) => client.query(readFileSync(path.join(migrations, folder, "migration.sql"), "utf8"));

beforeAll(async () => {
  await admin(`CREATE DATABASE "${name}"`);
  const url = new URL(server);
  url.pathname = `/${name}`;
  client = new pg.Client({ connectionString: url.toString() });
  await client.connect();
  const folders = readdirSync(migrations)
    .filter((entry) => /^\d{14}_/.test(entry))
    .sort();
  for (const folder of folders.filter((entry) => entry < MIGRATION)) await apply(folder);
}, 120_000);

afterAll(async () => {
  await client?.end();
  await admin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
});

describe(MIGRATION, () => {
  it("turns the old working copy into a draft and keeps the published face of each kit", async () => {
    await client.query(`INSERT INTO "Sdg" (number, "shortName", title, colour) VALUES (17, 'Partenariats', 'Partenariats', '#19486A')`);
    await client.query(`INSERT INTO "SdgTarget" (code, "sdgNumber", text, position) VALUES ('17.17', 17, 'Partenariats', 17)`);
    const kit = (id: string, title: string, status: string, version: number) =>
      client.query(
        `INSERT INTO "Kit" (id, title, slug, "searchKey", summary, category, audiences, "maturityLevels", themes, modes, body, status, "currentVersion", "updatedAt")
         VALUES ($1, $2, $1, lower($2), 'Résumé modifié', 'OUTIL', '{ENTREPRISE}', '{2}', '{MOBILITE}', '{MECENAT}', 'Corps modifié', $3::"KitStatus", $4, now())`,
        [id, title, status, version],
      );
    await kit("publie", "Titre modifié", "PUBLISHED", 1);
    await client.query(
      `INSERT INTO "KitVersion" (id, "kitId", number, title, summary, body, note) VALUES ('v1', 'publie', 1, 'Titre publié', 'Résumé publié', 'Corps publié', 'Note')`,
    );
    await client.query(`INSERT INTO "KitSdgTarget" ("kitId", "targetCode") VALUES ('publie', '17.17')`);
    await client.query(`INSERT INTO "KitLink" (id, "kitId", label, url, position) VALUES ('l1', 'publie', 'Insee', 'https://www.insee.fr', 0)`);
    await client.query(
      `INSERT INTO "KitAttachment" (id, "kitId", "fileName", "mimeType", "sizeBytes", "storageKey") VALUES ('a1', 'publie', 'g.pdf', 'application/pdf', 1, 'kits/a1')`,
    );
    await kit("jamais", "Jamais publié", "DRAFT", 0);
    await kit("identique", "Titre identique", "PUBLISHED", 1);
    await client.query(`UPDATE "Kit" SET summary = 'S', body = 'B' WHERE id = 'identique'`);
    await client.query(`INSERT INTO "KitVersion" (id, "kitId", number, title, summary, body) VALUES ('vi', 'identique', 1, 'Titre identique', 'S', 'B')`);

    await apply(MIGRATION);

    const versions = await client.query(
      `SELECT "kitId", number, title, summary, body, category::text, audiences::text[], themes::text[], targets, links, note, "publishedAt" IS NULL AS draft
       FROM "KitVersion" ORDER BY "kitId", number`,
    );
    const links = [{ label: "Insee", url: "https://www.insee.fr" }];
    const facets = { category: "OUTIL", audiences: ["ENTREPRISE"], themes: ["MOBILITE"] };
    expect(versions.rows).toEqual([
      { kitId: "identique", number: 1, title: "Titre identique", summary: "S", body: "B", ...facets, targets: [], links: [], note: "", draft: false },
      {
        kitId: "jamais",
        number: 1,
        title: "Jamais publié",
        summary: "Résumé modifié",
        body: "Corps modifié",
        ...facets,
        targets: [],
        links: [],
        note: "",
        draft: true,
      },
      {
        kitId: "publie",
        number: 1,
        title: "Titre publié",
        summary: "Résumé publié",
        body: "Corps publié",
        ...facets,
        targets: ["17.17"],
        links,
        note: "Note",
        draft: false,
      },
      {
        kitId: "publie",
        number: 2,
        title: "Titre modifié",
        summary: "Résumé modifié",
        body: "Corps modifié",
        ...facets,
        targets: ["17.17"],
        links,
        note: "",
        draft: true,
      },
    ]);
    // The Kit row, read by every public query, shows the published version's text.
    const row = await client.query(`SELECT title, summary, body FROM "Kit" WHERE id = 'publie'`);
    expect(row.rows[0]).toEqual({ title: "Titre publié", summary: "Résumé publié", body: "Corps publié" });
    const files = await client.query(
      `SELECT v.number FROM "KitVersionAttachment" j JOIN "KitVersion" v ON v.id = j."versionId" WHERE j."attachmentId" = 'a1' ORDER BY v.number`,
    );
    expect(files.rows.map((file) => file.number)).toEqual([1, 2]);
  });
});

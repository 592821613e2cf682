// The follows bench (issue #22): 10,000 saved follows × 1,000 newly published organisations,
// matched and e-mailed as the "follows:run" task does. A script, not a timed test:
//   BENCH_DATABASE_URL=postgresql://user:pass@host:port/postgres npm run bench:follows
// It makes a throwaway database on that server (dropped at the end), migrates it, loads the
// territories and SDGs, generates the data in SQL, then times the matching (one statement per
// kind of event, not one query per follow) and the e-mails, and prints a Markdown line for the README.
import { execFileSync } from "node:child_process";
import path from "node:path";
import pg from "pg";
import { createPrismaClient } from "../lib/db.ts";
import { migrateJobQueue } from "../lib/jobs/queue-schema.ts";
import { importTerritories } from "../lib/territories/territories.import.ts";
import { seedSdgs } from "../prisma/seed-sdgs.ts";

const FOLLOWS = Number(process.env.BENCH_FOLLOWS ?? 10_000);
const ITEMS = Number(process.env.BENCH_ITEMS ?? 1_000);
const USERS = Math.ceil(FOLLOWS / 5);

async function withClient<T>(url: string, run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

// Deterministic data, made by the database itself: users, published organisations acting in
// 1–3 communes on 1–3 SDGs, and follows of every kind — 70 % searches (a département, or a région
// one time in five, with one or two SDGs, sometimes a kind or a word), 20 % départements, 10 %
// organisations — each with a rhythm. Searches of the whole country (no territory, no SDG) would
// each match most new items: see docs/benchmark.md for that worst case.
const GENERATE = `
INSERT INTO "User" (id, email, name, "updatedAt")
  SELECT 'bu' || g, 'banc-suivi-' || g || '@odd17.test', 'Personne ' || g, now() FROM generate_series(1, $1::int) g;

CREATE TEMP TABLE communes AS SELECT row_number() OVER (ORDER BY id) AS n, id FROM "Territory" WHERE kind = 'COMMUNE';
CREATE TEMP TABLE departements AS SELECT row_number() OVER (ORDER BY id) AS n, id FROM "Territory" WHERE kind = 'DEPARTEMENT';
CREATE TEMP TABLE regions AS SELECT row_number() OVER (ORDER BY id) AS n, id FROM "Territory" WHERE kind = 'REGION';

INSERT INTO "Actor" (id, kind, name, slug, "searchKey", status, "publishedAt", "updatedAt")
  SELECT 'ba' || g, (ARRAY['ASSOCIATION','ENTREPRISE','COLLECTIVITE','FONDATION']::"ActorKind"[])[1 + g % 4],
    'Organisation ' || g, 'organisation-banc-' || g, 'organisation ' || g || ' | ' || (ARRAY['velo','climat','eau','energie','ecole'])[1 + g % 5],
    'PUBLISHED', now(), now()
  FROM generate_series(1, $2::int) g;
INSERT INTO "ActorTerritory" ("actorId", "territoryId")
  SELECT DISTINCT 'ba' || g, c.id FROM generate_series(1, $2::int) g CROSS JOIN LATERAL generate_series(0, g % 3) k
  JOIN communes c ON c.n = 1 + ((g * 7919 + k * 104729) % (SELECT count(*) FROM communes));
INSERT INTO "ActorSdg" ("actorId", "sdgNumber")
  SELECT DISTINCT 'ba' || g, 1 + ((g + k * 5) % 17) FROM generate_series(1, $2::int) g, generate_series(0, g % 3) k;

INSERT INTO "Follow" (id, "userId", kind, directory, "territoryId", scope, words, sdgs, "actorKinds", "actorId", label, href, key, rhythm, "unsubscribeToken", "updatedAt")
  SELECT 'bf' || g, 'bu' || (1 + g % $1::int),
    CASE WHEN g % 10 < 7 THEN 'SEARCH' WHEN g % 10 < 9 THEN 'TERRITORY' ELSE 'ACTOR' END::"FollowKind",
    CASE WHEN g % 10 < 7 THEN 'acteurs' END,
    CASE WHEN g % 10 < 7 AND g % 5 = 0 THEN (SELECT id FROM regions WHERE n = 1 + g % (SELECT count(*) FROM regions))
         WHEN g % 10 < 9 THEN (SELECT id FROM departements WHERE n = 1 + g % (SELECT count(*) FROM departements)) END,
    CASE WHEN g % 10 < 7 AND g % 6 = 1 THEN 'dedans' END,
    CASE WHEN g % 10 < 7 AND g % 10 = 3 THEN ARRAY[(ARRAY['velo','climat','eau','energie','ecole'])[1 + g % 5]] ELSE ARRAY[]::text[] END,
    CASE WHEN g % 10 < 7 THEN ARRAY[1 + g % 17, 1 + (g * 3) % 17] ELSE ARRAY[]::int[] END,
    CASE WHEN g % 10 < 7 AND g % 5 = 0 THEN ARRAY['ASSOCIATION'] ELSE ARRAY[]::text[] END,
    CASE WHEN g % 10 = 9 THEN 'ba' || (1 + g % $2::int) END,
    'Suivi ' || g, '/acteurs', 'banc|' || g,
    (ARRAY['IMMEDIATE','DAILY','WEEKLY','NEVER']::"FollowRhythm"[])[1 + g % 4], md5('jeton' || g), now()
  FROM generate_series(1, $3::int) g;

INSERT INTO "FollowEvent" (kind, "entityId") SELECT 'actor.published', 'ba' || g FROM generate_series(1, $2::int) g;
ANALYZE;
`;

async function main() {
  const serverUrl = process.env.BENCH_DATABASE_URL;
  if (!serverUrl) throw new Error("BENCH_DATABASE_URL is not set: a PostgreSQL server where a throwaway database may be made.");
  const name = `odd17_bench_follows_${Date.now()}`;
  await withClient(serverUrl, (client) => client.query(`CREATE DATABASE "${name}"`));
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const databaseUrl = url.toString();
  try {
    execFileSync(path.join("node_modules", ".bin", "prisma"), ["migrate", "deploy"], { env: { ...process.env, DATABASE_URL: databaseUrl }, stdio: "pipe" });
    await migrateJobQueue(databaseUrl);
    const prisma = createPrismaClient(databaseUrl);
    await importTerritories(prisma);
    await seedSdgs(prisma);
    await prisma.$disconnect();
    await withClient(databaseUrl, async (client) => {
      // The sizes are this script's own numbers: written into the SQL, which runs as one script.
      const sql = GENERATE.replaceAll("$1::int", String(USERS)).replaceAll("$2::int", String(ITEMS)).replaceAll("$3::int", String(FOLLOWS));
      await client.query(sql);
    });

    // The library reads DATABASE_URL when first imported.
    process.env.DATABASE_URL = databaseUrl;
    const { matchFollowEvents } = await import("../lib/follows/matching.ts");
    const { sendFollowEmails } = await import("../lib/follows/delivery.ts");
    const { db } = await import("../lib/db.ts");
    const now = new Date();
    const matchStart = performance.now();
    const matched = await matchFollowEvents(now);
    const matchMs = performance.now() - matchStart;
    const mailStart = performance.now();
    const mailed = await sendFollowEmails(now, { baseUrl: "https://odd17.example" });
    const mailMs = performance.now() - mailStart;
    await db.$disconnect();
    const total = (matchMs + mailMs) / 1000;
    console.log(
      `Suivis : ${FOLLOWS} suivis × ${ITEMS} nouvelles organisations → ${matched.matches} correspondances, ${matched.notifications} notifications en ${(matchMs / 1000).toFixed(1)} s ; ` +
        `${mailed.mails} e-mails (${mailed.items} nouveautés) en ${(mailMs / 1000).toFixed(1)} s ; total ${total.toFixed(1)} s (objectif < 60 s).`,
    );
    if (total >= 60) process.exitCode = 1;
  } finally {
    await withClient(serverUrl, (client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});

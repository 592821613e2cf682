// The bench dataset generator at a tiny scale, in a database of its own (it empties the database
// it is given): row counts as announced, alliances of 2–6 partners with one lead, completed
// diagnostics whose stored scores (and overall score column) are the app's scoring of their
// answers, a bench user who can sign in, and a second run that reuses the data.
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import pg from "pg";
import { BENCH_PASSWORD, prepareDataset } from "@/bench/database";
import { BENCH_DRAFTS, BENCH_USER_EMAIL, countsFor } from "@/bench/dataset";
import { verifyPassword } from "@/lib/auth/password";
import { scoreDiagnostic } from "@/lib/diagnostics/scoring";
import { diagnosticTemplateSchema } from "@/lib/diagnostics/template.schema";

const SCALE = 0.0005;
const name = `odd17_bench_${process.pid}_${Date.now()}`;
let url: string;
let admin: pg.Client;
let pool: pg.Pool;

beforeAll(async () => {
  const serverUrl = inject("databaseUrl");
  admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  const parsed = new URL(serverUrl);
  parsed.pathname = `/${name}`;
  url = parsed.toString();
  pool = new pg.Pool({ connectionString: url, max: 2 });
  pool.on("error", () => {});
});

afterAll(async () => {
  await pool?.end();
  await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await admin.end();
});

const count = async (sql: string) => Number((await pool.query<{ n: string }>(sql)).rows[0].n);

describe("bench dataset", () => {
  it("generates consistent rows, then reuses them", async () => {
    const prepared = await prepareDataset(url, { scale: SCALE });
    expect(prepared.reused).toBe(false);
    expect(prepared.territoriesMilliseconds).toBeGreaterThan(0);
    const expected = countsFor(SCALE);

    expect(await count(`SELECT count(*) AS n FROM "Actor"`)).toBe(expected.actors);
    expect(await count(`SELECT count(*) AS n FROM "Alliance"`)).toBe(expected.alliances);
    expect(await count(`SELECT count(*) AS n FROM "User"`)).toBe(expected.users);
    expect(await count(`SELECT count(*) AS n FROM "Diagnostic" WHERE status = 'COMPLETED'`)).toBe(expected.diagnostics);
    expect(await count(`SELECT count(*) AS n FROM "Diagnostic" WHERE status = 'DRAFT' AND "actorId" = 'ba0'`)).toBe(BENCH_DRAFTS);
    expect(await count(`SELECT (SELECT count(*) FROM "Need") + (SELECT count(*) FROM "Offer") AS n`)).toBe(expected.needsOffers);
    // Every actor acts on at least one commune; every alliance has 2–6 partners and one lead.
    expect(
      await count(
        `SELECT count(*) AS n FROM "Actor" a WHERE NOT EXISTS (SELECT 1 FROM "ActorTerritory" l JOIN "Territory" t ON t.id = l."territoryId" AND t.kind = 'COMMUNE' WHERE l."actorId" = a.id)`,
      ),
    ).toBe(0);
    const partners = await pool.query<{ n: string; leads: string }>(
      `SELECT count(*) AS n, count(*) FILTER (WHERE role = 'LEAD') AS leads FROM "AlliancePartner" GROUP BY "allianceId"`,
    );
    expect(partners.rows).toHaveLength(expected.alliances);
    for (const row of partners.rows) {
      expect(Number(row.n)).toBeGreaterThanOrEqual(2);
      expect(Number(row.n)).toBeLessThanOrEqual(6);
      expect(Number(row.leads)).toBe(1);
    }

    // Stored scores are the app's scoring of the stored answers.
    const template = diagnosticTemplateSchema.parse((await pool.query(`SELECT content FROM "DiagnosticTemplate" WHERE status = 'ACTIVE'`)).rows[0].content);
    const diagnostics = await pool.query<{
      answers: Record<string, unknown>;
      scores: { overall: number; level: { level: number } };
      overallScore: number;
      maturityLevel: number;
    }>(`SELECT answers, scores, "overallScore", "maturityLevel" FROM "Diagnostic" WHERE status = 'COMPLETED'`);
    for (const row of diagnostics.rows) {
      expect(row.scores).toEqual(JSON.parse(JSON.stringify(scoreDiagnostic(template, row.answers))));
      expect(row.overallScore).toBe(row.scores.overall);
      expect(row.maturityLevel).toBe(row.scores.level.level);
    }
    expect(await count(`SELECT count(*) AS n FROM "Diagnostic" WHERE status = 'DRAFT' AND "overallScore" IS NOT NULL`)).toBe(0);

    // The bench user signs in with the bench password and administers actor 0.
    const user = await pool.query<{ passwordHash: string; role: string }>(
      `SELECT u."passwordHash", m.role FROM "User" u JOIN "Membership" m ON m."userId" = u.id AND m."actorId" = 'ba0' WHERE u.email = $1`,
      [BENCH_USER_EMAIL],
    );
    expect(user.rows[0].role).toBe("ADMIN");
    expect(await verifyPassword(user.rows[0].passwordHash, BENCH_PASSWORD)).toBe(true);
    // The directories' stored counts start fresh and right.
    expect(await count(`SELECT count(*) AS n FROM "DirectoryCountChange"`)).toBe(0);
    expect(await count(`SELECT count AS n FROM "DirectoryCount" WHERE directory = 'actor' AND facet = 'total'`)).toBe(
      await count(`SELECT count(*) AS n FROM "Actor" WHERE status = 'PUBLISHED'`),
    );

    const again = await prepareDataset(url, { scale: SCALE });
    expect(again.reused).toBe(true);
    expect(await count(`SELECT count(*) AS n FROM "Actor"`)).toBe(expected.actors);
  }, 300_000);
});

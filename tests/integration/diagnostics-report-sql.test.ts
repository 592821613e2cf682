// The report's SQL on the real database, each against the former implementation kept here as
// the reference. The comparison with similar territories: the SQL aggregate over the overallScore
// column gives exactly what the computation over every scores document gave, through
// completions, reopenings, new completions and publication, and the migration's backfill fills
// the column from the scores document exactly where the app can read the scores back. The
// territory context: one query gives what the relation reads and counts gave (the kit and partner
// candidates: diagnostics-report-candidates.test.ts).
import { randomUUID } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Prisma, type TerritoryKind } from "@/generated/prisma/client";
import { randomAnswers } from "@/bench/answers";
import { createRandom } from "@/bench/prng";
import { db } from "@/lib/db";
import { completeDiagnostic, publishDiagnostic, reopenDiagnostic, saveAnswers, startDiagnostic } from "@/lib/diagnostics/diagnostics.mutations";
import { compareWithSimilar, readStoredResult, similarPopulationRange, type Comparison } from "@/lib/diagnostics/report";
import { compareTerritory, getTerritoryContext } from "@/lib/diagnostics/report.queries";
import { diagnosticTemplateSchema, type DiagnosticTemplate } from "@/lib/diagnostics/template.schema";
import { seedDiagnosticTemplate } from "@/prisma/seed-template";
import { makeOrganisationWithUser } from "../support/factories";

type Place = { id: number; kind: TerritoryKind; population: number | null };

let template: DiagnosticTemplate;
let templateId: string;
const random = createRandom(2026);

beforeAll(async () => {
  await seedDiagnosticTemplate(db);
  const active = await db.diagnosticTemplate.findFirstOrThrow({ where: { key: "diagnostic-territorial", status: "ACTIVE" }, orderBy: { version: "desc" } });
  template = diagnosticTemplateSchema.parse(active.content);
  templateId = active.id;
});

afterAll(async () => {
  await db.$disconnect();
});

// A draft organisation and its admin, as these tests were written with.
async function makeOrganisation() {
  const { id, user } = await makeOrganisationWithUser("ADMIN", { label: "Association comparée", status: "DRAFT" });
  return { id, principal: user.principal };
}

type Organisation = Awaited<ReturnType<typeof makeOrganisation>>;

/** A completed diagnostic with random valid answers (varied scores). */
async function completed(org: Organisation, territoryId: number) {
  const { id } = await startDiagnostic(org.principal, { actorId: org.id, territoryId });
  const saved = await saveAnswers(org.principal, id, { answers: randomAnswers(template, random), version: 1 });
  const done = await completeDiagnostic(org.principal, id, saved.version);
  return { id, version: done.version, overall: done.result.overall };
}

/** The former compareTerritory: every comparable row's scores document, averaged in JavaScript. */
async function referenceComparison(territory: Place): Promise<Comparison> {
  if (territory.population === null || territory.population <= 0) return { status: "no-population" };
  const range = similarPopulationRange(territory.population);
  const rows = await db.diagnostic.findMany({
    where: {
      status: { in: ["COMPLETED", "PUBLISHED"] },
      territoryId: { not: territory.id },
      territory: { kind: territory.kind, population: { gte: range.min, lte: range.max } },
    },
    select: { actorId: true, scores: true },
  });
  return compareWithSimilar(
    rows.flatMap((row) => {
      const result = readStoredResult(row.scores);
      return result ? [{ actorId: row.actorId, overall: result.overall }] : [];
    }),
  );
}

const countOf = (comparison: Comparison) => (comparison.status === "no-population" ? 0 : comparison.count);

describe("compareTerritory", () => {
  it("equals the average over the scores documents through completion, reopening, new completion and publication", async () => {
    // EPCI around 50,000 inhabitants: the diagnostics of the other tests sit on communes and départements.
    const reference = await db.territory.findFirstOrThrow({ where: { kind: "EPCI", population: { gte: 45_000, lte: 55_000 } }, orderBy: { id: "asc" } });
    const place: Place = { id: reference.id, kind: "EPCI", population: reference.population };
    const range = similarPopulationRange(reference.population!);
    const similar = await db.territory.findMany({
      where: { kind: "EPCI", id: { not: reference.id }, population: { gte: range.min, lte: range.max } },
      orderBy: { id: "asc" },
      take: 5,
      select: { id: true },
    });
    const far = await db.territory.findFirstOrThrow({ where: { kind: "EPCI", population: { gt: range.max * 2 } }, select: { id: true } });
    expect(similar).toHaveLength(5);
    const orgs = [await makeOrganisation(), await makeOrganisation(), await makeOrganisation(), await makeOrganisation()];
    const check = async () => {
      const expected = await referenceComparison(place);
      expect(await compareTerritory(place)).toEqual(expected);
      return expected;
    };
    const baseline = countOf(await check());

    const first = await completed(orgs[0], similar[0].id);
    await completed(orgs[0], similar[1].id);
    expect(countOf(await check())).toBe(baseline + 2);

    // Reopened: out of the comparison, its column cleared with its scores.
    const reopened = await completed(orgs[1], similar[2].id);
    expect(countOf(await check())).toBe(baseline + 3);
    await reopenDiagnostic(orgs[1].principal, reopened.id, reopened.version);
    expect(await db.diagnostic.findUniqueOrThrow({ where: { id: reopened.id } })).toMatchObject({ status: "DRAFT", scores: null, overallScore: null });
    expect(countOf(await check())).toBe(baseline + 2);

    // Reopened, answered differently, completed again, then published: counted with its new score.
    const redone = await completed(orgs[2], similar[3].id);
    await reopenDiagnostic(orgs[2].principal, redone.id, redone.version);
    const saved = await saveAnswers(orgs[2].principal, redone.id, { answers: randomAnswers(template, random), version: redone.version + 1 });
    const again = await completeDiagnostic(orgs[2].principal, redone.id, saved.version);
    await publishDiagnostic(orgs[2].principal, redone.id);
    expect(await db.diagnostic.findUniqueOrThrow({ where: { id: redone.id } })).toMatchObject({ status: "PUBLISHED", overallScore: again.result.overall });

    // Neither a draft, nor a territory too large, nor the territory itself count.
    await startDiagnostic(orgs[3].principal, { actorId: orgs[3].id, territoryId: similar[4].id });
    await completed(orgs[3], far.id);
    await completed(orgs[3], reference.id);
    expect(countOf(await check())).toBe(baseline + 3);
    await completed(orgs[3], similar[4].id);
    const final = await check();
    expect(final).toMatchObject({ status: "available", count: baseline + 4 });
    expect((await db.diagnostic.findUniqueOrThrow({ where: { id: first.id } })).overallScore).toBe(first.overall);

    // The same equality seen from each of these territories, and from one without population.
    for (const id of [far.id, reference.id, ...similar.map((territory) => territory.id)]) {
      const territory = await db.territory.findUniqueOrThrow({ where: { id }, select: { id: true, kind: true, population: true } });
      expect(await compareTerritory(territory)).toEqual(await referenceComparison(territory));
    }
    expect(await compareTerritory({ ...place, population: null })).toEqual({ status: "no-population" });
  });
});

/** The backfill statement of the migration that added the column, as `prisma migrate deploy` runs it. */
function backfillStatement(): string {
  const folder = readdirSync(path.resolve("prisma/migrations")).find((name) => name.endsWith("_diagnostic_overall_score"));
  if (!folder) throw new Error("migration diagnostic_overall_score not found");
  const sql = readFileSync(path.resolve("prisma/migrations", folder, "migration.sql"), "utf8");
  const statement = sql
    .split(";")
    .map((part) => part.replace(/^\s*--.*$/gm, "").trim())
    .find((part) => part.startsWith(`UPDATE "Diagnostic"`));
  if (!statement) throw new Error("no backfill statement in the migration");
  return statement;
}

describe("the migration's backfill", () => {
  it("copies scores.overall exactly where readStoredResult reads the scores, and nowhere else", async () => {
    const org = await makeOrganisation();
    const territory = await db.territory.findFirstOrThrow({ where: { kind: "REGION" }, select: { id: true } });
    const level = { level: 2, name: "Expérimentation", description: "" };
    const documents: (Prisma.InputJsonValue | typeof Prisma.DbNull | typeof Prisma.JsonNull)[] = [
      { axes: { a: 40, b: 60 }, overall: 50, level, priorities: ["MOBILITE"] },
      { axes: { a: 62.5 }, overall: 62.5, level },
      { axes: {}, overall: 0, level },
      { axes: { a: 1 }, overall: 1e-7, level: "ancien format" },
      { axes: [], overall: 17, level: 3 },
      { axes: { a: 40 }, overall: "40", level },
      { axes: { a: 40 }, level },
      { axes: null, overall: 40, level },
      { overall: 40, level },
      { axes: { a: 40 }, overall: 40 },
      { axes: { a: 40 }, overall: 40, level: null },
      { axes: { a: 40 }, overall: 40, level: false },
      { axes: { a: 40 }, overall: 40, level: 0 },
      { axes: { a: 40 }, overall: 40, level: "" },
      [40],
      "40",
      Prisma.JsonNull,
      Prisma.DbNull,
    ];
    const ids: string[] = [];
    for (const scores of documents) {
      const created = await db.diagnostic.create({
        data: { territoryId: territory.id, actorId: org.id, templateId, status: "COMPLETED", scores },
        select: { id: true },
      });
      ids.push(created.id);
    }
    await db.$executeRawUnsafe(`${backfillStatement()} AND id = ANY($1)`, ids);

    const rows = await db.diagnostic.findMany({ where: { id: { in: ids } }, select: { id: true, scores: true, overallScore: true } });
    const filled = rows.filter((row) => row.overallScore !== null);
    expect(filled).toHaveLength(5);
    for (const row of rows) expect(row.overallScore).toBe(readStoredResult(row.scores)?.overall ?? null);
  });
});

/** The former getTerritoryContext: relation reads and counts through Prisma. */
async function referenceContext(territoryId: number) {
  const refSelect = { kind: true, code: true, name: true } as const;
  const inside = { territory: { ancestors: { some: { ancestorId: territoryId } } } };
  const [territory, communeCount, actorCount, allianceCount] = await Promise.all([
    db.territory.findUniqueOrThrow({
      where: { id: territoryId },
      select: {
        ...refSelect,
        population: true,
        departement: { select: refSelect },
        region: { select: refSelect },
        memberOf: { where: { group: { kind: "EPCI" } }, select: { group: { select: refSelect } }, take: 1 },
        commune: { select: { memberOf: { where: { group: { kind: "EPCI" } }, select: { group: { select: refSelect } }, take: 1 } } },
      },
    }),
    db.territoryAncestor.count({ where: { ancestorId: territoryId, descendant: { kind: "COMMUNE", isArrondissement: false } } }),
    db.actor.count({ where: { status: "PUBLISHED", territories: { some: inside } } }),
    db.alliance.count({ where: { status: "PUBLISHED", territories: { some: inside } } }),
  ]);
  const { memberOf, commune, ...rest } = territory;
  const epci = memberOf[0]?.group ?? commune?.memberOf[0]?.group ?? null;
  return { ...rest, epci, communeCount, actorCount, allianceCount };
}

describe("getTerritoryContext", () => {
  it("gives what the relation reads and counts gave, for every kind of territory", async () => {
    const id = async (kind: TerritoryKind, code: string) =>
      (await db.territory.findUniqueOrThrow({ where: { kind_code: { kind, code } }, select: { id: true } })).id;
    const [saintEtienne, firminy, arrondissement, island, loire, auvergne] = [
      await id("COMMUNE", "42218"),
      await id("COMMUNE", "42095"),
      await id("COMMUNE", "13216"),
      await id("COMMUNE", "22016"),
      await id("DEPARTEMENT", "42"),
      await id("REGION", "84"),
    ];
    const metropole = (await db.territoryMembership.findFirstOrThrow({ where: { memberId: saintEtienne, group: { kind: "EPCI" } }, select: { groupId: true } }))
      .groupId;
    // Published actors and alliances inside (one of them on two communes: counted once), and drafts that never count.
    const suffix = randomUUID().slice(0, 8);
    const actor = (name: string, status: "PUBLISHED" | "DRAFT", territories: number[]) =>
      db.actor.create({
        data: {
          name: `${name} ${suffix}`,
          slug: `${name.toLowerCase()}-${suffix}`,
          searchKey: `${name.toLowerCase()} ${suffix}`,
          kind: "ASSOCIATION",
          status,
          territories: { create: territories.map((territoryId) => ({ territoryId })) },
        },
      });
    await actor("Publiee", "PUBLISHED", [saintEtienne, firminy]);
    await actor("Brouillon", "DRAFT", [saintEtienne]);
    await actor("Marseillaise", "PUBLISHED", [arrondissement]);
    const alliance = (title: string, status: "PUBLISHED" | "DRAFT", territories: number[]) =>
      db.alliance.create({
        data: {
          title: `${title} ${suffix}`,
          slug: `${title.toLowerCase()}-${suffix}`,
          searchKey: `${title.toLowerCase()} ${suffix}`,
          summary: "Essai",
          mode: "MECENAT",
          status,
          territories: { create: territories.map((territoryId) => ({ territoryId })) },
        },
      });
    await alliance("Alliance", "PUBLISHED", [saintEtienne, metropole]);
    await alliance("Projet", "DRAFT", [loire]);

    for (const territoryId of [saintEtienne, firminy, arrondissement, island, metropole, loire, auvergne]) {
      expect(await getTerritoryContext(territoryId)).toEqual(await referenceContext(territoryId));
    }
    const context = await getTerritoryContext(saintEtienne);
    expect(context).toMatchObject({
      kind: "COMMUNE",
      code: "42218",
      departement: { kind: "DEPARTEMENT", code: "42" },
      region: { kind: "REGION", code: "84" },
      epci: { kind: "EPCI" },
    });
    expect(context.actorCount).toBeGreaterThanOrEqual(1);
    expect(context.allianceCount).toBeGreaterThanOrEqual(1);
    expect((await getTerritoryContext(arrondissement)).epci).not.toBeNull();
    expect((await getTerritoryContext(island)).epci).toBeNull();
    expect((await getTerritoryContext(loire)).communeCount).toBeGreaterThan(300);
  });
});

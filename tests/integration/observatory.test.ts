// The back-office observatory on the real database: figures, map counts and chart datasets move
// by exactly what the test adds (other test files share the database, so every figure is read
// before and after), the région and period filters leave out what they should, and anyone
// without stats.read is refused before any query runs.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Principal } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { ForbiddenError } from "@/lib/errors";
import { parseObservatoryParams, type ObservatoryParams } from "@/lib/observatory/observatory";
import { getObservatory, type Observatory } from "@/lib/observatory/observatory.queries";
import { seedDiagnosticTemplate } from "@/prisma/seed-template";
import { makeActor, makeAlliance, territoryIds, uniqueToken } from "./directory-factories";
import { makeUser as makeTestUser } from "../support/factories";

// Corse (région 94) holds nothing from the other test files: the région-filtered datasets are ours.
const CORSE = "94";
const AJACCIO: ["COMMUNE", string] = ["COMMUNE", "2A004"];
const SAINT_ETIENNE: ["COMMUNE", string] = ["COMMUNE", "42218"];

let staff: Principal;
let token: string;
let templateId: string;
let ajaccio: number;
const createdKits: string[] = [];

/** Only the principal: what the observatory's queries take. */
async function makeUser(platformRole: "USER" | "STAFF" | "ADMIN" = "USER") {
  return (await makeTestUser(platformRole)).principal;
}

const scores = {
  axes: {},
  overall: 40,
  level: { level: 2, name: "Expérimentation", description: "" },
  priorities: ["EMPLOI_INSERTION"],
  modes: [],
  partnerKinds: [],
  audience: "ASSOCIATION",
  objectives: [],
};

async function makeDiagnostic(
  actorId: string,
  territoryId: number,
  input: { status: "DRAFT" | "COMPLETED" | "PUBLISHED"; completedAt?: Date; level?: number },
) {
  const done = input.status !== "DRAFT";
  return db.diagnostic.create({
    data: {
      actorId,
      territoryId,
      templateId,
      status: input.status,
      completedAt: done ? (input.completedAt ?? new Date()) : null,
      maturityLevel: done ? (input.level ?? 2) : null,
      scores: done ? { ...scores, level: { ...scores.level, level: input.level ?? 2 } } : undefined,
    },
  });
}

const params = (raw: Record<string, string>): ObservatoryParams => parseObservatoryParams(raw);
const areaCount = (result: Observatory, code: string) => result.map.find((area) => area.code === code)?.count ?? 0;
const regionRow = (result: Observatory, code: string) => result.perRegion.find((row) => row.code === code)!;
const currentMonth = (result: Observatory) => result.diagnosticsByMonth[result.diagnosticsByMonth.length - 1].count;

beforeAll(async () => {
  await seedDiagnosticTemplate(db);
  templateId = (await db.diagnosticTemplate.findFirstOrThrow({ where: { status: "ACTIVE" }, select: { id: true } })).id;
  [ajaccio] = await territoryIds([AJACCIO]);
  staff = await makeUser("STAFF");
  token = uniqueToken();
});

afterAll(async () => {
  // Published kits are seen by every resource-centre query: leave none behind.
  await db.kit.deleteMany({ where: { id: { in: createdKits } } });
  await db.$disconnect();
});

describe("getObservatory", () => {
  it("refuses anyone without stats.read, organisation members included", async () => {
    const user = await makeUser();
    const organisation = await makeActor({ name: `Organisation ${token}` });
    await db.membership.create({ data: { userId: user.id, actorId: organisation.id, role: "ADMIN" } });
    await expect(getObservatory(user, params({}))).rejects.toThrow(ForbiddenError);
    await expect(getObservatory(null, params({}))).rejects.toThrow(ForbiddenError);
  });

  it("counts what is published or completed, by area, mode, stage, month and level", async () => {
    const national = params({ mesure: "acteurs", echelle: "departement", periode: "tout" });
    const before = await getObservatory(staff, national);

    const corsican = await makeActor({ name: `Association corse ${token}`, places: [AJACCIO] });
    await makeActor({ name: `Association ligérienne ${token}`, places: [SAINT_ETIENNE] });
    await makeActor({ name: `Brouillon ${token}`, places: [AJACCIO], status: "DRAFT" });
    await makeAlliance({ title: `Alliance corse ${token}`, mode: "INNOVATION_SOCIETALE", places: [AJACCIO] });
    await makeAlliance({ title: `Alliance en attente ${token}`, mode: "INNOVATION_SOCIETALE", places: [AJACCIO], status: "PENDING" });
    await makeDiagnostic(corsican.id, ajaccio, { status: "COMPLETED", level: 2 });
    await makeDiagnostic(corsican.id, ajaccio, { status: "PUBLISHED", level: 3 });
    await makeDiagnostic(corsican.id, ajaccio, { status: "DRAFT" });
    await makeUser();

    const after = await getObservatory(staff, national);
    expect(after.figures.actors - before.figures.actors).toBe(2);
    expect(after.figures.alliances - before.figures.alliances).toBe(1);
    expect(after.figures.diagnostics - before.figures.diagnostics).toBe(2);
    expect(after.figures.users - before.figures.users).toBe(1);
    expect(areaCount(after, "2A") - areaCount(before, "2A")).toBe(1);
    expect(areaCount(after, "42") - areaCount(before, "42")).toBe(1);
    expect(regionRow(after, CORSE).actors - regionRow(before, CORSE).actors).toBe(1);
    expect(regionRow(after, CORSE).alliances - regionRow(before, CORSE).alliances).toBe(1);
    const mode = (result: Observatory) => result.alliancesByMode.find((row) => row.mode === "INNOVATION_SOCIETALE")!.count;
    const stage = (result: Observatory) => result.alliancesByStage.find((row) => row.stage === "ACTIVE")!.count;
    expect(mode(after) - mode(before)).toBe(1);
    expect(stage(after) - stage(before)).toBe(1);
    expect(currentMonth(after) - currentMonth(before)).toBe(2);
    expect(after.diagnosticsByMonth).toHaveLength(24);

    // Maturity levels are named by the template's content.
    const level = (result: Observatory, n: number) => result.maturity.find((row) => row.level === n);
    expect(level(after, 2)?.name).toBe("Expérimentation");
    expect(level(after, 3)?.name).toBe("Structuration");
    expect(level(after, 2)!.count - level(before, 2)!.count).toBe(1);

    // The map of diagnostics, by région.
    const diagnosticsMap = params({ mesure: "diagnostics", echelle: "region", periode: "tout" });
    const corseDiagnostics = (await getObservatory(staff, diagnosticsMap)).map.find((area) => area.code === CORSE)?.count;
    expect(corseDiagnostics).toBeGreaterThanOrEqual(2);
  });

  it("filters on a région and on a period, and ranks the kits the reports recommend", async () => {
    const actor = await makeActor({ name: `Association du filtre ${token}`, places: [AJACCIO] });
    const kit = await db.kit.create({
      data: {
        title: `Aaa kit de l'observatoire ${token}`,
        slug: `kit-observatoire-${token}`,
        searchKey: `kit observatoire ${token}`,
        category: "METHODE",
        status: "PUBLISHED",
        publishedAt: new Date(),
        maturityLevels: [2],
        themes: ["EMPLOI_INSERTION"],
        audiences: ["ASSOCIATION"],
      },
    });
    createdKits.push(kit.id);
    const corse12 = params({ region: CORSE, periode: "12" });
    const corseAll = params({ region: CORSE, periode: "tout" });
    const before12 = await getObservatory(staff, corse12);
    const beforeTout = await getObservatory(staff, corseAll);

    const recent = await makeDiagnostic(actor.id, ajaccio, { status: "COMPLETED", level: 2 });
    const old = new Date();
    old.setUTCFullYear(old.getUTCFullYear() - 3);
    await makeDiagnostic(actor.id, ajaccio, { status: "COMPLETED", level: 2, completedAt: old });
    const [rater, otherRater] = [await makeUser(), await makeUser()];
    await db.feedback.createMany({
      data: [
        { userId: rater.id, kitId: kit.id, kind: "RATING", rating: 5 },
        { userId: otherRater.id, kitId: kit.id, kind: "RATING", rating: 2 },
        { userId: rater.id, kitId: kit.id, kind: "COMMENT", comment: `Très utile ${token}` },
        { userId: rater.id, diagnosticId: recent.id, kind: "RATING", rating: 4, comment: `Diagnostic éclairant ${token}` },
      ],
    });

    const after12 = await getObservatory(staff, corse12);
    const afterTout = await getObservatory(staff, corseAll);
    expect(after12.region).toMatchObject({ code: CORSE, name: "Corse" });
    // Key figures are not limited to the period; the diagnostics datasets are.
    expect(after12.figures.diagnostics - before12.figures.diagnostics).toBe(2);
    const level2 = (result: Observatory) => result.maturity.find((row) => row.level === 2)!.count;
    expect(level2(after12) - level2(before12)).toBe(1);
    expect(level2(afterTout) - level2(beforeTout)).toBe(2);

    // Our kit fits level 2, the first priority and the audience: first of both new reports.
    const recommended = (result: Observatory) => result.recommendedKits.find((entry) => entry.id === kit.id)?.count ?? 0;
    expect(recommended(after12) - recommended(before12)).toBe(1);
    expect(recommended(afterTout) - recommended(beforeTout)).toBe(2);

    expect(after12.kitRatings.counts[4] - before12.kitRatings.counts[4]).toBe(1);
    expect(after12.kitRatings.counts[1] - before12.kitRatings.counts[1]).toBe(1);
    expect(after12.diagnosticRatings.counts[3] - before12.diagnosticRatings.counts[3]).toBe(1);
    expect(after12.kitComments.map((row) => row.comment)).toContain(`Très utile ${token}`);
    expect(after12.diagnosticComments).toContainEqual(
      expect.objectContaining({ comment: `Diagnostic éclairant ${token}`, territory: "Ajaccio", rating: 4, diagnosticId: recent.id }),
    );

    // Outside Corse, neither the actor nor the Corsican diagnostics count.
    const loire = await getObservatory(staff, params({ region: "84", periode: "tout" }));
    expect(loire.diagnosticComments.map((row) => row.comment)).not.toContain(`Diagnostic éclairant ${token}`);
  });

  it("ignores an unknown région code rather than failing", async () => {
    const result = await getObservatory(staff, params({ region: "99" }));
    expect(result.region).toBeNull();
    expect(result.regions.length).toBeGreaterThanOrEqual(13);
  });
});

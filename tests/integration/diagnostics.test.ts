// Diagnostics on the real database: start, save, resume, complete, publish, rate; validation
// refusals that store nothing; version conflicts; cross-tenant attempts with forged ids; the
// report's context, recommendations and the anonymity threshold of the comparison.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Principal } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from "@/lib/errors";
import {
  completeDiagnostic,
  publishDiagnostic,
  rateDiagnostic,
  saveAnswers,
  startDiagnostic,
  unpublishDiagnostic,
} from "@/lib/diagnostics/diagnostics.mutations";
import { getDiagnostic, listMyDiagnostics } from "@/lib/diagnostics/diagnostics.queries";
import { buildDiagnosticReport, compareTerritory } from "@/lib/diagnostics/report.queries";
import { getPublishedDiagnosticsSummary } from "@/lib/diagnostics/territory-summary.queries";
import { scoreDiagnostic } from "@/lib/diagnostics/scoring";
import { exampleAnswers } from "@/lib/diagnostics/test-fixtures";
import { seedDiagnosticTemplate } from "@/prisma/seed-template";
import { makeOrganisationWithTeam, makeUser, territoryId } from "../support/factories";

const CONFLICT = "Ce diagnostic a été modifié par quelqu'un d'autre. Rechargez la page pour voir la dernière version.";

let saintEtienne: number;

beforeAll(async () => {
  await seedDiagnosticTemplate(db);
  saintEtienne = await territoryId("COMMUNE", "42218");
});

afterAll(async () => {
  await db.$disconnect();
});

// ───────────── factories ─────────────

/** An organisation with an admin and a member. */
// Draft organisations, as these tests were written with.
const makeOrganisation = (territories: number[] = []) => makeOrganisationWithTeam({ label: "Association d'essai", status: "DRAFT", territories });

async function completed(principal: Principal, actorId: string, territory: number, answers: Record<string, unknown> = exampleAnswers()) {
  const { id } = await startDiagnostic(principal, { actorId, territoryId: territory });
  const saved = await saveAnswers(principal, id, { answers, version: 1 });
  await completeDiagnostic(principal, id, saved.version);
  return id;
}

const row = (id: string) => db.diagnostic.findUniqueOrThrow({ where: { id } });

// ───────────── start, save, resume, complete ─────────────

describe("the questionnaire", () => {
  it("starts a draft on the ACTIVE template, with its author and an audit row", async () => {
    const org = await makeOrganisation();
    const template = await db.diagnosticTemplate.findFirstOrThrow({ where: { key: "diagnostic-territorial", status: "ACTIVE" } });
    const { id, version } = await startDiagnostic(org.member.principal, { actorId: org.id, territoryId: saintEtienne });
    expect(version).toBe(1);
    expect(await row(id)).toMatchObject({
      status: "DRAFT",
      templateId: template.id,
      authorId: org.member.id,
      actorId: org.id,
      territoryId: saintEtienne,
      answers: {},
    });
    expect(await db.auditLog.count({ where: { entity: "Diagnostic", entityId: id, action: "diagnostic.started" } })).toBe(1);
  });

  it("refuses to start for an organisation one is not a member of, or on an unknown territory", async () => {
    const org = await makeOrganisation();
    const outsider = await makeUser();
    await expect(startDiagnostic(outsider.principal, { actorId: org.id, territoryId: saintEtienne })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(startDiagnostic(null, { actorId: org.id, territoryId: saintEtienne })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(startDiagnostic(org.admin.principal, { actorId: org.id, territoryId: 999_999_999 })).rejects.toBeInstanceOf(ValidationError);
    expect(await db.diagnostic.count({ where: { actorId: org.id } })).toBe(0);
  });

  it("saves partial answers step by step, bumps the version, and resumes them", async () => {
    const org = await makeOrganisation();
    const { id } = await startDiagnostic(org.member.principal, { actorId: org.id, territoryId: saintEtienne });
    const first = await saveAnswers(org.member.principal, id, { answers: { kind: "association", role: "acteur" }, version: 1 });
    expect(first.version).toBe(2);
    // Another member of the same organisation goes on where the first stopped.
    const second = await saveAnswers(org.admin.principal, id, { answers: { role: "animateur", fragilites: ["emploi", "sante"] }, version: 2 });
    expect(second.version).toBe(3);
    const resumed = await getDiagnostic(org.member.principal, id);
    expect(resumed.answers).toEqual({ kind: "association", role: "animateur", fragilites: ["emploi", "sante"] });
    expect(resumed.version).toBe(3);
    expect(resumed.template.key).toBe("diagnostic-territorial");
  });

  it("refuses unknown questions, wrong types and out-of-range values, and stores nothing", async () => {
    const org = await makeOrganisation();
    const { id } = await startDiagnostic(org.member.principal, { actorId: org.id, territoryId: saintEtienne });
    await saveAnswers(org.member.principal, id, { answers: { kind: "association" }, version: 1 });
    const before = await row(id);
    const attempts: [Record<string, unknown>, string][] = [
      [{ role: "acteur", inconnue: "x" }, "inconnue"],
      [{ kind: 3 }, "kind"],
      [{ kind: "extraterrestre" }, "kind"],
      [{ donnees: 9 }, "donnees"],
      [{ donnees: 2.5 }, "donnees"],
      [{ fragilites: ["emploi", "emploi"] }, "fragilites"],
      [{ fragilites: ["emploi", "sante", "logement", "culture"] }, "fragilites"],
      [{ competences: "x".repeat(1001) }, "competences"],
    ];
    for (const [answers, field] of attempts) {
      const error = await saveAnswers(org.member.principal, id, { answers, version: 2 }).catch((caught: unknown) => caught);
      expect(error, JSON.stringify(answers)).toBeInstanceOf(ValidationError);
      expect(Object.keys((error as ValidationError).fieldErrors)).toContain(field);
    }
    await expect(saveAnswers(org.member.principal, id, { answers: ["kind"], version: 2 })).rejects.toBeInstanceOf(ValidationError);
    const after = await row(id);
    expect(after.answers).toEqual(before.answers);
    expect(after.version).toBe(before.version);
  });

  it("keeps the first of two saves made with the same version and refuses the second with the French conflict message", async () => {
    const org = await makeOrganisation();
    const { id } = await startDiagnostic(org.member.principal, { actorId: org.id, territoryId: saintEtienne });
    await saveAnswers(org.member.principal, id, { answers: { kind: "association" }, version: 1 });
    const error = await saveAnswers(org.admin.principal, id, { answers: { kind: "entreprise" }, version: 1 }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ConflictError);
    expect((error as Error).message).toBe(CONFLICT);
    expect(await row(id)).toMatchObject({ answers: { kind: "association" }, version: 2 });
  });

  it("serialises truly concurrent saves: exactly one wins", async () => {
    const org = await makeOrganisation();
    const { id } = await startDiagnostic(org.member.principal, { actorId: org.id, territoryId: saintEtienne });
    const results = await Promise.allSettled([
      saveAnswers(org.member.principal, id, { answers: { kind: "association" }, version: 1 }),
      saveAnswers(org.admin.principal, id, { answers: { kind: "entreprise" }, version: 1 }),
    ]);
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
    const rejected = results.find((result) => result.status === "rejected") as PromiseRejectedResult;
    expect(rejected.reason).toBeInstanceOf(ConflictError);
    expect((await row(id)).version).toBe(2);
  });

  it("completes only when every required question is answered, then freezes the answers", async () => {
    const org = await makeOrganisation();
    const { id } = await startDiagnostic(org.member.principal, { actorId: org.id, territoryId: saintEtienne });
    const partial = await saveAnswers(org.member.principal, id, { answers: { kind: "association" }, version: 1 });
    const missing = await completeDiagnostic(org.member.principal, id, partial.version).catch((caught: unknown) => caught);
    expect(missing).toBeInstanceOf(ValidationError);
    expect((missing as ValidationError).fieldErrors).toHaveProperty("role");
    expect((await row(id)).status).toBe("DRAFT");

    const answers = exampleAnswers();
    const full = await saveAnswers(org.member.principal, id, { answers, version: partial.version });
    await expect(completeDiagnostic(org.member.principal, id, partial.version)).rejects.toBeInstanceOf(ConflictError);
    const { result } = await completeDiagnostic(org.member.principal, id, full.version);
    const template = (await getDiagnostic(org.member.principal, id)).template;
    expect(result).toEqual(scoreDiagnostic(template, answers));
    const stored = await row(id);
    expect(stored).toMatchObject({ status: "COMPLETED", maturityLevel: result.level.level, version: full.version + 1 });
    expect(stored.completedAt).toBeInstanceOf(Date);
    expect(stored.scores).toEqual(JSON.parse(JSON.stringify(result)));

    const frozen = await saveAnswers(org.member.principal, id, { answers: { kind: "entreprise" }, version: stored.version }).catch((caught: unknown) => caught);
    expect(frozen).toBeInstanceOf(ConflictError);
    expect((await row(id)).answers).toEqual(stored.answers);
  });

  it("keeps the template version a diagnostic started with when a new one becomes active", async () => {
    const org = await makeOrganisation();
    const v1 = await db.diagnosticTemplate.findFirstOrThrow({ where: { key: "diagnostic-territorial", version: 1 } });
    const { id: before } = await startDiagnostic(org.member.principal, { actorId: org.id, territoryId: saintEtienne });
    const v2 = await db.diagnosticTemplate.create({
      data: {
        key: "diagnostic-territorial",
        version: 2,
        title: v1.title,
        content: { ...(v1.content as object), version: 2 },
        status: "ACTIVE",
        activatedAt: new Date(),
      },
    });
    try {
      const { id: after } = await startDiagnostic(org.member.principal, { actorId: org.id, territoryId: saintEtienne });
      expect((await row(after)).templateId).toBe(v2.id);
      expect((await row(before)).templateId).toBe(v1.id);
    } finally {
      await db.diagnostic.deleteMany({ where: { templateId: v2.id } });
      await db.diagnosticTemplate.delete({ where: { id: v2.id } });
    }
  });
});

// ───────────── publish, rate, list ─────────────

describe("after completion", () => {
  it("lets organisation admins, and only them, publish and unpublish the summary", async () => {
    const org = await makeOrganisation();
    const id = await completed(org.member.principal, org.id, saintEtienne);
    await expect(publishDiagnostic(org.member.principal, id)).rejects.toBeInstanceOf(ForbiddenError);
    await publishDiagnostic(org.admin.principal, id);
    expect((await row(id)).status).toBe("PUBLISHED");
    await unpublishDiagnostic(org.admin.principal, id);
    expect((await row(id)).status).toBe("COMPLETED");
    expect(await db.auditLog.count({ where: { entityId: id, action: { in: ["diagnostic.published", "diagnostic.unpublished"] } } })).toBe(2);

    const { id: draft } = await startDiagnostic(org.admin.principal, { actorId: org.id, territoryId: saintEtienne });
    await expect(publishDiagnostic(org.admin.principal, draft)).rejects.toBeInstanceOf(ConflictError);
  });

  it("counts on the territory page the published diagnostics only, and shows no figure of a lone organisation", async () => {
    const territory = await territoryId("COMMUNE", "23096");
    const org = await makeOrganisation();
    expect(await getPublishedDiagnosticsSummary(territory)).toEqual({ status: "none", organisations: 0, count: 0 });
    const id = await completed(org.member.principal, org.id, territory);
    await completed(org.member.principal, org.id, territory, { ...exampleAnswers(), fragilites: ["logement"] });
    expect((await getPublishedDiagnosticsSummary(territory)).status).toBe("none");
    await publishDiagnostic(org.admin.principal, id);
    // Under three organisations, only their number (tests/integration/diagnostics-anonymity.test.ts).
    const summary = await getPublishedDiagnosticsSummary(territory);
    expect(summary).toEqual({ status: "too-few", organisations: 1, count: 1 });
    expect(JSON.stringify(summary)).not.toContain(org.id);
    await unpublishDiagnostic(org.admin.principal, id);
    expect((await getPublishedDiagnosticsSummary(territory)).status).toBe("none");
  });

  it("records each opinion as a Feedback row, only once completed", async () => {
    const org = await makeOrganisation();
    const id = await completed(org.member.principal, org.id, saintEtienne);
    await rateDiagnostic(org.member.principal, id, { rating: 4, comment: "Utile pour préparer le comité." });
    await rateDiagnostic(org.admin.principal, id, { rating: 5, comment: "" });
    await expect(rateDiagnostic(org.admin.principal, id, { rating: 6, comment: "" })).rejects.toBeInstanceOf(ValidationError);
    const feedbacks = await db.feedback.findMany({ where: { diagnosticId: id }, orderBy: { rating: "asc" } });
    expect(feedbacks.map((feedback) => [feedback.rating, feedback.kind, feedback.userId])).toEqual([
      [4, "RATING", org.member.id],
      [5, "RATING", org.admin.id],
    ]);
    const { id: draft } = await startDiagnostic(org.admin.principal, { actorId: org.id, territoryId: saintEtienne });
    await expect(rateDiagnostic(org.admin.principal, draft, { rating: 3, comment: "" })).rejects.toBeInstanceOf(ConflictError);
  });

  it("lists the diagnostics of the user's organisations only", async () => {
    const mine = await makeOrganisation();
    const theirs = await makeOrganisation();
    const a = await completed(mine.member.principal, mine.id, saintEtienne);
    const { id: b } = await startDiagnostic(mine.admin.principal, { actorId: mine.id, territoryId: saintEtienne });
    const c = await completed(theirs.member.principal, theirs.id, saintEtienne);
    const list = await listMyDiagnostics(mine.member.id);
    expect(list.map((item) => item.id).sort()).toEqual([a, b].sort());
    expect(list.map((item) => item.id)).not.toContain(c);
    const done = list.find((item) => item.id === a)!;
    expect(done).toMatchObject({ status: "COMPLETED", territory: { kind: "COMMUNE", code: "42218" }, actor: { id: mine.id } });
    expect(done.level?.name).toEqual(expect.any(String));
    expect(list.find((item) => item.id === b)?.level).toBeNull();
  });
});

// ───────────── cross-tenant ─────────────

describe("another organisation's diagnostic", () => {
  async function snapshot(id: string) {
    return {
      diagnostic: await row(id),
      feedbacks: await db.feedback.count({ where: { diagnosticId: id } }),
      audit: await db.auditLog.count({ where: { entityId: id } }),
    };
  }

  it("is out of reach of every query and mutation, whatever the forged ids", async () => {
    const a = await makeOrganisation();
    const b = await makeOrganisation();
    const completedId = await completed(a.member.principal, a.id, saintEtienne);
    const { id: draftId } = await startDiagnostic(a.member.principal, { actorId: a.id, territoryId: saintEtienne });
    await saveAnswers(a.member.principal, draftId, { answers: { kind: "association" }, version: 1 });

    for (const intruder of [b.admin, b.member]) {
      for (const id of [completedId, draftId]) {
        const before = await snapshot(id);
        const version = before.diagnostic.version;
        const attempts: [string, () => Promise<unknown>][] = [
          ["getDiagnostic", () => getDiagnostic(intruder.principal, id)],
          ["saveAnswers", () => saveAnswers(intruder.principal, id, { answers: { kind: "entreprise" }, version })],
          ["completeDiagnostic", () => completeDiagnostic(intruder.principal, id, version)],
          ["publishDiagnostic", () => publishDiagnostic(intruder.principal, id)],
          ["unpublishDiagnostic", () => unpublishDiagnostic(intruder.principal, id)],
          ["rateDiagnostic", () => rateDiagnostic(intruder.principal, id, { rating: 1, comment: "intrusion" })],
        ];
        for (const [name, attempt] of attempts) {
          const error = await attempt().catch((caught: unknown) => caught);
          expect(error, `${name} on ${id}`).toBeInstanceOf(NotFoundError);
        }
        expect(await snapshot(id)).toEqual(before);
      }
      // Starting in A's name, with A's id forged into the form.
      await expect(startDiagnostic(intruder.principal, { actorId: a.id, territoryId: saintEtienne })).rejects.toBeInstanceOf(ForbiddenError);
      expect((await listMyDiagnostics(intruder.id)).map((item) => item.id)).not.toContain(completedId);
    }
    expect(await db.diagnostic.count({ where: { actorId: a.id } })).toBe(2);
    // Anonymous callers and unknown ids: not found either.
    await expect(getDiagnostic(null, completedId)).rejects.toBeInstanceOf(NotFoundError);
    await expect(getDiagnostic(a.member.principal, "inexistant")).rejects.toBeInstanceOf(NotFoundError);
  });

  it("may be read by platform staff, who still cannot change it", async () => {
    const a = await makeOrganisation();
    const staff = await makeUser("STAFF");
    const { id } = await startDiagnostic(a.member.principal, { actorId: a.id, territoryId: saintEtienne });
    expect((await getDiagnostic(staff.principal, id)).id).toBe(id);
    await expect(saveAnswers(staff.principal, id, { answers: { kind: "entreprise" }, version: 1 })).rejects.toBeInstanceOf(ForbiddenError);
    expect((await row(id)).version).toBe(1);
  });
});

// ───────────── report ─────────────

describe("the report", () => {
  it("gives the territory context, recommended kits and suggested partners with their reasons", async () => {
    const org = await makeOrganisation([saintEtienne]);
    const suffix = randomUUID().slice(0, 8);
    await db.kit.create({
      data: {
        title: `Kit numérique ${suffix}`,
        slug: `kit-numerique-${suffix}`,
        searchKey: `kit numerique ${suffix}`,
        category: "METHODE",
        audiences: ["ASSOCIATION"],
        maturityLevels: [1, 2, 3, 4],
        themes: ["INCLUSION_NUMERIQUE"],
        modes: ["MECENAT"],
        status: "PUBLISHED",
      },
    });
    await db.kit.create({
      data: {
        title: `Brouillon ${suffix}`,
        slug: `brouillon-${suffix}`,
        searchKey: `brouillon ${suffix}`,
        category: "METHODE",
        audiences: ["ASSOCIATION"],
        maturityLevels: [1, 2, 3, 4],
        themes: [],
      },
    });
    const partner = await db.actor.create({
      data: {
        name: `Entreprise mécène ${suffix}`,
        slug: `entreprise-mecene-${suffix}`,
        searchKey: `entreprise mecene ${suffix}`,
        kind: "ENTREPRISE",
        status: "PUBLISHED",
        territories: { create: [{ territoryId: saintEtienne }] },
        sdgs: { create: [] },
        offers: { create: [{ title: "Mécénat", mode: "MECENAT", theme: "INCLUSION_NUMERIQUE", territoryId: saintEtienne, status: "PUBLISHED" }] },
      },
    });
    const id = await completed(org.member.principal, org.id, saintEtienne);
    const report = (await buildDiagnosticReport(await getDiagnostic(org.member.principal, id)))!;

    expect(report.context).toMatchObject({ kind: "COMMUNE", code: "42218", communeCount: 1, departement: { code: "42" }, region: { code: "84" } });
    expect(report.context.population).toBeGreaterThan(100_000);
    expect(report.context.epci?.kind).toBe("EPCI");
    // The partner is published; the organisation running the diagnostic is not (a DRAFT profile).
    expect(report.context.actorCount).toBeGreaterThanOrEqual(1);
    // In the template's order (jsonb does not keep the stored keys' order).
    expect(report.axes.map((axis) => axis.id)).toEqual(["connaissance", "gouvernance", "moyens", "cooperation", "evaluation"]);
    expect(report.priorities.map((priority) => priority.theme)).toEqual(["INCLUSION_NUMERIQUE", "EMPLOI_INSERTION", "PRECARITE_LIEN_SOCIAL"]);

    const kit = report.kits.find((item) => item.kit.slug === `kit-numerique-${suffix}`);
    expect(kit?.reasons.join(" ")).toContain("« Inclusion numérique »");
    expect(kit?.reasons.join(" ")).toContain("au mode d'alliance que vous souhaitez explorer (mécénat)");
    expect(report.kits.some((item) => item.kit.slug === `brouillon-${suffix}`)).toBe(false);

    const suggested = report.partners.find((item) => item.actor.id === partner.id);
    expect(suggested?.actor.proximity).toBe("inside");
    expect(suggested?.reasons.join(" ")).toContain("mécénat");
    // The organisation itself is never suggested to itself.
    expect(report.partners.some((item) => item.actor.id === org.id)).toBe(false);
  });

  it("shows the comparison with similar territories only from three organisations on", async () => {
    // Départements, so that the communes used by the other tests never count.
    const creuse = { id: await territoryId("DEPARTEMENT", "23"), kind: "DEPARTEMENT" as const, population: 115_000 };
    const similar = [await territoryId("DEPARTEMENT", "15"), await territoryId("DEPARTEMENT", "05"), await territoryId("DEPARTEMENT", "09")];
    const far = await territoryId("DEPARTEMENT", "75");
    const orgs = [await makeOrganisation(), await makeOrganisation(), await makeOrganisation()];
    const baseline = await compareTerritory(creuse);
    expect(baseline.status).toBe("too-few");

    const first = await completed(orgs[0].member.principal, orgs[0].id, similar[0]);
    await completed(orgs[1].member.principal, orgs[1].id, far);
    // A draft and a diagnostic of the territory itself do not count either.
    await startDiagnostic(orgs[1].member.principal, { actorId: orgs[1].id, territoryId: similar[1] });
    await completed(orgs[1].member.principal, orgs[1].id, creuse.id);
    const low = { ...exampleAnswers(), experience: "aucune", gouvernance: "non", evaluation: "jamais", cooperations: 1, connaissance_acteurs: 1, donnees: 1 };
    const second = await completed(orgs[1].member.principal, orgs[1].id, similar[1], low);
    expect(await compareTerritory(creuse)).toEqual({ status: "too-few", count: 2 });

    const third = await completed(orgs[2].member.principal, orgs[2].id, similar[2]);
    const overall = async (id: string) => ((await row(id)).scores as { overall: number }).overall;
    const scores = await Promise.all([first, second, third].map(overall));
    expect(new Set(scores).size).toBeGreaterThan(1);
    expect(await compareTerritory(creuse)).toEqual({ status: "available", count: 3, average: Math.round(scores.reduce((a, b) => a + b, 0) / 3) });
    expect(await compareTerritory({ ...creuse, population: null })).toEqual({ status: "no-population" });
  });
});

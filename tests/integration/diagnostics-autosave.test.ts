// The questionnaire's autosave (issue #21): one small write of the answers that changed, merged
// into the stored ones, tied to the version the client last saw. A newer save is never overwritten:
// the later of two saves made on the same version is refused with the French conflict message.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { autosaveAnswers, completeDiagnostic, saveAnswers, startDiagnostic } from "@/lib/diagnostics/diagnostics.mutations";
import { exampleAnswers } from "@/lib/diagnostics/test-fixtures";
import { ConflictError, NotFoundError, ValidationError } from "@/lib/errors";
import { seedDiagnosticTemplate } from "@/prisma/seed-template";
import { makeOrganisationWithTeam, makeUser, territoryId } from "../support/factories";

const CONFLICT = "Ce diagnostic a été modifié par quelqu'un d'autre. Rechargez la page pour voir la dernière version.";
// Steps of the seeded questionnaire: 1 profil (kind, role, experience), 3 objectifs, 6 envies.
const PROFILE = 1;
const GOALS = 3;

let saintEtienne: number;

beforeAll(async () => {
  await seedDiagnosticTemplate(db);
  saintEtienne = await territoryId("COMMUNE", "42218");
});

afterAll(async () => {
  await db.$disconnect();
});

async function draft() {
  const org = await makeOrganisationWithTeam({ label: "Association autosave", status: "DRAFT" });
  const { id } = await startDiagnostic(org.admin.principal, { actorId: org.id, territoryId: saintEtienne });
  return { org, id };
}

const row = (id: string) => db.diagnostic.findUniqueOrThrow({ where: { id }, select: { answers: true, version: true, updatedAt: true } });
const failure = (promise: Promise<unknown>) =>
  promise.then(
    () => null,
    (error: unknown) => error,
  );

describe("the autosave", () => {
  it("merges only the sent answers into the stored ones and bumps the version once", async () => {
    const { org, id } = await draft();
    await saveAnswers(org.admin.principal, id, { answers: { kind: "association", role: "acteur", attentes: ["confiance"] }, version: 1 });
    const before = await row(id);
    const saved = await autosaveAnswers(org.member.principal, id, { step: PROFILE, draft: { role: "animateur" }, version: 2 });
    expect(saved.version).toBe(3);
    const after = await row(id);
    expect(after).toMatchObject({ version: 3, answers: { kind: "association", role: "animateur", attentes: ["confiance"] } });
    expect(after.updatedAt.getTime()).toBeGreaterThanOrEqual(before.updatedAt.getTime());
    // The next one, with the version it got back, goes through too.
    await autosaveAnswers(org.member.principal, id, { step: GOALS, draft: { attentes: ["confiance", "innovation"] }, version: 3 });
    expect(await row(id)).toMatchObject({ version: 4, answers: { kind: "association", role: "animateur", attentes: ["confiance", "innovation"] } });
  });

  it("keeps the first of two saves made on the same version and refuses the other in French", async () => {
    const { org, id } = await draft();
    await autosaveAnswers(org.admin.principal, id, { step: PROFILE, draft: { kind: "association" }, version: 1 });
    const error = await failure(autosaveAnswers(org.member.principal, id, { step: PROFILE, draft: { kind: "entreprise" }, version: 1 }));
    expect(error).toBeInstanceOf(ConflictError);
    expect((error as Error).message).toBe(CONFLICT);
    expect(await row(id)).toMatchObject({ version: 2, answers: { kind: "association" } });
    // The step's own save with the stale version is refused the same way.
    expect(await failure(saveAnswers(org.member.principal, id, { answers: { kind: "entreprise" }, version: 1 }))).toBeInstanceOf(ConflictError);
    expect(await row(id)).toMatchObject({ version: 2, answers: { kind: "association" } });
  });

  it("lets exactly one of two simultaneous saves on the same version through", async () => {
    const { org, id } = await draft();
    const results = await Promise.allSettled([
      autosaveAnswers(org.admin.principal, id, { step: PROFILE, draft: { kind: "association" }, version: 1 }),
      autosaveAnswers(org.member.principal, id, { step: PROFILE, draft: { kind: "entreprise" }, version: 1 }),
    ]);
    const kept = results.findIndex((result) => result.status === "fulfilled");
    const refused = results.filter((result) => result.status === "rejected");
    expect(refused).toHaveLength(1);
    expect((refused[0] as PromiseRejectedResult).reason).toBeInstanceOf(ConflictError);
    expect(await row(id)).toMatchObject({ version: 2, answers: { kind: kept === 0 ? "association" : "entreprise" } });
  });

  it("refuses an invalid answer, storing nothing", async () => {
    const { org, id } = await draft();
    const error = await failure(autosaveAnswers(org.admin.principal, id, { step: PROFILE, draft: { kind: "pas-une-option" }, version: 1 }));
    expect(error).toBeInstanceOf(ValidationError);
    expect(Object.keys((error as ValidationError).fieldErrors)).toEqual(["kind"]);
    expect(await row(id)).toMatchObject({ version: 1, answers: {} });
  });

  it("writes nothing for a completed diagnostic, nor for someone outside the organisation", async () => {
    const { org, id } = await draft();
    const saved = await saveAnswers(org.admin.principal, id, { answers: exampleAnswers(), version: 1 });
    await completeDiagnostic(org.admin.principal, id, saved.version);
    const completed = await failure(autosaveAnswers(org.admin.principal, id, { step: PROFILE, draft: { kind: "entreprise" }, version: 3 }));
    expect(completed).toBeInstanceOf(ConflictError);
    const other = await draft();
    const outsider = await makeUser();
    expect(await failure(autosaveAnswers(outsider.principal, other.id, { step: PROFILE, draft: { kind: "entreprise" }, version: 1 }))).toBeInstanceOf(
      NotFoundError,
    );
    expect(await row(other.id)).toMatchObject({ version: 1, answers: {} });
  });
});

// Diagnostics after completion, on the real database: reopening to modify (answers kept, results
// cleared, version bumped, audited, a published summary withdrawn) and completing again; refusals
// that change nothing (another organisation, a stale version, a plain member on a published
// diagnostic); the follow-up opinion stored with its stage, and when the follow-up is asked.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Principal } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { ConflictError, ForbiddenError, NotFoundError } from "@/lib/errors";
import { completeDiagnostic, publishDiagnostic, rateDiagnostic, reopenDiagnostic, saveAnswers, startDiagnostic } from "@/lib/diagnostics/diagnostics.mutations";
import { listMyDiagnostics } from "@/lib/diagnostics/diagnostics.queries";
import { getDiagnosticFeedbackStats } from "@/lib/diagnostics/feedback-stats.queries";
import { selectDueFollowUps } from "@/lib/diagnostics/follow-up.queries";
import { getPublishedDiagnosticsSummary } from "@/lib/diagnostics/territory-summary.queries";
import { exampleAnswers } from "@/lib/diagnostics/test-fixtures";
import { seedDiagnosticTemplate } from "@/prisma/seed-template";
import { makeOrganisationWithTeam, makeUser } from "../support/factories";

const DAY_MS = 24 * 60 * 60 * 1000;
let saintEtienne: number;

beforeAll(async () => {
  await seedDiagnosticTemplate(db);
  saintEtienne = (await db.territory.findUniqueOrThrow({ where: { kind_code: { kind: "COMMUNE", code: "42218" } }, select: { id: true } })).id;
});

afterAll(async () => {
  await db.$disconnect();
});

// Draft organisations, as these tests were written with.
const makeOrganisation = () => makeOrganisationWithTeam({ label: "Association de suivi", status: "DRAFT" });

async function completed(principal: Principal, actorId: string) {
  const { id } = await startDiagnostic(principal, { actorId, territoryId: saintEtienne });
  const saved = await saveAnswers(principal, id, { answers: exampleAnswers(), version: 1 });
  await completeDiagnostic(principal, id, saved.version);
  return id;
}

const row = (id: string) => db.diagnostic.findUniqueOrThrow({ where: { id } });

describe("reopening a completed diagnostic", () => {
  it("a member reopens it: DRAFT, answers kept, results cleared, version bumped, audited; then completes it again", async () => {
    const organisation = await makeOrganisation();
    const id = await completed(organisation.member.principal, organisation.id);
    const before = await row(id);
    expect(before.status).toBe("COMPLETED");

    const reopened = await reopenDiagnostic(organisation.member.principal, id, before.version);
    expect(reopened).toEqual({ version: before.version + 1, wasPublished: false });
    const draft = await row(id);
    expect(before.overallScore).toBe((before.scores as { overall: number }).overall);
    expect(draft).toMatchObject({ status: "DRAFT", scores: null, overallScore: null, maturityLevel: null, completedAt: null, version: before.version + 1 });
    expect(draft.answers).toEqual(before.answers);
    expect(await db.auditLog.count({ where: { entity: "Diagnostic", entityId: id, action: "diagnostic.reopened", userId: organisation.member.id } })).toBe(1);

    // Modify an answer that moves the scores, then complete again.
    const saved = await saveAnswers(organisation.member.principal, id, { answers: { cooperations: 1, personnes: 0 }, version: draft.version });
    const done = await completeDiagnostic(organisation.member.principal, id, saved.version);
    const after = await row(id);
    expect(after.status).toBe("COMPLETED");
    expect(after.completedAt).not.toBeNull();
    expect(after.maturityLevel).toBe(done.result.level.level);
    expect((after.answers as Record<string, unknown>).cooperations).toBe(1);
    expect(after.scores).not.toEqual(before.scores);
    expect(after.overallScore).toBe(done.result.overall);
  });

  it("refuses a stale version, and a diagnostic already reopened, changing nothing", async () => {
    const organisation = await makeOrganisation();
    const id = await completed(organisation.admin.principal, organisation.id);
    const before = await row(id);
    await expect(reopenDiagnostic(organisation.member.principal, id, before.version - 1)).rejects.toBeInstanceOf(ConflictError);
    expect(await row(id)).toEqual(before);
    await reopenDiagnostic(organisation.member.principal, id, before.version);
    const draft = await row(id);
    await expect(reopenDiagnostic(organisation.admin.principal, id, draft.version)).rejects.toBeInstanceOf(ConflictError);
    expect(await row(id)).toEqual(draft);
  });

  it("cross-tenant: a member of another organisation cannot reopen it (not found), nothing changes", async () => {
    const owner = await makeOrganisation();
    const other = await makeOrganisation();
    const id = await completed(owner.member.principal, owner.id);
    const before = await row(id);
    for (const principal of [other.admin.principal, other.member.principal]) {
      await expect(reopenDiagnostic(principal, id, before.version)).rejects.toBeInstanceOf(NotFoundError);
    }
    await expect(reopenDiagnostic(null, id, before.version)).rejects.toBeInstanceOf(ForbiddenError);
    expect(await row(id)).toEqual(before);
    expect(await db.auditLog.count({ where: { entityId: id, action: "diagnostic.reopened" } })).toBe(0);
  });

  it("a published one: a plain member may not reopen it; an admin may, and the summary leaves the territory page", async () => {
    const organisation = await makeOrganisation();
    const id = await completed(organisation.admin.principal, organisation.id);
    await publishDiagnostic(organisation.admin.principal, id);
    const published = await row(id);
    const countBefore = (await getPublishedDiagnosticsSummary(saintEtienne)).count;
    expect(countBefore).toBeGreaterThanOrEqual(1);

    await expect(reopenDiagnostic(organisation.member.principal, id, published.version)).rejects.toBeInstanceOf(ForbiddenError);
    expect(await row(id)).toEqual(published);

    expect(await reopenDiagnostic(organisation.admin.principal, id, published.version)).toEqual({ version: published.version + 1, wasPublished: true });
    expect((await row(id)).status).toBe("DRAFT");
    expect((await getPublishedDiagnosticsSummary(saintEtienne)).count).toBe(countBefore - 1);
    // Completing again does not republish by itself: the organisation decides.
    await completeDiagnostic(organisation.admin.principal, id, published.version + 1);
    expect((await row(id)).status).toBe("COMPLETED");
  });
});

describe("the follow-up opinion", () => {
  it("is stored with its stage, beside the opinion given at completion; another organisation cannot give one", async () => {
    const organisation = await makeOrganisation();
    const other = await makeOrganisation();
    const id = await completed(organisation.member.principal, organisation.id);
    await rateDiagnostic(organisation.member.principal, id, { rating: 4, comment: "Utile au départ." });
    await rateDiagnostic(organisation.member.principal, id, { rating: 5, comment: "  Toujours utile.  ", stage: "FOLLOW_UP" });
    const rows = await db.feedback.findMany({
      where: { diagnosticId: id },
      orderBy: { createdAt: "asc" },
      select: { stage: true, rating: true, comment: true, userId: true },
    });
    expect(rows).toEqual([
      { stage: "COMPLETION", rating: 4, comment: "Utile au départ.", userId: organisation.member.id },
      { stage: "FOLLOW_UP", rating: 5, comment: "Toujours utile.", userId: organisation.member.id },
    ]);
    await expect(rateDiagnostic(other.member.principal, id, { rating: 1, comment: "", stage: "FOLLOW_UP" })).rejects.toBeInstanceOf(NotFoundError);
    expect(await db.feedback.count({ where: { diagnosticId: id } })).toBe(2);
  });

  it("is asked three weeks after completion, once per member, not when postponed, and again after a new completion", async () => {
    const organisation = await makeOrganisation();
    const id = await completed(organisation.member.principal, organisation.id);
    const now = new Date();
    const due = async (userId: string, postponed: string[] = []) =>
      (await selectDueFollowUps(userId, await listMyDiagnostics(userId), { now, postponed })).map((diagnostic) => diagnostic.id);

    expect(await due(organisation.member.id)).not.toContain(id);
    await db.diagnostic.update({ where: { id }, data: { completedAt: new Date(now.getTime() - 22 * DAY_MS) } });
    expect(await due(organisation.member.id)).toContain(id);
    expect(await due(organisation.member.id, [id])).not.toContain(id);

    // The opinion given at completion does not answer it; a follow-up one does, for its author only.
    await rateDiagnostic(organisation.member.principal, id, { rating: 3, comment: "" });
    expect(await due(organisation.member.id)).toContain(id);
    await rateDiagnostic(organisation.member.principal, id, { rating: 4, comment: "", stage: "FOLLOW_UP" });
    expect(await due(organisation.member.id)).not.toContain(id);
    expect(await due(organisation.admin.id)).toContain(id);

    // Another organisation's members are never asked about it.
    const other = await makeOrganisation();
    expect(await due(other.member.id)).not.toContain(id);

    // Reopened: not asked while in progress.
    await reopenDiagnostic(organisation.admin.principal, id, (await row(id)).version);
    expect(await due(organisation.admin.id)).not.toContain(id);
    expect(await due(organisation.member.id)).not.toContain(id);

    // Completed again, three weeks pass: the member's earlier follow-up was about the old answers.
    await completeDiagnostic(organisation.admin.principal, id, (await row(id)).version);
    await db.feedback.updateMany({ where: { diagnosticId: id }, data: { createdAt: new Date(now.getTime() - 40 * DAY_MS) } });
    await db.diagnostic.update({ where: { id }, data: { completedAt: new Date(now.getTime() - 22 * DAY_MS) } });
    expect(await due(organisation.member.id)).toContain(id);
  });
});

describe("the observatory's numbers", () => {
  it("staff read the opinions at completion and at follow-up apart; a team member may not read them", async () => {
    const staff = await makeUser("STAFF");
    const organisation = await makeOrganisation();
    const before = await getDiagnosticFeedbackStats(staff.principal);
    const id = await completed(organisation.member.principal, organisation.id);
    await rateDiagnostic(organisation.member.principal, id, { rating: 2, comment: "" });
    await rateDiagnostic(organisation.admin.principal, id, { rating: 5, comment: "", stage: "FOLLOW_UP" });
    await rateDiagnostic(organisation.member.principal, id, { rating: 4, comment: "", stage: "FOLLOW_UP" });
    const after = await getDiagnosticFeedbackStats(staff.principal);
    expect(after.completion.count - before.completion.count).toBe(1);
    expect(after.completion.distribution[1] - before.completion.distribution[1]).toBe(1);
    expect(after.followUp.count - before.followUp.count).toBe(2);
    expect(after.followUp.distribution[4] - before.followUp.distribution[4]).toBe(1);
    expect(after.followUp.distribution[3] - before.followUp.distribution[3]).toBe(1);
    await expect(getDiagnosticFeedbackStats(organisation.admin.principal)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(getDiagnosticFeedbackStats(null)).rejects.toBeInstanceOf(ForbiddenError);
  });
});

// « Attribuer à un collègue » on the lists of needs and offers and of diagnostic summaries, on the
// real database: the shared list sends typed references, each item is assigned (and audited) under
// its own kind in one transaction; its « Attribué à » filter reads both tables; deleting an item
// forgets its assignment (the cleanup trigger), so the dashboard never counts it.
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { assignItems } from "@/lib/assignments/assignments.mutations";
import { assigneeIdCondition, assigneesOfNeedOfferRefs, countMyAssignments, loadNeedOfferListAssignments } from "@/lib/assignments/assignments.queries";
import { needOfferRef } from "@/lib/content-admin/content-admin";
import { parseDiagnosticListParams, parseNeedOfferListParams } from "@/lib/content-admin/content-admin.schemas";
import { listDiagnosticsForStaff } from "@/lib/content-admin/diagnostics-admin.queries";
import { listNeedsOffersForStaff } from "@/lib/content-admin/needs-offers-admin.queries";
import { ConflictError, NotFoundError } from "@/lib/errors";
import { seedDiagnosticTemplate } from "@/prisma/seed-template";
import { makeOrganisation, makeUser, territoryId, uniqueSuffix } from "../support/factories";

beforeAll(async () => {
  await seedDiagnosticTemplate(db);
});

afterAll(async () => {
  await db.$disconnect();
});

beforeEach(() => {
  vi.stubEnv("SMTP_URL", "");
});

const item = (actorId: string, territory: number, title: string) => ({
  data: { actorId, territoryId: territory, title, mode: "MECENAT" as const, theme: "INCLUSION_NUMERIQUE" as const, status: "PUBLISHED" as const },
});

describe("assigning needs, offers and diagnostics", () => {
  it("assigns a mixed selection of the shared list, each item under its own kind, and filters the list by it", async () => {
    const staff = await makeUser("STAFF");
    const colleague = await makeUser("STAFF", { name: "Dominique Suivi" });
    const suffix = uniqueSuffix();
    const org = await makeOrganisation({ name: `Porteur ${suffix}` });
    const lyon = await territoryId("COMMUNE", "69123");
    const need = await db.need.create(item(org.id, lyon, `Bénévoles ${suffix}`));
    const offer = await db.offer.create(item(org.id, lyon, `Salle ${suffix}`));
    const other = await db.need.create(item(org.id, lyon, `Autre ${suffix}`));
    const refs = [needOfferRef("need", need.id), needOfferRef("offer", offer.id)];

    const outcome = await assignItems(staff.principal, { entity: "NeedOffer", ids: refs, assigneeId: colleague.id, note: "Relancer" });
    expect(outcome.changed.map((row) => [row.entity, row.title]).sort()).toEqual([
      ["Need", `Bénévoles ${suffix}`],
      ["Offer", `Salle ${suffix}`],
    ]);
    // Each item's history names it under its own kind.
    expect(await db.auditLog.count({ where: { entity: "Need", entityId: need.id, action: "content.assigned" } })).toBe(1);
    expect(await db.auditLog.count({ where: { entity: "Offer", entityId: offer.id, action: "content.assigned" } })).toBe(1);
    const notes = await db.notification.findMany({ where: { userId: colleague.id, kind: "content.assigned" }, select: { title: true, href: true } });
    expect(notes).toEqual([{ title: "On vous a attribué 2 besoins et offres", href: "/admin/besoins-offres?attribue=moi" }]);
    await expect(assignItems(staff.principal, { entity: "NeedOffer", ids: refs, assigneeId: colleague.id })).rejects.toBeInstanceOf(ConflictError);
    // A tampered reference, or one of an item that does not exist, changes nothing.
    await expect(assignItems(staff.principal, { entity: "NeedOffer", ids: [need.id], assigneeId: staff.id })).rejects.toBeInstanceOf(NotFoundError);
    await expect(assignItems(staff.principal, { entity: "NeedOffer", ids: [needOfferRef("offer", need.id)], assigneeId: staff.id })).rejects.toBeInstanceOf(
      NotFoundError,
    );
    expect(await db.staffAssignment.count({ where: { assigneeId: staff.id } })).toBe(0);

    // The colleague's « Attribués à moi » reads both tables; « personne » the rest.
    const listed = async (viewer: typeof staff, attribue: string) => {
      const assignment = await loadNeedOfferListAssignments(viewer.principal, { attribue });
      const page = await listNeedsOffersForStaff(viewer.principal, parseNeedOfferListParams({ q: suffix, tri: "nom" }), assignment.conditions);
      return page.items.map((row) => row.id);
    };
    expect(await listed(colleague, "moi")).toEqual([needOfferRef("need", need.id), needOfferRef("offer", offer.id)]);
    expect(await listed(staff, "personne")).toEqual([needOfferRef("need", other.id)]);
    const page = await listNeedsOffersForStaff(staff.principal, parseNeedOfferListParams({ q: suffix }));
    const column = await assigneesOfNeedOfferRefs(staff.principal, page.items);
    expect(column.get(needOfferRef("offer", offer.id))).toMatchObject({ id: colleague.id, label: "Dominique Suivi" });
    expect(column.has(needOfferRef("need", other.id))).toBe(false);
    expect(await countMyAssignments(colleague.principal)).toEqual([
      { entity: "Need", count: 1 },
      { entity: "Offer", count: 1 },
    ]);

    // The owner deletes the need: its assignment goes with it (trigger), the offer's stays.
    await db.need.delete({ where: { id: need.id } });
    expect(await countMyAssignments(colleague.principal)).toEqual([{ entity: "Offer", count: 1 }]);
  });

  it("assigns a diagnostic summary and filters the diagnostics list by it", async () => {
    const staff = await makeUser("STAFF");
    const suffix = uniqueSuffix();
    const org = await makeOrganisation({ name: `Diagnostiqueur ${suffix}` });
    const template = await db.diagnosticTemplate.findFirstOrThrow({ where: { status: "ACTIVE" }, select: { id: true } });
    const lyon = await territoryId("COMMUNE", "69123");
    const diagnostic = await db.diagnostic.create({
      data: { actorId: org.id, territoryId: lyon, templateId: template.id, status: "PUBLISHED", completedAt: new Date(), maturityLevel: 2, overallScore: 50 },
    });
    await assignItems(staff.principal, { entity: "Diagnostic", ids: [diagnostic.id], assigneeId: staff.id });
    const summary = await db.auditLog.findFirstOrThrow({ where: { entity: "Diagnostic", entityId: diagnostic.id, action: "content.assigned" } });
    expect(summary.summary).toContain(`« Diagnostiqueur ${suffix} — Lyon »`);
    const mine = await listDiagnosticsForStaff(staff.principal, parseDiagnosticListParams({}), await assigneeIdCondition(staff.principal, "Diagnostic", "moi"));
    expect(mine.items.map((row) => row.id)).toEqual([diagnostic.id]);
    // Deleting the organisation deletes its diagnostics, and their assignments with them.
    await db.actor.delete({ where: { id: org.id } });
    expect(await db.staffAssignment.count({ where: { entityId: diagnostic.id } })).toBe(0);
  });
});

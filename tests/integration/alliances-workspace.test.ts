// The alliances workspace on the real database: the whole story (create → invite → confirm →
// stages → rate → submit), optimistic concurrency, and cross-tenant refusals with nothing written.
import { afterAll, describe, expect, it } from "vitest";
import { changeAllianceStage, createAlliance, saveAllianceResults, submitAlliance, updateAlliance } from "@/lib/alliances/workspace.mutations";
import { invitePartner, rateAlliance, respondToInvitation } from "@/lib/alliances/workspace.partners.mutations";
import { getAllianceForViewer, listMyAlliances, searchInvitableActors } from "@/lib/alliances/workspace.queries";
import { allianceCreateSchema } from "@/lib/alliances/workspace.schemas";
import type { Principal } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from "@/lib/errors";
import { makeOrganisationWithUser, makeUser } from "../support/factories";

afterAll(async () => {
  await db.$disconnect();
});

const baseInput = (actorId: string) => ({
  actorId,
  title: "Ateliers numériques du Furan",
  summary: "Des ateliers pour tous.",
  description: "Une alliance entre une association et une entreprise.",
  mode: "MECENAT" as const,
  mecenatKind: "COMPETENCES" as const,
  territories: ["commune-42218"],
  targets: ["17.17", "17.3"],
});

async function snapshot(id: string) {
  const alliance = await db.alliance.findUniqueOrThrow({ where: { id }, select: { title: true, stage: true, status: true, results: true, version: true } });
  const partners = await db.alliancePartner.findMany({ where: { allianceId: id }, select: { actorId: true, status: true }, orderBy: { actorId: "asc" } });
  const events = await db.allianceEvent.count({ where: { allianceId: id } });
  const ratings = await db.allianceRating.count({ where: { allianceId: id } });
  return { alliance, partners, events, ratings };
}

async function setup() {
  const lead = await makeOrganisationWithUser();
  const partner = await makeOrganisationWithUser();
  const { id } = await createAlliance(lead.user.principal, baseInput(lead.id));
  return { lead, partner, id };
}

describe("alliances workspace", () => {
  it("validates the form: mécénat needs its kind, end after start, only SDG 17 targets", () => {
    const result = allianceCreateSchema.safeParse({ ...baseInput("abc"), mecenatKind: "", startDate: "2030-05-01", endDate: "2030-01-01" });
    expect(result.error?.issues.map((i) => i.path.join("."))).toEqual(["mecenatKind", "endDate"]);
    expect(allianceCreateSchema.safeParse({ ...baseInput("abc"), targets: ["16.1"] }).error?.issues.map((i) => i.path.join("."))).toEqual(["targets.0"]);
    const other = allianceCreateSchema.parse({ ...baseInput("abc"), mode: "INNOVATION_SOCIETALE" });
    expect(other.mecenatKind).toBeUndefined();
  });

  it("runs the story: create → invite → confirm → stages with timeline → rate → submit", async () => {
    const { lead, partner, id } = await setup();
    const created = await db.alliance.findUniqueOrThrow({ where: { id }, include: { partners: true, territories: true, targets: true, events: true } });
    expect(created).toMatchObject({ status: "DRAFT", stage: "IDEE", version: 1 });
    expect(created.partners).toMatchObject([{ actorId: lead.id, role: "LEAD", status: "CONFIRMED" }]);
    expect(created.territories).toHaveLength(1);
    expect(created.targets.map((t) => t.targetCode).sort()).toEqual(["17.17", "17.3"]);
    expect(created.events).toMatchObject([{ toStage: "IDEE", comment: "Alliance créée" }]);
    expect(await db.auditLog.count({ where: { entityId: id, action: "alliance.created" } })).toBe(1);

    expect((await searchInvitableActors(id, partner.name)).map((a) => a.id)).toEqual([partner.id]);
    await invitePartner(lead.user.principal, { id, inviteeId: partner.id, roleLabel: "Mécénat de compétences" });
    expect(await searchInvitableActors(id, partner.name)).toEqual([]);
    // Invited: a summary only, and listed as "to confirm".
    expect((await getAllianceForViewer(partner.user.principal, id))?.access).toBe("invited");
    expect((await listMyAlliances(partner.user.id)).toConfirm.map((a) => a.id)).toEqual([id]);
    await respondToInvitation(partner.user.principal, { id, actorId: partner.id, decision: "confirm" });
    expect((await getAllianceForViewer(partner.user.principal, id))?.access).toBe("partner");

    await changeAllianceStage(lead.user.principal, { id, version: 1, toStage: "CONSTRUCTION", comment: "Les partenaires sont d'accord." });
    await changeAllianceStage(lead.user.principal, { id, version: 2, toStage: "ACTIVE", comment: "Premiers ateliers." });
    const skip = await changeAllianceStage(lead.user.principal, { id, version: 3, toStage: "TERMINEE", comment: "Trop vite." }).catch((e: unknown) => e);
    expect(skip).toBeInstanceOf(ValidationError);
    await saveAllianceResults(lead.user.principal, { id, version: 3, results: "120 personnes formées." });

    await rateAlliance(lead.user.principal, { id, actorId: lead.id, innovation: 4, performance: 4, confiance: 5, comment: "" });
    await rateAlliance(partner.user.principal, { id, actorId: partner.id, innovation: 4, performance: 3, confiance: 2, comment: "À renforcer." });
    await rateAlliance(partner.user.principal, { id, actorId: partner.id, innovation: 5, performance: 3, confiance: 2, comment: "Mise à jour." });

    await submitAlliance(lead.user.principal, { id, version: 4 });
    const view = await getAllianceForViewer(lead.user.principal, id);
    if (view?.access !== "partner") throw new Error("expected the partner view");
    expect(view.alliance).toMatchObject({ status: "PENDING", stage: "ACTIVE", results: "120 personnes formées.", version: 5 });
    expect(view.alliance.events.map((e) => e.toStage)).toEqual(["ACTIVE", "CONSTRUCTION", "IDEE"]);
    expect(view.alliance.events[0]).toMatchObject({ fromStage: "CONSTRUCTION", comment: "Premiers ateliers." });
    expect(view.alliance.ratings).toHaveLength(2);
    expect(view.alliance.ratings.find((r) => r.actorId === partner.id)).toMatchObject({ innovation: 5, comment: "Mise à jour." });
    expect(await db.auditLog.count({ where: { entityId: id, action: "alliance.stage.changed" } })).toBe(2);
    expect(await db.auditLog.count({ where: { entityId: id, action: "alliance.submitted" } })).toBe(1);
    const again = await submitAlliance(lead.user.principal, { id, version: 5 }).catch((e: unknown) => e);
    expect(again).toBeInstanceOf(ValidationError);
  });

  it("a declined invitation hides the alliance from the invited organisation", async () => {
    const { lead, partner, id } = await setup();
    await invitePartner(lead.user.principal, { id, inviteeId: partner.id });
    await respondToInvitation(partner.user.principal, { id, actorId: partner.id, decision: "decline" });
    expect(await getAllianceForViewer(partner.user.principal, id)).toBeNull();
    const rate = await rateAlliance(partner.user.principal, { id, actorId: partner.id, innovation: 1, performance: 1, confiance: 1, comment: "" }).catch(
      (e: unknown) => e,
    );
    expect(rate).toBeInstanceOf(NotFoundError);
  });

  it("refuses a stale version with the French conflict message and keeps the first edit", async () => {
    const { lead, id } = await setup();
    const colleague = await makeUser();
    await db.membership.create({ data: { userId: colleague.id, actorId: lead.id, role: "MEMBER" } });
    const { actorId: _actorId, ...fields } = baseInput(lead.id);
    await updateAlliance(lead.user.principal, { ...fields, id, version: 1, title: "Première modification" });
    const error = await updateAlliance(colleague.principal, { ...fields, id, version: 1, title: "Seconde modification" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConflictError);
    expect((error as Error).message).toBe("Cette alliance a été modifiée par quelqu'un d'autre. Rechargez la page pour voir la dernière version.");
    expect((await db.alliance.findUniqueOrThrow({ where: { id } })).title).toBe("Première modification");
  });

  it("refuses every lead-only mutation to a third organisation, an invited partner and an anonymous visitor", async () => {
    const { lead, partner, id } = await setup();
    await invitePartner(lead.user.principal, { id, inviteeId: partner.id });
    const third = await makeOrganisationWithUser();
    const leadMember = await makeUser();
    await db.membership.create({ data: { userId: leadMember.id, actorId: lead.id, role: "MEMBER" } });
    const before = await snapshot(id);
    const { actorId: _actorId, ...fields } = baseInput(lead.id);
    const calls = (principal: Principal) => [
      () => updateAlliance(principal, { ...fields, id, version: 1, title: "Piratée" }),
      () => invitePartner(principal, { id, inviteeId: third.id }),
      () => changeAllianceStage(principal, { id, version: 1, toStage: "CONSTRUCTION", comment: "Non" }),
      () => saveAllianceResults(principal, { id, version: 1, results: "Faux" }),
      () => submitAlliance(principal, { id, version: 1 }),
      () => rateAlliance(principal, { id, actorId: lead.id, innovation: 1, performance: 1, confiance: 1, comment: "" }),
    ];
    for (const principal of [third.user.principal, partner.user.principal]) {
      for (const call of calls(principal)) {
        const error = await call().catch((e: unknown) => e);
        expect(error instanceof ForbiddenError || error instanceof NotFoundError, String(error)).toBe(true);
      }
      expect(await getAllianceForViewer(principal, id).then((v) => v?.access ?? null)).toBe(principal === partner.user.principal ? "invited" : null);
    }
    // The invited partner cannot rate for itself before confirming; a third cannot answer for it.
    expect(
      await rateAlliance(partner.user.principal, { id, actorId: partner.id, innovation: 1, performance: 1, confiance: 1, comment: "" }).catch(
        (e: unknown) => e,
      ),
    ).toBeInstanceOf(NotFoundError);
    expect(await respondToInvitation(third.user.principal, { id, actorId: partner.id, decision: "confirm" }).catch((e: unknown) => e)).toBeInstanceOf(
      ForbiddenError,
    );
    // A plain member of the lead may edit but not submit (organisation admins only).
    expect(await submitAlliance(leadMember.principal, { id, version: 1 }).catch((e: unknown) => e)).toBeInstanceOf(ForbiddenError);
    for (const call of [
      ...calls(null),
      () => createAlliance(null, baseInput(lead.id)),
      () => respondToInvitation(null, { id, actorId: partner.id, decision: "confirm" }),
    ]) {
      expect(await call().catch((e: unknown) => e)).toBeInstanceOf(ForbiddenError);
    }
    // Creating for an organisation one does not belong to.
    expect(await createAlliance(third.user.principal, baseInput(lead.id)).catch((e: unknown) => e)).toBeInstanceOf(ForbiddenError);
    expect(await snapshot(id)).toEqual(before);
    expect(await getAllianceForViewer(null, id)).toBeNull();
    expect(await getAllianceForViewer(third.user.principal, "forged-id")).toBeNull();
  });
});

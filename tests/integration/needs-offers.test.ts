// Needs and offers on the real database: creation goes to moderation, edits of a verified
// organisation's published record stay published, closing, and forged ids (nothing written).
import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { ForbiddenError, NotFoundError, ValidationError } from "@/lib/errors";
import { closeNeedOffer, createNeedOffer, updateNeedOffer } from "@/lib/needs-offers/needs-offers.mutations";
import { getNeedOfferForMember, listMyNeedsOffers } from "@/lib/needs-offers/needs-offers.queries";
import { needOfferCreateSchema } from "@/lib/needs-offers/needs-offers.schemas";
import { makeOrganisationWithUser, makeUser } from "../support/factories";

afterAll(async () => {
  await db.$disconnect();
});

async function makeOrganisation(verified: boolean) {
  const { user: member, ...actor } = await makeOrganisationWithUser("MEMBER", { kind: "ENTREPRISE", verified });
  return { ...actor, member };
}

const saintEtienne = async () => (await db.territory.findUniqueOrThrow({ where: { kind_code: { kind: "COMMUNE", code: "42218" } } })).id;

async function input(actorId: string, kind: "need" | "offer" = "need") {
  return {
    kind,
    actorId,
    title: "Des bénévoles numériques",
    description: "Pour des ateliers.",
    mode: "MECENAT" as const,
    mecenatKind: "COMPETENCES" as const,
    theme: "INCLUSION_NUMERIQUE" as const,
    territoryId: await saintEtienne(),
  };
}

describe("needs and offers", () => {
  it("validates the form: mécénat needs its kind, others drop it", () => {
    const base = { kind: "offer", actorId: "abc", title: "Titre", description: "Texte", theme: "LOGEMENT", territoryId: "12" };
    const missingKind = needOfferCreateSchema.safeParse({ ...base, mode: "MECENAT" });
    expect(missingKind.success).toBe(false);
    expect(missingKind.error?.issues.map((i) => i.path.join("."))).toContain("mecenatKind");
    const other = needOfferCreateSchema.parse({ ...base, mode: "INNOVATION_SOCIETALE", mecenatKind: "FINANCIER", validUntil: "2030-01-31" });
    expect(other.mecenatKind).toBeUndefined();
    expect(other.validUntil?.toISOString()).toBe("2030-01-31T00:00:00.000Z");
  });

  it("creates a need PENDING, audited, listed for the organisation's members", async () => {
    const org = await makeOrganisation(true);
    const { id } = await createNeedOffer(org.member.principal, await input(org.id));
    expect(await db.need.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "PENDING", actorId: org.id });
    expect(await db.auditLog.count({ where: { entity: "Need", entityId: id, action: "need.created" } })).toBe(1);
    const mine = await listMyNeedsOffers(org.member.id);
    expect(mine.find((o) => o.id === org.id)?.needs.map((n) => n.id)).toEqual([id]);
    expect((await getNeedOfferForMember(org.member.principal, "need", id))?.title).toBe("Des bénévoles numériques");
    expect(await getNeedOfferForMember((await makeUser()).principal, "need", id)).toBeNull();
  });

  it("refuses unknown territories, non-SDG-17 targets and past dates", async () => {
    const org = await makeOrganisation(true);
    const error = await createNeedOffer(org.member.principal, {
      ...(await input(org.id, "offer")),
      territoryId: 999_999_999,
      sdgTargetCode: "17.99",
      validUntil: new Date("2020-01-01T00:00:00Z"),
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect(Object.keys((error as ValidationError).fieldErrors).sort()).toEqual(["sdgTargetCode", "territoryId", "validUntil"]);
    expect(await db.offer.count({ where: { actorId: org.id } })).toBe(0);
  });

  it("forgets the team's former reason when an edit sends an unpublished need back to moderation", async () => {
    const org = await makeOrganisation(true);
    const { kind: _kind, ...columns } = await input(org.id);
    const need = await db.need.create({ data: { ...columns, status: "DRAFT", moderationReason: "Annonce en double" } });
    const result = await updateNeedOffer(org.member.principal, { ...(await input(org.id)), id: need.id, title: "Annonce corrigée" });
    expect(result.status).toBe("PENDING");
    expect(await db.need.findUniqueOrThrow({ where: { id: need.id } })).toMatchObject({ status: "PENDING", moderationReason: null });
  });

  it("keeps a verified organisation's published edit published; otherwise back to moderation", async () => {
    for (const verified of [true, false]) {
      const org = await makeOrganisation(verified);
      const { kind: _kind, ...columns } = await input(org.id);
      const need = await db.need.create({ data: { ...columns, status: "PUBLISHED" } });
      const result = await updateNeedOffer(org.member.principal, { ...(await input(org.id)), id: need.id, title: "Titre modifié" });
      expect(result.status).toBe(verified ? "PUBLISHED" : "PENDING");
      expect(await db.need.findUniqueOrThrow({ where: { id: need.id } })).toMatchObject({ title: "Titre modifié", status: verified ? "PUBLISHED" : "PENDING" });
      expect(await db.auditLog.count({ where: { entityId: need.id, action: "need.updated" } })).toBe(1);
    }
  });

  it("closes by ending the validity yesterday", async () => {
    const org = await makeOrganisation(true);
    const { id } = await createNeedOffer(org.member.principal, await input(org.id, "offer"));
    await closeNeedOffer(org.member.principal, { kind: "offer", id }, { now: new Date("2026-03-10T12:00:00Z") });
    expect((await db.offer.findUniqueOrThrow({ where: { id } })).validUntil?.toISOString()).toBe("2026-03-09T00:00:00.000Z");
  });

  it("forged actorId or id from another organisation: refused, nothing written", async () => {
    const [a, c] = [await makeOrganisation(true), await makeOrganisation(true)];
    const { id } = await createNeedOffer(a.member.principal, await input(a.id));
    const before = { needs: await db.need.count(), audits: await db.auditLog.count(), row: await db.need.findUniqueOrThrow({ where: { id } }) };
    await expect(createNeedOffer(c.member.principal, await input(a.id))).rejects.toBeInstanceOf(ForbiddenError);
    await expect(updateNeedOffer(c.member.principal, { ...(await input(a.id)), id, title: "Piraté" })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(closeNeedOffer(c.member.principal, { kind: "need", id })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(updateNeedOffer(c.member.principal, { ...(await input(a.id)), id: "inexistant" })).rejects.toBeInstanceOf(NotFoundError);
    await expect(createNeedOffer(null, await input(a.id))).rejects.toBeInstanceOf(ForbiddenError);
    expect({ needs: await db.need.count(), audits: await db.auditLog.count(), row: await db.need.findUniqueOrThrow({ where: { id } }) }).toEqual(before);
  });
});

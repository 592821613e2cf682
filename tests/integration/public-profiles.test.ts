// The public actor and alliance pages read their record in one SQL statement each
// (lib/actors/public-page.queries.ts, lib/alliances/public-page.queries.ts) for speed; their definition
// stays the Prisma query kept beside them. Every rule of what the public may see is exercised
// here (unpublished teams, partners, alliances and actors, expired or draft needs and offers),
// and the two versions must give the same answer, value for value.
import { randomUUID } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import type { ModerationStatus } from "@/generated/prisma/client";
import { getPublicActor, getPublicActorReference } from "@/lib/actors/public-page.queries";
import { getPublicAlliance, getPublicAllianceReference } from "@/lib/alliances/public-page.queries";
import { db } from "@/lib/db";
import { makeActor, makeAlliance, territoryIds, uniqueToken } from "./directory-factories";

afterAll(async () => {
  await db.$disconnect();
});

const DAY = 24 * 60 * 60 * 1000;

function utcDay(offsetDays: number): Date {
  const now = new Date();
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()) + offsetDays * DAY);
}

async function makeNeedOrOffer(
  table: "need" | "offer",
  actorId: string,
  input: { title: string; status: ModerationStatus; validUntil: Date | null; createdAt: Date },
) {
  const [territoryId] = await territoryIds([["COMMUNE", "42218"]]);
  const data = {
    actorId,
    title: input.title,
    mode: "MECENAT" as const,
    theme: "MOBILITE" as const,
    territoryId,
    status: input.status,
    validUntil: input.validUntil,
    createdAt: input.createdAt,
    sdgTargetCode: "17.17",
  };
  return table === "need" ? db.need.create({ data }) : db.offer.create({ data });
}

describe("public actor page data", () => {
  it("equals its Prisma definition and keeps unpublished and expired items out", async () => {
    const token = uniqueToken();
    const head = await makeActor({ name: `Réseau ${token}` });
    const actor = await makeActor({
      name: `Acteur ${token}`,
      places: [
        ["COMMUNE", "42218"],
        ["DEPARTEMENT", "42"],
      ],
      sdgs: [17, 4, 11],
    });
    await db.actor.update({ where: { id: actor.id }, data: { parentId: head.id, website: "https://exemple.fr", verified: true } });
    const teamA = await makeActor({ name: `Antenne A ${token}` });
    const teamB = await makeActor({ name: `Antenne B ${token}` });
    const hiddenTeam = await makeActor({ name: `Antenne cachée ${token}`, status: "DRAFT" });
    await db.actor.updateMany({ where: { id: { in: [teamA.id, teamB.id, hiddenTeam.id] } }, data: { parentId: actor.id } });

    const shown = await makeAlliance({ title: `Alliance B ${token}`, partners: [{ actorId: actor.id }] });
    const shownToo = await makeAlliance({ title: `Alliance A ${token}`, partners: [{ actorId: actor.id }] });
    await db.alliancePartner.update({
      where: { allianceId_actorId: { allianceId: shownToo.id, actorId: actor.id } },
      data: { role: "LEAD", roleLabel: "Pilote" },
    });
    await makeAlliance({ title: `Alliance invitée ${token}`, partners: [{ actorId: actor.id, status: "INVITED" }] });
    await makeAlliance({ title: `Alliance brouillon ${token}`, status: "DRAFT", partners: [{ actorId: actor.id }] });

    const base = Date.now() - 10 * DAY;
    await makeNeedOrOffer("need", actor.id, { title: `Besoin ancien ${token}`, status: "PUBLISHED", validUntil: null, createdAt: new Date(base) });
    await makeNeedOrOffer("need", actor.id, { title: `Besoin récent ${token}`, status: "PUBLISHED", validUntil: utcDay(0), createdAt: new Date(base + DAY) });
    await makeNeedOrOffer("need", actor.id, {
      title: `Besoin expiré ${token}`,
      status: "PUBLISHED",
      validUntil: utcDay(-1),
      createdAt: new Date(base + 2 * DAY),
    });
    await makeNeedOrOffer("need", actor.id, { title: `Besoin brouillon ${token}`, status: "DRAFT", validUntil: null, createdAt: new Date(base + 3 * DAY) });
    await makeNeedOrOffer("offer", actor.id, { title: `Offre ${token}`, status: "PUBLISHED", validUntil: utcDay(30), createdAt: new Date(base) });

    const fast = await getPublicActor(actor.slug);
    expect(fast).toEqual(await getPublicActorReference(actor.slug));
    expect(fast?.parent).toEqual({ slug: head.slug, name: head.name });
    expect(fast?.localTeams.map((team) => team.name)).toEqual([teamA.name, teamB.name]);
    expect(fast?.territories.map((territory) => territory.kind)).toEqual(["DEPARTEMENT", "COMMUNE"]);
    expect(fast?.sdgs.map((sdg) => sdg.number)).toEqual([4, 11, 17]);
    expect(fast?.alliances.map((alliance) => [alliance.slug, alliance.role, alliance.roleLabel])).toEqual([
      [shownToo.slug, "LEAD", "Pilote"],
      [shown.slug, "PARTNER", null],
    ]);
    expect(fast?.needs.map((need) => need.title)).toEqual([`Besoin récent ${token}`, `Besoin ancien ${token}`]);
    expect(fast?.needs[0].validUntil).toEqual(utcDay(0));
    expect(fast?.offers.map((offer) => [offer.title, offer.validUntil, offer.territory.code, offer.sdgTargetCode])).toEqual([
      [`Offre ${token}`, utcDay(30), "42218", "17.17"],
    ]);
    expect(fast?.publishedAt).toBeInstanceOf(Date);
  });

  it("does not name an unpublished network head, and has nothing for an unpublished or unknown actor", async () => {
    const token = uniqueToken();
    const head = await makeActor({ name: `Réseau ${token}`, status: "DRAFT" });
    const actor = await makeActor({ name: `Acteur ${token}` });
    await db.actor.update({ where: { id: actor.id }, data: { parentId: head.id } });
    const fast = await getPublicActor(actor.slug);
    expect(fast).toEqual(await getPublicActorReference(actor.slug));
    expect(fast?.parent).toBeNull();
    expect(fast?.alliances).toEqual([]);
    expect(await getPublicActor(head.slug)).toBeNull();
    expect(await getPublicActor(`inconnu-${randomUUID()}`)).toBeNull();
  });
});

describe("public alliance page data", () => {
  it("equals its Prisma definition and shows confirmed partners of published organisations only", async () => {
    const token = uniqueToken();
    const lead = await makeActor({ name: `Zeta ${token}`, kind: "COLLECTIVITE" });
    const partner = await makeActor({ name: `Alpha ${token}`, kind: "ENTREPRISE" });
    const draftPartner = await makeActor({ name: `Brouillon ${token}`, status: "DRAFT" });
    const invited = await makeActor({ name: `Invité ${token}` });
    const alliance = await makeAlliance({
      title: `Alliance ${token}`,
      places: [
        ["COMMUNE", "42218"],
        ["REGION", "84"],
      ],
      targets: ["17.17", "17.3", "17.14"],
      partners: [{ actorId: lead.id }, { actorId: partner.id }, { actorId: draftPartner.id }, { actorId: invited.id, status: "INVITED" }],
    });
    await db.alliancePartner.update({
      where: { allianceId_actorId: { allianceId: alliance.id, actorId: lead.id } },
      data: { role: "LEAD", roleLabel: "Chef de file" },
    });
    await db.alliance.update({
      where: { id: alliance.id },
      data: { startDate: utcDay(-40), endDate: utcDay(200), results: "Des résultats", mecenatKind: "COMPETENCES" },
    });

    const fast = await getPublicAlliance(alliance.slug);
    expect(fast).toEqual(await getPublicAllianceReference(alliance.slug));
    expect(fast?.partners.map((item) => [item.name, item.role, item.kind])).toEqual([
      [lead.name, "LEAD", "COLLECTIVITE"],
      [partner.name, "PARTNER", "ENTREPRISE"],
    ]);
    expect(fast?.targets.map((target) => target.code)).toEqual(["17.3", "17.14", "17.17"]);
    expect(fast?.territories.map((territory) => territory.kind)).toEqual(["REGION", "COMMUNE"]);
    expect(fast?.startDate).toEqual(utcDay(-40));
  });

  it("has nothing for an unpublished or unknown alliance", async () => {
    const alliance = await makeAlliance({ title: `Alliance ${uniqueToken()}`, status: "DRAFT" });
    expect(await getPublicAlliance(alliance.slug)).toBeNull();
    expect(await getPublicAllianceReference(alliance.slug)).toBeNull();
    expect(await getPublicAlliance(`inconnue-${randomUUID()}`)).toBeNull();
  });
});

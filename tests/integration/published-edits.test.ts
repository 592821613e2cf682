// Edits of published content (issue #18, "moderation bypass"): an organisation the team has not
// verified cannot change the public text of its published alliance, need or offer without it going
// back through moderation (pending, off the public pages, in the queue); a verified one publishes
// at once, with a before/after audit row. An edit that changes nothing sends nothing back.
import { afterAll, describe, expect, it } from "vitest";
import { getPublicActor } from "@/lib/actors/public-page.queries";
import { getPublicAlliance } from "@/lib/alliances/public-page.queries";
import { createAlliance, saveAllianceResults, updateAlliance } from "@/lib/alliances/workspace.mutations";
import type { Principal } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { decideModeration } from "@/lib/moderation/moderation.mutations";
import { listModerationQueue } from "@/lib/moderation/moderation.queries";
import { updateNeedOffer } from "@/lib/needs-offers/needs-offers.mutations";
import { makeOrganisationWithUser, makeUser } from "../support/factories";

afterAll(async () => {
  await db.$disconnect();
});

async function makeStaff(): Promise<Principal> {
  return (await makeUser("STAFF")).principal;
}

/** A published organisation (verified or not) with one member. */
async function makeOrganisation(verified: boolean) {
  const { id, slug, user } = await makeOrganisationWithUser("MEMBER", { verified, publishedAt: new Date("2026-01-05T10:00:00Z") });
  return { id, slug, principal: user.principal };
}

const PUBLISHED_AT = new Date("2026-02-01T09:00:00Z");

const allianceInput = (actorId: string) => ({
  actorId,
  title: "Ateliers numériques publiés",
  summary: "Le texte validé par l'équipe.",
  description: "Une description validée.",
  mode: "MECENAT" as const,
  mecenatKind: "COMPETENCES" as const,
  territories: ["commune-42218"],
  targets: ["17.17"],
});

/** An alliance created by the lead's member, then published as the moderation team would. */
async function publishedAlliance(verified: boolean) {
  const lead = await makeOrganisation(verified);
  const { id } = await createAlliance(lead.principal, allianceInput(lead.id));
  const row = await db.alliance.update({ where: { id }, data: { status: "PUBLISHED", publishedAt: PUBLISHED_AT }, select: { slug: true, version: true } });
  return { lead, id, ...row };
}

const auditRows = (entityId: string) =>
  db.auditLog.findMany({ where: { entityId, action: { in: ["alliance.updated", "need.updated", "offer.updated"] } }, orderBy: { createdAt: "asc" } });

async function inQueue(id: string) {
  const { items } = await listModerationQueue(await makeStaff(), { pageSize: 500 });
  return items.find((item) => item.id === id) ?? null;
}

describe("a published alliance", () => {
  it("edited by an unverified lead: back to moderation, off the public page, in the queue with what changed", async () => {
    const { lead, id, slug, version } = await publishedAlliance(false);
    expect((await getPublicAlliance(slug))?.title).toBe("Ateliers numériques publiés");

    const outcome = await updateAlliance(lead.principal, {
      ...allianceInput(lead.id),
      id,
      version,
      title: "Titre jamais relu",
      territories: ["commune-42218", "commune-69123"],
    });
    expect(outcome).toEqual({ status: "PENDING", changed: true });
    expect(await db.alliance.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "PENDING", title: "Titre jamais relu", publishedAt: PUBLISHED_AT });
    expect(await getPublicAlliance(slug)).toBeNull();

    const queued = await inQueue(id);
    expect(queued).toMatchObject({ kind: "alliance", firstSubmission: false, title: "Titre jamais relu" });
    expect(queued?.lastChange?.summary).toContain("en attente de validation");
    expect(queued?.lastChange?.summary).toContain("titre : Ateliers numériques publiés → Titre jamais relu");
    expect(queued?.lastChange?.summary).toContain("territoires : + Lyon (69123)");

    // The team approves: public again, with its first publication date.
    await decideModeration(await makeStaff(), { kind: "alliance", id, decision: "approve" }, { baseUrl: "http://localhost:3000" });
    expect((await getPublicAlliance(slug))?.title).toBe("Titre jamais relu");
    expect((await db.alliance.findUniqueOrThrow({ where: { id } })).publishedAt).toEqual(PUBLISHED_AT);
  });

  it("results saved by an unverified lead go back to moderation too", async () => {
    const { lead, id, slug, version } = await publishedAlliance(false);
    expect(await saveAllianceResults(lead.principal, { id, version, results: "Des résultats jamais relus." })).toEqual({ status: "PENDING", changed: true });
    expect(await getPublicAlliance(slug)).toBeNull();
    expect((await auditRows(id)).at(-1)?.summary).toContain("résultats : 0 → 27 caractères");
  });

  it("edited by a verified lead: published at once, audited with before and after", async () => {
    const { lead, id, slug, version } = await publishedAlliance(true);
    const outcome = await updateAlliance(lead.principal, { ...allianceInput(lead.id), id, version, summary: "Un résumé revu.", targets: ["17.17", "17.16"] });
    expect(outcome).toEqual({ status: "PUBLISHED", changed: true });
    expect((await getPublicAlliance(slug))?.summary).toBe("Un résumé revu.");
    expect(await inQueue(id)).toBeNull();
    const [row] = await auditRows(id);
    expect(row.userId).toBe(lead.principal.id);
    expect(row.summary).toBe(
      "Modification de l'alliance « Ateliers numériques publiés » (publiée directement) : résumé : Le texte validé par l'équipe. → Un résumé revu. ; cibles : + 17.16",
    );
  });

  it("saved unchanged by an unverified lead: stays published, nothing written", async () => {
    const { lead, id, slug, version } = await publishedAlliance(false);
    expect(await updateAlliance(lead.principal, { ...allianceInput(lead.id), id, version })).toEqual({ status: "PUBLISHED", changed: false });
    expect(await db.alliance.findUniqueOrThrow({ where: { id }, select: { status: true, version: true } })).toEqual({ status: "PUBLISHED", version });
    expect(await getPublicAlliance(slug)).not.toBeNull();
    expect(await auditRows(id)).toEqual([]);
  });
});

// ───────────── Needs and offers ─────────────

async function publishedNeedOffer(kind: "need" | "offer", verified: boolean) {
  const org = await makeOrganisation(verified);
  const territoryId = (await db.territory.findUniqueOrThrow({ where: { kind_code: { kind: "COMMUNE", code: "42218" } } })).id;
  const fields = {
    title: "Des bénévoles numériques",
    description: "Pour des ateliers.",
    mode: "MECENAT" as const,
    mecenatKind: "COMPETENCES" as const,
    theme: "INCLUSION_NUMERIQUE" as const,
    territoryId,
  };
  const data = { ...fields, actorId: org.id, status: "PUBLISHED" as const };
  const { id } = kind === "need" ? await db.need.create({ data }) : await db.offer.create({ data });
  const publicTitles = async () => {
    const actor = await getPublicActor(org.slug);
    return (kind === "need" ? actor?.needs : actor?.offers)?.map((item) => item.title) ?? [];
  };
  return { org, id, fields, publicTitles };
}

describe.each(["need", "offer"] as const)("a published %s", (kind) => {
  it("edited by an unverified organisation: back to moderation, off its public profile, in the queue", async () => {
    const { org, id, fields, publicTitles } = await publishedNeedOffer(kind, false);
    expect(await publicTitles()).toEqual(["Des bénévoles numériques"]);
    const result = await updateNeedOffer(org.principal, { ...fields, kind, id, title: "Un titre jamais relu" });
    expect(result).toMatchObject({ status: "PENDING", changed: true });
    expect(await publicTitles()).toEqual([]);
    const queued = await inQueue(id);
    expect(queued).toMatchObject({ kind, title: "Un titre jamais relu" });
    expect(queued?.lastChange?.summary).toContain("titre : Des bénévoles numériques → Un titre jamais relu");
  });

  it("edited by a verified organisation: published at once, audited with before and after", async () => {
    const { org, id, fields, publicTitles } = await publishedNeedOffer(kind, true);
    const result = await updateNeedOffer(org.principal, { ...fields, kind, id, description: "Pour des ateliers le mercredi.", theme: "EDUCATION_JEUNESSE" });
    expect(result).toMatchObject({ status: "PUBLISHED", changed: true });
    expect(await publicTitles()).toEqual(["Des bénévoles numériques"]);
    const [row] = await auditRows(id);
    expect(row.summary).toContain(kind === "need" ? "(reste publié)" : "(reste publiée)");
    expect(row.summary).toContain("description : 18 → 30 caractères ; thème : Inclusion numérique → Éducation et jeunesse");
  });

  it("saved unchanged by an unverified organisation: stays published", async () => {
    const { org, id, fields, publicTitles } = await publishedNeedOffer(kind, false);
    expect(await updateNeedOffer(org.principal, { ...fields, kind, id })).toMatchObject({ status: "PUBLISHED", changed: false });
    expect(await publicTitles()).toEqual(["Des bénévoles numériques"]);
  });
});

// The report's kit and partner candidates on the real database, read in one query each, against
// the former relation reads kept here as the reference: published kits with their SDG targets,
// published actors inside or around the territory with their SDGs, the themes and modes of their
// current published offers and the modes of the published alliances they confirmed.
import { randomUUID } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { listKitCandidates, listPartnerCandidates } from "@/lib/diagnostics/report.queries";
import { territoryLinks, territoryScopeTable } from "@/lib/directory/directory.sql";

afterAll(async () => {
  await db.$disconnect();
});

/** The former candidate reads: kits and actors through Prisma relation reads. */
async function referenceKits() {
  const kits = await db.kit.findMany({
    where: { status: "PUBLISHED" },
    select: {
      id: true,
      slug: true,
      title: true,
      summary: true,
      category: true,
      audiences: true,
      maturityLevels: true,
      themes: true,
      modes: true,
      targets: { select: { targetCode: true } },
    },
  });
  return kits.map(({ targets, ...kit }) => ({ ...kit, targets: targets.map((target) => target.targetCode) }));
}

async function referencePartners(territoryId: number) {
  const placed = await db.$queryRaw<{ eid: string; scope: number }[]>`
    SELECT s.eid, s.scope FROM ${territoryScopeTable(territoryLinks.actor, territoryId)} s
    ORDER BY s.scope, s.eid LIMIT 1000`;
  const proximity = new Map(placed.map((row) => [row.eid, Number(row.scope) === 0 ? ("inside" as const) : ("around" as const)]));
  const today = new Date(new Date().toISOString().slice(0, 10));
  const actors = await db.actor.findMany({
    where: { id: { in: [...proximity.keys()] }, status: "PUBLISHED" },
    select: {
      id: true,
      slug: true,
      name: true,
      kind: true,
      sdgs: { select: { sdgNumber: true } },
      offers: { where: { status: "PUBLISHED", OR: [{ validUntil: null }, { validUntil: { gte: today } }] }, select: { theme: true, mode: true } },
      partners: { where: { status: "CONFIRMED", alliance: { status: "PUBLISHED" } }, select: { alliance: { select: { mode: true } } } },
    },
  });
  return actors.map((actor) => ({
    id: actor.id,
    slug: actor.slug,
    name: actor.name,
    kind: actor.kind,
    sdgs: actor.sdgs.map((sdg) => sdg.sdgNumber),
    offerThemes: [...new Set(actor.offers.map((offer) => offer.theme))],
    offerModes: [...new Set(actor.offers.map((offer) => offer.mode))],
    allianceModes: [...new Set(actor.partners.map((partner) => partner.alliance.mode))],
    proximity: proximity.get(actor.id) ?? "around",
  }));
}

/** Candidates in a stable order with their lists sorted: the former reads did not order them. */
function normalised<T extends { id: string }>(items: readonly T[]): T[] {
  const sortLists = (item: T) => Object.fromEntries(Object.entries(item).map(([key, value]) => [key, Array.isArray(value) ? [...value].sort() : value])) as T;
  return items.map(sortLists).sort((a, b) => (a.id < b.id ? -1 : 1));
}

describe("the report's candidates", () => {
  it("kits and partners read in one query each are the ones the relation reads gave", async () => {
    const saintEtienne = (await db.territory.findUniqueOrThrow({ where: { kind_code: { kind: "COMMUNE", code: "42218" } }, select: { id: true } })).id;
    const loire = (await db.territory.findUniqueOrThrow({ where: { kind_code: { kind: "DEPARTEMENT", code: "42" } }, select: { id: true } })).id;
    const suffix = randomUUID().slice(0, 8);
    await db.kit.create({
      data: {
        title: `Kit ${suffix}`,
        slug: `kit-${suffix}`,
        searchKey: `kit ${suffix}`,
        category: "METHODE",
        audiences: ["ASSOCIATION", "ENTREPRISE"],
        maturityLevels: [1, 2],
        themes: ["MOBILITE"],
        modes: ["MECENAT"],
        status: "PUBLISHED",
        targets: { create: [{ targetCode: "17.17" }, { targetCode: "17.3" }] },
      },
    });
    // A kit written without its lists holds NULL in them; Prisma reads [] and so must the SQL.
    await db.$executeRaw`INSERT INTO "Kit" (id, title, slug, "searchKey", category, status, "updatedAt")
      VALUES (${`kit-null-${suffix}`}, ${`Kit sans listes ${suffix}`}, ${`kit-sans-listes-${suffix}`}, ${`kit sans listes ${suffix}`}, 'METHODE', 'PUBLISHED', now())`;
    await db.kit.create({
      data: {
        title: `Brouillon ${suffix}`,
        slug: `brouillon-${suffix}`,
        searchKey: `brouillon ${suffix}`,
        category: "METHODE",
        audiences: [],
        maturityLevels: [],
        themes: [],
      },
    });
    const yesterday = new Date(Date.now() - 2 * 24 * 60 * 60 * 1000);
    const partner = await db.actor.create({
      data: {
        name: `Partenaire ${suffix}`,
        slug: `partenaire-${suffix}`,
        searchKey: `partenaire ${suffix}`,
        kind: "ENTREPRISE",
        status: "PUBLISHED",
        territories: { create: [{ territoryId: saintEtienne }] },
        sdgs: { create: [{ sdgNumber: 13 }, { sdgNumber: 4 }] },
        offers: {
          create: [
            { title: "Mécénat", mode: "MECENAT", theme: "INCLUSION_NUMERIQUE", territoryId: saintEtienne, status: "PUBLISHED" },
            {
              title: "Mécénat bis",
              mode: "MECENAT",
              theme: "MOBILITE",
              territoryId: saintEtienne,
              status: "PUBLISHED",
              validUntil: new Date(Date.now() + 30 * 24 * 60 * 60 * 1000),
            },
            { title: "Expirée", mode: "INNOVATION_SOCIETALE", theme: "LOGEMENT", territoryId: saintEtienne, status: "PUBLISHED", validUntil: yesterday },
            { title: "Brouillon", mode: "COOPERATION_ECONOMIQUE", theme: "SANTE_VIEILLISSEMENT", territoryId: saintEtienne },
          ],
        },
      },
    });
    const alliance = (
      mode: "MECENAT" | "PRATIQUES_RESPONSABLES" | "INNOVATION_SOCIETALE",
      status: "PUBLISHED" | "DRAFT",
      partnerStatus: "CONFIRMED" | "INVITED",
    ) =>
      db.alliance.create({
        data: {
          title: `Alliance ${mode} ${suffix}`,
          slug: `alliance-${mode.toLowerCase()}-${status.toLowerCase()}-${partnerStatus.toLowerCase()}-${suffix}`,
          searchKey: `alliance ${suffix}`,
          mode,
          status,
          partners: { create: [{ actorId: partner.id, role: "PARTNER", status: partnerStatus }] },
        },
      });
    await alliance("PRATIQUES_RESPONSABLES", "PUBLISHED", "CONFIRMED");
    await alliance("MECENAT", "DRAFT", "CONFIRMED");
    await alliance("INNOVATION_SOCIETALE", "PUBLISHED", "INVITED");
    await db.actor.create({
      data: {
        name: `Régional ${suffix}`,
        slug: `regional-${suffix}`,
        searchKey: `regional ${suffix}`,
        kind: "ASSOCIATION",
        status: "PUBLISHED",
        territories: { create: [{ territoryId: loire }] },
      },
    });
    await db.actor.create({
      data: {
        name: `Caché ${suffix}`,
        slug: `cache-${suffix}`,
        searchKey: `cache ${suffix}`,
        kind: "ASSOCIATION",
        territories: { create: [{ territoryId: saintEtienne }] },
      },
    });

    expect(normalised(await listKitCandidates())).toEqual(normalised(await referenceKits()));
    // Targets in numeric order (17.3 before 17.17), whatever order they were created in.
    expect((await listKitCandidates()).find((kit) => kit.slug === `kit-${suffix}`)).toMatchObject({
      category: "METHODE",
      targets: ["17.3", "17.17"],
      maturityLevels: [1, 2],
    });
    for (const territoryId of [saintEtienne, loire]) {
      expect(normalised(await listPartnerCandidates(territoryId))).toEqual(normalised(await referencePartners(territoryId)));
    }
    const found = (await listPartnerCandidates(saintEtienne)).find((actor) => actor.id === partner.id);
    expect(found).toMatchObject({ proximity: "inside", sdgs: [4, 13], allianceModes: ["PRATIQUES_RESPONSABLES"] });
    expect(found?.offerThemes.sort()).toEqual(["INCLUSION_NUMERIQUE", "MOBILITE"]);
    expect(found?.offerModes).toEqual(["MECENAT"]);
    expect((await listPartnerCandidates(saintEtienne)).find((actor) => actor.name === `Régional ${suffix}`)?.proximity).toBe("around");
  });
});

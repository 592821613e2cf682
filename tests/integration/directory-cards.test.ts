// The directory cards are read in one SQL statement per page (lib/directory/cards.queries.ts);
// Prisma's relation reads, kept here as the definition, must give the same cards: first
// territories by name (French order), SDGs and targets in order, partners the public may see (lead first), and the counts.
import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { LIST_PARTNERS, LIST_TERRITORIES, readActorCards, readAllianceCards } from "@/lib/directory/cards.queries";
import { makeActor, makeAlliance, uniqueToken } from "./directory-factories";

afterAll(async () => {
  await db.$disconnect();
});

const visiblePartner = { status: "CONFIRMED", actor: { status: "PUBLISHED" } } as const;
const byId = <R extends { id: string }>(rows: R[]) => [...rows].sort((a, b) => (a.id < b.id ? -1 : 1));

describe("directory cards", () => {
  it("give the actors' cards as Prisma's relation reads do", async () => {
    const token = uniqueToken();
    const many = await makeActor({
      name: `${token} partout`,
      kind: "ENTREPRISE",
      sdgs: [17, 4, 13],
      places: [
        ["COMMUNE", "42218"],
        ["EPCI", "244200770"],
        ["DEPARTEMENT", "23"],
        ["REGION", "84"],
        ["COMMUNE", "44109"],
      ],
    });
    const none = await makeActor({ name: `${token} nulle part`, sdgs: [] });
    const draft = await makeActor({ name: `${token} brouillon`, status: "DRAFT", places: [["COMMUNE", "42218"]] });

    const cards = await readActorCards([many.id, none.id, draft.id]);
    const reference = await db.actor.findMany({
      where: { id: { in: [many.id, none.id, draft.id] }, status: "PUBLISHED" },
      select: {
        id: true,
        slug: true,
        name: true,
        kind: true,
        description: true,
        logoPath: true,
        territories: {
          select: { territory: { select: { kind: true, code: true, name: true } } },
          orderBy: { territory: { searchKey: "asc" } },
          take: LIST_TERRITORIES,
        },
        sdgs: { select: { sdgNumber: true }, orderBy: { sdgNumber: "asc" } },
        _count: { select: { territories: true } },
      },
    });
    expect(byId(cards)).toEqual(
      byId(reference).map(({ territories, sdgs, _count, ...actor }) => ({
        ...actor,
        territories: territories.map((link) => link.territory),
        territoryCount: _count.territories,
        sdgNumbers: sdgs.map((link) => link.sdgNumber),
      })),
    );
    expect(cards.find((card) => card.id === many.id)).toMatchObject({ territoryCount: 5, sdgNumbers: [4, 13, 17] });
    expect(cards.find((card) => card.id === many.id)?.territories).toHaveLength(LIST_TERRITORIES);
  });

  it("give the alliances' cards as Prisma's relation reads do, naming only the partners the public may see", async () => {
    const token = uniqueToken();
    const names = ["Alpha", "Bêta", "Gamma", "Delta", "Epsilon", "Zêta"];
    const partners = await Promise.all(names.map((name) => makeActor({ name: `${token} ${name}` })));
    const hidden = await makeActor({ name: `${token} Caché`, status: "DRAFT" });
    const alliance = await makeAlliance({
      title: `${token} grande alliance`,
      targets: ["17.17", "17.1", "17.3"],
      places: [
        ["COMMUNE", "42218"],
        ["REGION", "84"],
        ["DEPARTEMENT", "23"],
        ["COMMUNE", "44109"],
      ],
      partners: [
        ...partners.map((partner, index) => ({ actorId: partner.id, status: index === 5 ? ("INVITED" as const) : ("CONFIRMED" as const) })),
        { actorId: hidden.id },
      ],
    });
    // The last partner created leads: the card names it first.
    await db.alliancePartner.update({ where: { allianceId_actorId: { allianceId: alliance.id, actorId: partners[4].id } }, data: { role: "LEAD" } });
    const small = await makeAlliance({ title: `${token} petite alliance` });

    const cards = await readAllianceCards([alliance.id, small.id]);
    const reference = await db.alliance.findMany({
      where: { id: { in: [alliance.id, small.id] }, status: "PUBLISHED" },
      select: {
        id: true,
        slug: true,
        title: true,
        summary: true,
        description: true,
        mode: true,
        stage: true,
        partners: {
          where: visiblePartner,
          select: { actor: { select: { slug: true, name: true } } },
          orderBy: [{ role: "asc" }, { actor: { name: "asc" } }],
          take: LIST_PARTNERS,
        },
        territories: {
          select: { territory: { select: { kind: true, code: true, name: true } } },
          orderBy: { territory: { searchKey: "asc" } },
          take: LIST_TERRITORIES,
        },
        targets: { select: { targetCode: true }, orderBy: { target: { position: "asc" } } },
        _count: { select: { territories: true, partners: { where: visiblePartner } } },
      },
    });
    expect(byId(cards)).toEqual(
      byId(reference).map(({ partners: linked, territories, targets, _count, ...rest }) => ({
        ...rest,
        partners: linked.map((link) => link.actor),
        partnerCount: _count.partners,
        territories: territories.map((link) => link.territory),
        territoryCount: _count.territories,
        targetCodes: targets.map((target) => target.targetCode),
      })),
    );
    const big = cards.find((card) => card.id === alliance.id);
    expect(big?.partners.map((partner) => partner.name)).toEqual([`${token} Epsilon`, `${token} Alpha`, `${token} Bêta`, `${token} Delta`]);
    expect(big).toMatchObject({ partnerCount: 5, territoryCount: 4, targetCodes: ["17.1", "17.3", "17.17"] });
  });
});

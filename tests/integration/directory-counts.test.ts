// The directories' unfiltered counts come from the materialized view "DirectoryCount": they must
// be the numbers the live queries give, and follow publications and unpublications at once.
import { afterAll, describe, expect, it } from "vitest";
import { ActorKind } from "@/generated/prisma/enums";
import { searchActors } from "@/lib/actors/actors.queries";
import { searchAlliances } from "@/lib/alliances/alliances.queries";
import { db } from "@/lib/db";
import { actorQuery, allianceQuery, makeActor, makeAlliance, uniqueToken } from "./directory-factories";

afterAll(async () => {
  await db.$disconnect();
});

const ALL_KINDS = Object.values(ActorKind);

async function state() {
  const [row] = await db.$queryRaw<{ stale: boolean }[]>`SELECT EXISTS (SELECT 1 FROM "DirectoryCountChange") AS stale`;
  return { stale: row.stale };
}

/** Unfiltered (stored counts) and the same set through the live queries (every kind ticked). */
async function actorCounts() {
  const stored = await searchActors(actorQuery({}), { areas: "DEPARTEMENT" });
  const live = await searchActors(actorQuery({ kinds: ALL_KINDS }), { areas: "DEPARTEMENT" });
  return { stored, live };
}

const get = <K>(map: Map<K, number> | undefined, key: K) => map?.get(key) ?? 0;
const area = (areas: { code: string; count: number }[] | null | undefined, code: string) => areas?.find((entry) => entry.code === code)?.count ?? 0;

describe("stored directory counts", () => {
  it("give the live numbers for actors, and follow a publication and an unpublication", async () => {
    const before = await actorCounts();
    expect(await state()).toEqual({ stale: false });
    expect(before.stored.pageInfo.total).toBe(before.live.pageInfo.total);
    expect(before.stored.facets?.sdgs).toEqual(before.live.facets?.sdgs);
    expect(before.stored.facets?.modes).toEqual(before.live.facets?.modes);
    expect(before.stored.facets?.regions).toEqual(before.live.facets?.regions);
    expect(before.stored.areas).toEqual(before.live.areas);
    const kinds = await db.actor.groupBy({ by: ["kind"], where: { status: "PUBLISHED" }, _count: { _all: true } });
    expect(before.stored.facets?.kinds).toEqual(new Map(kinds.map((row) => [row.kind, row._count._all])));

    const token = uniqueToken();
    const actor = await makeActor({ name: `${token} fondation`, kind: "FONDATION", sdgs: [5], places: [["COMMUNE", "42218"]] });
    await makeAlliance({ title: `${token} alliance`, mode: "INNOVATION_SOCIETALE", partners: [{ actorId: actor.id }] });
    expect(await state()).toEqual({ stale: true });

    const published = await actorCounts();
    expect(await state()).toEqual({ stale: false });
    expect(published.stored.pageInfo.total).toBe(before.stored.pageInfo.total + 1);
    expect(get(published.stored.facets?.kinds, "FONDATION")).toBe(get(before.stored.facets?.kinds, "FONDATION") + 1);
    expect(get(published.stored.facets?.sdgs, 5)).toBe(get(before.stored.facets?.sdgs, 5) + 1);
    expect(get(published.stored.facets?.modes, "INNOVATION_SOCIETALE")).toBe(get(before.stored.facets?.modes, "INNOVATION_SOCIETALE") + 1);
    expect(area(published.stored.facets?.regions, "84")).toBe(area(before.stored.facets?.regions, "84") + 1);
    expect(area(published.stored.areas, "42")).toBe(area(before.stored.areas, "42") + 1);
    expect(published.stored.areas).toEqual(published.live.areas);

    await db.actor.update({ where: { id: actor.id }, data: { status: "DRAFT", publishedAt: null } });
    const unpublished = await actorCounts();
    expect(unpublished.stored.pageInfo.total).toBe(before.stored.pageInfo.total);
    expect(unpublished.stored.facets).toEqual(before.stored.facets);
    expect(unpublished.stored.areas).toEqual(before.stored.areas);
  });

  it("give the live numbers for alliances, and follow a publication and an unpublication", async () => {
    const unfiltered = async () => searchAlliances(allianceQuery({}), { areas: "REGION" });
    const before = await unfiltered();
    const live = await searchAlliances(allianceQuery({ modes: ["MECENAT", "PRATIQUES_RESPONSABLES", "COOPERATION_ECONOMIQUE", "INNOVATION_SOCIETALE"] }), {
      areas: "REGION",
    });
    expect(before.pageInfo.total).toBe(live.pageInfo.total);
    expect(before.facets?.stages).toEqual(live.facets?.stages);
    expect(before.facets?.targets).toEqual(live.facets?.targets);
    expect(before.facets?.partnerKinds).toEqual(live.facets?.partnerKinds);
    expect(before.areas).toEqual(live.areas);

    const token = uniqueToken();
    const partner = await makeActor({ name: `${token} partenaire`, kind: "ENTREPRISE" });
    const alliance = await makeAlliance({
      title: `${token} alliance`,
      mode: "MECENAT",
      targets: ["17.3"],
      places: [["DEPARTEMENT", "42"]],
      partners: [{ actorId: partner.id }],
    });
    const published = await unfiltered();
    expect(published.pageInfo.total).toBe(before.pageInfo.total + 1);
    expect(get(published.facets?.modes, "MECENAT")).toBe(get(before.facets?.modes, "MECENAT") + 1);
    expect(get(published.facets?.targets, "17.3")).toBe(get(before.facets?.targets, "17.3") + 1);
    expect(get(published.facets?.partnerKinds, "ENTREPRISE")).toBe(get(before.facets?.partnerKinds, "ENTREPRISE") + 1);
    expect(area(published.areas, "84")).toBe(area(before.areas, "84") + 1);

    await db.alliance.update({ where: { id: alliance.id }, data: { status: "PENDING" } });
    const unpublished = await unfiltered();
    expect(unpublished.pageInfo.total).toBe(before.pageInfo.total);
    expect(get(unpublished.facets?.modes, "MECENAT")).toBe(get(before.facets?.modes, "MECENAT"));
    expect(unpublished.areas).toEqual(before.areas);
  });
});

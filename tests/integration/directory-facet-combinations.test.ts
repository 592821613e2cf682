// The facet counts of the directories are computed in one statement (lib/directory/
// facet-counts.queries.ts) with each filter turned into a flag of the matched rows. Whatever the
// combination of filters, the count shown next to a value must be the number of results the
// visitor gets by choosing that value instead — checked here against the list query, which is a
// separate SQL path (plain WHERE, no flags, no per-row subqueries).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ActorKind, AllianceMode, AllianceStage } from "@/generated/prisma/client";
import { searchActors, type ActorQuery } from "@/lib/actors/actors.queries";
import { searchAlliances, type AllianceQuery } from "@/lib/alliances/alliances.queries";
import { db } from "@/lib/db";
import type { ChosenTerritory } from "@/lib/directory/territory-choice.queries";
import { actorQuery, allianceQuery, makeActor, makeAlliance, place, uniqueToken } from "./directory-factories";

afterAll(async () => {
  await db.$disconnect();
});

const token = uniqueToken();
let loire: ChosenTerritory;

beforeAll(async () => {
  loire = await place("DEPARTEMENT", "42");
  const actors = await Promise.all([
    makeActor({ name: `${token} un`, kind: "ASSOCIATION", sdgs: [4, 17], places: [["COMMUNE", "42218"]] }),
    makeActor({
      name: `${token} deux`,
      kind: "ENTREPRISE",
      sdgs: [17],
      places: [
        ["EPCI", "244200770"],
        ["COMMUNE", "44109"],
      ],
    }),
    makeActor({ name: `${token} trois`, kind: "ENTREPRISE", sdgs: [8, 13], places: [["REGION", "84"]] }),
    makeActor({ name: `${token} quatre`, kind: "COLLECTIVITE", sdgs: [13], places: [["DEPARTEMENT", "23"]] }),
    makeActor({
      name: `${token} cinq`,
      kind: "ASSOCIATION",
      sdgs: [],
      places: [
        ["COMMUNE", "42218"],
        ["DEPARTEMENT", "42"],
      ],
    }),
    makeActor({ name: `${token} brouillon`, kind: "ASSOCIATION", sdgs: [17], places: [["COMMUNE", "42218"]], status: "DRAFT" }),
  ]);
  const [un, deux, trois, quatre, cinq, brouillon] = actors;
  await Promise.all([
    makeAlliance({
      title: `${token} mécénat`,
      mode: "MECENAT",
      targets: ["17.1", "17.17"],
      places: [["COMMUNE", "42218"]],
      partners: [{ actorId: un.id }, { actorId: deux.id }],
    }),
    makeAlliance({
      title: `${token} coopération`,
      mode: "COOPERATION_ECONOMIQUE",
      targets: ["17.17"],
      places: [["REGION", "84"]],
      partners: [{ actorId: un.id }, { actorId: trois.id }, { actorId: brouillon.id }],
    }),
    makeAlliance({
      title: `${token} innovation`,
      mode: "INNOVATION_SOCIETALE",
      targets: ["17.3"],
      places: [["DEPARTEMENT", "23"]],
      partners: [{ actorId: quatre.id }, { actorId: cinq.id, status: "INVITED" }],
    }),
    makeAlliance({ title: `${token} brouillon`, mode: "MECENAT", targets: ["17.1"], partners: [{ actorId: cinq.id }], status: "DRAFT" }),
  ]);
});

const ALL = { pageSize: 100 } as const;

async function actorResults(query: ActorQuery): Promise<number> {
  return (await searchActors(query, { ...ALL, facets: false })).items.length;
}

async function allianceResults(query: AllianceQuery): Promise<number> {
  return (await searchAlliances(query, { ...ALL, facets: false })).items.length;
}

/** Every count shown must equal the number of results of the search with that value chosen. */
async function expectActorFacetsConsistent(query: ActorQuery) {
  const result = await searchActors(query, ALL);
  expect(result.pageInfo.total).toBe(result.items.length);
  const facets = result.facets!;
  for (const kind of ["ASSOCIATION", "ENTREPRISE", "COLLECTIVITE", "FONDATION"] as ActorKind[]) {
    expect(facets.kinds.get(kind) ?? 0, `kind ${kind}`).toBe(await actorResults({ ...query, kinds: [kind] }));
  }
  for (const sdg of [4, 8, 13, 17]) {
    expect(facets.sdgs.get(sdg) ?? 0, `sdg ${sdg}`).toBe(await actorResults({ ...query, sdgs: [sdg] }));
  }
  for (const mode of ["MECENAT", "COOPERATION_ECONOMIQUE", "INNOVATION_SOCIETALE"] as AllianceMode[]) {
    expect(facets.modes.get(mode) ?? 0, `mode ${mode}`).toBe(await actorResults({ ...query, modes: [mode] }));
  }
  if (query.territory) {
    for (const scope of ["dedans", "autour"] as const) {
      expect(facets.scopes?.get(scope) ?? 0, `scope ${scope}`).toBe(await actorResults({ ...query, scope }));
    }
  }
  return result;
}

async function expectAllianceFacetsConsistent(query: AllianceQuery) {
  const result = await searchAlliances(query, ALL);
  expect(result.pageInfo.total).toBe(result.items.length);
  const facets = result.facets!;
  for (const mode of ["MECENAT", "COOPERATION_ECONOMIQUE", "INNOVATION_SOCIETALE"] as AllianceMode[]) {
    expect(facets.modes.get(mode) ?? 0, `mode ${mode}`).toBe(await allianceResults({ ...query, modes: [mode] }));
  }
  for (const stage of ["ACTIVE"] as AllianceStage[]) {
    expect(facets.stages.get(stage) ?? 0, `stage ${stage}`).toBe(await allianceResults({ ...query, stages: [stage] }));
  }
  for (const target of ["17.1", "17.3", "17.17"]) {
    expect(facets.targets.get(target) ?? 0, `target ${target}`).toBe(await allianceResults({ ...query, targets: [target] }));
  }
  for (const kind of ["ASSOCIATION", "ENTREPRISE", "COLLECTIVITE"] as ActorKind[]) {
    expect(facets.partnerKinds.get(kind) ?? 0, `partner kind ${kind}`).toBe(await allianceResults({ ...query, partnerKinds: [kind] }));
  }
  return result;
}

describe("actor facet counts under combined filters", () => {
  it("match the results of choosing each value, with text only and with one or several filters", async () => {
    const all = await expectActorFacetsConsistent(actorQuery({ q: token }));
    expect(all.pageInfo.total).toBe(5);
    expect(all.facets?.kinds).toEqual(
      new Map([
        ["ASSOCIATION", 2],
        ["ENTREPRISE", 2],
        ["COLLECTIVITE", 1],
      ]),
    );
    expect(all.facets?.regions.map((row) => [row.code, row.count])).toEqual([
      ["84", 4],
      ["52", 1],
      ["75", 1],
    ]);
    await expectActorFacetsConsistent(actorQuery({ q: token, kinds: ["ENTREPRISE"] }));
    await expectActorFacetsConsistent(actorQuery({ q: token, kinds: ["ENTREPRISE", "ASSOCIATION"], sdgs: [17] }));
    const three = await expectActorFacetsConsistent(actorQuery({ q: token, kinds: ["ASSOCIATION"], sdgs: [4, 8], modes: ["MECENAT"] }));
    expect(three.pageInfo.total).toBe(1);
  });

  it("match them inside a territory, with the inside / around scope as one more filter", async () => {
    const inLoire = await expectActorFacetsConsistent(actorQuery({ q: token, territory: loire }));
    expect(inLoire.facets?.scopes).toEqual(
      new Map([
        ["dedans", 3],
        ["autour", 1],
      ]),
    );
    await expectActorFacetsConsistent(actorQuery({ q: token, territory: loire, sdgs: [17] }));
    await expectActorFacetsConsistent(actorQuery({ q: token, territory: loire, scope: "dedans", kinds: ["ASSOCIATION"] }));
    const around = await expectActorFacetsConsistent(actorQuery({ q: token, territory: loire, scope: "autour", modes: ["COOPERATION_ECONOMIQUE"] }));
    expect(around.pageInfo.total).toBe(1);
  });

  it("give the map the same numbers with or without the facets", async () => {
    const withFacets = await searchActors(actorQuery({ q: token, sdgs: [17, 13] }), { areas: "DEPARTEMENT" });
    const alone = await searchActors(actorQuery({ q: token, sdgs: [17, 13] }), { areas: "DEPARTEMENT", facets: false });
    expect(alone.areas).toEqual(withFacets.areas);
    expect(withFacets.areas?.map((row) => [row.code, row.count])).toEqual([
      ["42", 2],
      ["23", 1],
      ["44", 1],
    ]);
  });
});

describe("alliance facet counts under combined filters", () => {
  it("match the results of choosing each value, with and without a territory", async () => {
    const all = await expectAllianceFacetsConsistent(allianceQuery({ q: token }));
    expect(all.pageInfo.total).toBe(3);
    // The draft partner and the invited one give no partner kind.
    expect(all.facets?.partnerKinds).toEqual(
      new Map([
        ["ASSOCIATION", 2],
        ["ENTREPRISE", 2],
        ["COLLECTIVITE", 1],
      ]),
    );
    await expectAllianceFacetsConsistent(allianceQuery({ q: token, modes: ["MECENAT", "INNOVATION_SOCIETALE"], targets: ["17.17"] }));
    await expectAllianceFacetsConsistent(allianceQuery({ q: token, partnerKinds: ["ENTREPRISE"], targets: ["17.1", "17.17"] }));
    const inLoire = await expectAllianceFacetsConsistent(allianceQuery({ q: token, territory: loire, targets: ["17.17"] }));
    expect(inLoire.facets?.scopes).toEqual(
      new Map([
        ["dedans", 1],
        ["autour", 1],
      ]),
    );
  });
});

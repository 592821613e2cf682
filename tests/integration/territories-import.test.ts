import { createRequire } from "node:module";
import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { importTerritories } from "@/lib/territories/territories.import";
import { getTerritory, listChildren } from "@/lib/territories/territories.queries";

const require = createRequire(import.meta.url);
const communes = require("@etalab/decoupage-administratif/data/communes.json") as { type: string; code: string; departement?: string }[];
const epci = require("@etalab/decoupage-administratif/data/epci.json") as { code: string; membres: { code: string }[] }[];
const ept = require("@etalab/decoupage-administratif/data/ept.json") as { code: string; membres: { code: string }[] }[];

async function territory(kind: "REGION" | "DEPARTEMENT" | "EPCI" | "COMMUNE", code: string) {
  return db.territory.findUniqueOrThrow({ where: { kind_code: { kind, code } } });
}

async function countsByKind() {
  // Official kinds only: other test files add project perimeters (PROJET) to the same database.
  const rows = await db.territory.groupBy({ by: ["kind", "isArrondissement"], where: { kind: { not: "PROJET" } }, _count: { _all: true } });
  return Object.fromEntries(rows.map((r) => [`${r.kind}${r.isArrondissement ? "-arrondissement" : ""}`, r._count._all]));
}

afterAll(async () => {
  await db.$disconnect();
});

describe("territory reference import", () => {
  it("imports every région, département, EPCI, commune and arrondissement municipal of the package", async () => {
    expect(await countsByKind()).toEqual({
      REGION: 18,
      DEPARTEMENT: 101,
      EPCI: epci.length + ept.length,
      COMMUNE: communes.filter((c) => c.type === "commune-actuelle").length,
      "COMMUNE-arrondissement": communes.filter((c) => c.type === "arrondissement-municipal").length,
    });
    expect([epci.length, ept.length]).toEqual([1255, 11]);
  });

  it("links Saint-Étienne to the Loire, Auvergne-Rhône-Alpes and Saint-Étienne Métropole", async () => {
    const saintEtienne = await territory("COMMUNE", "42218");
    const loire = await territory("DEPARTEMENT", "42");
    const ara = await territory("REGION", "84");
    const metropole = await territory("EPCI", "244200770");
    expect(saintEtienne).toMatchObject({ name: "Saint-Étienne", searchKey: "saint etienne", departementId: loire.id, regionId: ara.id });
    expect(saintEtienne.population).toBeGreaterThan(150_000);
    expect(metropole).toMatchObject({ epciType: "METRO", departementId: loire.id, regionId: ara.id });
    const membership = await db.territoryMembership.findUnique({ where: { groupId_memberId: { groupId: metropole.id, memberId: saintEtienne.id } } });
    expect(membership).not.toBeNull();
  });

  it("keeps région 84 and département 84 apart", async () => {
    expect((await territory("REGION", "84")).name).toBe("Auvergne-Rhône-Alpes");
    expect((await territory("DEPARTEMENT", "84")).name).toBe("Vaucluse");
  });

  it("attaches the arrondissements municipaux to their commune", async () => {
    const paris = await territory("COMMUNE", "75056");
    const first = await territory("COMMUNE", "75101");
    expect(first).toMatchObject({ isArrondissement: true, communeId: paris.id });
    expect(await db.territory.count({ where: { communeId: paris.id } })).toBe(20);
  });

  it("fills the closure table so that 'inside' is one join", async () => {
    const saintEtienne = await territory("COMMUNE", "42218");
    const ancestors = await db.territoryAncestor.findMany({
      where: { descendantId: saintEtienne.id, ancestor: { kind: { not: "PROJET" } } },
      include: { ancestor: true },
    });
    expect(ancestors.map((a) => `${a.ancestor.kind} ${a.ancestor.code}`).sort()).toEqual(
      ["COMMUNE 42218", "DEPARTEMENT 42", "EPCI 244200770", "REGION 84"].sort(),
    );
    const lyon = await territory("EPCI", "200046977");
    const lyonFirst = await territory("COMMUNE", "69381");
    const link = await db.territoryAncestor.findUnique({ where: { ancestorId_descendantId: { ancestorId: lyon.id, descendantId: lyonFirst.id } } });
    expect(link).not.toBeNull();
  });

  it("is idempotent: a second import changes no count and rewrites no unchanged territory", async () => {
    const before = await countsByKind();
    const memberships = await db.territoryMembership.count();
    const closure = await db.territoryAncestor.count();
    const lastChange = await db.territory.aggregate({ where: { kind: { not: "PROJET" } }, _max: { updatedAt: true } });
    // (Project perimeters made by other test files are rebuilt too, to the same rows.)
    await importTerritories(db);
    expect(await countsByKind()).toEqual(before);
    expect(await db.territoryMembership.count()).toBe(memberships);
    expect(await db.territoryAncestor.count()).toBe(closure);
    // The open data page's "last change of the reference" stays the date of the last real change.
    expect(await db.territory.aggregate({ where: { kind: { not: "PROJET" } }, _max: { updatedAt: true } })).toEqual(lastChange);
  });
});

describe("communes déléguées and associées", () => {
  it("become the former names and codes of their current commune", async () => {
    expect(await territory("COMMUNE", "42218")).toMatchObject({
      searchKey: "saint etienne",
      formerNames: ["Rochetaillée"],
      formerCodes: ["42190"],
      formerKeys: "|rochetaillee|",
    });
    expect(await territory("COMMUNE", "42245")).toMatchObject({ formerNames: ["Saint-Julien-la-Vêtre", "Saint-Thurin"], formerCodes: ["42245", "42291"] });
    expect((await territory("COMMUNE", "42218")).lookupCodes).toEqual(expect.arrayContaining(["42000", "42100", "42190", "214202186"]));
    const former = communes.filter((c) => c.type === "commune-deleguee" || c.type === "commune-associee");
    const withFormer = await db.territory.findMany({ where: { kind: "COMMUNE" }, select: { formerCodes: true, lookupCodes: true, code: true } });
    const reachable = new Set(withFormer.flatMap((t) => [t.code, ...t.formerCodes, ...t.lookupCodes]));
    expect(former.filter((c) => !reachable.has(c.code))).toEqual([]);
  });
});

describe("EPCI across départements", () => {
  const packagePairs = (groups: typeof epci) => {
    const departementOf = new Map(communes.filter((c) => c.type === "commune-actuelle").map((c) => [c.code, c.departement]));
    return groups.flatMap((e) => [...new Set(e.membres.map((m) => departementOf.get(m.code)).filter(Boolean))].map((d) => `${e.code} ${d}`)).sort();
  };

  it("lists Arche Agglo on the Ardèche page and on the Drôme page", async () => {
    for (const code of ["07", "26"]) {
      const departement = await territory("DEPARTEMENT", code);
      const [epciSection] = await listChildren(departement, 1);
      expect(
        epciSection.items.map((item) => item.code),
        code,
      ).toContain("200073096");
    }
    expect((await getTerritory("EPCI", "200073096"))?.departements.map((d) => d.code)).toEqual(["07", "26"]);
  });

  it("has every EPCI–département pair of the package in the closure table, and no other", async () => {
    const rows = await db.$queryRaw<{ pair: string; ept: boolean }[]>`
      SELECT e.code || ' ' || d.code AS pair, e."epciType" = 'EPT' AS ept FROM "TerritoryAncestor" a
      JOIN "Territory" e ON e.id = a."descendantId" AND e.kind = 'EPCI'
      JOIN "Territory" d ON d.id = a."ancestorId" AND d.kind = 'DEPARTEMENT'`;
    const pairs = packagePairs(epci);
    expect(pairs.length).toBe(1353);
    expect(
      rows
        .filter((row) => !row.ept)
        .map((row) => row.pair)
        .sort(),
    ).toEqual(pairs);
    expect(
      rows
        .filter((row) => row.ept)
        .map((row) => row.pair)
        .sort(),
    ).toEqual(packagePairs(ept));
  });
});

describe("établissements publics territoriaux of the Grand Paris", () => {
  it("stand between their communes and the Métropole du Grand Paris", async () => {
    const [aubervilliers, plaineCommune, mgp] = await Promise.all([
      territory("COMMUNE", "93001"),
      territory("EPCI", "200057867"),
      territory("EPCI", "200054781"),
    ]);
    expect(plaineCommune).toMatchObject({ name: "Plaine Commune", epciType: "EPT" });
    const link = (ancestorId: number, descendantId: number) =>
      db.territoryAncestor.findUnique({ where: { ancestorId_descendantId: { ancestorId, descendantId } } });
    expect(await link(plaineCommune.id, aubervilliers.id)).not.toBeNull();
    expect(await link(mgp.id, aubervilliers.id)).not.toBeNull();
    expect(await link(mgp.id, plaineCommune.id)).toMatchObject({ depth: 1 });

    const detail = await getTerritory("COMMUNE", "93001");
    expect(detail).toMatchObject({ epci: { code: "200054781" }, ept: { code: "200057867" } });
    expect((await getTerritory("EPCI", "200057867"))?.epci?.code).toBe("200054781");
    expect((await getTerritory("COMMUNE", "75056"))?.ept).toBeNull();
    const [epts, members] = await listChildren(mgp, 1);
    expect(epts).toMatchObject({ key: "epts", total: 11 });
    expect(members).toMatchObject({ key: "members", total: 130 });
  });
});

describe("SDG seed", () => {
  it("has the 17 goals and the 19 targets of SDG 17 with their groups", async () => {
    expect(await db.sdg.count()).toBe(17);
    const targets = await db.sdgTarget.findMany({ where: { sdgNumber: 17 }, orderBy: { position: "asc" } });
    expect(targets.map((t) => t.code)).toEqual(Array.from({ length: 19 }, (_, i) => `17.${i + 1}`));
    expect(targets.find((t) => t.code === "17.17")).toMatchObject({ group: "QUESTIONS_STRUCTURELLES", subgroup: "Partenariats multipartites" });
    expect((await db.sdg.findUniqueOrThrow({ where: { number: 17 } })).colour).toBe("#19486A");
  });
});

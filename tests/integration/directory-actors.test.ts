// The actor directory on the real territory reference: inside / around a territory through the
// closure table, facet counts, text search and ranking, sorting and paging.
import { afterAll, describe, expect, it } from "vitest";
import type { TerritoryKind } from "@/generated/prisma/client";
import { searchActors } from "@/lib/actors/actors.queries";
import { db } from "@/lib/db";
import { actorQuery, makeActor, makeAlliance, names, place, uniqueToken } from "./directory-factories";

afterAll(async () => {
  await db.$disconnect();
});

// ───────────── inside / around ─────────────

describe("actors inside and around a territory", () => {
  it("follows the hierarchy commune ⊂ EPCI ⊂ département ⊂ région, and keeps out other places and unpublished actors", async () => {
    const token = uniqueToken();
    await makeActor({ name: `${token} commune`, places: [["COMMUNE", "42218"]] });
    await makeActor({ name: `${token} epci`, places: [["EPCI", "244200770"]] });
    await makeActor({ name: `${token} departement`, places: [["DEPARTEMENT", "42"]] });
    await makeActor({ name: `${token} region`, places: [["REGION", "84"]] });
    await makeActor({ name: `${token} nantes`, places: [["COMMUNE", "44109"]] });
    await makeActor({ name: `${token} nowhere` });
    for (const status of ["DRAFT", "PENDING", "REJECTED"] as const) {
      await makeActor({ name: `${token} ${status.toLowerCase()}`, places: [["COMMUNE", "42218"]], status });
    }

    const scopes = async (kind: TerritoryKind, code: string) => {
      const result = await searchActors(actorQuery({ q: token, territory: await place(kind, code), sort: "nom" }));
      const byScope = (scope: string) => result.items.filter((item) => item.scope === scope).map((item) => item.name.replace(`${token} `, ""));
      return { inside: byScope("dedans"), around: byScope("autour"), facets: result.facets?.scopes };
    };

    expect(await scopes("COMMUNE", "42218")).toEqual({
      inside: ["commune"],
      around: ["departement", "epci", "region"],
      facets: new Map([
        ["dedans", 1],
        ["autour", 3],
      ]),
    });
    expect(await scopes("EPCI", "244200770")).toMatchObject({ inside: ["commune", "epci"], around: ["departement", "region"] });
    expect(await scopes("DEPARTEMENT", "42")).toMatchObject({ inside: ["commune", "departement", "epci"], around: ["region"] });
    expect(await scopes("REGION", "84")).toMatchObject({ inside: ["commune", "departement", "epci", "region"], around: [] });
    expect(await scopes("COMMUNE", "44109")).toMatchObject({ inside: ["nantes"], around: [] });

    const all = await searchActors(actorQuery({ q: token }));
    expect(all.pageInfo.total).toBe(6);
    expect(names(all.items)).not.toContain(`${token} draft`);
  });

  it("puts the actors inside first, and filters on one group with the scope", async () => {
    const token = uniqueToken();
    await makeActor({ name: `${token} aaa region`, places: [["REGION", "84"]] });
    await makeActor({ name: `${token} zzz commune`, places: [["COMMUNE", "42218"]] });
    const territory = await place("COMMUNE", "42218");

    const relevance = await searchActors(actorQuery({ q: token, territory }));
    expect(relevance.items.map((item) => item.scope)).toEqual(["dedans", "autour"]);

    const around = await searchActors(actorQuery({ q: token, territory, scope: "autour" }));
    expect(around.items.map((item) => item.name)).toEqual([`${token} aaa region`]);
    // The scope facet is counted without its own filter.
    expect(around.facets?.scopes).toEqual(
      new Map([
        ["dedans", 1],
        ["autour", 1],
      ]),
    );
  });

  it("counts an actor once even when several of its territories are inside", async () => {
    const token = uniqueToken();
    await makeActor({
      name: `${token} multi`,
      places: [
        ["COMMUNE", "42218"],
        ["EPCI", "244200770"],
        ["REGION", "84"],
      ],
    });
    const result = await searchActors(actorQuery({ q: token, territory: await place("DEPARTEMENT", "42") }));
    expect(result.pageInfo.total).toBe(1);
    expect(result.items[0].scope).toBe("dedans");
    expect(result.items[0].territoryCount).toBe(3);
  });
});

// ───────────── facets ─────────────

describe("actor facets", () => {
  it("counts kinds, SDGs and modes in SQL, each without its own filter", async () => {
    const token = uniqueToken();
    const a = await makeActor({ name: `${token} a`, kind: "ASSOCIATION", sdgs: [4, 17] });
    const b = await makeActor({ name: `${token} b`, kind: "ENTREPRISE", sdgs: [17] });
    const c = await makeActor({ name: `${token} c`, kind: "ENTREPRISE", sdgs: [8] });
    await makeAlliance({ title: `${token} alliance`, mode: "MECENAT", partners: [{ actorId: a.id }, { actorId: b.id }] });
    await makeAlliance({ title: `${token} other`, mode: "COOPERATION_ECONOMIQUE", partners: [{ actorId: a.id }] });
    // Neither a draft alliance nor an invitation not yet accepted gives a mode.
    await makeAlliance({ title: `${token} draft`, mode: "INNOVATION_SOCIETALE", partners: [{ actorId: c.id }], status: "DRAFT" });
    await makeAlliance({ title: `${token} invited`, mode: "PRATIQUES_RESPONSABLES", partners: [{ actorId: c.id, status: "INVITED" }] });

    const all = await searchActors(actorQuery({ q: token }));
    expect(all.facets?.kinds).toEqual(
      new Map([
        ["ASSOCIATION", 1],
        ["ENTREPRISE", 2],
      ]),
    );
    expect(all.facets?.sdgs).toEqual(
      new Map([
        [4, 1],
        [17, 2],
        [8, 1],
      ]),
    );
    expect(all.facets?.modes).toEqual(
      new Map([
        ["MECENAT", 2],
        ["COOPERATION_ECONOMIQUE", 1],
      ]),
    );

    const entreprises = await searchActors(actorQuery({ q: token, kinds: ["ENTREPRISE"] }));
    expect(names(entreprises.items)).toEqual([`${token} b`, `${token} c`]);
    // Kinds still show the other kinds (the facet ignores its own filter); others are narrowed.
    expect(entreprises.facets?.kinds).toEqual(
      new Map([
        ["ASSOCIATION", 1],
        ["ENTREPRISE", 2],
      ]),
    );
    expect(entreprises.facets?.sdgs).toEqual(
      new Map([
        [17, 1],
        [8, 1],
      ]),
    );

    const mecenatSdg4 = await searchActors(actorQuery({ q: token, modes: ["MECENAT"], sdgs: [4] }));
    expect(names(mecenatSdg4.items)).toEqual([`${token} a`]);
    const twoModes = await searchActors(actorQuery({ q: token, modes: ["MECENAT", "COOPERATION_ECONOMIQUE"] }));
    expect(twoModes.pageInfo.total).toBe(2);
  });

  it("counts actors per région and per département for the territory facet and the map", async () => {
    const token = uniqueToken();
    await makeActor({ name: `${token} a`, places: [["COMMUNE", "42218"]] });
    await makeActor({
      name: `${token} b`,
      places: [
        ["EPCI", "244200770"],
        ["COMMUNE", "44109"],
      ],
    });
    await makeActor({ name: `${token} c`, places: [["DEPARTEMENT", "23"]] });
    await makeActor({ name: `${token} d`, places: [["REGION", "84"]] });

    const result = await searchActors(actorQuery({ q: token }), { areas: "DEPARTEMENT" });
    expect(result.facets?.regions.map((row) => [row.code, row.count])).toEqual([
      ["84", 3],
      ["52", 1],
      ["75", 1],
    ]);
    expect(result.areas?.map((row) => [row.code, row.count])).toEqual([
      ["42", 2],
      ["23", 1],
      ["44", 1],
    ]);
    const regions = await searchActors(actorQuery({ q: token }), { areas: "REGION" });
    expect(regions.areas).toEqual(result.facets?.regions);
  });
});

// ───────────── text search ─────────────

describe("text search", () => {
  it("ignores case, accents and hyphens, searches descriptions, and ranks name matches first", async () => {
    const token = uniqueToken();
    await makeActor({ name: `Atelier ${token}`, description: "Rien à voir." });
    await makeActor({ name: `Collectif`, description: `Nous travaillons avec ${token} à Saint-Étienne.` });
    await makeActor({ name: `${token}-Forez Numérique` });
    await makeActor({ name: token.toUpperCase() });

    const result = await searchActors(actorQuery({ q: token }));
    expect(result.items.map((item) => item.name)).toEqual([token.toUpperCase(), `${token}-Forez Numérique`, `Atelier ${token}`, "Collectif"]);

    const accents = await searchActors(actorQuery({ q: `SAINT etienne ${token}` }));
    expect(accents.items.map((item) => item.name)).toEqual(["Collectif"]);
    const hyphen = await searchActors(actorQuery({ q: `${token} forez-NUMERIQUE` }));
    expect(hyphen.items.map((item) => item.name)).toEqual([`${token}-Forez Numérique`]);
  });

  it("puts names holding the query as whole words before names holding it inside a word", async () => {
    const token = uniqueToken();
    await makeActor({ name: `Atelier ${token}iers` });
    await makeActor({ name: `Banque ${token}` });
    await makeActor({ name: `Cercle ${token} du Pilat` });
    const result = await searchActors(actorQuery({ q: token }));
    expect(result.items.map((item) => item.name)).toEqual([`Banque ${token}`, `Cercle ${token} du Pilat`, `Atelier ${token}iers`]);
  });

  it("treats SQL and LIKE characters as text", async () => {
    for (const q of [`%`, `_`, `'; DROP TABLE "Actor"; --`, "\\", "a".repeat(100), "<b>"]) {
      const result = await searchActors(actorQuery({ q }));
      expect(result.pageInfo.total).toBeGreaterThanOrEqual(0);
    }
    const percent = await searchActors(actorQuery({ q: `${uniqueToken()}%` }));
    expect(percent.pageInfo.total).toBe(0);
  });

  it("sorts by name and by publication date, and pages", async () => {
    const token = uniqueToken();
    const day = (n: number) => new Date(Date.UTC(2026, 0, n));
    await makeActor({ name: `Écoles ${token}`, publishedAt: day(3) });
    await makeActor({ name: `Banque ${token}`, publishedAt: day(2) });
    await makeActor({ name: `zoo ${token}`, publishedAt: day(1) });

    expect((await searchActors(actorQuery({ q: token, sort: "nom" }))).items.map((item) => item.name)).toEqual([
      `Banque ${token}`,
      `Écoles ${token}`,
      `zoo ${token}`,
    ]);
    expect((await searchActors(actorQuery({ q: token, sort: "recents" }))).items.map((item) => item.name)).toEqual([
      `Écoles ${token}`,
      `Banque ${token}`,
      `zoo ${token}`,
    ]);

    const second = await searchActors(actorQuery({ q: token, sort: "nom", page: 2 }), { pageSize: 2 });
    expect(second.pageInfo).toMatchObject({ total: 3, pageCount: 2, page: 2 });
    expect(second.items.map((item) => item.name)).toEqual([`zoo ${token}`]);
    const beyond = await searchActors(actorQuery({ q: token, page: 100_000 }));
    expect(beyond.items).toEqual([]);
    expect(beyond.pageInfo.total).toBe(3);
  });
});

// The one territory search on the real imported reference (global setup): forgiving names,
// former communes, codes, ranking, the same results page by page as a plain ORDER BY over every
// match, and index-only plans (no sequential scan of the 37,000 territories).
import { afterAll, describe, expect, it } from "vitest";
import { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db";
import { suggestTerritories } from "@/lib/directory/territory-choice.queries";
import { searchTerritories } from "@/lib/territories/territory-search.queries";
import { parseTerritoryQuery } from "@/lib/territories/territory-search";
import { territoryCountSql, territoryMatchSql, territoryOrderSql, territoryPageSql } from "@/lib/territories/territory-search.sql";
import { get } from "./open-data-support";

afterAll(async () => {
  await db.$disconnect();
});

const search = (q: string, pageSize = 10) => searchTerritories({ q, page: 1, pageSize });
const codes = (items: { kind: string; code: string }[]) => items.map((item) => `${item.kind} ${item.code}`);

describe("the territory search finds the current commune", () => {
  it.each(["st etienne", "St-Étienne", "ST ETIENNE", "s'etienne", "saint-etienne", "42000", "42218", "214202186"])("%s → Saint-Étienne first", async (q) => {
    const { items } = await search(q);
    expect(items[0]).toMatchObject({ kind: "COMMUNE", code: "42218", name: "Saint-Étienne", formerMatch: null });
  });

  it("finds Valserhône by the former name Bellegarde-sur-Valserine, and says so", async () => {
    const { items } = await search("bellegarde-sur-valserine");
    expect(items[0]).toMatchObject({ code: "01033", name: "Valserhône", formerMatch: { name: "Bellegarde-sur-Valserine", code: null } });
  });

  it("finds Saint-Étienne by Rochetaillée, its commune associée, after the current Rochetaillée", async () => {
    const { items } = await search("rochetaillee");
    expect(items[0]).toMatchObject({ code: "52431", name: "Rochetaillée", formerMatch: null });
    expect(items[1]).toMatchObject({ code: "42218", formerMatch: { name: "Rochetaillée", code: null } });
    expect(codes(items)).toContain("COMMUNE 69168"); // Rochetaillée-sur-Saône: a prefix, after both
  });

  it("finds Vêtre-sur-Anzon by 42291, the code of Saint-Thurin", async () => {
    const { items } = await search("42291");
    expect(items).toEqual([expect.objectContaining({ code: "42245", name: "Vêtre-sur-Anzon", formerMatch: { name: "Saint-Thurin", code: "42291" } })]);
  });

  it("spells out « ste » and keeps exact names first, then prefixes by population", async () => {
    const { items } = await search("ste foy", 8);
    expect(items.slice(0, 4).map((item) => item.name)).toEqual(["Sainte-Foy", "Sainte-Foy", "Sainte-Foy", "Sainte-Foy"]);
    expect(items[4].name).toBe("Sainte-Foy-lès-Lyon");
    const populations = items.slice(0, 4).map((item) => item.population ?? 0);
    expect(populations).toEqual([...populations].sort((a, b) => b - a));
  });

  it("keeps to the kinds asked for, and can leave out the arrondissements", async () => {
    const departements = await searchTerritories({ q: "loire", kind: "DEPARTEMENT", page: 1 });
    expect(departements.items[0]).toMatchObject({ kind: "DEPARTEMENT", code: "42" });
    expect(departements.items.every((item) => item.kind === "DEPARTEMENT")).toBe(true);
    const lyon = await searchTerritories({ q: "lyon", kinds: ["COMMUNE"], arrondissements: false, page: 1 });
    expect(lyon.items.some((item) => item.isArrondissement)).toBe(false);
    expect(lyon.items[0]).toMatchObject({ code: "69123" });
  });

  it("finds nothing for punctuation alone, and counts what it finds", async () => {
    expect((await search(`%_'"`)).items).toEqual([]);
    const page = await searchTerritories({ q: "rochetaillee", page: 1 });
    expect(page.pageInfo.total).toBe(3);
  });
});

describe("every territory autocomplete goes through it", () => {
  it("suggests Saint-Étienne for « rochetaillee » with « anciennement Rochetaillée »", async () => {
    const suggestions = await suggestTerritories("rochetaillee");
    expect(suggestions.find((item) => item.code === "42218")?.context).toBe("anciennement Rochetaillée, Loire, Auvergne-Rhône-Alpes");
  });
});

describe("pages of results", () => {
  // The page query takes a few best rows from each branch: it must give exactly what a plain
  // ORDER BY over every match gives, page after page, for common and rare fragments alike.
  it.each(["sai", "st", "le", "saint et", "bellegarde", "a", "rochetaillee", "42000", "sur loire"])("%s: same pages as a full sort", async (q) => {
    const query = parseTerritoryQuery(q)!;
    const full = await db.$queryRaw<{ id: number }[]>`SELECT t.id FROM "Territory" t WHERE ${territoryMatchSql(query)}
      ORDER BY ${territoryOrderSql(query)} LIMIT 60`;
    for (const offset of [0, 20, 40]) {
      const page = await db.$queryRaw<{ id: number }[]>(territoryPageSql(query, {}, { columns: Prisma.sql`t.id`, joins: Prisma.empty, limit: 20, offset }));
      expect(
        page.map((row) => row.id),
        `${q} @${offset}`,
      ).toEqual(full.slice(offset, offset + 20).map((row) => row.id));
    }
  });
});

describe("speed", () => {
  const plan = async (sql: Prisma.Sql) => (await db.$queryRaw<{ "QUERY PLAN": string }[]>`EXPLAIN ${sql}`).map((row) => row["QUERY PLAN"]).join("\n");

  it.each(["st etienne", "sai", "a", "rochetaillee", "42291", "42000", "bellegarde-sur-valserine", "saint", "le"])(
    "%s: no sequential scan of the territories, for a page or for the count",
    async (q) => {
      const query = parseTerritoryQuery(q)!;
      const page = await plan(territoryPageSql(query, {}, { columns: Prisma.sql`t.id`, joins: Prisma.empty, limit: 8, offset: 0 }));
      expect(page).not.toMatch(/Seq Scan on "Territory"/);
      // A common fragment ("sai") reads the population index until the page is full.
      if (q === "sai") expect(page).toMatch(/Index Scan using "Territory_population_idx"/);
      expect(await plan(territoryCountSql(query, {}))).not.toMatch(/Seq Scan on "Territory"/);
    },
  );
});

describe("the open data API uses the same search", () => {
  const found = async (q: string) => {
    const answer = await get(`/api/v1/territoires?q=${encodeURIComponent(q)}&limit=100`);
    expect(answer.status).toBe(200);
    return answer.json().data as { type: string; code: string; formerCommunes: { code: string | null; name: string }[] }[];
  };

  it("finds the current commune by « st etienne », a former name, a former code and a postal code", async () => {
    expect((await found("st etienne")).map((item) => item.code)).toContain("42218");
    expect((await found("bellegarde-sur-valserine")).map((item) => item.code)).toEqual(["01033"]);
    expect((await found("rochetaillee")).map((item) => item.code).sort()).toEqual(["42218", "52431", "69168"]);
    expect((await found("42000")).map((item) => item.code)).toEqual(["42218"]);
    const [vetre] = await found("42291");
    expect(vetre).toMatchObject({ type: "commune", code: "42245" });
    expect(vetre.formerCommunes).toContainEqual({ code: "42291", name: "Saint-Thurin" });
  });

  it("finds nothing for punctuation alone", async () => {
    expect(await found("%%")).toEqual([]);
  });
});

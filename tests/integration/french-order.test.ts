// Names in French order on the real PostgreSQL, whose databases use the C collation (byte order,
// where "Île-de-France" came after every other région): territories by their accent-free
// search key, other names with the ICU collation "fr-x-icu" (FRENCH_COLLATION).
import { afterAll, describe, expect, it } from "vitest";
import { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db";
import { FRENCH_COLLATION } from "@/lib/db/collation";
import { listChildren } from "@/lib/territories/territories.queries";
import { searchTerritories } from "@/lib/territories/territory-search.queries";
import { compareFrench } from "@/lib/text/sort";

afterAll(async () => {
  await db.$disconnect();
});

const names = (items: { name: string }[]) => items.map((item) => item.name);

describe("French order in SQL", () => {
  it("lists the régions with Île-de-France between Hauts-de-France and Normandie", async () => {
    const { items } = await searchTerritories({ q: "", page: 1, pageSize: 30 });
    const regions = names(items);
    expect(regions.length).toBeGreaterThanOrEqual(18);
    const ile = regions.indexOf("Île-de-France");
    expect(regions[ile - 1]).toBe("Hauts-de-France");
    // The overseas régions come in between: La Réunion, Martinique, Mayotte.
    expect(ile).toBeLessThan(regions.indexOf("Normandie"));
    expect(regions.slice(ile + 1, regions.indexOf("Normandie"))).toEqual(["La Réunion", "Martinique", "Mayotte"]);
    expect(regions).toEqual([...regions].sort(compareFrench));
  });

  it("pages the communes of a département in French order: the É's among the E's", async () => {
    const departement = await db.territory.findUniqueOrThrow({ where: { kind_code: { kind: "DEPARTEMENT", code: "42" } }, select: { id: true, kind: true } });
    const sections = await Promise.all([1, 2, 3].map((page) => listChildren(departement, page)));
    const communes = sections.flatMap((section) => names(section.find((s) => s.key === "communes")?.items ?? []));
    expect(communes.length).toBe(150);
    expect(communes).toEqual([...communes].sort(compareFrench));
    // Byte order put every name in É after every name in Z.
    const firstE = communes.findIndex((name) => /^[EÉ]/.test(name));
    expect(communes.slice(firstE).findIndex((name) => name.startsWith("É"))).toBeGreaterThanOrEqual(0);
  });

  it("sorts other names with the ICU collation fr-x-icu, present on this server", async () => {
    const rows = await db.$queryRaw<{ name: string }[]>`
      SELECT name FROM (VALUES ('Zèbre'), ('Émile'), ('Eure'), ('eau'), ('Œuvre'), ('Abeille'), ('Île')) v(name) ORDER BY name ${FRENCH_COLLATION}`;
    expect(names(rows)).toEqual(["Abeille", "eau", "Émile", "Eure", "Île", "Œuvre", "Zèbre"]);
  });

  it("keeps the plain ORDER BY in byte order, the reason for all this", async () => {
    const rows = await db.$queryRaw<{ name: string }[]>(Prisma.sql`SELECT name FROM (VALUES ('Normandie'), ('Île-de-France')) v(name) ORDER BY name`);
    expect(names(rows)).toEqual(["Normandie", "Île-de-France"]);
  });
});

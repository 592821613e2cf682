// The territory reference for the open data API: régions, départements, EPCI, communes and
// project perimeters, with their population and hierarchy, walked by id (the import's order,
// stable: a territory added later gets a larger id).
import "server-only";
import { Prisma, type TerritoryKind } from "@/generated/prisma/client";
import { db } from "@/lib/db";
import { paths } from "@/lib/paths";
import { slugToKind } from "@/lib/territories/territories";
import { parseTerritoryQuery } from "@/lib/territories/territory-search";
import { territoryMatchSql } from "@/lib/territories/territory-search.sql";
import type { TerritoryApiQuery } from "./query.schemas";
import type { TerritoryDetailItem, TerritoryItem } from "./response.schemas";
import { absolute, chosenTerritory, slugOrNull, territoryRef, toPage, type ListOptions, type ListPage } from "./shared";

const ref = { select: { kind: true, code: true, name: true } } as const;

const territorySelect = {
  id: true,
  kind: true,
  code: true,
  name: true,
  population: true,
  epciType: true,
  siren: true,
  postalCodes: true,
  formerNames: true,
  formerCodes: true,
  isArrondissement: true,
  region: ref,
  departement: ref,
  commune: ref,
  memberOf: { select: { group: ref }, orderBy: { group: { name: "asc" } } },
} as const satisfies Prisma.TerritorySelect;

type TerritoryRow = Prisma.TerritoryGetPayload<{ select: typeof territorySelect }>;

function toTerritoryItem(row: TerritoryRow, origin: string): TerritoryItem {
  return {
    ...territoryRef(row),
    population: row.population,
    epciType: slugOrNull(row.epciType),
    siren: row.siren,
    postalCodes: row.postalCodes,
    formerCommunes: row.formerNames.map((name, index) => ({ code: row.formerCodes[index] ?? null, name })),
    isArrondissement: row.isArrondissement,
    region: row.region ? territoryRef(row.region) : null,
    departement: row.departement ? territoryRef(row.departement) : null,
    commune: row.commune ? territoryRef(row.commune) : null,
    groups: row.memberOf.map((link) => territoryRef(link.group)),
    url: absolute(origin, paths.territory(row.kind, row.code)),
  };
}

export async function listOpenTerritories(query: TerritoryApiQuery, after: number | undefined, options: ListOptions): Promise<ListPage<TerritoryItem>> {
  const inside = await chosenTerritory(query.territoire);
  // The site's territory search decides what matches (former names, "st", postal codes…); the
  // order stays the walk's, by id, so that a cursor resumes exactly where the page ended.
  const search = query.q && query.q.trim() !== "" ? parseTerritoryQuery(query.q) : undefined;
  const kinds: TerritoryKind[] = (query.type ?? []).map(slugToKind);
  const clauses: Prisma.Sql[] = [after === undefined ? Prisma.sql`TRUE` : Prisma.sql`t.id > ${after}`];
  if (search !== undefined) clauses.push(search ? territoryMatchSql(search) : Prisma.sql`FALSE`);
  if (kinds.length > 0) clauses.push(Prisma.sql`t.kind::text IN (${Prisma.join(kinds)})`);
  if (inside) {
    clauses.push(Prisma.sql`EXISTS (SELECT 1 FROM "TerritoryAncestor" ta WHERE ta."descendantId" = t.id AND ta."ancestorId" = ${inside.id} AND ta.depth > 0)`);
  }
  const rows = await db.$queryRaw<{ id: number }[]>`SELECT t.id FROM "Territory" t WHERE ${Prisma.join(clauses, " AND ")}
    ORDER BY t.id LIMIT ${options.limit + 1}`;
  const page = toPage(
    rows,
    options.limit,
    (row) => [row.id],
    (kept) => kept.map((row) => row.id),
  );
  const territories = await db.territory.findMany({ where: { id: { in: page.items } }, select: territorySelect, orderBy: { id: "asc" } });
  return { items: territories.map((row) => toTerritoryItem(row, options.origin)), nextKey: page.nextKey };
}

export async function getOpenTerritory(kind: TerritoryKind, code: string, origin: string): Promise<TerritoryDetailItem | null> {
  const row = await db.territory.findUnique({
    where: { kind_code: { kind, code } },
    select: {
      ...territorySelect,
      ancestors: { where: { depth: { gt: 0 } }, select: { depth: true, ancestor: ref }, orderBy: { depth: "asc" } },
      _count: { select: { members: true } },
    },
  });
  if (!row) return null;
  return {
    ...toTerritoryItem(row, origin),
    ancestors: row.ancestors.map((link) => ({ ...territoryRef(link.ancestor), depth: link.depth })),
    memberCount: row._count.members,
  };
}

// The one territory search (see territory-search.ts and territory-search.sql.ts): the site's
// /territoires search, every territory autocomplete and choice list, the admin's project members.
import "server-only";
import { Prisma, type EpciType, type TerritoryKind } from "@/generated/prisma/client";
import { db } from "@/lib/db";
import { buildPageInfo, pageOffset, type PageInfo, type TerritoryRef } from "@/lib/territories/territories";
import { findFormerMatch, parseTerritoryQuery, type FormerMatch, type SearchableTerritory, type TerritoryQuery } from "@/lib/territories/territory-search";
import { territoryCountSql, territoryPageSql } from "@/lib/territories/territory-search.sql";

export const SEARCH_PAGE_SIZE = 20;

export interface TerritorySearchResult extends TerritoryRef {
  id: number;
  population: number | null;
  epciType: EpciType | null;
  isArrondissement: boolean;
  departement: TerritoryRef | null;
  region: TerritoryRef | null;
  /** The former commune (déléguée or associée) it was found by: « anciennement … ». */
  formerMatch: FormerMatch | null;
}

export interface TerritorySearchPage {
  items: TerritorySearchResult[];
  pageInfo: PageInfo;
  /** True when the query was empty and a kind (régions by default) is listed by name instead. */
  browsing: boolean;
}

interface SearchRow extends SearchableTerritory {
  id: number;
  kind: TerritoryKind;
  population: number | null;
  epciType: EpciType | null;
  isArrondissement: boolean;
  departementCode: string | null;
  departementName: string | null;
  regionCode: string | null;
  regionName: string | null;
}

const searchColumns = Prisma.sql`
  t.id, t.kind, t.code, t.name, t.population, t."epciType", t."isArrondissement",
  t.siren, t."postalCodes", t."formerNames", t."formerCodes", t."lookupCodes",
  d.code AS "departementCode", d.name AS "departementName",
  r.code AS "regionCode", r.name AS "regionName"`;

const withParents = Prisma.sql`
  LEFT JOIN "Territory" d ON d.id = t."departementId"
  LEFT JOIN "Territory" r ON r.id = t."regionId"`;

function toSearchResult(row: SearchRow, query: TerritoryQuery | null): TerritorySearchResult {
  return {
    id: row.id,
    kind: row.kind,
    code: row.code,
    name: row.name,
    population: row.population,
    epciType: row.epciType,
    isArrondissement: row.isArrondissement,
    departement: row.departementCode ? { kind: "DEPARTEMENT", code: row.departementCode, name: row.departementName ?? "" } : null,
    region: row.regionCode ? { kind: "REGION", code: row.regionCode, name: row.regionName ?? "" } : null,
    formerMatch: query ? findFormerMatch(row, query) : null,
  };
}

export interface TerritorySearchInput {
  q: string;
  /** One kind (the site's filter) or several (what a form accepts); all kinds when neither. */
  kind?: TerritoryKind;
  kinds?: readonly TerritoryKind[];
  /** False leaves out the arrondissements municipaux (what cannot be a project member). */
  arrondissements?: boolean;
  page: number;
  pageSize?: number;
  /**
   * False skips counting every match (an autocomplete shows a few and no pagination): a common
   * fragment ("sai") then reads a few rows by population instead of thousands.
   */
  count?: boolean;
}

/**
 * The territory search of the site, of every territory autocomplete and choice list: by name
 * (accents, case, hyphens and apostrophes ignored; "st", "ste", "s'" for "saint", "sainte"), by
 * former name or code of a commune déléguée or associée, by official code, SIREN or postal code.
 * Order: exact name or code, exact former name or code, names starting with the query, the rest;
 * ties by population (largest first), then name. An empty query lists a kind by name instead
 * (the régions when no kind is given): the browse entry point.
 */
export async function searchTerritories(input: TerritorySearchInput): Promise<TerritorySearchPage> {
  const pageSize = input.pageSize ?? SEARCH_PAGE_SIZE;
  const offset = pageOffset(input.page, pageSize);

  if (input.q.trim() === "") {
    const kind = input.kind ?? "REGION";
    const where = Prisma.sql`t.kind = ${kind}::"TerritoryKind" AND NOT t."isArrondissement"`;
    const [rows, total] = await Promise.all([
      db.$queryRaw<
        SearchRow[]
      >`SELECT ${searchColumns} FROM "Territory" t ${withParents} WHERE ${where} ORDER BY t."searchKey", t.code LIMIT ${pageSize} OFFSET ${offset}`,
      countWhere(where),
    ]);
    return { items: rows.map((row) => toSearchResult(row, null)), pageInfo: buildPageInfo(input.page, pageSize, total), browsing: true };
  }

  // Input with no letter or digit (only quotes, "%"…) matches nothing rather than everything.
  const query = parseTerritoryQuery(input.q);
  if (!query) return { items: [], pageInfo: buildPageInfo(input.page, pageSize, 0), browsing: false };

  const scope = { kinds: input.kinds ?? (input.kind ? [input.kind] : null), arrondissements: input.arrondissements };
  const [rows, counted] = await Promise.all([
    db.$queryRaw<SearchRow[]>(territoryPageSql(query, scope, { columns: searchColumns, joins: withParents, limit: pageSize, offset })),
    input.count === false ? null : db.$queryRaw<{ total: bigint }[]>(territoryCountSql(query, scope)),
  ]);
  const items = rows.map((row) => toSearchResult(row, query));
  const total = counted ? Number(counted[0]?.total ?? 0) : offset + items.length;
  return { items, pageInfo: buildPageInfo(input.page, pageSize, total), browsing: false };
}

async function countWhere(where: Prisma.Sql): Promise<number> {
  const [row] = await db.$queryRaw<{ total: bigint }[]>`SELECT count(*) AS total FROM "Territory" t WHERE ${where}`;
  return Number(row?.total ?? 0);
}

// The public showcase of alliances: published alliances only, and among their partners only the
// confirmed ones whose organisation is published. Filtering, ranking, paging and every facet
// count run in PostgreSQL; JavaScript only ever holds one page and the counts.
import "server-only";
import { Prisma, type ActorKind, type AllianceMode, type AllianceStage } from "@/generated/prisma/client";
import { summarise } from "@/lib/actors/actors.queries";
import type { AllianceSearchState } from "@/lib/alliances/alliances.schemas";
import { toSearchTerms, type TerritoryScope } from "@/lib/directory/directory";
import type { ChosenTerritory } from "@/lib/directory/territory-choice.queries";
import { enumList, nameKeyOf, territoryLinks, territoryScopeTable, textMatch, textRank, wholeWordMatch, type AreaCount } from "@/lib/directory/directory.sql";
import type { DirectoryCounts, DirectorySearch, FacetDefinition } from "@/lib/directory/facet-counts.queries";
import { readAllianceCards, readPage, type AllianceCardRow } from "@/lib/directory/cards.queries";
import { runDirectorySearch, type SearchOptions } from "@/lib/directory/search.queries";
import type { PageInfo } from "@/lib/territories/territories";

export type AllianceQuery = Omit<AllianceSearchState, "territory" | "place" | "view" | "mapScale"> & { territory: ChosenTerritory | null };

/** The partners the public may see: confirmed, and whose organisation is published. */
export const visiblePartner = { status: "CONFIRMED", actor: { status: "PUBLISHED" } } as const;

export type AllianceListItem = Omit<AllianceCardRow, "id" | "description"> & { scope: TerritoryScope | null };

export interface AllianceFacets {
  modes: Map<AllianceMode, number>;
  stages: Map<AllianceStage, number>;
  targets: Map<string, number>;
  partnerKinds: Map<ActorKind, number>;
  scopes: Map<TerritoryScope, number> | null;
  regions: AreaCount[];
}

export interface AllianceSearchResult {
  items: AllianceListItem[];
  pageInfo: PageInfo;
  facets: AllianceFacets | null;
  /** Per département or région, for the map view (when asked for). */
  areas: AreaCount[] | null;
}

type ClauseKey = "status" | "text" | "mode" | "stage" | "target" | "partnerKind" | "scope";

export function buildAllianceSql(query: AllianceQuery) {
  const terms = toSearchTerms(query.q);
  const key = Prisma.sql`al."searchKey"`;
  const clauses: Record<ClauseKey, Prisma.Sql | null> = {
    status: Prisma.sql`al.status = 'PUBLISHED'`,
    text: terms ? textMatch(key, terms) : null,
    mode: query.modes.length > 0 ? Prisma.sql`al.mode IN (${enumList(query.modes, "AllianceMode")})` : null,
    stage: query.stages.length > 0 ? Prisma.sql`al.stage IN (${enumList(query.stages, "AllianceStage")})` : null,
    target:
      query.targets.length > 0
        ? Prisma.sql`EXISTS (SELECT 1 FROM "AllianceSdgTarget" t WHERE t."allianceId" = al.id AND t."targetCode" IN (${Prisma.join(query.targets)}))`
        : null,
    partnerKind:
      query.partnerKinds.length > 0
        ? Prisma.sql`EXISTS (SELECT 1 FROM "AlliancePartner" p JOIN "Actor" ac ON ac.id = p."actorId"
            WHERE p."allianceId" = al.id AND p.status = 'CONFIRMED' AND ac.status = 'PUBLISHED'
            AND ac.kind IN (${enumList(query.partnerKinds, "ActorKind")}))`
        : null,
    scope: query.territory && query.scope ? Prisma.sql`sc.scope = ${query.scope === "dedans" ? 0 : 1}` : null,
  };
  const scoped = query.territory
    ? Prisma.sql`"Alliance" al JOIN ${territoryScopeTable(territoryLinks.alliance, query.territory.id)} sc ON sc.eid = al.id`
    : Prisma.sql`"Alliance" al`;
  const unscoped = Prisma.sql`"Alliance" al`;

  const order: Prisma.Sql[] = [];
  if (query.sort === "recents") order.push(Prisma.sql`al."publishedAt" DESC NULLS LAST`);
  if (query.sort === "pertinence") {
    if (query.territory) order.push(Prisma.sql`sc.scope`);
    if (terms) order.push(textRank(key, terms), Prisma.sql`${wholeWordMatch(key, terms)} DESC`);
    // Without a text or a territory, the most recently published come first.
    if (!terms && !query.territory) order.push(Prisma.sql`al."publishedAt" DESC NULLS LAST`);
  }
  order.push(nameKeyOf(key), Prisma.sql`al.id`);
  const facets: FacetDefinition<ClauseKey>[] = [
    { key: "mode", column: Prisma.sql`m.mode` },
    { key: "stage", column: Prisma.sql`m.stage` },
    { key: "target", values: Prisma.sql`SELECT t."targetCode" AS value FROM "AllianceSdgTarget" t WHERE t."allianceId" = m.id` },
    {
      key: "partnerKind",
      values: Prisma.sql`SELECT DISTINCT ac.kind AS value FROM "AlliancePartner" p
        JOIN "Actor" ac ON ac.id = p."actorId" AND ac.status = 'PUBLISHED'
        WHERE p."allianceId" = m.id AND p.status = 'CONFIRMED'`,
    },
  ];
  return {
    directory: "alliance" as const,
    clauses,
    fixed: ["status", "text"] as ClauseKey[],
    scoped,
    unscoped,
    id: Prisma.sql`al.id`,
    columns: Prisma.sql`al.mode AS mode, al.stage AS stage`,
    facets,
    scopeKey: "scope" as const,
    hasTerritory: query.territory !== null,
    order: Prisma.join(order, ", "),
  } satisfies DirectorySearch<ClauseKey> & { order: Prisma.Sql };
}

type AllianceSql = ReturnType<typeof buildAllianceSql>;

function toFacets(counts: DirectoryCounts): AllianceFacets | null {
  const facets = counts.facets;
  if (!facets) return null;
  return {
    modes: facets.get("mode") as Map<AllianceMode, number>,
    stages: facets.get("stage") as Map<AllianceStage, number>,
    targets: facets.get("target") ?? new Map(),
    partnerKinds: facets.get("partnerKind") as Map<ActorKind, number>,
    scopes: counts.scopes,
    regions: counts.regions,
  };
}

/** One page of published alliances, as their cards show them. */
async function listPage(sql: AllianceSql, offset: number, limit: number): Promise<AllianceListItem[]> {
  const cards = await readPage(sql, readAllianceCards, offset, limit);
  return cards.map(({ id: _id, description, ...card }) => ({ ...card, summary: summarise(card.summary || description) }));
}

/**
 * One page of the showcase with its facet counts; each facet is counted with every filter but
 * its own, so that ticking another value of the same facet widens the search as announced.
 */
export async function searchAlliances(query: AllianceQuery, options: SearchOptions = {}): Promise<AllianceSearchResult> {
  const sql = buildAllianceSql(query);
  const { items, pageInfo, counts } = await runDirectorySearch(sql, query, options, (offset, limit) => listPage(sql, offset, limit));
  return { items, pageInfo, facets: toFacets(counts), areas: counts.areas };
}

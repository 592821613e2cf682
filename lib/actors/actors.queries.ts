// The public directory of actors: published organisations only, through their public fields.
// Filtering, ranking, paging and every facet count run in PostgreSQL; JavaScript only ever holds
// one page of actors and the counts.
import "server-only";
import { Prisma, type ActorKind, type AllianceMode } from "@/generated/prisma/client";
import type { ActorSearchState } from "@/lib/actors/actors.schemas";
import { toSearchTerms, type TerritoryScope } from "@/lib/directory/directory";
import type { ChosenTerritory } from "@/lib/directory/territory-choice.queries";
import { enumList, nameKeyOf, territoryLinks, territoryScopeTable, textMatch, textRank, wholeWordMatch, type AreaCount } from "@/lib/directory/directory.sql";
import type { DirectoryCounts, DirectorySearch, FacetDefinition } from "@/lib/directory/facet-counts.queries";
import { readActorCards, readPage, type ActorCardRow } from "@/lib/directory/cards.queries";
import { runDirectorySearch, type SearchOptions } from "@/lib/directory/search.queries";
import { logoUrlOf } from "@/lib/organisations/profile.queries";
import type { PageInfo } from "@/lib/territories/territories";

const SUMMARY_LENGTH = 220;

export type ActorQuery = Omit<ActorSearchState, "territory" | "place" | "view" | "mapScale"> & { territory: ChosenTerritory | null };

export type ActorListItem = Omit<ActorCardRow, "id" | "description" | "logoPath"> & {
  summary: string;
  /** The logo's URL, versioned by its file (see lib/organisations/profile.queries.ts), or null. */
  logoUrl: string | null;
  /** Set when a territory is chosen: inside it, or around it (on a territory that contains it). */
  scope: TerritoryScope | null;
};

export interface ActorFacets {
  kinds: Map<ActorKind, number>;
  sdgs: Map<number, number>;
  modes: Map<AllianceMode, number>;
  scopes: Map<TerritoryScope, number> | null;
  /** Per région, the territory facet's entry points (only when no territory is chosen). */
  regions: AreaCount[];
}

export interface ActorSearchResult {
  items: ActorListItem[];
  pageInfo: PageInfo;
  facets: ActorFacets | null;
  /** Per département or région, for the map view (when asked for). */
  areas: AreaCount[] | null;
}

type ClauseKey = "status" | "text" | "kind" | "sdg" | "mode" | "scope";

/** The query pieces of one search; the territory is a join, the rest are WHERE clauses. */
export function buildActorSql(query: ActorQuery) {
  const terms = toSearchTerms(query.q);
  const key = Prisma.sql`a."searchKey"`;
  const clauses: Record<ClauseKey, Prisma.Sql | null> = {
    status: Prisma.sql`a.status = 'PUBLISHED'`,
    text: terms ? textMatch(key, terms) : null,
    kind: query.kinds.length > 0 ? Prisma.sql`a.kind IN (${enumList(query.kinds, "ActorKind")})` : null,
    sdg:
      query.sdgs.length > 0 ? Prisma.sql`EXISTS (SELECT 1 FROM "ActorSdg" s WHERE s."actorId" = a.id AND s."sdgNumber" IN (${Prisma.join(query.sdgs)}))` : null,
    mode:
      query.modes.length > 0
        ? Prisma.sql`EXISTS (SELECT 1 FROM "AlliancePartner" p JOIN "Alliance" al ON al.id = p."allianceId"
            WHERE p."actorId" = a.id AND p.status = 'CONFIRMED' AND al.status = 'PUBLISHED'
            AND al.mode IN (${enumList(query.modes, "AllianceMode")}))`
        : null,
    scope: query.territory && query.scope ? Prisma.sql`sc.scope = ${query.scope === "dedans" ? 0 : 1}` : null,
  };
  const scoped = query.territory
    ? Prisma.sql`"Actor" a JOIN ${territoryScopeTable(territoryLinks.actor, query.territory.id)} sc ON sc.eid = a.id`
    : Prisma.sql`"Actor" a`;
  const unscoped = Prisma.sql`"Actor" a`;

  const order: Prisma.Sql[] = [];
  if (query.sort === "recents") order.push(Prisma.sql`a."publishedAt" DESC NULLS LAST`);
  if (query.sort === "pertinence") {
    if (query.territory) order.push(Prisma.sql`sc.scope`);
    if (terms) order.push(textRank(key, terms), Prisma.sql`${wholeWordMatch(key, terms)} DESC`);
  }
  order.push(nameKeyOf(key), Prisma.sql`a.id`);

  const facets: FacetDefinition<ClauseKey>[] = [
    { key: "kind", column: Prisma.sql`m.kind` },
    { key: "sdg", values: Prisma.sql`SELECT s."sdgNumber" AS value FROM "ActorSdg" s WHERE s."actorId" = m.id` },
    {
      key: "mode",
      values: Prisma.sql`SELECT DISTINCT al.mode AS value FROM "AlliancePartner" p
        JOIN "Alliance" al ON al.id = p."allianceId" AND al.status = 'PUBLISHED'
        WHERE p."actorId" = m.id AND p.status = 'CONFIRMED'`,
    },
  ];
  return {
    directory: "actor" as const,
    clauses,
    fixed: ["status", "text"] as ClauseKey[],
    scoped,
    unscoped,
    id: Prisma.sql`a.id`,
    columns: Prisma.sql`a.kind AS kind`,
    facets,
    scopeKey: "scope" as const,
    hasTerritory: query.territory !== null,
    order: Prisma.join(order, ", "),
  } satisfies DirectorySearch<ClauseKey> & { order: Prisma.Sql };
}

type ActorSql = ReturnType<typeof buildActorSql>;

function toFacets(counts: DirectoryCounts): ActorFacets | null {
  const facets = counts.facets;
  if (!facets) return null;
  return {
    kinds: facets.get("kind") as Map<ActorKind, number>,
    sdgs: new Map([...(facets.get("sdg") ?? [])].map(([value, count]) => [Number(value), count])),
    modes: facets.get("mode") as Map<AllianceMode, number>,
    scopes: counts.scopes,
    regions: counts.regions,
  };
}

/** One page of published actors, as their cards show them. */
async function listPage(sql: ActorSql, offset: number, limit: number): Promise<ActorListItem[]> {
  const cards = await readPage(sql, readActorCards, offset, limit);
  return cards.map(({ id, description, logoPath, ...card }) => ({ ...card, summary: summarise(description), logoUrl: logoUrlOf(id, logoPath) }));
}

/** The first sentence-ish of a description, cut on a word. */
export function summarise(text: string, max = SUMMARY_LENGTH): string {
  const flat = text.replace(/\s+/g, " ").trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(" "), max * 0.6)).trimEnd()}…`;
}

/**
 * One page of the directory with its facet counts. Each facet is counted with every filter but
 * its own, so that ticking another value of the same facet widens the search as announced.
 */
export async function searchActors(query: ActorQuery, options: SearchOptions = {}): Promise<ActorSearchResult> {
  const sql = buildActorSql(query);
  const { items, pageInfo, counts } = await runDirectorySearch(sql, query, options, (offset, limit) => listPage(sql, offset, limit));
  return { items, pageInfo, facets: toFacets(counts), areas: counts.areas };
}

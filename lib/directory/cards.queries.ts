// The cards of one page of a directory, read in one statement per page: each card's first
// territories, partners and SDGs come as JSON from correlated subqueries over the page's ids, and
// the counts ("et 4 autres") from the link tables' entity-id indexes. Prisma's relation reads took
// three to four round trips per page, each compiled by the engine-free client — most of the
// directories' server time once the SQL itself was fast — and its `_count` grouped whole link
// tables. Rows come back in no particular order: callers put them in the order of their ids.
import "server-only";
import { Prisma, type ActorKind, type AllianceMode, type AllianceStage } from "@/generated/prisma/client";
import { db } from "@/lib/db";
import { FRENCH_COLLATION } from "@/lib/db/collation";
import { scopeFromSql, type TerritoryScope } from "@/lib/directory/directory";
import { territoryLinks, whereAll, type TerritoryLink } from "@/lib/directory/directory.sql";
import type { TerritoryRef } from "@/lib/territories/territories";

export const LIST_TERRITORIES = 3;
export const LIST_PARTNERS = 4;

export interface ActorCardRow {
  id: string;
  slug: string;
  name: string;
  kind: ActorKind;
  description: string;
  logoPath: string | null;
  territories: TerritoryRef[];
  territoryCount: number;
  sdgNumbers: number[];
}

export interface AllianceCardRow {
  id: string;
  slug: string;
  title: string;
  summary: string;
  description: string;
  mode: AllianceMode;
  stage: AllianceStage;
  partners: { slug: string; name: string }[];
  partnerCount: number;
  territories: TerritoryRef[];
  territoryCount: number;
  targetCodes: string[];
}

/** A card's first territories by name ("territories") and how many there are ("territoryCount"). */
function territoryColumns(link: TerritoryLink, entityId: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`COALESCE((SELECT json_agg(json_build_object('kind', t.kind, 'code', t.code, 'name', t.name) ORDER BY t."searchKey", t.id) FROM (
        SELECT t.id, t.kind, t.code, t.name, t."searchKey" FROM ${link.table} l JOIN "Territory" t ON t.id = l."territoryId"
        WHERE l.${link.id} = ${entityId} ORDER BY t."searchKey", t.id LIMIT ${LIST_TERRITORIES}) t), '[]') AS territories,
      (SELECT count(*) FROM ${link.table} l WHERE l.${link.id} = ${entityId}) AS "territoryCount"`;
}

/** Published actors among `ids`, with what their card shows. */
export async function readActorCards(ids: string[]): Promise<ActorCardRow[]> {
  if (ids.length === 0) return [];
  const rows = await db.$queryRaw<(Omit<ActorCardRow, "territoryCount"> & { territoryCount: bigint })[]>`
    SELECT a.id, a.slug, a.name, a.kind::text AS kind, a.description, a."logoPath",
      ${territoryColumns(territoryLinks.actor, Prisma.sql`a.id`)},
      ARRAY(SELECT s."sdgNumber" FROM "ActorSdg" s WHERE s."actorId" = a.id ORDER BY s."sdgNumber") AS "sdgNumbers"
    FROM "Actor" a WHERE a.id = ANY(${ids}) AND a.status = 'PUBLISHED'`;
  return rows.map((row) => ({ ...row, territoryCount: Number(row.territoryCount) }));
}

/**
 * Published alliances among `ids`, with what their card shows. Partners named are the ones the
 * public may see (confirmed, published organisation: visiblePartner), the lead first.
 */
export async function readAllianceCards(ids: string[]): Promise<AllianceCardRow[]> {
  if (ids.length === 0) return [];
  const rows = await db.$queryRaw<(Omit<AllianceCardRow, "partnerCount" | "territoryCount"> & { partnerCount: bigint; territoryCount: bigint })[]>`
    SELECT al.id, al.slug, al.title, al.summary, al.description, al.mode::text AS mode, al.stage::text AS stage,
      COALESCE((SELECT json_agg(json_build_object('slug', x.slug, 'name', x.name) ORDER BY x.role, x.name ${FRENCH_COLLATION}, x.id) FROM (
        SELECT ac.id, ac.slug, ac.name, p.role FROM "AlliancePartner" p JOIN "Actor" ac ON ac.id = p."actorId" AND ac.status = 'PUBLISHED'
        WHERE p."allianceId" = al.id AND p.status = 'CONFIRMED' ORDER BY p.role, ac.name ${FRENCH_COLLATION}, ac.id LIMIT ${LIST_PARTNERS}) x), '[]') AS partners,
      (SELECT count(*) FROM "AlliancePartner" p JOIN "Actor" ac ON ac.id = p."actorId" AND ac.status = 'PUBLISHED'
        WHERE p."allianceId" = al.id AND p.status = 'CONFIRMED') AS "partnerCount",
      ${territoryColumns(territoryLinks.alliance, Prisma.sql`al.id`)},
      ARRAY(SELECT t."targetCode" FROM "AllianceSdgTarget" t WHERE t."allianceId" = al.id ORDER BY string_to_array(t."targetCode", '.')::int[]) AS "targetCodes"
    FROM "Alliance" al WHERE al.id = ANY(${ids}) AND al.status = 'PUBLISHED'`;
  return rows.map((row) => ({ ...row, partnerCount: Number(row.partnerCount), territoryCount: Number(row.territoryCount) }));
}

/** The SQL pieces of a search that a page of results needs (buildActorSql, buildAllianceSql). */
interface PagedSearch {
  id: Prisma.Sql;
  scoped: Prisma.Sql;
  clauses: Record<string, Prisma.Sql | null>;
  order: Prisma.Sql;
  hasTerritory: boolean;
}

/**
 * One page of a search: the cards `read` gives for the page's ids, in the search's order, each
 * with its place with respect to the chosen territory (inside it, or around it).
 */
export async function readPage<R extends { id: string }>(
  search: PagedSearch,
  read: (ids: string[]) => Promise<R[]>,
  offset: number,
  limit: number,
): Promise<(R & { scope: TerritoryScope | null })[]> {
  const scopeColumn = search.hasTerritory ? Prisma.sql`sc.scope` : Prisma.sql`NULL::int`;
  const rows = await db.$queryRaw<{ id: string; scope: number | null }[]>`
    SELECT ${search.id} AS id, ${scopeColumn} AS scope FROM ${search.scoped} WHERE ${whereAll(search.clauses)}
    ORDER BY ${search.order} LIMIT ${limit} OFFSET ${offset}`;
  if (rows.length === 0) return [];
  const cards = new Map((await read(rows.map((row) => row.id))).map((card) => [card.id, card]));
  // In the search's order; a row unpublished in between is left out.
  return rows.flatMap((row) => {
    const card = cards.get(row.id);
    return card ? [{ ...card, scope: scopeFromSql(row.scope) }] : [];
  });
}

// What a completed diagnostic's report shows beyond its own scores: recommended kits, suggested
// partners, the territory in open data and the comparison with similar territories. Called with
// a DiagnosticView already read through getDiagnostic (so already authorized); everything read
// here is public data (published kits, actors and alliances, territories) or an anonymous average.
import "server-only";
import { Prisma, type TerritoryKind, type Theme } from "@/generated/prisma/client";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { territoryLinks, territoryScopeTable } from "@/lib/directory/directory.sql";
import type { DiagnosticView } from "./diagnostics.queries";
import { themeName } from "./labels";
import { rankKits, rankPartners, type RankedKit, type RankedPartner } from "./recommendations";
import { axisScores, compareAggregate, similarPopulationRange, type AxisScore, type Comparison } from "./report";
import { levelFor, type DiagnosticResult } from "./scoring";
import type { TemplateLevel } from "./template.schema";

export const REPORT_KIT_COUNT = 5;
export const REPORT_PARTNER_COUNT = 6;
// A région-wide search can find many actors: rank at most this many candidates.
const PARTNER_CANDIDATES_MAX = 1000;

type Ref = { kind: TerritoryKind; code: string; name: string };

export interface ReportKit {
  id: string;
  slug: string;
  title: string;
  summary: string;
  category: string;
  audiences: string[];
  maturityLevels: number[];
  themes: string[];
  modes: string[];
  targets: string[];
}

export interface ReportPartner {
  id: string;
  slug: string;
  name: string;
  kind: string;
  sdgs: number[];
  offerThemes: string[];
  offerModes: string[];
  allianceModes: string[];
  proximity: "inside" | "around";
}

export interface TerritoryContextView extends Ref {
  population: number | null;
  communeCount: number;
  epci: Ref | null;
  departement: Ref | null;
  region: Ref | null;
  actorCount: number;
  allianceCount: number;
}

export interface DiagnosticReport {
  result: DiagnosticResult;
  axes: AxisScore[];
  level: TemplateLevel;
  levelCount: number;
  priorities: { theme: Theme; label: string }[];
  kits: RankedKit<ReportKit>[];
  partners: RankedPartner<ReportPartner>[];
  context: TerritoryContextView;
  comparison: Comparison & { levelName?: string };
}

type ContextRow = {
  kind: TerritoryKind;
  code: string;
  name: string;
  population: number | null;
  communeCount: number;
  actorCount: number;
  allianceCount: number;
  departement: Ref | null;
  region: Ref | null;
  epci: Ref | null;
};

/**
 * The territory, its département, région and EPCI (an arrondissement belongs to its commune's),
 * its communes and the published actors and alliances acting inside it: one round trip (the
 * relation reads and counts took about ten).
 */
export async function getTerritoryContext(territoryId: number): Promise<TerritoryContextView> {
  const ref = (alias: string) =>
    Prisma.raw(`CASE WHEN ${alias}.id IS NULL THEN NULL ELSE json_build_object('kind', ${alias}.kind, 'code', ${alias}.code, 'name', ${alias}.name) END`);
  const rows = await db.$queryRaw<ContextRow[]>`
    SELECT t.kind::text AS kind, t.code, t.name, t.population,
      ${ref("d")} AS departement, ${ref("r")} AS region, ${ref("e")} AS epci,
      (SELECT count(*)::int FROM "TerritoryAncestor" ta JOIN "Territory" c ON c.id = ta."descendantId"
        WHERE ta."ancestorId" = t.id AND c.kind = 'COMMUNE' AND NOT c."isArrondissement") AS "communeCount",
      (SELECT count(DISTINCT l."actorId")::int FROM "TerritoryAncestor" ta JOIN "ActorTerritory" l ON l."territoryId" = ta."descendantId"
        JOIN "Actor" a ON a.id = l."actorId" AND a.status = 'PUBLISHED' WHERE ta."ancestorId" = t.id) AS "actorCount",
      (SELECT count(DISTINCT l."allianceId")::int FROM "TerritoryAncestor" ta JOIN "AllianceTerritory" l ON l."territoryId" = ta."descendantId"
        JOIN "Alliance" a ON a.id = l."allianceId" AND a.status = 'PUBLISHED' WHERE ta."ancestorId" = t.id) AS "allianceCount"
    FROM "Territory" t
    LEFT JOIN "Territory" d ON d.id = t."departementId"
    LEFT JOIN "Territory" r ON r.id = t."regionId"
    LEFT JOIN LATERAL (
      SELECT g.id, g.kind, g.code, g.name FROM "TerritoryMembership" m JOIN "Territory" g ON g.id = m."groupId" AND g.kind = 'EPCI'
      WHERE m."memberId" = t.id OR m."memberId" = t."communeId"
      ORDER BY (m."memberId" = t.id) DESC, g.id LIMIT 1
    ) e ON TRUE
    WHERE t.id = ${territoryId}`;
  const row = rows[0];
  if (!row) throw new NotFoundError();
  return row;
}

/**
 * Every published kit with its SDG targets: one query. Prisma's scalar lists are nullable
 * columns that Prisma reads as [] (a kit created without them holds NULL): COALESCE does the same.
 */
export async function listKitCandidates(): Promise<ReportKit[]> {
  return db.$queryRaw<ReportKit[]>`
    SELECT k.id, k.slug, k.title, k.summary, k.category::text AS category, COALESCE(k.audiences::text[], '{}') AS audiences,
      COALESCE(k."maturityLevels", '{}') AS "maturityLevels", COALESCE(k.themes::text[], '{}') AS themes, COALESCE(k.modes::text[], '{}') AS modes,
      COALESCE((SELECT array_agg(t."targetCode" ORDER BY string_to_array(t."targetCode", '.')::int[]) FROM "KitSdgTarget" t WHERE t."kitId" = k.id), '{}') AS targets
    FROM "Kit" k WHERE k.status = 'PUBLISHED'`;
}

type PartnerRow = Omit<ReportPartner, "proximity"> & { scope: number };

/**
 * Published actors acting on the territory or inside it ("inside"), or on a territory containing
 * it ("around"), with their SDGs, the themes and modes of their current published offers and the
 * modes of the published alliances they confirmed: one query (the relation reads took five).
 */
export async function listPartnerCandidates(territoryId: number): Promise<ReportPartner[]> {
  const today = new Date().toISOString().slice(0, 10);
  const rows = await db.$queryRaw<PartnerRow[]>`
    SELECT a.id, a.slug, a.name, a.kind::text AS kind, s.scope,
      COALESCE((SELECT array_agg(x."sdgNumber" ORDER BY x."sdgNumber") FROM "ActorSdg" x WHERE x."actorId" = a.id), '{}') AS sdgs,
      COALESCE((SELECT array_agg(DISTINCT o.theme::text) FROM "Offer" o
        WHERE o."actorId" = a.id AND o.status = 'PUBLISHED' AND (o."validUntil" IS NULL OR o."validUntil" >= ${today}::date)), '{}') AS "offerThemes",
      COALESCE((SELECT array_agg(DISTINCT o.mode::text) FROM "Offer" o
        WHERE o."actorId" = a.id AND o.status = 'PUBLISHED' AND (o."validUntil" IS NULL OR o."validUntil" >= ${today}::date)), '{}') AS "offerModes",
      COALESCE((SELECT array_agg(DISTINCT al.mode::text) FROM "AlliancePartner" p JOIN "Alliance" al ON al.id = p."allianceId" AND al.status = 'PUBLISHED'
        WHERE p."actorId" = a.id AND p.status = 'CONFIRMED'), '{}') AS "allianceModes"
    FROM (
      SELECT s.eid, s.scope FROM ${territoryScopeTable(territoryLinks.actor, territoryId)} s
      ORDER BY s.scope, s.eid LIMIT ${PARTNER_CANDIDATES_MAX}
    ) s
    JOIN "Actor" a ON a.id = s.eid AND a.status = 'PUBLISHED'`;
  return rows.map(({ scope, ...actor }) => ({ ...actor, proximity: Number(scope) === 0 ? ("inside" as const) : ("around" as const) }));
}

/**
 * Completed diagnostics of other territories of the same kind and a similar population: one
 * aggregate over the stored overall scores (overallScore, written with the scores), served by the
 * index on Diagnostic (territoryId, status, overallScore, actorId) without reading the rows.
 */
export async function compareTerritory(territory: { id: number; kind: TerritoryKind; population: number | null }): Promise<Comparison> {
  if (territory.population === null || territory.population <= 0) return { status: "no-population" };
  const range = similarPopulationRange(territory.population);
  const [aggregate] = await db.$queryRaw<{ count: number; organisations: number; sum: number | null }[]>`
    SELECT count(*)::int AS count, count(DISTINCT d."actorId")::int AS organisations, sum(d."overallScore") AS sum
    FROM "Diagnostic" d JOIN "Territory" t ON t.id = d."territoryId"
    WHERE d.status IN ('COMPLETED', 'PUBLISHED') AND d."overallScore" IS NOT NULL AND d."territoryId" <> ${territory.id}
      AND t.kind = ${territory.kind}::"TerritoryKind" AND t.population BETWEEN ${range.min} AND ${range.max}`;
  return compareAggregate({ count: aggregate.count, organisations: aggregate.organisations, sum: aggregate.sum ?? 0 });
}

/** The report of a completed diagnostic; null for a draft (it has no scores yet). */
export async function buildDiagnosticReport(diagnostic: DiagnosticView): Promise<DiagnosticReport | null> {
  const result = diagnostic.result;
  if (!result) return null;
  const template = diagnostic.template;
  const [kits, partners, context, comparison] = await Promise.all([
    listKitCandidates(),
    listPartnerCandidates(diagnostic.territory.id),
    getTerritoryContext(diagnostic.territory.id),
    compareTerritory(diagnostic.territory),
  ]);
  const level = template.levels.find((candidate) => candidate.level === result.level.level) ?? template.levels[0];
  return {
    result,
    axes: axisScores(template, result),
    level,
    levelCount: template.levels.length,
    priorities: result.priorities.map((theme) => ({ theme, label: themeName(theme) })),
    kits: rankKits(kits, result).slice(0, REPORT_KIT_COUNT),
    partners: rankPartners(partners, result, { name: diagnostic.territory.name, actorId: diagnostic.actor.id }).slice(0, REPORT_PARTNER_COUNT),
    context,
    comparison: comparison.status === "available" ? { ...comparison, levelName: levelFor(template, comparison.average).name } : comparison,
  };
}

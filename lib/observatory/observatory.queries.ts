import "server-only";
// The back-office observatory: key figures, map counts and the datasets of its charts, for staff
// and admins (stats.read, checked here as well as by the /admin layout). About ten aggregate
// queries run in parallel; none loads rows per entity (see observatory.sql.ts for the indexes).
// Measured on the embedded PostgreSQL with 100k actors, 50k alliances, 20k diagnostics, 200 kits
// and 45k ratings, on a busy 2-core machine: 0.5–1 s for the whole page; the slowest queries are
// the per-area counts shared with the directories' map (0.3–0.7 s each), the rest under 0.1 s.
// Staff-only and rarely opened, so not cached; a TTL cache (lib/directory/ttl-cache.ts) would fit.
//
// Most recommended kits are computed, not stored: a report ranks the published kits afresh each
// time it is shown (lib/diagnostics/report.queries.ts), so storing the kits recommended at
// completion would count recommendations the teams no longer see. The ranking runs once per
// distinct group of wishes (level, priorities, audience, modes), grouped in SQL, not once per
// diagnostic — see tallyRecommendedKits.
import { Prisma, type AllianceMode, type AllianceStage, type FeedbackKind } from "@/generated/prisma/client";
import { assertCan, type Principal } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { compareFrench } from "@/lib/text/sort";
import { REPORT_KIT_COUNT } from "@/lib/diagnostics/report.queries";
import { mapScaleKind } from "@/lib/directory/directory";
import { areaCountsSql, territoryLinks, toAreaCounts, type AreaCount } from "@/lib/directory/directory.sql";
import { observatoryCopy } from "@/lib/copy/admin-observatory";
import {
  chartMonthCount,
  fillMonths,
  levelDistribution,
  monthKeys,
  monthStart,
  periodStart,
  readTemplateLevels,
  summariseRatings,
  tallyRecommendedKits,
  type ObservatoryParams,
  type RatingSummary,
  type WishesGroup,
} from "./observatory";
import {
  alliancesByModeAndStageSql,
  diagnosticAreaCountsSql,
  diagnosticRatingsSql,
  diagnosticsByMonthSql,
  keyFiguresSql,
  kitRatingsSql,
  linkedInRegion,
  maturityLevelsSql,
  publishedActorIds,
  publishedAllianceIds,
  wishesGroupsSql,
} from "./observatory.sql";

export const RECOMMENDED_KITS_SHOWN = 10;
export const LATEST_COMMENTS = 8;

const MODES: AllianceMode[] = ["MECENAT", "PRATIQUES_RESPONSABLES", "COOPERATION_ECONOMIQUE", "INNOVATION_SOCIETALE"];
const STAGES: AllianceStage[] = ["IDEE", "CONSTRUCTION", "ACTIVE", "EVALUATION", "TERMINEE"];

export interface Observatory {
  params: ObservatoryParams;
  /** The région filter when its code is known; an unknown code is ignored (whole country). */
  region: { id: number; code: string; name: string } | null;
  regions: { code: string; name: string }[];
  figures: { actors: number; alliances: number; diagnostics: number; kits: number; users: number };
  map: AreaCount[];
  perRegion: { code: string; name: string; actors: number; alliances: number }[];
  alliancesByMode: { mode: AllianceMode; count: number }[];
  alliancesByStage: { stage: AllianceStage; count: number }[];
  diagnosticsByMonth: { month: string; count: number }[];
  maturity: { level: number; name: string; count: number }[];
  recommendedKits: { id: string; slug: string; title: string; count: number }[];
  kitRatings: RatingSummary;
  diagnosticRatings: RatingSummary;
  kitComments: { id: string; kind: FeedbackKind; comment: string; createdAt: Date; kit: { id: string; title: string } }[];
  diagnosticComments: { id: string; rating: number | null; comment: string; createdAt: Date; diagnosticId: string; territory: string; actor: string }[];
}

type Count = { count: number };
type WishesRow = { level: number | null; priorities: unknown; audience: string | null; modes: unknown; count: number };
type Area = { code: string; name: string; count: bigint | number };

export async function getObservatory(principal: Principal, params: ObservatoryParams, now: Date = new Date()): Promise<Observatory> {
  assertCan(principal, "stats.read");
  const [regions, region] = await Promise.all([
    db.territory.findMany({ where: { kind: "REGION" }, select: { id: true, code: true, name: true }, orderBy: { searchKey: "asc" } }),
    params.region
      ? db.territory.findUnique({ where: { kind_code: { kind: "REGION", code: params.region } }, select: { id: true, code: true, name: true } })
      : null,
  ]);
  const regionId = region?.id ?? null;
  const since = periodStart(params.period, now);
  const chartSince = monthStart(now, chartMonthCount(params.period) - 1);
  const actorIn = linkedInRegion(territoryLinks.actor, Prisma.sql`a.id`, regionId);
  const allianceIn = linkedInRegion(territoryLinks.alliance, Prisma.sql`al.id`, regionId);
  const mapKind = mapScaleKind(params.scale);

  const [
    figureRows,
    actorRegions,
    allianceRegions,
    map,
    modeStage,
    months,
    levels,
    templates,
    wishes,
    kits,
    kitRatings,
    diagnosticRatings,
    kitComments,
    diagnosticComments,
  ] = await Promise.all([
    db.$queryRaw<Observatory["figures"][]>(keyFiguresSql(actorIn, allianceIn, regionId)),
    db.$queryRaw<Area[]>(areaCountsSql(territoryLinks.actor, publishedActorIds(actorIn), "REGION")),
    db.$queryRaw<Area[]>(areaCountsSql(territoryLinks.alliance, publishedAllianceIds(allianceIn), "REGION")),
    // At région scale the actor and alliance maps are the per-région counts already asked for.
    params.scale === "region" && params.measure !== "diagnostics"
      ? null
      : db.$queryRaw<Area[]>(
          params.measure === "acteurs"
            ? areaCountsSql(territoryLinks.actor, publishedActorIds(actorIn), mapKind)
            : params.measure === "alliances"
              ? areaCountsSql(territoryLinks.alliance, publishedAllianceIds(allianceIn), mapKind)
              : diagnosticAreaCountsSql(mapKind, regionId),
        ),
    db.$queryRaw<{ mode: AllianceMode; stage: AllianceStage; count: number }[]>(alliancesByModeAndStageSql(allianceIn)),
    db.$queryRaw<{ month: string; count: number }[]>(diagnosticsByMonthSql(regionId, chartSince)),
    db.$queryRaw<{ level: number; count: number }[]>(maturityLevelsSql(regionId, since)),
    db.diagnosticTemplate.findMany({ select: { status: true, version: true, content: true } }),
    db.$queryRaw<WishesRow[]>(wishesGroupsSql(regionId, since)),
    db.kit.findMany({
      where: { status: "PUBLISHED" },
      select: { id: true, slug: true, title: true, category: true, audiences: true, maturityLevels: true, themes: true, modes: true },
    }),
    db.$queryRaw<{ rating: number; count: number }[]>(kitRatingsSql(since)),
    db.$queryRaw<{ rating: number; count: number }[]>(diagnosticRatingsSql(regionId, since)),
    db.feedback.findMany({
      where: { kitId: { not: null }, kind: { in: ["COMMENT", "SUGGESTION"] }, comment: { not: "" }, ...(since ? { createdAt: { gte: since } } : {}) },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: LATEST_COMMENTS,
      select: { id: true, kind: true, comment: true, createdAt: true, kit: { select: { id: true, title: true } } },
    }),
    db.feedback.findMany({
      where: {
        diagnosticId: { not: null },
        comment: { not: "" },
        ...(since ? { createdAt: { gte: since } } : {}),
        ...(regionId !== null ? { diagnostic: { territory: { ancestors: { some: { ancestorId: regionId } } } } } : {}),
      },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: LATEST_COMMENTS,
      select: {
        id: true,
        rating: true,
        comment: true,
        createdAt: true,
        diagnostic: { select: { id: true, territory: { select: { name: true } }, actor: { select: { name: true } } } },
      },
    }),
  ]);

  const perRegion = mergeRegions(regions, toAreaCounts(actorRegions), toAreaCounts(allianceRegions));
  const regionCounts = params.measure === "acteurs" ? actorRegions : allianceRegions;
  return {
    params,
    region,
    regions: regions.map(({ code, name }) => ({ code, name })),
    figures: figureRows[0],
    map: toAreaCounts(map ?? regionCounts),
    perRegion,
    alliancesByMode: MODES.map((mode) => ({ mode, count: sumWhere(modeStage, (row) => row.mode === mode) })),
    alliancesByStage: STAGES.map((stage) => ({ stage, count: sumWhere(modeStage, (row) => row.stage === stage) })),
    diagnosticsByMonth: fillMonths(monthKeys(now, chartMonthCount(params.period)), months),
    maturity: levelDistribution(
      levels,
      templates.map((template) => ({ active: template.status === "ACTIVE", version: template.version, levels: readTemplateLevels(template.content) })),
      observatoryCopy.charts.levelFallback,
    ),
    recommendedKits: tallyRecommendedKits(
      readWishes(wishes),
      kits.map((kit) => ({ ...kit, targets: [] })),
      REPORT_KIT_COUNT,
    )
      .slice(0, RECOMMENDED_KITS_SHOWN)
      .map(({ kit, count }) => ({ id: kit.id, slug: kit.slug, title: kit.title, count })),
    kitRatings: summariseRatings(kitRatings),
    diagnosticRatings: summariseRatings(diagnosticRatings),
    kitComments: kitComments.flatMap((row) => (row.kit ? [{ ...row, kit: row.kit }] : [])),
    diagnosticComments: diagnosticComments.flatMap(({ diagnostic, ...row }) =>
      diagnostic ? [{ ...row, diagnosticId: diagnostic.id, territory: diagnostic.territory.name, actor: diagnostic.actor.name }] : [],
    ),
  };
}

function sumWhere<T extends Count>(rows: readonly T[], keep: (row: T) => boolean): number {
  return rows.reduce((sum, row) => (keep(row) ? sum + Number(row.count) : sum), 0);
}

/** Every région with its two counts (zero when absent), busiest first. */
function mergeRegions(regions: readonly { code: string; name: string }[], actors: AreaCount[], alliances: AreaCount[]): Observatory["perRegion"] {
  const actorCount = new Map(actors.map((area) => [area.code, area.count]));
  const allianceCount = new Map(alliances.map((area) => [area.code, area.count]));
  return regions
    .map(({ code, name }) => ({ code, name, actors: actorCount.get(code) ?? 0, alliances: allianceCount.get(code) ?? 0 }))
    .sort((a, b) => b.actors + b.alliances - (a.actors + a.alliances) || compareFrench(a.name, b.name));
}

function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === "string") : [];
}

/** JSON columns come back as parsed values: keep the well-formed groups only. */
function readWishes(rows: readonly WishesRow[]): WishesGroup[] {
  return rows.flatMap((row) =>
    typeof row.level === "number"
      ? [{ level: row.level, priorities: strings(row.priorities), audience: row.audience, modes: strings(row.modes), count: Number(row.count) }]
      : [],
  );
}

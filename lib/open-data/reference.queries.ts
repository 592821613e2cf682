// SDG targets and aggregated diagnostic figures for the open data API.
//
// Diagnostic statistics are the only figures here drawn from private answers. They are published
// per territory only when its completed diagnostics (COMPLETED or PUBLISHED) come from at least
// ANONYMITY_MIN_ORGANISATIONS different organisations — the one anonymity rule of every
// diagnostic figure (lib/diagnostics/anonymity.ts): below it, an average could reveal one
// organisation's scores. Only scores are read; never answers, authors or organisations.
import "server-only";
import { Prisma, type Theme } from "@/generated/prisma/client";
import { db } from "@/lib/db";
import { themeName } from "@/lib/diagnostics/labels";
import { ANONYMITY_MIN_ORGANISATIONS } from "@/lib/diagnostics/anonymity";
import { readStoredResult, summariseAnonymously, type SummaryRow } from "@/lib/diagnostics/report";
import { paths } from "@/lib/paths";
import { slugToKind, type TerritoryKindSlug } from "@/lib/territories/territories";
import type { DiagnosticStatisticsApiQuery, SdgTargetApiQuery } from "./query.schemas";
import type { DiagnosticStatisticsDetailItem, DiagnosticStatisticsItem, SdgTargetItem } from "./response.schemas";
import { absolute, slug, slugOrNull, territoryRef, toPage, type ListOptions, type ListPage } from "./shared";

const targetSelect = {
  code: true,
  sdgNumber: true,
  text: true,
  group: true,
  subgroup: true,
  verified: true,
  position: true,
  sdg: { select: { title: true } },
} as const satisfies Prisma.SdgTargetSelect;

type TargetRow = Prisma.SdgTargetGetPayload<{ select: typeof targetSelect }>;

function toTargetItem(row: TargetRow, origin: string): SdgTargetItem {
  return {
    code: row.code,
    sdg: row.sdgNumber,
    sdgTitle: row.sdg.title,
    text: row.text,
    group: slugOrNull(row.group),
    subgroup: row.subgroup,
    verified: row.verified,
    position: row.position,
    url: absolute(origin, paths.sdg(row.sdgNumber)),
  };
}

export async function listOpenSdgTargets(
  query: SdgTargetApiQuery,
  after: [number, number] | undefined,
  options: ListOptions,
): Promise<ListPage<SdgTargetItem>> {
  const rows = await db.sdgTarget.findMany({
    where: {
      ...(query.odd ? { sdgNumber: { in: query.odd } } : {}),
      ...(after ? { OR: [{ sdgNumber: { gt: after[0] } }, { sdgNumber: after[0], position: { gt: after[1] } }] } : {}),
    },
    orderBy: [{ sdgNumber: "asc" }, { position: "asc" }],
    take: options.limit + 1,
    select: targetSelect,
  });
  return toPage(
    rows,
    options.limit,
    (row) => [row.sdgNumber, row.position],
    (kept) => kept.map((row) => toTargetItem(row, options.origin)),
  );
}

export async function getOpenSdgTarget(code: string, origin: string): Promise<SdgTargetItem | null> {
  const row = await db.sdgTarget.findUnique({ where: { code }, select: targetSelect });
  return row ? toTargetItem(row, origin) : null;
}

// ───────────── Diagnostic statistics ─────────────

const COUNTED = Prisma.sql`d.status IN ('COMPLETED', 'PUBLISHED')`;

/** Figures over the stored scores of one territory's counted diagnostics. */
async function figuresFor(territoryIds: number[]): Promise<Map<number, Omit<DiagnosticStatisticsItem, "territory">>> {
  const rows = await db.diagnostic.findMany({
    where: { territoryId: { in: territoryIds }, status: { in: ["COMPLETED", "PUBLISHED"] } },
    select: { territoryId: true, actorId: true, scores: true },
  });
  const byTerritory = new Map<number, SummaryRow[]>();
  for (const row of rows) {
    const result = readStoredResult(row.scores);
    if (!result) continue;
    const list = byTerritory.get(row.territoryId) ?? [];
    list.push({ actorId: row.actorId, level: { level: result.level.level, name: result.level.name }, overall: result.overall, priorities: result.priorities });
    byTerritory.set(row.territoryId, list);
  }
  const figures = new Map<number, Omit<DiagnosticStatisticsItem, "territory">>();
  for (const [territoryId, results] of byTerritory) {
    // The SQL gate (eligibleTerritories) chose the territories; the same rule again over the rows
    // actually read, so a row whose scores do not parse cannot leave fewer organisations behind.
    const summary = summariseAnonymously(results);
    if (summary.status !== "available") continue;
    figures.set(territoryId, {
      diagnosticCount: summary.count,
      averageScore: summary.averageOverall,
      mostCommonLevel: summary.level,
      priorities: summary.priorities.map((theme) => ({ theme: slug(theme), label: themeName(theme as Theme) })),
    });
  }
  return figures;
}

/**
 * Territories over the threshold: enough diagnostics from enough different organisations.
 * Counted diagnostics are those with a readable result; overallScore is written with exactly
 * those scores (and backfilled by the same rule), so testing it instead of the JSON lets the
 * index (territoryId, status, overallScore, actorId) answer without reading the rows.
 */
export function eligibleTerritories(extra: Prisma.Sql = Prisma.sql`TRUE`): Prisma.Sql {
  return Prisma.sql`SELECT d."territoryId" AS id FROM "Diagnostic" d WHERE ${COUNTED} AND d."overallScore" IS NOT NULL AND ${extra}
    GROUP BY d."territoryId"
    HAVING count(*) >= ${ANONYMITY_MIN_ORGANISATIONS} AND count(DISTINCT d."actorId") >= ${ANONYMITY_MIN_ORGANISATIONS}`;
}

export async function listOpenDiagnosticStatistics(
  query: DiagnosticStatisticsApiQuery,
  after: number | undefined,
  options: ListOptions,
): Promise<ListPage<DiagnosticStatisticsItem>> {
  const kinds = (query.type ?? []).map((value) => slugToKind(value as TerritoryKindSlug));
  const keyset = after === undefined ? Prisma.sql`TRUE` : Prisma.sql`d."territoryId" > ${after}`;
  const kindClause = kinds.length > 0 ? Prisma.sql`t.kind::text IN (${Prisma.join(kinds)})` : Prisma.sql`TRUE`;
  const rows = await db.$queryRaw<{ id: number }[]>`SELECT e.id FROM (${eligibleTerritories(keyset)}) e
    JOIN "Territory" t ON t.id = e.id WHERE ${kindClause} ORDER BY e.id LIMIT ${options.limit + 1}`;
  const page = toPage(
    rows,
    options.limit,
    (row) => [row.id],
    (kept) => kept.map((row) => row.id),
  );
  const [territories, figures] = await Promise.all([
    db.territory.findMany({ where: { id: { in: page.items } }, select: { id: true, kind: true, code: true, name: true }, orderBy: { id: "asc" } }),
    figuresFor(page.items),
  ]);
  const items = territories.flatMap((territory) => {
    const figure = figures.get(territory.id);
    return figure ? [{ territory: territoryRef(territory), ...figure }] : [];
  });
  return { items, nextKey: page.nextKey };
}

export async function getOpenDiagnosticStatistics(kind: TerritoryKindSlug, code: string): Promise<DiagnosticStatisticsDetailItem | null> {
  const territory = await db.territory.findUnique({
    where: { kind_code: { kind: slugToKind(kind), code } },
    select: { id: true, kind: true, code: true, name: true },
  });
  if (!territory) return null;
  const [eligible] = await db.$queryRaw<{ id: number }[]>`${eligibleTerritories(Prisma.sql`d."territoryId" = ${territory.id}`)}`;
  const figure = eligible ? (await figuresFor([territory.id])).get(territory.id) : undefined;
  return { territory: territoryRef(territory), minimumOrganisations: ANONYMITY_MIN_ORGANISATIONS, statistics: figure ?? null };
}

// The 17 SDGs and their targets, with the published alliances and kits linked to each target.
import "server-only";
import { cache } from "react";
import type { SdgTargetGroup } from "@/generated/prisma/client";
import { db } from "@/lib/db";
import { cachedReference } from "@/lib/cache/reference-cache";
import { safeColour } from "@/lib/sdg/sdg";

/** How many alliances and kits are named under each target; the rest is one link away. */
export const TARGET_SAMPLE_SIZE = 5;

export interface SdgSummary {
  number: number;
  shortName: string;
  title: string;
  colour: string;
}

// The goals and targets are reference data written only by the seed: cached per process
// (lib/cache/reference-cache.ts), frozen because every request shares the same arrays.
const loadSdgs = cachedReference(async (): Promise<SdgSummary[]> => {
  const rows = await db.sdg.findMany({ orderBy: { number: "asc" }, select: { number: true, shortName: true, title: true, colour: true } });
  // Typed mutable for the components' props; frozen so that a caller mutating it fails loudly.
  return Object.freeze(rows.map((row) => Object.freeze({ ...row, colour: safeColour(row.colour) }))) as SdgSummary[];
});

const loadSdg17Targets = cachedReference(async (): Promise<{ code: string; text: string }[]> => {
  const rows = await db.sdgTarget.findMany({ where: { sdgNumber: 17 }, orderBy: { position: "asc" }, select: { code: true, text: true } });
  return Object.freeze(rows.map((row) => Object.freeze(row))) as { code: string; text: string }[];
});

/** The 17 goals in order (facets, badges and cards all use them). */
export const listSdgs = cache((): Promise<SdgSummary[]> => loadSdgs());

export interface LinkedItem {
  slug: string;
  title: string;
}

export interface TargetWithLinks {
  code: string;
  text: string;
  group: SdgTargetGroup | null;
  subgroup: string | null;
  verified: boolean;
  alliances: LinkedItem[];
  allianceCount: number;
  kits: LinkedItem[];
  kitCount: number;
}

export interface SdgDetail extends SdgSummary {
  targets: TargetWithLinks[];
}

interface SampleRow {
  code: string;
  slug: string;
  title: string;
}

/**
 * A goal with its targets in official order and, per target, the latest published alliances and
 * kits (a fixed number each, picked in SQL with LATERAL) and how many there are in all.
 */
export async function getSdg(number: number): Promise<SdgDetail | null> {
  const sdgs = await listSdgs();
  const sdg = sdgs.find((item) => item.number === number);
  if (!sdg) return null;

  const [targets, alliances, kits, allianceCounts, kitCounts] = await Promise.all([
    db.sdgTarget.findMany({
      where: { sdgNumber: number },
      orderBy: { position: "asc" },
      select: { code: true, text: true, group: true, subgroup: true, verified: true },
    }),
    db.$queryRaw<SampleRow[]>`
      SELECT t.code, x.slug, x.title FROM "SdgTarget" t
      CROSS JOIN LATERAL (
        SELECT al.slug, al.title FROM "AllianceSdgTarget" l JOIN "Alliance" al ON al.id = l."allianceId"
        WHERE l."targetCode" = t.code AND al.status = 'PUBLISHED'
        ORDER BY al."publishedAt" DESC NULLS LAST, al.id LIMIT ${TARGET_SAMPLE_SIZE}
      ) x
      WHERE t."sdgNumber" = ${number}`,
    db.$queryRaw<SampleRow[]>`
      SELECT t.code, x.slug, x.title FROM "SdgTarget" t
      CROSS JOIN LATERAL (
        SELECT k.slug, k.title FROM "KitSdgTarget" l JOIN "Kit" k ON k.id = l."kitId"
        WHERE l."targetCode" = t.code AND k.status = 'PUBLISHED'
        ORDER BY k."publishedAt" DESC NULLS LAST, k.id LIMIT ${TARGET_SAMPLE_SIZE}
      ) x
      WHERE t."sdgNumber" = ${number}`,
    db.$queryRaw<{ code: string; count: bigint }[]>`
      SELECT l."targetCode" AS code, count(*) AS count FROM "AllianceSdgTarget" l
      JOIN "SdgTarget" t ON t.code = l."targetCode" AND t."sdgNumber" = ${number}
      JOIN "Alliance" al ON al.id = l."allianceId" AND al.status = 'PUBLISHED'
      GROUP BY l."targetCode"`,
    db.$queryRaw<{ code: string; count: bigint }[]>`
      SELECT l."targetCode" AS code, count(*) AS count FROM "KitSdgTarget" l
      JOIN "SdgTarget" t ON t.code = l."targetCode" AND t."sdgNumber" = ${number}
      JOIN "Kit" k ON k.id = l."kitId" AND k.status = 'PUBLISHED'
      GROUP BY l."targetCode"`,
  ]);

  const samples = (rows: SampleRow[], code: string) => rows.filter((row) => row.code === code).map(({ slug, title }) => ({ slug, title }));
  const counts = (rows: { code: string; count: bigint }[]) => new Map(rows.map((row) => [row.code, Number(row.count)]));
  const allianceTotals = counts(allianceCounts);
  const kitTotals = counts(kitCounts);
  return {
    ...sdg,
    targets: targets.map((target) => ({
      ...target,
      alliances: samples(alliances, target.code),
      allianceCount: allianceTotals.get(target.code) ?? 0,
      kits: samples(kits, target.code),
      kitCount: kitTotals.get(target.code) ?? 0,
    })),
  };
}

/** The targets of SDG 17 with their official text, for facet labels and forms. */
export const listSdg17Targets = cache((): Promise<{ code: string; text: string }[]> => loadSdg17Targets());

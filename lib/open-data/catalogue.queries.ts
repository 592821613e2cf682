// The figures of the /donnees page: how many published items each dataset holds and when its
// data last changed, read from the data itself (the same published-only conditions as the API).
import "server-only";
import { db } from "@/lib/db";
import { PUBLISHED_CLAUSE, PUBLISHED_KITS } from "@/lib/kits/kits.queries";
import type { DatasetKey } from "./datasets";
import { eligibleTerritories } from "./reference.queries";

export interface DatasetFigures {
  count: number;
  /** "live" for figures computed at each request (diagnostic statistics); null when unknown. */
  updatedAt: Date | "live" | null;
}

export async function getDatasetFigures(): Promise<Record<DatasetKey, DatasetFigures>> {
  const [territories, actors, alliances, kits, targets, targetsSeed, statistics] = await Promise.all([
    db.territory.aggregate({ _count: true, _max: { updatedAt: true } }),
    db.actor.aggregate({ where: { status: "PUBLISHED" }, _count: true, _max: { updatedAt: true } }),
    db.alliance.aggregate({ where: { status: "PUBLISHED" }, _count: true, _max: { updatedAt: true } }),
    db.$queryRaw<
      { count: bigint; updatedAt: Date | null }[]
    >`SELECT count(*) AS count, max(v."publishedAt") AS "updatedAt" FROM ${PUBLISHED_KITS} WHERE ${PUBLISHED_CLAUSE}`,
    db.sdgTarget.count(),
    db.seedRun.findUnique({ where: { step: "sdgs" }, select: { finishedAt: true } }),
    db.$queryRaw<{ count: bigint }[]>`SELECT count(*) AS count FROM (${eligibleTerritories()}) e`,
  ]);
  return {
    territoires: { count: territories._count, updatedAt: territories._max.updatedAt },
    acteurs: { count: actors._count, updatedAt: actors._max.updatedAt },
    alliances: { count: alliances._count, updatedAt: alliances._max.updatedAt },
    kits: { count: Number(kits[0]?.count ?? 0), updatedAt: kits[0]?.updatedAt ?? null },
    cibles: { count: targets, updatedAt: targetsSeed?.finishedAt ?? null },
    "statistiques-diagnostics": { count: Number(statistics[0]?.count ?? 0), updatedAt: "live" },
  };
}

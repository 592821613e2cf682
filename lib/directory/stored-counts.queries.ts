// The directories' counts over the whole published set, read from the materialized view
// "DirectoryCount" instead of being recomputed from every published row on each unfiltered
// visit (see its migration, 20261128161852_directory_counts). Statement triggers mark the view
// stale on any write to the tables it reads; the first read after a change refreshes it
// (CONCURRENTLY: readers of the old rows are never blocked), the other readers meanwhile count
// live. Results are the same as the live queries', which the integration tests check.
import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db";
import type { AreaCount, CountRow } from "@/lib/directory/directory.sql";

export type StoredDirectory = "actor" | "alliance";

export interface StoredCounts {
  total: number;
  /** A facet's rows, shaped as the live facet queries return them. */
  rows(facet: string): CountRow<string>[];
  areas(kind: "DEPARTEMENT" | "REGION"): AreaCount[];
}

// Any constant: the advisory lock that lets one request at a time refresh the view.
const REFRESH_LOCK = 170_017;

interface StoredRow {
  facet: string;
  value: string;
  name: string;
  count: bigint | number;
}

/** True when a search has no clause but the published status and the ones left out. */
export function onlyPublished<K extends string>(clauses: Record<K, Prisma.Sql | null>, omit: readonly K[] = []): boolean {
  return (Object.entries(clauses) as [K, Prisma.Sql | null][]).every(([key, clause]) => clause === null || key === "status" || omit.includes(key));
}

/** Refreshes the view when it is stale; false when it is stale and another request refreshes it. */
async function ensureFresh(): Promise<boolean> {
  const [state] = await db.$queryRaw<{ stale: boolean }[]>`SELECT EXISTS (SELECT 1 FROM "DirectoryCountChange") AS stale`;
  if (!state?.stale) return true;
  return db.$transaction(
    async (tx) => {
      const [lock] = await tx.$queryRaw<{ locked: boolean }[]>`SELECT pg_try_advisory_xact_lock(${REFRESH_LOCK}) AS locked`;
      if (!lock?.locked) return false;
      // Each statement sees what was committed before it: the refresh that follows includes
      // every change deleted here; a change committed later keeps its row, hence the view stale.
      await tx.$executeRaw`DELETE FROM "DirectoryCountChange"`;
      await tx.$executeRaw`REFRESH MATERIALIZED VIEW CONCURRENTLY "DirectoryCount"`;
      return true;
    },
    { timeout: 60_000 },
  );
}

/** The stored counts of a directory, or null when they cannot be trusted right now. */
export async function getStoredCounts(directory: StoredDirectory): Promise<StoredCounts | null> {
  if (!(await ensureFresh())) return null;
  const rows = await db.$queryRaw<StoredRow[]>`SELECT facet, value, name, count FROM "DirectoryCount" WHERE directory = ${directory}`;
  const of = (facet: string) => rows.filter((row) => row.facet === facet);
  return {
    total: Number(of("total")[0]?.count ?? 0),
    rows: (facet) => of(facet).map((row) => ({ value: row.value, count: row.count })),
    // Ordered as areaCountsSql orders them.
    areas: (kind) =>
      of(kind)
        .map((row) => ({ code: row.value, name: row.name, count: Number(row.count) }))
        .sort((a, b) => b.count - a.count || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0)),
  };
}

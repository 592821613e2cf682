// The public side of diagnostics: on a territory's page, figures across the diagnostics whose
// organisations opted in (status PUBLISHED), only when at least three distinct organisations
// contribute (./anonymity.ts): under that, the page shows how many organisations published and
// nothing of their scores. Reads scores only — no answers; organisation ids are only counted.
import "server-only";
import { db } from "@/lib/db";
import { themeName } from "./labels";
import { readStoredResult, summariseAnonymously, type AnonymousSummary } from "./report";

export type TerritoryDiagnosticsSummary = AnonymousSummary;

export async function getPublishedDiagnosticsSummary(territoryId: number): Promise<TerritoryDiagnosticsSummary> {
  const rows = await db.diagnostic.findMany({ where: { territoryId, status: "PUBLISHED" }, select: { actorId: true, scores: true } });
  const results = rows.flatMap((row) => {
    const result = readStoredResult(row.scores);
    return result ? [{ actorId: row.actorId, level: result.level, overall: result.overall, priorities: result.priorities }] : [];
  });
  const summary = summariseAnonymously(results);
  if (summary.status !== "available") return summary;
  // Priorities are theme enum values in the stored scores: shown by their French names.
  return { ...summary, priorities: summary.priorities.map((theme) => themeName(theme as Parameters<typeof themeName>[0])) };
}

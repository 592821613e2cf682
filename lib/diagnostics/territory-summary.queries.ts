// The public side of diagnostics: on a territory's page, figures across the diagnostics whose
// organisations opted in (status PUBLISHED). Reads scores only — no answers, no organisation.
import "server-only";
import { db } from "@/lib/db";
import { themeName } from "./labels";
import { readStoredResult, summarisePublished, type PublishedSummary } from "./report";

export type TerritoryDiagnosticsSummary = PublishedSummary;

/** Null when no organisation has published a diagnostic of this territory. */
export async function getPublishedDiagnosticsSummary(territoryId: number): Promise<TerritoryDiagnosticsSummary | null> {
  const rows = await db.diagnostic.findMany({ where: { territoryId, status: "PUBLISHED" }, select: { scores: true } });
  const results = rows.flatMap((row) => {
    const result = readStoredResult(row.scores);
    return result ? [{ level: result.level, overall: result.overall, priorities: result.priorities }] : [];
  });
  const summary = summarisePublished(results);
  if (!summary) return null;
  // Priorities are theme enum values in the stored scores: shown by their French names.
  return { ...summary, priorities: summary.priorities.map((theme) => themeName(theme as Parameters<typeof themeName>[0])) };
}

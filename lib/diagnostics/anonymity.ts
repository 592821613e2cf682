// The one anonymity rule for every figure drawn from several organisations' diagnostics: the
// territory page's summary of published diagnostics, the open data statistics (and the /donnees
// count of them) and the report's comparison with similar territories. Below the threshold, an
// average, a most frequent level or a list of priorities could be one organisation's own answer,
// so only how many contribute is shown. Organisations are counted, not diagnostics: three
// diagnostics of one organisation are still one organisation's scores. Pure.

/** Fewer distinct organisations than this, and no score is shown, only how many contribute. */
export const ANONYMITY_MIN_ORGANISATIONS = 3;

/** Whether figures over `count` diagnostics from `organisations` distinct organisations may be shown. */
export function meetsAnonymityThreshold({ organisations, count }: { organisations: number; count: number }): boolean {
  return organisations >= ANONYMITY_MIN_ORGANISATIONS && count >= ANONYMITY_MIN_ORGANISATIONS;
}

/** Distinct organisations among diagnostic rows (one organisation's several diagnostics count once). */
export function countOrganisations(rows: readonly { actorId: string }[]): number {
  return new Set(rows.map((row) => row.actorId)).size;
}

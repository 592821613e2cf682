// The follow-up question ("weeks later, did it help?"): which of the user's completed diagnostics
// to ask about now. The user's own follow-up answers and "Plus tard" clicks decide, through the
// pure shouldAskFollowUp (follow-up.ts).
import "server-only";
import { cookies } from "next/headers";
import { db } from "@/lib/db";
import { parsePostponed, POSTPONED_COOKIE, shouldAskFollowUp, type FollowUpDiagnostic, type FollowUpFeedback } from "./follow-up";

/** The diagnostics whose follow-up question the user put off with "Plus tard" during this visit. */
export async function readPostponedFollowUps(): Promise<string[]> {
  return parsePostponed((await cookies()).get(POSTPONED_COOKIE)?.value);
}

/** This user's opinions on these diagnostics, by diagnostic (only their own are read). */
async function listOwnFeedbacks(userId: string, diagnosticIds: string[]): Promise<Map<string, FollowUpFeedback[]>> {
  const byDiagnostic = new Map<string, FollowUpFeedback[]>();
  if (diagnosticIds.length === 0) return byDiagnostic;
  const rows = await db.feedback.findMany({
    where: { userId, diagnosticId: { in: diagnosticIds } },
    select: { diagnosticId: true, stage: true, createdAt: true },
  });
  for (const row of rows) {
    if (!row.diagnosticId) continue;
    byDiagnostic.set(row.diagnosticId, [...(byDiagnostic.get(row.diagnosticId) ?? []), { stage: row.stage, createdAt: row.createdAt }]);
  }
  return byDiagnostic;
}

/**
 * Of these diagnostics (already read through the user's memberships by the caller), those the
 * user should be asked about now, in the given order, minus the ones postponed this session.
 */
export async function selectDueFollowUps<D extends FollowUpDiagnostic & { id: string }>(
  userId: string,
  diagnostics: D[],
  options: { postponed?: readonly string[]; now?: Date } = {},
): Promise<D[]> {
  const { postponed = [], now = new Date() } = options;
  const candidates = diagnostics.filter((diagnostic) => shouldAskFollowUp(diagnostic, [], now));
  if (candidates.length === 0) return [];
  const feedbacks = await listOwnFeedbacks(
    userId,
    candidates.map((d) => d.id),
  );
  return candidates.filter((diagnostic) => !postponed.includes(diagnostic.id) && shouldAskFollowUp(diagnostic, feedbacks.get(diagnostic.id) ?? [], now));
}

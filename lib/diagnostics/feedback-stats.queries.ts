// "Did it help?" in numbers, for the back office's observatory (platform staff): the opinions on
// diagnostics given at completion and those given weeks later, kept apart by their stage, so that
// the lasting usefulness can be read beside the first impression.
import "server-only";
import { assertCan, type Principal } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { summariseRatings, type RatingSummary } from "./follow-up";

export type DiagnosticFeedbackStats = { completion: RatingSummary; followUp: RatingSummary };

export async function getDiagnosticFeedbackStats(principal: Principal, options: { since?: Date } = {}): Promise<DiagnosticFeedbackStats> {
  assertCan(principal, "stats.read");
  const rows = await db.feedback.groupBy({
    by: ["stage", "rating"],
    where: { diagnosticId: { not: null }, rating: { not: null }, ...(options.since ? { createdAt: { gte: options.since } } : {}) },
    _count: { _all: true },
  });
  const of = (stage: "COMPLETION" | "FOLLOW_UP") =>
    summariseRatings(rows.filter((row) => row.stage === stage).map((row) => ({ rating: row.rating ?? 0, count: row._count._all })));
  return { completion: of("COMPLETION"), followUp: of("FOLLOW_UP") };
}

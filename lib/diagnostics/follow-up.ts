// "Did it help, weeks later?": when to ask a team member again about a completed diagnostic.
// Pure: the pages pass the diagnostic, this user's feedbacks on it and the time.

/** How long after completion the follow-up question is asked (the one place to change it). */
export const FOLLOW_UP_DELAY_DAYS = 21;
const DAY_MS = 24 * 60 * 60 * 1000;

export type FollowUpDiagnostic = {
  status: "DRAFT" | "COMPLETED" | "PUBLISHED";
  completedAt: Date | null;
};

export type FollowUpFeedback = { stage: "COMPLETION" | "FOLLOW_UP"; createdAt: Date };

/**
 * True when the diagnostic has been completed (or published) for at least FOLLOW_UP_DELAY_DAYS
 * and the user has given no follow-up opinion since it was last completed. A diagnostic reopened
 * and completed again starts a new round: an opinion on the earlier answers does not count.
 */
export function shouldAskFollowUp(diagnostic: FollowUpDiagnostic, feedbacks: readonly FollowUpFeedback[], now: Date): boolean {
  if (diagnostic.status === "DRAFT" || !diagnostic.completedAt) return false;
  const completedAt = diagnostic.completedAt.getTime();
  if (now.getTime() - completedAt < FOLLOW_UP_DELAY_DAYS * DAY_MS) return false;
  return !feedbacks.some((feedback) => feedback.stage === "FOLLOW_UP" && feedback.createdAt.getTime() >= completedAt);
}

/**
 * "Plus tard" is kept in a browser-session cookie (no expiry): the prompt stays away for this
 * visit and comes back next time, without writing anything that would count as an opinion.
 */
export const POSTPONED_COOKIE = "odd17_avis_plus_tard";
const MAX_POSTPONED = 50;
const ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;

/** The cookie's ids, forged or damaged parts dropped. */
export function parsePostponed(value: string | undefined): string[] {
  if (!value) return [];
  return value
    .split(".")
    .filter((id) => ID_PATTERN.test(id))
    .slice(-MAX_POSTPONED);
}

/** The cookie's value with one more id, kept short (the most recent ones win). */
export function addPostponed(value: string | undefined, id: string): string {
  const ids = parsePostponed(value).filter((existing) => existing !== id);
  if (ID_PATTERN.test(id)) ids.push(id);
  return ids.slice(-MAX_POSTPONED).join(".");
}

export type RatingSummary = {
  count: number;
  /** One decimal; null without any rating. */
  average: number | null;
  /** How many 1s, 2s … 5s (index 0 is the rating 1). */
  distribution: [number, number, number, number, number];
};

/** Counts per rating (1–5; anything else ignored) → count, average and distribution. */
export function summariseRatings(counts: readonly { rating: number; count: number }[]): RatingSummary {
  const distribution: RatingSummary["distribution"] = [0, 0, 0, 0, 0];
  for (const { rating, count } of counts) {
    if (Number.isInteger(rating) && rating >= 1 && rating <= 5 && count > 0) distribution[rating - 1] += count;
  }
  const count = distribution.reduce((sum, n) => sum + n, 0);
  const total = distribution.reduce((sum, n, index) => sum + n * (index + 1), 0);
  return { count, average: count === 0 ? null : Math.round((total / count) * 10) / 10, distribution };
}

// Rules of the moderation queue, pure so that the page, the mutation and the tests read the same
// ones: what can be moderated, and what a decision writes on the row.

export const MODERATION_KINDS = ["actor", "alliance", "need", "offer"] as const;
export type ModerationKind = (typeof MODERATION_KINDS)[number];

export const MODERATION_DECISIONS = ["approve", "reject"] as const;
export type ModerationDecisionKind = (typeof MODERATION_DECISIONS)[number];

/** The Prisma model of each kind, as the audit log names entities. */
export const MODERATION_ENTITIES = {
  actor: "Actor",
  alliance: "Alliance",
  need: "Need",
  offer: "Offer",
} as const satisfies Record<ModerationKind, string>;

export const REJECTION_REASON_MIN_LENGTH = 5;
export const REJECTION_REASON_MAX_LENGTH = 1000;

export function isModerationKind(value: unknown): value is ModerationKind {
  return typeof value === "string" && (MODERATION_KINDS as readonly string[]).includes(value);
}

export type ModerationUpdate = {
  status: "PUBLISHED" | "REJECTED";
  /** Actors and alliances only: needs and offers have no column for it (the audit row keeps it). */
  moderationReason?: string | null;
  /** Actors and alliances only; the first publication date is kept when an edit is approved. */
  publishedAt?: Date;
  /** Actors only: an organisation approved by the team is shown as verified. */
  verified?: boolean;
};

/**
 * The columns a decision sets. `previousPublishedAt` is the row's publishedAt before the decision:
 * approving an edit of a published profile keeps its first publication date.
 */
export function moderationUpdate(
  kind: ModerationKind,
  decision: ModerationDecisionKind,
  options: { reason?: string; now: Date; previousPublishedAt?: Date | null },
): ModerationUpdate {
  const hasReasonColumn = kind === "actor" || kind === "alliance";
  if (decision === "reject") {
    return hasReasonColumn ? { status: "REJECTED", moderationReason: options.reason?.trim() ?? "" } : { status: "REJECTED" };
  }
  if (!hasReasonColumn) return { status: "PUBLISHED" };
  const update: ModerationUpdate = { status: "PUBLISHED", moderationReason: null, publishedAt: options.previousPublishedAt ?? options.now };
  if (kind === "actor") update.verified = true;
  return update;
}

/** A refusal needs a reason the submitter can act on; an approval needs none. */
export function reasonProblem(decision: ModerationDecisionKind, reason: string | undefined): "missing" | "too-long" | null {
  if (decision !== "reject") return null;
  const length = (reason ?? "").trim().length;
  if (length < REJECTION_REASON_MIN_LENGTH) return "missing";
  if (length > REJECTION_REASON_MAX_LENGTH) return "too-long";
  return null;
}

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

/** How long a moderator's hold on an item lasts without a decision: then anyone may take it. */
export const MODERATION_CLAIM_MINUTES = 60;

/** Claims taken before this instant no longer hold. */
export function claimCutoff(now: Date): Date {
  return new Date(now.getTime() - MODERATION_CLAIM_MINUTES * 60_000);
}

/** At most this many items in one bulk decision (a page of the queue is 20). */
export const BULK_DECISION_MAX = 50;

export const REJECTION_REASON_MIN_LENGTH = 5;
export const REJECTION_REASON_MAX_LENGTH = 1000;

export function isModerationKind(value: unknown): value is ModerationKind {
  return typeof value === "string" && (MODERATION_KINDS as readonly string[]).includes(value);
}

export type ModerationUpdate = {
  status: "PUBLISHED" | "REJECTED";
  /** The refusal reason the organisation sees in its workspace; cleared by an approval. */
  moderationReason: string | null;
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
  if (decision === "reject") return { status: "REJECTED", moderationReason: options.reason?.trim() ?? "" };
  if (kind === "need" || kind === "offer") return { status: "PUBLISHED", moderationReason: null };
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

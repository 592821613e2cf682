// Pure rules of the back office's content lists (organisations, alliances): the kinds, the sorts,
// what a search string becomes, and which status each staff decision applies to. No database:
// unit-tested beside this file, read by the queries, the mutations and the pages.
import type { ModerationStatus } from "@/generated/prisma/enums";
import { toSearchKey } from "@/lib/text/search-key";

export const CONTENT_KINDS = ["actor", "alliance"] as const;
export type ContentKind = (typeof CONTENT_KINDS)[number];

/** The Prisma model of each kind, as the audit log names entities. */
export const CONTENT_ENTITIES = { actor: "Actor", alliance: "Alliance" } as const satisfies Record<ContentKind, string>;

export const CONTENT_DECISIONS = ["unpublish", "publish"] as const;
export type ContentDecision = (typeof CONTENT_DECISIONS)[number];

export const CONTENT_PAGE_SIZE = 25;
/** A bulk decision touches at most this many items (four pages of the list). */
export const CONTENT_BULK_MAX = 100;

export const UNPUBLISH_REASON_MIN_LENGTH = 5;
export const UNPUBLISH_REASON_MAX_LENGTH = 1000;

/** The sorts of the lists, by their French slug in the URL; the first is the default. */
export const CONTENT_SORTS = ["recents", "nom", "publication", "modification"] as const;
export type ContentSort = (typeof CONTENT_SORTS)[number];

/** Status slugs of the URL (?statut=publie), French like the rest of the URL. */
export const STATUS_SLUGS = { publie: "PUBLISHED", "en-attente": "PENDING", brouillon: "DRAFT", refuse: "REJECTED" } as const satisfies Record<
  string,
  ModerationStatus
>;
export type StatusSlug = keyof typeof STATUS_SLUGS;

/**
 * The words of a search, normalised as the rows' searchKey is (no accents, no case, punctuation
 * folded): "Édouard" and "edouard" give ["edouard"]. Every word must occur in the key.
 */
export function searchWords(q: string): string[] {
  return [...new Set(toSearchKey(q).split(" ").filter(Boolean))].slice(0, 8);
}

/** The statuses a decision applies to: only a published item is unpublished, and the reverse. */
export function appliesTo(decision: ContentDecision, status: ModerationStatus): boolean {
  return decision === "unpublish" ? status === "PUBLISHED" : status !== "PUBLISHED";
}

/** A reason the owners can act on: long enough to say something, short enough for an e-mail. */
export function unpublishReasonProblem(reason: string | undefined): "missing" | "too-long" | null {
  const length = (reason ?? "").trim().length;
  if (length < UNPUBLISH_REASON_MIN_LENGTH) return "missing";
  if (length > UNPUBLISH_REASON_MAX_LENGTH) return "too-long";
  return null;
}

/** A staff unpublication is a DRAFT that keeps its reason: that is how the workspace tells them apart. */
export function isUnpublishedByStaff(status: ModerationStatus, reason: string | null | undefined): boolean {
  return status === "DRAFT" && Boolean(reason?.trim());
}

// Pure rules of « Attribuer à un collègue »: which kinds of back-office item can be assigned (by
// the model name the audit log uses, so that an item's history shows its assignments), where
// each kind's list and page live, what the « Attribué à » filter of a list means, and what a bulk
// assignment changes. No database: unit-tested beside this file. A new kind of content list joins
// by adding one line to ASSIGNABLE (and its title loader in assignments.mutations.ts).
import type { PlatformRole } from "@/lib/auth/permissions";
import { needOfferRef, parseNeedOfferRef } from "@/lib/content-admin/content-admin";
import { paths } from "@/lib/paths";

type Query = Record<string, string | number | null | undefined>;
type Where = { list: (query?: Query) => string; item: (id: string) => string };

export const ASSIGNABLE = {
  Actor: { list: (query: Query = {}) => paths.adminOrganisations(query), item: paths.adminOrganisation },
  Alliance: { list: (query: Query = {}) => paths.adminAlliances(query), item: paths.adminAlliance },
  Kit: { list: (query: Query = {}) => paths.adminKits(query), item: (id) => paths.adminKit(id) },
  Need: { list: (query: Query = {}) => paths.adminNeedsOffers({ type: "besoin", ...query }), item: (id) => paths.adminNeedOffer("need", id) },
  Offer: { list: (query: Query = {}) => paths.adminNeedsOffers({ type: "offre", ...query }), item: (id) => paths.adminNeedOffer("offer", id) },
  Diagnostic: { list: (query: Query = {}) => paths.adminDiagnostics(query), item: paths.adminDiagnostic },
} as const satisfies Record<string, Where>;

export type AssignableEntity = keyof typeof ASSIGNABLE;
export const ASSIGNABLE_ENTITIES = Object.keys(ASSIGNABLE) as AssignableEntity[];

export function isAssignableEntity(value: unknown): value is AssignableEntity {
  return typeof value === "string" && Object.hasOwn(ASSIGNABLE, value);
}

/**
 * A list that shows two kinds at once: needs and offers share one list, whose forms send typed
 * references ("need:<id>", "offer:<id>"). Assigning from it assigns each item under its own kind,
 * so that each item's history shows it.
 */
export const MIXED_LIST = "NeedOffer";
export type AssignTarget = AssignableEntity | typeof MIXED_LIST;
export const ASSIGN_TARGETS = [...ASSIGNABLE_ENTITIES, MIXED_LIST] as const;
const MIXED_KINDS = { need: "Need", offer: "Offer" } as const satisfies Record<string, AssignableEntity>;

/** Where a target's list lives (the mixed list is the needs and offers list, both kinds). */
export function listOfTarget(target: AssignTarget, query: Query = {}): string {
  return target === MIXED_LIST ? paths.adminNeedsOffers(query) : ASSIGNABLE[target].list(query);
}

/**
 * The selection of a form, by kind: one group for a plain list, one per kind for the mixed list.
 * Null when a reference of the mixed list is malformed (the form was tampered with).
 */
export function assignmentGroups(target: AssignTarget, ids: readonly string[]): { entity: AssignableEntity; ids: string[] }[] | null {
  if (target !== MIXED_LIST) return [{ entity: target, ids: [...new Set(ids)] }];
  const groups = new Map<AssignableEntity, Set<string>>();
  for (const ref of ids) {
    const parsed = parseNeedOfferRef(ref);
    if (!parsed) return null;
    const entity = MIXED_KINDS[parsed.kind];
    groups.set(entity, (groups.get(entity) ?? new Set()).add(parsed.id));
  }
  return [...groups].map(([entity, set]) => ({ entity, ids: [...set] }));
}

/** The reference a mixed list's row carries for an item of this kind (the inverse of the groups). */
export function mixedRefOf(entity: AssignableEntity, id: string): string {
  return needOfferRef(entity === "Offer" ? "offer" : "need", id);
}

/** At most this many items per bulk assignment, like the other bulk actions. */
export const ASSIGN_BULK_MAX = 100;
export const ASSIGN_NOTE_MAX_LENGTH = 500;

/** The URL parameter of the lists' filter: ?attribue=moi, ?attribue=personne or a colleague's id. */
export const ASSIGNEE_PARAM = "attribue";
export const ASSIGNEE_ME = "moi";
export const ASSIGNEE_NOBODY = "personne";
export type AssigneeFilter = typeof ASSIGNEE_ME | typeof ASSIGNEE_NOBODY | { userId: string };

/** Only the team follows back-office items: the assignee must be STAFF or ADMIN. */
export function isStaffRole(role: PlatformRole | string | null | undefined): boolean {
  return role === "STAFF" || role === "ADMIN";
}

/** What a list filter asks the database for: the items of one person, or those of nobody. */
export function resolveAssigneeFilter(filter: AssigneeFilter | null, viewerId: string): { assigneeId: string } | { unassigned: true } | null {
  if (filter === null) return null;
  if (filter === ASSIGNEE_NOBODY) return { unassigned: true };
  if (filter === ASSIGNEE_ME) return { assigneeId: viewerId };
  return { assigneeId: filter.userId };
}

/** The filter as its URL value (the inverse of the parser); undefined when there is none. */
export function assigneeParamValue(filter: AssigneeFilter | null): string | undefined {
  if (filter === null) return undefined;
  return typeof filter === "string" ? filter : filter.userId;
}

/**
 * What assigning `ids` to `assigneeId` (null: to nobody) changes, given who follows each one now:
 * the items to (re)assign, and those left as they were (already theirs, or already nobody's).
 */
export function planAssignment(
  current: ReadonlyMap<string, string>,
  ids: readonly string[],
  assigneeId: string | null,
): { change: string[]; unchanged: string[] } {
  const change: string[] = [];
  const unchanged: string[] = [];
  for (const id of new Set(ids)) {
    const now = current.get(id) ?? null;
    (now === assigneeId ? unchanged : change).push(id);
  }
  return { change, unchanged };
}

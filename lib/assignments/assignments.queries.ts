import "server-only";
// Reads of « Attribuer à un collègue », generic by kind: the colleagues one can assign to, who
// follows each listed item, what the lists' « Attribué à » filter restricts them to, one item's
// assignment and the dashboard's counts. Checked here (content.list), not only by the layout.
import { assertCan, type Principal } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { ASSIGNABLE_ENTITIES, assigneeParamValue, mixedRefOf, resolveAssigneeFilter, type AssignableEntity, type AssigneeFilter } from "./assignments";
import { parseAssigneeFilter } from "./assignments.schemas";

export type Colleague = { id: string; name: string | null; email: string };
export type AssigneeLabel = { id: string; label: string };

const labelOf = (user: { name: string | null; email: string }) => user.name?.trim() || user.email;

/** Everyone an item can be assigned to: active STAFF and ADMIN accounts, by name. */
export async function listColleagues(principal: Principal): Promise<Colleague[]> {
  assertCan(principal, "content.list");
  return db.user.findMany({
    where: { platformRole: { in: ["STAFF", "ADMIN"] }, disabledAt: null },
    select: { id: true, name: true, email: true },
    orderBy: [{ name: "asc" }, { email: "asc" }],
    take: 500,
  });
}

/** Who follows each of these items (those nobody follows are absent), for the « Attribué à » column. */
export async function assigneesOf(principal: Principal, entity: AssignableEntity, ids: string[]): Promise<Map<string, AssigneeLabel>> {
  assertCan(principal, "content.list");
  if (ids.length === 0) return new Map();
  const rows = await db.staffAssignment.findMany({
    where: { entity, entityId: { in: ids } },
    select: { entityId: true, assignee: { select: { id: true, name: true, email: true } } },
  });
  return new Map(rows.map((row) => [row.entityId, { id: row.assignee.id, label: labelOf(row.assignee) }]));
}

/**
 * The « Attribué à » filter as a condition on the items' ids, to merge into a list's `where`
 * (`{ id: … }` works for every model); undefined without a filter. A person's items are a short
 * list (what one can follow), read first; « personne » excludes every assigned item of the kind.
 */
export async function assigneeIdCondition(
  principal: Principal,
  entity: AssignableEntity,
  filter: AssigneeFilter | null,
): Promise<{ in: string[] } | { notIn: string[] } | undefined> {
  assertCan(principal, "content.list");
  if (!principal) return undefined;
  const resolved = resolveAssigneeFilter(filter, principal.id);
  if (!resolved) return undefined;
  const rows = await db.staffAssignment.findMany({
    where: { entity, ...("assigneeId" in resolved ? { assigneeId: resolved.assigneeId } : {}) },
    select: { entityId: true },
  });
  const ids = rows.map((row) => row.entityId);
  return "assigneeId" in resolved ? { in: ids } : { notIn: ids };
}

export type ItemAssignment = { assignee: AssigneeLabel; assignedBy: string | null; assignedAt: Date; note: string };

/** Who follows one item, for its page; null when nobody does. */
export async function getAssignment(principal: Principal, entity: AssignableEntity, entityId: string): Promise<ItemAssignment | null> {
  assertCan(principal, "content.list");
  const row = await db.staffAssignment.findUnique({
    where: { entity_entityId: { entity, entityId } },
    select: {
      assignedAt: true,
      note: true,
      assignee: { select: { id: true, name: true, email: true } },
      assignedBy: { select: { name: true, email: true } },
    },
  });
  if (!row) return null;
  return {
    assignee: { id: row.assignee.id, label: labelOf(row.assignee) },
    assignedBy: row.assignedBy ? labelOf(row.assignedBy) : null,
    assignedAt: row.assignedAt,
    note: row.note,
  };
}

/** How many items of each kind the viewer follows (the dashboard's « Mes contenus attribués »). */
export async function countMyAssignments(principal: Principal): Promise<{ entity: AssignableEntity; count: number }[]> {
  assertCan(principal, "content.list");
  if (!principal) return [];
  const rows = await db.staffAssignment.groupBy({ by: ["entity"], where: { assigneeId: principal.id }, _count: { _all: true } });
  const counts = new Map(rows.map((row) => [row.entity, row._count._all]));
  return ASSIGNABLE_ENTITIES.flatMap((entity) => (counts.get(entity) ? [{ entity, count: counts.get(entity)! }] : []));
}

/**
 * What a content list needs for its « Attribué à » filter, column and bulk action, read from its
 * URL: the filter, the ids it restricts the list to, its URL value (for pagination) and the
 * colleagues to choose from.
 */
export async function loadListAssignments(principal: Principal, entity: AssignableEntity, raw: Record<string, string | string[] | undefined>) {
  const filter = parseAssigneeFilter(raw);
  const [condition, colleagues] = await Promise.all([assigneeIdCondition(principal, entity, filter), listColleagues(principal)]);
  const options = colleagues.map((colleague) => ({
    id: colleague.id,
    label: colleague.name?.trim() ? `${colleague.name} (${colleague.email})` : colleague.email,
  }));
  return { filter, condition, param: assigneeParamValue(filter), colleagues: options };
}

/**
 * The same for the shared list of needs and offers: one condition per table, and the « Attribué
 * à » column keyed by the rows' typed references ("need:<id>").
 */
export async function loadNeedOfferListAssignments(principal: Principal, raw: Record<string, string | string[] | undefined>) {
  const base = await loadListAssignments(principal, "Need", raw);
  const offer = await assigneeIdCondition(principal, "Offer", base.filter);
  return { ...base, conditions: { need: base.condition, offer } };
}

export async function assigneesOfNeedOfferRefs(principal: Principal, rows: { itemKind: "need" | "offer"; itemId: string }[]) {
  const idsOf = (kind: "need" | "offer") => rows.filter((row) => row.itemKind === kind).map((row) => row.itemId);
  const [needs, offers] = await Promise.all([assigneesOf(principal, "Need", idsOf("need")), assigneesOf(principal, "Offer", idsOf("offer"))]);
  return new Map([
    ...[...needs].map(([id, label]) => [mixedRefOf("Need", id), label] as const),
    ...[...offers].map(([id, label]) => [mixedRefOf("Offer", id), label] as const),
  ]);
}

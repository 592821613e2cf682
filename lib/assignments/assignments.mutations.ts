import "server-only";
// Staff assign back-office items to a colleague who then follows them, or take them back. The
// permission is checked here, whoever calls; the assignee must be an active STAFF or ADMIN account
// (read in the transaction). One transaction for the selection: each change is upserted on the
// (entity, entityId) key, audited on the item (its page's history), and the assignee gets one
// in-app notification for the whole selection (no e-mail).
import type { Prisma } from "@/generated/prisma/client";
import { writeAudit } from "@/lib/audit/audit.mutations";
import { assertCan, type Principal } from "@/lib/auth/permissions";
import { assignmentsCopy } from "@/lib/copy/assignments";
import { db } from "@/lib/db";
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from "@/lib/errors";
import { notify } from "@/lib/notifications/notify";
import {
  ASSIGNABLE,
  ASSIGN_BULK_MAX,
  ASSIGN_NOTE_MAX_LENGTH,
  ASSIGNEE_ME,
  ASSIGNEE_PARAM,
  assignmentGroups,
  isStaffRole,
  listOfTarget,
  planAssignment,
  type AssignableEntity,
  type AssignTarget,
} from "./assignments";

const t = assignmentsCopy;
type Tx = Prisma.TransactionClient;
type Titled = { id: string; title: string };

/** Each kind's titles (what the audit and the notification name); a new kind adds its line. */
const TITLES: Record<AssignableEntity, (tx: Tx, ids: string[]) => Promise<Titled[]>> = {
  Actor: async (tx, ids) =>
    (await tx.actor.findMany({ where: { id: { in: ids } }, select: { id: true, name: true } })).map((r) => ({ id: r.id, title: r.name })),
  Alliance: (tx, ids) => tx.alliance.findMany({ where: { id: { in: ids } }, select: { id: true, title: true } }),
  // A kit is named by its draft's title when it has one, as the back office lists it.
  Kit: async (tx, ids) =>
    (
      await tx.kit.findMany({
        where: { id: { in: ids } },
        select: { id: true, title: true, versions: { where: { publishedAt: null }, select: { title: true } } },
      })
    ).map((kit) => ({ id: kit.id, title: kit.versions[0]?.title ?? kit.title })),
  Need: (tx, ids) => tx.need.findMany({ where: { id: { in: ids } }, select: { id: true, title: true } }),
  Offer: (tx, ids) => tx.offer.findMany({ where: { id: { in: ids } }, select: { id: true, title: true } }),
  // « Organisation — Territoire », as the diagnostics list names them.
  Diagnostic: async (tx, ids) =>
    (
      await tx.diagnostic.findMany({
        where: { id: { in: ids } },
        select: { id: true, actor: { select: { name: true } }, territory: { select: { name: true } } },
      })
    ).map((row) => ({ id: row.id, title: `${row.actor.name} — ${row.territory.name}` })),
};

export type AssignItemsInput = { entity: AssignTarget; ids: string[]; /** null: nobody */ assigneeId: string | null; note?: string };
export type AssignItemsOutcome = { changed: (Titled & { entity: AssignableEntity })[]; unchanged: number; assignee: { id: string; label: string } | null };

const labelOf = (user: { name: string | null; email: string }) => user.name?.trim() || user.email;

export async function assignItems(
  principal: Principal,
  input: AssignItemsInput,
  context: { ip?: string | null; now?: Date } = {},
): Promise<AssignItemsOutcome> {
  assertCan(principal, "content.assign");
  // assertCan has refused anonymous principals; the guard is for the type checker.
  if (!principal) throw new ForbiddenError();
  const groups = assignmentGroups(input.entity, input.ids);
  if (!groups) throw new NotFoundError(t.messages.notFound);
  const total = groups.reduce((sum, group) => sum + group.ids.length, 0);
  if (total === 0) throw new ValidationError({ ids: [t.messages.noneSelected] });
  if (total > ASSIGN_BULK_MAX) throw new ValidationError({ ids: [t.messages.tooMany(ASSIGN_BULK_MAX)] });
  const note = (input.note ?? "").trim();
  if (note.length > ASSIGN_NOTE_MAX_LENGTH) throw new ValidationError({ note: [t.messages.noteTooLong] });
  const now = context.now ?? new Date();
  return db.$transaction(async (tx) => {
    let assignee: { id: string; label: string } | null = null;
    if (input.assigneeId !== null) {
      const user = await tx.user.findUnique({
        where: { id: input.assigneeId },
        select: { id: true, name: true, email: true, platformRole: true, disabledAt: true },
      });
      if (!user || !isStaffRole(user.platformRole) || user.disabledAt) throw new ValidationError({ assigneeId: [t.messages.notStaff] });
      assignee = { id: user.id, label: labelOf(user) };
    }
    const changed: (Titled & { entity: AssignableEntity })[] = [];
    let unchanged = 0;
    for (const group of groups) {
      const outcome = await assignGroup(tx, principal.id, group.entity, group.ids, assignee, note, now, context.ip);
      changed.push(...outcome.changed.map((item) => ({ ...item, entity: group.entity })));
      unchanged += outcome.unchanged;
    }
    if (changed.length === 0) throw new ConflictError(t.messages.nothingChanged);
    // One notification for the selection; none when staff assign to themselves.
    if (assignee && assignee.id !== principal.id) {
      const single = changed.length === 1 ? changed[0] : null;
      await notify(tx, {
        userIds: [assignee.id],
        kind: "content.assigned",
        title: single ? t.notification.one(single.entity, single.title) : t.notification.many(changed.length, input.entity),
        body: note,
        href: single ? ASSIGNABLE[single.entity].item(single.id) : listOfTarget(input.entity, { [ASSIGNEE_PARAM]: ASSIGNEE_ME }),
        email: "none",
        now,
      });
    }
    return { changed, unchanged, assignee };
  });
}

/** Assigns the items of one kind: upsert or delete each change, audited on the item. */
async function assignGroup(
  tx: Tx,
  actorId: string,
  entity: AssignableEntity,
  ids: string[],
  assignee: { id: string; label: string } | null,
  note: string,
  now: Date,
  ip: string | null | undefined,
): Promise<{ changed: Titled[]; unchanged: number }> {
  const items = await TITLES[entity](tx, ids);
  if (items.length !== ids.length) throw new NotFoundError(t.messages.notFound);
  const current = await tx.staffAssignment.findMany({
    where: { entity, entityId: { in: ids } },
    select: { entityId: true, assigneeId: true, assignee: { select: { name: true, email: true } } },
  });
  const plan = planAssignment(new Map(current.map((row) => [row.entityId, row.assigneeId])), ids, assignee?.id ?? null);
  const titles = new Map(items.map((item) => [item.id, item.title]));
  const previous = new Map(current.map((row) => [row.entityId, labelOf(row.assignee)]));
  for (const entityId of plan.change) {
    const title = titles.get(entityId)!;
    if (assignee) {
      const data = { assigneeId: assignee.id, assignedById: actorId, note, assignedAt: now };
      await tx.staffAssignment.upsert({ where: { entity_entityId: { entity, entityId } }, create: { entity, entityId, ...data }, update: data });
    } else {
      await tx.staffAssignment.deleteMany({ where: { entity, entityId } });
    }
    await writeAudit(tx, {
      userId: actorId,
      action: assignee ? "content.assigned" : "content.unassigned",
      entity,
      entityId,
      summary: assignee ? t.audit.assigned(title, assignee.label, note) : t.audit.unassigned(title, previous.get(entityId) ?? ""),
      ip,
    });
  }
  return { changed: plan.change.map((id) => ({ id, title: titles.get(id)! })), unchanged: plan.unchanged.length };
}

// Writes of needs and offers. Each one checks, inside its own transaction, that the principal is
// a member of the organisation (getActorScope + assertCan: the action's check is not trusted),
// ties every `where` to that organisation, and writes the audit row.
import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { writeAudit } from "@/lib/audit/audit.mutations";
import { assertCan, type Operation, type Principal } from "@/lib/auth/permissions";
import { getActorScope } from "@/lib/auth/scope.queries";
import { needsOffersCopy } from "@/lib/copy/needs-offers";
import { db } from "@/lib/db";
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from "@/lib/errors";
import { closedValidUntil, describeNeedOfferChanges, statusAfterEdit, validityProblem, type NeedOfferKind, type NeedOfferSnapshot } from "./needs-offers";
import { entityOf, tableOf } from "./needs-offers.db";
import type { NeedOfferClose, NeedOfferCreate, NeedOfferUpdate } from "./needs-offers.schemas";

const m = needsOffersCopy.messages;

export type MutationContext = { ip?: string | null; now?: Date };
type Tx = Prisma.TransactionClient;
type Fields = Omit<NeedOfferCreate, "actorId" | "kind">;

const operation = (kind: NeedOfferKind, verb: "create" | "update"): Operation => `${kind}.${verb}`;

async function authorize(tx: Tx, principal: Principal, op: Operation, actorId: string): Promise<void> {
  assertCan(principal, op, await getActorScope(principal, actorId, tx));
}

function requirePrincipal(principal: Principal): asserts principal is NonNullable<Principal> {
  if (!principal) throw new ForbiddenError();
}

/** What only the database can check: the territory and the target exist, the date is sensible. */
async function checkReferences(tx: Tx, input: Fields, now: Date): Promise<void> {
  const errors: Record<string, string[]> = {};
  if (!(await tx.territory.findUnique({ where: { id: input.territoryId }, select: { id: true } }))) errors.territoryId = [m.territoryRequired];
  if (input.sdgTargetCode && !(await tx.sdgTarget.findFirst({ where: { code: input.sdgTargetCode, sdgNumber: 17 }, select: { code: true } }))) {
    errors.sdgTargetCode = [m.targetInvalid];
  }
  const problem = input.validUntil ? validityProblem(input.validUntil, now) : null;
  if (problem) errors.validUntil = [problem === "past" ? m.dateInPast : m.dateTooFar];
  if (Object.keys(errors).length > 0) throw new ValidationError(errors);
}

function columns(input: Fields) {
  return {
    title: input.title,
    description: input.description,
    mode: input.mode,
    mecenatKind: input.mecenatKind ?? null,
    theme: input.theme,
    sdgTargetCode: input.sdgTargetCode ?? null,
    territoryId: input.territoryId,
    validUntil: input.validUntil ?? null,
  };
}

/** A new need or offer, PENDING moderation. */
export async function createNeedOffer(principal: Principal, input: NeedOfferCreate, context: MutationContext = {}): Promise<{ id: string }> {
  const now = context.now ?? new Date();
  return db.$transaction(async (tx) => {
    await authorize(tx, principal, operation(input.kind, "create"), input.actorId);
    requirePrincipal(principal);
    await checkReferences(tx, input, now);
    const created = await tableOf(tx, input.kind).create({
      data: { ...columns(input), actorId: input.actorId, status: "PENDING" },
      select: { id: true },
    });
    await writeAudit(tx, {
      userId: principal.id,
      action: input.kind === "need" ? "need.created" : "offer.created",
      entity: entityOf(input.kind),
      entityId: created.id,
      summary: needsOffersCopy.audit.created(input.kind, input.title),
      ip: context.ip,
    });
    return created;
  });
}

/** Loads the row's organisation in the transaction and checks the principal is a member of it. */
async function loadForUpdate(tx: Tx, principal: Principal, kind: NeedOfferKind, id: string) {
  const row = await tableOf(tx, kind).findUnique({
    where: { id },
    select: {
      id: true,
      actorId: true,
      status: true,
      title: true,
      description: true,
      mode: true,
      mecenatKind: true,
      theme: true,
      sdgTargetCode: true,
      validUntil: true,
      territory: { select: { name: true, code: true } },
      actor: { select: { verified: true } },
    },
  });
  // Not a member: the same refusal whether the id exists or not.
  if (!row) throw new NotFoundError(m.notFound);
  await authorize(tx, principal, operation(kind, "update"), row.actorId);
  requirePrincipal(principal);
  return row;
}

// Two communes may share a name: the code keeps them apart in the before/after comparison.
const territoryLabel = (territory: { name: string; code: string }) => `${territory.name} (${territory.code})`;

/**
 * Edits a need/offer; see statusAfterEdit for what happens to its moderation status. The audit
 * row carries the before/after line; an edit that changes nothing writes nothing (and so does not
 * send a published one back to moderation).
 */
export async function updateNeedOffer(
  principal: Principal,
  input: NeedOfferUpdate,
  context: MutationContext = {},
): Promise<{ id: string; status: string; changed: boolean }> {
  const now = context.now ?? new Date();
  return db.$transaction(async (tx) => {
    const row = await loadForUpdate(tx, principal, input.kind, input.id);
    await checkReferences(tx, input, now);
    const territory = await tx.territory.findUniqueOrThrow({ where: { id: input.territoryId }, select: { name: true, code: true } });
    const before: NeedOfferSnapshot = { ...row, territory: territoryLabel(row.territory) };
    const after: NeedOfferSnapshot = { ...columns(input), territory: territoryLabel(territory) };
    const changes = describeNeedOfferChanges(before, after);
    if (changes.length === 0) return { id: row.id, status: row.status, changed: false };
    const status = statusAfterEdit(row.status, row.actor.verified);
    // The status read is part of the where: a moderation decision in between is not overwritten.
    const { count } = await tableOf(tx, input.kind).updateMany({
      where: { id: row.id, actorId: row.actorId, status: row.status },
      // Back to moderation, the team's former reason (refusal, unpublishing) no longer applies.
      data: { ...columns(input), status, ...(status === "PENDING" ? { moderationReason: null } : {}) },
    });
    if (count !== 1) throw new ConflictError(m.conflict);
    await writeAudit(tx, {
      userId: principal!.id,
      action: input.kind === "need" ? "need.updated" : "offer.updated",
      entity: entityOf(input.kind),
      entityId: row.id,
      summary: needsOffersCopy.audit.updated(input.kind, input.title, status, changes),
      ip: context.ip,
    });
    return { id: row.id, status, changed: true };
  });
}

/** Ends the validity yesterday: out of the matches and the public profile at once. */
export async function closeNeedOffer(principal: Principal, input: NeedOfferClose, context: MutationContext = {}): Promise<void> {
  const now = context.now ?? new Date();
  await db.$transaction(async (tx) => {
    const row = await loadForUpdate(tx, principal, input.kind, input.id);
    await tableOf(tx, input.kind).updateMany({ where: { id: row.id, actorId: row.actorId }, data: { validUntil: closedValidUntil(now) } });
    await writeAudit(tx, {
      userId: principal!.id,
      action: input.kind === "need" ? "need.updated" : "offer.updated",
      entity: entityOf(input.kind),
      entityId: row.id,
      summary: needsOffersCopy.audit.closed(input.kind, row.title),
      ip: context.ip,
    });
  });
}

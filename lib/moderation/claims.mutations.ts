import "server-only";
// « Prendre en charge »: a moderator holds a pending item so that colleagues working the same
// queue leave it to them. A hold lasts MODERATION_CLAIM_MINUTES without a decision, then anyone
// may take it over; the decision removes it. Taking an item held by someone else is refused, and
// so is deciding it (releaseClaimForDecision, in the decision's transaction).
import type { Prisma } from "@/generated/prisma/client";
import { assertCan, type Principal } from "@/lib/auth/permissions";
import { adminLabels } from "@/lib/copy/admin";
import { db } from "@/lib/db";
import { ConflictError, ForbiddenError, NotFoundError } from "@/lib/errors";
import { claimCutoff, type ModerationKind } from "./moderation";

const t = adminLabels.moderation;

type Tx = Prisma.TransactionClient;

async function isPending(tx: Tx, kind: ModerationKind, id: string): Promise<boolean> {
  const where = { id, status: "PENDING" } as const;
  switch (kind) {
    case "actor":
      return (await tx.actor.count({ where })) > 0;
    case "alliance":
      return (await tx.alliance.count({ where })) > 0;
    case "need":
      return (await tx.need.count({ where })) > 0;
    case "offer":
      return (await tx.offer.count({ where })) > 0;
  }
}

/** The live claim of someone other than `userId` on the item, locked for the transaction. */
async function otherHolder(tx: Tx, userId: string, kind: ModerationKind, id: string, now: Date): Promise<string | null> {
  const claim = await tx.moderationClaim.findUnique({
    where: { kind_itemId: { kind, itemId: id } },
    select: { userId: true, claimedAt: true, user: { select: { name: true, email: true } } },
  });
  if (!claim || claim.userId === userId || claim.claimedAt <= claimCutoff(now)) return null;
  return claim.user.name ?? claim.user.email;
}

export async function claimModerationItem(principal: Principal, input: { kind: ModerationKind; id: string }, now = new Date()): Promise<void> {
  assertCan(principal, "moderation.decide");
  if (!principal) throw new ForbiddenError();
  return db.$transaction(async (tx) => {
    if (!(await isPending(tx, input.kind, input.id))) throw new NotFoundError(t.claimGone);
    // Two moderators pressing at once: the lock serialises them, and the second one sees the
    // first one's claim.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`moderation-claim:${input.kind}:${input.id}`}))`;
    const holder = await otherHolder(tx, principal.id, input.kind, input.id, now);
    if (holder) throw new ConflictError(t.claimedBy(holder));
    await tx.moderationClaim.upsert({
      where: { kind_itemId: { kind: input.kind, itemId: input.id } },
      create: { kind: input.kind, itemId: input.id, userId: principal.id, claimedAt: now },
      update: { userId: principal.id, claimedAt: now },
    });
  });
}

/** Gives the item back to the queue; only its holder can (an expired claim is simply gone). */
export async function releaseModerationItem(principal: Principal, input: { kind: ModerationKind; id: string }): Promise<void> {
  assertCan(principal, "moderation.decide");
  if (!principal) throw new ForbiddenError();
  const { count } = await db.moderationClaim.deleteMany({ where: { kind: input.kind, itemId: input.id, userId: principal.id } });
  if (count === 0) throw new NotFoundError(t.claimNotYours);
}

/** In a decision's transaction: refuses an item held by someone else, and ends the hold. */
export async function releaseClaimForDecision(tx: Tx, userId: string, kind: ModerationKind, id: string, now: Date): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`moderation-claim:${kind}:${id}`}))`;
  const holder = await otherHolder(tx, userId, kind, id, now);
  if (holder) throw new ConflictError(t.claimedBy(holder));
  await tx.moderationClaim.deleteMany({ where: { kind, itemId: id } });
}

// The co-construction of kits: any signed-in user rates a published kit (one rating each, which
// they can change), comments on it or suggests an improvement; the team answers. The permission
// is checked here, whoever calls.
import "server-only";
import { writeAudit } from "@/lib/audit/audit.mutations";
import { assertCan, type Principal } from "@/lib/auth/permissions";
import { kitsLabels } from "@/lib/copy/kits";
import { db } from "@/lib/db";
import { ForbiddenError, NotFoundError } from "@/lib/errors";
import type { AnswerInput, ContributionInput, RatingInput } from "./feedback.schemas";

const f = kitsLabels.feedback;
const a = kitsLabels.admin.audit;

type Context = { ip?: string | null };

async function assertPublishedKit(kitId: string): Promise<void> {
  const kit = await db.kit.findFirst({ where: { id: kitId, status: "PUBLISHED", currentVersion: { gt: 0 } }, select: { id: true } });
  if (!kit) throw new NotFoundError(f.kitNotFound);
}

/** Creates or replaces the user's rating of a published kit. */
export async function rateKit(principal: Principal, input: RatingInput): Promise<void> {
  assertCan(principal, "kit.rate");
  if (!principal) throw new ForbiddenError();
  await assertPublishedKit(input.kitId);
  await db.$transaction(async (tx) => {
    // No unique index says "one rating per user and kit" (Feedback also holds comments): a lock on
    // the pair, held until the transaction ends, stops two quick clicks from creating two rows.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`kit-rating:${input.kitId}:${principal.id}`}))`;
    const existing = await tx.feedback.findFirst({ where: { kitId: input.kitId, userId: principal.id, kind: "RATING" }, select: { id: true } });
    if (existing) await tx.feedback.update({ where: { id: existing.id }, data: { rating: input.rating } });
    else await tx.feedback.create({ data: { kitId: input.kitId, userId: principal.id, kind: "RATING", rating: input.rating } });
  });
}

/** A comment or a suggestion on a published kit, for the team to read and answer. */
export async function contributeToKit(principal: Principal, input: ContributionInput): Promise<void> {
  assertCan(principal, "kit.rate");
  if (!principal) throw new ForbiddenError();
  await assertPublishedKit(input.kitId);
  await db.feedback.create({ data: { kitId: input.kitId, userId: principal.id, kind: input.kind, comment: input.comment } });
}

/** The team's answer to a comment or suggestion (a later answer replaces the former). */
export async function answerFeedback(principal: Principal, input: AnswerInput, context: Context = {}): Promise<{ kitId: string | null }> {
  assertCan(principal, "kit.update");
  if (!principal) throw new ForbiddenError();
  return db.$transaction(async (tx) => {
    const feedback = await tx.feedback.findFirst({
      where: { id: input.feedbackId, kind: { in: ["COMMENT", "SUGGESTION"] }, kitId: { not: null } },
      select: { id: true, kitId: true, kit: { select: { title: true } } },
    });
    if (!feedback) throw new NotFoundError();
    await tx.feedback.update({ where: { id: feedback.id }, data: { staffAnswer: input.answer, answeredAt: new Date() } });
    await writeAudit(tx, {
      userId: principal.id,
      action: "feedback.answered",
      entity: "Feedback",
      entityId: feedback.id,
      summary: a.feedbackAnswered(feedback.kit?.title ?? ""),
      ip: context.ip,
    });
    return { kitId: feedback.kitId };
  });
}

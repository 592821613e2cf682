import "server-only";
// « Motifs enregistrés »: refusal reasons the team writes once and picks from the decision forms.
// Any moderator may add or remove one; both are audited.
import { Prisma } from "@/generated/prisma/client";
import { writeAudit } from "@/lib/audit/audit.mutations";
import { assertCan, type Principal } from "@/lib/auth/permissions";
import { adminLabels } from "@/lib/copy/admin";
import { db } from "@/lib/db";
import { ConflictError, ForbiddenError, NotFoundError } from "@/lib/errors";

const t = adminLabels.moderation;

export async function createSavedReason(
  principal: Principal,
  input: { label: string; text: string },
  context: { ip?: string | null } = {},
): Promise<{ id: string }> {
  assertCan(principal, "moderation.decide");
  if (!principal) throw new ForbiddenError();
  try {
    return await db.$transaction(async (tx) => {
      const created = await tx.savedReason.create({ data: { label: input.label, text: input.text, createdById: principal.id }, select: { id: true } });
      await writeAudit(tx, {
        userId: principal.id,
        action: "moderation.reason.saved",
        entity: "SavedReason",
        entityId: created.id,
        summary: t.savedReasons.auditSaved(input.label),
        ip: context.ip,
      });
      return created;
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") throw new ConflictError(t.savedReasons.labelTaken);
    throw error;
  }
}

export async function deleteSavedReason(principal: Principal, id: string, context: { ip?: string | null } = {}): Promise<{ label: string }> {
  assertCan(principal, "moderation.decide");
  if (!principal) throw new ForbiddenError();
  return db.$transaction(async (tx) => {
    const reason = await tx.savedReason.findUnique({ where: { id }, select: { label: true } });
    if (!reason) throw new NotFoundError(t.savedReasons.notFound);
    await tx.savedReason.delete({ where: { id } });
    await writeAudit(tx, {
      userId: principal.id,
      action: "moderation.reason.deleted",
      entity: "SavedReason",
      entityId: id,
      summary: t.savedReasons.auditDeleted(reason.label),
      ip: context.ip,
    });
    return reason;
  });
}

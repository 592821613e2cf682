// Staff's decision on a reported message: hide it with a reason (shown in the thread in its
// place, audited) or dismiss the report. Every open report of the message is closed together.
import "server-only";
import { writeAudit } from "@/lib/audit/audit.mutations";
import { assertCan, type Principal } from "@/lib/auth/permissions";
import { conversationsCopy } from "@/lib/copy/conversations";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import type { ReportDecision } from "./conversations.schemas";

export async function decideMessageReport(principal: Principal, input: ReportDecision, context: { ip?: string | null } = {}): Promise<void> {
  assertCan(principal, "moderation.decide");
  await db.$transaction(async (tx) => {
    const report = await tx.messageReport.findFirst({
      where: { id: input.reportId, resolvedAt: null },
      select: { messageId: true, message: { select: { actor: { select: { name: true } } } } },
    });
    if (!report) throw new NotFoundError(conversationsCopy.messages.invalid);
    const now = new Date();
    // The where holds the open state: two staff members deciding at once cannot both succeed.
    const { count } = await tx.messageReport.updateMany({ where: { messageId: report.messageId, resolvedAt: null }, data: { resolvedAt: now } });
    if (count === 0) throw new NotFoundError(conversationsCopy.messages.invalid);
    if (input.decision === "hide") {
      await tx.conversationMessage.update({
        where: { id: report.messageId },
        data: { hiddenAt: now, hiddenReason: input.reason, hiddenById: principal!.id },
      });
    }
    await writeAudit(tx, {
      userId: principal!.id,
      action: input.decision === "hide" ? "conversation.message.hidden" : "conversation.report.dismissed",
      entity: "ConversationMessage",
      entityId: report.messageId,
      summary:
        input.decision === "hide"
          ? `Message de « ${report.message.actor.name} » masqué : ${input.reason}`
          : `Signalement d'un message de « ${report.message.actor.name} » classé sans suite`,
      ip: context.ip,
    });
  });
}

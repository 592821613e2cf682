import "server-only";
// The audit trail: who did what to which record, written in the same transaction as the change it
// records (pass the transaction client), so that a rolled-back change leaves no trace and a
// committed one always has its row. Each entry is a snapshot: the author's name and e-mail are
// copied as they are now, so that renaming or deleting an account rewrites no past entry.
import type { Prisma } from "@/generated/prisma/client";

export const AUDIT_ACTIONS = [
  "auth.signin",
  "auth.signin.failed",
  "auth.signup",
  "auth.signup.replaced",
  "auth.sessions.ended",
  "auth.email.confirmed",
  "auth.password.reset.requested",
  "auth.password.reset",
  "auth.password.changed",
  "auth.email.changed",
  "account.deleted",
  "role.granted",
  "role.revoked",
  "invitation.sent",
  "invitation.revoked",
  "invitation.accepted",
  "membership.role.changed",
  "membership.removed",
  "membership.left",
  "actor.created",
  "actor.updated",
  "actor.submitted",
  "actor.contacted",
  "actor.imported",
  "account.disabled",
  "account.enabled",
  "moderation.approved",
  "moderation.rejected",
  "content.unpublished",
  "content.published",
  "content.assigned",
  "content.unassigned",
  "moderation.reason.saved",
  "moderation.reason.deleted",
  "territory.project.created",
  "territory.project.updated",
  "territory.project.deleted",
  "export.downloaded",
  "kit.created",
  "kit.updated",
  "kit.published",
  "kit.unpublished",
  "kit.archived",
  "kit.republished",
  "kit.unarchived",
  "kit.restored",
  "kit.attachment.added",
  "kit.attachment.removed",
  "feedback.answered",
  "template.version.created",
  "template.version.updated",
  "template.activated",
  "template.version.deleted",
  "diagnostic.started",
  "diagnostic.completed",
  "diagnostic.published",
  "diagnostic.unpublished",
  "diagnostic.reopened",
  "alliance.created",
  "alliance.updated",
  "alliance.stage.changed",
  "alliance.submitted",
  "alliance.join.requested",
  "alliance.join.decided",
  "need.created",
  "need.updated",
  "offer.created",
  "offer.updated",
  "match.contacted",
  "match.answered",
  "conversation.message.hidden",
  "conversation.report.dismissed",
  "network.requested",
  "network.accepted",
  "network.declined",
  "network.ended",
  "network.kit.recommended",
  "job.retried",
  "job.discarded",
] as const;

export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export type AuditEntry = {
  /** Who acted; null for anonymous events (a failed sign-in, whoever typed the password). */
  userId: string | null;
  action: AuditAction;
  /** The model touched: "User", "Actor", "Membership", "Invitation"… */
  entity: string;
  entityId?: string | null;
  /** What the entry is about, as named today (a failed sign-in: the e-mail typed). */
  targetLabel?: string | null;
  /** A short French sentence for the staff's audit page; no secrets, no tokens, no passwords. */
  summary?: string;
  ip?: string | null;
};

const auditActions: ReadonlySet<string> = new Set(AUDIT_ACTIONS);
const SUMMARY_MAX_LENGTH = 500;
const LABEL_MAX_LENGTH = 320;

/** `client` is `db` or the transaction client of the change being recorded. */
export async function writeAudit(client: Prisma.TransactionClient, entry: AuditEntry): Promise<void> {
  // Types already restrict `action`; this guards callers that build it from strings.
  if (!auditActions.has(entry.action)) throw new Error(`Unknown audit action: ${entry.action}`);
  const author = entry.userId ? await client.user.findUnique({ where: { id: entry.userId }, select: { name: true, email: true } }) : null;
  await client.auditLog.create({
    data: {
      userId: author ? entry.userId : null,
      actorName: author?.name ?? null,
      actorEmail: author?.email ?? null,
      targetLabel: entry.targetLabel?.slice(0, LABEL_MAX_LENGTH) ?? null,
      action: entry.action,
      entity: entry.entity,
      entityId: entry.entityId ?? null,
      summary: (entry.summary ?? "").slice(0, SUMMARY_MAX_LENGTH),
      ip: entry.ip ?? null,
    },
  });
}

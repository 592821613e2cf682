import "server-only";
// Staff unpublish or publish live organisations and alliances, one or a page's selection at once.
// The permission is checked here, whoever calls. One transaction for the whole selection: each
// item is updated only if its status still allows it (`updateMany where status = …`, so that two
// staff members acting at once never both change it), audited, and its owners' members are
// notified and e-mailed (queued with the change: both are committed, or neither).
// An unpublished item goes back to DRAFT and keeps the reason in moderationReason: the owners see
// it in their workspace, correct, and submit again through the usual moderation.
import type { Prisma } from "@/generated/prisma/client";
import { writeAudit } from "@/lib/audit/audit.mutations";
import { assertCan, type Principal } from "@/lib/auth/permissions";
import { adminContentCopy } from "@/lib/copy/admin-content";
import { db } from "@/lib/db";
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from "@/lib/errors";
import { sendMail } from "@/lib/mail/mail";
import { notify } from "@/lib/notifications/notify";
import { paths } from "@/lib/paths";
import { CONTENT_BULK_MAX, CONTENT_ENTITIES, appliesTo, unpublishReasonProblem, type ContentDecision, type ContentKind } from "./content-admin";
import { contentDecisionEmail } from "./content-admin.mail";

const t = adminContentCopy;

type Tx = Prisma.TransactionClient;

export type ContentChangeInput = { kind: ContentKind; ids: string[]; reason?: string };
export type ContentContext = { /** e.g. https://odd17.example.fr, no trailing slash */ baseUrl: string; ip?: string | null; now?: Date };
export type ContentChangeOutcome = { changed: { id: string; title: string }[]; skipped: number; notified: string[] };

type Row = { id: string; title: string; status: "DRAFT" | "PENDING" | "PUBLISHED" | "REJECTED"; publishedAt: Date | null; ownerIds: string[] };

async function loadRows(tx: Tx, kind: ContentKind, ids: string[]): Promise<Row[]> {
  if (kind === "actor") {
    const rows = await tx.actor.findMany({ where: { id: { in: ids } }, select: { id: true, name: true, status: true, publishedAt: true } });
    return rows.map((row) => ({ id: row.id, title: row.name, status: row.status, publishedAt: row.publishedAt, ownerIds: [row.id] }));
  }
  const rows = await tx.alliance.findMany({
    where: { id: { in: ids } },
    select: { id: true, title: true, status: true, publishedAt: true, partners: { where: { role: "LEAD" }, select: { actorId: true } } },
  });
  return rows.map((row) => ({ ...row, ownerIds: row.partners.map((partner) => partner.actorId) }));
}

/** The new columns, only if the row still has the status it was read with; 1 if it changed. */
async function guardedUpdate(tx: Tx, kind: ContentKind, row: Row, decision: ContentDecision, reason: string | undefined, now: Date): Promise<number> {
  const where = { id: row.id, status: row.status };
  const data =
    decision === "unpublish"
      ? { status: "DRAFT" as const, moderationReason: reason ?? "", version: { increment: 1 } }
      : // The first publication date is kept; an organisation published by the team is verified.
        { status: "PUBLISHED" as const, moderationReason: null, publishedAt: row.publishedAt ?? now, version: { increment: 1 } };
  if (kind === "actor") return (await tx.actor.updateMany({ where, data: decision === "publish" ? { ...data, verified: true } : data })).count;
  return (await tx.alliance.updateMany({ where, data })).count;
}

/** Every member (active account) of the owning organisations: they all see the workspace page. */
async function membersOf(tx: Tx, ownerIds: string[]) {
  const rows = await tx.membership.findMany({
    where: { actorId: { in: ownerIds }, user: { disabledAt: null } },
    select: { user: { select: { id: true, email: true, name: true } } },
  });
  return [...new Map(rows.map(({ user }) => [user.id, user])).values()];
}

const workspacePathOf = (kind: ContentKind, id: string) => (kind === "actor" ? paths.organisation(id) : paths.workspaceAlliance(id));

async function changeStatus(
  principal: Principal,
  decision: ContentDecision,
  input: ContentChangeInput,
  context: ContentContext,
): Promise<ContentChangeOutcome> {
  assertCan(principal, decision === "unpublish" ? "content.unpublish" : "content.publish");
  // assertCan has refused anonymous principals; the guard is for the type checker.
  if (!principal) throw new ForbiddenError();
  const ids = [...new Set(input.ids)];
  if (ids.length === 0) throw new ValidationError({ ids: [t.bulk.noneSelected] });
  if (ids.length > CONTENT_BULK_MAX) throw new ValidationError({ ids: [t.bulk.tooMany(CONTENT_BULK_MAX)] });
  const problem = decision === "unpublish" ? unpublishReasonProblem(input.reason) : null;
  if (problem) throw new ValidationError({ reason: [problem === "missing" ? t.messages.reasonRequired : t.messages.reasonTooLong] });
  const reason = decision === "unpublish" ? input.reason!.trim() : undefined;
  const now = context.now ?? new Date();
  const baseUrl = context.baseUrl.replace(/\/+$/, "");

  return db.$transaction(async (tx) => {
    const rows = await loadRows(tx, input.kind, ids);
    if (rows.length !== ids.length) throw new NotFoundError(t.messages.notFound);
    const changed: ContentChangeOutcome["changed"] = [];
    const notified = new Set<string>();
    for (const row of rows) {
      if (!appliesTo(decision, row.status) || (await guardedUpdate(tx, input.kind, row, decision, reason, now)) === 0) continue;
      changed.push({ id: row.id, title: row.title });
      await writeAudit(tx, {
        userId: principal.id,
        action: decision === "unpublish" ? "content.unpublished" : "content.published",
        entity: CONTENT_ENTITIES[input.kind],
        entityId: row.id,
        summary: decision === "unpublish" ? t.audit.unpublished(input.kind, row.title, reason!) : t.audit.published(input.kind, row.title),
        ip: context.ip,
      });
      const href = workspacePathOf(input.kind, row.id);
      const members = await membersOf(tx, row.ownerIds);
      await notify(tx, {
        userIds: members.map((member) => member.id),
        kind: "moderation.decision",
        title: decision === "unpublish" ? t.notifications.unpublished(input.kind, row.title) : t.notifications.published(input.kind, row.title),
        body: reason,
        href,
        email: "none",
        now,
      });
      for (const member of members) {
        // A staff decision, once per item: a platform message, not counted against anyone's quota.
        const mail = contentDecisionEmail({ kind: input.kind, decision, title: row.title, reason, url: `${baseUrl}${href}`, name: member.name });
        await sendMail({ to: member.email, ...mail }, { system: true, tx });
        notified.add(member.email);
      }
    }
    if (changed.length === 0) throw new ConflictError(t.messages.nothingChanged);
    return { changed, skipped: rows.length - changed.length, notified: [...notified] };
  });
}

/** PUBLISHED → DRAFT with the reason the owners see; other statuses are skipped. */
export async function unpublishContent(principal: Principal, input: ContentChangeInput, context: ContentContext): Promise<ContentChangeOutcome> {
  return changeStatus(principal, "unpublish", input, context);
}

/** Anything not published → PUBLISHED (a republication after a fix, or a team decision). */
export async function publishContent(principal: Principal, input: ContentChangeInput, context: ContentContext): Promise<ContentChangeOutcome> {
  return changeStatus(principal, "publish", input, context);
}

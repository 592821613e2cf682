import "server-only";
// Staff unpublish or publish live organisations, alliances, needs and offers (and withdraw published
// diagnostic summaries), one or a page's selection at once.
// The permission is checked here, whoever calls. One transaction for the whole selection: each
// item is updated only if its status still allows it (`updateMany where status = …`, so that two
// staff members acting at once never both change it), audited, and its owners' members are
// notified and e-mailed (queued with the change: both are committed, or neither).
// An unpublished item goes back to DRAFT and keeps the reason in moderationReason: the owners see
// it in their workspace, correct, and submit again through the usual moderation. A withdrawn
// diagnostic summary goes back to COMPLETED (its version checked too) and keeps the reason until
// the organisation publishes it again.
import type { Prisma } from "@/generated/prisma/client";
import { recordFollowEvent } from "@/lib/follows/matching";
import { writeAudit } from "@/lib/audit/audit.mutations";
import { assertCan, type Principal } from "@/lib/auth/permissions";
import { adminContentCopy } from "@/lib/copy/admin-content";
import { db } from "@/lib/db";
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from "@/lib/errors";
import { sendMail } from "@/lib/mail/mail";
import { notify } from "@/lib/notifications/notify";
import { paths } from "@/lib/paths";
import {
  CONTENT_BULK_MAX,
  CONTENT_ENTITIES,
  appliesTo,
  isDecisionAllowed,
  parseNeedOfferRef,
  unpublishReasonProblem,
  type ContentDecision,
  type ContentItemKind,
  type ContentKind,
} from "./content-admin";
import { contentDecisionEmail } from "./content-admin.mail";

const t = adminContentCopy;

type Tx = Prisma.TransactionClient;

export type ContentChangeInput = { kind: ContentKind; ids: string[]; reason?: string };
export type ContentContext = { /** e.g. https://odd17.example.fr, no trailing slash */ baseUrl: string; ip?: string | null; now?: Date };
export type ContentChangeOutcome = { changed: { id: string; title: string }[]; skipped: number; notified: string[] };

type Row = {
  /** As the form sent it: an id, or a need/offer reference ("need:<id>"). */
  ref: string;
  id: string;
  itemKind: ContentItemKind;
  title: string;
  status: "DRAFT" | "PENDING" | "PUBLISHED" | "REJECTED" | "COMPLETED";
  publishedAt: Date | null;
  /** Diagnostics only: the optimistic-concurrency version read with the row. */
  version?: number;
  ownerIds: string[];
};

async function loadRows(tx: Tx, kind: ContentKind, ids: string[]): Promise<Row[]> {
  if (kind === "actor") {
    const rows = await tx.actor.findMany({ where: { id: { in: ids } }, select: { id: true, name: true, status: true, publishedAt: true } });
    return rows.map((row) => ({ ...row, ref: row.id, itemKind: kind, title: row.name, ownerIds: [row.id] }));
  }
  if (kind === "alliance") {
    const rows = await tx.alliance.findMany({
      where: { id: { in: ids } },
      select: { id: true, title: true, status: true, publishedAt: true, partners: { where: { role: "LEAD" }, select: { actorId: true } } },
    });
    return rows.map((row) => ({ ...row, ref: row.id, itemKind: kind, ownerIds: row.partners.map((partner) => partner.actorId) }));
  }
  if (kind === "diagnostic") {
    const rows = await tx.diagnostic.findMany({
      where: { id: { in: ids } },
      select: { id: true, status: true, version: true, actorId: true, actor: { select: { name: true } }, territory: { select: { name: true } } },
    });
    return rows.map((row) => ({
      ref: row.id,
      id: row.id,
      itemKind: kind,
      title: `${row.actor.name} — ${row.territory.name}`,
      status: row.status,
      publishedAt: null,
      version: row.version,
      ownerIds: [row.actorId],
    }));
  }
  const refs = ids.map(parseNeedOfferRef).filter((ref) => ref !== null);
  const select = { id: true, title: true, status: true, actorId: true } as const;
  const idsOf = (itemKind: "need" | "offer") => refs.filter((ref) => ref.kind === itemKind).map((ref) => ref.id);
  const [needs, offers] = await Promise.all([
    tx.need.findMany({ where: { id: { in: idsOf("need") } }, select }),
    tx.offer.findMany({ where: { id: { in: idsOf("offer") } }, select }),
  ]);
  const row = (itemKind: "need" | "offer") => (found: (typeof needs)[number]) => ({
    ...found,
    ref: `${itemKind}:${found.id}`,
    itemKind,
    publishedAt: null,
    ownerIds: [found.actorId],
  });
  return [...needs.map(row("need")), ...offers.map(row("offer"))];
}

/** The new columns, only if the row still has the status it was read with; 1 if it changed. */
async function guardedUpdate(tx: Tx, row: Row, decision: ContentDecision, reason: string | undefined, now: Date): Promise<number> {
  if (row.itemKind === "diagnostic") {
    // Only unpublish reaches here (isDecisionAllowed); the version guards against a concurrent reopen.
    const where = { id: row.id, status: "PUBLISHED" as const, version: row.version };
    return (await tx.diagnostic.updateMany({ where, data: { status: "COMPLETED", moderationReason: reason ?? "", version: { increment: 1 } } })).count;
  }
  const status = row.status as "DRAFT" | "PENDING" | "PUBLISHED" | "REJECTED";
  const where = { id: row.id, status };
  if (row.itemKind === "need" || row.itemKind === "offer") {
    // Needs and offers have no version nor publication date: the status read is the guard.
    const data =
      decision === "unpublish" ? { status: "DRAFT" as const, moderationReason: reason ?? "" } : { status: "PUBLISHED" as const, moderationReason: null };
    return row.itemKind === "need" ? (await tx.need.updateMany({ where, data })).count : (await tx.offer.updateMany({ where, data })).count;
  }
  const data =
    decision === "unpublish"
      ? { status: "DRAFT" as const, moderationReason: reason ?? "", version: { increment: 1 } }
      : // The first publication date is kept; an organisation published by the team is verified.
        { status: "PUBLISHED" as const, moderationReason: null, publishedAt: row.publishedAt ?? now, version: { increment: 1 } };
  if (row.itemKind === "actor") return (await tx.actor.updateMany({ where, data: decision === "publish" ? { ...data, verified: true } : data })).count;
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

const workspacePaths: Record<ContentItemKind, (id: string) => string> = {
  actor: paths.organisation,
  alliance: paths.workspaceAlliance,
  need: (id) => paths.needOffer("besoins", id),
  offer: (id) => paths.needOffer("offres", id),
  diagnostic: paths.diagnosticReport,
};

async function changeStatus(
  principal: Principal,
  decision: ContentDecision,
  input: ContentChangeInput,
  context: ContentContext,
): Promise<ContentChangeOutcome> {
  assertCan(principal, decision === "unpublish" ? "content.unpublish" : "content.publish");
  // assertCan has refused anonymous principals; the guard is for the type checker.
  if (!principal) throw new ForbiddenError();
  if (!isDecisionAllowed(input.kind, decision)) throw new ValidationError({ decision: [t.messages.decisionNotAllowed] });
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
      if (!appliesTo(decision, row.status) || (await guardedUpdate(tx, row, decision, reason, now)) === 0) continue;
      // The follows' outbox, committed with the publication (lib/follows/matching.ts).
      if (decision === "publish" && (row.itemKind === "actor" || row.itemKind === "alliance")) await recordFollowEvent(tx, `${row.itemKind}.published`, row.id);
      changed.push({ id: row.ref, title: row.title });
      await writeAudit(tx, {
        userId: principal.id,
        action: decision === "unpublish" ? "content.unpublished" : "content.published",
        entity: CONTENT_ENTITIES[row.itemKind],
        entityId: row.id,
        summary: decision === "unpublish" ? t.audit.unpublished(row.itemKind, row.title, reason!) : t.audit.published(row.itemKind, row.title),
        ip: context.ip,
      });
      const href = workspacePaths[row.itemKind](row.id);
      const members = await membersOf(tx, row.ownerIds);
      await notify(tx, {
        userIds: members.map((member) => member.id),
        kind: "moderation.decision",
        title: decision === "unpublish" ? t.notifications.unpublished(row.itemKind, row.title) : t.notifications.published(row.itemKind, row.title),
        body: reason,
        href,
        email: "none",
        now,
      });
      for (const member of members) {
        // A staff decision, once per item: a platform message, not counted against anyone's quota.
        const mail = contentDecisionEmail({ kind: row.itemKind, decision, title: row.title, reason, url: `${baseUrl}${href}`, name: member.name });
        await sendMail({ to: member.email, ...mail }, { system: true, tx });
        notified.add(member.email);
      }
    }
    if (changed.length === 0) throw new ConflictError(t.messages.nothingChanged);
    return { changed, skipped: rows.length - changed.length, notified: [...notified] };
  });
}

/** PUBLISHED → DRAFT (COMPLETED for a diagnostic) with the reason the owners see; other statuses are skipped. */
export async function unpublishContent(principal: Principal, input: ContentChangeInput, context: ContentContext): Promise<ContentChangeOutcome> {
  return changeStatus(principal, "unpublish", input, context);
}

/** Anything not published → PUBLISHED (a republication after a fix, or a team decision). */
export async function publishContent(principal: Principal, input: ContentChangeInput, context: ContentContext): Promise<ContentChangeOutcome> {
  return changeStatus(principal, "publish", input, context);
}

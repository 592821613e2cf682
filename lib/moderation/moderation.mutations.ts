import "server-only";
// Approving or refusing what an organisation submitted. The permission is checked here, whoever
// calls; the status guard (`updateMany where status = PENDING`) makes two staff members deciding
// the same item at once safe: the second one changes nothing and is told so. The submitting
// organisation's admins are e-mailed after the commit, so that a rolled-back decision never
// reaches a mailbox.
import type { Prisma } from "@/generated/prisma/client";
import { recordFollowEvent } from "@/lib/follows/matching";
import { writeAudit } from "@/lib/audit/audit.mutations";
import { assertCan, type Principal } from "@/lib/auth/permissions";
import { adminLabels } from "@/lib/copy/admin";
import { db } from "@/lib/db";
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from "@/lib/errors";
import { sendMail } from "@/lib/mail/mail";
import { notifyModerationDecision } from "@/lib/notifications/producers";
import { paths } from "@/lib/paths";
import { releaseClaimForDecision } from "./claims.mutations";
import { BULK_DECISION_MAX, MODERATION_ENTITIES, moderationUpdate, reasonProblem, type ModerationDecisionKind, type ModerationKind } from "./moderation";
import { moderationDecisionEmail } from "./moderation.mail";

const t = adminLabels.moderation;

type Tx = Prisma.TransactionClient;

export type ModerationDecisionInput = { kind: ModerationKind; id: string; decision: ModerationDecisionKind; reason?: string };
export type ModerationContext = { /** e.g. https://odd17.example.fr, no trailing slash */ baseUrl: string; ip?: string | null; now?: Date };
export type ModerationOutcome = {
  kind: ModerationKind;
  id: string;
  title: string;
  decision: ModerationDecisionKind;
  notified: string[];
  publicPath: string | null;
};

type Target = { title: string; slug: string | null; publishedAt: Date | null; organisationIds: string[]; contactEmail: string | null };

async function loadTarget(tx: Tx, kind: ModerationKind, id: string): Promise<Target | null> {
  switch (kind) {
    case "actor": {
      const row = await tx.actor.findUnique({ where: { id }, select: { name: true, slug: true, publishedAt: true, contactEmail: true } });
      return row && { title: row.name, slug: row.slug, publishedAt: row.publishedAt, organisationIds: [id], contactEmail: row.contactEmail };
    }
    case "alliance": {
      const row = await tx.alliance.findUnique({
        where: { id },
        select: { title: true, slug: true, publishedAt: true, partners: { where: { role: "LEAD" }, select: { actorId: true } } },
      });
      return row && { title: row.title, slug: row.slug, publishedAt: row.publishedAt, organisationIds: row.partners.map((p) => p.actorId), contactEmail: null };
    }
    case "need":
    case "offer": {
      const args = { where: { id }, select: { title: true, actorId: true } } as const;
      const row = kind === "need" ? await tx.need.findUnique(args) : await tx.offer.findUnique(args);
      return row && { title: row.title, slug: null, publishedAt: null, organisationIds: [row.actorId], contactEmail: null };
    }
  }
}

/** Sets the new status only if the row is still PENDING; returns how many rows changed (0 or 1). */
async function guardedUpdate(tx: Tx, kind: ModerationKind, id: string, data: ReturnType<typeof moderationUpdate>): Promise<number> {
  const where = { id, status: "PENDING" } as const;
  switch (kind) {
    case "actor":
      return (await tx.actor.updateMany({ where, data })).count;
    case "alliance": {
      const { verified: _verified, ...allianceData } = data;
      return (await tx.alliance.updateMany({ where, data: allianceData })).count;
    }
    case "need":
      return (await tx.need.updateMany({ where, data: { status: data.status, moderationReason: data.moderationReason } })).count;
    case "offer":
      return (await tx.offer.updateMany({ where, data: { status: data.status, moderationReason: data.moderationReason } })).count;
  }
}

type Recipient = { email: string; name: string | null };

/** The submitting organisations' admins (active accounts); else the organisation's contact address. */
async function recipientsOf(tx: Tx, target: Target): Promise<Recipient[]> {
  const admins = await tx.membership.findMany({
    where: { actorId: { in: target.organisationIds }, role: "ADMIN", user: { disabledAt: null } },
    select: { user: { select: { email: true, name: true } } },
  });
  const unique = new Map(admins.map(({ user }) => [user.email.toLowerCase(), user]));
  if (unique.size === 0 && target.contactEmail) unique.set(target.contactEmail.toLowerCase(), { email: target.contactEmail, name: null });
  return [...unique.values()];
}

function publicPathOf(kind: ModerationKind, slug: string | null): string | null {
  if (!slug) return null;
  if (kind === "actor") return paths.actor(slug);
  if (kind === "alliance") return paths.alliance(slug);
  return null;
}

/** Where the organisation sees (and, after a refusal, fixes) what it submitted. */
function workspacePathOf(kind: ModerationKind, id: string): string {
  switch (kind) {
    case "actor":
      return paths.organisation(id);
    case "alliance":
      return paths.workspaceAlliance(id);
    case "need":
      return paths.needOffer("besoins", id);
    case "offer":
      return paths.needOffer("offres", id);
  }
}

export async function decideModeration(principal: Principal, input: ModerationDecisionInput, context: ModerationContext): Promise<ModerationOutcome> {
  assertCan(principal, "moderation.decide");
  // assertCan has refused anonymous principals; the guard is for the type checker.
  if (!principal) throw new ForbiddenError();
  const problem = reasonProblem(input.decision, input.reason);
  if (problem) throw new ValidationError({ reason: [problem === "missing" ? t.reasonRequired : t.reasonTooLong] });
  const reason = input.decision === "reject" ? input.reason!.trim() : undefined;
  const now = context.now ?? new Date();

  const decided = await db.$transaction(async (tx) => {
    const target = await loadTarget(tx, input.kind, input.id);
    if (!target) throw new NotFoundError(t.notFound);
    await releaseClaimForDecision(tx, principal.id, input.kind, input.id, now);
    const data = moderationUpdate(input.kind, input.decision, { reason, now, previousPublishedAt: target.publishedAt });
    if ((await guardedUpdate(tx, input.kind, input.id, data)) === 0) throw new ConflictError(t.alreadyDecided);
    // The follows' outbox, committed with the publication (lib/follows/matching.ts).
    if (input.decision === "approve" && (input.kind === "actor" || input.kind === "alliance")) await recordFollowEvent(tx, `${input.kind}.published`, input.id);
    const kindLabel = t.kinds[input.kind];
    await writeAudit(tx, {
      userId: principal.id,
      action: input.decision === "approve" ? "moderation.approved" : "moderation.rejected",
      entity: MODERATION_ENTITIES[input.kind],
      entityId: input.id,
      summary: input.decision === "approve" ? t.auditApproved(kindLabel, target.title) : t.auditRejected(kindLabel, target.title, reason ?? ""),
      ip: context.ip,
    });
    await notifyModerationDecision(tx, {
      kind: input.kind,
      id: input.id,
      title: target.title,
      organisationIds: target.organisationIds,
      approved: input.decision === "approve",
      href: workspacePathOf(input.kind, input.id),
      now,
    });
    const publicPath = input.decision === "approve" ? publicPathOf(input.kind, target.slug) : null;
    const url = `${context.baseUrl.replace(/\/+$/, "")}${publicPath ?? workspacePathOf(input.kind, input.id)}`;
    const recipients = await recipientsOf(tx, target);
    for (const recipient of recipients) {
      // A staff decision on what the organisation submitted, once per submission: a platform
      // message, not counted against anyone's e-mail quota (a busy moderator must not be refused).
      // Queued with the decision: both are committed, or neither.
      await sendMail(
        {
          to: recipient.email,
          ...moderationDecisionEmail({ kind: input.kind, decision: input.decision, title: target.title, reason, url, name: recipient.name }),
        },
        { system: true, tx },
      );
    }
    return { target, publicPath, notified: recipients.map((recipient) => recipient.email) };
  });

  const { target, publicPath, notified } = decided;
  return { kind: input.kind, id: input.id, title: target.title, decision: input.decision, notified, publicPath };
}

export type BulkDecisionInput = { items: { kind: ModerationKind; id: string }[]; decision: ModerationDecisionKind; reason?: string };
export type BulkDecisionOutcome = { decided: ModerationOutcome[]; skipped: { kind: ModerationKind; id: string; message: string }[] };

/**
 * One decision for several items, each in its own transaction (and with its own e-mails): an item
 * decided meanwhile, held by a colleague or deleted is skipped and reported, the others go through.
 */
export async function decideModerationMany(principal: Principal, input: BulkDecisionInput, context: ModerationContext): Promise<BulkDecisionOutcome> {
  assertCan(principal, "moderation.decide");
  if (input.items.length === 0) throw new ValidationError({ items: [t.bulkNoneChosen] });
  if (input.items.length > BULK_DECISION_MAX) throw new ValidationError({ items: [t.bulkTooMany(BULK_DECISION_MAX)] });
  const problem = reasonProblem(input.decision, input.reason);
  if (problem) throw new ValidationError({ reason: [problem === "missing" ? t.reasonRequired : t.reasonTooLong] });
  const outcome: BulkDecisionOutcome = { decided: [], skipped: [] };
  for (const item of input.items) {
    try {
      outcome.decided.push(await decideModeration(principal, { ...item, decision: input.decision, reason: input.reason }, context));
    } catch (error) {
      if (!(error instanceof ConflictError || error instanceof NotFoundError)) throw error;
      outcome.skipped.push({ ...item, message: error.message });
    }
  }
  return outcome;
}

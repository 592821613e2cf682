// Writes about an alliance's partners: the lead invites, the invited organisation answers for
// itself, and confirmed partners rate the alliance. Each re-checks in its transaction both the
// principal's membership of the acting organisation and that organisation's link to the alliance.
import "server-only";
import { writeAudit } from "@/lib/audit/audit.mutations";
import { assertCan, type Principal } from "@/lib/auth/permissions";
import { getActorScope } from "@/lib/auth/scope.queries";
import { alliancesWorkspaceCopy } from "@/lib/copy/alliances-workspace";
import { notificationsCopy } from "@/lib/copy/notifications";
import { db } from "@/lib/db";
import { NotFoundError, ValidationError } from "@/lib/errors";
import { notify } from "@/lib/notifications/notify";
import { paths } from "@/lib/paths";
import { authorizeLead, requirePrincipal, type MutationContext, type Tx } from "./workspace.mutations";
import type { AllianceRating, PartnerInvite, PartnerResponse } from "./workspace.schemas";

const m = alliancesWorkspaceCopy.messages;
const n = notificationsCopy.producers;

/** The acting organisation's own link to the alliance, with the principal's standing in it. */
async function authorizePartner(
  tx: Tx,
  principal: Principal,
  allianceId: string,
  actorId: string,
  status: "INVITED" | "CONFIRMED",
  operation: "alliance.respond" | "alliance.rate",
) {
  requirePrincipal(principal);
  // Not a member: refused before saying anything about the alliance.
  assertCan(principal, operation, await getActorScope(principal, actorId, tx));
  const link = await tx.alliancePartner.findUnique({
    where: { allianceId_actorId: { allianceId, actorId } },
    select: { status: true, actor: { select: { name: true } }, alliance: { select: { title: true } } },
  });
  if (!link || link.status !== status) throw new NotFoundError(m.notFound);
  return link;
}

/** Invites a published organisation (again, if it had declined); it stays hidden until it confirms. */
export async function invitePartner(principal: Principal, input: PartnerInvite, context: MutationContext = {}): Promise<{ name: string }> {
  return db.$transaction(async (tx) => {
    const { alliance } = await authorizeLead(tx, principal, input.id, "alliance.update");
    requirePrincipal(principal);
    const invitee = await tx.actor.findFirst({ where: { id: input.inviteeId, status: "PUBLISHED" }, select: { id: true, name: true } });
    const existing = invitee
      ? await tx.alliancePartner.findUnique({ where: { allianceId_actorId: { allianceId: alliance.id, actorId: invitee.id } }, select: { status: true } })
      : null;
    if (!invitee || (existing && existing.status !== "DECLINED")) throw new ValidationError({ inviteeId: [m.inviteeInvalid] });
    await tx.alliancePartner.upsert({
      where: { allianceId_actorId: { allianceId: alliance.id, actorId: invitee.id } },
      create: { allianceId: alliance.id, actorId: invitee.id, role: "PARTNER", status: "INVITED", roleLabel: input.roleLabel ?? null },
      update: { role: "PARTNER", status: "INVITED", roleLabel: input.roleLabel ?? null, confirmedAt: null },
    });
    await writeAudit(tx, {
      userId: principal.id,
      action: "alliance.updated",
      entity: "Alliance",
      entityId: alliance.id,
      summary: `Invitation de « ${invitee.name} » dans l'alliance « ${alliance.title} »`,
      ip: context.ip,
    });
    await notify(tx, {
      actorAdminsOf: invitee.id,
      exceptUserId: principal.id,
      mailSender: { userId: principal.id },
      kind: "alliance.invitation",
      title: n.allianceInvitation(alliance.title),
      body: n.allianceInvitationBody,
      href: paths.workspaceAlliance(alliance.id),
      email: "immediate",
    });
    return { name: invitee.name };
  });
}

/** The invited organisation confirms (then shown as a partner) or declines, for itself only. */
export async function respondToInvitation(principal: Principal, input: PartnerResponse, context: MutationContext = {}): Promise<void> {
  await db.$transaction(async (tx) => {
    const link = await authorizePartner(tx, principal, input.id, input.actorId, "INVITED", "alliance.respond");
    requirePrincipal(principal);
    const confirmed = input.decision === "confirm";
    // The status is in the where: two members answering at once cannot both succeed.
    const { count } = await tx.alliancePartner.updateMany({
      where: { allianceId: input.id, actorId: input.actorId, status: "INVITED" },
      data: { status: confirmed ? "CONFIRMED" : "DECLINED", confirmedAt: confirmed ? new Date() : null },
    });
    if (count === 0) throw new NotFoundError(m.notFound);
    await writeAudit(tx, {
      userId: principal.id,
      action: "alliance.updated",
      entity: "Alliance",
      entityId: input.id,
      summary: `« ${link.actor.name} » ${confirmed ? "confirme sa participation à" : "décline l'invitation à"} l'alliance « ${link.alliance.title} »`,
      ip: context.ip,
    });
    await notify(tx, {
      allianceLeadAdminsOf: input.id,
      exceptUserId: principal.id,
      mailSender: { userId: principal.id },
      kind: "alliance.response",
      title: n.allianceResponse(link.actor.name, link.alliance.title, confirmed),
      href: paths.workspaceAlliance(input.id),
      email: "immediate",
    });
  });
}

/** One rating per confirmed partner organisation; rating again replaces it. */
export async function rateAlliance(principal: Principal, input: AllianceRating, context: MutationContext = {}): Promise<void> {
  await db.$transaction(async (tx) => {
    const link = await authorizePartner(tx, principal, input.id, input.actorId, "CONFIRMED", "alliance.rate");
    requirePrincipal(principal);
    const scores = { innovation: input.innovation, performance: input.performance, confiance: input.confiance, comment: input.comment, userId: principal.id };
    await tx.allianceRating.upsert({
      where: { allianceId_actorId: { allianceId: input.id, actorId: input.actorId } },
      create: { allianceId: input.id, actorId: input.actorId, ...scores },
      update: scores,
    });
    await writeAudit(tx, {
      userId: principal.id,
      action: "alliance.updated",
      entity: "Alliance",
      entityId: input.id,
      summary: `Note de « ${link.actor.name} » pour l'alliance « ${link.alliance.title} » : ${input.innovation}/${input.performance}/${input.confiance}`,
      ip: context.ip,
    });
  });
}

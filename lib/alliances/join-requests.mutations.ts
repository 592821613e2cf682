// Requests to join a published alliance: an organisation asks (its member writes), the lead
// organisation's members accept (a confirmed partner, shown on the public page) or decline. Each
// checks in its transaction the principal's membership of the acting organisation.
import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { writeAudit } from "@/lib/audit/audit.mutations";
import { assertCan, type Principal } from "@/lib/auth/permissions";
import { getActorScope } from "@/lib/auth/scope.queries";
import { allianceJoinCopy } from "@/lib/copy/alliance-join";
import { db } from "@/lib/db";
import { NotFoundError, ValidationError } from "@/lib/errors";
import { notify } from "@/lib/notifications/notify";
import { paths } from "@/lib/paths";
import type { JoinDecisionInput, JoinRequestInput } from "./join-requests.schemas";
import { authorizeLead, requirePrincipal, type MutationContext } from "./workspace.mutations";

const m = allianceJoinCopy.messages;
const n = allianceJoinCopy.notifications;

/** The organisation asks; refused when it is already linked to the alliance or already waiting. */
export async function requestToJoinAlliance(principal: Principal, input: JoinRequestInput, context: MutationContext = {}): Promise<{ slug: string }> {
  try {
    return await db.$transaction(async (tx) => {
      requirePrincipal(principal);
      // Not a member of the organisation: refused before anything is said about it or the alliance.
      assertCan(principal, "alliance.join", await getActorScope(principal, input.actorId, tx));
      const alliance = await tx.alliance.findFirst({ where: { id: input.id, status: "PUBLISHED" }, select: { id: true, slug: true, title: true } });
      if (!alliance) throw new NotFoundError(m.notFound);
      const actor = await tx.actor.findUniqueOrThrow({ where: { id: input.actorId }, select: { name: true, status: true } });
      if (actor.status !== "PUBLISHED") throw new ValidationError({ actorId: [m.unpublished] });
      const link = await tx.alliancePartner.findUnique({
        where: { allianceId_actorId: { allianceId: alliance.id, actorId: input.actorId } },
        select: { status: true },
      });
      if (link && link.status !== "DECLINED") throw new ValidationError({ actorId: [m.notEligible] });
      await tx.allianceJoinRequest.create({ data: { allianceId: alliance.id, actorId: input.actorId, message: input.message, requestedById: principal.id } });
      await writeAudit(tx, {
        userId: principal.id,
        action: "alliance.join.requested",
        entity: "Alliance",
        entityId: alliance.id,
        summary: `« ${actor.name} » demande à rejoindre l'alliance « ${alliance.title} »`,
        ip: context.ip,
      });
      await notify(tx, {
        allianceLeadAdminsOf: alliance.id,
        exceptUserId: principal.id,
        mailSender: { userId: principal.id },
        kind: "alliance.join",
        title: n.request(actor.name, alliance.title),
        body: `${input.message}\n\n${n.requestBody}`,
        href: `${paths.workspaceAlliance(alliance.id)}#demandes`,
        email: "immediate",
      });
      return { slug: alliance.slug };
    });
  } catch (error) {
    // The partial unique index: another member of the organisation asked at the same moment.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") throw new ValidationError({ actorId: [m.notEligible] });
    throw error;
  }
}

/** The lead answers a pending request; accepted, the organisation is a confirmed partner at once. */
export async function decideJoinRequest(principal: Principal, input: JoinDecisionInput, context: MutationContext = {}): Promise<void> {
  await db.$transaction(async (tx) => {
    const { alliance } = await authorizeLead(tx, principal, input.id, "alliance.update");
    requirePrincipal(principal);
    const request = await tx.allianceJoinRequest.findFirst({
      where: { id: input.requestId, allianceId: alliance.id, status: "PENDING" },
      select: { actorId: true, actor: { select: { name: true } } },
    });
    if (!request) throw new NotFoundError(m.notFound);
    const accepted = input.decision === "accept";
    const now = new Date();
    // The status is in the where: two members of the lead answering at once cannot both succeed.
    const { count } = await tx.allianceJoinRequest.updateMany({
      where: { id: input.requestId, status: "PENDING" },
      data: { status: accepted ? "ACCEPTED" : "DECLINED", decidedById: principal.id, decidedAt: now, decisionNote: input.note || null },
    });
    if (count === 0) throw new NotFoundError(m.notFound);
    if (accepted) {
      await tx.alliancePartner.upsert({
        where: { allianceId_actorId: { allianceId: alliance.id, actorId: request.actorId } },
        create: { allianceId: alliance.id, actorId: request.actorId, role: "PARTNER", status: "CONFIRMED", confirmedAt: now },
        update: { role: "PARTNER", status: "CONFIRMED", confirmedAt: now },
      });
    }
    await writeAudit(tx, {
      userId: principal.id,
      action: "alliance.join.decided",
      entity: "Alliance",
      entityId: alliance.id,
      summary: `Demande de « ${request.actor.name} » pour rejoindre l'alliance « ${alliance.title} » : ${accepted ? "acceptée" : "déclinée"}`,
      ip: context.ip,
    });
    await notify(tx, {
      actorAdminsOf: request.actorId,
      exceptUserId: principal.id,
      mailSender: { userId: principal.id },
      kind: "alliance.join",
      title: n.decision(alliance.title, accepted),
      body: input.note,
      href: accepted ? paths.workspaceAlliance(alliance.id) : paths.alliance(alliance.slug),
      email: "immediate",
    });
  });
}

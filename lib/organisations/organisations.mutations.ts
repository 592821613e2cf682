// Writes of the organisations domain. Each one checks, inside its own transaction, that the
// principal may act on the organisation (getActorScope + assertCan: the action's check is not
// trusted), keeps every `where` tied to the organisation's id, and writes the audit row.
// Request facts (base URL, client IP) come in as arguments, so these run without a request.
import "server-only";
import type { MembershipRole, Prisma } from "@/generated/prisma/client";
import { writeAudit } from "@/lib/audit/audit.mutations";
import { assertCan, type Operation, type Principal, type Scope } from "@/lib/auth/permissions";
import { getActorScope } from "@/lib/auth/scope.queries";
import { TOKEN_TTL, createToken, expiresAtFrom, hashToken, isWellFormedToken } from "@/lib/auth/tokens";
import { organisationProfileCopy } from "@/lib/copy/organisation-profile";
import { organisationsLabels } from "@/lib/copy/organisations";
import { resolveTerritoryParams } from "@/lib/territories/territories.queries";
import { db } from "@/lib/db";
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from "@/lib/errors";
import { notificationsCopy } from "@/lib/copy/notifications";
import { sendMail } from "@/lib/mail/mail";
import { reserveMailQuota } from "@/lib/mail/mail-quota";
import { notify } from "@/lib/notifications/notify";
import { invitationEmail } from "@/lib/mail/templates";
import { paths } from "@/lib/paths";
import { buildSearchKey } from "@/lib/directory/directory";
import { baseSlug, invitationProblem, keepsAnAdmin, nextFreeSlug, roleAfterAcceptance } from "./organisations";
import type { InvitationAccept, InvitationCreate, MemberRoleChange, OrganisationCreate } from "./organisations.schemas";

const m = organisationsLabels.messages;
const roleName = (role: MembershipRole) => organisationsLabels.roles[role].toLowerCase();

export type MutationContext = { ip?: string | null; now?: Date };
export type InviteContext = MutationContext & { /** e.g. https://odd17.example.fr, no trailing slash */ baseUrl: string };

type Tx = Prisma.TransactionClient;

function uniqueViolationOn(error: unknown, field: string): boolean {
  if (typeof error !== "object" || error === null || (error as { code?: unknown }).code !== "P2002") return false;
  // The target's shape varies with the engine and the driver adapter: look for the column name.
  return JSON.stringify((error as { meta?: unknown }).meta ?? {}).includes(`"${field}"`);
}

/**
 * Serialises the membership changes of one organisation (row lock on the Actor until commit), so
 * that two admins demoting each other at the same instant cannot leave it with none.
 */
async function lockOrganisation(tx: Tx, actorId: string): Promise<{ id: string; name: string }> {
  const rows = await tx.$queryRaw<{ id: string; name: string }[]>`SELECT "id", "name" FROM "Actor" WHERE "id" = ${actorId} FOR UPDATE`;
  if (!rows[0]) throw new NotFoundError(m.organisationNotFound);
  return rows[0];
}

/** The authorization of the data layer: the scope read in this transaction, then `can`. */
async function authorize(tx: Tx, principal: Principal, operation: Operation, actorId: string): Promise<Scope> {
  const scope = await getActorScope(principal, actorId, tx);
  assertCan(principal, operation, scope);
  return scope;
}

function requirePrincipal(principal: Principal): asserts principal is NonNullable<Principal> {
  if (!principal) throw new ForbiddenError();
}

// ───────────── Organisation ─────────────

const SLUG_ATTEMPTS = 5;

/** A new organisation, PENDING moderation, with its creator as ADMIN and its territories of action. */
export async function createOrganisation(
  principal: Principal,
  input: OrganisationCreate,
  context: MutationContext = {},
): Promise<{ id: string; slug: string }> {
  assertCan(principal, "actor.create");
  requirePrincipal(principal);
  const base = baseSlug(input.name);
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await db.$transaction(async (tx) => {
        if (input.siren && (await tx.actor.findUnique({ where: { siren: input.siren }, select: { id: true } }))) {
          throw new ValidationError({ siren: [m.sirenTaken] });
        }
        // An unknown territory is a field error (the schema already asked for at least one).
        const territories = await resolveTerritoryParams(tx, input.territories, organisationProfileCopy.messages.territoryInvalid);
        if (territories.length === 0) throw new ValidationError({ territories: [m.territoriesRequired] });
        const taken = await tx.actor.findMany({ where: { slug: { startsWith: base } }, select: { slug: true } });
        const actor = await tx.actor.create({
          data: {
            name: input.name,
            kind: input.kind,
            slug: nextFreeSlug(
              base,
              taken.map((row) => row.slug),
            ),
            searchKey: buildSearchKey(input.name, input.description ?? ""),
            siren: input.siren ?? null,
            description: input.description,
            website: input.website ?? null,
            contactEmail: input.contactEmail ?? null,
            status: "PENDING",
            territories: { create: territories.map((territory) => ({ territoryId: territory.id })) },
          },
          select: { id: true, slug: true },
        });
        await tx.membership.create({ data: { userId: principal.id, actorId: actor.id, role: "ADMIN" } });
        await writeAudit(tx, {
          userId: principal.id,
          action: "actor.created",
          entity: "Actor",
          entityId: actor.id,
          summary: `Création de l'organisation « ${input.name} » (en attente de validation)`,
          ip: context.ip,
        });
        return actor;
      });
    } catch (error) {
      // Two sign-ups racing for the same SIREN or slug: the database has the last word.
      if (uniqueViolationOn(error, "siren")) throw new ValidationError({ siren: [m.sirenTaken] });
      if (uniqueViolationOn(error, "slug") && attempt < SLUG_ATTEMPTS) continue;
      throw error;
    }
  }
}

// ───────────── Invitations ─────────────

/** Invites an address by e-mail; a new invitation to the same address replaces the open one. */
export async function inviteMember(principal: Principal, input: InvitationCreate, context: InviteContext): Promise<{ invitationId: string }> {
  const now = context.now ?? new Date();
  const token = createToken();
  const sent = await db.$transaction(async (tx) => {
    const actor = await lockOrganisation(tx, input.actorId);
    await authorize(tx, principal, "membership.invite", actor.id);
    requirePrincipal(principal);
    const sameAddress = { equals: input.email, mode: "insensitive" } as const;
    if (await tx.membership.findFirst({ where: { actorId: actor.id, user: { email: sameAddress } }, select: { userId: true } })) {
      throw new ValidationError({ email: [m.alreadyMember] });
    }
    // Counted before any write: a refused invitation leaves nothing behind (the hit itself, on
    // its own connection, stays counted even though this transaction rolls back).
    const pass = await reserveMailQuota({ userId: principal.id }, [input.email]);
    await tx.invitation.updateMany({ where: { actorId: actor.id, email: sameAddress, acceptedAt: null, revokedAt: null }, data: { revokedAt: now } });
    const invitation = await tx.invitation.create({
      data: {
        actorId: actor.id,
        email: input.email,
        role: input.role,
        tokenHash: hashToken(token),
        expiresAt: expiresAtFrom(TOKEN_TTL.invitation, now),
        invitedById: principal.id,
      },
      select: { id: true },
    });
    await writeAudit(tx, {
      userId: principal.id,
      action: "invitation.sent",
      entity: "Invitation",
      entityId: invitation.id,
      summary: `Invitation de ${input.email} comme ${roleName(input.role)} dans « ${actor.name} »`,
      ip: context.ip,
    });
    // In-app only: the invitation e-mail below (with its link) is always sent, account or not.
    await notify(tx, {
      emails: [input.email],
      kind: "organisation.invitation",
      title: notificationsCopy.producers.organisationInvitation(actor.name),
      body: notificationsCopy.producers.organisationInvitationBody,
      href: paths.workspace(),
      email: "none",
    });
    const inviter = await tx.user.findUnique({ where: { id: principal.id }, select: { name: true } });
    // Queued in this transaction: a rolled-back invitation never leaves a working link in a mailbox.
    const url = `${context.baseUrl.replace(/\/+$/, "")}${paths.invitation(token)}`;
    await sendMail(
      { to: input.email, ...invitationEmail({ url, organisationName: actor.name, inviterName: inviter?.name ?? null, role: input.role }) },
      { pass, tx },
    );
    return { invitationId: invitation.id };
  });
  return { invitationId: sent.invitationId };
}

export async function revokeInvitation(principal: Principal, input: { actorId: string; invitationId: string }, context: MutationContext = {}): Promise<void> {
  const now = context.now ?? new Date();
  await db.$transaction(async (tx) => {
    await authorize(tx, principal, "membership.invite", input.actorId);
    const { count } = await tx.invitation.updateMany({
      where: { id: input.invitationId, actorId: input.actorId, acceptedAt: null, revokedAt: null },
      data: { revokedAt: now },
    });
    if (count === 0) throw new NotFoundError(m.invitationNotFound);
    await writeAudit(tx, {
      userId: principal?.id ?? null,
      action: "invitation.revoked",
      entity: "Invitation",
      entityId: input.invitationId,
      summary: "Invitation annulée",
      ip: context.ip,
    });
  });
}

const problemErrors = {
  accepted: () => new ConflictError(m.invitationAccepted),
  revoked: () => new ConflictError(m.invitationRevoked),
  expired: () => new ConflictError(m.invitationExpired),
} as const;

/**
 * Accepts an invitation addressed to the principal's e-mail, from its link (token) or from the
 * workspace (id). Single use: of two concurrent acceptances only one updates the row. Returns
 * the organisation's id.
 */
export async function acceptInvitation(principal: Principal, lookup: InvitationAccept, context: MutationContext = {}): Promise<{ actorId: string }> {
  requirePrincipal(principal);
  const now = context.now ?? new Date();
  const byToken = "token" in lookup;
  if (byToken && !isWellFormedToken(lookup.token)) throw new NotFoundError(m.invitationInvalid);
  return db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: principal.id }, select: { email: true } });
    if (!user) throw new ForbiddenError();
    const invitation = await tx.invitation.findUnique({
      where: byToken ? { tokenHash: hashToken(lookup.token) } : { id: lookup.invitationId },
      select: { id: true, actorId: true, email: true, role: true, expiresAt: true, acceptedAt: true, revokedAt: true, actor: { select: { name: true } } },
    });
    if (!invitation) throw new NotFoundError(byToken ? m.invitationInvalid : m.invitationNotFound);
    const problem = invitationProblem(invitation, user.email, now);
    if (problem === "wrong-email") {
      // By id, someone else's invitation is simply not found: its address is not revealed.
      throw byToken ? new ForbiddenError(m.invitationWrongEmail(invitation.email)) : new NotFoundError(m.invitationNotFound);
    }
    if (problem) throw problemErrors[problem]();

    const { count } = await tx.invitation.updateMany({
      where: { id: invitation.id, acceptedAt: null, revokedAt: null, expiresAt: { gt: now } },
      data: { acceptedAt: now },
    });
    if (count === 0) throw new ConflictError(m.invitationAccepted);

    const key = { userId_actorId: { userId: principal.id, actorId: invitation.actorId } };
    const current = await tx.membership.findUnique({ where: key, select: { role: true } });
    const role = roleAfterAcceptance(current?.role ?? null, invitation.role);
    await tx.membership.upsert({ where: key, create: { userId: principal.id, actorId: invitation.actorId, role }, update: { role } });
    await writeAudit(tx, {
      userId: principal.id,
      action: "invitation.accepted",
      entity: "Invitation",
      entityId: invitation.id,
      summary: `Invitation acceptée : ${roleName(role)} de « ${invitation.actor.name} »`,
      ip: context.ip,
    });
    return { actorId: invitation.actorId };
  });
}

// ───────────── Members ─────────────

async function findMember(tx: Tx, actorId: string, userId: string) {
  const member = await tx.membership.findUnique({ where: { userId_actorId: { userId, actorId } }, select: { role: true } });
  if (!member) throw new NotFoundError(m.memberNotFound);
  return member;
}

async function assertKeepsAnAdmin(tx: Tx, principal: Principal, actorId: string, userId: string, current: MembershipRole, next: MembershipRole | null) {
  const adminCount = await tx.membership.count({ where: { actorId, role: "ADMIN" } });
  if (!keepsAnAdmin(adminCount, current, next)) throw new ConflictError(userId === principal?.id ? m.lastAdmin : m.lastAdminOther);
}

/** Returns false when the member already had that role (nothing is written). */
export async function changeMemberRole(principal: Principal, input: MemberRoleChange, context: MutationContext = {}): Promise<boolean> {
  return db.$transaction(async (tx) => {
    await lockOrganisation(tx, input.actorId);
    await authorize(tx, principal, "membership.update", input.actorId);
    const member = await findMember(tx, input.actorId, input.userId);
    if (member.role === input.role) return false;
    await assertKeepsAnAdmin(tx, principal, input.actorId, input.userId, member.role, input.role);
    await tx.membership.update({ where: { userId_actorId: { userId: input.userId, actorId: input.actorId } }, data: { role: input.role } });
    await writeAudit(tx, {
      userId: principal?.id ?? null,
      action: "membership.role.changed",
      entity: "Membership",
      entityId: `${input.actorId}:${input.userId}`,
      summary: `Rôle changé : ${roleName(member.role)} → ${roleName(input.role)}`,
      ip: context.ip,
    });
    return true;
  });
}

export async function removeMember(principal: Principal, input: { actorId: string; userId: string }, context: MutationContext = {}): Promise<void> {
  await db.$transaction(async (tx) => {
    await lockOrganisation(tx, input.actorId);
    await authorize(tx, principal, "membership.remove", input.actorId);
    const member = await findMember(tx, input.actorId, input.userId);
    await assertKeepsAnAdmin(tx, principal, input.actorId, input.userId, member.role, null);
    await tx.membership.delete({ where: { userId_actorId: { userId: input.userId, actorId: input.actorId } } });
    await writeAudit(tx, {
      userId: principal?.id ?? null,
      action: "membership.removed",
      entity: "Membership",
      entityId: `${input.actorId}:${input.userId}`,
      summary: `Retrait d'un membre (${roleName(member.role)})`,
      ip: context.ip,
    });
  });
}

export async function leaveOrganisation(principal: Principal, input: { actorId: string }, context: MutationContext = {}): Promise<void> {
  requirePrincipal(principal);
  await db.$transaction(async (tx) => {
    await lockOrganisation(tx, input.actorId);
    const scope = await getActorScope(principal, input.actorId, tx);
    if (!scope.membershipRole) throw new NotFoundError(m.memberNotFound);
    // `can` refuses this too; checked first for the message that says what to do.
    if (scope.isLastAdmin) throw new ConflictError(m.lastAdmin);
    assertCan(principal, "membership.leave", scope);
    await tx.membership.delete({ where: { userId_actorId: { userId: principal.id, actorId: input.actorId } } });
    await writeAudit(tx, {
      userId: principal.id,
      action: "membership.left",
      entity: "Membership",
      entityId: `${input.actorId}:${principal.id}`,
      summary: "Départ de l'organisation",
      ip: context.ip,
    });
  });
}

// Reads of the organisations domain, scoped to the caller: an organisation and its members are
// only ever read through a membership of the principal (platform staff and admins excepted), so
// a forged id finds nothing rather than someone else's data.
import "server-only";
import type { ActorKind, MembershipRole, ModerationStatus, Prisma } from "@/generated/prisma/client";
import { can, type Principal, type Scope } from "@/lib/auth/permissions";
import { hashToken, isWellFormedToken } from "@/lib/auth/tokens";
import { db } from "@/lib/db";
import { sortByFrench } from "@/lib/text/sort";
import { invitationProblem, shortDescription, type InvitationProblem } from "./organisations";

/** Staff and platform admins read any organisation (moderation, support); others their own. */
function isPlatformReader(principal: NonNullable<Principal>): boolean {
  return principal.platformRole === "STAFF" || principal.platformRole === "ADMIN";
}

function visibleTo(principal: NonNullable<Principal>, id: string): Prisma.ActorWhereInput {
  return isPlatformReader(principal) ? { id } : { id, memberships: { some: { userId: principal.id } } };
}

export type OrganisationView = {
  id: string;
  name: string;
  slug: string;
  kind: ActorKind;
  siren: string | null;
  description: string;
  website: string | null;
  contactEmail: string | null;
  status: ModerationStatus;
  moderationReason: string | null;
  createdAt: Date;
  memberCount: number;
  /** The viewer's standing, for `can` (membershipRole null for staff who are not members). */
  scope: Scope;
};

/** The organisation as its members (and staff) see it, or null: the page then calls notFound(). */
export async function getOrganisationForViewer(principal: Principal, id: string): Promise<OrganisationView | null> {
  if (!principal || id.length > 64) return null;
  const actor = await db.actor.findFirst({
    where: visibleTo(principal, id),
    select: {
      id: true,
      name: true,
      slug: true,
      kind: true,
      siren: true,
      description: true,
      website: true,
      contactEmail: true,
      status: true,
      moderationReason: true,
      createdAt: true,
      _count: { select: { memberships: true } },
      memberships: { where: { userId: principal.id }, select: { role: true } },
    },
  });
  if (!actor) return null;
  const role = actor.memberships[0]?.role ?? null;
  const adminCount = role === "ADMIN" ? await db.membership.count({ where: { actorId: actor.id, role: "ADMIN" } }) : 0;
  const scope: Scope = { actorId: actor.id, membershipRole: role, isLastAdmin: role === "ADMIN" && adminCount <= 1 };
  if (!can(principal, "actor.read", scope)) return null;
  const { _count, memberships: _mine, ...fields } = actor;
  return { ...fields, memberCount: _count.memberships, scope };
}

export type MemberRow = { userId: string; name: string | null; email: string; role: MembershipRole; since: Date };

/** Members of an organisation the principal may read; empty for anyone else. */
export async function listMembers(principal: Principal, actorId: string): Promise<MemberRow[]> {
  if (!principal) return [];
  const rows = await db.membership.findMany({
    where: { actorId, actor: visibleTo(principal, actorId) },
    select: { userId: true, role: true, createdAt: true, user: { select: { name: true, email: true } } },
    orderBy: [{ role: "desc" }, { createdAt: "asc" }],
  });
  return rows.map((row) => ({ userId: row.userId, name: row.user.name, email: row.user.email, role: row.role, since: row.createdAt }));
}

export type PendingInvitationRow = { id: string; email: string; role: MembershipRole; expiresAt: Date; createdAt: Date };

/** Open invitations of an organisation, for those who may manage them (its admins). */
export async function listPendingInvitations(principal: Principal, actorId: string, now: Date = new Date()): Promise<PendingInvitationRow[]> {
  if (!principal) return [];
  const membership = await db.membership.findUnique({ where: { userId_actorId: { userId: principal.id, actorId } }, select: { role: true } });
  if (!can(principal, "membership.invite", { actorId, membershipRole: membership?.role ?? null })) return [];
  return db.invitation.findMany({
    where: { actorId, acceptedAt: null, revokedAt: null, expiresAt: { gt: now } },
    select: { id: true, email: true, role: true, expiresAt: true, createdAt: true },
    orderBy: { createdAt: "desc" },
  });
}

export type MyOrganisation = { id: string; name: string; kind: ActorKind; status: ModerationStatus; role: MembershipRole };

/** The organisations a user belongs to, with their role: for the workspace dashboard. */
export async function listMyOrganisations(userId: string): Promise<MyOrganisation[]> {
  const rows = await db.membership.findMany({
    where: { userId },
    select: { role: true, actor: { select: { id: true, name: true, kind: true, status: true } } },
  });
  return sortByFrench(
    rows.map(({ role, actor }) => ({ ...actor, role })),
    (organisation) => organisation.name,
  );
}

/**
 * What an invitation says before it is accepted (issue #19): who invites, with which role, and what
 * the organisation is. Shown to the invitee only (the link's token, or their own address).
 */
export type InvitationDetails = {
  organisationName: string;
  organisationKind: ActorKind;
  /** The start of its presentation (shortDescription), "" when it has none. */
  description: string;
  /** The first territories of action by name, and how many it has in all. */
  territories: string[];
  territoryCount: number;
  inviterName: string | null;
  role: MembershipRole;
  expiresAt: Date;
};

const INVITATION_TERRITORIES_SHOWN = 5;

const invitationDetailsSelect = {
  role: true,
  expiresAt: true,
  invitedBy: { select: { name: true } },
  actor: {
    select: {
      name: true,
      kind: true,
      description: true,
      territories: { select: { territory: { select: { name: true } } }, orderBy: { territory: { searchKey: "asc" } }, take: INVITATION_TERRITORIES_SHOWN },
      _count: { select: { territories: true } },
    },
  },
} as const satisfies Prisma.InvitationSelect;

type InvitationDetailsRow = Prisma.InvitationGetPayload<{ select: typeof invitationDetailsSelect }>;

function invitationDetails(row: InvitationDetailsRow): InvitationDetails {
  return {
    organisationName: row.actor.name,
    organisationKind: row.actor.kind,
    description: shortDescription(row.actor.description),
    territories: row.actor.territories.map((link) => link.territory.name),
    territoryCount: row.actor._count.territories,
    inviterName: row.invitedBy.name,
    role: row.role,
    expiresAt: row.expiresAt,
  };
}

export type MyInvitation = InvitationDetails & { id: string };

/** Open invitations addressed to an e-mail (case-insensitive): for the workspace dashboard. */
export async function listMyPendingInvitations(email: string, now: Date = new Date()): Promise<MyInvitation[]> {
  const rows = await db.invitation.findMany({
    where: { email: { equals: email.trim(), mode: "insensitive" }, acceptedAt: null, revokedAt: null, expiresAt: { gt: now } },
    select: { id: true, ...invitationDetailsSelect },
    orderBy: { createdAt: "desc" },
  });
  return rows.map((row) => ({ id: row.id, ...invitationDetails(row) }));
}

export type InvitationPreview = { state: "invalid" } | ({ state: "valid" | Exclude<InvitationProblem, "wrong-email">; email: string } & InvitationDetails);

/**
 * What the invitation link shows, without using it up (mail scanners follow links): whom it
 * invites, to which organisation, and whether it can still be accepted.
 */
export async function getInvitationPreview(token: string, now: Date = new Date()): Promise<InvitationPreview> {
  if (!isWellFormedToken(token)) return { state: "invalid" };
  const invitation = await db.invitation.findUnique({
    where: { tokenHash: hashToken(token) },
    select: { email: true, acceptedAt: true, revokedAt: true, ...invitationDetailsSelect },
  });
  if (!invitation) return { state: "invalid" };
  const problem = invitationProblem(invitation, null, now);
  return { state: problem === null || problem === "wrong-email" ? "valid" : problem, email: invitation.email, ...invitationDetails(invitation) };
}

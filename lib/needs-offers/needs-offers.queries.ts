// Reads of needs and offers for the workspace, scoped to the caller: a need/offer is only read
// through a membership of the principal in its organisation (platform staff and admins excepted),
// so a forged id finds nothing rather than someone else's data.
import "server-only";
import type { AllianceMode, MecenatKind, ModerationStatus, Prisma, TerritoryKind, Theme } from "@/generated/prisma/client";
import { can, type Principal, type Scope } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { sortByFrench } from "@/lib/text/sort";
import type { NeedOfferKind } from "./needs-offers";
import { tableOf } from "./needs-offers.db";

export type NeedOfferRow = {
  id: string;
  kind: NeedOfferKind;
  title: string;
  status: ModerationStatus;
  /** Kept by a staff unpublication: the list says « Dépublié par l'équipe ». */
  moderationReason: string | null;
  validUntil: Date | null;
  mode: AllianceMode;
  theme: Theme;
  territoryName: string;
};

export type OrganisationNeedsOffers = { id: string; name: string; needs: NeedOfferRow[]; offers: NeedOfferRow[] };

const LIST_LIMIT = 100;
const rowSelect = {
  id: true,
  title: true,
  status: true,
  moderationReason: true,
  validUntil: true,
  mode: true,
  theme: true,
  territory: { select: { name: true } },
} as const;

/** The needs and offers of each organisation the user belongs to, newest first. */
export async function listMyNeedsOffers(userId: string): Promise<OrganisationNeedsOffers[]> {
  const actors = await db.actor.findMany({
    where: { memberships: { some: { userId } } },
    select: {
      id: true,
      name: true,
      needs: { select: rowSelect, orderBy: { createdAt: "desc" }, take: LIST_LIMIT },
      offers: { select: rowSelect, orderBy: { createdAt: "desc" }, take: LIST_LIMIT },
    },
  });
  const toRow =
    (kind: NeedOfferKind) =>
    ({ territory, ...row }: (typeof actors)[number]["needs"][number]): NeedOfferRow => ({ ...row, kind, territoryName: territory.name });
  return sortByFrench(actors, (actor) => actor.name).map((actor) => ({
    id: actor.id,
    name: actor.name,
    needs: actor.needs.map(toRow("need")),
    offers: actor.offers.map(toRow("offer")),
  }));
}

export type NeedOfferDetail = {
  id: string;
  kind: NeedOfferKind;
  title: string;
  description: string;
  mode: AllianceMode;
  mecenatKind: MecenatKind | null;
  theme: Theme;
  sdgTargetCode: string | null;
  validUntil: Date | null;
  status: ModerationStatus;
  /** Why the team refused it (until it is approved). */
  moderationReason: string | null;
  /** `verified`: its edits of a published need/offer skip moderation (statusAfterEdit). */
  actor: { id: string; name: string; verified: boolean };
  territory: { id: number; kind: TerritoryKind; code: string; name: string };
  /** The viewer's standing in the organisation, for `can`. */
  scope: Scope;
};

function visibleTo(principal: NonNullable<Principal>): Prisma.NeedWhereInput {
  const isPlatformReader = principal.platformRole === "STAFF" || principal.platformRole === "ADMIN";
  return isPlatformReader ? {} : { actor: { memberships: { some: { userId: principal.id } } } };
}

/** A need/offer as its organisation's members see it, or null (the page then calls notFound()). */
export async function getNeedOfferForMember(principal: Principal, kind: NeedOfferKind, id: string): Promise<NeedOfferDetail | null> {
  if (!principal || id.length > 64) return null;
  const row = await tableOf(db, kind).findFirst({
    where: { id, ...visibleTo(principal) },
    select: {
      id: true,
      title: true,
      description: true,
      mode: true,
      mecenatKind: true,
      theme: true,
      sdgTargetCode: true,
      validUntil: true,
      status: true,
      moderationReason: true,
      actor: { select: { id: true, name: true, verified: true, memberships: { where: { userId: principal.id }, select: { role: true } } } },
      territory: { select: { id: true, kind: true, code: true, name: true } },
    },
  });
  if (!row) return null;
  const { memberships, ...actor } = row.actor;
  const scope: Scope = { actorId: actor.id, membershipRole: memberships[0]?.role ?? null };
  if (!can(principal, "actor.read", scope)) return null;
  return { ...row, kind, actor, scope };
}

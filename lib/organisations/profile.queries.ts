// Reads of the organisation profile editor and of the logo route, scoped to the caller: the
// editor's data only for those who may update the profile (the organisation's admins, platform
// admins); a logo for everyone once the profile is published, else for members and staff only.
import "server-only";
import type { ActorKind, ModerationStatus } from "@/generated/prisma/client";
import { can, type Principal, type Scope } from "@/lib/auth/permissions";
import { getActorScope } from "@/lib/auth/scope.queries";
import { db } from "@/lib/db";
import { toTerritoryParam } from "@/lib/directory/directory";
import { labels } from "@/lib/labels";
import { paths } from "@/lib/paths";

export type ProfileTerritory = { param: string; name: string; kindLabel: string };

export type OrganisationProfileView = {
  id: string;
  name: string;
  slug: string;
  kind: ActorKind;
  description: string;
  website: string | null;
  contactEmail: string | null;
  contactPhone: string | null;
  /** The logo's URL (with its version) or null. */
  logoUrl: string | null;
  status: ModerationStatus;
  moderationReason: string | null;
  verified: boolean;
  version: number;
  territories: ProfileTerritory[];
  sdgs: number[];
  scope: Scope;
};

/** The last segment of the storage key: it changes with each new file. */
export function logoVersion(logoPath: string): string {
  return logoPath.slice(logoPath.lastIndexOf("/") + 1);
}

export function logoUrlOf(actorId: string, logoPath: string | null): string | null {
  return logoPath ? paths.organisationLogo(actorId, logoVersion(logoPath)) : null;
}

/** The profile as its editor shows it, or null (the page then calls notFound()). */
export async function getOrganisationProfileForEdit(principal: Principal, id: string): Promise<OrganisationProfileView | null> {
  if (!principal || id.length > 64) return null;
  const scope = await getActorScope(principal, id);
  if (!can(principal, "actor.update", scope)) return null;
  const actor = await db.actor.findUnique({
    where: { id },
    select: {
      id: true,
      name: true,
      slug: true,
      kind: true,
      description: true,
      website: true,
      contactEmail: true,
      contactPhone: true,
      logoPath: true,
      status: true,
      moderationReason: true,
      verified: true,
      version: true,
      territories: { select: { territory: { select: { kind: true, code: true, name: true } } }, orderBy: { territory: { searchKey: "asc" } } },
      sdgs: { select: { sdgNumber: true }, orderBy: { sdgNumber: "asc" } },
    },
  });
  if (!actor) return null;
  const { logoPath, territories, sdgs, ...fields } = actor;
  return {
    ...fields,
    logoUrl: logoUrlOf(actor.id, logoPath),
    territories: territories.map(({ territory }) => ({
      param: toTerritoryParam(territory),
      name: territory.name,
      kindLabel: labels.territoryKinds[territory.kind].label,
    })),
    sdgs: sdgs.map((link) => link.sdgNumber),
    scope,
  };
}

export type ServableLogo = { storageKey: string; isPublic: boolean };

/**
 * The logo the route may serve: a published organisation's for everyone; otherwise only for
 * those who may read the organisation (its members, the team). Null for anything else, so that
 * an unpublished organisation's existence is not revealed.
 */
export async function getServableLogo(principal: Principal, actorId: string): Promise<ServableLogo | null> {
  if (actorId.length > 64) return null;
  const actor = await db.actor.findUnique({ where: { id: actorId }, select: { logoPath: true, status: true } });
  if (!actor?.logoPath) return null;
  if (actor.status === "PUBLISHED") return { storageKey: actor.logoPath, isPublic: true };
  if (!principal || !can(principal, "actor.read", await getActorScope(principal, actorId))) return null;
  return { storageKey: actor.logoPath, isPublic: false };
}

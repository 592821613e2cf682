// Reads of the requests to join an alliance: the asking side's page (its organisations and where
// each stands with the alliance) and the lead's list of pending requests. Both scoped to the
// principal's own memberships.
import "server-only";
import { assertCan, type Principal } from "@/lib/auth/permissions";
import { getActorScope } from "@/lib/auth/scope.queries";
import { db } from "@/lib/db";
import { compareFrench } from "@/lib/text/sort";

export type JoinStanding =
  { kind: "eligible" } | { kind: "lead" } | { kind: "partner" } | { kind: "invited" } | { kind: "pending"; since: Date } | { kind: "unpublished" };

export type JoinPage = {
  alliance: { id: string; slug: string; title: string; summary: string; leadName: string | null };
  organisations: { id: string; name: string; standing: JoinStanding }[];
};

/** A published alliance by its slug, with each of the principal's organisations' standing; null when there is none. */
export async function getJoinPage(principal: Principal, slug: string): Promise<JoinPage | null> {
  if (!principal) return null;
  const alliance = await db.alliance.findFirst({
    where: { slug, status: "PUBLISHED" },
    select: {
      id: true,
      slug: true,
      title: true,
      summary: true,
      partners: { where: { role: "LEAD", status: "CONFIRMED" }, select: { actor: { select: { name: true } } }, take: 1 },
    },
  });
  if (!alliance) return null;
  const memberships = await db.membership.findMany({
    where: { userId: principal.id },
    select: {
      actor: {
        select: {
          id: true,
          name: true,
          status: true,
          partners: { where: { allianceId: alliance.id }, select: { role: true, status: true } },
          allianceJoinRequests: { where: { allianceId: alliance.id, status: "PENDING" }, select: { createdAt: true } },
        },
      },
    },
  });
  const organisations = memberships
    .map(({ actor }) => ({ id: actor.id, name: actor.name, standing: standingOf(actor) }))
    .sort((a, b) => compareFrench(a.name, b.name));
  const { partners, ...rest } = alliance;
  return { alliance: { ...rest, leadName: partners[0]?.actor.name ?? null }, organisations };
}

function standingOf(actor: { status: string; partners: { role: string; status: string }[]; allianceJoinRequests: { createdAt: Date }[] }): JoinStanding {
  const link = actor.partners[0];
  if (link?.role === "LEAD") return { kind: "lead" };
  if (link?.status === "CONFIRMED") return { kind: "partner" };
  if (link?.status === "INVITED") return { kind: "invited" };
  if (actor.allianceJoinRequests[0]) return { kind: "pending", since: actor.allianceJoinRequests[0].createdAt };
  if (actor.status !== "PUBLISHED") return { kind: "unpublished" };
  return { kind: "eligible" };
}

export type PendingJoinRequest = { id: string; actorName: string; actorSlug: string; actorPublished: boolean; message: string; createdAt: Date };

/** The pending requests of an alliance, for the members of its lead organisation only. */
export async function listPendingJoinRequests(principal: Principal, allianceId: string): Promise<PendingJoinRequest[]> {
  const lead = await db.alliancePartner.findFirst({ where: { allianceId, role: "LEAD", status: "CONFIRMED" }, select: { actorId: true } });
  if (!lead) return [];
  assertCan(principal, "alliance.update", await getActorScope(principal, lead.actorId));
  const rows = await db.allianceJoinRequest.findMany({
    where: { allianceId, status: "PENDING" },
    select: { id: true, message: true, createdAt: true, actor: { select: { name: true, slug: true, status: true } } },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
  });
  return rows.map((row) => ({
    id: row.id,
    message: row.message,
    createdAt: row.createdAt,
    actorName: row.actor.name,
    actorSlug: row.actor.slug,
    actorPublished: row.actor.status === "PUBLISHED",
  }));
}

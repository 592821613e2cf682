// Reads of the alliances workspace, scoped to the caller: an alliance is only ever read through a
// partner link of one of the principal's organisations, so a forged id finds nothing. Members of
// an organisation that is only INVITED see a summary; confirmed partners see everything.
import "server-only";
import type { AllianceMode, AllianceStage, MecenatKind, MembershipRole, ModerationStatus, PartnerRole, PartnerStatus } from "@/generated/prisma/client";
import type { Principal } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { toTerritoryParam } from "@/lib/directory/directory";
import { labels } from "@/lib/labels";
import { toSearchKey } from "@/lib/text/search-key";
import { comparePartners } from "@/lib/alliances/partners";

export type MyAllianceItem = {
  id: string;
  title: string;
  stage: AllianceStage;
  status: ModerationStatus;
  /** My organisations' links to the alliance (DECLINED ones left out). */
  links: { actorId: string; actorName: string; role: PartnerRole; status: PartnerStatus }[];
};

export type MyAllianceGroups = { toConfirm: MyAllianceItem[]; active: MyAllianceItem[]; drafts: MyAllianceItem[] };

/** Alliances one of my organisations takes part in or is invited to, grouped for the list page. */
export async function listMyAlliances(userId: string): Promise<MyAllianceGroups> {
  const mine = { status: { in: ["INVITED", "CONFIRMED"] as PartnerStatus[] }, actor: { memberships: { some: { userId } } } };
  const rows = await db.alliance.findMany({
    where: { partners: { some: mine } },
    select: {
      id: true,
      title: true,
      stage: true,
      status: true,
      partners: { where: mine, select: { actorId: true, role: true, status: true, actor: { select: { name: true } } } },
    },
    orderBy: [{ updatedAt: "desc" }, { id: "asc" }],
  });
  const groups: MyAllianceGroups = { toConfirm: [], active: [], drafts: [] };
  for (const row of rows) {
    const item: MyAllianceItem = {
      id: row.id,
      title: row.title,
      stage: row.stage,
      status: row.status,
      links: row.partners.map((p) => ({ actorId: p.actorId, actorName: p.actor.name, role: p.role, status: p.status })),
    };
    if (!item.links.some((link) => link.status === "CONFIRMED")) groups.toConfirm.push(item);
    else if (item.status === "PUBLISHED") groups.active.push(item);
    else groups.drafts.push(item);
  }
  return groups;
}

export type ViewerStanding = {
  /** My organisations that are confirmed partners, with my role in each. */
  confirmed: { actorId: string; actorName: string; membershipRole: MembershipRole }[];
  /** My organisations that are invited and have not answered, with the role the lead wrote for them. */
  invited: { actorId: string; actorName: string; roleLabel: string | null }[];
  isLeadMember: boolean;
  isLeadAdmin: boolean;
};

async function standingOf(userId: string, allianceId: string): Promise<ViewerStanding & { leadActorId: string | null }> {
  const links = await db.alliancePartner.findMany({
    where: { allianceId, status: { in: ["INVITED", "CONFIRMED"] }, actor: { memberships: { some: { userId } } } },
    select: {
      actorId: true,
      role: true,
      status: true,
      roleLabel: true,
      actor: { select: { name: true, memberships: { where: { userId }, select: { role: true } } } },
    },
  });
  const confirmed = links
    .filter((link) => link.status === "CONFIRMED")
    .map((link) => ({ actorId: link.actorId, actorName: link.actor.name, membershipRole: link.actor.memberships[0]?.role ?? "MEMBER", role: link.role }));
  const lead = confirmed.find((link) => link.role === "LEAD");
  return {
    confirmed: confirmed.map(({ role: _role, ...rest }) => rest),
    invited: links
      .filter((link) => link.status === "INVITED")
      .map((link) => ({ actorId: link.actorId, actorName: link.actor.name, roleLabel: link.roleLabel })),
    isLeadMember: Boolean(lead),
    isLeadAdmin: lead?.membershipRole === "ADMIN",
    leadActorId: lead?.actorId ?? null,
  };
}

/**
 * What an invited organisation sees before it answers: who invites (the lead), what the alliance
 * is (summary, mode, stage, dates) and with whom (the partners, invited ones included); never the
 * description, results, timeline or ratings, which are the confirmed partners'.
 */
export type AllianceSummaryView = {
  id: string;
  title: string;
  summary: string;
  mode: AllianceMode;
  mecenatKind: MecenatKind | null;
  stage: AllianceStage;
  startDate: Date | null;
  endDate: Date | null;
  leadName: string | null;
  partners: { actorId: string; name: string; role: PartnerRole; status: PartnerStatus; roleLabel: string | null }[];
};

export type WorkspaceAllianceView = AllianceSummaryView & {
  description: string;
  results: string;
  status: ModerationStatus;
  /** Whether the lead organisation is verified: its edits of a published alliance skip moderation. */
  leadVerified: boolean;
  moderationReason: string | null;
  slug: string;
  version: number;
  territories: { param: string; name: string; kindLabel: string }[];
  targetCodes: string[];
  events: { id: string; fromStage: AllianceStage | null; toStage: AllianceStage | null; comment: string; authorName: string | null; createdAt: Date }[];
  ratings: { actorId: string; actorName: string; raterName: string | null; innovation: number; performance: number; confiance: number; comment: string }[];
};

export type AllianceForViewer =
  | { access: "partner"; standing: ViewerStanding; alliance: WorkspaceAllianceView }
  | { access: "invited"; standing: ViewerStanding; alliance: AllianceSummaryView };

/** The alliance as my organisations may see it, or null (the page then calls notFound()). */
export async function getAllianceForViewer(principal: Principal, id: string): Promise<AllianceForViewer | null> {
  if (!principal || id.length > 64) return null;
  const { leadActorId: _lead, ...standing } = await standingOf(principal.id, id);
  if (standing.confirmed.length === 0 && standing.invited.length === 0) return null;
  const row = await db.alliance.findUnique({
    where: { id },
    select: {
      id: true,
      title: true,
      slug: true,
      summary: true,
      description: true,
      mode: true,
      mecenatKind: true,
      stage: true,
      startDate: true,
      endDate: true,
      results: true,
      status: true,
      moderationReason: true,
      version: true,
      partners: {
        where: { status: { not: "DECLINED" } },
        select: { actorId: true, role: true, status: true, roleLabel: true, actor: { select: { name: true, verified: true } } },
        orderBy: [{ role: "asc" }, { actor: { name: "asc" } }],
      },
      territories: { select: { territory: { select: { kind: true, code: true, name: true } } }, orderBy: { territory: { searchKey: "asc" } } },
      targets: { select: { targetCode: true } },
      events: {
        select: { id: true, fromStage: true, toStage: true, comment: true, authorId: true, createdAt: true },
        orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      },
      ratings: {
        select: { actorId: true, innovation: true, performance: true, confiance: true, comment: true, user: { select: { name: true, email: true } } },
      },
    },
  });
  if (!row) return null;
  const leadName = row.partners.find((p) => p.role === "LEAD")?.actor.name ?? null;
  const summary: AllianceSummaryView = {
    id: row.id,
    title: row.title,
    summary: row.summary,
    mode: row.mode,
    mecenatKind: row.mecenatKind,
    stage: row.stage,
    startDate: row.startDate,
    endDate: row.endDate,
    leadName,
    // By role (the database's enum order), then name in French order.
    partners: row.partners
      .map((p) => ({ actorId: p.actorId, name: p.actor.name, role: p.role, status: p.status, roleLabel: p.roleLabel }))
      .sort(comparePartners),
  };
  if (standing.confirmed.length === 0) return { access: "invited", standing, alliance: summary };

  const authorIds = [...new Set(row.events.map((event) => event.authorId).filter((value): value is string => Boolean(value)))];
  const authors = new Map(
    (await db.user.findMany({ where: { id: { in: authorIds } }, select: { id: true, name: true, email: true } })).map((u) => [u.id, u.name ?? u.email]),
  );
  const partnerNames = new Map(row.partners.map((p) => [p.actorId, p.actor.name]));
  const targetOrder = (code: string) => Number(code.split(".")[1]);
  return {
    access: "partner",
    standing,
    alliance: {
      ...summary,
      description: row.description,
      results: row.results,
      status: row.status,
      leadVerified: row.partners.some((p) => p.role === "LEAD" && p.status === "CONFIRMED" && p.actor.verified),
      moderationReason: row.moderationReason,
      slug: row.slug,
      version: row.version,
      territories: row.territories.map(({ territory }) => ({
        param: toTerritoryParam(territory),
        name: territory.name,
        kindLabel: labels.territoryKinds[territory.kind].label,
      })),
      targetCodes: row.targets.map((t) => t.targetCode).sort((a, b) => targetOrder(a) - targetOrder(b)),
      events: row.events.map(({ authorId, ...event }) => ({ ...event, authorName: authorId ? (authors.get(authorId) ?? null) : null })),
      // Ratings of organisations that are no longer confirmed partners are not shown.
      ratings: row.ratings
        .filter((rating) => row.partners.some((p) => p.actorId === rating.actorId && p.status === "CONFIRMED"))
        .map(({ user, ...rating }) => ({ ...rating, actorName: partnerNames.get(rating.actorId) ?? "", raterName: user.name ?? user.email })),
    },
  };
}

/** The 19 targets of SDG 17 for the form's checkboxes, in official order. */
export async function listSdg17Targets(): Promise<{ code: string; text: string }[]> {
  return db.sdgTarget.findMany({ where: { sdgNumber: 17 }, select: { code: true, text: true }, orderBy: { position: "asc" } });
}

/** Published organisations matching a name that are not yet linked to the alliance. */
export async function searchInvitableActors(allianceId: string, q: string): Promise<{ id: string; name: string; kindLabel: string }[]> {
  const key = toSearchKey(q);
  if (key.length < 2) return [];
  const rows = await db.actor.findMany({
    where: {
      status: "PUBLISHED",
      // By name: the accent-free key starts with the name, then the raw name for inner words.
      OR: [{ searchKey: { startsWith: key } }, { name: { contains: q.trim(), mode: "insensitive" } }],
      partners: { none: { allianceId, status: { not: "DECLINED" } } },
    },
    select: { id: true, name: true, kind: true },
    // The accent-free key starts with the name: French order without an ICU sort.
    orderBy: { searchKey: "asc" },
    take: 10,
  });
  return rows.map((row) => ({ id: row.id, name: row.name, kindLabel: labels.organisations.kinds[row.kind] }));
}

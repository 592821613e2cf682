// Reads of the networks domain. An organisation's own network page is read through its
// membership; a team's data is read by its head only through an ACCEPTED link (network.read with
// `networkTeamLinked` loaded here from NetworkLink), so a forged team id finds nothing.
import "server-only";
import type { AllianceStage, Prisma, Theme } from "@/generated/prisma/client";
import { can, type Principal, type Scope } from "@/lib/auth/permissions";
import { getActorScope } from "@/lib/auth/scope.queries";
import { readStoredResult } from "@/lib/diagnostics/report";
import { db } from "@/lib/db";
import { sortByFrench } from "@/lib/text/sort";
import { NotFoundError } from "@/lib/errors";
import { labels } from "@/lib/labels";
import { toSearchKey } from "@/lib/text/search-key";
import { latestByActor, type TeamTerritory } from "./dashboard";
import type { NetworkSide } from "./rules";

const ID_MAX_LENGTH = 64;
const FINISHED = ["COMPLETED", "PUBLISHED"] as const;

/**
 * The principal's standing in the head `headId`, plus whether `teamId` is its team by an accepted
 * link (for ALL: whether it has any). Pass the transaction client inside a mutation.
 */
export async function getNetworkScope(principal: Principal, headId: string, teamId: string | "ALL", client: Prisma.TransactionClient = db): Promise<Scope> {
  const scope = await getActorScope(principal, headId, client);
  const where = teamId === "ALL" ? { headId, status: "ACCEPTED" as const } : { headId, teamId, status: "ACCEPTED" as const };
  const linked = (await client.networkLink.count({ where })) > 0;
  return { ...scope, networkTeamLinked: linked };
}

export type NetworkRequestRow = {
  linkId: string;
  other: { id: string; name: string };
  /** What the other organisation would be for this one. */
  otherSide: NetworkSide;
  message: string;
  createdAt: Date;
  /** Who asked (their name, never their address), for the side that decides. */
  requester: string | null;
  /** The network the link is about: its head and how many local teams it has now. */
  network: { headName: string; kindLabel: string; teamCount: number };
};

export type NetworkOverview = {
  head: { linkId: string; id: string; name: string } | null;
  incoming: NetworkRequestRow[];
  outgoing: NetworkRequestRow[];
};

/** The links of an organisation as its members see them; empty for anyone else. */
export async function getNetworkOverview(principal: Principal, actorId: string): Promise<NetworkOverview> {
  const empty: NetworkOverview = { head: null, incoming: [], outgoing: [] };
  if (!principal || actorId.length > ID_MAX_LENGTH || !can(principal, "actor.read", await getActorScope(principal, actorId))) return empty;
  const links = await db.networkLink.findMany({
    where: { OR: [{ headId: actorId }, { teamId: actorId }], status: { in: ["PENDING", "ACCEPTED"] } },
    select: {
      id: true,
      headId: true,
      teamId: true,
      status: true,
      requestedBy: true,
      message: true,
      createdAt: true,
      requestedByUser: { select: { name: true } },
      head: { select: { id: true, name: true, kind: true, _count: { select: { networkTeams: { where: { status: "ACCEPTED" } } } } } },
      team: { select: { id: true, name: true } },
    },
    orderBy: { createdAt: "desc" },
  });
  const overview: NetworkOverview = { head: null, incoming: [], outgoing: [] };
  for (const link of links) {
    const mySide: NetworkSide = link.headId === actorId ? "HEAD" : "TEAM";
    if (link.status === "ACCEPTED") {
      if (mySide === "TEAM") overview.head = { linkId: link.id, id: link.head.id, name: link.head.name };
      continue;
    }
    const row: NetworkRequestRow = {
      linkId: link.id,
      other: mySide === "HEAD" ? link.team : { id: link.head.id, name: link.head.name },
      otherSide: mySide === "HEAD" ? "TEAM" : "HEAD",
      message: link.message,
      createdAt: link.createdAt,
      requester: link.requestedByUser?.name ?? null,
      network: { headName: link.head.name, kindLabel: labels.organisations.kinds[link.head.kind], teamCount: link.head._count.networkTeams },
    };
    (link.requestedBy === mySide ? overview.outgoing : overview.incoming).push(row);
  }
  return overview;
}

export type NetworkTeamRow = {
  linkId: string;
  id: string;
  name: string;
  territories: TeamTerritory[];
  latest: { level: number; levelName: string; priorities: Theme[]; completedAt: Date | null } | null;
  alliancesByStage: Partial<Record<AllianceStage, number>>;
};

const territorySelect = {
  kind: true,
  code: true,
  name: true,
  region: { select: { code: true, name: true } },
  departement: { select: { code: true, name: true } },
} satisfies Prisma.TerritorySelect;

/** The head's teams with their territories, latest finished diagnostic and alliances by stage. */
export async function listNetworkTeams(principal: Principal, headId: string): Promise<NetworkTeamRow[]> {
  if (!principal || headId.length > ID_MAX_LENGTH) return [];
  const scope = await getActorScope(principal, headId);
  // Only accepted links are listed: the flag below is true for each of them, and `can` still
  // decides whether this principal reads the head's teams at all.
  if (!can(principal, "network.read", { ...scope, networkTeamLinked: true })) return [];
  const links = sortByFrench(
    await db.networkLink.findMany({
      where: { headId, status: "ACCEPTED" },
      select: { id: true, team: { select: { id: true, name: true, territories: { select: { territory: { select: territorySelect } } } } } },
    }),
    (link) => link.team.name,
  );
  const teamIds = links.map((link) => link.team.id);
  if (teamIds.length === 0) return [];
  const [diagnostics, partners] = await Promise.all([
    db.diagnostic.findMany({
      where: { actorId: { in: teamIds }, status: { in: [...FINISHED] } },
      select: { actorId: true, maturityLevel: true, scores: true, completedAt: true },
      orderBy: [{ completedAt: { sort: "desc", nulls: "last" } }, { updatedAt: "desc" }],
    }),
    db.alliancePartner.findMany({ where: { actorId: { in: teamIds }, status: "CONFIRMED" }, select: { actorId: true, alliance: { select: { stage: true } } } }),
  ]);
  const latest = latestByActor(diagnostics);
  return links.map(({ id: linkId, team }) => {
    const diagnostic = latest.get(team.id);
    const result = diagnostic ? readStoredResult(diagnostic.scores) : null;
    const alliancesByStage: Partial<Record<AllianceStage, number>> = {};
    for (const partner of partners) {
      if (partner.actorId === team.id) alliancesByStage[partner.alliance.stage] = (alliancesByStage[partner.alliance.stage] ?? 0) + 1;
    }
    return {
      linkId,
      id: team.id,
      name: team.name,
      territories: team.territories.map(({ territory }) => territory),
      latest: result
        ? {
            level: diagnostic?.maturityLevel ?? result.level.level,
            levelName: result.level.name,
            priorities: result.priorities,
            completedAt: diagnostic?.completedAt ?? null,
          }
        : null,
      alliancesByStage,
    };
  });
}

export type TeamSummary = {
  team: { id: string; name: string };
  diagnostics: { id: string; territory: string; completedAt: Date | null; level: number; levelName: string; overall: number; priorities: Theme[] }[];
  alliances: { id: string; title: string; stage: AllianceStage }[];
};

/** One team's finished diagnostics and alliances, read-only, for its head; NotFoundError otherwise. */
export async function getTeamSummary(principal: Principal, headId: string, teamId: string): Promise<TeamSummary> {
  if (!principal || headId.length > ID_MAX_LENGTH || teamId.length > ID_MAX_LENGTH) throw new NotFoundError();
  if (!can(principal, "network.read", await getNetworkScope(principal, headId, teamId))) throw new NotFoundError();
  const team = await db.actor.findFirst({ where: { id: teamId, networkHeads: { some: { headId, status: "ACCEPTED" } } }, select: { id: true, name: true } });
  if (!team) throw new NotFoundError();
  const [diagnostics, partners] = await Promise.all([
    db.diagnostic.findMany({
      where: { actorId: team.id, status: { in: [...FINISHED] } },
      select: { id: true, scores: true, maturityLevel: true, completedAt: true, territory: { select: { name: true } } },
      orderBy: [{ completedAt: { sort: "desc", nulls: "last" } }],
    }),
    db.alliancePartner
      .findMany({
        where: { actorId: team.id, status: "CONFIRMED" },
        select: { alliance: { select: { id: true, title: true, stage: true } } },
      })
      .then((rows) => sortByFrench(rows, (row) => row.alliance.title)),
  ]);
  return {
    team,
    diagnostics: diagnostics.flatMap((row) => {
      const result = readStoredResult(row.scores);
      if (!result) return [];
      return [
        {
          id: row.id,
          territory: row.territory.name,
          completedAt: row.completedAt,
          level: row.maturityLevel ?? result.level.level,
          levelName: result.level.name,
          overall: result.overall,
          priorities: result.priorities,
        },
      ];
    }),
    alliances: partners.map((row) => row.alliance),
  };
}

/** Published organisations matching a name, for an admin of `actorId` to propose a link to. */
export async function searchLinkCandidates(principal: Principal, actorId: string, q: string): Promise<{ id: string; name: string; kindLabel: string }[]> {
  const key = toSearchKey(q);
  if (!principal || key.length < 2 || actorId.length > ID_MAX_LENGTH) return [];
  if (!can(principal, "network.manage", await getActorScope(principal, actorId))) return [];
  const rows = await db.actor.findMany({
    where: {
      status: "PUBLISHED",
      id: { not: actorId },
      OR: [{ searchKey: { startsWith: key } }, { name: { contains: q.trim().slice(0, 100), mode: "insensitive" } }],
    },
    select: { id: true, name: true, kind: true },
    // The accent-free key starts with the name: French order without an ICU sort.
    orderBy: { searchKey: "asc" },
    take: 10,
  });
  return rows.map((row) => ({ id: row.id, name: row.name, kindLabel: labels.organisations.kinds[row.kind] }));
}

export type RecommendationRow = { id: string; kit: { title: string; slug: string }; message: string; createdAt: Date; other: { id: string; name: string } };

/** Kits recommended to the team (`received`) or by the head (`sent`), for the organisation's members. */
export async function listRecommendations(principal: Principal, actorId: string, direction: "received" | "sent"): Promise<RecommendationRow[]> {
  if (!principal || actorId.length > ID_MAX_LENGTH) return [];
  if (!can(principal, "actor.read", await getActorScope(principal, actorId))) return [];
  const rows = await db.kitRecommendation.findMany({
    where: direction === "received" ? { teamId: actorId } : { headId: actorId },
    select: {
      id: true,
      message: true,
      createdAt: true,
      kit: { select: { title: true, slug: true } },
      head: { select: { id: true, name: true } },
      team: { select: { id: true, name: true } },
    },
    orderBy: { createdAt: "desc" },
    take: 50,
  });
  return rows.map((row) => ({
    id: row.id,
    kit: row.kit,
    message: row.message,
    createdAt: row.createdAt,
    other: direction === "received" ? row.head : row.team,
  }));
}

/** Published kits a head may recommend (public data). */
export async function listRecommendableKits(): Promise<{ id: string; title: string }[]> {
  const kits = await db.kit.findMany({ where: { status: "PUBLISHED", currentVersion: { gt: 0 } }, select: { id: true, title: true } });
  return sortByFrench(kits, (kit) => kit.title);
}

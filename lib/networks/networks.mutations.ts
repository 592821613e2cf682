// Writes of the networks domain. Each one locks the two organisations of the link (always in the
// same order, so concurrent decisions on the same team serialise: one head per team holds), reads
// the scope in its own transaction and checks `can` (the action's check is not trusted), applies
// the pure rules of ./rules, and writes the audit row and the other side's notifications.
//
// NetworkLink is the truth; Actor.parentId mirrors the ACCEPTED link and is set or cleared here,
// in the same transaction, because the public profile lists "équipes locales" through it.
import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { writeAudit } from "@/lib/audit/audit.mutations";
import { assertCan, type Principal } from "@/lib/auth/permissions";
import { getActorScope } from "@/lib/auth/scope.queries";
import { networksLabels } from "@/lib/copy/networks";
import { db } from "@/lib/db";
import { ForbiddenError, NotFoundError, ValidationError } from "@/lib/errors";
import { paths } from "@/lib/paths";
import { getNetworkScope } from "./networks.queries";
import { ALL_TEAMS, type KitRecommendationInput, type LinkDecision, type LinkEnd, type LinkRequest } from "./networks.schemas";
import { notifyOrganisationAdmins } from "./notify";
import { canEnd, decisionProblem, requestProblem, sideOf, type DecisionProblem, type LinkProblem, type NetworkSide } from "./rules";

const m = networksLabels.messages;
const n = networksLabels.notifications;
const a = networksLabels.audit;

export type MutationContext = { ip?: string | null; now?: Date };
type Tx = Prisma.TransactionClient;

/** Deeper than any real network; the walk stops there (and ./rules refuses what it cannot see). */
const MAX_NETWORK_DEPTH = 50;

const problemMessages: Record<LinkProblem | DecisionProblem, string> = {
  self: m.self,
  "already-linked": m.alreadyLinked,
  "already-pending": m.alreadyPending,
  "team-has-head": m.teamHasHead,
  cycle: m.cycle,
  "not-pending": m.notPending,
  "not-your-side": m.notYourSide,
};

function requirePrincipal(principal: Principal): asserts principal is NonNullable<Principal> {
  if (!principal) throw new ForbiddenError();
}

/** Row locks on both organisations, in id order; NotFoundError if either is missing. */
async function lockPair(tx: Tx, firstId: string, secondId: string): Promise<Map<string, { id: string; name: string; status: string }>> {
  const ids = [...new Set([firstId, secondId])].sort();
  const rows = await tx.$queryRaw<{ id: string; name: string; status: string }[]>`
    SELECT "id", "name", "status"::text AS "status" FROM "Actor" WHERE "id" IN (${Prisma.join(ids)}) ORDER BY "id" FOR UPDATE`;
  if (rows.length !== ids.length) throw new NotFoundError(m.organisationNotFound);
  return new Map(rows.map((row) => [row.id, row]));
}

/** Team → head along accepted links, walking up from `startId`. */
async function loadHeadChain(tx: Tx, startId: string): Promise<Map<string, string>> {
  const chain = new Map<string, string>();
  let current = startId;
  for (let depth = 0; depth < MAX_NETWORK_DEPTH; depth += 1) {
    const link = await tx.networkLink.findFirst({ where: { teamId: current, status: "ACCEPTED" }, select: { headId: true } });
    if (!link) break;
    chain.set(current, link.headId);
    if (chain.has(link.headId)) break;
    current = link.headId;
  }
  return chain;
}

async function currentHeadOf(tx: Tx, teamId: string): Promise<string | null> {
  return (await tx.networkLink.findFirst({ where: { teamId, status: "ACCEPTED" }, select: { headId: true } }))?.headId ?? null;
}

/** An admin of `actorId` asks `otherId` to become its team (as = TEAM) or its head (as = HEAD). */
export async function requestLink(principal: Principal, input: LinkRequest, context: MutationContext = {}): Promise<{ linkId: string; otherName: string }> {
  requirePrincipal(principal);
  const headId = input.as === "TEAM" ? input.actorId : input.otherId;
  const teamId = input.as === "TEAM" ? input.otherId : input.actorId;
  return db.$transaction(async (tx) => {
    assertCan(principal, "network.manage", await getActorScope(principal, input.actorId, tx));
    if (headId === teamId) throw new ValidationError({}, m.self);
    const actors = await lockPair(tx, headId, teamId);
    const other = actors.get(input.otherId)!;
    // Only published organisations are offered; a forged id of another one finds nothing.
    if (other.status !== "PUBLISHED") throw new NotFoundError(m.organisationNotFound);
    const existing = await tx.networkLink.findUnique({
      where: { headId_teamId: { headId, teamId } },
      select: { id: true, status: true, requestedBy: true, message: true },
    });
    const requestedBy: NetworkSide = input.as === "TEAM" ? "HEAD" : "TEAM";
    // The same request sent again (a double click, a second tab, a retry after a lost answer): it
    // is already there, so the answer is the first one's success, with nothing written twice.
    if (existing?.status === "PENDING" && existing.requestedBy === requestedBy && existing.message === input.message) {
      return { linkId: existing.id, otherName: other.name };
    }
    const problem = requestProblem({ headId, teamId, existing, currentHeadOfTeam: await currentHeadOf(tx, teamId), headOf: await loadHeadChain(tx, headId) });
    if (problem) throw new ValidationError({}, problemMessages[problem]);
    const fields = { status: "PENDING" as const, requestedBy, requestedById: principal.id, message: input.message, decidedAt: null, endedAt: null };
    const link = await tx.networkLink.upsert({
      where: { headId_teamId: { headId, teamId } },
      create: { headId, teamId, ...fields },
      update: fields,
      select: { id: true },
    });
    const headName = actors.get(headId)!.name;
    const teamName = actors.get(teamId)!.name;
    await writeAudit(tx, {
      userId: principal.id,
      action: "network.requested",
      entity: "NetworkLink",
      entityId: link.id,
      summary: a.requested(headName, teamName),
      ip: context.ip,
    });
    const from = actors.get(input.actorId)!.name;
    await notifyOrganisationAdmins(
      tx,
      other.id,
      { title: input.as === "TEAM" ? n.requestedAsTeam(from) : n.requestedAsHead(from), body: input.message, href: paths.organisationNetwork(other.id) },
      principal.id,
    );
    return { linkId: link.id, otherName: other.name };
  });
}

/** An admin of the deciding side accepts or declines a pending request. */
export async function decideLink(principal: Principal, input: LinkDecision, context: MutationContext = {}): Promise<{ accepted: boolean }> {
  requirePrincipal(principal);
  const now = context.now ?? new Date();
  const accepting = input.decision === "accept";
  return db.$transaction(async (tx) => {
    assertCan(principal, "network.manage", await getActorScope(principal, input.actorId, tx));
    // The link must involve the organisation the principal acts for: a forged link id is not found.
    const found = await tx.networkLink.findFirst({
      where: { id: input.linkId, OR: [{ headId: input.actorId }, { teamId: input.actorId }] },
      select: { headId: true, teamId: true },
    });
    if (!found) throw new NotFoundError(m.linkNotFound);
    const actors = await lockPair(tx, found.headId, found.teamId);
    const link = await tx.networkLink.findUniqueOrThrow({
      where: { id: input.linkId },
      select: { id: true, headId: true, teamId: true, status: true, requestedBy: true },
    });
    const problem = decisionProblem({
      link,
      actingActorId: input.actorId,
      accepting,
      currentHeadOfTeam: accepting ? await currentHeadOf(tx, link.teamId) : null,
      headOf: accepting ? await loadHeadChain(tx, link.headId) : new Map(),
    });
    if (problem) throw new ValidationError({}, problemMessages[problem]);
    await tx.networkLink.update({ where: { id: link.id }, data: { status: accepting ? "ACCEPTED" : "DECLINED", decidedAt: now } });
    if (accepting) await tx.actor.update({ where: { id: link.teamId }, data: { parentId: link.headId } });
    const headName = actors.get(link.headId)!.name;
    const teamName = actors.get(link.teamId)!.name;
    await writeAudit(tx, {
      userId: principal.id,
      action: accepting ? "network.accepted" : "network.declined",
      entity: "NetworkLink",
      entityId: link.id,
      summary: accepting ? a.accepted(headName, teamName) : a.declined(headName, teamName),
      ip: context.ip,
    });
    const otherId = sideOf(link, input.actorId) === "HEAD" ? link.teamId : link.headId;
    const by = actors.get(input.actorId)!.name;
    await notifyOrganisationAdmins(tx, otherId, { title: accepting ? n.accepted(by) : n.declined(by), href: paths.organisationNetwork(otherId) }, principal.id);
    return { accepted: accepting };
  });
}

/** Either side ends an accepted link, or withdraws (or refuses) a pending one. */
export async function endLink(principal: Principal, input: LinkEnd, context: MutationContext = {}): Promise<void> {
  requirePrincipal(principal);
  const now = context.now ?? new Date();
  await db.$transaction(async (tx) => {
    assertCan(principal, "network.manage", await getActorScope(principal, input.actorId, tx));
    const found = await tx.networkLink.findFirst({
      where: { id: input.linkId, OR: [{ headId: input.actorId }, { teamId: input.actorId }] },
      select: { headId: true, teamId: true },
    });
    if (!found) throw new NotFoundError(m.linkNotFound);
    const actors = await lockPair(tx, found.headId, found.teamId);
    const link = await tx.networkLink.findUniqueOrThrow({ where: { id: input.linkId }, select: { id: true, headId: true, teamId: true, status: true } });
    if (!canEnd(link, input.actorId)) throw new ValidationError({}, m.notPending);
    await tx.networkLink.update({ where: { id: link.id }, data: { status: "ENDED", endedAt: now } });
    // Only the mirror of this link is cleared (never a parent set by another head).
    if (link.status === "ACCEPTED") await tx.actor.updateMany({ where: { id: link.teamId, parentId: link.headId }, data: { parentId: null } });
    const headName = actors.get(link.headId)!.name;
    const teamName = actors.get(link.teamId)!.name;
    await writeAudit(tx, {
      userId: principal.id,
      action: "network.ended",
      entity: "NetworkLink",
      entityId: link.id,
      summary: a.ended(headName, teamName),
      ip: context.ip,
    });
    const otherId = sideOf(link, input.actorId) === "HEAD" ? link.teamId : link.headId;
    await notifyOrganisationAdmins(tx, otherId, { title: n.ended(actors.get(input.actorId)!.name), href: paths.organisationNetwork(otherId) }, principal.id);
  });
}

/** A head admin recommends a published kit to one accepted team, or to all of them. */
export async function recommendKit(principal: Principal, input: KitRecommendationInput, context: MutationContext = {}): Promise<{ count: number }> {
  requirePrincipal(principal);
  return db.$transaction(async (tx) => {
    const links = await tx.networkLink.findMany({
      where: { headId: input.headId, status: "ACCEPTED", ...(input.teamId === ALL_TEAMS ? {} : { teamId: input.teamId }) },
      select: { teamId: true },
    });
    // Each team is checked on its own link: a forged team id has none and is refused.
    if (links.length === 0) {
      assertCan(principal, "network.recommend", await getNetworkScope(principal, input.headId, input.teamId, tx));
      throw new ValidationError({ teamId: [m.noTeams] });
    }
    for (const link of links) assertCan(principal, "network.recommend", await getNetworkScope(principal, input.headId, link.teamId, tx));
    const kit = await tx.kit.findFirst({ where: { id: input.kitId, status: "PUBLISHED", currentVersion: { gt: 0 } }, select: { id: true, title: true } });
    if (!kit) throw new ValidationError({ kitId: [m.kitNotFound] });
    const head = await tx.actor.findUniqueOrThrow({ where: { id: input.headId }, select: { name: true } });
    const created = await tx.kitRecommendation.createManyAndReturn({
      data: links.map((link) => ({ headId: input.headId, teamId: link.teamId, kitId: kit.id, message: input.message, createdById: principal.id })),
      select: { id: true, teamId: true },
    });
    await writeAudit(tx, {
      userId: principal.id,
      action: "network.kit.recommended",
      entity: "KitRecommendation",
      entityId: created.length === 1 ? created[0].id : null,
      summary: a.recommended(head.name, kit.title, created.length),
      ip: context.ip,
    });
    for (const row of created) {
      await notifyOrganisationAdmins(
        tx,
        row.teamId,
        { title: n.recommended(head.name, kit.title), body: input.message, href: paths.organisationNetwork(row.teamId) },
        principal.id,
      );
    }
    return { count: created.length };
  });
}

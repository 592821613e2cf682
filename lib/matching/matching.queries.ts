// The matches of a need (offers) or of an offer (needs), for the members of its organisation.
// Candidates are narrowed in SQL — published, unexpired, another organisation, same mode or theme,
// a territory related through the closure table or in the same région, at most CANDIDATE_LIMIT —
// then scored and ranked by the pure scoreMatch.
import "server-only";
import type { AllianceMode, ContactStatus, MecenatKind, Prisma, Theme } from "@/generated/prisma/client";
import { can, type Principal } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { otherKind, type NeedOfferKind } from "@/lib/needs-offers/needs-offers";
import { tableOf } from "@/lib/needs-offers/needs-offers.db";
import { isExpired, proximityOf, scoreMatch, startOfDay, type AncestorRef, type MatchSide } from "./matching";
import { compareFrench } from "@/lib/text/sort";

export const MATCH_LIMIT = 20;
const CANDIDATE_LIMIT = 200;

type Client = Prisma.TransactionClient;

/** Each territory's ancestors (itself included), read from the closure table in one query. */
export async function loadAncestors(client: Client, territoryIds: number[]): Promise<Map<number, AncestorRef[]>> {
  const ids = [...new Set(territoryIds)];
  const rows = await client.territoryAncestor.findMany({
    where: { descendantId: { in: ids } },
    select: { descendantId: true, ancestor: { select: { id: true, kind: true, name: true } } },
  });
  const result = new Map<number, AncestorRef[]>(ids.map((id) => [id, []]));
  for (const row of rows) result.get(row.descendantId)!.push(row.ancestor);
  return result;
}

const sideSelect = {
  id: true,
  actorId: true,
  title: true,
  description: true,
  status: true,
  mode: true,
  mecenatKind: true,
  theme: true,
  sdgTargetCode: true,
  validUntil: true,
  territoryId: true,
  territory: { select: { kind: true, name: true, regionId: true } },
  actor: { select: { name: true } },
} as const;

type SideRow = Prisma.NeedGetPayload<{ select: typeof sideSelect }>;

export type Match = {
  /** The counterpart: an offer for a need, a need for an offer. */
  kind: NeedOfferKind;
  id: string;
  title: string;
  description: string;
  mode: AllianceMode;
  mecenatKind: MecenatKind | null;
  theme: Theme;
  validUntil: Date | null;
  actor: { id: string; name: string };
  territoryName: string;
  score: number;
  reasons: string[];
  needId: string;
  offerId: string;
  /** The contact already made on this pair, from either side, if any. */
  contact: { id: string; status: ContactStatus; fromActorId: string } | null;
};

const asSide = (row: SideRow): MatchSide => row;

/** The offers matching a need (or the needs matching an offer), best first; no auth check. */
async function matchesOf(kind: NeedOfferKind, source: SideRow, now: Date): Promise<Match[]> {
  if (source.status !== "PUBLISHED" || isExpired(source.validUntil, now)) return [];
  const sourceAncestors = (await loadAncestors(db, [source.territoryId])).get(source.territoryId) ?? [];
  const regionId = source.territory.kind === "REGION" ? source.territoryId : source.territory.regionId;
  const related: Prisma.TerritoryWhereInput[] = [{ ancestors: { some: { ancestorId: { in: sourceAncestors.map((a) => a.id).concat(source.territoryId) } } } }];
  if (regionId !== null) related.push({ regionId }, { id: regionId });

  const candidateKind = otherKind(kind);
  const candidates = await tableOf(db, candidateKind).findMany({
    where: {
      status: "PUBLISHED",
      actorId: { not: source.actorId },
      AND: [
        { OR: [{ validUntil: null }, { validUntil: { gte: startOfDay(now) } }] },
        { OR: [{ mode: source.mode }, { theme: source.theme }] },
        { territory: { OR: related } },
      ],
    },
    select: sideSelect,
    orderBy: { updatedAt: "desc" },
    take: CANDIDATE_LIMIT,
  });
  if (candidates.length === 0) return [];

  const ancestors = await loadAncestors(
    db,
    candidates.map((c) => c.territoryId),
  );
  ancestors.set(source.territoryId, sourceAncestors);
  const scored = candidates.flatMap((candidate) => {
    const [need, offer] = kind === "need" ? [source, candidate] : [candidate, source];
    const proximity = proximityOf(ancestors.get(need.territoryId) ?? [], ancestors.get(offer.territoryId) ?? []);
    const result = scoreMatch(asSide(need), asSide(offer), proximity, now);
    return result.isMatch ? [{ candidate, need, offer, ...result }] : [];
  });
  scored.sort((a, b) => b.score - a.score || compareFrench(a.candidate.title, b.candidate.title));
  const top = scored.slice(0, MATCH_LIMIT);

  const contacts = await db.matchContact.findMany({
    where: { OR: top.map(({ need, offer }) => ({ needId: need.id, offerId: offer.id })) },
    select: { id: true, status: true, fromActorId: true, needId: true, offerId: true },
    orderBy: { createdAt: "asc" },
  });
  return top.map(({ candidate, need, offer, score, reasons }) => {
    const contact = contacts.find((c) => c.needId === need.id && c.offerId === offer.id);
    return {
      kind: candidateKind,
      id: candidate.id,
      title: candidate.title,
      description: candidate.description,
      mode: candidate.mode,
      mecenatKind: candidate.mecenatKind,
      theme: candidate.theme,
      validUntil: candidate.validUntil,
      actor: { id: candidate.actorId, name: candidate.actor.name },
      territoryName: candidate.territory.name,
      score,
      reasons,
      needId: need.id,
      offerId: offer.id,
      contact: contact ? { id: contact.id, status: contact.status, fromActorId: contact.fromActorId } : null,
    };
  });
}

/** The matches a need/offer has once published (its approval notifies both sides); no auth check. */
export async function listMatchesOnPublication(kind: NeedOfferKind, id: string, now: Date = new Date()): Promise<Match[]> {
  const row = await tableOf(db, kind).findUnique({ where: { id }, select: sideSelect });
  return row ? matchesOf(kind, { ...row, status: "PUBLISHED" }, now) : [];
}

/** The source need/offer if the principal may read it (a member of its organisation, or staff). */
async function readableSource(principal: Principal, kind: NeedOfferKind, id: string): Promise<SideRow | null> {
  if (!principal || id.length > 64) return null;
  const row = await tableOf(db, kind).findUnique({ where: { id }, select: sideSelect });
  if (!row) return null;
  const membership = await db.membership.findUnique({ where: { userId_actorId: { userId: principal.id, actorId: row.actorId } }, select: { role: true } });
  return can(principal, "actor.read", { actorId: row.actorId, membershipRole: membership?.role ?? null }) ? row : null;
}

export async function listMatchesForNeed(principal: Principal, needId: string, now: Date = new Date()): Promise<Match[]> {
  const need = await readableSource(principal, "need", needId);
  return need ? matchesOf("need", need, now) : [];
}

export async function listMatchesForOffer(principal: Principal, offerId: string, now: Date = new Date()): Promise<Match[]> {
  const offer = await readableSource(principal, "offer", offerId);
  return offer ? matchesOf("offer", offer, now) : [];
}

export type SourceMatches = { kind: NeedOfferKind; id: string; title: string; actorId: string; actorName: string; matches: Match[] };

const SOURCE_LIMIT = 20;

/**
 * The matches nobody has acted on yet, for every published, unexpired need and offer of the
 * user's organisations (the newest SOURCE_LIMIT of each kind).
 */
export async function listNewMatches(userId: string, now: Date = new Date()): Promise<SourceMatches[]> {
  const where = {
    status: "PUBLISHED" as const,
    actor: { memberships: { some: { userId } } },
    OR: [{ validUntil: null }, { validUntil: { gte: startOfDay(now) } }],
  };
  const result: SourceMatches[] = [];
  for (const kind of ["need", "offer"] as const) {
    const sources = await tableOf(db, kind).findMany({ where, select: sideSelect, orderBy: { createdAt: "desc" }, take: SOURCE_LIMIT });
    for (const source of sources) {
      const matches = (await matchesOf(kind, source, now)).filter((match) => match.contact === null);
      if (matches.length > 0) result.push({ kind, id: source.id, title: source.title, actorId: source.actorId, actorName: source.actor.name, matches });
    }
  }
  return result;
}

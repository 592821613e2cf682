// Pure rules of network links: which side decides a request, whether a new link is allowed (no
// self-link, one head per team, no cycle), and what a side may do with an existing link. The
// mutations call these inside their transaction with facts they read there.

export type NetworkSide = "HEAD" | "TEAM";
export type NetworkLinkStatus = "PENDING" | "ACCEPTED" | "DECLINED" | "ENDED";

/** The side whose admins accept or decline: never the one that asked. */
export function decidingSide(requestedBy: NetworkSide): NetworkSide {
  return requestedBy === "HEAD" ? "TEAM" : "HEAD";
}

/** Which side of the link `actorId` is, or null when it is neither. */
export function sideOf(link: { headId: string; teamId: string }, actorId: string): NetworkSide | null {
  if (link.headId === actorId) return "HEAD";
  if (link.teamId === actorId) return "TEAM";
  return null;
}

/**
 * True when making `teamId` a team of `headId` would close a loop: walking up from the head
 * through accepted heads (`headOf`: team id → its head id) reaches the team. A chain longer than
 * the map can only be a loop already present, so the walk stops there and refuses.
 */
export function wouldCreateCycle(headId: string, teamId: string, headOf: ReadonlyMap<string, string>): boolean {
  let current: string | undefined = headId;
  for (let steps = 0; current !== undefined; steps += 1) {
    if (current === teamId) return true;
    if (steps > headOf.size) return true;
    current = headOf.get(current);
  }
  return false;
}

export type LinkProblem = "self" | "already-linked" | "already-pending" | "team-has-head" | "cycle";

/**
 * Why a new request from head to team (either side asking) is refused, or null. `existing` is the
 * current row for the pair, `currentHeadOfTeam` the team's accepted head if any.
 */
export function requestProblem(input: {
  headId: string;
  teamId: string;
  existing: { status: NetworkLinkStatus } | null;
  currentHeadOfTeam: string | null;
  headOf: ReadonlyMap<string, string>;
}): LinkProblem | null {
  const { headId, teamId, existing, currentHeadOfTeam, headOf } = input;
  if (headId === teamId) return "self";
  if (existing?.status === "ACCEPTED") return "already-linked";
  if (existing?.status === "PENDING") return "already-pending";
  if (currentHeadOfTeam !== null && currentHeadOfTeam !== headId) return "team-has-head";
  if (wouldCreateCycle(headId, teamId, headOf)) return "cycle";
  return null;
}

export type DecisionProblem = "not-pending" | "not-your-side" | "team-has-head" | "cycle";

/** Why `actingActorId` may not accept (or decline) this link now, or null. */
export function decisionProblem(input: {
  link: { headId: string; teamId: string; status: NetworkLinkStatus; requestedBy: NetworkSide };
  actingActorId: string;
  accepting: boolean;
  currentHeadOfTeam: string | null;
  headOf: ReadonlyMap<string, string>;
}): DecisionProblem | null {
  const { link, actingActorId, accepting, currentHeadOfTeam, headOf } = input;
  if (link.status !== "PENDING") return "not-pending";
  if (sideOf(link, actingActorId) !== decidingSide(link.requestedBy)) return "not-your-side";
  if (!accepting) return null;
  // Facts may have changed since the request: the team joined another head, or a loop appeared.
  if (currentHeadOfTeam !== null && currentHeadOfTeam !== link.headId) return "team-has-head";
  if (wouldCreateCycle(link.headId, link.teamId, headOf)) return "cycle";
  return null;
}

/** Either side ends an accepted link, or withdraws/refuses a pending one; nothing else. */
export function canEnd(link: { headId: string; teamId: string; status: NetworkLinkStatus }, actingActorId: string): boolean {
  return sideOf(link, actingActorId) !== null && (link.status === "ACCEPTED" || link.status === "PENDING");
}

// Who may do what: one list of operations and one pure function that answers, unit-tested as a
// table. Every action and server-side data function asks `can` (or `assertCan`) with a scope it
// loaded from the database — never from the submitted form. Public pages do not come through
// here: they use public queries that select only published rows.
//
// Who may do what is written once, in the sets below `can` reads (cumulative, anything not in
// them is refused, and so is any name not in OPERATIONS): signedInOperations (account.* only on
// one's own account), memberOperations and organisationAdminOperations (by the role in
// scope.actorId), linkedHead*Operations (only with scope.networkTeamLinked), staffOperations;
// a platform ADMIN may do everything except leave an organisation as its last admin.
// The expected answer for every role × every operation is the table in permissions.test.ts.
//
// Members may read their own organisation and its alliances (not in the brief's list): they can
// update them, so hiding them would make no sense.

import { ForbiddenError } from "@/lib/errors";

export const OPERATIONS = [
  "actor.create",
  "actor.read",
  "actor.update",
  "actor.delete",
  "actor.publish",
  "actor.contact",
  "actor.import",
  "membership.invite",
  "membership.update",
  "membership.remove",
  "membership.leave",
  "alliance.create",
  "alliance.read",
  "alliance.update",
  "alliance.delete",
  "alliance.submit",
  "alliance.rate",
  "alliance.respond",
  "alliance.join",
  "diagnostic.run",
  "diagnostic.read",
  "diagnostic.update",
  "diagnostic.publish",
  "need.create",
  "need.update",
  "offer.create",
  "offer.update",
  "match.contact",
  "conversation.write",
  "conversation.report",
  "kit.create",
  "kit.update",
  "kit.publish",
  "kit.rate",
  "template.manage",
  "moderation.decide",
  "user.role.grant",
  "user.read",
  "stats.read",
  "export.run",
  "audit.read",
  "user.disable",
  "territory.project.manage",
  "account.update",
  "account.delete",
  // Following searches, territories, organisations, alliances: one's own follows only (lib/follows).
  "follow.manage",
  "mailbox.read",
  "jobs.manage",
  "network.manage",
  "network.read",
  "network.recommend",
  "network.import",
  "content.list",
  "content.publish",
  "content.unpublish",
  "content.assign",
] as const;

export type Operation = (typeof OPERATIONS)[number];

export type PlatformRole = "USER" | "STAFF" | "ADMIN";
export type OrganisationRole = "MEMBER" | "ADMIN";

/** The signed-in user as the session knows them, or null for an anonymous visitor. */
export type Principal = { id: string; platformRole: PlatformRole } | null;

/** Facts about the target, loaded from the database by the caller. */
export type Scope = {
  /** The organisation (Actor) the operation acts on or for. */
  actorId?: string;
  /** The principal's role in scope.actorId; null or absent when not a member. */
  membershipRole?: OrganisationRole | null;
  /** For membership.leave: the principal is the organisation's only ADMIN. */
  isLastAdmin?: boolean;
  /** For account.*: whose account; absent means the principal's own. */
  targetUserId?: string;
  /**
   * For network.read / network.recommend: scope.actorId is a network head and the team being
   * read has an ACCEPTED link to it (loaded from NetworkLink). Without it the head sees nothing.
   */
  networkTeamLinked?: boolean;
};

const operationSet: ReadonlySet<string> = new Set(OPERATIONS);

export function isOperation(value: string): value is Operation {
  return operationSet.has(value);
}

const signedInOperations: ReadonlySet<Operation> = new Set<Operation>([
  "actor.create",
  "actor.contact",
  "kit.rate",
  "account.update",
  "account.delete",
  "follow.manage",
]);

const ownAccountOperations: ReadonlySet<Operation> = new Set<Operation>(["account.update", "account.delete", "follow.manage"]);

const memberOperations: ReadonlySet<Operation> = new Set<Operation>([
  "actor.read",
  "alliance.read",
  "alliance.create",
  "alliance.update",
  "alliance.rate",
  "alliance.respond",
  "alliance.join",
  "diagnostic.run",
  "diagnostic.read",
  "diagnostic.update",
  "need.create",
  "need.update",
  "offer.create",
  "offer.update",
  "match.contact",
  // In the threads of the organisation's matches, alliances and network links (lib/conversations).
  "conversation.write",
  "conversation.report",
  "membership.leave",
]);

const organisationAdminOperations: ReadonlySet<Operation> = new Set<Operation>([
  ...memberOperations,
  "actor.update",
  "actor.delete",
  "membership.invite",
  "membership.update",
  "membership.remove",
  "alliance.delete",
  "alliance.submit",
  "diagnostic.publish",
  "network.manage",
  // Its own local teams only: the organisation in scope is the head the imported lines join.
  "network.import",
]);

// A head's members read its teams' data, its admins recommend kits to them: only through an
// accepted link, never on their membership alone.
const linkedHeadMemberOperations: ReadonlySet<Operation> = new Set<Operation>(["network.read"]);
const linkedHeadAdminOperations: ReadonlySet<Operation> = new Set<Operation>(["network.read", "network.recommend"]);

const staffOperations: ReadonlySet<Operation> = new Set<Operation>([
  "moderation.decide",
  "kit.create",
  "kit.update",
  "kit.publish",
  "template.manage",
  "stats.read",
  "export.run",
  "actor.publish",
  "actor.import",
  "actor.read",
  "alliance.read",
  "diagnostic.read",
  "user.read",
  "audit.read",
  "territory.project.manage",
  "jobs.manage",
  // The back office's content lists (organisations, alliances) and what staff do on live items.
  "content.list",
  "content.publish",
  "content.unpublish",
  // Assigning a back-office item to a colleague who follows it (lib/assignments).
  "content.assign",
]);

// Read at run time too: a stale session or a hand-made object must not slip through as a role.
function isPlatformRole(value: unknown): value is PlatformRole {
  return value === "USER" || value === "STAFF" || value === "ADMIN";
}

function organisationRole(scope: Scope): OrganisationRole | null {
  if (!scope.actorId) return null;
  return scope.membershipRole === "MEMBER" || scope.membershipRole === "ADMIN" ? scope.membershipRole : null;
}

/** Pure and fail-closed: unknown operations, anonymous principals and missing scopes say no. */
export function can(principal: Principal, operation: Operation, scope: Scope = {}): boolean {
  if (!isOperation(operation)) return false;
  if (!principal || typeof principal.id !== "string" || principal.id === "" || !isPlatformRole(principal.platformRole)) return false;
  if (operation === "membership.leave" && scope.isLastAdmin === true) return false;
  if (principal.platformRole === "ADMIN") return true;

  if (signedInOperations.has(operation)) {
    const isOwn = !ownAccountOperations.has(operation) || scope.targetUserId === undefined || scope.targetUserId === principal.id;
    if (isOwn) return true;
  }
  if (principal.platformRole === "STAFF" && staffOperations.has(operation)) return true;

  const role = organisationRole(scope);
  if (scope.networkTeamLinked === true) {
    if (role === "ADMIN" && linkedHeadAdminOperations.has(operation)) return true;
    if (role === "MEMBER" && linkedHeadMemberOperations.has(operation)) return true;
  }
  if (role === "ADMIN") return organisationAdminOperations.has(operation);
  if (role === "MEMBER") return memberOperations.has(operation);
  return false;
}

/** `can`, or a ForbiddenError (French message) for the action to turn into its error state. */
export function assertCan(principal: Principal, operation: Operation, scope?: Scope): void {
  if (!can(principal, operation, scope)) throw new ForbiddenError();
}

import { describe, expect, it } from "vitest";
import { ForbiddenError } from "@/lib/errors";
import { OPERATIONS, assertCan, can, type Operation, type Principal, type Scope } from "@/lib/auth/permissions";

const ORG = "actor-a";

// Each role: who asks, and the scope the caller would have loaded for a target of organisation A.
const roles: Record<string, { principal: Principal; scope: Scope }> = {
  anonymous: { principal: null, scope: { actorId: ORG, membershipRole: null } },
  user: { principal: { id: "u-user", platformRole: "USER" }, scope: { actorId: ORG } },
  otherOrgMember: { principal: { id: "u-other", platformRole: "USER" }, scope: { actorId: ORG, membershipRole: null } },
  member: { principal: { id: "u-member", platformRole: "USER" }, scope: { actorId: ORG, membershipRole: "MEMBER", isLastAdmin: false } },
  orgAdmin: { principal: { id: "u-org-admin", platformRole: "USER" }, scope: { actorId: ORG, membershipRole: "ADMIN", isLastAdmin: false } },
  staff: { principal: { id: "u-staff", platformRole: "STAFF" }, scope: { actorId: ORG, membershipRole: null } },
  admin: { principal: { id: "u-admin", platformRole: "ADMIN" }, scope: { actorId: ORG, membershipRole: null } },
};

const roleOrder = ["anonymous", "user", "otherOrgMember", "member", "orgAdmin", "staff", "admin"] as const;

const T = true;
const F = false;

// Written out by hand, row by row: not derived from the rules under test.
// prettier-ignore
const expected: Record<Operation, [boolean, boolean, boolean, boolean, boolean, boolean, boolean]> = {
  //                     anon user other member orgAdm staff admin
  "actor.create":        [F,   T,   T,    T,     T,     T,    T],
  "actor.read":          [F,   F,   F,    T,     T,     T,    T],
  "actor.update":        [F,   F,   F,    F,     T,     F,    T],
  "actor.delete":        [F,   F,   F,    F,     T,     F,    T],
  "actor.contact":       [F,   T,   T,    T,     T,     T,    T],
  "actor.publish":       [F,   F,   F,    F,     F,     T,    T],
  "actor.import":        [F,   F,   F,    F,     F,     T,    T],
  "membership.invite":   [F,   F,   F,    F,     T,     F,    T],
  "membership.update":   [F,   F,   F,    F,     T,     F,    T],
  "membership.remove":   [F,   F,   F,    F,     T,     F,    T],
  "membership.leave":    [F,   F,   F,    T,     T,     F,    T],
  "alliance.create":     [F,   F,   F,    T,     T,     F,    T],
  "alliance.read":       [F,   F,   F,    T,     T,     T,    T],
  "alliance.update":     [F,   F,   F,    T,     T,     F,    T],
  "alliance.delete":     [F,   F,   F,    F,     T,     F,    T],
  "alliance.submit":     [F,   F,   F,    F,     T,     F,    T],
  "alliance.rate":       [F,   F,   F,    T,     T,     F,    T],
  "alliance.respond":    [F,   F,   F,    T,     T,     F,    T],
  "alliance.join":       [F,   F,   F,    T,     T,     F,    T],
  "diagnostic.run":      [F,   F,   F,    T,     T,     F,    T],
  "diagnostic.read":     [F,   F,   F,    T,     T,     T,    T],
  "diagnostic.update":   [F,   F,   F,    T,     T,     F,    T],
  "diagnostic.publish":  [F,   F,   F,    F,     T,     F,    T],
  "need.create":         [F,   F,   F,    T,     T,     F,    T],
  "need.update":         [F,   F,   F,    T,     T,     F,    T],
  "offer.create":        [F,   F,   F,    T,     T,     F,    T],
  "offer.update":        [F,   F,   F,    T,     T,     F,    T],
  "match.contact":       [F,   F,   F,    T,     T,     F,    T],
  "conversation.write":  [F,   F,   F,    T,     T,     F,    T],
  "conversation.report": [F,   F,   F,    T,     T,     F,    T],
  "kit.create":          [F,   F,   F,    F,     F,     T,    T],
  "kit.update":          [F,   F,   F,    F,     F,     T,    T],
  "kit.publish":         [F,   F,   F,    F,     F,     T,    T],
  "kit.rate":            [F,   T,   T,    T,     T,     T,    T],
  "template.manage":     [F,   F,   F,    F,     F,     T,    T],
  "moderation.decide":   [F,   F,   F,    F,     F,     T,    T],
  "user.role.grant":     [F,   F,   F,    F,     F,     F,    T],
  "user.read":           [F,   F,   F,    F,     F,     T,    T],
  "stats.read":          [F,   F,   F,    F,     F,     T,    T],
  "export.run":          [F,   F,   F,    F,     F,     T,    T],
  "account.update":      [F,   T,   T,    T,     T,     T,    T],
  "account.delete":      [F,   T,   T,    T,     T,     T,    T],
  "follow.manage":       [F,   T,   T,    T,     T,     T,    T],
  "mailbox.read":        [F,   F,   F,    F,     F,     F,    T],
  "jobs.manage":         [F,   F,   F,    F,     F,     T,    T],
  "audit.read":          [F,   F,   F,    F,     F,     T,    T],
  "territory.project.manage": [F, F, F,   F,     F,     T,    T],
  "user.disable":        [F,   F,   F,    F,     F,     F,    T],
  "network.manage":      [F,   F,   F,    F,     T,     F,    T],
  // Without an accepted link in the scope, a head's members read nothing of a team.
  "network.read":        [F,   F,   F,    F,     F,     F,    T],
  "network.recommend":   [F,   F,   F,    F,     F,     F,    T],
  "network.import":      [F,   F,   F,    F,     T,     F,    T],
  "content.list":        [F,   F,   F,    F,     F,     T,    T],
  "content.publish":     [F,   F,   F,    F,     F,     T,    T],
  "content.unpublish":   [F,   F,   F,    F,     F,     T,    T],
  "content.assign":      [F,   F,   F,    F,     F,     T,    T],
};

const ORGANISATION_OPERATIONS: Operation[] = [
  "actor.update",
  "actor.delete",
  "membership.invite",
  "membership.update",
  "membership.remove",
  "membership.leave",
  "alliance.create",
  "alliance.update",
  "alliance.delete",
  "alliance.submit",
  "alliance.rate",
  "alliance.respond",
  "alliance.join",
  "diagnostic.run",
  "diagnostic.update",
  "diagnostic.publish",
  "need.create",
  "need.update",
  "offer.create",
  "offer.update",
  "match.contact",
  "conversation.write",
  "conversation.report",
];

describe("can — every role × every operation", () => {
  it("the table covers exactly the list of operations", () => {
    expect(Object.keys(expected).sort()).toEqual([...OPERATIONS].sort());
  });

  const cases = Object.entries(expected).flatMap(([operation, row]) =>
    roleOrder.map((role, index) => ({ operation: operation as Operation, role, allowed: row[index] })),
  );

  it.each(cases)("$role × $operation → $allowed", ({ operation, role, allowed }) => {
    const { principal, scope } = roles[role];
    expect(can(principal, operation, scope)).toBe(allowed);
  });
});

describe("can — fail closed", () => {
  it("refuses an operation it does not know, even to a platform admin", () => {
    for (const name of ["actor.destroy", "", "ACTOR.READ", "admin", "__proto__", "constructor"]) {
      expect(can(roles.admin.principal, name as Operation, roles.admin.scope)).toBe(false);
      expect(can(roles.orgAdmin.principal, name as Operation, roles.orgAdmin.scope)).toBe(false);
    }
  });

  it("refuses organisation operations when the scope names no organisation, except to a platform admin", () => {
    const noActor: Scope = { membershipRole: "ADMIN", isLastAdmin: false };
    for (const operation of ORGANISATION_OPERATIONS) {
      expect(can(roles.orgAdmin.principal, operation, noActor)).toBe(false);
      expect(can(roles.member.principal, operation, { membershipRole: "MEMBER" })).toBe(false);
      expect(can(roles.member.principal, operation)).toBe(false);
      expect(can(roles.staff.principal, operation, noActor)).toBe(false);
      expect(can(roles.admin.principal, operation)).toBe(true);
    }
  });

  it("keeps the last admin of an organisation in it, platform admin included", () => {
    expect(can(roles.orgAdmin.principal, "membership.leave", { actorId: ORG, membershipRole: "ADMIN", isLastAdmin: true })).toBe(false);
    expect(can(roles.admin.principal, "membership.leave", { actorId: ORG, membershipRole: "ADMIN", isLastAdmin: true })).toBe(false);
    expect(can(roles.orgAdmin.principal, "membership.leave", { actorId: ORG, membershipRole: "ADMIN", isLastAdmin: false })).toBe(true);
  });

  it("lets people change or delete only their own account, platform admins excepted", () => {
    for (const operation of ["account.update", "account.delete", "follow.manage"] as const) {
      expect(can(roles.user.principal, operation, { targetUserId: "u-user" })).toBe(true);
      expect(can(roles.user.principal, operation, { targetUserId: "u-someone-else" })).toBe(false);
      expect(can(roles.staff.principal, operation, { targetUserId: "u-someone-else" })).toBe(false);
      expect(can(roles.orgAdmin.principal, operation, { ...roles.orgAdmin.scope, targetUserId: "u-someone-else" })).toBe(false);
      expect(can(roles.admin.principal, operation, { targetUserId: "u-someone-else" })).toBe(true);
    }
  });

  it("gives nothing to a malformed principal", () => {
    const bogus = [
      { id: "u1", platformRole: "SUPERUSER" },
      { id: "", platformRole: "ADMIN" },
      { id: undefined, platformRole: "ADMIN" },
    ] as unknown as Principal[];
    for (const principal of bogus) {
      for (const operation of OPERATIONS) expect(can(principal, operation, roles.orgAdmin.scope)).toBe(false);
    }
  });

  it("ignores a membership role that is not one", () => {
    const scope = { actorId: ORG, membershipRole: "OWNER" } as unknown as Scope;
    expect(can(roles.member.principal, "actor.update", scope)).toBe(false);
    expect(can(roles.member.principal, "need.create", scope)).toBe(false);
  });
});

describe("can — network reads need an accepted link", () => {
  const linked: Scope = { actorId: ORG, membershipRole: "MEMBER", networkTeamLinked: true };
  it("lets the head's members read a linked team, and only its admins recommend kits", () => {
    expect(can(roles.member.principal, "network.read", linked)).toBe(true);
    expect(can(roles.member.principal, "network.recommend", linked)).toBe(false);
    expect(can(roles.orgAdmin.principal, "network.read", { ...linked, membershipRole: "ADMIN" })).toBe(true);
    expect(can(roles.orgAdmin.principal, "network.recommend", { ...linked, membershipRole: "ADMIN" })).toBe(true);
  });

  it("gives nothing for a link without a membership of the head, nor to staff", () => {
    expect(can(roles.otherOrgMember.principal, "network.read", { actorId: ORG, membershipRole: null, networkTeamLinked: true })).toBe(false);
    expect(can(roles.user.principal, "network.read", { networkTeamLinked: true })).toBe(false);
    expect(can(roles.staff.principal, "network.read", { actorId: ORG, networkTeamLinked: true })).toBe(false);
    expect(can(roles.member.principal, "network.read", { membershipRole: "MEMBER", networkTeamLinked: true })).toBe(false);
  });

  it("does not widen other operations for a linked head", () => {
    expect(can(roles.member.principal, "diagnostic.update", { ...linked, actorId: undefined })).toBe(false);
    expect(can(roles.member.principal, "network.manage", linked)).toBe(false);
    expect(can(roles.member.principal, "network.read", { ...linked, networkTeamLinked: false })).toBe(false);
  });
});

describe("assertCan", () => {
  it("throws a ForbiddenError with a French message when refused", () => {
    expect(() => assertCan(roles.member.principal, "actor.delete", roles.member.scope)).toThrow(ForbiddenError);
    expect(() => assertCan(null, "actor.create")).toThrow("Vous n'avez pas les droits nécessaires pour effectuer cette action.");
  });

  it("returns quietly when allowed", () => {
    expect(() => assertCan(roles.orgAdmin.principal, "actor.delete", roles.orgAdmin.scope)).not.toThrow();
  });
});

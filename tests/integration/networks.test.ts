// Networks on the real database: a request accepted or declined by the other side, who may decide,
// what a head reads of its teams (only after acceptance), kit recommendations, and forged ids or
// third organisations that must fail and change nothing.
import { randomUUID } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { ForbiddenError, NotFoundError, ValidationError } from "@/lib/errors";
import { decideLink, endLink, recommendKit, requestLink } from "@/lib/networks/networks.mutations";
import { getNetworkOverview, getTeamSummary, listNetworkTeams, listRecommendations, searchLinkCandidates } from "@/lib/networks/networks.queries";
import { makeOrganisationWithTeam } from "../support/factories";

afterAll(async () => {
  await db.$disconnect();
});

// ───────────── factories ─────────────

/** A published organisation with an admin and a member. */
async function makeOrganisation(label: string) {
  const { admin, member, ...actor } = await makeOrganisationWithTeam({ label });
  return { actor, admin: admin.principal, member: member.principal };
}

async function makeKit(status: "PUBLISHED" | "DRAFT" = "PUBLISHED") {
  const slug = `kit-${randomUUID().slice(0, 8)}`;
  return db.kit.create({ data: { title: `Kit ${slug}`, slug, searchKey: slug, category: "METHODE", status, currentVersion: status === "PUBLISHED" ? 1 : 0 } });
}

/** A finished diagnostic with stored scores, as completeDiagnostic writes them. */
async function makeDiagnostic(actorId: string) {
  // A real commune no other test uses: the reference itself must stay as imported.
  const territory = await db.territory.findUniqueOrThrow({ where: { kind_code: { kind: "COMMUNE", code: "48003" } } });
  const template = await db.diagnosticTemplate.create({ data: { key: `t-${randomUUID().slice(0, 8)}`, version: 1, title: "Modèle", content: {} } });
  return db.diagnostic.create({
    data: {
      actorId,
      territoryId: territory.id,
      templateId: template.id,
      status: "COMPLETED",
      completedAt: new Date(),
      maturityLevel: 2,
      scores: { overall: 48, axes: { gouvernance: 48 }, level: { level: 2, name: "En construction", description: "" }, priorities: ["INCLUSION_NUMERIQUE"] },
    },
  });
}

const snapshot = async (...actorIds: string[]) => ({
  links: await db.networkLink.findMany({ where: { OR: [{ headId: { in: actorIds } }, { teamId: { in: actorIds } }] }, orderBy: { id: "asc" } }),
  parents: await db.actor.findMany({ where: { id: { in: actorIds } }, select: { id: true, parentId: true }, orderBy: { id: "asc" } }),
  recommendations: await db.kitRecommendation.count({ where: { OR: [{ headId: { in: actorIds } }, { teamId: { in: actorIds } }] } }),
});

/** head invites team; team's admin accepts. */
async function linked() {
  const head = await makeOrganisation("Tete");
  const team = await makeOrganisation("Equipe");
  const { linkId } = await requestLink(head.admin, { actorId: head.actor.id, otherId: team.actor.id, as: "TEAM", message: "Rejoignez-nous" });
  await decideLink(team.admin, { actorId: team.actor.id, linkId, decision: "accept" });
  return { head, team, linkId };
}

// ───────────── requests and decisions ─────────────

describe("link requests", () => {
  it("a head invites, the team's admin accepts: the link, parentId, audit and notifications follow", async () => {
    const head = await makeOrganisation("Tete");
    const team = await makeOrganisation("Equipe");
    const { linkId } = await requestLink(head.admin, { actorId: head.actor.id, otherId: team.actor.id, as: "TEAM", message: "Bonjour" });

    const teamView = await getNetworkOverview(team.member, team.actor.id);
    expect(teamView.incoming).toMatchObject([{ linkId, other: { id: head.actor.id }, otherSide: "HEAD", message: "Bonjour" }]);
    expect((await getNetworkOverview(head.admin, head.actor.id)).outgoing).toMatchObject([{ linkId, otherSide: "TEAM" }]);
    const teamAdminId = (await db.membership.findFirstOrThrow({ where: { actorId: team.actor.id, role: "ADMIN" } })).userId;
    expect(await db.notification.count({ where: { userId: teamAdminId } })).toBe(1);

    // The side that asked cannot accept its own request.
    await expect(decideLink(head.admin, { actorId: head.actor.id, linkId, decision: "accept" })).rejects.toThrow(ValidationError);

    await decideLink(team.admin, { actorId: team.actor.id, linkId, decision: "accept" });
    expect(await db.networkLink.findUniqueOrThrow({ where: { id: linkId } })).toMatchObject({ status: "ACCEPTED", requestedBy: "HEAD" });
    expect((await db.actor.findUniqueOrThrow({ where: { id: team.actor.id } })).parentId).toBe(head.actor.id);
    expect((await getNetworkOverview(team.admin, team.actor.id)).head).toMatchObject({ id: head.actor.id, linkId });
    const audit = await db.auditLog.findMany({ where: { entity: "NetworkLink", entityId: linkId }, orderBy: { createdAt: "asc" } });
    expect(audit.map((row) => row.action)).toEqual(["network.requested", "network.accepted"]);
    const headAdminNotes = await db.notification.count({ where: { userId: head.admin.id } });
    expect(headAdminNotes).toBe(1);
  });

  it("a team asks to join, the head declines; a new request reopens the same row", async () => {
    const head = await makeOrganisation("Tete");
    const team = await makeOrganisation("Equipe");
    const { linkId } = await requestLink(team.admin, { actorId: team.actor.id, otherId: head.actor.id, as: "HEAD", message: "" });
    await decideLink(head.admin, { actorId: head.actor.id, linkId, decision: "decline" });
    expect(await db.networkLink.findUniqueOrThrow({ where: { id: linkId } })).toMatchObject({ status: "DECLINED" });
    expect((await db.actor.findUniqueOrThrow({ where: { id: team.actor.id } })).parentId).toBeNull();
    expect(await listNetworkTeams(head.admin, head.actor.id)).toEqual([]);

    const again = await requestLink(team.admin, { actorId: team.actor.id, otherId: head.actor.id, as: "HEAD", message: "" });
    expect(again.linkId).toBe(linkId);
    expect(await db.networkLink.findUniqueOrThrow({ where: { id: linkId } })).toMatchObject({ status: "PENDING", decidedAt: null });
  });

  it("a member (not admin) can neither request nor accept; nothing changes", async () => {
    const head = await makeOrganisation("Tete");
    const team = await makeOrganisation("Equipe");
    await expect(requestLink(head.member, { actorId: head.actor.id, otherId: team.actor.id, as: "TEAM", message: "" })).rejects.toThrow(ForbiddenError);
    const { linkId } = await requestLink(head.admin, { actorId: head.actor.id, otherId: team.actor.id, as: "TEAM", message: "" });
    const before = await snapshot(head.actor.id, team.actor.id);
    await expect(decideLink(team.member, { actorId: team.actor.id, linkId, decision: "accept" })).rejects.toThrow(ForbiddenError);
    expect(await snapshot(head.actor.id, team.actor.id)).toEqual(before);
  });

  it("a third organisation's admin cannot accept, end or read, even with forged ids", async () => {
    const head = await makeOrganisation("Tete");
    const team = await makeOrganisation("Equipe");
    const third = await makeOrganisation("Tiers");
    const { linkId } = await requestLink(head.admin, { actorId: head.actor.id, otherId: team.actor.id, as: "TEAM", message: "" });
    const before = await snapshot(head.actor.id, team.actor.id, third.actor.id);
    // Acting for their own organisation on someone else's link: not found.
    await expect(decideLink(third.admin, { actorId: third.actor.id, linkId, decision: "accept" })).rejects.toThrow(NotFoundError);
    await expect(endLink(third.admin, { actorId: third.actor.id, linkId })).rejects.toThrow(NotFoundError);
    // Claiming to act for the team they are not in: forbidden.
    await expect(decideLink(third.admin, { actorId: team.actor.id, linkId, decision: "accept" })).rejects.toThrow(ForbiddenError);
    await expect(requestLink(third.admin, { actorId: head.actor.id, otherId: third.actor.id, as: "TEAM", message: "" })).rejects.toThrow(ForbiddenError);
    expect(await getNetworkOverview(third.admin, team.actor.id)).toEqual({ head: null, incoming: [], outgoing: [] });
    expect(await snapshot(head.actor.id, team.actor.id, third.actor.id)).toEqual(before);
  });

  it("refuses self-links, a second head, cycles and unpublished or unknown organisations", async () => {
    const { head, team } = await linked();
    const other = await makeOrganisation("Autre");
    const before = await snapshot(head.actor.id, team.actor.id, other.actor.id);
    await expect(requestLink(head.admin, { actorId: head.actor.id, otherId: head.actor.id, as: "TEAM", message: "" })).rejects.toThrow("propre réseau");
    // The head cannot become a team of its own team.
    await expect(requestLink(team.admin, { actorId: team.actor.id, otherId: head.actor.id, as: "TEAM", message: "" })).rejects.toThrow("boucle");
    await expect(requestLink(head.admin, { actorId: head.actor.id, otherId: team.actor.id, as: "HEAD", message: "" })).rejects.toThrow("boucle");
    // One head per team.
    await expect(requestLink(other.admin, { actorId: other.actor.id, otherId: team.actor.id, as: "TEAM", message: "" })).rejects.toThrow("autre réseau");
    await expect(requestLink(head.admin, { actorId: head.actor.id, otherId: team.actor.id, as: "TEAM", message: "" })).rejects.toThrow("déjà reliées");
    await expect(requestLink(head.admin, { actorId: head.actor.id, otherId: "inexistant", as: "TEAM", message: "" })).rejects.toThrow(NotFoundError);
    await db.actor.update({ where: { id: other.actor.id }, data: { status: "PENDING" } });
    await expect(requestLink(head.admin, { actorId: head.actor.id, otherId: other.actor.id, as: "TEAM", message: "" })).rejects.toThrow(NotFoundError);
    expect(await snapshot(head.actor.id, team.actor.id, other.actor.id)).toEqual(before);
  });

  it("a pending request to a team that has since joined another head cannot be accepted", async () => {
    const team = await makeOrganisation("Equipe");
    const first = await makeOrganisation("Tete");
    const second = await makeOrganisation("Tete");
    const one = await requestLink(first.admin, { actorId: first.actor.id, otherId: team.actor.id, as: "TEAM", message: "" });
    const two = await requestLink(second.admin, { actorId: second.actor.id, otherId: team.actor.id, as: "TEAM", message: "" });
    await decideLink(team.admin, { actorId: team.actor.id, linkId: one.linkId, decision: "accept" });
    await expect(decideLink(team.admin, { actorId: team.actor.id, linkId: two.linkId, decision: "accept" })).rejects.toThrow("autre réseau");
    expect((await db.actor.findUniqueOrThrow({ where: { id: team.actor.id } })).parentId).toBe(first.actor.id);
  });

  it("two heads accepted at the same instant: the team still ends up with exactly one", async () => {
    const team = await makeOrganisation("Equipe");
    const heads = [await makeOrganisation("Tete"), await makeOrganisation("Tete")];
    // The team asks both; both heads accept concurrently.
    const requests: { linkId: string }[] = [];
    for (const head of heads) requests.push(await requestLink(team.admin, { actorId: team.actor.id, otherId: head.actor.id, as: "HEAD", message: "" }));
    const outcomes = await Promise.allSettled(
      heads.map((head, index) => decideLink(head.admin, { actorId: head.actor.id, linkId: requests[index].linkId, decision: "accept" })),
    );
    expect(outcomes.map((outcome) => outcome.status).sort()).toEqual(["fulfilled", "rejected"]);
    const accepted = await db.networkLink.findMany({ where: { teamId: team.actor.id, status: "ACCEPTED" } });
    expect(accepted).toHaveLength(1);
    expect((await db.actor.findUniqueOrThrow({ where: { id: team.actor.id } })).parentId).toBe(accepted[0].headId);
  });

  it("either side ends the link: parentId is cleared and the head reads nothing more", async () => {
    const { head, team, linkId } = await linked();
    await endLink(team.admin, { actorId: team.actor.id, linkId });
    expect(await db.networkLink.findUniqueOrThrow({ where: { id: linkId } })).toMatchObject({ status: "ENDED" });
    expect((await db.actor.findUniqueOrThrow({ where: { id: team.actor.id } })).parentId).toBeNull();
    expect(await listNetworkTeams(head.admin, head.actor.id)).toEqual([]);
    await expect(getTeamSummary(head.admin, head.actor.id, team.actor.id)).rejects.toThrow(NotFoundError);
    await expect(endLink(head.admin, { actorId: head.actor.id, linkId })).rejects.toThrow(ValidationError);
  });
});

// ───────────── what the head reads ─────────────

describe("the head's dashboard", () => {
  it("shows a team's diagnostic and alliances only after acceptance, to the head's members", async () => {
    const head = await makeOrganisation("Tete");
    const team = await makeOrganisation("Equipe");
    const third = await makeOrganisation("Tiers");
    await makeDiagnostic(team.actor.id);
    const alliance = await db.alliance.create({
      data: { title: "Alliance test", slug: `a-${randomUUID().slice(0, 8)}`, searchKey: "alliance test", mode: "MECENAT", stage: "ACTIVE" },
    });
    await db.alliancePartner.create({ data: { allianceId: alliance.id, actorId: team.actor.id, status: "CONFIRMED" } });

    const { linkId } = await requestLink(head.admin, { actorId: head.actor.id, otherId: team.actor.id, as: "TEAM", message: "" });
    expect(await listNetworkTeams(head.admin, head.actor.id)).toEqual([]);
    await expect(getTeamSummary(head.admin, head.actor.id, team.actor.id)).rejects.toThrow(NotFoundError);

    await decideLink(team.admin, { actorId: team.actor.id, linkId, decision: "accept" });
    const rows = await listNetworkTeams(head.member, head.actor.id);
    expect(rows).toMatchObject([
      { id: team.actor.id, latest: { level: 2, levelName: "En construction", priorities: ["INCLUSION_NUMERIQUE"] }, alliancesByStage: { ACTIVE: 1 } },
    ]);
    const summary = await getTeamSummary(head.member, head.actor.id, team.actor.id);
    expect(summary.diagnostics).toMatchObject([{ level: 2, overall: 48 }]);
    expect(summary.alliances).toMatchObject([{ title: "Alliance test", stage: "ACTIVE" }]);

    // Nobody else: not a third organisation's admin, not the team reading "its head's" teams,
    // not the head reading an unrelated organisation through its own id.
    expect(await listNetworkTeams(third.admin, head.actor.id)).toEqual([]);
    await expect(getTeamSummary(third.admin, head.actor.id, team.actor.id)).rejects.toThrow(NotFoundError);
    await expect(getTeamSummary(third.admin, third.actor.id, team.actor.id)).rejects.toThrow(NotFoundError);
    await expect(getTeamSummary(head.admin, head.actor.id, third.actor.id)).rejects.toThrow(NotFoundError);
    await expect(getTeamSummary(team.admin, team.actor.id, head.actor.id)).rejects.toThrow(NotFoundError);
    expect(await listNetworkTeams(team.admin, team.actor.id)).toEqual([]);
  });

  it("offers published organisations to link only to admins", async () => {
    const head = await makeOrganisation("Tete");
    const team = await makeOrganisation("Equipe");
    const found = await searchLinkCandidates(head.admin, head.actor.id, team.actor.name);
    expect(found.map((row) => row.id)).toContain(team.actor.id);
    expect(await searchLinkCandidates(head.member, head.actor.id, team.actor.name)).toEqual([]);
  });
});

// ───────────── kit recommendations ─────────────

describe("kit recommendations", () => {
  it("a head admin recommends a published kit to one team or all; the team sees it", async () => {
    const { head, team } = await linked();
    const kit = await makeKit();
    expect(await recommendKit(head.admin, { headId: head.actor.id, teamId: team.actor.id, kitId: kit.id, message: "À lire" })).toEqual({ count: 1 });
    expect(await recommendKit(head.admin, { headId: head.actor.id, teamId: "ALL", kitId: kit.id, message: "" })).toEqual({ count: 1 });
    const received = await listRecommendations(team.member, team.actor.id, "received");
    expect(received).toHaveLength(2);
    expect(received[1]).toMatchObject({ kit: { title: kit.title }, message: "À lire", other: { id: head.actor.id } });
    expect(await listRecommendations(head.member, head.actor.id, "sent")).toHaveLength(2);
    expect(await db.auditLog.count({ where: { action: "network.kit.recommended", userId: head.admin.id } })).toBe(2);
  });

  it("refuses members, unlinked teams, third parties and unpublished kits; nothing is written", async () => {
    const { head, team } = await linked();
    const stranger = await makeOrganisation("Tiers");
    const kit = await makeKit();
    const draft = await makeKit("DRAFT");
    const before = await snapshot(head.actor.id, team.actor.id, stranger.actor.id);
    await expect(recommendKit(head.member, { headId: head.actor.id, teamId: team.actor.id, kitId: kit.id, message: "" })).rejects.toThrow(ForbiddenError);
    await expect(recommendKit(head.admin, { headId: head.actor.id, teamId: stranger.actor.id, kitId: kit.id, message: "" })).rejects.toThrow(ForbiddenError);
    await expect(recommendKit(stranger.admin, { headId: head.actor.id, teamId: team.actor.id, kitId: kit.id, message: "" })).rejects.toThrow(ForbiddenError);
    await expect(recommendKit(stranger.admin, { headId: head.actor.id, teamId: "ALL", kitId: kit.id, message: "" })).rejects.toThrow(ForbiddenError);
    await expect(recommendKit(team.admin, { headId: team.actor.id, teamId: head.actor.id, kitId: kit.id, message: "" })).rejects.toThrow(ForbiddenError);
    await expect(recommendKit(head.admin, { headId: head.actor.id, teamId: team.actor.id, kitId: draft.id, message: "" })).rejects.toThrow(ValidationError);
    expect(await listRecommendations(stranger.admin, team.actor.id, "received")).toEqual([]);
    expect(await snapshot(head.actor.id, team.actor.id, stranger.actor.id)).toEqual(before);
  });
});

describe("a second click after a success", () => {
  it("the same request sent again is the first one's success, with nothing written twice", async () => {
    const [head, team] = [await makeOrganisation("Tete"), await makeOrganisation("Equipe")];
    const input = { actorId: head.actor.id, otherId: team.actor.id, as: "TEAM" as const, message: "Rejoignez-nous" };
    const first = await requestLink(head.admin, input);
    expect(await requestLink(head.admin, input)).toEqual(first);
    const [x, y] = await Promise.all([requestLink(head.admin, input), requestLink(head.admin, input)]);
    expect([x.linkId, y.linkId]).toEqual([first.linkId, first.linkId]);
    expect(await db.auditLog.count({ where: { entity: "NetworkLink", entityId: first.linkId } })).toBe(1);
    // Another request for the same pair (another message, or the other way round) is still refused.
    await expect(requestLink(head.admin, { ...input, message: "Autre chose" })).rejects.toThrow(ValidationError);
    await expect(requestLink(team.admin, { actorId: team.actor.id, otherId: head.actor.id, as: "HEAD", message: "Rejoignez-nous" })).rejects.toThrow(
      ValidationError,
    );
    // Only an admin of the asking side gets the success.
    await expect(requestLink(head.member, input)).rejects.toThrow(ForbiddenError);
  });

  it("shows the deciding side who asked and what the network is", async () => {
    const [head, team] = [await makeOrganisation("Tete"), await makeOrganisation("Equipe")];
    await requestLink(head.admin, { actorId: head.actor.id, otherId: team.actor.id, as: "TEAM", message: "Bienvenue" });
    const [row] = (await getNetworkOverview(team.admin, team.actor.id)).incoming;
    const asker = await db.user.findUniqueOrThrow({ where: { id: head.admin.id } });
    expect(row).toMatchObject({ requester: asker.name, message: "Bienvenue", network: { headName: head.actor.name, teamCount: 0 } });
  });
});

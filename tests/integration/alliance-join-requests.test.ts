// Requests to join a published alliance on the real database: ask → accept (a confirmed partner)
// or decline, one pending request per organisation, and the refusals with nothing written.
import { afterAll, describe, expect, it } from "vitest";
import { decideJoinRequest, requestToJoinAlliance } from "@/lib/alliances/join-requests.mutations";
import { getJoinPage, listPendingJoinRequests } from "@/lib/alliances/join-requests.queries";
import { createAlliance } from "@/lib/alliances/workspace.mutations";
import { db } from "@/lib/db";
import { ForbiddenError, NotFoundError, ValidationError } from "@/lib/errors";
import { makeOrganisationWithUser, makeUser } from "../support/factories";

afterAll(async () => {
  await db.$disconnect();
});

const message = "Nous animons un tiers-lieu et pouvons accueillir les ateliers.";

async function publishedAlliance() {
  const lead = await makeOrganisationWithUser();
  const { id } = await createAlliance(lead.user.principal, {
    actorId: lead.id,
    title: "Ateliers du Furan",
    summary: "",
    description: "Une alliance.",
    mode: "INNOVATION_SOCIETALE",
    territories: ["commune-42218"],
    targets: ["17.17"],
  });
  const { slug } = await db.alliance.update({ where: { id }, data: { status: "PUBLISHED", publishedAt: new Date() }, select: { slug: true } });
  return { lead, id, slug };
}

const state = async (allianceId: string) => ({
  requests: await db.allianceJoinRequest.findMany({ where: { allianceId }, select: { actorId: true, status: true }, orderBy: { createdAt: "asc" } }),
  partners: await db.alliancePartner.findMany({ where: { allianceId }, select: { actorId: true, status: true }, orderBy: { actorId: "asc" } }),
});

describe("requests to join an alliance", () => {
  it("asks, is listed for the lead, then accepted as a confirmed partner, with notifications both ways", async () => {
    const { lead, id, slug } = await publishedAlliance();
    const asking = await makeOrganisationWithUser("MEMBER");
    expect((await getJoinPage(asking.user.principal, slug))?.organisations).toEqual([{ id: asking.id, name: asking.name, standing: { kind: "eligible" } }]);

    expect(await requestToJoinAlliance(asking.user.principal, { id, actorId: asking.id, message })).toEqual({ slug });
    const page = await getJoinPage(asking.user.principal, slug);
    expect(page?.organisations[0].standing.kind).toBe("pending");
    const [pending] = await listPendingJoinRequests(lead.user.principal, id);
    expect(pending).toMatchObject({ actorName: asking.name, message });
    expect(await db.notification.findFirst({ where: { userId: lead.user.id, kind: "alliance.join" }, select: { title: true, body: true } })).toMatchObject({
      title: `${asking.name} demande à rejoindre l'alliance « Ateliers du Furan »`,
    });
    // Asking again while waiting: refused by the partial unique index.
    await expect(requestToJoinAlliance(asking.user.principal, { id, actorId: asking.id, message })).rejects.toBeInstanceOf(ValidationError);

    await decideJoinRequest(lead.user.principal, { id, requestId: pending.id, decision: "accept", note: "" });
    expect(await state(id)).toMatchObject({ requests: [{ actorId: asking.id, status: "ACCEPTED" }] });
    expect((await state(id)).partners).toContainEqual({ actorId: asking.id, status: "CONFIRMED" });
    expect((await getJoinPage(asking.user.principal, slug))?.organisations[0].standing.kind).toBe("partner");
    expect(await db.auditLog.count({ where: { entityId: id, action: { in: ["alliance.join.requested", "alliance.join.decided"] } } })).toBe(2);
  });

  it("declines with a note the asking organisation's admins read; it may ask again later", async () => {
    const { lead, id } = await publishedAlliance();
    const asking = await makeOrganisationWithUser("ADMIN");
    await requestToJoinAlliance(asking.user.principal, { id, actorId: asking.id, message });
    const [pending] = await listPendingJoinRequests(lead.user.principal, id);
    await decideJoinRequest(lead.user.principal, { id, requestId: pending.id, decision: "decline", note: "Le périmètre est complet pour cette année." });
    expect(await db.notification.findFirst({ where: { userId: asking.user.id, kind: "alliance.join" }, select: { title: true, body: true } })).toEqual({
      title: "Votre demande pour rejoindre l'alliance « Ateliers du Furan » est déclinée",
      body: "Le périmètre est complet pour cette année.",
    });
    expect((await state(id)).partners.map((p) => p.actorId)).not.toContain(asking.id);
    // Answered twice: the second finds nothing pending.
    await expect(decideJoinRequest(lead.user.principal, { id, requestId: pending.id, decision: "accept", note: "" })).rejects.toBeInstanceOf(NotFoundError);
    await requestToJoinAlliance(asking.user.principal, { id, actorId: asking.id, message });
    expect((await state(id)).requests.map((r) => r.status)).toEqual(["DECLINED", "PENDING"]);
  });

  it("refuses strangers, unpublished alliances and organisations, and non-leads, writing nothing", async () => {
    const { lead, id } = await publishedAlliance();
    const asking = await makeOrganisationWithUser("ADMIN");
    const stranger = await makeUser();
    // Asking in the name of an organisation one is not a member of.
    await expect(requestToJoinAlliance(stranger.principal, { id, actorId: asking.id, message })).rejects.toBeInstanceOf(ForbiddenError);
    // An organisation still in draft cannot join.
    const draft = await makeOrganisationWithUser("ADMIN", { status: "DRAFT" });
    await expect(requestToJoinAlliance(draft.user.principal, { id, actorId: draft.id, message })).rejects.toBeInstanceOf(ValidationError);
    // The lead itself is already linked.
    await expect(requestToJoinAlliance(lead.user.principal, { id, actorId: lead.id, message })).rejects.toBeInstanceOf(ValidationError);
    // A draft alliance: not found.
    await db.alliance.update({ where: { id }, data: { status: "DRAFT" } });
    await expect(requestToJoinAlliance(asking.user.principal, { id, actorId: asking.id, message })).rejects.toBeInstanceOf(NotFoundError);
    await db.alliance.update({ where: { id }, data: { status: "PUBLISHED" } });

    await requestToJoinAlliance(asking.user.principal, { id, actorId: asking.id, message });
    const [pending] = await listPendingJoinRequests(lead.user.principal, id);
    const before = await state(id);
    // Only the lead's members read or answer the requests: not the asking organisation, not a stranger.
    await expect(listPendingJoinRequests(asking.user.principal, id)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(decideJoinRequest(asking.user.principal, { id, requestId: pending.id, decision: "accept", note: "" })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(decideJoinRequest(stranger.principal, { id, requestId: pending.id, decision: "accept", note: "" })).rejects.toBeInstanceOf(ForbiddenError);
    // Another alliance's lead cannot answer it through its own alliance's id.
    const other = await publishedAlliance();
    await expect(decideJoinRequest(other.lead.user.principal, { id: other.id, requestId: pending.id, decision: "accept", note: "" })).rejects.toBeInstanceOf(
      NotFoundError,
    );
    expect(await state(id)).toEqual(before);
  });
});

// Conversations between partners on the real database: two matched organisations exchange
// messages (notified, unread counts), corrections within 10 minutes, reports hidden by staff
// (audited), and nobody else reads or writes the thread.
import { afterAll, describe, expect, it } from "vitest";
import { editMessage, markThreadRead, postMessage, reportMessage } from "@/lib/conversations/conversations.mutations";
import { countUnreadMessages, getThread, listMyThreads } from "@/lib/conversations/conversations.queries";
import { decideMessageReport } from "@/lib/conversations/reports.mutations";
import { listOpenMessageReports } from "@/lib/conversations/reports.queries";
import { EDIT_WINDOW_MS } from "@/lib/conversations/rules";
import { db } from "@/lib/db";
import { ForbiddenError, NotFoundError, ValidationError } from "@/lib/errors";
import { makeMatchContact } from "../support/conversations";
import { makeOrganisationWithUser, makeUser } from "../support/factories";

afterAll(async () => {
  await db.$disconnect();
});

async function matched(status: "ACCEPTED" | "PENDING" = "ACCEPTED") {
  const association = await makeOrganisationWithUser();
  const company = await makeOrganisationWithUser("ADMIN", { kind: "ENTREPRISE" });
  const { id } = await makeMatchContact(association.id, company.id, status);
  return { association, company, id };
}

describe("match threads", () => {
  it("the two organisations exchange messages, notified, with unread counts and each other's contact", async () => {
    const { association, company, id } = await matched();
    await postMessage(association.user.principal, { kind: "MATCH", subjectId: id, actorId: association.id, body: "Bonjour, voir https://exemple.fr/projet" });
    const notification = await db.notification.findFirst({
      where: { userId: company.user.id, kind: "conversation.message" },
      select: { title: true, href: true },
    });
    expect(notification).toMatchObject({ href: `/espace/conversations/mise-en-relation/${id}` });
    expect(notification?.title).toContain(association.name);
    expect(await countUnreadMessages(company.user.id)).toBe(1);
    expect(await countUnreadMessages(association.user.id)).toBe(0);
    expect(await listMyThreads(company.user.id)).toMatchObject([{ kind: "MATCH", subjectId: id, unread: 1 }]);

    const thread = await getThread(company.user.principal, "MATCH", id);
    expect(thread.messages).toMatchObject([{ body: "Bonjour, voir https://exemple.fr/projet", organisation: association.name, mine: false, canReport: true }]);
    expect(thread.counterparts.map((p) => p.organisation)).toEqual([association.name]);
    await markThreadRead(company.user.principal, "MATCH", id);
    expect(await countUnreadMessages(company.user.id)).toBe(0);

    await postMessage(company.user.principal, { kind: "MATCH", subjectId: id, actorId: company.id, body: "Avec plaisir." });
    expect(await countUnreadMessages(association.user.id)).toBe(1);
    expect((await getThread(association.user.principal, "MATCH", id)).counterparts.map((p) => p.organisation)).toEqual([company.name]);
  });

  it("nobody reads or writes a thread before acceptance, nor outside the two organisations", async () => {
    const pending = await matched("PENDING");
    await expect(getThread(pending.association.user.principal, "MATCH", pending.id)).rejects.toBeInstanceOf(NotFoundError);
    const { association, id } = await matched();
    const third = await makeOrganisationWithUser();
    const staff = await makeUser("STAFF");
    const admin = await makeUser("ADMIN");
    for (const principal of [third.user.principal, staff.principal, admin.principal, null]) {
      await expect(getThread(principal, "MATCH", id)).rejects.toBeInstanceOf(NotFoundError);
      await expect(postMessage(principal, { kind: "MATCH", subjectId: id, actorId: association.id, body: "Intrus" })).rejects.toBeInstanceOf(NotFoundError);
    }
    // A participant cannot speak for an organisation that is not theirs.
    const other = await matched();
    await expect(
      postMessage(other.association.user.principal, { kind: "MATCH", subjectId: other.id, actorId: other.company.id, body: "Usurpé" }),
    ).rejects.toBeInstanceOf(ForbiddenError);
    expect(await db.conversationMessage.count({ where: { body: { in: ["Intrus", "Usurpé"] } } })).toBe(0);
  });
});

describe("messages", () => {
  it("only the author corrects a message, within 10 minutes", async () => {
    const { association, company, id } = await matched();
    const sent = new Date();
    const { id: messageId } = await postMessage(
      association.user.principal,
      { kind: "MATCH", subjectId: id, actorId: association.id, body: "Rendez-vous mardi." },
      sent,
    );
    await expect(editMessage(company.user.principal, { messageId, body: "Modifié" })).rejects.toBeInstanceOf(ForbiddenError);
    await editMessage(association.user.principal, { messageId, body: "Rendez-vous mercredi." }, new Date(sent.getTime() + 60_000));
    expect(await db.conversationMessage.findUnique({ where: { id: messageId }, select: { body: true, editedAt: true } })).toMatchObject({
      body: "Rendez-vous mercredi.",
    });
    await expect(
      editMessage(association.user.principal, { messageId, body: "Trop tard" }, new Date(sent.getTime() + EDIT_WINDOW_MS + 1000)),
    ).rejects.toBeInstanceOf(ValidationError);
  });

  it("a reported message is hidden by staff with a reason, audited, and shown as hidden", async () => {
    const { association, company, id } = await matched();
    const { id: messageId } = await postMessage(association.user.principal, { kind: "MATCH", subjectId: id, actorId: association.id, body: "Propos déplacés" });
    await expect(reportMessage(association.user.principal, { messageId, reason: "Le mien" })).rejects.toBeInstanceOf(ValidationError);
    await reportMessage(company.user.principal, { messageId, reason: "Propos insultants" });
    await expect(reportMessage(company.user.principal, { messageId, reason: "Encore" })).rejects.toBeInstanceOf(ValidationError);

    const staff = await makeUser("STAFF");
    await expect(listOpenMessageReports(company.user.principal)).rejects.toBeInstanceOf(ForbiddenError);
    const report = (await listOpenMessageReports(staff.principal)).find((r) => r.message.body === "Propos déplacés");
    expect(report).toMatchObject({ reason: "Propos insultants", message: { organisation: association.name } });
    await expect(decideMessageReport(company.user.principal, { decision: "hide", reportId: report!.id, reason: "x" })).rejects.toBeInstanceOf(ForbiddenError);
    await decideMessageReport(staff.principal, { decision: "hide", reportId: report!.id, reason: "Propos contraires à la charte" });

    const [message] = (await getThread(company.user.principal, "MATCH", id)).messages;
    expect(message).toMatchObject({ body: null, hiddenReason: "Propos contraires à la charte", canReport: false });
    expect(await db.auditLog.count({ where: { entityId: messageId, action: "conversation.message.hidden" } })).toBe(1);
    await expect(editMessage(association.user.principal, { messageId, body: "Autre" })).rejects.toBeInstanceOf(ValidationError);
  });
});

describe("alliance threads", () => {
  it("confirmed and invited partners take part; a declined one no longer does", async () => {
    const lead = await makeOrganisationWithUser();
    const invited = await makeOrganisationWithUser();
    const declined = await makeOrganisationWithUser();
    const alliance = await db.alliance.create({
      data: {
        title: "Ateliers du Furan",
        slug: `ateliers-${lead.id}`,
        searchKey: "ateliers",
        mode: "MECENAT",
        partners: {
          create: [
            { actorId: lead.id, role: "LEAD", status: "CONFIRMED" },
            { actorId: invited.id, status: "INVITED" },
            { actorId: declined.id, status: "DECLINED" },
          ],
        },
      },
      select: { id: true },
    });
    await postMessage(invited.user.principal, { kind: "ALLIANCE", subjectId: alliance.id, actorId: invited.id, body: "Merci pour l'invitation." });
    expect((await getThread(lead.user.principal, "ALLIANCE", alliance.id)).messages).toHaveLength(1);
    await expect(getThread(declined.user.principal, "ALLIANCE", alliance.id)).rejects.toBeInstanceOf(NotFoundError);
    expect(await countUnreadMessages(lead.user.id)).toBe(1);
  });
});

describe("network link threads", () => {
  it("the head and its team talk while the link is asked or accepted, not once it ended", async () => {
    const head = await makeOrganisationWithUser();
    const team = await makeOrganisationWithUser();
    const link = await db.networkLink.create({ data: { headId: head.id, teamId: team.id, requestedBy: "HEAD" }, select: { id: true } });
    await postMessage(team.user.principal, { kind: "NETWORK_LINK", subjectId: link.id, actorId: team.id, body: "Qui êtes-vous ?" });
    const thread = await getThread(head.user.principal, "NETWORK_LINK", link.id);
    expect(thread.messages).toHaveLength(1);
    expect(thread.subject.backHref).toBe(`/espace/organisations/${head.id}/reseau`);
    await db.networkLink.update({ where: { id: link.id }, data: { status: "ENDED" } });
    await expect(getThread(team.user.principal, "NETWORK_LINK", link.id)).rejects.toBeInstanceOf(NotFoundError);
  });
});

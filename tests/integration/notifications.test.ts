// Notifications on the real database: notify() and the users' e-mail preferences, immediate
// delivery, the daily digest (grouped, idempotent, safe when two runs race), read marks scoped to
// the owner, and the producers (alliance invitations, organisation invitations, moderation).
import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { NotificationEmails } from "@/generated/prisma/client";
import { createAlliance } from "@/lib/alliances/workspace.mutations";
import { invitePartner, respondToInvitation } from "@/lib/alliances/workspace.partners.mutations";
import { db } from "@/lib/db";
import { ForbiddenError, NotFoundError } from "@/lib/errors";
import { decideModeration } from "@/lib/moderation/moderation.mutations";
import { deliverImmediate, sendDailyDigests } from "@/lib/notifications/delivery";
import { markAllRead, markRead, openNotification, setEmailPreference } from "@/lib/notifications/notifications.mutations";
import { countNewMatchContacts, countUnread, listNotifications } from "@/lib/notifications/notifications.queries";
import { notify } from "@/lib/notifications/notify";
import { inviteMember } from "@/lib/organisations/organisations.mutations";
import { makeOrganisationWithUser, makeUser as makeTestUser } from "../support/factories";

const BASE_URL = "https://odd17.test";

afterAll(async () => {
  await db.$disconnect();
});

beforeEach(() => {
  vi.stubEnv("SMTP_URL", "");
});

const makeUser = (notificationEmails: NotificationEmails = "ALL", platformRole: "USER" | "STAFF" = "USER") =>
  makeTestUser(platformRole, { notificationEmails });

async function makeOrganisation() {
  const { user: admin, ...actor } = await makeOrganisationWithUser("ADMIN", { verified: true });
  return { ...actor, admin };
}

const mailsTo = (email: string) => db.mailMessage.findMany({ where: { to: { equals: email, mode: "insensitive" } }, orderBy: { createdAt: "asc" } });

/** notify() in its own transaction, as a producer would. */
const notifyNow = (input: Parameters<typeof notify>[1]) => db.$transaction((tx) => notify(tx, input));

describe("notify and preferences", () => {
  it("writes one in-app notification per recipient, admins of an organisation included, never the actor", async () => {
    const org = await makeOrganisation();
    const member = await makeUser();
    await db.membership.create({ data: { userId: member.id, actorId: org.id, role: "MEMBER" } });
    const other = await makeUser();
    const ids = await notifyNow({
      userIds: [other.id, org.admin.id],
      actorAdminsOf: org.id,
      exceptUserId: other.id,
      kind: "general",
      title: "Bonjour",
      href: "/espace",
      email: "none",
    });
    expect(ids).toHaveLength(1);
    expect(await countUnread(org.admin.id)).toBe(1);
    expect(await countUnread(member.id)).toBe(0);
    expect(await countUnread(other.id)).toBe(0);
  });

  it("leaves nothing behind when the producer's transaction rolls back", async () => {
    const user = await makeUser();
    await expect(
      db.$transaction(async (tx) => {
        await notify(tx, { userIds: [user.id], kind: "general", title: "Jamais", email: "immediate" });
        throw new Error("rollback");
      }),
    ).rejects.toThrow("rollback");
    expect(await db.notification.count({ where: { userId: user.id } })).toBe(0);
  });

  it("e-mails at once only users who want every e-mail, and only once", async () => {
    const [all, digestOnly, none] = [await makeUser("ALL"), await makeUser("DIGEST_ONLY"), await makeUser("NONE")];
    const ids = await notifyNow({
      userIds: [all.id, digestOnly.id, none.id],
      kind: "alliance.invitation",
      title: "Invitation dans l'alliance « A »",
      href: "/espace/alliances/a1",
      email: "immediate",
    });
    expect(await deliverImmediate(ids, { baseUrl: BASE_URL })).toBe(1);
    expect(await deliverImmediate(ids, { baseUrl: BASE_URL })).toBe(0);
    const [mail] = await mailsTo(all.email);
    expect(mail.subject).toBe("Invitation dans l'alliance « A » — ODD 17 en pratiques");
    expect(mail.text).toContain(`${BASE_URL}/espace/alliances/a1`);
    expect(await mailsTo(digestOnly.email)).toHaveLength(0);
    expect(await mailsTo(none.email)).toHaveLength(0);

    // The digest then folds the DIGEST_ONLY user's immediate one in; NONE still gets nothing.
    await sendDailyDigests(new Date(), { baseUrl: BASE_URL });
    expect(await mailsTo(all.email)).toHaveLength(1);
    expect(await mailsTo(digestOnly.email)).toHaveLength(1);
    expect(await mailsTo(none.email)).toHaveLength(0);
  });

  it("saves the preference of the signed-in user only", async () => {
    const user = await makeUser();
    await setEmailPreference(user.principal, "NONE");
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).notificationEmails).toBe("NONE");
    await expect(setEmailPreference(null, "ALL")).rejects.toBeInstanceOf(ForbiddenError);
  });
});

describe("daily digest", () => {
  it("groups a user's digest notifications of the last day into one e-mail, then sends nothing more", async () => {
    const user = await makeUser();
    const now = new Date();
    await notifyNow({
      userIds: [user.id],
      kind: "match.new",
      title: "Nouvelle mise en relation : « Atelier »",
      href: "/espace/besoins-offres/besoins/n1",
      email: "digest",
    });
    await notifyNow({
      userIds: [user.id],
      kind: "match.new",
      title: "Nouvelle mise en relation : « Jardin »",
      href: "/espace/besoins-offres/offres/o1",
      email: "digest",
    });
    await notifyNow({ userIds: [user.id], kind: "general", title: "Sans e-mail", email: "none" });
    // Older than a day: left out.
    await db.notification.create({ data: { userId: user.id, title: "Ancienne", email: "DIGEST", createdAt: new Date(now.getTime() - 25 * 3600 * 1000) } });

    await sendDailyDigests(new Date(), { baseUrl: BASE_URL });
    const mails = await mailsTo(user.email);
    expect(mails).toHaveLength(1);
    expect(mails[0].subject).toBe("Vos 2 notifications du jour — ODD 17 en pratiques");
    expect(mails[0].text).toContain("Nouvelle mise en relation : « Atelier »");
    expect(mails[0].text).toContain(`${BASE_URL}/espace/besoins-offres/offres/o1`);
    expect(mails[0].text).toContain(`${BASE_URL}/espace/notifications/preferences`);
    expect(mails[0].text).not.toContain("Sans e-mail");
    expect(mails[0].text).not.toContain("Ancienne");

    await sendDailyDigests(new Date(), { baseUrl: BASE_URL });
    expect(await mailsTo(user.email)).toHaveLength(1);
  });

  it("sends one e-mail when two runs race (two servers, a retried cron job)", async () => {
    const users = [await makeUser(), await makeUser(), await makeUser()];
    for (const user of users) {
      for (let i = 0; i < 3; i += 1) await notifyNow({ userIds: [user.id], kind: "match.new", title: `Mise en relation ${i}`, email: "digest" });
    }
    // A barrier: all three runs have read the same candidates before any of them claims.
    const RUNS = 3;
    let arrived = 0;
    let release!: () => void;
    const allSelected = new Promise<void>((resolve) => (release = resolve));
    const beforeClaim = async () => {
      arrived += 1;
      if (arrived === RUNS) release();
      await allSelected;
    };
    const runs = await Promise.all(Array.from({ length: RUNS }, () => sendDailyDigests(new Date(), { baseUrl: BASE_URL, beforeClaim })));
    expect(runs.reduce((sum, run) => sum + run.notifications, 0)).toBeGreaterThanOrEqual(9);
    for (const user of users) {
      const mails = await mailsTo(user.email);
      expect(mails).toHaveLength(1);
      expect(mails[0].subject).toBe("Vos 3 notifications du jour — ODD 17 en pratiques");
    }
  });

  it("sends nothing to a user who switched e-mails off", async () => {
    const user = await makeUser();
    await notifyNow({ userIds: [user.id], kind: "match.new", title: "Mise en relation", email: "digest" });
    await setEmailPreference(user.principal, "NONE");
    await sendDailyDigests(new Date(), { baseUrl: BASE_URL });
    expect(await mailsTo(user.email)).toHaveLength(0);
    expect(await countUnread(user.id)).toBe(1);
  });
});

describe("read marks", () => {
  it("mark one, open one, mark all — each scoped to the owner; a forged id changes nothing", async () => {
    const [owner, intruder] = [await makeUser(), await makeUser()];
    const [first] = await notifyNow({ userIds: [owner.id], kind: "general", title: "Un", href: "/espace/alliances/a1", email: "none" });
    const [second] = await notifyNow({ userIds: [owner.id], kind: "general", title: "Deux", email: "none" });
    await notifyNow({ userIds: [owner.id], kind: "general", title: "Trois", email: "none" });
    expect(await countUnread(owner.id)).toBe(3);

    await expect(markRead(intruder.principal, first)).rejects.toBeInstanceOf(NotFoundError);
    await expect(openNotification(intruder.principal, second)).rejects.toBeInstanceOf(NotFoundError);
    expect(await markAllRead(intruder.principal)).toBe(0);
    await expect(markRead(null, first)).rejects.toBeInstanceOf(ForbiddenError);
    expect(await countUnread(owner.id)).toBe(3);

    expect(await markRead(owner.principal, first)).toBe(true);
    expect(await markRead(owner.principal, first)).toBe(false);
    expect(await openNotification(owner.principal, second)).toEqual({ href: null });
    expect(await countUnread(owner.id)).toBe(1);
    expect(await markAllRead(owner.principal)).toBe(1);
    expect(await countUnread(owner.id)).toBe(0);

    const list = await listNotifications(owner.id);
    expect(list.items.map((item) => item.title)).toEqual(["Trois", "Deux", "Un"]);
    expect((await listNotifications(intruder.id)).total).toBe(0);
  });
});

describe("producers", () => {
  it("an alliance invitation notifies the invited organisation's admins, its answer the lead's", async () => {
    const lead = await makeOrganisation();
    const partner = await makeOrganisation();
    const { id } = await createAlliance(lead.admin.principal, {
      actorId: lead.id,
      title: "Ateliers numériques du Furan",
      summary: "Des ateliers pour tous.",
      description: "Une alliance entre une association et une entreprise.",
      mode: "MECENAT",
      mecenatKind: "COMPETENCES",
      territories: ["commune-42218"],
      targets: ["17.17"],
    });
    await invitePartner(lead.admin.principal, { id, inviteeId: partner.id });
    const [invitation] = await db.notification.findMany({ where: { userId: partner.admin.id } });
    expect(invitation).toMatchObject({ kind: "alliance.invitation", email: "IMMEDIATE", href: `/espace/alliances/${id}`, emailedAt: null });
    expect(invitation.title).toContain("Ateliers numériques du Furan");
    expect(await countUnread(lead.admin.id)).toBe(0);

    await respondToInvitation(partner.admin.principal, { id, actorId: partner.id, decision: "confirm" });
    const [answer] = await db.notification.findMany({ where: { userId: lead.admin.id } });
    expect(answer.kind).toBe("alliance.response");
    expect(answer.title).toContain("confirme sa participation");
  });

  it("an organisation invitation notifies the invited account in-app (its e-mail is sent as before)", async () => {
    const org = await makeOrganisation();
    const invitee = await makeUser();
    await inviteMember(org.admin.principal, { actorId: org.id, email: invitee.email.toUpperCase(), role: "MEMBER" }, { baseUrl: BASE_URL });
    const [row] = await db.notification.findMany({ where: { userId: invitee.id } });
    expect(row).toMatchObject({ kind: "organisation.invitation", email: "NONE", href: "/espace" });
    expect(row.title).toContain(org.name);
    expect(await mailsTo(invitee.email)).toHaveLength(1);
  });

  it("a moderation decision notifies the admins in-app; an approved need tells both sides of its new matches (digest)", async () => {
    const staff = await makeUser("ALL", "STAFF");
    const [needOrg, offerOrg] = [await makeOrganisation(), await makeOrganisation()];
    const commune = (await db.territory.findUniqueOrThrow({ where: { kind_code: { kind: "COMMUNE", code: "42218" } } })).id;
    const epci = (await db.territory.findUniqueOrThrow({ where: { kind_code: { kind: "EPCI", code: "244200770" } } })).id;
    const common = { description: "Description", mode: "MECENAT" as const, mecenatKind: "COMPETENCES" as const, theme: "INCLUSION_NUMERIQUE" as const };
    const offer = await db.offer.create({ data: { ...common, title: "Offre de formateurs", actorId: offerOrg.id, territoryId: epci, status: "PUBLISHED" } });
    const need = await db.need.create({ data: { ...common, title: "Ateliers numériques", actorId: needOrg.id, territoryId: commune, status: "PENDING" } });

    await decideModeration(staff.principal, { kind: "need", id: need.id, decision: "approve" }, { baseUrl: BASE_URL });
    const forNeed = await db.notification.findMany({ where: { userId: needOrg.admin.id }, orderBy: { kind: "asc" } });
    expect(forNeed.map((n) => [n.kind, n.email])).toEqual([
      ["match.new", "DIGEST"],
      ["moderation.decision", "NONE"],
    ]);
    const forOffer = await db.notification.findMany({ where: { userId: offerOrg.admin.id } });
    expect(forOffer).toHaveLength(1);
    expect(forOffer[0]).toMatchObject({ kind: "match.new", href: `/espace/besoins-offres/offres/${offer.id}` });
    expect(forOffer[0].title).toContain("Offre de formateurs");
    // The decision e-mail itself is lib/moderation's, unchanged: one message, not two.
    expect(await mailsTo(needOrg.admin.email)).toHaveLength(1);
  });

  it("counts contacts other organisations made this week for the dashboard", async () => {
    const [mine, theirs] = [await makeOrganisation(), await makeOrganisation()];
    const territory = (await db.territory.findUniqueOrThrow({ where: { kind_code: { kind: "COMMUNE", code: "42218" } } })).id;
    const common = {
      description: "",
      mode: "MECENAT" as const,
      mecenatKind: "COMPETENCES" as const,
      theme: "INCLUSION_NUMERIQUE" as const,
      territoryId: territory,
      status: "PUBLISHED" as const,
    };
    const need = await db.need.create({ data: { ...common, title: "Besoin", actorId: mine.id } });
    const offer = await db.offer.create({ data: { ...common, title: "Offre", actorId: theirs.id } });
    await db.matchContact.create({ data: { needId: need.id, offerId: offer.id, fromActorId: theirs.id, message: "Bonjour" } });
    await db.matchContact.create({ data: { needId: need.id, offerId: offer.id, fromActorId: mine.id, message: "Bonjour aussi" } });
    const weekAgo = new Date(Date.now() - 7 * 24 * 3600 * 1000);
    expect(await countNewMatchContacts(mine.admin.id, weekAgo)).toBe(1);
    expect(await countNewMatchContacts(theirs.admin.id, weekAgo)).toBe(1);
    expect(await countNewMatchContacts((await makeUser()).id, weekAgo)).toBe(0);
  });
});

// E-mail quotas on the paths a signed-in user drives (issue #18): organisation invitations,
// alliance invitations, network requests and the contact form. Over the sender's quota the
// action is refused in French and writes nothing. Over a recipient's: refused where the e-mail is
// the message itself (invitation, contact); where it only echoes an in-app notification (alliance,
// network), the notification is kept and the e-mail left to the daily digest.
import { randomUUID } from "node:crypto";
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { Principal } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { makeOrganisationWithUser, makeUser } from "../support/factories";

// Immediate notification e-mails go out in next/server's `after`, which needs a request: run them
// when the test says so.
const later = vi.hoisted(() => [] as (() => Promise<void>)[]);
vi.mock("next/server", async (importOriginal) => ({
  ...(await importOriginal<typeof import("next/server")>()),
  after: (task: () => Promise<void>) => void later.push(task),
}));

const { contactActor } = await import("@/lib/actors/contact.mutations");
const { createAlliance } = await import("@/lib/alliances/workspace.mutations");
const { invitePartner } = await import("@/lib/alliances/workspace.partners.mutations");
const { MailQuotaError } = await import("@/lib/mail/mail-quota");
const { requestLink } = await import("@/lib/networks/networks.mutations");
const { inviteMember } = await import("@/lib/organisations/organisations.mutations");

const RECIPIENT_REFUSED = /^Trop d'e-mails ont déjà été envoyés à ce destinataire\. Réessayez dans \d+ minutes\.$/;
const SENDER_REFUSED = /^Vous avez demandé l'envoi de trop d'e-mails en peu de temps\. Réessayez dans \d+ minutes\.$/;
const BASE_URL = "http://localhost:3000";

async function runLater() {
  for (const task of later.splice(0)) await task();
}

const mailsTo = (email: string) => db.mailMessage.count({ where: { to: email } });

/** A published organisation and its one admin. */
async function makeOrganisation() {
  const { user: admin, ...actor } = await makeOrganisationWithUser("ADMIN");
  return { actor, admin };
}

const allianceInput = (actorId: string) => ({
  actorId,
  title: "Ateliers numériques",
  summary: "Des ateliers pour tous.",
  description: "Une alliance entre une association et une entreprise.",
  mode: "MECENAT" as const,
  mecenatKind: "COMPETENCES" as const,
  territories: ["commune-42218"],
  targets: ["17.17"],
});

async function refusal(promise: Promise<unknown>): Promise<InstanceType<typeof MailQuotaError>> {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(MailQuotaError);
  return error as InstanceType<typeof MailQuotaError>;
}

beforeEach(() => {
  vi.stubEnv("RATE_LIMIT_MAIL_RECIPIENT", "2/3600");
  vi.stubEnv("RATE_LIMIT_MAIL_SENDER", "3/3600");
  vi.stubEnv("SMTP_URL", "");
  later.length = 0;
});

afterEach(() => {
  vi.unstubAllEnvs();
});

afterAll(async () => {
  await db.$disconnect();
});

describe("organisation invitation", () => {
  const invite = (by: Principal, actorId: string, email: string) => inviteMember(by, { actorId, email, role: "MEMBER" }, { baseUrl: BASE_URL });

  it("refuses the 3rd invitation to one address, from any organisation, and writes no invitation", async () => {
    const email = `${randomUUID()}@exemple.test`;
    for (let i = 0; i < 2; i++) {
      const { actor, admin } = await makeOrganisation();
      await invite(admin.principal, actor.id, email);
    }
    const { actor, admin } = await makeOrganisation();
    expect((await refusal(invite(admin.principal, actor.id, email))).message).toMatch(RECIPIENT_REFUSED);
    expect(await db.invitation.count({ where: { actorId: actor.id } })).toBe(0);
    expect(await mailsTo(email)).toBe(2);
  });

  it("refuses an admin's 4th invitation and writes nothing", async () => {
    const { actor, admin } = await makeOrganisation();
    for (let i = 0; i < 3; i++) await invite(admin.principal, actor.id, `${randomUUID()}@exemple.test`);
    const email = `${randomUUID()}@exemple.test`;
    expect((await refusal(invite(admin.principal, actor.id, email))).message).toMatch(SENDER_REFUSED);
    expect(await db.invitation.count({ where: { actorId: actor.id } })).toBe(3);
    expect(await mailsTo(email)).toBe(0);
  });
});

describe("alliance invitation", () => {
  it("refuses the lead's 4th invitation: no partner, no notification, no e-mail", async () => {
    const lead = await makeOrganisation();
    const { id } = await createAlliance(lead.admin.principal, allianceInput(lead.actor.id));
    const invitees = [await makeOrganisation(), await makeOrganisation(), await makeOrganisation(), await makeOrganisation()];
    for (const invitee of invitees.slice(0, 3)) await invitePartner(lead.admin.principal, { id, inviteeId: invitee.actor.id });
    const last = invitees[3];
    expect((await refusal(invitePartner(lead.admin.principal, { id, inviteeId: last.actor.id }))).message).toMatch(SENDER_REFUSED);
    await runLater();
    expect(await db.alliancePartner.count({ where: { allianceId: id, actorId: last.actor.id } })).toBe(0);
    expect(await db.notification.count({ where: { userId: last.admin.id } })).toBe(0);
    expect(await mailsTo(last.admin.email)).toBe(0);
    for (const invitee of invitees.slice(0, 3)) expect(await mailsTo(invitee.admin.email)).toBe(1);
  });

  it("sends no 3rd e-mail to one admin: the invitation stands, its notification waits for the digest", async () => {
    const invitee = await makeOrganisation();
    for (let i = 0; i < 3; i++) {
      const lead = await makeOrganisation();
      const { id } = await createAlliance(lead.admin.principal, allianceInput(lead.actor.id));
      await invitePartner(lead.admin.principal, { id, inviteeId: invitee.actor.id });
    }
    await runLater();
    expect(await mailsTo(invitee.admin.email)).toBe(2);
    expect(await db.alliancePartner.count({ where: { actorId: invitee.actor.id, status: "INVITED" } })).toBe(3);
    const notifications = await db.notification.findMany({ where: { userId: invitee.admin.id }, select: { emailedAt: true } });
    expect(notifications.map((n) => n.emailedAt === null).sort()).toEqual([false, false, true]);
  });
});

describe("network request", () => {
  const ask = (from: { actor: { id: string }; admin: { principal: Principal } }, to: { actor: { id: string } }) =>
    requestLink(from.admin.principal, { actorId: from.actor.id, otherId: to.actor.id, as: "TEAM", message: "Rejoignez notre réseau" });

  it("refuses a head admin's 4th request: no link, no notification, no e-mail", async () => {
    const head = await makeOrganisation();
    const teams = [await makeOrganisation(), await makeOrganisation(), await makeOrganisation(), await makeOrganisation()];
    for (const team of teams.slice(0, 3)) await ask(head, team);
    const last = teams[3];
    expect((await refusal(ask(head, last))).message).toMatch(SENDER_REFUSED);
    await runLater();
    expect(await db.networkLink.count({ where: { teamId: last.actor.id } })).toBe(0);
    expect(await db.notification.count({ where: { userId: last.admin.id } })).toBe(0);
    expect(await mailsTo(last.admin.email)).toBe(0);
  });

  it("sends no 3rd e-mail to one admin: the request stands, its notification waits for the digest", async () => {
    const team = await makeOrganisation();
    for (let i = 0; i < 3; i++) await ask(await makeOrganisation(), team);
    await runLater();
    expect(await mailsTo(team.admin.email)).toBe(2);
    expect(await db.networkLink.count({ where: { teamId: team.actor.id, status: "PENDING" } })).toBe(3);
    expect(await db.notification.count({ where: { userId: team.admin.id, emailedAt: null } })).toBe(1);
  });
});

describe("contact form", () => {
  const message = { subject: "Proposition de partenariat", message: "Bonjour, nous aimerions vous rencontrer pour parler d'un projet commun." };
  const url = (slug: string) => `${BASE_URL}/acteurs/${slug}`;

  it("refuses the 3rd message to one organisation's admin and sends nothing for it", async () => {
    const { actor, admin } = await makeOrganisation();
    for (let i = 0; i < 2; i++) await contactActor((await makeUser()).principal, { actorSlug: actor.slug, ...message }, url);
    const sender = await makeUser();
    expect((await refusal(contactActor(sender.principal, { actorSlug: actor.slug, ...message }, url))).message).toMatch(RECIPIENT_REFUSED);
    expect(await mailsTo(admin.email)).toBe(2);
    expect(await db.auditLog.count({ where: { userId: sender.id, action: "actor.contacted" } })).toBe(0);
  });

  it("refuses a message that would take its sender past the quota, to every admin at once", async () => {
    const { actor, admin } = await makeOrganisation();
    const second = await makeUser();
    await db.membership.create({ data: { userId: second.id, actorId: actor.id, role: "ADMIN" } });
    const sender = await makeUser();
    await contactActor(sender.principal, { actorSlug: actor.slug, ...message }, url);
    // Two e-mails more would make four: the second message reaches neither admin.
    expect((await refusal(contactActor(sender.principal, { actorSlug: actor.slug, ...message }, url))).message).toMatch(SENDER_REFUSED);
    expect(await mailsTo(admin.email)).toBe(1);
    expect(await mailsTo(second.email)).toBe(1);
  });
});

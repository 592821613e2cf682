// Organisations on the real database: creation, invitations, roles, the last-admin rule, and
// cross-tenant attempts with forged ids (which must fail and change nothing).
import { randomUUID } from "node:crypto";
import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { Principal } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from "@/lib/errors";
import {
  acceptInvitation,
  changeMemberRole,
  createOrganisation,
  inviteMember,
  leaveOrganisation,
  removeMember,
  revokeInvitation,
} from "@/lib/organisations/organisations.mutations";
import {
  getInvitationPreview,
  getOrganisationForViewer,
  listMembers,
  listMyOrganisations,
  listMyPendingInvitations,
  listPendingInvitations,
} from "@/lib/organisations/organisations.queries";
import { organisationCreateSchema, type OrganisationCreate } from "@/lib/organisations/organisations.schemas";
import { makeUser } from "../support/factories";

const BASE_URL = "https://odd17.test";

afterAll(async () => {
  await db.$disconnect();
});

beforeEach(() => {
  // Mail is only recorded (MailMessage), never sent.
  vi.stubEnv("SMTP_URL", "");
});

// ───────────── factories ─────────────

/** A random SIREN with a right Luhn key. */
function randomSiren(): string {
  const digits = Array.from({ length: 8 }, () => Math.floor(Math.random() * 10));
  const sum = (key: number) =>
    [...digits, key].reduce((total, digit, index) => {
      const value = index % 2 === 1 ? digit * 2 : digit;
      return total + (value > 9 ? value - 9 : value);
    }, 0);
  const key = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9].find((candidate) => sum(candidate) % 10 === 0)!;
  return [...digits, key].join("");
}

function orgInput(overrides: Partial<OrganisationCreate> = {}): OrganisationCreate {
  return { name: `Association ${randomUUID().slice(0, 8)}`, kind: "ASSOCIATION", description: "", territories: ["commune-42218"], ...overrides };
}

/** An organisation with an admin and a member, made through the mutations themselves. */
async function makeOrganisation() {
  const admin = await makeUser();
  const member = await makeUser();
  const { id } = await createOrganisation(admin.principal, orgInput());
  await db.membership.create({ data: { actorId: id, userId: member.id, role: "MEMBER" } });
  return { id, admin, member };
}

async function invitationToken(email: string): Promise<string> {
  const mail = await db.mailMessage.findFirstOrThrow({ where: { to: email }, orderBy: [{ createdAt: "desc" }, { id: "desc" }] });
  const match = /\/invitation\?token=([A-Za-z0-9_-]{43})/.exec(mail.text);
  if (!match) throw new Error(`No invitation link in: ${mail.text}`);
  return match[1];
}

async function invite(actorId: string, by: Principal, email: string, role: "MEMBER" | "ADMIN" = "MEMBER") {
  const { invitationId } = await inviteMember(by, { actorId, email, role }, { baseUrl: BASE_URL, ip: "203.0.113.9" });
  return { invitationId, token: await invitationToken(email) };
}

const roleOf = async (actorId: string, userId: string) =>
  (await db.membership.findUnique({ where: { userId_actorId: { userId, actorId } }, select: { role: true } }))?.role ?? null;

/** Everything an attack on organisation `actorId` could change. */
async function snapshot(actorId: string) {
  return {
    actor: await db.actor.findUnique({ where: { id: actorId } }),
    memberships: await db.membership.findMany({ where: { actorId }, orderBy: { userId: "asc" } }),
    invitations: await db.invitation.findMany({ where: { actorId }, orderBy: { id: "asc" } }),
    audit: await db.auditLog.count(),
    mails: await db.mailMessage.count(),
  };
}

// ───────────── creation ─────────────

describe("createOrganisation", () => {
  it("creates a PENDING organisation with its creator as ADMIN and an audit row", async () => {
    const creator = await makeUser();
    const siren = randomSiren();
    const parsed = organisationCreateSchema.parse({
      name: "  Les Amis du Furan  ",
      kind: "ASSOCIATION",
      siren: `${siren.slice(0, 3)} ${siren.slice(3, 6)} ${siren.slice(6)}`,
      description: "Lien social.",
      website: "https://amis-du-furan.example.fr",
      contactEmail: "Contact@Amis.example.fr",
      territories: ["commune-42218", "departement-42", "commune-42218"],
    });
    const { id, slug } = await createOrganisation(creator.principal, parsed, { ip: "203.0.113.1" });

    const actor = await db.actor.findUniqueOrThrow({ where: { id } });
    expect(actor).toMatchObject({
      name: "Les Amis du Furan",
      kind: "ASSOCIATION",
      status: "PENDING",
      siren,
      searchKey: "les amis du furan | lien social",
      website: "https://amis-du-furan.example.fr",
      contactEmail: "contact@amis.example.fr",
      verified: false,
    });
    expect(slug).toMatch(/^les-amis-du-furan(-\d+)?$/);
    expect(await roleOf(id, creator.id)).toBe("ADMIN");
    expect(await db.actorTerritory.count({ where: { actorId: id } })).toBe(2);
    const audit = await db.auditLog.findMany({ where: { entity: "Actor", entityId: id } });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ action: "actor.created", userId: creator.id, ip: "203.0.113.1" });
  });

  it("gives a numeric suffix to a slug already taken", async () => {
    const creator = await makeUser();
    const name = `Collectif ${randomUUID().slice(0, 8)}`;
    const first = await createOrganisation(creator.principal, orgInput({ name }));
    const second = await createOrganisation(creator.principal, orgInput({ name }));
    const third = await createOrganisation(creator.principal, orgInput({ name: `${name} !` }));
    expect(second.slug).toBe(`${first.slug}-2`);
    expect(third.slug).toBe(`${first.slug}-3`);
  });

  it("refuses a SIREN already used, next to the field, and creates nothing", async () => {
    const creator = await makeUser();
    const siren = randomSiren();
    await createOrganisation(creator.principal, orgInput({ siren }));
    const before = await db.actor.count();
    const error = await createOrganisation(creator.principal, orgInput({ siren })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).fieldErrors.siren?.[0]).toMatch(/SIREN est déjà utilisé/);
    expect(await db.actor.count()).toBe(before);
  });

  it("settles races on the same SIREN or the same name in the database", async () => {
    const creator = await makeUser();
    const siren = randomSiren();
    const results = await Promise.allSettled([0, 1, 2].map(() => createOrganisation(creator.principal, orgInput({ siren }))));
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    for (const r of results) if (r.status === "rejected") expect(r.reason).toBeInstanceOf(ValidationError);

    const name = `Course ${randomUUID().slice(0, 8)}`;
    const created = await Promise.all([0, 1, 2].map(() => createOrganisation(creator.principal, orgInput({ name }))));
    expect(new Set(created.map((c) => c.slug)).size).toBe(3);
  });

  it("validates the form: SIREN checksum, https website, e-mail", () => {
    const result = organisationCreateSchema.safeParse({ name: "X", kind: "", siren: "123 456 789", website: "http://exemple.fr", contactEmail: "non" });
    expect(result.success).toBe(false);
    const fields = Object.fromEntries(result.error!.issues.map((issue) => [issue.path.join("."), issue.message]));
    expect(Object.keys(fields).sort()).toEqual(["contactEmail", "kind", "name", "siren", "territories", "website"]);
    expect(fields.siren).toMatch(/SIREN n'est pas valide/);
    const empty = organisationCreateSchema.parse({ name: "Ok", kind: "AUTRE", siren: " ", website: "", contactEmail: "", territories: ["commune-42218"] });
    expect(empty).toMatchObject({ siren: undefined, website: undefined, contactEmail: undefined, description: "" });
  });

  it("is refused to anonymous visitors", async () => {
    await expect(createOrganisation(null, orgInput())).rejects.toBeInstanceOf(ForbiddenError);
  });
});

// ───────────── invitations ─────────────

describe("invitations", () => {
  it("invite → e-mail with a link → accepted by the right e-mail → member", async () => {
    const org = await makeOrganisation();
    const invitee = await makeUser();
    const { invitationId, token } = await invite(org.id, org.admin.principal, invitee.email.toUpperCase());

    const stored = await db.invitation.findUniqueOrThrow({ where: { id: invitationId } });
    expect(stored.tokenHash).not.toContain(token);
    expect(stored.expiresAt.getTime() - Date.now()).toBeGreaterThan(6.9 * 24 * 3600 * 1000);
    const mail = await db.mailMessage.findFirstOrThrow({ where: { to: invitee.email.toUpperCase() } });
    expect(mail.text).toContain(`${BASE_URL}/invitation?token=${token}`);
    expect(await db.auditLog.count({ where: { action: "invitation.sent", entityId: invitationId } })).toBe(1);

    expect(await getInvitationPreview(token)).toMatchObject({ state: "valid", role: "MEMBER" });
    expect(await listMyPendingInvitations(invitee.email)).toEqual([expect.objectContaining({ id: invitationId, role: "MEMBER" })]);
    expect((await listPendingInvitations(org.admin.principal, org.id)).map((i) => i.id)).toEqual([invitationId]);
    expect(await listPendingInvitations(org.member.principal, org.id)).toEqual([]);

    expect(await acceptInvitation(invitee.principal, { token })).toEqual({ actorId: org.id });
    expect(await roleOf(org.id, invitee.id)).toBe("MEMBER");
    expect((await db.invitation.findUniqueOrThrow({ where: { id: invitationId } })).acceptedAt).toBeInstanceOf(Date);
    expect(await db.auditLog.count({ where: { action: "invitation.accepted", entityId: invitationId, userId: invitee.id } })).toBe(1);
    expect(await listMyOrganisations(invitee.id)).toEqual([expect.objectContaining({ id: org.id, role: "MEMBER", status: "PENDING" })]);
    expect(await listMyPendingInvitations(invitee.email)).toEqual([]);

    // Single use.
    await expect(acceptInvitation(invitee.principal, { token })).rejects.toThrow(ConflictError);
    await expect(acceptInvitation(invitee.principal, { token })).rejects.toThrow(/déjà été acceptée/);
    expect(await getInvitationPreview(token)).toMatchObject({ state: "accepted" });
  });

  it("lets only one of two concurrent acceptances through", async () => {
    const org = await makeOrganisation();
    const invitee = await makeUser();
    const { token } = await invite(org.id, org.admin.principal, invitee.email);
    const results = await Promise.allSettled([acceptInvitation(invitee.principal, { token }), acceptInvitation(invitee.principal, { token })]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(await db.auditLog.count({ where: { action: "invitation.accepted", userId: invitee.id } })).toBe(1);
  });

  it("refuses an expired, a revoked, a wrong-address or a malformed invitation, and changes nothing", async () => {
    const org = await makeOrganisation();
    const invitee = await makeUser();

    const expired = await invite(org.id, org.admin.principal, invitee.email);
    await db.invitation.update({ where: { id: expired.invitationId }, data: { expiresAt: new Date(Date.now() - 1000) } });
    await expect(acceptInvitation(invitee.principal, { token: expired.token })).rejects.toThrow(/a expiré/);
    expect(await getInvitationPreview(expired.token)).toMatchObject({ state: "expired" });

    const revoked = await invite(org.id, org.admin.principal, invitee.email);
    await revokeInvitation(org.admin.principal, { actorId: org.id, invitationId: revoked.invitationId });
    expect(await db.auditLog.count({ where: { action: "invitation.revoked", entityId: revoked.invitationId } })).toBe(1);
    await expect(acceptInvitation(invitee.principal, { token: revoked.token })).rejects.toThrow(/annulée/);

    const other = await makeUser();
    const wrong = await invite(org.id, org.admin.principal, invitee.email);
    const error = await acceptInvitation(other.principal, { token: wrong.token }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ForbiddenError);
    expect((error as Error).message).toMatch(/adressée à une autre adresse/);
    // By id, someone else's invitation is not even found.
    await expect(acceptInvitation(other.principal, { invitationId: wrong.invitationId })).rejects.toBeInstanceOf(NotFoundError);

    await expect(acceptInvitation(invitee.principal, { token: "x".repeat(43) })).rejects.toBeInstanceOf(NotFoundError);
    await expect(acceptInvitation(invitee.principal, { token: "not-a-token" })).rejects.toBeInstanceOf(NotFoundError);
    expect(await getInvitationPreview("not-a-token")).toEqual({ state: "invalid" });

    expect(await roleOf(org.id, invitee.id)).toBeNull();
    expect(await roleOf(org.id, other.id)).toBeNull();
    expect(await db.invitation.count({ where: { actorId: org.id, acceptedAt: { not: null } } })).toBe(0);

    // The last one is still good for the right person.
    await acceptInvitation(invitee.principal, { invitationId: wrong.invitationId });
    expect(await roleOf(org.id, invitee.id)).toBe("MEMBER");
  });

  it("replaces the open invitation of an address and refuses to invite a member", async () => {
    const org = await makeOrganisation();
    const email = `${randomUUID()}@exemple.fr`;
    const first = await invite(org.id, org.admin.principal, email);
    const second = await invite(org.id, org.admin.principal, email, "ADMIN");
    expect((await db.invitation.findUniqueOrThrow({ where: { id: first.invitationId } })).revokedAt).toBeInstanceOf(Date);
    expect((await listPendingInvitations(org.admin.principal, org.id)).map((i) => i.id)).toEqual([second.invitationId]);

    const error = await inviteMember(org.admin.principal, { actorId: org.id, email: org.member.email, role: "ADMIN" }, { baseUrl: BASE_URL }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).fieldErrors.email).toEqual(["Cette personne est déjà membre de l'organisation."]);
  });

  it("upgrades an existing member invited as ADMIN, never demotes", async () => {
    const org = await makeOrganisation();
    const asAdmin = await invite(org.id, org.admin.principal, `${randomUUID()}@exemple.fr`, "ADMIN");
    await db.invitation.update({ where: { id: asAdmin.invitationId }, data: { email: org.member.email } });
    await acceptInvitation(org.member.principal, { token: asAdmin.token });
    expect(await roleOf(org.id, org.member.id)).toBe("ADMIN");
  });
});

// ───────────── roles and the last admin ─────────────

describe("members and the last admin", () => {
  it("the last admin cannot leave, be demoted or be removed", async () => {
    const org = await makeOrganisation();
    const me = org.admin.principal;
    await expect(leaveOrganisation(me, { actorId: org.id })).rejects.toThrow("Vous êtes le seul administrateur : nommez d'abord un autre administrateur.");
    await expect(changeMemberRole(me, { actorId: org.id, userId: org.admin.id, role: "MEMBER" })).rejects.toBeInstanceOf(ConflictError);
    await expect(removeMember(me, { actorId: org.id, userId: org.admin.id })).rejects.toBeInstanceOf(ConflictError);
    // A platform admin cannot bypass the rule either.
    const platformAdmin = await makeUser("ADMIN");
    await expect(removeMember(platformAdmin.principal, { actorId: org.id, userId: org.admin.id })).rejects.toThrow(/seul administrateur/);
    expect(await roleOf(org.id, org.admin.id)).toBe("ADMIN");
  });

  it("an admin promotes, demotes and removes members; members leave", async () => {
    const org = await makeOrganisation();
    const me = org.admin.principal;
    expect(await changeMemberRole(me, { actorId: org.id, userId: org.member.id, role: "ADMIN" })).toBe(true);
    expect(await roleOf(org.id, org.member.id)).toBe("ADMIN");
    // The same role again writes nothing (no second audit row below).
    expect(await changeMemberRole(me, { actorId: org.id, userId: org.member.id, role: "ADMIN" })).toBe(false);
    // Two admins now: the first may step down, and then the other is the last one.
    await changeMemberRole(me, { actorId: org.id, userId: org.admin.id, role: "MEMBER" });
    await expect(changeMemberRole(me, { actorId: org.id, userId: org.member.id, role: "MEMBER" })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(leaveOrganisation(org.member.principal, { actorId: org.id })).rejects.toBeInstanceOf(ConflictError);

    await leaveOrganisation(me, { actorId: org.id });
    expect(await roleOf(org.id, org.admin.id)).toBeNull();
    expect(await db.auditLog.count({ where: { action: "membership.left", userId: org.admin.id } })).toBe(1);

    const third = await makeUser();
    await db.membership.create({ data: { actorId: org.id, userId: third.id } });
    await removeMember(org.member.principal, { actorId: org.id, userId: third.id });
    expect(await roleOf(org.id, third.id)).toBeNull();
    expect(await db.auditLog.count({ where: { action: "membership.removed", entityId: `${org.id}:${third.id}` } })).toBe(1);
    expect(await db.auditLog.count({ where: { action: "membership.role.changed", entityId: `${org.id}:${org.member.id}` } })).toBe(1);
  });

  it("a member cannot invite, change roles, remove or revoke", async () => {
    const org = await makeOrganisation();
    const { invitationId } = await invite(org.id, org.admin.principal, `${randomUUID()}@exemple.fr`);
    const before = await snapshot(org.id);
    const me = org.member.principal;
    await expect(inviteMember(me, { actorId: org.id, email: "x@exemple.fr", role: "ADMIN" }, { baseUrl: BASE_URL })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(changeMemberRole(me, { actorId: org.id, userId: me!.id, role: "ADMIN" })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(removeMember(me, { actorId: org.id, userId: org.admin.id })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(revokeInvitation(me, { actorId: org.id, invitationId })).rejects.toBeInstanceOf(ForbiddenError);
    expect(await snapshot(org.id)).toEqual(before);
  });
});

// ───────────── cross-tenant ─────────────

describe("cross-tenant: forged ids of another organisation", () => {
  it("a member and an admin of A can do nothing to B, and B is unchanged", async () => {
    const a = await makeOrganisation();
    const b = await makeOrganisation();
    const { invitationId: bInvitation } = await invite(b.id, b.admin.principal, `${randomUUID()}@exemple.fr`);
    const before = await snapshot(b.id);
    const denied = [ForbiddenError, NotFoundError];
    const expectDenied = async (promise: Promise<unknown>) => {
      const error = await promise.then(
        () => null,
        (e: unknown) => e,
      );
      expect(
        denied.some((kind) => error instanceof kind),
        `expected NotFound/Forbidden, got ${String(error)}`,
      ).toBe(true);
    };

    for (const attacker of [a.member, a.admin]) {
      const p = attacker.principal;
      await expectDenied(inviteMember(p, { actorId: b.id, email: attacker.email, role: "ADMIN" }, { baseUrl: BASE_URL }));
      await expectDenied(revokeInvitation(p, { actorId: b.id, invitationId: bInvitation }));
      await expectDenied(changeMemberRole(p, { actorId: b.id, userId: b.member.id, role: "ADMIN" }));
      await expectDenied(changeMemberRole(p, { actorId: b.id, userId: attacker.id, role: "ADMIN" }));
      await expectDenied(removeMember(p, { actorId: b.id, userId: b.admin.id }));
      await expectDenied(leaveOrganisation(p, { actorId: b.id }));
      await expectDenied(acceptInvitation(p, { invitationId: bInvitation }));
      // Reads are scoped the same way.
      expect(await getOrganisationForViewer(p, b.id)).toBeNull();
      expect(await listMembers(p, b.id)).toEqual([]);
      expect(await listPendingInvitations(p, b.id)).toEqual([]);
    }

    // A's admin mixing A's id (which they may manage) with B's rows.
    const p = a.admin.principal;
    await expectDenied(revokeInvitation(p, { actorId: a.id, invitationId: bInvitation }));
    await expectDenied(changeMemberRole(p, { actorId: a.id, userId: b.member.id, role: "ADMIN" }));
    await expectDenied(removeMember(p, { actorId: a.id, userId: b.member.id }));
    await expectDenied(removeMember(p, { actorId: "does-not-exist", userId: b.member.id }));

    expect(await snapshot(b.id)).toEqual(before);
  });

  it("reads: members and staff see the organisation, outsiders do not", async () => {
    const org = await makeOrganisation();
    const outsider = await makeUser();
    const staff = await makeUser("STAFF");
    expect(await getOrganisationForViewer(org.member.principal, org.id)).toMatchObject({ id: org.id, status: "PENDING", scope: { membershipRole: "MEMBER" } });
    expect(await getOrganisationForViewer(org.admin.principal, org.id)).toMatchObject({
      memberCount: 2,
      scope: { membershipRole: "ADMIN", isLastAdmin: true },
    });
    expect(await getOrganisationForViewer(staff.principal, org.id)).toMatchObject({ id: org.id, scope: { membershipRole: null } });
    expect(await getOrganisationForViewer(outsider.principal, org.id)).toBeNull();
    expect(await getOrganisationForViewer(null, org.id)).toBeNull();
    expect((await listMembers(org.member.principal, org.id)).map((row) => row.role)).toEqual(["ADMIN", "MEMBER"]);
    expect(await listMembers(outsider.principal, org.id)).toEqual([]);
  });
});

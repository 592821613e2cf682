// The account journeys at the data layer: sign-up → confirmation → password sign-in, reset links,
// sign-in links, profile changes and deletion, with the e-mails they send.
import { randomUUID } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { authenticateWithLink, authenticateWithPassword } from "@/lib/accounts/authenticate";
import {
  changePassword,
  confirmEmail,
  createAccount,
  deleteAccount,
  requestPasswordReset,
  requestSignInLink,
  resetPassword,
} from "@/lib/accounts/accounts.mutations";
import type { CurrentUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { ConflictError, ValidationError } from "@/lib/errors";

const PASSWORD = "une phrase de passe solide 2026";

function uniqueEmail(prefix: string) {
  return `${prefix}-${randomUUID()}@exemple.test`;
}

/** The token carried by the newest e-mail sent to `to`. */
async function lastToken(to: string): Promise<string> {
  const mail = await db.mailMessage.findFirstOrThrow({ where: { to }, orderBy: { createdAt: "desc" } });
  const match = /token=([A-Za-z0-9_-]+)/.exec(mail.text);
  if (!match) throw new Error(`no token in: ${mail.text}`);
  return match[1];
}

async function currentUser(email: string): Promise<CurrentUser> {
  return db.user.findUniqueOrThrow({ where: { email }, select: { id: true, email: true, name: true, platformRole: true } });
}

afterAll(async () => {
  await db.$disconnect();
});

describe("sign-up and confirmation", () => {
  it("creates an unconfirmed account that can sign in once its address is confirmed", async () => {
    const email = uniqueEmail("inscription");
    await createAccount({ name: "Nina", email, password: PASSWORD });
    const user = await db.user.findUniqueOrThrow({ where: { email } });
    expect(user.emailVerified).toBeNull();
    expect(user.passwordHash).toMatch(/^\$argon2id\$/);
    expect(await authenticateWithPassword(email, PASSWORD)).toEqual({ status: "unconfirmed" });

    const token = await lastToken(email);
    expect(await confirmEmail(token)).toBe(true);
    expect(await confirmEmail(token)).toBe(false);
    const result = await authenticateWithPassword(email, PASSWORD);
    expect(result).toMatchObject({ status: "ok", user: { email } });
    expect(await db.auditLog.count({ where: { userId: user.id, action: { in: ["auth.signup", "auth.email.confirmed", "auth.signin"] } } })).toBe(3);
  });

  it("answers a sign-up with a taken address like a new one, creates nothing and warns the owner", async () => {
    const email = uniqueEmail("doublon");
    await createAccount({ name: "Premier", email, password: PASSWORD });
    await confirmEmail(await lastToken(email));
    const before = await db.mailMessage.count({ where: { to: email } });
    await createAccount({ name: "Second", email, password: "un autre mot de passe tout neuf" });
    expect(await db.user.count({ where: { email } })).toBe(1);
    expect((await db.user.findUniqueOrThrow({ where: { email } })).name).toBe("Premier");
    expect(await db.mailMessage.count({ where: { to: email } })).toBe(before + 1);
  });

  it("gives the same answer for an unknown address and a wrong password, and logs the failure", async () => {
    const email = uniqueEmail("echec");
    await createAccount({ name: "Eve", email, password: PASSWORD });
    await confirmEmail(await lastToken(email));
    expect(await authenticateWithPassword(email, "pas le bon mot de passe")).toEqual({ status: "invalid" });
    expect(await authenticateWithPassword(uniqueEmail("inconnu"), PASSWORD)).toEqual({ status: "invalid" });
    const user = await db.user.findUniqueOrThrow({ where: { email } });
    // An attempt on Eve's account, not an action by Eve: no author, the account as its target.
    const failures = await db.auditLog.findMany({ where: { entityId: user.id, action: "auth.signin.failed" } });
    expect(failures).toEqual([expect.objectContaining({ userId: null, actorName: null, actorEmail: null, targetLabel: email })]);
  });
});

describe("reset and sign-in links", () => {
  it("resets the password once per link and refuses a weak one without using the link up", async () => {
    const email = uniqueEmail("reset");
    await createAccount({ name: "Rémi", email, password: PASSWORD });
    await requestPasswordReset(email);
    const token = await lastToken(email);
    await expect(resetPassword(token, "court")).rejects.toBeInstanceOf(ValidationError);
    const fresh = "un nouveau mot de passe solide";
    expect(await resetPassword(token, fresh)).toBe(true);
    expect(await resetPassword(token, fresh)).toBe(false);
    // Following the link also proved the address.
    expect(await authenticateWithPassword(email, fresh)).toMatchObject({ status: "ok" });
    expect(await authenticateWithPassword(email, PASSWORD)).toEqual({ status: "invalid" });
  });

  it("sends nothing for an unknown address", async () => {
    const email = uniqueEmail("personne");
    await requestPasswordReset(email);
    await requestSignInLink(email);
    expect(await db.mailMessage.count({ where: { to: email } })).toBe(0);
  });

  it("signs in once with a link", async () => {
    const email = uniqueEmail("lien");
    await createAccount({ name: "Lina", email, password: PASSWORD });
    await requestSignInLink(email);
    const token = await lastToken(email);
    expect(await authenticateWithLink(token)).toMatchObject({ email });
    expect(await authenticateWithLink(token)).toBeNull();
  });
});

describe("account page", () => {
  it("changes the password only with the current one", async () => {
    const email = uniqueEmail("changement");
    await createAccount({ name: "Carl", email, password: PASSWORD });
    await confirmEmail(await lastToken(email));
    const user = await currentUser(email);
    await expect(changePassword(user, { currentPassword: "faux", password: "un nouveau mot de passe solide" })).rejects.toBeInstanceOf(ValidationError);
    await changePassword(user, { currentPassword: PASSWORD, password: "un nouveau mot de passe solide" });
    expect(await authenticateWithPassword(email, "un nouveau mot de passe solide")).toMatchObject({ status: "ok" });
  });

  it("refuses to delete the only admin of an organisation that has other members, then deletes once another admin exists", async () => {
    const email = uniqueEmail("suppression");
    await createAccount({ name: "Dora", email, password: PASSWORD });
    const user = await currentUser(email);
    const colleague = await db.user.create({ data: { email: uniqueEmail("collegue") } });
    const actor = await db.actor.create({ data: { kind: "ASSOCIATION", name: "Asso test", slug: `asso-${randomUUID()}`, searchKey: "asso test" } });
    await db.membership.createMany({
      data: [
        { userId: user.id, actorId: actor.id, role: "ADMIN" },
        { userId: colleague.id, actorId: actor.id, role: "MEMBER" },
      ],
    });

    await expect(deleteAccount(user, { currentPassword: PASSWORD })).rejects.toBeInstanceOf(ConflictError);
    expect(await db.user.count({ where: { id: user.id } })).toBe(1);

    await db.membership.update({ where: { userId_actorId: { userId: colleague.id, actorId: actor.id } }, data: { role: "ADMIN" } });
    await expect(deleteAccount(user, { currentPassword: "faux" })).rejects.toBeInstanceOf(ValidationError);
    await deleteAccount(user, { currentPassword: PASSWORD });
    expect(await db.user.count({ where: { id: user.id } })).toBe(0);
    expect(await db.membership.count({ where: { actorId: actor.id } })).toBe(1);
  });
});

describe("disabled accounts", () => {
  it("cannot sign in with a password or a link", async () => {
    const email = uniqueEmail("desactive");
    await createAccount({ name: "Denis", email, password: PASSWORD });
    await confirmEmail(await lastToken(email));
    await requestSignInLink(email);
    const token = await lastToken(email);
    await db.user.update({ where: { email }, data: { disabledAt: new Date() } });
    expect(await authenticateWithPassword(email, PASSWORD)).toEqual({ status: "disabled" });
    expect(await authenticateWithLink(token)).toBeNull();
  });
});

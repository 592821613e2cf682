// The attacks on accounts of issue #18 at the data layer: password guessing past the limit
// (on every path: this is the check Auth.js's callback runs), sign-up pre-hijacking, and the
// session version that ends sessions.
import { randomUUID } from "node:crypto";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import {
  changePassword,
  confirmEmail,
  confirmEmailChange,
  createAccount,
  endAllSessions,
  requestEmailChange,
  requestSignInLink,
  resetPassword,
  requestPasswordReset,
} from "@/lib/accounts/accounts.mutations";
import { authenticateWithLink, authenticateWithPassword } from "@/lib/accounts/authenticate";
import type { CurrentUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { setAccountDisabled } from "@/lib/users/users.mutations";

const PASSWORD = "une phrase de passe solide 2026";
const OTHER_PASSWORD = "le mot de passe de quelqu'un d'autre 42";

const uniqueEmail = (prefix: string) => `${prefix}-${randomUUID()}@exemple.test`;

async function lastToken(to: string): Promise<string> {
  const mail = await db.mailMessage.findFirstOrThrow({ where: { to }, orderBy: { createdAt: "desc" } });
  const match = /token=([A-Za-z0-9_-]+)/.exec(mail.text);
  if (!match) throw new Error(`no token in: ${mail.text}`);
  return match[1];
}

async function confirmedUser(email: string, password = PASSWORD): Promise<CurrentUser> {
  await createAccount({ name: "Camille", email, password });
  await confirmEmail(await lastToken(email));
  return db.user.findUniqueOrThrow({ where: { email }, select: { id: true, email: true, name: true, platformRole: true } });
}

const version = async (id: string) => (await db.user.findUniqueOrThrow({ where: { id }, select: { sessionVersion: true } })).sessionVersion;

const savedEnv = { ...process.env };
afterEach(() => {
  for (const name of ["RATE_LIMIT_SIGNIN", "RATE_LIMIT_SIGNIN_IP"]) {
    if (savedEnv[name] === undefined) delete process.env[name];
    else process.env[name] = savedEnv[name];
  }
});
afterAll(async () => {
  await db.$disconnect();
});

describe("password guessing", () => {
  it("locks the account for the window after the limit, right password included", async () => {
    process.env.RATE_LIMIT_SIGNIN = "10/900";
    const email = uniqueEmail("devinette");
    await confirmedUser(email);
    for (let attempt = 0; attempt < 10; attempt++) expect((await authenticateWithPassword(email, `faux ${attempt}`)).status).toBe("invalid");
    const locked = await authenticateWithPassword(email, PASSWORD);
    expect(locked.status).toBe("throttled");
    expect(locked.status === "throttled" && locked.retryAfterSeconds).toBeGreaterThan(800);
    // An unknown address is limited the same way: the limit tells nothing about who has an account.
    const unknown = uniqueEmail("inconnu");
    for (let attempt = 0; attempt < 10; attempt++) await authenticateWithPassword(unknown, "faux");
    expect((await authenticateWithPassword(unknown, "faux")).status).toBe("throttled");
  });

  it("counts every check on the client address too, whichever accounts are tried", async () => {
    process.env.RATE_LIMIT_SIGNIN = "1000/900";
    process.env.RATE_LIMIT_SIGNIN_IP = "5/900";
    // Outside a request the address is the shared "inconnue" bucket: start it empty.
    await db.rateLimitBucket.deleteMany({ where: { key: "signinIp:ip:inconnue" } });
    try {
      const email = uniqueEmail("adresse");
      await confirmedUser(email);
      for (let attempt = 0; attempt < 5; attempt++) await authenticateWithPassword(uniqueEmail("autre"), "faux");
      expect((await authenticateWithPassword(email, PASSWORD)).status).toBe("throttled");
    } finally {
      await db.rateLimitBucket.deleteMany({ where: { key: "signinIp:ip:inconnue" } });
    }
  });

  it("does not count the address's successful checks", async () => {
    process.env.RATE_LIMIT_SIGNIN = "1000/900";
    process.env.RATE_LIMIT_SIGNIN_IP = "3/900";
    await db.rateLimitBucket.deleteMany({ where: { key: "signinIp:ip:inconnue" } });
    try {
      const email = uniqueEmail("bureau");
      await confirmedUser(email);
      for (let attempt = 0; attempt < 6; attempt++) expect((await authenticateWithPassword(email, PASSWORD)).status).toBe("ok");
      await authenticateWithPassword(email, "faux 1");
      await authenticateWithPassword(email, "faux 2");
      expect((await authenticateWithPassword(email, PASSWORD)).status).toBe("ok");
      await authenticateWithPassword(email, "faux 3");
      expect((await authenticateWithPassword(email, PASSWORD)).status).toBe("throttled");
    } finally {
      await db.rateLimitBucket.deleteMany({ where: { key: "signinIp:ip:inconnue" } });
    }
  });

  it("starts the account's count again once its owner gets in", async () => {
    process.env.RATE_LIMIT_SIGNIN = "3/900";
    const email = uniqueEmail("retour");
    await confirmedUser(email);
    await authenticateWithPassword(email, "faux 1");
    await authenticateWithPassword(email, "faux 2");
    expect((await authenticateWithPassword(email, PASSWORD)).status).toBe("ok");
    await authenticateWithPassword(email, "faux 3");
    await authenticateWithPassword(email, "faux 4");
    expect((await authenticateWithPassword(email, PASSWORD)).status).toBe("ok");
  });
});

describe("sign-up pre-hijacking", () => {
  it("a second sign-up of an unconfirmed address replaces the password and voids the earlier link", async () => {
    const email = uniqueEmail("convoitee");
    await createAccount({ name: "Intrus", email, password: OTHER_PASSWORD });
    const intruderLink = await lastToken(email);
    await createAccount({ name: "Propriétaire", email, password: PASSWORD });
    const ownerLink = await lastToken(email);

    expect(await confirmEmail(intruderLink)).toBe(false);
    expect(await confirmEmail(ownerLink)).toBe(true);
    expect((await authenticateWithPassword(email, OTHER_PASSWORD)).status).toBe("invalid");
    expect(await authenticateWithPassword(email, PASSWORD)).toMatchObject({ status: "ok" });
    const user = await db.user.findUniqueOrThrow({ where: { email } });
    expect(user.name).toBe("Propriétaire");
    expect(await db.auditLog.count({ where: { entityId: user.id, action: "auth.signup.replaced" } })).toBe(1);
  });

  it("an owner who first comes in by an e-mail link drops the password someone else chose", async () => {
    const email = uniqueEmail("lien");
    await createAccount({ name: "Intrus", email, password: OTHER_PASSWORD });
    await requestSignInLink(email);
    expect(await authenticateWithLink(await lastToken(email))).toMatchObject({ email });
    expect((await authenticateWithPassword(email, OTHER_PASSWORD)).status).toBe("invalid");
  });
});

describe("the session version", () => {
  it("rises with a password change, a reset, an e-mail change, disabling and « tous les appareils »", async () => {
    const email = uniqueEmail("sessions");
    const user = await confirmedUser(email);
    const start = await version(user.id);

    const kept = "00000000-0000-4000-8000-000000000001";
    expect(await changePassword(user, { currentPassword: PASSWORD, password: OTHER_PASSWORD }, kept)).toBe(start + 1);
    expect(await db.user.findUniqueOrThrow({ where: { id: user.id }, select: { sessionVersion: true, keptSessionId: true } })).toEqual({
      sessionVersion: start + 1,
      keptSessionId: kept,
    });

    await requestPasswordReset(email);
    expect(await resetPassword(await lastToken(email), PASSWORD)).toBe(true);
    expect(await db.user.findUniqueOrThrow({ where: { id: user.id }, select: { sessionVersion: true, keptSessionId: true } })).toEqual({
      sessionVersion: start + 2,
      keptSessionId: null,
    });

    const newEmail = uniqueEmail("nouvelle");
    await requestEmailChange(user, { email: newEmail, currentPassword: PASSWORD });
    // Opened in a browser signed in to another account: that session is not the one kept.
    expect(await confirmEmailChange(await lastToken(newEmail), { userId: "quelqu-un-d-autre", sessionId: kept })).toEqual({
      userId: user.id,
      email: newEmail,
      sessionVersion: start + 3,
    });
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).keptSessionId).toBeNull();

    await endAllSessions({ ...user, email: newEmail });
    expect(await version(user.id)).toBe(start + 4);

    const admin = await db.user.create({ data: { email: uniqueEmail("admin"), platformRole: "ADMIN" } });
    await setAccountDisabled({ id: admin.id, platformRole: "ADMIN" }, user.id, true);
    expect(await version(user.id)).toBe(start + 5);
    // Enabling the account again does not bring the old sessions back.
    await setAccountDisabled({ id: admin.id, platformRole: "ADMIN" }, user.id, false);
    expect(await version(user.id)).toBe(start + 5);
  });

  it("is what a successful sign-in carries into the session token", async () => {
    const email = uniqueEmail("jeton");
    const user = await confirmedUser(email);
    await endAllSessions(user);
    expect(await authenticateWithPassword(email, PASSWORD)).toMatchObject({ status: "ok", user: { sessionVersion: await version(user.id) } });
  });
});

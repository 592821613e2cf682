// E-mail quotas on the account forms, through the real server actions (issue #18): the (N+1)th
// e-mail to one address and the (M+1)th from one sender are refused in French and write nothing,
// the reset and sign-in-link forms answer alike for a registered and an unknown address, and a
// production server that sends by SMTP keeps no working token in its mail log.
import { randomUUID } from "node:crypto";
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { initialActionState as initial, type ActionState } from "@/lib/action-state";
import { db } from "@/lib/db";
import { decodeQuotedPrintable, startFakeSmtp } from "../support/fake-smtp";
import { log } from "@/lib/log/logger";

// Who is asking: the session and the client address the actions read. Auth.js itself only runs
// inside Next.js; the actions under test never sign anyone in.
type TestUser = { id: string; email: string; name: string | null; platformRole: "USER" | "STAFF" | "ADMIN" };
const who = vi.hoisted(() => ({ user: null as TestUser | null, ip: "198.51.100.1", inRequest: false }));
vi.mock("next/headers", async (importOriginal) => ({
  ...(await importOriginal<typeof import("next/headers")>()),
  headers: async () => {
    if (!who.inRequest) throw new Error("test: outside a request");
    return new Headers({ host: "localhost:3000" });
  },
}));
vi.mock("next-auth", () => ({ AuthError: class AuthError extends Error {} }));
vi.mock("@/lib/auth/auth", () => ({ auth: vi.fn(async () => null), signIn: vi.fn(), signOut: vi.fn(), handlers: {} }));
vi.mock("@/lib/auth/session", async (importOriginal) => ({
  ...(await importOriginal<typeof import("@/lib/auth/session")>()),
  getCurrentUser: async () => who.user,
  getVisitorUser: async () => who.user,
  getPrincipal: async () => (who.user ? { id: who.user.id, platformRole: who.user.platformRole } : null),
  requireUser: async () => {
    if (!who.user) throw new Error("test: nobody is signed in");
    return who.user;
  },
}));
vi.mock("@/lib/accounts/authenticate", async (importOriginal) => ({
  ...(await importOriginal<typeof import("@/lib/accounts/authenticate")>()),
  clientIp: async () => who.ip,
}));

const { requestEmailChangeAction, requestPasswordResetAction, requestSignInLinkAction, signUpAction } = await import("@/lib/accounts/accounts.actions");
const { resetPassword } = await import("@/lib/accounts/accounts.mutations");
const { hashPassword } = await import("@/lib/auth/password");
const { sendMail } = await import("@/lib/mail/mail");

const PASSWORD = "une phrase de passe solide 2026";
const RECIPIENT_REFUSED = /^Trop d'e-mails ont déjà été envoyés à ce destinataire\. Réessayez dans \d+ minutes\.$/;
const SENDER_REFUSED = /^Vous avez demandé l'envoi de trop d'e-mails en peu de temps\. Réessayez dans \d+ minutes\.$/;

const unique = (prefix: string) => `${prefix}-${randomUUID()}@exemple.test`;
const freshIp = () => `198.51.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`;
const mailsTo = (email: string) => db.mailMessage.count({ where: { to: email } });

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.set(name, value);
  return data;
}

const signUpForm = (email: string) => form({ name: "Nina Testeuse", email, password: PASSWORD, passwordConfirmation: PASSWORD });

async function registered(email = unique("compte")): Promise<TestUser> {
  return db.user.create({
    data: { email, name: "Rémi", passwordHash: await hashPassword(PASSWORD), emailVerified: new Date() },
    select: { id: true, email: true, name: true, platformRole: true },
  });
}

beforeEach(() => {
  // Small quotas to reach them; the per-minute form limit out of the way, to test the quotas alone.
  vi.stubEnv("RATE_LIMIT_MAIL_RECIPIENT", "2/3600");
  vi.stubEnv("RATE_LIMIT_MAIL_SENDER", "3/3600");
  vi.stubEnv("RATE_LIMIT_RESET", "1000/60");
  vi.stubEnv("SMTP_URL", "");
  who.user = null;
  who.ip = freshIp();
  who.inRequest = false;
});

afterEach(() => {
  vi.unstubAllEnvs();
});

afterAll(async () => {
  await db.$disconnect();
});

describe("sign-up", () => {
  it("refuses the 3rd e-mail to one address, whoever asks, and sends nothing more", async () => {
    const email = unique("inscription");
    for (let i = 0; i < 2; i++) {
      who.ip = freshIp();
      expect(await signUpAction(initial, signUpForm(email))).toMatchObject({ status: "success" });
    }
    who.ip = freshIp();
    expect(await signUpAction(initial, signUpForm(email))).toMatchObject({ status: "error", message: expect.stringMatching(RECIPIENT_REFUSED) });
    expect(await mailsTo(email)).toBe(2);
    expect(await db.user.count({ where: { email } })).toBe(1);
  });

  it("refuses the 4th e-mail from one IP address before the account is written", async () => {
    const emails = [unique("a"), unique("b"), unique("c"), unique("d")];
    for (const email of emails.slice(0, 3)) expect(await signUpAction(initial, signUpForm(email))).toMatchObject({ status: "success" });
    const refused = await signUpAction(initial, signUpForm(emails[3]));
    expect(refused).toMatchObject({ status: "error", message: expect.stringMatching(SENDER_REFUSED), values: { email: emails[3] } });
    expect(await db.user.count({ where: { email: emails[3] } })).toBe(0);
    expect(await mailsTo(emails[3])).toBe(0);
  });
});

describe.each([
  ["password reset", requestPasswordResetAction],
  ["sign-in link", requestSignInLinkAction],
])("%s", (_name, action) => {
  /** The answer with the address taken out, to compare a registered and an unknown one. */
  const answer = async (email: string) => {
    const state = await action(initial, form({ email }));
    return { ...state, message: state.message?.replace(email, "<adresse>"), values: undefined };
  };

  it("answers alike for a registered and an unknown address, refusals included, and sends only to the first", async () => {
    const known = (await registered()).email;
    const unknown = unique("inconnu");
    const answers: { known: unknown; unknown: unknown }[] = [];
    for (let i = 0; i < 3; i++) {
      who.ip = freshIp();
      answers.push({ known: await answer(known), unknown: await answer(unknown) });
    }
    for (const { known: a, unknown: b } of answers) expect(a).toEqual(b);
    expect(answers.map((a) => (a.known as ActionState).status)).toEqual(["success", "success", "error"]);
    expect((answers[2].known as ActionState).message).toMatch(RECIPIENT_REFUSED);
    expect(await mailsTo(known)).toBe(2);
    expect(await mailsTo(unknown)).toBe(0);
  });

  it("answers alike when the delivery fails, which only a registered address can meet", async () => {
    const smtp = await startFakeSmtp();
    await smtp.close();
    vi.stubEnv("SMTP_URL", smtp.url);
    const errors = vi.spyOn(log, "error");
    try {
      expect(await answer((await registered()).email)).toEqual(await answer(unique("inconnu")));
      expect(errors).toHaveBeenCalledTimes(1);
    } finally {
      errors.mockRestore();
    }
  });

  it("refuses the 4th request from one IP address, registered or not", async () => {
    const users = await Promise.all([registered(), registered(), registered()]);
    for (const user of users) expect(await action(initial, form({ email: user.email }))).toMatchObject({ status: "success" });
    const known = await registered();
    expect(await action(initial, form({ email: known.email }))).toMatchObject({ status: "error", message: expect.stringMatching(SENDER_REFUSED) });
    expect(await action(initial, form({ email: unique("inconnu") }))).toMatchObject({ status: "error", message: expect.stringMatching(SENDER_REFUSED) });
    expect(await mailsTo(known.email)).toBe(0);
  });
});

describe("e-mail change", () => {
  it("counts against the signed-in user and the new address", async () => {
    who.user = await registered();
    const targets = [unique("nouvelle"), unique("nouvelle"), unique("nouvelle"), unique("nouvelle")];
    for (const email of targets.slice(0, 3))
      expect(await requestEmailChangeAction(initial, form({ email, currentPassword: PASSWORD }))).toMatchObject({ status: "success" });
    expect(await requestEmailChangeAction(initial, form({ email: targets[3], currentPassword: PASSWORD }))).toMatchObject({
      status: "error",
      message: expect.stringMatching(SENDER_REFUSED),
    });
    expect(await mailsTo(targets[3])).toBe(0);
    // Another IP address changes nothing for a signed-in sender.
    who.ip = freshIp();
    expect(await requestEmailChangeAction(initial, form({ email: targets[3], currentPassword: PASSWORD }))).toMatchObject({
      message: expect.stringMatching(SENDER_REFUSED),
    });

    const shared = unique("convoitee");
    for (let i = 0; i < 2; i++) {
      who.user = await registered();
      expect(await requestEmailChangeAction(initial, form({ email: shared, currentPassword: PASSWORD }))).toMatchObject({ status: "success" });
    }
    who.user = await registered();
    expect(await requestEmailChangeAction(initial, form({ email: shared, currentPassword: PASSWORD }))).toMatchObject({
      message: expect.stringMatching(RECIPIENT_REFUSED),
    });
    expect(await mailsTo(shared)).toBe(2);
  });
});

describe("sendMail on a path that reserved nothing", () => {
  it("still counts each e-mail for the request's sender, before writing it", async () => {
    who.inRequest = true;
    who.user = await registered();
    const send = (to: string) => sendMail({ to, subject: "Sans réservation", text: "…" });
    for (let i = 0; i < 3; i++) await send(unique("oubli"));
    const last = unique("oubli");
    await expect(send(last)).rejects.toThrow(SENDER_REFUSED);
    expect(await mailsTo(last)).toBe(0);
    // Outside a request (a script, a job) there is no sender to count, only the recipient.
    who.inRequest = false;
    await send(last);
    await send(last);
    await expect(send(last)).rejects.toThrow(RECIPIENT_REFUSED);
    expect(await mailsTo(last)).toBe(2);
    // The platform's own messages (digests, moderation decisions) are not counted.
    await sendMail({ to: last, subject: "Système", text: "…" }, { system: true });
    expect(await mailsTo(last)).toBe(3);
  });
});

describe("the mail log of a production server that sends by SMTP", () => {
  it("keeps no working token, while the delivered e-mail carries one that works", async () => {
    const smtp = await startFakeSmtp();
    try {
      vi.stubEnv("NODE_ENV", "production");
      vi.stubEnv("DEV_MAILBOX", "true");
      vi.stubEnv("SMTP_URL", smtp.url);
      const user = await registered();
      expect(await requestPasswordResetAction(initial, form({ email: user.email }))).toMatchObject({ status: "success" });
      expect(await requestSignInLinkAction(initial, form({ email: user.email }))).toMatchObject({ status: "success" });

      const logged = await db.mailMessage.findMany({ where: { to: user.email } });
      expect(logged).toHaveLength(2);
      for (const mail of logged) {
        expect(mail.sentAt).toBeInstanceOf(Date);
        expect(`${mail.text}\n${mail.html}`).not.toMatch(/token=(?!\[masqué\])/);
        expect(mail.text).toContain("?token=[masqué]");
        expect(mail.html).toContain("?token=[masqué]");
      }

      const delivered = smtp.messages.map(decodeQuotedPrintable).find((raw) => raw.includes("reinitialiser-mot-de-passe?token="));
      const token = /reinitialiser-mot-de-passe\?token=([A-Za-z0-9_-]+)/.exec(delivered ?? "")?.[1];
      expect(token).toBeTruthy();
      expect(logged.some((mail) => mail.text.includes(token!))).toBe(false);
      expect(await resetPassword(token!, "un tout nouveau mot de passe solide")).toBe(true);
    } finally {
      await smtp.close();
    }
  });

  it("keeps the working link when the log is the only delivery channel (no SMTP, dev mailbox on)", async () => {
    vi.stubEnv("NODE_ENV", "production");
    vi.stubEnv("DEV_MAILBOX", "true");
    const user = await registered();
    await requestSignInLinkAction(initial, form({ email: user.email }));
    expect((await db.mailMessage.findFirstOrThrow({ where: { to: user.email } })).text).toMatch(/connexion\/lien\?token=[A-Za-z0-9_-]{20,}/);
  });
});

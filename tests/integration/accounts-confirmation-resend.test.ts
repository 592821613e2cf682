// "Renvoyer l'e-mail de confirmation" from the sign-in refusal of an unconfirmed account (issue
// #19), through the real server actions: a new link that replaces the earlier ones, the same
// answer for every address (unknown, confirmed, disabled, unconfirmed: no account enumeration),
// and the throttle and e-mail quota every e-mail goes through. Also the sign-in action's refusals,
// now declared through publicFormAction.
import { randomUUID } from "node:crypto";
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { initialActionState as initial } from "@/lib/action-state";
import { db } from "@/lib/db";

const who = vi.hoisted(() => ({ ip: "198.51.100.1" }));
const auth = vi.hoisted(() => {
  class AuthError extends Error {
    code?: string;
  }
  return { AuthError, signIn: vi.fn() };
});
vi.mock("next/headers", async (importOriginal) => ({
  ...(await importOriginal<typeof import("next/headers")>()),
  headers: async () => new Headers({ host: "localhost:3000" }),
}));
vi.mock("next-auth", () => ({ AuthError: auth.AuthError }));
vi.mock("@/lib/auth/auth", () => ({ auth: vi.fn(async () => null), signIn: auth.signIn, signOut: vi.fn(), handlers: {} }));
vi.mock("@/lib/auth/session", async (importOriginal) => ({
  ...(await importOriginal<typeof import("@/lib/auth/session")>()),
  getCurrentUser: async () => null,
  getVisitorUser: async () => null,
}));
vi.mock("@/lib/accounts/authenticate", async (importOriginal) => ({
  ...(await importOriginal<typeof import("@/lib/accounts/authenticate")>()),
  clientIp: async () => who.ip,
}));

const { resendConfirmationAction, signInAction } = await import("@/lib/accounts/accounts.actions");
const { confirmEmail } = await import("@/lib/accounts/accounts.mutations");
const { issueToken } = await import("@/lib/auth/tokens.mutations");

const unique = (prefix: string) => `${prefix}-${randomUUID()}@exemple.test`;
const freshIp = () => `203.0.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`;
const confirmationMails = (email: string) =>
  db.mailMessage.findMany({ where: { to: email, subject: { startsWith: "Confirmez votre adresse" } }, orderBy: { createdAt: "asc" } });
const tokenOf = (text: string) => /confirmer-email\?token=([A-Za-z0-9_-]+)/.exec(text)?.[1];

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.set(name, value);
  return data;
}

async function account(kind: "unconfirmed" | "confirmed" | "disabled") {
  const email = unique(kind);
  const user = await db.user.create({
    data: { email, name: "Rémi", emailVerified: kind === "unconfirmed" ? null : new Date(), disabledAt: kind === "disabled" ? new Date() : null },
    select: { id: true, email: true },
  });
  return user;
}

/** The answer with the address taken out, to compare any two addresses. */
async function answer(email: string) {
  const state = await resendConfirmationAction(initial, form({ email }));
  return { ...state, message: state.message?.replace(email, "<adresse>"), values: undefined };
}

beforeEach(() => {
  vi.stubEnv("RATE_LIMIT_RESET", "1000/60");
  vi.stubEnv("RATE_LIMIT_MAIL_RECIPIENT", "100/3600");
  vi.stubEnv("RATE_LIMIT_MAIL_SENDER", "100/3600");
  vi.stubEnv("SMTP_URL", "");
  who.ip = freshIp();
});

afterEach(() => {
  vi.unstubAllEnvs();
});

afterAll(async () => {
  await db.$disconnect();
});

describe("resending the confirmation e-mail", () => {
  it("sends a new link to an unconfirmed account, which confirms it, and the earlier link stops working", async () => {
    const user = await account("unconfirmed");
    const { token: earlier } = await issueToken("email-confirm", user.id);
    const state = await resendConfirmationAction(initial, form({ email: user.email.toUpperCase() }));
    expect(state).toMatchObject({ status: "success", message: expect.stringContaining(`Si un compte en attente de confirmation existe pour ${user.email}`) });
    const mails = await confirmationMails(user.email);
    expect(mails).toHaveLength(1);
    const token = tokenOf(mails[0].text);
    expect(token).toBeTruthy();
    expect(await confirmEmail(earlier)).toBe(false);
    expect(await confirmEmail(token!)).toBe(true);
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).emailVerified).not.toBeNull();
  });

  it("answers alike for an unknown, a confirmed, a disabled and an unconfirmed address, and sends only to the last", async () => {
    const addresses = [unique("inconnue"), (await account("confirmed")).email, (await account("disabled")).email, (await account("unconfirmed")).email];
    const answers = [];
    for (const email of addresses) answers.push(await answer(email));
    for (const other of answers.slice(1)) expect(other).toEqual(answers[0]);
    expect(answers[0].status).toBe("success");
    expect(await Promise.all(addresses.map(async (email) => (await confirmationMails(email)).length))).toEqual([0, 0, 0, 1]);
  });

  it("throttles per address like every e-mail form, and refuses alike whether the account exists or not", async () => {
    vi.stubEnv("RATE_LIMIT_RESET", "2/60");
    const known = (await account("unconfirmed")).email;
    const unknown = unique("inconnue");
    const answers: { known: Awaited<ReturnType<typeof answer>>; unknown: Awaited<ReturnType<typeof answer>> }[] = [];
    for (let i = 0; i < 3; i++) {
      who.ip = freshIp();
      answers.push({ known: await answer(known), unknown: await answer(unknown) });
    }
    for (const { known: a, unknown: b } of answers) expect(a).toEqual(b);
    expect(answers.map((a) => a.known.status)).toEqual(["success", "success", "error"]);
    expect(answers[2].known.message).toMatch(/^Trop de tentatives\. Réessayez dans \d+ secondes?\.$/);
    expect(await confirmationMails(known)).toHaveLength(2);
  });

  it("counts each resend in the mail quota of the recipient", async () => {
    vi.stubEnv("RATE_LIMIT_MAIL_RECIPIENT", "1/3600");
    const known = (await account("unconfirmed")).email;
    expect(await answer(known)).toMatchObject({ status: "success" });
    who.ip = freshIp();
    expect(await answer(known)).toMatchObject({ status: "error", message: expect.stringMatching(/^Trop d'e-mails ont déjà été envoyés à ce destinataire/) });
    expect(await confirmationMails(known)).toHaveLength(1);
  });

  it("refuses a malformed address next to its field, sending nothing", async () => {
    expect(await resendConfirmationAction(initial, form({ email: "pas-une-adresse" }))).toMatchObject({
      status: "error",
      fieldErrors: { email: [expect.stringContaining("n'est pas valide")] },
    });
  });
});

describe("the sign-in action", () => {
  it.each([
    ["email_not_confirmed", /pas encore confirmée.*Renvoyer l'e-mail de confirmation/],
    ["account_disabled", /désactivé/],
    ["too_many_attempts", /Trop de tentatives de connexion/],
    [undefined, /^Adresse e-mail ou mot de passe incorrect\.$/],
  ])("turns Auth.js's refusal %s into its French message, keeping the address and never the password", async (code, message) => {
    auth.signIn.mockImplementationOnce(async () => {
      throw Object.assign(new auth.AuthError("refused"), { code });
    });
    const state = await signInAction(initial, form({ email: " Nina@Exemple.test ", password: "un secret", callbackUrl: "/espace/compte" }));
    expect(state).toMatchObject({ status: "error", message: expect.stringMatching(message), values: { email: " Nina@Exemple.test " } });
    expect(JSON.stringify(state)).not.toContain("un secret");
  });

  it("lets Auth.js's redirect through after a success, to the page asked for", async () => {
    auth.signIn.mockImplementationOnce(async (_provider: string, options: { redirectTo: string }) => {
      throw Object.assign(new Error("NEXT_REDIRECT"), { digest: `NEXT_REDIRECT;replace;${options.redirectTo};303;` });
    });
    await expect(signInAction(initial, form({ email: "nina@exemple.test", password: "un secret", callbackUrl: "/espace/compte" }))).rejects.toMatchObject({
      digest: expect.stringContaining("/espace/compte"),
    });
  });
});

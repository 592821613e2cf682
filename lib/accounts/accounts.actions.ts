"use server";
// The only entry from the account forms, declared through formAction / publicFormAction
// (lib/actions/form-action.ts). Every e-mail sent on a visitor's request is counted twice before
// it leaves: the per-address and per-IP throttle ("reset" rule) and the mail quota.
import { AuthError } from "next-auth";
import { z } from "zod";
import { formAction, publicFormAction, type SignedInContext } from "@/lib/actions/form-action";
import { passwordProblems } from "@/lib/auth/password";
import { signIn, signOut } from "@/lib/auth/auth";
import { getCurrentSessionId } from "@/lib/auth/session";
import { ForbiddenError, NotFoundError, ValidationError } from "@/lib/errors";
import { rateLimitKey, rateLimitRule } from "@/lib/rate-limit/rate-limit";
import { assertRateLimit } from "@/lib/rate-limit/rate-limit.mutations";
import { withMailQuota } from "@/lib/mail/mail-sender";
import { paths } from "@/lib/paths";
import { clientIp } from "./authenticate";
import {
  changePassword,
  confirmEmailChange,
  createAccount,
  deleteAccount,
  endAllSessions,
  requestEmailChange,
  requestPasswordReset,
  requestSignInLink,
  resendConfirmation,
  resetPassword,
  updateProfile,
} from "./accounts.mutations";
import {
  deleteAccountSchema,
  emailChangeSchema,
  emailOnlySchema,
  linkSignInSchema,
  passwordChangeSchema,
  profileSchema,
  resetPasswordSchema,
  signInSchema,
  signUpSchema,
  tokenField,
} from "./accounts.schemas";
import { accountMessages as m } from "./accounts.messages";
import { logUnexpectedError } from "@/lib/log/logger";

async function limit(email: string) {
  const ip = (await clientIp()) ?? "unknown";
  await assertRateLimit([rateLimitKey("reset", "email", email), rateLimitKey("reset", "ip", ip)], rateLimitRule("reset"));
}

/**
 * Throttled and counted, then sent if the address has an account; a failed delivery (which only
 * an existing account can meet) is logged, not shown: the answer, refusals included, says
 * nothing about who is registered.
 */
async function sendQuietly(email: string, send: () => Promise<void>) {
  await limit(email);
  await withMailQuota(email, () => send().catch((error: unknown) => logUnexpectedError(error, "Account e-mail not sent")));
}

const ownAccount = (_data: unknown, { user }: SignedInContext) => ({ targetUserId: user.id });

export const signUpAction = publicFormAction({
  schema: signUpSchema,
  run: async (data) => {
    await limit(data.email);
    // Every sign-up sends one e-mail (confirmation, or a warning to an existing account): counted
    // before the account is written, so a refused one writes nothing.
    await withMailQuota(data.email, () => createAccount(data));
    return { message: m.signUpDone(data.email) };
  },
});

function signInRefusal(code: string | undefined): string {
  if (code === "email_not_confirmed") return m.emailNotConfirmed;
  if (code === "account_disabled") return m.accountDisabled;
  if (code === "too_many_attempts") return m.tooManySignInAttempts(rateLimitRule("signin").windowSeconds);
  return m.invalidCredentials;
}

export const signInAction = publicFormAction({
  schema: signInSchema,
  // The attempts are counted inside the password check itself (lib/accounts/authenticate.ts),
  // which Auth.js's own callback reaches too. A success redirects (Auth.js throws Next's
  // redirect signal, which the wrapper lets through).
  run: async ({ email, password, callbackUrl }) => {
    try {
      await signIn("password", { email, password, redirectTo: callbackUrl ?? paths.workspace() });
    } catch (error) {
      if (error instanceof AuthError) throw new ForbiddenError(signInRefusal((error as AuthError & { code?: string }).code));
      throw error;
    }
  },
});

export const requestSignInLinkAction = publicFormAction({
  schema: emailOnlySchema,
  run: async ({ email, callbackUrl }) => {
    await sendQuietly(email, () => requestSignInLink(email, callbackUrl));
    return { message: m.linkSent(email), values: { email } };
  },
});

/** From the sign-in error of an unconfirmed account: the same answer for any address. */
export const resendConfirmationAction = publicFormAction({
  schema: emailOnlySchema,
  run: async ({ email, callbackUrl }) => {
    await sendQuietly(email, () => resendConfirmation(email, callbackUrl));
    return { message: m.confirmationResent(email), values: { email } };
  },
});

export const signInWithLinkAction = publicFormAction({
  schema: linkSignInSchema,
  invalidMessage: m.invalidLink,
  run: async ({ token, callbackUrl }) => {
    try {
      await signIn("email-link", { token, redirectTo: callbackUrl ?? paths.workspace() });
    } catch (error) {
      if (error instanceof AuthError) throw new NotFoundError(m.invalidLink);
      throw error;
    }
  },
});

export const requestPasswordResetAction = publicFormAction({
  schema: emailOnlySchema,
  run: async ({ email }) => {
    await sendQuietly(email, () => requestPasswordReset(email));
    return { message: m.resetSent(email), values: { email } };
  },
});

export const resetPasswordAction = publicFormAction({
  schema: resetPasswordSchema,
  run: async ({ token, password }) => {
    if (!(await resetPassword(token, password))) throw new NotFoundError(m.invalidResetLink);
    return { redirect: paths.signIn({ error: "password-reset" }) };
  },
});

export const updateProfileAction = formAction({
  schema: profileSchema,
  permission: { operation: "account.update", scope: ownAccount },
  run: async (data, { user }) => {
    await updateProfile(user, data);
    return { message: m.profileSaved, values: data };
  },
});

export const requestEmailChangeAction = formAction({
  schema: emailChangeSchema,
  permission: { operation: "account.update", scope: ownAccount },
  run: async (data, { user }) => {
    await withMailQuota(data.email, () => requestEmailChange(user, data));
    return { message: m.emailChangeSent(data.email) };
  },
});

export const changePasswordAction = formAction({
  schema: passwordChangeSchema,
  permission: { operation: "account.update", scope: ownAccount },
  run: async (data, { user }) => {
    // The schema checked the rules every password follows; this one needs the account's address.
    const problems = passwordProblems(data.password, user.email);
    if (problems.length > 0) throw new ValidationError({ password: problems });
    await changePassword(user, data, await getCurrentSessionId());
    return { message: m.passwordChanged };
  },
});

export const deleteAccountAction = formAction({
  schema: deleteAccountSchema,
  permission: { operation: "account.delete", scope: ownAccount },
  run: async (data, { user }) => {
    await deleteAccount(user, data);
    // Ends the session and goes home (Auth.js throws Next's redirect signal).
    await signOut({ redirectTo: paths.home() });
  },
});

/** Used by the page the e-mail-change link opens (a POST, so link scanners cannot trigger it). */
export const confirmEmailChangeAction = publicFormAction({
  schema: z.object({ token: tokenField }),
  invalidMessage: m.invalidLink,
  run: async ({ token }, { user }) => {
    // Every session of the account ends; the one that opened the link, if it is the account's
    // own, carries on.
    const keep = user ? { userId: user.id, sessionId: await getCurrentSessionId() } : undefined;
    const changed = await confirmEmailChange(token, keep);
    if (!changed) throw new NotFoundError(m.invalidLink);
    return { message: m.emailChanged(changed.email) };
  },
});

/** "Se déconnecter de tous les appareils": this browser too, then back to the sign-in page. */
export const signOutEverywhereAction = formAction({
  schema: z.object({}),
  permission: { operation: "account.update", scope: ownAccount },
  run: async (_data, { user }) => {
    await endAllSessions(user);
    await signOut({ redirectTo: paths.signIn({ error: "sessions-ended" }) });
  },
});

/** The header's "Se déconnecter": no form state (nothing sent, always a redirect), see account-links.tsx. */
export async function signOutAction(): Promise<void> {
  await signOut({ redirectTo: paths.home() });
}

"use server";
// The only entry from the account forms. Each action: parse → (who is asking) → mutation →
// one ActionState. Redirects happen outside try/catch.
import { AuthError } from "next-auth";
import { redirect } from "next/navigation";
import { errorState, parseFormData, type ActionState } from "@/lib/action-state";
import { signIn, signOut } from "@/lib/auth/auth";
import { getCurrentSessionId, getCurrentUser, requireUser } from "@/lib/auth/session";
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
  checkConfirmation,
  checkNewPassword,
} from "./accounts.schemas";
import { accountMessages as m } from "./accounts.messages";

async function limit(name: "reset", email: string) {
  const ip = (await clientIp()) ?? "unknown";
  await assertRateLimit([rateLimitKey(name, "email", email), rateLimitKey(name, "ip", ip)], rateLimitRule(name));
}

export async function signUpAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const parsed = parseFormData(signUpSchema, formData);
  if (!parsed.success) return parsed.state;
  try {
    await limit("reset", parsed.data.email);
    // Every sign-up sends one e-mail (confirmation, or a warning to an existing account): counted
    // before the account is written, so a refused one writes nothing.
    await withMailQuota(parsed.data.email, () => createAccount(parsed.data));
  } catch (error) {
    return errorState(error, formData);
  }
  return { status: "success", message: m.signUpDone(parsed.data.email) };
}

export async function signInAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const parsed = parseFormData(signInSchema, formData);
  if (!parsed.success) return parsed.state;
  const { email, password, callbackUrl } = parsed.data;
  // The attempts are counted inside the password check itself (lib/accounts/authenticate.ts),
  // which Auth.js's own callback reaches too.
  try {
    await signIn("password", { email, password, redirectTo: callbackUrl ?? paths.workspace() });
  } catch (error) {
    if (error instanceof AuthError) {
      const code = (error as AuthError & { code?: string }).code;
      const message =
        code === "email_not_confirmed"
          ? m.emailNotConfirmed
          : code === "account_disabled"
            ? m.accountDisabled
            : code === "too_many_attempts"
              ? m.tooManySignInAttempts(rateLimitRule("signin").windowSeconds)
              : m.invalidCredentials;
      return { status: "error", message, values: { email } };
    }
    return errorState(error, formData);
  }
  return { status: "success" };
}

export async function requestSignInLinkAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const parsed = parseFormData(emailOnlySchema, formData);
  if (!parsed.success) return parsed.state;
  try {
    await limit("reset", parsed.data.email);
    // The quota is counted whether the address has an account or not, and a failed delivery
    // (which only an existing account can meet) is logged, not shown: the answer, refusals
    // included, says nothing about who is registered.
    await withMailQuota(parsed.data.email, () => requestSignInLink(parsed.data.email, parsed.data.callbackUrl).catch((error: unknown) => console.error(error)));
  } catch (error) {
    return errorState(error, formData);
  }
  return { status: "success", message: m.linkSent(parsed.data.email), values: { email: parsed.data.email } };
}

export async function signInWithLinkAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const parsed = parseFormData(linkSignInSchema, formData);
  if (!parsed.success) return { status: "error", message: m.invalidLink };
  try {
    await signIn("email-link", { token: parsed.data.token, redirectTo: parsed.data.callbackUrl ?? paths.workspace() });
  } catch (error) {
    if (error instanceof AuthError) return { status: "error", message: m.invalidLink };
    return errorState(error);
  }
  return { status: "success" };
}

export async function requestPasswordResetAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const parsed = parseFormData(emailOnlySchema, formData);
  if (!parsed.success) return parsed.state;
  try {
    await limit("reset", parsed.data.email);
    // Same answer whether the address has an account (see requestSignInLinkAction).
    await withMailQuota(parsed.data.email, () => requestPasswordReset(parsed.data.email).catch((error: unknown) => console.error(error)));
  } catch (error) {
    return errorState(error, formData);
  }
  return { status: "success", message: m.resetSent(parsed.data.email), values: { email: parsed.data.email } };
}

export async function resetPasswordAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const parsed = parseFormData(
    resetPasswordSchema.superRefine((v, ctx) => checkConfirmation(v.password, v.passwordConfirmation, ctx, "passwordConfirmation")),
    formData,
  );
  if (!parsed.success) return parsed.state;
  let done: boolean;
  try {
    done = await resetPassword(parsed.data.token, parsed.data.password);
  } catch (error) {
    return errorState(error, formData);
  }
  if (!done) return { status: "error", message: m.invalidResetLink };
  redirect(paths.signIn({ error: "password-reset" }));
}

export async function updateProfileAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const user = await requireUser();
  const parsed = parseFormData(profileSchema, formData);
  if (!parsed.success) return parsed.state;
  try {
    await updateProfile(user, parsed.data);
  } catch (error) {
    return errorState(error, formData);
  }
  return { status: "success", message: m.profileSaved, values: parsed.data };
}

export async function requestEmailChangeAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const user = await requireUser();
  const parsed = parseFormData(emailChangeSchema, formData);
  if (!parsed.success) return parsed.state;
  try {
    await withMailQuota(parsed.data.email, () => requestEmailChange(user, parsed.data));
  } catch (error) {
    return errorState(error, formData);
  }
  return { status: "success", message: m.emailChangeSent(parsed.data.email) };
}

export async function changePasswordAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const user = await requireUser();
  const parsed = parseFormData(
    passwordChangeSchema.superRefine((v, ctx) => checkNewPassword(v.password, user.email, ctx, "password")),
    formData,
  );
  if (!parsed.success) return parsed.state;
  try {
    await changePassword(user, parsed.data, await getCurrentSessionId());
  } catch (error) {
    return errorState(error, formData);
  }
  return { status: "success", message: m.passwordChanged };
}

export async function deleteAccountAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const user = await requireUser();
  const parsed = parseFormData(deleteAccountSchema, formData);
  if (!parsed.success) return parsed.state;
  try {
    await deleteAccount(user, parsed.data);
  } catch (error) {
    return errorState(error, formData);
  }
  await signOut({ redirectTo: paths.home() });
  return { status: "success" };
}

export async function signOutAction(): Promise<void> {
  await signOut({ redirectTo: paths.home() });
}

/** Used by the page the e-mail-change link opens (a POST, so link scanners cannot trigger it). */
export async function confirmEmailChangeAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const token = String(formData.get("token") ?? "");
  // Every session of the account ends; the one that opened the link, if it is the account's
  // own, carries on.
  const current = await getCurrentUser();
  const keep = current ? { userId: current.id, sessionId: await getCurrentSessionId() } : undefined;
  let changed: Awaited<ReturnType<typeof confirmEmailChange>>;
  try {
    changed = await confirmEmailChange(token, keep);
  } catch (error) {
    return errorState(error);
  }
  if (!changed) return { status: "error", message: m.invalidLink };
  return { status: "success", message: m.emailChanged(changed.email) };
}

/** "Se déconnecter de tous les appareils": this browser too, then back to the sign-in page. */
export async function signOutEverywhereAction(): Promise<void> {
  const user = await requireUser();
  await endAllSessions(user);
  await signOut({ redirectTo: paths.signIn({ error: "sessions-ended" }) });
}

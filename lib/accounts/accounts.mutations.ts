// Writes of the accounts domain. Each function checks who is asking (the caller passes the
// current user, loaded from the session), writes in a transaction where several rows change,
// and records the audit log. Links are sent by e-mail (lib/mail), never returned to the browser.
import "server-only";
import { hashPassword, passwordProblems, verifyPassword, verifyPasswordOrDummy } from "@/lib/auth/password";
import { assertCan } from "@/lib/auth/permissions";
import type { CurrentUser } from "@/lib/auth/session";
import { consumeToken, issueToken, peekToken, revokeTokens } from "@/lib/auth/tokens.mutations";
import { writeAudit } from "@/lib/audit/audit.mutations";
import { db } from "@/lib/db";
import { ConflictError, ValidationError } from "@/lib/errors";
import { absoluteUrl } from "@/lib/http/base-url";
import { sendMail } from "@/lib/mail/mail";
import { confirmationEmail, emailChangeEmail, passwordResetEmail, signInLinkEmail } from "@/lib/mail/templates";
import { paths } from "@/lib/paths";
import { clientIp } from "./authenticate";

const principal = (user: CurrentUser) => ({ id: user.id, platformRole: user.platformRole });

async function sendConfirmation(user: { id: string; email: string; name: string | null }, callbackUrl?: string) {
  const { token } = await issueToken("email-confirm", user.id);
  await sendMail({ to: user.email, ...confirmationEmail({ url: await absoluteUrl(paths.confirmEmail(token, callbackUrl)), name: user.name }) });
}

/**
 * A new account. An address already taken gets the same outcome as a new one (a message saying
 * an e-mail was sent), so that sign-up cannot be used to find out who has an account; the
 * owner of the address is told by e-mail instead.
 *
 * An address still unconfirmed belongs to nobody yet: a second sign-up replaces the pending name
 * and password, and the new confirmation link replaces the earlier ones (issueToken keeps only
 * the last). Otherwise whoever signed up first with someone else's address would keep a password
 * to the account that its real owner then confirms (pre-hijacking).
 */
export async function createAccount(input: { name: string; email: string; password: string; callbackUrl?: string }): Promise<void> {
  const existing = await db.user.findUnique({ where: { email: input.email }, select: { id: true, email: true, name: true, emailVerified: true } });
  if (existing) {
    if (!existing.emailVerified) await replacePendingSignUp(existing.id, input);
    else {
      const { token } = await issueToken("password-reset", existing.id);
      await sendMail({ to: existing.email, ...passwordResetEmail({ url: await absoluteUrl(paths.resetPassword(token)), name: existing.name }) });
    }
    return;
  }
  const passwordHash = await hashPassword(input.password);
  const user = await db.$transaction(async (tx) => {
    const created = await tx.user.create({ data: { name: input.name, email: input.email, passwordHash }, select: { id: true, email: true, name: true } });
    await writeAudit(tx, {
      userId: created.id,
      action: "auth.signup",
      entity: "User",
      entityId: created.id,
      summary: "Création du compte",
      ip: await clientIp(),
    });
    return created;
  });
  await sendConfirmation(user, input.callbackUrl);
}

async function replacePendingSignUp(userId: string, input: { name: string; email: string; password: string; callbackUrl?: string }) {
  const passwordHash = await hashPassword(input.password);
  const user = await db.$transaction(async (tx) => {
    // Still unconfirmed inside the transaction: a confirmation that just landed is not undone.
    const { count } = await tx.user.updateMany({
      where: { id: userId, emailVerified: null },
      data: { name: input.name, passwordHash, sessionVersion: { increment: 1 }, keptSessionId: null },
    });
    if (count === 0) return null;
    await writeAudit(tx, {
      userId,
      action: "auth.signup.replaced",
      entity: "User",
      entityId: userId,
      summary: "Inscription refaite avant confirmation : nom et mot de passe remplacés",
      ip: await clientIp(),
    });
    return { id: userId, email: input.email, name: input.name };
  });
  if (!user) return;
  await revokeTokens("login-link", userId);
  await sendConfirmation(user, input.callbackUrl);
}

/** Returns true when the link was valid (the address is then confirmed). */
export async function confirmEmail(token: string): Promise<boolean> {
  const userId = await consumeToken("email-confirm", token);
  if (!userId) return false;
  const updated = await db.$transaction(async (tx) => {
    const { count } = await tx.user.updateMany({ where: { id: userId }, data: { emailVerified: new Date() } });
    if (count > 0) await writeAudit(tx, { userId, action: "auth.email.confirmed", entity: "User", entityId: userId, summary: "Adresse e-mail confirmée" });
    return count > 0;
  });
  return updated;
}

/**
 * Sends a new confirmation link when the address has an account still waiting for it (enabled);
 * says nothing either way. The new link replaces the earlier ones (issueToken keeps the last).
 */
export async function resendConfirmation(email: string, callbackUrl?: string): Promise<void> {
  const user = await db.user.findUnique({ where: { email }, select: { id: true, email: true, name: true, emailVerified: true, disabledAt: true } });
  if (!user || user.emailVerified || user.disabledAt) return;
  await sendConfirmation(user, callbackUrl);
}

/** Sends a reset link when the address has an account; says nothing either way. */
export async function requestPasswordReset(email: string): Promise<void> {
  const user = await db.user.findUnique({ where: { email }, select: { id: true, email: true, name: true } });
  if (!user) return;
  const { token } = await issueToken("password-reset", user.id);
  await sendMail({ to: user.email, ...passwordResetEmail({ url: await absoluteUrl(paths.resetPassword(token)), name: user.name }) });
}

/** Sends a single-use sign-in link when the address has an account; says nothing either way. */
export async function requestSignInLink(email: string, callbackUrl?: string): Promise<void> {
  const user = await db.user.findUnique({ where: { email }, select: { id: true, email: true, name: true } });
  if (!user) return;
  const { token } = await issueToken("login-link", user.id);
  await sendMail({ to: user.email, ...signInLinkEmail({ url: await absoluteUrl(paths.linkSignIn(token, callbackUrl)), name: user.name }) });
}

/**
 * Sets a new password from a reset link (single use). Returns false for an invalid link. The
 * rules are checked before the link is used up, so a refused password can be corrected at once.
 */
export async function resetPassword(token: string, password: string): Promise<boolean> {
  const userId = await peekToken("password-reset", token);
  if (!userId) return false;
  const user = await db.user.findUnique({ where: { id: userId }, select: { email: true } });
  if (!user) return false;
  const problems = passwordProblems(password, user.email);
  if (problems.length > 0) throw new ValidationError({ password: problems });
  if ((await consumeToken("password-reset", token)) !== userId) return false;
  const passwordHash = await hashPassword(password);
  await db.$transaction(async (tx) => {
    // Following the link proves the address too.
    await tx.user.update({ where: { id: userId }, data: { passwordHash, emailVerified: new Date(), sessionVersion: { increment: 1 }, keptSessionId: null } });
    await writeAudit(tx, {
      userId,
      action: "auth.password.reset",
      entity: "User",
      entityId: userId,
      summary: "Mot de passe réinitialisé",
      ip: await clientIp(),
    });
  });
  await revokeTokens("login-link", userId);
  return true;
}

export async function updateProfile(user: CurrentUser, input: { name: string }): Promise<void> {
  assertCan(principal(user), "account.update", { targetUserId: user.id });
  await db.user.update({ where: { id: user.id }, data: { name: input.name } });
}

async function checkCurrentPassword(userId: string, password: string) {
  const row = await db.user.findUnique({ where: { id: userId }, select: { passwordHash: true } });
  const valid = row?.passwordHash ? await verifyPassword(row.passwordHash, password) : await verifyPasswordOrDummy(null, password);
  if (!valid) throw new ValidationError({ currentPassword: ["Le mot de passe actuel est incorrect."] });
}

/** The new address must be confirmed from its own mailbox before it replaces the old one. */
export async function requestEmailChange(user: CurrentUser, input: { email: string; currentPassword: string }): Promise<void> {
  assertCan(principal(user), "account.update", { targetUserId: user.id });
  await checkCurrentPassword(user.id, input.currentPassword);
  if (input.email === user.email) throw new ValidationError({ email: ["C'est déjà votre adresse actuelle."] });
  const taken = await db.user.findUnique({ where: { email: input.email }, select: { id: true } });
  if (taken) throw new ValidationError({ email: ["Cette adresse est déjà utilisée par un autre compte."] });
  const { token } = await issueToken("email-change", `${user.id}:${input.email}`);
  await sendMail({ to: input.email, ...emailChangeEmail({ url: await absoluteUrl(paths.confirmEmailChange(token)), newEmail: input.email, name: user.name }) });
}

/**
 * Returns the account and the new address, or null for an invalid link. Every session of the
 * account ends, except `keep.sessionId` when it is the account's own (the browser that opened
 * the link while signed in).
 */
export async function confirmEmailChange(
  token: string,
  keep?: { userId: string; sessionId: string | null },
): Promise<{ userId: string; email: string; sessionVersion: number } | null> {
  const identifier = await consumeToken("email-change", token);
  if (!identifier) return null;
  const separator = identifier.indexOf(":");
  const userId = identifier.slice(0, separator);
  const email = identifier.slice(separator + 1);
  try {
    return await db.$transaction(async (tx) => {
      const updated = await tx.user.update({
        where: { id: userId },
        data: { email, emailVerified: new Date(), sessionVersion: { increment: 1 }, keptSessionId: keep?.userId === userId ? keep.sessionId : null },
        select: { sessionVersion: true },
      });
      await writeAudit(tx, { userId, action: "auth.email.changed", entity: "User", entityId: userId, summary: `Adresse e-mail changée pour ${email}` });
      return { userId, email, sessionVersion: updated.sessionVersion };
    });
  } catch (error) {
    if ((error as { code?: string }).code === "P2002") throw new ConflictError("Cette adresse est déjà utilisée par un autre compte.");
    if ((error as { code?: string }).code === "P2025") return null;
    throw error;
  }
}

/** Every session of the account ends but `keepSessionId` (the one that made the change). Returns the new version. */
export async function changePassword(
  user: CurrentUser,
  input: { currentPassword: string; password: string },
  keepSessionId: string | null = null,
): Promise<number> {
  assertCan(principal(user), "account.update", { targetUserId: user.id });
  await checkCurrentPassword(user.id, input.currentPassword);
  const passwordHash = await hashPassword(input.password);
  const sessionVersion = await db.$transaction(async (tx) => {
    const updated = await tx.user.update({
      where: { id: user.id },
      data: { passwordHash, sessionVersion: { increment: 1 }, keptSessionId: keepSessionId },
      select: { sessionVersion: true },
    });
    await writeAudit(tx, {
      userId: user.id,
      action: "auth.password.changed",
      entity: "User",
      entityId: user.id,
      summary: "Mot de passe modifié",
      ip: await clientIp(),
    });
    return updated.sessionVersion;
  });
  await revokeTokens("password-reset", user.id);
  await revokeTokens("login-link", user.id);
  return sessionVersion;
}

/** "Se déconnecter de tous les appareils": every session of the account ends, this one included. */
export async function endAllSessions(user: CurrentUser): Promise<void> {
  assertCan(principal(user), "account.update", { targetUserId: user.id });
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: user.id }, data: { sessionVersion: { increment: 1 }, keptSessionId: null } });
    await writeAudit(tx, {
      userId: user.id,
      action: "auth.sessions.ended",
      entity: "User",
      entityId: user.id,
      summary: "Déconnexion de tous les appareils",
      ip: await clientIp(),
    });
  });
  await revokeTokens("login-link", user.id);
}

/**
 * Deletes the account and its memberships. Refused while the user is the only admin of an
 * organisation that has other members: they must first name another admin.
 */
export async function deleteAccount(user: CurrentUser, input: { currentPassword?: string }): Promise<void> {
  assertCan(principal(user), "account.delete", { targetUserId: user.id });
  const row = await db.user.findUnique({ where: { id: user.id }, select: { passwordHash: true } });
  if (row?.passwordHash) await checkCurrentPassword(user.id, input.currentPassword ?? "");
  await db.$transaction(async (tx) => {
    const adminships = await tx.membership.findMany({
      where: { userId: user.id, role: "ADMIN" },
      select: { actorId: true, actor: { select: { name: true } } },
    });
    for (const { actorId, actor } of adminships) {
      const otherAdmins = await tx.membership.count({ where: { actorId, role: "ADMIN", userId: { not: user.id } } });
      const otherMembers = await tx.membership.count({ where: { actorId, userId: { not: user.id } } });
      if (otherAdmins === 0 && otherMembers > 0) {
        throw new ConflictError(`Vous êtes le seul administrateur de « ${actor.name} » : nommez d'abord un autre administrateur.`);
      }
    }
    await writeAudit(tx, { userId: null, action: "account.deleted", entity: "User", entityId: user.id, summary: "Compte supprimé par son titulaire" });
    await tx.user.delete({ where: { id: user.id } });
  });
}

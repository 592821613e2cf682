// Used by the Auth.js providers (lib/auth/auth.ts): checks credentials and writes the audit log.
// Every path to a password check ends here (the sign-in form's action calls Auth.js, and a
// client may post to Auth.js's callback directly), so the throttle lives here too.
import "server-only";
import { headers } from "next/headers";
import { verifyPasswordOrDummy } from "@/lib/auth/password";
import { consumeToken } from "@/lib/auth/tokens.mutations";
import { writeAudit } from "@/lib/audit/audit.mutations";
import { db } from "@/lib/db";
import { clientAddress, clientAddressKey } from "@/lib/http/client-address";
import { rateLimitKey, rateLimitRule } from "@/lib/rate-limit/rate-limit";
import { hit, refundHit, resetRateLimit } from "@/lib/rate-limit/rate-limit.mutations";

type AuthenticatedUser = { id: string; email: string; name: string | null; sessionVersion: number };
export type PasswordAuthentication =
  | { status: "ok"; user: AuthenticatedUser }
  | { status: "invalid" }
  | { status: "unconfirmed" }
  | { status: "disabled" }
  | { status: "throttled"; retryAfterSeconds: number };

async function requestHeaders(): Promise<Headers | null> {
  try {
    return await headers();
  } catch {
    return null;
  }
}

/** The client address (lib/http/client-address.ts), for the audit log; null outside a request. */
export async function clientIp(): Promise<string | null> {
  const h = await requestHeaders();
  return h ? clientAddress(h) : null;
}

/** The client address as a rate-limit key: unknown clients share one bucket. */
export async function clientIpKey(): Promise<string> {
  const h = await requestHeaders();
  return h ? clientAddressKey(h) : "inconnue";
}

/**
 * Counts one password check for the account and for the address, before the hash is computed:
 * past either limit the answer is "throttled" whatever the password, and costs no argon2 hash.
 */
async function throttlePasswordCheck(email: string): Promise<number> {
  const [account, address] = await Promise.all([
    hit(rateLimitKey("signin", "email", email), rateLimitRule("signin")),
    hit(rateLimitKey("signinIp", "ip", await clientIpKey()), rateLimitRule("signinIp")),
  ]);
  return Math.max(account.retryAfterSeconds, address.retryAfterSeconds);
}

export async function authenticateWithPassword(email: string, password: string): Promise<PasswordAuthentication> {
  const ip = await clientIp();
  const retryAfterSeconds = await throttlePasswordCheck(email);
  // Not audited: the attempts up to the limit are, and a flood past it must not fill the log.
  if (retryAfterSeconds > 0) return { status: "throttled", retryAfterSeconds };
  const user = await db.user.findUnique({
    where: { email },
    select: { id: true, email: true, name: true, passwordHash: true, emailVerified: true, disabledAt: true, sessionVersion: true },
  });
  // Unknown e-mail and wrong password take the same time and give the same answer.
  const valid = await verifyPasswordOrDummy(user?.passwordHash, password);
  if (!user || !valid) {
    // An attempt on the account, not an action by its owner: whoever typed the password is unknown.
    await writeAudit(db, {
      userId: null,
      action: "auth.signin.failed",
      entity: "User",
      entityId: user?.id ?? null,
      targetLabel: email,
      summary: `Échec de connexion pour ${email}`,
      ip,
    });
    return { status: "invalid" };
  }
  if (user.disabledAt) return { status: "disabled" };
  if (!user.emailVerified) return { status: "unconfirmed" };
  // The owner got in: their account's count starts again, and this check is given back to the
  // address (only this one: a valid account of their own buys an attacker no tries on others).
  await Promise.all([resetRateLimit([rateLimitKey("signin", "email", email)]), refundHit(rateLimitKey("signinIp", "ip", await clientIpKey()))]);
  await writeAudit(db, { userId: user.id, action: "auth.signin", entity: "User", entityId: user.id, summary: "Connexion par mot de passe", ip });
  return { status: "ok", user: { id: user.id, email: user.email, name: user.name, sessionVersion: user.sessionVersion } };
}

/** A sign-in link is single use; following it also proves the address. */
export async function authenticateWithLink(token: string): Promise<AuthenticatedUser | null> {
  const userId = await consumeToken("login-link", token);
  if (!userId) return null;
  const user = await db.user.findUnique({
    where: { id: userId },
    select: { id: true, email: true, name: true, emailVerified: true, disabledAt: true, sessionVersion: true },
  });
  if (!user || user.disabledAt) return null;
  let sessionVersion = user.sessionVersion;
  if (!user.emailVerified) {
    // The password of an unconfirmed account was typed by whoever signed up with this address,
    // not necessarily its owner, who has just proved it: that password must not open the account.
    const updated = await db.user.update({
      where: { id: user.id },
      data: { emailVerified: new Date(), passwordHash: null, sessionVersion: { increment: 1 }, keptSessionId: null },
      select: { sessionVersion: true },
    });
    sessionVersion = updated.sessionVersion;
  }
  await writeAudit(db, {
    userId: user.id,
    action: "auth.signin",
    entity: "User",
    entityId: user.id,
    summary: "Connexion par lien envoyé par e-mail",
    ip: await clientIp(),
  });
  return { id: user.id, email: user.email, name: user.name, sessionVersion };
}

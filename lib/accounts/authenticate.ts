// Used by the Auth.js providers (lib/auth/auth.ts): checks credentials and writes the audit log.
import "server-only";
import { headers } from "next/headers";
import { verifyPasswordOrDummy } from "@/lib/auth/password";
import { consumeToken } from "@/lib/auth/tokens.mutations";
import { writeAudit } from "@/lib/audit/audit.mutations";
import { db } from "@/lib/db";

type AuthenticatedUser = { id: string; email: string; name: string | null };
export type PasswordAuthentication =
  | { status: "ok"; user: AuthenticatedUser }
  | { status: "invalid" }
  | { status: "unconfirmed" }
  | { status: "disabled" };

/**
 * The client address, for rate limits and the audit log. X-Forwarded-For is a list that each
 * proxy appends to: its first entries are whatever the client sent, so the address is read from
 * the end, skipping TRUSTED_PROXY_HOPS entries added by our own proxies (0 when the Next.js
 * server is reached directly).
 */
export async function clientIp(): Promise<string | null> {
  let h: Headers;
  try {
    h = await headers();
  } catch {
    return null;
  }
  const hops = Math.max(0, Number.parseInt(process.env.TRUSTED_PROXY_HOPS ?? "0", 10) || 0);
  const chain = (h.get("x-forwarded-for") ?? "").split(",").map((part) => part.trim()).filter(Boolean);
  return chain[chain.length - 1 - hops] ?? h.get("x-real-ip") ?? null;
}

export async function authenticateWithPassword(email: string, password: string): Promise<PasswordAuthentication> {
  const user = await db.user.findUnique({ where: { email }, select: { id: true, email: true, name: true, passwordHash: true, emailVerified: true, disabledAt: true } });
  // Unknown e-mail and wrong password take the same time and give the same answer.
  const valid = await verifyPasswordOrDummy(user?.passwordHash, password);
  const ip = await clientIp();
  if (!user || !valid) {
    await writeAudit(db, { userId: user?.id ?? null, action: "auth.signin.failed", entity: "User", entityId: user?.id ?? null, summary: `Échec de connexion pour ${email}`, ip });
    return { status: "invalid" };
  }
  if (user.disabledAt) return { status: "disabled" };
  if (!user.emailVerified) return { status: "unconfirmed" };
  await writeAudit(db, { userId: user.id, action: "auth.signin", entity: "User", entityId: user.id, summary: "Connexion par mot de passe", ip });
  return { status: "ok", user: { id: user.id, email: user.email, name: user.name } };
}

/** A sign-in link is single use; following it also proves the address. */
export async function authenticateWithLink(token: string): Promise<AuthenticatedUser | null> {
  const userId = await consumeToken("login-link", token);
  if (!userId) return null;
  const user = await db.user.findUnique({ where: { id: userId }, select: { id: true, email: true, name: true, emailVerified: true, disabledAt: true } });
  if (!user || user.disabledAt) return null;
  if (!user.emailVerified) await db.user.update({ where: { id: user.id }, data: { emailVerified: new Date() } });
  await writeAudit(db, { userId: user.id, action: "auth.signin", entity: "User", entityId: user.id, summary: "Connexion par lien envoyé par e-mail", ip: await clientIp() });
  return { id: user.id, email: user.email, name: user.name };
}

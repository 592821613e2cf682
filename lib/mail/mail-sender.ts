import "server-only";
// The sender of the current request, for the e-mail quotas (lib/mail/mail-quota.ts): the signed-in
// user, or the client's IP address for an anonymous visitor. Apart from mail-quota.ts because it
// reads the Auth.js session, which only exists inside a Next.js request.
import { clientIp } from "@/lib/accounts/authenticate";
import { getVisitorUser } from "@/lib/auth/session";
import { reserveMailQuota, runWithMailQuota, type MailSender } from "./mail-quota";

export async function currentMailSender(): Promise<MailSender> {
  const user = await getVisitorUser();
  if (user) return { userId: user.id };
  // Without a known address every such visitor shares one bucket: refused together, not let through.
  return { ip: (await clientIp()) ?? "unknown" };
}

/**
 * Counts one e-mail to `to` for the current sender, then runs `run` (a mutation that sends it):
 * a refused e-mail throws MailQuotaError before `run` writes anything. The quota is used even
 * when `run` ends up sending nothing (no account at that address): the answer, and the next
 * refusal, must not tell whether the address has an account.
 */
export async function withMailQuota<T>(to: string, run: () => Promise<T>): Promise<T> {
  const pass = await reserveMailQuota(await currentMailSender(), [to]);
  return runWithMailQuota(pass, run);
}

import "server-only";
// E-mail quotas (issue #18): nobody may make the platform send a flood of e-mails, to one address
// or in total. Two rules on the PostgreSQL limiter (lib/rate-limit), counted per e-mail:
// - mailRecipient, per destination address (RATE_LIMIT_MAIL_RECIPIENT, 5 an hour by default);
// - mailSender, per sender: the signed-in user, or the IP address of an anonymous visitor
//   (RATE_LIMIT_MAIL_SENDER, 30 an hour by default).
//
// sendMail (lib/mail/mail.ts) applies them to every message that is not flagged `system` (daily
// digests, moderation decisions), before anything is written. A path that must refuse *before*
// its own writes reserves the quota first (reserveMailQuota) and hands the resulting pass to
// sendMail, which then lets exactly those messages through without counting them twice.
import { AsyncLocalStorage } from "node:async_hooks";
import { headers } from "next/headers";
import { mailCopy } from "@/lib/copy/mail";
import { RateLimitError } from "@/lib/errors";
import { rateLimitKey, rateLimitRule } from "@/lib/rate-limit/rate-limit";
import { hit } from "@/lib/rate-limit/rate-limit.mutations";

/** Who makes the platform send: a signed-in user, or an anonymous visitor's IP address. */
export type MailSender = { userId: string } | { ip: string };

/** A refused e-mail, with the French message the form shows. */
export class MailQuotaError extends RateLimitError {
  readonly reason: "recipient" | "sender";
  constructor(reason: "recipient" | "sender", retryAfterSeconds: number) {
    super(retryAfterSeconds);
    this.name = "MailQuotaError";
    this.reason = reason;
    this.message = mailCopy.quota[reason](this.retryAfterSeconds);
  }
}

const normalise = (address: string) => address.trim().toLowerCase();

/** Proof that these e-mails were counted: sendMail lets one message per counted address through. */
export class MailQuotaPass {
  readonly sender: MailSender | null;
  private readonly left = new Map<string, number>();

  constructor(sender: MailSender | null, addresses: string[]) {
    this.sender = sender;
    for (const address of addresses.map(normalise)) this.left.set(address, (this.left.get(address) ?? 0) + 1);
  }

  /** Whether a message to `address` was counted (and is still unsent). */
  covers(address: string): boolean {
    return (this.left.get(normalise(address)) ?? 0) > 0;
  }

  /** Uses up the count of one message to `address`; false when there was none left. */
  take(address: string): boolean {
    const key = normalise(address);
    const left = this.left.get(key) ?? 0;
    if (left <= 0) return false;
    this.left.set(key, left - 1);
    return true;
  }
}

export function mailSenderKey(sender: MailSender): string {
  return "userId" in sender ? rateLimitKey("mailSender", "user", sender.userId) : rateLimitKey("mailSender", "ip", sender.ip);
}

export function mailRecipientKey(address: string): string {
  return rateLimitKey("mailRecipient", "email", address);
}

/**
 * Counts the e-mails about to go to `recipients` (one each; repeat an address to count it twice)
 * against the sender's quota, then each recipient's. Over the sender's quota: MailQuotaError,
 * whatever `partial` says. Over a recipient's: MailQuotaError too, unless `partial`, where that
 * recipient is simply left out of the pass (for e-mails that only echo an in-app notification:
 * the sender cannot know how many e-mails someone else received). A null sender (no request: a
 * script, a scheduled job) is not counted; its recipients are.
 */
export async function reserveMailQuota(sender: MailSender | null, recipients: string[], options: { partial?: boolean } = {}): Promise<MailQuotaPass> {
  const addresses = recipients.map(normalise).filter(Boolean);
  if (addresses.length === 0) return new MailQuotaPass(sender, []);
  if (sender) {
    const result = await hit(mailSenderKey(sender), rateLimitRule("mailSender"), addresses.length);
    if (!result.allowed) throw new MailQuotaError("sender", result.retryAfterSeconds);
  }
  const rule = rateLimitRule("mailRecipient");
  const allowed: string[] = [];
  let wait = 0;
  for (const address of addresses) {
    const result = await hit(mailRecipientKey(address), rule);
    if (result.allowed) allowed.push(address);
    else wait = Math.max(wait, result.retryAfterSeconds);
  }
  if (wait > 0 && !options.partial) throw new MailQuotaError("recipient", wait);
  return new MailQuotaPass(sender, allowed);
}

// The pass of the code running inside runWithMailQuota: how an action reserves the e-mail of a
// mutation that calls sendMail itself (lib/accounts/accounts.mutations.ts) without a parameter.
const reserved = new AsyncLocalStorage<MailQuotaPass>();

export function runWithMailQuota<T>(pass: MailQuotaPass, run: () => Promise<T>): Promise<T> {
  return reserved.run(pass, run);
}

/** The current request's sender (signed-in user, else IP address); null outside a request. */
export async function requestMailSender(): Promise<MailSender | null> {
  try {
    await headers();
  } catch {
    return null; // No request: a script or a scheduled job, no visitor to count.
  }
  // Loaded only here: it reads the session (Auth.js), which scripts and tests do without.
  const { currentMailSender } = await import("./mail-sender");
  return currentMailSender();
}

/**
 * sendMail's gate for every message not flagged `system`: through when a pass (given, or that of
 * the surrounding runWithMailQuota) covers it; otherwise counted now, for the given sender, the
 * pass's, or the request's (signed-in user, else IP address). Throws MailQuotaError when refused.
 */
export async function admitMail(to: string, options: { pass?: MailQuotaPass; sender?: MailSender | null } = {}): Promise<void> {
  const pass = options.pass ?? reserved.getStore();
  if (pass?.take(to)) return;
  const sender = options.sender !== undefined ? options.sender : pass ? pass.sender : await requestMailSender();
  await reserveMailQuota(sender, [to]);
}

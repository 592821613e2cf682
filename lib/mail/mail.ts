import "server-only";
// Outgoing e-mail. Every message passes the e-mail quotas (mail-quota.ts) unless flagged
// `system`, is recorded in MailMessage — the send log, and what the dev mailbox shows — with its
// links' tokens masked unless the log is the delivery channel (mail-log.ts), and becomes a
// "mail:send" job in the same transaction (the outbox; the caller's own when it passes `tx`).
// The worker then hands it to the SMTP server when SMTP_URL is set and stamps sentAt, retrying
// with backoff; a request never waits for SMTP. Without SMTP_URL (development, e2e tests)
// nothing leaves the machine.
import nodemailer, { type Transporter } from "nodemailer";
import type { MailMessage, Prisma } from "@/generated/prisma/client";
import type { Principal } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { ForbiddenError } from "@/lib/errors";
import { enqueueJob } from "@/lib/jobs/enqueue.mutations";
import { MAIL_MAX_ATTEMPTS, mailJobKey, type MailJob } from "@/lib/jobs/job-types";
import { canReadMailbox, keepsWorkingLinks, redactTokens } from "./mail-log";
import { admitMail, type MailQuotaPass, type MailSender } from "./mail-quota";

export { isDevMailboxEnabled } from "./mail-log";

export const DEFAULT_MAIL_FROM = "ODD 17 en pratiques <no-reply@odd17.local>";

/** `headers`: extra headers, e.g. List-Unsubscribe of the follows' e-mails (lib/follows/delivery.ts). */
export type OutgoingMail = { to: string; subject: string; text: string; html?: string; headers?: Record<string, string> };

// One transport per SMTP_URL, reused: nodemailer keeps the connection settings and pool in it.
const transports = new Map<string, Transporter>();

function transportFor(smtpUrl: string): Transporter {
  let transport = transports.get(smtpUrl);
  if (!transport) {
    transport = nodemailer.createTransport(smtpUrl);
    transports.set(smtpUrl, transport);
  }
  return transport;
}

/**
 * How a message meets the quotas. By default it is counted for the request's sender (or the
 * given one) and its recipient, unless a pass from reserveMailQuota already counted it.
 * `system: true` is for the platform's own messages that no visitor can trigger at will (the
 * daily digest, moderation decisions made by the staff): they are not counted.
 * `tx`: the transaction of the change the e-mail is about; the message is then recorded and
 * queued only if that change commits.
 */
export type SendMailOptions = ({ system: true } | { system?: false; pass?: MailQuotaPass; sender?: MailSender | null }) & { tx?: Prisma.TransactionClient };

/**
 * Checks the quotas (MailQuotaError, nothing recorded), then records the message and queues its
 * delivery, together. Delivery failures are the worker's to retry; they never reach the caller.
 */
export async function sendMail(mail: OutgoingMail, options: SendMailOptions = {}): Promise<{ id: string }> {
  if (!options.system) await admitMail(mail.to, options);
  const keep = keepsWorkingLinks();
  const write = async (tx: Prisma.TransactionClient) => {
    const record = await tx.mailMessage.create({
      data: {
        to: mail.to,
        subject: mail.subject,
        text: keep ? mail.text : redactTokens(mail.text),
        html: mail.html === undefined ? null : keep ? mail.html : redactTokens(mail.html),
      },
      select: { id: true },
    });
    const job: MailJob = {
      mailId: record.id,
      to: mail.to,
      subject: mail.subject,
      text: mail.text,
      ...(mail.html === undefined ? {} : { html: mail.html }),
      ...(mail.headers === undefined ? {} : { headers: mail.headers }),
    };
    await enqueueJob("mail:send", job, { tx, maxAttempts: MAIL_MAX_ATTEMPTS, key: mailJobKey(record.id) });
    return { id: record.id };
  };
  return options.tx ? write(options.tx) : db.$transaction(write);
}

export type DeliveryOutcome = "sent" | "no-smtp" | "already-sent" | "gone";

/**
 * The "mail:send" job: hands the message to SMTP_URL's server and stamps its log entry. Throws
 * when the server refuses or cannot be reached: the queue tries again later. A message already
 * stamped is not sent again (a job retried after a crash that followed the stamp); one whose log
 * entry is gone (deleted past its retention) is dropped.
 */
export async function deliverMail(job: MailJob): Promise<DeliveryOutcome> {
  const record = await db.mailMessage.findUnique({ where: { id: job.mailId }, select: { sentAt: true } });
  if (!record) return "gone";
  if (record.sentAt) return "already-sent";
  const smtpUrl = process.env.SMTP_URL?.trim();
  if (!smtpUrl) return "no-smtp";
  await transportFor(smtpUrl).sendMail({
    from: process.env.MAIL_FROM?.trim() || DEFAULT_MAIL_FROM,
    to: job.to,
    subject: job.subject,
    text: job.text,
    html: job.html,
    headers: job.headers,
  });
  await db.mailMessage.update({ where: { id: job.mailId }, data: { sentAt: new Date() } });
  return "sent";
}

/**
 * The dev mailbox's messages, latest first, optionally for one address (case-insensitive), for
 * `viewer` only if they may read it (canReadMailbox: anyone in development; in a production build
 * only a platform ADMIN, and only with DEV_MAILBOX=true).
 */
export async function listMailbox(viewer: Principal, { to, limit = 50 }: { to?: string; limit?: number } = {}): Promise<MailMessage[]> {
  if (!canReadMailbox(viewer)) throw new ForbiddenError("La boîte aux lettres de développement n'est pas accessible sur ce serveur.");
  const take = Math.min(Math.max(1, Math.trunc(limit) || 1), 200);
  const address = to?.trim();
  return db.mailMessage.findMany({
    where: address ? { to: { equals: address, mode: "insensitive" } } : undefined,
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take,
  });
}

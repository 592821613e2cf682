import "server-only";
// Outgoing e-mail. Every message passes the e-mail quotas (mail-quota.ts) unless flagged
// `system`, is recorded in MailMessage — the send log, and what the dev mailbox shows — with its
// links' tokens masked unless the log is the delivery channel (mail-log.ts), then, when SMTP_URL
// is set, handed to the SMTP server and stamped sentAt. Without SMTP_URL (development, e2e tests)
// nothing leaves the machine.
import nodemailer, { type Transporter } from "nodemailer";
import type { MailMessage } from "@/generated/prisma/client";
import type { Principal } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { ForbiddenError } from "@/lib/errors";
import { canReadMailbox, keepsWorkingLinks, redactTokens } from "./mail-log";
import { admitMail, type MailQuotaPass, type MailSender } from "./mail-quota";

export { isDevMailboxEnabled } from "./mail-log";

export const DEFAULT_MAIL_FROM = "ODD 17 en pratiques <no-reply@odd17.local>";

export type OutgoingMail = { to: string; subject: string; text: string; html?: string };

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
 */
export type SendMailOptions = { system: true } | { system?: false; pass?: MailQuotaPass; sender?: MailSender | null };

/**
 * Checks the quotas (MailQuotaError, nothing recorded), records the message, then sends it if
 * SMTP is configured. An SMTP failure is thrown after the message is recorded (sentAt stays
 * null, which the log shows); the caller decides whether the user must know — a password-reset
 * form, for instance, must answer the same either way.
 */
export async function sendMail(mail: OutgoingMail, options: SendMailOptions = {}): Promise<{ id: string; sent: boolean }> {
  if (!options.system) await admitMail(mail.to, options);
  const keep = keepsWorkingLinks();
  const record = await db.mailMessage.create({
    data: {
      to: mail.to,
      subject: mail.subject,
      text: keep ? mail.text : redactTokens(mail.text),
      html: mail.html === undefined ? null : keep ? mail.html : redactTokens(mail.html),
    },
    select: { id: true },
  });
  const smtpUrl = process.env.SMTP_URL?.trim();
  if (!smtpUrl) return { id: record.id, sent: false };

  await transportFor(smtpUrl).sendMail({
    from: process.env.MAIL_FROM?.trim() || DEFAULT_MAIL_FROM,
    to: mail.to,
    subject: mail.subject,
    text: mail.text,
    html: mail.html,
  });
  await db.mailMessage.update({ where: { id: record.id }, data: { sentAt: new Date() } });
  return { id: record.id, sent: true };
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

import "server-only";
// Outgoing e-mail. Every message is first recorded in MailMessage — the send log, and what the
// dev mailbox shows — then, when SMTP_URL is set, handed to the SMTP server and stamped sentAt.
// Without SMTP_URL (development, e2e tests) nothing leaves the machine.
import nodemailer, { type Transporter } from "nodemailer";
import type { MailMessage } from "@/generated/prisma/client";
import { db } from "@/lib/db";
import { ForbiddenError } from "@/lib/errors";

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
 * Records the message, then sends it if SMTP is configured. An SMTP failure is thrown after the
 * message is recorded (sentAt stays null, which the log shows); the caller decides whether the
 * user must know — a password-reset form, for instance, must answer the same either way.
 */
export async function sendMail(mail: OutgoingMail): Promise<{ id: string; sent: boolean }> {
  const record = await db.mailMessage.create({
    data: { to: mail.to, subject: mail.subject, text: mail.text, html: mail.html ?? null },
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
 * The dev mailbox is off in production builds, where it would show everyone's links, unless
 * DEV_MAILBOX=true: the e2e tests run the production build and read their links there.
 */
export function isDevMailboxEnabled(env: Record<string, string | undefined> = process.env): boolean {
  return env.NODE_ENV !== "production" || env.DEV_MAILBOX === "true";
}

/** Latest messages first, optionally for one address (case-insensitive). */
export async function listMailbox({ to, limit = 50 }: { to?: string; limit?: number } = {}): Promise<MailMessage[]> {
  if (!isDevMailboxEnabled()) throw new ForbiddenError("La boîte aux lettres de développement est désactivée sur ce serveur.");
  const take = Math.min(Math.max(1, Math.trunc(limit) || 1), 200);
  const address = to?.trim();
  return db.mailMessage.findMany({
    where: address ? { to: { equals: address, mode: "insensitive" } } : undefined,
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take,
  });
}

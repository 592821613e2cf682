// Sending notification e-mails: at once (after the producer's commit) or in the daily digest.
// Each send first *claims* its rows — `emailedAt` set only where it is still null, in one UPDATE —
// and e-mails only what it claimed. Two runs at once (two servers, a retried cron job) therefore
// claim disjoint sets: nothing is e-mailed twice. The price is at-most-once: a crash between the
// claim and the send loses that e-mail (the in-app notification stays). Mail failures are logged.
import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db";
import { appBaseUrl } from "@/lib/http/base-url";
import { sendMail, type SendMailOptions } from "@/lib/mail/mail";
import type { MailQuotaPass } from "@/lib/mail/mail-quota";
import { paths } from "@/lib/paths";
import { DIGEST_WINDOW_MS, deliveryOf, digestEmail, groupDigests, immediateEmail, type MailLinks } from "./notifications";
import { logUnexpectedError } from "@/lib/log/logger";

const links = (baseUrl: string): MailLinks => ({ baseUrl, listPath: paths.notifications(), preferencesPath: paths.notificationPreferences() });

const claimSelect = { id: true, userId: true, title: true, body: true, href: true, createdAt: true } as const;

/** Sets emailedAt on those of `ids` nobody has claimed yet; returns the ones this call claimed. */
async function claim(ids: string[], now: Date) {
  if (ids.length === 0) return [];
  return db.notification.updateManyAndReturn({ where: { id: { in: ids }, emailedAt: null }, data: { emailedAt: now }, select: claimSelect });
}

async function usersById(ids: string[]) {
  const users = await db.user.findMany({ where: { id: { in: [...new Set(ids)] } }, select: { id: true, email: true, name: true } });
  return new Map(users.map((user) => [user.id, user]));
}

async function send(to: string, mail: { subject: string; text: string; html: string }, options: SendMailOptions): Promise<boolean> {
  try {
    await sendMail({ to, ...mail }, options);
    return true;
  } catch (error) {
    logUnexpectedError(error, "Notification e-mail not sent", { subject: mail.subject });
    return false;
  }
}

/**
 * E-mails these notifications one by one, for the recipients whose preference is ALL. `pass` is
 * notify()'s reservation of their e-mail quotas; without one, each e-mail is counted as it goes.
 */
export async function deliverImmediate(ids: string[], options: { baseUrl?: string; now?: Date; pass?: MailQuotaPass } = {}): Promise<number> {
  const now = options.now ?? new Date();
  const pending = await db.notification.findMany({
    where: { id: { in: ids }, emailedAt: null, user: { disabledAt: null } },
    select: { id: true, email: true, user: { select: { notificationEmails: true } } },
  });
  const eligible = pending.filter((row) => deliveryOf(row.email, row.user.notificationEmails) === "immediate");
  const claimed = await claim(
    eligible.map((row) => row.id),
    now,
  );
  const users = await usersById(claimed.map((row) => row.userId));
  const baseUrl = options.baseUrl ?? (await appBaseUrl());
  let sent = 0;
  for (const row of claimed) {
    const user = users.get(row.userId);
    if (
      user &&
      (await send(user.email, immediateEmail({ name: user.name, title: row.title, body: row.body, href: row.href }, links(baseUrl)), { pass: options.pass }))
    )
      sent += 1;
  }
  return sent;
}

export type DigestRun = { users: number; notifications: number; mails: number };

/**
 * One e-mail per user gathering the notifications of the last 24 hours not e-mailed yet: those
 * made for the digest, and the immediate ones of users who chose DIGEST_ONLY (or that were not
 * sent at once, e.g. made by a script). Users who chose NONE get nothing. Run it once a day.
 */
export async function sendDailyDigests(
  now: Date = new Date(),
  options: { baseUrl?: string; /** Test seam: runs between selection and claim. */ beforeClaim?: () => Promise<void> } = {},
): Promise<DigestRun> {
  const where: Prisma.NotificationWhereInput = {
    emailedAt: null,
    email: { not: "NONE" },
    createdAt: { gt: new Date(now.getTime() - DIGEST_WINDOW_MS), lte: now },
    user: { notificationEmails: { not: "NONE" }, disabledAt: null },
  };
  const candidates = await db.notification.findMany({
    where,
    select: { id: true, email: true, user: { select: { notificationEmails: true } } },
    orderBy: { createdAt: "asc" },
  });
  // Every e-mailed kind that is not sent at once goes in the digest; "immediate" ones still
  // un-emailed here were missed at the time (no request scope, a crash) and are caught up.
  const due = candidates.filter((row) => deliveryOf(row.email, row.user.notificationEmails) !== "none");
  await options.beforeClaim?.();
  const claimed = await claim(
    due.map((row) => row.id),
    now,
  );
  if (claimed.length === 0) return { users: 0, notifications: 0, mails: 0 };
  const users = await usersById(claimed.map((row) => row.userId));
  const rows = claimed.flatMap((row) => {
    const user = users.get(row.userId);
    return user ? [{ ...row, email: user.email, name: user.name }] : [];
  });
  const baseUrl = options.baseUrl ?? (await appBaseUrl());
  let mails = 0;
  const digests = groupDigests(rows);
  for (const digest of digests) {
    // At most one a day per person, sent by the platform's own job: not counted as anyone's e-mail.
    if (await send(digest.email, digestEmail(digest, links(baseUrl)), { system: true })) mails += 1;
  }
  return { users: digests.length, notifications: claimed.length, mails };
}

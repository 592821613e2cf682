// The one way producers notify people: called inside the producer's own transaction, so that a
// rolled-back action leaves no notification and no e-mail behind. Immediate e-mails are sent
// after the response (Next's `after`), by a conditional claim of the committed rows: a rolled-back
// transaction has no rows to claim, and a notification is never e-mailed twice. Outside a request
// (scripts, tests) nothing is sent at once: the digest run picks the notification up instead.
import "server-only";
import { after } from "next/server";
import type { Prisma } from "@/generated/prisma/client";
import { appBaseUrl } from "@/lib/http/base-url";
import { requestMailSender, reserveMailQuota, type MailQuotaPass, type MailSender } from "@/lib/mail/mail-quota";
import { deliverImmediate } from "./delivery";
import { EMAIL_MODE, deliveryOf, oneLine, type EmailRequest } from "./notifications";
import { logUnexpectedError } from "@/lib/log/logger";

type Tx = Prisma.TransactionClient;

/** What produced a notification; stored as text so that new kinds need no migration. */
export type NotificationKind =
  | "organisation.invitation"
  | "alliance.invitation"
  | "alliance.response"
  | "alliance.join"
  | "moderation.decision"
  | "match.new"
  | "match.contact"
  | "match.answer"
  | "network.link"
  | "conversation.message"
  | "content.assigned"
  /** A new item matching one of the person's follows (lib/follows/matching.ts). */
  | "follow.match"
  | "general";

export type NotifyInput = {
  /** Recipients by account id. */
  userIds?: string[];
  /** And/or: the ADMIN members of these organisations. */
  actorAdminsOf?: string | string[];
  /** And/or: the accounts with these addresses (case-insensitive), if they exist. */
  emails?: string[];
  /** And/or: the ADMIN members of the LEAD organisations of this alliance. */
  allianceLeadAdminsOf?: string;
  /** Never notify this account (e.g. the person who acted). */
  exceptUserId?: string | null;
  kind: NotificationKind;
  title: string;
  body?: string;
  href?: string | null;
  email: EmailRequest;
  /**
   * Whose e-mail quota the immediate e-mails count against (lib/mail/mail-quota.ts): the person
   * who acted. Left out, the current request's sender (signed-in user, else IP address).
   */
  mailSender?: MailSender | null;
  now?: Date;
};

async function recipientsOf(tx: Tx, input: NotifyInput): Promise<string[]> {
  const ids = new Set(input.userIds ?? []);
  const actorIds = input.actorAdminsOf === undefined ? [] : Array.isArray(input.actorAdminsOf) ? input.actorAdminsOf : [input.actorAdminsOf];
  const or: Prisma.UserWhereInput[] = [];
  if (actorIds.length > 0) or.push({ memberships: { some: { actorId: { in: actorIds }, role: "ADMIN" } } });
  for (const email of input.emails ?? []) or.push({ email: { equals: email, mode: "insensitive" } });
  if (input.allianceLeadAdminsOf) {
    or.push({ memberships: { some: { role: "ADMIN", actor: { partners: { some: { allianceId: input.allianceLeadAdminsOf, role: "LEAD" } } } } } });
  }
  if (or.length > 0) {
    const users = await tx.user.findMany({ where: { OR: or, disabledAt: null }, select: { id: true } });
    for (const user of users) ids.add(user.id);
  }
  if (input.exceptUserId) ids.delete(input.exceptUserId);
  return [...ids];
}

/** Writes one notification per recipient; returns their ids. */
export async function notify(tx: Tx, input: NotifyInput): Promise<string[]> {
  const userIds = await recipientsOf(tx, input);
  if (userIds.length === 0) return [];
  const rows = await tx.notification.createManyAndReturn({
    data: userIds.map((userId) => ({
      userId,
      kind: input.kind,
      title: oneLine(input.title, 300),
      body: input.body?.trim() ?? "",
      href: input.href ?? null,
      email: EMAIL_MODE[input.email],
      ...(input.now ? { createdAt: input.now } : {}),
    })),
    select: { id: true, userId: true },
  });
  const ids = rows.map((row) => row.id);
  if (input.email === "immediate") {
    const { pass, userIds: mailed } = await reserveImmediateMails(tx, userIds, input.mailSender);
    await scheduleImmediate(
      rows.filter((row) => mailed.has(row.userId)).map((row) => row.id),
      pass,
    );
  }
  return ids;
}

/**
 * Counts the e-mails this notification will send at once, before the producer commits: over the
 * sender's quota, MailQuotaError rolls the whole action back. A recipient over their own quota
 * gets no e-mail now: their notification stays un-emailed, so the daily digest carries it.
 */
async function reserveImmediateMails(tx: Tx, userIds: string[], sender: MailSender | null | undefined): Promise<{ pass: MailQuotaPass; userIds: Set<string> }> {
  const users = await tx.user.findMany({ where: { id: { in: userIds } }, select: { id: true, email: true, notificationEmails: true } });
  const mailed = users.filter((user) => deliveryOf("IMMEDIATE", user.notificationEmails) === "immediate");
  const pass = await reserveMailQuota(
    sender === undefined ? await requestMailSender() : sender,
    mailed.map((user) => user.email),
    { partial: true },
  );
  return { pass, userIds: new Set(mailed.filter((user) => pass.covers(user.email)).map((user) => user.id)) };
}

async function scheduleImmediate(ids: string[], pass: MailQuotaPass): Promise<void> {
  if (ids.length === 0) return;
  // The base URL is read now, while the request's headers are at hand.
  const baseUrl = await appBaseUrl();
  try {
    after(async () => {
      try {
        await deliverImmediate(ids, { baseUrl, pass });
      } catch (error) {
        logUnexpectedError(error, "Immediate notifications not sent", { notifications: ids.length });
      }
    });
  } catch {
    // No request scope (a script, a test): the next digest run sends these.
  }
}

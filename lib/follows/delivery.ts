import "server-only";
// The follows' e-mails at each follow's rhythm: one e-mail per follow that has news and is due
// (lib/follows/follows.ts isEmailDue, here as three cut-offs in one query), with that follow's
// one-click unsubscribe. Matches are claimed (emailedAt set where still null) before sending, as
// the notification digest does: two runs at once never e-mail the same news twice.
import { db } from "@/lib/db";
import { appBaseUrl } from "@/lib/http/base-url";
import { logUnexpectedError } from "@/lib/log/logger";
import { sendMail } from "@/lib/mail/mail";
import { followEmail } from "./follow-email";
import { lastEmailedBefore } from "./follows";
import { matchFollowEvents, type MatchRun } from "./matching";

/** News older than this is not e-mailed any more (a follow switched back from « Jamais »). */
const NEWS_MAX_AGE_MS = 8 * 24 * 60 * 60 * 1000;

const MAIL_BATCH = 200;

/** At most this many items listed in one e-mail; the rest are in the notifications. */
const ITEMS_PER_MAIL = 30;

export type FollowMailRun = { follows: number; items: number; mails: number };

export async function sendFollowEmails(now: Date = new Date(), options: { baseUrl?: string } = {}): Promise<FollowMailRun> {
  const oldest = new Date(now.getTime() - NEWS_MAX_AGE_MS);
  const due = await db.$queryRaw<{ id: string }[]>`
    SELECT f.id FROM "Follow" f JOIN "User" u ON u.id = f."userId"
    WHERE u."disabledAt" IS NULL AND u."notificationEmails" <> 'NONE' AND f.rhythm <> 'NEVER'
      AND (f."lastEmailedAt" IS NULL
        OR (f.rhythm = 'IMMEDIATE' AND f."lastEmailedAt" <= ${lastEmailedBefore("IMMEDIATE", now)})
        OR (f.rhythm = 'DAILY' AND f."lastEmailedAt" <= ${lastEmailedBefore("DAILY", now)})
        OR (f.rhythm = 'WEEKLY' AND f."lastEmailedAt" <= ${lastEmailedBefore("WEEKLY", now)}))
      AND EXISTS (SELECT 1 FROM "FollowMatch" m WHERE m."followId" = f.id AND m."emailedAt" IS NULL AND m."createdAt" > ${oldest})`;
  if (due.length === 0) return { follows: 0, items: 0, mails: 0 };
  const ids = due.map((row) => row.id);
  const claimed = await db.followMatch.updateManyAndReturn({
    where: { followId: { in: ids }, emailedAt: null, createdAt: { gt: oldest } },
    data: { emailedAt: now },
    select: { followId: true, title: true, href: true, createdAt: true },
  });
  const byFollow = new Map<string, typeof claimed>();
  for (const row of claimed) {
    const rows = byFollow.get(row.followId);
    if (rows) rows.push(row);
    else byFollow.set(row.followId, [row]);
  }
  await db.follow.updateMany({ where: { id: { in: [...byFollow.keys()] } }, data: { lastEmailedAt: now } });
  const follows = await db.follow.findMany({
    where: { id: { in: [...byFollow.keys()] } },
    select: { id: true, label: true, unsubscribeToken: true, user: { select: { email: true, name: true } } },
  });
  const baseUrl = options.baseUrl ?? (await appBaseUrl());
  const messages = follows.map((follow) => {
    const items = (byFollow.get(follow.id) ?? []).sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime()).slice(0, ITEMS_PER_MAIL);
    return {
      to: follow.user.email,
      ...followEmail({ name: follow.user.name, label: follow.label, unsubscribeToken: follow.unsubscribeToken, items }, baseUrl),
    };
  });
  let mails = 0;
  // Recorded and queued MAIL_BATCH at a time, one transaction each: thousands of e-mails a run
  // would otherwise cost a commit each (the bench's figure). A failed batch is logged and lost,
  // as a failed send is (at most once: its news was claimed).
  for (let start = 0; start < messages.length; start += MAIL_BATCH) {
    const batch = messages.slice(start, start + MAIL_BATCH);
    try {
      // The platform's own messages at a rhythm each person chose: not counted against anyone's quota.
      await db.$transaction(
        async (tx) => {
          for (const message of batch) await sendMail(message, { system: true, tx });
        },
        { timeout: 60_000 },
      );
      mails += batch.length;
    } catch (error) {
      logUnexpectedError(error, "Follow e-mails not sent", { mails: batch.length });
    }
  }
  return { follows: follows.length, items: claimed.length, mails };
}

export type FollowsRun = MatchRun & FollowMailRun;

/** The scheduled task: match the new events, then send the e-mails that are due. */
export async function runFollows(now: Date = new Date(), options: { baseUrl?: string } = {}): Promise<FollowsRun> {
  const matched = await matchFollowEvents(now);
  const mailed = await sendFollowEmails(now, options);
  return { ...matched, ...mailed };
}

// The periodic clean-up (`npm run db:cleanup`, for cron): expired single-use tokens, rate-limit
// counters whose window has ended, and the e-mail send log past its retention. App servers are
// stateless and run no timers, hence a command; each step is one idempotent DELETE, so running
// it twice or on two servers at once is harmless.
import "server-only";
import { deleteExpiredTokens } from "@/lib/auth/tokens.mutations";
import { deleteMailsBefore } from "@/lib/mail/mail.mutations";
import { mailLogRetentionDays, retentionCutoff } from "@/lib/maintenance/retention";
import { deleteExpiredBuckets } from "@/lib/rate-limit/rate-limit.mutations";

export interface HousekeepingRun {
  tokens: number;
  buckets: number;
  mails: number;
}

export async function runHousekeeping(now: Date = new Date(), env: Record<string, string | undefined> = process.env): Promise<HousekeepingRun> {
  const tokens = await deleteExpiredTokens(now);
  const buckets = await deleteExpiredBuckets();
  const mails = await deleteMailsBefore(retentionCutoff(now, mailLogRetentionDays(env)));
  return { tokens, buckets, mails };
}

// The periodic clean-up, a scheduled task of the worker (lib/jobs/crontab.ts; also
// `npm run db:cleanup` by hand): expired single-use tokens, rate-limit counters whose window has
// ended, the e-mail send log past its retention and the failed jobs as old, and the import
// previews never confirmed (IMPORT_PREVIEW_RETENTION_DAYS) with their files. Each step is
// idempotent, so running it twice or from two workers at once is harmless.
import "server-only";
import { deleteExpiredTokens } from "@/lib/auth/tokens.mutations";
import { deleteAbandonedImportPreviews } from "@/lib/imports/import-cleanup.mutations";
import { deleteFailedJobsBefore } from "@/lib/jobs/queue.mutations";
import { deleteMailsBefore } from "@/lib/mail/mail.mutations";
import { importPreviewRetentionDays, mailLogRetentionDays, retentionCutoff } from "@/lib/maintenance/retention";
import { deleteExpiredBuckets } from "@/lib/rate-limit/rate-limit.mutations";

export interface HousekeepingRun {
  tokens: number;
  buckets: number;
  mails: number;
  jobs: number;
  importPreviews: number;
}

export async function runHousekeeping(now: Date = new Date(), env: Record<string, string | undefined> = process.env): Promise<HousekeepingRun> {
  const tokens = await deleteExpiredTokens(now);
  const buckets = await deleteExpiredBuckets();
  const cutoff = retentionCutoff(now, mailLogRetentionDays(env));
  const mails = await deleteMailsBefore(cutoff);
  const jobs = await deleteFailedJobsBefore(cutoff);
  const importPreviews = await deleteAbandonedImportPreviews(retentionCutoff(now, importPreviewRetentionDays(env)));
  return { tokens, buckets, mails, jobs, importPreviews };
}

// How long the send log of e-mails is kept (MAIL_LOG_RETENTION_DAYS, 90 days by default): long
// enough to answer "did you send me the link?", short enough not to keep people's addresses and
// links for ever.
export const DEFAULT_MAIL_LOG_RETENTION_DAYS = 90;

export function mailLogRetentionDays(env: Record<string, string | undefined> = process.env): number {
  const configured = Number(env.MAIL_LOG_RETENTION_DAYS);
  return env.MAIL_LOG_RETENTION_DAYS !== undefined && Number.isInteger(configured) && configured >= 1 ? configured : DEFAULT_MAIL_LOG_RETENTION_DAYS;
}

export function retentionCutoff(now: Date, days: number): Date {
  return new Date(now.getTime() - days * 24 * 60 * 60 * 1000);
}

// How long an import preview that was never confirmed is kept (IMPORT_PREVIEW_RETENTION_DAYS,
// 7 days by default): its file holds names, e-mails and phone numbers nobody chose to publish.
export const DEFAULT_IMPORT_PREVIEW_RETENTION_DAYS = 7;

export function importPreviewRetentionDays(env: Record<string, string | undefined> = process.env): number {
  const configured = Number(env.IMPORT_PREVIEW_RETENTION_DAYS);
  return env.IMPORT_PREVIEW_RETENTION_DAYS !== undefined && Number.isInteger(configured) && configured >= 1
    ? configured
    : DEFAULT_IMPORT_PREVIEW_RETENTION_DAYS;
}

// The background jobs of the platform and what each carries. Pure types and names, shared by the
// code that adds jobs (enqueue.mutations.ts) and the worker's task list (tasks.ts). Names are
// "domain:verb": graphile-worker's crontab accepts letters, digits, "_", "-", ":" and "/" only.

export type MailJob = {
  /** The MailMessage row (the send log) this delivery stamps. */
  mailId: string;
  to: string;
  subject: string;
  /** The message as delivered: its links still carry their tokens, unlike the log's copy. */
  text: string;
  html?: string;
  /** Extra headers (List-Unsubscribe and List-Unsubscribe-Post of the follows' e-mails). */
  headers?: Record<string, string>;
};

/** The confirmation of an organisation import: the worker writes it (lib/imports/organisation-import.job.ts). */
export type OrganisationImportJob = { importId: string; userId: string; ip?: string | null };

export type JobPayloads = {
  "mail:send": MailJob;
  "notifications:digest": Record<string, unknown>;
  "follows:run": Record<string, unknown>;
  "maintenance:cleanup": Record<string, unknown>;
  "imports:organisations": OrganisationImportJob;
};

export type JobTask = keyof JobPayloads;

export const JOB_TASKS = [
  "mail:send",
  "notifications:digest",
  "follows:run",
  "maintenance:cleanup",
  "imports:organisations",
] as const satisfies readonly JobTask[];

/** The job key of a message's delivery: the queue's public view shows keys, not payloads. */
export const mailJobKey = (mailId: string) => `mail:${mailId}`;

/** An e-mail is tried this many times (about 9 hours of exponential backoff) before it is kept as failed. */
export const MAIL_MAX_ATTEMPTS = 10;

/** The job key of an import's confirmation: one job per import, however often it is asked for. */
export const organisationImportJobKey = (importId: string) => `organisation-import:${importId}`;

/** An import is tried this many times (transient failures) before it is kept as failed; never twice written. */
export const IMPORT_MAX_ATTEMPTS = 3;

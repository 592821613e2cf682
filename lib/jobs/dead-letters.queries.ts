import "server-only";
// What the back office sees of the job queue (/admin/taches): the jobs that failed at least once,
// still retried by the queue or kept as failed after their last attempt (the dead-letter list),
// with the e-mail they deliver (MailMessage, found by the job key), and how many wait.
// Read from graphile-worker's public view, graphile_worker.jobs; payloads (which carry the
// e-mails' working links) are never read here.
import { assertCan, type Principal } from "@/lib/auth/permissions";
import { db } from "@/lib/db";

export type JobProblem = {
  id: string;
  task: string;
  state: "failed" | "retrying";
  attempts: number;
  maxAttempts: number;
  /** The error's message, first line only. */
  lastError: string | null;
  /** Next attempt (retrying) or when it last failed (failed). */
  runAt: Date;
  createdAt: Date;
  mail: { to: string; subject: string } | null;
};

export type JobQueueOverview = { waiting: number; retrying: number; failed: number; problems: JobProblem[] };

type Row = {
  id: string;
  task_identifier: string;
  attempts: number;
  max_attempts: number;
  last_error: string | null;
  run_at: Date;
  updated_at: Date;
  created_at: Date;
  to: string | null;
  subject: string | null;
};

type Counts = { waiting: bigint; retrying: bigint; failed: bigint };

/** At most this many problems are listed, the latest first (the counts are exact). */
export const JOB_PROBLEMS_SHOWN = 200;

export async function getJobQueueOverview(principal: Principal): Promise<JobQueueOverview> {
  assertCan(principal, "jobs.manage");
  const [counts] = await db.$queryRaw<Counts[]>`
    SELECT count(*) FILTER (WHERE attempts = 0) AS waiting,
           count(*) FILTER (WHERE attempts > 0 AND attempts < max_attempts) AS retrying,
           count(*) FILTER (WHERE attempts >= max_attempts) AS failed
    FROM graphile_worker.jobs`;
  const rows = await db.$queryRaw<Row[]>`
    SELECT j.id::text AS id, j.task_identifier, j.attempts, j.max_attempts, j.last_error, j.run_at, j.updated_at, j.created_at,
           m."to", m.subject
    FROM graphile_worker.jobs j
    LEFT JOIN "MailMessage" m ON j.task_identifier = 'mail:send' AND j.key = 'mail:' || m.id
    WHERE j.attempts > 0
    ORDER BY (j.attempts >= j.max_attempts) DESC, j.updated_at DESC, j.id DESC
    LIMIT ${JOB_PROBLEMS_SHOWN}`;
  return {
    waiting: Number(counts.waiting),
    retrying: Number(counts.retrying),
    failed: Number(counts.failed),
    problems: rows.map((row) => {
      const failed = row.attempts >= row.max_attempts;
      return {
        id: row.id,
        task: row.task_identifier,
        state: failed ? "failed" : "retrying",
        attempts: row.attempts,
        maxAttempts: row.max_attempts,
        lastError: row.last_error?.split("\n", 1)[0]?.slice(0, 300) ?? null,
        runAt: failed ? row.updated_at : row.run_at,
        createdAt: row.created_at,
        mail: row.to !== null && row.subject !== null ? { to: row.to, subject: row.subject } : null,
      };
    }),
  };
}

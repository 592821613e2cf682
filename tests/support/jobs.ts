// Running the background jobs that are due, as a worker would, then returning: integration tests
// call it after an action to see its e-mails delivered. Jobs that fail are rescheduled by the
// queue (backoff) and so are not tried again by the same call.
import { runOnce } from "graphile-worker";
import { db } from "@/lib/db";
import { jobLogger } from "@/lib/jobs/job-logger";
import { JOB_QUEUE_SCHEMA } from "@/lib/jobs/queue-schema";
import { taskList } from "@/lib/jobs/tasks";

export async function runQueuedJobs(): Promise<void> {
  const connectionString = process.env.DATABASE_URL;
  if (!connectionString) throw new Error("DATABASE_URL is not set");
  await runOnce({ connectionString, schema: JOB_QUEUE_SCHEMA, taskList, logger: jobLogger, noHandleSignals: true });
}

export type QueuedJob = { id: string; attempts: number; max_attempts: number; last_error: string | null; run_at: Date; key: string | null };

/** The queued deliveries of the messages to `to` (completed jobs leave the queue). */
export async function queuedMailJobs(to: string): Promise<QueuedJob[]> {
  return db.$queryRaw<QueuedJob[]>`
    SELECT j.id::text, j.attempts, j.max_attempts, j.last_error, j.run_at, j.key
    FROM graphile_worker.jobs j JOIN "MailMessage" m ON j.key = 'mail:' || m.id
    WHERE j.task_identifier = 'mail:send' AND m."to" = ${to}
    ORDER BY j.id`;
}

/** An e-mail whose delivery failed its last attempt, as the worker leaves it: its job's id. */
export async function makeFailedMailJob(to: string): Promise<string> {
  const mail = await db.mailMessage.create({ data: { to, subject: "Échec d'envoi", text: "…" }, select: { id: true } });
  const [job] = await db.$queryRaw<{ id: string }[]>`
    SELECT id::text AS id FROM graphile_worker.add_job('mail:send', ${JSON.stringify({ mailId: mail.id, to, subject: "Échec d'envoi", text: "…" })}::json,
      run_at => now() + interval '1 day', max_attempts => 10, job_key => ${`mail:${mail.id}`}::text)`;
  await db.$executeRaw`UPDATE graphile_worker._private_jobs SET attempts = max_attempts, last_error = 'connect ECONNREFUSED', run_at = now() WHERE id = ${job.id}::bigint`;
  return job.id;
}

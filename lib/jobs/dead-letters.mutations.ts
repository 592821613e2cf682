import "server-only";
// The staff's hand on jobs that failed (/admin/taches): try one again now, from a fresh count of
// attempts, or give it up (the job leaves the queue; an e-mail's log entry stays, never sent).
// A job a worker holds at this moment is neither: graphile-worker's functions skip locked jobs.
import { writeAudit } from "@/lib/audit/audit.mutations";
import { assertCan, type Principal } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { jobsAdminLabels } from "@/lib/copy/jobs-admin";
import { NotFoundError } from "@/lib/errors";

type Touched = { id: string; task_identifier: string };

async function auditJob(principal: NonNullable<Principal>, action: "job.retried" | "job.discarded", job: Touched, summary: string) {
  await writeAudit(db, { userId: principal.id, action, entity: "Job", entityId: job.id, summary });
}

/** The job, if it failed at least once (a job a worker holds is left alone by the queue's functions). */
async function failedJob(id: string): Promise<Touched> {
  if (!/^\d{1,18}$/.test(id)) throw new NotFoundError(jobsAdminLabels.notFound);
  const [job] = await db.$queryRaw<Touched[]>`
    SELECT id::text AS id, task_identifier FROM graphile_worker.jobs WHERE id = ${id}::bigint AND attempts > 0`;
  if (!job) throw new NotFoundError(jobsAdminLabels.notFound);
  return job;
}

/** Runs a job that failed at least once again now, with its attempts counted from zero. */
export async function retryJob(principal: Principal, id: string): Promise<Touched> {
  assertCan(principal, "jobs.manage");
  const job = await failedJob(id);
  const rescheduled = await db.$queryRaw<{ id: string }[]>`
    SELECT id::text AS id FROM graphile_worker.reschedule_jobs(ARRAY[${id}::bigint], run_at => now(), attempts => 0)`;
  if (rescheduled.length === 0) throw new NotFoundError(jobsAdminLabels.notFound);
  await auditJob(principal!, "job.retried", job, `Tâche ${job.task_identifier} n° ${job.id} relancée`);
  return job;
}

/** Removes a job that failed at least once from the queue, for good. */
export async function discardJob(principal: Principal, id: string): Promise<Touched> {
  assertCan(principal, "jobs.manage");
  const job = await failedJob(id);
  const removed = await db.$queryRaw<{ id: string }[]>`SELECT id::text AS id FROM graphile_worker.complete_jobs(ARRAY[${id}::bigint])`;
  if (removed.length === 0) throw new NotFoundError(jobsAdminLabels.notFound);
  await auditJob(principal!, "job.discarded", job, `Tâche ${job.task_identifier} n° ${job.id} abandonnée`);
  return job;
}

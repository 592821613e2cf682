import "server-only";
// Adding a background job, in the caller's transaction when it has one: the job then exists if
// and only if the change that asked for it was committed (an e-mail about a rolled-back
// invitation is never sent; a committed one is never lost). graphile-worker's add_job is plain
// SQL, which is what makes this possible through Prisma (schema: JOB_QUEUE_SCHEMA of queue-schema.ts).
import type { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db";
import type { JobPayloads, JobTask } from "./job-types";

type Executor = Pick<Prisma.TransactionClient, "$executeRaw">;

export type EnqueueOptions = {
  /** The transaction of the change that asks for the job; by default, a statement of its own. */
  tx?: Executor;
  /** Attempts before the job is kept as failed (the dead-letter list); backoff is exponential. */
  maxAttempts?: number;
  /** Not before this time. */
  runAt?: Date;
  /** A unique key (graphile-worker's job_key): what the back office finds the job by. */
  key?: string;
};

export async function enqueueJob<T extends JobTask>(task: T, payload: JobPayloads[T], options: EnqueueOptions = {}): Promise<void> {
  const executor = options.tx ?? db;
  await executor.$executeRaw`SELECT graphile_worker.add_job(
    ${task}::text,
    ${JSON.stringify(payload)}::json,
    run_at => ${options.runAt ?? null}::timestamptz,
    max_attempts => ${options.maxAttempts ?? null}::int,
    job_key => ${options.key ?? null}::text
  )`;
}

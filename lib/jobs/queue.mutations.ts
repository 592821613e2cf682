import "server-only";
// Housekeeping of the job queue: the jobs kept as failed after their last attempt carry what they
// were to deliver (an e-mail's working links); past the mail log's retention they go too.
import { db } from "@/lib/db";

export async function deleteFailedJobsBefore(cutoff: Date): Promise<number> {
  const removed = await db.$queryRaw<{ id: bigint }[]>`
    SELECT id FROM graphile_worker.complete_jobs(ARRAY(
      SELECT id FROM graphile_worker.jobs WHERE attempts >= max_attempts AND updated_at < ${cutoff}
    ))`;
  return removed.length;
}

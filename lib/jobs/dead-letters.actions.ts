"use server";
// The back office's job forms (/admin/taches), declared through formAction. The mutations check
// jobs.manage again and act only on jobs that failed at least once. No page is revalidated: the
// row says what became of its job (components/admin/job-actions.tsx).
import { formAction } from "@/lib/actions/form-action";
import { jobsAdminLabels } from "@/lib/copy/jobs-admin";
import { discardJob, retryJob } from "./dead-letters.mutations";
import { jobDecisionSchema } from "./dead-letters.schemas";

const t = jobsAdminLabels;

/** « Relancer » or « Abandonner » on one job. */
export const decideJobAction = formAction({
  schema: jobDecisionSchema,
  invalidMessage: t.notFound,
  permission: { operation: "jobs.manage" },
  run: async (data, { principal }) => {
    if (data.decision === "retry") {
      const job = await retryJob(principal, data.jobId);
      return { message: t.retried(job.id) };
    }
    const job = await discardJob(principal, data.jobId);
    return { message: t.discarded(job.id) };
  },
});

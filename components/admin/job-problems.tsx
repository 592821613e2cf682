// The jobs that failed (/admin/taches): those kept after their last attempt, then those the queue
// will try again, each with what it was doing (for an e-mail: to whom, about what) and its error.
import { DataTable, type DataColumn } from "@/components/ui/data-table";
import { jobsAdminLabels } from "@/lib/copy/jobs-admin";
import type { JobProblem } from "@/lib/jobs/dead-letters.queries";
import { formatDateTime } from "@/lib/text/dates";
import { JobActions } from "./job-actions";

const t = jobsAdminLabels;

function taskCell(job: JobProblem) {
  return (
    <>
      {t.task(job.task)} <span className="font-normal text-muted">n° {job.id}</span>
      {job.mail ? <span className="block font-normal">{t.mailTo(job.mail.to, job.mail.subject)}</span> : null}
    </>
  );
}

function columns(failed: boolean): DataColumn<JobProblem>[] {
  return [
    { header: t.columns.task, cell: taskCell, rowHeader: true },
    { header: t.columns.attempts, cell: (job) => t.attempts(job.attempts, job.maxAttempts), className: "whitespace-nowrap" },
    { header: t.columns.error, cell: (job) => <span className="break-words">{job.lastError ?? t.noError}</span> },
    { header: failed ? t.columns.when : t.columns.next, cell: (job) => formatDateTime(job.runAt), className: "whitespace-nowrap" },
    {
      header: t.columns.actions,
      stackedLabel: false,
      cell: (job) => <JobActions jobId={job.id} retryLabel={failed ? t.retry : t.retryNow} />,
    },
  ];
}

export function JobProblems({ problems, shownMax }: { problems: JobProblem[]; shownMax: number }) {
  const failed = problems.filter((job) => job.state === "failed");
  const retrying = problems.filter((job) => job.state === "retrying");
  return (
    <>
      <section aria-labelledby="taches-en-echec" className="mt-8">
        <h2 id="taches-en-echec" className="mb-4 text-2xl font-bold">
          {t.failedHeading}
        </h2>
        <DataTable
          id="taches-en-echec-tableau"
          caption={t.failedHeading}
          columns={columns(true)}
          rows={failed}
          rowKey={(job) => job.id}
          stacked
          empty={t.failedEmpty}
        />
      </section>
      <section aria-labelledby="taches-a-reessayer" className="mt-8">
        <h2 id="taches-a-reessayer" className="mb-4 text-2xl font-bold">
          {t.retryingHeading}
        </h2>
        <DataTable
          id="taches-a-reessayer-tableau"
          caption={t.retryingHeading}
          columns={columns(false)}
          rows={retrying}
          rowKey={(job) => job.id}
          stacked
          empty={t.retryingEmpty}
        />
      </section>
      {problems.length >= shownMax ? <p className="mt-4 text-muted">{t.shownOnly(shownMax)}</p> : null}
    </>
  );
}

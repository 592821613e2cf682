import type { Metadata } from "next";
import { AdminBreadcrumbs } from "@/components/admin/admin-breadcrumbs";
import { JobProblems } from "@/components/admin/job-problems";
import { PageHeader } from "@/components/ui/page-header";
import { requireRole } from "@/lib/auth/session";
import { adminLabels } from "@/lib/copy/admin";
import { jobsAdminLabels } from "@/lib/copy/jobs-admin";
import { getJobQueueOverview, JOB_PROBLEMS_SHOWN } from "@/lib/jobs/dead-letters.queries";

const t = jobsAdminLabels;

export const metadata: Metadata = { title: `${t.title} — ${adminLabels.section}` };

export default async function AdminJobsPage() {
  const user = await requireRole("STAFF");
  const overview = await getJobQueueOverview(user);
  return (
    <>
      <AdminBreadcrumbs current={t.title} />
      <PageHeader title={t.title}>
        <p>{t.intro}</p>
      </PageHeader>
      <section aria-labelledby="etat-de-la-file">
        <h2 id="etat-de-la-file" className="sr-only">
          {t.figuresHeading}
        </h2>
        <ul className="flex flex-wrap gap-3">
          {[t.waiting(overview.waiting), t.retrying(overview.retrying), t.failed(overview.failed)].map((figure) => (
            <li key={figure} className="rounded-lg border border-line bg-white px-4 py-3 font-semibold">
              {figure}
            </li>
          ))}
        </ul>
      </section>
      <JobProblems problems={overview.problems} shownMax={JOB_PROBLEMS_SHOWN} />
    </>
  );
}

import type { Metadata } from "next";
import { AdminBreadcrumbs } from "@/components/admin/admin-breadcrumbs";
import { DoneNotice } from "@/components/ui/done-notice";
import { MessageText } from "@/components/conversations/message-text";
import { ReportDecisionForms } from "@/components/conversations/report-decision-forms";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requireRole } from "@/lib/auth/session";
import { listOpenMessageReports } from "@/lib/conversations/reports.queries";
import { conversationsCopy } from "@/lib/copy/conversations";
import { labels } from "@/lib/labels";

const a = conversationsCopy.admin;

export const metadata: Metadata = { title: `${a.title} — ${labels.admin.section}` };

type Props = { searchParams: Promise<{ fait?: string | string[] }> };

export default async function MessageReportsPage({ searchParams }: Props) {
  const viewer = await requireRole("STAFF");
  const reports = await listOpenMessageReports({ id: viewer.id, platformRole: viewer.platformRole });
  const done = (await searchParams).fait;
  return (
    <>
      <AdminBreadcrumbs current={a.title} />
      <PageHeader title={a.title}>
        <p>{a.intro}</p>
      </PageHeader>
      {done === "masque" ? <DoneNotice message={a.hidden} clear="fait" /> : null}
      {done === "classe" ? <DoneNotice message={a.dismissed} clear="fait" /> : null}
      {reports.length === 0 ? (
        <EmptyState title={a.none} />
      ) : (
        <ul className="max-w-3xl space-y-6">
          {reports.map((report) => (
            <li key={report.id}>
              <article aria-labelledby={`signalement-${report.id}`} className="rounded-lg border border-line p-4">
                <h2 id={`signalement-${report.id}`} className="text-lg font-semibold">
                  {a.written(report.message.author, report.message.organisation, report.message.createdAt)}
                </h2>
                <blockquote className="mt-2 border-l-4 border-line pl-3">
                  <MessageText text={report.message.body} />
                </blockquote>
                <p className="mt-3 text-sm text-muted">{a.reportedBy(report.reporter, report.createdAt)}</p>
                <p className="whitespace-pre-line">{report.reason}</p>
                <ReportDecisionForms reportId={report.id} />
              </article>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

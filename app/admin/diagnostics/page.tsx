import type { Metadata } from "next";
import { AdminBreadcrumbs } from "@/components/admin/admin-breadcrumbs";
import { ContentFilters } from "@/components/admin/content/content-filters";
import { ContentListView } from "@/components/admin/content/content-list-view";
import { DiagnosticsTable } from "@/components/admin/content/content-tables";
import { AssigneeFilter } from "@/components/admin/assignments/assignee-filter";
import { PageHeader } from "@/components/ui/page-header";
import { assigneesOf, loadListAssignments } from "@/lib/assignments/assignments.queries";
import { requireRole } from "@/lib/auth/session";
import { DIAGNOSTIC_STATUS_SLUGS } from "@/lib/content-admin/content-admin";
import { listFilterTerritories } from "@/lib/content-admin/content-admin.queries";
import { listQuery, parseDiagnosticListParams } from "@/lib/content-admin/content-admin.schemas";
import { listDiagnosticsForStaff } from "@/lib/content-admin/diagnostics-admin.queries";
import { adminContentCopy } from "@/lib/copy/admin-content";
import { labels } from "@/lib/labels";
import { paths } from "@/lib/paths";

const t = adminContentCopy.diagnostics;

export const metadata: Metadata = { title: `${t.title} — ${labels.admin.section}` };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function AdminDiagnosticsPage({ searchParams }: Props) {
  const viewer = await requireRole("STAFF");
  const principal = { id: viewer.id, platformRole: viewer.platformRole };
  const raw = await searchParams;
  const params = parseDiagnosticListParams(raw);
  const assignment = await loadListAssignments(principal, "Diagnostic", raw);
  const [result, territories] = await Promise.all([listDiagnosticsForStaff(principal, params, assignment.condition), listFilterTerritories(principal)]);
  const assignees = await assigneesOf(
    principal,
    "Diagnostic",
    result.items.map((item) => item.id),
  );

  return (
    <>
      <AdminBreadcrumbs current={t.title} />
      <PageHeader title={t.title}>
        <p>{t.intro}</p>
      </PageHeader>
      <ContentFilters
        action={paths.adminDiagnostics()}
        params={params}
        territories={territories}
        statuses={DIAGNOSTIC_STATUS_SLUGS.map((slug) => ({ value: slug, label: t.statuses[slug] }))}
        dateLabels={{ from: t.completedFrom, to: t.completedTo }}
        sortLabels={t.sorts}
        qHint={t.qHint}
        extra={<AssigneeFilter value={assignment.filter} colleagues={assignment.colleagues} viewerId={viewer.id} />}
      />
      <ContentListView
        kind="diagnostic"
        heading={t.found(result.pageInfo.total)}
        pageInfo={result.pageInfo}
        hrefFor={(n) => paths.adminDiagnostics({ ...listQuery(params, n), attribue: assignment.param })}
        assign={{ entity: "Diagnostic", colleagues: assignment.colleagues }}
      >
        {result.items.length > 0 ? <DiagnosticsTable rows={result.items} assignees={assignees} /> : null}
      </ContentListView>
    </>
  );
}

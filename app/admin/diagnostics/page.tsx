import type { Metadata } from "next";
import { ContentListPage } from "@/components/admin/content/content-list-page";
import { DiagnosticsTable } from "@/components/admin/content/content-tables";
import { requireRole } from "@/lib/auth/session";
import { DIAGNOSTIC_STATUS_SLUGS } from "@/lib/content-admin/content-admin";
import { listQuery, parseDiagnosticListParams } from "@/lib/content-admin/content-admin.schemas";
import { loadContentListPage } from "@/lib/content-admin/content-list-page.queries";
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
  const { params, assignment, result, territories, assignees } = await loadContentListPage(
    principal,
    "Diagnostic",
    await searchParams,
    parseDiagnosticListParams,
    listDiagnosticsForStaff,
  );

  return (
    <ContentListPage
      copy={t}
      filters={{
        action: paths.adminDiagnostics(),
        params,
        territories,
        statuses: DIAGNOSTIC_STATUS_SLUGS.map((slug) => ({ value: slug, label: t.statuses[slug] })),
        dateLabels: { from: t.completedFrom, to: t.completedTo },
        sortLabels: t.sorts,
        qHint: t.qHint,
      }}
      viewerId={viewer.id}
      assignment={{ value: assignment.filter, colleagues: assignment.colleagues, param: assignment.param }}
      kind="diagnostic"
      entity="Diagnostic"
      pageInfo={result.pageInfo}
      pageHref={(n) => paths.adminDiagnostics({ ...listQuery(params, n), attribue: assignment.param })}
      table={result.items.length > 0 ? <DiagnosticsTable rows={result.items} assignees={assignees} /> : null}
    />
  );
}

import type { Metadata } from "next";
import { AdminBreadcrumbs } from "@/components/admin/admin-breadcrumbs";
import { ContentFilters } from "@/components/admin/content/content-filters";
import { ContentListView } from "@/components/admin/content/content-list-view";
import { AlliancesTable } from "@/components/admin/content/content-tables";
import { AssigneeFilter } from "@/components/admin/assignments/assignee-filter";
import { PageHeader } from "@/components/ui/page-header";
import { assigneesOf, loadListAssignments } from "@/lib/assignments/assignments.queries";
import { AllianceMode } from "@/generated/prisma/enums";
import { requireRole } from "@/lib/auth/session";
import { listFilterTerritories, listAlliancesForStaff } from "@/lib/content-admin/content-admin.queries";
import { listQuery, parseAllianceListParams } from "@/lib/content-admin/content-admin.schemas";
import { adminContentCopy } from "@/lib/copy/admin-content";
import { allianceModeNames } from "@/lib/copy/directory-lists";
import { labels } from "@/lib/labels";
import { paths } from "@/lib/paths";

const t = adminContentCopy.alliances;

export const metadata: Metadata = { title: `${t.title} — ${labels.admin.section}` };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function AdminAlliancesPage({ searchParams }: Props) {
  const viewer = await requireRole("STAFF");
  const principal = { id: viewer.id, platformRole: viewer.platformRole };
  const raw = await searchParams;
  const params = parseAllianceListParams(raw);
  const assignment = await loadListAssignments(principal, "Alliance", raw);
  const [result, territories] = await Promise.all([listAlliancesForStaff(principal, params, assignment.condition), listFilterTerritories(principal)]);
  const assignees = await assigneesOf(
    principal,
    "Alliance",
    result.items.map((item) => item.id),
  );
  const kinds = Object.values(AllianceMode).map((mode) => ({ value: mode, label: allianceModeNames[mode] }));

  return (
    <>
      <AdminBreadcrumbs current={t.title} />
      <PageHeader title={t.title}>
        <p>{t.intro}</p>
      </PageHeader>
      <ContentFilters
        action={paths.adminAlliances()}
        params={params}
        kindLabel={t.kind}
        anyKind={t.anyKind}
        kinds={kinds}
        territories={territories}
        extra={<AssigneeFilter value={assignment.filter} colleagues={assignment.colleagues} viewerId={viewer.id} />}
      />
      <ContentListView
        kind="alliance"
        heading={t.found(result.pageInfo.total)}
        pageInfo={result.pageInfo}
        hrefFor={(n) => paths.adminAlliances({ ...listQuery(params, n), attribue: assignment.param })}
        assign={{ entity: "Alliance", colleagues: assignment.colleagues }}
      >
        {result.items.length > 0 ? <AlliancesTable rows={result.items} assignees={assignees} /> : null}
      </ContentListView>
    </>
  );
}

import type { Metadata } from "next";
import Link from "next/link";
import { AssigneeFilter } from "@/components/admin/assignments/assignee-filter";
import { KitFilters } from "@/components/kits/admin/kit-filters";
import { KitsBreadcrumbs } from "@/components/kits/admin/kits-breadcrumbs";
import { KitsBulkForm } from "@/components/kits/admin/kits-bulk-form";
import { KitsTable } from "@/components/kits/admin/kits-table";
import { ButtonLink } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { assigneesOf, loadListAssignments } from "@/lib/assignments/assignments.queries";
import { requireRole } from "@/lib/auth/session";
import { adminContentCopy } from "@/lib/copy/admin-content";
import { kitsLabels } from "@/lib/copy/kits";
import { labels } from "@/lib/labels";
import { countPendingFeedback, listKitsForStaff } from "@/lib/kits/kits.admin.queries";
import { parseAdminKitListParams } from "@/lib/kits/kits.admin.schemas";
import { listKitTargets } from "@/lib/kits/kits.queries";
import { kitListQuery } from "@/lib/kits/kits.list";
import { paths } from "@/lib/paths";

const t = kitsLabels.admin;

export const metadata: Metadata = { title: `${t.title} — ${labels.admin.section}` };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function AdminKitsPage({ searchParams }: Props) {
  const viewer = await requireRole("STAFF");
  const principal = { id: viewer.id, platformRole: viewer.platformRole };
  const raw = await searchParams;
  const params = parseAdminKitListParams(raw);
  const assignment = await loadListAssignments(principal, "Kit", raw);
  const [result, pending, targets] = await Promise.all([
    listKitsForStaff(principal, params, assignment.condition),
    countPendingFeedback(principal),
    listKitTargets(),
  ]);
  const assignees = await assigneesOf(
    principal,
    "Kit",
    result.items.map((kit) => kit.id),
  );

  return (
    <>
      <KitsBreadcrumbs current={t.title} isList />
      <PageHeader title={t.title}>
        <p>{t.intro}</p>
      </PageHeader>
      <p className="mb-6 flex flex-wrap items-center gap-x-6 gap-y-3">
        <ButtonLink href={paths.adminKitNew()}>{t.newKit}</ButtonLink>
        <Link href={paths.adminKitFeedback()}>{t.feedbackLink(pending)}</Link>
      </p>
      <KitFilters
        params={params}
        targets={targets}
        extra={<AssigneeFilter value={assignment.filter} colleagues={assignment.colleagues} viewerId={viewer.id} />}
      />
      <section aria-labelledby="kits-resultats" className="mt-8">
        <h2 id="kits-resultats" className="mb-4 text-2xl font-bold">
          {t.found(result.pageInfo.total)}
        </h2>
        {result.items.length > 0 ? (
          <KitsBulkForm colleagues={assignment.colleagues}>
            <KitsTable kits={result.items} assignees={assignees} />
          </KitsBulkForm>
        ) : (
          <EmptyState title={t.empty}>
            <p>{adminContentCopy.emptyAdvice}</p>
          </EmptyState>
        )}
        <Pagination pageInfo={result.pageInfo} hrefFor={(n) => paths.adminKits({ ...kitListQuery(params, n), attribue: assignment.param })} />
      </section>
    </>
  );
}

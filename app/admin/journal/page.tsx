import type { Metadata } from "next";
import { AdminBreadcrumbs } from "@/components/admin/admin-breadcrumbs";
import { AuditFiltersForm } from "@/components/admin/audit-filters";
import { AuditLogTable } from "@/components/admin/audit-log-table";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { auditFilterQuery, hasAuditFilters } from "@/lib/admin/audit-log";
import { listAuditLog } from "@/lib/admin/audit-log.queries";
import { parseAuditSearchParams } from "@/lib/admin/audit-log.schemas";
import { AUDIT_ACTIONS } from "@/lib/audit/audit.mutations";
import { requireRole } from "@/lib/auth/session";
import { labels } from "@/lib/labels";
import { paths } from "@/lib/paths";
import { compareFrench } from "@/lib/text/sort";

const t = labels.admin.auditLog;

export const metadata: Metadata = { title: `${t.title} — ${labels.admin.section}` };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const actionOptions = AUDIT_ACTIONS.map((action) => ({ value: action, label: labels.admin.auditAction(action) })).sort((a, b) =>
  compareFrench(a.label, b.label),
);
const entityOptions = labels.admin.auditEntityCodes.map((entity) => ({ value: entity, label: labels.admin.auditEntity(entity) }));

export default async function AdminAuditLogPage({ searchParams }: Props) {
  const viewer = await requireRole("STAFF");
  const { filters, page } = parseAuditSearchParams(await searchParams);
  const result = await listAuditLog({ id: viewer.id, platformRole: viewer.platformRole }, { filters, page });
  const { total } = result.pageInfo;
  const query = auditFilterQuery(filters);
  const filtered = hasAuditFilters(filters);

  return (
    <>
      <AdminBreadcrumbs current={t.title} />
      <PageHeader title={t.title}>
        <p>{t.intro}</p>
      </PageHeader>
      <AuditFiltersForm filters={filters} actions={actionOptions} entities={entityOptions} />
      <section aria-labelledby="journal-resultats" className="mt-8">
        <div className="mb-4 flex flex-wrap items-baseline justify-between gap-4">
          <h2 id="journal-resultats" className="text-2xl font-bold">
            {t.heading(total, filtered)}
          </h2>
          {/* A plain link: the CSV comes from a route handler, with the filters in use. */}
          <a href={paths.adminExport("journal", query)} download>
            {t.exportLink}
          </a>
        </div>
        {result.items.length > 0 ? (
          <AuditLogTable entries={result.items} />
        ) : total === 0 ? (
          <EmptyState title={t.empty}>{filtered ? <p>{t.emptyAdvice}</p> : null}</EmptyState>
        ) : null}
        <Pagination pageInfo={result.pageInfo} hrefFor={(n) => paths.adminAuditLog({ ...query, page: n })} />
      </section>
    </>
  );
}

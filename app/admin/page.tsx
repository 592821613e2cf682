import type { Metadata } from "next";
import { AuditTable } from "@/components/admin/audit-table";
import { DashboardFigures } from "@/components/admin/dashboard-figures";
import { PageHeader } from "@/components/ui/page-header";
import { getAdminDashboard } from "@/lib/admin/admin.queries";
import { requireRole } from "@/lib/auth/session";
import { labels } from "@/lib/labels";

const t = labels.admin.dashboard;

export const metadata: Metadata = { title: `${t.title} — ${labels.admin.section}` };

export default async function AdminDashboardPage() {
  const viewer = await requireRole("STAFF");
  const dashboard = await getAdminDashboard({ id: viewer.id, platformRole: viewer.platformRole });
  return (
    <>
      <PageHeader title={t.title}>
        <p>{t.intro}</p>
      </PageHeader>
      <DashboardFigures dashboard={dashboard} />
      <section aria-labelledby="dernieres-actions">
        <h2 id="dernieres-actions" className="mb-4 text-2xl font-bold">
          {t.auditHeading}
        </h2>
        <AuditTable entries={dashboard.latestAudit} />
      </section>
    </>
  );
}

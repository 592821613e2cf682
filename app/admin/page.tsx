import type { Metadata } from "next";
import { MyAssignments } from "@/components/admin/assignments/my-assignments";
import { AuditTable } from "@/components/admin/audit-table";
import { DashboardFigures } from "@/components/admin/dashboard-figures";
import { PageHeader } from "@/components/ui/page-header";
import { getAdminDashboard } from "@/lib/admin/admin.queries";
import { countMyAssignments } from "@/lib/assignments/assignments.queries";
import { requireRole } from "@/lib/auth/session";
import { labels } from "@/lib/labels";

const t = labels.admin.dashboard;

export const metadata: Metadata = { title: `${t.title} — ${labels.admin.section}` };

export default async function AdminDashboardPage() {
  const viewer = await requireRole("STAFF");
  const principal = { id: viewer.id, platformRole: viewer.platformRole };
  const [dashboard, assigned] = await Promise.all([getAdminDashboard(principal), countMyAssignments(principal)]);
  return (
    <>
      <PageHeader title={t.title}>
        <p>{t.intro}</p>
      </PageHeader>
      <MyAssignments counts={assigned} />
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

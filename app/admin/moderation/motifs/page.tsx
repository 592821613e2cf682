import type { Metadata } from "next";
import { AdminBreadcrumbs } from "@/components/admin/admin-breadcrumbs";
import { RemoveSavedReasonForm, SavedReasonForm } from "@/components/admin/saved-reason-forms";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requireRole } from "@/lib/auth/session";
import { labels } from "@/lib/labels";
import { listSavedReasons } from "@/lib/moderation/saved-reasons.queries";
import { paths } from "@/lib/paths";

const t = labels.admin.moderation;

export const metadata: Metadata = { title: `${t.savedReasons.title} — ${labels.admin.section}` };

export default async function SavedReasonsPage() {
  const viewer = await requireRole("STAFF");
  const reasons = await listSavedReasons({ id: viewer.id, platformRole: viewer.platformRole });
  return (
    <>
      <AdminBreadcrumbs current={t.savedReasons.title} trail={[{ label: t.title, href: paths.adminModerationQueue() }]} />
      <PageHeader title={t.savedReasons.title}>
        <p>{t.savedReasons.intro}</p>
      </PageHeader>
      <section aria-labelledby="motifs-liste" className="mb-10">
        <h2 id="motifs-liste" className="mb-4 text-2xl font-bold">
          {t.savedReasons.listHeading(reasons.length)}
        </h2>
        {reasons.length === 0 ? (
          <EmptyState title={t.savedReasons.listHeading(0)}>
            <p>{t.savedReasons.empty}</p>
          </EmptyState>
        ) : (
          <ul className="space-y-4">
            {reasons.map((reason) => (
              <li key={reason.id} className="rounded-lg border border-line bg-white p-4">
                <h3 className="font-bold">{reason.label}</h3>
                <p className="mt-1 whitespace-pre-line">{reason.text}</p>
                <div className="mt-2">
                  <RemoveSavedReasonForm id={reason.id} label={reason.label} />
                </div>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="motifs-ajout">
        <h2 id="motifs-ajout" className="mb-4 text-2xl font-bold">
          {t.savedReasons.addHeading}
        </h2>
        <SavedReasonForm />
      </section>
    </>
  );
}
